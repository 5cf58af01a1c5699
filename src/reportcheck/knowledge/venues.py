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
    street_directions: list[str]
    care_words: list[str]


@cache
def venue_rules() -> VenueRules:
    return load_rule_file("venues.yaml", VenueRules)
