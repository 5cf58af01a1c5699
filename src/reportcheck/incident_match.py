"""Same incident or not: whether two reports tell one incident, and why.

``compare`` must not set a California bus crash against a Phoenix shooting,
and ``batch`` must not put two Chicago shootings of one weekend into one
group.  Both ask this module, so the answer and its reasons are the same
everywhere.  Each report is boiled down once to an :class:`IncidentProfile`
of its main incident (what tells one incident from another: its places,
days, kind of event, named people, streets, weapons); two profiles are then
weighed by :func:`match_profiles`, a rule a reader can follow:

* **evidence** is what the two profiles share or where they contradict each
  other, each item *strong* or *weak*.  Strong shared: a named person of
  both (rapidfuzz, :func:`~reportcheck.knowledge.names.names_match`), a
  street of both, or a city of both with a day of both.  Weak shared: a
  city, a day, a region, the kind of event, a weapon.  Strong contradicting:
  no region in common (another state or country) and no reading of either
  report's town names in the other's region ("Palmer" read as the
  Massachusetts town is no evidence against Anchorage, Alaska), days more than
  :data:`APART_DAYS` apart, kinds of event that exclude each other.  Weak
  contradicting: other cities of one region, days a few days apart, named
  victims of which none match.  A person both name is only weak shared
  evidence when one report is about that person and the other names them
  in passing beside its own person, whom the first never names: the second
  player arrested this winter recalls the first ("after Vincent Jackson"),
  a dairy's fire the governor whose church burned (``focus_min_mentions``
  and ``passing_share`` of ``rules/incident_match.yaml``; how often a report
  names someone leaves out naming them as a speaker).  A name the text has
  claim an attack ("Al Shabaab claimed responsibility") is a group's, no
  person (``group_claims``).
* **months and days**: reports with no year of their own (a wire dateline
  "LIMA, Peru, June 3 (Reuters) -") still date their incidents: by the
  months and days their bodies give the main incident, else by the week
  before their dateline when they date it by a weekday.  More than
  ``month_day_apart`` days apart, round the year, is strong evidence
  against one incident that a city or region in common does not outweigh:
  ``different`` unless strong shared evidence (a person, a street...) stands.
  Where only one report has no year ("on Dec. 13") and the other dates its
  incident (a weekday or "yesterday" resolved from its dateline or page
  date), the two are read on the calendar as two dated days are: within a
  day they share the incident's day, further apart they contradict.  One
  dated by its dateline's month and day and one weekday alone ("SOKOBANJA,
  Oct 2 (Tanjug) - ... on Thursday morning") has that weekday read against
  the dateline in the other report's year: within a day of the other's day
  they share it; never a contradiction (the year is the other report's).
* **background paragraphs**: a sentence all of whose claims are another
  incident's ("In January, two men were killed at a gas station on Lamar
  Avenue") gives the report no street or city side: it recalls an earlier
  incident of the town, maybe the other report's.  (Its name words stay:
  batch's rare words found one more true pair with them.)
* **recalled incidents**: a report that tells its incident as the latest
  of its kind ("It was the second shooting in the area this week. On
  Monday, ..."; "Thursday's blast came four days after a car bomb killed
  six"; "The quake follows a 5.6 tremor", ``recall`` of
  ``rules/incident_match.yaml``; "The strikes came three days after
  government rockets hit ...", a distance in days before "after" and no
  follow-up's "the"/"he"/"Monday's" after it), whether or not the incidents stage made
  the recalling clause a background incident, recalls another incident:
  where the other report's own incident is the recalled one (its weekday or
  day, toll, street, age, person) and the recalling report's own incident
  falls on another day, the pair is ``different`` whatever else both give
  (the name, street and toll both give are the recalled incident's).  A
  follow-up names its incident "the shooting" or "Monday's shooting" and
  tells it on its own day: no recalled incident.
* **other events told beside the report's own**: the events the incidents
  stage finds inside a report's main incident ("The killing follows
  Saturday's shooting outside a Main Street bar that left three wounded")
  and its background incidents, whatever their words
  (``earlier_events`` of ``rules/incident_match.yaml``): where one of them
  gives the other report's incident's day and its street, toll or ages,
  more details than the report's own incident gives alike, and the report
  tells its own on another day or at another place, the pair is
  ``different``.  Never where the report's own incident names a person the
  other names (a capture's story recalling the escape: one person's story).
* **two leads, two days, two scenes**: each report's lead (the first
  sentence telling its own incident's dead, hurt or missing beside its day,
  read before any clause recalling another incident) gives a day and a
  scene; two leads whose days lie days apart (``leads`` of
  ``rules/incident_match.yaml``: resolved days, or one weekday each, not
  next to each other; a dateline's date beside the lead's own day is the
  day of writing, not the incident's) and whose scenes of one rank (towns
  and villages, or streets and venues) the other report gives its own
  incident nowhere (a name whose words all lie in another's is that
  scene; "Tell Azrun" and "Tell Mazra" are two) tell two incidents of one
  kind and region ("killed on Monday in Kerovo" against "killed on
  Thursday in Pradina"): the pair is ``different``.  Leads a day apart
  count when their day parts rule one night out ("early Saturday" against
  "Sunday evening", :func:`~reportcheck.knowledge.night_sides.one_night`);
  a quake's lead is its magnitude beside its day; a stretch's "since
  Thursday" is no day of a lead, a town a distance is told from ("12 km
  north of Khan Harmal") no scene of it.  A clause telling an incident of
  the report's kind on another day than its lead's ("Tuesday's killing of
  ...", "On Thursday, a strike on the nearby town of ... killed six":
  ``other_days``) is another event beside the report's own, no day, scene
  or person of it.  Never where a report
  gives its own incident the other lead's day (a funeral "for the victim
  of Monday's quake"), a follow-up's venue (a court, a cemetery) is its
  scene, or the own incidents share a person who is none of their
  officials.
* **places** are where the report puts the incident: its body's scene and,
  for a local story, its dateline town.  A wire dateline in another region
  than every place the body names ("DUBAI" over a strike in Saada province,
  "KABUL" over a quake near Herat) says where the report was filed, not
  where it happened: it is no region, city or shared town of the incident,
  only a possible reading of it (as "Palmer" may be Alaska's).
  The main towns of two reports further apart than ``far_apart_km`` (at
  their nearest, every reading of each name in its country) are a strong
  contradiction even in one region.
* **the incident's own spot**: the name of a venue, of a village the
  gazetteer does not know or of a named storm both reports give ("outside
  Wildcat Stadium", "in Ceel Dhaqaad", "Cyclone Belinha"; ``own_names`` of
  ``rules/incident_match.yaml``) is strong shared evidence with the day in
  common, with two such names, or with an unknown village in a region both
  name; weak with one venue and no day to tell, days apart or towns that
  contradict each other (one jeweller's robbed twice, a chain's two
  stores).  A town the gazetteer read in another country than the state
  or country the dateline names beside it ("LAMESA SPRINGS, Texas" read as
  Springs, South Africa), a country the report names nowhere, is no place
  of the incident (:func:`_namesake_abroad`), nor is the dateline's own
  town read in another state than its line names ("MARLOW HEIGHTS, Ohio"
  read as the Maryland town: :func:`_namesake_of_state`).  A measuring
  agency ("The European-Mediterranean Seismological Centre measured it")
  is no spot, named with a verb of saying or not.
* **named dead**: two reports that each name their victims one by one,
  no name and no exact age alike (``victims``), are strong evidence against
  one incident.
* ``different``: a strong contradiction and nothing shared that places the
  reports together (no city, day, person or street); or two weak
  contradictions and nothing shared at all but the kind of event.  A day
  in common places nothing together when both reports date their incident
  to that one day (or a day apart), their places are strongly apart in two
  countries and they name no person alike (:func:`_day_places_together`).
* ``same``: strong shared evidence and no contradiction, or strong shared
  evidence that outweighs a weak contradiction (a person and a street, a
  person and a city...).  With a city or the incident's day in common
  (however each report dates it, also by the calendar readings above), enough
  **details** given alike (the same exact ages, a clock time, the weekday
  of undated reports, counts, people, a street; points in
  ``rules/incident_match.yaml``) are strong shared evidence too: two
  undated reports of one shooting otherwise share only a town.  Where both
  name streets (or sides of the city) and share none, only the people
  named alike count of these details: two shootings of one town's night
  share an age, a round hour and a weekday by chance.
* ``unsure`` otherwise: too little stated to tell (briefs, one side with no
  place).  ``compare`` then compares as asked; ``batch`` does not join
  reports on it (see :mod:`reportcheck.batch.grouping`).

This is an align-stage module: it reads extracted reports and the knowledge
layer, and imports nothing of compare or export.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from reportcheck.details import DateForm
from reportcheck.incidents import COARSE_DATE_FORMS
from reportcheck.knowledge.calendar_days import latest_weekday, weekday_before, weekdays_apart
from reportcheck.knowledge.datelines import DATELINE_HEAD, line_before
from reportcheck.knowledge.events import PLAN_EVENT, event_lexicon
from reportcheck.knowledge.gazetteer.lookup import coordinates, distance_km, get_gazetteer
from reportcheck.knowledge.gazetteer.names import place_rules
from reportcheck.knowledge.names import (
    letters_only,
    name_parts,
    names_match,
    people_lexicon,
    spelling_variants,
    title_before,
)
from reportcheck.knowledge.night_sides import DaySide, day_side, night_sides, one_night
from reportcheck.knowledge.relative_days import stretch_start_words
from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.knowledge.timezones import UNIVERSAL_ZONES
from reportcheck.knowledge.venues import detour_street, direction_forms, venue_rules
from reportcheck.knowledge.vocabulary import (
    CARE,
    DATELINE_ROLE,
    DAY_NAME_WORDS,
    DETOUR,
    FELT,
    HOME,
    MAIN,
    MONTH_NAMES,
    ROUTE,
    SCENE,
    TOWN_KINDS,
    UNRESOLVED_PREFIX,
    WEEKDAY_NAMES,
    alternation,
    person_of_subject,
    tells,
)
from reportcheck.models import Claim, ClaimKind, IncidentEvidence, IncidentMatch

if TYPE_CHECKING:
    from reportcheck.models import ExtractedReport

#: (latitude, longitude)
Point = tuple[float, float]

#: place kinds precise enough to tell incidents apart; a country or a state is not
PLACE_KINDS = TOWN_KINDS
#: a day-level date spans at most this many days ("the weekend"); longer is not a day
MAX_DAY_SPAN = 3
#: days either side of a date that still count as the same day (overnight, time zones)
DAY_TOLERANCE = 1
#: days between the reports' incident days beyond which they are other incidents
APART_DAYS = 7

#: days between two reports' own dates within which they can be news of one incident
PUBLISHED_DAYS = 3
#: days between two reports' own dates beyond which they weigh against one incident
PUBLISHED_APART_DAYS = 60

DayInterval = tuple[int, int]
Region = tuple[str, str]

SAME, DIFFERENT, UNSURE = "same", "different", "unsure"
STRONG, WEAK = "strong", "weak"
SHARED, CONTRADICTING = "shared", "contradicting"


class IncidentTypeRules(Strict):
    """``rules/incident_types.yaml``: the words that say what kind of incident a lead tells."""

    lead_chars: int
    min_hits: int
    types: dict[str, list[str]]
    setting_words: dict[str, list[str]]
    spread_over_regions: list[str]
    spread_centres: list[str]
    point_events: list[str]
    point_event_warnings: list[str]
    wire_agencies: list[str]


@cache
def incident_type_rules() -> IncidentTypeRules:
    return load_rule_file("incident_types.yaml", IncidentTypeRules)


class RecallRules(Strict):
    """``recall`` of ``rules/incident_match.yaml``: how a report recalls another incident of its kind."""

    nouns: list[str]
    ordinals: list[str]
    ordinal_subjects: list[str]
    ordinal_verbs: list[str]
    ordinal_places: list[str]
    after_links: list[str]
    follow_links: list[str]
    continuation_openers: list[str]
    distance_units: list[str]
    hour_units: list[str]
    day_before_distances: list[str]
    hour_openers: list[str]
    not_recalled_openers: list[str]


class LeadRules(Strict):
    """``leads`` of ``rules/incident_match.yaml``: the day and the scene a
    report's lead gives its own incident, which set two incidents apart."""

    harm_kinds: list[str]
    measure_kinds: list[str]
    reference_units: list[str]
    parts_days_apart: int
    scene_kinds: list[str]
    not_scene_roles: list[str]
    towns: list[str]
    generic_words: list[str]
    follow_up_venues: list[str]
    not_lead_events: list[str]
    min_days_apart: int
    max_days_apart: int


class EarlierEventRules(Strict):
    """``earlier_events`` of ``rules/incident_match.yaml``: another event a
    report tells beside its own that is the other report's incident."""

    relations: list[str]
    min_details: int
    needs: list[str]
    telling: list[str]
    not_own_days: list[str]
    apart_words: list[str]
    care_venues: list[str]
    area_words: list[str]


class OtherDayRules(Strict):
    """``other_days`` of ``rules/incident_match.yaml``: a report's clause
    telling an incident of its kind on another day than its lead's."""

    min_days_apart: int
    other_words: list[str]
    spot_prepositions: list[str]
    known_words: list[str]


class VictimRules(Strict):
    """``victims`` of ``rules/incident_match.yaml``: two reports each naming
    their own victims, none the other's."""

    min_named: int
    named_share: float
    surname_articles: list[str]


class OwnNameRules(Strict):
    """``own_names`` of ``rules/incident_match.yaml``: the names of the
    incident's own spots (a venue, an unknown village, a storm) both reports give."""

    not_rare: list[str]
    storm_words: list[str]
    craft_prefixes: list[str]
    craft_nouns: list[str]
    mountain_before: list[str]
    mountain_after: list[str]
    craft_verb_before: list[str]


class DetailRules(Strict):
    """``rules/incident_match.yaml``: which details two reports give alike, and how
    many of them, tell one incident from another of the same town."""

    points: dict[str, int]
    needed: int
    max_ages: int
    max_people: int
    ages_share: float
    clock_minutes: int
    round_minutes: int
    max_clocks: int
    max_weekdays: int
    killed_at_least: int
    injured_at_least: int
    not_telling_roles: list[str]
    apart_days: int
    side_words: list[str]
    spokesperson_titles: list[str]
    focus_min_mentions: int
    passing_share: float
    saying_verbs: list[str]
    group_claims: list[str]
    month_day_apart: int
    dateline_back_days: int
    far_apart_km: float
    near_km: float
    recall: RecallRules
    earlier_events: EarlierEventRules
    leads: LeadRules
    other_days: OtherDayRules
    victims: VictimRules
    own_names: OwnNameRules


@cache
def detail_rules() -> DetailRules:
    return load_rule_file("incident_match.yaml", DetailRules)


@cache
def _wire_agencies() -> frozenset[str]:
    """The wire agencies' credits in lower case, built once where the rules load."""
    return frozenset(a.lower() for a in incident_type_rules().wire_agencies)


@cache
def _spread_kinds() -> frozenset[str]:
    """The kinds of event that reach over several regions (``spread_over_regions``)."""
    return frozenset(incident_type_rules().spread_over_regions)


@cache
def _not_telling_roles() -> frozenset[str]:
    """The roles whose people speak of every case (``not_telling_roles``)."""
    return frozenset(detail_rules().not_telling_roles)


@cache
def _type_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return _word_patterns(incident_type_rules().types)


@cache
def _setting_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return _word_patterns(incident_type_rules().setting_words)


def _word_patterns(lists: dict[str, list[str]]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (kind, re.compile(rf"\b(?:{alternation(words)})\b")) for kind, words in sorted(lists.items())
    )


def spread_told(text: str) -> bool:
    """Whether ``text`` names a kind of event that reaches over several
    regions (``spread_over_regions``: "earthquake", "floods") by its event
    words."""
    lower = text.lower()
    return any(kind in _spread_kinds() and pattern.search(lower) for kind, pattern in _type_patterns())


@cache
def _point_event() -> re.Pattern[str]:
    rules = incident_type_rules()
    warned = rf"(?![- ](?:{alternation(rules.point_event_warnings)})\b)"  # "an avalanche warning": no event
    return re.compile(rf"\b(?:{alternation(rules.point_events)})\b{warned}", re.IGNORECASE)


def point_event_told(text: str) -> str | None:
    """The event that strikes one spot ``text`` names first ("landslide"), if any."""
    found = _point_event().search(text)
    return found.group(0).lower() if found is not None else None


def point_told_first(text: str) -> bool:
    """Whether ``text`` tells an event that strikes one spot
    (``point_events``: "a landslide", "lightning") before any word of a
    kind that reaches over several regions: "A landslide triggered by
    torrential rains buried homes in Rudbar county" tells the one spot of a
    landslide, "Floods and a landslide hit Tellabar district" a flood's area."""
    point = _point_event().search(text)
    if point is None:
        return False
    lower = text.lower()
    spreads = [
        found.start()
        for kind, pattern in _type_patterns()
        if kind in _spread_kinds() and (found := pattern.search(lower)) is not None
    ]
    return not spreads or point.start() < min(spreads)


@cache
def spread_centre() -> re.Pattern[str]:
    """The words that tell the one point of such an event (``spread_centres``: "epicentre")."""
    return re.compile(rf"\b(?:{alternation(incident_type_rules().spread_centres)})\b", re.IGNORECASE)


def event_types(headline: str | None, text: str) -> tuple[tuple[str, int], ...]:
    """Each kind of incident the headline and lead name, with how many of its
    event words they hold; a kind whose setting words alone they name ("the
    driver of a vehicle" in a shooting's lead, ``setting_words`` of
    rules/incident_types.yaml) with none: mentioned, never the lead's kind."""
    lead = f"{headline or ''}\n{text[: incident_type_rules().lead_chars]}".lower()
    hits = {kind: len(pattern.findall(lead)) for kind, pattern in _type_patterns()}
    settings = {kind for kind, pattern in _setting_patterns() if pattern.search(lead)}
    return tuple((kind, count) for kind, count in sorted(hits.items()) if count or kind in settings)


def named_kinds(own: str) -> tuple[str, ...]:
    """Every kind of incident whose event or setting words the report's own
    text names anywhere, its background paragraphs left out: a lead tells
    its incident by its dominant words ("crashed", "the driver") and its
    body may tell what else happened in it ("the driver had been shot",
    "shots were fired before the crash"), which is no other incident's."""
    text = own.lower()
    return tuple(
        sorted({kind for kind, pattern in (*_type_patterns(), *_setting_patterns()) if pattern.search(text)})
    )


#: a street as reporters write it: "the 1200 block of Tuggle Road", "on W. Main St."
_STREET = re.compile(
    r"\b((?:[NSEW]\.?\s)?(?:(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))\.?\s){1,3})"
    r"(Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Dr\.|Lane|Ln\.|Parkway|Pkwy\.|Highway|Court|Ct\.)"
    r"(?=[\s,.;:)])(?!\s+Patrol)"
)
_SUFFIX = {"st.": "street", "ave.": "avenue", "rd.": "road", "blvd.": "boulevard", "dr.": "drive"}
_SUFFIX |= {"ln.": "lane", "pkwy.": "parkway", "ct.": "court"}
#: words that start a capitalised run but are no part of a street's name
_NOT_STREET_WORDS = frozenset({"the", "on", "in", "at", "near", "of", "a", "an", "and", "block", "police"})


#: a capitalised word as reporters write names: "Ramsey", "O'Neal", "Al-Hussien", "WICHITA"
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z'\-]{2,}\b")
_LOWER = re.compile(r"\b[a-z][a-z'\-]{2,}\b")
#: capitalised words that name no incident: days and months are said of every story
_NOT_NAME_WORDS = DAY_NAME_WORDS


def name_words(text: str) -> tuple[str, ...]:
    """The words a text only ever writes capitalised, lower case: the names
    of its people, streets, towns, schools and businesses ("ramsey",
    "tuggle", "euharlee").  A word the text also writes in lower case
    ("Police" / "police", "The" / "the") is a common word that happened to
    start a sentence or a title, and is left out; so is a word only ever
    written in capitals ("KTHV", "NYPD"): a call sign or an agency, which
    every story of its station or city carries.  Which of these words say
    something about the incident depends on how many other reports use them:
    batch counts that (:mod:`reportcheck.batch.grouping`)."""
    lower = set(_LOWER.findall(text))
    words = {word.lower() for word in _CAPITALISED.findall(text) if not word.isupper()}
    return tuple(sorted(words - lower - _NOT_NAME_WORDS))


#: the number of a numbered road right after its head: "State Highway 5", "North Highway 340"
_ROAD_NUMBER = re.compile(r"\s+(\d{1,4}[A-Z]?)\b")


def streets(text: str) -> tuple[str, ...]:
    """The streets a text names, lower case with the suffix spelt out
    ("tuggle road"), a numbered highway with its number ("state highway 5":
    "State Highway 1" and "State Highway 5" are two roads), leaving out a
    street told as the way round the scene
    (:func:`reportcheck.knowledge.venues.detour_street`)."""
    found = set()
    for match in _STREET.finditer(text):
        words = [w.strip(".").lower() for w in match.group(1).split()]
        while words and words[0] in _NOT_STREET_WORDS:
            words = words[1:]
        if not words or detour_street(text, match.start()):
            continue
        suffix = match.group(2).lower()
        number = _ROAD_NUMBER.match(text, match.end()) if suffix == "highway" else None
        found.add(
            " ".join([*words, _SUFFIX.get(suffix, suffix), *([number.group(1).lower()] if number else [])])
        )
    return tuple(sorted(found))


