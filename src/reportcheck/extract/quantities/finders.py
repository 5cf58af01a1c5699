"""Physical quantities in a string: lengths, speeds and masses, converted by pint.

Reports of one incident give the same distance as "58km" and "36 miles", a
suspect's height as "between 5'9 and 6'2" and "180-190cm".  This module finds
such quantities with their offsets and converts them to one base unit per
dimension (length -> m, speed -> km/h, mass -> kg), so the comparer can put
them side by side.  Which words mean which unit is data (``rules/units.yaml``,
read by :mod:`reportcheck.extract.quantities.units`); pint does the arithmetic.

Each mention carries the precision the writer gave ("five miles" is good to
half a mile, 804.672 m), and nothing else: hedges ("around", "up to") are read
by the cue component, so they are left outside the mention.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from reportcheck.extract.core.mentions import Mention
from reportcheck.extract.core.numbers import (
    NUMERAL_PATTERN,
    WORD_RUN_PATTERN,
    longest_first,
    number_precision,
    parse_number,
)
from reportcheck.extract.quantities.units import (
    UnitAlias,
    alias_key,
    to_base_factor,
    unit_aliases,
    unit_rules,
)
from reportcheck.knowledge.vocabulary import phrase_alternatives

# ---------------------------------------------------------------- patterns

_FRACTION_OF = r"\b(?:(?:a|one|two|three)\s+)?(?:half|quarters?|thirds?)(?:\s+of)?\s+an?\b"
_UNIT_END = r"(?![A-Za-z0-9])"
_SEP = r"(?:\s?-\s?|\s+|)"
_CONNECTOR = r"(?:\s*[-–]\s*|\s+to\s+|\s+and\s+|\s+or\s+)"

_FOOT_NUMBER = r"(?:\d{1,2}(?!\d)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
_INCH_NUMBER = (
    r"(?:\d{1,2}(?:\.\d+)?(?![\d/])(?:\s?[½¼¾]|\s1/2)?"
    r"|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\b)"
)
_FOOT_MARK = r"(?:\s?['’′]|(?:\s?|-)(?:ft\.?|feet|foot)(?![A-Za-z]))"
#: an inch mark, glued by a hyphen too in a hyphenated height ("5-foot-10-inches")
_INCH_MARK = r"(?:\s?(?:''|’’|[\"”″])|(?:\s?|-)(?:in\.?|inch(?:es)?)(?![A-Za-z]))"
_PRIME_MARKS = "'’′"


def _number_pattern(suffix: str) -> str:
    """A numeral or number words, captured as num<suffix> or words<suffix>."""
    words = rf"{_FRACTION_OF}|{WORD_RUN_PATTERN}|\b(?:a|an)\b"
    # a numeral may carry a scale word ("1.5 million cubic metres")
    return rf"(?:(?P<num{suffix}>{NUMERAL_PATTERN}(?:\s+(?:million|billion)\b)?)|(?P<words{suffix}>{words}))"


def _feet_inches_pattern(suffix: str) -> str:
    """ "5'9", "6'2\"", "5 ft 2 in", "5 feet and 2 inches", "six-foot-two"."""
    return (
        rf"(?<![\w.'’])(?P<ft{suffix}>{_FOOT_NUMBER})(?P<ftm{suffix}>{_FOOT_MARK})"
        rf"(?P<sep{suffix}>\s?-\s?|,?\s*(?:and\s+)?)(?P<in{suffix}>{_INCH_NUMBER})(?P<inm{suffix}>{_INCH_MARK})?"
    )


@dataclass(frozen=True)
class _Patterns:
    calibre: re.Pattern[str]
    single: re.Pattern[str]
    range: re.Pattern[str]
    feet_inches: re.Pattern[str]
    feet_inches_range: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    """The regexes, built once from the alias list (longest alias first)."""
    aliases = sorted((a.alias for a in unit_rules().units if not a.compound_only), key=len, reverse=True)
    unit = phrase_alternatives(aliases)
    single = (
        rf"(?<![\w.]){_number_pattern('')}(?P<sep>{_SEP})(?P<unit>{unit}){_UNIT_END}"
        r"(?P<andhalf>\s+and\s+a\s+half\b)?"
    )
    ranged = (
        rf"(?<![\w.])(?P<between>between\s+)?{_number_pattern('a')}"
        rf"(?:(?P<sepa>{_SEP})(?P<unita>{unit}){_UNIT_END})?"
        rf"(?P<conn>{_CONNECTOR}){_number_pattern('b')}(?P<sepb>{_SEP})(?P<unitb>{unit}){_UNIT_END}"
    )
    feet_inches_range = (
        rf"(?<![\w.])(?P<between>between\s+)?{_feet_inches_pattern('a')}"
        rf"(?P<conn>{_CONNECTOR}){_feet_inches_pattern('b')}"
    )
    calibre_words = "|".join(re.escape(w) for w in unit_rules().calibre_words)
    calibre = rf"(?<![\w.])\.\d+\s?-?\s?(?:{calibre_words})\b"
    flags = re.IGNORECASE
    return _Patterns(
        calibre=re.compile(calibre, flags),
        single=re.compile(single, flags),
        range=re.compile(ranged, flags),
        feet_inches=re.compile(_feet_inches_pattern(""), flags),
        feet_inches_range=re.compile(feet_inches_range, flags),
    )


# ---------------------------------------------------------------- reading one match


@dataclass(frozen=True)
class _Reading:
    """A number and unit read from a match, before conversion."""

    value: float
    precision: float  # in the written unit
    alias: UnitAlias


_LEADING_ZERO_RE = re.compile(r"0\d")
_LOWER_WORD_RE = re.compile(r"[a-z]+")


@cache
def _opening_bracket() -> re.Pattern[str]:
    """The opening of a conversion in brackets, with the hedge a reporter may
    repeat inside it: "300 meters (about 1,000 feet)", "(or roughly 6
    miles)" (``conversion_hedges`` of rules/units.yaml)."""
    hedges = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in unit_rules().conversion_hedges)
    return re.compile(rf"\s*[(\[]\s*(?:(?:{hedges})\s+)*", re.IGNORECASE)


