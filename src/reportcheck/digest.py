"""The headline facts of one report's main incident.

A reader who skims a shooting report takes away a handful of facts: how
many were killed and injured, in which city, at what time, how old the
victims were and who the suspect is.  The extractors find every claim,
repeated, hedged, and about background incidents too; this module boils
them down to those facts, each with the ids of the claims that support it,
so that ``reportcheck extract`` or a fact sheet can show one line per fact
and still point at the words behind it.

The rules follow how reporters write a news story:

* the figures that matter are stated for the main incident, and a report
  that first says "a man was killed" and later "two people died" means two:
  the largest count stated wins ("at least 3" read as 3);
* attackers are counted apart from their victims ("the gunman was shot
  dead" is no victim);
* the wound a report describes for someone it says died ("he suffered a
  gunshot wound to the chest and died at the hospital") is no extra injured
  person;
* the story's city is the dateline's, or the city the headline or first
  sentence puts the incident in ("shot in Dolton"), or one the lead names;
  a town around the dateline's city that the lead puts the incident in
  beats the station's dateline ("CHICAGO (CBS) — ... shot in Dolton"); a
  city beats a county, a county a state; a county named only as its
  agency's ("Los Angeles County coroner's records") or the outlet's town
  ("« CBS Chicago") comes next, and a home town ("of Millbury") or a street
  name last;
* the time of the incident is the time the shooting happened, or failing
  that the time police were called or arrived, or the time the lead sets
  the scene with; never the time a victim was pronounced dead or a suspect
  arrested;
* people with an age are victims unless the report gives them another role
  (suspect, officer, official, witness...);
* a named suspect is titled as one, or is said to be arrested, charged,
  wanted or to have opened fire.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from reportcheck.extract.places.gazetteer import get_gazetteer
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.datelines import DATELINE
from reportcheck.knowledge.names import person_key
from reportcheck.knowledge.vocabulary import MAIN, PLACE_KIND_RANK
from reportcheck.models import Claim, ClaimKind

if TYPE_CHECKING:
    from reportcheck.api import ExtractedReport

#: a report's lead: its headline and first sentences (sentence splits of
#: headlines and datelines are noisy, so the first characters count too)
LEAD_SENTENCES = 4
LEAD_CHARS = 500
#: how far into a report a wire dateline may stand (characters), as in extract/locations.py
DATELINE_REACH = 600
#: place kinds from the most specific to the least
SPECIFICITY = PLACE_KIND_RANK
#: events whose clock time stands for the incident's, best first: the shooting
#: itself, then the call and the response that follow it within minutes
INCIDENT_TIME_EVENTS = ("incident", "call", "arrival")
#: events whose clock time is never the incident's
NOT_INCIDENT_TIME_EVENTS = frozenset({"death", "arrest", "contained"})
#: roles (rules/people.yaml) that make a person something other than a victim
NOT_VICTIM_ROLES = frozenset({"suspect", "officer", "official", "lawyer", "witness"})
#: groups of a count that are not the incident's victims (see extract/counts.py)
NOT_VICTIM_GROUPS = frozenset({"attackers", "elsewhere"})
#: the group the count extractor gives a count of one singled-out person
INDIVIDUAL = "individual"
#: words that open a mention of one person without naming them
UNNAMED_OPENERS = frozenset({"he", "she", "him", "her", "the", "a", "an", "this", "that", "one"})
#: words that make a count of one someone else than the person just named
ANOTHER = frozenset({"another", "other", "second", "third", "fourth", "others"})
MINUTES_PER_DAY = 24 * 60

#: what a report says of a named suspect right after the name: "Lee, 27,
#: was arrested", "Ross is charged", "Almaraz shot twice at", "Hart fled"
_SUSPECT_AFTER = re.compile(
    r"^(?:\s*,[^,]{1,60},)?\s+(?:"
    r"(?:(?:was|is|has been|had been|were|are|will be|being)\s+)?(?:also\s+|later\s+|now\s+)?"
    r"(?:arrested|charged|booked|accused|indicted|convicted|sentenced|wanted|jailed|held\b|"
    r"taken into custody|in custody|faces\b|facing\b|pleaded|fled|turned (?:him|her)self in|surrendered)"
    r"|(?:allegedly\s+|then\s+|later\s+)?"
    r"(?:opened fire|fired\b|shot\s+(?:at|him|her|them|his|the|a|an|and)\b)"
    r")",
    re.IGNORECASE,
)
#: ... and right before it: "charging 24-year-old Jacob Ross", "identified
#: the suspect as", "police are searching for", "the shooter, Tim Weiser"
_SUSPECT_BEFORE = re.compile(
    r"(?:charg\w*|arrest\w*|indict\w*|accus\w*|convicted|suspect(?:ed)?|shooter|gunman|killer|"
    r"searching for|looking for|hunting for|manhunt for|"
    r"identified (?:the )?(?:suspect|shooter|gunman|killer)s? as)"
    r"[\s,]*(?:(?:a|an|the)\s+)?(?:\d{1,3}[- ]year[- ]old\s+)?$",
    re.IGNORECASE,
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CountFact(_Strict):
    """A number of people, and the claims that state it."""

    value: int
    claims: list[str] = Field(default_factory=list)


class CityFact(_Strict):
    """The place of the incident, as precise as the report gives it."""

    name: str
    kind: str  # city, district, region or country (see reportcheck.extract.places.gazetteer)
    region: str | None = None  # first-level region code ("CA")
    region_name: str | None = None  # "California"
    country: str | None = None
    geonameid: str | None = None
    claims: list[str] = Field(default_factory=list)


class ClockFact(_Strict):
    """The clock time of the incident, in minutes after midnight."""

    minutes: int
    text: str
    event: str  # the event the extractor tied the time to ("incident", "call", "other:stand")
    claims: list[str] = Field(default_factory=list)


class AgeFact(_Strict):
    """A victim's age, and whose it is as the report writes it."""

    value: int
    person: str
    claims: list[str] = Field(default_factory=list)


