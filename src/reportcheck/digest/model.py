"""What a digest holds: the headline facts of one report's main incident.

Each fact carries the ids of the claims that state it, so ``reportcheck
extract`` or a fact sheet can show one line per fact and still point at the
words behind it.  The rules that choose the facts are in the sibling
modules (counts, place, clock, people).
"""

from __future__ import annotations

from pydantic import Field

from reportcheck.knowledge.rules import Strict


class CountFact(Strict):
    """A number of people, and the claims that state it."""

    value: int
    claims: list[str] = Field(default_factory=list)


class CityFact(Strict):
    """The place of the incident, as precise as the report gives it."""

    name: str
    kind: str  # city, district, region or country (see reportcheck.knowledge.gazetteer)
    region: str | None = None  # first-level region code ("CA")
    region_name: str | None = None  # "California"
    country: str | None = None
    geonameid: str | None = None
    claims: list[str] = Field(default_factory=list)


class ClockFact(Strict):
    """The clock time of the incident, in minutes after midnight."""

    minutes: int
    text: str
    event: str  # the event the extractor tied the time to ("incident", "call", "other:stand")
    claims: list[str] = Field(default_factory=list)


class AgeFact(Strict):
    """A victim's age, and whose it is as the report writes it."""

    value: int
    person: str
    claims: list[str] = Field(default_factory=list)


class NameFact(Strict):
    """A named person (the longest form of the name the report uses)."""

    name: str
    claims: list[str] = Field(default_factory=list)


class Digest(Strict):
    """The headline facts of one report's main incident (None: not stated)."""

    killed: CountFact | None = None
    injured: CountFact | None = None
    attackers_killed: CountFact | None = None
    attackers_injured: CountFact | None = None
    city: CityFact | None = None
    clock: ClockFact | None = None
    victim_ages: list[AgeFact] = Field(default_factory=list)
    suspects: list[NameFact] = Field(default_factory=list)

    @property
    def ages(self) -> list[int]:
        return sorted({a.value for a in self.victim_ages})

    @property
    def suspect_names(self) -> list[str]:
        return [s.name for s in self.suspects]
