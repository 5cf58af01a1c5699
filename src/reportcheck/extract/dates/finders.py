"""Dates in news text, resolved against the report's own dateline.

Two reports of one incident rarely write its date the same way: one says
"Sunday's quake", the other "on July 21".  Comparing them needs both turned
into days, and a report's relative words ("yesterday", "on Tuesday", "last
month") only name a day once read against that report's dateline, so
:func:`find_dates` takes the dateline as ``reference``.

Conventions of the returned :class:`Mention` records (dimension ``date``,
unit ``day``):

* ``low``/``high`` are proleptic ordinals (``date.toordinal()``) of the first
  and last day the phrase can mean: one day for "May 29, 2008", the month
  for "in October", the year for "in 2005".
* A phrase that cannot be placed on the calendar (a relative phrase with no
  dateline, "Dec. 26" with no dateline, "Feb 30") is still returned, with
  ``low=-inf`` and ``high=+inf``; its ``attrs`` say what is known
  (``weekday``, ``month_day``, ``month``, ``relative``), so a comparer can
  still match "on Sunday" with "Sunday's quake".
* News convention: a bare weekday is the most recent such day on or before
  the dateline (within six days); "next Tuesday" lies ahead.  A date without
  a year is its most recent occurrence on or before the dateline, unless the
  next one falls within ``yearless_lookahead_days`` or the clause before it
  speaks of the future ("will be held on September 6"); a bare month is the
  most recent one that began on or before the dateline, or the coming one
  after a future cue.  The other reading of an ambiguous phrase goes to
  ``alternatives`` (for a bare weekday after a future cue, the coming day).
* ``attrs`` keys: ``form`` (what was written), ``resolved`` (ISO day, when
  one day is known), ``range`` (``first/last``, for longer spans),
  ``weekday``, ``month_day`` (``MM-DD``), ``month``, ``day_of_month``,
  ``relative``, ``daypart`` ("Friday evening": the clock time is another
  component's job), ``part`` (early/mid/late), ``holiday``, ``year``,
  ``inferred_year`` (a year the text did not write) and ``weekday_mismatch``
  (the real weekday, when the written one does not fit the date).
* ``precision`` is half the unit of "N weeks/months/years ago" in days (3.5
  for "two weeks ago"), 0 otherwise.  Mentions come in text order and never
  overlap; "yesterday (July 21st)" gives two, which a comparer can check
  against each other.

The vocabulary (month and weekday names, relative words, fixed-date holidays,
cue words) is data in ``rules/dates.yaml``; this module holds the patterns
and the calendar arithmetic.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from typing import Literal

from pydantic import Field
from text_to_num import text2num

from reportcheck.extract.core.mentions import Mention
from reportcheck.extract.core.numbers import longest_first
from reportcheck.knowledge.rules import Strict, load_rule_file

# --------------------------------------------------------------------------
# rule file
# --------------------------------------------------------------------------

WeekdayMode = Literal[
    "past_or_same", "past", "past_ambiguous", "future", "future_ambiguous", "this_week", "anaphoric"
]


class MonthRule(Strict):
    number: int = Field(ge=1, le=12)
    names: list[str]
    capitalised_only: list[str] = []


class WeekdayRule(Strict):
    number: int = Field(ge=0, le=6)
    name: str
    abbreviations: list[str] = []


class RelativeDay(Strict):
    phrase: str
    offset: int
    daypart: str | None = None


class Holiday(Strict):
    names: list[str]
    month: int = Field(ge=1, le=12)
    day: int = Field(ge=1, le=31)
    capitalised: bool = False


class DateRules(Strict):
    """The schema of ``rules/dates.yaml`` (see the comments in that file)."""

    months: list[MonthRule]
    weekdays: list[WeekdayRule]
    weekday_blockers: list[str]
    ordinals: dict[str, int]
    relative_blockers: list[str]
    relative_days: list[RelativeDay]
    dayparts: list[str]
    part_words: list[str]
    shift_nouns: list[str]
    shift_words: dict[str, int]
    holidays: list[Holiday]
    holiday_blockers: list[str]
    holiday_prev_words: list[str]
    holiday_next_words: list[str]
    weekday_modifiers: dict[str, WeekdayMode]
    week_offsets: dict[str, int | None]
    period_units: list[Literal["week", "weekend", "month", "year"]]
    period_offsets: dict[str, int]
    period_rolling: dict[str, int]
    period_halves: dict[str, Literal["before", "after"]]
    weekend_prepositions: list[str]
    month_cues: list[str]
    ago_units: dict[str, float]
    year_cues: list[str]
    year_article_cues: list[str]
    year_article_range: tuple[int, int]
    year_range: tuple[int, int]
    future_cues: list[str]
    year_tails: dict[str, int]
    day_of_month_next_words: list[str]
    yearless_lookahead_days: int = Field(ge=0, le=366)


@cache
def date_rules() -> DateRules:
    return load_rule_file("dates.yaml", DateRules)


# --------------------------------------------------------------------------
# what a phrase says, before it is read against the dateline
# --------------------------------------------------------------------------

SpecKind = Literal[
    "calendar", "day_of_month", "weekday", "relative", "ago", "period", "weekend", "month", "year"
]


@dataclass(frozen=True)
class _Spec:
    """The parts of a date phrase as written; resolved later by :func:`_resolve`.

    Parsing and resolving are kept apart so that a weekday and the date after
    it ("Friday, June 24, 2005") can be merged first, and a prefix such as
    "the morning after" can shift whatever follows it.
    """

    kind: SpecKind
    form: str
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
class _Found:
    start: int
    end: int
    spec: _Spec


@dataclass
class _Reading:
    """A spec placed on the calendar: first/last day or ``None`` when unknown."""

    first: date | None = None
    last: date | None = None
    attrs: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    alternatives: list[tuple[date, date]] = field(default_factory=list)
    precision: float = 0.0


# --------------------------------------------------------------------------
# vocabulary lookups
# --------------------------------------------------------------------------


@cache
def _month_forms() -> dict[str, int]:
    return {name: m.number for m in date_rules().months for name in m.names}


@cache
def _capitalised_only() -> frozenset[str]:
    return frozenset(name for m in date_rules().months for name in m.capitalised_only)


@cache
def _weekday_forms() -> dict[str, int]:
    return {w.name.lower(): w.number for w in date_rules().weekdays}


@cache
def _weekday_abbreviations() -> dict[str, int]:
    return {a: w.number for w in date_rules().weekdays for a in w.abbreviations}


@cache
def _weekday_names() -> dict[int, str]:
    return {w.number: w.name for w in date_rules().weekdays}


@cache
def _ordinal_forms() -> dict[str, int]:
    """Ordinal words with spaces and hyphens made equivalent ("twenty first")."""
    return {word.replace("-", " "): n for word, n in date_rules().ordinals.items()}


@cache
def _holiday_forms() -> dict[str, Holiday]:
    return {_holiday_key(name): h for h in date_rules().holidays for name in h.names}


def _holiday_key(name: str) -> str:
    """ "St Valentine's Day", "St. Valentines Day" -> one key."""
    return _fold(name).replace(".", "").replace("'", "")


def _fold(words: str) -> str:
    """Lower case, curly apostrophes and hyphens made plain, spaces collapsed."""
    return " ".join(words.lower().replace("’", "'").replace("-", " ").split())


def _month_number(word: str) -> int | None:
    """The month a written name stands for; ``None`` for "may" in lower case.

    "may", "march" and "august" are ordinary words as well, so they count only
    with a capital first letter ("May 29", "MAY 23, 2005").
    """
    key = word.rstrip(".").lower()
    if key in _capitalised_only() and not word[:1].isupper():
        return None
    return _month_forms().get(key)


def _day_number(digits: str | None, word: str | None) -> int | None:
    if digits:
        return int(digits)
    if word:
        return _ordinal_forms().get(_fold(word))
    return None


# --------------------------------------------------------------------------
# patterns (compiled once, from the rule file's words)
# --------------------------------------------------------------------------


def _alternation(words: list[str] | set[str]) -> str:
    """A regex alternation, longest first so "september" wins over "sep"."""
    ordered = sorted({w.lower() for w in words}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in ordered)


def _phrase_alternation(phrases: list[str]) -> str:
    """Like :func:`_alternation` for multi-word names ("New Year's Eve")."""
    out = []
    for phrase in sorted(set(phrases), key=lambda p: (-len(p), p)):
        parts = [re.escape(w).replace("'", "['’]?").replace(r"\.", r"\.?") for w in phrase.split()]
        out.append(r"[\s-]+".join(parts))
    return "|".join(out)


def _month_pattern() -> str:
    """Month names; a full stop belongs to the name only after an
    abbreviation or before a day ("Dec. 26", "May. 3"), not in "in
    September." where it ends the sentence."""
    full = {m.names[0] for m in date_rules().months}
    abbreviations = set(_month_forms()) - full
    return rf"(?:(?:{_alternation(full)})\b(?:\.(?=\s?[0-9]))?|(?:{_alternation(abbreviations)})\b\.?)"


