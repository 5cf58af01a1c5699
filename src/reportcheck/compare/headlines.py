"""A headline's figure against the one figure its own story gives.

"Train collision kills 15" over "At least 17 people were killed" is the
report's own contradiction: the headline speaks for the report, and an
editor cuts it apart from the story.  The comparer's internal pass asks
:func:`headline_apart` whether two figures of one report are so, and
:func:`tolls_told` whether a report tells its toll in one group only (a
roundup's headline may sum its several incidents).  The weight of such a
conflict is ``headline_figure`` of rules/confidence.yaml.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from reportcheck.compare.clusters import Cluster
from reportcheck.compare.confidence import Evidence as Reason
from reportcheck.compare.judges import judge
from reportcheck.compare.judges.verdict import same_figure
from reportcheck.details import ALL_HARMED, SHARE
from reportcheck.knowledge.casualties import lexicon, toll_rise_patterns
from reportcheck.knowledge.title_case import in_headline
from reportcheck.knowledge.tolerance import Tolerances
from reportcheck.knowledge.vocabulary import PART_SCOPE, RESCUED
from reportcheck.models import Claim, ClaimKind, GroupKey

#: the figures a headline gives that its own story may contradict: a toll
#: and a quake's magnitude
HEADLINE_KINDS = frozenset({ClaimKind.killed, ClaimKind.injured, ClaimKind.missing, ClaimKind.magnitude})


def headline_toll(kind: ClaimKind, subject: str) -> str | None:
    """The toll a group's figures tell that a headline may give apart from
    its story, or None: a kind of :data:`HEADLINE_KINDS`, or the people
    rescued, which a disaster's headline lists beside its toll ("Seven
    dead, 29 rescued as boat capsizes" over "27 others were rescued")."""
    if kind in HEADLINE_KINDS:
        return kind.value
    if kind is ClaimKind.other_count and subject == RESCUED:
        return RESCUED
    return None


#: what a headline's figure against its story's is graded with (rules/confidence.yaml)
HEADLINE_REASONS = (
    Reason(
        "headline_figure",
        "the headline's figure against its own story's: a headline may be cut apart from the story",
    ),
)

#: what a headline's toll against its own lead's is said with: no weight of
#: its own, graded as any of the report's own contradictions
LEAD_REASONS = (
    Reason(None, "the headline's toll against its own lead's: the story's first telling of the toll"),
)


class TollTelling(NamedTuple):
    """How a report tells its toll of one incident (:func:`tolls_told`)."""

    #: the groups it tells the toll in, its bare parts aside
    groups: int
    #: the figures of its bare parts ("A man in Nadzab was killed ... and a
    #: woman died": 1 and 1), which the headline's toll may add to the story's
    parts: tuple[float, ...] = ()
    #: the ids of the claims of its lead: the first sentence below the
    #: headline that tells the toll, in any group (:func:`told_in_lead`)
    lead: frozenset[str] = frozenset()


#: a report that tells no toll of the incident
NOT_TOLD = TollTelling(0)


def headline_apart(
    a: Cluster, b: Cluster, side: list[Cluster], tol: Tolerances, parts: tuple[float, ...] = ()
) -> bool:
    """Whether two figures of one report may be its contradiction because
    one is its headline's and the other its story's ("Train collision kills
    15" over "At least 17 people were killed"; "5.4 magnitude quake shakes
    Manisa" over "a 5.3 magnitude earthquake, according to AFAD"): the
    headline speaks for the report, no source of its own beside the story's.
    Only where the story never gives the headline's figure, nor one that
    holds it ("nearly 20" over 19; a story of 15 under "kills 15" told
    again anywhere: one cluster), the report tells no changing toll (a
    later death, a risen toll, a figure derived from others), and both
    count one group with no scope ("2 children among dead" is a part)."""
    if headline_toll(a.rep.kind, a.rep.subject) is None:
        return False
    told = _headline_and_story(a, b)
    if told is None:
        return False
    headline, story = told
    if _none(story):
        return False  # "Nobody was hurt" of a separate fire further down: a denial, no toll of the story's
    if any(m.source is not None for m in headline.members):
        return False  # "USGS: 5.4 quake" beside the story's agency: who said what
    if a.rep.kind is not ClaimKind.magnitude and not _one_fixed_toll(headline, story, side):
        return False
    if _sum_of_parts(headline.rep, story.rep, parts):
        return False  # "15 dead" over "12 bodies ... from the plant" and "three others died nearby"
    return not any(
        same_figure(judge(headline.rep, other.rep, tol))
        for other in side
        if other is not headline and _one_group(headline.rep, other.rep)
    )


