"""Shared fixtures: the spaCy model is loaded once for the whole run."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SAMPLES = ROOT / "data" / "sample_reports" / "novoshakhtinsk"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def pipeline():
    """The full reportcheck pipeline (model + every component)."""
    from reportcheck.pipeline import build_pipeline

    return build_pipeline()