@dataclass(frozen=True)
class _Patterns:
    month_day: re.Pattern[str]
    day_month: re.Pattern[str]
    dayword_month: re.Pattern[str]
    month_year: re.Pattern[str]
    month: re.Pattern[str]
    iso: re.Pattern[str]
    iso_named: re.Pattern[str]
    numeric: re.Pattern[str]
    numeric_short: re.Pattern[str]
    on_the_nth: re.Pattern[str]
    year_tail: re.Pattern[str]
    weekday: re.Pattern[str]
    weekday_abbr: re.Pattern[str]
    daypart_tail: re.Pattern[str]
    week_tail: re.Pattern[str]
    dom_tail: re.Pattern[str]
    relative: re.Pattern[str]
    ago: re.Pattern[str]
    period: re.Pattern[str]
    weekend: re.Pattern[str]
    year: re.Pattern[str]
    holiday: re.Pattern[str]
    shift_prefix: re.Pattern[str]
    previous_word: re.Pattern[str]
    future_cue: re.Pattern[str]


_FLAGS = re.IGNORECASE
_SUFFIX = r"(?:st|nd|rd|th)"


@cache
def _patterns() -> _Patterns:
    """Compile every pattern once.  Quantifiers are bounded (``\\s{0,3}``) and
    no group repeats another repeat, so matching stays linear."""
    r = date_rules()
    month = _month_pattern()
    ordword = _alternation({w.replace("-", " ") for w in r.ordinals} | set(r.ordinals))
    weekday = _alternation(set(_weekday_forms()))
    abbr = _alternation(set(_weekday_abbreviations()))
    daypart = _alternation(r.dayparts)
    part = _alternation(r.part_words)
    year4 = r"(?P<year>[0-9]{4})\b(?![.,:][0-9])"
    day_num = rf"(?P<day>[0-9]{{1,2}}){_SUFFIX}?\b(?![.,:][0-9])"
    day2 = rf"(?:\s{{0,2}}[-–]\s{{0,2}}(?P<day2>[0-9]{{1,2}}){_SUFFIX}?\b(?![.,:][0-9]))?"
    weekday_mods = _alternation(set(r.weekday_modifiers))
    weeks = _alternation(set(r.week_offsets))
    rel = _alternation([d.phrase for d in r.relative_days])
    period_mods = _alternation(set(r.period_offsets) | set(r.period_rolling) | {"this past"})
    halves = _alternation(set(r.period_halves))
    units = _alternation(set(r.period_units))
    ago_units = _alternation(set(r.ago_units))
    month_cues = _alternation(set(r.month_cues) | set(r.period_offsets))
    shift_nouns = _alternation(r.shift_nouns)
    shift_words = _alternation(set(r.shift_words))
    future = _alternation(r.future_cues)
    return _Patterns(
        month_day=re.compile(
            rf"\b(?P<month>{month})\s{{0,3}}(?:the\s+)?(?:{day_num}|(?P<dayword>{ordword})\b){day2}"
            rf"(?:\s{{0,3}},?\s{{0,3}}(?:of\s+)?{year4})?",
            _FLAGS,
        ),
        day_month=re.compile(
            rf"(?<![0-9][,.:/-])(?<![$£€])(?<![$£€]\s)\b(?:the\s+)?{day_num}{day2}"
            rf"(?:\s+of)?(?:\s{{1,3}}|\s{{0,2}}[/-]\s{{0,2}})(?P<month>{month})(?:(?:\s{{0,3}},?\s{{0,3}}|\s{{0,2}}[/-]\s{{0,2}})(?:of\s+)?{year4})?",
            _FLAGS,
        ),
        dayword_month=re.compile(
            rf"\b(?:the\s+)?(?P<dayword>{ordword})\s+of\s+(?P<month>{month})"
            rf"(?:\s{{0,3}},?\s{{0,3}}(?:of\s+)?{year4})?",
            _FLAGS,
        ),
        month_year=re.compile(
            rf"\b(?:(?P<part>{part})[\s-]{{1,2}})?(?P<month>{month})"
            rf"(?:\s{{0,3}},\s{{0,3}}|\s{{1,3}}|\s{{0,2}}[/-]\s{{0,2}})(?:of\s+)?{year4}",
            _FLAGS,
        ),
        month=re.compile(
            rf"\b(?:(?P<cue>{month_cues})\s+(?:the\s+)?)?(?:(?P<part>{part})[\s-]{{1,2}})?(?P<month>{month})",
            _FLAGS,
        ),
        iso=re.compile(
            r"(?<![0-9])(?P<year>[0-9]{4})(?P<sep>[-/.])(?P<month>[0-9]{1,2})(?P=sep)(?P<day>[0-9]{1,2})"
            r"(?![0-9]|(?P=sep)[0-9])",
        ),
        iso_named=re.compile(
            rf"(?<![0-9])(?P<year>[0-9]{{4}})(?P<sep>[-/])(?P<month>{month})(?P=sep)(?P<day>[0-9]{{1,2}})"
            r"(?![0-9]|(?P=sep)[0-9])",
            _FLAGS,
        ),
        numeric=re.compile(
            r"(?<![0-9.,/-])(?P<a>[0-9]{1,2})(?P<sep>[/.-])(?P<b>[0-9]{1,2})(?P=sep)(?P<y>[0-9]{4}|[0-9]{2})"
            r"(?![0-9]|[/.-][0-9])",
        ),
        numeric_short=re.compile(
            r"(?<![0-9.,/-])(?P<a>[0-9]{1,2})(?P<sep>[/.-])(?P<b>[0-9]{1,2})(?![0-9]|[/.,-][0-9])"
        ),
        on_the_nth=re.compile(
            rf"\bon\s+(?P<the>the\s+)?(?P<day>[0-9]{{1,2}}){_SUFFIX}\b"
            rf"(?=\s{{0,3}}(?:[.,;:!?)–-]|$|(?:{_alternation(r.day_of_month_next_words)})\b))",
            _FLAGS,
        ),
        year_tail=re.compile(
            rf",?\s+(?:of\s+)?(?P<which>{_alternation(set(r.year_tails))})\s+year\b", _FLAGS
        ),
        weekday=re.compile(
            rf"\b(?:(?P<part>{part})\s+)?"
            rf"(?:(?P<week>{weeks}),?\s{{0,2}}(?:[-–]\s{{0,2}})?(?:on\s+)?|(?P<mod>{weekday_mods})\s+)?"
            rf"(?P<wd>{weekday})\b(?P<poss>['’]s\b)?",
            _FLAGS,
        ),
        weekday_abbr=re.compile(rf"\b(?P<wd>{abbr})\b\.?,?", _FLAGS),
        daypart_tail=re.compile(rf"\s+(?P<daypart>{daypart})\b", _FLAGS),
        week_tail=re.compile(rf"\s+of\s+(?:the\s+)?(?P<week>{weeks})\b", _FLAGS),
        dom_tail=re.compile(
            rf",?\s+(?:the\s+(?:(?P<dayword>{ordword})\b|(?P<thday>[0-9]{{1,2}}){_SUFFIX}\b)"
            rf"|(?P<day>[0-9]{{1,2}})(?P<suffix>{_SUFFIX}\b)?)"
            rf"(?!\s+(?:of\s+)?{month})(?![0-9]|[/.:-][0-9])",
            _FLAGS,
        ),
        relative=re.compile(rf"\b(?:(?P<part>{part})\s+)?(?P<phrase>{rel})\b(?P<poss>['’]s\b)?", _FLAGS),
        ago=re.compile(
            rf"\b(?P<n>[0-9]{{1,3}}|(?:[a-z]+[- ])?[a-z]+)\s+(?P<unit>{ago_units})s?\s+ago\b", _FLAGS
        ),
        period=re.compile(
            rf"\b(?:(?P<half>{halves})\s+(?:this|in\s+the)\s+|(?P<the>the\s+)?(?P<mod>{period_mods})\s+)"
            rf"(?P<unit>{units})\b",
            _FLAGS,
        ),
        weekend=re.compile(
            rf"\b(?:{_alternation(r.weekend_prepositions)})\s+(?P<span>the\s+weekend)\b", _FLAGS
        ),
        year=re.compile(
            rf"(?:\b(?P<part>{part})[\s-]{{1,2}})?(?<![0-9$£€#.,/])(?<![0-9][-–/])\b(?P<year>[0-9]{{4}})\b"
            r"(?![0-9]|[.,][0-9]|\s?%|[-–/][0-9])",
            _FLAGS,
        ),
        holiday=re.compile(
            rf"\b(?P<name>{_phrase_alternation([n for h in r.holidays for n in h.names])})(?![\w'’])"
            rf"(?:\s{{0,2}},?\s{{0,2}}(?P<year>[0-9]{{4}})\b(?![.,:][0-9]))?",
            _FLAGS,
        ),
        shift_prefix=re.compile(rf"\bthe\s+(?P<noun>{shift_nouns})\s+(?P<rel>{shift_words})\s+\Z", _FLAGS),
        previous_word=re.compile(r"(?P<word>[A-Za-z]+|['’]s)[\s,]{0,3}\Z"),
        future_cue=re.compile(rf"\b(?:{future})\b", _FLAGS),
    )


