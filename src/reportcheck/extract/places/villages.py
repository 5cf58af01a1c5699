"""Villages and towns the gazetteer does not know, named as such: "the
village of Ostrovka", "in Kamenka village", "the town of Khan Tuman", "the
Illinois suburb of Mudelein".

Wire reports of shelling, floods and raids name hamlets and towns GeoNames
lacks (or spells otherwise: transliterations of Arabic names, a dropped
letter); the words "village of", "town of" say it is a place all the same.
Such a name is claimed as a place (kind ``village``, id ``unresolved:NAME``)
so that the people component, which skips any span a place claim holds,
never takes it for a person, and a reader still sees where it happened.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from spacy.tokens import Doc, Span

from reportcheck.extract.core.base import text_of
from reportcheck.knowledge.gazetteer import get_gazetteer
from reportcheck.knowledge.gazetteer.names import normalise, place_rules, settlement_nouns, word_set
from reportcheck.knowledge.points import point_town_then
from reportcheck.knowledge.vocabulary import INDUSTRIAL_ZONE, QUARTER, SECTOR, UNRESOLVED_PREFIX, alternation

#: the kind and id prefix of a village the gazetteer lacks
VILLAGE_KIND = "village"
UNRESOLVED = UNRESOLVED_PREFIX
#: an Arabic article written in lower case before a later word of a name ("Urum al-Kubra")
_ARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|an)-"
#: one capitalised word of a name
_WORD = r"[A-Z][\w'’-]+"
#: the small words of a Spanish, Portuguese or Italian place name, written in
#: lower case between its capitalised words ("Valle de Santa Rita", "Santa
#: Cruz del Norte", "Barra do Piraí", "San José de las Flores"); taken only
#: with a capitalised word after it, so "do" or "de facto" after a name stays out
_PARTICLE = r"(?:de|del|da|do|dos|das|di)(?:\s+(?:la|las|los|le))?"
#: a capitalised name of one to three words ("Novaya Sokolovka", "Beit Ummar",
#: "Urum al-Kubra"), and one particle with one or two words more ("La Loma de San Juan")
_NAME = rf"{_WORD}(?:\s+(?:{_ARTICLE})?{_WORD}){{0,2}}(?:\s+{_PARTICLE}\s+{_WORD}(?:\s+{_WORD})?)?"


def has_particle(name: str) -> bool:
    """Whether a name holds one of the small words of :data:`_PARTICLE`
    ("Santa Cruz del Norte")."""
    return re.search(rf"\s{_PARTICLE}\s+[A-Z]", name) is not None


@cache
def _village_of() -> re.Pattern[str]:
    """ "the village of X", "the hamlet of X", "the town of X", "a suburb of
    X": a village's or town's noun of ``settlement_nouns`` (lower case: "the
    City of Hope" is a name), "of" and a name; not a city's ("the city of
    Raqa" is a spelling of a known city the gazetteer misses)."""
    nouns = "|".join(map(re.escape, settlement_nouns("villages", "towns")))
    return re.compile(rf"\b(?P<noun>{nouns})\s+of\s+(?P<name>{_NAME})")


#: the kind of a province or region the gazetteer lacks ("the northern province of Raqa")
REGION_KIND = "region"
#: the kind of a district the gazetteer lacks ("in Shada district")
DISTRICT_KIND = "district"


@cache
def _area_of() -> re.Pattern[str]:
    """ "the northern province of Raqa", "the governorate of Hasakeh": a
    first-level area's noun (``region_words``, lower case: "the State of
    Emergency" is none), "of" and a name.  A wire agency's transliteration
    the gazetteer lacks; another report's spelling of the same province
    ("Raqqa province") is told by its letters (compare/judges/places.py)."""
    nouns = alternation(word_set("region_words"))
    return re.compile(rf"\b(?P<noun>{nouns})\s+of\s+(?P<name>{_NAME})")


