"""Compare stage: turn aligned claims into findings.

The align stage groups the claims (:func:`reportcheck.align.group_claims`);
this stage is handed the groups and imports nothing of align.
Within each group (one incident, one kind, one subject) repeated mentions of
the same value in one report are folded into one cluster.  Each cluster is
paired with the closest cluster of the other report; the pair's verdict is
the finding.  A report that states two values which cannot both hold gets an
internal finding.  A cluster with no partner is listed as ``only_in_one``,
never as a conflict.  Every conflict is graded (:mod:`.confidence`): its
confidence and reasons say how sure it is, and one under the threshold is a
``possible_conflict``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import combinations

from reportcheck.compare.age_lists import age_list_findings
from reportcheck.compare.areas import area_findings
from reportcheck.compare.blocks import block_findings
from reportcheck.compare.call_streets import call_street_findings
from reportcheck.compare.callers import caller_findings, is_caller_group
from reportcheck.compare.clusters import Cluster, clusters
from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE, grade, shared_act
from reportcheck.compare.confidence import Evidence as Reason
from reportcheck.compare.corners import corner_findings
from reportcheck.compare.death_days import death_day_findings
from reportcheck.compare.disputes import Dispute, disputes, read_against_dispute
from reportcheck.compare.earlier import earlier_figure_findings
from reportcheck.compare.fates import fate_findings
from reportcheck.compare.headlines import (
    HEADLINE_KINDS,
    HEADLINE_REASONS,
    LEAD_REASONS,
    NOT_TOLD,
    TollTelling,
    headline_apart,
    headline_toll,
    judged_as_totals,
    told_in_lead,
    tolls_told,
)
from reportcheck.compare.judges import RANK, Verdict, judge
from reportcheck.compare.judges.verdict import only_in_one_words, same_figure
from reportcheck.compare.kindred import kindred_findings
from reportcheck.compare.moments import drop_told, gather, internal_order_findings, moment_order_findings
from reportcheck.compare.one_act import one_act_findings
from reportcheck.compare.one_dead_ages import one_dead_age_findings
from reportcheck.compare.ranks import rank_findings
from reportcheck.compare.responses import response_window_findings
from reportcheck.compare.role_names import renamed_holder_findings, role_name_findings
from reportcheck.compare.running import running_total_findings
from reportcheck.compare.scopes import (
    harmed_reconciled,
    hits_above_fired,
    is_hit_count,
    named_above_own_total,
    other_acts,
    part_whole_findings,
    scope_totals,
    shot_reconciled,
    victims_dead,
)
from reportcheck.compare.shooters import shooter_findings
from reportcheck.compare.sources import (
    SOURCED_KINDS,
    agreed_source_figure,
    paired_by_source_elsewhere,
    same_source_partners,
    side_by_side,
    source_pair_reason,
)
from reportcheck.compare.spellings import internal_spelling_findings, spelling_findings
from reportcheck.compare.spots import (
    namesakes_by_state_named,
    spot_findings,
    streets_abroad,
    streets_in_other_towns,
)
from reportcheck.compare.summed_wholes import drop_wholes_told_by_parts
from reportcheck.compare.swapped_ages import swapped_age_findings
from reportcheck.compare.two_surnames import two_surname_findings
from reportcheck.compare.victim_sex import victim_sex_findings
from reportcheck.compare.weapons import one_line_of_classes, one_model, one_weapon
from reportcheck.compare.weekdays import weekday_findings
from reportcheck.compare.wounds import wound_findings
from reportcheck.details import SHARE, VAGUE
from reportcheck.knowledge.generic_counts import one_thing_described, told_once
from reportcheck.knowledge.tolerance import COUNT_KINDS, DEFAULT, Tolerances
from reportcheck.knowledge.vocabulary import GENERIC_COUNT_PREFIX, STREET, is_earlier_measure
from reportcheck.models import STATUS_ORDER, Claim, ClaimKind, Finding, GroupKey, Status

#: the comparer's public names; the cluster type and the headline's kinds
#: live in their own modules (:mod:`.clusters`, :mod:`.headlines`)
__all__ = [
    "HEADLINE_KINDS",
    "INTERNAL_KINDS",
    "NAMED_ABOVE_REASON",
    "RESTATED_KINDS",
    "SCOPED_KINDS",
    "SHARED_KINDS",
    "Cluster",
    "Decide",
    "Grading",
    "clusters",
    "compare_groups",
    "graded_part",
    "rival_values",
    "sort_findings",
]

#: kinds for which two different values in one report are a contradiction;
#: a report may name many places, people, weapons and days without contradicting itself.
INTERNAL_KINDS = {
    ClaimKind.time,
    ClaimKind.distance,
    ClaimKind.magnitude,
    ClaimKind.age,
    ClaimKind.height,
    ClaimKind.depth,
}


#: the verdict on two clusters of one group (see :func:`_decider`)
Decide = Callable[[Cluster, Cluster], "Verdict | None"]


def _decider(tol: Tolerances, dead: list[Claim]) -> Decide:
    """The judge of one group's clusters: their first mentions judged, then
    a count of people shot set against the wounded plus the dead
    (:func:`reportcheck.compare.scopes.shot_reconciled`), and two counts of
    the harmed whose difference is the dead
    (:func:`reportcheck.compare.scopes.harmed_reconciled`)."""

    def decide(a: Cluster, b: Cluster) -> Verdict | None:
        if a.sex and b.sex and a.sex != b.sex:
            return None  # "Duran ... he died" is not "a woman": the sex any mention states
        verdict = shot_reconciled(judge(a.rep, b.rep, tol), a.members, b.members, dead)
        verdict = harmed_reconciled(verdict, a.members, b.members, dead)
        if verdict is not None and verdict.status is Status.conflict and other_acts(a.rep, b.rep):
            return None  # "two officers returned fire" is not the "four officers" who were shot
        return verdict

    return decide


def _best(cluster: Cluster, partners: list[Cluster], decide: Decide) -> tuple[Cluster, Verdict] | None:
    """The partner a cluster is set against: the closest verdict, save that
    a share of a toll of another group of people, which only "can be part
    of" it (or hold it), comes after every figure of its own group: a total
    is set against the other report's total, even where that report's
    "including five firefighters" can be part of it.  So with a vague word
    ("dozens of people") the partners' report tells beside a figure it
    holds ("at least 86 people"): the two are one toll told twice, and the
    figure speaks for it (:func:`_told_by_a_figure`).  Two figures that
    agree stay first."""
    best = None
    own_kind = any(_same_kind(cluster.rep, p.rep) for p in partners)
    for partner in partners:
        verdict = decide(cluster, partner)
        if verdict is None:
            continue
        rank = (
            _other_moments(cluster.rep, partner.rep),
            verdict.status is not Status.agree and _share_of_another_group(cluster.rep, partner.rep),
            own_kind and verdict.status is not Status.agree and _part_of_a_total(cluster.rep, partner.rep),
            verdict.status is not Status.agree and _told_by_a_figure(cluster, partner, partners, decide),
            RANK[verdict.status],
            verdict.distance,
            partner.rep.evidence.start,
        )
        if best is None or rank < best[0]:
            best = (rank, partner, verdict)
    return (best[1], best[2]) if best else None


def _people_count(claim: Claim) -> bool:
    """A count of people of several scopes (killed, injured, missing,
    arrested): a scoped kind other than a tally of things."""
    return claim.kind in SCOPED_KINDS and claim.kind is not ClaimKind.other_count


def _share_of_another_group(a: Claim, b: Claim) -> bool:
    """Whether one of two counts of people of different groups ("all" and
    "workers") is a share of its report's toll ("30 missing, including five
    firefighters"): that report's total is the other total's partner."""
    if not _people_count(a):
        return False
    if SHARE not in (a.count.derived, b.count.derived):
        return False
    return (a.count.group or "all") != (b.count.group or "all")


