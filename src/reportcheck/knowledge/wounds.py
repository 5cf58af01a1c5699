"""Where one person was hit: the parts of a body and which part holds which.

Read by the count extractor, which writes the site of a wound on the count
of the one person hit (:mod:`reportcheck.extract.counts.wounds`), and by the
comparer, which sets two reports' sites for that person against each other
(:mod:`reportcheck.compare.wounds`).  The words live in rules/wounds.yaml.
"""

from __future__ import annotations

from functools import cache

from reportcheck.knowledge.rules import Strict, load_rule_file


class WoundRules(Strict):
    parts: list[str]
    holds: dict[str, list[str]]
    near: dict[str, list[str]]
    part_of: list[str]
    sides: list[str]
    site_preps: list[str]
    wound_nouns: list[str]
    bearer_verbs: list[str]
    single: list[str]
    harm_words: list[str]
    regions: dict[str, list[str]]
    region_near: dict[str, list[str]]
    several: list[str]
    listing: list[str]
    cutting: list[str]
    path_verbs: list[str]
    path_nouns: list[str]
    path_preps: list[str]
    missiles: list[str]
    harm_verbs: list[str]
    graze: list[str]
    pronouns: list[str]


@cache
def wound_rules() -> WoundRules:
    return load_rule_file("wounds.yaml", WoundRules)


def site_part(site: str) -> str:
    """The part of a site ("ear" of "left ear")."""
    return site.split()[-1]


def site_side(site: str) -> str | None:
    """The side of a site ("left" of "left ear"), None where none is told."""
    words = site.split()
    return words[0] if len(words) > 1 and words[0] in wound_rules().sides else None


def sites_fit(a: str, b: str) -> bool:
    """Whether two sites may be one wound: the same part, or one part
    holding the other ("head" and "left ear"), and no two sides told apart
    ("left leg" and "right leg" cannot be one)."""
    part_a, part_b = site_part(a), site_part(b)
    side_a, side_b = site_side(a), site_side(b)
    if side_a is not None and side_b is not None and side_a != side_b:
        return False
    holds = wound_rules().holds
    return part_a == part_b or part_b in holds.get(part_a, ()) or part_a in holds.get(part_b, ())


def sites_near(a: str, b: str) -> bool:
    """Whether two sites are parts next to each other ("buttock" and "hip",
    "jaw" and "neck", ``near`` of rules/wounds.yaml), on no two sides told
    apart: one wound near their border is told by either word, so a single
    wound told at each is at most a possible conflict."""
    side_a, side_b = site_side(a), site_side(b)
    if side_a is not None and side_b is not None and side_a != side_b:
        return False
    part_a, part_b = site_part(a), site_part(b)
    near = wound_rules().near
    return part_b in near.get(part_a, ()) or part_a in near.get(part_b, ())


def site_region(site: str) -> str | None:
    """The region of a body a site lies in ("torso" of "left chest"), None
    for a part in none ("body")."""
    part = site_part(site)
    return next((region for region, parts in wound_rules().regions.items() if part in parts), None)


def regions_apart(a: str, b: str) -> bool:
    """Whether two sites lie in regions neither the same nor next to each
    other ("head" and "chest", "arm" and "leg"): one wound cannot be told at
    both, and a report that tells one site with no word of more wounds
    would not leave out a wound that far from it.  Sites of one region, or
    of two neighbouring regions ("chest" and "back", "stomach" and "hip"),
    may be one bullet's way in and out, so they are not apart here."""
    region_a, region_b = site_region(a), site_region(b)
    if region_a is None or region_b is None or region_a == region_b:
        return False
    near = wound_rules().region_near
    return region_b not in near.get(region_a, ()) and region_a not in near.get(region_b, ())
