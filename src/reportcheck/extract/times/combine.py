"""Combining atoms: a clock with its day part, two clocks into a range.

"8 in the morning", "5 to 6pm", "between 7 and 9 last night": the atoms of
:mod:`reportcheck.extract.times.atoms` joined in text order, each day part
used at most once.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from reportcheck.extract.times.atoms import connector_before
from reportcheck.extract.times.clock import Clock, Item, Period
from reportcheck.extract.times.patterns import time_patterns

_TRAILING_GAP_RE = re.compile(r"\s*,?\s*")
_BETWEEN_BEFORE_RE = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def without_overlap(items: list, taken: list) -> list:
    """``items`` that overlap nothing in ``taken`` (both in text order, ``taken`` non-overlapping)."""
    starts = [t.start for t in taken]
    kept = []
    for item in items:
        at = bisect.bisect_left(starts, item.end)  # taken spans starting before item ends
        if at == 0 or taken[at - 1].end <= item.start:
            kept.append(item)
    return kept


class PeriodIndex:
    """The day parts in text order, for finding the one right before or after a clock."""

    def __init__(self, periods: list[Period]):
        self.periods = periods
        self.starts = [p.start for p in periods]
        self.ends = [p.end for p in periods]
        self.used: set[int] = set()

    def after(self, position: int) -> Period | None:
        at = bisect.bisect_left(self.starts, position)
        return self._free(at)

    def before(self, position: int) -> Period | None:
        at = bisect.bisect_right(self.ends, position) - 1
        return self._free(at) if at >= 0 else None

    def take(self, period: Period) -> None:
        self.used.add(id(period))

    def unused(self) -> list[Period]:
        return [p for p in self.periods if id(p) not in self.used]

    def _free(self, at: int) -> Period | None:
        if at >= len(self.periods) or id(self.periods[at]) in self.used:
            return None
        return self.periods[at]


def _bare_may_take(text: str, clock: Clock, period: Period) -> bool:
    """May a lone hour take a day part written after it?  "3 in the morning",
    "at 10 tonight", "12 lunchtime" yes; "killed 10 this morning" no."""
    if not clock.bare or period.idiomatic:
        return True
    if period.bare_word:
        return period.rule.follows_bare_hour  # "2 morning sessions" is no clock time
    return connector_before(text, clock.start)


def _trailing_gap_ok(text: str, end: int, period: Period) -> bool:
    """Only spaces or a comma between a clock and the day part after it ("8:30pm Thursday night")."""
    if period.phrase_start < end:
        return False
    return _TRAILING_GAP_RE.fullmatch(text, end, period.phrase_start) is not None


def attach_trailing(text: str, items: list[Item], periods: PeriodIndex) -> list[Item]:
    """ "8 in the morning", "8am this morning", "five thirty in the night": a day part right after a clock."""
    attached = []
    for item in items:
        following = periods.after(item.end)
        if (
            following
            and _trailing_gap_ok(text, item.end, following)
            and _bare_may_take(text, item.clocks[0], following)
        ):
            periods.take(following)
            item = replace(item, end=following.end, own_periods=(following,))
        attached.append(item)
    return attached


def join_ranges(text: str, items: list[Item]) -> list[Item]:
    """ "5 to 6pm", "3-8pm", "between 4pm and 5pm", "from 7 to 7:30"."""
    patterns = time_patterns()
    joined: list[Item] = []
    position = 0
    while position < len(items):
        first = items[position]
        second = items[position + 1] if position + 1 < len(items) else None
        if second is not None and _range_between(text, first, second):
            opener = patterns.range_opener.search(text[max(0, first.start - 10) : first.start])
            start = first.start - (len(opener.group(0)) if opener else 0)
            joined.append(
                Item(
                    start,
                    second.end,
                    first.clocks + second.clocks,
                    first.own_periods + second.own_periods,
                    opened=bool(opener),
                )
            )
            position += 2
            continue
        joined.append(first)
        position += 1
    return joined


def _range_between(text: str, first: Item, second: Item) -> bool:
    gap = text[first.end : second.start]
    if not time_patterns().range_gap.fullmatch(gap):
        return False
    word = gap.strip().lower()
    before = text[max(0, first.start - 10) : first.start]
    if word == "and" and not _BETWEEN_BEFORE_RE.search(before):
        return False  # "5 and 6" is a range only after "between"
    if word in ("-", "–") and gap[:1].isspace() != gap[-1:].isspace():
        return False  # "75 -300": a minus sign, not a range
    a, b = first.clocks[0], second.clocks[0]
    # two bare hours counting down ("won 2-1") are a score, not a range
    return not (a.bare and b.bare and first.own_periods[0] is None and b.hour <= a.hour)


def attach_periods(text: str, items: list[Item], periods: PeriodIndex) -> list[Item]:
    """A day part before or after a clock or range: "in the morning at 7", "between 7 and 9 last night"."""
    attached = []
    for item in items:
        if item.own_periods[0] is not None and len(item.clocks) == 1:
            attached.append(item)
            continue
        period = _period_after(text, item, periods) or _period_before(text, item, periods)
        if period is not None:
            periods.take(period)
            item = replace(
                item, start=min(item.start, period.start), end=max(item.end, period.end), period=period
            )
        attached.append(item)
    return attached


def _single_bare(item: Item) -> bool:
    return len(item.clocks) == 1 and item.clocks[0].bare


def _period_after(text: str, item: Item, periods: PeriodIndex) -> Period | None:
    period = periods.after(item.end)
    if period is None or not _trailing_gap_ok(text, item.end, period):
        return None
    return period if not _single_bare(item) or _bare_may_take(text, item.clocks[0], period) else None


def _period_before(text: str, item: Item, periods: PeriodIndex) -> Period | None:
    period = periods.before(item.start)
    if period is None:
        return None
    gap = text[period.end : item.start]
    if not time_patterns().leading_gap.fullmatch(gap):
        return None
    if _single_bare(item) and not gap.strip(" ,"):
        return None  # "last night 26 people": a count, not a clock time
    return period


def is_time(item: Item) -> bool:
    """Strong clocks are times by themselves; bare hours and word times need a cue."""
    if any(not clock.weak for clock in item.clocks):
        return True
    if item.period is not None or any(p is not None for p in item.own_periods):
        return True
    word_clocks = all(not clock.bare for clock in item.clocks)
    return len(item.clocks) == 2 and word_clocks and item.opened