_NEXT_WORD_RE = re.compile(r"\s*([A-Za-z]+)")
_FOLLOWING_CHAR_RE = re.compile(r"\s*(\w?)")
_CURRENCY_BEFORE_RE = re.compile(r"[$£€¥]\s*$")


def _next_word(text: str, end: int) -> str:
    """The word after ``end`` as written ("" at punctuation or the end)."""
    following = _NEXT_WORD_RE.match(text, end)
    return following.group(1) if following else ""


def _after_currency(text: str, start: int) -> bool:
    return _CURRENCY_BEFORE_RE.search(text[max(0, start - 3) : start]) is not None


def _plausible_inch_mark(text: str, match: re.Match[str], suffix: str) -> bool:
    """A `"` after a number is inches unless it closes a quotation (an odd number of straight
    quotes before it in the paragraph) or the number is no plausible inch count ("2,290\")."""
    quote_at = match.start(f"unit{suffix}")
    paragraph_start = text.rfind("\n", 0, quote_at) + 1
    if text.count('"', paragraph_start, quote_at) % 2 == 1:
        return False
    number = match.group(f"num{suffix}") or ""
    value = parse_number(number)
    return value is not None and value <= 120 and "," not in number


def _written_form_allowed(match: re.Match[str], suffix: str, alias: UnitAlias) -> bool:
    """How number and unit are written: "100t" glued, "1.8m" after digits, "10M" is no metre."""
    words = match.group(f"words{suffix}")
    separator = match.group(f"sep{suffix}") or ""
    number = match.group(f"num{suffix}") or ""
    if alias.compound_only or (alias.numerals_only and words) or (alias.attached_only and separator):
        return False
    if words and not separator:
        return False  # "tenmiles"
    if alias.case_sensitive and match.group(f"unit{suffix}") != alias.alias:
        return False  # "10M", "$140MM" are millions, not metres
    if _LEADING_ZERO_RE.match(number):
        return False  # "2, 000ft" split by a stray space: "000" is no quantity
    last_word = (_LOWER_WORD_RE.findall((number or words or "").lower()) or [""])[-1]
    return last_word not in alias.not_after


def _context_allowed(text: str, match: re.Match[str], suffix: str, alias: UnitAlias) -> bool:
    """What is around the match: "2.5m people" and "£5m" are money, "10\"" may close a quote."""
    following = _next_word(text, match.end(f"unit{suffix}"))
    if following.lower() in alias.not_followed_by:
        return False
    if alias.not_before_capital and following[:1].isupper():
        return False  # "2m Windows users": millions
    if alias.alias in ('"', "″") and not _plausible_inch_mark(text, match, suffix):
        return False
    if _AFTER_HYPHENATED_FOOT.search(text, max(0, match.start() - 16), match.start()) and "," in (
        match.group(f"num{suffix}") or ""
    ):
        return False  # "5-foot-8,135 pounds": a height's inches, a weight, a space left out
    return not _after_currency(text, match.start())


#: a hyphenated height's foot mark just before a number ("5-foot-")
_AFTER_HYPHENATED_FOOT = re.compile(r"\d\s?-\s?(?:foot|feet|ft)\s?-\s?$", re.IGNORECASE)