class NameFact(_Strict):
    """A named person (the longest form of the name the report uses)."""

    name: str
    claims: list[str] = Field(default_factory=list)


class Digest(_Strict):
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


# ------------------------------------------------------------------ helpers


@dataclass(frozen=True)
class Layout:
    """Where a report's parts stand, in the offsets its claims point into.

    The city rules look at the lead (the first sentences), the dateline and
    the page title, whose tail names the outlet ("« CBS Chicago").
    """

    sentence_starts: tuple[int, ...] = ()
    text: str = ""
    title: tuple[int, int] | None = None

    @classmethod
    def of(cls, extracted: ExtractedReport) -> Layout:
        report = extracted.report
        starts = tuple(start for incident in extracted.incidents for start, _ in incident.sentences)
        at = report.original.find(report.headline) if report.headline else -1
        title = (at, at + len(report.headline)) if report.headline and at >= 0 else None
        return cls(starts, report.original, title)

    def in_title(self, claim: Claim, sentence: int) -> bool:
        """Whether a claim stands in the page title (failing a known title, the first sentence)."""
        if self.title is None:
            return sentence == 0
        return self.title[0] <= claim.evidence.start < self.title[1]


def main_claims(claims: Iterable[Claim]) -> list[Claim]:
    """The claims about the report's own story (background incidents left out)."""
    return [c for c in claims if c.incident == MAIN]


def _of_kind(claims: Iterable[Claim], kind: ClaimKind) -> list[Claim]:
    return [c for c in claims if c.kind is kind]


def sentence_rank(claims: Sequence[Claim], sentence_starts: Sequence[int] = ()) -> dict[int, int]:
    """The reading position of each sentence (by its start offset).

    Given the report's sentence starts, the true position; otherwise the
    order of the sentences that hold claims, which keeps the lead first.
    """
    starts = sorted(set(sentence_starts) | {c.evidence.sentence_start for c in claims})
    return {start: rank for rank, start in enumerate(starts)}