def _same_kind(a: Claim, b: Claim) -> bool:
    """Whether two counts of people name one kind of people by one noun
    ("killed 21 miners", "Twelve coal miners were killed"): the same group,
    the same bearer, the same scope.  Neither is a share of the other; they
    are two figures of one set."""
    if not _people_count(a) or a.kind is not b.kind:
        return False
    group = a.count.group or "all"
    return (
        group != "all"
        and group == (b.count.group or "all")
        and bool(a.frame.bearer)
        and a.frame.bearer == b.frame.bearer
        and a.frame.scope == b.frame.scope
    )


def _part_of_a_total(a: Claim, b: Claim) -> bool:
    """Whether of two counts of people one is of a group and the other a
    total ("12 miners" and "21" killed), which the count judge reads as a
    part of it.  Where the other report also tells a figure of the very same
    kind ("killed 21 miners"), that figure is the count's partner: the total
    is the same people, not a larger set of which they are a part."""
    if not _people_count(a):
        return False
    groups = {a.count.group or "all", b.count.group or "all"}
    return len(groups) == 2 and "all" in groups


def _vague(claim: Claim) -> bool:
    """A count told by a vague word ("dozens", "scores", "hundreds"), whose
    range the word stands for (``rules/counts.yaml``), not a figure."""
    return claim.kind in SCOPED_KINDS and claim.count.told == VAGUE


def _told_by_a_figure(cluster: Cluster, partner: Cluster, partners: list[Cluster], decide: Decide) -> bool:
    """Whether a vague partner ("dozens of people were killed") has a figure
    of the same group beside it in its report that it holds ("at least 86
    people were killed") and that the cluster can be set against: the
    report tells one toll twice, and its figure is the cluster's partner."""
    vague = partner.rep
    if not _vague(vague):
        return False
    group = vague.count.group or "all"
    for other in partners:
        figure = other.rep
        if other is partner or _vague(figure) or (figure.count.group or "all") != group:
            continue
        if same_figure(decide(partner, other)) and decide(cluster, other) is not None:
            return True
    return False


