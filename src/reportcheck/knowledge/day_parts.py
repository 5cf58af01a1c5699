"""The hours of the day parts and named clock points (rules/timeofday.yaml).

The time extractor reads the whole time vocabulary (extract/times/rules.py);
the comparer needs only the hours a few day parts and points stand for
(noon, the firm edge of "morning"; the end of the small hours), and may not
import extract/.  They are read here from the same file, so the comparer's
day-part hours are the extractor's: none is written again as a number.
"""

from __future__ import annotations

import calendar
import re
from functools import cache

from pydantic import BaseModel, ConfigDict

from reportcheck.knowledge.rules import load_rule_file


class _Period(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)
    name: str
    words: list[str] = []
    standalone_words: list[str] = []
    start: str
    end: str


class _Point(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)
    words: list[str]
    minutes: int


class _DayParts(BaseModel):
    """The two sections of rules/timeofday.yaml read here; the extractor's
    strict model checks the file, so other keys are passed over."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    periods: list[_Period]
    points: list[_Point]
    zones: list[str] = []
    clock_goes_on: list[str] = []
    clock_halves: list[str]
    time_connectors: list[str] = []
    hour_suffix_words: list[str] = []


@cache
def _day_parts() -> _DayParts:
    return load_rule_file("timeofday.yaml", _DayParts)


@cache
def clock_goes_on_words() -> frozenset[str]:
    """The capitalised words that may follow "a.m."/"p.m." in the same
    sentence: weekdays and months (the calendar's names and abbreviations),
    time zones and the file's ``clock_goes_on`` ("Eastern", "Christmas")."""
    calendar_words = [*calendar.day_name, *calendar.day_abbr, *calendar.month_name, *calendar.month_abbr]
    rules = _day_parts()
    return frozenset(w for w in (*calendar_words, *rules.zones, *rules.clock_goes_on) if w)


@cache
def clock_halves() -> frozenset[str]:
    """The written forms of a clock's half of the day whose stop may end a
    sentence ("a.m.", "p.m.": the file's ``clock_halves``), as the tokenizer
    keeps them whole."""
    return frozenset(_day_parts().clock_halves)


def ends_a_clock(word: str) -> bool:
    """Whether a single token may end a clock's figure: a clock's part
    (:func:`names_a_clock`: "3:20", "p.m.", "noon") or a word of hours after
    a four-digit time ("1140 hours", "14h": the file's ``hour_suffix_words``).
    The place reader asks it of the word before a name that names a clock,
    "at 11:20 Moscow time"."""
    return names_a_clock(word) or word.lower() in _day_parts().hour_suffix_words


#: a clock written as one word: "3:20", "4.15", "7pm", "a.m."
_CLOCK_WORD = re.compile(r"\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\.?|[ap]\.?m\.?", re.IGNORECASE)


def names_a_clock(word: str) -> bool:
    """Whether a single token is (part of) a clock time: a named point
    ("midnight", "noon": the file's ``points``), a clock's half of the day
    ("a.m.", ``clock_halves``) or a clock in digits ("3:20", "4.15", "7pm")."""
    lower = word.lower()
    if any(lower in p.words for p in _day_parts().points) or lower in clock_halves():
        return True
    return _CLOCK_WORD.fullmatch(lower) is not None


@cache
def _time_nouns() -> frozenset[str]:
    """The single words of the day parts ("morning", "tonight") and the
    weekdays: nouns that tell when, never what a verb acts on."""
    rules = _day_parts()
    parts = (w for p in rules.periods for w in (*p.words, *p.standalone_words) if " " not in w)
    return frozenset((*parts, *(d.lower() for d in calendar.day_name)))


def names_a_time(word: str) -> bool:
    """Whether a single token tells when: a clock's part (:func:`names_a_clock`),
    a day part or a weekday.  The parser may take one for a verb's object
    ("the ferry sank around 11 am": "am" the object of "sank"; "the boat
    foundered Sunday night"), which tells no thing acted on."""
    return names_a_clock(word) or word.lower() in _time_nouns()


@cache
def clock_lead_words() -> frozenset[str]:
    """The lower-cased words that may lead a clock time ("at", "about",
    "shortly after"; ``time_connectors``), one word at a time."""
    return frozenset(w.lower() for phrase in _day_parts().time_connectors for w in phrase.split())


def clock_minutes(clock: str) -> int:
    """ "05:00" -> 300: a clock as the rule files write it, in minutes after
    midnight (the extractor's day parts are read with it too)."""
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def period_hours(name: str) -> tuple[float, float]:
    """(start, end) in minutes after midnight of the day part ``name``
    (its ``start`` and ``end``; an end at or before the start is the next
    day's, as the file has it)."""
    period = next(p for p in _day_parts().periods if p.name == name)
    return float(clock_minutes(period.start)), float(clock_minutes(period.end))


def point_minutes(word: str) -> float:
    """The minutes after midnight of a clock point named by ``word`` ("noon": 720)."""
    return float(next(p.minutes for p in _day_parts().points if word in p.words))


def noon() -> float:
    """Noon: the one firm edge of a day part (no one calls 12:45 p.m. "morning")."""
    return point_minutes("noon")


def small_hours_end() -> float:
    """Where the small hours end (the end of ``early_hours``): a time
    starting before it is one reporters date either side of midnight."""
    return period_hours("early_hours")[1]


@cache
def time_zone_names() -> frozenset[str]:
    """The time zones as written ("GMT", "WIB", "EAT"): a word no person
    bears, though the model may tag one after a clock ("08.20 WIB") a name."""
    return frozenset(_day_parts().zones)
