"""Figures of a fact box: "Deaths: 15", "Injured: 200+", "Magnitude: 6.1",
"Casualties: 18 dead, 190 injured", a table's row "Fatalities 21".

Which lines are a box's facts, and what each label reads, load decides
(:mod:`reportcheck.load.factbox`, labels in ``rules/factbox.yaml``).  Here
their figures become claims: the label is the outcome of a count ("Deaths"
a count of the killed), or, under a label that names no single outcome
("Casualties"), each figure's own outcome word is ("18 dead, 190 injured").
A value written in words is read by the project's number parser ("Deaths:
Two", "Missing: at least three"), a vague word as its range ("Injured:
Dozens") and a word of nobody as zero ("Fatalities: none").
A box states the main incident's figures, so every count is of all its
victims.  The component runs before the count component, which then skips
the figures claimed here; a depth, a date or a place in a box is read by
its own component, as in any sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from reportcheck.details import VAGUE
from reportcheck.extract.core.base import RawClaim, add_claim, register_extractor, text_of
from reportcheck.extract.core.numbers import parse_number
from reportcheck.extract.counts.component import casualty_subject
from reportcheck.extract.quantities.magnitude import magnitude_claim
from reportcheck.knowledge.casualties import lexicon
from reportcheck.load.factbox import FactLine, fact_line_numbers, factbox_rules, facts_in
from reportcheck.models import ClaimKind, Value

#: a figure ("15", "1,200") and a "+" after it ("200+": that many or more)
_FIGURE = r"(?P<figure>\d{1,3}(?:,\d{3})+|\d+)(?P<plus>\s?\+)?"
#: the figure a count's value opens with, after at most a few words ("at least 15", "over 200")
_LEADING_FIGURE = re.compile(rf"(?:[A-Za-z]+\s+){{0,3}}{_FIGURE}(?![\d.,]\d)")
#: a figure and the word after it, an item of a list ("18 dead", "190 injured")
_ITEM = re.compile(rf"{_FIGURE}\s+(?P<word>[A-Za-z]+)")
#: a magnitude's value: "6.1", "M6.1", "6.1 Mw"
_MAGNITUDE = re.compile(r"(?:M[wLs]?\s?)?(?P<value>\d{1,2}(?:\.(?P<decimals>\d{1,2}))?)(?![\d.])")

#: outcomes a box's count may state
COUNTED = frozenset({"killed", "injured", "missing"})


def _count_value(figure: str, plus: bool) -> Value:
    number = int(figure.replace(",", ""))
    if plus:
        return Value(unit="people", written=number, low=number, high=None, label=f"{number} or more")
    return Value(unit="people", written=number, low=number, high=number, label=str(number))


def _count_claim(outcome: str, start: int, end: int, match: re.Match[str], offset: int) -> RawClaim:
    """A count of all victims with ``outcome``, quoted from ``start`` to ``end``
    and anchored on its figure (``match``'s, whose offsets are ``offset`` on)."""
    value = _count_value(match.group("figure"), bool(match.group("plus")))
    anchor = (offset + match.start("figure"), offset + match.end("figure"))
    return _box_count(outcome, (start, end), value, anchor)


def _box_count(
    outcome: str, quote: tuple[int, int], value: Value, anchor: tuple[int, int], vague: bool = False
) -> RawClaim:
    """A count of all victims with ``outcome``, quoted over ``quote`` and
    anchored on the words of its value."""
    _, label, details = casualty_subject(outcome, "all")
    return RawClaim(
        kind=ClaimKind(outcome),
        start=quote[0],
        end=quote[1],
        subject="victims",
        subject_label=label,
        value=value,
        details=details.replace(told=VAGUE) if vague else details,
        anchor_start=anchor[0],
        anchor_end=anchor[1],
    )


#: where a value's words end: a note in brackets, a list's comma, a spaced dash
_VALUE_END = re.compile(r"\s*(?:[(,;]|\s[-\u2013\u2014]\s)")
#: at most this many words (a hedge: "at least", "more than") before a value's number words
MAX_WORDS_BEFORE = 3


def _word_value(value: str) -> tuple[Value, int, int, bool] | None:
    """A count written in words ("Two", "at least twelve", "Dozens", "none"):
    its value, where its words start and end in ``value``, and whether it is
    vague.  The number words must run to the value's end (or its bracket,
    comma or dash): "Missing: Girl, 12, last seen" and "Deaths: not yet
    known" say no count, and a lone "a" is no number ("Missing: a girl")."""
    head = _VALUE_END.split(value, maxsplit=1)[0].rstrip()
    if head.strip().lower() in {z.lower() for z in factbox_rules().zero_values}:
        zero = Value(unit="people", written=0, low=0, high=0, label="0")
        return zero, len(value) - len(value.lstrip()), len(head), False
    words = list(re.finditer(r"\S+", head))
    vague = lexicon().vague
    for skip in range(min(MAX_WORDS_BEFORE, len(words) - 1) + 1):
        start = words[skip].start()
        phrase = head[start:].lower()
        if phrase in vague:
            low, high = vague[phrase]
            written = (low + high) / 2
            worded = Value(unit="people", written=written, low=low, high=high, label=phrase)
            return worded, start, len(head), low != high  # "a dozen" is twelve
        number = None if phrase in ("a", "an") else parse_number(phrase)
        if number is not None and number >= 0 and number == int(number):
            count = Value(unit="people", written=number, low=number, high=number, label=f"{number:g}")
            return count, start, len(head), False
    return None


def _items(value: str, offset: int) -> list[RawClaim]:
    """The counts of a value that names each figure's outcome ("18 dead, 190 injured")."""
    outcome_word = lexicon().outcome_word
    claims = []
    for match in _ITEM.finditer(value):
        outcome = outcome_word.get(match.group("word").lower())
        if outcome in COUNTED:
            claims.append(_count_claim(outcome, offset + match.start(), offset + match.end(), match, offset))
    return claims


def count_claims(line: str, fact: FactLine, line_start: int) -> list[RawClaim]:
    """The counts a fact line states; its offsets are ``line_start`` on."""
    value = line[fact.value_start : fact.value_end]
    offset = line_start + fact.value_start
    items = _items(value, offset)
    if items or fact.reads == "casualties":
        return items
    match = _LEADING_FIGURE.match(value)
    if match is None:
        # "Deaths: Two", "Injured: Dozens", "Fatalities: none"
        worded = _word_value(value)
        if worded is None:
            return []
        count, start, end, vague = worded
        quote = (line_start + fact.label_start, offset + end)
        return [_box_count(fact.reads, quote, count, (offset + start, offset + end), vague)]
    # "Deaths: 15": the label is the outcome, and part of the quote
    return [_count_claim(fact.reads, line_start + fact.label_start, offset + match.end(), match, offset)]


def magnitude_claims(line: str, fact: FactLine, line_start: int) -> list[RawClaim]:
    """The magnitude a fact line states ("Magnitude: 6.1"), quoted with its label."""
    match = _MAGNITUDE.match(line, fact.value_start, fact.value_end)
    if match is None or not 0 < float(match.group("value")) < 10.5:
        return []
    decimals = len(match.group("decimals") or "")
    start, end = line_start + fact.label_start, line_start + match.end("value")
    return [magnitude_claim(start, end, float(match.group("value")), decimals)]


def extract_factbox(doc: Doc) -> None:
    """Add the counts and magnitudes of ``doc``'s fact-box lines."""
    lines = text_of(doc).split("\n")
    facts = fact_line_numbers(lines)
    line_start = 0
    for number, line in enumerate(lines):
        for fact in facts_in(line) if number in facts else []:
            if fact.reads in COUNTED | {"casualties"}:
                for claim in count_claims(line, fact, line_start):
                    add_claim(doc, claim)
            elif fact.reads == "magnitude":
                for claim in magnitude_claims(line, fact, line_start):
                    add_claim(doc, claim)
        line_start += len(line) + 1


register_extractor("reportcheck_factbox", extract_factbox)
