"""Splitting reports into incidents (tests/data/incident_cases.yaml)."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from reportcheck.api import extract_report
from reportcheck.knowledge.vocabulary import MAIN
from reportcheck.load import load_text

from .conftest import DATA

CASES = yaml.safe_load((DATA / "incident_cases.yaml").read_text(encoding="utf-8"))


def _claim(claims, text, kind):
    found = [c for c in claims if c.kind.value == kind and text in c.evidence.text]
    assert found, f"no {kind} claim with {text!r}: {[(c.kind.value, c.evidence.text) for c in claims]}"
    return found[0]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_incident_of_claims(pipeline, case):
    date = case.get("date")
    report = load_text(case["text"], date=dt.date.fromisoformat(str(date)) if date else None)
    extracted = extract_report(report, 0)
    for expected in case["claims"]:
        claim = _claim(extracted.claims, expected["text"], expected["kind"])
        if expected["incident"] == MAIN:
            assert claim.incident == MAIN, claim.evidence.sentence
        else:
            assert claim.incident != MAIN, claim.evidence.sentence
        if "apart_from" in expected:
            other = _claim(extracted.claims, expected["apart_from"], expected["kind"])
            assert other.incident != claim.incident