@dataclass(frozen=True)
class Recalled:
    """The details of an incident a report recalls as an earlier one of its kind
    ("It was the second shooting ... On Monday, Darnell Hayes, 19, was killed
    on Elm Street"), and the weekdays and days of its own incident told
    outside the recalling clauses."""

    weekdays: tuple[str, ...] = ()
    days: tuple[DayInterval, ...] = ()
    killed: tuple[int, ...] = ()
    ages: tuple[int, ...] = ()
    people: tuple[str, ...] = ()
    streets: tuple[str, ...] = ()
    own_weekdays: tuple[str, ...] = ()
    own_days: tuple[DayInterval, ...] = ()
    #: the exact magnitudes of the recalled quake ("came nine days after a
    #: magnitude 5.8 tremor") and of the report's own
    magnitudes: tuple[float, ...] = ()
    own_magnitudes: tuple[float, ...] = ()

    @classmethod
    def from_dict(cls, data: dict) -> Recalled:
        return cls(
            weekdays=tuple(data.get("weekdays", ())),
            days=tuple(tuple(item) for item in data.get("days", ())),
            killed=tuple(data.get("killed", ())),
            ages=tuple(data.get("ages", ())),
            people=tuple(data.get("people", ())),
            streets=tuple(data.get("streets", ())),
            own_weekdays=tuple(data.get("own_weekdays", ())),
            own_days=tuple(tuple(item) for item in data.get("own_days", ())),
            magnitudes=tuple(data.get("magnitudes", ())),
            own_magnitudes=tuple(data.get("own_magnitudes", ())),
        )


@dataclass(frozen=True)
class Told:
    """What a report tells of one event: its own incident's (the main
    incident's values outside every other event it tells) or another event
    it tells beside it (an earlier shooting its clauses recall, a background
    incident: ``earlier_relations`` of ``rules/incident_match.yaml``).
    Weighed by :func:`_weigh_earlier` through :func:`_told_alike`; not
    :class:`Recalled`, which :func:`_weigh_recall` reads: that one holds the
    clauses of ``recall`` (an earlier incident "of its kind", a quake's
    magnitude) with the own incident's days read outside them, and is set
    against the other report's digest (its toll, its full names)."""

    weekdays: tuple[str, ...] = ()
    days: tuple[DayInterval, ...] = ()
    killed: tuple[int, ...] = ()
    injured: tuple[int, ...] = ()
    ages: tuple[int, ...] = ()
    people: tuple[str, ...] = ()
    streets: tuple[str, ...] = ()  #: street keys (:func:`_street_key`)
    venues: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: dict) -> Told:
        return cls(
            weekdays=tuple(data.get("weekdays", ())),
            days=tuple(tuple(item) for item in data.get("days", ())),
            killed=tuple(data.get("killed", ())),
            injured=tuple(data.get("injured", ())),
            ages=tuple(data.get("ages", ())),
            people=tuple(data.get("people", ())),
            streets=tuple(data.get("streets", ())),
            venues=tuple(data.get("venues", ())),
        )


@dataclass(frozen=True)
class Lead:
    """The day and the scene a report's lead gives its own incident ("Three
    people were killed on Thursday when a block collapsed in Tepeli"), and
    every place the report gives its own incident (:func:`_lead`)."""

    days: tuple[DayInterval, ...] = ()
    weekdays: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    own_places: tuple[str, ...] = ()
    #: the day part and narrowing word of its one day ("early Saturday":
    #: early; "Sunday evening": evening), whether its sentence tells an
    #: overnight event, and a clock time's minutes from midnight there
    #: (:class:`~reportcheck.knowledge.night_sides.DaySide`)
    parts: tuple[str, ...] = ()
    overnight: bool = False
    offset: float | None = None

    @classmethod
    def from_dict(cls, data: dict) -> Lead:
        return cls(
            days=tuple(tuple(item) for item in data.get("days", ())),
            weekdays=tuple(data.get("weekdays", ())),
            places=tuple(data.get("places", ())),
            own_places=tuple(data.get("own_places", ())),
            parts=tuple(data.get("parts", ())),
            overnight=bool(data.get("overnight", False)),
            offset=data.get("offset"),
        )

    @property
    def side(self) -> DaySide:
        return DaySide(frozenset(self.parts), self.overnight, self.offset)


@dataclass(frozen=True)
class IncidentProfile:
    """What tells one report's main incident from another's, as small plain values.

    Cheap to pickle and ship (batch summarises each report into one)."""

    days: tuple[DayInterval, ...] = ()  #: day ordinals the main incident's dates name (inclusive)
    published: int | None = None  #: the report's own date (page stamp, dateline, manifest), a day ordinal
    places: tuple[tuple[str, str], ...] = ()  #: (GeoNames id, name) of the cities and districts it names
    city: str | None = None  #: GeoNames id of the story's own city or district
    city_name: str | None = None
    regions: tuple[Region, ...] = ()  #: (country, first-level region) of the places it names
    #: the regions of the places it tells harm in (:func:`_harm_regions`),
    #: which a quake's, a flood's or a storm's report may not call its scene
    harm_regions: tuple[Region, ...] = ()
    #: the regions of every reading of its towns' names ("Palmer": Massachusetts and Alaska)
    readable: tuple[Region, ...] = ()
    people: tuple[tuple[str, str], ...] = ()  #: (name as written at its longest, role) of the people named
    types: tuple[tuple[str, int], ...] = ()  #: kinds of incident the lead names, with their word counts
    #: every kind of incident its own text names anywhere (:func:`named_kinds`)
    named_types: tuple[str, ...] = ()
    streets: tuple[str, ...] = ()
    weapons: tuple[str, ...] = ()  #: weapon classes
    killed: int | None = None
    injured: int | None = None
    words: tuple[str, ...] = ()  #: the text's name words (:func:`name_words`)
    ages: tuple[int, ...] = ()  #: the exact ages of the main incident's people
    #: (age, sex) of each exact age whose bearer's sex is told ("a 23-year-old woman")
    age_sexes: tuple[tuple[int, str], ...] = ()
    sides: tuple[str, ...] = ()  #: the city sides the text names ("south side", "southeast side")
    clocks: tuple[int, ...] = ()  #: the clock times (minutes past midnight) of the main incident
    weekdays: tuple[str, ...] = ()  #: the weekdays the main incident's dates name ("tuesday")
    #: its regions are only its wire dateline's ("BEIRUT (AFP) -"), its body placing nothing in a region
    dateline_only: bool = False
    #: its regions are only its dateline's, credited to a wire or not, and its
    #: body names another country ("NEW DELHI -- A magnitude 6.1 earthquake
    #: struck western Nepal"): filed from a bureau abroad (:func:`_filed_abroad`)
    filed_abroad: bool = False
    #: GeoNames id of the place its dateline names, where the story was filed
    filed_from: str | None = None
    #: (name, how often the text names them) of each person named in full (:func:`_mentions`)
    mentions: tuple[tuple[str, int], ...] = ()
    #: the months and days ("03-11") the main incident's dates name in the body,
    #: with or without a year: what a report with no year of its own still tells
    month_days: tuple[str, ...] = ()
    #: the month and day of its wire dateline ("MOGADISHU, March 11 (Reuters) -")
    dateline_day: str | None = None
    #: (latitude, longitude) of every reading of the towns it puts the
    #: incident in: its story's town and the towns its body names as the
    #: scene (:func:`_main_points`)
    main_points: tuple[tuple[float, float], ...] = ()
    #: what the report recalls of another incident of its kind it comes
    #: after (:func:`recalled_parts`), and the weekdays and days of its own
    #: incident told outside those clauses
    recalled: Recalled | None = None
    #: what the report tells of its own incident, outside the other events it tells
    own: Told | None = None
    #: each other event it tells beside its own (:func:`_told_events`)
    earlier: tuple[Told, ...] = ()
    #: the exact magnitudes the main incident's quake is given
    magnitudes: tuple[float, ...] = ()
    #: the day and scene its lead gives its own incident (:func:`_lead`)
    lead: Lead | None = None
    #: the victims it names told dead, not only hurt (:func:`_dead_names`)
    dead: tuple[str, ...] = ()
    #: the rare words of the names of its own incident's spots (:func:`_spot_words`)
    spot_words: tuple[str, ...] = ()
    #: ... of those the rare words of the villages the gazetteer does not know
    village_words: tuple[str, ...] = ()
    #: ... and of the name of the craft it befell ("the launch MV Sonar Tori")
    craft_words: tuple[str, ...] = ()
    #: the name words of its own incident's text, background paragraphs left out
    own_words: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> IncidentProfile:
        pairs = ("days", "places", "regions", "harm_regions", "readable", "people", "types")
        values = {key: tuple(tuple(item) for item in data.get(key, ())) for key in pairs}
        return cls(
            **values,
            published=data.get("published"),
            city=data.get("city"),
            city_name=data.get("city_name"),
            streets=tuple(data.get("streets", ())),
            weapons=tuple(data.get("weapons", ())),
            words=tuple(data.get("words", ())),
            ages=tuple(data.get("ages", ())),
            clocks=tuple(data.get("clocks", ())),
            weekdays=tuple(data.get("weekdays", ())),
            sides=tuple(data.get("sides", ())),
            age_sexes=tuple((int(age), str(sex)) for age, sex in data.get("age_sexes", ())),
            killed=data.get("killed"),
            injured=data.get("injured"),
            dateline_only=bool(data.get("dateline_only", False)),
            filed_abroad=bool(data.get("filed_abroad", False)),
            filed_from=data.get("filed_from"),
            mentions=tuple((str(name), int(times)) for name, times in data.get("mentions", ())),
            month_days=tuple(data.get("month_days", ())),
            dateline_day=data.get("dateline_day"),
            main_points=tuple((float(lat), float(lon)) for lat, lon in data.get("main_points", ())),
            recalled=Recalled.from_dict(data["recalled"]) if data.get("recalled") else None,
            own=Told.from_dict(data["own"]) if data.get("own") else None,
            earlier=tuple(Told.from_dict(item) for item in data.get("earlier", ())),
            magnitudes=tuple(data.get("magnitudes", ())),
            lead=Lead.from_dict(data["lead"]) if data.get("lead") else None,
            dead=tuple(data.get("dead", ())),
            named_types=tuple(data.get("named_types", ())),
            spot_words=tuple(data.get("spot_words", ())),
            village_words=tuple(data.get("village_words", ())),
            craft_words=tuple(data.get("craft_words", ())),
            own_words=tuple(data.get("own_words", ())),
        )

    @property
    def place_ids(self) -> frozenset[str]:
        return frozenset(geonameid for geonameid, _ in self.places)

    @property
    def main_type(self) -> str | None:
        """The kind of incident the lead names most (ties: by name), if it names one enough."""
        enough = [(-count, kind) for kind, count in self.types if count >= incident_type_rules().min_hits]
        return min(enough)[1] if enough else None


# ---------------------------------------------------------------- building a profile


def day_interval(claim: Claim) -> DayInterval | None:
    """The days a date claim names, when it names a day (not a month, a year, a span)."""
    low, high = claim.value.low, claim.value.high
    if low is None or high is None or claim.date.form in COARSE_DATE_FORMS:
        return None
    first, last = math.floor(low), math.floor(high)
    return (first, last) if last - first < MAX_DAY_SPAN else None


def _days(claims: Iterable[Claim]) -> tuple[DayInterval, ...]:
    """The days the date claims name, each reading of a date written in
    numbers that may be read both ways ("3/6/2023": 6 March or 3 June)
    among them, so that the reading the other report shares is the one
    weighed, as ``_gap`` takes the nearest days of two reports."""
    found: set[DayInterval] = set()
    for claim in claims:
        if claim.kind is not ClaimKind.date or (interval := day_interval(claim)) is None:
            continue
        found.add(interval)
        found.update(_other_readings(claim))
    return tuple(sorted(found))


def _other_readings(claim: Claim) -> list[DayInterval]:
    """The other days a date written in numbers may be (the dates
    extractor's alternatives: the day-first reading of "3/6/2023")."""
    if claim.date.form != DateForm.NUMERIC_DATE:
        return []
    return [
        (math.floor(i.low), math.floor(i.high))
        for i in claim.value.alternatives
        if i.low is not None and i.high is not None
    ]


def _regions(places: Sequence[Claim]) -> tuple[Region, ...]:
    return tuple(
        sorted(
            {
                (claim.place.country or "", claim.place.region)
                for claim in places
                if claim.place.kind != "country" and claim.place.region
            }
        )
    )


def _readable_regions(names: Iterable[str]) -> tuple[Region, ...]:
    """The regions of every reading the gazetteer has of the names of the
    towns and districts a report puts the incident in (its scene places
    and its story's town, as for its regions).  The gazetteer picks
    one reading of a name ("Palmer" a town of Massachusetts, "Surrey" the
    Canadian city, "Richmond Hill" the Ontarian one); another report of the
    same fire may name Anchorage, Banstead or Queens, in whose region
    another reading lies, and the two must not be told apart by the pick."""
    gazetteer = get_gazetteer()
    found = set()
    for name in names:
        for reading in gazetteer.candidates(name):
            if reading.region:
                found.add((reading.country, reading.region))
    return tuple(sorted(found))


#: what a place may be to its story and still tell the incident's region
SCENE_ROLES = frozenset({SCENE, DATELINE_ROLE})


def _scene_places(places: list[Claim], filed_only: list[Claim]) -> list[Claim]:
    """The places a report puts the incident in (a locative, the dateline),
    where it names any; else all its places.  A quake story also names the
    cities it was felt in or measured from ("40 miles from Las Vegas",
    "people from Salt Lake City to the Central Valley felt it"), whose
    regions overlap another quake's: two quakes a year apart in California
    and Nevada shared a region through them.

    A dateline that only says where the report was filed (``filed_only``,
    :func:`_filed_only` of ``places``) is none of them; the body's places it
    leaves merely named ("40 km northwest of Herat", "in Yemen's Saada
    province") are then where the report puts the incident too, but for the
    bureau's government named by its city or its country's possessive
    (:func:`_names_a_government`)."""
    filed = {id(c) for c in filed_only}
    if filed:
        # the bureau's city named again is its government ("which Ankara considers")
        places = [c for c in places if id(c) not in filed and not _names_a_government(c, filed_only)]
        return [c for c in places if c.place.stated_as in (SCENE, None) and c.place.kind != "country"]
    scene = [c for c in places if c.place.stated_as in SCENE_ROLES]
    return scene or places


#: the roles of a place that is no scene of the incident: someone's home
#: town, a hospital's town, where a craft set out from or was bound for
ELSEWHERE_ROLES = frozenset({HOME, CARE, ROUTE})
#: the most characters between a town and the state written after it ("Portland, Oregon")
_STATE_AFTER_TOWN = 3


def _not_told_elsewhere(places: list[Claim]) -> list[Claim]:
    """The places that place a report's incident in its regions (of
    :func:`_scene_places`: all its places where it puts its incident in
    none by a locative), but those told as somewhere else (``ELSEWHERE_ROLES``: "a
    visitor from Portland, Oregon, said", "taken to a hospital in Hilo",
    "bound for Batangas City") and the region written right after such a
    town ("Portland, Oregon"), which is the home's state: a report placing
    a volcano's eruption by no town must not be placed in its quoted
    visitor's state, against the other report's scene.  Their names still
    soften a contradiction as another reading (the profile's ``readable``):
    "a hospital in Lancaster" may be read in New York too."""
    elsewhere = [c for c in places if c.place.stated_as in ELSEWHERE_ROLES and not _distance_from(c)]
    ends = {c.evidence.end for c in elsewhere}

    def state_of_elsewhere(claim: Claim) -> bool:
        return claim.place.stated_as is None and any(
            0 < claim.evidence.start - end <= _STATE_AFTER_TOWN for end in ends
        )

    kept = {id(c) for c in elsewhere}
    return [c for c in places if id(c) not in kept and not state_of_elsewhere(c)]


@cache
def _from_distance_pattern() -> re.Pattern[str]:
    """The words that end a text just before the place a distance is told
    from: "about 150 nautical miles (about 277km) from"."""
    units = alternation(detail_rules().leads.reference_units)
    return re.compile(rf"\b(?:{units})(?!\w)\.?\)?\s+(?:\([^)]*\)\s+)?(?:away\s+)?from\s+(?:the\s+)?$")


def _distance_from(claim: Claim) -> bool:
    """A place a distance is told from ("was about 150 nautical miles from
    Aden when the pirates ..."), which the places extractor may read as a
    home ("from Aden"): it still places the incident near it."""
    ev = claim.evidence
    return _from_distance_pattern().search(ev.sentence[: max(0, ev.start - ev.sentence_start)]) is not None


def _filed_only(places: list[Claim]) -> list[Claim]:
    """The dateline's places when they are only where the report was filed:
    a wire agency files from its bureau ("DUBAI", "BEIRUT", "KABUL"), not from
    the site, and the body names where the incident was.  That is so when
    the body names a place below a country, put there by a locative or
    merely named ("in Saada province", "40 km northwest of Herat"), and
    every such place lies in another first-level region than the dateline
    (neither holds the other), by every reading of its name ("East Knox
    County" under a KNOXVILLE dateline is read in Texas, but one Knox County
    lies in Tennessee); a local story's dateline town, whose body names its
    county, street or suburb, stays its scene."""
    # a dateline the gazetteer places in no region cannot be shown to lie
    # in another region than the body's places: it stays the scene
    filed = [c for c in places if c.place.stated_as == DATELINE_ROLE and c.place.region]
    body = [
        c
        for c in places
        if c.place.stated_as in (SCENE, None) and c.place.kind != "country" and c.place.region
    ]
    if filed and _abroad_of(filed, places):
        return filed
    if not filed or not body:
        return []
    told = {(c.place.country or "", c.place.region) for c in body}
    told |= set(_readable_regions(c.place.surface or c.evidence.text for c in body))
    return [c for c in filed if (c.place.country or "", c.place.region) not in told]


def _abroad_of(filed: list[Claim], places: list[Claim]) -> bool:
    """The body puts the incident in another country than the dateline's and
    names no place of the dateline's country: "ISTANBUL (Reuters) - A car bomb
    exploded in the northern Syrian town of Azaz", whose town the gazetteer
    may not place in a region (so :func:`_filed_only`'s test of regions cannot
    see it), is filed from the bureau.  A town the gazetteer lacks whose
    country the words before it tell ("the Syrian border town of Azaz",
    "Iraq's northern town of": the places extractor's country of an
    unresolved village) names that country too."""
    home = {c.place.country for c in filed} - {None}
    body = [c for c in places if c.place.stated_as != DATELINE_ROLE and not _dateline_part(c, filed)]
    abroad = {
        c.place.country
        for c in body
        if c.place.country
        and (
            (c.place.kind == "country" and c.place.stated_as == SCENE)
            or (c.place.geonameid or "").startswith(UNRESOLVED_PREFIX)
        )
    }
    told_home = [c for c in body if c.place.country in home and not _names_a_government(c, filed)]
    return bool(home and abroad - home) and not told_home


def _names_a_government(claim: Claim, filed: list[Claim]) -> bool:
    """Whether a body's mention of the dateline's country names its
    government, not a place of the incident: the country in the possessive
    ("Türkiye's Defence Ministry said", "Lebanon's army") or the dateline's
    own city again ("the YPG, which Ankara considers a terrorist group"):
    a bureau's country is the source's, the town abroad the scene.  A
    place of another country is never the bureau's government ("Aleppo's
    eastern districts" is the scene)."""
    if claim.place.country not in {c.place.country for c in filed} - {None}:
        return False
    ids = {c.place.geonameid for c in filed} - {None}
    if claim.place.geonameid in ids:
        return True
    evidence = claim.evidence
    after = evidence.sentence[evidence.end - evidence.sentence_start :]
    return claim.place.kind == "country" and after.startswith(("'s ", "\u2019s "))


def _dateline_part(claim: Claim, filed: list[Claim]) -> bool:
    """Whether a place is the country or state a dateline names after its
    town ("AMMAN, Jordan (AP) -"): only a comma stands between them."""
    return any(
        d.evidence.sentence_start == claim.evidence.sentence_start
        and re.fullmatch(
            r"\s*,\s*",
            claim.evidence.sentence[
                d.evidence.end - d.evidence.sentence_start : claim.evidence.start
                - claim.evidence.sentence_start
            ],
        )
        is not None
        for d in filed
    )


def _wire_credited(claim: Claim) -> bool:
    """The dateline is credited to a wire agency ("BEIRUT (AFP) -", "DHAKA
    (UNB) -", ``wire_agencies`` of rules/incident_types.yaml), which files
    from its bureau: the words after the place in its sentence
    open with the credit (after a dated dateline's date: "WARSAW, Aug 7
    (Reuters) -")."""
    evidence = claim.evidence
    after = evidence.sentence[evidence.end - evidence.sentence_start :]
    credit = re.match(r"[^()]{0,30}?\(([^)]{1,30})\)", after)
    return credit is not None and credit.group(1).strip().lower() in _wire_agencies()