# --------------------------------------------------------------------------
# finding phrases
# --------------------------------------------------------------------------


def _previous_word(text: str, start: int) -> str:
    """The word right before ``start`` (lower case), "" at the start of text."""
    m = _patterns().previous_word.search(text, max(0, start - 40), start)
    return m.group("word").lower().replace("’", "'") if m else ""


def _calendar_spec(m: re.Match[str], form: str) -> _Spec | None:
    """A spec from a match with month/day/day2/year groups, or None if invalid."""
    month = _month_number(m.group("month"))
    day = _day_number(m.groupdict().get("day"), m.groupdict().get("dayword"))
    if month is None or day is None or not 1 <= day <= 31:
        return None
    day2 = m.groupdict().get("day2")
    end_day = int(day2) if day2 else None
    if end_day is not None and not day < end_day <= 31:
        return None
    year = m.groupdict().get("year")
    if year is not None and not 1000 <= int(year) <= 2999:
        return None
    return _Spec("calendar", form, year=int(year) if year else None, month=month, day=day, day2=end_day)


def _span_start(m: re.Match[str], *groups: str) -> int:
    """Where a phrase starts: the first of ``groups`` that matched ("the" is left out)."""
    found = m.groupdict()
    starts = [m.start(g) for g in groups if found.get(g) is not None]
    return min(starts) if starts else m.start()


def _found_month_day(text: str) -> Iterator[_Found]:
    """ "May 29, 2008", "Dec. 26", "July 21st", "January first"."""
    for m in _patterns().month_day.finditer(text):
        spec = _calendar_spec(m, "full_date" if m.group("year") else "month_day")
        if spec is not None:
            yield _with_year_tail(text, _Found(m.start(), m.end(), spec))