@cache
def _area_before_name() -> re.Pattern[str]:
    """ "in the municipality of Valle de Santa Rita", "the rural municipality
    of Cortazarillo": an area's noun of ``prefix_area_words`` after an
    article and at most two words in small letters (no name: "the Exarchia
    district of Athens" names the city after "of"), "of" and a name.
    Mexican, Philippine, Brazilian and Balkan reports place an incident in
    its municipality so, and the municipality is often one GeoNames lacks."""
    nouns = alternation(word_set("prefix_area_words"))
    return re.compile(
        rf"(?P<before>\b[a-z-]+\s+)?\b(?:the|a)\s+(?P<words>(?:[a-z-]+\s+){{0,2}})"
        rf"(?P<noun>{nouns})\s+of\s+(?P<name>{_NAME})"
    )


def _areas_before_names(text: str) -> list[VillageSpan]:
    """The areas named after their noun (:func:`_area_before_name`), each
    written as an area named before its noun is ("Cortazarillo
    municipality"), so that the place roles and the area comparer read both
    forms alike; the span holds the name only."""
    return [
        VillageSpan(
            m.start("name"), m.end("name"), f"{m.group('name')} {m.group('noun')}", m.group("noun"), None
        )
        for m in _area_before_name().finditer(text)
        if not _another_area(m)
    ]


def _another_area(match: re.Match[str]) -> bool:
    """Whether the words before an area named after its noun make it
    another than the incident's (``prefix_area_other_words``: "from the
    neighbouring municipality of San Bartolo", where help came from)."""
    words = (match.group("before") or "").split() + match.group("words").split()
    return any(w.lower() in word_set("prefix_area_other_words") for w in words)


@cache
def _name_district() -> re.Pattern[str]:
    """ "in Shada district", "in the Kornel district of", "in the Ketari
    province": a name, then an administrative area's noun in small letters
    (``unlisted_area_words``: "district", "upazila", "province"; "Cook
    County", capitalised, is a name the gazetteer reads).  Wire reports of strikes, floods and storms abroad
    place the incident so, often in a district GeoNames lacks or spells
    otherwise."""
    nouns = alternation(word_set("unlisted_area_words"))
    return re.compile(rf"(?P<name>{_NAME})\s+(?P<noun>{nouns})\b")


#: "X village" (lower-case "village": "Greenwich Village" is a name of its own)
_NAME_VILLAGE = re.compile(rf"(?P<name>{_NAME})\s+village\b")
#: entity labels under which "X village" names a place ("Olympic village" is NORP)
NAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "ORG"})


#: a village's country told before its noun: "the Syrian border town of",
#: "Syria's northern town of", "a Turkish village of" (a word of nationality
#: or a country's possessive, then at most three words in small letters, no
#: article among them: in "Russian warplanes struck the town of" the article
#: opens another noun phrase than the adjective's)
_TOLD_COUNTRY = re.compile(
    r"\b(?:(?P<adjective>[A-Z][a-z]+)|(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s)"
    r"\s+(?:(?!(?:the|a|an)\s)[a-z-]+\s+){0,3}$"
)


def _told_country(text: str, noun_start: int) -> str | None:
    """The ISO code of the country the words before a village's noun put it
    in ("the Syrian border town of Azaz": SY), or None.  A wire story filed
    from a bureau abroad names the incident's country so: the gazetteer
    lacks the town, and only these words say the dateline is not its
    country.  The adjective must be a word of nationality
    (``nationality_words`` of rules/places.yaml: "the Sicilian town of"
    names none)."""
    match = _TOLD_COUNTRY.search(text[max(0, noun_start - 60) : noun_start])
    if match is None:
        return None
    adjective = match.group("adjective")
    if adjective and adjective not in place_rules().nationality_words:
        return None
    return get_gazetteer().country_named(adjective, match.group("country"))


class VillageSpan(NamedTuple):
    """A village or town named as one: where its name stands, the name, the
    noun that says what it is ("village", "town") and the ISO code of the
    country the words before the noun tell, if they tell one."""

    start: int
    end: int
    name: str
    noun: str
    country: str | None


