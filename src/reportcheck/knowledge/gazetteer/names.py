"""Places and their names: the Place record, the place rules, and the keys names are looked up by.

The bottom layer of the gazetteer: what a place is (:class:`Place`), the
schema of ``rules/places.yaml`` (:class:`PlaceRules`), and how a name as
written becomes a lookup key (:func:`normalise`) or, for an ISO 3166-2
subdivision, the several keys and adjective stems it may be written as.
The builder (:mod:`.build`) indexes places by these keys, the lookups
(:mod:`.lookup`) and the span finders of ``extract`` look names up by them.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Annotated

from pydantic import Field
from rapidfuzz import fuzz

from reportcheck.knowledge.rules import Strict, load_rule_file


@dataclass(frozen=True, slots=True)
class Place:
    """One place of the gazetteer.

    ``region`` is the GeoNames admin1 code (``"61"`` is Rostov oblast in RU,
    ``"CA"`` California), ``None`` for a country.  ``geonameid`` is negative
    for regions and districts GeoNames (as shipped) has no record of: a
    stable id made from their names (see ``synthetic_id``).
    """

    name: str
    kind: str
    country: str
    region: str | None
    region_name: str | None
    geonameid: int
    population: int


class SettlementNouns(Strict):
    """``settlement_nouns`` of ``rules/places.yaml``, by the size of place they name."""

    villages: list[str]
    towns: list[str]
    cities: list[str]
    areas: list[str]


class PersonCues(Strict):
    """``person_cues`` of ``rules/places.yaml``: the words around a
    capitalised name that make it a person's, not a town's."""

    speech_verbs: list[str]
    titles: list[str]
    kin_nouns: list[str]
    max_age: int = Field(ge=1)


class CapitalReferences(Strict):
    """``capital_references`` of ``rules/places.yaml``: how a report names
    a country's capital without its name ("the Syrian capital")."""

    stem: int = Field(ge=1)
    country_ending: int = Field(ge=0)
    stan_ending: int = Field(ge=0)
    adjective_ending: int = Field(ge=0)
    adjectives: dict[str, str]
    own: list[str]
    #: countries whose capital GeoNames gives is not the one city reporters
    #: mean by it (several seats: Sucre and La Paz); their reference is no place
    several_seats: list[str] = []
    #: adjectives two countries share ("Congolese"): their reference is no place
    shared_adjectives: list[str] = []


class PlaceRules(Strict):
    """The schema of ``rules/places.yaml``."""

    region_words: list[str]
    district_words: list[str]
    point_words: list[str]
    point_name_words: list[str]
    point_settlement_words: list[str]
    point_towns_near_km: float
    point_repeat_words: list[str]
    unlisted_area_words: list[str]
    #: the one noun an area is read as ("LGA") -> the capitalised words it is written with
    titled_area_words: dict[str, list[str]]
    prefix_area_words: list[str]
    prefix_area_other_words: list[str]
    quarter_words: list[str]
    bare_quarter_words: list[str]
    town_quarter_words: list[str]
    industrial_quarter_words: list[str]
    prefix_quarter_words: list[str]
    prefix_quarter_titles: list[str]
    numbered_quarter_words: list[str]
    own_town_words: list[str]
    area_institution_words: list[str]
    subdivision_type_words: list[str]
    adjective_suffixes: list[str]
    name_abbreviations: dict[str, str]
    common_words: list[str]
    direction_words: list[str]
    street_words: list[str]
    agency_words: list[str]
    settlement_nouns: SettlementNouns
    person_cues: PersonCues
    resident_nouns: list[str]
    incident_nouns: list[str]
    scene_nouns: list[str]
    area_nouns: list[str]
    outlet_prefixes: list[str]
    outlet_suffixes: list[str]
    newspaper_words: list[str]
    not_places: list[str]
    nationality_words: list[str]
    capital_references: CapitalReferences
    country_aliases: dict[str, list[str]]
    us_state_abbreviations: dict[str, list[str]]
    region_anchors: dict[str, Annotated[list[str], Field(min_length=2)]]
    #: countries whose first-level regions are read only beside a place of
    #: the country (``Gazetteer._parish_unplaced``)
    regions_beside_country: list[str]
    zone_countries: dict[str, list[str]]
    call_signs_abroad: list[str]
    route_words: list[str]
    journey_words: list[str]
    min_population_alone: int = Field(ge=0)
    min_population_person: int = Field(ge=0)
    seat_population: int = Field(ge=0)
    home_country_places: int = Field(ge=1)
    home_namesake_population: int = Field(ge=0)
    home_state_rival_population: int = Field(ge=0)
    home_state_places: int = Field(ge=1)
    #: a namesake in another state of the report's metro this many times the
    #: size of a small home-state namesake keeps its rank (``_out_of_home_state``)
    home_state_neighbour_ratio: float = Field(gt=1)
    #: core cities ("City, ST") of metro areas across state lines -> their states
    cross_state_metros: dict[str, list[str]]
    abroad_cues: list[str]
    background_cues: list[str]
    background_verbs: list[str]
    country_words: dict[str, list[str]]
    call_signs_not_stations: list[str]
    bare_county_words: list[str]
    border_words: list[str]
    border_reach: int = Field(ge=1)
    min_population_weak_label: int = Field(ge=0)
    same_name_ratio: float = Field(gt=50, le=100)
    folded_name_ratio: float = Field(gt=50, le=100)
    folded_min_length: int = Field(ge=1)


