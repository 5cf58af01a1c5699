"""The records that flow through reportcheck: claims, findings, results.

Data flows one way (load -> extract -> align -> compare -> report) and these
pydantic models are what passes between the stages.  They are strict
(``extra="forbid"``) so a misspelt field is an error, not a silent drop.

Numeric values are intervals in base units (metres, minutes after midnight,
days since 0001-01-01, people, years, magnitude units) because reporters
round, hedge and give ranges: comparing intervals is what lets "20km" and
"around five miles" be judged honestly.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from pydantic import Field, model_validator

from reportcheck.details import (
    AnyDetails,
    ClaimDetails,
    CountDetails,
    DateDetails,
    DetailViews,
    PersonDetails,
    PlaceDetails,
    QuantityDetails,
    TimeDetails,
    WeaponDetails,
)
from reportcheck.knowledge.rules import Strict

if TYPE_CHECKING:
    from reportcheck.incidents import Incident
    from reportcheck.load import LoadedReport


class ClaimKind(StrEnum):
    """What a claim is about; the names match the gold findings' kinds."""

    location = "location"
    date = "date"
    time = "time"
    distance = "distance"
    height = "height"
    depth = "depth"
    magnitude = "magnitude"
    killed = "killed"
    injured = "injured"
    missing = "missing"
    arrested = "arrested"
    other_count = "other_count"
    age = "age"
    person = "person"
    weapon = "weapon"
    other_quantity = "other_quantity"


#: each kind's family of details (reportcheck.details)
DETAILS_OF_KIND: dict[ClaimKind, type[AnyDetails]] = {
    ClaimKind.location: PlaceDetails,
    ClaimKind.date: DateDetails,
    ClaimKind.time: TimeDetails,
    ClaimKind.distance: QuantityDetails,
    ClaimKind.height: QuantityDetails,
    ClaimKind.depth: QuantityDetails,
    ClaimKind.magnitude: QuantityDetails,
    ClaimKind.other_quantity: QuantityDetails,
    ClaimKind.killed: CountDetails,
    ClaimKind.injured: CountDetails,
    ClaimKind.missing: CountDetails,
    ClaimKind.arrested: CountDetails,
    ClaimKind.other_count: CountDetails,
    ClaimKind.age: PersonDetails,
    ClaimKind.person: PersonDetails,
    ClaimKind.weapon: WeaponDetails,
}


def details_from_attrs(kind: ClaimKind, attrs: dict[str, str]) -> ClaimDetails:
    """The details of a ``kind`` claim from JSON keys (``{"place_kind": "city"}``);
    a key the kind's family does not know raises."""
    return DETAILS_OF_KIND[kind].from_attrs(attrs)


class Interval(Strict):
    """A closed interval; ``None`` on a side means unbounded on that side."""

    low: float | None
    high: float | None

    def overlaps(self, other: Interval) -> bool:
        lo_a = -math.inf if self.low is None else self.low
        hi_a = math.inf if self.high is None else self.high
        lo_b = -math.inf if other.low is None else other.low
        hi_b = math.inf if other.high is None else other.high
        return lo_a <= hi_b + 1e-9 and lo_b <= hi_a + 1e-9

    def gap(self, other: Interval) -> float:
        """Distance between the two intervals (0 when they overlap)."""
        if self.overlaps(other):
            return 0.0
        if self.high is not None and other.low is not None and self.high < other.low:
            return other.low - self.high
        assert other.high is not None and self.low is not None
        return self.low - other.high