@dataclass(frozen=True)
class Grading:
    """What a conflict is graded with: the threshold and how many distinct
    values each report gives in the group (report -> count)."""

    min_confidence: float
    crowd: Mapping[int, int]
    #: figures paired by their sources (:mod:`.sources`); off against a fact
    #: sheet, whose every fact stands whoever the article quotes
    by_source: bool = True
    #: the person align paired the group's claims as (:attr:`GroupKey.person`)
    person: str | None = None


def _finding(
    clusters: list[Cluster],
    verdict: Verdict,
    incident: str,
    internal: bool = False,
    grading: Grading | None = None,
    reasons_given: list[str] | None = None,
    extra: Sequence[Reason] = (),
) -> Finding:
    """A finding quoting every mention of the values it is about; a conflict graded
    (a verdict reached by source says why in ``reasons_given``; ``extra``:
    what only the caller sees, weighed with the rest)."""
    members = [claim for cluster in clusters for claim in cluster.members]
    claims = sorted({c.id: c for c in members}.values(), key=_reading_order)
    rep = clusters[0].rep
    status, confidence, reasons = verdict.status, None, list(reasons_given or [])
    if status is Status.conflict and grading is not None and len(clusters) == 2:
        rep, other = _graded_pair(clusters[0], clusters[1])
        crowd = max(grading.crowd.get(rep.report, 1), grading.crowd.get(other.report, 1))
        graded = grade(rep, other, internal=internal, crowd=crowd, person=grading.person, extra=extra)
        status, confidence, reasons = graded.status(grading.min_confidence), graded.confidence, graded.reasons
    return Finding(
        status=status,
        kind=rep.kind,
        subject=rep.subject,
        subject_label=rep.subject_label,
        internal=internal,
        incident=incident,
        explanation=verdict.explanation,
        claims=claims,
        confidence=confidence,
        reasons=reasons,
    )


def _graded_pair(first: Cluster, second: Cluster) -> tuple[Claim, Claim]:
    """The two mentions a conflict is graded on: the clusters' first ones,
    unless those tell their things by two verbs and two other mentions of
    the same figures tell them by one ("more than 20 raids hit the town" in
    a headline, "launching more than 20 raids" in the body, against
    "carried out 14 air raids"): the figure is the same, and the verb both
    reports share says which set it counts (:func:`shared_act`)."""
    if shared_act(first.rep, second.rep) is not None:
        return first.rep, second.rep
    for a in first.members:
        for b in second.members:
            if shared_act(a, b) is not None:
                return a, b
    return first.rep, second.rep


def _reading_order(claim: Claim) -> tuple[int, int]:
    return claim.report, claim.evidence.start


def _cross_findings(
    side_a: list[Cluster], side_b: list[Cluster], incident: str, decide: Decide, grading: Grading
):
    pairs: dict[tuple[str, str], Finding] = {}
    paired: set[str] = set()
    single = len(side_a) == 1 and len(side_b) == 1
    told = _disputes_told(side_a, side_b, decide, grading)
    for clusters_here, others in ((side_a, side_b), (side_b, side_a)):
        for cluster in clusters_here:
            sourced = grading.by_source and cluster.rep.kind in SOURCED_KINDS
            # one source's figure against its own first, then by value
            by_source = same_source_partners(cluster, others) if sourced else []
            best = _best(cluster, by_source, decide) if by_source else None
            if best is None:
                by_source, best = [], _best(cluster, _of_its_moment(cluster, others, clusters_here), decide)
            if best is None:
                continue
            partner, verdict = best
            reasons: list[str] = []
            if sourced:
                read = _read_by_source(cluster, partner, verdict, bool(by_source), clusters_here, decide)
                if read is None:
                    continue  # the partner's source figure is this report's other value
                verdict, reasons = read
            if verdict.status is Status.conflict and cluster.rep.kind is ClaimKind.weapon and not single:
                continue  # reports list several weapons; only one against one can contradict
            if verdict.status is Status.conflict:
                reading = read_against_dispute(
                    cluster, partner, told[id(clusters_here)], told[id(others)], decide
                )
                if reading is not None and reading.leave_out:
                    continue  # another figure of the report's dispute is the one to set against it
                if reading is not None and reading.verdict is not None:
                    verdict, reasons = reading.verdict, list(reading.reasons)
            if verdict.status is Status.conflict and _agreed_elsewhere(
                cluster, partner, clusters_here, decide, grading.by_source
            ):
                continue
            first, second = sorted([cluster, partner], key=lambda c: c.rep.report)
            key = (first.rep.id, second.rep.id)
            if key not in pairs:
                pairs[key] = _finding(
                    [first, second], verdict, incident, grading=grading, reasons_given=reasons
                )
            paired.update(key)
    if not single and side_a and side_a[0].rep.kind is ClaimKind.weapon:
        found = _one_weapon_finding(side_a, side_b, incident, decide, grading)
        if found is not None:
            pairs[("weapon", found.claims[0].id)] = found
            paired.update(c.id for c in found.claims)
    return list(pairs.values()), paired