def _read(text: str, match: re.Match[str], suffix: str) -> _Reading | None:
    """The value and unit of the number+unit captured with ``suffix``."""
    alias = unit_aliases().get(alias_key(match.group(f"unit{suffix}") or ""))
    if (
        alias is None
        or not _written_form_allowed(match, suffix, alias)
        or not _context_allowed(text, match, suffix, alias)
    ):
        return None
    written = match.group(f"num{suffix}") or match.group(f"words{suffix}")
    value = parse_number(written)
    if value is None or value < 0:
        return None
    if not suffix and match.group("andhalf"):
        value += 0.5
        written += " and a half"
    return _Reading(value, number_precision(written, value), alias)


def _mention(
    text: str, start: int, end: int, low: _Reading, high: _Reading | None = None, attrs=()
) -> Mention:
    """A mention in base units; a range when ``high`` is given."""
    high = high or low
    dimension = low.alias.dimension
    low_base = low.value * to_base_factor(low.alias.pint_unit, dimension)
    high_base = high.value * to_base_factor(high.alias.pint_unit, dimension)
    precision = max(
        low.precision * to_base_factor(low.alias.pint_unit, dimension),
        high.precision * to_base_factor(high.alias.pint_unit, dimension),
    )
    return Mention(
        start=start,
        end=end,
        text=text[start:end],
        dimension=dimension,
        unit=unit_rules().base_units[dimension].symbol,
        low=min(low_base, high_base),
        high=max(low_base, high_base),
        written_unit=high.alias.pint_unit,
        precision=precision,
        attrs=tuple(attrs),
    )


# ---------------------------------------------------------------- candidates


def _every_start(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The match at every position where one starts, not only the non-overlapping ones:
    when "five and six miles" is refused as one number, "six miles" must still be found."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        yield match
        position = match.start() + 1


def _connector_ok(match: re.Match[str]) -> bool:
    """ "and" needs "between"; "or" joins bare numbers ("two or three miles"); a hyphen is
    spaced on both sides or neither ("75 -300mm" is not a range)."""
    connector = match.group("conn")
    if connector.strip() == "and":
        return match.group("between") is not None
    if connector.strip() == "or":
        return match.groupdict().get("unita") is None
    if connector.strip() in "-–":
        return connector[0].isspace() == connector[-1].isspace()
    return True


def _single_candidates(text: str) -> list[Mention]:
    found = []
    for match in _every_start(_patterns().single, text):
        reading = _read(text, match, "")
        if reading is not None:
            found.append(_mention(text, match.start(), match.end(), reading))
    return found


#: the scale word a numeral may carry ("2 million cubic metres")
_SCALE = re.compile(r"\b(?:million|billion)\b", re.IGNORECASE)


def _range_candidates(text: str) -> list[Mention]:
    """ "180-190cm", "8-10 feet", "eight to 10 feet", "between 5 and 6 miles", "5km to 6km"."""
    found = []
    for match in _every_start(_patterns().range, text):
        if not _connector_ok(match):
            continue
        high = _read(text, match, "b")
        if high is None:
            continue
        if match.group("unita"):
            low = _read(text, match, "a")
            if low is None or low.alias.dimension != high.alias.dimension:
                continue
        else:
            written = match.group("numa") or match.group("wordsa")
            scale = _SCALE.search(match.group("numb") or "")
            if scale and match.group("numa") and not _SCALE.search(written):
                written = f"{written} {scale.group()}"  # "between 1 and 2 million": 1 million
            value = parse_number(written)
            if value is None or value < 0:
                continue
            low = _Reading(value, number_precision(written, value), high.alias)
        found.append(_mention(text, match.start(), match.end(), low, high))
    return found


def _feet_inches_reading(text: str, match: re.Match[str], suffix: str) -> _Reading | None:
    """Feet and inches as one reading in inches, if the match really is a height-like measure."""
    feet = parse_number(match.group(f"ft{suffix}"))
    inches = parse_number(match.group(f"in{suffix}"))
    if feet is None or inches is None or inches >= 12:
        return None
    foot_mark = match.group(f"ftm{suffix}").strip()
    inch_mark = match.group(f"inm{suffix}")
    if foot_mark[:1] in _PRIME_MARKS and not inch_mark:
        plausible_height = 3 <= feet <= 7
        if not (plausible_height or _height_context(text, match.start(), match.end())):
            return None
    separator = match.group(f"sep{suffix}")
    hyphenated = "-" in separator  # "6-foot-9": a height whatever follows
    if "," in separator and not inch_mark:
        return None  # "5 feet, 2 people"
    if (
        foot_mark[:1] not in _PRIME_MARKS
        and not inch_mark
        and not hyphenated
        and not _ends_measure(text, match.end())
    ):
        return None  # "5 feet 2 people" is not five feet two inches
    inch = unit_aliases()["inch"]
    return _Reading(feet * 12 + inches, 0.5, inch)


def _height_context(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 60) : end + 40].lower()
    return any(word in unit_rules().height_context_words for word in _LOWER_WORD_RE.findall(window))


