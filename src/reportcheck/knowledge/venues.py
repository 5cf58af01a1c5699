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
    street_ordinals: dict[str, str]
    care_words: list[str]


@cache
def venue_rules() -> VenueRules:
    return load_rule_file("venues.yaml", VenueRules)


@cache
def direction_forms() -> dict[str, str]:
    """Each compass word as written before a street's name ("nw", "w") with
    the direction written out ("northwest", "west")."""
    return {form: word for word, forms in venue_rules().street_directions.items() for form in forms}
