"""What a fact sheet may hold: a newsroom's confirmed facts about one incident.

A sheet is written the way a journalist writes: ``time: noon``,
``distances: ["20 km from the border"]``, ``injured: 1``.  Any fact may be
given in full instead, as a mapping with its ``value``, a ``tolerance`` (how
far the article may stray and still agree, e.g. ``"2 km"``, ``"30 min"``) and
the ``source`` that confirmed it.  The models are strict (``extra="forbid"``)
so a misspelt key is an error naming its line, not a fact silently ignored;
``reportcheck schema factsheet`` prints their JSON Schema for editors and CI.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BeforeValidator, ConfigDict, Field, StrictFloat, StrictInt

from reportcheck.knowledge.rules import Strict

#: the JSON Schema dialect ``reportcheck schema factsheet`` declares
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


Tolerance = Annotated[
    str | StrictInt | StrictFloat | None,
    Field(
        description="How far the article may stray and still agree: '2 km', '30 min', '1 day', 1 (people).",
    ),
]
Source = Annotated[str | None, Field(description="Who confirmed the fact: 'Interior ministry statement'.")]


class Fact(Strict):
    """One fact with its optional tolerance and source."""

    tolerance: Tolerance = None
    source: Source = None


class TextFact(Fact):
    """A fact written as words: a place, a time, a weapon, '20 km'."""

    value: str = Field(min_length=1)


class DateFact(Fact):
    value: str = Field(min_length=1, description="A calendar date: 2022-11-02 or 2 November 2022.")


class TimeFact(Fact):
    value: str = Field(
        min_length=1, description="A clock time: 12:00 (24-hour clock), 3:45pm, noon, midnight."
    )


class CountFact(Fact):
    value: StrictInt | str = Field(
        description="A number of people: 3, 'three', 'at least 3', '3-5', 'dozens'."
    )


class MagnitudeFact(Fact):
    value: StrictFloat = Field(ge=0, le=10.5)


class DistanceFact(Fact):
    value: str = Field(min_length=1, description="'20 km from the border', or '20 km' with 'from'.")
    from_: str | None = Field(
        default=None, alias="from", description="What the distance is measured from: 'the border'."
    )


class Role(StrEnum):
    victim = "victim"
    suspect = "suspect"
    shooter = "shooter"
    officer = "officer"
    official = "official"
    witness = "witness"


class Person(Strict):
    """A person the incident involves, with an age the article may state."""

    name: str = Field(min_length=1)
    age: StrictInt | None = Field(default=None, ge=0, le=130)
    role: Role | None = None
    tolerance: Tolerance = Field(default=None, description="Of the age, in years.")
    source: Source = None


def _shorthand(value: Any) -> Any:
    """``time: noon`` is short for ``time: {value: noon}``."""
    return value if isinstance(value, dict) else {"value": value}


def _short_or_full(model: type[Fact], short: Any) -> BeforeValidator:
    """Lets a fact field take the short form (``short``) or the full mapping."""
    return BeforeValidator(_shorthand, json_schema_input_type=short | model)


# written out as Annotated aliases (not built by a function) so that type checkers see the types
PlaceField = Annotated[TextFact, _short_or_full(TextFact, str)]
DateField = Annotated[DateFact, _short_or_full(DateFact, str)]
TimeField = Annotated[TimeFact, _short_or_full(TimeFact, str)]
CountField = Annotated[CountFact, _short_or_full(CountFact, int | str)]
QuantityField = Annotated[TextFact, _short_or_full(TextFact, str)]
MagnitudeField = Annotated[MagnitudeFact, _short_or_full(MagnitudeFact, float)]
DistanceField = Annotated[DistanceFact, _short_or_full(DistanceFact, str)]
WeaponField = Annotated[TextFact, _short_or_full(TextFact, str)]


class FactSheet(Strict):
    """A newsroom's confirmed facts about one incident."""

    model_config = ConfigDict(title="reportcheck fact sheet")

    incident: str | None = Field(default=None, description="What the sheet is about, for reports.")
    place: PlaceField | None = Field(default=None, description="'Novoshakhtinsk, Rostov region, Russia'.")
    date: DateField | None = None
    time: TimeField | None = Field(default=None, description="The time of the incident.")
    killed: CountField | None = None
    injured: CountField | None = None
    missing: CountField | None = None
    arrested: CountField | None = None
    people: list[Person] = Field(default_factory=list)
    distances: list[DistanceField] = Field(default_factory=list)
    height: QuantityField | None = Field(default=None, description="A height: a suspect's, a wave's.")
    depth: QuantityField | None = Field(default=None, description="A depth: a quake's focus.")
    magnitude: MagnitudeField | None = None
    weapon: WeaponField | None = Field(default=None, description="'automatic weapon', 'handgun'.")


def factsheet_json_schema() -> str:
    """The fact sheet's JSON Schema as deterministic text (sorted keys)."""
    schema = {"$schema": JSON_SCHEMA_DIALECT, **FactSheet.model_json_schema()}
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
