"""The atoms of a time: clock times and parts of the day, each found on its own.

"1353 GMT", "1:53 p.m.", "half past eight", "noon" are strong clocks, times by
themselves; "7" or "five thirty" are weak ones, times only next to a cue; "in
the morning" is a day part.  :mod:`reportcheck.extract.times.combine` puts
them together.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from reportcheck.extract.core.numbers import longest_first, parse_number
from reportcheck.extract.times.clock import (
    FRACTION_PRECISION,
    HOUR_PRECISION,
    MINUTE_PRECISION,
    Clock,
    Period,
)
from reportcheck.extract.times.patterns import phrase_key, time_patterns
from reportcheck.extract.times.rules import PeriodRule, PointRule, time_rules
from reportcheck.extract.times.settle import settled
from reportcheck.knowledge.day_parts import clock_minutes
from reportcheck.knowledge.timezones import place_clock

_OH_RE = re.compile(r"\boh\b", re.IGNORECASE)
_LOWER_WORD_RE = re.compile(r"[a-z]+")
#: Words after "at 6.45" that make it a rate or a measure, not a clock time.
_NOT_AFTER_DOTTED_TIME = frozenset({"%", "per", "percent", "pc", "m", "km", "kg"})


def _number(text: str) -> float | None:
    """A number in words or digits; "oh" in "ten oh five" is a spoken zero, dropped."""
    return parse_number(_OH_RE.sub("", text))


def _seconds(match: re.Match[str]) -> float:
    return int(match.group("s")) / 60 if match.groupdict().get("s") else 0.0


def _minute_precision(match: re.Match[str]) -> float:
    if match.groupdict().get("s"):
        return 1 / 120
    return MINUTE_PRECISION if match.groupdict().get("m") else HOUR_PRECISION


@cache
def _point_rules() -> dict[str, PointRule]:
    return {phrase_key(word): rule for rule in time_rules().points for word in rule.words}


@cache
def _offset_phrases() -> dict[str, int]:
    return {phrase_key(word): rule.minutes for rule in time_rules().offsets for word in rule.words}


@cache
def _period_rules() -> dict[str, PeriodRule]:
    """Every day-part word, standalone ones included -> its period."""
    return {
        phrase_key(word): rule
        for rule in time_rules().periods
        for word in (*rule.words, *rule.standalone_words)
    }


def _offset(match: re.Match[str], target_hour: float) -> tuple[float, float] | None:
    """(minutes to add to the hour, precision) for "half past", "20 min past", "ten to"."""
    if match.group("phrase"):
        return _offset_phrases()[phrase_key(match.group("phrase"))], FRACTION_PRECISION
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


def connector_before(text: str, start: int) -> bool:
    return time_patterns().connector_before.search(text[max(0, start - 40) : start]) is not None


def _money_before(text: str, start: int) -> bool:
    """ "shares closed at 7p": pence, not 7 p.m."""
    words = _LOWER_WORD_RE.findall(text[max(0, start - 40) : start].lower())
    return any(word in time_rules().money_words for word in words)


def _with_zone(text: str, clock: Clock) -> Clock:
    """Extend a clock over a zone right after it ("06:00 BST", "1:53 p.m. local
    time", "00:14 Moscow time": a name that names no clock, "Eastern Standard
    Time" or "Christmas time", is left alone)."""
    zone = time_patterns().zone.match(text, clock.end)
    if not zone or (zone.group("placed") and place_clock(zone.group("placed")) is None):
        return clock
    name = zone.group("zone")
    tz = "local" if phrase_key(name) in {phrase_key(w) for w in time_rules().local_time_words} else name
    if zone.group("zword"):
        tz = _zone_letters(zone.group("zword"), zone.group("zkind"))
    return replace(clock, end=zone.end(), tz=tz)


def _zone_letters(word: str, kind: str | None) -> str:
    """The letters of a zone written as a word (``zone_words``): "Eastern"
    and "Eastern time" are "ET", "Eastern Standard Time" "EST", "Eastern
    Daylight Time" "EDT", so the knowledge layer reads them as the letters."""
    first = time_rules().zone_words[word]
    if not kind:
        return f"{first}T"
    return f"{first}{'D' if kind.lower().startswith('daylight') else 'S'}T"


def _numeric_meridiem(text: str) -> list[Clock]:
    found = []
    for match in time_patterns().numeric_meridiem.finditer(text):
        hour = int(match.group("h"))
        if hour > 23:
            continue
        minute = int(match.group("m") or 0) + _seconds(match)
        meridiem = match.group("mer").lower()
        found.append(
            Clock(match.start(), match.end(), hour, minute, meridiem, precision=_minute_precision(match))
        )
    for match in time_patterns().compact_meridiem.finditer(text):
        digits = match.group("hm")
        hour, minute = int(digits[:-2]), int(digits[-2:])
        if 1 <= hour <= 12 and minute < 60:
            mer = match.group("mer").lower()
            found.append(Clock(match.start(), match.end(), hour, minute, mer, precision=MINUTE_PRECISION))
    for match in time_patterns().short_meridiem.finditer(text):
        hour = int(match.group("h"))
        cued = connector_before(text, match.start()) and not _money_before(text, match.start())
        if 1 <= hour <= 12 and (match.group("m") or cued):
            mer = match.group("short").lower()
            found.append(
                Clock(
                    match.start(),
                    match.end(),
                    hour,
                    int(match.group("m") or 0),
                    mer,
                    precision=_minute_precision(match),
                )
            )
    return found


def _colon_times(text: str) -> list[Clock]:
    """ "13:53", "06:00", "8:30" (ambiguous), "12:34:25"; not a game clock ("with 4:43 left")."""
    found = []
    patterns = time_patterns()
    for match in patterns.colon.finditer(text):
        hour = int(match.group("h"))
        if hour > 23 or patterns.game_clock.match(text, match.end()):
            continue
        zoned = patterns.zone.match(text, match.end()) is not None  # "11:11 GMT" is on the 24-hour clock
        twenty_four = hour == 0 or hour > 12 or match.group("h").startswith("0") or zoned
        minute = int(match.group("m")) + _seconds(match)
        found.append(
            Clock(
                match.start(),
                match.end(),
                hour,
                minute,
                fixed=twenty_four,
                precision=_minute_precision(match),
            )
        )
    dotted = [m for m in patterns.dotted.finditer(text) if 1 <= int(m.group("h")) <= 12]
    for match in dotted:
        if _ends_clock(text, match.end()):
            zoned = patterns.zone.match(text, match.end()) is not None  # "at 8.20 WIB" is 08:20
            found.append(_dotted_clock(match, fixed=zoned))
    return found + _zoned_dotted_times(text, {m.start("t") for m in dotted})


def _dotted_clock(match: re.Match[str], fixed: bool) -> Clock:
    """The clock of a dotted time ("8.20", "14.30"), to the minute;
    ``fixed``: on the 24-hour clock (a zone follows it)."""
    hour, minute = int(match.group("h")), int(match.group("m"))
    return Clock(match.start("t"), match.end("t"), hour, minute, fixed=fixed, precision=MINUTE_PRECISION)


def _zoned_dotted_times(text: str, taken: set[int]) -> list[Clock]:
    """ "at 14.30 EAT", "the 10.20 WIB explosion": a dotted time a zone
    follows is on the 24-hour clock, as "14:30 EAT" is (Indonesian, East
    African and British copy writes the dot); ``taken``: the starts of
    dotted times already read after a connector."""
    return [
        _dotted_clock(match, fixed=True)
        for match in time_patterns().zoned_dotted.finditer(text)
        if match.start("t") not in taken
    ]


def _ends_clock(text: str, end: int) -> bool:
    """After "at 6.45": not a unit or "per cent" ("at 6.45 per cent" is a rate)."""
    following = time_patterns().next_word.match(text, end)
    return following is None or following.group(1).lower() not in _NOT_AFTER_DOTTED_TIME


def _four_digit_times(text: str) -> list[Clock]:
    """ "1353 GMT", "0600 hrs", "1353 (1023 GMT)", "between 0730-0930": never a bare year."""
    found = []
    patterns = time_patterns()
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
        elif not (zone or bracketed or (leading_zero and (partner or connector_before(text, match.start())))):
            continue
        hour, minute = int(match.group("h")), int(match.group("m"))
        found.append(Clock(match.start(), end, hour, minute, fixed=True, precision=MINUTE_PRECISION))
    return found


def _hour_words(text: str) -> list[Clock]:
    """ "seven o'clock", "11ish", "seven thirty pm", "ten fifty five p. m."."""
    found = []
    patterns = time_patterns()
    for pattern in (patterns.oclock, patterns.ish):
        for match in pattern.finditer(text):
            hour = _number(match.group("h"))
            if hour is not None and 1 <= hour <= 12:
                found.append(Clock(match.start(), match.end(), int(hour), 0))
    for match in patterns.word_meridiem.finditer(text):
        hour = _number(match.group("hw"))
        minute = _number(match.group("mw")) if match.group("mw") else 0
        if hour is None or minute is None or not 0 < hour <= 23 or minute >= 60:
            continue
        precision = MINUTE_PRECISION if match.group("mw") else HOUR_PRECISION
        mer = match.group("mer").lower()
        found.append(
            Clock(match.start(), match.end(), int(hour), minute, mer, fixed=hour > 12, precision=precision)
        )
    return found


def _points(text: str) -> list[Clock]:
    """Named times: "noon", "12 midnight", "mid-morning"."""
    found = []
    for match in time_patterns().point.finditer(text):
        rule = _point_rules()[phrase_key(match.group("point"))]
        start = match.start() if rule.twelve_prefix else match.start("point")
        span = (clock_minutes(rule.said_of[0]), clock_minutes(rule.said_of[1])) if rule.said_of else None
        found.append(Clock(start, match.end(), rule.minutes // 60, rule.minutes % 60, fixed=True, span=span))
    return found


def _offset_times(text: str) -> list[Clock]:
    """ "half past eight", "a quarter to 8", "20 min past eight", "ten to nine"."""
    found = []
    for match in time_patterns().offset.finditer(text):
        if match.group("tp"):  # "half past midnight", "a quarter to noon": the point's minute is fixed
            point = _point_rules()[phrase_key(match.group("tp"))].minutes
            offset = _offset(match, point // 60)
            if offset is not None:
                total = point + offset[0]
                hour, minute = int(total // 60) % 24, int(total % 60)
                found.append(Clock(match.start(), match.end(), hour, minute, fixed=True, precision=offset[1]))
            continue
        target_hour = _number(match.group("th"))
        target_minute = int(match.group("tm")) if match.group("tm") else _number(match.group("tmw") or "0")
        if target_hour is None or target_minute is None or not 0 <= target_hour <= 23:
            continue
        offset = _offset(match, target_hour)
        if offset is None:
            continue
        minutes, precision = offset
        if match.group("tmer"):  # "half past 8pm": settle the hour first
            total = settled(int(target_hour), target_minute, match.group("tmer").lower()) + minutes
            hour, fixed = int(total // 60) % 24, True
        else:
            total = target_hour * 60 + target_minute + minutes
            hour, fixed = int(total // 60) % 24 or 12, target_hour > 12
        found.append(Clock(match.start(), match.end(), hour, total % 60, fixed=fixed, precision=precision))
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


def strong_clocks(text: str) -> list[Clock]:
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


def weak_clocks(text: str) -> list[Clock]:
    """Bare hours and word times ("7", "seven", "five thirty"): times only next to a cue."""
    found = []
    for match in time_patterns().word_clock.finditer(text):
        hour, minute = _number(match.group("hw")), _number(match.group("mw"))
        if hour is not None and minute is not None and 0 < minute < 60:
            found.append(
                Clock(match.start(), match.end(), int(hour), minute, weak=True, precision=MINUTE_PRECISION)
            )
    for match in time_patterns().bare_hour.finditer(text):
        hour = _number(match.group("h"))
        if hour is not None and 1 <= hour <= 12 and hour == int(hour):
            found.append(Clock(match.start(), match.end(), int(hour), 0, weak=True, bare=True))
    return longest_first(found)


def periods_in(text: str) -> list[Period]:
    rules = time_rules()
    standalone = {phrase_key(w) for p in rules.periods for w in p.standalone_words}
    idiomatic = {phrase_key(c) for c in rules.idiomatic_cues}
    found = []
    for match in time_patterns().period.finditer(text):
        word = phrase_key(match.group("word"))
        mod_word = match.group("mod1") or match.group("mod2")
        mod = rules.period_modifiers[mod_word.lower()] if mod_word else None
        cue = match.group("cue")
        cued = bool(cue or match.group("date") or mod or word in standalone)
        is_idiomatic = bool(cue) and phrase_key(cue) in idiomatic
        rule = _period_rules()[word]
        start = _period_start(match)
        found.append(
            Period(start, match.end(), rule, mod, match.start(), cued, is_idiomatic, bare_word=not cued)
        )
    return sorted([*found, *_day_edges(text, found)], key=lambda period: period.start)


def _day_edges(text: str, periods: list[Period]) -> list[Period]:
    """ "early Sunday", "late on Saturday": a day told with "early" or "late"
    alone names a part of it (``day_edges`` in rules/timeofday.yaml), a day
    part like "early Sunday morning" that reporters leave the noun off.  One
    a day part's own phrase holds ("late Saturday night") is that phrase's."""
    rules = time_rules()
    by_name = {rule.name: rule for rule in rules.periods}
    found = []
    for match in time_patterns().day_edge.finditer(text):
        if any(p.phrase_start < match.end() and match.start() < p.end for p in periods):
            continue
        edge = rules.day_edges[phrase_key(match.group("edge"))]
        rule = by_name[edge.period]
        found.append(Period(match.start(), match.end(), rule, edge.mod, match.start(), True, False, False))
    return found
