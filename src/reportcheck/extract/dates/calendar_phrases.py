"""Finders for dates written on the calendar: a month and day, numbers, a year, a holiday.

"May 29, 2008", "the fourth of July", "11/27/2005", "on the 18th", "in 2005",
"Christmas Day": each finder yields :class:`~reportcheck.extract.dates.spec.Found`
phrases, overlapping freely; :func:`reportcheck.extract.dates.finders.find_dates`
keeps the longest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from reportcheck.details import DateForm
from reportcheck.extract.dates.eras import era_marked_year
from reportcheck.extract.dates.patterns import date_patterns, previous_word, span_start
from reportcheck.extract.dates.rules import date_rules
from reportcheck.extract.dates.spec import Found, Spec
from reportcheck.extract.dates.words import (
    day_number,
    holiday_forms,
    holiday_key,
    month_number,
    weekday_abbreviations,
    weekday_forms,
)
from reportcheck.knowledge.venues import venue_rules


def _calendar_spec(m: re.Match[str], form: DateForm) -> Spec | None:
    """A spec from a match with month/day/day2/year groups, or None if invalid."""
    month = month_number(m.group("month"))
    day = day_number(m.groupdict().get("day"), m.groupdict().get("dayword"))
    if month is None or day is None or not 1 <= day <= 31:
        return None
    day2 = m.groupdict().get("day2")
    end_day = int(day2) if day2 else None
    if end_day is not None and not day < end_day <= 31:
        return None
    year = m.groupdict().get("year")
    if year is not None and not 1000 <= int(year) <= 2999:
        return None
    return Spec("calendar", form, year=int(year) if year else None, month=month, day=day, day2=end_day)


def found_month_day(text: str) -> Iterator[Found]:
    """ "May 29, 2008", "Dec. 26", "July 21st", "January first"."""
    for m in date_patterns().month_day.finditer(text):
        spec = _calendar_spec(m, DateForm.FULL_DATE if m.group("year") else DateForm.MONTH_DAY)
        if spec is not None:
            yield _with_year_tail(text, Found(m.start(), m.end(), spec))


def found_day_month(text: str) -> Iterator[Found]:
    """ "29 May 2008", "the 5th of May", "the fourth of July" ("the" left out)."""
    for pattern in (date_patterns().day_month, date_patterns().dayword_month):
        for m in pattern.finditer(text):
            spec = _calendar_spec(m, DateForm.FULL_DATE if m.group("year") else DateForm.MONTH_DAY)
            if spec is not None:
                yield _with_year_tail(text, Found(span_start(m, "day", "dayword"), m.end(), spec))


def found_month_year(text: str) -> Iterator[Found]:
    for m in date_patterns().month_year.finditer(text):
        month = month_number(m.group("month"))
        year = int(m.group("year"))
        if month is not None and 1000 <= year <= 2999:
            part = (m.group("part") or "").lower()
            yield Found(
                m.start(), m.end(), Spec("month", DateForm.MONTH_YEAR, year=year, month=month, part=part)
            )


def found_month(text: str) -> Iterator[Found]:
    """A month on its own, only after a cue ("in October", "since September")."""
    offsets = date_rules().period_offsets
    for m in date_patterns().month.finditer(text):
        cue = (m.group("cue") or "").lower()
        part = (m.group("part") or "").lower()
        month = month_number(m.group("month"))
        if month is None or not (cue or part):
            continue
        mode = cue if cue in offsets else ""
        start = m.start("cue") if mode else span_start(m, "part", "month")
        word = " ".join(text[start : m.end()].lower().split()) if mode else ""
        spec = Spec("month", DateForm.MONTH, month=month, mode=mode, part=part, word=word)
        found = Found(start, m.end(), spec)
        yield found if mode else _with_year_tail(text, found)


def _with_year_tail(text: str, found: Found) -> Found:
    """Take in "this year" after a yearless date ("September this year",
    "December 15 of this year"): the year is then the dateline's (+/- 1)."""
    if found.spec.year is not None:
        return found
    m = date_patterns().year_tail.match(text, found.end)
    if m is None:
        return found
    offset = date_rules().year_tails[m.group("which").lower()]
    return Found(found.start, m.end(), replace(found.spec, year_offset=offset))


