"""The ``--format json`` of compare and batch, built from the contract's models.

A :class:`~reportcheck.models.Comparison` becomes a
:class:`~reportcheck.export.contract.ComparisonOut`: ``reports`` (path,
sha256, headline, date, encoding), ``incidents`` (id, label, and for each
report the sentences it spends on the incident, as [start, end] offsets), a
``summary`` of findings by status and the ``findings``, each with its claims.
docs/contract.md states the contract, ``schemas/comparison.schema.json`` its
schema.  Numbers are rounded so equal inputs give byte-identical JSON.
"""

from __future__ import annotations

import math

from reportcheck.export.contract import (
    ClaimOut,
    ComparisonOut,
    CoverageOut,
    FindingOut,
    FrameOut,
    HedgeOut,
    IncidentMatchOut,
    IncidentOut,
    ReportOut,
    StatusCounts,
    render,
)
from reportcheck.models import Claim, Comparison, Finding, IncidentInfo, IncidentMatch, ReportInfo, Status


def _number(x: float | None):
    if x is None or (isinstance(x, float) and math.isinf(x)):
        return None
    rounded = round(x, 4)
    return int(rounded) if rounded == int(rounded) else rounded


def claim_value(claim: Claim):
    """A point as a number, a range as [low, high], a name as a string."""
    v = claim.value
    if v.name is not None:
        return v.name
    if v.low is not None and v.low == v.high:
        return _number(v.low)
    if v.low is None and v.high is None:
        return v.label or None
    return [_number(v.low), _number(v.high)]


def claim_out(claim: Claim, model: type[ClaimOut] = ClaimOut, **extra: object) -> ClaimOut:
    """A claim as the JSON gives it; ``model`` a subclass with ``extra`` fields
    (the extract JSON's ``line``)."""
    return model(
        id=claim.id,
        report=claim.report,
        kind=claim.kind,
        subject=claim.subject_label,
        text=claim.evidence.text,
        value=claim_value(claim),
        label=claim.value.label,
        unit=claim.value.unit,
        start=claim.evidence.start,
        end=claim.evidence.end,
        sentence=claim.evidence.sentence,
        hedges=[
            HedgeOut(category=c.category, cue=c.cue, text=c.text, start=c.start, end=c.end)
            for c in claim.hedges
        ],
        source=claim.source,
        incident=claim.incident,
        attrs=claim.attrs_json(),
        notes=claim.notes,
        frame=FrameOut(**claim.frame.model_dump()),
        **extra,
    )


def report_out(report: ReportInfo) -> ReportOut:
    """A report without its text (the evidence offsets point into the file)."""
    return ReportOut.model_validate(report.model_dump(exclude={"text"}))


def finding_out(finding: Finding) -> FindingOut:
    return FindingOut(
        status=finding.status,
        kind=finding.kind,
        subject=finding.subject_label,
        subject_key=finding.subject,
        internal=finding.internal,
        incident=finding.incident,
        explanation=finding.explanation,
        confidence=finding.confidence,
        reasons=finding.reasons,
        claims=[claim_out(c) for c in finding.claims],
    )


def incident_out(incident: IncidentInfo) -> IncidentOut:
    return IncidentOut(
        id=incident.id,
        label=incident.label,
        reports=[
            CoverageOut(
                report=cover.report,
                label=cover.label,
                sentences=[(s.start, s.end) for s in cover.sentences],
            )
            for cover in incident.reports
        ],
    )


def incident_match_out(match: IncidentMatch | None) -> IncidentMatchOut | None:
    if match is None:
        return None
    return IncidentMatchOut.model_validate(match.model_dump())


def comparison_out(comparison: Comparison) -> ComparisonOut:
    return ComparisonOut(
        incident_match=incident_match_out(comparison.incident_match),
        reports=[report_out(r) for r in comparison.reports],
        incidents=[incident_out(i) for i in comparison.incidents],
        summary=StatusCounts(
            **{status.value: sum(1 for f in comparison.findings if f.status is status) for status in Status}
        ),
        findings=[finding_out(f) for f in comparison.findings],
    )


def render_json(comparison: Comparison) -> str:
    return render(comparison_out(comparison))
