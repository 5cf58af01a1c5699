"""Same incident or not: the decision compare shows and batch groups by.

Profiles here are written by hand in the patterns reports give: a story's
city and state, the day it names, the kind of event its lead tells, the
people and streets it names.  The end-to-end cases use reports written for
these tests (a crash in one state against a shooting in another; two
reports of one shooting), not copies of real articles.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from reportcheck.incident_match import (
    DIFFERENT,
    SAME,
    UNSURE,
    IncidentProfile,
    city_sides,
    event_types,
    match_profiles,
    match_reports,
    name_words,
    streets,
    town_names,
)

from .conftest import incident_match_of

DAY = dt.date(2019, 8, 17).toordinal()


def profile(
    *,
    city=None,
    region=("US", "CA"),
    days=(),
    published=None,
    people=(),
    kind=None,
    street=(),
    weapons=(),
    words=(),
    ages=(),
    clocks=(),
    weekdays=(),
    killed=None,
    injured=None,
    age_sexes=(),
    sides=(),
    mentions=(),
):
    """A profile of a report told in a few words: ``city`` is (id, name);
    ``mentions`` maps a name to how often the text names it."""
    places = (city,) if city else ()
    return IncidentProfile(
        days=tuple((d, d) for d in days),
        published=published,
        places=places,
        city=city[0] if city else None,
        city_name=city[1] if city else None,
        regions=(region,) if region else (),
        people=tuple(people),
        types=((kind, 3),) if kind else (),
        streets=tuple(street),
        weapons=tuple(weapons),
        words=tuple(sorted(words)),
        ages=tuple(sorted(ages)),
        clocks=tuple(sorted(clocks)),
        weekdays=tuple(sorted(weekdays)),
        killed=killed,
        injured=injured,
        age_sexes=tuple(sorted(age_sexes)),
        sides=tuple(sorted(sides)),
        mentions=tuple(dict(mentions).items()),
    )


PHOENIX = ("5308655", "Phoenix")
YUCAIPA = ("5411015", "Yucaipa")
TEMPE = ("5317058", "Tempe")


# ------------------------------------------------------------ different


def test_a_crash_in_one_state_and_a_shooting_in_another_are_different():
    crash = profile(city=YUCAIPA, region=("US", "CA"), days=[DAY], kind="crash")
    shooting = profile(city=PHOENIX, region=("US", "AZ"), days=[DAY + 300], kind="shooting")
    match = match_profiles(crash, shooting)
    assert match.decision == DIFFERENT
    kinds = {(e.kind, e.relation, e.strength) for e in match.evidence}
    assert ("place", "contradicting", "strong") in kinds
    assert ("event", "contradicting", "strong") in kinds
    assert ("date", "contradicting", "strong") in kinds


def test_two_shootings_in_other_countries_are_different_even_of_one_kind():
    russia = profile(city=("1", "Novoshakhtinsk"), region=("RU", "61"), kind="shooting")
    texas = profile(city=("2", "Killeen"), region=("US", "TX"), kind="shooting")
    assert match_profiles(russia, texas).decision == DIFFERENT


def test_another_city_of_one_state_months_apart_is_different():
    """Two weak contradictions (another city, published months apart), nothing shared."""
    a = profile(city=PHOENIX, region=("US", "AZ"), published=DAY, kind="shooting")
    b = profile(city=TEMPE, region=("US", "AZ"), published=DAY + 200, kind="shooting")
    assert match_profiles(a, b).decision == DIFFERENT


def test_a_shared_person_keeps_far_places_from_being_different():
    """A victim flown to a hospital in another state: the person ties the reports."""
    a = profile(city=YUCAIPA, region=("US", "CA"), people=[("Maria Lopez", "victim")], kind="crash")
    b = profile(city=PHOENIX, region=("US", "AZ"), people=[("Maria Lopez", "victim")], kind="crash")
    assert match_profiles(a, b).decision != DIFFERENT


# ------------------------------------------------------------ same


def test_a_victim_named_alike_in_one_city_is_the_same_incident():
    a = profile(city=PHOENIX, people=[("Darnell Q. Hughes", "victim")], kind="shooting")
    b = profile(city=PHOENIX, people=[("Darnel Hughes", "victim")], kind="shooting")
    match = match_profiles(a, b)
    assert match.decision == SAME
    assert any(e.kind == "person" and e.strength == "strong" for e in match.evidence)


def test_a_city_and_a_day_in_common_are_the_same_incident():
    a = profile(city=PHOENIX, days=[DAY], kind="shooting")
    b = profile(city=PHOENIX, days=[DAY + 1], kind="shooting")  # overnight: a day apart
    assert match_profiles(a, b).decision == SAME


def test_a_street_in_common_is_strong():
    a = profile(city=PHOENIX, street=["maryvale parkway"], kind="shooting")
    b = profile(city=PHOENIX, street=["maryvale parkway"])
    assert match_profiles(a, b).decision == SAME


def test_one_city_one_day_but_other_victims_is_not_sure():
    """Two shootings of one city on one night: the named victims tell them apart."""
    a = profile(city=PHOENIX, days=[DAY], people=[("Keisha Brown", "victim")], kind="shooting")
    b = profile(city=PHOENIX, days=[DAY], people=[("Tomas Reyes", "victim")], kind="shooting")
    assert match_profiles(a, b).decision == UNSURE


def test_a_surname_alone_is_no_anchor():
    """Strangers share surnames: "Johnson" in two cities ties nothing."""
    a = profile(city=PHOENIX, people=[("Johnson", "")])
    b = profile(city=PHOENIX, people=[("Johnson", "")])
    assert match_profiles(a, b).decision == UNSURE


def test_too_little_stated_is_unsure():
    assert match_profiles(profile(region=None), profile(region=None)).decision == UNSURE


def test_the_decision_is_symmetric_in_its_verdict():
    a = profile(city=YUCAIPA, days=[DAY], kind="crash", people=[("Ann Lee", "victim")])
    b = profile(city=PHOENIX, region=("US", "AZ"), days=[DAY + 40], kind="shooting")
    assert match_profiles(a, b).decision == match_profiles(b, a).decision == DIFFERENT


# ------------------------------------------------------------ several reports


def test_several_reports_are_different_when_any_two_are():
    same_a = profile(city=PHOENIX, days=[DAY], kind="shooting")
    same_b = profile(city=PHOENIX, days=[DAY], kind="shooting")
    other = profile(city=YUCAIPA, region=("US", "CA"), days=[DAY + 90], kind="crash")
    match = match_reports([same_a, same_b, other])
    assert match.decision == DIFFERENT
    assert any(e.detail.startswith("reports 1 and 3: ") for e in match.evidence)
    assert match_reports([same_a, same_b]).decision == SAME


def test_profiles_round_trip_through_plain_values():
    original = profile(
        city=PHOENIX,
        days=[DAY],
        people=[("Ann Lee", "victim")],
        kind="shooting",
        street=["a road"],
        mentions={"Ann Lee": 3},
    )
    assert IncidentProfile.from_dict(original.to_dict()) == original


# ------------------------------------------------------------ reading a report


@pytest.mark.parametrize(
    ("headline", "lead", "kind"),
    [
        (
            "Tour bus overturns on I-10",
            "A bus carrying 30 passengers crashed and rolled over on the freeway.",
            "crash",
        ),
        (
            "Man shot dead outside bar",
            "A gunman opened fire on Friday night; the victim was shot twice.",
            "shooting",
        ),
        (
            "5.8 quake rattles valley",
            "The earthquake, a magnitude 5.8 temblor, was followed by aftershocks.",
            "earthquake",
        ),
    ],
)
def test_the_lead_says_what_kind_of_incident(headline, lead, kind):
    found = IncidentProfile(types=event_types(headline, lead))
    assert found.main_type == kind


def test_opened_fire_is_no_fire():
    found = IncidentProfile(types=event_types("Deputies shot at", "A suspect opened fire on deputies."))
    assert found.main_type == "shooting"


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("in the 1200 block of Tuggle Road on Wednesday", "tuggle road"),
        ("near W. Van Buren St. and 35th Avenue", "w van buren street"),
        ("on Maryvale Parkway, police said", "maryvale parkway"),
    ],
)
def test_streets_as_reporters_write_them(text, street):
    assert street in streets(text)


def test_a_highway_patrol_is_no_street():
    assert streets("the California Highway Patrol said") == ()


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("A motorcyclist died after a crash on State Highway 5 near Te Waka.", "state highway 5"),
        ("Russell was killed on North Highway 340 in Parrottsville.", "north highway 340"),
    ],
)
def test_a_numbered_highway_keeps_its_number(text, street):
    """ "State Highway 1" and "State Highway 5" are two roads: the number is
    part of the street two reports must both give."""
    assert streets(text) == (street,)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # genre52b 06 (RNZ), varied: the detour told after "use ... as an alternative"
        (
            "A cyclist died on State Highway 3 near Mangaweka. Drivers were told to use"
            " State Highway 4 and State Highway 2 via Dannevirke as an alternative.",
            ("state highway 3",),
        ),
        (
            "A truck overturned on Harlow Road on Monday. Diversions are in place via Station Road"
            " and Mill Lane.",
            ("harlow road",),
        ),
        # the street the traffic was taken off, written before the route word, stays
        ("Traffic on Dunmore Street was diverted onto Quarry Road after the crash.", ("dunmore street",)),
        # near-misses: no detour word, or police asking drivers to avoid the scene
        ("Police asked motorists to avoid Elm Street while officers searched the area.", ("elm street",)),
        ("The gunman fled along Birch Avenue toward the park.", ("birch avenue",)),
    ],
)
def test_a_detour_street_is_no_street_of_the_incident(text, kept):
    assert streets(text) == kept


def test_a_place_spelled_two_ways_is_named_the_same_whatever_the_order():
    """A dateline's CHICAGO and the body's Chicago: one spelling, chosen by
    the words, not by the order a set happens to hold them in."""
    spellings = [("4887398", "CHICAGO"), ("4887398", "Chicago"), ("4888015", "Englewood")]
    assert (
        town_names(spellings)
        == town_names(reversed(spellings))
        == {
            "4887398": "Chicago",
            "4888015": "Englewood",
        }
    )
    assert town_names([("1", "NYC"), ("1", "New York")]) == {"1": "New York"}, "the longest spelling wins"


# ------------------------------------------------------------ a town in other forms, officials, rare words


def test_one_town_name_read_as_two_places_is_still_one_town():
    """The gazetteer took "Bastrop" for the Texan town in one report and the
    Louisianan one in the other: both reporters wrote the same town."""
    a = profile(city=("4673353", "Bastrop"), region=("US", "TX"), people=[("Rita Nunez", "victim")])
    b = profile(city=("4315588", "BASTROP"), region=("US", "LA"), people=[("Rita Nunez", "")])
    match = match_profiles(a, b)
    assert match.decision == SAME
    assert not any(e.relation == "contradicting" for e in match.evidence)


@pytest.mark.parametrize("county", ["Maricopa County", "Orleans Parish", "Kenai Peninsula Borough"])
def test_a_town_and_its_county_do_not_contradict(county):
    a = profile(city=TEMPE, region=("US", "AZ"), people=[("Omar Velez", "victim")], kind="shooting")
    b = profile(city=("999001", county), region=("US", "AZ"), people=[("Omar Velez", "")])
    assert match_profiles(a, b).decision == SAME
    other = profile(city=PHOENIX, region=("US", "AZ"), people=[("Omar Velez", "")])
    assert match_profiles(a, other).decision == UNSURE  # two towns: the reader would check


def test_a_police_spokesman_quoted_in_both_is_no_anchor():
    """A department's spokesman speaks of every shooting in his city."""
    a = profile(city=PHOENIX, people=[("Jonas Whitfield", "official")], kind="shooting")
    b = profile(city=PHOENIX, people=[("Jonas Whitfield", "official")], kind="shooting")
    match = match_profiles(a, b)
    assert match.decision == UNSURE
    assert [e.strength for e in match.evidence if e.kind == "person"] == ["weak"]