def found_numeric(text: str) -> Iterator[Found]:
    """11/27/2005 (US order), 27/11/2005, 08.07.2012 (day first), 2008-11-27."""
    p = date_patterns()
    for m in p.iso.finditer(text):
        spec = _numeric_spec(int(m.group("month")), int(m.group("day")), int(m.group("year")), None)
        if spec is not None:
            yield Found(m.start(), m.end(), replace(spec, form=DateForm.ISO_DATE))
    for m in p.iso_named.finditer(text):
        month = month_number(m.group("month"))
        if month is not None:
            spec = _numeric_spec(month, int(m.group("day")), int(m.group("year")), None)
            if spec is not None:
                yield Found(m.start(), m.end(), replace(spec, form=DateForm.ISO_DATE))
    for m in p.numeric.finditer(text):
        spec = _slashed_spec(m)
        if spec is not None:
            yield Found(m.start(), m.end(), spec)


def _slashed_spec(m: re.Match[str]) -> Spec | None:
    """Read a/b/y: US month-first for / and -, day-first for dots; the other
    order, when also a valid date, is kept for the alternatives."""
    a, b, y, sep = int(m.group("a")), int(m.group("b")), m.group("y"), m.group("sep")
    if sep in ".-" and len(y) != 4:
        return None
    year = int(y) if len(y) == 4 else None
    month, day, other = _month_and_day(a, b, sep)
    spec = _numeric_spec(month, day, year, None if year is not None else int(y))
    return replace(spec, other_order=other) if spec else None


def _month_and_day(a: int, b: int, sep: str) -> tuple[int, int, tuple[int, int] | None]:
    """The month and day of a date's two figures ``a`` ``sep`` ``b``, and the
    other order (month, day) where it names a date too: month first after a
    slash or a dash, as American pages write; day first after a dot, as
    European and Russian pages do ("08.07.2012"); a figure above 12 where
    the month should be is the day ("22/07/2013"), and then, as when the two
    figures are one, no other order is.  One reading for dates with a year
    and without ("on 3/6")."""
    month, day = (b, a) if sep == "." else (a, b)
    if month > 12:
        month, day = day, month
    other = (day, month) if day <= 12 and day != month else None
    return month, day, other


def _numeric_spec(month: int, day: int, year: int | None, short_year: int | None) -> Spec | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is not None and not 1000 <= year <= 2999:
        return None
    return Spec("calendar", DateForm.NUMERIC_DATE, year=year, month=month, day=day, short_year=short_year)


