"""A part larger than its whole: counts of one scope set against the total.

The align stage keeps counts of different scopes apart (a part of the
injured, an increment, a figure for one town, one named person: see
:mod:`reportcheck.extract.counts.scope`), so "four of the officers" is never
weighed against "nine officers" as if both were the total.  A part still
says something about the total: it cannot be larger.  "Shamaya Pouncy was
arrested" against another report's "no arrest has been made", or "12 were
killed in Aleppo" against "ten people were killed" in all, are conflicts.
This module finds them, across reports only (a report's own breakdown is
not set against its own total).

A count of people shot covers the dead and the wounded alike.  A report
that tells of no death gives its "gunman shot three people" as three
injured (``derived`` ``all_harmed``); another report's "one dead, two
injured" counts the same three people.  :func:`shot_reconciled` sets such a
figure against the other report's wounded plus the dead either report
counts, never against the wounded alone; "three shot" against "five
wounded", or against another "five shot", is still a conflict.

The shots that hit are a part of the shots fired: "officers fired 11
shots" and another report's "he was hit by seven bullets" fit, while "was
shot 14 times" against "fired 11 shots" cannot both hold
(:func:`hits_above_fired`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from reportcheck.compare.cross_findings import cross_finding, in_report_order
from reportcheck.compare.judges import Verdict, describe
from reportcheck.compare.judges.counts import no_arrest_yet
from reportcheck.details import ALL_HARMED
from reportcheck.knowledge.generic_counts import act_held_groups
from reportcheck.knowledge.tolerance import hedge_reach
from reportcheck.knowledge.vocabulary import (
    APART_SCOPE,
    CASES_SCOPE,
    CHARGED,
    FOUND_MORE_SCOPE,
    GENERIC_COUNT_PREFIX,
    NAMED_SCOPE,
    PLACES_SCOPE,
    SHOTS,
    SHOTS_FIRED,
    SHOTS_HIT,
    UNRELATED_SCOPE,
    WIDER_SCOPE,
)
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey, Status

#: the kinds whose figures have scopes
COUNT_KINDS = frozenset(
    {ClaimKind.killed, ClaimKind.injured, ClaimKind.missing, ClaimKind.arrested, ClaimKind.other_count}
)
#: the count groups a total of which a part of ``group`` belongs to
ALL = "all"
#: the scope of an arrest on other charges (extract/counts/scope.py): no part of any total
UNRELATED = UNRELATED_SCOPE


def generic_count(claim: Claim) -> bool:
    """A count of a thing whose role the tool does not know ("four ships",
    extract/counts/generic.py): which set of the things each figure counts is
    not known, so neither is which is a part of which."""
    return claim.kind is ClaimKind.other_count and claim.subject.startswith(GENERIC_COUNT_PREFIX)


def other_acts(a: Claim, b: Claim) -> bool:
    """Whether two counts of people a story counts group by group, by what
    each group did or suffered (``act_held_groups`` of
    rules/generic_counts.yaml: officers, deputies, soldiers), tell them by
    two acts, or one by an act and the other by none: "two officers returned
    fire" and "four officers went to retrieve the baby" count two groups of
    one force, "five officers were in the hospital" may be either, so their
    figures never conflict.  The same figure may still agree: "two
    plainclothes officers noticed the teenager" and "two plainclothes
    officers shot him" are one pair told by two of its acts."""
    if not (generic_count(a) and generic_count(b)) or a.count.act == b.count.act:
        return False
    return bool({a.frame.bearer, b.frame.bearer} & act_held_groups())


def _fits(part: Claim, total: Claim) -> bool:
    """Whether ``total`` counts the people ``part`` is a share of: all
    people, or the part's own group ("four of the officers" / "nine officers")."""
    group = total.count.group or ALL
    return group == ALL or group == (part.count.group or ALL)


def scope_totals(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple, list[Claim]]:
    """The totals (the claims of no scope) by incident, kind, subject, event
    and measure: the wholes a part is set against.  Built once per compare
    and handed to :func:`part_whole_findings` and :func:`named_above_own_total`."""
    return {key[:5]: claims for key, claims in groups.items() if key.scope == ""}