@pytest.mark.parametrize(
    ("text", "kept", "left"),
    [
        (
            "Police said Marquise Tolliver, 19, was shot on Alder Lane. The police chief spoke to the press.",
            ["tolliver", "marquise", "alder"],
            ["police", "the"],
        ),
        (
            "WICHITA: On Saturday, deputies found DeShawn O'Neal near Kellerman's Bar in Wichita, KSN said.",
            ["o'neal", "deshawn", "wichita", "kellerman's"],
            ["saturday", "on", "ksn"],  # a call sign is only ever written in capitals
        ),
    ],
)
def test_name_words_are_the_words_a_text_only_writes_capitalised(text, kept, left):
    words = name_words(text)
    assert all(word in words for word in kept)
    assert not any(word in words for word in left)


def test_rare_words_of_a_batch_tie_reports_together():
    """The victim's surname, the street and the bar, each in a few reports of
    the batch: three of them make one incident, two do with a city."""
    rare = {"tolliver", "kellerman's", "alder", "quarry"}
    a = profile(region=("US", "KS"), words=["tolliver", "kellerman's", "alder", "sheriff"])
    b = profile(region=("US", "KS"), words=["tolliver", "kellerman's", "alder", "sheriff"])
    match = match_profiles(a, b, rare)
    assert match.decision == SAME
    assert any(e.kind == "words" and "Tolliver" in e.detail for e in match.evidence)
    two_a = profile(region=("US", "KS"), words=["tolliver", "alder"])
    assert match_profiles(two_a, b, rare).decision == UNSURE
    placed_a = profile(city=PHOENIX, words=["tolliver", "alder"])
    placed_b = profile(city=PHOENIX, words=["tolliver", "alder"])
    assert match_profiles(placed_a, placed_b, rare).decision == SAME
    assert match_profiles(placed_a, placed_b).decision == UNSURE  # no batch: no word is known rare
    common = profile(region=("US", "KS"), words=["sheriff"])
    assert not any(e.kind == "words" for e in match_profiles(common, b, rare).evidence)


# ------------------------------------------------------------ regions of the scene


QUAKE_CALIFORNIA = (
    "TRONA, Calif. (AP) -- A magnitude 6.1 earthquake struck near Trona in Southern California on "
    "Thursday morning, about 140 miles west of Las Vegas, Nevada, the USGS said."
)
QUAKE_NEVADA = (
    "TONOPAH, Nev. (AP) -- A magnitude 6.5 earthquake struck near Tonopah, Nevada, early Friday. "
    "People from Salt Lake City, Utah, to California's Central Valley said they felt it."
)


def test_two_quakes_share_no_region_through_the_cities_they_were_measured_from():
    """A quake story names the cities it was felt in or measured from, whose
    regions overlap another quake's; only the places it puts the quake in
    (a locative, the dateline) say its region."""
    from reportcheck.api import compare_reports
    from reportcheck.load import load_text

    reports = [load_text(QUAKE_CALIFORNIA), load_text(QUAKE_NEVADA)]
    match = compare_reports(reports).incident_match
    assert match.decision == DIFFERENT, match.evidence


def test_a_town_the_gazetteer_reads_in_another_state_does_not_set_the_reports_apart():
    """ "Palmer" alone is read as the Massachusetts town; another report of the
    same fire names only Anchorage, Alaska, where another Palmer lies (ECB+
    topic 13's pattern, our own words).  Not "different": the pick of one
    reading is no evidence of another state."""
    from reportcheck.api import compare_reports
    from reportcheck.load import load_text

    first = load_text(
        "PALMER -- A fire gutted a former dairy building in downtown Palmer on Friday night, "
        "fire officials said. No one was hurt."
    )
    second = load_text(
        "ANCHORAGE, Alaska (AP) -- A fire gutted a former dairy building Friday night, "
        "fire officials said. No one was hurt."
    )
    match = compare_reports([first, second]).incident_match
    assert match.decision != DIFFERENT, match.evidence
    assert any("may be a place in AK, US" in e.detail for e in match.evidence), match.evidence


