"""The words of venues and streets (``rules/venues.yaml``).

Three stages read them: the venue extractor (names of clubs, fairgrounds,
streets), the place roles (a town that begins a hospital's or a court's
name is no scene) and the comparer's spots (a venue of care is never set
beside the other report's scene town), so they live here, under all three.
"""

from __future__ import annotations

from functools import cache

from reportcheck.knowledge.rules import Strict, load_rule_file


class VenueRules(Strict):
    venue_heads: list[str]
    water_heads: list[str]
    heads_before_of: list[str]
    venue_inner: list[str]
    not_names: list[str]
    generic_names: list[str]
    street_suffixes: dict[str, list[str]]
    numbered_street_suffixes: dict[str, list[str]]
    street_directions: dict[str, list[str]]
    street_ordinals: dict[str, int]
    street_ordinal_tens: dict[str, int]
    care_words: list[str]


@cache
def venue_rules() -> VenueRules:
    return load_rule_file("venues.yaml", VenueRules)


@cache
def direction_forms() -> dict[str, str]:
    """Each compass word as written before a street's name ("nw", "w") with
    the direction written out ("northwest", "west")."""
    return {form: word for word, forms in venue_rules().street_directions.items() for form in forms}


def _figure(number: int) -> str:
    """13 -> "13th", 21 -> "21st", 42 -> "42nd": an ordinal as a street sign writes it."""
    last = "th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{last}"


def _ordinal_value(words: list[str]) -> int | None:
    """ "thirteenth" -> 13, "twenty first" -> 21, "ninetieth" -> 90: an ordinal
    word, or a tens word and a unit's ordinal (rules/venues.yaml)."""
    rules = venue_rules()
    if len(words) == 1:
        return rules.street_ordinals.get(words[0])
    if len(words) == 2 and words[0] in rules.street_ordinal_tens:
        unit = rules.street_ordinals.get(words[1])
        return rules.street_ordinal_tens[words[0]] + unit if unit is not None and unit < 10 else None
    return None


def _joined_ordinal(word: str) -> str:
    """ "twenty-first" -> "21st"; any other word as it is ("martin-luther")."""
    value = _ordinal_value(word.split("-")) if "-" in word else None
    return word if value is None else _figure(value)


def street_name_words(words: list[str]) -> list[str]:
    """A street's name words (lower case) with its ordinal words as figures:
    ["forty", "second"] and ["forty-second"] -> ["42nd"], ["fifth"] ->
    ["5th"], so a report writing the number in words and one writing it in
    figures name one street."""
    split = [_joined_ordinal(word) for word in words]
    out: list[str] = []
    i = 0
    while i < len(split):
        for size in (2, 1):
            value = _ordinal_value(split[i : i + size]) if i + size <= len(split) else None
            if value is not None:
                out.append(_figure(value))
                i += size
                break
        else:
            out.append(split[i])
            i += 1
    return out