def _disputes_told(
    side_a: list[Cluster], side_b: list[Cluster], decide: Decide, grading: Grading
) -> dict[int, list[Dispute]]:
    """The figures each report gives as disputed between sources
    (:mod:`.disputes`), by the side's id; none against a fact sheet, whose
    every fact stands whoever the article quotes."""
    return {id(side): disputes(side, decide) if grading.by_source else [] for side in (side_a, side_b)}


def _one_weapon_finding(
    side_a: list[Cluster], side_b: list[Cluster], incident: str, decide: Decide, grading: Grading
) -> Finding | None:
    """The conflict between the one weapon each report names, however often it
    also calls it "the gun" or "the weapon" (:mod:`.weapons`): a .38 revolver
    against a .357 revolver; else between the one gun model each names among
    other weapons ("four men armed with handguns and an AK-47 rifle" against
    "9mm pistols and an R5 assault rifle": the gang had one rifle, and the
    two reports name two; :func:`.weapons.one_model`, graded as one value
    each, the other weapons no crowd of rival values).  Reports that name
    several weapons contradict nothing by it; agreement is already told by
    the pairs of mentions."""
    first, second = one_weapon(side_a), one_weapon(side_b)
    if first is None or second is None:
        first, second = one_model(side_a), one_model(side_b)
        if first is None or second is None or not one_line_of_classes(first, second):
            return None
        # each report gives one value of its model, whatever other weapons it
        # lists beside it: the handguns are no rival figures of the rifle
        grading = replace(grading, crowd={})
    verdict = decide(first, second)
    if verdict is None or verdict.status is not Status.conflict:
        return None
    return _finding([first, second], verdict, incident, grading=grading)


def _read_by_source(
    cluster: Cluster,
    partner: Cluster,
    verdict: Verdict,
    by_source: bool,
    side: list[Cluster],
    decide: Decide,
) -> tuple[Verdict, list[str]] | None:
    """The verdict on two values once their sources are read (:mod:`.sources`),
    with the reasons it gives; None when the partner is another source's
    figure this report pairs with its own value of that source."""
    if by_source:
        # paired by their source; a conflict's grade says so itself
        return verdict, [] if verdict.status is Status.conflict else source_pair_reason(cluster, partner)
    if verdict.status is not Status.conflict:
        return verdict, []
    if paired_by_source_elsewhere(cluster, partner, side):
        return None
    if cluster.rep.kind in SCOPED_KINDS:
        return verdict, []  # a count the other report also states: _agreed_elsewhere, any source
    agreement = agreed_source_figure(cluster, partner, side, decide)
    if agreement is not None:
        return agreement.verdict, agreement.reasons
    return verdict, []


#: kinds of which a report may give several figures of different scope
#: (a toll and a share of it); other kinds hold one value per subject
SCOPED_KINDS = {
    ClaimKind.killed,
    ClaimKind.injured,
    ClaimKind.missing,
    ClaimKind.arrested,
    ClaimKind.other_count,
}


#: kinds whose value the other report shares with one of this report's
#: values is not contradicted by this report's other values (see _agreed_elsewhere)
SHARED_KINDS = SCOPED_KINDS | {ClaimKind.time}


