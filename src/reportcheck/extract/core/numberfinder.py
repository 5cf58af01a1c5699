"""Every plain number in a string, with its offsets: numerals and number words.

:func:`find_numbers` finds the numbers a report writes ("1,200", "twelve
hundred", "a dozen", "2.5 million", "minus four") as mentions of dimension
``number``, reading each value through the parsers of
:mod:`reportcheck.extract.core.numbers`.  Ordinals, "one" as a pronoun,
dotted runs ("192.168.1.2") and numerals glued to a unit ("29km", left to the
quantity parser) are no numbers here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from reportcheck.extract.core.mentions import Mention
from reportcheck.extract.core.numbers import (
    DOZEN_WORDS,
    FRACTION_WORDS,
    MAX_RUN_WORDS,
    NUMERAL_PATTERN,
    SCALE_WORDS,
    SUFFIX_SCALES,
    TENS_WORDS,
    WORD_RUN_PATTERN,
    fraction_phrase,
    integer_words,
    longest_first,
    number_precision,
    numeral_value,
    words_value,
)
from reportcheck.knowledge.money import sign_before
from reportcheck.knowledge.vocabulary import alternation

#: Words before "one" that make it a pronoun ("the one you mentioned"), not a count.
PRONOUN_ONE_BEFORE = frozenset({"the", "this", "that", "which", "each", "every", "any", "no", "another"})
#: Verbs, as written, after which "that" opens a clause rather than pointing:
#: "police said that one person was arrested", "ordered that one person be
#: placed in police custody", "were told that one victim was driven to a
#: hospital" count one; "that one" alone stays the pronoun ("like that one").
CLAUSE_THAT_AFTER = frozenset(
    {
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "reported", "reports",
        "confirmed", "confirms", "announced", "announces", "ordered", "orders", "believe", "believed",
        "believes", "learned", "revealed", "noted", "explained", "showed", "show", "shows", "indicated",
    }
)  # fmt: skip
#: Words before a bare scale word that make it vague: "several hundred million" is no 100 million.
VAGUE_BEFORE = frozenset({"several", "few", "many", "some", "multi", "of", "tens", "hundreds", "thousands"})
#: A numeral starts at no letter, dot or thousands group: "Rs200,000" holds no
#: figure "000" (three digits after "digit," belong to the numeral before
#: them); one or two digits after it start a numeral of their own, a list
#: written without spaces ("rooms 2,3 and 7", "on 12,13 and 14 May").
_NUMERAL_RE = re.compile(
    rf"(?<![\w.])(?!(?<=\d,)\d{{3}}(?!\d))(?:(?P<word>minus|negative)\s+|(?P<sign>[-−])(?=[\d.])|\+(?=[\d.]))?(?P<num>{NUMERAL_PATTERN})",
    re.IGNORECASE,
)
#: "3 million and a half": a fraction after a numeral and its scale words.
#: A numeral glued to the letters before it ("Rs200,000", "KSh50,000",
#: "Tk20,000"): a figure only when those letters are a currency sign
#: (:func:`_glued_sum`), the house style of South Asian and East African copy.
_GLUED_RE = re.compile(rf"(?<=[^\W\d_])(?P<word>)(?P<sign>)(?P<num>{NUMERAL_PATTERN})")
_AND_FRACTION_RE = re.compile(
    r"\s+and\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine)\s+(?:"
    + alternation(FRACTION_WORDS)
    + r")\b",
    re.IGNORECASE,
)
_SUFFIX_RE = re.compile(r"\s?(?P<suffix>MM|mln|mil|mn|bln|bn|tln|trn|tn|[kKMbm])(?![\w])")
_SCALE_AFTER_RE = re.compile(r"(?:\s+(?:" + alternation([*SCALE_WORDS, *DOZEN_WORDS]) + r")\b)+")
_WORD_RUN_RE = re.compile(rf"(?:\b(?P<neg>minus|negative)\s+)?(?P<run>{WORD_RUN_PATTERN})", re.IGNORECASE)
_COUPLE_RE = re.compile(r"\ba\s+couple(?:\s+of)?\b", re.IGNORECASE)
#: Dotted runs of integers ("192.168.1.2", "v2.3.1") are separate numbers, not decimals.
_DOTTED_RE = re.compile(r"(?<![\d.])\d+(?:\.\d+){2,}(?![\d])")
#: Ordinals are not amounts: "4th", "21st", "twenty-fifth".
_ORDINAL_RE = re.compile(
    r"\b\d+(?:st|nd|rd|th)\b|\b(?:" + alternation(TENS_WORDS) + r")-(?:first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth)\b",
    re.IGNORECASE,
)
_DIGIT_THEN_SPACE_RE = re.compile(r"\d\s+$")
_DIGITS_RE = re.compile(r"\d+")
_JOIN_GAP_RE = re.compile(r"[ \t]+(?:and[ \t]+)?")
_LETTERS_RE = re.compile(r"[A-Za-z]+")


def _masked(text: str, pattern: re.Pattern[str]) -> str:
    """``text`` with every match of ``pattern`` blanked, offsets unchanged."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _suffix_scale(text: str, start: int, end: int) -> tuple[int, float] | None:
    """An abbreviated scale right after the numeral at ``start:end``: (new end, multiplier).
    A lowercase "m" is million only after a currency sign ("£10m", "Rs 5m": the
    signs of rules/money.yaml); "10m" alone is metres."""
    suffix = _SUFFIX_RE.match(text, end)
    if not suffix:
        return None
    word = suffix.group("suffix")
    if word == "m" and not sign_before(text, start):
        return None
    if word in ("m", "b") and suffix.group(0).startswith(" "):
        return None
    return suffix.end(), float(SUFFIX_SCALES.get(word, 10**6))