def _dateline_only(places: list[Claim], scene: list[Claim]) -> bool:
    """Every region the report's places give is its wire dateline's and its body
    places nothing in a region ("BEIRUT (AFP) - Rebel rocket fire on
    government-held districts of Aleppo ..." where Aleppo is not read as a
    place): the bureau's region, which may be nowhere near the incident."""
    return _placed_by_dateline_alone(places, scene) and all(
        _wire_credited(c) for c in scene if c.place.kind != "country" and c.place.region
    )


def _filed_abroad(places: list[Claim], scene: list[Claim]) -> bool:
    """The report's regions are only its dateline's and its body names a
    country the dateline is not in ("NEW DELHI -- A magnitude 6.1 earthquake
    struck western Nepal"): the bureau's country, not the incident's, so it
    sets the report apart from no other report's country."""
    if not _placed_by_dateline_alone(places, scene):
        return False
    filed_in = {c.place.country for c in scene if c.place.stated_as == DATELINE_ROLE}
    return any(
        c.place.kind == "country" and c.place.stated_as != DATELINE_ROLE and c.place.country not in filed_in
        for c in places
    )


def _placed_by_dateline_alone(places: list[Claim], scene: list[Claim]) -> bool:
    """Every region the report's places give is its dateline's, credited to a
    wire or not, and its body places nothing in a region."""
    regional = [c for c in scene if c.place.kind != "country" and c.place.region]
    body = [
        c
        for c in places
        if c.place.stated_as != DATELINE_ROLE and c.place.region and c.place.kind != "country"
    ]
    return bool(regional) and not body and all(c.place.stated_as == DATELINE_ROLE for c in regional)


def _city_region(city) -> tuple[Region, ...]:
    """The story's own town's (country, region), when the digest knows it."""
    return ((city.country or "", city.region),) if city is not None and city.region else ()


#: the words before a state or a country on a dateline's line: "LAMESA SPRINGS, " of
#: "LAMESA SPRINGS, Texas —", "MARLOW, " of "MARLOW, La. —"
_DATELINE_TOWN = re.compile(r"[A-Z][A-Z.'\- ]{2,30},\s*")


def _home_countries(claims: Sequence[Claim]) -> tuple[frozenset[str], frozenset[str]]:
    """The country of the state or country a report's dateline names beside
    its town ("LAMESA SPRINGS, Texas —": US), and every country the report
    names by a state, a province or the country itself, anywhere."""
    regions = [
        (c.place.country, c)
        for c in claims
        if c.kind is ClaimKind.location and c.place.country and c.place.kind in ("region", "country")
    ]
    home = frozenset(
        country
        for country, c in regions
        if _DATELINE_TOWN.fullmatch(c.evidence.sentence[: c.evidence.start - c.evidence.sentence_start])
    )
    return home, frozenset(country for country, _ in regions)


def _dateline_states(claims: Sequence[Claim]) -> dict[str, frozenset[str]]:
    """The dateline's town (in capitals, as written) and the regions of the
    state or province its line names beside it: "MARLOW HEIGHTS, Ohio —"
    gives {"MARLOW HEIGHTS": {"OH"}}."""
    states: dict[str, set[str]] = {}
    for c in claims:
        if c.kind is not ClaimKind.location or c.place.kind != "region" or not c.place.region:
            continue
        before = c.evidence.sentence[: c.evidence.start - c.evidence.sentence_start]
        if _DATELINE_TOWN.fullmatch(before):
            states.setdefault(before.rstrip(", ").strip().upper(), set()).add(c.place.region)
    return {town: frozenset(regions) for town, regions in states.items()}


def _namesake_of_state(
    kind: str | None, name: str | None, region: str | None, states: dict[str, frozenset[str]]
) -> bool:
    """The dateline's own town read by the gazetteer in another state than
    the one its line names beside it ("MARLOW HEIGHTS, Ohio" read as Marlow
    Heights, Maryland; "GREENVILLE, Miss." as the Carolinas' town): a small
    or invented town matched to a namesake of another state is no place of
    the incident, for or against another report (:func:`_namesake_abroad`
    does the same for a country)."""
    if kind not in TOWN_KINDS or not name or not region:
        return False
    regions = states.get(_clean(name).upper())
    return regions is not None and region not in regions


def _namesake_abroad(
    kind: str | None, country: str | None, homes: tuple[frozenset[str], frozenset[str]]
) -> bool:
    """A town the gazetteer read in another country than the one the
    report's dateline names beside its town, a country the report names
    nowhere: "LAMESA SPRINGS, Texas" read as Springs, South Africa; "MARLOW,
    La." read as the English town.  A small or invented town matched to a
    namesake abroad is no place of the incident, for or against another
    report.  A story filed from one country about a town of another names
    that country ("BEIRUT, Lebanon — ... in Syria's Idlib province")."""
    home, named = homes
    return kind in TOWN_KINDS and bool(country) and bool(home) and country not in home | named


def _people(claims: Iterable[Claim], text: str = "") -> tuple[tuple[str, str], ...]:
    """Each named person once (by subject), with the longest form of the name
    and the role; not a group the text has claim an attack (:func:`_claims_attack`)."""
    longest: dict[str, tuple[str, str]] = {}
    quoted: set[str] = set()  # the subjects named beside a verb of saying
    for claim in claims:
        if (
            claim.kind is not ClaimKind.person
            or person_of_subject(claim.subject) == ""
            or claim.person.person
        ):
            continue
        name = claim.value.name or claim.evidence.text
        if _claims_attack(name, text):
            continue
        role = SPOKESPERSON if _told_as_spokesperson(claim) else claim.person.role or ""
        if _beside_saying(*_around(claim)):
            quoted.add(claim.subject)
        known = longest.get(claim.subject)
        if known is None or len(name) > len(known[0]):
            longest[claim.subject] = (name, role or (known[1] if known else ""))
        elif role == SPOKESPERSON:
            longest[claim.subject] = (known[0], role)
    return tuple(sorted(_voices_by_surname(longest, quoted).values()))


def _voices_by_surname(longest: dict[str, tuple[str, str]], quoted: set[str]) -> dict[str, tuple[str, str]]:
    """The people of no role, named beside a verb of saying with the surname
    of the report's spokesperson or official, take that role: a report
    names its voice once in full ("Assistant Commissioner Tendai Moyo, the
    police spokesperson") and then by rank and surname ("Asst Comm Moyo
    said"), which the names layer may read as another person."""
    voices = {
        surname: role
        for name, role in longest.values()
        if role in ("official", SPOKESPERSON) and (surname := _written_surname(name))
    }
    kept = dict(longest)
    for subject, (name, role) in longest.items():
        surname = _written_surname(name)
        if not role and subject in quoted and surname in voices:
            kept[subject] = (name, voices[surname])
    return kept


def _beside_saying(before: str, after: str, least: int = 0) -> bool:
    """The name stands just after a verb of saying and at least ``least`` (at
    most three) words of title, or just before one ("said Asst Comm Moyo",
    "said Sgt. Mike Miller", "Moyo said")."""
    saying = _saying_words()
    said_before = re.search(rf"\b(?:{saying})\s+(?:[\w'’-]+\.?\s+){{{least},3}}$", before, re.IGNORECASE)
    said_after = re.match(rf"^,?\s*(?:{saying})\b", after, re.IGNORECASE)
    return bool(said_before or said_after)


@cache
def _group_claim() -> str:
    return alternation(detail_rules().group_claims)


def _claims_attack(name: str, text: str) -> bool:
    """The text has ``name`` claim an attack ("Al Shabaab claimed responsibility",
    "Boko Haram, the jihadist group, claimed the bombing"): a group, which
    claims every attack of its war, no person named in full."""
    if not text or not name.strip():
        return False
    written = rf"\b{re.escape(name.strip())}(?:,[^,.]{{1,60}},)?\s+(?:{_group_claim()})\b"
    return re.search(written, text, re.IGNORECASE) is not None


#: the role of a person any mention of whom names them as a spokesperson
SPOKESPERSON = "spokesperson"


@cache
def _spokesperson_title() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(detail_rules().spokesperson_titles)})\b", re.IGNORECASE)


def _told_as_spokesperson(claim: Claim) -> bool:
    """A person the sentence names with a spokesperson's title just before or
    after ("police spokesman Officer Joe Silva", "Joe Silva, a police
    spokesman"): an officer who speaks of every case of the town, unlike an
    officer who was shot (whose name does tell the incident)."""
    before, after = _around(claim)
    title = _spokesperson_title()
    return bool(title.search(before)) or bool(
        re.match(rf"^,\s+(?:\w+\s+){{0,4}}?{title.pattern}", after, re.I)
    )


def _around(claim: Claim, width: int = 40) -> tuple[str, str]:
    """The ``width`` characters of the claim's sentence before and after its evidence."""
    ev = claim.evidence
    at, end = ev.start - ev.sentence_start, ev.end - ev.sentence_start
    return ev.sentence[max(0, at - width) : at], ev.sentence[end : end + width]


@cache
def _saying_words() -> str:
    return alternation(detail_rules().saying_verbs)


def _police_title(before: str) -> bool:
    """The text before a name ends in a police rank or an officer's role word
    ("Lt.", "Sgt.", "Officer", "Detective", "Trooper"), as the knowledge
    layer reads titles (:func:`reportcheck.knowledge.names.title_before`)."""
    title = title_before(before)
    lexicon = people_lexicon()
    return title is not None and (
        title in lexicon.rank_of.values() or lexicon.role_of.get(title) == "officer"
    )


def _quoted_by_rank(before: str, after: str) -> bool:
    """A name after a police rank or role and beside a verb of saying
    ("Officer Lucinda Harwick said", "said Sgt. Mike Miller", "according to
    Lt. Joe Heffernan"): the force's voice, quoted of every shooting and
    crash of its town that night (two reports of two shootings quote one
    duty officer), not a person of the incident.  An officer who was shot or
    who fired is named beside the harm, not only as the one saying."""
    return _police_title(before) and _beside_saying(before, after, least=1)


def town_names(towns: Iterable[tuple[str | None, str]]) -> dict[str, str]:
    """One spelling per place id: the longest; of two as long, the one sorting
    last ("Chicago" after "CHICAGO"), never the order of a set, which differs
    from run to run with the hash seed and would change the JSON."""
    named = {}
    for geonameid, name in sorted(towns, key=lambda item: (item[0] or "", len(item[1]), item[1])):
        if geonameid is not None:
            named[geonameid] = name
    return named


def incident_profile(extracted: ExtractedReport) -> IncidentProfile:
    """The profile of one extracted report's main incident."""
    from reportcheck.digest import digest_report  # the digest reads the extract stage's helpers

    main = [claim for claim in extracted.claims if claim.incident == MAIN]
    # "a separate landslide ... in Bulambuli District", "comes a day after a fire in Letterkenny"
    apart = _apart_events(extracted) | _recalled_places(extracted)
    places = [
        c
        for c in main
        if c.kind is ClaimKind.location
        and not c.place.named_in
        and c.place.stated_as != FELT
        and id(c) not in apart
    ]  # "felt as far away as Las Vegas": where the shaking reached names no incident
    homes = _home_countries(extracted.claims)
    states = _dateline_states(extracted.claims)
    places = [
        c
        for c in places
        if not _namesake_abroad(c.place.kind, c.place.country, homes)
        and not _namesake_of_state(c.place.kind, c.place.surface or c.evidence.text, c.place.region, states)
    ]
    filed_only = _filed_only(places)  # a wire bureau's dateline, no place of the incident
    scene = _scene_places(places, filed_only)
    filed = {c.place.geonameid for c in filed_only} - {None}
    towns = {
        (c.place.geonameid, c.place.surface or c.evidence.text)
        for c in places
        if c.place.kind in PLACE_KINDS and c.place.geonameid not in filed
    }
    named = town_names(towns)
    digest = digest_report(extracted)
    city = digest.city if digest.city and digest.city.kind in PLACE_KINDS else None
    if city is not None and city.geonameid in filed:  # the bureau's city is not the story's
        city = None
    if city is not None and _namesake_abroad(city.kind, city.country, homes):
        city = None  # "Marlow" read as the English town in a story that names Louisiana
    if city is not None and _namesake_of_state(city.kind, city.name, city.region, states):
        city = None  # "MARLOW HEIGHTS, Ohio" read as the Maryland town
    if city is not None and city.geonameid in _apart_towns(main, apart, places):
        city = None  # the town of "a separate landslide in Bundibugyo District" is not the story's
    if city is not None and city.geonameid is not None:  # a dateline's or lead's town names the story too
        named.setdefault(city.geonameid, city.name)
    report = extracted.report
    weapons = {c.weapon.weapon_class for c in main if c.kind is ClaimKind.weapon and c.weapon.weapon_class}
    people = _people(main, report.text)
    own = main_text(report.text, extracted.claims)  # background paragraphs tell another incident
    kept = [c for c in main if id(c) not in apart]  # a separate event's village is no spot of the incident
    dated = _own_dated(extracted, main)  # a tally's or another event's day is no day of the incident
    month_days, dateline_day = _month_days(dated)
    lead_told = _lead_and_told(extracted)
    return IncidentProfile(
        days=_days(dated),
        published=report.date.toordinal() if report.date else None,
        places=tuple(sorted(named.items())),
        city=city.geonameid if city else None,
        city_name=city.name if city else None,
        regions=tuple(sorted({*_regions(_not_told_elsewhere(scene)), *_city_region(city)})),
        harm_regions=_harm_regions(main, [c for c in places if id(c) not in {id(f) for f in filed_only}]),
        readable=_readable_regions(
            [c.place.surface or c.evidence.text for c in scene if c.place.kind in PLACE_KINDS]
            + ([city.name] if city is not None else [])
            + [c.place.surface or c.evidence.text for c in filed_only]
        ),
        people=people,
        dead=_dead_names(main, people),
        types=event_types(report.headline, report.text),
        named_types=named_kinds(own),
        streets=streets(own),
        weapons=tuple(sorted(weapons)),
        killed=digest.killed.value if digest.killed else None,
        injured=digest.injured.value if digest.injured else None,
        words=name_words(report.text),
        ages=_ages(main),
        age_sexes=_age_sexes(main),
        sides=city_sides(own),
        clocks=_clocks(main),
        weekdays=_weekdays(dated),
        dateline_only=_dateline_only(places, scene),
        filed_abroad=_filed_abroad(places, scene),
        filed_from=next((c.place.geonameid for c in places if c.place.stated_as == DATELINE_ROLE), None),
        mentions=_mentions(people, report.headline, report.text),
        month_days=month_days,
        dateline_day=dateline_day,
        main_points=_main_points(scene, filed, city),
        recalled=_recalled_incident(extracted.claims, report.text, lead_told["lead"]),
        magnitudes=_magnitudes(main),
        spot_words=_spot_words(kept, own, people),
        village_words=_spot_words(kept, own, people, kinds=("village",)),
        craft_words=_craft_words(own, people),
        own_words=name_words(own),
        **lead_told,
    )


def _apart_events(extracted: ExtractedReport) -> set[int]:
    """The ids of the claims of each event of the main incident whose name
    tells it apart from the incident's own (:func:`_named_apart`: "Across
    the border, a separate landslide on the Ugandan side of the mountain
    killed several people in Bulambuli District", "an unrelated
    shooting"): where such an event happened is no place of the incident.
    An event of the main incident named otherwise ("the earlier shooting",
    "weeks after a gunman killed 26") keeps its places: a trial story's
    retold rampage is the incident the other report tells."""
    relations = set(detail_rules().earlier_events.relations)
    return {
        id(claim)
        for incident in extracted.incidents
        if incident.id == MAIN
        for mention in incident.events
        if mention.relation in relations and _named_apart(mention.label)
        for claim in mention.claims
    }


def _apart_towns(main: Sequence[Claim], apart: set[int], places: Sequence[Claim]) -> set[str]:
    """The GeoNames ids of the places only a separate event's claims name
    (:func:`_apart_events`), which the digest may still take for the
    story's own town."""
    own = {c.place.geonameid for c in places}
    return {
        c.place.geonameid
        for c in main
        if id(c) in apart and c.kind is ClaimKind.location and c.place.geonameid is not None
    } - own


#: how many words open an event's name, where its determiner and its
#: modifier stand ("a separate landslide", "an unrelated fatal shooting")
_NAME_OPENING = 3


def _named_apart(label: str) -> bool:
    """Whether the words opening an event's name hold one of
    ``earlier_events.apart_words`` ("a separate landslide on the Ugandan
    side of the mountain"); the words further on are its own clauses'
    ("an attack that came after another")."""
    opening = " ".join(label.split()[:_NAME_OPENING])
    return tells(opening, detail_rules().earlier_events.apart_words)


#: the kinds of count that tell harm done at a place
_HARM_KINDS = frozenset({ClaimKind.killed, ClaimKind.injured})


def _harm_regions(main: Sequence[Claim], places: Sequence[Claim]) -> tuple[Region, ...]:
    """The regions of the places a report names, as a scene or merely, in a
    sentence that gives the main incident's dead or injured ("Afghan
    officials reported five deaths and more than 20 injuries in the
    northeastern provinces of Badakhshan and Kunar").  A quake's report
    filed from one country puts it there ("jolted Islamabad, Lahore,
    Peshawar"), while the report filed from the other calls the provinces
    it did harm in its scene; :func:`_weigh_places` counts these regions as
    the report's own for the kinds that reach over several regions."""
    harmed = {c.evidence.sentence_start for c in main if c.kind in _HARM_KINDS}
    return _regions(
        [c for c in places if c.evidence.sentence_start in harmed and c.place.stated_as in (SCENE, None)]
    )


def _own_dated(extracted: ExtractedReport, main: list[Claim]) -> list[Claim]:
    """The main incident's claims but those of the events inside it whose days
    are none of the incident's (``not_own_days`` of ``rules/incident_match.yaml``:
    "Since June 26, at least 40 people have died in floods", "The killing
    follows Saturday's shooting") and the days told as still to come that
    lie after the report's own date (a forecast's, a warning's, a plan's:
    "the red warning stays in force until Friday", read as the coming
    Friday), which date no incident it tells."""
    relations = set(detail_rules().earlier_events.not_own_days)
    other = {
        id(claim)
        for incident in extracted.incidents
        if incident.id == MAIN
        for mention in incident.events
        if mention.relation in relations
        for claim in mention.claims
    }
    published = extracted.report.date
    return [claim for claim in main if id(claim) not in other and not _day_to_come(claim, published)]


def _day_to_come(claim: Claim, published: date | None) -> bool:
    """A date claim of the ``plan`` event on a day after the report's date:
    a day the report tells as still to come.  A plan's day read back from
    the dateline, or one no date places ("is expected to be arraigned
    Monday" of an undated page), stays: its weekday still tells the week of
    the story."""
    if claim.kind is not ClaimKind.date or claim.date.event != PLAN_EVENT or published is None:
        return False
    return claim.value.low is not None and claim.value.low > published.toordinal()