def _agreed_elsewhere(
    cluster: Cluster, partner: Cluster, side: list[Cluster], decide: Decide, reports: bool = True
) -> bool:
    """A count the other report states, which this report also states, is
    not contradicted by this report's other figure: "5 injured ... four
    people received gunshot wounds" against "five wounded" holds the five in
    both; the four is a share of another scope, not a second toll.  So with
    a time: "it started at 10:15 a.m. ... a little after 11 a.m. the suspect
    was shot by police" against "at 10:15 a.m." holds the 10:15 in both; the
    11 is another moment of the incident (whether it is one the report
    contradicts itself on is its own, internal, finding).  Against a fact
    sheet (``reports`` False) the sheet's one time is the fact, and every
    other time the article gives for it is checked against it.  So with an
    address: "the victim was found in the 300 block of Elm Road ... the
    suspect was caught in the 800 block" against "the 300 block of Elm Road"
    holds the scene's block in both (or a house inside it); the 800 block is
    another place of the story.  A count of things both figures tell by one
    verb ("a three-storey building collapsed" against "a four-storey building
    collapsed") is not held by a figure the report tells by no verb: a
    headline's "three-storey building caves in" is the report's other word
    for the same building, which its body contradicts, not another set.  A
    figure of another verb still holds it ("three undersea cables were
    damaged" holds the other report's three cut, whatever "five cables were
    cut in January" counts: ECB+ topic 30).  Nor is a building's size held
    by the report's other size of the one building it describes ("a
    five-storey block collapsed ... The six-storey block housed ten flats":
    ``one_thing_described``): the report contradicts itself, and its six
    against the other report's five stands.  A count is held by the same
    figure hedged ("at least 27" against "27"): "killed at least 27 people,
    the health ministry said ... a volunteer group put the toll at 31"
    against "killing 27" holds the ministry's figure in both; the 31 is the
    other source's, a dispute the report itself tells.  So with a day of the
    incident, held only by a day the report tells before it: "exploded ...
    on Friday ... Thursday night's blast shattered the windows" against
    "on Friday night" holds the Friday in both; the later Thursday is the
    report's own slip (its internal finding where it names the incident in
    the possessive), never a day the other report contradicts.  A later day
    holds no earlier one: a lead's day the other report contradicts stays
    its conflict whatever day the body tells after it."""
    street = reports and cluster.rep.kind is ClaimKind.location and cluster.rep.subject == STREET
    day = reports and cluster.rep.kind is ClaimKind.date
    if cluster.rep.kind not in (SHARED_KINDS if reports else SCOPED_KINDS) and not (street or day):
        return False
    held = (Status.agree, Status.compatible) if street else (Status.agree,)
    act = shared_act(cluster.rep, partner.rep)
    for other in side:
        if other is cluster or (
            street and other.rep.place.place_words is None and _one_street(other, cluster)
        ):
            continue  # the street named without a number holds any number
        if act is not None and other.rep.count.act is None:
            continue  # a figure told by no verb (a headline's) holds no figure of this act
        if one_thing_described(cluster.rep, other.rep):
            continue  # the report gives its one building two sizes: neither holds the other's
        if day and (
            other.rep.evidence.start > cluster.rep.evidence.start or other.rep.date.event != "incident"
        ):
            continue  # a day told later, or a page's stamp ("Tue, 21 Jul 2026"), holds no day told first
        if day and other.rep.date.range is not None:
            continue  # a span ("Flooding hit Dunmere this week") holds no one day told after it
        verdict = decide(other, partner)
        if verdict is not None and (verdict.status in held or _same_figure_hedged(other, partner, verdict)):
            return True
    return False


def _same_figure_hedged(a: Cluster, b: Cluster, verdict: Verdict) -> bool:
    """Two counts of one figure as written, one or both hedged ("at least
    27" and "27"), which the judge calls compatible, not agreeing."""
    if verdict.status is not Status.compatible or a.rep.kind not in SCOPED_KINDS:
        return False
    written = a.rep.value.written
    return written is not None and written == b.rep.value.written


def _one_street(a: Cluster, b: Cluster) -> bool:
    """Whether two streets of one report are one street by their names.  A
    report naming both "Oak Road" and "Oak Lane" names two streets, and the
    other report's "Oak Lane" is the one of them it also gives."""
    words_a, words_b = ((c.rep.value.name or "").split() for c in (a, b))
    shorter, longer = sorted((words_a, words_b), key=len)
    return longer[: len(shorter)] == shorter


def _internal_findings(
    side: list[Cluster],
    incident: str,
    tol: Tolerances,
    paired: set[str],
    grading: Grading,
    named_days: int = 0,
    *,
    toll: TollTelling = NOT_TOLD,
) -> list[Finding]:
    """A report's own conflicts in one group; ``named_days``: how many days
    the report names incidents by in the possessive (:func:`_named_by_its_day`);
    ``toll``: how the report tells this toll (:func:`.headlines.tolls_told`):
    in more than one group of the incident its headline's toll may be all of
    theirs, and its bare parts may add to its story's."""
    found = []
    for a, b in combinations(side, 2):
        internal = (
            _internal_kind(a.rep, b.rep) or _restated_apart(a, b) or _named_by_its_day(a, b, named_days)
        )
        if internal and grading.by_source and side_by_side(a, b):
            internal = False  # two named sources' figures: the report says who said what
        headline = not internal and toll.groups <= 1 and headline_apart(a, b, side, tol, toll.parts)
        if not (internal or headline) or _other_moments(a.rep, b.rep):
            continue  # where he stood, and where he was when he shot: two facts
        verdict = judge(*(judged_as_totals(a, b, side) if headline else (a.rep, b.rep)), tol)
        if verdict is not None and verdict.status is Status.conflict:
            extra = _headline_reasons(a, b, side, toll) if headline else ()
            found.append(_finding([a, b], verdict, incident, internal=True, grading=grading, extra=extra))
            paired.update({a.rep.id, b.rep.id})
    return found


def _headline_reasons(a: Cluster, b: Cluster, side: list[Cluster], toll: TollTelling) -> tuple[Reason, ...]:
    """What a headline's figure against its story's is graded with: a
    toll against its own lead's is the report's contradiction like any
    (:func:`.headlines.told_in_lead`); against a figure told further down,
    at most a possible one (``headline_figure``)."""
    return LEAD_REASONS if told_in_lead(a, b, side, toll) else HEADLINE_REASONS


