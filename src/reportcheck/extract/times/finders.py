"""Clock times and parts of the day in a string, as minutes after midnight.

Reports of one incident put it at "1353 (1023 GMT)", "1:53 p.m. local time",
"shortly after 2pm" or "in the afternoon".  This module reads each as a
mention with ``unit`` "min" (minutes after midnight; seconds are fractions of
a minute) so the comparer can line them up:

* a clock time is a point (``low == high``); with no a.m./p.m. and no day
  part ("at 8:30", "half past seven") ``low`` is the a.m. reading, the p.m.
  reading is in ``alternatives`` and a note says so;
* a range ("between 4pm and 5pm", "5 to 6pm", "3-8pm") has ``low < high``;
* a part of the day ("in the morning", "last night") is a period mention with
  ``attrs`` (("period", name),) and the period's range.  Night runs past
  midnight: its ``high`` is more than 24 h (05:00 the next day is 29 * 60);
* a time zone is kept in ``attrs`` (("tz", "GMT"),).

The words (day parts, zones, "half past", "quarter to") are data in
``rules/timeofday.yaml``; hedges ("about", "just after") are left to the cue
component, so they stay outside the mention.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

from reportcheck.extract.core.mentions import Mention
from reportcheck.extract.core.numbers import longest_first, parse_number
from reportcheck.knowledge.rules import Strict, load_rule_file

DAY = 24 * 60
HOUR_PRECISION = 30.0  # "7pm": written to the hour, so good to half an hour
MINUTE_PRECISION = 0.5
FRACTION_PRECISION = 7.5  # "half past", "a quarter to": quarter-hour steps


class PeriodRule(Strict):
    """A part of the day (see the header of ``timeofday.yaml``)."""

    name: str
    words: list[str]
    standalone_words: list[str] = []
    start: str
    end: str
    am_hours: list[int] = []
    pm_hours: list[int] = []
    reported_alone: bool = True
    follows_bare_hour: bool = False


class PointRule(Strict):
    words: list[str]
    minutes: int
    twelve_prefix: bool = False


class OffsetRule(Strict):
    words: list[str]
    minutes: int


class TimeRules(Strict):
    periods: list[PeriodRule]
    points: list[PointRule]
    offsets: list[OffsetRule]
    offset_directions: dict[str, Literal[1, -1]]
    minute_words: list[str]
    zones: list[str]
    local_time_words: list[str]
    hour_suffix_words: list[str]
    period_cues: list[str]
    idiomatic_cues: list[str]
    period_modifiers: dict[str, Literal["early", "late"]]
    weekdays: list[str]
    months: list[str]
    time_connectors: list[str]
    not_a_clock_after: list[str]
    money_words: list[str]


@cache
def time_rules() -> TimeRules:
    return load_rule_file("timeofday.yaml", TimeRules)


def _clock_minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def _hhmm(minutes: float) -> str:
    minutes = minutes % DAY
    return f"{int(minutes // 60):02d}:{int(minutes % 60):02d}"


# ---------------------------------------------------------------- words and patterns

_SPACING_RE = re.compile(r"[\s-]+")
_OH_RE = re.compile(r"\boh\b", re.IGNORECASE)
_LOWER_WORD_RE = re.compile(r"[a-z]+")
#: Words after "at 6.45" that make it a rate or a measure, not a clock time.
_NOT_AFTER_DOTTED_TIME = frozenset({"%", "per", "percent", "pc", "m", "km", "kg"})

_DIGIT_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_HOUR_WORDS = [*_DIGIT_WORDS, "ten", "eleven", "twelve"]
_TEEN_WORDS = ["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]


def _words(words) -> str:
    """Alternation of phrases, longest first; a space or hyphen matches any spacing."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(r"[\s-]+".join(re.escape(part) for part in _SPACING_RE.split(w)) for w in ordered)


