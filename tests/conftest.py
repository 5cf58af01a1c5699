"""Shared fixtures: the spaCy model is loaded once for the whole run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SAMPLES = ROOT / "data" / "sample_reports" / "novoshakhtinsk"
SHARED = ROOT.parent / "shared"
#: the day the comparing helpers here date their reports by, unless told another
DAY = dt.date(2026, 3, 10)


def claims_of_text(pipeline, text: str):
    """The claims of one text read as a report (report 0), for tests of a sentence's claims."""
    from reportcheck.extract import ReportExtractor, run_pipeline
    from reportcheck.load import load_text

    report = load_text(text)
    return ReportExtractor(report, 0).claims(run_pipeline(pipeline, report.text))


def claim_quoting(pipeline, sentence: str, kind: str, text: str):
    """The first claim of ``kind`` in a sentence whose evidence is ``text``
    (the test fails, listing what was read, when there is none)."""
    claims = claims_of_text(pipeline, sentence)
    matching = [c for c in claims if c.kind.value == kind and c.evidence.text == text]
    assert matching, [(c.kind.value, c.evidence.text) for c in claims]
    return matching[0]


def comparison_of(*texts: str):
    """``compare``'s whole comparison of texts read as reports with no date
    of their own (each dated as its text dates it)."""
    from reportcheck.api import compare_reports
    from reportcheck.load import load_text

    return compare_reports([load_text(text) for text in texts])


def incident_match_of(first: str, second: str):
    """Whether two texts, read as reports, tell one incident: ``compare``'s
    incident match between them (its decision and evidence)."""
    return comparison_of(first, second).incident_match


def findings_of(*texts: str, day: dt.date = DAY, **options):
    """What ``compare`` finds between texts read as reports of one day
    (``day``; ``options`` go to ``compare_reports``, e.g. ``min_confidence``
    or ``same_incident``)."""
    from reportcheck.api import compare_reports
    from reportcheck.load import load_text

    reports = [load_text(text, date=day) for text in texts]
    return compare_reports(reports, **options).findings


def flagged(findings, kind: str | None = None):
    """The findings ``compare`` puts before an editor (conflicts and possible
    conflicts), of one claim kind (its value, "killed") where given: what
    most tests of a false alarm or a missed conflict look at."""
    return [
        f
        for f in findings
        if f.status.value in ("conflict", "possible_conflict") and (kind is None or f.kind.value == kind)
    ]


def across_reports(findings):
    """The findings that set the two reports' values against each other
    (a claim of each), leaving out a report's own and its lone values."""
    return [f for f in findings if len({c.report for c in f.claims}) == 2]


def set_against(findings, a: str, b: str):
    """The findings quoting report 0's words ``a`` and report 1's ``b`` together."""
    return [
        f
        for f in findings
        if any(c.report == 0 and c.evidence.text == a for c in f.claims)
        and any(c.report == 1 and c.evidence.text == b for c in f.claims)
    ]


def report_claims(text: str):
    """The claims ``extract`` reads in one text, read as a report of the
    day the comparing helpers here use."""
    from reportcheck.api import extract_report
    from reportcheck.load import load_text

    return extract_report(load_text(text, date=DAY), 0).claims


def kind_findings(kind: str, *texts: str):
    """What ``compare`` finds of one claim kind (its value, "time") between
    texts read as reports of one day, the values only one report gives left out."""
    return [f for f in findings_of(*texts) if f.kind.value == kind and f.status.value != "only_in_one"]


def kind_statuses(a: str, b: str, kind: str) -> list[str]:
    """The statuses, sorted, of every finding of one claim kind between two texts."""
    return sorted(f.status.value for f in findings_of(a, b) if f.kind.value == kind)


def role_names(a: str, b: str):
    """(status, the names) of each finding that sets the names two texts give
    a holder of a role against each other (compare/role_names.py)."""
    return [
        (f.status, [c.value.name or "" for c in f.claims])
        for f in findings_of(a, b)
        if f.kind.value == "person" and f.subject.endswith(":name")
    ]


def age_pairs(a: str, b: str, **options):
    """(a's ages, b's ages, status) of each age finding ``compare`` makes of two texts."""
    from reportcheck.models import ClaimKind

    out = []
    for f in findings_of(a, b, **options):
        if f.kind is ClaimKind.age:
            x = sorted(c.value.low for c in f.claims if c.report == 0)
            y = sorted(c.value.low for c in f.claims if c.report == 1)
            out.append((x, y, f.status))
    return out


def measure_findings(measure: str, *texts: str) -> list[tuple[str, list[str]]]:
    """(status, the claims' words) of each finding, every conflict counted,
    between the reports' values of one frame ``measure`` (a fall, years of
    service): for tests of which person's value meets which."""
    found = findings_of(*texts, min_confidence=0)
    return sorted(
        (f.status.value, sorted(c.evidence.text for c in f.claims))
        for f in found
        if any(c.frame.measure == measure for c in f.claims)
    )


def conflict_kinds(*texts: str) -> list[str]:
    """The kinds of the conflicts ``compare`` finds between texts read as reports
    of one day, for tests of which figures are set against each other."""
    return [f.kind.value for f in findings_of(*texts) if f.status.value == "conflict"]


def count_measures(text: str) -> dict[str, str | None]:
    """Each count of things in one text (its words) -> the measure its frame gives it."""
    from reportcheck.api import extract_report
    from reportcheck.load import load_text

    claims = extract_report(load_text(text, date=DAY), 0).claims
    return {c.evidence.text: c.frame.measure for c in claims if c.kind.value == "other_count"}


@pytest.fixture(scope="session")
def pipeline():
    """The full reportcheck pipeline (model + every component)."""
    from reportcheck.pipeline import build_pipeline

    return build_pipeline()