def _internal_kind(a: Claim, b: Claim) -> bool:
    """Whether two values of one group in one report may be its contradiction:
    a kind of one fact (a time, a distance, a magnitude ...), or a count of a
    thing a story tells one of (the building's storeys, the floor the fire
    began on: ``told_once`` of rules/generic_counts.yaml) told by one verb or
    by none, so "a five-storey block collapsed onto a two-storey house" tells
    two buildings.  A size told by a verb that only describes the thing ("the
    six-storey block housed ten flats": ``one_thing_described``) is the
    story's one building whatever the other size's act."""
    if a.kind in INTERNAL_KINDS:
        return True
    if one_thing_described(a, b):
        return True  # "a five-storey block collapsed ... the six-storey block housed ten flats"
    return told_once(a) and told_once(b) and a.count.act == b.count.act


def _possessive_days(groups: Mapping[GroupKey, list[Claim]]) -> dict[int, int]:
    """How many days each report names incidents by in the possessive
    ("Monday's landslide", ``possessive`` of the date's details), in any
    group: two tell two incidents ("Wednesday night's shooting came a day
    after Tuesday's shooting")."""
    days: dict[int, set[float | None]] = {}
    for group in groups.values():
        for claim in group:
            if claim.kind is ClaimKind.date and claim.date.possessive:
                days.setdefault(claim.report, set()).add(claim.value.low)
    return {report: len(found) for report, found in days.items()}


def _told_possessive(cluster: Cluster) -> bool:
    """Whether a report tells a day only in the possessive of the incident's noun."""
    return all(m.date.possessive for m in cluster.members)


def _named_by_its_day(a: Cluster, b: Cluster, named_days: int) -> bool:
    """Whether two days of one report may be its contradiction because one
    names the incident by its day in the possessive ("the motive for Monday
    night's shooting", "the death toll in Monday's landslide") and the other
    is a day the report tells the incident itself on ("shot dead on Tuesday
    night", "struck around 2.30 am on Tuesday"): both the incident's own
    (``event`` of the details, no other event of the story), the report
    naming its incident by one day only (two possessive days tell two
    incidents: "Sunday's shooting came a day after Saturday's").  A report
    gives many days, of a call, an arrest, a death, so two days alone are
    never its contradiction."""
    first, second = a.rep, b.rep
    if first.kind is not ClaimKind.date or second.kind is not ClaimKind.date or named_days != 1:
        return False
    if _told_possessive(a) == _told_possessive(b):
        return False
    return all(c.date.event == "incident" and c.frame.event is None for c in (first, second))


#: the tolls a report may restate with a definite article ("The 13 victims
#: who died"), and the places hit ("the 213 damaged homes": other_count)
RESTATED_KINDS = frozenset({ClaimKind.killed, ClaimKind.injured, ClaimKind.missing, ClaimKind.other_count})


def _restated_apart(a: Cluster, b: Cluster) -> bool:
    """Whether two tolls of one report may be its contradiction because one
    is the toll told again by a definite article (``restated`` of the
    count: "have killed 11 people ... The 13 victims who died have been
    taken to hospital"): the article points back at all the people the
    report counts.  Only where the restated figure is never the report's
    toll told bare (a report that says the toll "rose to 13" and then
    speaks of "the 13 victims" tells its 11 as the earlier figure), both
    count one group with no scope, and neither is a later death, a risen
    toll or a figure derived from others (compare/running.py).  So with the
    places hit ("312 homes were damaged ... the 213 damaged homes"), and
    with a party of no known role told again by "all" ("a party of four
    walkers ... All five walkers were local"), only against a count told
    by the same act or none, since "two walkers were airlifted" is a part
    of the five.  The
    article points back whoever speaks: "killed 11 people, the agency said
    ... 'The 13 victims who died ...,' Rusdi said" is the agency's head
    restating its toll, so two speakers do not make it a dispute."""
    first, second = a.rep, b.rep
    if first.kind not in RESTATED_KINDS or first.kind is not second.kind:
        return False
    restated = [c for c in (a, b) if all(m.count.restated for m in c.members)]
    if not restated:
        return False
    claims = [m for c in (a, b) for m in c.members]
    if any(m.count.later_death or m.count.toll_rise or m.count.derived or m.frame.scope for m in claims):
        return False
    if first.subject.startswith(GENERIC_COUNT_PREFIX) and first.count.act != second.count.act:
        return False  # "All five walkers were local" against "two walkers were airlifted": a part by its act
    return first.count.group == second.count.group


def _other_moments(a: Claim, b: Claim) -> bool:
    """Two distances told at different moments ("in a ground blind about 150
    to 200 yards from Green" and "about 70 to 80 yards from Green when he
    shot": ``moment`` of the details, rules/units.yaml): a person who moved
    was at both, so the two are never one report's contradiction, and a
    partner of the other report's is taken at the same moment first."""
    if a.kind is not ClaimKind.distance or b.kind is not ClaimKind.distance:
        return False
    return a.quantity.moment != b.quantity.moment