_DIGIT = _words(_DIGIT_WORDS)
_HOUR_WORD = _words(_HOUR_WORDS)
_HOUR_WORD_24 = rf"(?:twenty[\s-]+(?:one|two|three)|twenty|{_words([*_HOUR_WORDS, *_TEEN_WORDS])})"
_MINUTE_WORD = (
    rf"(?:oh[\s-]+(?:{_DIGIT})|(?:twenty|thirty|forty|fifty)(?:[\s-]+(?:{_DIGIT}))?"
    rf"|ten|eleven|twelve|{_words(_TEEN_WORDS)})"
)
_COUNT_WORD = (
    rf"(?:(?:twenty|thirty|forty|fifty)(?:[\s-]+(?:{_DIGIT}))?|{_words([*_HOUR_WORDS, *_TEEN_WORDS])})"
)
_LEFT = r"(?<![\w.:/])"  # not inside a longer number or word
_OCLOCK = r"(?:o['’]\s?clock|oclock|o\s+clock)\b"


def _meridiem(name: str) -> str:
    """ "am", "a.m.", "A. M.", "p . m .", "pm" captured as the letter a or p."""
    return rf"(?P<{name}>[ap])(?:\s?\.\s?m\b(?:\s?\.(?!\d))?|\s?m\b)"


@dataclass(frozen=True)
class _Patterns:
    numeric_meridiem: re.Pattern[str]
    compact_meridiem: re.Pattern[str]
    short_meridiem: re.Pattern[str]
    colon: re.Pattern[str]
    four_digit: re.Pattern[str]
    oclock: re.Pattern[str]
    ish: re.Pattern[str]
    point: re.Pattern[str]
    offset: re.Pattern[str]
    word_meridiem: re.Pattern[str]
    dotted: re.Pattern[str]
    word_clock: re.Pattern[str]
    bare_hour: re.Pattern[str]
    period: re.Pattern[str]
    zone: re.Pattern[str]
    hour_suffix: re.Pattern[str]
    connector_before: re.Pattern[str]
    game_clock: re.Pattern[str]
    next_word: re.Pattern[str]
    range_partner_after: re.Pattern[str]
    range_partner_before: re.Pattern[str]
    bracketed_zone: re.Pattern[str]
    range_gap: re.Pattern[str]
    range_opener: re.Pattern[str]
    leading_gap: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    """Every regex, built once from the rule file."""
    rules = time_rules()
    flags = re.IGNORECASE
    connectors = _words(rules.time_connectors)
    point_words = _words(w for p in rules.points for w in p.words)
    offset_phrases = _words(w for o in rules.offsets for w in o.words)
    directions = _words(rules.offset_directions)
    target = (
        rf"(?P<th>\d{{1,2}}(?!\d)|{_HOUR_WORD}\b)(?::(?P<tm>[0-5]\d)|[\s-]+(?P<tmw>{_MINUTE_WORD})\b)?"
        rf"(?:\s?{_meridiem('tmer')})?(?:\s?{_OCLOCK})?"
    )
    period_words = _words(w for p in rules.periods for w in (*p.words, *p.standalone_words))
    date_cue = (
        rf"(?P<date>(?:(?:on|next|last|this|previous|first|second|third|fourth|late\s+on|early\s+on)\s+)?"
        rf"(?:the\s+)?(?:{_words(rules.weekdays)})\b\.?|(?:{_words(rules.months)})\.?\s?\d{{1,2}}(?:st|nd|rd|th)?)"
    )
    cues = rf"{date_cue}|(?P<cue>{_words(rules.period_cues)})"
    mods = _words(rules.period_modifiers)
    zones = "|".join(re.escape(z) for z in rules.zones)
    local = _words(rules.local_time_words)
    return _Patterns(
        numeric_meridiem=re.compile(
            rf"{_LEFT}(?P<h>\d{{1,2}})(?:[:.](?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?)?\s?\.?\s?{_meridiem('mer')}",
            flags,
        ),
        compact_meridiem=re.compile(rf"{_LEFT}(?P<hm>\d{{3,4}})\s?{_meridiem('mer')}", flags),
        short_meridiem=re.compile(
            rf"{_LEFT}(?P<h>\d{{1,2}})(?::(?P<m>[0-5]\d))?(?P<short>[ap])(?!\w)", flags
        ),
        colon=re.compile(rf"{_LEFT}(?P<h>\d{{1,2}}):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\d:])", flags),
        four_digit=re.compile(rf"{_LEFT}(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?![\d]|[.,]\d)", flags),
        oclock=re.compile(rf"{_LEFT}(?P<h>\d{{1,2}}|{_HOUR_WORD})\s?{_OCLOCK}", flags),
        ish=re.compile(rf"{_LEFT}(?P<h>\d{{1,2}}|{_HOUR_WORD})-?ish\b", flags),
        point=re.compile(rf"(?<![\w-])(?:(?P<twelve>12|twelve)\s+)?(?P<point>{point_words})(?![\w-])", flags),
        offset=re.compile(
            rf"(?<![\w.:])(?:(?P<phrase>{offset_phrases})|(?P<n>\d{{1,2}}|{_COUNT_WORD})"
            rf"(?P<unit>\s+(?:{_words(rules.minute_words)}))?\s+(?P<dir>{directions}))\s+{target}",
            flags,
        ),
        word_meridiem=re.compile(
            rf"(?<![\w-])(?P<hw>{_HOUR_WORD_24})(?:[\s-]+(?P<mw>{_MINUTE_WORD}))?\s?{_meridiem('mer')}", flags
        ),
        dotted=re.compile(rf"\b(?:{connectors})\s+(?P<t>(?P<h>\d{{1,2}})\.(?P<m>[0-5]\d))(?![\d.])", flags),
        word_clock=re.compile(rf"(?<![\w-])(?P<hw>{_HOUR_WORD})[\s-]+(?P<mw>{_MINUTE_WORD})(?![\w-])", flags),
        bare_hour=re.compile(rf"(?<![\w.:,/$£€])(?P<h>\d{{1,2}}|{_HOUR_WORD})(?![\w]|[.,:/]\d|\s?%)", flags),
        period=re.compile(
            rf"(?<![\w-])(?:(?P<mod1>{mods})\s+)?(?:(?:{cues})\s+)?(?:(?P<mod2>{mods})\s+)?"
            rf"(?P<word>{period_words})(?![\w-])",
            flags,
        ),
        zone=re.compile(rf"\s*(?P<zone>{zones}|(?i:{local}))\b"),
        hour_suffix=re.compile(rf"\s?(?:{_words(rules.hour_suffix_words)})\b", flags),
        connector_before=re.compile(rf"\b(?:{connectors})\s+$", flags),
        game_clock=re.compile(rf"\s+(?:{_words(rules.not_a_clock_after)})\b", flags),
        next_word=re.compile(r"\s*([A-Za-z%]+)"),
        range_partner_after=re.compile(r"\s*[-–]\s*\d{4}\b"),
        range_partner_before=re.compile(r"\d{4}\s*[-–]\s*$"),
        bracketed_zone=re.compile(rf"\s*\(\s*\d{{4}}\s*(?:{zones})\b"),
        range_gap=re.compile(r"\s*(?:[-–]|to|until|till|through|and)\s*", flags),
        range_opener=re.compile(r"\b(?:between|from)\s+$", flags),
        leading_gap=re.compile(rf"\s*,?\s*(?:(?:{connectors})\s+)?", flags),
    )


