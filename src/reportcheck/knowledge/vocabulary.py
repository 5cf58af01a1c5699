"""Words and orders every stage shares, written once.

A constant that two stages both need (the order of place kinds, the names of
the months, the prefixes that make a claim's subject) lives here, below
extract and compare, so neither reaches into the other for it and the two
copies can never drift apart.  Each section says who reads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from reportcheck.details import DateForm
from reportcheck.models import Claim, ClaimKind

# ---------------------------------------------------------------- word lists as regexes


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so a prefix never wins
    ("sept" before "sep", "shot dead" before "shot"). Every stage builds its word
    lists into patterns with it."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def tells(text: str, phrases: Iterable[str]) -> bool:
    """Whether ``text`` holds one of ``phrases`` as whole words, in any case
    ("died at the scene" holds "at the scene"; "sceneries" holds no "scene").
    The extractors and the comparer test a sentence for a rule file's
    phrases with it."""
    return _whole_words(tuple(phrases)).search(text) is not None


@lru_cache(maxsize=1024)
def _whole_words(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a list of phrases, built once per list: any of them
    between word boundaries (the regex backtracks through the alternatives,
    so it matches wherever one phrase alone would).  ``(?!)`` for none."""
    if not phrases:
        return re.compile(r"(?!)")
    return re.compile(rf"\b(?:{alternation(phrases)})\b", re.IGNORECASE)


def phrase_alternatives(phrases: Iterable[str]) -> str:
    """Phrases as regex alternatives in the order given, a phrase's words
    parted by any run of spaces ("in  his" over a line break); the rule
    readers that order their own lists (longest first, or as written) build
    their patterns with it."""
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases)


def spaced_alternation(words: Iterable[str]) -> str:
    """:func:`alternation` with any run of spaces where a phrase has one
    ("life  in prison", a label "Death toll" over a tab)."""
    return alternation(words).replace(r"\ ", r"\s+")


# ---------------------------------------------------------------- places

#: the kinds of gazetteer place, most specific first: a town is more specific
#: than its district, its region and its country
PLACE_KINDS = ("city", "district", "region", "country")
#: place kind -> how broad it is (0: a town); the gazetteer scores by it, the
#: digest prefers the most specific place, time zones and incident labels the same
PLACE_KIND_RANK = {kind: rank for rank, kind in enumerate(PLACE_KINDS)}
#: the kinds of a town: precise enough to place one case, to tell incidents
#: apart, to hold a street or a building or a crowd ("20,000 marched in
#: Thessaloniki"); a region or a country is not
TOWN_KINDS = frozenset(PLACE_KINDS[:2])
#: the kinds of an area wider than any town, a state or a country: it holds
#: towns ("Harris County" in "Texas"), is named for itself ("a Texas man")
#: and cannot be a dateline's town
AREA_KINDS = frozenset(PLACE_KINDS[2:])
#: the kinds of place a dateline may name: a town, a county or a state, not
#: a country ("JACKSON, Tenn.", "KENT COUNTY, Del.", "TEXAS --")
DATELINE_KINDS = frozenset(PLACE_KINDS[:3])

# ---------------------------------------------------------------- incidents

#: the event of the day an age is told by ("would have turned 2 later this month"):
#: no day of the incident nor of another (rules/events.yaml ``birthday``)
BIRTHDAY = "birthday"


#: the id of a report's main incident (background incidents are numbered); the
#: incident splitter sets it, align, digest, time zones, batch and export read it
MAIN = "main"

# ---------------------------------------------------------------- counts and people

#: the group (``CountDetails.group``) and the frame scope of a count of one
#: singled-out person ("Rowland Barnes was killed", "the officer was
#: wounded"): one of the people counted, never the total.  extract/counts
#: writes it; align pairs such counts by person; the comparer, the fates
#: and the digest never set it against a toll
INDIVIDUAL = "individual"
#: the frame scope of the injured of one condition, "condition:serious" for
#: "ten seriously injured" (extract/counts/scope.py writes it; a share of
#: the injured for the comparer)
CONDITION_SCOPE = "condition"
#: the subject of a count of the people a vehicle carried (extract/counts/aboard.py),
#: and the scope of its passengers alone ("carrying 278 passengers"), which the
#: comparer sets beside the other report's everyone on board (compare/kindred.py)
ON_BOARD = "people on board"
ON_BOARD_PASSENGERS = "subgroup:passenger"


def looks_like_year(number: int) -> bool:
    """Whether a four-digit number may be a year a report names ("the 2005
    rampage", "at 2013 Toyota"): 1801 to 2099."""
    return 1800 < number < 2100


