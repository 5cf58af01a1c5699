"""What a date phrase says, before it is read against the dateline.

The finders (:mod:`~reportcheck.extract.dates.calendar_phrases`,
:mod:`~reportcheck.extract.dates.relative_phrases`) turn text into
:class:`Found` phrases carrying a :class:`Spec`; :mod:`~reportcheck.extract.dates.resolve`
places a spec on the calendar.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reportcheck.details import DateForm

SpecKind = Literal[
    "calendar", "day_of_month", "weekday", "relative", "ago", "period", "weekend", "month", "year"
]


@dataclass(frozen=True)
class Spec:
    """The parts of a date phrase as written; placed on the calendar later by
    :func:`reportcheck.extract.dates.resolve.resolve`.

    Parsing and resolving are kept apart so that a weekday and the date after
    it ("Friday, June 24, 2005") can be merged first, and a prefix such as
    "the morning after" can shift whatever follows it.
    """

    kind: SpecKind
    form: DateForm  # what was written, the date claim's ``form``
    year: int | None = None
    month: int | None = None
    day: int | None = None
    day2: int | None = None
    weekday: int | None = None
    weekday_abbreviated: bool = False
    mode: str = ""  # a weekday modifier's mode, "last"/"this"/"next" before a month, a period's kind
    offset: int = 0  # days for a relative day, weeks or periods from the dateline's
    anaphoric: bool = False  # counted from the narrated time ("the following Monday")
    amount: float = 0.0
    unit: str = ""
    word: str = ""
    daypart: str = ""
    part: str = ""
    shift: int = 0
    holiday: str = ""
    short_year: int | None = None  # "05" of 11/28/05
    year_offset: int | None = None  # "this year" (0), "last year" (-1) after a yearless date
    other_order: tuple[int, int] | None = None  # (month, day) of a numeric date read the other way
    future_cue: bool = False


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    spec: Spec
