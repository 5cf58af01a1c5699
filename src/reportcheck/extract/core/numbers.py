"""Numbers as reporters write them: numerals, number words, fractions.

Two reports of one incident write the same figure differently ("1,200",
"twelve hundred", "a dozen", "a mile and a half"), so every parser in this
package reads values through :func:`parse_number`.  Number words are read
by ``text2num``; what it does not know (fractions, "a dozen", "half a",
"trillion", "lakh", spoken decimals with "point") is handled here.

:func:`number_precision` says how precisely a figure was written, so the
comparer can tell rounding ("about 20") from disagreement;
:mod:`reportcheck.extract.core.numberfinder` finds the numbers of a string
with their offsets.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections.abc import Iterable
from fractions import Fraction
from typing import Protocol, TypeVar

from text_to_num import text2num

from reportcheck.knowledge.vocabulary import EXTRA_SCALES, SCALE_ABBREVIATIONS, SCALE_WORDS, alternation


class _Span(Protocol):
    # read-only, so that frozen dataclasses match
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


SpanT = TypeVar("SpanT", bound=_Span)

#: Word -> value for the words text2num reads; used to build the regexes.
UNIT_WORDS = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
#: Scale words ("lakh", "crore" and "trillion", which text2num cannot read,
#: among them) and abbreviated scales ("10k", "1.2bn"): the knowledge layer's
#: one table, which the money reader shares.
SUFFIX_SCALES = SCALE_ABBREVIATIONS
#: Denominator words: "two thirds", "a quarter", "five eighths".
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip
#: "Dozen" and the short forms lists and recipes use: "3 dzs", "five doz".
DOZEN_WORDS = frozenset({"dozen", "dozens", "doz", "dozs", "dz", "dzs"})
#: Vulgar fraction characters ("2½ miles") -> value.
UNICODE_FRACTIONS = {c: unicodedata.numeric(c) for c in "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"}
_UNICODE_CLASS = "[" + "".join(UNICODE_FRACTIONS) + "]"
#: Whole phrases with a value text2num does not give.
_SPECIAL_PHRASES: dict[str, float] = {
    "a": 1.0, "an": 1.0, "a couple": 2.0, "a couple of": 2.0, "couple of": 2.0,
    "half a": 0.5, "half an": 0.5, "a half": 0.5, "half": 0.5, "a quarter": 0.25,
}  # fmt: skip


def longest_first(candidates: Iterable[SpanT]) -> list[SpanT]:
    """Non-overlapping candidates in text order, the longest winning any overlap.

    Shared by the number, quantity and time parsers ("5 feet 9" beats "5
    feet"); kept O(n log n) with a sorted list of the chosen spans, since a
    long report has thousands of candidates."""
    starts: list[int] = []
    chosen: list[SpanT] = []
    for item in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        at = bisect.bisect_right(starts, item.start)
        if at > 0 and chosen[at - 1].end > item.start:
            continue
        if at < len(chosen) and chosen[at].start < item.end:
            continue
        starts.insert(at, item.start)
        chosen.insert(at, item)
    return chosen


_WORD = alternation([*UNIT_WORDS, *TENS_WORDS, *SCALE_WORDS, *FRACTION_WORDS, *DOZEN_WORDS])
_ARTICLE = r"(?:a|an)(?=\s+(?:" + alternation([*FRACTION_WORDS, *SCALE_WORDS, "dozen"]) + r")\b)"
_WORD_TOKEN = rf"(?:{_WORD}|{_ARTICLE})\b"
_WORD_SEP = r"(?:\s+and\s+|\s+of\s+(?=a\s+(?:million|billion)\b)|\s+point\s+|\s*-\s*|\s+)"
#: The most words one number takes ("twenty-one thousand three hundred and forty-five" is 8);
#: bounding the run keeps every regex that uses it linear.
MAX_RUN_WORDS = 16
#: A run of number words: "one hundred and five", "two thirds", "a dozen", "nine point four".
WORD_RUN_PATTERN = rf"\b{_WORD_TOKEN}(?:{_WORD_SEP}{_WORD_TOKEN}){{0,{MAX_RUN_WORDS - 1}}}"

_GROUPED_INT = (
    r"\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[\u00a0\u202f]\d{3})+|\d{1,3}(?: \d{3}){2,}"
)
#: A numeral: "1,200", "2.5", ".08", "10 1/2", "1/4", "2½".  No sign: callers decide.
NUMERAL_PATTERN = (
    r"(?:(?:\d{1,3}\s{1,2})?\d{1,2}/(?:16|10|[2-58])(?![/\d])"  # 1/4, 10 1/2
    rf"|(?:{_GROUPED_INT}|\d+)(?:\.\d+(?!\.\d))?{_UNICODE_CLASS}?"  # 1,200  2.5  2½
    r"|(?<![\d.])\.\d+"  # .08
    rf"|{_UNICODE_CLASS})"
)

_INNER_HYPHEN_RE = re.compile(r"(?<=[a-z])-(?=[a-z])")
_SPACES_RE = re.compile(r"\s+")
_SPACES_QUOTES_RE = re.compile(r"[\s']")
_MIXED_FRACTION_RE = re.compile(r"(?:(\d+)\s+)?(\d+)/(\d+)")
_SLASH_FRACTION_RE = re.compile(r"\d+/(\d+)")
_GROUP_SEPARATOR_RE = re.compile(r"[,\u00a0\u202f ]")
_PLAIN_DECIMAL_RE = re.compile(r"\d*\.?\d+|\d+\.?")
_LEADING_DIGITS_RE = re.compile(r"\d*")
_WRITTEN_NUMERAL_RE = re.compile(r"\d[\d,\u00a0\u202f]*(?:\.\d+)?|\.\d+")
_LOWER_WORD_RE = re.compile(r"[a-z]+")
_TOKEN_RE = re.compile(rf"[a-z]+|\d[\d,.\u00a0\u202f]*|{_UNICODE_CLASS}")
_SIGN_RE = re.compile(r"(?:(?P<word>minus|negative)\s+|(?P<mark>[-+−])\s?)(?=\S)", re.IGNORECASE)
_SUFFIXED_RE = re.compile(
    rf"(?P<num>{NUMERAL_PATTERN})\s?(?P<suffix>{'|'.join(sorted(SUFFIX_SCALES, key=len, reverse=True))}|m)"
)


# ---------------------------------------------------------------- parsing


def _normalise(text: str) -> str:
    """Lowercase, one space between words, hyphens as spaces; keep digits intact."""
    text = text.strip().lower().replace("’", "'").replace("−", "-")
    text = _INNER_HYPHEN_RE.sub(" ", text)
    return _SPACES_RE.sub(" ", text)


def numeral_value(text: str) -> float | None:
    """The value of a numeral without sign: "1,200", "10 1/2", ".08", "2½", "1 234 567"."""
    text = text.strip()
    mixed = _MIXED_FRACTION_RE.fullmatch(text)
    if mixed:
        whole, top, bottom = mixed.groups()
        if int(bottom) == 0:
            return None
        return int(whole or 0) + int(top) / int(bottom)
    tail = 0.0
    if text and text[-1] in UNICODE_FRACTIONS:
        tail, text = UNICODE_FRACTIONS[text[-1]], text[:-1]
        if not text:
            return tail
    cleaned = _GROUP_SEPARATOR_RE.sub("", text)
    if not _PLAIN_DECIMAL_RE.fullmatch(cleaned):
        return None
    return float(cleaned) + tail


def fraction_phrase(words: list[str]) -> float | None:
    """ "a half", "two thirds", "three quarters", "half" -> the fraction's value."""
    if not words or words[-1] not in FRACTION_WORDS:
        return None
    denominator = FRACTION_WORDS[words[-1]]
    numerator_words = words[:-1]
    if not numerator_words:
        return 0.5 if words[-1] == "half" else None  # a bare "third" is an ordinal
    numerator: float | None
    if numerator_words in (["a"], ["an"]):
        numerator = 1.0
    else:
        numerator = integer_words(numerator_words)
        if numerator is None:
            return None
    return numerator / denominator


def _text2num(words: list[str]) -> float | None:
    """text2num on a word list, with "a hundred" read as "one hundred"."""
    if not words:
        return None
    words = [
        "one" if i == 0 and w in ("a", "an") else ("nought" if w == "naught" else w)
        for i, w in enumerate(words)
    ]
    try:
        return float(text2num(" ".join(words), "en"))
    except ValueError:
        return None


def integer_words(words: list[str]) -> float | None:
    """Whole numbers in words or numerals with scale words: "twenty-one trillion and three
    hundred", "three lakh crore", "322 hundred", "2.5 million"."""
    if not words:
        return None
    largest = max(
        (i for i, w in enumerate(words) if w in EXTRA_SCALES),
        default=None,
        key=lambda i: EXTRA_SCALES[words[i]],
    )
    if largest is not None:
        head, tail = words[:largest], words[largest + 1 :]
        if tail and tail[0] == "and":
            tail = tail[1:]
        head_value = integer_words(head) if head else 1.0
        tail_value = integer_words(tail) if tail else 0.0
        if head_value is None or tail_value is None:
            return None
        return head_value * EXTRA_SCALES[words[largest]] + tail_value
    if words[0] in ("zero", "nought", "naught") and len(words) > 1:
        return None  # "nought four" is two digits read out, not four
    first = numeral_value(words[0])
    if first is not None:
        scale = 1.0
        for word in words[1:]:
            if word not in SCALE_WORDS:
                return None
            scale *= SCALE_WORDS[word]
        return first * scale
    return _text2num(words)


def _spoken_decimal(words: list[str]) -> float | None:
    """ "two hundred point zero three", "nine point nought four" -> 200.03, 9.04."""
    at = words.index("point")
    whole = integer_words(words[:at]) if words[:at] else 0.0
    tail = words[at + 1 :]
    if whole is None or not tail:
        return None
    if all(w in UNIT_WORDS and UNIT_WORDS[w] < 10 for w in tail):
        digits = "".join(str(UNIT_WORDS[w]) for w in tail)
    else:
        tail_value = _text2num(tail)
        if tail_value is None:
            return None
        digits = str(int(tail_value))
    return whole + float("0." + digits)


def words_value(words: list[str]) -> float | None:
    """The value of a normalised word list (no sign)."""
    if not words:
        return None
    if "point" in words:
        return _spoken_decimal(words)
    special = _SPECIAL_PHRASES.get(" ".join(words))
    if special is not None:
        return special
    last = words[-1]
    if last in DOZEN_WORDS:
        if len(words) == 1:
            return None  # "dozens of homes" is no number; "a dozen" is
        if "and" in words[:-1]:  # "three hundred and two dozens": 300 + 24
            at = len(words) - 1 - words[::-1].index("and")
            whole, dozens = integer_words(words[:at]), words_value(words[at + 1 :])
            if whole is not None and dozens is not None and dozens < SCALE_WORDS.get(words[at - 1], 1):
                return whole + dozens
        head = [w for w in words[:-1] if w not in ("a", "an")]
        head_value = words_value(head) if head else 1.0
        return None if head_value is None else head_value * 12
    if len(words) == 1 and last in SCALE_WORDS:
        return None  # "the million-member union": a scale word alone counts nothing
    if last in ("million", "billion", "trillion") and len(words) > 1:
        head = words[:-1]
        while head and head[-1] in ("a", "an", "of"):
            head = head[:-1]
        head_value = 0.25 if head == ["quarter"] else _fraction_or_mixed(head)
        if head_value is not None and head_value != int(head_value):
            return head_value * SCALE_WORDS[last]
    value = _fraction_or_mixed(words)
    if value is not None:
        return value
    return integer_words(words)


def _fraction_or_mixed(words: list[str]) -> float | None:
    """ "two thirds", "one and a half", "two million and a half" (2.5 million).

    A proper fraction after "and" is added to what comes before ("one hundred
    and three quarters" is 100.75); otherwise the "and" belongs to the
    numerator ("one hundred and thirty-two fifths" is 132/5)."""
    for at in range(len(words) - 1, 0, -1):
        if words[at] != "and":
            continue
        tail = fraction_phrase(words[at + 1 :])
        head = integer_words(words[:at])
        if tail is None or head is None or tail >= 1:
            continue
        last_scale = SCALE_WORDS.get(words[at - 1], 1)
        return head + tail * last_scale if last_scale >= 10**6 else head + tail
    return fraction_phrase(words)


def _split_sign(text: str) -> tuple[float, str]:
    """(+1 or -1, the rest): "-4/5", "minus five", "negative one"."""
    signed = _SIGN_RE.match(text)
    if not signed:
        return 1.0, text
    negative = signed.group("word") is not None or signed.group("mark") in ("-", "−")
    return (-1.0 if negative else 1.0), text[signed.end() :]


def _suffixed_value(text: str) -> float | None:
    """ "10k", "1.2bn", "10M", "2mil" -> the scaled value; a lone lowercase "m" is metres."""
    match = _SUFFIXED_RE.fullmatch(text)
    if not match or match.group("suffix") == "m":
        return None
    base = numeral_value(match.group("num"))
    return None if base is None else base * SUFFIX_SCALES[match.group("suffix")]


def _word_text_value(text: str) -> float | None:
    """The value of a string of number words (numerals allowed before scale words)."""
    normalised = _normalise(text)
    tokens = _TOKEN_RE.findall(normalised)
    if not tokens or "".join(tokens) != _SPACES_QUOTES_RE.sub("", normalised):
        return None
    return words_value(tokens)


def parse_number(text: str) -> float | None:
    """The value of a whole string that is one number, or None.

    Reads numerals ("1,200", "2.5", "10 1/2", ".08", "10k"), number words
    ("twenty-five", "one hundred and five"), "a"/"an"/"one" (1), "a dozen",
    "half a", "a couple of", fractions ("two thirds") and "X and a half".
    Anything else ("one of the policemen") is None: the caller passes the
    number's own words.
    """
    sign, rest = _split_sign(_SPACES_RE.sub(" ", text.strip()))
    if not rest:
        return None
    value = _suffixed_value(rest)
    if value is None:
        value = numeral_value(rest)
    if value is None:
        value = _word_text_value(rest)
    if value is None or not math.isfinite(value):
        return None  # a numeral too long for a float states no usable number
    return sign * value


# ---------------------------------------------------------------- precision


def _decimal_places(numeral: str) -> int:
    fraction_part = numeral.split(".", 1)[1] if "." in numeral else ""
    digits = _LEADING_DIGITS_RE.match(fraction_part)
    assert digits is not None  # \d* matches any string
    return len(digits.group(0))


def number_precision(written: str, value: float) -> float:
    """Half the step of the last significant digit written, in the written value's terms.

    "20" -> 0.5, "2.5" -> 0.05, "five" -> 0.5, "half" -> 0.25, "1/4" -> 0.125,
    "a mile and a half" -> 0.25, "2.5 million" -> 50000, "two hundred" -> 50.
    A reporter who writes "20" may have rounded by up to half a unit; one who
    writes "half" by up to a quarter.
    """
    text = _normalise(written)
    slash = _SLASH_FRACTION_RE.search(text)
    if slash and int(slash.group(1)):
        return 0.5 / int(slash.group(1))
    denominators = [FRACTION_WORDS[w] for w in _LOWER_WORD_RE.findall(text) if w in FRACTION_WORDS]
    denominators += [
        Fraction(UNICODE_FRACTIONS[c]).limit_denominator(10).denominator
        for c in text
        if c in UNICODE_FRACTIONS
    ]
    if denominators:
        return 0.5 / max(denominators)
    numerals = _WRITTEN_NUMERAL_RE.findall(text)
    if numerals:
        last = numerals[-1]
        step = 10.0 ** -_decimal_places(last)
        written_value = numeral_value(last)
        if written_value and value and abs(value) > abs(written_value) * 1.5:
            step *= abs(value) / written_value  # a scale followed: "2.5 million", "10k"
        return step / 2
    if "point" in text.split():
        return 0.5 * 10.0 ** -len(text.split("point", 1)[1].split())
    words = _LOWER_WORD_RE.findall(text)
    if words and words[-1] in SCALE_WORDS:
        return SCALE_WORDS[words[-1]] / 2
    return 0.5
