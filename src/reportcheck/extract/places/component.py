"""Places as claims, resolved in the GeoNames gazetteer.

The model often mislabels places ("Novoshakhtinsk" as an organisation), so
:func:`reportcheck.knowledge.gazetteer.find_places` checks candidate spans against
GeoNames; each place keeps its country and first-level region so the
comparer can tell a place from the region that contains it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from reportcheck.details import PlaceDetails
from reportcheck.extract.core.base import RawClaim, add_claim, register_extractor, text_of
from reportcheck.extract.places.capitals import capital_references
from reportcheck.extract.places.roles import place_role
from reportcheck.extract.places.spans import PlaceMention, find_place_mentions, vouches
from reportcheck.extract.places.villages import (
    UNRESOLVED,
    QuarterSpan,
    VillageSpan,
    has_particle,
    is_area_named_after,
    place_kind,
    quarter_kind,
    quarter_spans,
    village_spans,
)
from reportcheck.knowledge.datelines import dateline_matches
from reportcheck.knowledge.gazetteer import (
    Gazetteer,
    Place,
    get_gazetteer,
    normalise,
    place_rules,
    report_countries,
)
from reportcheck.knowledge.vocabulary import (
    AREA_KINDS,
    DATELINE_KINDS,
    DATELINE_ROLE,
    PART_OF_CITY,
    QUARTER,
    SCENE,
    TOWN_KINDS,
)
from reportcheck.models import ClaimKind, Value

#: a county abbreviated in a dateline: "ROCKBRIDGE CO., Va."
COUNTY_ABBREVIATION = re.compile(r"\bCo\.$")


def dateline_places(
    doc: Doc, found: list[tuple[int, int, Place, str]], background: frozenset[tuple[int, int]] = frozenset()
) -> list[tuple[int, int, Place, str, bool]]:
    """The city of a wire dateline, resolved with the region written after it,
    and whether it was found in that region.

    A dateline names a place for sure, so a small town resolves with no
    other place of its region in the report ("HONESDALE —") or in the
    region written after it ("AUBURN, Ala." is Auburn, Alabama).  A town
    GeoNames lacks in that region is read as elsewhere only when it is large
    enough to resolve on its own: the name is still the story's.  A state
    the report names as someone's home or the end of a move (``background``,
    the spans of :attr:`PlaceMention.background`) is no context for a bare
    dateline ("ATHENS --" beside "had moved from Texas").
    """
    gazetteer = get_gazetteer()
    context = [p for start, end, p, _ in found if vouches(p, background=(start, end) in background)]
    clocks = report_countries(text_of(doc))
    small_town = place_rules().min_population_weak_label
    places = []
    for match in dateline_matches(text_of(doc)):
        city = COUNTY_ABBREVIATION.sub("County", match.group("city").title())
        region = _dateline_region(gazetteer, match.group("region")) if match.group("region") else None
        outer = gazetteer.resolve(region) if region else None
        written = False
        if outer is not None and outer.kind in AREA_KINDS:
            place = gazetteer.resolve(f"{city}, {region}", min_population=small_town)
            written = place is not None
            place = place or gazetteer.resolve(city, context=[*context, outer])
        else:
            place = gazetteer.resolve(
                city, context=context, min_population=small_town, clock_countries=clocks
            )
        if place is not None and place.kind in DATELINE_KINDS:
            places.append((match.start("city"), match.end("city"), place, match.group("city"), written))
    return places


def read_as_dateline(
    doc: Doc, found: list[tuple[int, int, Place, str]], datelines: list[tuple[int, int, Place, str, bool]]
) -> list[tuple[int, int, Place, str]]:
    """The report's places, a name its dateline writes with its state read as
    the dateline's place wherever the report writes it alone.

    A report names one place by one name: "NAPLES, Fla." makes the
    "Naples police" of its next line Florida's, not Italy's, and "YORK
    CITY, Pa." the "York City" of its body Pennsylvania's, though either
    name alone is the larger foreign city's.  The body's mentions are
    resolved before the dateline (which takes them as context), and a
    namesake vouches for no other (``Gazetteer.support``), so the dateline's
    state must be carried over here.  A name written with a place of its
    own ("Naples, Italy") keeps it."""
    gazetteer = get_gazetteer()
    sure = [place for _, _, place, _, written in datelines if written]
    if not sure:
        return found
    read = []
    for n, (start, end, place, surface) in enumerate(found):
        if place not in sure and not _written_within(doc, found, n):
            candidates = gazetteer.candidates(surface)
            place = next((p for p in sure if p in candidates), place)
        read.append((start, end, place, surface))
    return read


def _written_within(doc: Doc, found: list[tuple[int, int, Place, str]], n: int) -> bool:
    """Whether the n-th place is written with a place that holds it after a
    comma: in its own span ("Naples, Italy") or as the next place found."""
    gazetteer = get_gazetteer()
    _, end, place, surface = found[n]
    if gazetteer.written_within(surface) is not None:
        return True
    if n + 1 >= len(found):
        return False
    start, _, outer, _ = found[n + 1]
    return text_of(doc)[end:start].strip() == "," and gazetteer.contains(outer, place)


def _places_written_within(
    doc: Doc, found: list[tuple[int, int, Place, str]], datelines: list[tuple[int, int, Place, str, bool]]
) -> set[Place]:
    """The places the report writes with the state or country they lie in,
    at one mention at least: "Jackson, Miss." in a sentence, "JACKSON,
    Tenn." as a dateline read in that state.  Reporters write a US town with
    its state (AP style) where the name alone might be another state's, so
    the state written is the report's word for which town it means; a bare
    "Jackson" read as the same place later in the report shares it.  A town
    placed only by a state the report names elsewhere (``_state_named``) is
    weaker evidence and kept apart (``within_named_elsewhere``)."""
    written = {place for _, _, place, _, within in datelines if within}
    written.update(found[n][2] for n in range(len(found)) if _written_within(doc, found, n))
    return {place for place in written if place.kind in TOWN_KINDS}


#: how far from a bare US town (in characters) a state named by its own name
#: may stand and still place it: about one story, never a wire dump's next one
STATE_NAMED_REACH = 1_500


def _state_named(found: list[tuple[int, int, Place, str]]) -> set[tuple[int, int]]:
    """The mentions of US towns whose state the report names elsewhere by its own name:
    "in Athens" beside "the Athens County Sheriff's Office in southeastern
    Ohio" is the Ohio town as surely as "Athens, Ohio", so two reports'
    Athens of two named states are two towns, not spellings of one
    (compare/judges/places.py).  The state itself, not a county of it: a
    county's name is read together with the town's, and both may land in
    the wrong state together (Elgin, Fayette County and West Union lie in
    Illinois as in Iowa).  A US town only: a state there tells namesakes
    apart, while England, a first-level region, holds both of Britain's
    Christchurches.  Weak evidence all the same (a report names other
    states beside the scene's: a suspect's, a family's), so two reports'
    namesakes placed so make a possible conflict only
    (compare/spots.py's ``namesakes_by_state_named``); ``found`` leaves out
    the states named as a person's home or the end of a move.  Only a state
    within ``STATE_NAMED_REACH`` characters of the mention counts: about one
    story's length, so a wire dump's other stories (and a long text's other
    chunks, parsed apart) place nothing."""
    states = [(start, (p.country, p.region)) for start, _, p, _ in found if p.kind == "region"]
    return {
        (start, end)
        for start, end, place, _ in found
        if place.kind == "city"
        and place.country == "US"
        and any(
            key == (place.country, place.region) and abs(at - start) <= STATE_NAMED_REACH
            for at, key in states
        )
    }


def _namesakes_in_states(written: set[Place]) -> set[Place]:
    """The places written with their states whose name the report also
    writes for a place of another state: "a Jackson man ... in Jackson,
    Miss." under "JACKSON, Tenn.".  A report that names both namesakes
    tells them apart itself (a home town and a scene, the dateline and
    the scene), so neither is its one town of the name."""
    states: dict[str, set[tuple[str, str | None]]] = {}
    for place in written:
        states.setdefault(normalise(place.name), set()).add((place.country, place.region))
    return {place for place in written if len(states[normalise(place.name)]) > 1}


def _scene_elsewhere(dateline: Place, scenes: set[Place]) -> bool:
    """Whether the report tells a town or county as the scene that is not
    the dateline's town nor holds it: the dateline is then where the
    reporter filed from ("JACKSON, Tenn. -- ... a woman in Memphis"), and
    counts as the scene only in a report that gives no other."""
    gazetteer = get_gazetteer()
    return any(
        scene.kind in TOWN_KINDS
        and not gazetteer.contains(scene, dateline)
        and not gazetteer.contains(dateline, scene)
        for scene in scenes
    )


def _dateline_region(gazetteer: Gazetteer, region: str) -> str:
    """The state or country written after a dateline's city, as the
    gazetteer reads it: a state's abbreviation may lose its dot on a web page
    ("YORK, Pa- A girl", "SPARTA, Wis (WKBT) -"), which alone reads as no
    state, and York resolves to England's."""
    outer = gazetteer.resolve(region)
    if outer is not None and outer.kind in AREA_KINDS:
        return region
    if region.isalpha():
        dotted = gazetteer.resolve(f"{region}.")
        if dotted is not None and dotted.kind == "region" and dotted.country == "US":
            return f"{region}."
    return region


#: words before a place that put the spot around it, not in it: "the suburbs
#: of Chicago", "a suburb of Denver", "outside Kabul", "near Healdsburg",
#: "just east of Knightstown" ("in the suburb of Holladay" names the suburb)
AROUND = re.compile(
    r"\b(?P<around>(?:the\s+)?(?:suburbs|outskirts|environs|vicinity)\s+of|(?<!the\s)suburb\s+of"
    r"|outside(?:\s+of)?|near|nearby"
    r"|(?:just\s+)?(?:north|south|east|west)(?:east|west)?\s+of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _around(doc: Doc, start: int) -> str | None:
    """ "suburbs of" when the place is written as the centre of a wider spot."""
    match = AROUND.search(text_of(doc)[max(0, start - 40) : start])
    return " ".join(match.group("around").lower().split()) if match else None


def _stated_as(doc: Doc, start: int, end: int, place: Place, datelines: list[tuple[int, int]]) -> str | None:
    """What the words around a place say it is to the story (:mod:`.roles`):
    the dateline's city, the scene, someone's home, a street..."""
    if any(low <= start < high for low, high in datelines):
        return DATELINE_ROLE
    return _role_in_sentence(doc, start, end, place.kind)


def _role_in_sentence(doc: Doc, start: int, end: int, kind: str) -> str | None:
    """What the words of its sentence make of a place of ``kind`` (:func:`place_role`)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    text = text_of(doc)
    sentence = span.sent if span is not None and len(span) else None
    low, high = (sentence.start_char, sentence.end_char) if sentence is not None else (start, end)
    return place_role(text[start:end], kind, start, text[low:start], text[end:high])


def extract_locations(doc: Doc) -> None:
    """A location claim for each place named, the dateline's first.

    A place named only inside an agency's or an outlet's name ("Houston
    Police Department", "CBS Chicago") says so in ``named_in``; what the
    words around it make of it (the dateline, the scene, a home town, a
    street) in ``stated_as``.  Venues and streets below the gazetteer are
    claimed by a component of their own, last (:mod:`.venues`).
    """
    villages = village_spans(doc)
    mentions = _outside_longer_names(find_place_mentions(doc), villages)
    found = [(m.start, m.end, m.place, m.surface) for m in mentions]
    named_in = {(m.start, m.end): m.named_in for m in mentions if m.named_in}
    background = frozenset((m.start, m.end) for m in mentions if m.background)
    datelines = [m.span("city") for m in dateline_matches(text_of(doc))]
    datelined = dateline_places(doc, found, background)
    found = read_as_dateline(doc, found, datelined)
    strong = _places_written_within(doc, found, datelined)
    weak_at = _state_named([f for f in found if (f[0], f[1]) not in background])
    weak = {place for start, end, place, _ in found if (start, end) in weak_at} - strong
    written = strong | weak
    namesakes = _namesakes_in_states(written)
    places = [*[d[:4] for d in datelined], *found]
    roles = [_stated_as(doc, start, end, place, datelines) for start, end, place, _ in places]
    #: where the words of a capital named by reference start ("Iraq's capital"), by its claim's start
    said_from = {}
    for capital in capital_references(doc, [place for _, _, place, _ in places], [d[2] for d in datelined]):
        # the city's name as the surface: the judges and the incident match look surfaces up
        places.append((capital.start, capital.end, capital.place, capital.place.name))
        roles.append(_stated_as(doc, capital.words_start, capital.end, capital.place, datelines))
        said_from[capital.start] = capital.words_start
    scenes = {place for (_, _, place, _), role in zip(places, roles, strict=True) if role == SCENE}
    for (start, end, place, surface), role in zip(places, roles, strict=True):
        elsewhere = role == DATELINE_ROLE and _scene_elsewhere(place, scenes)
        details = PlaceDetails(
            kind=place.kind,
            country=place.country,
            geonameid=str(place.geonameid),
            surface=surface,
            named_in=named_in.get((start, end)),
            stated_as=role,
            around=_around(doc, said_from.get(start, start)) or None,
            region=place.region or None,
            region_name=place.region_name or None,
            within_written=place in strong or (start, end) in weak_at or None,
            within_named_elsewhere=(place not in strong and (start, end) in weak_at) or None,
            namesake_named=place in namesakes or None,
            scene_elsewhere=elsewhere or None,
        )
        value = Value(name=place.name, label=f"{place.name} ({place.kind}, {place.country})")
        add_claim(doc, RawClaim(ClaimKind.location, start, end, "place", "place", value, details))
    taken = [(start, end) for start, end, _, _ in found]
    spans: dict[tuple[int, int, str, str], str | None] = {}
    for start, end, name, noun, country in villages:
        # one mention found twice (named as a village, and again by its name): the told country wins
        spans[(start, end, name, noun)] = spans.get((start, end, name, noun)) or country
    for (start, end, name, noun), country in sorted(spans.items()):
        if not any(start < high and low < end for low, high in taken):
            _add_village(doc, start, end, name, noun, country)
    held = [*taken, *((v.start, v.end) for v in villages)]
    quarters = quarter_spans(doc)
    _add_quarters(doc, [q for q in quarters if not any(q.start < high and low < q.end for low, high in held)])


def _outside_longer_names(mentions: list[PlaceMention], villages: list[VillageSpan]) -> list[PlaceMention]:
    """The mentions of known places but those that are only the first words
    of a longer name a village's or an area's noun introduces, held
    together by a small word ("the town of Santa Cruz del Norte" is not
    Santa Cruz; "the municipality of San Pedro de las Colonias" not San
    Pedro): Spanish and Portuguese names often begin with a known town's."""
    longer = [(v.start, v.end) for v in villages if has_particle(v.name)]
    return [m for m in mentions if not any(low <= m.start and m.end < high for low, high in longer)]


def _add_quarters(doc: Doc, quarters: list[QuarterSpan]) -> None:
    """A place claim for each named quarter the gazetteer lacks (see
    :func:`reportcheck.extract.places.villages.quarter_spans`), its town's
    name in ``place_words``.  What the words around the whole phrase make of
    it ("stormed the bar in the San Juanico neighbourhood of Celaya": the
    scene) is its role, but a report that puts a scene in two quarters
    tells a story of several (a weekend's shootings across a city), so none
    of its quarters is told as the scene alone: each is a part of a city."""
    roles = [_role_in_sentence(doc, q.phrase_start, q.phrase_end, QUARTER) for q in quarters]
    scenes: dict[str, set[str]] = {}
    for quarter, role in zip(quarters, roles, strict=True):
        if role == SCENE:
            scenes.setdefault(quarter_kind(quarter.noun), set()).add(quarter.name.lower())
    for quarter, role in zip(quarters, roles, strict=True):
        kind = quarter_kind(quarter.noun)
        details = PlaceDetails(
            kind=kind,
            geonameid=f"{UNRESOLVED}{quarter.name.lower()}",
            surface=quarter.name,
            # several scenes of one kind: a roundup; a sector in its industrial area is one scene
            stated_as=PART_OF_CITY if role == SCENE and len(scenes[kind]) > 1 else role,
            place_words=quarter.town.lower() if quarter.town else None,
        )
        value = Value(name=quarter.name, label=f"{quarter.name} ({quarter.noun})")
        claim = RawClaim(ClaimKind.location, quarter.start, quarter.end, "place", "place", value, details)
        add_claim(doc, claim)


def _add_village(doc: Doc, start: int, end: int, name: str, noun: str, country: str | None = None) -> None:
    """A village, town or province the gazetteer lacks, named as one (see
    :mod:`.villages`); its kind is a village's whatever the settlement's
    noun, a region's for a province; its label says the noun; its country
    the one the words before the noun tell ("the Syrian town of")."""
    kind = place_kind(noun)
    details = PlaceDetails(
        kind=kind,
        geonameid=f"{UNRESOLVED}{name.lower()}",
        surface=name,
        country=country,
        # an area is told as the scene as a known one is ("struck a market in Shada district")
        stated_as=_role_in_sentence(doc, start, end, kind) if is_area_named_after(noun) else None,
    )
    # "Shada district" holds its noun; "Ostrovka (village)" says it
    value = Value(name=name, label=name if is_area_named_after(noun) else f"{name} ({noun})")
    add_claim(doc, RawClaim(ClaimKind.location, start, end, "place", "place", value, details))


register_extractor("reportcheck_locations", extract_locations)