#: the entity labels of a named place (spaCy's): a country or city, an
#: area, a building or road
NAMED_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: the frame scope of a figure that counts some of a toll, never all of it
#: ("three of them"), and the prefix of a part told by its words
#: ("part:at the scene", extract/counts/parts.py)
PART_SCOPE = "part"
#: the frame scope of a figure told on top of one before ("another woman",
#: "four more officers"): extract/counts/scope.py writes it
INCREMENT_SCOPE = "increment"
#: the frame scope of bodies found since an earlier count ("two more bodies
#: were recovered"): an increment, never set as a part against another
#: report's toll, which may be of the time before them
FOUND_MORE_SCOPE = "increment:found"
#: the frame scope of the missing not yet found ("23 people were still
#: missing"): a part of all who were ever missing
STILL_MISSING_SCOPE = "part:still missing"
#: the frame scope of a tally told as what stays behind ("two fire tenders
#: would remain at the scene"): a part of all that came
REMAINING_SCOPE = "part:remaining"


def besides_another(scope: str | None) -> bool:
    """Whether a count's scope tells it beside people counted before it:
    more of them ("another woman") or a part of the toll ("part", "part:on
    the ground")."""
    return scope in (INCREMENT_SCOPE, PART_SCOPE, FOUND_MORE_SCOPE) or (scope or "").startswith(
        f"{PART_SCOPE}:"
    )


#: the frame scope of an arrest on other charges (extract/counts/scope.py):
#: no part of any total
UNRELATED_SCOPE = "unrelated"
#: the frame scope of a figure the report keeps out of its toll ("Five
#: people killed in a landslide are counted separately"): no part of any
#: total, weighed only against a figure of the same scope
APART_SCOPE = "apart"
#: the frame scope of a toll spread over several cases the report ties
#: together ("the murders of two girls are connected"): no part of the
#: main incident's toll, weighed only against a toll of the same scope
CASES_SCOPE = "cases"
#: the frame scope of a toll summed over places wider than the report's
#: incident ("Storms across the South killed six people in all"): no part of
#: the incident's toll but more than it, weighed only against a toll of the
#: same scope
WIDER_SCOPE = "wider"
#: the scope of a toll over a number of places, "places:2" ("killed 14
#: civilians in two towns"): a part of a toll over more places
PLACES_SCOPE = "places"
#: the subject (and count group) of a count of shots, and its two measures:
#: the shots fired and the shots that hit (extract/counts/shots.py writes
#: them; align pairs counts of hits by the person hit, the comparer sets hits
#: against the shots fired: more hits than shots is a conflict)
SHOTS = "shots"
SHOTS_FIRED = "shots fired"
SHOTS_HIT = "shots that hit"
#: the subject and frame measure of how far someone or something fell
#: (extract/quantities/falls.py); align pairs falls by who fell
FALL = "fall"
#: the subject of a distance told from no place (extract/quantities), and of
#: a radius around the scene ("within a 2 km radius"), which has its own,
#: and of a police cordon's size ("a 200-metre cordon"), another zone than
#: the one cleared ("evacuated homes within 100 metres and set up a 500-metre
#: cordon" tells two), so never set against a radius
UNANCHORED = "unanchored"
RADIUS = "radius"
CORDON = "cordon"
#: a river's level at its gauge, how much it rose, its level over a mark, and
#: a record it is set against (extract/quantities: rules/units.yaml,
#: ``water_bodies``); a level's bearer is the river it is told of, and
#: align pairs levels by river
WATER_LEVEL = "water level"
WATER_RISE = "water level:rise"
WATER_OVER_MARK = "water level:over a mark"
RECORD = "record"
#: a level the river is told as still to reach ("expected to peak at 7.6
#: metres") and the level of a flood mark ("flood stage of 6.5 metres"):
#: each a measure of its own, never the level the gauge read
WATER_FORECAST = "water level:forecast"
FLOOD_MARK = "water level:flood mark"
WATER_MEASURES = frozenset({WATER_LEVEL, WATER_RISE, WATER_OVER_MARK, RECORD, WATER_FORECAST, FLOOD_MARK})
#: the bearer of a count of years of service and its frame measure
#: (extract/counts/generic.py: "a 15-year employee", "had been on the force
#: for 11 years"); align pairs such figures by whose service they count
TENURE = "years employed"
#: the subject of the size of a crowd that marched or protested
#: (extract/counts/crowd.py); the comparer grades a conflict of two crowds low
CROWD = "crowd that marched"
#: the subject of a count of people rescued alive ("177 people had been rescued")
RESCUED = "people rescued"
#: the subject of a count of the people charged (extract/counts: "Two people
#: have been charged"), a figure apart from the people arrested; the
#: comparer grades a difference of two such figures a possible conflict
CHARGED = "people charged"
#: the scope prefix of a count of people named one by one ("named:barnes+
#: brandau", extract/counts): some of a toll, or the people charged themselves
NAMED_SCOPE = "named"
#: subject prefix of a group's ages ("group:victims"): extract/people writes
#: it, the comparer grades and judges such ages as a group's
GROUP_PREFIX = "group:"
#: the key of an unnamed person two reports describe by other words but of one
#: age (align pairs them; the comparer sets their nouns' sexes against each other)
ONE_AGE = "unnamed:of age"
#: the key of the one unnamed child (or grown-up) of a sex and a role each
#: report tells of ("his 3-year-old son", "a boy, about 4"): align pairs them
#: as one person, whose ages the comparer sets against each other
ONE_OF_SEX = "unnamed:one of sex"
#: the age from which an unnamed person is a grown-up: "a boy, about 4" is
#: not "the 36-year-old man", though both are male
ADULT_AGE = 18
#: the role of the one who attacked (rules/people.yaml ``roles``), by which
#: align keys an unnamed suspect however the report words it
SUSPECT = "suspect"
#: the role of a person harmed (extract/people), and the count role of the
#: people harmed ("victims", extract/counts) beside the suspects'
VICTIM = "victim"
VICTIMS_ROLE = "victims"
#: subject prefix of a person told without a name ("unnamed:woman"): an age
#: or a fate keyed by the noun the report tells the person by
UNNAMED_PREFIX = "unnamed:"