def village_spans(doc: Doc) -> list[VillageSpan]:
    """Every village or town named as one, in text order (``noun`` is the
    word that says so: "village", "town"; ``country`` the ISO code of the
    country the words before the noun name, :func:`_told_country`, or None).
    One mention may come twice, told with its country and found again by
    its name without it.

    "the village of X" says so on its own; "X village" only where the model
    took X for a name (a person, place or organisation), not for an
    adjective ("the Olympic village").
    """
    text = text_of(doc)
    found = [
        VillageSpan(
            m.start("name"),
            m.end("name"),
            m.group("name"),
            _kind_of(m.group("noun")),
            _told_country(text, m.start("noun")),
        )
        for m in [*_village_of().finditer(text), *_area_of().finditer(text)]
    ]
    for match in _NAME_VILLAGE.finditer(text):
        span = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
        if span is not None and any(t.ent_type_ in NAME_LABELS for t in span):
            found.append(
                VillageSpan(match.start("name"), match.end("name"), match.group("name"), VILLAGE_KIND, None)
            )
    areas = district_spans(doc)
    found = [f for f in found if not _read_as_its_area(f, areas)] + areas
    found += _areas_before_names(text)
    found += _point_places(doc, text)
    return sorted(set(found) | set(_named_again(text, found)), key=lambda f: (f.start, f.end, f.name, f.noun))


def _read_as_its_area(village: VillageSpan, areas: list[VillageSpan]) -> bool:
    """Whether a village's name after "village of" opens an area written
    with its noun: in "Vanapalli village of Ravulapalem mandal" the "of"
    tells the mandal that holds the village (how Indian copy places one),
    and no village is named Ravulapalem."""
    return any(area.start == village.start and area.end > village.end for area in areas)


def _point_places(doc: Doc, text: str) -> list[VillageSpan]:
    """The place of a storm's landfall or a quake's epicentre, named right
    after the point's phrase ("made landfall over Barrio Kalinaw", "came
    ashore near Punta Lagdeng", "its epicenter at Hosrava":
    :func:`reportcheck.knowledge.points.point_town_then`), a town of its
    own however small, where the model took the name for a name (a place,
    a person, an organisation: never "landfall on Sunday")."""
    found = []
    for match in point_town_then(rf"(?P<name>{_NAME})").finditer(text):
        span = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
        if span is None or not all(t.ent_type_ in NAME_LABELS or t.is_lower for t in span):
            continue
        if match.group("noun") in word_set("prefix_area_words"):
            continue  # "in the municipality of X": an area (:func:`_areas_before_names`)
        noun = VILLAGE_KIND if match.group("noun") in settlement_nouns("villages") else "town"
        found.append(VillageSpan(match.start("name"), match.end("name"), match.group("name"), noun, None))
    return found


def district_spans(doc: Doc) -> list[VillageSpan]:
    """Every district or province named as one, "Shada district" (the span
    holds the noun, as an area the gazetteer knows is written: "Polohy
    district"),
    where the model took the name for a place or an organisation, not for
    a word of a title or a common word set in capitals ("the Police
    district" is none); or where the words say an area is meant though the
    model left the name untagged (:func:`_framed_as_area`: "in the Ab Band
    district of the province").  An area written with capitalised words of
    its noun ("the Faskari Local Government Area", ``titled_area_words``)
    is read by the one noun it stands for ("Faskari LGA")."""
    found = []
    text = text_of(doc)
    for match in [*_name_district().finditer(text), *_name_titled_area().finditer(text)]:
        span = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
        if span is None:
            continue
        titled = "form" in match.groupdict()
        tagged = all(t.ent_type_ in DISTRICT_LABELS for t in span)
        if not tagged and not _framed_as_area(text, match, span, titled):
            continue
        if _institution_after(text[match.end() :]):
            continue  # "the Bristol district attorney's office": an office's name
        if _held_by_another(text, match.end()):
            continue  # "in Mokwa LGA of neighbouring Niger State": another state's area
        written = _titled_noun(match.group("form")) if titled else match.group("noun")
        name = f"{match.group('name')} {written}"
        found.append(VillageSpan(match.start(), match.end(), name, written.lower(), None))
    return found


@cache
def _name_titled_area() -> re.Pattern[str]:
    """ "Faskari Local Government Area", "Dandume LGA": a name, then the
    capitalised words of an area's noun (``titled_area_words``)."""
    forms = alternation(form for forms in place_rules().titled_area_words.values() for form in forms)
    return re.compile(rf"(?P<name>{_NAME})\s+(?P<form>{forms})\b")


def _titled_noun(form: str) -> str:
    """The one noun an area written with capitalised words is read as
    ("Local Government Area" -> "LGA")."""
    return next(noun for noun, forms in place_rules().titled_area_words.items() if form in forms)