def _found_day_month(text: str) -> Iterator[_Found]:
    """ "29 May 2008", "the 5th of May", "the fourth of July" ("the" left out)."""
    for pattern in (_patterns().day_month, _patterns().dayword_month):
        for m in pattern.finditer(text):
            spec = _calendar_spec(m, "full_date" if m.group("year") else "month_day")
            if spec is not None:
                yield _with_year_tail(text, _Found(_span_start(m, "day", "dayword"), m.end(), spec))


def _found_month_year(text: str) -> Iterator[_Found]:
    for m in _patterns().month_year.finditer(text):
        month = _month_number(m.group("month"))
        year = int(m.group("year"))
        if month is not None and 1000 <= year <= 2999:
            part = (m.group("part") or "").lower()
            yield _Found(m.start(), m.end(), _Spec("month", "month_year", year=year, month=month, part=part))


def _found_month(text: str) -> Iterator[_Found]:
    """A month on its own, only after a cue ("in October", "since September")."""
    offsets = date_rules().period_offsets
    for m in _patterns().month.finditer(text):
        cue = (m.group("cue") or "").lower()
        part = (m.group("part") or "").lower()
        month = _month_number(m.group("month"))
        if month is None or not (cue or part):
            continue
        mode = cue if cue in offsets else ""
        start = m.start("cue") if mode else _span_start(m, "part", "month")
        word = " ".join(text[start : m.end()].lower().split()) if mode else ""
        spec = _Spec("month", "month", month=month, mode=mode, part=part, word=word)
        found = _Found(start, m.end(), spec)
        yield found if mode else _with_year_tail(text, found)


def _with_year_tail(text: str, found: _Found) -> _Found:
    """Take in "this year" after a yearless date ("September this year",
    "December 15 of this year"): the year is then the dateline's (+/- 1)."""
    if found.spec.year is not None:
        return found
    m = _patterns().year_tail.match(text, found.end)
    if m is None:
        return found
    offset = date_rules().year_tails[m.group("which").lower()]
    return _Found(found.start, m.end(), replace(found.spec, year_offset=offset))


def _found_numeric(text: str) -> Iterator[_Found]:
    """11/27/2005 (US order), 27/11/2005, 08.07.2012 (day first), 2008-11-27."""
    p = _patterns()
    for m in p.iso.finditer(text):
        spec = _numeric_spec(int(m.group("month")), int(m.group("day")), int(m.group("year")), None)
        if spec is not None:
            yield _Found(m.start(), m.end(), replace(spec, form="iso_date"))
    for m in p.iso_named.finditer(text):
        month = _month_number(m.group("month"))
        if month is not None:
            spec = _numeric_spec(month, int(m.group("day")), int(m.group("year")), None)
            if spec is not None:
                yield _Found(m.start(), m.end(), replace(spec, form="iso_date"))
    for m in p.numeric.finditer(text):
        spec = _slashed_spec(m)
        if spec is not None:
            yield _Found(m.start(), m.end(), spec)


def _slashed_spec(m: re.Match[str]) -> _Spec | None:
    """Read a/b/y: US month-first for / and -, day-first for dots; the other
    order, when also a valid date, is kept for the alternatives."""
    a, b, y, sep = int(m.group("a")), int(m.group("b")), m.group("y"), m.group("sep")
    if sep in ".-" and len(y) != 4:
        return None
    year = int(y) if len(y) == 4 else None
    month, day = (b, a) if sep == "." else (a, b)
    if month > 12:
        month, day = day, month
    other = (day, month) if day <= 12 and day != month else None
    spec = _numeric_spec(month, day, year, None if year is not None else int(y))
    return replace(spec, other_order=other) if spec else None


def _numeric_spec(month: int, day: int, year: int | None, short_year: int | None) -> _Spec | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is not None and not 1000 <= year <= 2999:
        return None
    return _Spec("calendar", "numeric_date", year=year, month=month, day=day, short_year=short_year)


def _found_numeric_short(text: str) -> Iterator[_Found]:
    """m/d without a year only after "on" or a weekday: elsewhere 3/4 is a fraction."""
    for m in _patterns().numeric_short.finditer(text):
        word = _previous_word(text, m.start())
        after_weekday = word in _weekday_forms() or word in _weekday_abbreviations()
        if not (after_weekday or (word == "on" and m.group("sep") == "/")):
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        month, day = (b, a) if m.group("sep") == "." else (a, b)
        if month > 12:
            month, day = day, month
        if 1 <= month <= 12 and 1 <= day <= 31:
            other = (day, month) if day <= 12 and day != month else None
            spec = _Spec("calendar", "numeric_date", month=month, day=day, other_order=other)
            yield _Found(m.start(), m.end(), spec)


def _found_on_the_nth(text: str) -> Iterator[_Found]:
    """ "on the 18th": a day of the dateline's month (or the one before);
    "on the 18th hole" is not a date, so only a few words may follow."""
    for m in _patterns().on_the_nth.finditer(text):
        day = int(m.group("day"))
        if 1 <= day <= 31:
            start = _span_start(m, "the", "day")
            yield _Found(start, m.end(), _Spec("day_of_month", "day_of_month", day=day))


def _found_weekdays(text: str) -> Iterator[_Found]:
    p = _patterns()
    blockers = set(date_rules().weekday_blockers)
    for m in p.weekday.finditer(text):
        bare = not (m.group("mod") or m.group("week") or m.group("part"))
        if bare and _previous_word(text, m.start()) in blockers:
            continue  # Good Friday, Patch Tuesday
        mode = _weekday_mode(m.group("mod"))
        spec = _Spec(
            "weekday",
            "weekday",
            weekday=_weekday_forms()[m.group("wd").lower()],
            mode=mode,
            anaphoric=mode == "anaphoric",
            word=" ".join((m.group("mod") or m.group("week") or "").lower().split()),
            part=(m.group("part") or "").lower(),
        )
        if m.group("week"):
            spec = _in_week(spec, m.group("week"))
        end = m.end()
        spec, end = _weekday_tails(text, spec, end, possessive=bool(m.group("poss")))
        yield _Found(m.start(), end, spec)
    for m in p.weekday_abbr.finditer(text):
        spec = _Spec(
            "weekday",
            "weekday",
            weekday=_weekday_abbreviations()[m.group("wd").lower()],
            weekday_abbreviated=True,
        )
        spec, end = _weekday_tails(text, spec, m.end(), possessive=False)
        yield _Found(m.start(), end if spec.day else m.end(), spec)


def _weekday_mode(modifier: str | None) -> str:
    if not modifier:
        return ""
    return date_rules().weekday_modifiers[" ".join(modifier.lower().split())]


def _in_week(spec: _Spec, week: str) -> _Spec:
    """A weekday placed in a named week ("last week Friday", "Friday of next
    week"); "the following week" is counted from the narrated time."""
    offset = date_rules().week_offsets[" ".join(week.lower().split())]
    return replace(spec, unit="week", offset=offset or 0, anaphoric=spec.anaphoric or offset is None)