def told_in_lead(a: Cluster, b: Cluster, side: list[Cluster], toll: TollTelling) -> bool:
    """Whether the story's figure of a headline set apart from it
    (:func:`headline_apart`) is the one its lead tells: the first sentence
    below the headline that tells the toll gives that figure and no other,
    and the story tells no other figure of the group ("Quake kills three in
    Morobe" over "FOUR people were confirmed dead"; "Floods kill eight" over
    "Seven people died and two others were missing").  A headline and the
    lead under it are written for one edition, so the two are the report's
    own contradiction; a figure told further down (an earlier disaster's
    "leaving five dead"), a lead that tells the toll in several figures ("one
    person dead, two police officers wounded and three others injured") or a
    story of two figures may be the headline's part or sum."""
    told = _headline_and_story(a, b)
    if told is None or not toll.lead:
        return False
    headline, story = told
    if any(other is not headline and other is not story and not _held(other) for other in side):
        return False  # "Four people died ... six people died": which is the story's toll
    ids = {m.id for m in story.members}
    return bool(ids & toll.lead) and toll.lead <= ids


def judged_as_totals(a: Cluster, b: Cluster, side: list[Cluster]) -> tuple[Claim, Claim]:
    """The two claims a headline's toll and its story's are judged as
    (:func:`headline_apart` holds).  Where the two count two groups each
    told as no share, the headline's everyone and the story's plain kind
    ("ST bus plunges into gorge; 12 dead" over "Eleven passengers were
    killed and 27 injured"), and the story tells the toll by no other figure
    below the headline, the two are the report's two whole counts
    (``whole``), set against each other as two totals (12 against 11), as
    :func:`_one_toll` reads them: the headline's figure beside the story's
    made each a part of the other only by being there.  A story that also
    tells another figure of the toll ("Three children were killed ... two
    adults died") keeps its kind's count a part, under "Fire kills 5"; and a
    headline that counts a kind ("Wallkill man, two children dead", GVC)
    over the story's everyone ("one man and two children") names a part of
    the toll, as headlines do, never the whole."""
    told = _headline_and_story(a, b)
    if told is None:
        return a.rep, b.rep
    headline, story = told
    if (headline.rep.count.group or "all") != "all" or _one_group(headline.rep, story.rep):
        return a.rep, b.rep  # "Wallkill man, two children dead" over "one man and two children": a part
    if not (headline.rep.count.told_whole and story.rep.count.told_whole):
        return a.rep, b.rep
    if any(other is not headline and other is not story and not _all_in_headline(other) for other in side):
        return a.rep, b.rep
    first, second = (_as_whole(c.rep) for c in (a, b))
    return first, second


def _all_in_headline(cluster: Cluster) -> bool:
    """Whether every mention of a figure stands in the report's headline."""
    return all(in_headline(m.evidence) for m in cluster.members)


def _as_whole(claim: Claim) -> Claim:
    """A count read as its report's whole count of its toll (``whole``)."""
    return claim.model_copy(update={"details": claim.count.replace(whole=True)})


def _none(cluster: Cluster) -> bool:
    """A figure of no one ("Nobody was hurt" of a bin fire told further down):
    never a part or the sum of a headline's toll, so it leaves the lead's
    figure the story's."""
    return _no_one(cluster.rep)


