"""Settling a.m./p.m.: the possible readings of a clock time and the notes on them.

A clock written with a.m./p.m., on the 24-hour clock or as a named time has
one reading; "at 8:30" has two unless a day part next to it ("in the
evening") picks one.
"""

from __future__ import annotations

from reportcheck.extract.times.clock import Clock, Period, hhmm


def settled(hour: int, minute: float, meridiem: str) -> float:
    """Minutes after midnight for an hour with a.m./p.m. (a 24-hour hour stays as it is)."""
    if hour > 12:
        return hour * 60 + minute
    return (hour % 12 + (12 if meridiem == "p" else 0)) * 60 + minute


def clock_readings(clock: Clock, period: Period | None) -> tuple[float, ...]:
    """The possible values of a clock: one when settled, (a.m., p.m.) when not."""
    if clock.fixed or clock.hour == 0 or clock.hour > 12:
        return (clock.hour * 60 + clock.minute,)
    if clock.meridiem:
        return (settled(clock.hour, clock.minute, clock.meridiem),)
    if period is not None:
        if clock.hour in period.rule.pm_hours:
            return (settled(clock.hour, clock.minute, "p"),)
        if clock.hour in period.rule.am_hours:
            return (settled(clock.hour, clock.minute, "a"),)
    if clock.hour == 12:
        return (12 * 60 + clock.minute, clock.minute)
    return (settled(clock.hour, clock.minute, "a"), settled(clock.hour, clock.minute, "p"))


def twelve_note(clock: Clock) -> tuple[str, ...]:
    if clock.meridiem and clock.hour == 12 and clock.minute == 0:
        if clock.meridiem == "a":
            return ("12am is midnight; writers sometimes mean noon",)
        return ("12pm is noon; writers sometimes mean midnight",)
    return ()


def ambiguity_note(first: float, second: float) -> str:
    return f"no a.m./p.m.: read as {hhmm(first)} or {hhmm(second)}"


def clause_note(reading: float, told: str) -> str:
    """Says which day part of the clause settled a clock written apart from
    it, so a reader sees why "11:30" was read as 23:30: written by the times
    component once the parse ties the two to one event."""
    return f"no a.m./p.m.: read as {hhmm(reading)} by '{told}' in its clause"
