"""The comparer's day-part hours are the time extractor's (rules/timeofday.yaml)."""

from __future__ import annotations

from reportcheck.extract.times.rules import time_rules
from reportcheck.knowledge.day_parts import noon, period_hours, point_minutes, small_hours_end


def test_noon_and_the_small_hours_are_read_from_the_time_vocabulary():
    rules = time_rules()
    early = next(p for p in rules.periods if p.name == "early_hours")
    assert small_hours_end() == 300 == period_hours("early_hours")[1]
    assert early.end == "05:00"
    assert noon() == 720 == point_minutes("midday")
    assert period_hours("night") == (1200, 300)  # an end before the start is the next day's
