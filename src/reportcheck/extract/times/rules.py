"""The schema of ``rules/timeofday.yaml`` and its one reader, :func:`time_rules`.

Day parts, named times ("noon"), offsets ("half past"), zones and cue words
are data in the rule file; this module says what shape that data must have,
strictly, so a typo fails at start-up.  The month names the day-part cues need
("Mar 4 night") are not in the rule file: they are written once, in
:mod:`reportcheck.knowledge.vocabulary`.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from reportcheck.knowledge.rules import Strict, load_rule_file


class PeriodRule(Strict):
    """A part of the day (see the header of ``timeofday.yaml``)."""

    name: str
    words: list[str]
    standalone_words: list[str] = []
    start: str
    end: str
    am_hours: list[int] = []
    pm_hours: list[int] = []
    reported_alone: bool = True
    follows_bare_hour: bool = False
    said_of: list[str] = []  # [start, end] reporters name by the word; empty: start, end


class DayEdge(Strict):
    """What "early" or "late" alone before a day names ("early Sunday"):
    that day part of the day, with that modifier (see ``day_edges`` in
    ``timeofday.yaml``)."""

    period: str
    mod: Literal["early", "late"]


class PointRule(Strict):
    words: list[str]
    minutes: int
    twelve_prefix: bool = False
    #: [start, end]: the hours reporters name by a loose point ("mid-afternoon"
    #: of 3:30 p.m.); the mention is that span, not one minute (empty: the minute)
    said_of: list[str] = []


class OffsetRule(Strict):
    words: list[str]
    minutes: int


class TimeRules(Strict):
    periods: list[PeriodRule]
    points: list[PointRule]
    offsets: list[OffsetRule]
    offset_directions: dict[str, Literal[1, -1]]
    minute_words: list[str]
    zones: list[str]
    local_time_words: list[str]
    zone_words: dict[str, str] = {}
    place_clock_words: list[str]
    zone_clocks: dict[str, str] = {}
    shared_letters: dict[str, list[str]] = {}
    clock_goes_on: list[str] = []
    clock_halves: list[str]
    hour_suffix_words: list[str]
    period_cues: list[str]
    idiomatic_cues: list[str]
    period_modifiers: dict[str, Literal["early", "late"]]
    time_connectors: list[str]
    not_a_clock_after: list[str]
    money_words: list[str]
    overnight_words: list[str]
    day_edges: dict[str, DayEdge] = {}
    clause_reach: int = 0
    clause_breaks: list[str] = []


@cache
def time_rules() -> TimeRules:
    return load_rule_file("timeofday.yaml", TimeRules)
