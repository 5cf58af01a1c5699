"""Reading the values a fact sheet writes, with the parsers reports are read with.

A sheet says ``time: noon``, ``injured: at least 3``, ``distances: ["20 km
from the border"]``; each reader here turns such words into the same
:class:`~reportcheck.models.Value` (an interval in base units: metres,
minutes after midnight, days since 0001-01-01, people, years) that the
extractors give an article's claims, so the comparer's judges apply to both
unchanged.  A value that cannot be read raises :class:`UnreadableValue`
with a hint at how to write it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from spacy.language import Language

from reportcheck.details import VAGUE, DateDetails, PlaceDetails, QuantityDetails, TimeDetails, WeaponDetails
from reportcheck.extract import bounded_by_cues, run_pipeline
from reportcheck.extract.core.base import claims_of
from reportcheck.extract.core.cues import cue_rules
from reportcheck.extract.core.numbers import parse_number
from reportcheck.extract.dates.finders import find_dates
from reportcheck.extract.quantities.component import length_value as measure_value
from reportcheck.extract.quantities.finders import find_quantities
from reportcheck.extract.times.finders import find_times
from reportcheck.extract.weapons.component import find_weapons, weapon_details
from reportcheck.knowledge.casualties import lexicon as count_lexicon
from reportcheck.knowledge.gazetteer import get_gazetteer
from reportcheck.knowledge.vocabulary import WEEKDAY_NAMES
from reportcheck.knowledge.weapons import GunModel, weapon_tree
from reportcheck.models import ClaimKind, Cue, Value

#: cue categories a count may open (or close) with: "at least 3", "3 or more", "about 5"
COUNT_CUES = {"approximate", "lower_bound", "strict_lower", "upper_bound", "strict_upper", "nearly"}
_RANGE = re.compile(r"^(?:between\s+)?(?P<low>.+?)\s*(?:-|–|\bto\b|\band\b)\s*(?P<high>.+)$")
_NUMBER_AND_UNIT = re.compile(r"^(?P<number>.*?)\s*(?P<unit>[a-z]+)?$")
#: tolerance units by the unit of the value they widen; "" is a bare number
TOLERANCE_UNITS: dict[str, dict[str, float]] = {
    "min": {
        **dict.fromkeys(("min", "mins", "minute", "minutes"), 1.0),
        **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), 60.0),
    },
    "day": {**dict.fromkeys(("", "day", "days"), 1.0), **dict.fromkeys(("week", "weeks"), 7.0)},
    "years": dict.fromkeys(("", "year", "years", "yr", "yrs"), 1.0),
    "people": dict.fromkeys(("", "people", "person", "persons"), 1.0),
    "magnitude": {"": 1.0},
}
TOLERANCE_EXAMPLES = {"m": "'2 km'", "min": "'30 min'", "day": "'1 day'", "years": "1", "people": "1"}


class UnreadableValue(ValueError):
    """A sheet value the parsers cannot read; the message says how to write it."""


def _label(minutes: float) -> str:
    minutes %= 24 * 60
    return f"{int(minutes // 60):02d}:{int(minutes % 60):02d}"


def read_time(text: str) -> tuple[Value, TimeDetails]:
    """A clock time, read on the 24-hour clock when no a.m./p.m. is written:
    a sheet's ``12:00`` is noon, never midnight."""
    mentions = [m for m in find_times(text) if "period" not in dict(m.attrs)]
    if len(mentions) != 1:
        raise UnreadableValue(f"cannot read one clock time from {text!r}; write 12:00, 3:45pm or noon")
    mention = mentions[0]
    point = mention.low == mention.high
    label = _label(mention.low) if point else f"{_label(mention.low)}-{_label(mention.high)}"
    value = Value(
        unit="min", written=mention.low if point else None, low=mention.low, high=mention.high, label=label
    )
    return value, TimeDetails.from_attrs({**dict(mention.attrs), "event": "incident"})


