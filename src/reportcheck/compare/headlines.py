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

from reportcheck.compare.clusters import Cluster
from reportcheck.compare.confidence import Evidence as Reason
from reportcheck.compare.judges import judge
from reportcheck.compare.judges.verdict import same_figure
from reportcheck.knowledge.casualties import toll_rise_patterns
from reportcheck.knowledge.title_case import in_headline
from reportcheck.knowledge.tolerance import Tolerances
from reportcheck.models import Claim, ClaimKind, GroupKey

#: the figures a headline gives that its own story may contradict: a toll
#: and a quake's magnitude
HEADLINE_KINDS = frozenset({ClaimKind.killed, ClaimKind.injured, ClaimKind.missing, ClaimKind.magnitude})

#: what a headline's figure against its story's is graded with (rules/confidence.yaml)
HEADLINE_REASONS = (
    Reason(
        "headline_figure",
        "the headline's figure against its own story's: a headline may be cut apart from the story",
    ),
)


def headline_apart(a: Cluster, b: Cluster, side: list[Cluster], tol: Tolerances) -> bool:
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
    if a.rep.kind not in HEADLINE_KINDS:
        return False
    told = _headline_and_story(a, b)
    if told is None:
        return False
    headline, story = told
    if any(m.source is not None for m in headline.members):
        return False  # "USGS: 5.4 quake" beside the story's agency: who said what
    if a.rep.kind is not ClaimKind.magnitude and not _one_fixed_toll(headline, story, side):
        return False
    return not any(
        same_figure(judge(headline.rep, other.rep, tol))
        for other in side
        if other is not headline and _one_group(headline.rep, other.rep)
    )


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


def _headline_and_story(a: Cluster, b: Cluster) -> tuple[Cluster, Cluster] | None:
    """The cluster told only in the report's headline and the one told only
    below it, or None unless the two are so."""
    for headline, story in ((a, b), (b, a)):
        if all(in_headline(m.evidence) for m in headline.members) and not any(
            in_headline(m.evidence) for m in story.members
        ):
            return headline, story
    return None


def _one_fixed_toll(headline: Cluster, story: Cluster, side: list[Cluster]) -> bool:
    """Whether a headline's toll and its story's count one group with no
    scope, and nothing of the report's tells the toll changing."""
    claims = [m for c in side for m in c.members]
    if any(m.count.later_death or m.count.toll_rise or m.count.derived or _told_risen(m) for m in claims):
        return False
    if any(m.frame.scope for m in (*headline.members, *story.members)):
        return False
    return _one_group(headline.rep, story.rep)


def tolls_told(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[str, int, ClaimKind], int]:
    """How many groups of each incident each report gives a toll in, by
    kind (incident, report, kind -> groups).  A roundup tells a weekend's
    shootings apart ("Six injured in violent weekend" over "Four people were
    wounded in a single incident" and "Shootings earlier Saturday wounded
    Robert Mathis ... and Jacob Rosas": another event, or the named pair's
    scope), and a story tells a toll by its parts ("12 bodies recovered from
    the plant ... three others died nearby"): the headline's toll may be
    theirs together, so only a report that tells the toll in one group
    sets its headline's against its story's."""
    tolled: dict[tuple[str, int, ClaimKind], set[GroupKey]] = {}
    for key, group in groups.items():
        for claim in group:
            if claim.kind in HEADLINE_KINDS and claim.kind is not ClaimKind.magnitude:
                tolled.setdefault((key.incident, claim.report, claim.kind), set()).add(key)
    return {told: len(keys) for told, keys in tolled.items()}
