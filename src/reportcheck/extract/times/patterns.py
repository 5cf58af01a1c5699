"""The time patterns, built once from the rule file's words.

:func:`time_patterns` compiles every regex the atom finders use (numbers in
words, a.m./p.m. in all its spellings, zones, day-part cues);
:func:`phrase_key` writes a found phrase the way the rule file writes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reportcheck.extract.times.rules import time_rules
from reportcheck.knowledge.events import event_lexicon
from reportcheck.knowledge.timezones import place_clock_pattern
from reportcheck.knowledge.vocabulary import MONTH_FORMS, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES

_SPACING_RE = re.compile(r"[\s-]+")

_DIGIT_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_HOUR_WORDS = [*_DIGIT_WORDS, "ten", "eleven", "twelve"]
_TEEN_WORDS = ["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]


def _words(words) -> str:
    """Alternation of phrases, longest first; a space or hyphen matches any spacing."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(r"[\s-]+".join(re.escape(part) for part in _SPACING_RE.split(w)) for w in ordered)


#: a dotted time on the 24-hour clock ("14.30", "8.20")
_DOTTED_24 = r"(?:[01]?\d|2[0-3])\.[0-5]\d"
#: weekday names and abbreviations: a date word before a day part ("Tuesday night")
_WEEKDAY_FORMS = [*(name.lower() for name in WEEKDAY_NAMES), *WEEKDAY_ABBREVIATIONS]
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
    zoned_dotted: re.Pattern[str]
    word_clock: re.Pattern[str]
    bare_hour: re.Pattern[str]
    period: re.Pattern[str]
    day_edge: re.Pattern[str]
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
def time_patterns() -> _Patterns:
    """Every regex, built once from the rule file."""
    rules = time_rules()
    flags = re.IGNORECASE
    connectors = _words(rules.time_connectors)
    point_words = _words(w for p in rules.points for w in p.words)
    offset_phrases = _words(w for o in rules.offsets for w in o.words)
    directions = _words(rules.offset_directions)
    # "half past midnight", "a quarter to noon": a fraction of an hour before
    # or after a point that is a minute itself (no ``said_of`` span)
    exact_points = _words(w for p in rules.points if not p.said_of for w in p.words)
    target = (
        rf"(?:(?P<tp>{exact_points})(?![\w-])|"
        rf"(?P<th>\d{{1,2}}(?!\d)|{_HOUR_WORD}\b)(?::(?P<tm>[0-5]\d)|[\s-]+(?P<tmw>{_MINUTE_WORD})\b)?"
        rf"(?:\s?{_meridiem('tmer')})?(?:\s?{_OCLOCK})?)"
    )
    period_words = _words(w for p in rules.periods for w in (*p.words, *p.standalone_words))
    date_cue = (
        rf"(?P<date>(?:(?:on|next|last|this|previous|first|second|third|fourth|late\s+on|early\s+on)\s+)?"
        rf"(?:the\s+)?(?:{_words(_WEEKDAY_FORMS)})\b\.?|(?:{_words(MONTH_FORMS)})\.?\s?\d{{1,2}}(?:st|nd|rd|th)?)"
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
        # "at 14.30 EAT", "the 10.20 WIB explosion": a dotted time with a
        # zone after it is on the 24-hour clock, after a connector or as a
        # modifier of an event's noun after "the" (never "the 17.30 BST
        # kick-off" or "the 10.15 GMT train", a fixture's or a timetable's
        # time); never a dated stamp ("16 September 2013 03.31 BST", a
        # page's time of publication); the zone written in capitals, as
        # ``zone`` reads it ("at 21.30 west of Kandy" names no zone)
        zoned_dotted=re.compile(
            rf"\b(?:(?:{connectors})\s+(?={_DOTTED_24}\s*(?-i:{zones})\b)"
            rf"|the\s+(?={_DOTTED_24}\s*(?-i:{zones})\s+(?:{_words(event_lexicon().by_noun)})s?\b))"
            rf"(?P<t>(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d))",
            flags,
        ),
        word_clock=re.compile(rf"(?<![\w-])(?P<hw>{_HOUR_WORD})[\s-]+(?P<mw>{_MINUTE_WORD})(?![\w-])", flags),
        bare_hour=re.compile(rf"(?<![\w.:,/$£€])(?P<h>\d{{1,2}}|{_HOUR_WORD})(?![\w]|[.,:/]\d|\s?%)", flags),
        period=re.compile(
            rf"(?<![\w-])(?:(?P<mod1>{mods})\s+)?(?:(?:{cues})\s+)?(?:(?P<mod2>{mods})\s+)?"
            rf"(?P<word>{period_words})(?![\w-])",
            flags,
        ),
        day_edge=re.compile(
            rf"(?<![\w-])(?P<edge>{_words(rules.day_edges)})(?:\s+on)?\s+(?:the\s+)?"
            rf"(?:{_words(_WEEKDAY_FORMS)})\b\.?",
            flags,
        ),
        # "00:14 Moscow time", "11:32 p.m. Indian Standard Time": a name
        # and a clock's word, kept only where the name names a clock
        # (``place_clock`` of knowledge/timezones.py, asked by the reader)
        # "3 a.m. Eastern time", "2 a.m. Central": a zone's word
        # (``zone_words``), bare only before no capitalised word but a
        # weekday or a month ("3 p.m. Central Park" names a place)
        zone=re.compile(
            rf"\s*(?P<zone>{zones}|(?i:{local})|{_worded_zone(rules.zone_words)}"
            rf"|{place_clock_pattern().pattern})\b"
        ),
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


def _worded_zone(words: dict[str, str]) -> str:
    """A zone's word and what follows it: "standard time" or "daylight
    (saving) time" (group ``zkind``), "time", or nothing before a word that
    is no name's (a weekday or a month may follow: "2 a.m. Central Thursday")."""
    if not words:
        return r"(?!)"
    calendar = _words([*(name.lower() for name in WEEKDAY_NAMES), *MONTH_FORMS])
    return (
        rf"(?P<zword>{'|'.join(map(re.escape, words))})"
        rf"(?:\s+(?P<zkind>(?i:standard|daylight(?:[\s-]+saving)?))\s+(?i:time)"
        rf"|\s+(?i:time)|(?!\s+(?!(?i:{calendar})\b)[A-Z]))"
    )


def phrase_key(text: str) -> str:
    """A phrase as the rule file writes it: lowercase, one space for any spacing or hyphen."""
    return _SPACING_RE.sub(" ", text.strip().lower())