#: the words after an area's noun that tell the area holding it as a neighbour's
#: ("of neighbouring Niger State")
_OF_ANOTHER = re.compile(r"\s+of\s+(?:the\s+)?(?P<word>[a-z-]+)\s")


def _held_by_another(text: str, end: int) -> bool:
    """Whether the area that holds an area is told as another than the
    report's own, by a word of ``prefix_area_other_words`` right after the
    noun's "of" ("the Kwara incident came a day after ... a boat capsized
    near Gbajibo in Mokwa Local Government Area of neighbouring Niger
    State"): where an earlier or a nearby incident happened, as "from the
    neighbouring municipality of" is where help came from."""
    match = _OF_ANOTHER.match(text, end)
    return match is not None and match.group("word") in word_set("prefix_area_other_words")


#: the words after an area's noun that frame it as an area ("the Ab Band district of the province")
_OF_AFTER = re.compile(r"\s+of\s")


def _framed_as_area(text: str, match: re.Match[str], span: Span, titled: bool) -> bool:
    """Whether an area's name the model left untagged is framed as an
    area's all the same: proper nouns, not all of them common words ("the
    Western district of", "the Police district of"; "Ab Band" holds one), whose noun is an area's written
    in capitals ("Faskari Local Government Area") or is followed by "of"
    and the area that holds it ("in the Ab Band district of the province",
    "in Andar district of Ghazni province"), as Afghan, Pakistani and
    Nigerian copy places an incident in an area GeoNames lacks."""
    if not (titled or _OF_AFTER.match(text, match.end())):
        return False
    common = word_set("common_words")
    return all(t.pos_ == "PROPN" for t in span) and not all(t.lower_ in common for t in span)


def _institution_after(after: str) -> bool:
    """Whether the words after an area's noun name an office or a court of
    it (``area_institution_words``: "district attorney", "district
    magistrates' court")."""
    words = re.findall(r"[a-z]+", after[:24].lower())
    return bool(words) and words[0] in word_set("area_institution_words")


#: entity labels under which "X district" names a district (a person's name
#: before the noun is most often the model's misreading of an unknown place)
DISTRICT_LABELS = frozenset({"PERSON", "GPE", "LOC", "ORG", "FAC", "NORP"})


def _named_again(text: str, found: list[VillageSpan]) -> list[VillageSpan]:
    """The other mentions of a name the report once calls a village or a
    town: "attacked in the town of Urum al-Kubra ... the convoy travelling to
    Urum al-Kubra" is one place however it is written after (in the country
    a mention told, where one did and no two differ)."""
    again = []
    for name, noun in {(name, noun) for _, _, name, noun, _ in found if not is_area_named_after(noun)}:
        countries = {country for _, _, n, _, country in found if n == name and country}
        country = next(iter(countries)) if len(countries) == 1 else None
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
            again.append(VillageSpan(match.start(), match.end(), name, noun, country))
    return again


def _kind_of(noun: str) -> str:
    """What the noun makes the place, for its label: a hamlet or a settlement
    is a village, a town's or a province's noun ("town", "suburb",
    "province") says itself."""
    return noun if noun in settlement_nouns("towns") or noun in word_set("region_words") else VILLAGE_KIND


def is_district(noun: str) -> bool:
    """Whether ``noun`` names a smaller area ("district", "upazila")."""
    return noun in word_set("district_words")


def is_area_named_after(noun: str) -> bool:
    """Whether ``noun`` is an area's written after its name, "Shada
    district", "Ketari province", "Faskari LGA" (:func:`district_spans`),
    whose span holds the noun and whose role the place roles read."""
    return noun in word_set("unlisted_area_words") or noun in word_set("titled_area_words")


def place_kind(noun: str) -> str:
    """The gazetteer kind of a place the gazetteer lacks, named by ``noun``:
    a region for a province's noun, a district for a district's, a village
    otherwise."""
    if is_district(noun):
        return DISTRICT_KIND
    return REGION_KIND if noun in word_set("region_words") else VILLAGE_KIND


#: a town's name after a quarter's "of" or before its possessive ("San Diego", "Northwest Baltimore")
_TOWN = rf"{_WORD}(?:\s+{_WORD})?"


