"""Days told by their weekday alone, or in numbers that read two ways.

A report with no dateline, or a day told only as "Saturday", places its
day on no date; the incident match (two leads, a clause told on another
day than the lead's) and the day and clock judges then count days by the
weekdays.  The count is written once here so that they all go round the
week the same way.  A date written in numbers ("3/6/2023") is 6 March on
an American page and 3 June on a British one; the loader's page dates and
the date extractor both read it in the other order the same way
(:func:`other_order`).
"""

from __future__ import annotations

import datetime as dt

from reportcheck.knowledge.vocabulary import WEEKDAY_NAMES

#: the weekday names in lower case, Monday first
_WEEKDAYS = tuple(name.lower() for name in WEEKDAY_NAMES)


def weekdays_apart(first: str, second: str) -> int | None:
    """Days between two weekdays, the shorter way round ("Friday", "Saturday" -> 1;
    "Monday", "Saturday" -> 2): with no date, either may be the earlier.
    None when either is no weekday name."""
    if first.lower() not in _WEEKDAYS or second.lower() not in _WEEKDAYS:
        return None
    apart = abs(_WEEKDAYS.index(first.lower()) - _WEEKDAYS.index(second.lower()))
    return min(apart, 7 - apart)


def weekday_before(first: str, second: str, gap: int) -> bool:
    """Whether ``first`` is ``gap`` days before ``second``, counted forward
    round the week ("Saturday", "Monday", 2): which of two weekdays a day
    apart is the earlier, for the sides of one night."""
    return (_WEEKDAYS.index(second.lower()) - _WEEKDAYS.index(first.lower())) % 7 == gap


def latest_weekday(name: str, on: dt.date) -> dt.date | None:
    """The last day named ``name`` on or before ``on`` ("Thursday", 2 October
    2025, a Thursday -> 2 October; "Monday" -> 29 September): the day a
    report's "on Monday" names when it is filed on ``on``, as the date
    extractor reads a weekday against its dateline.  None for no weekday name."""
    if name.lower() not in _WEEKDAYS:
        return None
    return on - dt.timedelta(days=(on.weekday() - _WEEKDAYS.index(name.lower())) % 7)


def coming_weekday(name: str, on: dt.date) -> dt.date | None:
    """The first day named ``name`` on or after ``on`` ("Friday", 2 October
    2025, a Thursday -> 3 October): the day a forecast's or a warning's
    "until Friday" names when it is filed on ``on`` (extract/dates/forecasts.py),
    the other way round the week from :func:`latest_weekday`.  None for no
    weekday name."""
    if name.lower() not in _WEEKDAYS:
        return None
    return on + dt.timedelta(days=(_WEEKDAYS.index(name.lower()) - on.weekday()) % 7)


def other_order(day: dt.date) -> dt.date | None:
    """The date its figures name read in the other order, month for day
    ("3/6/2023": 3 June for 6 March), in the same year; None where that is
    no calendar date (a day above 12 names no month)."""
    try:
        return day.replace(month=day.day, day=day.month)
    except ValueError:
        return None
