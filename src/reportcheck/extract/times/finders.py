"""Clock times and parts of the day in a string, as minutes after midnight.

Reports of one incident put it at "1353 (1023 GMT)", "1:53 p.m. local time",
"shortly after 2pm" or "in the afternoon".  This module reads each as a
mention with ``unit`` "min" (minutes after midnight; seconds are fractions of
a minute) so the comparer can line them up:

* a clock time is a point (``low == high``); with no a.m./p.m. and no day
  part ("at 8:30", "half past seven") ``low`` is the a.m. reading, the p.m.
  reading is in ``alternatives`` and a note says so; a day part elsewhere
  in its clause ("on Saturday night when shots were fired at 11:30")
  settles it (:func:`~reportcheck.extract.times.combine.settle_in_clause`),
  the mention carrying the day part's offsets and both readings
  (``settled_from``, ``unsettled``) for the times component's parse test,
  which writes the note of the day part that settled it, or gives the clock
  its two readings back;
* a range ("between 4pm and 5pm", "5 to 6pm", "3-8pm") has ``low < high``;
* a part of the day ("in the morning", "last night") is a period mention with
  ``attrs`` (("period", name),) and the period's range.  Night runs past
  midnight: its ``high`` is more than 24 h (05:00 the next day is 29 * 60);
* a time zone is kept in ``attrs`` (("tz", "GMT"),).

The words (day parts, zones, "half past", "quarter to") are data in
``rules/timeofday.yaml``; hedges ("about", "just after") are left to the cue
component, so they stay outside the mention.

This module is the entry point (:func:`find_times`) and turns items into
mentions; the atoms are found in :mod:`~reportcheck.extract.times.atoms`
(over the patterns of :mod:`~reportcheck.extract.times.patterns`), joined in
:mod:`~reportcheck.extract.times.combine` and their a.m./p.m. settled in
:mod:`~reportcheck.extract.times.settle`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from reportcheck.extract.core.cues import CueRule, cue_rules, time_reach
from reportcheck.extract.core.mentions import Mention
from reportcheck.extract.times.atoms import periods_in, strong_clocks, weak_clocks
from reportcheck.extract.times.clock import DAY, Item, Period, hhmm
from reportcheck.extract.times.combine import (
    PeriodIndex,
    attach_periods,
    attach_trailing,
    is_time,
    join_ranges,
    settle_in_clause,
    without_overlap,
)
from reportcheck.extract.times.rules import PeriodRule, time_rules
from reportcheck.extract.times.settle import ambiguity_note, clock_readings, twelve_note
from reportcheck.knowledge.day_parts import clock_minutes
from reportcheck.knowledge.night_sides import night_sides
from reportcheck.knowledge.vocabulary import WEEKDAY_NAMES, alternation


def _clock_mention(text: str, item: Item) -> Mention:
    clock = item.clocks[0]
    period = item.own_periods[0] or item.period
    if clock.span is not None:
        # a loose point ("mid-afternoon"): its minute, and the hours it is
        # said of for the times component to give the claim
        point = float(clock.hour * 60 + clock.minute)
        mention = _mention(text, item, point, point, (), (), period)
        low, high = clock.span
        return replace(mention, said_of=(float(low), float(_after(low, high))))
    readings = clock_readings(clock, period)
    notes = twelve_note(clock)
    alternatives: tuple[tuple[float, float], ...] = ()
    if len(readings) == 2:
        alternatives = ((readings[1], readings[1]),)
        notes += (ambiguity_note(*readings),)
    mention = _mention(text, item, readings[0], readings[0], alternatives, notes, period)
    return _with_settling(mention, item, readings)


def _with_settling(mention: Mention, item: Item, readings: tuple[float, ...]) -> Mention:
    """A clock settled by a day part elsewhere in its clause carries where
    that day part stands and its two readings: the text alone cannot say the
    two time one event, so the times component asks the parse and, where it
    does not tie them, gives the clock its two readings back."""
    if not item.clause_settled or item.period is None or len(readings) != 1:
        return mention
    first, second = clock_readings(item.clocks[0], None)
    settling = (
        ("settled_from", f"{item.period.phrase_start}:{item.period.end}"),
        ("unsettled", f"{first:g}:{second:g}"),
    )
    return replace(mention, attrs=mention.attrs + settling)


def _range_values(item: Item) -> tuple[tuple[float, float], tuple[float, float] | None, tuple[str, ...]]:
    """(low, high), an alternative reading or None, notes, for a two-clock range."""
    first, second = item.clocks
    first_period = item.own_periods[0] or item.period or item.own_periods[1]
    second_period = item.own_periods[1] or item.period or item.own_periods[0]
    low_readings = clock_readings(first, first_period)
    high_readings = clock_readings(second, second_period)
    notes: tuple[str, ...] = ()
    if len(high_readings) == 1 and len(low_readings) == 2:
        fitting = [r for r in low_readings if r <= high_readings[0]]
        low_readings = (max(fitting),) if fitting else low_readings[:1]
    elif len(low_readings) == 1 and len(high_readings) == 2:
        fitting = [r for r in high_readings if r >= low_readings[0]]
        high_readings = (min(fitting),) if fitting else high_readings[:1]
    if len(low_readings) == 1 and len(high_readings) == 1:
        low, high = low_readings[0], high_readings[0]
        if second.meridiem == "a" and second.hour == 12 and second.minute == 0 and 0 < low < 12 * 60:
            return (low, 12 * 60.0), None, ("12am read as noon: it ends a range that starts in the morning",)
        notes = twelve_note(first) + twelve_note(second)
        return (low, _after(low, high)), None, notes
    low, alt_low = low_readings[0], low_readings[-1]
    high = min((r for r in high_readings if r >= low), default=high_readings[0])
    alt_high = min((r for r in high_readings if r >= alt_low), default=high_readings[-1])
    primary = (low, _after(low, high))
    alternative = (alt_low, _after(alt_low, alt_high))
    readings = [f"{hhmm(start)}-{hhmm(end)}" for start, end in (primary, alternative)]
    note = f"no a.m./p.m.: read as {readings[0]} or {readings[1]}"
    return primary, alternative, (note,)


def _after(low: float, high: float) -> float:
    """The end of a range that passes midnight is on the next day."""
    return high + DAY if high < low else high


def _range_mention(text: str, item: Item) -> Mention:
    (low, high), alternative, notes = _range_values(item)
    alternatives = (alternative,) if alternative and alternative != (low, high) else ()
    period = item.period or item.own_periods[0] or item.own_periods[1]
    return _mention(text, item, low, high, alternatives, notes, period)


def _mention(
    text: str,
    item: Item,
    low: float,
    high: float,
    alternatives: tuple[tuple[float, float], ...],
    notes: tuple[str, ...],
    period: Period | None,
) -> Mention:
    attrs = []
    zones = [clock.tz for clock in item.clocks if clock.tz]
    if zones:
        attrs.append(("tz", zones[-1]))
    if period is not None:
        attrs.append(("day_part", period.rule.name))
    if item.clocks[0].start > item.start:
        # "Saturday night, after 10:30 p.m.": the day part written first; the
        # words before the clock bound it (read by the times component)
        attrs.append(("clock_start", str(item.clocks[0].start)))
    return Mention(
        start=item.start,
        end=item.end,
        text=text[item.start : item.end],
        dimension="time_of_day",
        unit="min",
        low=float(low),
        high=float(high),
        precision=max(clock.precision for clock in item.clocks),
        alternatives=tuple((float(low), float(high)) for low, high in alternatives),
        notes=notes,
        attrs=tuple(attrs),
    )


def period_range(rule: PeriodRule, mod: str | None = None) -> tuple[float, float]:
    """(low, high) of a period in minutes; past midnight the high exceeds 24 h.
    "early" keeps the first half of the period, "late" the second."""
    low, high = clock_minutes(rule.start), clock_minutes(rule.end)
    if high <= low:
        high += DAY
    middle = (low + high) / 2
    if mod == "early":
        return low, middle
    if mod == "late":
        return middle, high
    return low, high


def said_of_range(name: str, mod: str | None = None) -> tuple[float, float] | None:
    """(low, high) of the hours reporters name by a day part standing for an
    event's time (``said_of`` in rules/timeofday.yaml): "early Sunday
    morning" is said of 1:15 a.m. and "Friday night" of 7:30 p.m., so the
    range is wider than the part's own.  "early" keeps the first two thirds,
    "late" the last two thirds (a halving would put 11 p.m. out of "late
    Friday night").  None for a part never reported alone."""
    rule = next((r for r in time_rules().periods if r.name == name), None)
    if rule is None or not rule.reported_alone:
        return None
    start, end = rule.said_of or [rule.start, rule.end]
    low, high = float(clock_minutes(start)), float(clock_minutes(end))
    if high <= low:
        high += DAY
    third = (high - low) / 3
    if mod == "early":
        return low, high - third
    if mod == "late":
        return low + third, high
    return low, high


def _period_mention(text: str, period: Period) -> Mention:
    low, high = period_range(period.rule, period.mod)
    attrs = [("period", period.rule.name)]
    if period.mod:
        attrs.append(("mod", period.mod))
    notes = ("runs past midnight: high is minutes after the previous midnight",) if high > DAY else ()
    return Mention(
        start=period.start,
        end=period.end,
        text=text[period.start : period.end],
        dimension="time_of_day",
        unit="min",
        low=float(low),
        high=float(high),
        notes=notes,
        attrs=tuple(attrs),
    )


def find_times(text: str) -> list[Mention]:
    """Every clock time, time range and part of the day in ``text``, in text order.

    A bare hour ("at 7") is not a time on its own; it becomes one next to a
    day part ("at 7 in the morning", "tonight around 3") or in a range with a
    clock time ("5 to 6pm").  Years ("2005") are never times: a four-digit
    24-hour time needs a zone, "hrs" or a colon.
    """
    strong = strong_clocks(text)
    periods = without_overlap(periods_in(text), strong)
    weak = without_overlap(without_overlap(weak_clocks(text), strong), periods)
    clocks = sorted(strong + weak, key=lambda c: c.start)
    items = [Item(c.start, c.end, (c,), (None,)) for c in clocks]
    index = PeriodIndex(periods)
    items = attach_trailing(text, items, index)
    items = join_ranges(text, items)
    items = attach_periods(text, items, index)
    items = settle_in_clause(text, items, index, clocks)
    mentions = [
        _clock_mention(text, item) if len(item.clocks) == 1 else _range_mention(text, item)
        for item in items
        if is_time(item)
    ]
    mentions += [_period_mention(text, p) for p in index.unused() if p.cued and p.rule.reported_alone]
    return sorted(mentions, key=lambda m: m.start)


def midnight_offset(text: str) -> float | None:
    """Minutes between midnight and the clock time nearest it in ``text``,
    with its side: after midnight (positive: "at 12:30 a.m." 30) or before it
    (negative: "11:45 p.m." -15), None when no clock time is a point (ranges
    and day parts are no clock time).  A date's extractor keeps it on the
    date, so that the comparer can tell a late hour of the earlier day from
    an early hour of the later one without reading the sentence again
    ("11:45 p.m. Friday" and "Saturday" may be one night, "3:10 a.m. Friday"
    and "Saturday" may not)."""
    offsets = [
        _signed(m.low % DAY) + _side_of_midnight(text, m)
        for m in find_times(text)
        if m.low == m.high and _tells_its_day_side(text, m)
    ]
    return min(offsets, key=lambda o: (abs(o), o), default=None)


@cache
def _weekday_beside() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A weekday written right before a clock time ("Saturday at 7:30 p.m.",
    "Saturday evening at about 8") or right after it ("7:30 p.m. Saturday",
    "at 7:56 p.m. on Saturday"); the words are ``weekday_beside`` of
    rules/night_sides.yaml."""
    days = alternation(WEEKDAY_NAMES)
    words = night_sides().weekday_beside
    parts, at, hedges, on = (
        alternation(w) for w in (words.day_parts, words.before_clock, words.hedges, words.after_clock)
    )
    return (
        re.compile(rf"\b(?:{days})(?:\s+(?:{parts}))?,?\s+(?:(?:{at})\s+)?(?:(?:{hedges})\s+)?$"),
        re.compile(rf"^,?\s+(?:(?:{on})\s+)?(?:{days})\b"),
    )


def _tells_its_day_side(text: str, mention: Mention) -> bool:
    """Whether a clock time may tell the side of midnight of the day its
    sentence names: any time but one of the early evening (6 to 9 p.m.:
    ``late_minutes`` to ``evening_minutes`` of rules/night_sides.yaml) with no
    weekday beside it.  "Saturday at 7:30 p.m." is that day's evening; the
    clock of "shot on Saturday died at 8:30 p.m." or "told reporters at a
    7 p.m. briefing" is a death's or a briefing's, and the shooting may
    still be the small hours of Saturday, the other report's "Friday night"."""
    sides = night_sides()
    offset = _signed(mention.low % DAY)
    if not -sides.evening_minutes <= offset < -sides.late_minutes:
        return True
    before, after = _weekday_beside()
    return bool(before.search(text[: mention.start]) or after.search(text[mention.end :]))


#: minutes a bare "before midnight" / "after midnight" moves the offset: no
#: reach of its own (an open bound), only the side of midnight it tells
_BARE_SIDE_MINUTES = 1.0


def _side_of_midnight(text: str, mention: Mention) -> float:
    """The minutes a time cue just before a midnight moves it to its side:
    "shortly before midnight on Saturday" is the end of Saturday (-40, the
    cue's reach from a round hour), "just after midnight Saturday" its
    start (+40), a bare "before midnight" one minute back.  Read as 0, the
    end of Saturday stood at its start, and "Friday night" took it as the
    same night.  0 for any other clock time ("at 11:50 p.m.") or a
    midnight with no such cue ("at midnight", "around midnight": either side)."""
    if mention.low % DAY != 0:
        return 0.0
    rule = _time_side_cue(text[: mention.start])
    if rule is None:
        return 0.0
    reach = _BARE_SIDE_MINUTES if rule.open else time_reach(rule.literal, 0.0) or _BARE_SIDE_MINUTES
    return -reach if rule.category == "just_before" else reach


def _time_side_cue(before: str) -> CueRule | None:
    """The cue of one side of a clock time ("shortly before", "just after",
    rules/cues.yaml ``just_before`` / ``just_after``) that ``before`` ends
    with, the longest where several do ("shortly before" over "before")."""
    words = before.lower().split()
    sided = [rule for rule in cue_rules().rules if rule.category in ("just_before", "just_after")]
    ending = [rule for rule in sided if words[-len(rule.literal.split()) :] == rule.literal.split()]
    return max(ending, key=lambda rule: len(rule.literal.split()), default=None)


def _signed(minutes: float) -> float:
    """Minutes of a day as an offset from the nearest midnight (23:45 -> -15)."""
    return minutes if minutes <= DAY / 2 else minutes - DAY


@cache
def _overnight() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(time_rules().overnight_words)})\b", re.IGNORECASE)


def tells_overnight(text: str) -> bool:
    """Whether ``text`` puts an event in the night whatever day it names
    ("an overnight fire Friday", "partied into the night"): kept on a date
    beside :func:`midnight_offset`, for the same reason."""
    return bool(_overnight().search(text))
