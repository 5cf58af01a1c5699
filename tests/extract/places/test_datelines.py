"""Wire datelines give the story's city (tests/extract/places/dateline_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportcheck.extract import ReportExtractor, run_pipeline
from reportcheck.knowledge.gazetteer.lookup import STATION_BONUS, station_countries
from reportcheck.load import load_text

from ...conftest import claims_of_text

DATA = Path(__file__).parent  # the case files sit beside this module

CASES = yaml.safe_load((DATA / "dateline_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:30] for c in CASES])
def test_dateline_city(pipeline, case):
    report = load_text(case["text"])
    claims = ReportExtractor(report, 0).claims(run_pipeline(pipeline, report.text))
    first_words = report.text.split()[0].strip(",")
    datelined = [c for c in claims if c.kind.value == "location" and c.evidence.text == first_words]
    if case["city"] is None:
        assert not datelined
    else:
        assert datelined, [(c.kind.value, c.evidence.text) for c in claims]
        assert (datelined[0].value.name, datelined[0].place.country) == (case["city"], case["country"])


def test_a_dateline_after_the_pages_date_stamp(pipeline):
    """A web page prints its date before the dateline: "December 15, 2014 AUBURN, Ala. --"."""
    claims = claims_of_text(
        pipeline, "Monday, December 15, 2014 AUBURN, Ala. --A student was shot and killed on Sunday."
    )
    datelined = [c for c in claims if c.kind.value == "location" and c.evidence.text == "AUBURN"]
    assert datelined and datelined[0].place.region == "AL"


def test_a_dateline_names_a_town_of_its_state(pipeline):
    """The state after a dateline picks the town among namesakes, however
    small: Millersburg, Pa., not the larger Millersburg, Ohio."""
    claims = claims_of_text(
        pipeline, "MILLERSBURG, Pa. - A hunter was shot in the arm on Saturday, police said."
    )
    datelined = [c for c in claims if c.kind.value == "location" and c.evidence.text == "MILLERSBURG"]
    assert datelined and datelined[0].place.region == "PA"


@pytest.mark.parametrize(
    ("text", "county", "region"),
    [
        ("AMHERST CO., Va., - Deputies are looking for a gunman.", "Amherst County", "VA"),
        ("BUTLER CO., Ohio — A man was shot in the leg, deputies said.", "Butler County", "OH"),
    ],
)
def test_a_dateline_of_an_abbreviated_county(pipeline, text, county, region):
    """A station's dateline may name a county, abbreviated, with its state
    and a comma after it: "ROCKBRIDGE CO., Va., -"."""
    claims = claims_of_text(pipeline, text)
    datelined = [c for c in claims if c.kind.value == "location" and c.place.stated_as == "dateline"]
    assert datelined and (datelined[0].value.name, datelined[0].place.region) == (county, region)


def _dateline(claims):
    return [c for c in claims if c.kind.value == "location" and c.place.stated_as == "dateline"]


@pytest.mark.parametrize(
    "text",
    [
        "ST. LOUIS (KQZX) - A 15-year-old boy was charged Tuesday in the death of a girl.",
        "ST. LOUIS (WVNR9-TV) -- Police say a man was shot twice on Sunday.",
        "ST. LOUIS (KPLM/AP) - A woman was found shot inside her car.",
        "ST. LOUIS (WQRT.com) — Detectives are investigating a shooting.",
    ],
)
def test_a_stations_call_sign_puts_its_dateline_in_the_us(pipeline, text):
    """A station writes no state for its own city ("ST. LOUIS (KTVI) -"),
    and "St. Louis" alone is the larger Senegalese region: the call sign (K
    or W and two or three letters, a channel, "-TV", ".com", "/AP") says the
    story is American news, which ranks the US city first."""
    datelined = _dateline(claims_of_text(pipeline, text))
    assert datelined and (datelined[0].place.country, datelined[0].place.region) == ("US", "MO")


def test_a_stations_call_sign_ranks_the_towns_of_its_story_too(pipeline):
    """The call sign is the report's word on its country, as a clock is: the
    town named again in the story reads as the dateline's."""
    claims = claims_of_text(
        pipeline, "ST. LOUIS (KQZX) - A girl was shot inside a friend's home in St. Louis on Sunday."
    )
    towns = [c for c in claims if c.kind.value == "location" and c.evidence.text == "St. Louis"]
    assert towns and (towns[0].place.country, towns[0].place.region) == ("US", "MO")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("PARIS (KQZX) - A station crew filed this report on the attack at a concert hall.", "FR"),
        ("KUWAIT CITY (KUNA) -- A worker was hurt in a fire at a refinery on Monday.", "KW"),
    ],
)
def test_a_call_sign_only_ranks_namesakes(pipeline, text, country):
    """The call sign weighs as another place of the country would: it does
    not move a capital abroad to a small American namesake, and an agency
    abroad whose initials look like a call sign (KUNA) is none."""
    datelined = _dateline(claims_of_text(pipeline, text))
    assert datelined and datelined[0].place.country == country


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("KUWAIT CITY (KUNA) -- A worker was hurt in a fire at a refinery on Monday.", {}),
        ("ABU DHABI (WAM) -- Two workers were hurt in a blast at a port on Tuesday.", {}),
        ("ST. LOUIS (KQZX) - A girl was shot inside a friend's home on Sunday.", {"US": STATION_BONUS}),
        ("TUCSON (KGUN9-TV) - A man was hurt in a crash on Oracle Road.", {"US": STATION_BONUS}),
    ],
)
def test_an_agency_abroad_is_no_call_sign(text, countries):
    """An agency abroad whose initials look like a US call sign (KUNA, WAM:
    ``call_signs_abroad``) gives its report no US bonus; a station does.
    Asserted on the bonus itself: Kuwait City resolves to the capital with
    or without it, so the dateline place alone cannot show the list works."""
    assert station_countries(text) == countries


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("YORK, Pa- A 16-year-old girl was shot in the leg on Saturday night.", "PA"),
        ("SPARTA, Wis (WQRT) - A man was wounded by a hunter's stray bullet.", "WI"),
        ("SALEM, Ore - A 29-year-old man is accused of shooting his neighbor.", "OR"),
    ],
)
def test_a_state_abbreviation_without_its_dot(pipeline, text, region):
    """A web page may drop the dot of the state's abbreviation ("YORK, Pa-"):
    read alone "Pa" is no state and York is England's."""
    datelined = _dateline(claims_of_text(pipeline, text))
    assert datelined and (datelined[0].place.country, datelined[0].place.region) == ("US", region)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Police say no arrests have been made. ALBANY - Albany police are looking for a gunman.", "Albany"),
        ("A woman was hurt in the crash, too. GARLAND (WQRT) - A man was shot at a home.", "Garland"),
    ],
)
def test_a_dateline_after_a_teaser_sentence(pipeline, text, city):
    """A page may print the story's summary sentence on the dateline's line."""
    datelined = _dateline(claims_of_text(pipeline, text))
    assert datelined and datelined[0].value.name == city