def several_arrested(claim: Claim) -> bool:
    """Whether a claim counts more than one person arrested (a story of
    several suspects, whose one suspect no report names alone)."""
    return claim.kind is ClaimKind.arrested and max(claim.value.low or 0, claim.value.high or 0) > 1


#: id prefix of a village the gazetteer lacks (extract/places/villages.py):
#: the comparer agrees it only with the same spelling
UNRESOLVED_PREFIX = "unresolved:"

# ---------------------------------------------------------------- subjects and place kinds

#: subject prefix of a person a report names ("person:doe"): extract/people
#: and the fact sheet write it, align pairs such people across reports.  A
#: caller's or finder's claim is of kind person too, but its subject is
#: "caller:called" (knowledge/callers.py): it tells what someone did.
PERSON_PREFIX = "person:"


def person_subject(key: str) -> str:
    """The subject of a claim about the person of alignment key ``key``
    ("doe" -> "person:doe"): every writer of a person's claim builds it
    here, so the prefix is spelled once."""
    return f"{PERSON_PREFIX}{key}"


def person_of_subject(subject: str) -> str | None:
    """The person key a subject names ("person:doe" -> "doe"), or None for
    a subject of no named person ("victims", "caller:called"); the reader's
    side of :func:`person_subject`."""
    return subject[len(PERSON_PREFIX) :] if subject.startswith(PERSON_PREFIX) else None


def is_person_subject(subject: str) -> bool:
    """Whether a subject is a named person's ("person:doe")."""
    return person_of_subject(subject) is not None


def is_named_person(kind: str, subject: str) -> bool:
    """Whether a claim or a group (its kind and subject) is of a person the
    report names.  One test for every reader that wants the people of a
    report (a victim, a suspect, the bearer of a count): asking for the
    ``person:`` prefix leaves out a caller's or finder's claim without each
    reader having to know that one exists."""
    return kind == ClaimKind.person and is_person_subject(subject)


#: subject prefix of a count of a thing the tool knows no role of ("count:ship",
#: "count:times:dial"); extract/counts/generic.py writes it, the comparer grades
#: a conflict of two such counts low (rules/confidence.yaml unknown_role)
GENERIC_COUNT_PREFIX = "count:"
#: the subject and frame measure of the floor a fire broke out on ("on the
#: seventh floor": extract/counts/floors.py writes it), never a count of storeys
ORIGIN_FLOOR = "floor:origin"
#: the frame measure (or its suffix) of a figure its own report says was
#: replaced: "initially reported as a magnitude 6.6", "up from 12 reported
#: earlier" (extract/core/revisions.py writes it).  Such a figure is compared
#: only with another report's earlier figure, never with a current one nor
#: with its own report's revised one
EARLIER_FIGURE = "earlier figure"