def read_date(text: str) -> tuple[Value, DateDetails]:
    """A calendar date in full; a sheet has no dateline to resolve 'Sunday' against."""
    mentions = find_dates(text, None)
    if len(mentions) != 1 or mentions[0].low == float("-inf") or mentions[0].high == float("inf"):
        raise UnreadableValue(f"cannot read a calendar date from {text!r}; write it as 2022-11-02")
    mention = mentions[0]
    low, high = mention.low, mention.high
    reading = {**dict(mention.attrs), "event": "incident"}
    if low == high:
        reading["weekday"] = WEEKDAY_NAMES[dt.date.fromordinal(int(low)).weekday()]
        label = dt.date.fromordinal(int(low)).isoformat()
    else:
        label = f"{dt.date.fromordinal(int(low)).isoformat()} to {dt.date.fromordinal(int(high)).isoformat()}"
    value = Value(unit="day", written=low if low == high else None, low=low, high=high, label=label)
    return value, DateDetails.from_attrs(reading)


def _count_cues(text: str) -> tuple[str, list[Cue]]:
    """The words of a count without its bound or hedge cues, and the cues."""
    cues = []
    for rule in cue_rules().rules:
        if rule.category not in COUNT_CUES or rule.scope != "phrase":
            continue
        literal = rule.literal
        if rule.direction == "forward" and text.startswith(literal + " "):
            text = text[len(literal) + 1 :]
        elif rule.direction == "backward" and text.endswith(" " + literal):
            text = text[: -len(literal) - 1]
        else:
            continue
        cues.append(Cue(category=rule.category, cue=literal, text=literal, start=0, end=len(literal)))
    return text.strip(), cues


class CountReading(NamedTuple):
    """A sheet's count as read: its value, its cues, and ``told``
    (:data:`~reportcheck.details.VAGUE` for "dozens", else None), which the
    reader learns from the words it has just read, so no one reads them again."""

    value: Value
    cues: list[Cue]
    told: str | None = None


def read_count(written: int | str, kind: ClaimKind) -> CountReading:
    """A number of people: 3, "three", "at least 3", "3-5", "dozens"."""
    hint = f"cannot read a number of people from {written!r}; write 3, 'at least 3' or '3-5'"
    if isinstance(written, int):
        if written < 0:
            raise UnreadableValue(hint)
        low = high = float(written)
        return CountReading(Value(unit="people", written=low, low=low, high=high, label=f"{written}"), [])
    words, cues = _count_cues(" ".join(written.lower().split()))
    vague = count_lexicon().vague
    if words in vague:
        low, high = (float(x) for x in vague[words])
        return CountReading(
            Value(unit="people", low=low, high=high, label=f"{int(low)}-{int(high)}"), cues, VAGUE
        )
    number = parse_number(words)
    if number is not None and number >= 0 and number == int(number):
        value = Value(unit="people", written=number, low=number, high=number, label=f"{int(number)}")
        return CountReading(bounded_by_cues(value, kind, cues), cues)
    match = _RANGE.match(words)
    if match:
        low_n, high_n = parse_number(match["low"]), parse_number(match["high"])
        if low_n is not None and high_n is not None and 0 <= low_n <= high_n:
            label = f"{int(low_n)}-{int(high_n)}"
            return CountReading(Value(unit="people", low=low_n, high=high_n, label=label), cues)
    raise UnreadableValue(hint)


def read_length(text: str) -> tuple[Value, QuantityDetails]:
    """A length ("1.80 m", "between 5'9 and 6'2"), in metres."""
    mentions = [m for m in find_quantities(text) if m.dimension == "length"]
    if len(mentions) != 1:
        raise UnreadableValue(f"cannot read one length from {text!r}; write it as '10 km' or '1.80 m'")
    return measure_value(mentions[0]), QuantityDetails(written_unit=mentions[0].written_unit)