# ------------------------------------------------------------ station datelines


STATION_REPORT = (
    "ST. LOUIS (KQZX) - A 14-year-old girl was shot and killed at a friend's home on "
    "Sunday, Jan. 10, 2016, police said. A 15-year-old boy turned himself in."
)
WIRE_REPORT = (
    "ST. LOUIS, Mo. (AP) -- A 14-year-old girl was fatally shot on Sunday, Jan. 10, 2016, "
    "inside a friend's home, police said."
)


def test_a_station_dateline_and_a_wire_dateline_of_one_city_are_one_incident():
    """A station writes no state for its own city ("ST. LOUIS (KTVI) -"): its
    call sign puts the city in the US, so the two reports share the city and
    the day (read alone, "St. Louis" was the Senegalese region, in no region
    of the wire's Missouri)."""
    from reportcheck.api import compare_reports
    from reportcheck.load import load_text

    match = compare_reports([load_text(STATION_REPORT), load_text(WIRE_REPORT)]).incident_match
    assert match.decision == SAME, match.evidence
    assert any(e.kind == "place" and "st. louis" in e.detail.lower() for e in match.evidence), match.evidence


def test_station_datelines_of_other_incidents_stay_different():
    """A Phoenix station's shooting against a California station's bus crash
    months later: the call signs add no evidence that ties them."""
    from reportcheck.api import compare_reports
    from reportcheck.load import load_text

    shooting = load_text(
        "PHOENIX (KQZX) - A man was shot and killed outside a Phoenix apartment complex on "
        "Saturday, Aug. 17, 2019, police said."
    )
    crash = load_text(
        "YUCAIPA, Calif. (KWVR) -- A tour bus crashed on a highway near Yucaipa on Monday, "
        "June 15, 2020, injuring 20 people, the California Highway Patrol said."
    )
    match = compare_reports([shooting, crash]).incident_match
    assert match.decision == DIFFERENT, match.evidence


# ------------------------------------------------------------ wire datelines: where a report was filed


def _profile_of(text: str) -> IncidentProfile:
    from reportcheck.api import extract_report
    from reportcheck.incident_match import incident_profile
    from reportcheck.load import load_text

    return incident_profile(extract_report(load_text(text), 0))


@pytest.mark.parametrize(
    ("first", "second", "region"),
    [
        (  # an air strike filed from two bureaus, the province named in both bodies
            "DUBAI (Reuters) - An air strike on a market in Yemen's Saada province killed 14 civilians, "
            "residents said.",
            "SANAA (AP) - A coalition air strike hit a market in Saada province, killing at least 21 "
            "civilians, medics said.",
            "15, YE",
        ),
        (  # a quake filed from the capital and from the city it struck near
            "KABUL - A magnitude 6.3 earthquake struck western Afghanistan about 40 km northwest of "
            "Herat, officials said.",
            "HERAT, Afghanistan (AP) - A strong earthquake shook the province of Herat, killing dozens.",
            "11, AF",
        ),
    ],
)
def test_a_bureau_dateline_does_not_set_apart_reports_whose_bodies_name_one_site(first, second, region):
    """A wire agency files from a bureau city (Dubai, Sanaa, Kabul), not from
    the site: two reports of one air strike or quake with datelines in other
    regions share the region their bodies put it in, and are compared."""
    match = incident_match_of(first, second)
    assert match.decision != DIFFERENT, match.evidence
    assert any(e.relation == "shared" and region in e.detail for e in match.evidence), match.evidence
    assert not any("no region in common" in e.detail for e in match.evidence), match.evidence


def test_a_bureau_dateline_is_no_place_of_the_incident():
    """The profile of a report filed from Beirut about Raqqa puts the incident
    in Raqqa's region, not Lebanon, and Beirut is not its city."""
    profile = _profile_of(
        "BEIRUT (Reuters) - Air strikes killed 12 civilians in the Syrian city of Raqqa, "
        "a monitoring group said."
    )
    assert profile.regions and all(country == "SY" for country, _ in profile.regions), profile.regions
    assert profile.city_name is None or "beirut" not in profile.city_name.lower()
    assert "beirut" not in {name.lower() for _, name in profile.places}


def test_one_bureau_filing_two_sites_in_other_regions_is_no_shared_place():
    """Two reports filed from one bureau about strikes on cities of two other
    provinces: the shared dateline no longer ties them ("both name Beirut"),
    and the sites set them apart."""
    match = incident_match_of(
        "BEIRUT (Reuters) - Air strikes killed 12 civilians in the Syrian city of Raqqa, "
        "a monitoring group said.",
        "BEIRUT (AP) - Shelling killed nine people in the central Syrian city of Homs, a monitor said.",
    )
    assert not any("beirut" in e.detail.lower() for e in match.evidence), match.evidence
    assert match.decision == DIFFERENT, match.evidence


def test_a_local_dateline_whose_body_names_its_county_stays_the_scene():
    """A local story's dateline town, its county named in the body, is where
    it happened: the rule leaves it the story's city."""
    profile = _profile_of(
        "HOUSTON (AP) -- A man was shot and killed in north Harris County on Friday, deputies said."
    )
    assert profile.city_name is not None and "houston" in profile.city_name.lower(), profile
    assert ("US", "TX") in profile.regions


# ------------------------------------------------------------ details alike (rules/incident_match.yaml)


def _details(match) -> list[str]:
    return [e.detail for e in match.evidence if e.kind == "details"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # the victim's and the suspect's ages, the weekday, the time
            {"ages": [34, 38], "weekdays": ["friday"], "clocks": [18 * 60 + 20]},
            {"ages": [34, 38], "weekdays": ["friday"], "clocks": [18 * 60 + 20]},
        ),
        (  # one age and the time within minutes ("8:34 p.m.", "around 8:30 p.m.")
            {"ages": [2], "clocks": [20 * 60 + 34]},
            {"ages": [2, 27], "clocks": [20 * 60 + 30]},
        ),
        (  # the street with and without its compass word, and the weekday
            {"street": ["s harrison street"], "weekdays": ["tuesday"]},
            {"street": ["harrison street"], "weekdays": ["tuesday"]},
        ),
        (  # a quarter of the compass too ("NE 14th Avenue", "14th Avenue": rules/venues.yaml)
            {"street": ["ne 14th avenue"], "weekdays": ["sunday"]},
            {"street": ["14th avenue"], "weekdays": ["sunday"]},
        ),
        (
            {"street": ["southwest morrison street"], "weekdays": ["monday"]},
            {"street": ["sw morrison street"], "weekdays": ["monday"]},
        ),
        (  # two victims named in full, neither an official (a day apart each side)
            {"people": [("Caleb Remaley", "victim"), ("Dana Remaley", "")]},
            {"people": [("Caleb Remaley", ""), ("Dana Remaley", "victim")]},
        ),
        (  # a count of several dead and of the hurt
            {"killed": 3, "injured": 2, "weekdays": ["sunday"]},
            {"killed": 3, "injured": 2},
        ),
    ],
)
def test_details_alike_in_one_city_are_one_incident(first, second):
    """Reports of one shooting that give no date (a weekday only) share a city and
    otherwise only weak evidence; the ages, clock time, weekday, street or people
    they give alike make them one incident."""
    a = profile(city=PHOENIX, kind="shooting", **first)
    b = profile(city=PHOENIX, kind="shooting", **second)
    assert match_profiles(a, b).decision == SAME, match_profiles(a, b).evidence
    assert _details(match_profiles(a, b)), match_profiles(a, b).evidence
    without = match_profiles(profile(city=PHOENIX, kind="shooting"), profile(city=PHOENIX, kind="shooting"))
    assert without.decision == UNSURE


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # two shootings of one city a week apart: one dead each, other ages, other weekdays
            {"ages": [19], "weekdays": ["saturday"], "killed": 1},
            {"ages": [24], "weekdays": ["friday"], "killed": 1},
        ),
        (  # the weekday alone
            {"ages": [19], "weekdays": ["saturday"]},
            {"ages": [31], "weekdays": ["saturday"]},
        ),
        (  # a roundup's six ages share one with a brief's two by chance
            {"ages": [17, 22, 25, 27, 28, 35], "clocks": [23 * 60]},
            {"ages": [22, 41], "clocks": [23 * 60 + 50]},
        ),
        (  # the same two police spokesmen speak of both
            {"people": [("Joe Ortiz", "official"), ("Ann Reyes", "official")], "weekdays": ["monday"]},
            {"people": [("Joe Ortiz", "official"), ("Ann Reyes", "official")]},
        ),
        (  # a child of one age shot on one weekday: many child shootings of a city are
            {"ages": [2], "weekdays": ["tuesday"], "killed": 1},
            {"ages": [2], "weekdays": ["tuesday"], "killed": 1},
        ),
        (  # a time on the hour is how reporters round any time near it
            {"clocks": [22 * 60], "weekdays": ["saturday"]},
            {"clocks": [22 * 60 + 5]},
        ),
        (  # a weekend roundup's many times: one alike a brief's tells nothing
            {"clocks": [60, 135, 19 * 60 + 32, 23 * 60 + 10], "weekdays": ["friday"]},
            {"clocks": [19 * 60 + 32], "weekdays": ["friday"]},
        ),
        (  # clock times an hour apart, one dead each
            {"clocks": [21 * 60], "killed": 1, "weekdays": ["sunday"]},
            {"clocks": [22 * 60], "killed": 1, "weekdays": ["saturday"]},
        ),
    ],
)
def test_few_details_alike_in_one_city_stay_unsure(first, second):
    """What every shooting of a town has (one dead, a weekend night, a spokesman)
    or one detail alone does not make two reports one incident."""
    match = match_profiles(profile(city=PHOENIX, kind="shooting", **first), profile(city=PHOENIX, **second))
    assert match.decision == UNSURE, match.evidence
    assert not _details(match), match.evidence