def part_whole_findings(
    groups: Mapping[GroupKey, list[Claim]], totals: Mapping[tuple, list[Claim]]
) -> list[Finding]:
    """A conflict for each part that is larger than every total another
    report gives for its incident, kind, subject, event and measure
    (``totals``: :func:`scope_totals`)."""
    findings = []
    for key, claims in sorted(groups.items()):
        if (
            key.scope in ("", UNRELATED, APART_SCOPE, CASES_SCOPE, WIDER_SCOPE, FOUND_MORE_SCOPE)
            or not claims
            or claims[0].kind not in COUNT_KINDS
        ):
            # an arrest on other charges (a toll of several cases or wider
            # places), bodies found since an earlier count (the other
            # report's toll may be of before them): no part of its whole
            continue
        if generic_count(claims[0]):
            continue
        more, fewer = _over_other_places(groups, key)
        wholes = totals.get(key[:5], []) + more
        told: set[tuple] = set()
        for part in in_report_order(claims):
            finding = _larger_than_total(part, wholes, key[0], claims, fewer)
            if finding is None:
                continue
            whole = next(c.id for c in finding.claims if c is not part)
            value_against_whole = (part.report, part.value.low, part.value.high, whole)
            if value_against_whole in told:
                # a headline's "Sixty still missing" and the body's "60 people
                # are still unaccounted for": one value told twice, one finding
                continue
            told.add(value_against_whole)
            findings.append(finding)
    return _one_per_pair(findings)


def _places_counted(scope: str) -> int | None:
    """N of a toll over N places ("places:2"), else None."""
    prefix = f"{PLACES_SCOPE}:"
    return int(scope[len(prefix) :]) if scope.startswith(prefix) and scope[len(prefix) :].isdigit() else None


def _over_other_places(
    groups: Mapping[GroupKey, list[Claim]], key: GroupKey
) -> tuple[list[Claim], list[Claim]]:
    """The tolls over more places and those over fewer places than the toll
    of ``key`` is told over.  Those over more are its wholes beside the
    totals: "14 civilians killed in two towns" is a part of another report's
    "16 killed in three towns", and more than it a conflict; those over
    fewer are no whole of it ("11 civilians in two villages" beside "15 died
    in three villages")."""
    more: list[Claim] = []
    fewer: list[Claim] = []
    counted = _places_counted(key.scope)
    if counted is None:
        return more, fewer
    for other, claims in sorted(groups.items()):
        places = _places_counted(other.scope)
        if other[:5] == key[:5] and places is not None and places != counted:
            (more if places > counted else fewer).extend(claims)
    return more, fewer


def named_above_own_total(
    groups: Mapping[GroupKey, list[Claim]], totals: Mapping[tuple, list[Claim]]
) -> list[Finding]:
    """An internal conflict for each list of people a report names as charged
    that is longer than a number charged the same report states: a lede's
    "Two people have been charged" beside "Calloway, Smith and Bobo have each
    been charged".  A report's own breakdown is otherwise never set against
    its own total (a share of the injured is told apart from them); the
    people named as charged are no share but the charged themselves, told
    as of the one moment the report is written.  Naming fewer is no
    difference: a report need not name them all.  ``totals`` is
    :func:`scope_totals`; a named list's key, of the charged, finds the
    charged total only."""
    findings = []
    for key, claims in sorted(groups.items()):
        if key.subject != CHARGED or not key.scope.startswith(f"{NAMED_SCOPE}:"):
            continue
        for part in in_report_order(claims):
            low = part.value.low
            own = [c for c in totals.get(key[:5], []) if c.report == part.report and c.value.high is not None]
            for whole in sorted(own, key=lambda c: c.evidence.start):
                assert whole.value.high is not None
                if low is not None and low > whole.value.high and not no_arrest_yet(whole):
                    findings.append(
                        Finding(
                            status=Status.conflict,
                            kind=part.kind,
                            subject=part.subject,
                            subject_label=part.subject_label,
                            internal=True,
                            incident=key.incident,
                            explanation=f"{describe(part)} named as charged, more than the {describe(whole)} "
                            "the same report says were charged",
                            claims=sorted([part, whole], key=lambda c: c.evidence.start),
                        )
                    )
    return _one_per_pair(findings)


