"""A country's capital named by reference (extract/places/capitals.py):
"the Syrian capital", "Afghanistan's capital", "the capital" of a story
told in one country, read as the capital GeoNames gives the country.

The sentences are written for these tests, in the patterns wire reporters
use (ECB+'s riot and heist stories: "in the Greek capital", "in the
central first district of the capital", "the Turkmen capital").
"""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import compare_reports, extract_report
from reportcheck.knowledge.gazetteer import get_gazetteer
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Status

DAY = dt.date(2026, 4, 12)


def _capitals(text: str) -> list[tuple[str, str, str | None]]:
    """(words, city, role) of each place claim the report names by the word "capital"."""
    claims = extract_report(load_text(text, date=DAY), 0).claims
    return [
        (c.evidence.text, c.value.name or "", c.place.stated_as)
        for c in claims
        if c.kind is ClaimKind.location and "capital" in c.evidence.text
    ]


@pytest.mark.parametrize(
    ("text", "surface", "city"),
    [
        # a word of nationality: the country's name with an ending
        (
            "ANKARA (Reuters) - A gunman opened fire at a cafe in the Iraqi capital on Tuesday, "
            "killing four people, police said.",
            "the Iraqi capital",
            "Baghdad",
        ),
        (
            "Riot police fired tear gas at hundreds of protesters who blocked a bridge in the Kenyan "
            "capital late on Friday.",
            "the Kenyan capital",
            "Nairobi",
        ),
        # two words, and a word whose letters do not give its country (rules/places.yaml)
        ("A gas explosion tore through a restaurant in the South Korean capital on Monday.", None, "Seoul"),
        ("Masked men set fire to dozens of cars in the French capital overnight.", None, "Paris"),
        # the country's name and "'s capital", with "city" or not
        ("A suicide bomber struck a crowded market in Afghanistan's capital on Monday.", None, "Kabul"),
        ("Firefighters battled a blaze at a warehouse in Peru’s capital city for six hours.", None, "Lima"),
    ],
)
def test_a_capital_named_by_its_country_is_that_country_s_capital(pipeline, text, surface, city):
    found = _capitals(text)
    assert [name for _, name, _ in found] == [city]
    if surface is not None:
        assert found[0][0] == surface
    assert found[0][2] == "scene"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "CAIRO, Egypt - Two bombs went off near a metro station in the capital on Thursday, "
            "wounding 11 people.\n\nA third device was defused in Giza, Egyptian officials said.",
            "Cairo",
        ),
        (
            "Three people died when an apartment block collapsed in the country's capital on Sunday, "
            "officials in Peru said. Rescuers searched the rubble in Callao for more survivors.",
            "Lima",
        ),
        # a wire bureau abroad: the capital named by its adjective first, then bare
        (
            "BEIRUT (AP) - A car bomb tore through a square in the Syrian capital on Sunday, killing "
            "seven people.\n\nAmbulances rushed the wounded from the capital's old quarter to hospitals.",
            "Damascus",
        ),
        # a story datelined in a capital means that city, though it names more places of
        # the attackers' country
        (
            "NAIROBI (Reuters) - Gunmen stormed a shopping centre in the capital on Friday, killing "
            "six people.\n\nThe group is based in Mogadishu and trains fighters near Kismayo and "
            "Baidoa, officials in Somalia said.",
            "Nairobi",
        ),
    ],
)
def test_the_capital_alone_is_the_capital_of_the_story_s_country(pipeline, text, city):
    found = _capitals(text)
    assert found and {name for _, name, _ in found} == {city}


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a weekday, a month or an opening adverb beside the reference names no city
        ("Gunmen stormed a bank in the Lebanese capital Tuesday, killing two guards.", "Beirut"),
        ("On Sunday, the Iraqi capital saw its worst bombing in a year.", "Baghdad"),
        ("Meanwhile, the Kenyan capital braced for more protests.", "Nairobi"),
        ("A fire gutted a market in the Peruvian capital March 3, officials said.", "Lima"),
    ],
)
def test_a_word_beside_the_reference_that_is_no_place_does_not_stand_for_the_city(pipeline, text, city):
    assert [name for _, name, _ in _capitals(text)] == [city]