class Value(Strict):
    """A claim's normalised value.

    ``written`` is the value as stated (e.g. 20 for "20km"); ``low``/``high``
    the interval it stands for after rounding, hedges and bounds.  ``alternatives``
    holds readings that are also possible (a clock time with no a.m./p.m.).
    Name-valued kinds (place, person, weapon) carry ``name`` instead.
    """

    unit: str = ""
    written: float | None = None
    precision: float = 0.0  # half the step of the last digit written, in ``unit``
    low: float | None = None
    high: float | None = None
    alternatives: list[Interval] = Field(default_factory=list)
    name: str | None = None
    label: str = ""

    def intervals(self) -> list[Interval]:
        return [Interval(low=self.low, high=self.high), *self.alternatives]

    def placed_day(self) -> dt.date | None:
        """The calendar day a date's value is placed on, where it is known to
        one day ("August 17, 2014"; "Sunday" a dateline places); None for a
        span (a month, a week) or a day not placed (a weekday alone).  The
        one test of "placed to one day" for the extractors and the judges."""
        low, high = self.low, self.high
        if low is None or high is None or high - low >= 1:
            return None
        return dt.date.fromordinal(int(low))


class Cue(Strict):
    """A word or phrase that qualifies a claim, found by a ConText-style rule."""

    category: str  # hedge, approximate, lower_bound, upper_bound, negated, preliminary, attributed
    cue: str  # the rule's literal
    text: str  # as it stands in the report
    start: int
    end: int


class Evidence(Strict):
    """Where a claim stands in the original file (character offsets)."""

    text: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int


class ValueFrame(Strict):
    """What a value is a value of: the event, the measure, the scope, the bearer.

    Two values are set against each other only when their frames say they
    speak of the same thing: the align stage groups claims by
    :meth:`key`, so a depth is never weighed against a distance, an
    aftershock's magnitude against the main quake's, or a part of the
    injured against all of them.  Extractors and the incidents stage fill
    the slots; an empty slot (``None``) means "not told apart" and matches
    only another empty slot.  The JSON writes the frame beside each claim."""

    #: which event in the report the value belongs to (the attack, an earlier
    #: quake, the arrest); not a time's ``TimeDetails.event``, which is the
    #: event word the parse ties one time or day to
    event: str | None = None
    #: what the value measures: depth, distance from a named place, rate,
    #: magnitude, count of killed, ...
    measure: str | None = None
    #: how much of it the value covers: the total, part of a named group, per
    #: place, an increment, a subgroup
    scope: str | None = None
    #: the person, group or place the value is about
    bearer: str | None = None

    def key(self) -> tuple[str, str, str]:
        """The slots claims are grouped on (event, measure, scope); the
        bearer is the claim's subject, which the align stage keys already."""
        return (self.event or "", self.measure or "", self.scope or "")


class GroupKey(NamedTuple):
    """What the align stage groups claims by: only claims of one key are set
    against each other.  Internal: no output writes it.

    ``person`` is who the claims are of where align paired them person by
    person whatever words each report uses for that person: a day of a
    person's earlier life ("the Diamond Bar resident was married" and "the
    deputy, who was wed") and the height of a fall ("a 36-year-old climber"
    and "Duncan Rait, 36").  It is the shared key of the person, or a key
    standing for the one person each report tells of; the comparer's
    confidence counts such a pair as the same person's.  None for every other
    group, also the counts of one person and the shots that hit, which align
    keys by person in their scope too but whose confidence reads the
    bearers' own words only."""

    incident: str
    kind: str
    subject: str
    event: str
    measure: str
    scope: str
    person: str | None = None


class Claim(DetailViews, Strict):
    """One checkable statement in one report.

    ``details`` is the record of the kind's family (:data:`DETAILS_OF_KIND`),
    read through typed views (``claim.place.kind``, ``claim.count.group``);
    ``frame`` says which event, measure and scope the value belongs to."""

    id: str
    report: int
    kind: ClaimKind
    subject: str  # alignment key, e.g. "victims", "incident", "person:roman biryukov"
    subject_label: str  # what a reader sees, e.g. "people injured"
    value: Value
    evidence: Evidence
    hedges: list[Cue] = Field(default_factory=list)
    source: str | None = None
    incident: str = "main"
    details: AnyDetails | None = None
    notes: list[str] = Field(default_factory=list)
    frame: ValueFrame = Field(default_factory=ValueFrame)

    @model_validator(mode="after")
    def _details_of_kind(self) -> Claim:
        family = DETAILS_OF_KIND[self.kind]
        if self.details is None:
            self.details = family()
        elif type(self.details) is not family:
            raise ValueError(
                f"a {self.kind.value} claim has {family.__name__}, not {type(self.details).__name__}"
            )
        return self

    @property
    def is_hedged(self) -> bool:
        return any(c.category in {"hedge", "approximate"} for c in self.hedges)

    def attrs_json(self) -> dict[str, str]:
        """The details as the JSON's ``attrs``: JSON keys, string values, sorted."""
        return self.details.attrs_json() if self.details is not None else {}