def _is_named(text: str) -> bool:
    """Whether a mention of one person is a name ("Isaac Duran"), not "he" or "the victim"."""
    words = text.split()
    return bool(words) and text[:1].isupper() and words[0].lower() not in UNNAMED_OPENERS


# ------------------------------------------------------------------- counts


def _count_of(claim: Claim) -> int | None:
    """The number a count claim stands for, bounds taken into account.

    "at least 3" is 3 (its lower bound), "more than 3" 4; "nearly 10" (an
    interval below 10) its upper end, the number the report writes about.
    """
    value = claim.value
    if value.low is None:
        return None
    if value.high is None:
        return int(value.low)
    if value.written is not None and value.low <= value.written <= value.high:
        return int(value.written)
    return int(value.high)


def _is_attacker(claim: Claim) -> bool:
    """A count of attackers: so grouped, or one singled out by an attacker
    noun ("the suspect was found dead", which the extractor counts as one person)."""
    if claim.attrs.get("role") == "attackers":
        return True
    if claim.attrs.get("group") != INDIVIDUAL:
        return False
    last = claim.evidence.text.split()[-1].lower() if claim.evidence.text.split() else ""
    return last in lexicon().attackers


def _victim_counts(claims: Sequence[Claim], kind: ClaimKind) -> list[Claim]:
    """The main incident's counts of victims of one outcome."""
    return [
        c
        for c in _of_kind(main_claims(claims), kind)
        if not _is_attacker(c) and c.attrs.get("group") not in NOT_VICTIM_GROUPS
    ]


def _individual_key(claim: Claim) -> str:
    """Who a count of one singled-out person is about ("Isaac Duran" -> duran)."""
    return person_key(claim.evidence.text)


def largest_count(counts: Sequence[Claim]) -> CountFact | None:
    """The largest number the claims state, with the claims that state it.

    A report names victims one by one ("Duran was killed") and also states
    totals ("two people died"); singled-out people count as one between
    them, since the same person is named again and again (and "he" refers
    to someone named).  A report that gives no total for several named
    victims is rare; one that repeats a name is the rule.
    """
    totals = [(n, c) for c in counts if (n := _count_of(c)) is not None]
    if not totals:
        return None
    best = max(n for n, _ in totals)
    return CountFact(value=best, claims=[c.id for n, c in totals if n == best])


def _another(text: str) -> bool:
    """Whether a mention is written as someone else: "another man", "a second victim"."""
    return bool(set(text.lower().split()) & ANOTHER)


def _wounds_of_the_dead(injured: Sequence[Claim], killed: Sequence[Claim]) -> set[str]:
    """Ids of injury claims that describe the wounds of someone who died.

    "Mitchell received multiple gunshot wounds" in a report that says
    Mitchell was killed, "The victim suffered a gunshot wound ... where he
    died": the same person, once.  A count of one in the sentence of a
    singled-out death is that person's wound unless it is written as
    someone else ("another man was wounded", a different name).
    """
    singles = [c for c in killed if c.attrs.get("group") == INDIVIDUAL]
    dead_names = {_individual_key(c) for c in singles if _is_named(c.evidence.text)}
    dead_sentences = {c.evidence.sentence_start for c in singles}
    wounds = set()
    for claim in injured:
        text = claim.evidence.text
        if _count_of(claim) != 1:
            continue
        same_name = _is_named(text) and _individual_key(claim) in dead_names
        same_sentence = claim.evidence.sentence_start in dead_sentences and not _is_named(text)
        if same_name or (same_sentence and not _another(text)):
            wounds.add(claim.id)
    return wounds


def killed_fact(claims: Sequence[Claim]) -> CountFact | None:
    """The number of victims killed in the main incident."""
    return largest_count(_victim_counts(claims, ClaimKind.killed))


def injured_fact(claims: Sequence[Claim]) -> CountFact | None:
    """The number of victims injured (and not killed) in the main incident."""
    killed = _victim_counts(claims, ClaimKind.killed)
    injured = _victim_counts(claims, ClaimKind.injured)
    wounds = _wounds_of_the_dead(injured, killed)
    return largest_count([c for c in injured if c.id not in wounds])