def read_distance(text: str, nlp: Language) -> tuple[Value, str, str, QuantityDetails]:
    """(value, subject, subject label, details) of "20 km from the border".

    The phrase is parsed as a report's sentence is, so the sheet's "from the
    border" gets the same subject ("from:border") as the article's "from
    Russia's border"."""
    doc = run_pipeline(nlp, text)
    distances = [c for c in claims_of(doc) if c.kind is ClaimKind.distance]
    if not distances:
        raise UnreadableValue(f"cannot read a distance from {text!r}; write it as '20 km from the border'")
    raw = distances[0]
    if not raw.subject.startswith("from:"):
        raise UnreadableValue(
            f"say what {text!r} is measured from: '20 km from the border', or add 'from: the border'"
        )
    return raw.value, raw.subject, raw.subject_label, raw.quantity


def read_magnitude(value: float) -> Value:
    """A quake magnitude, as exact as the decimals written (one at least)."""
    decimals = max(1, len(repr(float(value)).split(".")[1]))
    half_step = 0.5 * 10**-decimals
    return Value(
        unit="magnitude", written=value, precision=half_step, low=value, high=value, label=f"{value:g}"
    )


def read_place(text: str) -> tuple[Value, PlaceDetails, list[str]]:
    """(value, details, notes) of "Novoshakhtinsk, Rostov region, Russia".

    The first name is the place; the names after it say where to look.  A
    place the gazetteer lacks is kept by name and compared by spelling."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if not parts:
        raise UnreadableValue("a place needs a name")
    gazetteer = get_gazetteer()
    context = [p for p in (gazetteer.resolve(part) for part in parts[1:]) if p is not None]
    place = gazetteer.resolve(parts[0], context=context)
    if place is None:
        details = PlaceDetails(surface=parts[0], geonameid=f"unresolved:{parts[0].lower()}")
        notes = [f"{parts[0]!r} is not in the gazetteer: compared by spelling only"]
        return Value(name=parts[0], label=parts[0]), details, notes
    details = PlaceDetails(
        kind=place.kind,
        country=place.country,
        geonameid=str(place.geonameid),
        surface=parts[0],
        region=place.region or None,
        region_name=place.region_name or None,
    )
    return Value(name=place.name, label=f"{place.name} ({place.kind}, {place.country})"), details, []


def read_weapon(text: str) -> tuple[Value, WeaponDetails]:
    """The most specific weapon class the words name ("Kalashnikov rifle" -> assault rifle)."""
    found = find_weapons(text)
    if not found:
        raise UnreadableValue(
            f"{text!r} names no weapon reportcheck knows; use words such as 'rifle', 'handgun' or 'knife' "
            "(rules/weapons.yaml)"
        )
    tree = weapon_tree()
    _, _, cls, calibre, model = max(
        found, key=lambda f: (len(tree.ancestors(f[2])), f[3] is not None, f[4] != GunModel(), -f[0])
    )
    return weapon_details(cls, calibre, model)


def read_tolerance(written: str | int | float, unit: str) -> float:
    """A tolerance in the value's base unit: '2 km' -> 2000 (m), '1 hour' -> 60 (min)."""
    example = TOLERANCE_EXAMPLES.get(unit, "a number")
    hint = f"cannot read the tolerance {written!r}; write it as {example}"
    if unit == "m":
        mentions = [m for m in find_quantities(str(written)) if m.dimension == "length"]
        if len(mentions) != 1 or mentions[0].low != mentions[0].high:
            raise UnreadableValue(hint)
        return mentions[0].low
    units = TOLERANCE_UNITS.get(unit)
    if units is None:
        raise UnreadableValue("this fact takes no tolerance: a place, a person or a weapon matches or not")
    number: float | None
    if isinstance(written, int | float):
        number, factor = float(written), units.get("")
    else:
        match = _NUMBER_AND_UNIT.match(" ".join(written.lower().split()))
        number_text, unit_word = (match["number"], match["unit"] or "") if match else (written, "")
        if unit_word not in units and not number_text:
            number_text, unit_word = unit_word, ""
        number, factor = parse_number(number_text), units.get(unit_word)
    if number is None or factor is None or number < 0:
        raise UnreadableValue(hint)
    return number * factor


def widened_by(value: Value, tolerance: float) -> Value:
    """The value with the sheet's tolerance as its rounding: the comparer's
    judges treat a difference within it as agreement."""
    return value.model_copy(update={"precision": tolerance})