def _held(cluster: Cluster) -> bool:
    """A figure that is no rival of the story's toll: a figure of no one
    (:func:`_none`), or a share of the toll the story names ("Among the dead
    were three Russian tourists", "three bodies, including those of two
    children": ``share``), which its whole holds."""
    return _none(cluster) or all(m.count.derived == SHARE for m in cluster.members)


def _told_risen(claim: Claim) -> bool:
    """Whether a toll is told as risen, its cause named or not ("Toll in
    Korvi floods rises to 11" over a story's "killed nine"; ``toll_rise_words``
    of rules/counts.yaml right before the figure): the story's figure may be
    the one it rose from."""
    evidence = claim.evidence
    before = evidence.sentence[: evidence.start - evidence.sentence_start]
    return toll_rise_patterns().before_figure.search(before) is not None


def _one_group(a: Claim, b: Claim) -> bool:
    """Whether two figures count one group of people ("A municipal worker
    was also killed" is a part beside "Seven people died"); a magnitude has
    no group."""
    return a.kind is ClaimKind.magnitude or a.count.group == b.count.group


def _one_toll(headline: Claim, story: Claim) -> bool:
    """Whether a headline's figure and its story's count one toll: one group
    (:func:`_one_group`), or two counts each told as no share, of everyone
    or of two or more of a plain kind ("eight gold miners killed" over
    "Seven bodies were brought out": ``told_whole``, ``whole_groups`` of
    rules/counts.yaml), each the report's whole toll as a wire's "Blast
    kills 21" is its "killed 21 miners".  Only the two set against each
    other: a figure of another group told further down ("Last winter, five
    people died in avalanches") never holds the headline's as its part;
    nor does a count the story tells as what is known at its hour
    ("Rescuers have recovered five bodies so far": ``zero_so_far_words``),
    a tally still growing under the headline's toll."""
    if _one_group(headline, story):
        return True
    so_far = lexicon().zero_so_far.search(story.evidence.sentence)
    return headline.count.told_whole and story.count.told_whole and so_far is None


def _headline_and_story(a: Cluster, b: Cluster) -> tuple[Cluster, Cluster] | None:
    """The cluster told only in the report's headline and the one told only
    below it, or None unless the two are so."""
    for headline, story in ((a, b), (b, a)):
        if _all_in_headline(headline) and not any(in_headline(m.evidence) for m in story.members):
            return headline, story
    return None


def _one_fixed_toll(headline: Cluster, story: Cluster, side: list[Cluster]) -> bool:
    """Whether a headline's toll and its story's count one group with no
    scope, and nothing of the report's tells the toll changing."""
    claims = [m for c in side for m in c.members]
    if any(m.count.later_death or m.count.toll_rise or _derived(m) or _told_risen(m) for m in claims):
        return False
    if any(m.frame.scope for m in (*headline.members, *story.members)):
        return False
    return _one_toll(headline.rep, story.rep)


def _derived(claim: Claim) -> bool:
    """Whether a figure is derived from others (the harmed less the dead:
    "shot three people, killing one" tells two injured), which the report's
    toll may change under; everyone harmed in a report of no death, "Three
    rushed to hospital" read as the injured (``all_harmed``), and a share of
    the toll its story names, "Among the dead were three Russian tourists"
    (``share``), are figures as written: a share is held in the whole the
    headline is set against, no change of it."""
    return claim.count.derived is not None and claim.count.derived not in (ALL_HARMED, SHARE)


def _sum_of_parts(headline: Claim, story: Claim, parts: tuple[float, ...]) -> bool:
    """Whether the headline's toll is the story's and some of its bare
    parts together, or some parts alone ("15 dead" over "12 bodies were
    recovered" and "three others died nearby"): the headline may sum what
    the story tells apart."""
    figure, told = headline.value.low, story.value.low
    if figure is None or told is None:
        return False
    sums = _subset_sums(parts)
    return figure in sums or figure - told in sums