@cache
def _recall_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The ordinal cue ("It was the second shooting"), the link cue ("<blast>
    came two days after a car bomb", its recalled part in group ``recall``)
    and a sentence opening with a day ("On Monday, ...") of ``recall`` in
    ``rules/incident_match.yaml``."""
    rules = detail_rules().recall
    noun = alternation(rules.nouns)
    recalled = rf"(?P<recall>\b(?:a|an|another)\s+(?:(?![\w-]*ed\b)\S+\s+){{0,3}}?(?:{noun}))(?![\w-])"
    subject = rf"(?:{alternation(rules.ordinal_subjects)}|(?:the|\w+['’]s)\s+(?:[\w-]+\s+)?(?:{noun}))"
    ordinal = re.compile(
        rf"\b{subject}\s+(?:{alternation(rules.ordinal_verbs)})\s+(?:at\s+least\s+)?the\s+(?:{alternation(rules.ordinals)})\s+"
        rf"(?:(?:[\w-]+\s+){{0,2}}?(?:{noun})\b|(?:{alternation(rules.ordinal_places)})\b)",
        re.IGNORECASE,
    )
    link = re.compile(
        rf"\b(?:{noun})\b[^;]{{0,40}}?\b(?:(?:{alternation(rules.after_links)})\s+(?:[\w-]+\s+){{0,3}}?after"
        rf"|(?:{alternation(rules.follow_links)}))\s+{recalled}",
        re.IGNORECASE,
    )
    day = alternation((*WEEKDAY_NAMES, *MONTH_NAMES))
    opener = re.compile(
        rf"^\W*(?:{alternation(rules.continuation_openers)})\s+(?:\w+\s+)?(?:{day})\b", re.IGNORECASE
    )
    return ordinal, link, opener


@cache
def _distance_pattern() -> re.Pattern[str]:
    """ "<own incident> came three days after <another>": the sentence's
    subject the own incident's noun ("The strikes came", "Thursday's blast
    came"; not "The arrest in the killing came"), a distance in days or
    weeks before "after", the recalled part (group ``recall``) any words but
    a follow-up's opener ("after the shooting", "after he was shot", "after
    Monday's blast"); or a distance in hours before "after" and someone or
    something brought in as new ("comes less than 24 hours after a woman in
    her 70s died"), never "hours after someone made a threatening call"."""
    rules = detail_rules().recall
    noun = alternation(rules.nouns)
    not_recalled = alternation(rules.not_recalled_openers)
    days_after = (
        rf"(?:{alternation(rules.distance_units)})\s+after\s+(?=(?!(?:{not_recalled})\b)(?![\w-]+['’]s\b)\w)"
    )
    new_openers = alternation(rules.hour_openers)
    hours_after = rf"(?:{alternation(rules.hour_units)})\s+after\s+(?=(?:{new_openers}|\d)\b)"
    return re.compile(
        rf"^\W*(?:(?:the|this|these|[\w-]+['’]s)\s+)?(?:(?!in\b|of\b|for\b|on\b)[\w-]+\s+){{0,2}}?"
        rf"(?:{noun})\s+(?:{alternation(rules.after_links)})\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?:{days_after}|{hours_after})(?P<recall>\w)",
        re.IGNORECASE,
    )


def _previous_sentence(text: str, sentence: str) -> str:
    """The sentence before ``sentence`` in ``text`` ("" when none or not found)."""
    start = text.find(sentence) if sentence.strip() else -1
    if start <= 0:
        return ""
    return re.split(r"(?<=[.!?])\s+", text[:start].rstrip())[-1]


def recalled_parts(sentence: str, text: str) -> int | None:
    """Where in a sentence a recalled incident of the report's kind begins, if
    it tells one: after "It was the second shooting this week" (the rest of
    the sentence: "; on Monday, a teen was killed"), at "a car bomb" of
    "Wednesday's blast came two days after a car bomb killed five", at the
    start of a sentence opening with a day ("On Monday, ...") after an
    ordinal's sentence."""
    ordinal, link, opener = _recall_patterns()
    if (found := ordinal.search(sentence)) is not None:
        return found.end()
    if (linked := link.search(sentence) or _distance_pattern().match(sentence)) is not None:
        return linked.start("recall")
    if opener.match(sentence) and ordinal.search(_previous_sentence(text, sentence)):
        return 0
    return None


def _exact_values(claims: Iterable[Claim], kind: ClaimKind) -> list[float]:
    """The exact values of one kind the claims give, in order, once each
    ("three wounded": 3; "a magnitude 5.8 tremor": 5.8)."""
    return sorted(
        {
            c.value.low
            for c in claims
            if c.kind is kind and c.value.low is not None and c.value.low == c.value.high
        }
    )


def _exact_counts(claims: Iterable[Claim], kind: ClaimKind) -> tuple[int, ...]:
    """The exact counts of one kind the claims give ("three wounded": 3)."""
    return tuple(sorted({int(value) for value in _exact_values(claims, kind)}))


def _told(claims: Sequence[Claim], text: str) -> Told:
    """What a report tells of one event, from the claims told of it (the
    digest's toll of the report's own incident is added by :func:`_own_told`).
    Its people leave out the force's voice (:func:`_quoted_by_rank`): the duty
    officer quoted of two shootings of one night ties neither to the other;
    its streets and venues, a venue the text calls a neighbourhood
    (:func:`_named_as_area`)."""
    named = {
        kind: sorted(
            {
                _street_key(c.value.name)
                for c in claims
                if c.subject == kind
                and c.value.name
                and c.place.stated_as != DETOUR
                and not _named_as_area(c.value.name, text)
            }
        )
        for kind in ("street", "venue")
    }
    voices = {c.subject for c in claims if c.kind is ClaimKind.person and _quoted_by_rank(*_around(c))}
    people = _people([c for c in claims if c.subject not in voices], text)
    return Told(
        weekdays=_weekdays(claims),
        days=_days(claims),
        killed=_exact_counts(claims, ClaimKind.killed),
        injured=_exact_counts(claims, ClaimKind.injured),
        ages=_ages(claims),
        people=tuple(name for name, _ in people if _significant(name)),
        streets=tuple(named["street"]),
        venues=tuple(v for v in named["venue"] if not _care_venue(v)),
    )


def _named_as_area(name: str, text: str) -> bool:
    """The text calls the venue a neighbourhood ("in the Sherman Park
    neighborhood", ``earlier_events.area_words``): a part of the town where
    many of its fires and shootings happen, no scene of one of them (two
    house fires of one neighbourhood two days apart each name it)."""
    area = alternation(detail_rules().earlier_events.area_words)
    return re.search(rf"\b{re.escape(name)}\s+(?:{area})\b", text, re.IGNORECASE) is not None


def _care_venue(name: str) -> bool:
    """A hospital, a clinic (``earlier_events.care_venues``): where the hurt
    are taken, no scene of an event."""
    return tells(name, detail_rules().earlier_events.care_venues)


#: the kinds of place claim that name an incident's own spot
_SPOT_KINDS = frozenset({"venue", "village"})


def _spot_words(
    main: Sequence[Claim], own: str, people: Iterable[tuple[str, str]], kinds: Container[str] = _SPOT_KINDS
) -> tuple[str, ...]:
    """The rare words of the names of the main incident's own spots: a venue
    ("Wildcat Stadium": "wildcat"), a village the gazetteer does not know
    ("Ceel Dhaqaad"), a named storm ("Cyclone Belinha": "belinha").  Every
    reporter of the incident writes them; two incidents of one kind rarely
    share them.  A hospital or a court is no spot of the incident, nor a
    sea or a gulf (every story of its coast names it), nor a venue named as
    the source of its sentence (:func:`_named_as_source`); a name inside an
    agency's ("Lamesa Springs police") is none of it either; a word of a
    person's name ("Palin's church", "the Harry Reid center") or one with a
    possessive tells a person, no spot; and a word is rare as
    :func:`_rare_word` says."""
    sources = [c.source.lower() for c in main if c.source]
    names = [
        c.place.surface or c.evidence.text
        for c in main
        if c.kind is ClaimKind.location
        and not c.place.named_in
        and not _named_as_source(c, sources)
        and (
            (c.place.kind == "venue" and c.place.stated_as in (SCENE, None))
            or (c.place.kind == "village" and (c.place.geonameid or "").startswith(UNRESOLVED_PREFIX))
        )
        and c.place.kind in kinds
    ]
    water = venue_rules().water_heads
    names = [
        name
        for name in names
        if not _care_venue(name)
        and not _follow_up_venue(name)
        and not tells(name, water)
        and not _mountain_name().fullmatch(_clean(name))
    ]
    capitalised = set(name_words(own))
    persons = {part.lower() for name, _ in people for part in name_parts(name)}
    words = {
        word
        for name in names
        for word in (w.lower() for w in _CAPITALISED.findall(name))
        if len(word) > 3
        and word in capitalised
        and word not in persons
        and "'" not in word
        and _rare_word(word)
    }
    if "venue" in kinds:  # a storm's given name, which the people reader may take for a person's
        words |= {
            m.group(1).lower() for m in _storm_name().finditer(own) if m.group(1).lower() in capitalised
        }
        words |= set(_craft_words(own, people))
    return tuple(sorted(words))


@cache
def _mountain_name() -> re.Pattern[str]:
    """A mountain's name alone, no venue's named after it: "Mt Elgon",
    "Mount Kenya", "the Rwenzori Mountains" (``mountain_before`` and
    ``mountain_after`` of ``own_names``); "Mount Pleasant Elementary
    School" goes on after the mountain's name and stays a spot."""
    rules = detail_rules().own_names
    word = r"[A-Z][\w'’-]*"
    before = rf"(?i:{alternation(rules.mountain_before)})\s+{word}(?:\s+{word})?"
    after = rf"{word}(?:\s+{word})?\s+(?i:{alternation(rules.mountain_after)})"
    return re.compile(rf"(?:(?i:the)\s+)?(?:{before}|{after})")


def _craft_words(own: str, people: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """The rare words of the name of a ship, a boat or a ferry the report's
    own text gives ("the launch MV Sonar Tori", "the tanker Sirius Star":
    :func:`_craft_name`): every reporter of a sinking or a hijacking names the
    craft, and no two crafts at sea share a name, as no chain's store is in
    an unknown village."""
    capitalised = set(name_words(own))
    persons = {part.lower() for name, _ in people for part in name_parts(name)}
    return tuple(
        sorted(
            {
                word
                for match in _craft_name().finditer(own)
                if not _told_as_verb(own, match)
                for word in (w.lower() for w in _CAPITALISED.findall(match.group("name")))
                if len(word) > 3 and word in capitalised and word not in persons and _rare_word(word)
            }
        )
    )


def _told_as_verb(text: str, match: re.Match[str]) -> bool:
    """Whether a craft's noun that is also a verb is written as the verb
    ("continued to launch Shahed drones", "will ship Harpoon missiles":
    ``craft_verb_before`` of ``own_names``), whose object is no craft's
    name.  Never for a prefix ("MV")."""
    if match.group("noun") is None:
        return False
    before = re.findall(r"[\w']+", text[max(0, match.start() - 24) : match.start()].lower())
    return bool(before) and before[-1] in detail_rules().own_names.craft_verb_before


@cache
def _craft_name() -> re.Pattern[str]:
    """A craft's name after its prefix or its noun ("MV Sonar Tori", "the
    supertanker Sirius Star"; ``craft_prefixes`` and ``craft_nouns`` of
    ``own_names``): capitalised words, one to three."""
    rules = detail_rules().own_names
    prefixes = alternation(rules.craft_prefixes)
    nouns = alternation(rules.craft_nouns)
    name = r"((?:[A-Z][a-z'\-]+)(?:\s[A-Z][a-z'\-]+){0,2})"
    return re.compile(rf"(?:\b(?:{prefixes})\s+|\b(?P<noun>(?i:{nouns}))\s+)(?P<name>{name})\b")


def _named_as_source(claim: Claim, sources: Sequence[str]) -> bool:
    """A venue inside the words a claim of the report is attributed to
    ("according to the Iranian Seismological Center of Tehran University",
    "the National Hurricane Center said") is who tells the incident, no spot
    of it: every report of a region's quakes or storms quotes the same
    agency.  (The venue's own claim may carry no source when it is the
    sentence's speaker, so every claim's source is asked.)  A village is
    never the teller: the local group named after it ("the Hillat Sherif
    Emergency Room said", "Kembe-Mboso's chief said") tells where it
    happened, as the village's own name in the lead does."""
    if claim.place.kind != "venue":
        return False
    name = claim.evidence.text.lower()
    return any(name in source for source in sources)


@cache
def _storm_name() -> re.Pattern[str]:
    """A storm's given name after its kind: "Cyclone Belinha", "Typhoon Haima"."""
    kinds = alternation(detail_rules().own_names.storm_words)
    return re.compile(rf"\b(?i:{kinds})\s+([A-Z][a-z]{{2,}})\b")


@lru_cache(maxsize=4096)
def _rare_word(word: str) -> bool:
    """Whether a capitalised word of a spot's name tells that spot: not a
    venue's head or inner word ("stadium", "high"), a generic word of a name
    (``generic_names`` of rules/venues.yaml), a nationality, a word of
    ``own_names.not_rare`` ("Hindu", "Sri"), nor the name of any place the
    gazetteer knows (a town both name is the places' evidence, and a
    country or a big city is named by every report of its region)."""
    venues = venue_rules()
    common = {
        *venues.venue_heads,
        *venues.venue_inner,
        *venues.generic_names,
        *venues.not_names,
        *venues.water_heads,
        *detail_rules().own_names.not_rare,
    }
    if word in common or word in _nationalities() or word in _NOT_NAME_WORDS:
        return False
    return not get_gazetteer().candidates(word)


@cache
def _nationalities() -> frozenset[str]:
    return frozenset(word.lower() for word in place_rules().nationality_words)


def _lead_and_told(extracted: ExtractedReport) -> dict:
    """The report's lead, its own incident and the other events it tells,
    among them each clause telling an incident of its kind on another day
    than the lead's (:func:`_other_day_parts`)."""
    lead = _lead(extracted)
    parts = _other_day_parts(extracted, lead)
    if not parts:
        return {"lead": lead, **_told_events(extracted)}
    return {"lead": _lead(extracted, parts), **_told_events(extracted, parts)}


def _told_events(extracted: ExtractedReport, parts: Sequence[list[Claim]] = ()) -> dict:
    """The report's own incident and each other event it tells, the ``own``
    and ``earlier`` of the profile, kept apart so that a report telling the
    other's incident as an event beside its own is seen to
    (:func:`_weigh_earlier`).  The other events are each event of the main
    incident of a relation of ``earlier_events.relations`` ("The killing
    follows Saturday's shooting outside a Main Street bar"), each
    background incident, and each of ``parts``, the clauses telling an
    incident of the report's kind on another day than its lead's
    (:func:`_other_day_parts`), those told in one sentence made one
    (:func:`_by_sentence`).  The own incident is the main incident's claims
    outside them, less any day told as a stretch's start ("since
    Thursday", :func:`_stretch_start`), which is no day of it."""
    text = extracted.report.text
    others = _by_sentence(_other_events(extracted) + list(parts))
    elsewhere = {id(c) for claims in others for c in claims}
    own = [
        c for c in extracted.claims if c.incident == MAIN and id(c) not in elsewhere and not _stretch_start(c)
    ]
    return {"own": _told(own, text), "earlier": tuple(_told(claims, text) for claims in others)}


def _other_events(extracted: ExtractedReport) -> list[list[Claim]]:
    """The claims of each other event a report tells beside its own: an event
    of the main incident of a relation of ``earlier_relations`` and each
    background incident, those told in one sentence made one."""
    relations = set(detail_rules().earlier_events.relations)
    others: list[list[Claim]] = []
    for incident in extracted.incidents:
        if incident.id == MAIN:
            others += [list(m.claims) for m in incident.events if m.relation in relations and m.claims]
        else:
            told = [c for c in extracted.claims if c.incident == incident.id]
            if told:
                others.append(told)
    return _by_sentence(others)


def _lead(extracted: ExtractedReport, parts: Sequence[list[Claim]] = ()) -> Lead | None:
    """The day and the scene the report's lead gives its own incident, which
    two reports' leads are set apart by (:func:`_weigh_leads`) and a clause
    on another day is told from (:func:`_other_day_parts`).  The lead is
    the sentence :func:`_lead_sentence` picks: the first to tell the own
    incident's harm (``leads.harm_kinds``) or a measure of it
    (``leads.measure_kinds``: a quake's lead may give its magnitude and no
    harm) beside a day of the incident itself; else the first naming the
    incident (``recall.nouns``) on its day ("The quake struck at 4:17 a.m.
    on Monday"); else the first telling a harm or measure beside a day of
    any act but a statement's or an identification's
    (``leads.not_lead_events``).  Its claims are those of the own incident
    read before any clause recalling another ("..., two days after a
    stronger quake shook the west of the valley"), outside the other events
    the report tells and ``parts`` (clauses on another day), never a
    stretch's start ("since Thursday") nor the wire's filing day.  The lead
    holds that sentence's days and weekdays, the side of midnight its day
    parts tell (:func:`_lead_side`), its scene the places it names (else
    those of the own incident), and the places the report gives its own
    incident anywhere, but a town a distance is told from ("12 km north of
    Khan Harmal").  None when no sentence tells a harm or a measure and a
    day."""
    found = _lead_sentence(extracted, parts)
    if found is None:
        return None
    lead, claims = found
    in_lead = _without_filing_day(
        [c for c in claims if c.evidence.sentence_start == lead], extracted.report.date
    )
    everywhere = _scene_names(c for c in claims if not _distance_reference(c, claims))
    days, weekdays = _days(in_lead), _weekdays(in_lead)
    side = _lead_side(claims, days, weekdays)
    return Lead(
        days=days,
        weekdays=weekdays,
        places=_scene_names(in_lead) or everywhere,  # "The building on Demir Street ... gave way"
        own_places=everywhere,
        parts=tuple(sorted(side.words)),
        overnight=side.overnight,
        offset=side.offset,
    )


def _lead_sentence(
    extracted: ExtractedReport, parts: Sequence[list[Claim]] = ()
) -> tuple[int, list[Claim]] | None:
    """The start of the report's lead sentence (:func:`_lead`) and the claims
    of its own incident."""
    rules = detail_rules().leads
    text = extracted.report.text
    elsewhere = {id(c) for claims in [*_other_events(extracted), *parts] for c in claims}
    starts: dict[str, int | None] = {}

    def own(claim: Claim) -> bool:
        ev = claim.evidence
        if ev.sentence not in starts:
            starts[ev.sentence] = recalled_parts(ev.sentence, text)
        start = starts[ev.sentence]
        recalled = start is not None and ev.start - ev.sentence_start >= start
        return claim.incident == MAIN and id(claim) not in elsewhere and not recalled

    claims = [c for c in extracted.claims if own(c) and not _stretch_start(c)]
    harm = {c.evidence.sentence_start for c in claims if c.kind.value in rules.harm_kinds}
    measure = {c.evidence.sentence_start for c in claims if c.kind.value in rules.measure_kinds}
    # the day of a statement or an identification is no day of the incident
    # (``leads.not_lead_events``); a day of an act the event lexicon does not
    # know is the lead's only where no sentence tells the incident's own
    # ("Rescuers pulled a girl alive ... on Thursday as the toll from the
    # magnitude 7.8 quake passed 20,000" before "The quake struck ... Monday":
    # then a sentence naming the incident on its own day is)
    told = [
        c
        for c in claims
        if c.kind is ClaimKind.date
        and (c.date.weekday or day_interval(c) is not None)
        and (c.date.event or "incident") not in rules.not_lead_events
        and c.evidence.sentence_start in harm | measure
    ]
    if not told:
        return None
    own_day = [c for c in told if _incident_day(c, strict=True)]
    if not own_day:  # "The quake struck at 4:17 a.m. on Monday": the incident's day, its harm told elsewhere
        nouns = detail_rules().recall.nouns
        own_day = [
            c
            for c in claims
            if c.kind is ClaimKind.date
            and (c.date.weekday or day_interval(c) is not None)
            and _incident_day(c, strict=True)
            and tells(c.evidence.sentence, nouns)
        ]
    return min(c.evidence.sentence_start for c in own_day or told), claims


def _incident_day(claim: Claim, *, strict: bool = False) -> bool:
    """A date told of the incident, not of another event of its story (a
    statement, an identification, a funeral, a hearing, a tally: events of
    ``rules/events.yaml`` with days of their own); ``strict``, not of an
    act the event lexicon does not know either ("pulled a girl alive ... on
    Thursday")."""
    event = claim.date.event or "incident"
    if event_lexicon().day_of(event)[0] != "incident":
        return False
    return not (strict and event.startswith("other:"))


def _lead_side(claims: Sequence[Claim], days: Sequence[DayInterval], weekdays: Sequence[str]) -> DaySide:
    """The side of midnight the report's own incident is told at on its
    lead's one day: the day parts of every date of the own incident naming
    that day ("killed in Sunday shooting" in a headline, "wounded Sunday
    evening" after it), the first clock time's offset from midnight."""
    if len(weekdays) != 1 or len(days) > 1:
        return DaySide()
    same = [
        day_side(c)
        for c in claims
        if c.kind is ClaimKind.date
        and (_days([c]) == tuple(days) if days and day_interval(c) else _weekdays([c]) == tuple(weekdays))
    ]
    offsets = [side.offset for side in same if side.offset is not None]
    return DaySide(
        frozenset(w for side in same for w in side.words),
        any(side.overnight for side in same),
        offsets[0] if offsets else None,
    )


def _stretch_start(claim: Claim) -> bool:
    """A day told as a stretch's start ("bringing to 15 the number killed
    since Thursday": ``stretch_start_words`` of rules/dates.yaml, the words
    the date extractor reads), no day of the incident."""
    if claim.kind is not ClaimKind.date:
        return False
    ev = claim.evidence
    before = ev.sentence[: max(0, ev.start - ev.sentence_start)]
    words = alternation(stretch_start_words())
    return re.search(rf"\b(?:{words})\s+(?:the\s+)?$", before, re.IGNORECASE) is not None


@cache
def _DISTANCE_FROM() -> re.Pattern[str]:  # noqa: N802 - a compiled rule
    """The words that end a text just before the town a distance is told
    from: "12 km (7.5 miles) north of", "about 9 mi. east of the"."""
    units = alternation(detail_rules().leads.reference_units)
    return re.compile(rf"\b(?:{units})(?!\w)\.?\)?\s+(?:[\w-]+\s+)?of\s+(?:the\s+(?:\w+\s+)?)?$")


def _distance_reference(claim: Claim, claims: Sequence[Claim]) -> bool:
    """A town named as the point a distance is told from, in a sentence that
    places another town of the report by it ("Maarat Bilal is about 12 km
    north of Khan Harmal": ``leads.reference_units``): where the other
    town lies, no scene of the report's own incident."""
    if claim.kind is not ClaimKind.location:
        return False
    ev = claim.evidence
    before = ev.sentence[: max(0, ev.start - ev.sentence_start)]
    if _DISTANCE_FROM().search(before) is None:
        return False
    earlier = [
        c
        for c in claims
        if c.kind is ClaimKind.location
        and c.evidence.sentence_start == ev.sentence_start
        and c.evidence.start < ev.start
    ]  # the town placed by it must be a scene: "pilgrims from Jammu" is where they set out
    return any(name.startswith(f"{TOWN}:") for name in _scene_names(earlier))


def _apart_from_lead(claim: Claim, lead: Lead, least: int) -> bool:
    """A date claim's day lies at least ``least`` days (and at most
    ``leads.max_days_apart``) from the lead's one day: by the days where
    both are resolved, else by their weekdays."""
    interval = day_interval(claim)
    if interval is not None and len(lead.days) == 1:
        gap = _gap([interval], lead.days)
        return gap is not None and least <= gap <= detail_rules().leads.max_days_apart
    weekday = _weekdays([claim])
    if len(weekday) != 1 or len(lead.weekdays) != 1:
        return False
    gap = weekdays_apart(weekday[0], lead.weekdays[0])
    return gap is not None and gap >= least


def _names_in(surnames: Iterable[str], sentence: str) -> bool:
    return any(re.search(rf"\b{re.escape(name)}\b", sentence) for name in surnames)


def _other_day_parts(extracted: ExtractedReport, lead: Lead | None) -> list[list[Claim]]:
    """The clauses of a report's main incident that tell an incident of its
    kind (``recall.nouns``) on a day at least ``other_days.min_days_apart``
    from its lead's one day: "investigators have not found a connection
    between Saturday's shooting and Tuesday's killing of Lamont Greer, 34,
    inside a Grand Avenue laundromat" in a report whose lead tells Saturday's
    wounding; "On Thursday, a strike on the nearby town of Khan Harmal killed
    six people" in a report of Saturday's strike.  A clause runs from its
    day to its sentence's end, or is the whole sentence when that opens with
    the day ("On Thursday, ..."), and goes on in the sentences after it that
    name its people and none of the lead's ("Greer was shot at least four
    times in that attack").  None when the lead gives no one day."""
    if lead is None or len(lead.weekdays) != 1 or len(lead.days) > 1:
        return []
    sentences = _main_sentences(extracted)
    found = _lead_sentence(extracted)  # the sentence :func:`_lead` read, its filing day and all
    lead_start = found[0] if found is not None else None
    text = extracted.report.text
    lead_names = _surnames(sentences.get(lead_start, []) if lead_start is not None else [], text)
    parts: list[list[Claim]] = []
    names: set[str] = set()  # the people of the last clause told, while the sentences go on with them
    for start, told in sentences.items():
        sentence = told[0].evidence.sentence
        if start == lead_start:
            names = set()
            continue
        dates = _other_day_dates(told, lead)
        if dates:
            part = _clause_from_day(told, dates)
            parts.append(part)
            names = _surnames(part, text) - lead_names
            continue
        dated = any(c.kind is ClaimKind.date for c in told)
        if names and not dated and _names_in(names, sentence) and not _names_in(lead_names, sentence):
            parts.append(list(told))
            continue
        names = set()
    return parts


def _main_sentences(extracted: ExtractedReport) -> dict[int, list[Claim]]:
    """The main incident's claims by the start of their sentence, sentences
    and claims in the report's order: the units a clause on another day is
    read in."""
    main = sorted(
        (c for c in extracted.claims if c.incident == MAIN),
        key=lambda c: (c.evidence.sentence_start, c.evidence.start),
    )
    sentences: dict[int, list[Claim]] = {}
    for claim in main:
        sentences.setdefault(claim.evidence.sentence_start, []).append(claim)
    return sentences


def _surnames(claims: Iterable[Claim], text: str) -> set[str]:
    """The surnames, as written, of the people the claims name: how the
    sentences after a clause are seen to go on with its people."""
    return {surname for name, _ in _people(claims, text) if (surname := _written_surname(name)) is not None}


def _other_day_dates(told: Sequence[Claim], lead: Lead) -> list[Claim]:
    """The days of a sentence's claims that date an incident of the report's
    kind other than the lead's: a day of the incident (no statement's, no
    stretch's start), ``other_days.min_days_apart`` or more from the lead's,
    whose clause names such an incident as another
    (:func:`_tells_other_incident`)."""
    least = detail_rules().other_days.min_days_apart
    return [
        c
        for c in told
        if c.kind is ClaimKind.date
        and not _stretch_start(c)
        and _incident_day(c)
        and _apart_from_lead(c, lead, least)
        and _tells_other_incident(c, lead)
    ]


def _clause_from_day(told: Sequence[Claim], dates: Sequence[Claim]) -> list[Claim]:
    """The claims of the clause the first of ``dates`` opens: the sentence
    from that day on, or the whole sentence when it opens with a day ("On
    Thursday, a strike on ... killed six"), or from the incident's noun the
    day hangs on with the spot told between ("a drive-by shooting on Elm
    Street on Friday night": the street is the other incident's too)."""
    start = told[0].evidence.sentence_start
    opener = _recall_patterns()[2]
    if opener.match(told[0].evidence.sentence):
        begin = start
    else:
        first = min(dates, key=lambda c: c.evidence.start)
        hung = _hung_noun(first)
        sentence = first.evidence.sentence
        told_definite = hung is not None and _known_before().search(sentence[: hung.start()]) is not None
        begin = start + hung.start() if hung is not None and not told_definite else first.evidence.start
    return [c for c in told if c.evidence.start >= begin]


@cache
def _known_before() -> re.Pattern[str]:
    """A word that makes an incident's noun known ("the", "this", "that":
    ``other_days.known_words``) and up to three words before the noun: the
    report's own incident, or one it names as known ("the stronger quake"),
    whose spot between its noun and its day stays the report's."""
    known = alternation(detail_rules().other_days.known_words)
    return re.compile(rf"\b(?:{known})\s+(?:[a-z0-9.-]+\s+){{0,3}}$", re.IGNORECASE)


def _hung_noun(claim: Claim) -> re.Match[str] | None:
    """The incident's noun a date's clause hangs on in its sentence, the
    words between it and the day a relative clause or one spot of it:
    "the stronger quake that hit the area to the east on Monday", "a
    drive-by shooting on Elm Street on Friday night", "a stabbing outside a
    Main Street bar late Friday" (``other_days.spot_prepositions``)."""
    ev = claim.evidence
    nouns = alternation(detail_rules().recall.nouns)
    spot = alternation(detail_rules().other_days.spot_prepositions)
    return re.search(
        rf"\b(?:{nouns}),?\s+(?:(?:that|which)\s+[^,;.]{{0,50}}?\s+"
        rf"|(?:{spot})\s+(?:[\w'’.-]+\s+){{1,5}}?)?(?:on\s+|early\s+|late\s+)?$",
        ev.sentence[: ev.start - ev.sentence_start],
        re.IGNORECASE,
    )


def _tells_other_incident(claim: Claim, lead: Lead) -> bool:
    """Whether the clause of a date (its sentence from the day on, or the
    whole sentence where it opens with the day: "On Thursday, a strike on
    the nearby village ...") names an incident of the report's kind
    (``recall.nouns``) as another: not only as the report's own, told
    definite ("the quake") or by the lead's day ("Saturday's shooting").
    An incident named by its own day counts ("Tuesday's killing of ...")."""
    ev = claim.evidence
    sentence = ev.sentence
    at = ev.start - ev.sentence_start
    clause = sentence if _recall_patterns()[2].match(sentence) else sentence[at:]
    offset = 0 if clause is sentence else at
    nouns = alternation(detail_rules().recall.nouns)
    other = set(detail_rules().other_days.other_words)
    own = {day.lower() for day in lead.weekdays}
    hung = _hung_noun(claim)  # "the stronger quake that hit the area to the east on Monday"
    found_nouns = [*re.finditer(rf"\b(?:{nouns})\b", clause, re.IGNORECASE)]
    starts = [offset + found.start() for found in found_nouns]
    if hung is not None:
        starts.insert(0, hung.start())
    for begin in starts:
        before = sentence[:begin]
        possessive = re.search(r"\b(\w+)(?:'s|\u2019s)\s+$", before)
        definite = re.search(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+((?:[a-z0-9.-]+\s+){0,3})$", before)
        if definite and not any(
            word in other or word.endswith("er") for word in definite.group(1).split()
        ):  # "the quake", "the magnitude 7.8 quake": the report's own; "the stronger quake" another
            continue
        if possessive and possessive.group(1).lower() in own:
            continue  # "Saturday's shooting" of a lead telling Saturday
        return True
    return False


def _without_filing_day(claims: list[Claim], filed: date | None) -> list[Claim]:
    """A lead's claims but the dates of the day it was filed when it tells
    its incident another day: "IDLAM, March 16 -- Warplanes struck the
    village on Sunday morning" tells Sunday, the dateline's Monday is the
    day of writing."""
    if filed is None:
        return claims
    day = filed.toordinal()
    dates = [c for c in claims if c.kind is ClaimKind.date and day_interval(c) is not None]
    written = [c for c in dates if day_interval(c) != (day, day)]
    if not written or len(written) == len(dates):
        return claims
    return [c for c in claims if c.kind is not ClaimKind.date or c in written or day_interval(c) is None]


def _scene_names(claims: Iterable[Claim]) -> tuple[str, ...]:
    """The names, in lower case and each after its rank ("town:sarn",
    "spot:gul lane"), of the towns, villages, streets and venues the claims
    put an incident in (``leads.scene_kinds``, ranked by ``leads.towns``; not
    a home town, a hospital's or one the shaking reached:
    ``leads.not_scene_roles``)."""
    rules = detail_rules().leads
    return tuple(
        sorted(
            {
                f"{TOWN if c.place.kind in rules.towns else SPOT}:{_scene_name(c)}"
                for c in claims
                if c.kind is ClaimKind.location
                and c.place.kind in rules.scene_kinds
                and (c.place.stated_as or "") not in rules.not_scene_roles
                and not _care_venue(c.place.surface or c.evidence.text)
                and not _follow_up_venue(c.place.surface or c.evidence.text)
            }
        )
    )


def _scene_name(claim: Claim) -> str:
    return _clean(claim.place.surface or claim.evidence.text).lower()


def _follow_up_venue(name: str) -> bool:
    """A court, a jail, a cemetery (``leads.follow_up_venues``): where a
    follow-up of an incident is told (a hearing, a funeral), no scene of it."""
    return tells(name, detail_rules().leads.follow_up_venues)


TOWN, SPOT = "town", "spot"


def _by_sentence(events: list[list[Claim]]) -> list[list[Claim]]:
    """The other events told, those told in one sentence made one: "In a
    separate shooting earlier Saturday, a 38-year-old man was wounded on
    Maple Avenue" may leave its day in an event of the main incident and its
    man and street in a background incident, one event all the same."""
    merged: list[tuple[set[int], list[Claim]]] = []
    for claims in events:
        starts = {c.evidence.sentence_start for c in claims}
        joined = [group for group in merged if group[0] & starts]
        for group in joined:
            merged.remove(group)
            starts |= group[0]
        merged.append((starts, [c for group in joined for c in group[1]] + list(claims)))
    return [claims for _, claims in merged]


def _recall_starts(claims: Sequence[Claim], text: str) -> dict[str, int | None]:
    """Where in each sentence of the claims a recalled incident begins
    (:func:`recalled_parts`), None in a sentence recalling none."""
    starts: dict[str, int | None] = {}
    for claim in claims:
        sentence = claim.evidence.sentence
        if sentence not in starts:
            starts[sentence] = recalled_parts(sentence, text)
    return starts


def _told_in_recall(claim: Claim, starts: dict[str, int | None]) -> bool:
    """Whether a claim is told in the recalled part of its sentence."""
    start = starts.get(claim.evidence.sentence)
    return start is not None and claim.evidence.start - claim.evidence.sentence_start >= start


def _recalled_places(extracted: ExtractedReport) -> set[int]:
    """The ids of the main incident's places told where the report recalls
    another incident of its kind (:func:`recalled_parts`): "The fire comes
    less than 24 hours after a woman in her 70s died in a house fire in
    Letterkenny", "On Monday, a man died in a pile-up on the A2 near
    Eindhoven" after "It was the second day in a row ...".  The other
    incident's town is none of the report's own, though the other report
    names it as its scene."""
    starts = _recall_starts(extracted.claims, extracted.report.text)
    return {
        id(claim)
        for claim in extracted.claims
        if claim.incident == MAIN and claim.kind is ClaimKind.location and _told_in_recall(claim, starts)
    }


def _recalled_incident(claims: Sequence[Claim], text: str, lead: Lead | None = None) -> Recalled | None:
    """What a report recalls of another incident of its kind it comes after
    (:func:`recalled_parts`), read from every claim told there (the incidents
    stage may keep such a clause in the main incident or make it a
    background one), and its own incident's weekdays and days told
    elsewhere; None when it recalls none."""
    starts = _recall_starts(claims, text)
    recalled, own = [], []
    for claim in claims:
        if _told_in_recall(claim, starts):
            recalled.append(claim)
        elif claim.incident == MAIN:
            own.append(claim)
    if not recalled:
        return None
    parts = "\n".join(s[start:] for s, start in starts.items() if start is not None)
    own_days = _days(own)
    return Recalled(
        weekdays=_weekdays(recalled),
        days=_days(recalled) or _day_before(starts, own_days, lead.days if lead is not None else ()),
        killed=_exact_counts(recalled, ClaimKind.killed),
        ages=_ages(recalled),
        people=tuple(name for name, _ in _people(recalled, text) if _significant(name)),
        streets=streets(parts),
        own_weekdays=_weekdays(own),
        own_days=own_days,
        magnitudes=_magnitudes(recalled),
        own_magnitudes=_magnitudes(own),
    )


def _day_before(
    starts: dict[str, int | None], own_days: Sequence[DayInterval], lead_days: Sequence[DayInterval] = ()
) -> tuple[DayInterval, ...]:
    """The day of a recalled incident that gives none, read from a recalling
    sentence putting it a day before the report's own incident ("The
    accident came a day after six people died in a kombi crash near
    Ngundu", ``day_before_distances``), when the report dates its own to one
    day, or its lead does (``lead_days``): a later day the body tells, a
    plan's or an aftermath's ("The city suspended classes on Tuesday"), is
    none that "a day after" is counted from, the lead's own is; else none.
    Two days or more need no reading: the report's own day then lies that
    far from the other report's."""
    if len(own_days) != 1:
        own_days = lead_days
    if len(own_days) != 1:
        return ()
    distance = alternation(detail_rules().recall.day_before_distances)
    told = re.compile(rf"\b(?:{distance})\s+after\s*$", re.IGNORECASE)
    if not any(start is not None and told.search(sentence[:start]) for sentence, start in starts.items()):
        return ()
    low, high = own_days[0]
    return ((low - 1, high - 1),)


def _magnitudes(claims: Iterable[Claim]) -> tuple[float, ...]:
    """The exact magnitudes told ("a magnitude 5.8 tremor")."""
    return tuple(float(value) for value in _exact_values(claims, ClaimKind.magnitude))


def _main_points(scene: Sequence[Claim], filed: Container[str | None], city) -> tuple[Point, ...]:
    """Where a report puts its incident: the coordinates of its story's town
    and of the towns its body places the incident in by a locative or its
    dateline ("in Tonopah", "TONOPAH, Nev. -"); not a town a quake was felt
    in, a "border" ("near the California-Nevada border" names no town), a
    background sentence's town nor a wire bureau's dateline.  Every reading
    of each town's name in its country counts ("Ridgecrest" in California or
    in Florida): a town read wrongly must not set two reports of one
    incident apart; a town one of whose readings is a county or a district
    (which the gazetteer gives no coordinates: "Surrey") is left out."""
    gazetteer = get_gazetteer()
    towns = [
        (c.place.geonameid, c.place.country, c.place.surface or c.evidence.text)
        for c in scene
        if c.place.kind in PLACE_KINDS and c.place.stated_as in SCENE_ROLES and c.place.geonameid not in filed
    ]
    if city is not None:
        towns.append((city.geonameid, city.country, city.name))
    points: set[Point] = set()
    for geonameid, country, name in towns:
        readings = [p for p in gazetteer.candidates(name) if p.kind in PLACE_KINDS]
        if any(p.kind != "city" and coordinates(p.geonameid) is None for p in readings):
            continue
        at_home = [p.geonameid for p in readings if p.country == country]
        found = [coordinates(reading) for reading in (geonameid, *at_home)]
        points |= {point for point in found if point is not None}
    return tuple(sorted(points))


def main_text(text: str, claims: Iterable[Claim]) -> str:
    """The text with every sentence blanked (offsets kept) whose claims all
    belong to another incident than the main one: a background paragraph
    ("In January, two people died in a fire on East Tremont Avenue") recalls
    an earlier incident of the town, and its streets and sides are that
    incident's, no evidence that the report's own incident is it."""
    other: set[str] = set()
    own: set[str] = set()
    for claim in claims:
        (own if claim.incident == MAIN else other).add(claim.evidence.sentence)
    chars = list(text)
    for sentence in sorted(other - own):  # by its words: the claims' offsets are the file's
        start = text.find(sentence) if sentence.strip() else -1
        while start >= 0:
            chars[start : start + len(sentence)] = [" "] * len(sentence)
            start = text.find(sentence, start + len(sentence))
    return "".join(chars)


def _month_days(claims: Iterable[Claim]) -> tuple[tuple[str, ...], str | None]:
    """The months and days the main incident's dates name in the body, and the
    month and day of the wire dateline, if one opens its line with a day."""
    body, dateline = set(), None
    for claim in claims:
        if claim.kind is not ClaimKind.date or not claim.date.month_day:
            continue
        if DATELINE_HEAD.fullmatch(line_before(claim)):
            dateline = dateline or claim.date.month_day
        else:
            body.add(claim.date.month_day)
            other = (date.fromordinal(low) for low, _ in _other_readings(claim))
            body.update(f"{d.month:02d}-{d.day:02d}" for d in other)
    return tuple(sorted(body)), dateline


def _mentions(
    people: Iterable[tuple[str, str]], headline: str | None, text: str
) -> tuple[tuple[str, int], ...]:
    """How often the headline and text name each person named in full, other
    than as a speaker: the times their surname is written capitalised or in
    capitals ("Williams", "WILLIAMS") other than beside a verb of saying
    ("Waldie said", "said Undersheriff Larry Waldie", "Pigeon told The
    Canadian Press").  The person a report is about is named again and
    again as the one who did or suffered; a person of another story it
    recalls ("the second player arrested this year, after Vincent Jackson")
    once or twice; a witness or an official, however often quoted, tells
    what happened to someone else."""
    whole = text if headline is None or headline in text else f"{headline}\n{text}"
    saying = alternation(detail_rules().saying_verbs)
    # up to three capitalised words between the verb and the surname: a title
    # ("Sgt.", "Undersheriff") and a first name, not a sentence's end ("Brandt.")
    speaker_before = re.compile(rf"\b(?:{saying})\s+(?:(?:[A-Z][a-z]{{0,3}}\.|[A-Z][\w'\-]*)\s+){{0,3}}$")
    speaker_after = re.compile(rf"(?:,[^,.]{{1,60}},)?\s+(?:{saying})\b")
    found = []
    for name, _ in people:
        surname = _written_surname(name)
        if len(_parts(name)) < 2 or surname is None or not surname[:1].isupper():
            continue
        written = rf"\b(?:{re.escape(surname)}|{re.escape(surname.upper())})(?!\w)"
        times = 0
        for match in re.finditer(written, whole):
            before = whole[max(0, match.start() - 60) : match.start()]
            after = whole[match.end() : match.end() + 70]
            if not speaker_before.search(before) and not speaker_after.match(after):
                times += 1
        found.append((name, times))
    return tuple(found)


def _ages(claims: Iterable[Claim]) -> tuple[int, ...]:
    """The exact ages the main incident's people are given ("Hill, 19," "a 2-year-old"):
    two reports of one shooting give its victim the same age."""
    found = set()
    for claim in claims:
        low, high = claim.value.low, claim.value.high
        if claim.kind is ClaimKind.age and low is not None and low == high and not claim.person.stage:
            found.add(int(low))
    return tuple(sorted(found))


def _bearer_sex(claim: Claim) -> str | None:
    """The sex of an age's bearer as the text tells it: read with the person, or
    the head noun of its descriptor ("a 30-year-old woman", "the men, 25 and 30")."""
    if claim.person.sex:
        return claim.person.sex
    words = (claim.person.person or "").lower().split()
    if not words:
        return None
    noun, sex_of = words[-1], people_lexicon().sex_of
    return sex_of.get(noun) or (sex_of.get(noun[:-3] + "man") if noun.endswith("men") else None)


def _age_sexes(claims: Iterable[Claim]) -> tuple[tuple[int, str], ...]:
    """(age, sex) of each exact age whose bearer's sex is told: a 23-year-old man
    and a 23-year-old woman share a number, not a person."""
    found = set()
    for claim in claims:
        low, high = claim.value.low, claim.value.high
        exact = claim.kind is ClaimKind.age and low is not None and low == high and not claim.person.stage
        if exact and low is not None and (sex := _bearer_sex(claim)) is not None:
            found.add((int(low), sex))
    return tuple(sorted(found))


@cache
def _side_pattern() -> re.Pattern[str]:
    words = alternation(detail_rules().side_words)
    return re.compile(rf"\b((?:{words})(?:[- ]?(?:{words}))?)\s+side\b", re.IGNORECASE)


def city_sides(text: str) -> tuple[str, ...]:
    """The sides of a city a text names ("on the South Side", "Cleveland's
    southeast side"), lower case: two shootings of one city told on its South
    Side and its West Side are two scenes."""
    return tuple(
        sorted(
            {" ".join(m.group(1).lower().replace("-", " ").split()) for m in _side_pattern().finditer(text)}
        )
    )


def _clocks(claims: Iterable[Claim]) -> tuple[int, ...]:
    """The clock times the main incident is told at ("about 8:34 p.m."), minutes past
    midnight on the scene's clock; a day part alone ("Friday night") is no clock
    time.  A universal time read in the scene's zone ("at 11:05 GMT" in Turkey)
    counts at the local hour it names, so it meets the other report's "14:05
    local time" as the same moment."""
    found = set()
    for claim in claims:
        low, high = claim.value.low, claim.value.high
        if claim.kind is ClaimKind.time and not claim.time.period and low is not None and low == high:
            found.add(int(low + _universal_offset(claim)) % (24 * 60))
    return tuple(sorted(found))


def _universal_offset(claim: Claim) -> int:
    """The minutes a universal time ("GMT", "UTC") is behind the scene's clock,
    where the zone it is read in is known; 0 for any other time."""
    universal = (claim.time.tz or "").lower() in UNIVERSAL_ZONES
    return claim.time.utc_offset or 0 if universal else 0


def _weekdays(claims: Iterable[Claim]) -> tuple[str, ...]:
    """The weekdays the main incident's dates name, written ("Tuesday evening") or
    of a day the date resolves to; a report with no date of its own places a
    weekday on no day, so two such reports are weighed by the weekday alone."""
    found = set()
    for claim in claims:
        if claim.kind is not ClaimKind.date:
            continue
        if claim.date.weekday:
            found.add(claim.date.weekday.lower())
        elif (interval := day_interval(claim)) is not None and interval[0] == interval[1]:
            found.add(WEEKDAY_NAMES[date.fromordinal(interval[0]).weekday()].lower())
    return tuple(sorted(found))


# ---------------------------------------------------------------- weighing two profiles


@dataclass(frozen=True)
class _Item:
    """One piece of evidence, as plain values (batch weighs thousands of pairs)."""

    kind: str
    relation: str
    strength: str
    detail: str


@dataclass
class _Weighing:
    evidence: list[_Item] = field(default_factory=list)
    #: whether the two incidents fall on one day, however each report dates
    #: it (:meth:`share_day`); two dates of publication a few days apart are
    #: no such day: news of any incident of a week is
    day_shared: bool = False
    #: whether that day was read from one report's weekday before its
    #: yearless dateline (:func:`_weigh_dateline_weekday`): the weekday then
    #: tells nothing more
    weekday_read: bool = False

    def add(self, kind: str, relation: str, strength: str, detail: str) -> None:
        self.evidence.append(_Item(kind, relation, strength, detail))

    def share_day(self, shown: str, *, by_weekday: bool = False) -> None:
        """The incident's day in common (weak, as any two dated days), ``shown`` as the two days."""
        self.add("date", SHARED, WEAK, f"{INCIDENT_DAY_DETAIL}: {shown}")
        self.day_shared = True
        self.weekday_read = self.weekday_read or by_weekday

    def has(self, relation: str, strength: str | None = None, kinds: Iterable[str] | None = None) -> bool:
        wanted = set(kinds) if kinds is not None else None
        return any(
            e.relation == relation
            and (strength is None or e.strength == strength)
            and (wanted is None or e.kind in wanted)
            for e in self.evidence
        )

    def count(self, relation: str, strength: str) -> int:
        return sum(1 for e in self.evidence if e.relation == relation and e.strength == strength)


def _gap(a: Sequence[DayInterval], b: Sequence[DayInterval]) -> int | None:
    """The fewest days between a day of one and a day of the other (0: they overlap), None if one has none."""
    if not a or not b:
        return None
    return min(max(lb - ha, la - hb, 0) for la, ha in a for lb, hb in b)


def _day_text(ordinal: int) -> str:
    import datetime as dt

    return dt.date.fromordinal(ordinal).isoformat()


def _weigh_places(a: IncidentProfile, b: IncidentProfile, weighing: _Weighing) -> bool:
    """Evidence of the places; True when a city or district is shared."""
    names = dict(a.places) | dict(b.places)
    shared = sorted(a.place_ids & b.place_ids)
    if shared:
        weighing.add("place", SHARED, WEAK, f"both name {', '.join(_clean(names[i]) for i in shared[:3])}")
        return True
    alike = sorted({_place_key(name) for _, name in a.places} & {_place_key(name) for _, name in b.places})
    if alike:  # "Bastrop" read as the Texan town in one report, the Louisianan in the other
        weighing.add("place", SHARED, WEAK, f"both name {', '.join(w.title() for w in alike[:3])}")
        return True
    if a.regions and b.regions:
        common = sorted(_own_regions(a, b) & _own_regions(b, a))
        other_reading = sorted((set(a.regions) & set(b.readable)) | (set(b.regions) & set(a.readable)))
        apart = _km_apart(a, b)
        # a quake's towns lie far apart where only the regions it did harm in
        # are common: its story towns then tell nothing against one quake
        scenes_common = bool(set(a.regions) & set(b.regions))
        far = apart is not None and apart > detail_rules().far_apart_km and scenes_common
        if not common and other_reading:
            weighing.add(
                "place",
                CONTRADICTING,
                WEAK,
                f"{_where(a)} against {_where(b)}, though a name of one may be a place "
                f"in {_regions_text(other_reading)}",
            )
        elif not common and apart is not None and apart <= detail_rules().near_km:
            weighing.add(
                "place",
                CONTRADICTING,
                WEAK,
                f"{_where(a)} against {_where(b)}: no region in common, though only {apart:.0f} km apart",
            )
        elif not common and (why := _soft_regions(a, b)):
            weighing.add("place", CONTRADICTING, WEAK, f"{_where(a)} against {_where(b)}: {why}")
        elif not common:
            weighing.add(
                "place",
                CONTRADICTING,
                STRONG,
                f"{_where(a)} against {_where(b)}: no region in common",
            )
        elif far:  # one region, or a "border" phrase naming the other's: the towns tell
            apart_text = f"{_where(a)} against {_where(b)}: at least {apart:.0f} km apart"
            weighing.add("place", CONTRADICTING, STRONG, apart_text)
        elif scenes_common and _cities_differ(a, b):
            weighing.add("place", CONTRADICTING, WEAK, f"{a.city_name} against {b.city_name}")
        else:
            weighing.add("place", SHARED, WEAK, f"both in {_regions_text(common)}")
    return False


def _cities_differ(a: IncidentProfile, b: IncidentProfile) -> bool:
    """Two story towns, neither a county holding the other (:func:`_holds_towns`)."""
    return bool(a.city and b.city and a.city != b.city and not _holds_towns(a.city_name, b.city_name))


def _km_apart(a: IncidentProfile, b: IncidentProfile) -> float | None:
    """How far apart the nearest of two reports' main towns lie (every
    reading of each), or None when one report names none the gazetteer
    places."""
    if not a.main_points or not b.main_points:
        return None
    return min(distance_km(p, q) for p in a.main_points for q in b.main_points)


def _soft_regions(a: IncidentProfile, b: IncidentProfile) -> str:
    """Why two profiles' regions, none in common, are no strong contradiction
    (empty when they are): a report placed only by a wire bureau's dateline
    ("BEIRUT (AFP)" over a shelling of Aleppo), or two reports filed from one
    city of one kind of event that reaches over several regions of one
    country (both from Lima: a quake's epicentre in Amazonas, a death it
    caused in Cajamarca; ``spread_over_regions`` of
    rules/incident_types.yaml).  Two quakes filed from their own towns in
    two states (Trona, California and Tonopah, Nevada) stay apart."""
    if a.dateline_only or b.dateline_only:
        return "no region in common, though a wire dateline may be the bureau's only"
    kind = _spread_pair(a, b)
    countries = {country for country, _ in a.regions} & {country for country, _ in b.regions}
    one_bureau = a.filed_from is not None and a.filed_from == b.filed_from
    if kind is not None and countries and one_bureau:
        return f"other regions of one country, which {_a(kind)} may reach"
    return ""


def _spread_pair(a: IncidentProfile, b: IncidentProfile) -> str | None:
    """The kind both reports' leads name, when it is one that reaches over
    several regions (``spread_over_regions``: a quake, a flood, a storm)."""
    kind = a.main_type
    return kind if kind in _spread_kinds() and kind == b.main_type else None


def _own_regions(profile: IncidentProfile, other: IncidentProfile) -> set[Region]:
    """The regions a report places its incident in, weighed against the
    other report's: its scene's, and for a kind that reaches over several
    regions (:func:`_spread_pair`) also those it tells harm in
    (``harm_regions``): a quake felt in one country and deadly in the
    next is told from each, and the provinces one report calls the scene
    are where the other counts its dead."""
    if _spread_pair(profile, other) is None:
        return set(profile.regions)
    return set(profile.regions) | set(profile.harm_regions)


def _clean(name: str) -> str:
    return " ".join(name.split())


def _place_key(name: str) -> str:
    """A place's name as written, for telling two spellings alike ("WICHITA", "Wichita")."""
    return _clean(name).lower()


#: the last word of a place that holds towns: a town and its county are one place to a reader
_HOLDS_TOWNS = frozenset({"county", "parish", "borough"})


def _holds_towns(*names: str | None) -> bool:
    """One of the story towns is a county ("Norcross" against "Gwinnett County"
    is no contradiction: Norcross is in it, and the gazetteer knows no counties' towns)."""
    return any(name and _clean(name).lower().rsplit(" ", 1)[-1] in _HOLDS_TOWNS for name in names)


def _where(profile: IncidentProfile) -> str:
    """ "Woodburn, OR, US", or the regions when the story's town is not known."""
    if profile.city_name:
        home = [f"{region}, {country}" for country, region in profile.regions]
        return f"{profile.city_name}, {home[0]}" if len(home) == 1 else profile.city_name
    return _regions_text(profile.regions)


def _regions_text(regions: Iterable[Region]) -> str:
    return "/".join(sorted({f"{region}, {country}" for country, region in regions}))


def _weigh_days(a: IncidentProfile, b: IncidentProfile, weighing: _Weighing) -> bool:
    """Evidence of the days; True when a day is shared (within the tolerance).

    Where a report gives no day of its incident, its own date stands in: two
    reports of one incident are published within days of each other, and
    follow-ups (a funeral, a charge) months later tell of it again, so the
    dates of publication only ever weigh weakly."""
    gap = _gap(a.days, b.days)
    if gap is not None:
        first = _day_text(min(low for low, _ in a.days))
        second = _day_text(min(low for low, _ in b.days))
        if gap <= DAY_TOLERANCE:
            weighing.share_day(f"{first} and {second}")
            return True
        strength = STRONG if gap > APART_DAYS else WEAK
        weighing.add(
            "date", CONTRADICTING, strength, f"the incident's day: {first} against {second}, {gap} days apart"
        )
        return False
    if _weigh_month_days(a, b, weighing):
        return False
    one_year = _weigh_one_year(a, b, weighing)
    if one_year is not None:
        return one_year
    if _weigh_dateline_weekday(a, b, weighing, first=True) or _weigh_dateline_weekday(b, a, weighing):
        return True
    if a.published is None or b.published is None:
        return False
    first, second = _day_text(a.published), _day_text(b.published)
    gap = abs(a.published - b.published)
    if gap <= PUBLISHED_DAYS:
        weighing.add("date", SHARED, WEAK, f"published {first} and {second}")
        return True
    if gap > PUBLISHED_APART_DAYS:
        weighing.add("date", CONTRADICTING, WEAK, f"published {first} against {second}, {gap} days apart")
    return False


#: the days of a leap year, on which a month and day with no year is read
_CALENDAR_DAYS = 366
#: the weighing's detail of days read without a year
MONTH_DAY_DETAIL = "the incident's month and day"
#: the weighing's detail of the incident's day, however each report dates it
INCIDENT_DAY_DETAIL = "the incident's day"
#: how the weighing shows a day read from a weekday and a dateline with no year
DATELINE_WEEKDAY = "its weekday before the yearless dateline"


def _day_of_year(month_day: str) -> int:
    month, day = (int(part) for part in month_day.split("-"))
    return date(2000, month, day).timetuple().tm_yday


def _month_day_windows(profile: IncidentProfile) -> tuple[DayInterval, ...]:
    """The days of the year the main incident may fall on: each month and
    day its body gives it, else the week before a dateline's day when the
    report dates it by a weekday (``dateline_back_days``), else none."""
    try:
        if profile.month_days:
            return tuple((day, day) for day in map(_day_of_year, profile.month_days))
        if profile.dateline_day and profile.weekdays:
            day = _day_of_year(profile.dateline_day)
            return ((day - detail_rules().dateline_back_days, day),)
    except ValueError:  # "02-30": no day of any year
        return ()
    return ()


def _calendar_gap(a: Sequence[DayInterval], b: Sequence[DayInterval]) -> int:
    """The fewest days between a window of one and a window of the other, round the year."""
    return min(
        max(lb + shift - ha, la - hb - shift, 0)
        for la, ha in a
        for lb, hb in b
        for shift in (-_CALENDAR_DAYS, 0, _CALENDAR_DAYS)
    )


def _weigh_month_days(a: IncidentProfile, b: IncidentProfile, weighing: _Weighing) -> bool:
    """Strong evidence against one incident when the months and days the two
    reports give their incidents (no year needed) lie more than
    ``month_day_apart`` days apart; True when it was added."""
    first, second = _month_day_windows(a), _month_day_windows(b)
    if not first or not second:
        return False
    gap = _calendar_gap(first, second)
    if gap <= detail_rules().month_day_apart:
        return False
    shown = f"{_month_day_text(a)} against {_month_day_text(b)}"
    weighing.add("date", CONTRADICTING, STRONG, f"{MONTH_DAY_DETAIL}: {shown}, {gap} days apart or more")
    return True


def _days_of_year(profile: IncidentProfile) -> tuple[tuple[DayInterval, ...], str]:
    """The days of the year a report dates its main incident on, and how a
    reader sees them: the days its dates resolve to (a weekday or
    "yesterday" counted from its own date, a date with its year), else the
    months and days its body gives with no year; none for a report that
    dates it by neither."""
    single = sorted({low for low, high in profile.days if low == high})
    if single:
        on = [date.fromordinal(day) for day in single]
        days = tuple((_day_of_year(f"{d.month:02d}-{d.day:02d}"),) * 2 for d in on)
        return days, ", ".join(_day_text(day) for day in single)
    try:
        days = tuple((day, day) for day in map(_day_of_year, profile.month_days))
    except ValueError:  # "02-30": no day of any year
        return (), ""
    return days, ", ".join(profile.month_days)


def _weigh_one_year(a: IncidentProfile, b: IncidentProfile, weighing: _Weighing) -> bool | None:
    """The incident's day where one report gives it no year ("on Dec. 13",
    no date of its own) and the other dates it (a weekday or "yesterday"
    resolved from its dateline or page date, or a date with its year): the
    two read on the calendar.  Within ``DAY_TOLERANCE`` they share the day
    (weak, as two dated days do); further apart they contradict, strongly
    beyond ``APART_DAYS``, as two dated days do.  None where one report has
    no day of the year to read."""
    if bool(a.days) == bool(b.days):
        return None  # both dated are weighed as days; both without a year only apart (month_day_apart)
    (first, first_text), (second, second_text) = _days_of_year(a), _days_of_year(b)
    if not first or not second:
        return None
    gap = _calendar_gap(first, second)
    if gap <= DAY_TOLERANCE:
        every = (*first, *second)
        if any(_calendar_gap([x], [y]) > DAY_TOLERANCE for x, y in itertools.combinations(every, 2)):
            return None  # several days, one of each near by chance: no one day of both
        weighing.share_day(f"{first_text} and {second_text}")
        return True
    strength = STRONG if gap > APART_DAYS else WEAK
    weighing.add(
        "date",
        CONTRADICTING,
        strength,
        f"the incident's day: {first_text} against {second_text}, {gap} days apart",
    )
    return False


def _dateline_weekday_day(profile: IncidentProfile, on: int) -> date | None:
    """The day a report with no year of its own tells its incident on when its
    wire dateline gives a month and day and its body one weekday ("SOKOBANJA,
    Oct 2 (Tanjug) - ... on Thursday morning"), the dateline read in the year
    that puts it nearest the other report's day ``on`` (an ordinal): the last
    such weekday on or before it, as the date extractor reads a weekday
    against a dated dateline.  None for a report dated otherwise (a day of
    its own, a month and day in its body), of several weekdays (a story of
    several days, or of another day beside its own), or with no dateline day."""
    weekdays = set(profile.weekdays)
    if profile.days or profile.month_days or not profile.dateline_day or len(weekdays) != 1:
        return None
    nearest = _nearest_in_year(profile.dateline_day, on)
    return latest_weekday(weekdays.pop(), nearest) if nearest is not None else None


def _nearest_in_year(month_day: str, on: int) -> date | None:
    """A month and day with no year ("02-02") read in the year that puts it
    nearest the day ``on`` (an ordinal): the year before, that day's or the
    year after.  None for no day of any of them ("02-30")."""
    month, day = (int(part) for part in month_day.split("-"))
    year = date.fromordinal(on).year
    days = []
    for each in (year - 1, year, year + 1):
        try:
            days.append(date(each, month, day))
        except ValueError:  # 29 February of a common year
            continue
    return min(days, key=lambda d: abs(d.toordinal() - on)) if days else None


def _dated_by_other(profile: IncidentProfile, other: IncidentProfile) -> IncidentProfile:
    """A report that dates its own incident only by months and days with no
    year ("TAUNGGYI, 3 February - ... on 2 February": no page date, no
    year anywhere) with those days read in the other report's year, nearest
    its own day (its page date, else its one dated day): what a reader of
    the two does to see that the other recalls it ("On Sunday, six people
    were killed when a bus fell into a ravine near Hopong").  Any other
    report is returned as it is: one of its own year keeps it, and a report
    with no day of the year is never given one."""
    if profile.days or profile.published is not None or not profile.month_days:
        return profile
    own = sorted({low for low, high in other.days if low == high})
    on = other.published if other.published is not None else own[0] if len(own) == 1 else None
    if on is None:
        return profile
    read = [d for month_day in profile.month_days if (d := _nearest_in_year(month_day, on)) is not None]
    days = tuple((d.toordinal(), d.toordinal()) for d in read)
    return replace(profile, days=days) if days else profile


def _weigh_dateline_weekday(
    a: IncidentProfile, b: IncidentProfile, weighing: _Weighing, *, first: bool = False
) -> bool:
    """The incident's day shared (weak, as two dated days share it) where
    report ``a`` is dated only by a dateline's month and day and one weekday
    (:func:`_dateline_weekday_day`) and ``b`` dates its incident on that day,
    within ``DAY_TOLERANCE``: a wire's copy filed with no year ("LIMA, July 12
    (Reuters) - ... on Saturday") beside a dated page of one incident.  Only
    ever shared: a weekday read against a year the report never gives is no
    ground to set two incidents apart, which ``month_day_apart`` does for
    days weeks apart.  True when it was added."""
    days = sorted({low for low, high in b.days if low == high})
    if not days or any(later - earlier > DAY_TOLERANCE for earlier, later in itertools.pairwise(days)):
        return False  # several days, one near by chance: no one day of both
    told = _dateline_weekday_day(a, days[0])
    if told is None or (_gap([(told.toordinal(), told.toordinal())], b.days) or 0) > DAY_TOLERANCE:
        return False
    shown = [
        f"{told.strftime('%A')} {told.isoformat()} ({DATELINE_WEEKDAY} {a.dateline_day})",
        _day_text(days[0]),
    ]
    if not first:
        shown.reverse()
    weighing.share_day(f"{shown[0]} and {shown[1]}", by_weekday=True)
    return True


def _month_day_text(profile: IncidentProfile) -> str:
    if profile.month_days:
        return ", ".join(profile.month_days)
    return f"the week to {profile.dateline_day} (dateline)"


@lru_cache(maxsize=1 << 16)
def _parts(name: str) -> tuple[str, ...]:
    return tuple(name_parts(name))


def _written_surname(name: str) -> str | None:
    """The surname of a name as the name writes it (the knowledge layer's
    :func:`~reportcheck.knowledge.names.name_parts`), without a suffix or a
    possessive: "Lopez" of "Carlos Lopez Jr." and of "Carlos Lopez's", or None."""
    parts = _parts(name)
    if not parts:
        return None
    for word in reversed(name.split()):
        written = word.strip(".,'\"")
        written = re.sub(r"['’]s$", "", written)
        if written.lower() == parts[-1]:
            return written
    return None


def _significant(name: str) -> bool:
    """A name with a first name and a surname: a surname alone is shared by strangers."""
    return len(_parts(name)) >= 2


def _full_names(people: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """The names given in full, each with its surname (a cheap first test before rapidfuzz)."""
    return [(name, _parts(name)[-1]) for name, _ in people if _significant(name)]


def _officials(profile: IncidentProfile) -> set[str]:
    """The names of a report's officials and spokespeople: the spokesmen and
    chiefs it quotes speak of every case of their town.  (Not every officer:
    an officer shot or killed is named by every report of that incident.)"""
    return {name for name, role in profile.people if role in ("official", SPOKESPERSON)}


def _focus(profile: IncidentProfile) -> tuple[list[str], int]:
    """The people a report is about and how often it names them: those it names
    most often (``focus_min_mentions`` times at least), but for people of a
    role that speaks of every case (an official, a lawyer)."""
    rules = detail_rules()
    roles = dict(profile.people)
    skip = _not_telling_roles()
    told = [(times, name) for name, times in profile.mentions if roles.get(name) not in skip]
    most = max((times for times, _ in told), default=0)
    if most < rules.focus_min_mentions:
        return [], most
    return sorted(name for times, name in told if times == most), most


def _names_anyone(profile: IncidentProfile, name: str) -> bool:
    """The report names this person: in full alike, or by the surname anywhere in its text."""
    parts = _parts(name)
    return (bool(parts) and parts[-1] in profile.words) or any(
        _significant(other) and names_match(name, other) for other, _ in profile.people
    )


def _in_passing(name: str, profile: IncidentProfile, other: IncidentProfile) -> str | None:
    """The person a report is about, when it names ``name`` only in passing and
    the other report never names that person: the second player arrested
    this winter recalls the first ("Jamal Williams ... the second Charger
    arrested since Vincent Jackson"), the dairy's fire the governor of the
    church's; the name both give tells one story of that person, not one
    incident.  None when ``name`` is the report's own person."""
    focus, most = _focus(profile)
    times = dict(profile.mentions).get(name)
    if not focus or times is None or times > detail_rules().passing_share * most:
        return None
    if dict(profile.people).get(name) == "victim":  # a report of the arrest names the victim once
        return None
    unnamed = [person for person in focus if not _names_anyone(other, person)]
    return unnamed[0] if unnamed else None


def _recalled(a: IncidentProfile, b: IncidentProfile, x: str, y: str) -> str | None:
    """How one of two reports naming x and y alike (x of ``a``, y of ``b``)
    names them only in passing beside its own person (:func:`_in_passing`)."""
    if x in _focus(a)[0] and (own := _in_passing(y, b, a)) is not None:
        return f"{x}, the person of one, whom the other names only in passing beside {own}"
    if y in _focus(b)[0] and (own := _in_passing(x, a, b)) is not None:
        return f"{y}, the person of one, whom the other names only in passing beside {own}"
    return None


def _weigh_people(a: IncidentProfile, b: IncidentProfile, weighing: _Weighing) -> str:
    """Evidence of the named people: STRONG when both name a person in full
    (first name and surname: "Davis" alone is shared by strangers), WEAK
    when each such person is only recalled by one of them
    (:func:`_in_passing`: they are still no strangers' reports, so never
    ``different``), else empty."""
    full_a, full_b = _full_names(a.people), _full_names(b.people)
    matched = [
        (x, y)
        for x, surname_x in full_a
        for y, surname_y in full_b
        if surname_x[:1] == surname_y[:1] and names_match(x, y)
    ]
    officials = _officials(a) | _officials(b)
    telling = [(x, y) for x, y in matched if x not in officials and y not in officials]
    recalled = [why for x, y in telling if (why := _recalled(a, b, x, y)) is not None]
    if telling and len(recalled) == len(telling):
        weighing.add("person", SHARED, WEAK, f"both name {recalled[0]}")
        return WEAK
    telling = [(x, y) for x, y in telling if _recalled(a, b, x, y) is None]
    if telling:
        shown = "; ".join(x if x == y else f"{x} / {y}" for x, y in telling[:3])
        weighing.add("person", SHARED, STRONG, f"both name {shown}")
        return STRONG
    if matched:  # a police spokesman speaks of every shooting in his town
        shown = "; ".join(x for x, _ in matched[:3])
        weighing.add("person", SHARED, WEAK, f"both quote {shown}, an official")
    victims_a = [name for name, role in a.people if role == "victim" and _significant(name)]
    victims_b = [name for name, role in b.people if role == "victim" and _significant(name)]
    if victims_a and victims_b and _victims_apart(a, b) is None:  # else :func:`_weigh_victims` tells it
        weighing.add(
            "person",
            CONTRADICTING,
            WEAK,
            f"victims {', '.join(victims_a[:2])} against {', '.join(victims_b[:2])}",
        )
    return ""


def _dead_names(main: Sequence[Claim], people: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    """The victims a report names told dead: each named victim but those a
    sentence naming them tells hurt and none killed ("Tamika Brown, 29, and
    her cousin Andre Wells were wounded")."""
    sentences: dict[int, set[str]] = {}
    for claim in main:
        sentences.setdefault(claim.evidence.sentence_start, set()).add(claim.kind.value)
    hurt_only = {
        claim.value.name or claim.evidence.text
        for claim in main
        if claim.kind is ClaimKind.person
        and ClaimKind.injured.value in (told := sentences[claim.evidence.sentence_start])
        and ClaimKind.killed.value not in told
    }
    hurt_surnames = {name.split()[-1] for name in hurt_only if name.split()}
    return tuple(
        name
        for name, role in people
        if role == "victim" and name.split() and name.split()[-1] not in hurt_surnames
    )


def _named_victims(profile: IncidentProfile) -> list[str]:
    """The dead a report names in full (:func:`_dead_names`), when it names
    at least ``victims.min_named`` of them and tells its toll, of which they
    are at least ``victims.named_share``: a report that names its dead one
    by one."""
    rules = detail_rules().victims
    named = sorted({name for name in profile.dead if len(name.split()) >= 2})
    if len(named) < rules.min_named or not profile.killed or len(named) < rules.named_share * profile.killed:
        return []
    return named


def _may_be_one(x: str, y: str) -> bool:
    """Two names that may be one person's, written otherwise or
    transliterated another way ("Mohammed al-Youssef", "Muhammad Yusuf"):
    the names match (:func:`names_match`), or their surnames, an article
    ("al-", "el-") and a particle off, are spellings of one name
    (:func:`spelling_variants`) or share their consonants."""
    if names_match(x, y):
        return True
    a, b = (_bare_surname(name) for name in (x, y))
    if not a or not b:
        return False
    return spelling_variants(a, b, surname=True) or _skeleton(a) == _skeleton(b)


def _bare_surname(name: str) -> str:
    """A surname's letters, its article off ("al-Youssef": "youssef";
    ``victims.surname_articles``)."""
    parts = name_parts(name)
    if not parts:
        return ""
    articles = alternation(detail_rules().victims.surname_articles)
    return letters_only(re.sub(rf"^(?:{articles})[-\u2019' ]", "", parts[-1]))


def _skeleton(word: str) -> str:
    """A name's consonants, doubled letters single: "youssef", "yusuf" -> "sf"."""
    return re.sub(r"(.)\1", r"\1", re.sub(r"[aeiouyhw]", "", word))


def _victims_apart(a: IncidentProfile, b: IncidentProfile) -> tuple[list[str], list[str]] | None:
    """The dead each report names one by one (:func:`_named_victims`) where
    no name of one may be a name of the other and no exact age of one is an
    age of the other, else None."""
    first, second = _named_victims(a), _named_victims(b)
    if not first or not second or set(a.ages) & set(b.ages):
        return None
    if any(_may_be_one(x, y) for x in first for y in second):
        return None
    return first, second


def _weigh_victims(a: IncidentProfile, b: IncidentProfile, weighing: _Weighing) -> None:
    """Strong evidence against one incident when both reports name their
    victims one by one (:func:`_named_victims`), no name of one is a name of
    the other, and no exact age of one is an age of the other: "The deceased
    were identified as M. Muthulakshmi, 45, K. Ramar, 52, ..." against "...
    as R. Karuppasamy, 48, V. Lakshmi, 41, ...".  Two reports of one
    incident that each name its dead name some of the same."""
    apart = _victims_apart(a, b)
    if apart is None:
        return
    first, second = apart
    weighing.add(
        "person",
        CONTRADICTING,
        STRONG,
        f"each names its own victims: {', '.join(first[:3])} against {', '.join(second[:3])}",
    )


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def _weigh_kinds(a: IncidentProfile, b: IncidentProfile, weighing: _Weighing) -> None:
    """The kinds of the two leads: one kind is weak shared evidence; two kinds
    exclude each other (strong) only where neither report names the other's
    kind anywhere in its own text (:func:`named_kinds`): a shooting's getaway
    crash, a crash whose driver had been shot, are one incident's."""
    kind_a, kind_b = a.main_type, b.main_type
    if kind_a is None or kind_b is None:
        return
    if kind_a == kind_b:
        weighing.add("event", SHARED, WEAK, f"both {_a(kind_a)}")
        return
    mentions_a = {*dict(a.types), *a.named_types}
    mentions_b = {*dict(b.types), *b.named_types}
    if kind_a not in mentions_b and kind_b not in mentions_a:
        weighing.add("event", CONTRADICTING, STRONG, f"{_a(kind_a)} against {_a(kind_b)}")


def _weigh_details(a: IncidentProfile, b: IncidentProfile, weighing: _Weighing) -> None:
    shared_streets = sorted(set(a.streets) & set(b.streets))
    if shared_streets:
        weighing.add(
            "street", SHARED, STRONG, f"both name {', '.join(_street_text(s) for s in shared_streets[:3])}"
        )
    shared_weapons = sorted(set(a.weapons) & set(b.weapons))
    if shared_weapons:
        weighing.add("weapon", SHARED, WEAK, f"both name {', '.join(_a(w) for w in shared_weapons[:3])}")


#: rare name words two reports share that make them one incident on their own
RARE_WORDS_ALONE = 3
#: ... or with a city or a day in common
RARE_WORDS_PLACED = 2


def _weigh_words(
    a: IncidentProfile, b: IncidentProfile, weighing: _Weighing, rare: Container[str] | None, placed: bool
) -> None:
    """Evidence of the rare name words both texts use: a victim's surname, the
    street, the school, the bar, written alike by every reporter of the
    incident, whether or not the extraction made a person or a place of
    them.  Only words few reports of the batch use count (``rare``, from
    :mod:`reportcheck.batch.grouping`); without a batch to tell, none do."""
    if rare is None:
        return
    shared = [word for word in sorted(set(a.words) & set(b.words)) if word in rare]
    if not shared:
        return
    strong = len(shared) >= RARE_WORDS_ALONE or (placed and len(shared) >= RARE_WORDS_PLACED)
    weighing.add(
        "words",
        SHARED,
        STRONG if strong else WEAK,
        f"both name {', '.join(w.title() for w in shared[:5])} (words few reports of the batch use)",
    )


#: spot words both reports share that make them one incident without a day in common
SPOT_WORDS_ALONE = 2


def _weigh_spots(a: IncidentProfile, b: IncidentProfile, weighing: _Weighing, placed: bool) -> None:
    """Evidence of the names of the incident's own spots both reports give
    (:func:`_spot_words`: a venue, an unknown village, a storm), found in
    one report's spot names and anywhere in the other's own text (the
    extractor may miss the venue there: "at the KwaNtaba tavern").  Strong
    with the incident's day in common, with two names alike (the temple and
    its village, the storm and the village it flattened), or with a village
    the gazetteer does not know in a region or town both name (a village is
    no business robbed twice); weak where the days lie apart (one
    jeweller's robbed twice, a year apart) or the towns contradict each
    other (a chain's two stores), or with one venue and no day to tell (a
    weekday both give is the day of two undated reports).
    A village the gazetteer does not know both name, on days that do not lie
    apart, stays strong where the towns contradict each other: no chain has
    a store in it, and a report names the far town its story was told from
    (the capital officials spoke in, the province's seat the wounded were
    flown to) beside the village where it happened.  A craft's name both
    give ("the launch MV Sonar Tori", :func:`_craft_words`) is strong with no
    day to tell and where the towns contradict each other, as a person's full
    name is (the two banks of the river it sank in may lie in two districts),
    but weak on days apart: one craft may sink a year after its hijacking."""
    shared = sorted((set(a.spot_words) & set(b.own_words)) | (set(b.spot_words) & set(a.own_words)))
    if not shared:
        return
    villages = (set(a.village_words) & set(b.own_words)) | (set(b.village_words) & set(a.own_words))
    crafts = (set(a.craft_words) & set(b.own_words)) | (set(b.craft_words) & set(a.own_words))
    gap = _gap(a.days, b.days)
    apart = gap is not None and gap > DAY_TOLERANCE
    elsewhere = weighing.has(CONTRADICTING, kinds=("place",)) and not villages and not crafts
    one_weekday = gap is None and bool(set(a.weekdays) & set(b.weekdays))  # undated: "on Tuesday" both
    told = (
        (gap is not None and not apart)
        or one_weekday
        or len(shared) >= SPOT_WORDS_ALONE
        or (placed and bool(villages))
        or bool(crafts)
    )
    strength = STRONG if told and not apart and not elsewhere else WEAK
    words = ", ".join(w.title() for w in shared[:3])
    weighing.add("place", SHARED, strength, f"both name the incident's spot {words}")


def _ages_alike(a: IncidentProfile, b: IncidentProfile, rules: DetailRules) -> list[int]:
    """The exact ages both give, when they are a good share of the fewer ages one gives."""
    shared = sorted(age for age in set(a.ages) & set(b.ages) if not _sexes_differ(a, b, age))
    fewest = min(len(a.ages), len(b.ages))
    if not shared or len(shared) < rules.ages_share * fewest:
        return []
    return shared[: rules.max_ages]


def _sexes_differ(a: IncidentProfile, b: IncidentProfile, age: int) -> bool:
    """Both tell the sex of the bearers of an age and no sex is common to them."""
    sexes_a = {sex for told, sex in a.age_sexes if told == age}
    sexes_b = {sex for told, sex in b.age_sexes if told == age}
    return bool(sexes_a) and bool(sexes_b) and not sexes_a & sexes_b


def _scenes_differ(a: IncidentProfile, b: IncidentProfile, rules: DetailRules) -> str | None:
    """How two reports put their incidents in other parts of one town, if they do:
    both name streets and share none ("South Ashland Avenue" / "West Madison
    Street"), or both name sides of the city and share none ("South Side" /
    "West Side").  Details alike then tell two shootings of one night apart no
    better than chance: a victim's age, a round hour and a weekday recur."""
    streets_a = {_street_key(s) for s in a.streets}
    streets_b = {_street_key(s) for s in b.streets}
    if streets_a and streets_b and not streets_a & streets_b:
        return "streets"
    if a.sides and b.sides and not set(a.sides) & set(b.sides):
        return "sides"
    return None


def _clock_alike(a: IncidentProfile, b: IncidentProfile, rules: DetailRules) -> int | None:
    """A clock time of one within minutes of one of the other's (round the clock)."""
    day = 24 * 60
    if max(len(a.clocks), len(b.clocks)) > rules.max_clocks:  # a roundup's night, a timeline
        return None
    for x in a.clocks:
        for y in b.clocks:
            if min(abs(x - y), day - abs(x - y)) <= rules.clock_minutes:
                return x
    return None


def _clock_text(minutes: int) -> str:
    hour, minute = divmod(minutes, 60)
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}"


def _street_text(street: str) -> str:
    """A street as a reader writes it: "W 25th Street" (not str.title()'s "25Th")."""
    return " ".join(word[:1].upper() + word[1:] for word in street.split())


def _street_key(street: str) -> str:
    """A street without the compass word it may begin with ("s harrison street"
    -> "harrison street", "ne 5th street" -> "5th street"), as the venue reader
    writes a street's key (``street_directions`` of rules/venues.yaml)."""
    words = street.split()
    while len(words) > 2 and words[0] in direction_forms():
        words = words[1:]
    return " ".join(words)


def _people_alike(a: IncidentProfile, b: IncidentProfile) -> list[str]:
    """The people both name in full, but for those of a role that speaks of every case."""
    skip = _not_telling_roles()
    full_b = [(name, surname) for name, surname in _full_names(p for p in b.people if p[1] not in skip)]
    return [
        x
        for x, surname_x in _full_names(p for p in a.people if p[1] not in skip)
        if any(
            surname_x[:1] == surname_y[:1] and names_match(x, y) and _recalled(a, b, x, y) is None
            for y, surname_y in full_b
        )
    ]


def _details_alike(
    a: IncidentProfile, b: IncidentProfile, weekday_read: bool = False
) -> tuple[int, list[str]]:
    """The points of the details two reports give alike (``rules/incident_match.yaml``)
    and how a reader sees each.  Where they put their incidents in other parts
    of one town (:func:`_scenes_differ`), only the people named alike count:
    an age, a round hour, a weekday and a count recur by chance."""
    rules = detail_rules()
    found = _each_detail_alike(a, b, rules)
    if weekday_read:  # the day both share was read from the weekday: no second point of it
        found = [item for item in found if item[0] != "weekday"]
    if _scenes_differ(a, b, rules) is not None:
        found = [item for item in found if item[0] == "person"]
    points = sum(rules.points[kind] * count for kind, count, _ in found)
    return points, [text for _, _, text in found]


def _each_detail_alike(
    a: IncidentProfile, b: IncidentProfile, rules: DetailRules
) -> list[tuple[str, int, str]]:
    """Each detail two reports give alike: (kind, how many, how a reader sees it)."""
    found: list[tuple[str, int, str]] = []
    ages = _ages_alike(a, b, rules)
    if ages:
        found.append(("age", len(ages), f"ages {', '.join(map(str, ages))}"))
    clock = _clock_alike(a, b, rules)
    if clock is not None:  # "about 2 a.m." is how reporters round any time of that hour
        rounded = clock % rules.round_minutes == 0
        found.append(("round_clock" if rounded else "clock", 1, f"the time {_clock_text(clock)}"))
    weekdays = sorted(set(a.weekdays) & set(b.weekdays))
    several = max(len(a.weekdays), len(b.weekdays)) > rules.max_weekdays  # a weekend's roundup
    if weekdays and not several and _gap(a.days, b.days) is None:  # days both give are weighed as days
        found.append(("weekday", 1, weekdays[0].title()))
    if a.killed is not None and a.killed == b.killed and a.killed >= rules.killed_at_least:
        found.append(("killed", 1, f"{a.killed} killed"))
    if a.injured is not None and a.injured == b.injured and a.injured >= rules.injured_at_least:
        found.append(("injured", 1, f"{a.injured} injured"))
    people = _people_alike(a, b)[: rules.max_people]
    if people:
        found.append(("person", len(people), "; ".join(people)))
    streets_b = {_street_key(s) for s in b.streets}
    street = sorted({_street_key(s) for s in a.streets} & streets_b)
    if street:
        found.append(("street", 1, _street_text(street[0])))
    return found


def _weigh_alike(
    a: IncidentProfile, b: IncidentProfile, weighing: _Weighing, anchored: bool, weekday_read: bool = False
) -> None:
    """Strong evidence when, besides a city or the incident's day in common, two
    reports give enough details alike (``rules/incident_match.yaml``): reports of
    one shooting that give no day (a weekday, no date of their own) and share
    only a town are otherwise ``unsure``, yet tell the same ages, time and
    weekday; two shootings of one town a week apart rarely do."""
    rules = detail_rules()
    gap = _gap(a.days, b.days)
    if not anchored or (gap is not None and gap > rules.apart_days):
        return  # a retrial a year on names the same people and city: another event
    points, shown = _details_alike(a, b, weekday_read)
    if points >= rules.needed:
        weighing.add("details", SHARED, STRONG, f"both give {'; '.join(shown)}")


def _own_days(profile: IncidentProfile) -> tuple[tuple[str, ...], tuple[DayInterval, ...]]:
    """The weekdays and days of a report's own incident, outside any clause recalling another."""
    if profile.recalled is not None:
        return profile.recalled.own_weekdays, profile.recalled.own_days
    return profile.weekdays, profile.days


def _recall_matches(recalled: Recalled, other: IncidentProfile) -> list[str]:
    """The details of the other report's own incident that one report's recalled incident gives."""
    weekdays, days = _own_days(other)
    found = []
    gap = _gap(recalled.days, days)
    if gap is not None:
        if gap <= DAY_TOLERANCE:
            found.append(", ".join(_day_text(low) for low, _ in recalled.days[:1]))
    elif shared := sorted(set(recalled.weekdays) & set(weekdays)):
        found.append(shared[0].title())
    killed = other.killed
    if killed is not None and killed >= detail_rules().killed_at_least and killed in recalled.killed:
        found.append(f"{killed} killed")
    if ages := sorted(set(recalled.ages) & set(other.ages)):
        found.append(f"age {ages[0]}")
    full = [name for name, _ in _full_names(other.people)]
    if people := [x for x in recalled.people if any(names_match(x, y) for y in full)]:
        found.append(people[0])
    if street := sorted({_street_key(s) for s in recalled.streets} & {_street_key(s) for s in other.streets}):
        found.append(_street_text(street[0]))
    if magnitude := sorted((set(recalled.magnitudes) - set(recalled.own_magnitudes)) & set(other.magnitudes)):
        found.append(f"magnitude {magnitude[0]:g}")  # the recalled quake's, not the report's own
    return found


def _own_days_differ(recalled: Recalled, other: IncidentProfile) -> bool:
    """The report's own incident falls on another day than the other's own
    incident, and not on the day of the incident it recalls: more than a
    day from any day the other gives, or from the one day the other's lead
    gives its incident (:func:`_apart_from_other_lead`), or the recalled
    incident's day is the other's own while the report tells its own a day
    on (:func:`_recalled_on_others_day`)."""
    weekdays, days = _own_days(other)
    if set(recalled.own_weekdays) & set(recalled.weekdays):
        return False
    gap = _gap(recalled.own_days, days)
    if gap is not None:
        return (
            gap > DAY_TOLERANCE
            or _apart_from_other_lead(recalled, other)
            or _recalled_on_others_day(recalled, days)
        )
    return bool(recalled.own_weekdays) and bool(weekdays) and not set(recalled.own_weekdays) & set(weekdays)


def _apart_from_other_lead(recalled: Recalled, other: IncidentProfile) -> bool:
    """ "Three people died on Sunday afternoon when a light aircraft crashed"
    (the other's lead, its page dated Monday) against a report of Tuesday's
    crash that "came two days after a Cessna 182 crashed": the other's
    publication day lies a day from the report's own, its lead's day two."""
    lead_days = other.lead.days if other.lead is not None else ()
    gap = _gap(recalled.own_days, lead_days)
    return gap is not None and gap > DAY_TOLERANCE


def _recalled_on_others_day(recalled: Recalled, days: Sequence[DayInterval]) -> bool:
    """ "It was the second apartment fire in two days. On Monday afternoon a
    blaze in Gulfton ..." in a report of Tuesday's fire, against a report of
    Monday's: the recalled incident falls on the other's own day and the
    report tells its own on another, so the day between them is the report's
    own telling of two incidents, not one night read two ways."""
    on_others = _gap(recalled.days, days)
    own_apart = _gap(recalled.own_days, recalled.days)
    return on_others == 0 and own_apart is not None and own_apart >= 1


def _weigh_recall(a: IncidentProfile, b: IncidentProfile, weighing: _Weighing) -> bool:
    """Strong evidence against one incident when one report recalls, as an
    earlier incident of its kind (``recall`` of ``rules/incident_match.yaml``),
    what the other tells as its own, and tells its own on another day: the
    person, street and toll both give are the recalled incident's."""
    for x, y in ((a, b), (b, a)):
        dated = _dated_by_other(y, x)  # a yearless report's days in the recalling report's year
        if x.recalled is None or not _own_days_differ(x.recalled, dated):
            continue
        matches = _recall_matches(x.recalled, dated)
        if matches:
            one, other = ("report 1", "report 2") if x is a else ("report 2", "report 1")
            weighing.add(
                "date",  # the recalled incident's day is the other's
                CONTRADICTING,
                STRONG,
                f"{one} recalls as an earlier incident {other}'s "
                f"({'; '.join(matches[:4])}) and tells its own on "
                f"{', '.join(w.title() for w in x.recalled.own_weekdays) or 'another day'}",
            )
            return True
    return False


def _own_told(profile: IncidentProfile) -> Told:
    """What a report tells of its own incident; its toll the digest's."""
    own = profile.own or Told(
        weekdays=profile.weekdays, days=profile.days, ages=profile.ages, streets=profile.streets
    )
    killed = (profile.killed,) if profile.killed is not None else own.killed
    injured = (profile.injured,) if profile.injured is not None else own.injured
    return replace(own, killed=killed, injured=injured)


def _told_alike(told: Told, other: Told) -> list[tuple[str, str]]:
    """The details of an event one report tells that the other report's own
    incident gives alike: (kind, how a reader sees it).  A day is a day within
    a day either side, or, where either gives no day, a weekday both give; a
    toll counts only from ``killed_at_least`` dead or ``injured_at_least``
    hurt (one dead is every shooting's count)."""
    rules = detail_rules()
    found: list[tuple[str, str]] = []
    gap = _gap(told.days, other.days)
    if gap is not None:
        if gap <= DAY_TOLERANCE:
            found.append(("day", _day_text(told.days[0][0])))
    elif weekdays := sorted(set(told.weekdays) & set(other.weekdays)):
        found.append(("day", weekdays[0].title()))
    if street := sorted(set(told.streets) & set(other.streets)):
        found.append(("street", _street_text(street[0])))
    elif venue := sorted(set(told.venues) & set(other.venues)):
        found.append(("venue", venue[0]))
    if killed := [n for n in set(told.killed) & set(other.killed) if n >= rules.killed_at_least]:
        found.append(("toll", f"{max(killed)} killed"))
    elif injured := [n for n in set(told.injured) & set(other.injured) if n >= rules.injured_at_least]:
        found.append(("toll", f"{max(injured)} injured"))
    if ages := sorted(set(told.ages) & set(other.ages)):
        found.append(("age", f"age {ages[0]}"))
    if people := [x for x in told.people if any(names_match(x, y) for y in other.people)]:
        found.append(("person", people[0]))
    return found


def _told_apart(own: Told, other: Told, event: Told) -> str | None:
    """How a report tells its own incident on another day or at another place
    than the other report's incident (and than the other event it tells),
    or None when it does not say so."""
    gap = _gap(own.days, other.days)
    to_event = _gap(own.days, event.days)
    if gap is not None and gap > DAY_TOLERANCE and (to_event is None or to_event > DAY_TOLERANCE):
        return _day_text(own.days[0][0])
    weekdays = set(own.weekdays)
    if gap is None and weekdays and other.weekdays and not weekdays & {*other.weekdays, *event.weekdays}:
        return ", ".join(w.title() for w in own.weekdays)
    places = set(own.streets) | set(own.venues)
    if places and not places & (set(other.streets) | set(other.venues)):
        return ", ".join(sorted(places)[:2])
    return None


def _weigh_earlier(a: IncidentProfile, b: IncidentProfile, weighing: _Weighing) -> bool:
    """Strong evidence against one incident when one report tells, as another
    event beside its own (an earlier shooting it recalls, a background
    incident), what the other report tells as its incident: that event gives
    the other's day and at least ``min_details`` of its details alike, one of
    them its street, toll or ages (``telling``), more than the report's own
    incident does, and
    the report tells its own incident on another day or at another place.
    "The killing follows Saturday's shooting outside a Main Street bar that
    left three wounded" in a report of Monday's killing at a gas station
    recalls the other report's Saturday shooting.  A report of the same
    incident that recalls an earlier one shares its own incident's day and
    details, not the earlier one's."""
    rules = detail_rules().earlier_events
    for x, y in ((a, b), (b, a)):
        if not x.earlier:
            continue
        own, other = _own_told(x), _own_told(y)
        own_alike = _told_alike(own, other)
        if any(kind == "person" for kind, _ in own_alike):
            continue  # one person's story told on two days: a follow-up (a capture after an escape)
        scene = {*own.streets, *own.venues}
        if not scene or scene & {*other.streets, *other.venues}:
            continue  # a follow-up (a hearing, an arrest) tells no scene of its own: no second incident
        for event in x.earlier:
            alike = _told_alike(event, other)
            kinds = {kind for kind, _ in alike}
            if (
                "person" in kinds  # the other's person: one person's case told again (a trial, a death)
                or len(alike) < rules.min_details
                or not set(rules.needs) <= kinds
                or not kinds & set(rules.telling)
                or len(alike) <= len(own_alike)
            ):
                continue
            apart = _told_apart(own, other, event)
            if apart is None:
                continue
            one, two = ("report 1", "report 2") if x is a else ("report 2", "report 1")
            weighing.add(
                "event",
                CONTRADICTING,
                STRONG,
                f"{one} tells as another event beside its own what {two} tells as its incident "
                f"({'; '.join(text for _, text in alike[:4])}), and its own on {apart}",
            )
            return True
    return False


def _leads_apart(a: Lead, b: Lead) -> bool:
    """Two leads' days lie far enough apart to tell two incidents.  Where
    each resolves to one day, at least ``leads.min_days_apart`` and at most
    ``leads.max_days_apart`` apart (a listicle's retold case of 1947 is no
    lead of this week's incident); else the one weekday each gives, at
    least ``min_days_apart`` the shorter way round the week (Monday and
    Thursday).  Days or weekdays ``leads.parts_days_apart`` apart (Friday
    and Saturday) count only where their day parts rule one night out
    (:func:`_two_nights`: "early Saturday" against "Sunday evening"), as a
    late night and the small hours after it are one night told from either
    side.  Never a lead of two days or two weekdays ("charged Thursday in
    Monday's shooting")."""
    rules = detail_rules().leads
    apart = rules.min_days_apart
    if len(a.days) == 1 and len(b.days) == 1:
        gap = _gap(a.days, b.days)
        if gap == rules.parts_days_apart:
            return _two_nights(a, b) if a.days[0][0] < b.days[0][0] else _two_nights(b, a)
        return gap is not None and apart <= gap <= rules.max_days_apart
    if len(a.weekdays) != 1 or len(b.weekdays) != 1 or len(a.days) > 1 or len(b.days) > 1:
        return False  # a lead of one day against one told by its weekday alone: their weekdays
    first, second = a.weekdays[0], b.weekdays[0]
    if weekday_before(first, second, rules.parts_days_apart):
        return _two_nights(a, b)
    if weekday_before(second, first, rules.parts_days_apart):
        return _two_nights(b, a)
    gap = weekdays_apart(first, second)
    return gap is not None and gap >= apart


def _two_nights(earlier: Lead, later: Lead) -> bool:
    """Two leads a day apart tell two days, not one night, when the earlier's
    day part rules the late evening out ("early Saturday", "Saturday
    afternoon") and the later's the small hours ("Sunday evening"), as the
    day judge reads them (``not_late`` and ``not_early`` of
    ``rules/night_sides.yaml``); bare weekdays a day apart ("Friday",
    "Saturday") may be one night told from either side of midnight."""
    sides = night_sides()
    told = set(earlier.parts) & set(sides.not_late) and set(later.parts) & set(sides.not_early)
    return bool(told) and not one_night(earlier.side, later.side)


def _tells_day(profile: IncidentProfile, lead: Lead, tolerance: int = DAY_TOLERANCE) -> bool:
    """The report gives its own incident (outside the other events it tells)
    the day another report's lead gives: a follow-up days later ("mourners
    gathered Thursday ... after Saturday's shooting") tells both days.  Of
    leads a day apart (:func:`_two_nights`) the day itself (``tolerance``
    0): the other lead's day is a day from each own day."""
    own = _own_told(profile)
    if lead.days and own.days:
        gap = _gap(lead.days, own.days)
        return gap is not None and gap <= tolerance
    return bool(set(lead.weekdays) & set(own.weekdays))


def _scenes_apart(a: Lead, b: Lead) -> tuple[list[str], list[str]]:
    """The scenes of one rank (towns and villages, or streets and venues: a
    county may hold any street, a street lie in any town) each lead gives
    that the other report gives its own incident nowhere, no word of them
    (but ``leads.generic_words``) in a name the other gives ("Bloomington"
    and "the Bloomington store" are one scene); none unless both leads give
    one of that rank."""
    generic = set(detail_rules().leads.generic_words)

    def words(name: str) -> set[str]:
        return {w for w in re.findall(r"[\w'-]+", name.split(":", 1)[1]) if w not in generic}

    for rank in (TOWN, SPOT):
        first = [p for p in a.places if p.startswith(rank + ":")]
        second = [p for p in b.places if p.startswith(rank + ":")]
        # a name of generic words only ("Market Street") says what a scene is, not which
        own_a = [told for p in a.own_places if (told := words(p))]
        own_b = [told for p in b.own_places if (told := words(p))]
        first = [p for p in first if words(p) and not any(_same_scene(words(p), other) for other in own_b)]
        second = [p for p in second if words(p) and not any(_same_scene(words(p), other) for other in own_a)]
        if first and second:
            return [p.split(":", 1)[1] for p in first], [p.split(":", 1)[1] for p in second]
    return [], []


def _same_scene(first: set[str], second: set[str]) -> bool:
    """Two scenes' names are one scene's when the words of one are all in
    the other ("Bloomington", "the Bloomington store"); two villages sharing
    a word of their names ("Tell Azrun", "Tell Mazra"; "Kafr Tamsa", "Kafr
    Nabl") are two."""
    return first <= second or second <= first


def _same_person(a: IncidentProfile, b: IncidentProfile) -> bool:
    """Both reports' own incidents name one person who is none of their
    officials: a victim or a suspect tells one case, the district
    commissioner quoted on two landslides of her district does not."""
    officials = _officials(a) | _officials(b)

    def telling(names: Iterable[str]) -> list[str]:
        return [x for x in names if not any(names_match(x, o) for o in officials)]

    first, second = telling(_own_told(a).people), telling(_own_told(b).people)
    return any(names_match(x, y) for x in first for y in second)


def _lead_text(lead: Lead, scene: Sequence[str]) -> str:
    day = _day_text(lead.days[0][0]) if lead.days else lead.weekdays[0].title()
    return f"{day} in {', '.join(_street_text(w) for w in scene[:2])}"


def _weigh_leads(a: IncidentProfile, b: IncidentProfile, weighing: _Weighing) -> bool:
    """Strong evidence against one incident when each report's lead tells its
    own incident on another day (``leads.min_days_apart``) and at a scene of
    its own: a town, village, street or venue the other report gives its
    own incident nowhere ("killed on Monday in Karsu" against "killed on
    Thursday in Tepeli, three days after ... in neighbouring Karsu").  A
    follow-up of one incident days later (a funeral, an arrest, a toll's
    rise) tells its scene or its day as the incident's, or no harm and day
    in one sentence; a report whose own incident names a person the other
    names (a victim, a suspect; not an official quoted in both,
    :func:`_same_person`) is never set apart so."""
    if a.lead is None or b.lead is None or not _leads_apart(a.lead, b.lead):
        return False
    gap = _gap(a.lead.days, b.lead.days)
    tolerance = 0 if gap is not None and gap < detail_rules().leads.min_days_apart else DAY_TOLERANCE
    if _tells_day(a, b.lead, tolerance) or _tells_day(b, a.lead, tolerance):
        return False  # a follow-up tells the incident's day too ("after Saturday's shooting")
    first, second = _scenes_apart(a.lead, b.lead)
    if not first or not second:
        return False
    if _same_person(a, b):
        return False  # one person's story told on two days
    weighing.add(
        "date",
        CONTRADICTING,
        STRONG,
        f"report 1 tells its incident on {_lead_text(a.lead, first)}, "
        f"report 2 its own on {_lead_text(b.lead, second)}",
    )
    return True


def match_profiles(
    a: IncidentProfile, b: IncidentProfile, rare: Container[str] | None = None
) -> IncidentMatch:
    """Whether two reports' main incidents are one (see the module docstring for the rule)."""
    decision, weighing = _weigh(a, b, rare)
    evidence = [IncidentEvidence(**vars(item)) for item in weighing.evidence]
    return IncidentMatch(decision=decision, evidence=evidence)


def decide(a: IncidentProfile, b: IncidentProfile, rare: Container[str] | None = None) -> str:
    """:func:`match_profiles`' decision alone (what batch needs, without building the records)."""
    return _weigh(a, b, rare)[0]


def _weigh(
    a: IncidentProfile, b: IncidentProfile, rare: Container[str] | None = None
) -> tuple[str, _Weighing]:
    weighing = _Weighing()
    shared_place = _weigh_places(a, b, weighing)
    shared_day = _weigh_days(a, b, weighing)
    if shared_place and shared_day:
        weighing.add("place", SHARED, STRONG, "a city and a day in common")
    person = _weigh_people(a, b, weighing)
    _weigh_victims(a, b, weighing)
    if person == STRONG and shared_day:
        weighing.add("person", SHARED, STRONG, "a person and a day in common")
    _weigh_kinds(a, b, weighing)
    _weigh_details(a, b, weighing)
    _weigh_spots(a, b, weighing, weighing.has(SHARED, kinds=("place",)))
    _weigh_words(a, b, weighing, rare, shared_place or shared_day)
    _weigh_alike(a, b, weighing, shared_place or weighing.day_shared, weighing.weekday_read)
    if _weigh_recall(a, b, weighing):  # what both give alike is the recalled incident's
        return DIFFERENT, weighing
    if _weigh_earlier(a, b, weighing):  # ... or the other event's one report tells beside its own
        return DIFFERENT, weighing
    if _weigh_leads(a, b, weighing):  # two days, two scenes of their own
        return DIFFERENT, weighing
    together = shared_place or bool(person) or _day_places_together(a, b, weighing, shared_day)
    return _decide(weighing, together), weighing


def _day_places_together(
    a: IncidentProfile, b: IncidentProfile, weighing: _Weighing, shared_day: bool
) -> bool:
    """A day in common places two reports' incidents together, unless both
    date their incident to one day (not a date of publication, no span:
    :func:`_one_day`), their places are set strongly apart in two countries
    (:func:`_countries_apart`) and they name no person alike (not
    even an official both quote: one force's voice tells one district,
    whatever the gazetteer read): two fishing boats lost a day apart off
    Sweden and off Denmark, two quakes of one weekend in two countries, are
    the day's news twice, not one incident; so are two reports in two
    regions of one country that share nothing but a day near their own
    first days (:func:`_only_a_day_shared`)."""
    if not shared_day:
        return False
    if _only_a_day_shared(a, b, weighing):
        return False
    stated = weighing.day_shared and _one_day(a) and _one_day(b)
    apart = weighing.has(CONTRADICTING, STRONG, kinds=("place",)) and _countries_apart(a, b)
    return not (stated and apart and not weighing.has(SHARED, kinds=("person",)))


def _only_a_day_shared(a: IncidentProfile, b: IncidentProfile, weighing: _Weighing) -> bool:
    """The reports' places have no region in common (strong place evidence
    against one, which a wire bureau's dateline or a quake reaching over
    several regions never gives: :func:`_soft_regions`), they share nothing
    but a day (no town, person, street, detail or kind), and the first day
    each gives its incident is another: two capsizes a day apart in two
    states of one country, two bus crashes in two parishes, are the week's
    news twice.  Two reports giving one first day stay compared, whatever
    places were read (a ship's owner's port and the coastguard's, read as
    the scene, must not drop one incident's findings)."""
    if not weighing.has(CONTRADICTING, STRONG, kinds=("place",)) or not a.days or not b.days:
        return False
    if min(low for low, _ in a.days) == min(low for low, _ in b.days):
        return False
    return all(e.kind == "date" for e in weighing.evidence if e.relation == SHARED)


def _countries_apart(a: IncidentProfile, b: IncidentProfile) -> bool:
    """The reports place their incidents in two countries, none in common.
    Two regions of one country are not enough: a quake's report filed from
    the capital and one from the district it struck, or a report placed by
    a county its background sentence names ("the last fatal hunting
    accident happened in 2021 in Valga County"), tell one incident.  Nor
    is a dateline's country alone the incident's (``dateline_only``): a
    wire files a neighbour's quake from its bureau, "NEW DELHI -- A
    magnitude 6.1 earthquake struck western Nepal" (``filed_abroad``)."""
    if a.filed_abroad or b.filed_abroad:
        return False
    first = {country for country, _ in a.regions}
    second = {country for country, _ in b.regions}
    return bool(first) and bool(second) and not first & second


def _one_day(profile: IncidentProfile) -> bool:
    """The report dates its incident to one day: the days it gives it lie
    within a day (a span, "last week", or a second date, an earlier case's,
    is no one day)."""
    if not profile.days:
        return False
    return max(high for _, high in profile.days) - min(low for low, _ in profile.days) <= 1


def _decide(weighing: _Weighing, placed_together: bool) -> str:
    strong_for = weighing.count(SHARED, STRONG)
    strong_against = weighing.has(CONTRADICTING, STRONG)
    weak_against = weighing.count(CONTRADICTING, WEAK)
    anchored = placed_together or weighing.has(SHARED, STRONG)
    if not anchored and (strong_against or weak_against >= 2):
        return DIFFERENT
    if not weighing.has(SHARED, STRONG) and any(
        e.detail.startswith(MONTH_DAY_DETAIL) for e in weighing.evidence
    ):  # one city's two incidents months apart: the city places them together, not in one
        return DIFFERENT
    strong_against_count = weighing.count(CONTRADICTING, STRONG)
    if strong_for and weak_against < strong_for and (not strong_against or strong_for > strong_against_count):
        return SAME
    return UNSURE


def with_roundup(match: IncidentMatch, kind: str, detail: str) -> IncidentMatch:
    """Two reports' decision once a paragraph of one's roundup was found to
    tell the other's incident (:mod:`reportcheck.roundups`): that is strong
    shared evidence, weighed with the rest by the same rule.  A roundup's
    profile is its whole city's night (its lead shooting's borough, every
    victim named), so the profiles alone say ``different`` or ``unsure`` of
    a story of its fifth shooting; with this item the decision is never
    ``different``, and ``same`` only when it outweighs what still contradicts."""
    weighing = _Weighing([_Item(e.kind, e.relation, e.strength, e.detail) for e in match.evidence])
    weighing.add(kind, SHARED, STRONG, detail)
    evidence = [IncidentEvidence(**vars(item)) for item in weighing.evidence]
    return match.model_copy(update={"decision": _decide(weighing, True), "evidence": evidence})


def match_reports(profiles: Sequence[IncidentProfile]) -> IncidentMatch:
    """The decision for a set of reports: ``different`` when some two of them
    are, ``same`` when every two are, else ``unsure``; the evidence of each pair
    (prefixed "reports 1 and 2" when there are more than two)."""
    if len(profiles) < 2:
        return IncidentMatch(decision=SAME, evidence=[])
    decisions, evidence = [], []
    for i in range(len(profiles)):
        for j in range(i + 1, len(profiles)):
            match = match_profiles(profiles[i], profiles[j])
            decisions.append(match.decision)
            prefix = "" if len(profiles) == 2 else f"reports {i + 1} and {j + 1}: "
            evidence += [e.model_copy(update={"detail": prefix + e.detail}) for e in match.evidence]
    decision = DIFFERENT if DIFFERENT in decisions else SAME if all(d == SAME for d in decisions) else UNSURE
    return IncidentMatch(decision=decision, evidence=evidence)