class QuarterSpan(NamedTuple):
    """A named quarter of a town: where its name stands, the name, the noun
    that says it is a quarter ("neighbourhood", "area"), the town's name
    where the words give it (None for "in the Las Fuentes neighborhood"),
    and where the whole phrase stands, whose words before and after tell
    what the quarter is to the story."""

    start: int
    end: int
    name: str
    noun: str
    town: str | None
    phrase_start: int
    phrase_end: int


#: an ordinal before an industrial quarter's noun, its name ("the third industrial zone")
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"


@cache
def _quarter_patterns() -> tuple[re.Pattern[str], ...]:
    """ "the Dhamankar Naka area of Bhiwandi" (a quarter's noun of
    ``quarter_words``, "of" and the town), "Bhiwandi's Shanti Nagar area"
    (the town's possessive, ``owner``, before the name), "the Las Fuentes neighborhood"
    (a noun of ``bare_quarter_words``, no town: a quarter of the report's
    own city), "the Jabal al-Weibdeh area of the capital" (the own town
    named by reference, ``own_town_words``: no town either).  The noun in
    small letters: "the French Quarter" is a name."""
    nouns = alternation(word_set("quarter_words"))
    bare = alternation(word_set("bare_quarter_words"))
    own = alternation(word_set("own_town_words"))
    return (
        re.compile(rf"\bthe\s+(?P<name>{_NAME})\s+(?P<noun>{nouns})\s+of\s+(?P<town>{_TOWN})"),
        re.compile(rf"\b(?P<owner>{_TOWN})['’]s\s+(?P<name>{_NAME})\s+(?P<noun>{nouns})\b"),
        re.compile(rf"\bthe\s+(?P<name>{_NAME})\s+(?P<noun>{bare})\b(?!\s+of\s)"),
        re.compile(rf"\bthe\s+(?P<name>{_NAME})\s+(?P<noun>{nouns})\s+of\s+the\s+(?:{own})\b"),
    )


@cache
def _loose_town_patterns() -> tuple[re.Pattern[str], ...]:
    """The quarters whose noun says what they are whatever the words after
    them, their town kept only where the model reads it as a place (else
    none: "of Sfax", which the model often tags an organisation): an
    industrial quarter (``industrial_quarter_words``, in small letters or
    capitals, "the Sidi Salem industrial zone of Sfax", "in Shuwaikh
    Industrial Area", "the third industrial zone"), a numbered one
    (``numbered_quarter_words``, "Sector 5 of the Bawana industrial area",
    "Noida's Sector 63"), and one whose noun stands before its name
    (``prefix_quarter_words``, "in colonia Villa Adela", "Barangay Ucab")."""
    industrial = "|".join(
        r"\s+".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in noun.split())
        for noun in sorted(word_set("industrial_quarter_words"), key=len, reverse=True)
    )
    numbered = alternation(place_rules().numbered_quarter_words)
    prefix = "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in word_set("prefix_quarter_words"))
    town_after = rf"(?:\s+of\s+(?:the\s+)?(?P<town>{_TOWN}))?"
    return (
        re.compile(
            rf"\b(?:(?<=the\s)(?P<ordinal>{_ORDINAL})|(?P<name>{_NAME}))\s+(?P<noun>{industrial})\b{town_after}"
        ),
        re.compile(
            rf"(?:\b(?P<owner>{_TOWN})['’]s\s+)?\b(?P<name>(?P<noun>{numbered})[- ]\d+[A-Z]?)\b{town_after}"
        ),
        re.compile(rf"\b(?P<noun>{prefix})\.?\s+(?P<name>{_NAME})"),
    )


def quarter_spans(doc: Doc) -> list[QuarterSpan]:
    """Every named quarter of a town (:func:`_quarter_patterns`,
    :func:`_loose_town_patterns`), in text order, one for each name's span
    (the one with its town where two shapes take it), where the model took
    no word of the name for a nationality or a group ("the Hispanic
    neighborhood", "the Jewish quarter" name people, not a quarter), and no
    word after a noun written before the name makes it a title ("Barangay
    Captain Rodel Lim").  Reporters place a raid, a collapse or a shooting so
    inside a town, and the quarter is most often one GeoNames lacks; claimed
    as a place, its name is no person's ("Dhamankar Naka", which the model
    tags a person)."""
    text = text_of(doc)
    found: dict[tuple[int, int], QuarterSpan] = {}
    for pattern in _quarter_patterns():
        for match in pattern.finditer(text):
            groups = [g for g in ("owner", "town") if g in pattern.groupindex]
            if not all(_town_a_place(doc, match, g) or _plain_quarter(match, g) for g in groups):
                continue
            town = next((match.group(g) for g in ("town", "owner") if g in pattern.groupindex), None)
            _keep_quarter(doc, match, town, found)
    for pattern in _loose_town_patterns():
        for match in pattern.finditer(text):
            towns = (g for g in ("town", "owner") if g in pattern.groupindex and match.group(g))
            town = next((match.group(g) for g in towns if _town_a_place(doc, match, g)), None)
            _keep_quarter(doc, match, town, found)
    return sorted(found.values())