def test_capitals_mid_sentence_are_no_dateline(pipeline):
    """Only a sentence's end (a word and a full stop) opens a dateline there:
    capitals after another word are a name ("shots at NORTH HIGH - a school")."""
    claims = claims_of_text(pipeline, "Shots were fired near AUSTIN HIGH - a school on the east side.")
    assert not _dateline(claims)


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        # an Italian wire's English service: its credit first, the month in Italian
        # (genre52b 13: "(ANSA) - LAMPEDUSA, 27 AGO -"), towns and days changed
        (
            "(ANSA) - PALERMO, 12 GIU - Two fishermen died when their boat sank, the coast guard said.",
            "PALERMO",
            "IT",
        ),
        (
            "(ANSA) - GENOA, 4 OTT - A bridge worker was killed in a fall on Monday, firefighters said.",
            "GENOA",
            "IT",
        ),
        # French and Spanish months, the credit after the date
        ("MARSEILLE, 3 MARS (AFP) - A man was shot dead in the city's north on Tuesday.", "MARSEILLE", "FR"),
        ("MADRID, 5 ENE (EFE) - Three people were injured in a gas blast on Sunday.", "MADRID", "ES"),
        # an English month in capitals
        ("(ANSA) - ROME, AUG 27 - A tourist was hurt when a balcony collapsed, police said.", "ROME", "IT"),
    ],
)
def test_a_dated_dateline_in_capitals_or_another_language_names_its_city(pipeline, text, city, country):
    claims = claims_of_text(pipeline, text)
    datelined = [c for c in claims if c.kind.value == "location" and c.evidence.text == city]
    assert datelined, [(c.kind.value, c.evidence.text) for c in claims]
    assert datelined[0].place.country == country
    assert not [c for c in claims if c.kind.value == "person" and c.evidence.text == city]


def test_a_credit_alone_opening_the_line_names_no_city(pipeline):
    """ "(AP) - Police said ...": the credit with no town after it."""
    claims = claims_of_text(pipeline, "(AP) - Police said a man was shot on Tuesday night.")
    assert not [c for c in claims if c.kind.value == "location"]
