"""Splitting reports into incidents (tests/data/incident_cases.yaml)."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from reportcheck.api import compare_extracted, extract_report
from reportcheck.knowledge.tolerance import DEFAULT
from reportcheck.knowledge.vocabulary import MAIN
from reportcheck.load import load_text
from reportcheck.models import Status

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


# A written day no calendar holds ("Sept. 31", a typo for "Sept. 30") in the
# dateline above a lede dated by a weekday, or in the body after it, places
# no other event: the claims are read and the report compares (written for
# these tests).
_IMPOSSIBLE_DAYS = [
    "DUBAI, Sept 31 (Reuters) - A 5.9-magnitude earthquake struck northwestern Iran on Saturday,"
    " killing three people.\nA quake of magnitude 5.4 in the same region on Sept. 18 injured 40 people.\n",
    "DUBAI, Jan 28 (Reuters) - A 5.9-magnitude earthquake struck northwestern Iran on Saturday,"
    " killing three people.\nA quake of magnitude 5.4 in the same region on Sept. 31 injured 40 people.\n",
]


@pytest.mark.parametrize("text", _IMPOSSIBLE_DAYS, ids=["dateline", "body"])
def test_an_impossible_day_compares_without_error(pipeline, text):
    extracted = extract_report(load_text(text), 0)
    assert _claim(extracted.claims, "31", "date").date.month_day.endswith("-31")
    assert _claim(extracted.claims, "three people", "killed").incident == MAIN
    assert _claim(extracted.claims, "40 people", "injured")
    other_text = "An earthquake struck northwestern Iran on Saturday, killing five people."
    other = extract_report(load_text(other_text), 1)
    comparison = compare_extracted([extracted, other], DEFAULT)
    assert any(f.status is Status.conflict for f in comparison.findings), comparison.findings