def test_a_street_of_one_name_in_two_cities_is_no_detail_alike():
    """Main Street in Phoenix and in Yucaipa, with the same weekday and age: no city
    or day in common anchors the details, so they weigh nothing."""
    a = profile(city=PHOENIX, region=("US", "AZ"), street=["main street"], ages=[25], weekdays=["saturday"])
    b = profile(city=YUCAIPA, region=("US", "CA"), street=["e main street"], ages=[25], weekdays=["saturday"])
    match = match_profiles(a, b)
    assert match.decision != SAME, match.evidence
    assert not _details(match), match.evidence


def test_the_weekday_counts_only_where_a_report_gives_no_day():
    """Two reports dated a week apart both tell a Saturday: the days set them
    apart, and the weekday they share is no detail alike."""
    a = profile(city=PHOENIX, days=[DAY], weekdays=["saturday"], ages=[30])
    b = profile(city=PHOENIX, days=[DAY + 7], weekdays=["saturday"], ages=[30])
    match = match_profiles(a, b)
    assert match.decision != SAME, match.evidence
    assert not _details(match), match.evidence


def test_details_of_two_undated_reports_read_from_their_text():
    """Two invented reports of one bus-stop shooting with no date of their own:
    the profile reads the ages, the clock time and the weekday, and the
    decision is ``same``; a report of another shooting in the same city that
    week (other ages, weekday and time) stays ``unsure`` against the first."""
    first = (
        "PHOENIX - A woman was shot at a bus stop on Friday evening, police said. "
        "Police received a 911 call at 6:20 p.m. The woman, 34, was taken to a hospital. "
        "Officers arrested a 38-year-old man later that evening."
    )
    second = (
        "PHOENIX - Police arrested a man Friday night after a woman was shot at a bus stop. "
        "Officers responded about 6:20 p.m. The 34-year-old woman is expected to survive. "
        "The suspect, 38, was booked on suspicion of aggravated assault."
    )
    other = (
        "PHOENIX - A man was shot outside a market on Tuesday morning, police said. "
        "Officers were called at 9:45 a.m. The man, 51, died at a hospital."
    )
    profile_a = _profile_of(first)
    assert {34, 38} <= set(profile_a.ages) and "friday" in profile_a.weekdays, profile_a
    assert 18 * 60 + 20 in profile_a.clocks, profile_a
    match = incident_match_of(first, second)
    assert match.decision == SAME, match.evidence
    assert any("34, 38" in d for d in _details(match)), match.evidence
    assert incident_match_of(first, other).decision == UNSURE


def test_details_carry_a_follow_up_weeks_on_but_not_a_retrial_years_on():
    """A charge told six weeks after the shooting names the same victim and suspect
    and their ages in the same city: one incident though the days it names are
    weeks apart.  A retrial two years on names them too: another event."""
    people = [("Travon Rollins", "victim"), ("Stephen Hardy", "suspect")]
    shooting = profile(city=PHOENIX, days=[DAY], people=people, ages=[16, 17])
    charge = profile(city=PHOENIX, days=[DAY + 45], people=people, ages=[16, 17])
    retrial = profile(city=PHOENIX, days=[DAY + 700], people=people, ages=[16, 17])
    assert match_profiles(shooting, charge).decision == SAME, match_profiles(shooting, charge).evidence
    match = match_profiles(shooting, retrial)
    assert match.decision != SAME and not _details(match), match.evidence


# ------------------------------------------------------------ a bureau's dateline abroad, a spread event


@pytest.mark.parametrize(
    ("bureau", "site"),
    [
        (  # an Istanbul bureau's story of a Syrian town the gazetteer may not place in a region
            "ISTANBUL (Reuters) - A car bomb exploded in the northern Syrian town of Azaz on Saturday, "
            "killing at least 19 people, according to a monitor.",
            "AZAZ, Syria (AP) - A car bomb exploded at a busy market in the town of Azaz in northern "
            "Syria on Saturday, killing 14 people, activists said.",
        ),
        (  # a Beirut bureau whose body names its site in no words the place reader takes
            "BEIRUT (AFP) - Rebel rocket fire on government-held western districts of Aleppo killed "
            "seven civilians on Wednesday, a monitor said.",
            "DAMASCUS (SANA) - Terrorist groups fired rocket shells on residential neighborhoods in "
            "Aleppo city on Wednesday, killing nine civilians, a police source said.",
        ),
    ],
)
def test_a_wire_bureau_abroad_does_not_split_one_strike(bureau, site):
    """An agency files from its bureau (Istanbul, Beirut): a report whose body
    puts the strike in another country, or whose only placed place is the
    credited dateline, is not told apart from the site's own report by
    "no region in common" (genre26 sy05, sy07)."""
    match = incident_match_of(bureau, site)
    assert match.decision != DIFFERENT, match.evidence
    assert not any(e.strength == "strong" and "no region in common" in e.detail for e in match.evidence)


@pytest.mark.parametrize(
    ("bureau", "site"),
    [
        (  # a bureau in Ankara, the town told only as "the Syrian border town of"
            "ANKARA (Reuters) - A car bomb killed eight civilians in the Syrian border town of Khirbet "
            "Dalla on Friday, a monitoring group said.",
            "KHIRBET DALLA, Syria - A car bomb went off near a market in Khirbet Dalla, Syria, on Friday, "
            "killing eight civilians, witnesses said.",
        ),
        (  # a bureau in Amman, the village told as "Iraq's western village of"
            "AMMAN, Jordan (AP) - Gunmen killed five police officers in Iraq's western village of Umm "
            "Sakhar late on Tuesday, officials said.",
            "BAGHDAD (Reuters) - Five policemen were shot dead in an attack on a checkpoint in the Iraqi "
            "village of Umm Sakhar on Tuesday night, police said.",
        ),
    ],
)
def test_a_bureau_abroad_over_a_town_told_by_its_country_is_filed_only(bureau, site):
    """The lede tells the town's country by a word of nationality or a
    possessive and the gazetteer lacks the town: the dateline is where the
    report was filed, not where the car bomb was, so it sets no region
    against the site's report."""
    match = incident_match_of(bureau, site)
    assert not any("no region in common" in e.detail for e in match.evidence), match.evidence
    assert match.decision != DIFFERENT


