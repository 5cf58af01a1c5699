"""The one dead person's age, told by each report without a name.

Two reports of a storm or a crash that each count one dead and tell that
person only by a noun and an age ("A 54-year-old man died after a tree fell
on him" against "A 45-year-old man was killed by a falling tree") disagree
on one person's age.  The grading holds two ages apart as mostly two people
(the age's own record, "values far apart"), which is right for a report's
many people but not for the one dead of a toll of one that both reports
give: the toll makes them one person, as a full name does
(``named_in_full``).  Here such a finding is graded again with that
identity as evidence (``one_dead_each`` of rules/confidence.yaml); which
ages are the one dead's is :func:`reportcheck.compare.one_victim.one_dead_ages`'s
to say.  Only a finding the judge already made a conflict or a possible one is
graded again: two ages the judge holds compatible (a band near 18, a
hedge's reach) stay so.  Where the align stage keyed the two ages apart
(two descriptions it cannot read as one: "the driver of the sedan" against
"the driver of the Toyota Corolla"), each left only in its report, they
are set against each other here, graded with the same identity.

The one missing person of a search or a flood that each report counts,
told by an age on the counted noun ("RCMP are searching for a 73-year-old
woman" against "A 78-year-old woman was missing"), is one person the same
way, graded with the same weight
(:func:`reportcheck.compare.one_victim.one_missing_ages`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from reportcheck.compare.confidence import Evidence, grade
from reportcheck.compare.judges.people import judge_age
from reportcheck.compare.one_victim import one_dead_ages, one_missing_ages, unnamed_sex
from reportcheck.compare.person_findings import person_conflict
from reportcheck.knowledge.vocabulary import VICTIM
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey, Status

#: the evidence a finding of the one dead person's age carries
_ONE_DEAD = Evidence("one_dead_each", "each report counts one dead, told by this age: one person")
#: why the one dead's two ages the align stage keyed apart are set against each other
_ONE_DEAD_APART = "the one person each report says died, told by two descriptions"


@dataclass(frozen=True)
class _OnePerson:
    """Whose ages a pass grades as one person's: the reports' ages (``ages``),
    the evidence and reason said, and whether each age's own verb must make
    its person a victim where align left the two apart (the dead: not a
    survivor's age the death's sentence gives; a missing person's age is
    already the counted noun's own)."""

    ages: Callable[[Mapping[GroupKey, list[Claim]]], dict[tuple[str, int], frozenset[str]]]
    evidence: Evidence
    reason: str
    victim_told: bool


_DEAD = _OnePerson(one_dead_ages, _ONE_DEAD, _ONE_DEAD_APART, victim_told=True)
#: the one missing person each report counts: the same identity, so the same weight
_MISSING = _OnePerson(
    one_missing_ages,
    Evidence("one_dead_each", "each report counts one missing, told by this age: one person"),
    "the one person each report says is missing, told by two descriptions",
    victim_told=False,
)


def one_dead_age_findings(
    groups: Mapping[GroupKey, list[Claim]], findings: list[Finding], min_confidence: float
) -> list[Finding]:
    """``findings`` with each possible conflict of the one dead person's age,
    and of the one missing person's, told by both reports without a name,
    graded again as one person's."""
    for one in (_DEAD, _MISSING):
        ones = one.ages(groups)
        if len(ones) < 2:
            continue
        findings = [_regraded(f, ones, min_confidence, one.evidence) for f in findings]
        for incident in sorted({where[0] for where in ones}):
            findings = _paired_where_align_did_not(findings, ones, incident, min_confidence, one)
    return findings


def _paired_where_align_did_not(
    findings: list[Finding],
    ones: Mapping[tuple[str, int], frozenset[str]],
    incident: str,
    min_confidence: float,
    one: _OnePerson = _DEAD,
) -> list[Finding]:
    """``findings`` with the one dead's two ages set against each other where
    the align stage keyed them apart, each left only in its report: "The
    driver of the sedan, a man aged 43, died at the scene" against "The
    driver of the Toyota Corolla, a 34-year-old man from Bellingen, died at
    the scene" (a model of car is no vehicle kind the align stage reads, so
    the two drivers were two people to it).  Two reports only, each with one
    such age, the person's own verb telling the death (``role`` victim: not
    a survivor's age the death's sentence also gives), one sex, and the
    judge's conflict; the two findings of one report's value become the one
    finding of the person."""
    reports = sorted(report for where, report in ones if where == incident)
    if len(reports) != 2:
        return findings
    alone = [_alone(findings, ones[(incident, report)]) for report in reports]
    if alone[0] is None or alone[1] is None:
        return findings
    a, b = alone[0].claims[0], alone[1].claims[0]
    if one.victim_told and (a.person.role != VICTIM or b.person.role != VICTIM):
        return findings
    if unnamed_sex(a) != unnamed_sex(b):
        return findings
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
        reason=one.reason,
        min_confidence=min_confidence,
        kind=ClaimKind.age,
        about=None,
        extra=[one.evidence],
    )
    return [f for f in findings if f is not alone[0] and f is not alone[1]] + [paired]


def _alone(findings: list[Finding], ids: frozenset[str]) -> Finding | None:
    """The one finding that holds a report's one dead age, where it is a
    value only that report states (an age the align stage paired with
    another report's is that pairing's to judge)."""
    holding = [f for f in findings if any(c.id in ids for c in f.claims)]
    if len(holding) != 1 or holding[0].status is not Status.only_in_one or len(holding[0].claims) != 1:
        return None
    return holding[0]


def _regraded(
    finding: Finding,
    ones: Mapping[tuple[str, int], frozenset[str]],
    min_confidence: float,
    evidence: Evidence = _ONE_DEAD,
) -> Finding:
    """The finding graded with the identity of the one dead, where its
    claims are each report's one dead person's age; else as it was."""
    if (
        finding.kind is not ClaimKind.age
        or finding.internal
        or finding.status is not Status.possible_conflict
    ):
        return finding
    reports = {c.report for c in finding.claims}
    if len(reports) != 2:
        return finding
    own = [ones.get((finding.incident, report), frozenset()) for report in sorted(reports)]
    if not all(c.id in own[0] | own[1] for c in finding.claims):
        return finding
    a, b = (next(c for c in finding.claims if c.report == r) for r in sorted(reports))
    if a.subject != b.subject and unnamed_sex(a) != unnamed_sex(b):
        return finding  # "the driver, a 74-year-old man" is the other's "47-year-old man", not a woman
    graded = grade(a, b, internal=False, crowd=1, extra=[evidence])
    return finding.model_copy(
        update={
            "status": graded.status(min_confidence),
            "confidence": graded.confidence,
            "reasons": graded.reasons,
        }
    )
