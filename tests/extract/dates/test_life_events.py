"""Days of a person's earlier life (tests/extract/dates/life_event_cases.yaml):
a marriage, a move home, a hiring keep their own measure and bearer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from reportcheck.extract import ReportExtractor, run_pipeline
from reportcheck.load import load_text

CASES = yaml.safe_load((Path(__file__).parent / "life_event_cases.yaml").read_text(encoding="utf-8"))
DATELINE = dt.date(2026, 3, 10)


def _day(pipeline, sentence: str, words: str):
    report = load_text(sentence, date=DATELINE)
    claims = ReportExtractor(report, 0).claims(run_pipeline(pipeline, report.text, report.date))
    days = [c for c in claims if c.kind.value == "date" and c.evidence.text == words]
    assert days, [(c.kind.value, c.evidence.text) for c in claims]
    return days[0]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['sentence'][:40]}|{c['value']}" for c in CASES])
def test_life_event_day(pipeline, case):
    day = _day(pipeline, case["sentence"], case["value"])
    assert day.frame.measure == case["measure"]
    if "bearer" in case:
        assert day.frame.bearer == case["bearer"]


def test_what_was_joined_tells_two_joinings_apart(pipeline):
    """ "joined the gang unit in 2001" and "joined the department in 1989"
    are two steps of one career: what was joined is the frame's scope."""
    unit = _day(pipeline, "He joined the gang unit in 2001 after passing a written exam.", "2001")
    force = _day(pipeline, "Ruiz joined the department in 1989 as a jailer.", "1989")
    assert (unit.frame.scope, force.frame.scope) == ("unit", "department")


def test_a_clock_time_on_a_life_verb_keeps_its_reading(pipeline):
    """Only days are read as a person's earlier life: a clock time on
    "married" is aligned as it always was."""
    report = load_text("The couple married at 2 p.m. in a chapel on Main Street.", date=DATELINE)
    claims = ReportExtractor(report, 0).claims(run_pipeline(pipeline, report.text, report.date))
    times = [c for c in claims if c.kind.value == "time"]
    assert times and all(c.frame.measure == "time:incident" for c in times)