@pytest.mark.parametrize(
    ("bureau", "site", "home"),
    [
        (  # the bureau's country named as the source, its capital as the government
            "ANKARA (Reuters) - A roadside bomb killed four civilians in the Syrian town of Tell Marwan "
            "on Monday, Turkey's Interior Ministry said. The ministry blamed the PKK, which Ankara "
            "regards as a terrorist group.",
            "A roadside bomb went off near a checkpoint in Tell Marwan in Syria's Raqqa province on "
            "Monday, killing four civilians, a local council said.",
            "TR",
        ),
        (  # the country of the town told after it, by a direction word
            "BEIRUT (AFP) - Air strikes killed 11 civilians in the rebel-held town of Kafr Dabsa in "
            "northwestern Syria on Sunday, a war monitor said.",
            "Warplanes struck the town of Kafr Dabsa in the southern Idlib countryside on Sunday, "
            "killing 11 civilians, rescuers said.",
            "LB",
        ),
    ],
)
def test_a_bureau_abroad_whose_body_names_its_country_as_a_source_is_filed_only(bureau, site, home):
    """A wire story names the bureau's country as who said it ("Turkey's
    Interior Ministry said", "which Ankara regards as") or tells the town's
    country after it ("in northwestern Syria"): the dateline is still only
    where the report was filed, and sets no region against the site's
    report (genre39 pair 12, genre39b pair 36)."""
    assert not [r for r in _profile_of(bureau).regions if r[0] == home]
    match = incident_match_of(bureau, site)
    assert not any("no region in common" in e.detail for e in match.evidence), match.evidence
    assert match.decision != DIFFERENT


def test_a_bureau_abroad_is_filed_only_where_the_body_names_another_country():
    """The Istanbul dateline over a story the body puts in Syria gives the
    profile no Turkish region; the town is still where it happened."""
    profile = _profile_of(
        "ISTANBUL (Reuters) - A car bomb exploded in the town of Azaz in northern Syria on Saturday, "
        "killing at least 19 people."
    )
    assert ("TR", "34") not in profile.regions, profile.regions
    assert not profile.dateline_only


def test_a_local_dateline_that_is_the_place_still_sets_other_regions_apart():
    """Negative: a dateline with no agency credit that is the story's place
    ("HOUSTON --" over a shooting, a Chicago report of another) keeps its
    region, so two shootings of two states months apart stay different."""
    match = incident_match_of(
        "HOUSTON -- A man was shot and killed outside an apartment complex on Friday, Jan. 5, 2018, "
        "police said.",
        "CHICAGO -- A woman was shot and killed in a car on Monday, Aug. 20, 2018, police said.",
    )
    assert match.decision == DIFFERENT, match.evidence


@pytest.mark.parametrize(
    ("epicentre", "damage"),
    [
        (
            "LIMA (Reuters) - A magnitude 7.5 earthquake shook northern Peru on Sunday, 98 km east of "
            "the town of Santa Maria de Nieva in the Amazonas region, the USGS said.",
            "LIMA (AP) - A powerful earthquake struck northern Peru on Sunday. A 5-year-old boy was "
            "killed when a wall fell on him in Cajamarca region as the quake shook the north.",
        ),
        (
            "MANILA (Reuters) - Floods swept through the province of Cagayan on Monday, killing "
            "two people as flooding cut roads, officials said.",
            "MANILA (AP) - Floods caused by heavy rain killed three people in Abra province on "
            "Monday as flooding cut roads, disaster officials said.",
        ),
    ],
)
def test_a_spread_event_reaching_two_regions_of_one_country_is_no_strong_contradiction(epicentre, damage):
    """A quake's epicentre in one region and a death it caused in the next, a
    flood's two provinces, both reports filed from one city: other regions of
    one country are weakly apart for the kinds ``spread_over_regions`` lists
    (genre26 eq06).  Two quakes filed from their own towns in two states stay
    different (test_two_quakes_share_no_region_through_the_cities_...)."""
    match = incident_match_of(epicentre, damage)
    assert match.decision != DIFFERENT, match.evidence
    assert not any(e.strength == "strong" and "no region in common" in e.detail for e in match.evidence)


def test_two_shootings_in_two_regions_of_one_country_stay_strongly_apart():
    """Negative: a shooting is no spread event; two regions of one country
    with nothing shared stay a strong contradiction."""
    match = incident_match_of(
        "A man was shot and killed in Denver, Colorado on Friday, police said.",
        "A man was shot and killed in Tucson, Arizona on Friday, police said.",
    )
    assert any(e.strength == "strong" and "no region in common" in e.detail for e in match.evidence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The boat, which had left Tobruk in Libya, capsized about 47 nautical miles southwest of Pylos.",
        "The plane, bound for Kunming, crashed in a forest in Guangxi on Monday.",
    ],
)
def test_a_port_of_departure_or_destination_is_no_scene(sentence):
    """A craft's port of departure or destination ("had left Tobruk in Libya",
    "bound for Kunming") is a route, not the scene of its sinking or crash
    (genre25 dx12): the place reader marks it so, the rest stays the scene."""
    from reportcheck.api import extract_report
    from reportcheck.load import load_text
    from reportcheck.models import ClaimKind

    claims = extract_report(load_text(sentence), 0).claims
    roles = {c.evidence.text: c.place.stated_as for c in claims if c.kind is ClaimKind.location}
    route = [name for name, role in roles.items() if role == "route"]
    assert route and any(name in ("Tobruk", "Kunming") for name in route), roles
    assert all(role != "route" for name, role in roles.items() if name in ("Pylos", "Guangxi")), roles


# ------------------------------------------------ details of two scenes of one town


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # one age, a round hour and the weekday, but a man on one street, a woman on another
            {
                "ages": [23],
                "clocks": [120],
                "weekdays": ["saturday"],
                "injured": 1,
                "street": ["w 25th street"],
            },
            {
                "ages": [23],
                "clocks": [120],
                "weekdays": ["saturday"],
                "injured": 1,
                "street": ["harvard avenue"],
            },
        ),
        (  # two dead and an age alike, on the South Side and on the West Side
            {"ages": [25, 30], "weekdays": ["sunday"], "killed": 2, "sides": ["south"]},
            {"ages": [30, 41], "weekdays": ["sunday"], "killed": 2, "sides": ["west"]},
        ),
        (  # the same age told of a man and of a woman, no street or side named
            {"ages": [23], "age_sexes": [(23, "male")], "clocks": [120], "weekdays": ["saturday"]},
            {"ages": [23], "age_sexes": [(23, "female")], "clocks": [120], "weekdays": ["saturday"]},
        ),
        (  # one wounded is every non-fatal shooting's count
            {"ages": [19], "weekdays": ["friday"], "injured": 1},
            {"ages": [19], "weekdays": ["friday"], "injured": 1},
        ),
    ],
)
def test_details_alike_of_two_scenes_of_one_town_are_chance(first, second):
    """Two shootings of one city the same night: both name a street (or a side of
    the city) and none in common, or the age they share is a man's in one and
    a woman's in the other.  The age, round hour, weekday and counts alike are
    chance then, and the decision stays ``unsure``."""
    match = match_profiles(profile(city=PHOENIX, kind="shooting", **first), profile(city=PHOENIX, **second))
    assert match.decision == UNSURE, match.evidence
    assert not _details(match), match.evidence


def test_details_alike_on_one_street_or_side_still_count():
    """The negative: the same street written with and without its compass word,
    the same side, and an age whose bearer is a man in one and unnamed in the
    other still tell one incident."""
    a = profile(
        city=PHOENIX,
        street=["w 25th street"],
        sides=["south"],
        ages=[23],
        age_sexes=[(23, "male")],
        clocks=[120],
        weekdays=["saturday"],
    )
    b = profile(
        city=PHOENIX, street=["25th street"], sides=["south"], ages=[23], clocks=[120], weekdays=["saturday"]
    )
    match = match_profiles(a, b)
    assert match.decision == SAME, match.evidence
    assert any("23" in d and "25th Street" in d for d in _details(match)), match.evidence