def _weekday_tails(text: str, spec: _Spec, end: int, possessive: bool) -> tuple[_Spec, int]:
    """Extend a weekday with what may follow it: "evening", "of last week", "21st"."""
    p = _patterns()
    if not spec.weekday_abbreviated and (m := p.daypart_tail.match(text, end)):
        spec, end = replace(spec, daypart=m.group("daypart").lower()), m.end()
    if not possessive and not spec.unit and not spec.mode and (m := p.week_tail.match(text, end)):
        spec, end = _in_week(spec, m.group("week")), m.end()
    if not possessive and not spec.daypart and (m := p.dom_tail.match(text, end)):
        day = _day_number(m.group("day") or m.group("thday"), m.group("dayword"))
        if day is not None and 1 <= day <= 31 and _plausible_day_of_month(text, m, spec):
            spec, end = replace(spec, day=day), m.end()
    return spec, end


def _plausible_day_of_month(text: str, m: re.Match[str], spec: _Spec) -> bool:
    """ "Monday 21!", "Mon 13th", "Friday the 13th" name a day of the month;
    "Friday 12 people died" does not.  A plain number counts only at the end
    of a clause, and never after an abbreviation ("Sat 3")."""
    if not m.group("day") or m.group("suffix"):
        return True
    if spec.weekday_abbreviated:
        return False
    return bool(re.match(r"\s{0,3}(?:[!?;)]|\.(?![0-9])|$)", text[m.end() : m.end() + 4]))


def _with_tense(text: str, found: _Found) -> _Found:
    """Mark phrases whose reading depends on tense (a yearless date or month,
    a bare weekday) when the clause before them speaks of the future."""
    spec = found.spec
    tense_matters = (spec.kind in {"calendar", "month"} and spec.year is None and not spec.mode) or (
        spec.kind == "weekday" and not spec.mode and not spec.unit and spec.day is None
    )
    if tense_matters and _has_future_cue(text, found.start):
        return replace(found, spec=replace(spec, future_cue=True))
    return found


def _has_future_cue(text: str, start: int) -> bool:
    """True when the clause before a bare weekday speaks of the future ("will be
    held on Tuesday"): the upcoming day is then kept as an alternative."""
    window = text[max(0, start - 120) : start]
    cut = max(window.rfind("."), window.rfind("!"), window.rfind("?"), window.rfind("\n"))
    return bool(_patterns().future_cue.search(window[cut + 1 :]))


@cache
def _relative_days() -> dict[str, RelativeDay]:
    return {_fold(d.phrase): d for d in date_rules().relative_days}


def _found_relative(text: str) -> Iterator[_Found]:
    """ "yesterday", "last night", "this morning", "late yesterday"."""
    rules = date_rules()
    by_phrase = _relative_days()
    for m in _patterns().relative.finditer(text):
        if _previous_word(text, m.start()) in rules.relative_blockers:
            continue
        day = by_phrase[_fold(m.group("phrase"))]
        spec = _Spec(
            "relative",
            "relative_day",
            offset=day.offset,
            word=_fold(m.group("phrase")),
            daypart=day.daypart or "",
            part=(m.group("part") or "").lower(),
        )
        end = m.end()
        tail = _patterns().daypart_tail.match(text, end)
        if not day.daypart and not m.group("poss") and tail:
            spec, end = replace(spec, daypart=tail.group("daypart").lower()), tail.end()
        yield _Found(m.start(), end, spec)


def _found_ago(text: str) -> Iterator[_Found]:
    """ "three days ago", "A year ago", "41 years ago"."""
    for m in _patterns().ago.finditer(text):
        reading = next(_number_readings(m.group("n"), m.start("n")), None)
        if reading is None:
            continue  # "a few days ago": too vague to place
        start, number = reading
        unit = m.group("unit").lower()
        word = " ".join(text[start : m.end()].lower().split())
        yield _Found(start, m.end(), _Spec("ago", "ago", amount=number, unit=unit, word=word))


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


def _found_periods(text: str) -> Iterator[_Found]:
    """ "last month", "this year", "the past week", "earlier this week"."""
    rules = date_rules()
    for m in _patterns().period.finditer(text):
        unit = m.group("unit").lower()
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
        start = _span_start(m, "half", "mod")
        word = " ".join(text[start : m.end()].lower().split())
        yield _Found(
            start, m.end(), _Spec("period", "period", unit=unit, mode=mode, offset=offset, word=word)
        )
    for m in _patterns().weekend.finditer(text):
        yield _Found(m.start("span"), m.end(), _Spec("weekend", "period", unit="weekend", word="the weekend"))


def _found_years(text: str) -> Iterator[_Found]:
    """A four-digit year after a cue word ("in 2005", "the 2005 rampage");
    without one, "2000 people" stays a count."""
    rules = date_rules()
    cues = set(rules.year_cues)
    previous_end = -1
    for m in _patterns().year.finditer(text):
        year = int(m.group("year"))
        part = (m.group("part") or "").lower()
        word = _previous_word(text, m.start("year"))
        listed = previous_end >= 0 and bool(_YEAR_LIST_GLUE.fullmatch(text, previous_end, m.start()))
        article = not (part or listed) and word in rules.year_article_cues
        low, high = rules.year_article_range if article else rules.year_range
        if not (part or listed or word in cues) or not low <= year <= high:
            continue
        if year % 10 == 0 and re.match(r"['’]s\b", text[m.end() : m.end() + 3]):
            continue  # "the 1940's": a decade
        previous_end = m.end()
        yield _Found(m.start(), m.end(), _Spec("year", "year", year=year, part=part))


#: what may stand between the years of a list ("in 1994, 1996, 1999 and 2002").
_YEAR_LIST_GLUE = re.compile(r"\s*(?:,|,?\s*and|,?\s*or|&)\s*")


def _holiday_stands_alone(text: str, start: int, end: int) -> bool:
    """False for "Christmas shoppers", "a Halloween display": a holiday name
    followed by a lower-case word other than a few function words, unless a
    preposition of time comes before it ("on New Year's Eve outside a bar")."""
    rules = date_rules()
    if _previous_word(text, start) in rules.holiday_prev_words:
        return True
    m = re.match(r"[ \t]{1,3}([a-z]+)\b", text[end : end + 40])
    return m is None or m.group(1) in rules.holiday_next_words