def _with_scale_words(
    text: str, numeral: str, value: float, scales: re.Match[str]
) -> tuple[float, int] | None:
    """ "2 million", "322 hundred", "3 dozens", "3 million and a half" -> (value, end)."""
    words = scales.group(0).lower().split()
    if words[-1] in DOZEN_WORDS:
        base = integer_words([numeral, *words[:-1]]) if len(words) > 1 else value
        return None if base is None else (base * 12, scales.end())
    scaled = integer_words([numeral, *words])
    if scaled is None:
        return None
    fraction = _AND_FRACTION_RE.match(text, scales.end())
    if fraction and SCALE_WORDS[words[-1]] >= 10**6:
        fraction_value = fraction_phrase(fraction.group(0).lower().split()[1:])
        if fraction_value is not None and fraction_value < 1:
            return scaled + fraction_value * SCALE_WORDS[words[-1]], fraction.end()
    return scaled, scales.end()


def _numeral_mention(text: str, match: re.Match[str]) -> Mention | None:
    """One numeral with what belongs to it: a sign, an abbreviated scale, scale words."""
    start, end = match.start("num"), match.end()
    value = numeral_value(match.group("num"))
    if value is None:
        return None
    suffix = _suffix_scale(text, match.start(), end)
    scales = _SCALE_AFTER_RE.match(text, end)
    if suffix:
        end, multiplier = suffix
        value *= multiplier
    elif text[end : end + 1].isalpha():
        return None  # "180ml", "29km", "1m": a quantity, left to the quantity parser
    elif scales:
        scaled = _with_scale_words(text, match.group("num"), value, scales)
        if scaled is not None:
            value, end = scaled
    if match.group("word") or match.group("sign"):
        start, value = match.start(), -value
    return _number_mention(text, start, end, value)


def _numeral_mentions(text: str) -> list[Mention]:
    matches = [*_NUMERAL_RE.finditer(text), *(m for m in _GLUED_RE.finditer(text) if _glued_sum(text, m))]
    found = (_numeral_mention(text, match) for match in matches)
    return [mention for mention in found if mention is not None]


def _glued_sum(text: str, match: re.Match[str]) -> bool:
    """ "Rs200,000": a numeral glued to a currency sign is a sum (the money
    reader's, never people counted); glued to other letters ("N104", "R5",
    "COVID19") it is part of a name, read as no figure."""
    return sign_before(text, match.start("num"))


def _run_tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [
        (m.group(0).lower(), start + m.start(), start + m.end())
        for m in _LETTERS_RE.finditer(text[start:end])
    ]


def _word_before(text: str, start: int) -> str:
    before = _LETTERS_RE.findall(text[max(0, start - 16) : start])
    return before[-1].lower() if before else ""


def _pronoun_one(text: str, start: int) -> bool:
    """ "the one you mentioned", "that one": "one" after a word that makes it a
    pronoun; never after the "that" that opens a clause of saying, "said that
    one person was arrested" (`CLAUSE_THAT_AFTER`)."""
    before = _word_before(text, start)
    if before != "that":
        return before in PRONOUN_ONE_BEFORE
    that = text.lower().rfind("that", max(0, start - 16), start)
    return _word_before(text, that) not in CLAUSE_THAT_AFTER


def _word_mentions(text: str) -> list[Mention]:
    """Number-word runs, with "minus"/"negative" before them."""
    found = []
    for match in _WORD_RUN_RE.finditer(text):
        tokens = _run_tokens(text, match.start("run"), match.end("run"))
        for start, end, value in _readable_pieces(text, tokens):
            if match.group("neg") and start == tokens[0][1]:
                start, value = match.start(), -value
            found.append(_number_mention(text, start, end, value))
    return found