def _ends_measure(text: str, end: int) -> bool:
    """After "5 feet 9": the end, punctuation, or a word that follows a height."""
    following = _FOLLOWING_CHAR_RE.match(text, end)
    assert following is not None  # the pattern matches the empty string
    if not following.group(1):
        return True
    allowed = {
        "and",
        "or",
        "to",
        "in",
        "with",
        "but",
        "high",
        "wide",
        "long",
        "deep",
        *unit_rules().height_context_words,
    }
    return _next_word(text, end).lower() in allowed


def _feet_inches_candidates(text: str) -> list[Mention]:
    found = []
    for match in _every_start(_patterns().feet_inches, text):
        reading = _feet_inches_reading(text, match, "")
        if reading is not None:
            found.append(_mention(text, match.start(), match.end(), reading))
    for match in _every_start(_patterns().feet_inches_range, text):
        if not _connector_ok(match):
            continue
        low = _feet_inches_reading(text, match, "a")
        high = _feet_inches_reading(text, match, "b")
        if low is not None and high is not None:
            found.append(_mention(text, match.start(), match.end(), low, high))
    return found


# ---------------------------------------------------------------- choosing


def _with_attr(mention: Mention, key: str, value: str) -> Mention:
    return Mention(**{**mention.__dict__, "attrs": (*mention.attrs, (key, value))})


_CLOSING_BRACKET_RE = re.compile(r"\s*[)\]]")


def _annotate(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mark conversions in brackets ("58km (36 miles)") and calibre-like figures ("9mm pistol")."""
    annotated = []
    previous: Mention | None = None
    for mention in mentions:
        bracketed = (
            previous is not None
            and previous.dimension == mention.dimension
            and _opening_bracket().fullmatch(text, previous.end, mention.start)
            and _CLOSING_BRACKET_RE.match(text, mention.end)
        )
        if bracketed:
            assert previous is not None  # bracketed says so
            mention = _with_attr(mention, "converted_from", previous.text)
        weapon_noun = _next_word(text, mention.end).lower() in unit_rules().weapon_nouns
        if mention.written_unit in ("millimeter", "inch") and weapon_noun:
            mention = _with_attr(mention, "possible_calibre", "yes")
        annotated.append(mention)
        previous = mention
    return annotated


_RESTATEMENT = re.compile(rf"\(\s*(?P<second>{NUMERAL_PATTERN}|{WORD_RUN_PATTERN})\s*\)", re.IGNORECASE)
_NUMBER_BEFORE = re.compile(rf"(?:{NUMERAL_PATTERN}|{WORD_RUN_PATTERN})\s*$", re.IGNORECASE)
#: how far back the restated number may start
_RESTATED_REACH = 40


def _without_restatements(text: str) -> str:
    """``text`` with a number's restatement in brackets blanked out, offsets kept:
    "12 (twelve) miles" and "five (5) kilometres" are one figure, read as "12
    miles" (legal and police prose restates numbers this way)."""
    if "(" not in text:
        return text
    pieces = []
    last = 0
    for match in _RESTATEMENT.finditer(text):
        before = _NUMBER_BEFORE.search(text[max(last, match.start() - _RESTATED_REACH) : match.start()])
        if before is None:
            continue
        first, second = parse_number(before.group().strip()), parse_number(match.group("second"))
        if first is None or first != second:
            continue
        pieces.append(text[last : match.start()])
        pieces.append(" " * (match.end() - match.start()))
        last = match.end()
    return "".join(pieces) + text[last:] if pieces else text


def find_quantities(text: str) -> list[Mention]:
    """Every length, speed and mass in ``text``, in base units, in text order.

    Ranges ("between 5'9 and 6'2", "180-190cm", "eight to 10 feet") are one
    mention with ``low`` < ``high``; a conversion in brackets is a second
    mention with ``attrs`` ``converted_from``.  Where candidates overlap the
    longest wins, so "5 feet 9" is one height, not "5 feet" (and of two
    readings of one span, feet and inches win).  Calibres
    (".357 magnum", ".45-caliber") are never lengths.  A number restated in
    brackets ("12 (twelve) miles") is one figure.
    """
    original, text = text, _without_restatements(text)
    # feet and inches first: of two readings of one span, the earlier wins, and
    # "5-foot-10-inches" is a height, not a range of inches from 5 to 10
    candidates = _feet_inches_candidates(text) + _single_candidates(text) + _range_candidates(text)
    if text is not original:
        candidates = [replace(m, text=original[m.start : m.end]) for m in candidates]
    calibres = [m.span() for m in _patterns().calibre.finditer(text)]
    candidates = [m for m in candidates if all(m.end <= start or m.start >= end for start, end in calibres)]
    finite = [m for m in candidates if all(v is None or math.isfinite(v) for v in (m.low, m.high))]
    return _annotate(text, longest_first(finite))
