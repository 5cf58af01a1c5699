"""The date patterns, compiled once from the rule file's words.

:func:`date_patterns` builds every regex the finders use; :func:`previous_word`
and :func:`span_start` are the two small text helpers they share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reportcheck.extract.dates.rules import date_rules
from reportcheck.extract.dates.words import weekday_abbreviations, weekday_forms
from reportcheck.knowledge.vocabulary import MONTH_FORMS, MONTH_NAMES


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
    full = {name.lower() for name in MONTH_NAMES}
    abbreviations = set(MONTH_FORMS) - full
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
    holiday_yardstick: re.Pattern[str]
    previous_word: re.Pattern[str]
    future_cue: re.Pattern[str]


_FLAGS = re.IGNORECASE
_SUFFIX = r"(?:st|nd|rd|th)"


@cache
def date_patterns() -> _Patterns:
    """Compile every pattern once.  Quantifiers are bounded (``\\s{0,3}``) and
    no group repeats another repeat, so matching stays linear."""
    r = date_rules()
    month = _month_pattern()
    ordword = _alternation({w.replace("-", " ") for w in r.ordinals} | set(r.ordinals))
    weekday = _alternation(set(weekday_forms()))
    abbr = _alternation(set(weekday_abbreviations()))
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
    yardsticks = r.holiday_yardsticks
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
            rf"\b(?:(?P<part>{part})\s+(?:on\s+)?)?"
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
            rf"\b(?P<n>[0-9]{{1,3}}|(?:[a-z]+[- ])?[a-z]+)(?P<half_before>\s+and\s+a\s+half)?"
            rf"\s+(?P<unit>{ago_units})s?(?P<half>\s+and\s+a\s+half)?\s+ago\b",
            _FLAGS,
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
        holiday_yardstick=re.compile(
            rf"\b(?:(?:{_alternation(yardsticks.spans)})\s+(?:{_alternation(yardsticks.relations)})"
            rf"|{_alternation(yardsticks.lead_ups)})\s+(?:the\s+)?\Z",
            _FLAGS,
        ),
        previous_word=re.compile(r"(?P<word>[A-Za-z]+|['’]s)[\s,]{0,3}\Z"),
        future_cue=re.compile(rf"\b(?:{future})\b", _FLAGS),
    )


# --------------------------------------------------------------------------
# helpers every finder uses
# --------------------------------------------------------------------------


def previous_word(text: str, start: int) -> str:
    """The word right before ``start`` (lower case), "" at the start of text."""
    m = date_patterns().previous_word.search(text, max(0, start - 40), start)
    return m.group("word").lower().replace("’", "'") if m else ""


def span_start(m: re.Match[str], *groups: str) -> int:
    """Where a phrase starts: the first of ``groups`` that matched ("the" is left out)."""
    found = m.groupdict()
    starts = [m.start(g) for g in groups if found.get(g) is not None]
    return min(starts) if starts else m.start()
