"""The rule file's words as lookups: written form -> month, weekday, day, holiday.

Every finder and the calendar arithmetic read words through these, so a form
is folded (case, hyphens, curly apostrophes) the same way everywhere.  Month
forms come from :mod:`reportcheck.knowledge.vocabulary`; which of them are
also ordinary words ("may", "march") from ``rules/dates.yaml``.
"""

from __future__ import annotations

from functools import cache

from reportcheck.extract.dates.rules import Holiday, date_rules
from reportcheck.knowledge.vocabulary import MONTH_FORMS, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES


@cache
def _capitalised_only() -> frozenset[str]:
    return frozenset(date_rules().capitalised_only_months)


@cache
def weekday_forms() -> dict[str, int]:
    return {name.lower(): number for number, name in enumerate(WEEKDAY_NAMES)}


@cache
def weekday_abbreviations() -> dict[str, int]:
    return dict(WEEKDAY_ABBREVIATIONS)


@cache
def weekday_names() -> dict[int, str]:
    return dict(enumerate(WEEKDAY_NAMES))


@cache
def _ordinal_forms() -> dict[str, int]:
    """Ordinal words with spaces and hyphens made equivalent ("twenty first")."""
    return {word.replace("-", " "): n for word, n in date_rules().ordinals.items()}


@cache
def holiday_forms() -> dict[str, Holiday]:
    return {holiday_key(name): h for h in date_rules().holidays for name in h.names}


def holiday_key(name: str) -> str:
    """ "St Valentine's Day", "St. Valentines Day" -> one key."""
    return fold(name).replace(".", "").replace("'", "")


def fold(words: str) -> str:
    """Lower case, curly apostrophes and hyphens made plain, spaces collapsed."""
    return " ".join(words.lower().replace("’", "'").replace("-", " ").split())


def month_number(word: str) -> int | None:
    """The month a written name stands for; ``None`` for "may" in lower case.

    "may", "march" and "august" are ordinary words as well, so they count only
    with a capital first letter ("May 29", "MAY 23, 2005").
    """
    key = word.rstrip(".").lower()
    if key in _capitalised_only() and not word[:1].isupper():
        return None
    return MONTH_FORMS.get(key)


def day_number(digits: str | None, word: str | None) -> int | None:
    if digits:
        return int(digits)
    if word:
        return _ordinal_forms().get(fold(word))
    return None