def attackers_fact(claims: Sequence[Claim], kind: ClaimKind) -> CountFact | None:
    """The number of attackers killed (or injured): "the gunman was shot dead"."""
    return largest_count([c for c in _of_kind(main_claims(claims), kind) if _is_attacker(c)])


# -------------------------------------------------------------------- place

#: the words before a place that put the incident there: "shot in Dolton",
#: "in far south suburban Sauk Village", "in the suburb of Holladay"
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|suburb of|town of|city of|village of|township of)\s+"
    r"(?:(?:the|far|north|south|east|west|northern|southern|eastern|western|southwest|southeast|northwest|"
    r"northeast|suburban|nearby|downtown|rural|neighboring|neighbouring)\s+){0,3}$",
    re.IGNORECASE,
)
#: ... that make it someone's home: "Pasceri, 55, of Millbury", "a man from
#: Gary", "Quentin Bunch of Fairfax", "a resident of Kennewick"
_ORIGIN = re.compile(
    r"(?:,\s*(?:\d{1,3},\s*)?of|\b[A-Z][a-z]+\s+of|\b[Ff]rom|\b(?:resident|residents|native)\s+of)\s+$"
)
#: the words after a name that make it a street: "at Concord and Market streets"
_STREET_AFTER = re.compile(
    r"^\s+(?:and\s+[A-Z]\w*\s+)?(?:street|streets|st|avenue|ave|road|rd|boulevard|blvd|drive|lane|way)\b",
    re.IGNORECASE,
)
#: a place named as one side of an intersection: "near Beale and Fond du
#: Lac", "at Fond du Lac and Burleigh" (the street's name without "Avenue")
_INTERSECTION_BEFORE = re.compile(
    r"\b(?:at|near)\s+(?:the\s+)?(?:corner|intersection)?(?:\s+of\s+)?[A-Z0-9][\w.]*\s+(?:and|&)\s+$"
)
_INTERSECTION_AFTER = re.compile(r"^\s+(?:and|&)\s+[A-Z0-9]")
_AT_OR_NEAR = re.compile(r"\b(?:at|near)\s+(?:the\s+)?(?:(?:corner|intersection)\s+of\s+)?$")
#: the words after a place that make it a part of a city: "the Arlington
#: neighborhood of Northwest Baltimore", "Philadelphia's Kensington section"
_PART_OF_CITY = re.compile(r"^\s+(?:neighborhood|neighbourhood|section|area|community)\b", re.IGNORECASE)
#: separators between a page title's headline and the outlet's name:
#: "Man Shot In Dolton « CBS Chicago", "... - WBOY.com: Clarksburg, Morgantown"
_OUTLET_SEPARATOR = re.compile(r"\s[|«»]\s|\s[-–—]\s|\.com\b|:\s")
#: a dateline the wire pattern does not take: "INDIANAPOLIS (December 3,
#: 2015) –", "(CINCINNATI, OH)--A", "CATONSVILLE, Md." cut off by the
#: sentence splitter, "MASTIC BEACH, N.Y. (AP) ???" (a dash lost to a bad encoding)
_LOOSE_DATELINE = re.compile(
    r"^\s*(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*\)?\s*(?:\([^)]{1,40}\))?\s*(?:[-–—]|\?\?\?|$)"
)
#: ... and one in parentheses after a glued headline: "Parking Lot(Anytown, OH)--A man"
_PARENTHESISED_DATELINE = re.compile(r"^\s*,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s*\)\s*(?:[-–—]|\?\?\?)")
#: how far into a report a loose dateline may stand (page furniture comes first)
LOOSE_DATELINE_REACH = 1500
#: the outlet's name follows a title separator closely ("« CBS Chicago")
OUTLET_REACH = 60
#: the sentences that may put the incident in a city: the headline and the first
LOCATIVE_SENTENCES = 1
#: preference of a place by what its words say (lower is better); see _place_tier
DATELINE_CITY, LOCATIVE_LEAD, LEAD, BODY, ORGANISATION, ASIDE = range(6)
#: among equals, a place of the event before an agency's town, and that before an outlet's
NAMED_IN_ORDER = {"agency": 1, "outlet": 2}
#: a part of a city ranks after the city, before the county
PART_OF_CITY_SPECIFICITY = 0.5


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Where the city of a wire dateline ("MILWAUKEE --") stands in ``text``."""
    return [m.span("city") for m in DATELINE.finditer(text[:DATELINE_REACH])]


def _in_spans(claim: Claim, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= claim.evidence.start < end for start, end in spans)


def _around(claim: Claim) -> tuple[str, str]:
    """The sentence's words before and after a claim."""
    sentence, surface = claim.evidence.sentence, " ".join(claim.evidence.text.split())
    at = sentence.find(surface)
    if at < 0:
        return "", ""
    return sentence[:at], sentence[at + len(surface) :]


