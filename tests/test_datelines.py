"""Wire datelines give the story's city (tests/data/dateline_cases.yaml)."""

from __future__ import annotations

import pytest
import yaml

from reportcheck.extract import ReportExtractor, run_pipeline
from reportcheck.load import load_text

from .conftest import DATA

CASES = yaml.safe_load((DATA / "dateline_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:30] for c in CASES])
def test_dateline_city(pipeline, case):
    report = load_text(case["text"])
    claims = ReportExtractor(report, 0).claims(run_pipeline(pipeline, report.text))
    first_words = report.text.split()[0].strip(",")
    datelined = [c for c in claims if c.kind.value == "location" and c.evidence.text == first_words]
    if case["city"] is None:
        assert not datelined
    else:
        assert datelined, [(c.kind.value, c.evidence.text) for c in claims]
        assert (datelined[0].value.name, datelined[0].attrs["country"]) == (case["city"], case["country"])