def _subset_sums(parts: tuple[float, ...]) -> set[float]:
    """Every sum of one or more of ``parts``, built part by part so that a
    story told victim by victim (twenty parts) costs as many sums as there
    are distinct ones, not each of the million subsets."""
    sums: set[float] = set()
    for part in parts:
        sums |= {total + part for total in sums} | {part}
    return sums


def tolls_told(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[str, int, str], TollTelling]:
    """How many groups of each incident each report gives a toll in, by
    toll (incident, report, :func:`headline_toll` -> groups).  A roundup tells a weekend's
    shootings apart ("Six injured in violent weekend" over "Four people were
    wounded in a single incident" and "Shootings earlier Saturday wounded
    Robert Mathis ... and Jacob Rosas": another event, or the named pair's
    scope), and a story tells a toll by its parts ("12 bodies recovered from
    the plant ... three others died nearby"): the headline's toll may be
    theirs together, so only a report that tells the toll in one group
    sets its headline's against its story's.

    A bare part of the story's own toll ("FOUR people were confirmed dead"
    ... "A man in Nadzab was killed ... and a woman died": scope part, the
    story's own event) is no group of its own where the report's parts add
    up to no more than its whole: the headline's toll is set against the
    whole, unless it is the whole and some parts together
    (:func:`_sum_of_parts`)."""
    tolled: dict[tuple[str, int, str], set[GroupKey]] = {}
    figures: dict[tuple[str, int, str, GroupKey], list[float]] = {}
    below: dict[tuple[str, int, str], list[Claim]] = {}
    for key, group in groups.items():
        for claim in group:
            if _no_one(claim):
                continue  # "a fire in another tower ... caused no deaths": no group the headline may sum
            toll = headline_toll(claim.kind, claim.subject)
            if toll is not None and claim.kind is not ClaimKind.magnitude:
                told = (key.incident, claim.report, toll)
                tolled.setdefault(told, set()).add(key)
                # "one of the victims died after jumping": inside the toll, no part to add
                added = claim.value.low if not claim.count.partitive else None
                figures.setdefault((*told, key), []).extend([added] if added else [])
                if not in_headline(claim.evidence):
                    below.setdefault(told, []).append(claim)
    return {
        told: _telling(keys, {key: figures.get((*told, key), []) for key in keys})._replace(
            lead=_lead(below.get(told, []))
        )
        for told, keys in tolled.items()
    }


def _no_one(claim: Claim) -> bool:
    """A figure of no one ("In May 2015, a fire in another tower ... caused
    no deaths"): another event's denial adds nothing to a headline's toll,
    so it is no group the toll is told in (:func:`tolls_told`)."""
    return claim.value.low == 0 and claim.value.high == 0


def _lead(below: list[Claim]) -> frozenset[str]:
    """The ids of the claims of a report's lead for one toll: of the claims
    told below its headline, those of the first sentence, less the parts it
    names inside the toll ("Four people died, including two children")."""
    if not below:
        return frozenset()
    first = min(claim.evidence.sentence_start for claim in below)
    return frozenset(
        claim.id for claim in below if claim.evidence.sentence_start == first and not claim.frame.scope
    )


def _telling(keys: set[GroupKey], figures: dict[GroupKey, list[float]]) -> TollTelling:
    """How one report tells one toll, from the groups it is told in and
    the figures it gives in each."""
    whole = [key for key in keys if not (key.event or key.measure or key.scope)]
    parts = [key for key in keys if key.scope == PART_SCOPE and not (key.event or key.measure)]
    if len(whole) != 1 or not parts or len(keys) != 1 + len(parts):
        return TollTelling(len(keys))
    told = [figure for key in parts for figure in figures[key]]
    if sum(told) > max(figures[whole[0]], default=0):
        return TollTelling(len(keys))  # the parts outgrow the whole: told apart
    return TollTelling(1, tuple(told))
