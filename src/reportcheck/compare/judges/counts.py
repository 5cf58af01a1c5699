"""Judging two counts of people or things (killed, injured, missing, arrested, other).

A count is more than its figure: it may be a part of another report's total
("two officers" of "five people"), count the attacker or not ("14 killed,
including the gunman" against "13 killed"), or be of another sex or kind of
person than the other count; these decide before the figures are compared by
:func:`~reportcheck.compare.judges.numeric.judge_numeric`.
"""

from __future__ import annotations

from reportcheck.compare.judges.numeric import judge_numeric, point_of
from reportcheck.compare.judges.verdict import Verdict, describe
from reportcheck.details import FLOORS_AMERICAN, FLOORS_BRITISH, VAGUE
from reportcheck.knowledge.casualties import vague_said_of
from reportcheck.knowledge.tolerance import DEFAULT, Tolerances
from reportcheck.knowledge.vocabulary import INDIVIDUAL, ORIGIN_FLOOR
from reportcheck.models import Claim, ClaimKind, Status

#: ``CountDetails.attacker`` of a toll that counts the attacker ("including
#: the gunman") or may count him (a report that tells he killed himself)
WITH_ATTACKER = frozenset({"included", "possible"})


def _attacker_counted(a: Claim, b: Claim) -> Verdict | None:
    """ "14 killed, including the gunman" vs "13 killed": the same victims;
    "three dead in a murder-suicide" vs "shot a woman and a girl" too."""
    counting = [c for c in (a, b) if c.count.attacker == "included"]
    if not counting:  # "possible" yields to "including the gunman": he is in that one
        counting = [c for c in (a, b) if c.count.attacker in WITH_ATTACKER]
    if len(counting) != 1:
        return None
    with_attacker = counting[0]
    other = b if with_attacker is a else a
    total, victims = point_of(with_attacker), point_of(other)
    if total is None or victims is None:
        return None
    if abs(total - 1 - victims) <= with_attacker.value.precision + other.value.precision + 1e-6:
        return Verdict(
            Status.compatible,
            f"{describe(with_attacker)} {_counts_him(with_attacker)}; without him {total - 1:g}, "
            f"as {describe(other)}",
            0.5,
        )
    return None


def _counts_him(claim: Claim) -> str:
    if claim.count.attacker == "included":
        return "counts the attacker"
    return "may count the attacker, who killed himself"


def no_arrest_yet(claim: Claim) -> bool:
    """ "No arrests have been made", "no one has been arrested": a report's
    word that nobody is held as it is written, not that nobody ever was."""
    return claim.kind is ClaimKind.arrested and claim.value.low == claim.value.high == 0


def _arrest_since(a: Claim, b: Claim) -> Verdict | None:
    """ "No arrests have been made" against another report's "police arrested
    Steafon Lewis Friday": an arrest after the first report was written,
    which it does not deny (a change of state, like "in critical condition"
    against "has died"); two figures of people held both above none still
    meet as figures."""
    none_yet = [c for c in (a, b) if no_arrest_yet(c)]
    if len(none_yet) != 1:
        return None
    other = b if none_yet[0] is a else a
    if not other.value.low:
        return None
    return Verdict(
        Status.compatible,
        f"{describe(none_yet[0])} vs {describe(other)}: no arrest yet in one report, an arrest in the other",
        1.0,
    )


