"""Sums of money as claims, kept only where their words say what they are the sum of.

Reports of a lawsuit, a theft or a disaster give sums two reports can agree
or disagree on: "is suing the teen's estate for more than $10 million" and
"countersued the estate for more than $10 million in damages"; "snatched
$108 million worth of jewels" and "a haul worth £74m".  A report gives many
other sums (a fund, a loan, a salary, a budget) that are no fact of the
incident and never the same fact as each other, so a sum is a claim only
when the words that govern it name its role (``roles`` in rules/money.yaml):
the sum's own words, the words it hangs from, and a phrase "in damages" or
"worth of" beside them.  The role is the claim's subject
(``MONEY_PREFIX`` and the role), so align sets a sum only against a sum of
the same role.  The value is kept in the currency's code; sums in two
currencies are never set against each other (the comparer knows no rate of the day).
The currencies are read through ``knowledge/money.py``, which the count
extractor asks too, so that no sum is ever taken for people counted.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from reportcheck.extract.core.base import RawClaim, heads_above, lemma_of
from reportcheck.extract.core.numbers import parse_number
from reportcheck.extract.quantities.roled import Reading, role_claims
from reportcheck.knowledge.money import currency_after, currency_before, money_rules
from reportcheck.knowledge.vocabulary import MONEY_PREFIX, SCALE_ABBREVIATIONS, SCALE_WORDS, alternation
from reportcheck.models import Value

#: how many words up from the sum its role is looked for ("for" -> "suing")
_REACH = 3
#: the prepositions whose object names what a sum is ("$2 million in damage", "worth of jewels")
_NAMING_PREPOSITIONS = frozenset({"in", "of", "for"})


def _scales() -> dict[str, int]:
    """Scale word or abbreviation (lower case) -> factor: the number reader's
    one table (``SCALE_WORDS``, ``SCALE_ABBREVIATIONS``), lakh and crore
    among them, and a lone "m", million after a sign ("£30m")."""
    abbreviations = {word.lower(): factor for word, factor in SCALE_ABBREVIATIONS.items()}
    return {**abbreviations, "m": 10**6, **SCALE_WORDS}


@cache
def _pattern() -> re.Pattern[str]:
    """A sign before the figure ("$10 million", "£30m", "Rs 2.5 lakh", "₹50,000")
    or a currency word after it ("10 million dollars", "5 lakh taka")."""
    scales = alternation(_scales())
    number = r"\d[\d,]*(?:\.\d+)?"
    return re.compile(
        rf"(?:(?<![\w$£€¥₹৳])(?P<sign>{alternation(currency_before())})\s?(?P<num>{number})"
        rf"(?:\s?(?P<scale>{scales})\b)?"
        rf"|(?<![\w.,])(?P<num2>{number})(?:\s?(?P<scale2>{scales}))?\s(?P<word>{alternation(currency_after())})\b)",
        re.IGNORECASE,
    )


def _amount(match: re.Match[str]) -> tuple[str, float, float] | None:
    """(currency code, value, precision) of a matched sum, or None."""
    number = match.group("num") or match.group("num2")
    value = parse_number(number.replace(",", ""))
    if value is None or value <= 0:
        return None
    scale_word = (match.group("scale") or match.group("scale2") or "").lower()
    scale = _scales().get(scale_word, 1)
    digits = number.replace(",", "")
    step = 10 ** -len(digits.split(".")[1]) if "." in digits else 1
    sign = match.group("sign")
    code = currency_before()[sign.lower()] if sign else currency_after()[match.group("word").lower()]
    return code, value * scale, step * scale / 2


def _governing(span: Span) -> list[Token]:
    """The words a sum's role is read from, nearest first: the sum's own
    words, then the words it hangs from (up to ``_REACH``), each followed by
    the object of an "in", "of" or "for" beside it ("$10 million in damages")."""
    chain = [*span, *heads_above(span.root, _REACH)]
    found: list[Token] = []
    for word in chain:
        found.append(word)
        for prep in word.children:
            if (
                prep.dep_ == "prep"
                and prep.lower_ in _NAMING_PREPOSITIONS
                and not span.start <= prep.i < span.end
            ):
                found.extend(o for o in prep.children if o.dep_ == "pobj")
    return found


def role_of(span: Span) -> str | None:
    """What the sum in ``span`` is the sum of: the first of ``roles`` one of
    whose entries the governing words hold (an entry "A+B" needs both), or None."""
    governing = _governing(span)
    written = {w.lower_ for w in governing} | {lemma_of(w) for w in governing}
    for role, entries in money_rules().roles.items():
        if any(all(part in written for part in entry.split("+")) for entry in entries):
            return role
    return None


def _reading(match: re.Match[str], span: Span) -> Reading | None:
    """The role, value and currency of a matched sum whose role its words name."""
    amount = _amount(match)
    role = None if amount is None else role_of(span)
    if amount is None or role is None:
        return None
    code, value, precision = amount
    return role, Value(unit=code, written=value, precision=precision, low=value, high=value), code


def money_claims(doc: Doc, sent: Span) -> list[RawClaim]:
    """The sums of money in ``sent`` whose role its words name."""
    return role_claims(doc, sent, _pattern(), MONEY_PREFIX, _reading)