def test_a_person_named_alike_counts_even_on_other_streets():
    """A follow-up of one shooting names the victim again but another street (the
    court, the suspect's home): the person alike still counts."""
    people = [("Dana Okafor", "victim")]
    a = profile(city=PHOENIX, people=people, ages=[3], street=["commerce street"], days=[DAY])
    b = profile(city=PHOENIX, people=people, ages=[3], street=["madrid drive"], days=[DAY + 1])
    assert match_profiles(a, b).decision == SAME, match_profiles(a, b).evidence


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Two men were killed on the South Side, police said.", ("south",)),
        ("A woman was shot on Cleveland's southeast side.", ("southeast",)),
        ("He lived on the Near West Side.", ("near west",)),
        ("The car was parked on the side of the road.", ()),
    ],
)
def test_the_sides_of_a_city_a_text_names(text, sides):
    assert city_sides(text) == sides


def test_two_shootings_of_one_night_with_other_victims_and_streets_stay_unsure():
    """Invented reports of two Saturday 2 a.m. shootings in one city: a 23-year-old
    man outside a bar, a 23-year-old woman in a driveway on another street."""
    first = (
        "TOLEDO - A 23-year-old man was shot at about 2 a.m. Saturday outside a tavern on "
        "West 12th Street, Toledo police said. He was taken to a hospital in serious condition."
    )
    second = (
        "TOLEDO - A 23-year-old woman was shot at about 2 a.m. Saturday in the driveway of a "
        "home on Larch Avenue on Toledo's east side. Police said a former boyfriend was arrested."
    )
    profile_a, profile_b = _profile_of(first), _profile_of(second)
    assert (23, "male") in profile_a.age_sexes and (23, "female") in profile_b.age_sexes
    assert "west 12th street" in profile_a.streets and "larch avenue" in profile_b.streets
    assert profile_b.sides == ("east",)
    match = incident_match_of(first, second)
    assert match.decision != SAME, match.evidence
    assert not _details(match), match.evidence


def test_a_spokesman_named_in_both_is_no_shared_person():
    """An officer named as the department's spokesman in two reports of other
    shootings of one town is no person of the incident; an officer who was shot,
    named in both, is."""
    first = (
        "FRESNO - A 33-year-old man was killed in a shooting Friday on Elm Street, said Fresno "
        "police spokesman Officer Dale Pruitt. No arrests have been made."
    )
    second = (
        "FRESNO - A 16-year-old girl was wounded Friday in a shooting outside a high school, "
        "said Fresno police spokesman Officer Dale Pruitt. A 17-year-old was arrested."
    )
    match = incident_match_of(first, second)
    assert match.decision != SAME, match.evidence
    assert [e.strength for e in match.evidence if e.kind == "person"] == ["weak"], match.evidence
    shot = profile(city=PHOENIX, people=[("Dale Pruitt", "officer")], kind="shooting")
    assert match_profiles(shot, shot).decision == SAME


# ------------------------------------------------------------ a person another story recalls


def _person_evidence(match) -> list[str]:
    return [e.strength for e in match.evidence if e.kind == "person" and e.relation == "shared"]


def test_a_second_arrest_recalling_the_first_is_no_shared_person():
    """A report of one player's arrest names, once, the teammate arrested a month
    before, whose own arrest the first report told: the name both give is the
    first story's person, not the second's, and no anchor of one incident.  It
    still keeps them from ``different``: they are no strangers' reports."""
    first = (
        "Ravens receiver Jerome Whitfield arrested on suspicion of DUI\n"
        "BALTIMORE - Jerome Whitfield, a wide receiver for the Ravens, was arrested early Sunday on "
        "suspicion of drunken driving, police said. Whitfield, 27, was pulled over on Pratt Street after "
        "officers saw his car weave across two lanes. Whitfield was released on bail hours later. "
        "Coach Dan Mercer said Whitfield would play in the playoff game."
    )
    second = (
        "Ravens lineman Marcus Odell faces drunken driving charge\n"
        "Marcus Odell, a defensive tackle for the Ravens, was arrested on suspicion of drunken driving, "
        "the team said Tuesday. Odell, 31, was stopped by a state trooper near Towson shortly after "
        "midnight. Odell refused a breath test. Odell's arrest comes a month after Jerome Whitfield, a "
        "receiver, was arrested on the same charge. The team said Odell would meet coaches this week."
    )
    match = incident_match_of(first, second)
    assert match.decision == UNSURE, match.evidence
    assert _person_evidence(match) == ["weak"], match.evidence
    assert "Marcus Odell" in next(e.detail for e in match.evidence if e.kind == "person")


def test_a_fire_recalling_another_fire_at_a_house_is_no_shared_person():
    """The same pattern in another kind of story and tense: a warehouse fire's
    report recalls the fire at a teacher's house the other report told."""
    first = (
        "Fire guts home of retired teacher Linda Castellano\n"
        "A fire badly damaged the home of Linda Castellano on Thursday night. Castellano and her "
        "two sons escaped unhurt. Castellano has lived in the house for 20 years, and neighbours "
        "helped Castellano save family photographs."
    )
    second = (
        "Warehouse owner loses everything in overnight blaze\n"
        "A fire destroyed a warehouse owned by Gordon Pratley early Monday. Pratley had stored his "
        "antique furniture there since 1998, and Pratley had no insurance. Investigators are treating "
        "the fire as suspicious, as they did the fire at the home of Linda Castellano last year. "
        "Pratley plans to rebuild."
    )
    match = incident_match_of(first, second)
    assert match.decision != SAME, match.evidence
    assert _person_evidence(match) == ["weak"], match.evidence


ODELL = ("Marcus Odell", "suspect")
WHITFIELD = ("Jerome Whitfield", "suspect")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # the second report names its own person once more: it is about both
            {"people": [WHITFIELD], "mentions": {"Jerome Whitfield": 5}},
            {"people": [ODELL, WHITFIELD], "mentions": {"Marcus Odell": 4, "Jerome Whitfield": 3}},
        ),
        (  # the first report names the second's own person too: they tell one story
            {"people": [WHITFIELD, ODELL], "mentions": {"Jerome Whitfield": 5, "Marcus Odell": 1}},
            {"people": [ODELL, WHITFIELD], "mentions": {"Marcus Odell": 6, "Jerome Whitfield": 1}},
        ),
        (  # the surname alone in the first report's text is naming him too
            {"people": [WHITFIELD], "mentions": {"Jerome Whitfield": 5}, "words": ["odell", "whitfield"]},
            {"people": [ODELL, WHITFIELD], "mentions": {"Marcus Odell": 6, "Jerome Whitfield": 1}},
        ),
        (  # a report of the driver's charge names the woman he killed once: a victim is the incident's
            {"people": [("Rosa Whitcombe", "victim")], "mentions": {"Rosa Whitcombe": 4}},
            {
                "people": [("Rosa Whitcombe", "victim"), ("Ivan Pell", "suspect")],
                "mentions": {"Rosa Whitcombe": 1, "Ivan Pell": 6},
            },
        ),
        (  # the shared person is no one's own: both reports are about others (a witness, a deputy)
            {"people": [("Ana Ruiz", ""), ("Cole Fry", "")], "mentions": {"Ana Ruiz": 1, "Cole Fry": 4}},
            {"people": [("Ana Ruiz", ""), ODELL], "mentions": {"Ana Ruiz": 1, "Marcus Odell": 4}},
        ),
        (  # a report naming no one twice is about no one: nothing in it is in passing
            {"people": [WHITFIELD], "mentions": {"Jerome Whitfield": 3}},
            {"people": [ODELL, WHITFIELD], "mentions": {"Marcus Odell": 1, "Jerome Whitfield": 1}},
        ),
    ],
)
def test_a_person_both_are_about_stays_a_shared_person(first, second):
    a = profile(city=PHOENIX, kind="crash", **first)
    b = profile(city=PHOENIX, kind="crash", **second)
    for x, y in ((a, b), (b, a)):
        match = match_profiles(x, y)
        assert match.decision == SAME, match.evidence
        assert "strong" in _person_evidence(match), match.evidence


