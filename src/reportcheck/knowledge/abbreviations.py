"""Short forms written with a stop inside a sentence (rules/abbreviations.yaml).

The parser ends a sentence at some of their stops ("at 2272 Scottwood Ave. |
on Saturday night", "about 2:35 a.m. | Sunday in ..."); the line-break
component marks the word after such a stop as no sentence start when it goes
on with the sentence.  The forms are read here, once, in lower case and
without their stop.
"""

from __future__ import annotations

import calendar
from functools import cache

from reportcheck.knowledge.rules import Strict, load_rule_file


class AbbreviationRules(Strict):
    """rules/abbreviations.yaml: the forms, in lower case, without their stop."""

    mid_sentence_abbreviations: list[str]
    dated_abbreviations: list[str]


@cache
def _abbreviations() -> AbbreviationRules:
    return load_rule_file("abbreviations.yaml", AbbreviationRules)


@cache
def mid_sentence_abbreviations() -> frozenset[str]:
    """The forms ("ave", "a.m", "u.s") after whose stop a word in small letters
    goes on with the sentence."""
    return frozenset(_abbreviations().mid_sentence_abbreviations)


@cache
def dated_abbreviations() -> frozenset[str]:
    """The forms (a clock's half, a street's) after whose stop a weekday or a
    month goes on with the sentence ("at 9:50 p.m. Thursday", "on Elm Ave. Sunday")."""
    return frozenset(_abbreviations().dated_abbreviations)


@cache
def weekday_words() -> frozenset[str]:
    """Weekdays as written, in full and short ("Thursday", "Thu", "Tues")."""
    return frozenset([*calendar.day_name, *calendar.day_abbr, "Tues", "Thurs"])


@cache
def month_words() -> frozenset[str]:
    """Months as written, in full and short ("September", "Sep", "Sept")."""
    return frozenset(name for name in (*calendar.month_name, *calendar.month_abbr, "Sept") if name)