# ---------------------------------------------------------------- atoms


@dataclass(frozen=True)
class _Clock:
    """A clock time as written, before a.m./p.m. is settled."""

    start: int
    end: int
    hour: int  # as written, 0-23
    minute: float  # seconds as a fraction
    meridiem: str | None = None  # "a" or "p"
    fixed: bool = False  # 24-hour clock or a named time: nothing to settle
    weak: bool = False  # a bare hour or a word time ("seven", "five thirty"): needs a cue
    bare: bool = False  # a lone hour ("7", "seven")
    precision: float = HOUR_PRECISION
    tz: str | None = None


@dataclass(frozen=True)
class _Period:
    start: int
    end: int
    rule: PeriodRule
    mod: str | None  # "early" / "late"
    phrase_start: int  # where the phrase starts with its date words ("Thursday night"): kept out of the span
    cued: bool  # has a cue or modifier, or is standalone ("tonight"): reported alone
    idiomatic: bool  # "in the morning", "at night": a bare hour may come before it
    bare_word: bool  # no cue and no modifier ("afternoon at 7")


@dataclass(frozen=True)
class _Item:
    """One clock time or a range of two, with the day part that settles it."""

    start: int
    end: int
    clocks: tuple[_Clock, ...]
    own_periods: tuple[_Period | None, ...]
    period: _Period | None = None
    opened: bool = False  # "between"/"from" before a range


def _number(text: str) -> float | None:
    """A number in words or digits; "oh" in "ten oh five" is a spoken zero, dropped."""
    return parse_number(_OH_RE.sub("", text))


