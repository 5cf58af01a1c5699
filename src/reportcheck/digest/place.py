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
from reportcheck.knowledge.datelines import DATELINE as WIRE_DATELINE
from reportcheck.knowledge.gazetteer import get_gazetteer, place_rules
from reportcheck.knowledge.vocabulary import (
    AREA_KINDS,
    BOUNDARY,
    CARE,
    FELT,
    HOME,
    PART_OF_CITY,
    PLACE_KIND_RANK,
    RESIDENT,
    SCENE,
    TOWN_KINDS,
)
from reportcheck.knowledge.vocabulary import DATELINE_ROLE as DATELINE
from reportcheck.knowledge.vocabulary import STREET_ROLE as STREET
from reportcheck.models import Claim, ClaimKind

#: a report's lead: its headline and first sentences (sentence splits of
#: headlines and datelines are noisy, so the first characters count too)
LEAD_SENTENCES = 4
LEAD_CHARS = 500
#: place kinds from the most specific to the least
SPECIFICITY = PLACE_KIND_RANK


#: separators between a page title's headline and the outlet's name:
#: "Man Shot In Dolton « CBS Chicago", "... - WBOY.com: Clarksburg, Morgantown"
_OUTLET_SEPARATOR = re.compile(r"\s[|«»]\s|\s[-–—]\s|\.com\b|:\s")
#: the outlet's name follows a title separator closely ("« CBS Chicago")
OUTLET_REACH = 60
#: a separator after no more than this many words of a title ends a headline's
#: label ("Police:", "UPDATE -", "Sheriff's office:"), not the headline before an outlet
HEADLINE_LABEL_WORDS = 2
#: the sentences that may put the incident in a city: the headline and the first
LOCATIVE_SENTENCES = 1
#: a dateline this far down (headline, dateline) still opens the story: the
#: sentence after it is the story's first (see ``_locative_sentences``)
DATELINE_OPENS_BY = 2
#: preference of a place by what its words say (lower is better); see _place_tier
DATELINE_CITY, LOCATIVE_LEAD, LEAD, BODY, ORGANISATION, ASIDE = range(6)
#: among equals, a place of the event before an agency's town, and that before an outlet's
NAMED_IN_ORDER = {"agency": 1, "outlet": 2}
#: a part of a city ranks after the city, before the county
PART_OF_CITY_SPECIFICITY = 0.5
#: a city named as the centre of its suburbs ("the Maryland suburbs of
#: Washington") ranks after the county, before the state
SUBURBS_SPECIFICITY = 1.5
#: the words before a city that name the area around it, not the city
SUBURBS_OF = frozenset({"suburbs of", "the suburbs of", "suburb of"})


def _title_before(claim: Claim, layout: Layout, in_title: bool) -> str:
    """The page title's words before a place named in it ("" elsewhere)."""
    if not in_title or layout.title is None:
        return ""
    return layout.text[layout.title[0] : claim.evidence.start]


def _in_outlet_name(before: str) -> bool:
    """A place just after a page title's separator: the outlet's name (a
    wire dateline's dash is no separator).

    Kept here, not taken from the claim alone: the place extractor marks the
    outlet's town (``named_in``) in the segments its title splitter knows,
    while the digest knows where the loaded report's title stands and takes
    any place close after a separator in it ("Man Shot In Dolton « CBS
    Chicago", "... - WBOY.com: Clarksburg, Morgantown").  A separator after
    the title's first word or two ends a headline's label ("Police: Man shot
    in Dolton", "Sheriff's office: ..."), not a headline: the outlet's name
    comes after the headline.
    """
    if not before:
        return False
    dateline = WIRE_DATELINE.match(before)
    separators = [
        match
        for match in _OUTLET_SEPARATOR.finditer(before, dateline.end() if dateline else 0)
        if len(before[: match.start()].split()) > HEADLINE_LABEL_WORDS
    ]
    return bool(separators) and len(before) - separators[-1].end() <= OUTLET_REACH


def _named_in(claim: Claim, before: str) -> str | None:
    """ "agency" or "outlet" when a place is named only as part of one's name."""
    if claim.place.named_in:
        return claim.place.named_in
    return "outlet" if _in_outlet_name(before) else None


