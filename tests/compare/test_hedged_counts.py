"""A hedged round count covers what rounds to it at its own precision ("some
80" is 75-84) and says so to the reader.  Report pairs from hedge_cases.yaml,
compared end to end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from reportcheck.api import compare_reports
from reportcheck.knowledge.tolerance import rounding_step
from reportcheck.load import load_text

CASES = yaml.safe_load((Path(__file__).parent / "hedge_cases.yaml").read_text(encoding="utf-8"))
COUNTS = {"killed", "injured", "arrested", "other_count"}


def _count_findings(a: str, b: str) -> list[tuple[str, str]]:
    reports = [load_text(text, date=dt.date(2026, 5, 4)) for text in (a, b)]
    findings = compare_reports(reports, min_confidence=0.0).findings
    return [
        (f.status.value, f.explanation)
        for f in findings
        if f.kind.value in COUNTS and len({c.report for c in f.claims}) == 2
    ]


@pytest.mark.parametrize("case", CASES, ids=[c["rule"] for c in CASES])
def test_hedged_count(case):
    found = _count_findings(case["a"], case["b"])
    assert any(status == case["status"] and case["reason"] in why for status, why in found), found


@pytest.mark.parametrize(
    ("written", "step"),
    [(80, 10), (30, 10), (420, 10), (300, 100), (1200, 100), (13000, 1000)],
)
def test_a_round_count_is_rounded_to_its_last_figure(written, step):
    assert rounding_step(written) == step


@pytest.mark.parametrize("written", [5, 10, 20, 100, 200, 1000, 15, 150, 1500, 86])
def test_a_count_that_hides_its_step_has_none(written):
    """Under ten, a lone 1 or 2, a 5 (perhaps a half step) or not round."""
    assert rounding_step(written) is None
