"""The library entry points the CLI (and any caller) uses.

``compare_reports`` runs the whole flow, load -> extract -> align -> compare,
and returns one :class:`~reportcheck.models.Comparison` that the exporters
render as a table, JSON and so on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportcheck.align import align_incidents, incident_table
from reportcheck.compare import compare_claims
from reportcheck.compare.tolerance import DEFAULT, Tolerances
from reportcheck.extract import extract_claims
from reportcheck.incidents import Incident, split_incidents
from reportcheck.load import DEFAULT_MAX_CHARS, LoadedReport, load_report
from reportcheck.models import Claim, Comparison, ReportInfo
from reportcheck.pipeline import build_pipeline


@dataclass
class ExtractedReport:
    report: LoadedReport
    claims: list[Claim]
    incidents: list[Incident]


def report_info(report: LoadedReport) -> ReportInfo:
    return ReportInfo(
        path=report.path,
        sha256=report.sha256,
        headline=report.headline,
        date=report.date.isoformat() if report.date else None,
        encoding=report.encoding,
        text=report.original,
    )


def extract_report(report: LoadedReport, index: int, *, model: str | None = None) -> ExtractedReport:
    """Claims of one loaded report, each assigned to an incident."""
    nlp = build_pipeline(model)
    doc, claims = extract_claims(nlp, report, index)
    incidents = split_incidents(doc, claims, report, index)
    return ExtractedReport(report, claims, incidents)


def compare_reports(
    paths: list[str | Path],
    *,
    model: str | None = None,
    date: dt.date | None = None,
    tolerances: Tolerances = DEFAULT,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Comparison:
    """Load, extract, align and compare two or more reports."""
    loaded = [load_report(path, date=date, max_chars=max_chars) for path in paths]
    extracted = [extract_report(report, index, model=model) for index, report in enumerate(loaded)]
    return compare_extracted(extracted, tolerances)


def compare_extracted(extracted: list[ExtractedReport], tolerances: Tolerances = DEFAULT) -> Comparison:
    """Align and compare reports already extracted (index i is report i)."""
    per_report = [e.incidents for e in extracted]
    incident_ids = align_incidents(per_report)
    claims = [claim for e in extracted for claim in e.claims]
    findings = compare_claims(claims, incident_ids, tolerances)
    return Comparison(
        reports=[report_info(e.report) for e in extracted],
        findings=findings,
        incidents=incident_table(per_report, incident_ids),
    )
