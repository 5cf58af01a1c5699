"""What the time finders pass between them, and the minute arithmetic they share.

A :class:`Clock` is a clock time as written, a :class:`Period` a part of the
day, an :class:`Item` one clock time or a range of two with the day part that
settles it.  Values are minutes after midnight; the precisions say how
closely a way of writing pins a time down.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportcheck.extract.times.rules import PeriodRule

DAY = 24 * 60
HOUR_PRECISION = 30.0  # "7pm": written to the hour, so good to half an hour
MINUTE_PRECISION = 0.5
FRACTION_PRECISION = 7.5  # "half past", "a quarter to": quarter-hour steps


def hhmm(minutes: float) -> str:
    minutes = minutes % DAY
    return f"{int(minutes // 60):02d}:{int(minutes % 60):02d}"


@dataclass(frozen=True)
class Clock:
    """A clock time as written, before a.m./p.m. is settled."""

    start: int
    end: int
    hour: int  # as written, 0-23
    minute: float  # seconds as a fraction
    meridiem: str | None = None  # "a" or "p"
    fixed: bool = False  # 24-hour clock or a named time: nothing to settle
    weak: bool = False  # a bare hour or a word time ("seven", "five thirty"): needs a cue
    bare: bool = False  # a lone hour ("7", "seven")
    precision: float = HOUR_PRECISION
    tz: str | None = None
    span: tuple[int, int] | None = None  # a loose point's hours ("mid-afternoon"), minutes after midnight


@dataclass(frozen=True)
class Period:
    start: int
    end: int
    rule: PeriodRule
    mod: str | None  # "early" / "late"
    phrase_start: int  # where the phrase starts with its date words ("Thursday night"): kept out of the span
    cued: bool  # has a cue or modifier, or is standalone ("tonight"): reported alone
    idiomatic: bool  # "in the morning", "at night": a bare hour may come before it
    bare_word: bool  # no cue and no modifier ("afternoon at 7")


@dataclass(frozen=True)
class Item:
    """One clock time or a range of two, with the day part that settles it."""

    start: int
    end: int
    clocks: tuple[Clock, ...]
    own_periods: tuple[Period | None, ...]
    period: Period | None = None
    opened: bool = False  # "between"/"from" before a range
    clause_settled: bool = False  # the day part stands elsewhere in the clause, not beside it
