"""What the words around a place say it is to the story: the scene, a home, a street.

Reporters put the incident in a place with a locative ("shot in Dolton",
"in far south suburban Sauk Village", "in the suburb of Holladay"), name
people's home towns ("Pasceri, 55, of Millbury", "a man from Gary", "a
resident of Kennewick"), streets named after towns ("at Concord and Market
streets", "near Beale and Fond du Lac") and parts of a city ("the
Arlington neighborhood", "Philadelphia's Kensington section").  They also
open the story with a dateline, which the wire pattern
(:data:`reportcheck.knowledge.datelines.DATELINE`) does not always take
("INDIANAPOLIS (December 3, 2015) –", "(CINCINNATI, OH)--A" after a glued
headline, "MASTIC BEACH, N.Y. (AP) ???" where a bad encoding ate the dash).

The place extractor reads these once and records them on the claim
(``stated_as``), so that every reader of places (the digest's city first)
stands on one reading, and a fix to it reaches them all.  The roles' names
live in :mod:`reportcheck.knowledge.vocabulary`, where those readers take
them from without reaching into the extractor.
"""

from __future__ import annotations

import re
from functools import cache

from reportcheck.knowledge.datelines import DATED_DATELINE_TAIL
from reportcheck.knowledge.gazetteer.names import (
    area_nouns,
    normalise,
    place_rules,
    settlement_nouns,
    word_set,
)
from reportcheck.knowledge.venues import venue_rules
from reportcheck.knowledge.vocabulary import (
    BOUNDARY,
    CARE,
    FELT,
    HOME,
    PART_OF_CITY,
    RESIDENT,
    ROUTE,
    SCENE,
    spaced_alternation,
)
from reportcheck.knowledge.vocabulary import DATELINE_ROLE as DATELINE
from reportcheck.knowledge.vocabulary import STREET_ROLE as STREET

#: the words before a place the event reached, not where it was; a list of
#: places before it ("as far away as Oman and the United Arab Emirates")
FELT_BEFORE = re.compile(
    r"(?:\bfelt\s+(?:strongly\s+|widely\s+|clearly\s+)?(?:in|across|throughout|as\s+far\s+(?:away\s+)?as)"
    r"|\bas\s+far\s+(?:away\s+)?as)\s+"
    r"(?:(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+))*"
    r"(?:the\s+)?$"
)


@cache
def _route_before() -> re.Pattern[str]:
    """The words before a place a craft set out from or was bound for
    (``route_words`` of rules/places.yaml: "had left Tobruk", "bound for
    Kunming"), and before the country or region written right after such a
    place ("left Tobruk in Libya", "left Tobruk, Libya")."""
    words = spaced_alternation(place_rules().route_words)
    return re.compile(
        rf"\b(?i:{words})\s+(?:the\s+(?:port\s+of\s+)?)?"
        r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s+in|\s*,)\s+(?:the\s+)?)?$"
    )


@cache
def _journey_before() -> re.Pattern[str]:
    """The words before either end of a road journey (``journey_words`` of
    rules/places.yaml): "a minibus travelling from Ocho Rios to Kingston"
    crashed between the two, at neither; "on its way to Kingston" names
    where it never got."""
    words = spaced_alternation(place_rules().journey_words)
    return re.compile(
        rf"\b(?i:{words})\s+(?:from|to)\s+(?:the\s+)?"
        r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+to\s+(?:the\s+)?)?$"
    )


#: the words after a place that make it an edge: "the Elbert County line", "the Ohio border"
BOUNDARY_AFTER = re.compile(r"^\s+(?:line|border|boundary)\b(?!\s+of\b)", re.IGNORECASE)


@cache
def _locative() -> re.Pattern[str]:
    """The words before a place that put the incident there: "shot in
    Dolton", "in far south suburban Sauk Village", "in the suburb of
    Holladay" (a village's or town's noun of ``settlement_nouns``, not an
    area's: "the county of" names no scene), "in a Tacoma parking lot", "at
    his Paterson home", "in northwestern Syria" (a part of the place told by
    one of ``direction_words``)."""
    nouns = "|".join(map(re.escape, settlement_nouns("villages", "towns", "cities")))
    words = "|".join(
        map(re.escape, sorted({*place_rules().direction_words, *LOCATIVE_WORDS}, key=len, reverse=True))
    )
    return re.compile(
        rf"\b(?:in|inside|at|near|outside|(?:{nouns})\s+of)\s+(?:(?:{words})\s+){{0,3}}$",
        re.IGNORECASE,
    )