def _in_organisation(claim: Claim, title_before: str) -> bool:
    """Whether a place is named only as an organisation's town, weaker than
    a place of the event: an outlet's ("CBS Chicago") or a county's or
    state's agency ("Los Angeles County coroner's records", which serves many
    towns).  A town's own police ("Conroe police said") stand where the
    town's name stands: in the lead they place the story."""
    named = _named_in(claim, title_before)
    return named == "outlet" or (named == "agency" and claim.place.kind != "city")


def _place_tier(
    claim: Claim, sentence: int, title_before: str, locative_until: int = LOCATIVE_SENTENCES
) -> int:
    """How strongly a place's words say the incident happened there.

    What the words around a place make of it is read once, by the place
    extractor (``stated_as``, see extract/places/roles.py).  The dateline
    comes first; then a city the headline or the first sentence puts the
    incident in ("shot in Dolton"); then the rest of the lead, then the
    body.  A place named only in a county's agency's name ("Los Angeles
    County coroner's records") or the outlet's ("« CBS Chicago") is the
    agency's or the outlet's before the story's: it comes next.  A place
    that is someone's home ("of Millbury"), a street ("at Concord and
    Market streets", "near Beale and Fond du Lac") or the town of the
    hospital or morgue someone was taken to ("airlifted to LSU in
    Shreveport") or a county's edge ("on the Elbert County line") comes last.
    """
    stated_as = claim.place.stated_as
    if stated_as == DATELINE:
        return DATELINE_CITY
    if _in_organisation(claim, title_before):
        return ORGANISATION
    if stated_as in (STREET, HOME, CARE, BOUNDARY, FELT):
        return ASIDE
    if sentence <= locative_until and claim.place.kind == "city" and stated_as == SCENE:
        return LOCATIVE_LEAD
    return LEAD if sentence <= LEAD_SENTENCES or claim.evidence.start < LEAD_CHARS else BODY