def _found_holidays(text: str) -> Iterator[_Found]:
    rules = date_rules()
    for m in _patterns().holiday.finditer(text):
        if _previous_word(text, m.start()) in rules.holiday_blockers:
            continue
        if not m.group("year") and not _holiday_stands_alone(text, m.start(), m.end()):
            continue
        holiday = _holiday_forms().get(_holiday_key(m.group("name")))
        if holiday is None or (holiday.capitalised and not m.group("name")[:1].isupper()):
            continue
        year = int(m.group("year")) if m.group("year") else None
        spec = _Spec(
            "calendar", "holiday", year=year, month=holiday.month, day=holiday.day, holiday=holiday.names[0]
        )
        yield _Found(m.start(), m.end(), spec)


_FINDERS: tuple[Callable[[str], Iterator[_Found]], ...] = (
    _found_holidays,
    _found_month_day,
    _found_day_month,
    _found_month_year,
    _found_month,
    _found_numeric,
    _found_numeric_short,
    _found_on_the_nth,
    _found_weekdays,
    _found_relative,
    _found_ago,
    _found_periods,
    _found_years,
)


def _merge_weekdays(text: str, found: list[_Found]) -> list[_Found]:
    """Join "Friday, June 24, 2005" into one phrase: the date carries the day,
    the weekday checks it (or picks the year of "Thursday, December 11")."""
    out: list[_Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.spec.kind == "weekday"
            and not prev.spec.unit
            and prev.spec.day is None
            and f.spec.kind == "calendar"
            and f.spec.weekday is None
            and re.fullmatch(r"\.?\s{0,3},?\s{0,3}", text[prev.end : f.start])
        ):
            out[-1] = _Found(
                prev.start, f.end, replace(f.spec, weekday=prev.spec.weekday, daypart=prev.spec.daypart)
            )
            continue
        out.append(f)
    return [
        f for f in out if not (f.spec.weekday_abbreviated and f.spec.kind == "weekday" and f.spec.day is None)
    ]


def _apply_shift_prefixes(text: str, found: list[_Found]) -> list[_Found]:
    """ "the morning after Christmas" is Dec 26 in the morning; "the night of
    May 29th" is May 29 at night.  Only for phrases that name one day."""
    rules = date_rules()
    out = []
    lower_bound = 0
    for f in found:
        one_day = f.spec.kind in {"calendar", "weekday", "relative", "day_of_month"} and f.spec.day2 is None
        m = (
            _patterns().shift_prefix.search(text, max(lower_bound, f.start - 40), f.start)
            if one_day
            else None
        )
        if m:
            noun = m.group("noun").lower()
            spec = replace(
                f.spec,
                shift=f.spec.shift + rules.shift_words[m.group("rel").lower()],
                daypart=f.spec.daypart if noun == "day" else noun,
            )
            f = _Found(m.start(), f.end, spec)
        out.append(f)
        lower_bound = f.end
    return out


# --------------------------------------------------------------------------
# reading against the dateline
# --------------------------------------------------------------------------