@cache
def place_rules() -> PlaceRules:
    """The packaged place rules, read once."""
    return load_rule_file("places.yaml", PlaceRules)


# ---------------------------------------------------------------- names

_FOLD = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ə": "e", "ŋ": "ng"}
)
LATIN_LETTER = re.compile(r"[A-Za-z]")
_QUOTES = re.compile(r"['`]")
_NON_WORD = re.compile(r"[\W_]+")
_LATIN_KEY = re.compile(r"[a-z0-9 ]+")


@cache
def name_abbreviations() -> dict[str, str]:
    return dict(place_rules().name_abbreviations)


@lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """The lookup key of a name: what spelling habits may change is dropped.

    Case, accents, apostrophes ("Ust'-Ilimsk"), hyphens ("Ust-Ilimsk" and "Ust
    Ilimsk"), a leading "the", and "St."/"Mt."-style abbreviations differ
    between reports and between GeoNames' alternate names; the key ignores
    them all.  Letters outside the Latin script are dropped: reports are in
    English, and a name in another script has a Latin alternate in GeoNames.
    """
    text = name.casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_FOLD)).encode("ascii", "ignore").decode("ascii")
    words = _NON_WORD.sub(" ", _QUOTES.sub("", text)).split()
    if len(words) > 1:
        if words[0] == "the":
            words = words[1:]
        abbreviations = name_abbreviations()
        words = [abbreviations.get(w, w) for w in words]
    return " ".join(words)


def close_spelling(key_a: str, key_b: str) -> bool:
    """Whether two lookup keys (:func:`normalise`) may be spellings of one
    place: a rapidfuzz ratio of ``same_name_ratio`` (rules/places.yaml) or
    more.  The one test of a name against a place's name, for the lookups
    and the span finders alike: chance pairs of city names rarely reach
    it, Jabaliya/Jabalya (93) and Askhar/Askar (91) do (the measurements
    are beside the threshold in the YAML).  Two names the gazetteer lacks
    are compared by :func:`spelled_alike`, on folded keys and at
    ``folded_name_ratio``."""
    return fuzz.ratio(key_a, key_b) >= place_rules().same_name_ratio


#: letters transliterations of one name swap ("Kubra"/"Kobra", "Jeyhian"/"Jeyhyan")
_VOWEL_FOLD = str.maketrans({"o": "u", "e": "i", "y": "i"})


def _spelling_key(name: str) -> str:
    """A name with what transliteration and typing change dropped: spaces and
    hyphens ("al-Kubra"/"Alkobra"), doubled letters ("Raqqa"/"Raqa"), the
    vowels o/u and e/i/y."""
    letters = normalise(name).replace(" ", "")
    return re.sub(r"(.)\1+", r"\1", letters).translate(_VOWEL_FOLD)


def spelled_alike(a: str, b: str) -> bool:
    """Whether two spellings may be one name the gazetteer lacks: "Urum
    al-Kubra" and "Urum Alkobra", "Mundelein" and "Mudelein" (a dropped
    letter).  Their keys are equal, or, when both are long enough that a
    letter more or less does not make another name, nearly equal with the
    same first letter: ``folded_name_ratio`` and ``folded_min_length`` of
    rules/places.yaml, where the YAML says why 90 here and 88 in
    :func:`close_spelling` let as many chance pairs through."""
    key_a, key_b = _spelling_key(a), _spelling_key(b)
    if not key_a or not key_b:
        return False
    if key_a == key_b:
        return True
    rules = place_rules()
    if min(len(key_a), len(key_b)) < rules.folded_min_length or key_a[0] != key_b[0]:
        return False
    return fuzz.ratio(key_a, key_b) >= rules.folded_name_ratio


def unglided(name: str) -> str:
    """A name without the letters transliteration adds to a short name: an
    "h" after a consonant or at the end, a "w" after a vowel ("Ghowr" and
    "Ghor", "Bhola" and "Bola", "Hamah" and "Hama" provinces).  An area's
    name bare of its noun is short, and :func:`spelled_alike` must then
    spell it alike letter for letter."""
    return re.sub(r"(?<=[b-df-hj-np-tv-z])h|(?<=[aeiou])h\b|(?<=[aeiou])w(?![aeiouy])", "", name, flags=re.I)