def earlier_measure(measure: str | None) -> str:
    """The frame measure of an earlier figure of ``measure``."""
    return f"{measure}, {EARLIER_FIGURE}" if measure else EARLIER_FIGURE


def current_measure(measure: str) -> str | None:
    """The measure of the current figures an earlier figure's measure was
    made from (:func:`earlier_measure`), or None for any other measure."""
    if measure == EARLIER_FIGURE:
        return ""
    suffix = f", {EARLIER_FIGURE}"
    return measure.removesuffix(suffix) if measure.endswith(suffix) else None


def is_earlier_measure(measure: str | None) -> bool:
    """Whether a frame measure is an earlier figure's (:func:`earlier_measure`):
    the comparer, the digest and the age lists set such figures aside."""
    return (measure or "").endswith(EARLIER_FIGURE)


#: Scale words after a figure -> factor, one table for the number reader
#: (``extract/core/numbers.py``: "2.1 lakh people", "1.5 crore people
#: affected") and the money reader ("Rs 10 lakh", "$3 million"), so a figure
#: of people and a sum are scaled alike.  Lakh and crore are South Asia's
#: hundred thousand and ten million; text2num reads neither, nor "trillion"
#: (``EXTRA_SCALES``).
EXTRA_SCALES = {"trillion": 10**12, "crore": 10**7, "lakh": 10**5}
SCALE_WORDS = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, **EXTRA_SCALES}
#: Abbreviated scales glued to (or one space after) a numeral: "10k", "1.2bn",
#: "10M", "Rs 5 mn"; a lone lowercase "m" is million only after a currency
#: sign ("£10m"; "10m" alone is metres), which each reader checks itself.
SCALE_ABBREVIATIONS = {
    "k": 10**3, "K": 10**3, "M": 10**6, "MM": 10**6, "mn": 10**6, "mln": 10**6, "mil": 10**6,
    "b": 10**9, "bn": 10**9, "bln": 10**9, "tn": 10**12, "tln": 10**12, "trn": 10**12,
}  # fmt: skip

#: the subject prefix of a sum of money, before its role ("money:damages sought")
MONEY_PREFIX = "money:"
#: the subject prefix of a prison term, before its role ("term:maximum term faced")
TERM_PREFIX = "term:"
#: subject prefix of place-of-death claims ("death-place:duran"); the
#: extractor writes it, align regroups such claims by victim
DEATH_PLACE_PREFIX = "death-place:"
#: subject prefix of weapon-place claims ("weapon-place:found")
WEAPON_PLACE_PREFIX = "weapon-place:"
#: ``PlaceDetails.kind`` of a place-of-death claim: a stage, not a gazetteer
#: place; the comparer judges such claims by their stages
DEATH_STAGE = "death_stage"
#: ``PlaceDetails.kind`` of a weapon-place claim: an object or spot, not a
#: gazetteer place; the comparer judges such claims by their head nouns
WEAPON_PLACE = "weapon_place"
#: subject prefix of a spot placed against another ("relative-place:gas station")
RELATIVE_PLACE_PREFIX = "relative-place:"
#: ``PlaceDetails.kind`` of such a claim: its value names the relation ("beside",
#: "across"); the comparer sets two relations of one spot against each other
RELATIVE_PLACE = "relative_place"
#: ``PlaceDetails.kind`` of a named venue ("Cameo Nightclub") and of a street
#: ("Memorial Drive"): names below the gazetteer, judged by their words
VENUE = "venue"
STREET = "street"
#: the subject of the hospital a casualty was taken to ("was rushed to Kings
#: County Hospital"): a venue's claim whose bearer is the one taken
#: (extract/places/care.py); align pairs it person by person
HOSPITAL = "hospital"
#: ``PlaceDetails.kind`` of a named quarter of a town the gazetteer lacks
#: ("the San Juanico neighbourhood of Celaya"): its town's name, where
#: written, in ``place_words``; the comparer sets two quarters told as the
#: scene against each other
QUARTER = "quarter"
#: ``PlaceDetails.kind`` of a town's named industrial quarter ("the Sidi Salem
#: industrial zone of Sfax") and of a numbered one ("Sector 5 of the Bawana
#: industrial area"): quarters set only against another of their own kind,
#: since a works zone or a sector lies in some neighbourhood of another name
INDUSTRIAL_ZONE = "industrial_zone"
SECTOR = "sector"
#: every kind of a named quarter below a town, which the comparer judges as quarters
QUARTER_KINDS = frozenset({QUARTER, INDUSTRIAL_ZONE, SECTOR})

