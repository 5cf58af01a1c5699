"""A report boiled down to what tells its incident apart from others.

Grouping a day's copy into incidents must not drag every report's claims
around: each report is summarised once into a :class:`ReportSummary`, a few
short tuples (the days, places and people of its main incident, its
casualty figures) that are cheap to pickle, ship to another process or a
dask worker, and compare.  Background incidents (an older attack a report
recalls) are left out: they would tie a report to the wrong story.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from reportcheck.digest import digest_report
from reportcheck.incidents import COARSE_DATE_FORMS
from reportcheck.knowledge.vocabulary import MAIN
from reportcheck.models import Claim, ClaimKind

if TYPE_CHECKING:
    from reportcheck.models import ExtractedReport

#: place kinds precise enough to tell incidents apart; a country or a state is not
PLACE_KINDS = frozenset({"city", "district"})
#: a day-level date spans at most this many days ("the weekend"); longer is not a day
MAX_DAY_SPAN = 3

DayInterval = tuple[int, int]
Region = tuple[str, str]


@dataclass(frozen=True)
class ReportSummary:
    """What grouping needs of one report, as small plain values."""

    report: int  #: the report's index in the batch
    days: tuple[DayInterval, ...] = ()  #: day ordinals the main incident's dates name (inclusive)
    regions: tuple[Region, ...] = ()  #: (country, first-level region) of the places it names
    places: tuple[str, ...] = ()  #: GeoNames ids of the cities and districts it names
    city: str | None = None  #: GeoNames id of the story's own city or district (dateline, lead)
    people: tuple[str, ...] = ()  #: person keys (surnames) of the people it names
    killed: int | None = None
    injured: int | None = None

    def to_dict(self) -> dict:
        """Plain JSON-ready values (a cache, a dask bag)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> ReportSummary:
        return cls(
            report=data["report"],
            days=tuple(tuple(d) for d in data["days"]),
            regions=tuple(tuple(r) for r in data["regions"]),
            places=tuple(data["places"]),
            city=data.get("city"),
            people=tuple(data["people"]),
            killed=data["killed"],
            injured=data["injured"],
        )


def _day_interval(claim: Claim) -> DayInterval | None:
    """The days a date claim names, when it names a day (not a month, a year, a span)."""
    low, high = claim.value.low, claim.value.high
    if low is None or high is None or claim.date.form in COARSE_DATE_FORMS:
        return None
    first, last = math.floor(low), math.floor(high)
    return (first, last) if last - first < MAX_DAY_SPAN else None


def _days(claims: list[Claim]) -> tuple[DayInterval, ...]:
    days = {
        interval
        for claim in claims
        if claim.kind is ClaimKind.date and (interval := _day_interval(claim)) is not None
    }
    return tuple(sorted(days))


def _regions(places: list[Claim]) -> tuple[Region, ...]:
    return tuple(
        sorted(
            {
                (claim.place.country or "", claim.place.region)
                for claim in places
                if claim.place.kind != "country" and claim.place.region
            }
        )
    )


def summarise(extracted: ExtractedReport, report: int) -> ReportSummary:
    """The summary of one extracted report's main incident."""
    main = [claim for claim in extracted.claims if claim.incident == MAIN]
    places = [claim for claim in main if claim.kind is ClaimKind.location]
    digest = digest_report(extracted)  # the figures a reader takes away, as the fact sheet has them
    town_ids = [c.place.geonameid for c in places if c.place.kind in PLACE_KINDS]  # always set for these
    return ReportSummary(
        report=report,
        days=_days(main),
        regions=_regions(places),
        places=tuple(sorted({geonameid for geonameid in town_ids if geonameid is not None})),
        people=tuple(sorted({c.subject.removeprefix("person:") for c in main if c.kind is ClaimKind.person})),
        city=digest.city.geonameid if digest.city and digest.city.kind in PLACE_KINDS else None,
        killed=digest.killed.value if digest.killed else None,
        injured=digest.injured.value if digest.injured else None,
    )