def _plain_quarter(match: re.Match[str], group: str) -> bool:
    """Whether the quarter's noun says it is a part of a town whatever the
    model makes of the town after its "of" (``town_quarter_words``): "the
    Boribana quarter of Attécoubé", "the Gobelet quarter of Cocody", whose
    towns the model tags an organisation.  Only after "of": a possessive
    before the name may be a name's own ("the Tillman's Corner area")."""
    return group == "town" and normalise(match.group("noun")) in word_set("town_quarter_words")


def _keep_quarter(
    doc: Doc, match: re.Match[str], town: str | None, found: dict[tuple[int, int], QuarterSpan]
) -> None:
    """Add the quarter ``match`` names to ``found`` (by its name's span),
    unless its name is a people's, a title's or an article's ("The
    Industrial Area" opening a sentence), or the span already holds one
    with its town."""
    group = "ordinal" if "ordinal" in match.re.groupindex and match.group("ordinal") else "name"
    start, end = match.start(group), match.end(group)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or _names_a_people(span) or (group == "name" and span[0].is_stop) or _titled(match):
        return
    held = found.get((start, end))
    if held is not None and (held.town or not town):
        return
    found[(start, end)] = QuarterSpan(
        start, end, match.group(group), match.group("noun"), town, match.start(), match.end()
    )


def _titled(match: re.Match[str]) -> bool:
    """Whether a noun written before a quarter's name opens an officer's
    title or an office's name instead ("Barangay Captain Rodel Lim",
    "Barangay Health Center"): a word of ``prefix_quarter_titles`` right
    after the noun or right after the name."""
    if match.group("noun").lower().rstrip(".") not in word_set("prefix_quarter_words"):
        return False
    titles = word_set("prefix_quarter_titles")
    first = match.group("name").split()[0].lower()
    after = match.string[match.end("name") :].split(maxsplit=1)
    return first in titles or bool(after and after[0].lower().strip(".,") in titles)


def quarter_kind(noun: str) -> str:
    """The kind of the quarter its noun names: an industrial zone, a
    numbered sector, or any other quarter (vocabulary's ``QUARTER_KINDS``)."""
    if normalise(noun) in word_set("industrial_quarter_words"):
        return INDUSTRIAL_ZONE
    if noun in place_rules().numbered_quarter_words:
        return SECTOR
    return QUARTER


#: entity labels under which the town of a quarter, after "of" or in a possessive before it, is a place
#: ("Bhiwandi's", "the Bronx's", "the Clairemont section of San Diego")
TOWN_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _town_a_place(doc: Doc, match: re.Match[str], group: str) -> bool:
    """Whether the model took the town a quarter is told of, the possessive
    before its name (``owner``) or the name after its "of" (``town``), for a
    place: "Philadelphia's Kensington section", not "the Tillman's Corner
    area" (a name that holds a possessive); "the Clairemont section of San
    Diego", not "the Metro section of The New York Times" (a newspaper's
    pages) nor "the Arrivals area of Terminal 2" (a building's part)."""
    span = doc.char_span(match.start(group), match.end(group), alignment_mode="expand")
    return span is not None and all(t.ent_type_ in TOWN_LABELS for t in span)


def _names_a_people(span: Span) -> bool:
    """Whether a quarter's name is a people's or a group's ("Hispanic",
    "African-American"): a word the model tags a nationality or a group, or
    one of ``nationality_words``."""
    nationalities = place_rules().nationality_words
    return any(t.ent_type_ == "NORP" or t.text in nationalities for t in span)
