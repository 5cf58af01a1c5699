"""A report boiled down to what tells its incident apart from others.

Grouping a day's copy into incidents must not drag every report's claims
around: each report is summarised once into a :class:`ReportSummary`, a few
short tuples (the days, places and people of its main incident, its
casualty figures) that are cheap to pickle, ship to another process or a
dask worker, and compare.  Background incidents (an older attack a report
recalls) are left out: they would tie a report to the wrong story.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from reportcheck.incident_match import (
    MAX_DAY_SPAN,
    PLACE_KINDS,
    DayInterval,
    IncidentProfile,
    Region,
    day_interval,
    incident_profile,
)

if TYPE_CHECKING:
    from reportcheck.models import ExtractedReport

__all__ = [
    "MAX_DAY_SPAN",
    "PLACE_KINDS",
    "DayInterval",
    "Region",
    "ReportSummary",
    "day_interval",
    "summarise",
]


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
    #: what tells its incident from another's, weighed by reportcheck.incident_match
    profile: IncidentProfile = field(default_factory=IncidentProfile)

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
            profile=IncidentProfile.from_dict(data.get("profile") or {}),
        )


def summarise(extracted: ExtractedReport, report: int) -> ReportSummary:
    """The summary of one extracted report's main incident."""
    from reportcheck.knowledge.names import person_key

    profile = incident_profile(extracted)
    return ReportSummary(
        report=report,
        days=profile.days,
        regions=profile.regions,
        places=tuple(sorted(profile.place_ids)),
        people=tuple(sorted({person_key(name) for name, _ in profile.people})),
        city=profile.city,
        killed=profile.killed,
        injured=profile.injured,
        profile=profile,
    )
