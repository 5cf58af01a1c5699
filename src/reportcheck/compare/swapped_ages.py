"""The one person each report ages, told with the two digits swapped.

A report that gives one person's age only ("The matatu driver, aged 34, is
under police guard") and another report of the incident that also ages one
person only ("the driver of the matatu, aged 43") most often tell the same
person; where the two ages are one another's digits swapped (34 and 43, 67
and 76, 17 and 71) the difference is a slip of typing, not two people:
two people of one incident whose ages happen to be each other's digits
reversed are rare, a misprint of one age is common.  The grading holds two
ages apart as mostly two people ("values far apart"), and the align stage
pairs an unnamed age with a named one only within a few years
(``unique_role_max_years``), so such a pair was a possible conflict, or two
ages each left in its own report.  Here they are set against each other,
graded with the identity as evidence (the weight of ``one_dead_each`` of
rules/confidence.yaml: one identity, one weight).

Only the main incident; each report ages exactly one person there (every
age claim of it one exact age of one group: no second person aged, no
group's ages, no decade "in his 30s"); the sexes the two tell do not differ;
neither is a suspect where the other is a victim, nor of a role that is no
part of the incident (a witness), nor told as someone's kin (a relative
quoted); one of them is told by no name (two names are two people).  Ages that are not a
digit swap ("in his 30s" against 34, 29 against 34) are left as they are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from reportcheck.compare.confidence import Evidence, digits_swapped, grade
from reportcheck.compare.judges.people import judge_age
from reportcheck.compare.one_victim import unnamed_sex
from reportcheck.compare.person_findings import person_conflict
from reportcheck.knowledge.names import people_lexicon
from reportcheck.knowledge.vocabulary import MAIN, SUSPECT, VICTIM
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey, Status

#: the evidence a finding of the one aged person's swapped digits carries
_ONE_AGED = Evidence(
    "one_dead_each", "each report ages one person only, the two digits swapped: one person's age misprinted"
)
#: why two ages the align stage left apart are set against each other
_APART = "the one person each report ages, the two digits swapped"


def swapped_age_findings(
    groups: Mapping[GroupKey, list[Claim]], findings: list[Finding], min_confidence: float
) -> list[Finding]:
    """``findings`` with the one aged person's two ages, digits swapped,
    graded as one person's: a possible conflict of theirs graded again, or
    the two ages each left in its report set against each other."""
    ones = one_aged_person(groups)
    for incident in sorted({where[0] for where in ones}):
        reports = sorted(report for where, report in ones if where == incident)
        if len(reports) != 2:
            continue
        told = [ones[(incident, report)] for report in reports]
        a, b = told[0][0], told[1][0]
        if not _one_person(a, b):
            continue
        ids = frozenset(c.id for c in told[0] + told[1])
        findings = _set_against(findings, incident, ids, (a, b), min_confidence)
    return findings


def one_aged_person(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[str, int], list[Claim]]:
    """(incident, report) -> the age claims of the one person a report ages
    in its main incident, where every age claim it gives there is one exact
    age of one group (one person's, however often told)."""
    ages: dict[tuple[str, int], list[tuple[GroupKey, Claim]]] = defaultdict(list)
    for key, claims in groups.items():
        if key.kind != ClaimKind.age.value:
            continue
        for claim in claims:
            if claim.incident == MAIN:
                ages[(key.incident, claim.report)].append((key, claim))
    found = {}
    for where, told in ages.items():
        subjects = {key.subject for key, _ in told}
        values = {(c.value.low, c.value.high) for _, c in told}
        if len(subjects) != 1 or len(values) != 1 or next(iter(subjects)).startswith("group:"):
            continue
        low, high = next(iter(values))
        if low is not None and low == high:
            found[where] = [c for _, c in told]
    return found


def _one_person(a: Claim, b: Claim) -> bool:
    """Whether the two reports' one aged people may be one: two ages whose
    digits are swapped, one of them told by no name (two names written
    apart are two people: "Cody Brandt, 23" and his mother "Jean Brandt,
    32"), no one told as someone's kin ("his 32-year-old brother"), no two
    sexes, no suspect against a victim, and no role outside the incident's
    own parts (a witness)."""
    if a.value.low is None or b.value.low is None or not digits_swapped(a.value.low, b.value.low):
        return False
    if not any(c.subject.startswith("unnamed:") for c in (a, b)) or any(_kin(c) for c in (a, b)):
        return False
    sexes = {_sex(a), _sex(b)} - {None}
    roles = {a.person.role, b.person.role} - {None}
    own_roles = people_lexicon().unique_roles | {VICTIM, SUSPECT}
    return len(sexes) <= 1 and roles <= own_roles and not {VICTIM, SUSPECT} <= roles


def _kin(age: Claim) -> bool:
    """Whether an age is told of someone's kin: a kin the extractor kept,
    or an unnamed noun of kin ("his 32-year-old brother", ``given_name_kin``
    of rules/people.yaml)."""
    noun = age.subject.removeprefix("unnamed:") if age.subject.startswith("unnamed:") else None
    return bool(age.person.kin or age.person.kin_of) or noun in people_lexicon().given_name_kin


def _sex(age: Claim) -> str | None:
    """The sex told of an age's person: an unnamed noun's, else the one the
    extractor kept on the age."""
    return unnamed_sex(age) if age.subject.startswith("unnamed:") else age.person.sex


def _set_against(
    findings: list[Finding],
    incident: str,
    ids: frozenset[str],
    pair: tuple[Claim, Claim],
    min_confidence: float,
) -> list[Finding]:
    """``findings`` with the two ages ``ids`` graded as one person's: their
    one possible conflict graded again, or their two findings each of one
    report's value made one conflict; else as they were."""
    holding = [f for f in findings if f.incident == incident and any(c.id in ids for c in f.claims)]
    if len(holding) == 1 and holding[0].status is Status.possible_conflict and not holding[0].internal:
        graded = grade(*pair, internal=False, crowd=1, extra=[_ONE_AGED])
        regraded = holding[0].model_copy(
            update={
                "status": graded.status(min_confidence),
                "confidence": graded.confidence,
                "reasons": graded.reasons,
            }
        )
        return [regraded if f is holding[0] else f for f in findings]
    if len(holding) != 2 or any(f.status is not Status.only_in_one for f in holding):
        return findings
    a, b = pair
    verdict = judge_age(a, b)
    if verdict is None or verdict.status is not Status.conflict:
        return findings
    paired = person_conflict(
        a,
        b,
        incident=incident,
        subject=a.subject,
        label=a.subject_label,
        explanation=verdict.explanation,
        reason=_APART,
        min_confidence=min_confidence,
        kind=ClaimKind.age,
        about=None,
        extra=[_ONE_AGED],
    )
    return [f for f in findings if all(f is not held for held in holding)] + [paired]
