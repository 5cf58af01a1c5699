"""Shared fixtures: the spaCy model is loaded once for the whole run."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SAMPLES = ROOT / "data" / "sample_reports" / "novoshakhtinsk"
SHARED = ROOT.parent / "shared"


def claims_of_text(pipeline, text: str):
    """The claims of one text read as a report (report 0), for tests of a sentence's claims."""
    from reportcheck.extract import ReportExtractor, run_pipeline
    from reportcheck.load import load_text

    report = load_text(text)
    return ReportExtractor(report, 0).claims(run_pipeline(pipeline, report.text))


@pytest.fixture(scope="session")
def pipeline():
    """The full reportcheck pipeline (model + every component)."""
    from reportcheck.pipeline import build_pipeline

    return build_pipeline()
