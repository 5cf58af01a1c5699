"""The library entry points the CLI (and any caller) uses.

``compare_reports`` runs the whole flow, load -> extract -> align -> compare,
and returns one :class:`~reportcheck.models.Comparison` that the exporters
render as a table, JSON and so on.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from reportcheck.align import align_events, align_incidents, cross_told_cases, group_claims, incident_table
from reportcheck.compare import compare_groups
from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE
from reportcheck.extract import extract_claims_many
from reportcheck.incident_events import settle_follow_ups
from reportcheck.incident_match import DIFFERENT, incident_profile, match_reports, with_roundup
from reportcheck.incidents import split_incidents
from reportcheck.knowledge.timezones import localise_universal_times
from reportcheck.knowledge.tolerance import DEFAULT, Tolerances
from reportcheck.load import DEFAULT_MAX_CHARS, LoadedReport, load_bytes, load_report
from reportcheck.load.inputs import ReportSource, load_source
from reportcheck.models import Comparison, ExtractedReport, Finding, IncidentInfo, ReportInfo
from reportcheck.pipeline import build_pipeline
from reportcheck.roundups import RoundupCrossing, cross_roundups

#: what the entry points accept as a report: a path, a loaded report, an
#: expanded command-line source, or (name, bytes) such as standard input
ReportInput = str | os.PathLike[str] | LoadedReport | ReportSource | tuple[str, bytes]


@dataclass(frozen=True)
class ExtractOptions:
    """Everything extraction depends on besides the report: a worker process
    given a source and these options extracts exactly what the parent would."""

    model: str | None = None
    date: dt.date | None = None
    max_chars: int = DEFAULT_MAX_CHARS


def report_info(report: LoadedReport) -> ReportInfo:
    return ReportInfo(
        path=report.path,
        sha256=report.sha256,
        headline=report.headline,
        date=report.date.isoformat() if report.date else None,
        published=report.published.isoformat() if report.published else None,
        updated=report.updated.isoformat() if report.updated else None,
        encoding=report.encoding,
        text=report.original,
    )


def extract_report(report: LoadedReport, index: int, *, model: str | None = None) -> ExtractedReport:
    """Claims of one loaded report, each assigned to an incident."""
    return next(extract_reports([report], [index], model=model))


def extract_reports(
    reports: Sequence[LoadedReport], indices: Sequence[int], *, model: str | None = None
) -> Iterator[ExtractedReport]:
    """:func:`extract_report` for many reports (``reports[i]`` numbered
    ``indices[i]``), yielded in order; the model parses them in batches,
    which is faster than one at a time and gives the same claims."""
    nlp = build_pipeline(model)
    for report, index, (doc, claims) in zip(
        reports, indices, extract_claims_many(nlp, reports, indices), strict=True
    ):
        incidents = split_incidents(doc, claims, report, index)
        # the report's own event ids, for `extract`; cross_check aligns them anew
        align_events([incidents], {(index, i.id): i.id for i in incidents}, [index])
        localise_universal_times(claims, report.date)
        yield ExtractedReport(report, claims, incidents)


def load_input(
    item: ReportInput, *, date: dt.date | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> LoadedReport:
    """Load one report however it was handed over; a loaded report is taken as it is."""
    if isinstance(item, LoadedReport):
        return item
    if isinstance(item, ReportSource):
        return load_source(item, date=date, max_chars=max_chars)
    if isinstance(item, tuple):
        name, data = item
        return load_bytes(data, path=name, date=date, max_chars=max_chars)
    return load_report(item, date=date, max_chars=max_chars)


def extract_source(source: ReportSource, index: int, options: ExtractOptions) -> ExtractedReport:
    """Load and extract one report: a pure function of its bytes and the options.

    This is the unit of work batch hands to worker processes; each process
    builds its pipeline once (``build_pipeline`` is cached) and reuses it."""
    loaded = load_source(source, date=options.date, max_chars=options.max_chars)
    return extract_report(loaded, index, model=options.model)


def compare_reports(
    paths: Sequence[ReportInput],
    *,
    model: str | None = None,
    date: dt.date | None = None,
    tolerances: Tolerances = DEFAULT,
    max_chars: int = DEFAULT_MAX_CHARS,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    same_incident: bool = False,
) -> Comparison:
    """Load, extract, align and compare two or more reports.

    All reports are loaded before any is extracted, so a bad file is
    reported at once rather than after seconds of NLP on the others."""
    loaded = [load_input(item, date=date, max_chars=max_chars) for item in paths]
    extracted = list(extract_reports(loaded, range(len(loaded)), model=model))
    return compare_extracted(extracted, tolerances, min_confidence, same_incident=same_incident)


def compare_extracted(
    extracted: list[ExtractedReport],
    tolerances: Tolerances = DEFAULT,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    *,
    same_incident: bool = False,
) -> Comparison:
    """Align and compare reports already extracted (index i is report i).

    When the reports tell different incidents (:mod:`reportcheck.incident_match`)
    only each report's contradictions with itself are kept: setting a bus
    crash's time against a shooting's is no check.  ``same_incident`` (the
    user knows better) compares them as one all the same."""
    findings, incidents, crossings = _cross_check(extracted, tolerances, min_confidence=min_confidence)
    match = match_reports([incident_profile(e) for e in extracted])
    if len(extracted) == 2:
        for crossing in crossings:
            match = with_roundup(match, crossing.kind, crossing.describe())
    if match.decision == DIFFERENT:
        if same_incident:
            match = match.model_copy(update={"forced": True})
        else:
            findings = [finding for finding in findings if finding.internal]
    reports = [report_info(e.report) for e in extracted]
    return Comparison(reports=reports, findings=findings, incidents=incidents, incident_match=match)


def cross_check(
    extracted: list[ExtractedReport],
    tolerances: Tolerances = DEFAULT,
    numbers: list[int] | None = None,
    *,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> tuple[list[Finding], list[IncidentInfo]]:
    """The findings and aligned incidents of some extracted reports.

    ``numbers`` are the indices the reports were extracted with (their
    claims' ``report``), 0, 1, 2... unless given: a batch cross-checks a group
    of reports out of many and keeps their indices in the day's list.  A
    conflict under ``min_confidence`` is a ``possible_conflict``."""
    findings, incidents, _ = _cross_check(extracted, tolerances, numbers, min_confidence=min_confidence)
    return findings, incidents


def _cross_check(
    extracted: list[ExtractedReport],
    tolerances: Tolerances = DEFAULT,
    numbers: list[int] | None = None,
    *,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> tuple[list[Finding], list[IncidentInfo], list[RoundupCrossing]]:
    """:func:`cross_check`, with the roundup paragraphs found to tell another
    report's incident (the incident decision weighs them)."""
    per_report = [e.incidents for e in extracted]
    incident_ids = align_incidents(per_report, numbers)
    align_events(per_report, incident_ids, numbers)
    claims = [claim for e in extracted for claim in e.claims]
    cross_told_cases(per_report, incident_ids, claims, numbers)
    crossings = cross_roundups(per_report, [e.claims for e in extracted])
    settle_follow_ups(claims)
    findings = compare_groups(group_claims(claims, incident_ids), tolerances, min_confidence)
    return findings, incident_table(per_report, incident_ids, numbers), crossings
