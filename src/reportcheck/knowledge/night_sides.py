"""Which end of a night a day's words put an event at (rules/night_sides.yaml).

Read by the day judge (:mod:`reportcheck.compare.judges.days`): two days a
day apart may date one night ("Friday night" and "early Saturday") only
when the earlier day is told late or the later early, never two like parts
of two days ("Friday night" and "Saturday night").  The words are data so
that a day part added to the date rules is given its side in one place.
"""

from __future__ import annotations

from functools import cache

from pydantic import Field

from reportcheck.knowledge.rules import Strict, load_rule_file


class NightSides(Strict):
    """The schema of ``rules/night_sides.yaml`` (see the comments there)."""

    #: day parts and narrowing words of the evening side ("Friday night", "late Friday")
    late: list[str]
    #: day parts of the small hours
    early: list[str]
    #: words that fit either side of midnight ("midnight", "overnight")
    either: list[str]
    #: words of the later day that rule the small hours out ("Saturday evening")
    not_early: list[str]
    #: words of the earlier day that rule the late evening out ("Friday afternoon")
    not_late: list[str]
    #: clock times that count, in minutes before midnight and after it
    late_minutes: float = Field(gt=0, le=720)
    early_minutes: float = Field(gt=0, le=720)


@cache
def night_sides() -> NightSides:
    return load_rule_file("night_sides.yaml", NightSides)
