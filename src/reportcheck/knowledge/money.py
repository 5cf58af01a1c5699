"""Sums of money: the currencies a report writes them in, and whether a figure is one.

Two readers need to know a sum when they see one.  The money extractor
(``extract/quantities/money.py``) keeps a sum whose words say what it is the
sum of; the count extractor must never take a sum for people counted.
Disaster copy from South Asia gives compensation beside the toll, in the same
scale words as its counts of people: "an ex-gratia of Rs 10 lakh to the next
of kin of each deceased and Rs 2.5 lakh to the grievously injured" beside
"over 2.1 lakh people were affected".  Read without its currency, "2.5 lakh"
to the injured is 250,000 people injured.  Both readers take the currencies
from ``rules/money.yaml`` through this module, so a currency added there is
known to both; the scale words ("million", "lakh", "crore") are the number
reader's (``SCALE_WORDS`` of ``knowledge/vocabulary.py``), one table for
the figures of people and of money.
"""

from __future__ import annotations

import re
from functools import cache

from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.knowledge.vocabulary import alternation


class Currency(Strict):
    """How a report writes one currency: a sign or code before the figure
    ("Rs 5 lakh", "$10 million", "Tk 2 crore"), a word or code after it
    ("5 lakh rupees", "10,000 taka")."""

    before: list[str]
    after: list[str]


class MoneyRules(Strict):
    """``rules/money.yaml``: currencies and the roles of a sum."""

    #: currency code -> its signs and words
    currencies: dict[str, Currency]
    #: role -> the words (as written or lemmas) that give a sum that role
    roles: dict[str, list[str]]


@cache
def money_rules() -> MoneyRules:
    """The validated ``rules/money.yaml``."""
    return load_rule_file("money.yaml", MoneyRules)


@cache
def currency_before() -> dict[str, str]:
    """Sign or code written before a figure (lower case) -> currency code."""
    return {w.lower(): code for code, c in money_rules().currencies.items() for w in c.before}


@cache
def currency_after() -> dict[str, str]:
    """Word or code written after a figure (lower case) -> currency code."""
    return {w.lower(): code for code, c in money_rules().currencies.items() for w in c.after}


@cache
def _before_re() -> re.Pattern[str]:
    """A currency sign or code ending right before a figure ("Rs ", "₹", "Tk.")."""
    signs = alternation(currency_before())
    return re.compile(rf"(?<![\w$£€¥₹৳])(?:{signs})\s?$", re.IGNORECASE)


@cache
def _after_re() -> re.Pattern[str]:
    """A currency word or code right after a figure ("5 lakh rupees", "10,000 taka")."""
    return re.compile(rf"\s?(?:{alternation(currency_after())})\b", re.IGNORECASE)


#: how far before a figure its currency sign may start ("Rs. ", "US$ ", "NPR ")
_SIGN_REACH = 12


def sign_before(text: str, start: int) -> bool:
    """Whether a currency sign or code ends right before ``start`` ("Rs 2.5",
    "₹50,000", "PKR 1"), a space between them or none."""
    return _before_re().search(text, max(0, start - _SIGN_REACH), start) is not None


def is_sum_of_money(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` of ``text`` (its scale words
    included: "2.5 lakh") is a sum of money, told by a currency sign before it
    or a currency word after it.  A sum is never a count of people, however
    its words hang on an outcome: "Rs 2.5 lakh to the grievously injured"
    counts no one injured."""
    return sign_before(text, start) or _after_re().match(text, end) is not None
