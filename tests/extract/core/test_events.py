"""The event a time is tied to (tests/extract/core/time_event_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportcheck.extract import ReportExtractor, run_pipeline
from reportcheck.load import load_text

DATA = Path(__file__).parent  # the case files sit beside this module

CASES = yaml.safe_load((DATA / "time_event_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["sentence"][:50] for c in CASES])
def test_time_event(pipeline, case):
    report = load_text(case["sentence"])
    claims = ReportExtractor(report, 0).claims(run_pipeline(pipeline, report.text))
    times = [c for c in claims if c.kind.value == "time" and case["time"] in c.evidence.text]
    assert times, [(c.kind.value, c.evidence.text) for c in claims]
    assert times[0].time.event == case["event"]
    if "minutes" in case:
        assert [times[0].value.low, times[0].value.high] == case["minutes"]