def judge_count(a: Claim, b: Claim, tol: Tolerances = DEFAULT) -> Verdict | None:
    """Counts, with sub-groups: "two officers" may be part of "five people"."""
    if _sexes_differ(a, b):
        return None  # "found him dead" and "a woman died": two people, neither figure the other's
    counted = _attacker_counted(a, b)
    if counted is not None:
        return counted
    later = _arrest_since(a, b)
    if later is not None:
        return later
    numbered = _floors_numbered_apart(a, b)
    if numbered is not None:
        return numbered
    group_a, group_b = _told_group(a, b), _told_group(b, a)
    parts = ("elsewhere", INDIVIDUAL)
    if group_a != group_b and (group_a in parts) != (group_b in parts):
        # a figure for one named place ("no injuries in Dubai") or one named
        # person ("Rowland Barnes was killed") is part of any total
        group_a, group_b = ("part", "all") if group_a in parts else ("all", "part")
    if group_a != group_b and "all" in (group_a, group_b):
        total, part = (a, b) if group_a == "all" else (b, a)
        if part.value.low is not None and total.value.high is not None and part.value.low > total.value.high:
            return Verdict(
                Status.conflict,
                f"{describe(part)} ({part.count.group}) is more than the {describe(total)} in all",
                part.value.low - total.value.high,
            )
        verdict = judge_numeric(a, b, tol)
        if verdict and verdict.status is Status.conflict:
            return Verdict(
                Status.compatible,
                f"{describe(part)} can be part of {describe(total)}",
                1.0 + verdict.distance,
            )
        return verdict
    if group_a != group_b or _other_kinds(a, b):
        return None
    verdict = judge_numeric(a, b, tol)
    if verdict is not None and verdict.status is Status.conflict:
        return _said_of(a, b) or verdict
    return verdict


def _floors_numbered_apart(a: Claim, b: Claim) -> Verdict | None:
    """ "a first-floor flat" in a British report against "a second-floor
    apartment" in an American one: the floor one flight up, numbered two
    ways (``CountDetails.floor_style``), so the American floor one above the
    British may be the same floor.  Two reports of one way, or of a way
    neither's words tell, a floor apart keep their conflict."""
    if a.subject != ORIGIN_FLOOR or b.subject != ORIGIN_FLOOR:
        return None
    styles = {a.count.floor_style: a, b.count.floor_style: b}
    british, american = styles.get(FLOORS_BRITISH), styles.get(FLOORS_AMERICAN)
    if british is None or american is None:
        return None
    low, high = point_of(british), point_of(american)
    if low is None or high is None or high - low != 1:
        return None
    return Verdict(
        Status.compatible,
        f"{describe(british)} in British numbering may be {describe(american)} in American numbering",
        0.5,
    )


def _said_of(a: Claim, b: Claim) -> Verdict | None:
    """ "several others were missing" against "at least 10 missing" or "12
    missing": a figure or a floor among those reporters name by the vague
    word (``vague_said_of`` of rules/counts.yaml) fits it; outside them
    ("several" against one, or against 26 killed) the word's range still
    decides."""
    for vague, figure in ((a, b), (b, a)):
        if vague.count.told != VAGUE or figure.count.told == VAGUE:
            continue
        span = vague_said_of(vague.evidence.text)
        low = figure.value.low
        if span is not None and low is not None and span[0] <= low <= span[1]:
            return Verdict(
                Status.compatible,
                f"{describe(vague)} is said of up to {span[1]}: it may be {describe(figure)}",
                0.5,
            )
    return None


def _told_group(claim: Claim, other: Claim) -> str:
    """The group a count is judged as against the other's: "all" for a
    count told by a plain kind of people that is its report's only figure of
    the toll ("Two men were arrested", ``whole`` of the count) against the
    other report's only figure of it, a total ("Three people were
    arrested"): two reports' whole counts, which meet as two totals (2
    against 3), never as a part and its whole.  Where either report tells
    another figure beside it, the kind's count may be a part, and stays one."""
    group = claim.count.group or "all"
    if claim.count.whole and other.count.whole and (other.count.group or "all") == "all":
        return "all"
    return group


def _sexes_differ(a: Claim, b: Claim) -> bool:
    """Whether two counts of one person each state a sex, and not the same
    one (the ``sex`` detail: a pronoun, a noun, a title): "him" is not "a
    woman", whatever their figures."""
    return a.count.sex is not None and b.count.sex is not None and a.count.sex != b.count.sex


def _other_kinds(a: Claim, b: Claim) -> bool:
    """Two counts of different kinds of people of one group ("two pilots"
    and "three nurses" killed, "including three civilians" and "among
    them two foreigners"): two figures of two sets, neither agreeing nor
    contradicting.  A count with no kind told ("children", a total, a
    pronoun) may be of either."""
    if a.kind is ClaimKind.other_count or a.count.group == INDIVIDUAL:
        return False  # a thing's count is keyed by its bearer; one person's by who they are
    kind_a, kind_b = a.frame.bearer, b.frame.bearer
    return bool(kind_a and kind_b and kind_a != kind_b)
