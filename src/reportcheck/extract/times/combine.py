"""Combining atoms: a clock with its day part, two clocks into a range.

"8 in the morning", "5 to 6pm", "between 7 and 9 last night": the atoms of
:mod:`reportcheck.extract.times.atoms` joined in text order, each day part
used at most once.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache

from reportcheck.extract.times.atoms import connector_before
from reportcheck.extract.times.clock import Clock, Item, Period
from reportcheck.extract.times.patterns import time_patterns
from reportcheck.extract.times.rules import time_rules
from reportcheck.knowledge.vocabulary import WEEKDAY_NAMES, alternation

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


def _ambiguous(item: Item) -> bool:
    """A single clock time with two readings and no day part beside it ("at 11:30")."""
    if len(item.clocks) != 1 or item.period is not None or item.own_periods[0] is not None:
        return False
    clock = item.clocks[0]
    return not (clock.fixed or clock.weak or clock.meridiem) and 1 <= clock.hour <= 12


def _half(period: Period, hour: int) -> str | None:
    """ "a" or "p": the half of the day a day part gives an hour, None if it gives none."""
    if hour in period.rule.pm_hours:
        return "p"
    if hour in period.rule.am_hours:
        return "a"
    return None


@cache
def _clause_break() -> re.Pattern[str]:
    """Words between a day part and a clock that tell another clause or moment
    (``clause_breaks`` in rules/timeofday.yaml), a weekday (another day)."""
    words = [w for w in time_rules().clause_breaks if w[0].isalpha()]
    marks = "".join(re.escape(w) for w in time_rules().clause_breaks if not w[0].isalpha())
    weekdays = [name.lower() for name in WEEKDAY_NAMES]
    return re.compile(rf"[{marks}]|\b(?:{alternation([*words, *weekdays])})\b", re.IGNORECASE)


def _in_clause(text: str, item: Item, period: Period, atoms: list[tuple[int, int]]) -> bool:
    """Whether a day part stands in the clock's clause: near, and with no other
    time, day or clause break between them (a connector right before the clock,
    "shortly after 11:30", is the clock's own)."""
    start, end = (period.end, item.start) if period.end <= item.start else (item.end, period.phrase_start)
    if end < start or end - start > time_rules().clause_reach:
        return False
    if any(start <= a_start and a_end <= end for a_start, a_end in atoms):
        return False
    gap = text[start:end]
    if end == item.start:
        connector = time_patterns().connector_before.search(gap)
        gap = gap[: connector.start()] if connector else gap
    return _clause_break().search(gap) is None


def settle_in_clause(text: str, items: list[Item], periods: PeriodIndex, clocks: list[Clock]) -> list[Item]:
    """ "on Saturday night when shots were fired at 11:30": a day part in the
    clause of a clock with no a.m./p.m. decides its half of the day, where
    every day part in reach gives the same half.  The day part stays a
    mention of its own (it is not taken), and the clock's span is not
    stretched over it: they are not one phrase.  None in reach, or two that
    disagree: the clock keeps both readings."""
    free = [p for p in periods.unused() if p.cued]
    atoms = [(c.start, c.end) for c in clocks] + [(p.phrase_start, p.end) for p in periods.periods]
    settled = []
    for item in items:
        if _ambiguous(item):
            near = [p for p in free if _in_clause(text, item, p, atoms)]
            halves = {_half(p, item.clocks[0].hour) for p in near}
            if len(halves) == 1 and None not in halves:
                item = replace(item, period=near[0], clause_settled=True)
        settled.append(item)
    return settled