def _iso(d: date) -> str:
    return d.isoformat()


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def _add_months(d: date, months: int) -> date:
    """Same day ``months`` later, clamped to the month's end (Jan 31 + 1 -> Feb 28)."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, _month_end(year, month + 1).day))


def _week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _resolve_calendar(spec: _Spec, ref: date | None) -> _Reading:
    assert spec.month is not None and spec.day is not None
    reading = _Reading(attrs={"month_day": f"{spec.month:02d}-{spec.day:02d}"})
    if spec.holiday:
        reading.attrs["holiday"] = spec.holiday
    if spec.weekday is not None:
        reading.attrs["weekday"] = _weekday_names()[spec.weekday]
    year = spec.year if spec.year is not None else _short_year(spec, ref)
    if year is None and spec.year_offset is not None and ref is not None:
        year = ref.year + spec.year_offset
    if year is None:
        if ref is None:
            reading.notes.append("no year and no dateline: the day is not placed in a year")
            return reading
        year = _infer_year(spec, ref, reading)
        if year is None:
            return reading
    first = _valid_date(year, spec.month, spec.day)
    if first is None:
        reading.notes.append(f"{year}-{spec.month:02d}-{spec.day:02d} is not a calendar date")
        return reading
    last = (
        date(year, spec.month, spec.day2)
        if spec.day2 and spec.day2 <= _month_end(year, spec.month).day
        else first
    )
    reading.first, reading.last = first, last
    if spec.other_order:
        other = _valid_date(year, *spec.other_order)
        if other is not None:
            reading.alternatives.append((other, other))
            reading.notes.append(f"numbers read month first; {_iso(other)} if day first")
    _check_weekday(spec, reading)
    return reading


def _valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _short_year(spec: _Spec, ref: date | None) -> int | None:
    """A two-digit year ("11/28/05") in the century that puts it at most 20
    years after the dateline (2049 at most with no dateline)."""
    if spec.short_year is None:
        return None
    yy = spec.short_year
    ceiling = (ref.year if ref else 2029) + 20
    year = (ceiling // 100) * 100 + yy
    return year - 100 if year > ceiling else year


def _infer_year(spec: _Spec, ref: date, reading: _Reading) -> int | None:
    """The year of a yearless date: the most recent occurrence on or before the
    dateline, the coming one when it is near or the clause is in the future
    tense, or the one a written weekday fits.  The other occurrence becomes
    an alternative."""
    assert spec.month is not None and spec.day is not None
    candidates = [d for y in range(ref.year - 8, ref.year + 9) if (d := _valid_date(y, spec.month, spec.day))]
    if not candidates:
        reading.notes.append(f"{spec.month:02d}-{spec.day:02d} is not a calendar date")
        return None
    past = [d for d in candidates if d < ref]
    future = [d for d in candidates if d >= ref]
    chosen, other, why = _pick_occurrence(past, future, ref, spec.future_cue)
    if spec.weekday is not None:
        fitting = [
            d for d in (past[-1:] + future[:1] + past[-2:-1] + future[1:2]) if d.weekday() == spec.weekday
        ]
        if fitting:
            chosen, other = fitting[0], None
    if other is not None and not spec.day2:
        reading.alternatives.append((other, other))
    reading.attrs["inferred_year"] = str(chosen.year)
    reading.notes.append(f"no year written: {chosen.year}, {why} by the dateline {_iso(ref)}")
    return chosen.year


def _pick_occurrence(
    past: list[date], future: list[date], ref: date, future_cue: bool
) -> tuple[date, date | None, str]:
    """The occurrence a yearless date means, the other one, and why.

    Reports are mostly about what has happened, so the past one wins unless
    the coming one is within the look-ahead (or is the dateline itself) or
    a future-tense cue precedes the phrase."""
    recent = past[-1] if past else None
    upcoming = future[0] if future else None
    if upcoming is not None and (recent is None or future_cue):
        return upcoming, recent, "the coming one (future tense)" if future_cue else "the coming one"
    if upcoming is not None and (upcoming - ref).days <= date_rules().yearless_lookahead_days:
        return upcoming, recent, "the coming one, within the look-ahead"
    assert recent is not None
    return recent, upcoming, "the most recent one"


def _check_weekday(spec: _Spec, reading: _Reading) -> None:
    if spec.weekday is None or reading.first is None:
        return
    if reading.first.weekday() != spec.weekday:
        actual = _weekday_names()[reading.first.weekday()]
        reading.attrs["weekday_mismatch"] = actual
        reading.notes.append(
            f"written as a {_weekday_names()[spec.weekday]}, but {_iso(reading.first)} is a {actual}"
        )


def _resolve_weekday(spec: _Spec, ref: date | None) -> _Reading:
    assert spec.weekday is not None
    name = _weekday_names()[spec.weekday]
    reading = _Reading(attrs={"weekday": name})
    if spec.word:
        reading.attrs["relative"] = f"{spec.word} {name.lower()}"
    if spec.day is not None:
        reading.attrs["day_of_month"] = str(spec.day)
    if ref is None:
        reading.notes.append(f"'{name}' needs a dateline to name a day")
        return reading
    if spec.day is not None:
        return _weekday_with_day(spec, ref, reading)
    if spec.anaphoric:
        reading.notes.append(f"'{name}' is counted from the narrated time, not the dateline")
        return reading
    if spec.unit == "week":
        day = _week_start(ref) + timedelta(weeks=spec.offset, days=spec.weekday)
        reading.first = reading.last = day
        reading.notes.append(f"{name} of the week {spec.offset:+d} from the dateline {_iso(ref)}")
        return reading
    day, alternative, how = _weekday_by_mode(spec.weekday, spec.mode or "past_or_same", ref)
    if spec.future_cue and not spec.mode:
        alternative = ref + timedelta(days=(spec.weekday - ref.weekday()) % 7 or 7)
        how += "; future tense nearby, so the coming one is an alternative"
    reading.first = reading.last = day
    if alternative is not None:
        reading.alternatives.append((alternative, alternative))
    reading.notes.append(f"'{name}' read as {how}, against the dateline {_iso(ref)}")
    return reading


def _weekday_by_mode(weekday: int, mode: str, ref: date) -> tuple[date, date | None, str]:
    """The day a modified weekday names, an alternative reading, and how."""
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    if mode == "past_or_same":
        return ref - timedelta(days=back), None, "the most recent such day on or before the dateline"
    if mode in {"past", "past_ambiguous"}:
        day = ref - timedelta(days=back or 7)
        same_week = mode == "past_ambiguous" and _week_start(day) == _week_start(ref)
        alt = day - timedelta(days=7) if same_week else None
        return day, alt, "the most recent such day before the dateline"
    if mode in {"future", "future_ambiguous"}:
        day = ref + timedelta(days=ahead or 7)
        same_week = mode == "future_ambiguous" and _week_start(day) == _week_start(ref)
        alt = day + timedelta(days=7) if same_week else None
        return day, alt, "the first such day after the dateline"
    return _week_start(ref) + timedelta(days=weekday), None, "that day of the dateline's week"


def _weekday_with_day(spec: _Spec, ref: date, reading: _Reading) -> _Reading:
    """ "Monday 21": the nearest day within a month that is both."""
    assert spec.weekday is not None and spec.day is not None
    for distance in range(0, 32):
        for day in (ref - timedelta(days=distance), ref + timedelta(days=distance)):
            if day.weekday() == spec.weekday and day.day == spec.day:
                reading.first = reading.last = day
                reading.notes.append(
                    f"the nearest {_weekday_names()[spec.weekday]} the {spec.day} to {_iso(ref)}"
                )
                return reading
    reading.notes.append("no such weekday and day within a month of the dateline")
    return reading


def _resolve_day_of_month(spec: _Spec, ref: date | None) -> _Reading:
    assert spec.day is not None
    reading = _Reading(attrs={"day_of_month": str(spec.day)})
    if ref is None:
        reading.notes.append("a day of the month needs a dateline")
        return reading
    months = [_add_months(ref.replace(day=1), k) for k in range(-12, 13)]
    days = [d for m in months if (d := _valid_date(m.year, m.month, spec.day))]
    past = [d for d in days if d <= ref]
    chosen, other = past[-1], next((d for d in days if d > ref), None)
    reading.first = reading.last = chosen
    if other is not None:
        reading.alternatives.append((other, other))
    reading.notes.append(f"the most recent {spec.day} on or before the dateline {_iso(ref)}")
    return reading


def _resolve_relative(spec: _Spec, ref: date | None) -> _Reading:
    reading = _Reading(attrs={"relative": spec.word})
    if ref is None:
        reading.notes.append(f"'{spec.word}' needs a dateline to name a day")
        return reading
    reading.first = reading.last = ref + timedelta(days=spec.offset)
    reading.notes.append(f"'{spec.word}' read against the dateline {_iso(ref)}")
    return reading


def _resolve_ago(spec: _Spec, ref: date | None) -> _Reading:
    count = int(spec.amount)
    reading = _Reading(attrs={"relative": spec.word})
    reading.precision = 0.0 if spec.unit == "day" else date_rules().ago_units[spec.unit] / 2
    if ref is None:
        reading.notes.append("'ago' needs a dateline")
        return reading
    if spec.unit == "month":
        day = _add_months(ref, -count)
    elif spec.unit == "year":
        day = _add_months(ref, -12 * count)
    else:
        day = ref - timedelta(days=count * int(date_rules().ago_units[spec.unit]))
    reading.first = reading.last = day
    within = f", give or take {reading.precision:g} days" if reading.precision else ""
    reading.notes.append(f"{count} {spec.unit}(s) before the dateline {_iso(ref)}{within}")
    return reading


def _resolve_period(spec: _Spec, ref: date | None) -> _Reading:
    reading = _Reading(attrs={"relative": spec.word})
    if ref is None:
        reading.notes.append(f"'{spec.word}' needs a dateline")
        return reading
    if spec.mode == "rolling":
        first, last = _rolling(spec.unit, spec.offset, ref)
    else:
        first, last = _calendar_period(spec.unit, spec.offset, ref)
        if spec.mode == "before":
            last = min(last, ref)
        elif spec.mode == "after":
            first = max(first, ref)
    reading.first, reading.last = first, last
    reading.notes.append(f"'{spec.word}' read against the dateline {_iso(ref)}")
    return reading


def _calendar_period(unit: str, offset: int, ref: date) -> tuple[date, date]:
    """The week (Monday-Sunday), weekend, month or year ``offset`` from the dateline's."""
    if unit in {"week", "weekend"}:
        start = _week_start(ref) + timedelta(weeks=offset)
        return (
            (start + timedelta(days=5), start + timedelta(days=6))
            if unit == "weekend"
            else (start, start + timedelta(days=6))
        )
    if unit == "month":
        start = _add_months(ref.replace(day=1), offset)
        return start, _month_end(start.year, start.month)
    return date(ref.year + offset, 1, 1), date(ref.year + offset, 12, 31)