def test_a_person_recalled_in_passing_is_weak_either_way_round():
    a = profile(city=PHOENIX, kind="crash", people=[WHITFIELD], mentions={"Jerome Whitfield": 4})
    told = {"Marcus Odell": 4, "Jerome Whitfield": 2}
    b = profile(city=PHOENIX, kind="crash", people=[ODELL, WHITFIELD], mentions=told)
    for x, y in ((a, b), (b, a)):
        match = match_profiles(x, y)
        assert match.decision == UNSURE, match.evidence
        assert _person_evidence(match) == ["weak"], match.evidence
        assert not _details(match), match.evidence
    far = profile(region=("US", "AZ"), kind="crash", people=[ODELL, WHITFIELD], mentions=dict(b.mentions))
    assert match_profiles(profile(region=("US", "MD"), **{"people": [WHITFIELD]}), far).decision != DIFFERENT


@pytest.mark.parametrize(
    ("text", "name", "times"),
    [
        (
            "Deputy Ruben Sosa was shot at a door in Lakewood. Sosa died at the scene, Undersheriff "
            'Carl Brandt said. "It was an ambush," Brandt said. Brandt told reporters Sosa had '
            "two sons.",
            "Carl Brandt",
            0,
        ),
        (
            "Deputy Ruben Sosa was shot at a door in Lakewood. Sosa died at the scene, said Undersheriff "
            "Carl Brandt. SOSA had joined in 2004.",
            "Ruben Sosa",
            3,
        ),
        (
            "Helen Marsh, a neighbour, said she heard three shots. Marsh, who has lived on the street for "
            "a decade, said the family kept to themselves.",
            "Helen Marsh",
            0,
        ),
    ],
)
def test_how_often_a_report_names_a_person_leaves_out_speaking(text, name, times):
    """The person a report is about is named as the one who did or suffered; a
    speaker named beside a verb of saying, however often, is not counted."""
    mentions = dict(_profile_of(text).mentions)
    assert mentions.get(name, 0) == times, mentions


# ------------------------------------------------------------ months and days without a year; background


def _undated(month_days=(), dateline_day=None, weekdays=(), **kwargs) -> IncidentProfile:
    from dataclasses import replace

    base = profile(city=PHOENIX, weekdays=weekdays, **kwargs)
    return replace(base, month_days=tuple(month_days), dateline_day=dateline_day)


@pytest.mark.parametrize(
    ("first", "second", "decision"),
    [
        (
            {"dateline_day": "03-11", "weekdays": ["tuesday"]},
            {"dateline_day": "08-03", "weekdays": ["friday"]},
            DIFFERENT,
        ),
        ({"month_days": ["01-19"]}, {"month_days": ["05-25"]}, DIFFERENT),
        # read round the year: Dec. 30 and Jan. 2 are days apart, not months
        ({"month_days": ["12-30"]}, {"month_days": ["01-02"]}, UNSURE),
        # the body's "the June 3 quake" dates a follow-up, not its dateline weeks on
        ({"month_days": ["06-03"]}, {"month_days": ["06-03"], "dateline_day": "07-20"}, UNSURE),
        # a dateline's week holds the weekday another report dates the incident by
        ({"month_days": ["09-14"]}, {"dateline_day": "09-18", "weekdays": ["saturday"]}, UNSURE),
        # a dateline with no weekday says when the report was filed, not the incident
        ({"month_days": ["02-01"]}, {"dateline_day": "06-18"}, UNSURE),
    ],
)
def test_months_and_days_without_a_year_set_one_citys_incidents_apart(first, second, decision):
    """Wire reports with no year ("MEMPHIS, Tenn., Jan. 19 (AP) -") still date
    their incidents: two of one city months apart are other incidents, which
    the city they share does not join; days apart, or a follow-up telling the
    incident's own date, are no evidence against one."""
    match = match_profiles(_undated(**first), _undated(**second))
    assert match.decision == decision, match.evidence
    against = [e for e in match.evidence if "month and day" in e.detail]
    assert bool(against) == (decision == DIFFERENT), match.evidence


def test_a_person_named_alike_outweighs_months_apart():
    """A charge months after a killing names its victim: the months weigh
    against one incident, the person for it, and it is not set apart."""
    people = [("Marisol Quintero", "victim")]
    killing = _undated(month_days=["04-02"], people=people)
    charge = _undated(dateline_day="09-15", weekdays=["monday"], people=people)
    assert match_profiles(killing, charge).decision != DIFFERENT


def test_wire_datelines_months_apart_set_two_quakes_of_one_city_apart():
    """Two invented quake reports of one capital, datelined months apart, the
    second recalling the first in its last paragraph: other incidents."""
    first = (
        "Quake rattles Quito\n\n"
        "QUITO, Ecuador, Feb. 9 (Reuters) - A magnitude 4.8 earthquake shook Quito on Sunday, "
        "sending office workers into the streets, the Geophysical Institute said.\n\n"
        "The quake struck at 10:12 a.m. at a depth of 12 km."
    )
    second = (
        "Quake kills two near Quito\n\n"
        "QUITO, Ecuador, Sept. 21 (AP) - A magnitude 5.9 earthquake struck near Quito on Thursday, "
        "killing two people whose homes collapsed, officials said.\n\n"
        "The quake hit at 4:40 p.m. at a depth of 30 kilometers.\n\n"
        "A quake of magnitude 4.8 rattled the capital in February."
    )
    assert _profile_of(first).dateline_day == "02-09"
    match = incident_match_of(first, second)
    assert match.decision == DIFFERENT, match.evidence


def test_a_street_named_only_in_a_background_paragraph_is_not_the_reports():
    """A report's last paragraph recalls another fire of the town on another
    street: that street is the earlier fire's, not the report's own."""
    text = (
        "Woman dies in Camden house fire\n\n"
        "CAMDEN, N.J. (AP) - A 71-year-old woman died when fire swept through a row house "
        "on Federal Street early Monday, fire officials said.\n\n"
        "Investigators said a space heater started the blaze.\n\n"
        "In October, three people died in a fire at a house on Haddon Avenue."
    )
    found = _profile_of(text)
    assert "federal street" in found.streets, found.streets
    assert "haddon avenue" not in found.streets, found.streets


@pytest.mark.parametrize(
    ("text", "name", "group"),
    [
        ("Al Shabaab, the al Qaeda-linked group, claimed responsibility for the blast.", "Al Shabaab", True),
        ("Boko Haram claimed the bombing in a video posted online.", "Boko Haram", True),
        ("The Ansar Brigade claimed credit on its website.", "Ansar Brigade", True),
        ("Marcus Webb claimed he acted in self-defense.", "Marcus Webb", False),
        ("Dana Ruiz said the gunmen claimed to be police officers.", "Dana Ruiz", False),
    ],
)
def test_a_name_that_claims_an_attack_is_a_group(text, name, group):
    """Only a group claims an attack ("X claimed responsibility"): no person
    named in full, whom two reports of one city's attacks would share."""
    from reportcheck.incident_match import _claims_attack

    assert _claims_attack(name, text) is group


@pytest.mark.parametrize(
    ("first", "second", "decision"),
    [
        ([19 * 60 + 32], [19 * 60 + 32], SAME),  # "at 7:32 p.m." in both
        ([6 * 60 + 47], [6 * 60 + 41], SAME),  # "6:47 a.m." and "about 6:41 a.m.": minutes apart
        ([2 * 60], [2 * 60], UNSURE),  # "about 2 a.m.": every night's round hour
        ([19 * 60 + 32], [21 * 60 + 5], UNSURE),  # other times of one evening
    ],
)
def test_an_exact_clock_time_alike_in_one_city_is_one_incident(first, second, decision):
    """Reports of one crash in one city give its minute alike ("7:32 p.m.");
    two incidents of a city rarely fall within minutes of each other, but a
    time on the hour is how reporters round any time near it."""
    match = match_profiles(profile(city=PHOENIX, clocks=first), profile(city=PHOENIX, clocks=second))
    assert match.decision == decision, match.evidence


# ------------------------------------------------------------ main towns far apart