def _is_loose_dateline(claim: Claim, before: str, after: str) -> bool:
    """A city in capitals near the top, followed by what follows a dateline
    (or by nothing, when the sentence splitter cut the dateline off), or a
    city and its state in parentheses before a dash ("(Anytown, OH)--")."""
    surface = claim.attrs.get("surface", claim.evidence.text)
    if claim.attrs.get("place_kind") != "city" or claim.evidence.start >= LOOSE_DATELINE_REACH:
        return False
    if before.endswith("(") and _PARENTHESISED_DATELINE.match(after):
        return True
    return surface.isupper() and len(surface) > 2 and bool(_LOOSE_DATELINE.match(after))


def _in_outlet_name(before: str, in_title: bool) -> bool:
    """A place just after a page title's separator: the outlet's name (a
    wire dateline's dash, where no title is known, is no separator)."""
    if not in_title:
        return False
    dateline = DATELINE.match(before)
    separators = list(_OUTLET_SEPARATOR.finditer(before, dateline.end() if dateline else 0))
    return bool(separators) and len(before) - separators[-1].end() <= OUTLET_REACH


def _is_intersection(before: str, after: str) -> bool:
    """A place's name as a street of an intersection: "near Beale and Fond du Lac"."""
    return bool(_INTERSECTION_BEFORE.search(before)) or (
        bool(_AT_OR_NEAR.search(before)) and bool(_INTERSECTION_AFTER.match(after))
    )


def _named_in(claim: Claim, before: str, in_title: bool) -> str | None:
    """ "agency" or "outlet" when a place is named only as part of one's name."""
    if claim.attrs.get("named_in"):
        return claim.attrs["named_in"]
    return "outlet" if _in_outlet_name(before, in_title) else None


def _in_organisation(claim: Claim, before: str, in_title: bool) -> bool:
    """Whether a place is named only as an organisation's town, weaker than
    a place of the event: an outlet's ("CBS Chicago") or a county's or
    state's agency ("Los Angeles County coroner's records", which serves many
    towns).  A town's own police ("Conroe police said") stand where the
    town's name stands: in the lead they place the story."""
    named = _named_in(claim, before, in_title)
    return named == "outlet" or (named == "agency" and claim.attrs.get("place_kind") != "city")


def _place_tier(claim: Claim, sentence: int, in_title: bool, datelines: Sequence[tuple[int, int]]) -> int:
    """How strongly a place's words say the incident happened there.

    The dateline comes first; then a city the headline or the first
    sentence puts the incident in ("shot in Dolton"); then the rest of the
    lead, then the body.  A place named only in a county's agency's name
    ("Los Angeles County coroner's records") or the outlet's ("« CBS
    Chicago") is the agency's or the outlet's before the story's: it comes
    next.  A place that is someone's home ("of Millbury") or a street ("at
    Concord and Market streets", "near Beale and Fond du Lac") comes last.
    """
    before, after = _around(claim)
    if _in_spans(claim, datelines) or _is_loose_dateline(claim, before, after):
        return DATELINE_CITY
    if _in_organisation(claim, before, in_title):
        return ORGANISATION
    if _STREET_AFTER.match(after) or _is_intersection(before, after):
        return ASIDE
    if _ORIGIN.search(before) and not _LOCATIVE.search(before):
        return ASIDE
    city = claim.attrs.get("place_kind") == "city" and not _PART_OF_CITY.match(after)
    if sentence <= LOCATIVE_SENTENCES and city and _LOCATIVE.search(before):
        return LOCATIVE_LEAD
    return LEAD if sentence <= LEAD_SENTENCES or claim.evidence.start < LEAD_CHARS else BODY


