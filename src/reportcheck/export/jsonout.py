"""The ``--format json`` contract (see ../shared/eval/README.md).

An object with ``reports`` (path, sha256, headline, date), ``incidents``
(id, label, and for each report the sentences it spends on the incident, as
[start, end] offsets) and ``findings``;
each finding has status, kind, subject, internal, incident, explanation and
claims with report, text, value, unit, start, end, sentence, hedges, source.
Keys are sorted and floats rounded so equal inputs give byte-identical JSON.
"""

from __future__ import annotations

import json
import math

from reportcheck.models import Claim, Comparison, Finding, IncidentInfo


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


def claim_json(claim: Claim) -> dict:
    return {
        "id": claim.id,
        "report": claim.report,
        "kind": claim.kind.value,
        "subject": claim.subject_label,
        "text": claim.evidence.text,
        "value": claim_value(claim),
        "label": claim.value.label,
        "unit": claim.value.unit,
        "start": claim.evidence.start,
        "end": claim.evidence.end,
        "sentence": claim.evidence.sentence,
        "hedges": [
            {"category": c.category, "cue": c.cue, "text": c.text, "start": c.start, "end": c.end}
            for c in claim.hedges
        ],
        "source": claim.source,
        "incident": claim.incident,
        "attrs": claim.attrs_json(),
        "notes": claim.notes,
    }


def finding_json(finding: Finding) -> dict:
    return {
        "status": finding.status.value,
        "kind": finding.kind.value,
        "subject": finding.subject_label,
        "subject_key": finding.subject,
        "internal": finding.internal,
        "incident": finding.incident,
        "explanation": finding.explanation,
        "claims": [claim_json(c) for c in finding.claims],
    }


def incident_json(incident: IncidentInfo) -> dict:
    return {
        "id": incident.id,
        "label": incident.label,
        "reports": [
            {
                "report": cover.report,
                "label": cover.label,
                "sentences": [[s.start, s.end] for s in cover.sentences],
            }
            for cover in incident.reports
        ],
    }


def comparison_json(comparison: Comparison) -> dict:
    return {
        "reports": [r.model_dump(exclude={"text"}) for r in comparison.reports],
        "incidents": [incident_json(i) for i in comparison.incidents],
        "summary": {
            status: sum(1 for f in comparison.findings if f.status.value == status)
            for status in ("conflict", "compatible", "agree", "only_in_one")
        },
        "findings": [finding_json(f) for f in comparison.findings],
    }


def render_json(comparison: Comparison) -> str:
    return json.dumps(comparison_json(comparison), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