def _seconds(match: re.Match[str]) -> float:
    return int(match.group("s")) / 60 if match.groupdict().get("s") else 0.0


def _minute_precision(match: re.Match[str]) -> float:
    if match.groupdict().get("s"):
        return 1 / 120
    return MINUTE_PRECISION if match.groupdict().get("m") else HOUR_PRECISION


def _phrase_key(text: str) -> str:
    """A phrase as the rule file writes it: lowercase, one space for any spacing or hyphen."""
    return _SPACING_RE.sub(" ", text.strip().lower())


@cache
def _point_rules() -> dict[str, PointRule]:
    return {_phrase_key(word): rule for rule in time_rules().points for word in rule.words}


@cache
def _offset_phrases() -> dict[str, int]:
    return {_phrase_key(word): rule.minutes for rule in time_rules().offsets for word in rule.words}


@cache
def _period_rules() -> dict[str, PeriodRule]:
    """Every day-part word, standalone ones included -> its period."""
    return {
        _phrase_key(word): rule
        for rule in time_rules().periods
        for word in (*rule.words, *rule.standalone_words)
    }


def _offset(match: re.Match[str], target_hour: float) -> tuple[float, float] | None:
    """(minutes to add to the hour, precision) for "half past", "20 min past", "ten to"."""
    if match.group("phrase"):
        return _offset_phrases()[_phrase_key(match.group("phrase"))], FRACTION_PRECISION
    count = _number(match.group("n"))
    direction = match.group("dir").lower()
    if count is None or not 0 < count < 60 or not _offset_reading_ok(match, count, target_hour, direction):
        return None
    return count * time_rules().offset_directions[direction], MINUTE_PRECISION


def _period_start(match: re.Match[str]) -> int:
    """Where a day-part mention starts: at its cue ("in the morning"), but after date words
    ("Tuesday night" is "night": the date is another component's claim)."""
    if not match.group("date") or match.group("mod1"):
        return match.start()
    return match.start("mod2") if match.group("mod2") else match.start("word")


def _connector_before(text: str, start: int) -> bool:
    return _patterns().connector_before.search(text[max(0, start - 40) : start]) is not None


def _money_before(text: str, start: int) -> bool:
    """ "shares closed at 7p": pence, not 7 p.m."""
    words = _LOWER_WORD_RE.findall(text[max(0, start - 40) : start].lower())
    return any(word in time_rules().money_words for word in words)


def _with_zone(text: str, clock: _Clock) -> _Clock:
    """Extend a clock over a zone right after it ("06:00 BST", "1:53 p.m. local time")."""
    zone = _patterns().zone.match(text, clock.end)
    if not zone:
        return clock
    name = zone.group("zone")
    tz = "local" if _phrase_key(name) in {_phrase_key(w) for w in time_rules().local_time_words} else name
    return replace(clock, end=zone.end(), tz=tz)


def _numeric_meridiem(text: str) -> list[_Clock]:
    found = []
    for match in _patterns().numeric_meridiem.finditer(text):
        hour = int(match.group("h"))
        if hour > 23:
            continue
        minute = int(match.group("m") or 0) + _seconds(match)
        meridiem = match.group("mer").lower()
        found.append(
            _Clock(match.start(), match.end(), hour, minute, meridiem, precision=_minute_precision(match))
        )
    for match in _patterns().compact_meridiem.finditer(text):
        digits = match.group("hm")
        hour, minute = int(digits[:-2]), int(digits[-2:])
        if 1 <= hour <= 12 and minute < 60:
            mer = match.group("mer").lower()
            found.append(_Clock(match.start(), match.end(), hour, minute, mer, precision=MINUTE_PRECISION))
    for match in _patterns().short_meridiem.finditer(text):
        hour = int(match.group("h"))
        cued = _connector_before(text, match.start()) and not _money_before(text, match.start())
        if 1 <= hour <= 12 and (match.group("m") or cued):
            mer = match.group("short").lower()
            found.append(
                _Clock(
                    match.start(),
                    match.end(),
                    hour,
                    int(match.group("m") or 0),
                    mer,
                    precision=_minute_precision(match),
                )
            )
    return found