def _place_rank(
    claim: Claim, rank: dict[int, int], layout: Layout, datelines: Sequence[tuple[int, int]]
) -> tuple:
    """Sort key of a candidate place: what its words say, then specificity,
    then a place of the event before an agency's town and that before an
    outlet's, then order."""
    kind = claim.attrs.get("place_kind", "")
    before, after = _around(claim)
    specificity: float = SPECIFICITY.get(kind, len(SPECIFICITY))
    if kind == "city" and _PART_OF_CITY.match(after):
        specificity = PART_OF_CITY_SPECIFICITY
    sentence = rank.get(claim.evidence.sentence_start, 0)
    in_title = layout.in_title(claim, sentence)
    tier = _place_tier(claim, sentence, in_title, datelines)
    named = NAMED_IN_ORDER.get(_named_in(claim, before, in_title) or "", 0)
    return (tier, specificity, named, claim.evidence.start)


def _is_populated_place(claim: Claim) -> bool:
    """A gazetteer place (city, district, region, country), not a spot such
    as "the hospital" that other extractors record as a location."""
    return claim.attrs.get("place_kind") in SPECIFICITY


def _in_area(claim: Claim, area: Claim) -> bool:
    """Whether a place lies in the region (or country) of another, for their claims."""
    if claim.attrs.get("country") != area.attrs.get("country"):
        return False
    region = area.attrs.get("region")
    return area.attrs.get("place_kind") == "country" or (
        region is not None and claim.attrs.get("region") == region
    )


def _around_dateline(claim: Claim, dateline: Claim) -> bool:
    """Whether a town the lead names may be one a dateline's station covers.

    It is a city in the dateline's state, other than the dateline's place;
    not a part of the dateline's city by name ("North Portland" under
    "PORTLAND, Ore."); and smaller than the dateline's city: a station's
    city is the larger one, and "in suburban Detroit" under "DEARBORN
    HEIGHTS, Mich." names the city around the suburb, not the scene.
    """
    if claim.attrs.get("place_kind") != "city" or not _in_area(claim, dateline):
        return False
    if claim.attrs.get("geonameid") == dateline.attrs.get("geonameid"):
        return False
    if dateline.attrs.get("place_kind") != "city":
        return True
    name, city = (claim.value.name or "").lower().split(), (dateline.value.name or "").lower().split()
    if len(name) > len(city) and name[-len(city) :] == city:
        return False
    return _population(claim) < _population(dateline)


def _population(claim: Claim) -> int:
    """The population GeoNames gives the place of a claim (0 when unknown)."""
    for place in get_gazetteer().candidates(claim.value.name or ""):
        if str(place.geonameid) == claim.attrs.get("geonameid"):
            return place.population
    return 0


def _refined(best: Claim, places: Sequence[Claim], keys: dict[str, tuple]) -> Claim:
    """The best-placed place, or a more specific one inside it.

    A station files from its city and reports on the towns around it:
    "CHICAGO (CBS) — A man was shot in Dolton", "JEFFERSON PARISH, La. — ...
    shot in Harvey"; a town the headline or the first sentence puts the
    incident in is the place if it lies around the dateline (see
    ``_around_dateline``) and the lead does not put the incident in the
    dateline's place too ("shots fired in Windsor, man found in East
    Hartford" under "EAST HARTFORD --").  A state or a country is no city:
    a city or county the report names inside it, however weakly (but not as
    someone's home or a street), is more precise.
    """
    if keys[best.id][0] == DATELINE_CITY:
        put_in = [c for c in places if keys[c.id][0] == LOCATIVE_LEAD]
        around = [c for c in put_in if _around_dateline(c, best)]
        if around and not any(c.attrs.get("geonameid") == best.attrs.get("geonameid") for c in put_in):
            return min(around, key=lambda c: keys[c.id])
    if best.attrs.get("place_kind") in ("region", "country"):
        inside = [
            c
            for c in places
            if keys[c.id][0] < ASIDE
            and c.attrs.get("place_kind") in ("city", "district")
            and _in_area(c, best)
        ]
        if inside:
            return min(inside, key=lambda c: keys[c.id])
    return best


