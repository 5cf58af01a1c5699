"""A day still to come, a forecast's, a warning's or a stretch's end the
clause looks ahead to, is the ``plan`` event's and a bare weekday the coming
one; it is no day of the incident, in its claims nor in the incident's
profile (extract/dates/forecasts.py, incident_match._own_dated)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from ...conftest import claim_quoting

CASES = yaml.safe_load((Path(__file__).parent / "forecast_day_cases.yaml").read_text(encoding="utf-8"))

#: a Wednesday: the report's date the weekdays below are read against
FILED = dt.date(2025, 7, 2)


@pytest.mark.parametrize("case", CASES, ids=[f"{c['sentence'][:40]}|{c['value']}" for c in CASES])
def test_a_day_still_to_come(pipeline, case):
    claim = claim_quoting(pipeline, case["sentence"], "date", case["value"])
    assert (claim.date.event == "plan") is case["coming"], claim.date.event


def _dated_claims(text: str):
    from reportcheck.api import extract_report
    from reportcheck.load import load_text

    return extract_report(load_text(text, date=FILED), 0)


def _day_of(extracted, words: str) -> str | None:
    dates = [c for c in extracted.claims if c.kind.value == "date"]
    return next(c.date.resolved for c in dates if c.evidence.text == words)


@pytest.mark.parametrize(
    ("sentence", "words", "day"),
    [
        ("The red warning for the coast stays in force until Friday.", "Friday", "2025-07-04"),
        ("Heavy rain is forecast for Monday across the hill districts.", "Monday", "2025-07-07"),
        ("The agency kept its flood alert up through Tuesday evening.", "Tuesday evening", "2025-07-08"),
        # the report's own day is the coming one too
        ("The storm warning remains in force until Wednesday.", "Wednesday", "2025-07-02"),
        # a day gone by keeps the last such day before the report's date
        ("A landslide buried four houses in Kerrow on Monday night.", "Monday night", "2025-06-30"),
        ("The search for the missing fisherman continued until Monday.", "Monday", "2025-06-30"),
    ],
)
def test_a_coming_day_is_read_ahead_of_the_report(sentence, words, day):
    assert _day_of(_dated_claims(sentence), words) == day


def test_a_forecast_day_is_no_day_of_the_incident_profile():
    from reportcheck.incident_match import incident_profile

    text = (
        "Floods swept through three villages in Orrin County on Monday, killing nine people.\n\n"
        "The weather service has issued an orange warning for more heavy rain in the county until Thursday.\n"
    )
    days = [dt.date.fromordinal(low).isoformat() for low, _ in incident_profile(_dated_claims(text)).days]
    assert days == ["2025-06-30"], days
