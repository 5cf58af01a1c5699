"""One builder for a finding that sets one report's claims against another's.

Several checks outside the per-group judges (a part larger than the other
report's whole, the one act each report tells once, a figure whose partner
is of a kindred kind, a street against the other report's town, one block
number on two streets) decide in
their own module *whether* two reports' claims meet; how the meeting becomes
a finding is the same for all of them: named as one of its claims (its
kind, subject and label), across reports, the claims quoted in the order of
the reports and of the text.  Keeping that here keeps the quoting alike, so
a reader of the table sees each such finding told the same way.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from reportcheck.models import Claim, ClaimKind, Finding, Status


def in_report_order(claims: Iterable[Claim]) -> list[Claim]:
    """``claims`` by report, then by where each stands in its text: the one
    order every comparer check walks or quotes two reports' claims in."""
    return sorted(claims, key=lambda c: (c.report, c.evidence.start))


def replacing_only_in_one(
    findings: list[Finding], added: list[Finding], kinds: Collection[ClaimKind] | None = None
) -> list[Finding]:
    """``findings`` without the only-in-one findings of the claims ``added``
    quotes (of ``kinds`` only, when given), then ``added``: a new finding
    that sets a claim against the other report's tells it, so its "only in
    one report" is dropped, not told twice."""
    quoted = {c.id for f in added for c in f.claims if kinds is None or c.kind in kinds}
    kept = [
        f
        for f in findings
        if not (f.status is Status.only_in_one and f.claims and all(c.id in quoted for c in f.claims))
    ]
    return kept + added


def cross_finding(
    status: Status,
    named_as: Claim | Finding,
    *,
    incident: str,
    explanation: str,
    claims: Iterable[Claim],
    confidence: float | None = None,
    reasons: list[str] | None = None,
) -> Finding:
    """A finding across reports quoting ``claims`` in report order, named as
    ``named_as`` (its kind, subject and subject label); ``confidence`` and
    ``reasons`` where the check graded it."""
    return Finding(
        status=status,
        kind=named_as.kind,
        subject=named_as.subject,
        subject_label=named_as.subject_label,
        internal=False,
        incident=incident,
        explanation=explanation,
        claims=in_report_order(claims),
        confidence=confidence,
        reasons=reasons or [],
    )