def _longest_readable(tokens: list[tuple[str, int, int]], position: int) -> tuple[int | None, float]:
    """The end of the longest token run from ``position`` that reads as one number."""
    for piece_end in range(min(len(tokens), position + MAX_RUN_WORDS), position, -1):
        words = [t[0] for t in tokens[position:piece_end]]
        if words[-1] in ("and", "point", "of", "a", "an"):
            continue
        value = words_value(words)
        if value is not None:
            return piece_end, value
    return None, 0.0


def _not_a_count(text: str, words: list[str], start: int) -> bool:
    """A readable piece that still counts nothing: "one" as a pronoun ("the one you
    mentioned"), a scale word after a numeral ("3 million") or a vague word ("several
    hundred million")."""
    if words == ["one"]:
        return _pronoun_one(text, start)
    if words[0] not in SCALE_WORDS:
        return False
    after_numeral = _DIGIT_THEN_SPACE_RE.search(text, max(0, start - 8), start) is not None
    return after_numeral or _word_before(text, start) in VAGUE_BEFORE


def _readable_pieces(text: str, tokens: list[tuple[str, int, int]]) -> Iterator[tuple[int, int, float]]:
    """(start, end, value) of the longest pieces of a word run that each read as one number:
    "three-nought-four" is three numbers, "one hundred and five" one."""
    position = 0
    while position < len(tokens):
        piece_end, value = _longest_readable(tokens, position)
        if piece_end is None:
            position += 1
            continue
        start, end = tokens[position][1], tokens[piece_end - 1][2]
        words = [t[0] for t in tokens[position:piece_end]]
        if not _not_a_count(text, words, start):
            yield start, end, value
        elif words[0] in SCALE_WORDS:
            # the scale word of a numeral ("3 hundred and one"): what follows it is read on its own
            position += 1
            continue
        position = piece_end


def _number_mention(text: str, start: int, end: int, value: float) -> Mention:
    written = text[start:end]
    return Mention(
        start=start,
        end=end,
        text=written,
        dimension="number",
        unit="",
        low=value,
        high=value,
        precision=number_precision(written, value),
    )


def _dotted_mentions(text: str) -> list[Mention]:
    found = []
    for match in _DOTTED_RE.finditer(text):
        for part in _DIGITS_RE.finditer(match.group(0)):
            start = match.start() + part.start()
            found.append(_number_mention(text, start, start + len(part.group(0)), float(part.group(0))))
    return found


def find_numbers(text: str) -> list[Mention]:
    """Every number in ``text`` with its offsets, in order (dimension "number").

    Ordinals ("4th", "twenty-fifth") are skipped; "one" is 1 except as a
    pronoun ("the one you mentioned"); a numeral glued to letters ("29km",
    "180ml") is a quantity, left to the quantity parser.
    """
    dotted = _dotted_mentions(text)
    working = _masked(_masked(text, _ORDINAL_RE), _DOTTED_RE)
    candidates = dotted + _numeral_mentions(working) + _word_mentions(working)
    candidates += [_number_mention(text, m.start(), m.end(), 2.0) for m in _COUPLE_RE.finditer(working)]
    finite = [m for m in candidates if _finite(m)]
    return [_with_original_text(text, m) for m in _joined(text, longest_first(finite))]


def _joined(text: str, mentions: list[Mention]) -> list[Mention]:
    """Numerals and words mixed in one number: "3 hundred and 21", "4 thousand
    3 hundred", "6 crore and two hundred" are each one number, the part after a
    scale word smaller than that scale."""
    joined: list[Mention] = []
    for mention in mentions:
        last = joined[-1] if joined else None
        if last is not None and _continues(text, last, mention):
            assert last.low is not None and mention.low is not None  # _continues checks
            value = last.low + mention.low
            joined[-1] = _number_mention(text, last.start, mention.end, value)
        else:
            joined.append(mention)
    return joined


def _continues(text: str, before: Mention, after: Mention) -> bool:
    if before.low is None or after.low is None or before.low <= 0 or after.low <= 0:
        return False
    if not _JOIN_GAP_RE.fullmatch(text, before.end, after.start):
        return False
    words = _LETTERS_RE.findall(text[before.start : before.end])
    scale = SCALE_WORDS.get(words[-1].lower()) if words else None
    if scale is None or after.low >= scale or after.low != int(after.low):
        return False
    if text[after.end : after.end + 1] == "-":
        return False  # "a hundred 10-year-olds"
    gap = text[before.end : after.start]
    after_words = _LETTERS_RE.findall(after.text)
    return "and" in gap or bool(after_words and after_words[-1].lower() in SCALE_WORDS)


def _finite(mention: Mention) -> bool:
    """False for a numeral too long for a float ("1111…" of 400 digits)."""
    return all(v is None or math.isfinite(v) for v in (mention.low, mention.high))


def _with_original_text(text: str, mention: Mention) -> Mention:
    if mention.text == text[mention.start : mention.end]:
        return mention
    return Mention(**{**mention.__dict__, "text": text[mention.start : mention.end]})
