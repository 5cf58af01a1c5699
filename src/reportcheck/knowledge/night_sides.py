"""Which end of a night a day's words put an event at (rules/night_sides.yaml).

Read by the day judge (:mod:`reportcheck.compare.judges.days`) and the
incident match (two reports' leads a day apart): two days a day apart may
date one night ("Friday night" and "early Saturday") only
when the earlier day is told late or the later early, never two like parts
of two days ("Friday night" and "Saturday night").  The words are data so
that a day part added to the date rules is given its side in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from pydantic import Field

from reportcheck.knowledge.rules import Strict, load_rule_file

if TYPE_CHECKING:
    from reportcheck.models import Claim


class WeekdayBeside(Strict):
    """The words that set a weekday right beside a clock time ("Saturday
    evening at about 8", "7:56 p.m. on Saturday"; ``weekday_beside`` of
    rules/night_sides.yaml), each list one optional slot of the phrase."""

    #: a day part between the weekday and the clock ("Saturday evening at 8")
    day_parts: list[str]
    #: the clock's preposition after the weekday ("Saturday at 7:30 p.m.")
    before_clock: list[str]
    #: a hedge of the clock after the weekday ("Saturday at about 8")
    hedges: list[str]
    #: the weekday's preposition after the clock ("7:56 p.m. on Saturday")
    after_clock: list[str]


class NightSides(Strict):
    """The schema of ``rules/night_sides.yaml`` (see the comments there)."""

    #: day parts and narrowing words of the evening side ("Friday night", "late Friday")
    late: list[str]
    #: day parts of the small hours
    early: list[str]
    #: words that fit either side of midnight ("midnight", "overnight")
    either: list[str]
    #: words of the later day that rule the small hours out ("Saturday evening")
    not_early: list[str]
    #: words of the earlier day that rule the late evening out ("Friday afternoon")
    not_late: list[str]
    #: clock times that count, in minutes before midnight and after it
    late_minutes: float = Field(gt=0, le=720)
    early_minutes: float = Field(gt=0, le=720)
    #: a clock time this far before midnight pins the earlier day's evening
    pinned_evening_minutes: float = Field(default=60, gt=0, le=720)
    #: a clock time of the later day this far before midnight is that day's
    #: evening, never the night before ("Saturday at 7:30 p.m.")
    evening_minutes: float = Field(default=360, gt=0, le=720)
    #: the words that set a weekday beside a clock time, which an early
    #: evening clock needs to tell its day's side
    weekday_beside: WeekdayBeside


@cache
def night_sides() -> NightSides:
    return load_rule_file("night_sides.yaml", NightSides)


@dataclass(frozen=True)
class DaySide:
    """What a day's words and sentence say of its side of midnight: its day
    part and narrowing word ("Friday night": night; "late Friday": late),
    whether its sentence tells an overnight event, and the minutes of a
    clock time in its sentence from the nearest midnight (negative before)."""

    words: frozenset[str] = frozenset()
    overnight: bool = False
    offset: float | None = None


def day_side(claim: Claim) -> DaySide:
    """The side of midnight a date claim's words and sentence tell."""
    words = frozenset(w for w in (claim.date.daypart, claim.date.part) if w)
    return DaySide(words, claim.date.overnight, claim.date.midnight_offset)


def _either_side(day: DaySide, ruled_out: frozenset[str] = frozenset()) -> bool:
    """A day whose words or sentence fit either side of midnight ("midnight
    Friday", "an overnight fire Friday": ``overnight``).  The sentence's
    "overnight" is not the day's where the day's own words rule out the
    side asked about (``ruled_out``: ``not_early`` for the small hours):
    "residents were evacuated overnight after the train derailed on
    Thursday night" dates the derailment late on Thursday, not in its small
    hours, while "early Tuesday morning" beside an "overnight" may be them."""
    overnight = day.overnight and not (day.words & ruled_out)
    return overnight or bool(day.words & set(night_sides().either))


def _late(day: DaySide) -> bool:
    """A day's event told late in the evening: its words ("Friday night",
    "late on Friday") or a clock time before midnight in its sentence."""
    sides = night_sides()
    if _either_side(day, frozenset(sides.not_late)) or day.words & set(sides.late):
        return True
    return day.offset is not None and -sides.late_minutes <= day.offset < 0


def _early(day: DaySide) -> bool:
    """A day's event told in the small hours: its words or a clock time after
    midnight in its sentence ("at 12:40 a.m. Saturday")."""
    sides = night_sides()
    if _either_side(day, frozenset(sides.not_early)) or day.words & set(sides.early):
        return True
    return day.offset is not None and 0 <= day.offset <= sides.early_minutes


def one_night(earlier: DaySide, later: DaySide) -> bool:
    """Whether the earlier of two days a day apart and the later may date
    one night: the earlier told late or the later early, and neither's words
    ruling its side out.  "Friday night" and "early Saturday" may; "Friday
    night" and "Saturday night", or "Thursday night" and "late on Friday",
    are two nights; "Friday afternoon" and "Saturday" two days.  Read by the
    day judge (two days of one event) and by the incident match (two
    reports' leads a day apart)."""
    sides = night_sides()
    if not (_late(earlier) or _early(later)):
        return False
    if _clocked_on_the_wrong_side(earlier, later) or _evening_against_small_hours(earlier, later):
        return False
    if later.words & set(sides.not_early) and not _early(later):
        return False
    return not (earlier.words & set(sides.not_late) and not _late(earlier))


def _clocked_on_the_wrong_side(earlier: DaySide, later: DaySide) -> bool:
    """Whether a clock time puts one of two days a day apart on the far side
    of its own day from the other: the later day's sentence times its event
    in that day's evening ("The shooting on Sunday happened at about 11
    p.m." against "shot Saturday at about 11 p.m.": a day apart by the
    clock), or the earlier's in that day's small hours, with no word of
    either side of midnight; then the two cannot be one night.  The later
    day's evening runs from about 6 p.m. (``evening_minutes``): "Friday
    night" is over long before "Saturday at 7:30 p.m."."""
    sides = night_sides()
    late_clock = later.offset is not None and -sides.evening_minutes <= later.offset < 0
    early_clock = earlier.offset is not None and 0 <= earlier.offset <= sides.early_minutes
    later_evening = late_clock and not _either_side(later) and not later.words & set(sides.early)
    earlier_small_hours = early_clock and not _either_side(earlier) and not earlier.words & set(sides.late)
    return later_evening or earlier_small_hours


def _evening_against_small_hours(earlier: DaySide, later: DaySide) -> bool:
    """Whether the earlier day's sentence pins its event in that evening by
    a clock time well before midnight ("at around 11 p.m. on Tuesday night")
    while the later day's words put its event past midnight ("early
    Wednesday", "Wednesday morning": ``not_late``), neither told overnight
    nor at midnight: an hour or more apart, two moments and no one night."""
    sides = night_sides()
    pinned = (
        earlier.offset is not None and -sides.late_minutes <= earlier.offset <= -sides.pinned_evening_minutes
    )
    past_midnight = bool(later.words & set(sides.not_late)) and not _either_side(later)
    return pinned and past_midnight