#: the other words that may stand between a locative and its place ("in the
#: suburb", "at his Paterson home", "in far south suburban Sauk Village")
LOCATIVE_WORDS = (
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "far",
    "suburban",
    "nearby",
    "neighboring",
    "neighbouring",
)


#: a street and a comma before a town: an address's town, the scene
#: ("deputies responded to 6902 North Star Road, Anytown")
STREET_BEFORE = re.compile(
    r"\b[A-Z]\w*\s+(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|highway|hwy|court|ct)"
    r"\.?(?:\s+(?:\d{1,4}|[NSEW]|[NS][EW]))?\s*,\s*$",
    re.IGNORECASE,
)
#: ... that make it someone's home: "Pasceri, 55, of Millbury", "a man from
#: Gary", "Quentin Bunch of Fairfax", "a resident of Kennewick"
ORIGIN = re.compile(
    r"(?:,\s*(?:\d{1,3},\s*)?of|\b[A-Z][a-z]+\s+of|\b[Ff]rom|\b(?:resident|residents|native)\s+of)\s+$"
)
#: ... and "who lives in Dallas", "has been living in the Lynchburg area":
#: a home, though "in" stands before it
RESIDES_IN = re.compile(
    r"\b(?:live|lives|lived|living|reside|resides|resided|residing)\s+in\s+(?:the\s+)?$", re.IGNORECASE
)
#: the words after a name that make it a street: "at Concord and Market streets"
STREET_AFTER = re.compile(
    r"^\s+(?:and\s+[A-Z]\w*\s+)?(?:street|streets|st|avenue|ave|road|rd|boulevard|blvd|drive|lane|way)(?![\w-])",
    re.IGNORECASE,
)
#: a town written as the modifier of a street's common noun, where something
#: happened: "killed on an Albany street", "a boutique on a posh Paris
#: avenue" (the noun in lower case; "on Albany Street" names a street)
TOWN_STREET_BEFORE = re.compile(r"\b(?:on|in|at|along|near)\s+(?:a|an|his|her|their)\s+(?:[a-z]+\s+)?$")
TOWN_STREET_AFTER = re.compile(r"^\s+(?:street|avenue|road|boulevard)\b(?!\s+(?:and|&)\s)")
#: a place named as one side of an intersection: "near Beale and Fond du
#: Lac", "at Fond du Lac and Burleigh" (the street's name without "Avenue")
INTERSECTION_BEFORE = re.compile(
    r"\b(?:at|near)\s+(?:the\s+)?(?:corner|intersection)?(?:\s+of\s+)?[A-Z0-9][\w.]*\s+(?:and|&)\s+$"
)
INTERSECTION_AFTER = re.compile(r"^\s+(?:and|&)\s+[A-Z0-9]")
AT_OR_NEAR = re.compile(r"\b(?:at|near)\s+(?:the\s+)?(?:(?:corner|intersection)\s+of\s+)?$")
#: the words that take someone somewhere after a shooting: "airlifted to LSU in
#: Shreveport", "taken to a Madison hospital", "the body was sent to Dallas for
#: an autopsy", "flown by helicopter to Regional Medical Center in Anytown"
_CARRIED = (
    r"(?:taken|transported|transferred|air-lifted|flown|rushed|driven|sent|brought|"
    r"life-flighted|medflighted|airlift(?:ed)?)"
)
CARRIED_TO = re.compile(
    rf"\b{_CARRIED}\s+(?:(?:by|via|in)\s+(?:\w+\s+){{1,3}}?)?to\s+(?:(?:a|an|the)\s+)?"
    r"(?:[A-Z][\w.'’&-]*\s+){0,6}(?:in\s+)?$"
)
#: a care place's noun and "in" before a town, with what happens there
#: earlier in the sentence: "pronounced dead at LSU Medical Center in
#: Shreveport", "treated at Mercy Hospital in Anytown", "An autopsy is being
#: conducted in Beaumont" (a hospital in lockdown, or one a gunman walked
#: into, has no such word)
CARE_PLACE = re.compile(
    r"\b(?:hospital|medical cent(?:er|re)|trauma cent(?:er|re)|health cent(?:er|re)|infirmary|morgue|"
    r"medical examiner'?s?(?:\s+office)?|forensic (?:medical )?cent(?:er|re)|clinic)\s+(?:in|at)\s+$",
    re.IGNORECASE,
)
CARE_WORDS = re.compile(
    rf"\b(?:{_CARRIED}|pronounced|treated|admitted|died|dies|hospitali[sz]ed|"
    r"autopsy|autopsies|surgery|listed|remains?|recovering)\b",
    re.IGNORECASE,
)
AUTOPSY_IN = re.compile(
    r"\b(?:autopsy|autopsies|post-mortem)\b[^.;]{0,40}\b(?:conducted|performed|done|held|scheduled)\s+in\s+$",
    re.IGNORECASE,
)