def _of_its_moment(cluster: Cluster, partners: list[Cluster], own_side: list[Cluster]) -> list[Cluster]:
    """The partners a distance may be set against: none of a moment that
    another distance of its own report is told at ("70 to 80 yards when he
    shot" is the other report's partner of the shot, never the blind's
    "150 to 200 yards")."""
    if cluster.rep.kind is not ClaimKind.distance:
        return partners
    own = {c.rep.quantity.moment for c in own_side if c is not cluster}
    return [p for p in partners if not (_other_moments(cluster.rep, p.rep) and p.rep.quantity.moment in own)]


def rival_values(side: list[Cluster], decide: Decide) -> int:
    """How many figures a report gives for a group, for the crowd a conflict is
    graded with.  A toll the report restates with a hedge or a bound ("up to
    seven dead" in the lede, "seven people" below; "over 500" and "546
    people") is one figure told twice, not a rival: a count that agrees with,
    or lies within, one counted before it does not count again.  Other kinds
    count every value as written, as in the readings the crowd's weight was
    fitted on: two days or two ages a tolerance apart ("Friday" and
    "Saturday", 15 and 16) are most often two things.  A report's "gun",
    "weapon" and ".38-caliber revolver" are one weapon (:mod:`.weapons`)."""
    if side and side[0].rep.kind is ClaimKind.weapon and one_weapon(side) is not None:
        return 1
    if not side or side[0].rep.kind not in COUNT_KINDS:
        return len(side)
    rivals: list[Cluster] = []
    for cluster in side:
        if not any(same_figure(decide(cluster, rival)) for rival in rivals):
            rivals.append(cluster)
    return len(rivals)


def _only_in_one(cluster: Cluster, incident: str) -> Finding:
    rep = cluster.rep
    explanation = only_in_one_words(rep)
    if is_earlier_measure(rep.frame.measure):
        explanation += ", a figure the report says was replaced"
    return _finding([cluster], Verdict(Status.only_in_one, explanation), incident)


def compare_groups(
    groups: Mapping[GroupKey, list[Claim]],
    tol: Tolerances = DEFAULT,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    *,
    by_source: bool = True,
) -> list[Finding]:
    """Every finding for the grouped claims of two or more reports, most important first.

    A conflict whose confidence is under ``min_confidence`` is a ``possible_conflict``.
    ``by_source`` pairs figures by the source both reports attribute them to
    (:mod:`.sources`); a fact sheet's check turns it off.

    ``groups`` are the align stage's: (incident, kind, subject, event,
    measure, scope, person) -> the claims
    of every report about it.  Each pair of reports is compared in turn; a
    value is only in one report when no other report pairs with it."""
    findings: list[Finding] = []
    reports = sorted({c.report for group in groups.values() for c in group})
    dead = victims_dead(groups)
    named = _possessive_days(groups)
    tolled = tolls_told(groups)
    for key, group in sorted(groups.items()):
        if is_caller_group(key):
            continue  # callers and finders: caller_findings below
        incident = key[0]
        decide = _decider(tol, dead.get((incident, key[3], key[4]), []))
        sides = {r: clusters([c for c in group if c.report == r]) for r in reports}
        paired: set[str] = set()
        crowd = {r: rival_values(side, decide) for r, side in sides.items()}
        grading = Grading(min_confidence, crowd, by_source, key.person)
        for first, second in combinations(reports, 2):
            cross, paired_here = _cross_findings(sides[first], sides[second], incident, decide, grading)
            findings += cross
            paired |= paired_here
        for report in reports:
            side = sides[report]
            toll = headline_toll(ClaimKind(key.kind), key.subject)
            told = tolled.get((incident, report, toll), NOT_TOLD) if toll else NOT_TOLD
            findings += _internal_findings(
                side, incident, tol, paired, grading, named.get(report, 0), toll=told
            )
            findings += [_only_in_one(c, incident) for c in side if c.rep.id not in paired]
    findings = one_act_findings(groups, findings, tol, min_confidence)  # the one 911 call each report times
    findings = earlier_figure_findings(groups, findings, tol)  # the other report's figure, one's earlier
    totals = scope_totals(groups)
    parts = [
        graded_part(f, min_confidence) for f in part_whole_findings(groups, totals) + hits_above_fired(groups)
    ]
    findings += [f for f in parts if not _whole_already_disputed(f, findings)]
    # "Two people have been charged" beside three the same report names as charged
    findings += [
        graded_part(f, min_confidence, internal=True, reason=NAMED_ABOVE_REASON)
        for f in named_above_own_total(groups, totals)
    ]
    # one person killed in one report, alive in another; the one woman critically hurt here, since dead there
    findings += fate_findings(groups, min_confidence)
    findings += victim_sex_findings(groups, min_confidence)  # the one victim a girl here, a boy there
    findings += rank_findings(groups, min_confidence)  # one person a lieutenant here, a sergeant there
    findings += role_name_findings(groups, min_confidence)  # the one suspect Kevin Ortega here, Luis Ferrer
    findings += renamed_holder_findings(groups, min_confidence)  # the captain Ray Batista here, Bastos there
    findings += age_list_findings(groups, min_confidence)  # "two children, ages 4 and 7" here, 8 and 6 there
    findings = one_dead_age_findings(groups, findings, min_confidence)  # the one dead man 54 here, 45 there
    findings = swapped_age_findings(groups, findings, min_confidence)  # the one aged driver 34 here, 43 there
    findings += spelling_findings(groups, min_confidence)  # John Casulo here, John Casullo there
    findings += internal_spelling_findings(groups, min_confidence)  # Brady Osborne ... Obsorne, in one report
    findings += two_surname_findings(groups, min_confidence)  # one mother, Marla Farrow ... Marla Pike
    findings += wound_findings(groups, min_confidence)  # hit behind the left ear here, the right there
    findings += shooter_findings(groups, min_confidence)  # "shot himself" here, "shot by his friend" there
    findings += caller_findings(groups, min_confidence)  # the brother called here, the girlfriend there
    findings += death_day_findings(groups, tol, min_confidence)  # died Sunday here, "the next day" there
    findings = weekday_findings(groups, findings, min_confidence)  # Saturday, March 8 here, Sunday there
    # a death or an arrest told before the other report's attack
    gathered = gather(groups)  # each report's times, days and sentences, for both
    ordered = moment_order_findings(gathered, tol, min_confidence)
    ordered += internal_order_findings(gathered, tol, min_confidence)  # one report's call before its attack
    # a call or responders' arrival against the other report's time of the shooting
    ordered += response_window_findings(gathered, ordered, tol, min_confidence)
    findings = drop_told(findings, ordered)
    findings = kindred_findings(groups, findings)  # the hurt beside the injured, a share beside its whole
    findings = block_findings(groups, findings)  # the 700 block of Oak Street here, of Pine Avenue
    findings = call_street_findings(groups, findings, min_confidence)  # called to Oak Road here, Elm Road
    findings = spot_findings(groups, findings)  # a street or a building beside the other report's town
    findings = area_findings(groups, findings, min_confidence)  # the Polohy district here, Vasylivka there
    # after the spots: a street set beside the other report's town keeps that finding too
    findings = corner_findings(groups, findings, min_confidence)  # 54th Avenue here, 51st Avenue there
    findings = streets_abroad(groups, findings)  # a street word abroad is a translator's
    findings = streets_in_other_towns(groups, findings)  # Oak Court in Plano is not Oak Court in Allen
    findings = namesakes_by_state_named(findings)  # a state named elsewhere places a town weakly
    findings = running_total_findings(groups, findings)  # one dead and "one later died": two in all
    findings = drop_wholes_told_by_parts(findings)  # 312 + 67 aboard here, 279 + 67 there: one row
    return sort_findings(findings)


