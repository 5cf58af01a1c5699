"""The day a victim died: one victim's days of death across two reports and
within one, a death counted from the attack's day ("the next day") or at the
scene set against a day told (tests/compare/death_day_cases.yaml); another
victim's day, or a victim told only "critically injured", sets nothing
against it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportcheck.models import Status
from tests.conftest import findings_of

CASES = yaml.safe_load((Path(__file__).parent / "death_day_cases.yaml").read_text(encoding="utf-8"))
SUBJECT = "victim:death_day"


def _findings(*texts: str):
    found = findings_of(*texts, same_incident=True)
    return [f for f in found if f.subject == SUBJECT]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_the_day_of_death_across_reports(pipeline, case):
    found = _findings(case["a"], case["b"])
    expected = {True: [Status.conflict], False: [], "possible": [Status.possible_conflict]}[case["conflict"]]
    assert [f.status for f in found] == expected, [f.explanation for f in found]


def test_the_conflict_quotes_both_sentences_and_reads_both_days(pipeline):
    case = CASES[0]
    (finding,) = _findings(case["a"], case["b"])
    assert [c.value.label for c in finding.claims] == ["2026-03-08", "2026-03-09"]
    assert "He was taken to a hospital, where he died two days later." in finding.explanation
    assert finding.reasons[0] == "each report tells of one death only"


def test_a_report_that_dates_one_death_twice(pipeline):
    text = (
        "A man was shot Friday outside a bar on Main Street. He succumbed to his injuries the next day. "
        "The man succumbed to his injuries Monday at a hospital, the coroner said."
    )
    (finding,) = _findings(text, "A man was shot Friday outside a bar on Main Street.")
    assert finding.internal
    # the next day is counted from the attack's day: possible only
    assert finding.status is Status.possible_conflict
    assert {c.value.label for c in finding.claims} == {"2026-03-07", "2026-03-09"}


def test_a_death_before_the_attack(pipeline):
    text = (
        "A man was shot on March 6 outside a bar on Main Street. "
        "He succumbed to his injuries on March 4 at a hospital, the coroner said."
    )
    (finding,) = _findings(text, "A man was shot outside a bar on Main Street.")
    assert finding.status is Status.conflict
    assert finding.reasons[0] == "a death before the attack"
