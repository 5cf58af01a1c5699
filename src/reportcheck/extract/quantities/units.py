"""The units rules: which written forms name which unit, and each unit's factor.

``rules/units.yaml`` lists the written forms of each unit ("km", "miles",
"ft") with the conditions they are read under, and the base unit of each
dimension (length -> m, speed -> km/h, mass -> kg).  This module reads the
file and gives, through pint, how many base units one unit is; the factors
are kept on disk, since building pint's registry costs about a second.
"""

from __future__ import annotations

from functools import cache
from importlib import metadata
from typing import TYPE_CHECKING, Literal

from reportcheck.diskcache import cached
from reportcheck.knowledge.rules import Strict, load_rule_file, read_rule_text

if TYPE_CHECKING:
    import pint

Dimension = Literal["length", "speed", "mass", "area", "volume"]


class BaseUnit(Strict):
    """The unit every value of one dimension is converted to."""

    pint_unit: str
    symbol: str


class UnitAlias(Strict):
    """One written form of a unit (see the header of ``units.yaml``)."""

    alias: str
    pint_unit: str
    dimension: Dimension
    numerals_only: bool = False
    attached_only: bool = False
    compound_only: bool = False
    case_sensitive: bool = False
    not_followed_by: list[str] = []
    not_before_capital: bool = False
    not_after: list[str] = []


class UnitRules(Strict):
    base_units: dict[Dimension, BaseUnit]
    height_context_words: list[str]
    calibre_words: list[str]
    weapon_nouns: list[str]
    game_words: list[str]
    fall_verbs: frozenset[str]
    drop_nouns: frozenset[str]
    drop_verbs: frozenset[str]
    altitude_words: list[str]
    altitude_after: list[str]
    altitude_craft: list[str]
    altitude_party: list[str]
    altitude_least_metres: float
    summit_words: list[str]
    whole_depth_before: list[str]
    whole_depth_after: list[str]
    elevation_places: list[str]
    elevation_moment_verbs: list[str]
    underground_works: list[str]
    place_nouns_after_name: frozenset[str]
    place_nouns_before_of: frozenset[str]
    place_nouns_before_name: frozenset[str]
    place_nouns_in_names: frozenset[str]
    place_roles_told_alone: frozenset[str]
    spot_nouns_in_towns: frozenset[str]
    zone_nouns: list[str]
    destination_verbs: frozenset[str]
    cordon_nouns: list[str]
    zone_words: list[str]
    speed_travel_words: frozenset[str]
    speed_wind_words: frozenset[str]
    speed_sustained_words: frozenset[str]
    speed_word_window: int
    speed_limit_words: frozenset[str]
    path_nouns: frozenset[str]
    path_before: list[str]
    speed_limit_after: frozenset[str]
    speed_limit_travel_words: frozenset[str]
    conversion_hedges: list[str]
    rain_words: list[str]
    rain_total_words: list[str]
    snow_words: list[str]
    weather_amount_verbs: list[str]
    weather_fell_after: list[str]
    forecast_words: list[str]
    forecast_after: list[str]
    water_bodies: list[str]
    water_gauges: list[str]
    water_flow_verbs: list[str]
    water_level_verbs: list[str]
    water_rise_verbs: list[str]
    water_rising_after: list[str]
    water_mark_after: list[str]
    record_words: list[str]
    flood_marks: list[str]
    water_forecast_words: list[str]
    moment_joints: list[str]
    moment_verbs: dict[str, list[str]]
    moment_phrases: dict[str, list[str]]
    units: list[UnitAlias]


@cache
def unit_rules() -> UnitRules:
    return load_rule_file("units.yaml", UnitRules)


@cache
def _registry() -> pint.UnitRegistry:
    """One registry for the process: building it takes a noticeable fraction of a second."""
    import pint

    return pint.UnitRegistry()


def _convert(pint_unit: str, dimension: Dimension) -> float:
    base = unit_rules().base_units[dimension].pint_unit
    return float(_registry().Quantity(1.0, pint_unit).to(base).magnitude)


def _all_factors() -> dict[tuple[str, str], float]:
    return {
        (alias.pint_unit, alias.dimension): _convert(alias.pint_unit, alias.dimension)
        for alias in unit_rules().units
    }


@cache
def _factors() -> dict[tuple[str, str], float]:
    """The factor of every unit ``units.yaml`` names, kept on disk: importing
    pint and building its registry cost about a second at every start for a
    table that changes only with the rules or with pint."""
    parts = ["unit-factors", read_rule_text("units.yaml"), metadata.version("pint")]
    return cached("unit-factors", parts, _all_factors, check=dict)


def to_base_factor(pint_unit: str, dimension: Dimension) -> float:
    """How many base units one ``pint_unit`` is (all units here are linear)."""
    factor = _factors().get((pint_unit, dimension))
    return _convert(pint_unit, dimension) if factor is None else factor


def alias_key(written: str) -> str:
    return " ".join(written.lower().split())


@cache
def unit_aliases() -> dict[str, UnitAlias]:
    return {alias_key(a.alias): a for a in unit_rules().units}
