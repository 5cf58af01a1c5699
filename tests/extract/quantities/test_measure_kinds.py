"""What a length measures (tests/extract/quantities/measure_kind_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportcheck.extract import ReportExtractor, run_pipeline
from reportcheck.load import load_text

DATA = Path(__file__).parent  # the case files sit beside this module

CASES = yaml.safe_load((DATA / "measure_kind_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[f"{c['sentence'][:40]}|{c['quantity']}" for c in CASES])
def test_measure_kind(pipeline, case):
    report = load_text(case["sentence"])
    claims = ReportExtractor(report, 0).claims(run_pipeline(pipeline, report.text))
    matching = [c for c in claims if c.evidence.text == case["quantity"]]
    assert matching, [(c.kind.value, c.evidence.text) for c in claims]
    assert matching[0].kind.value == case["kind"]
    if "subject" in case:
        assert matching[0].subject == case["subject"]
