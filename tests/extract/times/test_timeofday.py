"""find_times: clock times, ranges and parts of the day as reporters write them.

The news phrasing lives in ``tests/extract/times/time_cases.yaml`` (ECB+ and the
sample reports); the tests here pin the conventions (a.m./p.m. ambiguity,
12am/12pm, night past midnight) and the properties every mention must have.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ConfigDict

from reportcheck.extract.times.finders import find_times, period_range
from reportcheck.extract.times.rules import TimeRules, time_rules
from reportcheck.knowledge.rules import load_rule_file

DATA = Path(__file__).parent  # the case files sit beside this module


class ExpectedTime(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    low: float
    high: float
    alternatives: list[tuple[float, float]] | None = None
    attrs: list[tuple[str, str]] | None = None
    said_of: tuple[float, float] | None = None
    note: str | None = None


class TimeCase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    source: Literal["ecbplus", "sample", "phrase"]
    expect: list[ExpectedTime]


class TimeCases(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cases: list[TimeCase]


def _cases() -> list[TimeCase]:
    data = yaml.safe_load((DATA / "time_cases.yaml").read_text(encoding="utf-8"))
    return TimeCases.model_validate(data).cases


def _only(text: str):
    (mention,) = find_times(text)
    return mention


@pytest.mark.parametrize("case", _cases(), ids=lambda case: case.text[:60])
def test_news_phrasing(case: TimeCase):
    found = find_times(case.text)
    assert [m.text for m in found] == [e.text for e in case.expect]
    for mention, expected in zip(found, case.expect, strict=True):
        assert (mention.low, mention.high) == pytest.approx((expected.low, expected.high))
        assert mention.unit == "min" and mention.dimension == "time_of_day"
        if expected.alternatives is not None:
            assert [tuple(a) for a in mention.alternatives] == [tuple(a) for a in expected.alternatives]
        if expected.attrs is not None:
            assert list(mention.attrs) == expected.attrs
        if expected.said_of is not None:
            assert mention.said_of == expected.said_of
        if expected.note is not None:
            assert any(expected.note in note for note in mention.notes), mention.notes


def test_timeofday_rule_file_is_valid():
    assert isinstance(load_rule_file("timeofday.yaml", TimeRules), TimeRules)


def test_no_meridiem_gives_both_readings():
    mention = _only("at 8:30")
    assert (mention.low, mention.alternatives) == (510, ((1230, 1230),))
    assert mention.notes == ("no a.m./p.m.: read as 08:30 or 20:30",)


def test_twelve_am_and_pm_carry_a_note():
    midnight = _only("at 12am")
    assert (midnight.low, midnight.notes) == (0, ("12am is midnight; writers sometimes mean noon",))
    noon = _only("at 12pm")
    assert (noon.low, noon.notes) == (720, ("12pm is noon; writers sometimes mean midnight",))


def test_day_part_settles_am_pm():
    assert _only("8 in the evening").low == 20 * 60
    assert _only("in the afternoon at 7").low == 19 * 60
    assert _only("tonight around 3").low == 3 * 60
    assert _only("half past seven in the morning").low == 7 * 60 + 30


def test_seconds_are_fractions_of_a_minute():
    assert _only("7:56:30 pm").low == pytest.approx(19 * 60 + 56.5)


def test_ranges_carry_meridiem_across():
    assert (_only("5 to 6pm").low, _only("5 to 6pm").high) == (17 * 60, 18 * 60)
    assert (_only("from 2:30 to 2:15 pm").low, _only("from 2:30 to 2:15 pm").high) == (150, 855)
    ambiguous = _only("from three thirty to four thirty")
    assert (ambiguous.low, ambiguous.high, ambiguous.alternatives) == (210, 270, ((930, 990),))


def test_night_runs_past_midnight():
    low, high = period_range(next(p for p in time_rules().periods if p.name == "night"))
    assert (low, high) == (20 * 60, 29 * 60)
    late = _only("late last night")
    assert dict(late.attrs) == {"period": "night", "mod": "late"}
    assert late.high == 29 * 60


def test_bare_hours_need_a_cue():
    assert find_times("I'll be back at 7") == []
    assert [m.text for m in find_times("Last night 12 people died")] == ["Last night"]
    assert [m.text for m in find_times("the 2-1 win in the afternoon")] == ["in the afternoon"]


def test_years_and_counts_are_not_times():
    assert find_times("In 2005, 1353 people were hurt and 0730 was dialled") == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 :.-apmtoinghevlfrsu,", max_size=60))
def test_mentions_quote_the_text_and_never_overlap(text):
    found = find_times(text)
    for mention in found:
        assert mention.text == text[mention.start : mention.end]
        assert mention.low <= mention.high
    for first, second in zip(found, found[1:], strict=False):
        assert first.end <= second.start
