"""One builder for the findings of the checks about one person.

The person checks (what happened to a named person, the victim's sex, where
one person was hit, a rank, who fired, who called the police) each decide
*whether* two reports' claims about one person clash in their own module.
How such a clash becomes a finding is the same for all of them: graded as a
person's finding (the two claims' figures say nothing of it), made a
possible conflict under the threshold or where the check itself is unsure,
the check's own reason first, and the two sentences quoted.  Keeping that in
one place keeps the fields, the grading and the quoting alike across checks,
so a reader of the table sees every person's conflict told the same way.
A check that also tells where two reports agree on a person, or a person
only one report tells (the callers'), makes those findings here too.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportcheck.compare.confidence import Evidence, grade
from reportcheck.compare.cross_findings import in_report_order
from reportcheck.compare.judges.verdict import only_in_one_words
from reportcheck.models import Claim, ClaimKind, Finding, Status


def person_conflict(
    a: Claim,
    b: Claim,
    *,
    incident: str,
    subject: str,
    label: str,
    explanation: str,
    reason: str,
    min_confidence: float,
    kind: ClaimKind = ClaimKind.person,
    about: ClaimKind | None = ClaimKind.person,
    extra: Sequence[Evidence] = (),
    unsure: str | None = None,
    ordered: bool = False,
    internal: bool = False,
    doubted: bool = False,
) -> Finding:
    """A conflict (or possible conflict) between two reports' claims about one person.

    ``reason`` says why the two claims are about one person (or why they
    cannot both hold) and leads the reasons; ``about`` is what the grading
    weighs (:func:`reportcheck.compare.confidence.grade`), ``None`` for a
    finding whose claims' own kind weighs.  ``unsure`` makes the finding a
    possible conflict whatever its confidence: the check's own doubt (two
    body parts next to each other, a call that may be one of several); a
    non-empty ``unsure`` is added to the reasons.  ``ordered`` sorts
    the claims by report and place in it, for checks whose claims come in
    no set order.  ``internal`` makes it one report's finding against itself
    (both claims of one report: a name it spells two ways).  ``doubted``
    tells the grading the check's reading is hedged (who fired), which
    ``unsure`` then says (:func:`reportcheck.compare.confidence.grade`).
    """
    graded = grade(a, b, internal=internal, crowd=1, about=about, extra=extra, doubted=doubted)
    status = graded.status(min_confidence)
    reasons = [reason, *graded.reasons]
    if unsure is not None:
        status = Status.possible_conflict
        if unsure:
            reasons.append(unsure)
    claims = in_report_order([a, b]) if ordered else [a, b]
    return Finding(
        status=status,
        kind=kind,
        subject=subject,
        subject_label=label,
        internal=internal,
        incident=incident,
        explanation=explanation,
        claims=claims,
        confidence=graded.confidence,
        reasons=reasons,
    )


def person_agreement(
    a: Claim, b: Claim, *, incident: str, subject: str, label: str, explanation: str
) -> Finding:
    """Two reports telling one person alike (a check that sets people
    against each other, the callers', also says where they agree): the
    fields of a conflict, ungraded."""
    return _ungraded(Status.agree, [a, b], incident=incident, subject=subject, label=label, why=explanation)


def person_update(
    a: Claim, b: Claim, *, incident: str, subject: str, label: str, explanation: str, reasons: list[str]
) -> Finding:
    """One report's later state of a person beside another's earlier one
    that it moves on from without denying ("critically injured", "has since
    died"): compatible, the claims in report order, ungraded."""
    return _ungraded(
        Status.compatible,
        in_report_order([a, b]),
        incident=incident,
        subject=subject,
        label=label,
        why=explanation,
        kind=ClaimKind.killed,
        reasons=reasons,
    )


def person_only_in_one(claim: Claim, *, incident: str, subject: str, label: str) -> Finding:
    """A person only one report tells, in the words every such finding uses
    (:func:`reportcheck.compare.judges.verdict.only_in_one_words`)."""
    why = only_in_one_words(claim)
    return _ungraded(Status.only_in_one, [claim], incident=incident, subject=subject, label=label, why=why)


def _ungraded(
    status: Status,
    claims: list[Claim],
    *,
    incident: str,
    subject: str,
    label: str,
    why: str,
    kind: ClaimKind = ClaimKind.person,
    reasons: Sequence[str] = (),
) -> Finding:
    """A person finding across reports that no confidence grades (an
    agreement, a person one report tells alone, an update), its claims as
    given."""
    return Finding(
        status=status,
        kind=kind,
        subject=subject,
        subject_label=label,
        internal=False,
        incident=incident,
        explanation=why,
        claims=claims,
        reasons=list(reasons),
    )