class ReportInfo(Strict):
    path: str
    sha256: str
    headline: str | None = None
    date: str | None = None
    #: the page's own publication and update stamps, ISO 8601 in the page's local time
    published: str | None = None
    updated: str | None = None
    encoding: str | None = None
    #: the decoded text that evidence offsets point into; renderers that show
    #: the articles (HTML) use it, the JSON contract leaves it out
    text: str = Field(default="", repr=False)


class Status(StrEnum):
    conflict = "conflict"
    #: a conflict whose confidence is below the threshold (``--min-confidence``):
    #: shown after the conflicts, not counted for the exit status
    possible_conflict = "possible_conflict"
    compatible = "compatible"
    agree = "agree"
    only_in_one = "only_in_one"


#: how findings are ordered: what a reader must see first comes first.
STATUS_ORDER = {
    Status.conflict: 0,
    Status.possible_conflict: 1,
    Status.compatible: 2,
    Status.agree: 3,
    Status.only_in_one: 4,
}


class Finding(Strict):
    status: Status
    kind: ClaimKind
    subject: str
    subject_label: str
    internal: bool
    incident: str
    explanation: str
    claims: list[Claim]
    #: how sure the comparer is that a conflict is one an editor must look at
    #: (0-1, reportcheck.compare.confidence); None for every other status
    confidence: float | None = None
    #: why, in a reader's words: "same measure: depth", "one value hedged: about"
    reasons: list[str] = Field(default_factory=list)


class SentenceSpan(Strict):
    """A sentence of one report, by original character offsets."""

    start: int
    end: int


class IncidentCoverage(Strict):
    """The sentences one report spends on one incident."""

    report: int
    label: str
    sentences: list[SentenceSpan]


class IncidentInfo(Strict):
    """One incident as the reports recount it, after alignment.

    ``main`` is each report's own story; background incidents (an earlier
    attack, an older quake) get ids of their own and are shared across
    reports only when their dates match."""

    id: str
    label: str
    reports: list[IncidentCoverage]


class IncidentEvidence(Strict):
    """One thing two reports share, or contradict each other on, about which incident they tell."""

    kind: str  #: place, date, event, person, street, weapon, details, words (batch: rare name words)
    relation: str  #: shared or contradicting
    strength: str  #: strong or weak
    detail: str  #: what a reader sees: "both name Danville", "a crash against a shooting"


class IncidentMatch(Strict):
    """Whether the reports tell one incident (reportcheck.incident_match decides)."""

    decision: str  #: same, different or unsure
    evidence: list[IncidentEvidence] = Field(default_factory=list)
    forced: bool = False  #: compared as one incident although the decision is different (--same-incident)


class Comparison(Strict):
    """The whole result of a compare: rendered as a table, JSON, ..."""

    reports: list[ReportInfo]
    findings: list[Finding]
    incidents: list[IncidentInfo] = Field(default_factory=list)
    incident_match: IncidentMatch | None = None

    @property
    def has_conflict(self) -> bool:
        return any(f.status is Status.conflict for f in self.findings)


@dataclass
class ExtractedReport:
    """One report after the extract stage: the loaded report, its claims, and its
    incidents (each claim assigned to one); what align and compare are handed."""

    report: LoadedReport
    claims: list[Claim]
    incidents: list[Incident]