def found_numeric_short(text: str) -> Iterator[Found]:
    """m/d without a year only after "on" or a weekday: elsewhere 3/4 is a fraction."""
    for m in date_patterns().numeric_short.finditer(text):
        word = previous_word(text, m.start())
        after_weekday = word in weekday_forms() or word in weekday_abbreviations()
        if not (after_weekday or (word == "on" and m.group("sep") == "/")):
            continue
        month, day, other = _month_and_day(int(m.group("a")), int(m.group("b")), m.group("sep"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            spec = Spec("calendar", DateForm.NUMERIC_DATE, month=month, day=day, other_order=other)
            yield Found(m.start(), m.end(), spec)


def found_on_the_nth(text: str) -> Iterator[Found]:
    """ "on the 18th": a day of the dateline's month (or the one before);
    "on the 18th hole" is not a date, so only a few words may follow."""
    for m in date_patterns().on_the_nth.finditer(text):
        day = int(m.group("day"))
        if 1 <= day <= 31:
            start = span_start(m, "the", "day")
            yield Found(start, m.end(), Spec("day_of_month", DateForm.DAY_OF_MONTH, day=day))


def found_years(text: str) -> Iterator[Found]:
    """A four-digit year after a cue word ("in 2005", "the 2005 rampage");
    without one, "2000 people" stays a count."""
    rules = date_rules()
    cues = set(rules.year_cues)
    previous_end = -1
    for m in date_patterns().year.finditer(text):
        year = int(m.group("year"))
        part = (m.group("part") or "").lower()
        word = previous_word(text, m.start("year"))
        listed = previous_end >= 0 and bool(_YEAR_LIST_GLUE.fullmatch(text, previous_end, m.start()))
        article = not (part or listed) and word in rules.year_article_cues
        low, high = rules.year_article_range if article else rules.year_range
        if not (part or listed or word in cues) or not low <= year <= high:
            continue
        if era_marked_year(text, m.end()) or _counts_hours(text, m.end()):
            continue  # "in 2082 B.S.": another calendar's year; "at 2025 hrs": a clock
        if year % 10 == 0 and re.match(r"['’]s\b", text[m.end() : m.end() + 3]):
            continue  # "the 1940's": a decade
        if _numbers_an_address(text, m.end(), word) or article and _model_year(text, m.end()):
            continue
        previous_end = m.end()
        yield Found(m.start(), m.end(), Spec("year", DateForm.YEAR, year=year, part=part))


def _counts_hours(text: str, end: int) -> bool:
    """ "at 2025 hrs", "the 1938 hours call": a four-digit clock time or a
    count of hours (``year_not_before``), no year."""
    after = re.match(r"\s?([A-Za-z]+)\b", text[end : end + 12])
    return after is not None and after.group(1).lower() in date_rules().year_not_before


def _model_year(text: str, end: int) -> bool:
    """ "The 2015 Toyota Camry", "a 2012 Ford pickup": a vehicle's model
    year (``model_year_words`` right after it), no date of anything told."""
    after = re.match(r"\s+([\w-]+)", text[end : end + 30])
    return after is not None and after.group(1).lower() in date_rules().model_year_words


@cache
def _address_tails() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What follows a block's figure ("-block", " block of") and a house's
    (a street's name: capitalised words or an ordinal, then a street suffix)."""
    suffixes = sorted({form for forms in venue_rules().street_suffixes.values() for form in forms}, key=len)
    suffix = "|".join(re.escape(form) for form in reversed(suffixes))
    name_word = r"(?:[A-Z][\w'’-]*\.?|[0-9]+(?:st|nd|rd|th)\b)"
    block = re.compile(r"\s?[-–]?\s?block\b", re.IGNORECASE)
    street = re.compile(rf"\s+(?:{name_word}\s+){{1,4}}(?i:{suffix})\b")
    return block, street


def _numbers_an_address(text: str, end: int, word: str) -> bool:
    """True when the figure ending at ``end`` numbers a block or a house:
    "the 2000 block of Harrison Street", "of 1915 Birch St." (after a word
    of time, "in 2012 Elm Street was renamed", a street's name leaves the
    year standing)."""
    block, street = _address_tails()
    tail = text[end : end + 80]
    if block.match(tail):
        return True
    return word not in date_rules().address_year_cues and street.match(tail) is not None


#: what may stand between the years of a list ("in 1994, 1996, 1999 and 2002").
_YEAR_LIST_GLUE = re.compile(r"\s*(?:,|,?\s*and|,?\s*or|&)\s*")


def _holiday_stands_alone(text: str, start: int, end: int) -> bool:
    """False for "Christmas shoppers", "a Halloween display": a holiday name
    followed by a lower-case word other than a few function words, unless a
    preposition of time comes before it ("on New Year's Eve outside a bar")."""
    rules = date_rules()
    if previous_word(text, start) in rules.holiday_prev_words:
        return True
    m = re.match(r"[ \t]{1,3}([a-z]+)\b", text[end : end + 40])
    return m is None or m.group(1) in rules.holiday_next_words


def found_holidays(text: str) -> Iterator[Found]:
    rules = date_rules()
    for m in date_patterns().holiday.finditer(text):
        if previous_word(text, m.start()) in rules.holiday_blockers:
            continue
        if not m.group("year") and not _holiday_stands_alone(text, m.start(), m.end()):
            continue
        holiday = holiday_forms().get(holiday_key(m.group("name")))
        if holiday is None or (holiday.capitalised and not m.group("name")[:1].isupper()):
            continue
        year = int(m.group("year")) if m.group("year") else None
        spec = Spec(
            "calendar",
            DateForm.HOLIDAY,
            year=year,
            month=holiday.month,
            day=holiday.day,
            holiday=holiday.names[0],
        )
        yield Found(m.start(), m.end(), spec)