def city_fact(claims: Sequence[Claim], layout: Layout | None = None) -> CityFact | None:
    """The most specific populated place of the main incident.

    The dateline names the city the story is filed from, nearly always the
    city of the incident; then the headline or the first sentence puts the
    incident in a city ("shot in Dolton"); a place named only further down is
    more often a suspect's home town or a related story.  Among equals a city
    is preferred to the county or state around it, and to the neighbourhood
    it contains; a station's dateline or a state gives way to a town within
    it (see ``_refined``).
    """
    layout = layout or Layout()
    places = [c for c in _of_kind(main_claims(claims), ClaimKind.location) if _is_populated_place(c)]
    if not places:
        return None
    rank = sentence_rank(claims, layout.sentence_starts)
    datelines = dateline_spans(layout.text)
    keys = {c.id: _place_rank(c, rank, layout, datelines) for c in places}
    best = _refined(min(places, key=lambda c: keys[c.id]), places, keys)
    same = [c for c in places if c.attrs.get("geonameid") == best.attrs.get("geonameid")]
    return CityFact(
        name=best.value.name or best.evidence.text,
        kind=best.attrs.get("place_kind", ""),
        region=best.attrs.get("region"),
        region_name=best.attrs.get("region_name"),
        country=best.attrs.get("country"),
        geonameid=best.attrs.get("geonameid"),
        claims=[c.id for c in same],
    )


# --------------------------------------------------------------------- time


def _clock_minutes(claim: Claim) -> int:
    """The time as written ("around 11 p.m." is 23:00, not the low end of its
    hedged interval); a range ("between 2 and 3 a.m.") gives its start."""
    value = claim.value
    minutes = value.written if value.written is not None else value.low
    assert minutes is not None
    return int(minutes) % MINUTES_PER_DAY


def clock_fact(claims: Sequence[Claim]) -> ClockFact | None:
    """The clock time of the main incident.

    The time the report ties to the shooting itself comes first; failing
    one, the time of the call or of the police response (minutes later).
    Failing those, the first time of the main story tied to no such event:
    reporters set the scene with it ("About 10:30 a.m., Woods was standing
    on a sidewalk when a gunman opened fire").  Times of death and of an
    arrest are never the incident's.
    """
    times = [c for c in _of_kind(main_claims(claims), ClaimKind.time) if c.value.low is not None]
    scene = [c for c in times if c.attrs.get("event") not in NOT_INCIDENT_TIME_EVENTS]
    for event in (*INCIDENT_TIME_EVENTS, None):
        chosen = [c for c in scene if event is None or c.attrs.get("event") == event]
        if chosen:
            first = min(chosen, key=lambda c: c.evidence.start)
            return ClockFact(
                minutes=_clock_minutes(first),
                text=first.evidence.text,
                event=first.attrs.get("event", ""),
                claims=[first.id],
            )
    return None


# ------------------------------------------------------------------- people


def _roles(claims: Sequence[Claim]) -> dict[str, str]:
    """The role the report gives each named person (subject -> role)."""
    roles: dict[str, str] = {}
    for claim in _of_kind(claims, ClaimKind.person):
        role = claim.attrs.get("role")
        if role:
            roles.setdefault(claim.subject, role)
    return roles


def _victim_subjects(claims: Sequence[Claim]) -> set[str]:
    """Subjects of people the report names as killed or injured."""
    return {
        f"person:{_individual_key(c)}"
        for c in claims
        if c.kind in (ClaimKind.killed, ClaimKind.injured)
        and c.attrs.get("group") == INDIVIDUAL
        and _is_named(c.evidence.text)
        and not _is_attacker(c)
    }


