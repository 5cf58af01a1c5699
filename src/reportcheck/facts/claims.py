"""Facts to claims: each fact of a sheet becomes a claim of "report" 1.

A fact is given the kind, subject and value an article's claim of the same
thing gets from the extractors (see :mod:`reportcheck.facts.values`), so the
comparer sets them side by side unchanged.  Its evidence is its line in the
sheet, and its tolerance, when given, becomes both the value's rounding and
the comparer's setting for dates and ages: the sheet's word overrides the
defaults of :mod:`reportcheck.knowledge.tolerance`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from spacy.language import Language

from reportcheck.details import AnyDetails, PersonDetails
from reportcheck.extract import with_sentence_night
from reportcheck.extract.counts.component import casualty_subject as count_subject
from reportcheck.extract.quantities.component import measure_of
from reportcheck.facts.load import LoadedFactSheet, Location, SheetProblem, field_name, sheet_error
from reportcheck.facts.schema import (
    CountFact,
    DateFact,
    DistanceFact,
    Fact,
    MagnitudeFact,
    Person,
    TextFact,
    TimeFact,
)
from reportcheck.facts.values import (
    UnreadableValue,
    read_count,
    read_date,
    read_distance,
    read_length,
    read_magnitude,
    read_place,
    read_time,
    read_tolerance,
    read_weapon,
    widened_by,
)
from reportcheck.knowledge.names import person_key
from reportcheck.knowledge.tolerance import DEFAULT, Tolerances
from reportcheck.knowledge.vocabulary import person_subject
from reportcheck.models import Claim, ClaimKind, Cue, Evidence, Value, ValueFrame

#: the report index the sheet's claims carry (the article is report 0)
SHEET_REPORT = 1
COUNT_FIELDS = ("killed", "injured", "missing", "arrested")


def sheet_measure(kind: ClaimKind, subject: str) -> str | None:
    """The frame measure an article's claim of the same fact has: a sheet's
    time and date are the incident's, its quantities measure what their
    subjects say (so a sheet's "20 km from the border" meets the article's)."""
    if kind is ClaimKind.time:
        return "time:incident"
    if kind is ClaimKind.date:
        return "date:incident"
    if kind in (ClaimKind.distance, ClaimKind.depth, ClaimKind.height):
        return measure_of(kind, subject)
    return None


@dataclass
class FactClaim:
    """One fact as a claim, with where it stands in the sheet."""

    field: str  #: "time", "people[0].age", "distances[1]"
    line: int  #: 1-based line in the sheet
    written: str  #: the value as the sheet writes it
    claim: Claim
    tolerance: str | None = None  #: as written
    tolerances: Tolerances = DEFAULT  #: the comparer's settings for this fact
    #: claims compared alongside (an age's person, so names align)
    companions: list[Claim] = dataclasses.field(default_factory=list)  # `field` is a field name here


@dataclass
class _Parsed:
    """What a reader made of a fact's value."""

    kind: ClaimKind
    subject: str
    subject_label: str
    value: Value
    details: AnyDetails | None = None
    hedges: list[Cue] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class FactClaimBuilder:
    """Builds the claims of one loaded sheet; collects every unreadable value."""

    def __init__(self, loaded: LoadedFactSheet, nlp: Language, tolerances: Tolerances = DEFAULT):
        self.loaded = loaded
        self.nlp = nlp
        self.base = tolerances
        self.facts: list[FactClaim] = []
        self.problems: list[SheetProblem] = []

    # ---- assembling

    def _evidence(self, line: int, written: str) -> Evidence:
        start, end, text = self.loaded.line_text(line)
        return Evidence(
            text=written,
            start=start,
            end=end,
            sentence=text.strip(),
            sentence_start=start,
            sentence_end=end,
        )

    def _problem(self, location: Location, problem: UnreadableValue) -> None:
        line = self.loaded.line_of(location)
        self.problems.append(SheetProblem("facts-invalid", line, str(problem), field_name(location)))

    def _add(self, location: Location, written: str, fact: Fact | Person, read) -> FactClaim | None:
        line = self.loaded.line_of(location)
        try:
            parsed: _Parsed = read()
        except UnreadableValue as problem:
            self._problem(location, problem)
            return None
        try:
            tolerance = None if fact.tolerance is None else read_tolerance(fact.tolerance, parsed.value.unit)
        except UnreadableValue as problem:
            # a person's tolerance (of the age) stands beside the name, not under the age
            owner = location[:2] if location[0] == "people" else location
            self._problem((*owner, "tolerance"), problem)
            return None
        value, settings = parsed.value, self.base
        if tolerance is not None:
            value = widened_by(value, tolerance)
            if parsed.kind is ClaimKind.date:
                settings = dataclasses.replace(self.base, date_days=tolerance)
            elif parsed.kind is ClaimKind.age:
                settings = dataclasses.replace(self.base, age_years=tolerance)
        evidence = self._evidence(line, written)
        claim = Claim(
            id=f"f-{len(self.facts):03d}",
            report=SHEET_REPORT,
            kind=parsed.kind,
            subject=parsed.subject,
            subject_label=parsed.subject_label,
            value=value,
            evidence=evidence,
            hedges=parsed.hedges,
            source=fact.source,
            details=with_sentence_night(parsed.details, parsed.kind, evidence.sentence),
            notes=parsed.notes,
            frame=ValueFrame(measure=sheet_measure(parsed.kind, parsed.subject)),
        )
        shown_tolerance = None if fact.tolerance is None else str(fact.tolerance)
        fact_claim = FactClaim(field_name(location), line, written, claim, shown_tolerance, settings)
        self.facts.append(fact_claim)
        return fact_claim

    # ---- one method per kind of fact

    def place(self, fact: TextFact) -> None:
        def read() -> _Parsed:
            value, details, notes = read_place(fact.value)
            return _Parsed(ClaimKind.location, "place", "place", value, details, notes=notes)

        self._add(("place",), fact.value, fact, read)

    def date(self, fact: DateFact) -> None:
        def read() -> _Parsed:
            value, details = read_date(fact.value)
            return _Parsed(ClaimKind.date, "incident", "day of the incident", value, details)

        self._add(("date",), fact.value, fact, read)

    def time(self, fact: TimeFact) -> None:
        def read() -> _Parsed:
            value, details = read_time(fact.value)
            return _Parsed(ClaimKind.time, "incident", "time of the incident", value, details)

        self._add(("time",), fact.value, fact, read)

    def count(self, name: str, fact: CountFact) -> None:
        kind = ClaimKind(name)

        def read() -> _Parsed:
            value, cues, told = read_count(fact.value, kind)
            subject, label, details = count_subject(name, "all")
            if told is not None:
                details = details.replace(told=told)  # "dozens": a range, as in an article
            return _Parsed(kind, subject, label, value, details, hedges=cues)

        self._add((name,), str(fact.value), fact, read)

    def person(self, index: int, person: Person) -> None:
        subject = person_subject(person_key(person.name))

        def read_name() -> _Parsed:
            details = PersonDetails(role=person.role.value if person.role else None)
            return _Parsed(
                ClaimKind.person, subject, person.name, Value(name=person.name, label=person.name), details
            )

        named = self._add(
            ("people", index, "name"), person.name, person.model_copy(update={"tolerance": None}), read_name
        )
        if person.age is None:
            return
        years = person.age

        def read_age() -> _Parsed:
            age = float(years)
            value = Value(unit="years", written=age, low=age, high=age, label=f"{person.age}")
            details = PersonDetails(person=person.name)
            return _Parsed(ClaimKind.age, subject, f"age of {person.name}", value, details)

        aged = self._add(("people", index, "age"), str(person.age), person, read_age)
        if aged is not None and named is not None:
            aged.companions.append(named.claim)

    def distance(self, index: int, fact: DistanceFact) -> None:
        written = fact.value if fact.from_ is None else f"{fact.value} from {fact.from_}"

        def read() -> _Parsed:
            value, subject, label, details = read_distance(written, self.nlp)
            return _Parsed(ClaimKind.distance, subject, label, value, details)

        self._add(("distances", index), written, fact, read)

    def length(self, name: str, fact: TextFact) -> None:
        kind = ClaimKind(name)

        def read() -> _Parsed:
            value, details = read_length(fact.value)
            return _Parsed(kind, name, name, value, details)

        self._add((name,), fact.value, fact, read)

    def magnitude(self, fact: MagnitudeFact) -> None:
        def read() -> _Parsed:
            return _Parsed(ClaimKind.magnitude, "quake", "quake magnitude", read_magnitude(fact.value))

        self._add(("magnitude",), f"{fact.value:g}", fact, read)

    def weapon(self, fact: TextFact) -> None:
        def read() -> _Parsed:
            value, details = read_weapon(fact.value)
            return _Parsed(ClaimKind.weapon, "weapon", "weapon used", value, details)

        self._add(("weapon",), fact.value, fact, read)

    # ---- the whole sheet

    def build(self) -> list[FactClaim]:
        sheet = self.loaded.sheet
        if sheet.place:
            self.place(sheet.place)
        if sheet.date:
            self.date(sheet.date)
        if sheet.time:
            self.time(sheet.time)
        for name in COUNT_FIELDS:
            fact = getattr(sheet, name)
            if fact is not None:
                self.count(name, fact)
        for index, person in enumerate(sheet.people):
            self.person(index, person)
        for index, distance in enumerate(sheet.distances):
            self.distance(index, distance)
        for name in ("height", "depth"):
            fact = getattr(sheet, name)
            if fact is not None:
                self.length(name, fact)
        if sheet.magnitude:
            self.magnitude(sheet.magnitude)
        if sheet.weapon:
            self.weapon(sheet.weapon)
        if self.problems:
            raise sheet_error(self.loaded.path, sorted(self.problems, key=lambda p: p.line))
        return sorted(self.facts, key=lambda f: f.line)


def fact_claims(loaded: LoadedFactSheet, nlp: Language, tolerances: Tolerances = DEFAULT) -> list[FactClaim]:
    """Every fact of the sheet as a claim, in the sheet's line order.

    ``tolerances`` are the newsroom's settings; a fact's own tolerance
    overrides them.  Raises one ReportcheckError listing every value that
    cannot be read."""
    return FactClaimBuilder(loaded, nlp, tolerances).build()