def graded_part(
    finding: Finding,
    min_confidence: float,
    *,
    internal: bool = False,
    reason: str = "a part larger than the other report's whole",
) -> Finding:
    """A part larger than a whole, graded like every conflict.

    The scope stage decides that the part cannot exceed the whole; how sure
    that is still depends on the same evidence as any other pair of values
    (hedges, sources, events, the spread of the figures), so the finding
    carries a confidence and its reasons, and one under the threshold is a
    possible conflict, as the contract promises for every conflict.  The
    whole is another report's unless ``internal`` (a report's people named
    as charged beyond its own number charged: one report's two values);
    ``reason`` leads the reasons."""
    part, whole = _part_and_whole(finding)
    graded = grade(part, whole, internal=internal, crowd=1)
    status = graded.status(min_confidence)
    reasons = [reason, *graded.reasons]
    return finding.model_copy(update={"status": status, "confidence": graded.confidence, "reasons": reasons})


#: why a report's people named as charged beyond its own number charged conflict
NAMED_ABOVE_REASON = "more people named as charged than the report's own number charged"


def _part_and_whole(finding: Finding) -> tuple[Claim, Claim]:
    """The part (a count with a scope, or of shots that hit) and the total
    (the shots fired) of a part-above-whole finding."""
    first, second = finding.claims
    return (first, second) if first.frame.scope or is_hit_count(first) else (second, first)


def _whole_already_disputed(finding: Finding, findings: list[Finding]) -> bool:
    """Whether the total a part exceeds is already in conflict with a total of the part's report.

    "Twelve bodies" of firefighters above "one fatality" tells the editor
    nothing the conflict of "one fatality" with the same report's "15 people"
    has not: one discrepancy, one row."""
    part, whole = _part_and_whole(finding)
    for other in findings:
        if other.status not in (Status.conflict, Status.possible_conflict) or other.kind is not finding.kind:
            continue
        ids = {c.id for c in other.claims}
        if whole.id in ids and any(c.report == part.report and not c.frame.scope for c in other.claims):
            return True
    return False


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Conflicts first, the surest first; then by incident (main first), kind and position."""

    def key(f: Finding):
        first = f.claims[0]
        return (
            STATUS_ORDER[f.status],
            -(f.confidence or 0.0),
            f.incident != "main",
            f.incident,
            f.kind.value,
            first.report,
            first.evidence.start,
        )

    return sorted(findings, key=key)
