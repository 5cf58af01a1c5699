"""Hand-built count claims for the comparer's tests.

Several test modules set counts of people against each other without
running the extractors; each used to spell out the same Evidence and Claim.
They now say only what differs (the value, the words, the scope or bearer)
and this builder fills in the rest the way the counts component would.
"""

from __future__ import annotations

from reportcheck.models import Claim, ClaimKind, Evidence, Value, ValueFrame, details_from_attrs


def exact(n: int) -> Value:
    """A count written as one figure."""
    return Value(unit="people", written=n, low=n, high=n, label=str(n))


def people_count(
    report: int,
    value: Value,
    *,
    claim_id: str,
    text: str,
    start: int,
    kind: str = "killed",
    subject: str = "victims",
    attrs: dict[str, str] | None = None,
    frame: ValueFrame | None = None,
    end: int | None = None,
    sentence_span: tuple[int, int] = (0, 1),
) -> Claim:
    """A count claim quoting ``text`` from ``start`` (to ``end``, one character
    by default), its sentence the same words at ``sentence_span``."""
    claim_kind = ClaimKind(kind)
    evidence = Evidence(
        text=text,
        start=start,
        end=start + 1 if end is None else end,
        sentence=text,
        sentence_start=sentence_span[0],
        sentence_end=sentence_span[1],
    )
    return Claim(
        id=claim_id,
        report=report,
        kind=claim_kind,
        subject=subject,
        subject_label=f"people {kind}",
        value=value,
        evidence=evidence,
        details=details_from_attrs(claim_kind, attrs or {"role": "victims", "group": "all"}),
        frame=frame or ValueFrame(),
    )