def is_hit_count(claim: Claim) -> bool:
    """A count of the shots that hit someone (or some part of them)."""
    return claim.subject == SHOTS and (claim.frame.measure or "").startswith(SHOTS_HIT)


def hits_above_fired(groups: Mapping[GroupKey, list[Claim]]) -> list[Finding]:
    """A conflict for each count of shots that hit one report gives that is
    more than every count of shots fired another report gives for its
    incident and event: "was shot 14 times" against "fired 11 shots".  The
    hits on one person, or on one part of the body, are each a part of the
    shots fired; fewer hits than shots is no difference."""
    fired: dict[tuple, list[Claim]] = {}
    for key, claims in groups.items():
        if key.subject == SHOTS and key.measure == SHOTS_FIRED:
            fired.setdefault((key.incident, key.kind, key.event), []).extend(claims)
    findings = []
    for key, claims in sorted(groups.items()):
        if not claims or not is_hit_count(claims[0]):
            continue
        wholes = fired.get((key[0], key[1], key[3]), [])
        for part in in_report_order(claims):
            finding = _larger_than_total(part, wholes, key[0], claims)
            if finding is not None:
                whole = next(c for c in finding.claims if c.id != part.id)
                explanation = f"{describe(part)} shots hit, more than the {describe(whole)} fired"
                findings.append(finding.model_copy(update={"explanation": explanation}))
    return _one_per_pair(findings)


def _larger_than_total(
    part: Claim, wholes: list[Claim], incident: str, parts: list[Claim], fewer: Sequence[Claim] = ()
) -> Finding | None:
    """A part one report gives that is more than the whole another report
    gives.  Not where the other report gives that part as large itself: the
    two reports then agree on the part, and the other report's own part and
    whole are its internal matter, not a difference between the reports.
    Nor where the other report's whole is its toll over fewer places than
    the part is told over (``fewer``): "Shelling kills 11" over "11
    civilians in two villages" is no whole of "15 died in three villages".
    A hedged part is larger only where all its reach is (:func:`_least_reach`):
    "around 60 passengers" fits in 59 aboard."""
    low = _least_reach(part)
    if low is None:
        return None
    for report in sorted({c.report for c in wholes} - {part.report}):
        if any(c.report == report and (c.value.low or 0.0) >= low for c in parts):
            continue
        totals = [c for c in wholes if c.report == report and _fits(part, c)]
        if not totals or any(c.value.high is None for c in totals):
            continue
        largest = max(totals, key=lambda c: c.value.high or 0.0)
        assert largest.value.high is not None
        if no_arrest_yet(largest):
            continue  # "no arrests have been made" is no total a later arrest exceeds
        if any(c.report == report and c.value.high == largest.value.high for c in fewer):
            continue  # the other report's whole is its toll over fewer places
        if low > largest.value.high:
            scope = part.frame.scope or "part"
            return cross_finding(
                Status.conflict,
                part,
                incident=incident,
                explanation=f"{describe(part)} ({scope}) is more than the {describe(largest)} in all",
                claims=[part, largest],
            )
    return None


def _least_reach(part: Claim) -> float | None:
    """The least a part can be: its figure, or for a hedged one the bottom
    of the reach a reporter's rounding gives it (:func:`hedge_reach`:
    "around 60" reaches down to 54, "some 300" to 250), since a rounded
    figure says only that the count is near it."""
    if not part.is_hedged:
        return part.value.low
    reach = hedge_reach(part)
    if not reach:
        return part.value.low
    lows = [i.low for i in reach if i.low is not None]
    return min(lows) if lows else part.value.low


def _one_per_pair(findings: list[Finding]) -> list[Finding]:
    """One finding for each pair of quoted claims."""
    seen: dict[tuple[str, ...], Finding] = {}
    for finding in findings:
        seen.setdefault(tuple(c.id for c in finding.claims), finding)
    return list(seen.values())


# ------------------------------------------------------- people shot, dead or alive