def names_a_care_venue(after: str) -> bool:
    """Whether the two words after a town's mention hold a care word (a
    hospital's, a court's, a jail's): the town is part of that venue's name
    ("arraigned in New Bedford District Court", "died at Tulsa Regional
    Medical Center"), where people were taken or tried, not the scene."""
    words = {w.strip(".,;:'\"").lower() for w in after.split()[:2]}
    return bool(words & set(venue_rules().care_words))


def is_care_place(before: str) -> bool:
    """Whether a town is where someone was taken after the shooting: a
    hospital's, the morgue's, the autopsy's; never the scene, though "in"
    often stands before it."""
    if CARRIED_TO.search(before) or AUTOPSY_IN.search(before):
        return True
    return bool(CARE_PLACE.search(before)) and bool(CARE_WORDS.search(before))


#: the words after a place that make it a part of a city: "the Arlington
#: neighborhood of Northwest Baltimore", "Philadelphia's Kensington section"
PART_OF_CITY_AFTER = re.compile(r"^\s+(?:neighborhood|neighbourhood|section|area|community)\b", re.IGNORECASE)


@cache
def _holder_possessive() -> re.Pattern[str]:
    """The area that holds a place, in its possessive, right before the
    place: "Kratie province's ", "Si Sa Ket's ", "Texas' " (a name of one to
    three capitalised words, with or without its area's noun of
    ``region_words`` or ``district_words``)."""
    nouns = "|".join(map(re.escape, sorted(area_nouns())))
    name = r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}"
    return re.compile(rf"\b{name}(?:\s+(?i:{nouns}))?['’]s?\s+$")


def _held_area_told_as_scene(surface: str, before: str) -> bool:
    """Whether an area written with its noun ("Sambor district", "Kothapeta
    mandal") follows the possessive of the area that holds it, itself after
    a locative: "capsized in Kratie province's Sambor district", "a bus
    crashed in Si Sa Ket's Kanthararom district".  Asian wire copy places an
    incident so, and the locative's place is then the sub-district, not
    only the province ("a man from Kratie province's Sambor district" is no
    scene)."""
    words = normalise(surface).split()
    if len(words) < 2 or words[-1] not in word_set("district_words"):
        return False
    holder = _holder_possessive().search(before)
    return holder is not None and bool(_locative().search(before[: holder.start()]))


@cache
def _resident_after() -> re.Pattern[str]:
    """A resident's noun right after a place, with an age or a word between
    at most: "a Florida City teen", "a 17-year-old Mountville male", "two
    Anytown teenagers" (``resident_nouns`` of the place rules)."""
    words = sorted(place_rules().resident_nouns, key=len, reverse=True)
    return re.compile(rf"^\s+(?:{'|'.join(map(re.escape, words))})(?![\w'’-])", re.IGNORECASE)


@cache
def _incident_after() -> re.Pattern[str]:
    """An incident's noun or a scene's right after a place: "the Anytown
    shooting", "a Riverton murder-suicide", "his Glen Flora home"
    (``incident_nouns`` and ``scene_nouns`` of the place rules), or after
    what was being done: "the fatal Anytown hunting accident", "a Riverton
    hunting shooting" (an accident is named so only after its activity:
    "the Anytown accident" may be a crash's)."""
    rules = place_rules()
    words = "|".join(
        map(re.escape, sorted({*rules.incident_nouns, *rules.scene_nouns}, key=len, reverse=True))
    )
    return re.compile(rf"^\s+(?:[a-z]+ing\s+)?(?:{words}|(?<=ing )accident)(?![\w'’-])", re.IGNORECASE)