def _place_rank(
    claim: Claim, rank: dict[int, int], layout: Layout, locative_until: int = LOCATIVE_SENTENCES
) -> tuple:
    """Sort key of a candidate place: what its words say, then specificity,
    then a place of the event before an agency's town and that before an
    outlet's, then order.

    A city named as the centre of its suburbs ("terrorizing the Maryland
    suburbs of Washington", "a suburb of Denver") is not where the incident
    happened: the county the report names is more precise, and the
    suburb's own name, where the report gives it, more still.
    """
    kind = claim.place.kind or ""
    specificity: float = SPECIFICITY.get(kind, len(SPECIFICITY))
    if kind == "city" and claim.place.stated_as == PART_OF_CITY:
        specificity = PART_OF_CITY_SPECIFICITY
    if kind == "city" and claim.place.around in SUBURBS_OF:
        specificity = SUBURBS_SPECIFICITY
    sentence = rank.get(claim.evidence.sentence_start, 0)
    title_before = _title_before(claim, layout, layout.in_title(claim, sentence))
    tier = _place_tier(claim, sentence, title_before, locative_until)
    named = NAMED_IN_ORDER.get(_named_in(claim, title_before) or "", 0)
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
    someone's home or a street), is more precise.  So is a town of the
    county's state the report also names for the event: reporters name the
    county ("a Harris County home", "St. Louis County police") and the town
    ("in Cypress") of one incident (see ``_town_in_county``).
    """
    if keys[best.id][0] == DATELINE_CITY:
        town = _town_under_dateline(best, places, keys)
        if town is not None:
            return town
    if best.place.kind in AREA_KINDS:
        inside = [
            c for c in places if keys[c.id][0] < ASIDE and c.place.kind in TOWN_KINDS and _in_area(c, best)
        ]
        if inside:
            return min(inside, key=lambda c: keys[c.id])
    if best.place.kind == "district":
        return _town_in_county(best, places, keys) or best
    return best


def _town_under_dateline(dateline: Claim, places: Sequence[Claim], keys: dict[str, tuple]) -> Claim | None:
    """A town around a station's dateline that the report puts the incident in.

    The headline or the first sentence names it ("CHICAGO (CBS) — A man was
    shot in Dolton"); or, when the lead never puts the story in the
    dateline's own city, a later sentence of the lead does ("MIAMI (WSVN) --
    A teenager faced a judge ... accused of shooting his friend inside a
    Miami Gardens home") or the town's police speak there ("CINCINNATI (AP)
    — ... Hamilton police say the boy ..."), or the words right after the
    dateline name the town its people are of ("MIAMI (CBSMiami) – A Florida
    City teen has been charged", "LANCASTER, Pa. – A 17-year-old Mountville
    male will be tried") where the lead puts the story in no place at all:
    a court's or a station's city reports on the town's story ("CHICAGO
    (CBS) — A Dolton man was shot in the Englewood neighborhood" is not
    Dolton's).  A wire or station names the
    city it files from; the town it names for the scene is the place.
    """
    put_in = [c for c in places if keys[c.id][0] == LOCATIVE_LEAD]
    if any(c.place.geonameid == dateline.place.geonameid for c in put_in):
        return None
    around = [c for c in put_in if _around_dateline(c, dateline)]
    if not around and not _named_again(dateline, places, keys):
        in_lead = [c for c in places if _in_lead_of(c, dateline, keys)]
        lead = [c for c in in_lead if _puts_incident_in(c) or _police_city(c)]
        if not any(c.place.stated_as in (SCENE, PART_OF_CITY) for c in in_lead):
            lead += [c for c in in_lead if _resident_after_dateline(c, dateline)]
        around = [c for c in lead if _around_dateline(c, dateline)]
    return min(around, key=lambda c: keys[c.id]) if around else None


def _in_lead_of(claim: Claim, dateline: Claim, keys: dict[str, tuple]) -> bool:
    """Whether a place stands in the story's lead, counted from its dateline:
    captions, menus and a photo's credit often come first ("Photo: ... via
    AP SALT LAKE CITY — A police officer was killed ... in the suburb of
    Holladay")."""
    return (
        keys[claim.id][0] in (LEAD, BODY) and 0 < claim.evidence.start - dateline.evidence.start < LEAD_CHARS
    )


#: how far after a dateline a town its people are of opens the story
RESIDENT_AFTER_DATELINE = 120


def _resident_after_dateline(claim: Claim, dateline: Claim) -> bool:
    """A town written as what a person is of ("a Mountville teen") right after the dateline."""
    return (
        claim.place.kind == "city"
        and claim.place.stated_as == RESIDENT
        and 0 < claim.evidence.start - dateline.evidence.end <= RESIDENT_AFTER_DATELINE
    )


def _named_again(dateline: Claim, places: Sequence[Claim], keys: dict[str, tuple]) -> bool:
    """Whether the report names the dateline's place for its story, beyond
    the dateline (an outlet's or agency's name aside)."""
    return any(
        c.place.geonameid == dateline.place.geonameid and DATELINE_CITY < keys[c.id][0] < ORGANISATION
        for c in places
    )


def _puts_incident_in(claim: Claim) -> bool:
    """A town the words put something in: "in Cypress", "at a Tacoma parking lot"."""
    return claim.place.kind == "city" and claim.place.stated_as == SCENE and claim.place.around is None


def _town_in_county(county: Claim, places: Sequence[Claim], keys: dict[str, tuple]) -> Claim | None:
    """The best-placed town of a county's state that the report puts the
    scene in ("at a residence in the 7700 block of Utica Drive in Hanley
    Hills"), not only around it ("just east of Knightstown").

    The gazetteer does not know which towns lie in a county, so the state
    stands for it: a report on one incident that names a county and a town
    of its state names the town in the county nearly always, and the town is
    the more precise.
    """
    towns = [
        c for c in places if _puts_incident_in(c) and keys[c.id][0] < ORGANISATION and _in_area(c, county)
    ]
    return min(towns, key=lambda c: keys[c.id]) if towns else None


def _locative_sentences(places: Sequence[Claim], rank: dict[int, int]) -> int:
    """The last sentence that may put the incident in a city: the headline's
    first sentence, which follows the dateline.

    A station's dateline often stands as a sentence of its own
    ("INDIANAPOLIS, Ind. (June 15, 2014) —" and then "Police officers in
    Kokomo are investigating"), or opens the first sentence; either way the
    sentence after the dateline's still belongs to the lead that places the
    story ("the shooting happened at a residence in Roundup").
    """
    datelines = [rank.get(c.evidence.sentence_start, 0) for c in places if c.place.stated_as == DATELINE]
    opens = min(datelines, default=DATELINE_OPENS_BY + 1)
    return max(LOCATIVE_SENTENCES, opens + 1) if opens <= DATELINE_OPENS_BY else LOCATIVE_SENTENCES


#: distinct places of one other state that outvote a lone place (see ``_coherent``)
OTHER_STATE_PLACES = 2


def _state(claim: Claim) -> tuple[str | None, str | None]:
    return claim.place.country, claim.place.region


def _called_part_of_city(claim: Claim, places: Sequence[Claim]) -> bool:
    """Whether the report calls a place's name a neighbourhood somewhere ("in
    the Washington Heights neighborhood"): then even a large namesake in
    another state (Washington Heights, New York, under Chicago's police) is
    one the gazetteer fell back on."""
    return any(
        c.place.geonameid == claim.place.geonameid and c.place.stated_as == PART_OF_CITY for c in places
    )


def _police_city(claim: Claim) -> bool:
    """A city named as its own agency's: "Cincinnati police said"."""
    return claim.place.named_in == "agency" and claim.place.kind == "city"


def _coherent(best: Claim, places: Sequence[Claim], keys: dict[str, tuple]) -> Claim:
    """The best-placed place, unless it is a lone namesake in another state.

    The gazetteer lacks many neighbourhoods and small towns and resolves
    their names to a namesake elsewhere: "shot in Madisonville, Cincinnati
    police said" finds Madisonville, Kentucky, a "Bartow" beside Cartersville
    and Bartow County, Georgia, finds Bartow, Florida.  A place (not the
    dateline's, nor a city too large to be mistaken: ``min_population_person``,
    unless the report calls it a neighbourhood)
    in a state where the report names nothing else gives way to
    the city whose police the report quotes in another state, or to the
    places of a state where it names two or more, a county among them (a
    state and towns alone are often a suspect's or a relative's: "his
    brother lives in Dallas, Texas").
    """
    if keys[best.id][0] == DATELINE_CITY or best.place.region is None:
        return best
    if _population(best) >= place_rules().min_population_person and not _called_part_of_city(best, places):
        return best  # Detroit or Dallas is no namesake the gazetteer fell back on
    named = [c for c in places if keys[c.id][0] < ASIDE]
    by_state: dict[tuple[str | None, str | None], set[str | None]] = {}
    for claim in named:
        if claim.place.geonameid != best.place.geonameid and claim.place.region is not None:
            by_state.setdefault(_state(claim), set()).add(claim.place.geonameid)
    if by_state.get(_state(best)):
        return best
    police = [c for c in named if _police_city(c) and _state(c) != _state(best)]
    if police:
        return min(police, key=lambda c: keys[c.id])
    counties = {_state(c) for c in named if c.place.kind == "district"}
    ranked = sorted(
        (item for item in by_state.items() if item[0] in counties and len(item[1]) >= OTHER_STATE_PLACES),
        key=lambda item: (-len(item[1]), str(item[0])),
    )
    if not ranked:
        return best
    return min((c for c in named if _state(c) == ranked[0][0]), key=lambda c: keys[c.id])


def city_fact(claims: Sequence[Claim], layout: Layout | None = None) -> CityFact | None:
    """The most specific populated place of the main incident.

    The dateline names the city the story is filed from, nearly always the
    city of the incident; then the headline or the first sentence puts the
    incident in a city ("shot in Dolton"); a place named only further down is
    more often a suspect's home town or a related story.  Among equals a city
    is preferred to the county or state around it, and to the neighbourhood
    it contains; a station's dateline or a state gives way to a town within
    it (see ``_refined``), and a lone namesake in another state to the
    state the report names (``_coherent``).  When the main incident names no place, the
    dateline still names where the story was filed, whichever incident its
    sentence was given to; without one, a place the report names for another
    incident is near the story more often than not ("Houston police said"
    in a sentence the splitter gave to an earlier event).
    """
    layout = layout or Layout()
    places = [c for c in of_kind(main_claims(claims), ClaimKind.location) if _is_populated_place(c)]
    if not places:
        places = [c for c in of_kind(claims, ClaimKind.location) if c.place.stated_as == DATELINE]
    if not places:
        places = [c for c in of_kind(claims, ClaimKind.location) if _is_populated_place(c)]
    if not places:
        return None
    rank = sentence_rank(claims, layout.sentence_starts)
    until = _locative_sentences(places, rank)
    keys = {c.id: _place_rank(c, rank, layout, until) for c in places}
    best = _refined(_coherent(min(places, key=lambda c: keys[c.id]), places, keys), places, keys)
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