def victims_dead(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple, list[Claim]]:
    """(incident, event, measure) -> every report's total of victims killed
    there: the dead a count of people shot may include."""
    dead: dict[tuple, list[Claim]] = {}
    for key, claims in groups.items():
        if key.kind == ClaimKind.killed.value and key.subject == "victims" and key.scope == "":
            dead.setdefault((key.incident, key.event, key.measure), []).extend(
                c for c in claims if c.count.group != "elsewhere" and c.count.attacker is None
            )  # "one worker was killed", "Ann Lee died": some of the dead; not a town's
    return dead


def _everyone_shot(claims: list[Claim]) -> Claim | None:
    return next((c for c in claims if c.count.derived == ALL_HARMED), None)


def shot_reconciled(
    verdict: Verdict | None, first: list[Claim], second: list[Claim], dead: list[Claim]
) -> Verdict | None:
    """A conflict between one report's people shot (told of no death) and
    the other's injured made compatible when the injured plus the dead
    either report counts make the people shot: "shot three people" against
    "one killed, two wounded".  ``first`` and ``second`` are the mentions
    of one value in each report; ``dead`` the victims' killed totals."""
    if verdict is None or verdict.status is not Status.conflict:
        return verdict
    shot_a, shot_b = _everyone_shot(first), _everyone_shot(second)
    if (shot_a is None) == (shot_b is None):
        return verdict  # two counts of people shot, or of the wounded: as they stand
    shot = shot_a or shot_b
    wounded = second[0] if shot_a is not None else first[0]
    assert shot is not None
    total, low, high = shot.value.low, wounded.value.low, wounded.value.high
    if total is None or low is None or high is None or shot.value.high != total:
        return verdict
    slack = shot.value.precision + wounded.value.precision + 1e-6

    def makes_the_shot(killed: Claim) -> bool:
        fewest = killed.value.low
        if fewest is None:
            return False
        return low + fewest - slack <= total <= high + (killed.value.high or fewest) + slack

    killed = _dead_making_the_difference(shot, wounded, dead, makes_the_shot)
    if killed is None:
        return verdict
    return _everyone_harmed(shot, f"{describe(wounded)} injured", killed, total)


def _dead_making_the_difference(
    everyone: Claim, survivors: Claim, dead: list[Claim], makes_it: Callable[[Claim], bool]
) -> Claim | None:
    """The first count of the dead, in report order, of either report that
    ``makes_it``: the survivors plus it make everyone harmed."""
    reports = (everyone.report, survivors.report)
    return next((k for k in in_report_order(dead) if k.report in reports and makes_it(k)), None)


def _everyone_harmed(everyone: Claim, survivors: str, killed: Claim, total: float) -> Verdict:
    """The compatible verdict of a count of everyone harmed beside the
    survivors and the dead that make it up."""
    return Verdict(
        Status.compatible,
        f"{describe(everyone)} counts everyone harmed, dead or alive; {survivors} "
        f"and {describe(killed)} killed make {total:g}",
        0.5,
    )


def harmed_reconciled(
    verdict: Verdict | None, first: list[Claim], second: list[Claim], dead: list[Claim]
) -> Verdict | None:
    """A conflict between two reports' counts of people harmed whose fate
    the count leaves open (``harmed``: "found three people with gunshot
    wounds" against "A man and a woman were treated for gunshot wounds")
    made compatible when the smaller plus the dead either report counts
    make the larger: one counts everyone shot, the dead among them, the
    other the survivors only, a reading both reports' dead allow."""
    if verdict is None or verdict.status is not Status.conflict:
        return verdict
    a, b = first[0], second[0]
    if a.kind is not ClaimKind.other_count or a.count.harmed is None or b.count.harmed is None:
        return verdict
    fewer, more = sorted((a, b), key=lambda c: c.value.low or 0.0)
    low, total = fewer.value.low, more.value.low
    if low is None or total is None or fewer.value.high != low or more.value.high != total:
        return verdict

    def makes_the_more(killed: Claim) -> bool:
        exact = killed.value.low if killed.value.low == killed.value.high else None
        return exact is not None and low + exact == total

    killed = _dead_making_the_difference(more, fewer, dead, makes_the_more)
    if killed is None:
        return verdict
    return _everyone_harmed(more, describe(fewer), killed, total)