#: a dateline the wire pattern does not take: "INDIANAPOLIS (December 3,
#: 2015) –", "CATONSVILLE, Md." cut off by the sentence splitter, "MASTIC
#: BEACH, N.Y. (AP) ???" (a dash lost to a bad encoding)
LOOSE_DATELINE = re.compile(
    r"^\s*(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*\)?\s*(?:\([^)]{1,40}\))?\s*(?:[-–—]|\?\?\?|$)"
)
#: ... and one in parentheses after a glued headline: "Parking Lot(Anytown, OH)--A man"
PARENTHESISED_DATELINE = re.compile(r"^\s*,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s*\)\s*(?:[-–—]|\?\?\?)")
#: how far into a report a loose dateline may stand (page furniture comes first)
LOOSE_DATELINE_REACH = 1500


def is_loose_dateline(surface: str, kind: str, start: int, before: str, after: str) -> bool:
    """A city in capitals near the top, followed by what follows a dateline
    (or by nothing, when the sentence splitter cut the dateline off), also a
    wire's dated one ("PORT SUDAN, June 15 (Nile Wire) —", ``DATED_DATELINE_TAIL``
    of knowledge/datelines.py: the bureau's town, which the wire pattern
    does not take), or a city and its state in parentheses before a dash
    ("(Anytown, OH)--")."""
    if kind != "city" or start >= LOOSE_DATELINE_REACH:
        return False
    if before.endswith("(") and PARENTHESISED_DATELINE.match(after):
        return True
    return (
        surface.isupper()
        and len(surface) > 2
        and bool(LOOSE_DATELINE.match(after) or DATED_DATELINE_TAIL.match(after))
    )


def is_intersection(before: str, after: str) -> bool:
    """A place's name as a street of an intersection: "near Beale and Fond du Lac"."""
    return bool(INTERSECTION_BEFORE.search(before)) or (
        bool(AT_OR_NEAR.search(before)) and bool(INTERSECTION_AFTER.match(after))
    )


def place_role(surface: str, kind: str, start: int, before: str, after: str) -> str | None:
    """What a place named ``surface`` is to the story, from its sentence's
    words ``before`` and ``after`` it (None: merely named).

    A loose dateline is the story's filing place; a street or an
    intersection names no place of the story, nor does a county's line
    ("on the Elbert County line": the edge, told by the other side); the town of a hospital or a
    morgue someone was taken to is no scene (:func:`is_care_place`), nor the town a hospital's,
    court's or jail's name begins with (:func:`names_a_care_venue`); "of Millbury" is someone's
    home unless a locative also stands before it ("in the town of
    Millbury"); a place the shaking reached ("felt as far away as Las
    Vegas") is none of the story's; "the Arlington neighborhood" is a part of a city; a
    locative ("shot in Dolton") or an incident's noun after the name ("the
    Dolton shooting") puts the incident there; a resident's noun after it
    ("a Dolton man") makes it someone's town, which is often, not always,
    where it happened.
    """
    if is_loose_dateline(surface, kind, start, before, after):
        return DATELINE
    if FELT_BEFORE.search(before):
        return FELT  # where the shaking reached, not where it struck
    if _route_before().search(before[-120:]) or _journey_before().search(before[-120:]):
        return ROUTE  # where the craft set out from or was bound for
    if TOWN_STREET_BEFORE.search(before) and TOWN_STREET_AFTER.match(after):
        return SCENE
    if STREET_AFTER.match(after) or is_intersection(before, after):
        return STREET
    if BOUNDARY_AFTER.match(after):
        return BOUNDARY
    if RESIDES_IN.search(before):
        return HOME
    if is_care_place(before) or names_a_care_venue(after):
        return CARE
    locative = bool(_locative().search(before))
    if ORIGIN.search(before) and not locative:
        return HOME
    if PART_OF_CITY_AFTER.match(after):
        return PART_OF_CITY
    street = bool(STREET_BEFORE.search(before))
    if locative or street or _incident_after().match(after) or _held_area_told_as_scene(surface, before):
        return SCENE
    return RESIDENT if _resident_after().match(after) else None
