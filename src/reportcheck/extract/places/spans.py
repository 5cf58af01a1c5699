"""Places named in a Doc: the mentions resolved in the gazetteer, as evidence allows.

The spaCy model cannot tell a place: it tags "Novoshakhtinsk" ORG and
"Rostov" PERSON.  Every span that may name a place (:mod:`.mentions`) is
looked up in the gazetteer (:mod:`reportcheck.knowledge.gazetteer`), and
kept when its label and the report's other places vouch for it; passes
repeat until the places found stop changing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, partial

from spacy.tokens import Doc

from reportcheck.extract.core.base import text_of
from reportcheck.extract.places.mentions import (
    POINT_AREA_LABEL,
    STREET_IN_LABEL,
    TITLE_LABEL,
    Mention,
    agency_after,
    agency_mentions,
    entity_mentions,
    modifier_mentions,
    newspaper_after,
    outlet_mentions,
    point_area_mentions,
    region_phrases,
    settlement_mentions,
    street_town_mentions,
)
from reportcheck.knowledge.gazetteer import (
    Gazetteer,
    Place,
    get_gazetteer,
    home_countries,
    normalise,
    place_rules,
    report_countries,
)
from reportcheck.knowledge.gazetteer.lookup import (
    COUNTRY_SUPPORT,
    EMPTY_CLOCKS,
    NO_SUPPORT,
    REGION_SUPPORT,
    STATE_SUPPORT,
)
from reportcheck.knowledge.gazetteer.names import close_spelling, word_set
from reportcheck.knowledge.vocabulary import AREA_KINDS, TOWN_KINDS, phrase_alternatives
from reportcheck.load.titles import outlet_segments

#: labels the model gives real place names; the others (ORG, PERSON, NORP,
#: FAC) it gives them by mistake ("Novoshakhtinsk" ORG, "Rostov" PERSON), and
#: also to organisations, people and buildings that merely share a place's
#: name ("The Post", "Paris Hilton", "the White House")
PLACE_LABELS = frozenset({"GPE", "LOC", "PHRASE", "AGENCY"})
#: passes of find_places over a report's mentions (see there)
MAX_PASSES = 4


def _elsewhere(other: Mention, mention: Mention) -> bool:
    """Whether ``other`` may vouch for ``mention``: another span with another name.

    The same name found elsewhere is no evidence ("Manchester" twice would
    make the English district of Manchester agree with the English city).
    """
    if not (other.end <= mention.start or other.start >= mention.end):
        return False
    return normalise(other.query) != normalise(mention.query)


def _acceptable(gazetteer: Gazetteer, mention: Mention, place: Place, context: Sequence[Place]) -> bool:
    """Whether a resolved mention is a place, given what the model called it.

    Under a place label it is, and so is the outlet's town in a page title
    (looked up by main names), and a region or a city of
    ``min_population_person`` named by a place's name without its leading
    directions ("West Philadelphia", "Southern Iran").  Under ORG, NORP,
    PERSON or FAC it must be a
    country; or a region in a country another place of the report lies in
    (the "Rostov" PERSON of a report on Novoshakhtinsk); or a city in a region
    another place lies in, or a city of ``min_population_person`` in such a
    country (not the "Roman" of a Romanian town, not "Smith, Nevada" in a San
    Diego story).  A PERSON of two or more words must moreover be the whole
    name of a region or of such a large city ("San Bernardino", never "Roman
    Biryukov").  A town written as a modifier ("Anytown teens") is judged
    by ``_acceptable_modifier``, and so is a town written after a street
    and a comma ("High Street, Banstead").  A name that carries its region
    or county after a comma ("Banstead, Surrey") is supported by it; the
    model tags that shape a title (WORK_OF_ART) at times, and a title is a
    place only so.
    """
    if _guessed_hamlet(mention, place):
        return False
    if mention.label in PLACE_LABELS or mention.label == "OUTLET" or place.kind == "country":
        return True
    within = gazetteer.written_within(mention.query) if "," in mention.query else None
    if mention.label == TITLE_LABEL:
        return within is not None and place.population >= place_rules().min_population_weak_label
    support = REGION_SUPPORT if within is not None else gazetteer.support(place, context)
    if mention.label == POINT_AREA_LABEL:
        return place.kind in POINT_AREA_KINDS and normalise(place.name) == normalise(mention.query)
    if mention.label in STREET_LABELS:
        return normalise(place.name) == normalise(mention.query) and _acceptable_street_town(place, support)
    if mention.label == "MODIFIER":
        return _acceptable_modifier(place, support)
    large = place.kind != "city" or place.population >= place_rules().min_population_person
    if mention.label == "PLACE_PART" and large:
        return True
    if mention.label == "PERSON" and mention.words >= 2 and not large:
        return False
    if place.kind == "city":
        if place.population < place_rules().min_population_weak_label:
            return False
        return support >= REGION_SUPPORT or (support >= COUNTRY_SUPPORT and large)
    return support >= COUNTRY_SUPPORT


def _without_bare_towns_abroad(
    gazetteer: Gazetteer, found: list[tuple[Mention, Place]], text: str
) -> list[tuple[Mention, Place]]:
    """The places found, less the bare towns abroad (``_bare_town_abroad``),
    each judged against the report's other places once the passes have
    settled: a first pass's guess ("Surrey" alone in Canada) must not make
    a report's own town ("Banstead") a town abroad.  A town told beside
    the border (``_told_by_the_border``) stays."""
    return [
        (mention, place)
        for mention, place in found
        if _told_by_the_border(text, mention)
        or not _bare_town_abroad(gazetteer, mention, place, [p for m, p in found if _elsewhere(m, mention)])
    ]


#: where a sentence ends, for the words beside a mention
_SENTENCE_END = re.compile(r"[.;!?]\s|\n")


def _told_by_the_border(text: str, mention: Mention) -> bool:
    """Whether a word of the frontier (``border_words``: "near", "across",
    "border") stands within ``border_reach`` words of the mention, in its
    sentence, with no other name between: "shelled positions near
    Jarabulus", "the border town of Kilis", "Spin Boldak, across the
    border".  A story of a border names the foreign town across it bare,
    as a town the reader has been told lies over the line; a neighbourhood
    of the report's own city is seldom told so, and "near Woodycrest Ave.
    in Highbridge" puts the street, not the town, beside the word."""
    rules = place_rules()
    before = _SENTENCE_END.split(text[max(0, mention.start - 200) : mention.start])[-1]
    after = _SENTENCE_END.split(text[mention.end : mention.end + 200])[0]
    words = re.findall(r"[\w'’-]+", before)[::-1][: rules.border_reach]
    later = re.findall(r"[\w'’-]+", after)[: rules.border_reach]
    return _border_word_first(words) or _border_word_first(later)


def _border_word_first(words: Sequence[str]) -> bool:
    """Whether a border word comes among ``words`` (read outward from a
    mention) before any other capitalised word, which would be another
    name the border word stands beside."""
    border = frozenset(w.lower() for w in place_rules().border_words)
    for word in words:
        if word.lower() in border:
            return True
        if word[:1].isupper():
            return False
    return False


def _bare_town_abroad(gazetteer: Gazetteer, mention: Mention, place: Place, context: Sequence[Place]) -> bool:
    """A town abroad, not well known (under ``min_population_person``),
    named without its country in a report whose other places lie in
    another country only (``home_country_places`` of them at least): not
    that town.  Reporters write a small foreign town with its country or
    region ("Highbridge, Somerset"), so a bare name in a story of the Bronx
    ("the Allerton section", "in Highbridge") is the story's own
    neighbourhood, which the gazetteer lacks, not the English town of the
    name; nor is "Indiana Conservation Officers" a village of Ontario."""
    if place.kind != "city" or place.population >= place_rules().min_population_person:
        return False
    if "," in mention.query and gazetteer.written_within(mention.query) is not None:
        return False
    home = {p for p in context if p.country != place.country}
    if len(home) < place_rules().home_country_places or len(home) < len(set(context)):
        return False
    return len({p.country for p in home}) == 1


def _guessed_hamlet(mention: Mention, place: Place) -> bool:
    """A hamlet (below ``min_population_weak_label``) found by a guess at
    where an agency's town starts: "Floyd County Chief Deputy Coroner" tries
    "Deputy" (a hamlet of Indiana) as much as "Floyd County"; the towns
    named so are rarely that small, and such words too often some hamlet's
    name."""
    return (
        mention.label == "AGENCY"
        and mention.main_names_only
        and place.kind == "city"
        and place.population < place_rules().min_population_weak_label
    )


def _acceptable_modifier(place: Place, support: int) -> bool:
    """A town named as a modifier ("Anytown teens", "Riverton Shooting"):
    a city or county, large enough to be named alone
    (``min_population_alone``) or in the region of another place of the
    report; a capitalised word before "man" or "shooting" is otherwise
    too often someone's name or a headline's word.  A hamlet (below
    ``min_population_weak_label``) only in a state the report names itself
    or by a county (``STATE_SUPPORT``): "a Buckner resident" beside
    "Lafayette County deputies", "his Glen Flora home" beside "a
    northern Wisconsin woman"."""
    if place.kind not in TOWN_KINDS:
        return False
    small = place.population < place_rules().min_population_weak_label
    if place.kind == "city" and small and support < STATE_SUPPORT:
        return False
    return (
        support >= REGION_SUPPORT
        or place.kind == "district"
        or place.population >= place_rules().min_population_alone
    )


#: the kinds of place an area written after an event's point may be (a
#: district or province, a region): never a town, which a person's name
#: after "landfall in Palanas," may be as well
POINT_AREA_KINDS = frozenset({"district", "region"})

#: the labels of a town written after a street ("High Street, Banstead", "on Mill Road in Anytown")
STREET_LABELS = frozenset({"STREET_TOWN", STREET_IN_LABEL})


def _acceptable_street_town(place: Place, support: int) -> bool:
    """A town written after a street ("on Mill Road in Anytown", "Mill
    Lane, Hartfield"): a county, or a city of any size in the region of
    another place of the report (a hamlet of 600 is a hamlet all the same),
    or one large enough to be named alone; the words leave no doubt that a
    town is meant, only which namesake (see ``_local_street_town``)."""
    if place.kind not in TOWN_KINDS:
        return False
    return (
        support >= REGION_SUPPORT
        or place.kind == "district"
        or place.population >= place_rules().min_population_alone
    )


def _local_street_town(gazetteer: Gazetteer, mention: Mention, context: Sequence[Place]) -> Place | None:
    """The namesake of a town written after a street that lies in the region
    of another place of the report, however small: "at a home on Farmers
    Crossing Road in White Plains" in a report on Hopkins County, Kentucky,
    is the Kentucky hamlet, not White Plains, New York.  By its main name
    only: the street's town is written as the town writes itself.  A
    namesake in a state the report names itself or by a county
    (``STATE_SUPPORT``) comes before one beside another town only: "on North
    Star Road in Campbellsburg" under Washington County, Indiana, is
    Indiana's, though the report also names Louisville's hospital."""
    if mention.label not in STREET_LABELS:
        return None
    name = normalise(mention.query)
    local = [
        (support, -n, p)
        for n, p in enumerate(gazetteer.candidates(mention.query))
        if p.kind in TOWN_KINDS
        and normalise(p.name) == name
        and (support := gazetteer.support(p, context)) >= REGION_SUPPORT
    ]
    return max(local, key=lambda item: item[:2])[2] if local else None


#: mentions whose words say a town is meant: "the city of X", "X police"
UNIQUE_TOWN_LABELS = frozenset({"PHRASE", "AGENCY"})


def _unique_town(gazetteer: Gazetteer, mention: Mention) -> Place | None:
    """A town the words name as one ("shot in Wetumpka", "the city of
    Anadarko", "Lampasas police") whose name no other place bears.

    A town of fewer than ``min_population_alone`` people needs another
    place of its region to resolve, lest a namesake be taken for it; a name
    with one bearer in the gazetteer has no namesake to mistake, and a short
    brief often names the town alone.  It must hold ``min_population_weak_label``
    people (the hamlets below are too many to trust a lone name).
    """
    if not (mention.after_in or mention.label in UNIQUE_TOWN_LABELS):
        return None  # "killed Copeland", "on Mathis and Prentice": a name, a street
    name = normalise(mention.query)
    bearers = [p for p in gazetteer.candidates(mention.query) if normalise(p.name) == name]
    if len(bearers) != 1 or bearers[0].kind != "city":
        return None
    small = place_rules().min_population_weak_label
    town = gazetteer.resolve(mention.query, main_names_only=True, min_population=small)
    return town if town == bearers[0] else None


def _resolve_mention(
    gazetteer: Gazetteer,
    mention: Mention,
    context: Sequence[Place],
    counties: Sequence[Place] = (),
    clocks: Mapping[str, float] = EMPTY_CLOCKS,
    readings: Sequence[Place] = (),
    homes: frozenset[str] = frozenset(),
) -> Place | None:
    """The place a mention names, if it passes the evidence its label needs.

    A name the model did not take for a place is looked up by GeoNames' main
    names only; by an alternate spelling ("Bireuen" for Bireun, "Jabaliya"
    for Jabalya) only when another place of the report lies in its region
    and the names are spellings of one another (``_spelling_of``).
    A small town the model took for a place may lie in the state of any
    county of the report's name (``counties``): "a bar in Kenly ... Wilson
    County authorities said" is Kenly, North Carolina, though the county
    alone would be read as Texas's.  ``clocks`` are the countries whose
    clocks the report's times are given in (``clock_countries``), and
    ``readings`` the possible readings of the report's other place names
    (``Gazetteer.readings``); both only rank namesakes; ``homes`` the
    countries the report's words say it is news of (``home_countries``),
    whose namesake comes before a reading abroad nothing ties abroad.
    """
    local = _local_street_town(gazetteer, mention, context)
    if local is not None:
        return local
    weak = mention.label not in PLACE_LABELS
    main_only = weak or mention.main_names_only
    lookup = partial(
        gazetteer.resolve,
        mention.query,
        clock_countries=clocks,
        readings=readings,
        tied_abroad=mention.tied_abroad,
        counties=counties,
        home_countries=homes,
    )
    place = lookup(context=context, main_names_only=main_only)
    if place is not None and _acceptable(gazetteer, mention, place, context):
        return place
    if not weak and place is None:
        place = _unique_town(gazetteer, mention)
        if place is not None:
            return place
    if not weak and counties:
        place = lookup(context=[*context, *counties], main_names_only=main_only)
        return None if place is not None and _guessed_hamlet(mention, place) else place
    if not weak or mention.words > 2 or mention.label in STREET_LABELS:
        return None
    place = lookup(context=context)
    if place is None or place.population < place_rules().min_population_weak_label:
        return None
    if not _spelling_of(mention.query, place):
        return None
    return place if gazetteer.support(place, context) >= REGION_SUPPORT else None


def _spelling_of(name: str, place: Place) -> bool:
    """Whether a name the model did not take for a place may be an alternate
    spelling of a town ("Bireuen" for Bireun), not a former or other name:
    "Stewart", a victim's surname the model tagged PERSON, is an old name of
    Fairview, North Carolina, and a report from Wilmington must not find
    that town in "Wakeel Stewart, 21".  A large city's other name
    ("Bombay") stands."""
    if place.kind != "city" or place.population >= place_rules().min_population_person:
        return True
    return close_spelling(normalise(name), normalise(place.name))


def _resolve_mentions(
    gazetteer: Gazetteer,
    mentions: list[Mention],
    earlier: Sequence[tuple[Mention, Place]],
    counties: Sequence[tuple[Mention, Place]] = (),
    clocks: Mapping[str, float] = EMPTY_CLOCKS,
    homes: frozenset[str] = frozenset(),
) -> list[tuple[Mention, Place]]:
    """Resolve mentions, longest first, keeping no two that overlap.

    ``earlier`` are the places a previous pass found; each mention is
    resolved with those found elsewhere in the report as its context, every
    well-known reading of the names found as towns or counties as
    ``readings`` (so a first guess at one name does not pull another to the
    wrong country), and ``counties``
    (every county of each county name in the report) as hints for a small
    town.  A state named as a person's home or the end of a move
    (``Mention.background``) vouches for no town (``_context``), but says
    which country the report is news of (``homes``): "moved from Texas"
    keeps a bare "Athens" American, in no state.
    """
    found: list[tuple[Mention, Place]] = []
    taken: list[tuple[int, int]] = []
    earlier = _without_namesakes_abroad(gazetteer, earlier, homes)
    named = {m.query: (m, gazetteer.readings(m.query)) for m, p in earlier if p.kind in TOWN_KINDS}
    districts = _districts_by_bare_name(earlier)
    moved = frozenset(p.country for m, p in earlier if m.background and p.kind == "region")
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if any(mention.start < end and start < mention.end for start, end in taken):
            continue
        context = _context(earlier, mention)
        hints = [p for m, p in counties if _elsewhere(m, mention)]
        readings = [p for m, places in named.values() if _elsewhere(m, mention) for p in places]
        place = _resolve_mention(gazetteer, mention, context, hints, clocks, readings, homes | moved)
        place = _own_district(mention, place, districts)
        place = _county_by_bare_name(gazetteer, mention, place, context) or place
        if place is None or _person_not_town(gazetteer, mention, place, context):
            continue
        found.append((mention, place))
        taken.append((mention.start, mention.end))
    return sorted(found, key=lambda item: item[0].start)


def _without_namesakes_abroad(
    gazetteer: Gazetteer, earlier: Sequence[tuple[Mention, Place]], homes: frozenset[str]
) -> list[tuple[Mention, Place]]:
    """The places a previous pass found, less the towns read outside the
    report's home country (``_home_of_places``) that are first guesses:
    a town whose name a place of the home country bears as well, or one
    too small to be named alone abroad (under ``min_population_person``).
    The later passes must be free to undo such a reading, so it vouches
    for nothing.  Read alone, "St Thomas" (a Jamaican parish) is Ontario's
    town, and "Seaforth" and "Blue Mountains" then Ontario's beside it,
    and the three would hold one another there in a story of Jamaica."""
    home = _home_of_places(earlier, homes)
    if home is None:
        return list(earlier)
    least = place_rules().min_population_person
    return [
        (mention, place)
        for mention, place in earlier
        if place.country == home
        or place.kind not in TOWN_KINDS
        or (
            place.population >= least
            and not any(p.country == home for p in gazetteer.candidates(mention.query))
        )
    ]


def _home_of_places(earlier: Sequence[tuple[Mention, Place]], homes: frozenset[str]) -> str | None:
    """The country a report is news of, by its places: the one more than
    half of them lie in (``Gazetteer.home_country``), else the one country
    it names as a place (not as someone's home or a move's end), where its
    words tell of no country's policing (``homes``, ``home_countries``):
    "the first to make landfall in Jamaica" in a story of parishes."""
    home = Gazetteer.home_country([p for _, p in earlier])
    if home is not None or homes:
        return home
    named = {p.country for m, p in earlier if p.kind == "country" and not m.background}
    return named.pop() if len(named) == 1 else None


def _context(earlier: Sequence[tuple[Mention, Place]], mention: Mention) -> list[Place]:
    """The places found elsewhere in the report that may vouch for
    ``mention``'s reading: not a state named as a person's home or the end
    of a move ("had moved from Texas", "was arrested in Missouri"), which
    says nothing of where a bare "Athens" or "Springfield" lies."""
    return [p for m, p in earlier if _elsewhere(m, mention) and vouches(p, background=m.background)]


def vouches(place: Place, *, background: bool) -> bool:
    """Whether a place the report names may vouch for another's reading:
    not a state told as background (a person's home or the end of a move,
    ``background`` of :class:`PlaceMention`: "had moved from Texas"), which
    says nothing of where a bare "Athens" or a dateline's town lies.  The
    one test of the bare names (:func:`_context`) and of a dateline
    (:func:`reportcheck.extract.places.component.dateline_places`)."""
    return not (background and place.kind == "region")


def _districts_by_bare_name(earlier: Sequence[tuple[Mention, Place]]) -> dict[str, Place]:
    """The districts the report names with their word ("Nassau County",
    "Orleans Parish"), by the name without it ("nassau")."""
    district_words = word_set("district_words")
    found: dict[str, Place] = {}
    for mention, place in earlier:
        words = normalise(mention.query).split()
        if place.kind == "district" and len(words) > 1 and words[-1] in district_words:
            found.setdefault(" ".join(words[:-1]), place)
    return found


def _own_district(mention: Mention, place: Place | None, districts: Mapping[str, Place]) -> Place | None:
    """A bare name the report also writes as a district ("Nassau police"
    beside "Nassau County", "in Miami-Dade" beside "Miami-Dade County") is
    that district when the name alone would be read in another country (the
    Bahamas' Nassau) or not at all: local reporting drops the county word
    once the county is named.  A reading in the district's own country stands
    ("Greenville" beside "Greenville County" is the city)."""
    district = districts.get(normalise(mention.query))
    if district is None:
        return place
    if place is None:
        return district if mention.label in PLACE_LABELS else None
    return district if place.country != district.country else place


def _county_by_bare_name(
    gazetteer: Gazetteer, mention: Mention, place: Place | None, context: Sequence[Place]
) -> Place | None:
    """The county a bare name stands for ("Nassau police", "in Nassau and
    Suffolk" in a story of Hempstead, New York), when the report has not
    written "Nassau County" itself (that is ``_own_district``'s case).

    Local reporting drops the county word once the story is set in the
    county's state, so a bare name read as a place that nothing of the
    report ties there (``_loose_reading``: Nassau alone is the Bahamas'
    capital, Suffolk alone the Virginia city) is "X County"
    (``bare_county_words`` of rules/places.yaml) when exactly one county of
    the name lies in the state of another of the report's places.  A small
    town of the report's own country gives way only to a county of a state
    the report names by another county (Suffolk beside Nassau County),
    not by the state alone ("a Tennessee man" in a Detroit story): a
    street's or a person's name read as some town ("Belmont and Junction
    avenues") is no county either.  A name read as no
    place stays none ("Florida's Gulf coast", a surname).  None when the
    rule does not apply."""
    if place is None or mention.words > 1 or mention.person_like or mention.tied_abroad or not context:
        return None
    if not _loose_reading(gazetteer, place, context):
        return None
    counties = {
        county
        for word in place_rules().bare_county_words
        for county in gazetteer.candidates(f"{mention.query} {word}")
        if county.kind == "district"
        and normalise(county.name) == normalise(f"{mention.query} {word}")
        and gazetteer.support(county, context) >= REGION_SUPPORT
        and (county.country != place.country or _county_named(county, context))
    }
    return counties.pop() if len(counties) == 1 else None


def _county_named(county: Place, context: Sequence[Place]) -> bool:
    """Whether the report names another county of the county's state
    ("Suffolk" beside "Nassau County"): a state named alone may be a
    passing word ("his brother lives in Tennessee" in a Detroit story)."""
    return any(
        other != county
        and other.kind == "district"
        and (other.country, other.region) == (county.country, county.region)
        for other in context
    )


def _loose_reading(gazetteer: Gazetteer, place: Place, context: Sequence[Place]) -> bool:
    """Whether nothing of the report ties a bare name's reading there: a
    town or county abroad with no place of its country in the report, or a
    town smaller than ``min_population_person`` with no place of its state.
    A state, a country or a large city of the report's own country is named
    for itself ("Washington" beside "Washington County, Oregon")."""
    if place.kind not in TOWN_KINDS:
        return False
    support = gazetteer.support(place, context)
    if place.country not in {p.country for p in context}:
        return support == NO_SUPPORT
    small = place.population < place_rules().min_population_person
    return place.kind == "city" and small and support < REGION_SUPPORT


def _person_not_town(gazetteer: Gazetteer, mention: Mention, place: Place, context: Sequence[Place]) -> bool:
    """A lone name the report writes as a person's elsewhere ("Sarah
    Palin", "Palin told reporters", "Sgt. Lawrence"; see :mod:`.persons`):
    the person, whatever place it names, unless the words here say a place
    is meant and where: a region written after it ("Lawrence, Kan."), or
    "in" before it ("shot in Lawrence"; not "charged in Lawrence's death",
    see :func:`.mentions.entity_mentions`) with another place of the
    report in its region, or a country's or a region's name ("in
    Georgia").  "Interest in Teixeira" in a baseball story finds no town in
    Brazil."""
    if not mention.person_like:
        return False
    if "," in mention.query and gazetteer.written_within(mention.query) is not None:
        return False
    if not mention.after_in:
        return True
    return place.kind not in AREA_KINDS and gazetteer.support(place, context) < REGION_SUPPORT


#: what a place found only inside an agency's or an outlet's name is named in
NAMED_IN = {"AGENCY": "agency", "OUTLET": "outlet"}


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a text, and whether only as part of an agency's or
    outlet's name (``named_in``: "agency", "outlet" or None): such a place
    is the agency's town, or the outlet's, before it is the story's."""

    start: int
    end: int
    place: Place
    surface: str
    named_in: str | None = None
    #: named as a person's home or the end of a move (``Mention.background``)
    background: bool = False


def find_places(doc: Doc, gazetteer: Gazetteer | None = None) -> list[tuple[int, int, Place, str]]:
    """Places named in ``doc``: ``(start_char, end_char, place, surface)``, in order."""
    return [(m.start, m.end, m.place, m.surface) for m in find_place_mentions(doc, gazetteer)]


def find_place_mentions(doc: Doc, gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Places named in ``doc``, in order (see :class:`PlaceMention`).

    The first pass resolves each mention alone; each later pass again, with
    the places the previous one found elsewhere in the report as context, so
    that "Troy" in a report about Michigan is Troy, Michigan, and a name the
    model tagged ORG or PERSON counts only beside other places of its
    country.  Such names vouch for one another in turn (the "Rostov" PERSON
    lets the "Novoshakhtinsk" ORG in), hence up to MAX_PASSES passes.
    """
    gazetteer = gazetteer or get_gazetteer()
    mentions = region_phrases(doc) + agency_mentions(doc) + entity_mentions(doc) + outlet_mentions(doc)
    mentions += modifier_mentions(doc) + street_town_mentions(doc) + settlement_mentions(doc)
    mentions += point_area_mentions(doc)
    mentions = [_tie_abroad(doc, m) for m in mentions if not _cuts_compound(text_of(doc), m)]
    mentions = [_in_background(text_of(doc), m) for m in mentions]
    counties = _county_namesakes(gazetteer, mentions)
    clocks = report_countries(text_of(doc))
    homes = home_countries(text_of(doc))
    found = _resolve_mentions(gazetteer, mentions, (), counties, clocks, homes)
    for _ in range(MAX_PASSES - 1):
        again = _resolve_mentions(gazetteer, mentions, found, counties, clocks, homes)
        if again == found:
            break
        found = again
    found = _without_bare_towns_abroad(gazetteer, found, text_of(doc))
    outlets = outlet_segments(text_of(doc).split("\n", 1)[0])
    return [
        PlaceMention(
            m.start, m.end, p, text_of(doc)[m.start : m.end], _named_in(doc, m, outlets), m.background
        )
        for m, p in found
    ]


def _tie_abroad(doc: Doc, mention: Mention) -> Mention:
    """The mention, ``tied_abroad`` when its sentence has a word of a
    crossing of borders (``abroad_cues``: "his parents immigrated from
    Naples", "back from an overseas trip to London"): reporters who name a
    foreign city bare in a local story say how it came in, and the
    state's namesake must not take it then."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return mention
    words = {token.lower_ for token in span.sent}
    return replace(mention, tied_abroad=True) if words & word_set("abroad_cues") else mention


#: the words a state's name may take between a cue and itself: "from the
#: state of Texas", "in neighboring Oregon", "in rural Georgia"
_STATE_WORDS = (
    r"(?:(?:the|state|of|neighboring|neighbouring|nearby|rural|central|northern|southern|eastern|"
    r"western|north|south|east|west|northeast|northwest|southeast|southwest|upstate|downstate)\s+){0,3}"
)


@cache
def _background_before() -> re.Pattern[str]:
    """The words right before a name that place a person or a move
    (``background_cues``, ``background_verbs`` of rules/places.yaml)."""
    rules = place_rules()
    cues = phrase_alternatives(sorted(rules.background_cues, key=len))
    verbs = "|".join(map(re.escape, rules.background_verbs))
    return re.compile(
        rf"\b(?:(?:{cues})|(?:{verbs})(?:\s+[\w'’-]+){{0,3}}?\s+(?:in|to|from))\s+{_STATE_WORDS}$",
        re.IGNORECASE,
    )


#: a capitalised word after a name: the name is part of a longer one
#: ("the Missouri State Highway Patrol")
_NAME_GOES_ON = re.compile(r"^\s+[A-Z]")


def _in_background(text: str, mention: Mention) -> Mention:
    """The mention, ``background`` when the words before it in its sentence
    place a person or a move, not the scene: "the student had moved from
    Texas", "a suspect was later arrested in Missouri", "she grew up in
    Virginia".  Such a state is where someone came from or went, and a
    report names it beside the scene's bare town as often in another state
    as in the same."""
    before = text[max(0, mention.start - 80) : mention.start]
    before = re.split(r"[.;!?]\s", before)[-1]
    if _NAME_GOES_ON.match(text[mention.end : mention.end + 3]):
        return mention
    return replace(mention, background=True) if _background_before().search(before) else mention


#: the hyphens that join the halves of a compound place name ("Miami-Dade", "Winston-Salem")
HYPHENS = "-\u2010\u2011"


def _cuts_compound(text: str, mention: Mention) -> bool:
    """Whether a mention is the second half of a hyphenated compound of
    capitalised names ("Dade" of "Miami-Dade", "Salem" of "Winston-Salem"):
    alone it is another place ("Dade", a town in China).  The compound is
    read whole when it names a place (the longest mention wins); when it
    does not, its first half may stand, as such compounds lead with their
    main town ("Miami-Dade", "Dallas-Fort Worth").  Not a name after a
    lower-case prefix ("pro-Russia", "mid-Missouri")."""
    start = mention.start
    return start > 0 and text[start - 1] in HYPHENS and _capitalised_word_end(text, start - 1)


def _capitalised_word_end(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends with a capitalised word ("Miami" of
    "Miami-"), found by walking back from ``end``: the check runs for every
    place mention, so it copies no prefix of the text."""
    stop = end
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    begin = stop
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    word = text[begin:stop]
    return bool(word) and word[-1].isalpha() and word[0].isupper()


def _county_namesakes(gazetteer: Gazetteer, mentions: Sequence[Mention]) -> list[tuple[Mention, Place]]:
    """Every county each "X County" of the report may be (there are 25
    Jefferson Counties), with the mention that names it."""
    district_words = word_set("district_words")
    found = []
    for mention in mentions:
        words = normalise(mention.query).split()
        if len(words) > 1 and words[-1] in district_words:
            found += [(mention, p) for p in gazetteer.candidates(mention.query) if p.kind == "district"]
    return found


def _named_in(doc: Doc, mention: Mention, outlets: Sequence[tuple[int, int]]) -> str | None:
    """ "agency" or "outlet" when a mention is part of such a name, however
    it was found: followed by an agency word ("Los Angeles County coroner's
    records", "Wayne County District Attorney's Office"), or in the title's
    outlet segment ("Anytown News, NC"), or followed by a newspaper's name
    anywhere ("Chicago Tribune reporter Ann Lee", "the St. Louis
    Post-Dispatch reported")."""
    if mention.label in NAMED_IN:
        return NAMED_IN[mention.label]
    if any(start <= mention.start < end for start, end in outlets):
        return "outlet"
    if newspaper_after().match(text_of(doc), mention.end):
        return "outlet"
    return "agency" if agency_after().match(text_of(doc), mention.end) else None
