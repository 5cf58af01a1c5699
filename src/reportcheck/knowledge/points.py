"""Where a report puts the one point of an event that reaches over an area.

A quake's epicentre and a storm's landfall are told with the point's place
and the area that holds it, a comma or "in" between: "with its epicentre at
Dhaurikhet in Rukum West district", "made landfall in Palanas,
Catanduanes", "landfall near Gopalpur, Odisha", or with the area alone,
"its epicentre in the Ketari province".  The place extractor reads the area
after such a phrase as a place though the model leaves it untagged, and the
comparer sets the areas of two reports' points against each other
(``compare/areas.py``); one pattern serves both.  Words in ``point_words``
and ``point_name_words`` of ``rules/places.yaml``.
"""

from __future__ import annotations

import re
from functools import cache

from reportcheck.knowledge.gazetteer.names import place_rules


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


#: the prepositions between an event's point and its place ("landfall near", "epicentre under")
_POINT_PREPOSITION = r"(?:at|in|over|near|off|on|under)"
#: the prepositions between an event's point and a town that is the point
#: itself: not "on", which lands a storm on an island or a coast that holds
#: towns ("made landfall on Isla Verdosa", "on Luzon"), never one town
_POINT_TOWN_PREPOSITION = r"(?:at|in|over|near|off|under)"
#: the prepositions of a place that is only close to the point ("landfall near Gopalpur")
NEAR_PREPOSITIONS = frozenset({"near", "off"})


@cache
def point_town_before() -> re.Pattern[str]:
    """The words that end just before the place of an event's point itself:
    the point's word (any case), an optional "of the quake" and "was
    (located)", the point's preposition (the group ``preposition``) and an
    optional settlement's noun and "of" ("made landfall over San
    Ildefonso", "came ashore near the town of Dingalan Sur", "the epicentre
    was located near Ralapur").  "between Ralapur and Kisora" tells no one
    place and has no preposition here."""
    return re.compile(rf"{_point_town_words()}$")


@cache
def point_town_then(name: str) -> re.Pattern[str]:
    """:func:`point_town_before` followed by ``name``, a pattern of the
    town's name (with a group ``name``): the extractor's reading of a name
    the gazetteer lacks as the point's place."""
    return re.compile(rf"{_point_town_words()}{name}")


def _point_lead() -> str:
    """The point's word (any case, the group ``word``: "landfall",
    "epicentre"), an optional "of the quake" and "was (located)": how
    reports lead up to the preposition before the point's place, the town
    itself (:func:`point_town_before`) or its area (:func:`point_area_before`)."""
    rules = place_rules()
    return (
        rf"\b(?P<word>(?i:{_alternation(rules.point_words)}))"
        r"(?:\s+of\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+)?)?"
        r"(?:\s+(?:was|is|lay|lies))?(?:\s+located)?"
    )


def _point_town_words() -> str:
    rules = place_rules()
    nouns = _alternation(rules.point_settlement_words)
    return (
        _point_lead() + rf"\s+(?P<preposition>{_POINT_TOWN_PREPOSITION})\s+"
        rf"(?:the\s+(?:[a-z]+\s+)?(?P<noun>{nouns})\s+of\s+)?"
    )


@cache
def point_area_before() -> re.Pattern[str]:
    """The words that end just before the area of an event's point: the
    point's word (any case), an optional "of the quake" and "was (located)",
    the point's preposition, and either nothing more ("epicentre in the")
    or a capitalised point's name and a comma or "in" ("epicentre at
    Ramidanda in", "landfall over the town of Taguibo,").  The point's word
    is the group ``word``, the point's name (where one stands before the
    area) the group ``point``."""
    rules = place_rules()
    name_word = rf"(?:[A-Z][\w'’.-]*|{_alternation(rules.point_name_words)})"
    noun_after = rf"(?:\s+(?:{_alternation(rules.point_settlement_words)}))?"
    return re.compile(
        _point_lead() + rf"\s+{_POINT_PREPOSITION}\s+"
        rf"(?:(?:the\s+)?|(?P<point>(?:{name_word}\s+){{0,5}}[A-Z][\w'’.-]*){noun_after}(?:\s*,\s*|\s+in\s+(?:the\s+)?))$"
    )


@cache
def _repeat_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternation(place_rules().point_repeat_words)})\s+$", re.IGNORECASE)


def one_of_several(before: str, told: re.Match[str]) -> bool:
    """Whether the point's phrase ``told`` (a match of
    :func:`point_area_before` in ``before``) tells one of several points
    ("made a second landfall in", "its final landfall over":
    ``point_repeat_words``): a storm that came ashore twice, whose other
    landfall the other report may tell."""
    return _repeat_before().search(before[: told.start()]) is not None