def _colon_times(text: str) -> list[_Clock]:
    """ "13:53", "06:00", "8:30" (ambiguous), "12:34:25"; not a game clock ("with 4:43 left")."""
    found = []
    patterns = _patterns()
    for match in patterns.colon.finditer(text):
        hour = int(match.group("h"))
        if hour > 23 or patterns.game_clock.match(text, match.end()):
            continue
        zoned = patterns.zone.match(text, match.end()) is not None  # "11:11 GMT" is on the 24-hour clock
        twenty_four = hour == 0 or hour > 12 or match.group("h").startswith("0") or zoned
        minute = int(match.group("m")) + _seconds(match)
        found.append(
            _Clock(
                match.start(),
                match.end(),
                hour,
                minute,
                fixed=twenty_four,
                precision=_minute_precision(match),
            )
        )
    for match in _patterns().dotted.finditer(text):
        hour = int(match.group("h"))
        if 1 <= hour <= 12 and _ends_clock(text, match.end()):
            found.append(
                _Clock(
                    match.start("t"), match.end("t"), hour, int(match.group("m")), precision=MINUTE_PRECISION
                )
            )
    return found


def _ends_clock(text: str, end: int) -> bool:
    """After "at 6.45": not a unit or "per cent" ("at 6.45 per cent" is a rate)."""
    following = _patterns().next_word.match(text, end)
    return following is None or following.group(1).lower() not in _NOT_AFTER_DOTTED_TIME


def _four_digit_times(text: str) -> list[_Clock]:
    """ "1353 GMT", "0600 hrs", "1353 (1023 GMT)", "between 0730-0930": never a bare year."""
    found = []
    patterns = _patterns()
    for match in patterns.four_digit.finditer(text):
        end = match.end()
        suffix = patterns.hour_suffix.match(text, end)
        zone = patterns.zone.match(text, end)
        bracketed = patterns.bracketed_zone.match(text, end)
        leading_zero = match.group("h").startswith("0")
        before = text[max(0, match.start() - 8) : match.start()]
        partner = patterns.range_partner_after.match(text, end) or patterns.range_partner_before.search(
            before
        )
        if suffix:
            end = suffix.end()
        elif not (
            zone or bracketed or (leading_zero and (partner or _connector_before(text, match.start())))
        ):
            continue
        hour, minute = int(match.group("h")), int(match.group("m"))
        found.append(_Clock(match.start(), end, hour, minute, fixed=True, precision=MINUTE_PRECISION))
    return found


def _hour_words(text: str) -> list[_Clock]:
    """ "seven o'clock", "11ish", "seven thirty pm", "ten fifty five p. m."."""
    found = []
    patterns = _patterns()
    for pattern in (patterns.oclock, patterns.ish):
        for match in pattern.finditer(text):
            hour = _number(match.group("h"))
            if hour is not None and 1 <= hour <= 12:
                found.append(_Clock(match.start(), match.end(), int(hour), 0))
    for match in patterns.word_meridiem.finditer(text):
        hour = _number(match.group("hw"))
        minute = _number(match.group("mw")) if match.group("mw") else 0
        if hour is None or minute is None or not 0 < hour <= 23 or minute >= 60:
            continue
        precision = MINUTE_PRECISION if match.group("mw") else HOUR_PRECISION
        mer = match.group("mer").lower()
        found.append(
            _Clock(match.start(), match.end(), int(hour), minute, mer, fixed=hour > 12, precision=precision)
        )
    return found