def _rolling(unit: str, direction: int, ref: date) -> tuple[date, date]:
    """ "the past week": the seven days up to the dateline (or after it)."""
    if unit == "week":
        other = ref + timedelta(days=7 * direction)
    elif unit == "month":
        other = _add_months(ref, direction)
    else:
        other = _add_months(ref, 12 * direction)
    return (other, ref) if direction < 0 else (ref, other)


def _resolve_weekend(spec: _Spec, ref: date | None) -> _Reading:
    reading = _Reading(attrs={"relative": spec.word})
    if ref is None:
        reading.notes.append("'the weekend' needs a dateline")
        return reading
    offset = 0 if ref.weekday() >= 5 else -1
    reading.first, reading.last = _calendar_period("weekend", offset, ref)
    reading.last = min(reading.last, ref)
    reading.notes.append(f"the most recent weekend on or before the dateline {_iso(ref)}")
    return reading


def _resolve_month(spec: _Spec, ref: date | None) -> _Reading:
    assert spec.month is not None
    reading = _Reading(attrs={"month": f"{spec.month:02d}"})
    if spec.word:
        reading.attrs["relative"] = spec.word
    year = spec.year
    if year is None and spec.year_offset is not None and ref is not None:
        year = ref.year + spec.year_offset
    if year is None:
        if ref is None:
            reading.notes.append("a month without a year needs a dateline")
            return reading
        year = _month_year(spec.month, spec.mode, ref, spec.future_cue)
        reading.attrs["inferred_year"] = str(year)
        other = _month_year(spec.month, spec.mode, ref, not spec.future_cue)
        if other != year:
            reading.alternatives.append((date(other, spec.month, 1), _month_end(other, spec.month)))
        which = "the coming one (future tense)" if spec.future_cue else "by the rule for its word"
        reading.notes.append(f"no year written: {year}, {which}, against the dateline {_iso(ref)}")
    reading.first, reading.last = date(year, spec.month, 1), _month_end(year, spec.month)
    return reading


def _month_year(month: int, mode: str, ref: date, future_cue: bool) -> int:
    """ "in October": the last October begun by the dateline (the coming one
    after a future cue); "last May": the last May before the dateline's
    month; "next March": the first after it; "this May": the dateline's."""
    if mode == "this":
        return ref.year
    if mode == "next":
        return ref.year if month > ref.month else ref.year + 1
    if mode == "last":
        return ref.year if month < ref.month else ref.year - 1
    if future_cue:
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year if month <= ref.month else ref.year - 1


def _resolve_year(spec: _Spec, ref: date | None) -> _Reading:
    assert spec.year is not None
    reading = _Reading(attrs={"year": str(spec.year)})
    reading.first, reading.last = date(spec.year, 1, 1), date(spec.year, 12, 31)
    return reading


_RESOLVERS: dict[str, Callable[[_Spec, date | None], _Reading]] = {
    "calendar": _resolve_calendar,
    "day_of_month": _resolve_day_of_month,
    "weekday": _resolve_weekday,
    "relative": _resolve_relative,
    "ago": _resolve_ago,
    "period": _resolve_period,
    "weekend": _resolve_weekend,
    "month": _resolve_month,
    "year": _resolve_year,
}


def _resolve(spec: _Spec, ref: date | None) -> _Reading:
    """Place a spec on the calendar.  A dateline at the calendar's ends (year 1
    or 9999) can push the arithmetic off it; the phrase is then kept, unplaced."""
    try:
        reading = _RESOLVERS[spec.kind](spec, ref)
        return _shifted(reading, spec) if spec.shift else reading
    except (OverflowError, ValueError):
        return _Reading(attrs={"form": spec.form}, notes=["the date falls outside the calendar"])


def _shifted(reading: _Reading, spec: _Spec) -> _Reading:
    """Move a reading by the days of "the morning after", in attrs too."""
    step = timedelta(days=spec.shift)
    if reading.first is not None and reading.last is not None:
        reading.first, reading.last = reading.first + step, reading.last + step
    reading.alternatives = [(a + step, b + step) for a, b in reading.alternatives]
    if "month_day" in reading.attrs:
        moved = date(2000, int(reading.attrs["month_day"][:2]), int(reading.attrs["month_day"][3:])) + step
        reading.attrs["month_day"] = f"{moved.month:02d}-{moved.day:02d}"
    if "weekday" in reading.attrs and spec.weekday is not None:
        reading.attrs["weekday"] = _weekday_names()[(spec.weekday + spec.shift) % 7]
    reading.attrs.pop("holiday", None)
    reading.notes.append(f"shifted {spec.shift:+d} day(s) by the words before it")
    return reading


# --------------------------------------------------------------------------
# public API
# --------------------------------------------------------------------------


def find_dates(text: str, reference: date | None) -> list[Mention]:
    """Every date phrase in ``text``, read against the dateline ``reference``.

    ``reference`` is the report's own date: relative phrases ("yesterday",
    "on Tuesday", "last month") are resolved against it.  With ``None`` they
    are still returned, unplaced (``low=-inf``, ``high=+inf``), with what is
    known in ``attrs``.  Mentions are in text order and never overlap.
    """
    candidates = [f for finder in _FINDERS for f in finder(text)]
    found = _apply_shift_prefixes(text, _merge_weekdays(text, longest_first(candidates)))
    found = [_with_tense(text, f) for f in found]
    return [_mention(text, f, reference) for f in found]


def _mention(text: str, found: _Found, ref: date | None) -> Mention:
    spec = found.spec
    reading = _resolve(spec, ref)
    attrs = {"form": spec.form, **reading.attrs}
    if spec.daypart:
        attrs["daypart"] = spec.daypart
    if spec.part:
        attrs["part"] = spec.part
    if reading.first is not None and reading.last is not None:
        if reading.first == reading.last:
            attrs["resolved"] = _iso(reading.first)
        else:
            attrs["range"] = f"{_iso(reading.first)}/{_iso(reading.last)}"
        low, high = float(reading.first.toordinal()), float(reading.last.toordinal())
    else:
        low, high = -math.inf, math.inf
    return Mention(
        start=found.start,
        end=found.end,
        text=text[found.start : found.end],
        dimension="date",
        unit="day",
        low=low,
        high=high,
        precision=reading.precision,
        alternatives=tuple((float(a.toordinal()), float(b.toordinal())) for a, b in reading.alternatives),
        notes=tuple(reading.notes),
        attrs=tuple(attrs.items()),
    )