# ---------------------------------------------------------------- place roles
# What a place is to the story, by the words around it
# (``PlaceDetails.stated_as``): extract/places/roles.py reads it once, the
# digest's city and the incident matcher weigh a place by it.

#: the place a report's dateline names ("INDIANAPOLIS (December 3, 2015) -")
DATELINE_ROLE = "dateline"
#: the place the incident is put in ("shot in Dolton")
SCENE = "scene"
#: a person's home town ("Pasceri, 55, of Millbury", "a man from Gary")
HOME = "home"
#: a town a street is named after ("at Concord and Market streets")
STREET_ROLE = "street"
#: a part of a city ("the Arlington neighborhood")
PART_OF_CITY = "part_of_city"
#: where someone was taken after it: a hospital's town, the morgue's
CARE = "care"
#: a town written as what a person is of: "a Mountville teen", "the Denmark man"
RESIDENT = "resident"
#: a county's or state's edge: "at the bridge on the Elbert County line"
BOUNDARY = "boundary"
#: a place a quake's shaking or a blast's sound reached: "felt as far away
#: as Los Angeles and Las Vegas", "felt in Dubai"
FELT = "felt"
#: a place a craft set out from or was bound for: "had left Tobruk in Libya"
ROUTE = "route"
#: a street told as the way round the scene: "use State Highway 2 as an alternative"
DETOUR = "detour"

# ---------------------------------------------------------------- compass points

#: the 16 compass points, clockwise from north; the distance extractor writes
#: a bearing as one of them, the comparer sets two bearings against each other
COMPASS_POINTS = [
    "N",
    "NNE",
    "NE",
    "ENE",
    "E",
    "ESE",
    "SE",
    "SSE",
    "S",
    "SSW",
    "SW",
    "WSW",
    "W",
    "WNW",
    "NW",
    "NNW",
]


def bearing_degrees(point: str) -> float | None:
    return COMPASS_POINTS.index(point) * 22.5 if point in COMPASS_POINTS else None


# ---------------------------------------------------------------- months
# Read by the date finders (extract/dates), the day-part cues of the time
# finders (extract/times), the dateline finder (load/dates), the gazetteer's
# common words (extract/places) and the month test of incident alignment
# (align).  Which month forms are also ordinary words ("may", "march") is a
# rule of reading dates, so it stays in rules/dates.yaml.

#: date forms counted from the report's own dateline ("yesterday", "two days
#: ago", "overnight"): they move with it; a weekday's name does not
DATELINE_FORMS = frozenset({DateForm.RELATIVE_DAY, DateForm.AGO})

#: the twelve English month names, January first (month number = index + 1)
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: the abbreviations news text writes (lower case) -> month number; May has
#: none, September two ("Sept.", "Sep")
MONTH_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sept": 9,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
#: the month abbreviations of Italian, Spanish, French and Portuguese wires
#: (lower case) -> month number, as their English services keep them in a
#: dateline ("LAMPEDUSA, 27 AGO", "PARIS, 3 MARS", "MADRID, 5 ENE"); read only
#: in a dated dateline's capitals (knowledge/datelines.py), where no English
#: word can stand
FOREIGN_MONTH_ABBREVIATIONS = {
    "gen": 1,
    "ene": 1,
    "janv": 1,
    "fev": 2,
    "févr": 2,
    "fevr": 2,
    "mars": 3,
    "abr": 4,
    "avr": 4,
    "mag": 5,
    "mai": 5,
    "giu": 6,
    "juin": 6,
    "lug": 7,
    "juil": 7,
    "ago": 8,
    "août": 8,
    "aout": 8,
    "set": 9,
    "ott": 10,
    "out": 10,
    "dic": 12,
    "dez": 12,
}
#: the seven weekday names, Monday first (index = ``date.weekday()``): the day
#: and time finders, the dateline finder, the fact sheet, the day-apart judge
#: and the same-event model read them here
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: the abbreviations news text writes (lower case) -> weekday number. They are
#: also words and a newspaper's name ("Sun"), so the day finder counts them only
#: right before a written date ("Sun, 15 Sep 2013") or an ordinal day ("Mon 13th")
WEEKDAY_ABBREVIATIONS = {
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
#: the weekday and month names in lower case ("monday", "june"): words of a day,
#: never a name's other word, and the days a stretch may run from ("since June")
DAY_NAME_WORDS = frozenset(name.lower() for name in (*WEEKDAY_NAMES, *MONTH_NAMES))
#: every written form of a month (lower case: full names and abbreviations) -> its number
MONTH_FORMS = {
    **{name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)},
    **MONTH_ABBREVIATIONS,
}