def is_latin_key(key: str) -> bool:
    """Whether a normalised name is in Latin script (reports are in English)."""
    return bool(key) and _LATIN_KEY.fullmatch(key) is not None


def is_code(name: str) -> bool:
    """Airport and similar codes among GeoNames alternate names ("ROV", "IKT")."""
    return len(name) <= 4 and name.isupper() and name.isalpha()


@cache
def settlement_nouns(*sizes: str) -> tuple[str, ...]:
    """The nouns a place's name follows with "of" ("the town of Elwood"), of
    the sizes asked ("villages", "towns", "cities", "areas"), longest first (for a
    pattern's alternatives)."""
    nouns = place_rules().settlement_nouns
    words = {word for size in sizes for word in getattr(nouns, size)}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@cache
def word_set(field: str) -> frozenset[str]:
    """The normalised words of one list of the place rules, built once: the
    place readers ask for them for every mention of every report."""
    return frozenset(normalise(w) for w in getattr(place_rules(), field))


@cache
def area_nouns() -> frozenset[str]:
    """The nouns an area's name is written with, after it ("Polohy district",
    "Ketari province", "Kherson oblast"): ``region_words`` and
    ``district_words`` together, which the place readers and the place judges
    all ask for."""
    return word_set("region_words") | word_set("district_words")


@cache
def _type_word_sequences() -> tuple[tuple[str, ...], ...]:
    words = {tuple(normalise(w).split()) for w in place_rules().subdivision_type_words}
    return tuple(sorted((w for w in words if w), key=len, reverse=True))


def _strip_type_words(key: str) -> str:
    """A subdivision name without the words that say what kind of area it is."""
    words = key.split()
    changed = True
    while changed and words:
        changed = False
        for seq in _type_word_sequences():
            n = len(seq)
            if len(words) > n and tuple(words[:n]) == seq:
                words, changed = words[n:], True
            elif len(words) > n and tuple(words[-n:]) == seq:
                words, changed = words[:-n], True
    return " ".join(words)


def subdivision_keys(name: str) -> list[str]:
    """Normalised variants of an ISO 3166-2 name, full forms first, then cores."""
    full, cores = name_forms(name)
    return list(dict.fromkeys(full + cores))


def name_forms(name: str) -> tuple[list[str], list[str]]:
    """The full forms of an area's name, and its cores without type words.

    ISO writes "Tatarstan, Respublika", "Murcia, Región de", "Catalunya
    [Cataluña]" and "Wales [Cymru GB-CYM]"; each yields its plain forms.  A
    core ("kyiv" of "Kyiv Oblast") is a weaker name than a full form: the
    city of Kyiv is "Kiev" before Kyiv oblast is.
    """
    forms = []
    bracketed = re.findall(r"\[([^\]]*)\]", name)
    plain = re.sub(r"\s*\[[^\]]*\]", "", name).strip()
    forms.append(plain)
    for alt in bracketed:
        forms.append(" ".join(w for w in alt.split() if not re.fullmatch(r"[A-Z]{2}-\w+", w)))
    if "," in plain:
        head, _, tail = plain.partition(",")
        forms.extend([head, f"{tail.strip()} {head}"])
    full = [k for k in dict.fromkeys(normalise(form) for form in forms) if is_latin_key(k)]
    cores = [
        c for c in dict.fromkeys(_strip_type_words(k) for k in full) if is_latin_key(c) and c not in full
    ]
    return full, cores


def adjective_stems(core: str) -> list[str]:
    """Nouns a region adjective may come from ("irkutskaya" -> "irkutsk")."""
    words = core.split()
    if not words:
        return []
    last, stems = words[-1], []
    for suffix in sorted(place_rules().adjective_suffixes, key=len, reverse=True):
        if last.endswith(suffix) and len(last) - len(suffix) >= 3:
            stems.append(" ".join([*words[:-1], last[: -len(suffix)]]))
    return stems


def stem_fits(stem: str, main: str) -> bool:
    """Whether a city's name is an adjective stem give or take an ending.

    "kemerov" fits Kemerovo, "tul" Tula, "rivnen" Rivne; short stems must
    be one letter off, or "kur" would fit every Kur- town.
    """
    if main.startswith(stem):
        extra = len(main) - len(stem)
    elif stem.startswith(main) and len(main) >= 4:
        extra = len(stem) - len(main)
    else:
        return False
    return extra <= (3 if len(stem) >= 5 else 1)


def synthetic_id(kind: str, country: str, admin1: str | None, name: str) -> int:
    """A stable negative id for an area GeoNames (as shipped) has no record of.

    Callers compare places by id; a shared 0 would make every such region
    the same place.  The id depends only on what names the area, so it is
    the same in every process and every build.
    """
    return -zlib.crc32(f"{kind}|{country}|{admin1}|{name}".encode()) - 1
