"""The digest's city: the most specific populated place of the main incident.

The story's city is the dateline's, or the city the headline or first
sentence puts the incident in ("shot in Dolton"), or one the lead names; a
town around the dateline's city that the lead puts the incident in beats
the station's dateline; a city beats a county, a county a state; a place
named only as an agency's or the outlet's town comes next, and a home town
("of Millbury") or a street name last.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportcheck.digest.helpers import Layout, main_claims, of_kind, sentence_rank
from reportcheck.digest.model import CityFact
from reportcheck.knowledge.datelines import DATELINE
from reportcheck.knowledge.gazetteer import get_gazetteer
from reportcheck.knowledge.vocabulary import PLACE_KIND_RANK
from reportcheck.models import Claim, ClaimKind

#: a report's lead: its headline and first sentences (sentence splits of
#: headlines and datelines are noisy, so the first characters count too)
LEAD_SENTENCES = 4
LEAD_CHARS = 500
#: how far into a report a wire dateline may stand (characters), as in extract/locations.py
DATELINE_REACH = 600
#: place kinds from the most specific to the least
SPECIFICITY = PLACE_KIND_RANK


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
    surface = claim.place.surface or claim.evidence.text
    if claim.place.kind != "city" or claim.evidence.start >= LOOSE_DATELINE_REACH:
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
    if claim.place.named_in:
        return claim.place.named_in
    return "outlet" if _in_outlet_name(before, in_title) else None


def _in_organisation(claim: Claim, before: str, in_title: bool) -> bool:
    """Whether a place is named only as an organisation's town, weaker than
    a place of the event: an outlet's ("CBS Chicago") or a county's or
    state's agency ("Los Angeles County coroner's records", which serves many
    towns).  A town's own police ("Conroe police said") stand where the
    town's name stands: in the lead they place the story."""
    named = _named_in(claim, before, in_title)
    return named == "outlet" or (named == "agency" and claim.place.kind != "city")


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
    city = claim.place.kind == "city" and not _PART_OF_CITY.match(after)
    if sentence <= LOCATIVE_SENTENCES and city and _LOCATIVE.search(before):
        return LOCATIVE_LEAD
    return LEAD if sentence <= LEAD_SENTENCES or claim.evidence.start < LEAD_CHARS else BODY


def _place_rank(
    claim: Claim, rank: dict[int, int], layout: Layout, datelines: Sequence[tuple[int, int]]
) -> tuple:
    """Sort key of a candidate place: what its words say, then specificity,
    then a place of the event before an agency's town and that before an
    outlet's, then order."""
    kind = claim.place.kind or ""
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
    return claim.place.kind in SPECIFICITY


def _in_area(claim: Claim, area: Claim) -> bool:
    """Whether a place lies in the region (or country) of another, for their claims."""
    if claim.place.country != area.place.country:
        return False
    region = area.place.region
    return area.place.kind == "country" or (region is not None and claim.place.region == region)


def _around_dateline(claim: Claim, dateline: Claim) -> bool:
    """Whether a town the lead names may be one a dateline's station covers.

    It is a city in the dateline's state, other than the dateline's place;
    not a part of the dateline's city by name ("North Portland" under
    "PORTLAND, Ore."); and smaller than the dateline's city: a station's
    city is the larger one, and "in suburban Detroit" under "DEARBORN
    HEIGHTS, Mich." names the city around the suburb, not the scene.
    """
    if claim.place.kind != "city" or not _in_area(claim, dateline):
        return False
    if claim.place.geonameid == dateline.place.geonameid:
        return False
    if dateline.place.kind != "city":
        return True
    name, city = (claim.value.name or "").lower().split(), (dateline.value.name or "").lower().split()
    if len(name) > len(city) and name[-len(city) :] == city:
        return False
    return _population(claim) < _population(dateline)


def _population(claim: Claim) -> int:
    """The population GeoNames gives the place of a claim (0 when unknown)."""
    for place in get_gazetteer().candidates(claim.value.name or ""):
        if str(place.geonameid) == claim.place.geonameid:
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
        if around and not any(c.place.geonameid == best.place.geonameid for c in put_in):
            return min(around, key=lambda c: keys[c.id])
    if best.place.kind in ("region", "country"):
        inside = [
            c
            for c in places
            if keys[c.id][0] < ASIDE and c.place.kind in ("city", "district") and _in_area(c, best)
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
    places = [c for c in of_kind(main_claims(claims), ClaimKind.location) if _is_populated_place(c)]
    if not places:
        return None
    rank = sentence_rank(claims, layout.sentence_starts)
    datelines = dateline_spans(layout.text)
    keys = {c.id: _place_rank(c, rank, layout, datelines) for c in places}
    best = _refined(min(places, key=lambda c: keys[c.id]), places, keys)
    same = [c for c in places if c.place.geonameid == best.place.geonameid]
    return CityFact(
        name=best.value.name or best.evidence.text,
        kind=best.place.kind or "",
        region=best.place.region,
        region_name=best.place.region_name,
        country=best.place.country,
        geonameid=best.place.geonameid,
        claims=[c.id for c in same],
    )