def _points(text: str) -> list[_Clock]:
    """Named times: "noon", "12 midnight", "mid-morning"."""
    found = []
    for match in _patterns().point.finditer(text):
        rule = _point_rules()[_phrase_key(match.group("point"))]
        start = match.start() if rule.twelve_prefix else match.start("point")
        found.append(_Clock(start, match.end(), rule.minutes // 60, rule.minutes % 60, fixed=True))
    return found


def _offset_times(text: str) -> list[_Clock]:
    """ "half past eight", "a quarter to 8", "20 min past eight", "ten to nine"."""
    found = []
    for match in _patterns().offset.finditer(text):
        target_hour = _number(match.group("th"))
        target_minute = int(match.group("tm")) if match.group("tm") else _number(match.group("tmw") or "0")
        if target_hour is None or target_minute is None or not 0 <= target_hour <= 23:
            continue
        offset = _offset(match, target_hour)
        if offset is None:
            continue
        minutes, precision = offset
        if match.group("tmer"):  # "half past 8pm": settle the hour first
            total = _settled(int(target_hour), target_minute, match.group("tmer").lower()) + minutes
            hour, fixed = int(total // 60) % 24, True
        else:
            total = target_hour * 60 + target_minute + minutes
            hour, fixed = int(total // 60) % 24 or 12, target_hour > 12
        found.append(_Clock(match.start(), match.end(), hour, total % 60, fixed=fixed, precision=precision))
    return found


def _offset_reading_ok(match: re.Match[str], count: float, target_hour: float, direction: str) -> bool:
    """ "ten to nine" is 8:50 but "5 to 6pm" is a range; "after 9" needs "minutes"."""
    if match.group("unit"):
        return True
    if direction in ("after", "before"):
        return False
    if direction == "past":
        return count <= 30
    return count in (5, 10, 20, 25) and count > target_hour  # "thirty to four" is no English clock time


def _strong_clocks(text: str) -> list[_Clock]:
    """Clock times that are times by themselves, longest first where they overlap."""
    candidates = (
        _numeric_meridiem(text)
        + _colon_times(text)
        + _four_digit_times(text)
        + _hour_words(text)
        + _points(text)
        + _offset_times(text)
    )
    chosen = longest_first(candidates)
    return [_with_zone(text, clock) for clock in chosen]


def _weak_clocks(text: str) -> list[_Clock]:
    """Bare hours and word times ("7", "seven", "five thirty"): times only next to a cue."""
    found = []
    for match in _patterns().word_clock.finditer(text):
        hour, minute = _number(match.group("hw")), _number(match.group("mw"))
        if hour is not None and minute is not None and 0 < minute < 60:
            found.append(
                _Clock(match.start(), match.end(), int(hour), minute, weak=True, precision=MINUTE_PRECISION)
            )
    for match in _patterns().bare_hour.finditer(text):
        hour = _number(match.group("h"))
        if hour is not None and 1 <= hour <= 12 and hour == int(hour):
            found.append(_Clock(match.start(), match.end(), int(hour), 0, weak=True, bare=True))
    return longest_first(found)


def _periods(text: str) -> list[_Period]:
    rules = time_rules()
    standalone = {_phrase_key(w) for p in rules.periods for w in p.standalone_words}
    idiomatic = {_phrase_key(c) for c in rules.idiomatic_cues}
    found = []
    for match in _patterns().period.finditer(text):
        word = _phrase_key(match.group("word"))
        mod_word = match.group("mod1") or match.group("mod2")
        mod = rules.period_modifiers[mod_word.lower()] if mod_word else None
        cue = match.group("cue")
        cued = bool(cue or match.group("date") or mod or word in standalone)
        is_idiomatic = bool(cue) and _phrase_key(cue) in idiomatic
        rule = _period_rules()[word]
        start = _period_start(match)
        found.append(
            _Period(start, match.end(), rule, mod, match.start(), cued, is_idiomatic, bare_word=not cued)
        )
    return found


# ---------------------------------------------------------------- settling a.m./p.m.


def _settled(hour: int, minute: float, meridiem: str) -> float:
    """Minutes after midnight for an hour with a.m./p.m. (a 24-hour hour stays as it is)."""
    if hour > 12:
        return hour * 60 + minute
    return (hour % 12 + (12 if meridiem == "p" else 0)) * 60 + minute


def _readings(clock: _Clock, period: _Period | None) -> tuple[float, ...]:
    """The possible values of a clock: one when settled, (a.m., p.m.) when not."""
    if clock.fixed or clock.hour == 0 or clock.hour > 12:
        return (clock.hour * 60 + clock.minute,)
    if clock.meridiem:
        return (_settled(clock.hour, clock.minute, clock.meridiem),)
    if period is not None:
        if clock.hour in period.rule.pm_hours:
            return (_settled(clock.hour, clock.minute, "p"),)
        if clock.hour in period.rule.am_hours:
            return (_settled(clock.hour, clock.minute, "a"),)
    if clock.hour == 12:
        return (12 * 60 + clock.minute, clock.minute)
    return (_settled(clock.hour, clock.minute, "a"), _settled(clock.hour, clock.minute, "p"))


def _twelve_note(clock: _Clock) -> tuple[str, ...]:
    if clock.meridiem and clock.hour == 12 and clock.minute == 0:
        if clock.meridiem == "a":
            return ("12am is midnight; writers sometimes mean noon",)
        return ("12pm is noon; writers sometimes mean midnight",)
    return ()


def _ambiguity_note(first: float, second: float) -> str:
    return f"no a.m./p.m.: read as {_hhmm(first)} or {_hhmm(second)}"


# ---------------------------------------------------------------- combining atoms


_TRAILING_GAP_RE = re.compile(r"\s*,?\s*")
_BETWEEN_BEFORE_RE = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def _without_overlap(items: list, taken: list) -> list:
    """``items`` that overlap nothing in ``taken`` (both in text order, ``taken`` non-overlapping)."""
    starts = [t.start for t in taken]
    kept = []
    for item in items:
        at = bisect.bisect_left(starts, item.end)  # taken spans starting before item ends
        if at == 0 or taken[at - 1].end <= item.start:
            kept.append(item)
    return kept


class _PeriodIndex:
    """The day parts in text order, for finding the one right before or after a clock."""

    def __init__(self, periods: list[_Period]):
        self.periods = periods
        self.starts = [p.start for p in periods]
        self.ends = [p.end for p in periods]
        self.used: set[int] = set()

    def after(self, position: int) -> _Period | None:
        at = bisect.bisect_left(self.starts, position)
        return self._free(at)

    def before(self, position: int) -> _Period | None:
        at = bisect.bisect_right(self.ends, position) - 1
        return self._free(at) if at >= 0 else None

    def take(self, period: _Period) -> None:
        self.used.add(id(period))

    def unused(self) -> list[_Period]:
        return [p for p in self.periods if id(p) not in self.used]

    def _free(self, at: int) -> _Period | None:
        if at >= len(self.periods) or id(self.periods[at]) in self.used:
            return None
        return self.periods[at]


def _bare_may_take(text: str, clock: _Clock, period: _Period) -> bool:
    """May a lone hour take a day part written after it?  "3 in the morning",
    "at 10 tonight", "12 lunchtime" yes; "killed 10 this morning" no."""
    if not clock.bare or period.idiomatic:
        return True
    if period.bare_word:
        return period.rule.follows_bare_hour  # "2 morning sessions" is no clock time
    return _connector_before(text, clock.start)


def _trailing_gap_ok(text: str, end: int, period: _Period) -> bool:
    """Only spaces or a comma between a clock and the day part after it ("8:30pm Thursday night")."""
    if period.phrase_start < end:
        return False
    return _TRAILING_GAP_RE.fullmatch(text, end, period.phrase_start) is not None


def _attach_trailing(text: str, items: list[_Item], periods: _PeriodIndex) -> list[_Item]:
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


def _join_ranges(text: str, items: list[_Item]) -> list[_Item]:
    """ "5 to 6pm", "3-8pm", "between 4pm and 5pm", "from 7 to 7:30"."""
    patterns = _patterns()
    joined: list[_Item] = []
    position = 0
    while position < len(items):
        first = items[position]
        second = items[position + 1] if position + 1 < len(items) else None
        if second is not None and _range_between(text, first, second):
            opener = patterns.range_opener.search(text[max(0, first.start - 10) : first.start])
            start = first.start - (len(opener.group(0)) if opener else 0)
            joined.append(
                _Item(
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


def _range_between(text: str, first: _Item, second: _Item) -> bool:
    gap = text[first.end : second.start]
    if not _patterns().range_gap.fullmatch(gap):
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


def _attach_periods(text: str, items: list[_Item], periods: _PeriodIndex) -> list[_Item]:
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


def _single_bare(item: _Item) -> bool:
    return len(item.clocks) == 1 and item.clocks[0].bare


def _period_after(text: str, item: _Item, periods: _PeriodIndex) -> _Period | None:
    period = periods.after(item.end)
    if period is None or not _trailing_gap_ok(text, item.end, period):
        return None
    return period if not _single_bare(item) or _bare_may_take(text, item.clocks[0], period) else None


def _period_before(text: str, item: _Item, periods: _PeriodIndex) -> _Period | None:
    period = periods.before(item.start)
    if period is None:
        return None
    gap = text[period.end : item.start]
    if not _patterns().leading_gap.fullmatch(gap):
        return None
    if _single_bare(item) and not gap.strip(" ,"):
        return None  # "last night 26 people": a count, not a clock time
    return period


def _is_time(item: _Item) -> bool:
    """Strong clocks are times by themselves; bare hours and word times need a cue."""
    if any(not clock.weak for clock in item.clocks):
        return True
    if item.period is not None or any(p is not None for p in item.own_periods):
        return True
    word_clocks = all(not clock.bare for clock in item.clocks)
    return len(item.clocks) == 2 and word_clocks and item.opened


# ---------------------------------------------------------------- mentions


def _clock_mention(text: str, item: _Item) -> Mention:
    clock = item.clocks[0]
    period = item.own_periods[0] or item.period
    readings = _readings(clock, period)
    notes = _twelve_note(clock)
    alternatives: tuple[tuple[float, float], ...] = ()
    if len(readings) == 2:
        alternatives = ((readings[1], readings[1]),)
        notes += (_ambiguity_note(*readings),)
    return _mention(text, item, readings[0], readings[0], alternatives, notes, period)


def _range_values(item: _Item) -> tuple[tuple[float, float], tuple[float, float] | None, tuple[str, ...]]:
    """(low, high), an alternative reading or None, notes, for a two-clock range."""
    first, second = item.clocks
    first_period = item.own_periods[0] or item.period or item.own_periods[1]
    second_period = item.own_periods[1] or item.period or item.own_periods[0]
    low_readings = _readings(first, first_period)
    high_readings = _readings(second, second_period)
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
        notes = _twelve_note(first) + _twelve_note(second)
        return (low, _after(low, high)), None, notes
    low, alt_low = low_readings[0], low_readings[-1]
    high = min((r for r in high_readings if r >= low), default=high_readings[0])
    alt_high = min((r for r in high_readings if r >= alt_low), default=high_readings[-1])
    primary = (low, _after(low, high))
    alternative = (alt_low, _after(alt_low, alt_high))
    readings = [f"{_hhmm(start)}-{_hhmm(end)}" for start, end in (primary, alternative)]
    note = f"no a.m./p.m.: read as {readings[0]} or {readings[1]}"
    return primary, alternative, (note,)


def _after(low: float, high: float) -> float:
    """The end of a range that passes midnight is on the next day."""
    return high + DAY if high < low else high


def _range_mention(text: str, item: _Item) -> Mention:
    (low, high), alternative, notes = _range_values(item)
    alternatives = (alternative,) if alternative and alternative != (low, high) else ()
    period = item.period or item.own_periods[0] or item.own_periods[1]
    return _mention(text, item, low, high, alternatives, notes, period)


def _mention(
    text: str,
    item: _Item,
    low: float,
    high: float,
    alternatives: tuple[tuple[float, float], ...],
    notes: tuple[str, ...],
    period: _Period | None,
) -> Mention:
    attrs = []
    zones = [clock.tz for clock in item.clocks if clock.tz]
    if zones:
        attrs.append(("tz", zones[-1]))
    if period is not None:
        attrs.append(("day_part", period.rule.name))
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
    low, high = _clock_minutes(rule.start), _clock_minutes(rule.end)
    if high <= low:
        high += DAY
    middle = (low + high) / 2
    if mod == "early":
        return low, middle
    if mod == "late":
        return middle, high
    return low, high


def _period_mention(text: str, period: _Period) -> Mention:
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
    strong = _strong_clocks(text)
    periods = _without_overlap(_periods(text), strong)
    weak = _without_overlap(_without_overlap(_weak_clocks(text), strong), periods)
    clocks = sorted(strong + weak, key=lambda c: c.start)
    items = [_Item(c.start, c.end, (c,), (None,)) for c in clocks]
    index = _PeriodIndex(periods)
    items = _attach_trailing(text, items, index)
    items = _join_ranges(text, items)
    items = _attach_periods(text, items, index)
    mentions = [
        _clock_mention(text, item) if len(item.clocks) == 1 else _range_mention(text, item)
        for item in items
        if _is_time(item)
    ]
    mentions += [_period_mention(text, p) for p in index.unused() if p.cued and p.rule.reported_alone]
    return sorted(mentions, key=lambda m: m.start)