def _arrested_subjects(claims: Sequence[Claim]) -> set[str]:
    """Subjects of people the report names as arrested."""
    return {
        f"person:{_individual_key(c)}"
        for c in _of_kind(claims, ClaimKind.arrested)
        if c.attrs.get("group") == INDIVIDUAL and _is_named(c.evidence.text)
    }


def _said_of_suspect(claim: Claim) -> bool:
    """Whether the sentence names the person as a suspect ("X was charged",
    "police are searching for X", "X opened fire")."""
    sentence, name = claim.evidence.sentence, " ".join(claim.evidence.text.split())
    at = sentence.find(name)
    if at < 0:
        return False
    return bool(_SUSPECT_AFTER.match(sentence[at + len(name) :]) or _SUSPECT_BEFORE.search(sentence[:at]))


def suspects(claims: Sequence[Claim]) -> list[NameFact]:
    """Named suspects of the main incident, in the order the report names them.

    A person titled or described as a suspect, said to be arrested, or
    whose sentence says they were charged, are wanted or opened fire; never
    someone the report says was killed or injured, nor an officer, official,
    lawyer or witness.
    """
    roles = _roles(claims)
    victims = _victim_subjects(claims)
    arrested = _arrested_subjects(claims)
    found: dict[str, NameFact] = {}
    for claim in _of_kind(main_claims(claims), ClaimKind.person):
        role = roles.get(claim.subject)
        if claim.subject in victims or role == "victim" or (role in NOT_VICTIM_ROLES and role != "suspect"):
            continue
        if role != "suspect" and claim.subject not in arrested and not _said_of_suspect(claim):
            continue
        name = claim.value.name or claim.evidence.text
        fact = found.setdefault(claim.subject, NameFact(name=name))
        fact.claims.append(claim.id)
        if len(name) > len(fact.name):
            fact.name = name
    return list(found.values())


def victim_ages(claims: Sequence[Claim], suspect_facts: Sequence[NameFact] = ()) -> list[AgeFact]:
    """Ages of the main incident's victims.

    An age is a victim's unless the person (named or not) is known to be
    someone else: a suspect (titled, arrested or named as such), an
    officer, an official, a witness.
    """
    roles = _roles(claims)
    not_victims = {f"person:{person_key(s.name)}" for s in suspect_facts} | _arrested_subjects(claims)
    attackers = lexicon().attackers
    ages: list[AgeFact] = []
    for claim in _of_kind(main_claims(claims), ClaimKind.age):
        if claim.value.low is None or roles.get(claim.subject) in NOT_VICTIM_ROLES:
            continue
        if claim.subject in not_victims or claim.subject.removeprefix("unnamed:") in attackers:
            continue
        ages.append(
            AgeFact(value=int(claim.value.low), person=claim.attrs.get("person", ""), claims=[claim.id])
        )
    return ages


# --------------------------------------------------------------------- entry


def digest_claims(claims: Sequence[Claim], layout: Layout | None = None) -> Digest:
    """The digest of one report's claims (``incident`` already set on each).

    ``layout`` (where the report's sentences, title and dateline stand)
    sharpens the choice of the city; without it the claims' own sentences
    stand in for the report's.
    """
    named_suspects = suspects(claims)
    return Digest(
        killed=killed_fact(claims),
        injured=injured_fact(claims),
        attackers_killed=attackers_fact(claims, ClaimKind.killed),
        attackers_injured=attackers_fact(claims, ClaimKind.injured),
        city=city_fact(claims, layout),
        clock=clock_fact(claims),
        victim_ages=victim_ages(claims, named_suspects),
        suspects=named_suspects,
    )


def digest_report(extracted: ExtractedReport) -> Digest:
    """The digest of an extracted report (see :func:`reportcheck.api.extract_report`)."""
    return digest_claims(extracted.claims, Layout.of(extracted))