RIDGECREST_POINT = (35.62246, -117.6709)  # Ridgecrest, California
INYOKERN_POINT = (35.64690, -117.81258)  # Inyokern, about 15 km west of it
TONOPAH_POINT = (38.06716, -117.23008)  # Tonopah, Nevada, about 270 km north


def far_profile(city, point, **fields):
    return dataclasses.replace(profile(city=city, **fields), main_points=(point,))


@pytest.mark.parametrize(
    ("second", "point", "decision"),
    [
        (("5513795", "Tonopah"), TONOPAH_POINT, DIFFERENT),  # one region (a border phrase), towns far apart
        (("5359446", "Inyokern"), INYOKERN_POINT, UNSURE),  # a town near the epicentre's
    ],
)
def test_main_towns_far_apart_in_one_region_tell_two_incidents(second, point, decision):
    first = far_profile(("5387494", "Ridgecrest"), RIDGECREST_POINT, kind="earthquake")
    other = far_profile(second, point, kind="earthquake")
    match = match_profiles(first, other)
    assert match.decision == decision, match.evidence
    assert any("km apart" in e.detail for e in match.evidence) == (decision == DIFFERENT)


def test_main_towns_far_apart_do_not_outweigh_a_day_and_a_person_in_common():
    """A follow-up told from the victim's home town far away, naming the day
    and the victim: the towns alone do not set it apart."""
    person = [("Dana Whitfield", "victim")]
    first = far_profile(("5387494", "Ridgecrest"), RIDGECREST_POINT, days=[DAY], people=person)
    other = far_profile(("5513795", "Tonopah"), TONOPAH_POINT, days=[DAY], people=person)
    assert match_profiles(first, other).decision != DIFFERENT


QUAKE_MOJAVE = (
    "BARSTOW, Calif. -- A magnitude 5.9 earthquake rattled Barstow in the Mojave Desert on Tuesday "
    "afternoon, the U.S. Geological Survey said. It was felt as far away as Las Vegas."
)
QUAKE_BORDER = (
    "A magnitude 6.0 earthquake struck northern Nevada near Winnemucca and near the California-Nevada "
    "border on Saturday morning, the U.S. Geological Survey said."
)
SHOOTING_LUBBOCK = (
    "LUBBOCK, Texas -- Two men were wounded in a shooting outside a bar in Lubbock late Saturday, "
    "police said. No arrest has been made."
)
SHOOTING_SAN_ANGELO = (
    "SAN ANGELO, Texas -- A man was shot and wounded in a parking lot in San Angelo on Saturday night, "
    "police said. Officers are looking for a suspect."
)


@pytest.mark.parametrize(
    ("first", "second"),
    [(QUAKE_MOJAVE, QUAKE_BORDER), (SHOOTING_LUBBOCK, SHOOTING_SAN_ANGELO)],
    ids=["quakes-border-phrase", "shootings-one-state"],
)
def test_two_incidents_whose_towns_lie_far_apart_are_different(first, second):
    """Two quakes, one "near the California-Nevada border" (which names the
    other's state without the quake being there); two shootings in two
    towns of one state about 290 km apart."""
    from reportcheck.api import compare_reports
    from reportcheck.load import load_text

    match = compare_reports([load_text(first), load_text(second)]).incident_match
    assert match.decision == DIFFERENT, match.evidence


def test_one_quake_told_from_the_epicentre_and_a_bigger_town_near_it_is_not_different():
    from reportcheck.api import compare_reports
    from reportcheck.load import load_text

    first = load_text(
        "A magnitude 5.2 earthquake struck near Inyokern, California, on Monday morning, the U.S. "
        "Geological Survey said. There were no reports of damage."
    )
    second = load_text(
        "RIDGECREST, Calif. -- A magnitude 5.2 quake shook Ridgecrest on Monday morning, rattling "
        "windows across town. No one was hurt, police said."
    )
    match = compare_reports([first, second]).incident_match
    assert match.decision != DIFFERENT, match.evidence


@pytest.mark.parametrize(
    ("text", "name", "times"),
    [
        (
            "Officer Darnell Hayes Jr. was shot outside a store in Fresno on Friday. Hayes was taken to "
            "a hospital. Hayes had served nine years on the force.",
            "Darnell Hayes Jr.",
            3,
        ),
        (
            "Marcus Whitley III was arrested in Tulsa on Monday. Whitley was held on a $50,000 bond.",
            "Marcus Whitley III",
            2,
        ),
    ],
)
def test_a_name_with_a_suffix_is_counted_by_its_surname(text, name, times):
    """ "Jr." and "III" are no surname: the report names the man by "Hayes", "Whitley"."""
    assert dict(_profile_of(text).mentions).get(name) == times


@pytest.mark.parametrize("name", ["Luis Ortega Jr.", "Luis Ortega III", "Luis Ortega's"])
def test_a_report_names_a_person_by_the_surname_whatever_follows_it(name):
    from reportcheck.incident_match import _names_anyone

    assert _names_anyone(profile(words=("ortega",)), name)
    assert not _names_anyone(profile(words=("jr", "iii", "ortega's")), name)


# ------------------------------------------------------------ a day without a year against a dated one


@pytest.mark.parametrize(
    ("month_day", "dated", "shared"),
    [
        # "on Dec. 13" against "Saturday" counted from the page's date, Dec. 13
        ("12-13", dt.date(2014, 12, 13), True),
        # a day apart: the night either side of midnight, a dateline in another zone
        ("12-13", dt.date(2014, 12, 14), True),
        # read round the year: Dec. 31 and "yesterday" of a Jan. 2 page
        ("12-31", dt.date(2015, 1, 1), True),
        ("12-13", dt.date(2014, 12, 17), False),
    ],
)
def test_a_day_without_a_year_meets_the_other_reports_dated_day(month_day, dated, shared):
    """One report dates its shooting "on Dec. 13" and carries no year (no
    page date, a dateline of month and day); the other only says "Saturday",
    which its own date resolves to a day.  Read on the calendar, the same day
    is the day both give, and with the city they share the two are one
    incident; days apart, they are not."""
    yearless = _undated(month_days=[month_day])
    other = profile(city=PHOENIX, days=[dated.toordinal()], published=dated.toordinal() + 1)
    match = match_profiles(yearless, other)
    days = [e for e in match.evidence if e.kind == "date"]
    assert days and all(e.relation == ("shared" if shared else "contradicting") for e in days), days
    assert (match.decision == SAME) == shared, match.evidence


def test_a_day_far_from_the_other_reports_dated_day_weighs_strongly_against():
    """ "April 2" without a year against a dated "Monday" in September: two of
    the city's incidents, as two dated days months apart are."""
    yearless = _undated(month_days=["04-02"])
    other = profile(city=PHOENIX, days=[dt.date(2016, 9, 12).toordinal()])
    match = match_profiles(yearless, other)
    assert match.decision != SAME
    against = [e for e in match.evidence if e.kind == "date" and e.relation == "contradicting"]
    assert against and against[0].strength == "strong", match.evidence


def test_several_days_near_one_another_by_chance_share_no_day():
    """A report naming a game's dates (Jan. 31, April 28) and another naming
    four days of a player's case, one of them Feb. 1: no one day of both,
    so no shared day, and the city alone does not join them."""
    yearless = _undated(month_days=["01-31", "04-28"])
    days = [dt.date(2009, 1, 6), dt.date(2009, 2, 1), dt.date(2009, 2, 17)]
    other = profile(city=PHOENIX, days=[d.toordinal() for d in days])
    match = match_profiles(yearless, other)
    assert not any(e.kind == "date" and e.relation == "shared" for e in match.evidence)
    assert match.decision != SAME


def test_two_reports_without_a_year_share_no_day_by_the_calendar_alone():
    """Both "on Dec. 13" and no year: another year's Dec. 13 may be meant;
    only months apart weigh (``month_day_apart``), no shared day."""
    match = match_profiles(_undated(month_days=["12-13"]), _undated(month_days=["12-13"]))
    assert not any(e.kind == "date" and e.relation == "shared" for e in match.evidence)