@pytest.mark.parametrize(
    "text",
    [
        # the city named beside it is read already, by its name
        "Protesters clashed with police in the capital, Nairobi, on Tuesday.",
        "Shops stayed shut in the Malaysian capital Kuala Lumpur on Friday.",
        "The quake was felt in Tehran, the capital, some 900 km away.",
        "Firefighters from the capital of Bavaria were sent to the scene.",
        # no country's capital: GeoNames marks no seat of a province, a state or an island
        "Some of the injured were flown to the provincial capital by helicopter, officials in Iran said.",
        "The governor flew back to the state capital after the shooting in Ohio.",
        "Gaetano Russo was found dead in a prison in the Sicilian capital on Friday, police in Italy said.",
        # "capital" modifying a noun is no city
        "Prosecutors in Texas said the capital murder trial would begin in May.",
        # two countries named alike: no story's country
        "Officials in Chile and Peru said the capital was calm on Sunday.",
        # "the capital" alone stands for a city the report names: a state capital's own story
        # does not mean Washington by it
        "BATON ROUGE, La. - Two men were shot near a bar in the capital city late Saturday, police said.",
        "Deputies in Tallahassee, Florida, said crime in the capital had fallen since May.",
        # a country of several seats, whose official capital is not the city reporters mean
        # (rules/places.yaml several_seats), and an adjective two countries share
        "Miners blocked the main roads into the Bolivian capital on Wednesday, police said.",
        "A fire gutted a market in Tanzania's capital overnight, the fire brigade said.",
        "Flooding cut power across the Beninese capital on Monday, the water company said.",
        "Gunfire was heard across the Congolese capital late on Sunday, residents said.",
        "Soldiers sealed off the presidential palace in the Guinean capital on Thursday.",
    ],
)
def test_no_capital_is_read_where_the_words_name_none(pipeline, text):
    assert _capitals(text) == []


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Syrian", "SY"),
        ("Iraqi", "IQ"),
        ("Greek", "GR"),
        ("Turkmen", "TM"),
        ("Afghan", "AF"),
        ("Lebanese", "LB"),
        ("Sri Lankan", "LK"),
        ("Dutch", "NL"),
        ("Dominican", "DO"),
        ("Sicilian", None),
        ("Kurdish", None),
        ("Provincial", None),
    ],
)
def test_the_country_a_word_of_nationality_names(word, country):
    assert get_gazetteer().country_of_adjective(word) == country


def test_a_country_s_capital_is_the_one_geonames_gives():
    gazetteer = get_gazetteer()
    assert [gazetteer.capital_of(code).name for code in ("SY", "GR", "TM", "US")] == [
        "Damascus",
        "Athens",
        "Ashgabat",
        "Washington",
    ]
    assert gazetteer.capital_of("XX") is None


REPORT = (
    "Car bomb kills nine\n\n{dateline}A car bomb exploded near a police station in {where} on {day}, "
    "killing nine people and wounding 20 others, state media said.\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("BEIRUT (Reuters) - ", "the Syrian capital"), ("", "Damascus")),
        (("", "Iraq's capital"), ("BAGHDAD (AP) - ", "the city")),
    ],
)
def test_a_capital_named_by_reference_agrees_with_the_other_report_s_city(pipeline, first, second):
    texts = [REPORT.format(dateline=d, where=w, day="Sunday") for d, w in (first, second)]
    comparison = compare_reports([load_text(t, date=DAY) for t in texts])
    places = [
        f
        for f in comparison.findings
        if f.kind is ClaimKind.location and len({c.report for c in f.claims}) == 2
    ]
    assert any(f.status is Status.agree for f in places)
    assert comparison.incident_match is not None
    assert comparison.incident_match.decision != "different"


def test_a_capital_named_by_reference_is_another_city_than_one_of_another_region(pipeline):
    """ "the Syrian capital" against "Aleppo": two cities of two governorates,
    which the incident match weighs as it weighs "Damascus" against "Aleppo"."""
    texts = [
        REPORT.format(dateline="BEIRUT (Reuters) - ", where="the Syrian capital", day="Sunday"),
        REPORT.format(dateline="", where="Aleppo", day="Sunday"),
    ]
    comparison = compare_reports([load_text(t, date=DAY) for t in texts])
    assert comparison.incident_match is not None
    evidence = [e for e in comparison.incident_match.evidence if e.kind == "place"]
    assert any(e.relation == "contradicting" for e in evidence)
