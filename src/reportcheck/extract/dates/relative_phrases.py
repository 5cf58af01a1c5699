"""Finders for dates counted from the dateline: weekdays, relative days, "ago", periods.

"on Tuesday", "Friday of next week", "yesterday", "three days ago", "last
month", "over the weekend": each finder yields
:class:`~reportcheck.extract.dates.spec.Found` phrases, overlapping freely;
:func:`reportcheck.extract.dates.finders.find_dates` keeps the longest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from text_to_num import text2num

from reportcheck.details import DateForm
from reportcheck.extract.dates.patterns import date_patterns, previous_word, span_start
from reportcheck.extract.dates.rules import RelativeDay, date_rules
from reportcheck.extract.dates.spec import Found, Spec
from reportcheck.extract.dates.words import day_number, fold, weekday_abbreviations, weekday_forms


def found_weekdays(text: str) -> Iterator[Found]:
    p = date_patterns()
    blockers = set(date_rules().weekday_blockers)
    for m in p.weekday.finditer(text):
        bare = not (m.group("mod") or m.group("week") or m.group("part"))
        if bare and previous_word(text, m.start()) in blockers:
            continue  # Good Friday, Patch Tuesday
        mode = _weekday_mode(m.group("mod"))
        spec = Spec(
            "weekday",
            DateForm.WEEKDAY,
            weekday=weekday_forms()[m.group("wd").lower()],
            mode=mode,
            anaphoric=mode == "anaphoric",
            word=" ".join((m.group("mod") or m.group("week") or "").lower().split()),
            part=(m.group("part") or "").lower(),
        )
        if m.group("week"):
            spec = _in_week(spec, m.group("week"))
        end = m.end()
        spec, end = _weekday_tails(text, spec, end, possessive=bool(m.group("poss")))
        yield Found(m.start(), end, spec)
    for m in p.weekday_abbr.finditer(text):
        spec = Spec(
            "weekday",
            DateForm.WEEKDAY,
            weekday=weekday_abbreviations()[m.group("wd").lower()],
            weekday_abbreviated=True,
        )
        spec, end = _weekday_tails(text, spec, m.end(), possessive=False)
        yield Found(m.start(), end if spec.day else m.end(), spec)


def _weekday_mode(modifier: str | None) -> str:
    if not modifier:
        return ""
    return date_rules().weekday_modifiers[" ".join(modifier.lower().split())]


def _in_week(spec: Spec, week: str) -> Spec:
    """A weekday placed in a named week ("last week Friday", "Friday of next
    week"); "the following week" is counted from the narrated time."""
    offset = date_rules().week_offsets[" ".join(week.lower().split())]
    return replace(spec, unit="week", offset=offset or 0, anaphoric=spec.anaphoric or offset is None)


def _weekday_tails(text: str, spec: Spec, end: int, possessive: bool) -> tuple[Spec, int]:
    """Extend a weekday with what may follow it: "evening", "of last week", "21st"."""
    p = date_patterns()
    if not spec.weekday_abbreviated and (m := p.daypart_tail.match(text, end)):
        spec, end = replace(spec, daypart=m.group("daypart").lower()), m.end()
    if not possessive and not spec.unit and not spec.mode and (m := p.week_tail.match(text, end)):
        spec, end = _in_week(spec, m.group("week")), m.end()
    if not possessive and not spec.daypart and (m := p.dom_tail.match(text, end)):
        day = day_number(m.group("day") or m.group("thday"), m.group("dayword"))
        if day is not None and 1 <= day <= 31 and _plausible_day_of_month(text, m, spec):
            spec, end = replace(spec, day=day), m.end()
    return spec, end


def _plausible_day_of_month(text: str, m: re.Match[str], spec: Spec) -> bool:
    """ "Monday 21!", "Mon 13th", "Friday the 13th" name a day of the month;
    "Friday 12 people died" does not.  A plain number counts only at the end
    of a clause, and never after an abbreviation ("Sat 3")."""
    if not m.group("day") or m.group("suffix"):
        return True
    if spec.weekday_abbreviated:
        return False
    return bool(re.match(r"\s{0,3}(?:[!?;)]|\.(?![0-9])|$)", text[m.end() : m.end() + 4]))


@cache
def _relative_days() -> dict[str, RelativeDay]:
    return {fold(d.phrase): d for d in date_rules().relative_days}


def found_relative(text: str) -> Iterator[Found]:
    """ "yesterday", "last night", "this morning", "late yesterday"."""
    rules = date_rules()
    by_phrase = _relative_days()
    for m in date_patterns().relative.finditer(text):
        if previous_word(text, m.start()) in rules.relative_blockers:
            continue
        day = by_phrase[fold(m.group("phrase"))]
        if _blocked(text, m.start(), m.end(), day):
            continue
        spec = Spec(
            "relative",
            DateForm.RELATIVE_DAY,
            offset=day.offset,
            word=fold(m.group("phrase")),
            daypart=day.daypart or "",
            part=(m.group("part") or "").lower(),
        )
        end = m.end()
        tail = date_patterns().daypart_tail.match(text, end)
        if not day.daypart and not m.group("poss") and tail:
            spec, end = replace(spec, daypart=tail.group("daypart").lower()), tail.end()
        yield Found(m.start(), end, spec)


def _blocked(text: str, start: int, end: int, day: RelativeDay) -> bool:
    """Whether the words beside a relative word make it no day of the event
    ("stayed overnight", "the overnight shift")."""
    if previous_word(text, start) in day.not_after:
        return True
    after = re.match(r"[\s-]+([A-Za-z]+)", text[end:])
    return after is not None and after.group(1).lower() in day.not_before


def lone_relative_words() -> frozenset[str]:
    """The relative words that date an event only when their sentence names
    no other day (``alone`` in rules/dates.yaml: "overnight")."""
    return frozenset(fold(d.phrase) for d in date_rules().relative_days if d.alone)


def found_ago(text: str) -> Iterator[Found]:
    """ "three days ago", "A year ago", "41 years ago", "a year and a half ago"."""
    for m in date_patterns().ago.finditer(text):
        reading = next(_number_readings(m.group("n"), m.start("n")), None)
        if reading is None:
            continue  # "a few days ago": too vague to place
        start, number = reading
        unit = m.group("unit").lower()
        word = " ".join(text[start : m.end()].lower().split())
        amount = number + (0.5 if m.group("half") or m.group("half_before") else 0.0)
        yield Found(start, m.end(), Spec("ago", DateForm.AGO, amount=amount, unit=unit, word=word))


def _number_readings(words: str, start: int) -> Iterator[tuple[int, int]]:
    """The count in "eight", "forty-one", "12", "a"; if the first word is not
    part of it ("was eight"), the last word alone."""
    candidates = [(start, words)]
    last = re.split(r"[- ]", words)[-1]
    if last != words:
        candidates.append((start + len(words) - len(last), last))
    for offset, candidate in candidates:
        number = _parse_count(candidate)
        if number is not None:
            yield offset, number


def _parse_count(words: str) -> int | None:
    if words.isdigit():
        return int(words)
    if words.lower() in {"a", "an", "one"}:
        return 1
    try:
        number = text2num(words.lower(), "en")
    except ValueError:
        return None
    return number if 0 < number < 1000 else None


def found_periods(text: str) -> Iterator[Found]:
    """ "last month", "this year", "the past week", "earlier this week"."""
    rules = date_rules()
    for m in date_patterns().period.finditer(text):
        unit = m.group("unit").lower()
        mode: str
        if m.group("half"):
            mode, offset = rules.period_halves[m.group("half").lower()], 0
        else:
            word = " ".join(m.group("mod").lower().split())
            if word in rules.period_offsets and not m.group("the"):
                mode, offset = "calendar", rules.period_offsets[word]
            else:
                mode, offset = "rolling", rules.period_rolling.get(word, -1)
            if mode == "rolling" and unit == "weekend":
                mode = "calendar"
        start = span_start(m, "half", "mod")
        word = " ".join(text[start : m.end()].lower().split())
        yield Found(
            start, m.end(), Spec("period", DateForm.PERIOD, unit=unit, mode=mode, offset=offset, word=word)
        )
    for m in date_patterns().weekend.finditer(text):
        yield Found(
            m.start("span"), m.end(), Spec("weekend", DateForm.PERIOD, unit="weekend", word="the weekend")
        )
