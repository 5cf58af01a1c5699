"""A named quarter below a town is a place of the story, never a person
(extract/places/villages.py ``quarter_spans``), and two quarters told as the
scene conflict (compare/judges/places.py ``_judge_quarters``).

The shapes are how reporters place a raid, a collapse or a shooting inside
a town: "the Dhamankar Naka area of Bhiwandi", "Bhiwandi's Shanti Nagar
area", "in the Las Fuentes neighborhood" (a wire copy's, found in the
written pair sets), and "in the Clairemont section of San Diego" (ECB+
35_8ecb).  The sentences below vary those shapes with names made up for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import compare_reports, extract_report
from reportcheck.knowledge.vocabulary import QUARTER_KINDS
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Status

DAY = dt.date(2024, 7, 9)


def _claims(text: str):
    return extract_report(load_text(text, date=DAY), 0).claims


def _quarters(claims):
    return [c for c in claims if c.kind is ClaimKind.location and c.place.kind == "quarter"]


@pytest.mark.parametrize(
    ("text", "quarter", "town", "role"),
    [
        (
            "A block gave way in the Kolvade Naka area of Bhiwandi early on Monday, officials said.",
            "Kolvade Naka",
            "bhiwandi",
            "scene",
        ),
        (
            "The gunmen stormed a bar in the Loma Verde neighbourhood of Celaya late on Saturday.",
            "Loma Verde",
            "celaya",
            "scene",
        ),
        (
            "The building, in Bhiwandi's Rampura Nagar area, came down before dawn.",
            "Rampura Nagar",
            "bhiwandi",
            "scene",
        ),
        # ECB+ 35_8ecb: "pulled over ... in the Clairemont section of San Diego", other names
        (
            "Officers stopped the car just past 1 a.m. in the Brenmoor section of San Diego.",
            "Brenmoor",
            "san diego",
            "scene",
        ),
        (
            "A teenager was shot Friday night in the Marlow Heights neighborhood, police said.",
            "Marlow Heights",
            None,
            "scene",
        ),
    ],
)
def test_a_named_quarter_is_a_place_not_a_person(pipeline, text, quarter, town, role):
    claims = _claims(text)
    found = _quarters(claims)
    assert [(c.value.name, c.place.place_words, c.place.stated_as) for c in found] == [(quarter, town, role)]
    assert quarter not in [c.value.name for c in claims if c.kind is ClaimKind.person]


@pytest.mark.parametrize(
    "text",
    [
        # a people's or a group's quarter, no name of one
        "Police patrols were doubled in the Hispanic neighborhood after the shooting.",
        # a name that holds a possessive, no town's
        "He had been staying in the Hobson's Landing area before the robbery.",
        # a section of a paper, an area of a metro: the bare shape takes only a neighbourhood
        "The story ran in the Metro section on Sunday.",
        "Traffic was slow across the Capital area on Friday.",
        # after "of" a paper or a building, no town: a section of its pages, a part of a terminal
        "The interview ran in the Weekend section of The Daily Courier on Sunday.",
        "The fire broke out in the Arrivals area of Terminal 2 at about 3 p.m.",
        # the town before the noun, the suburb after "of": read as a town, not a quarter
        "The victim, 22, lived in the Ohio suburb of Glenvarra.",
    ],
)
def test_no_quarter_is_read_from_other_words(pipeline, text):
    assert not _quarters(_claims(text))


def test_a_quarter_someone_lived_in_is_no_scene(pipeline):
    claims = _claims("The victim, who lived in the Marlow Heights neighborhood, was found in a park.")
    assert [c.place.stated_as for c in _quarters(claims)] != ["scene"]


def test_quarters_of_a_roundup_are_no_one_scene(pipeline):
    """A weekend's shootings across a city: a report that puts a scene in two
    quarters tells none of them as the scene alone."""
    claims = _claims(
        "A man was shot Saturday in the Marlow Heights neighborhood. "
        "Hours later a woman was wounded in the Tessler Park neighborhood."
    )
    assert {c.place.stated_as for c in _quarters(claims)} == {"part_of_city"}


def _location_findings(a: str, b: str):
    reports = [load_text(text, date=DAY) for text in (a, b)]
    findings = [f for f in compare_reports(reports).findings if f.kind is ClaimKind.location]
    return {(f.status, tuple(sorted(c.evidence.text for c in f.claims))) for f in findings}


def test_two_quarters_told_as_the_scene_conflict(pipeline):
    found = _location_findings(
        "Gunmen killed nine people at a bar in Celaya, Mexico, late on Saturday. The attackers stormed"
        " the bar in the Loma Verde neighbourhood of Celaya, prosecutors said.",
        "Gunmen killed nine people at a bar in Celaya, Mexico, late on Saturday. Four other people were"
        " wounded in the attack in the Arroyo Quemado neighborhood, prosecutors said.",
    )
    assert (Status.conflict, ("Arroyo Quemado", "Loma Verde")) in found


def test_one_quarter_spelled_twice_agrees(pipeline):
    found = _location_findings(
        "A three-storey block gave way in the Kolvade Naka area of Bhiwandi early on Monday.",
        "The building, in Bhiwandi's Kolwade Naka area, came down early Monday.",
    )
    assert (Status.agree, ("Kolvade Naka", "Kolwade Naka")) in found
    assert not any(status is Status.conflict for status, _ in found)


def test_a_quarter_named_more_closely_is_compatible(pipeline):
    found = _location_findings(
        "A 16-year-old was shot Friday morning in the South Side Tessler Park neighborhood.",
        "A teenager was killed Friday in the Tessler Park neighborhood, police said.",
    )
    assert not any(status is Status.conflict for status, _ in found)


def test_a_quarter_beside_a_home_quarter_is_no_conflict(pipeline):
    found = _location_findings(
        "A man was shot Friday night in the Marlow Heights neighborhood, police said.",
        "The victim, who lived in the Tessler Park neighborhood, was shot Friday night.",
    )
    assert not any(status is Status.conflict for status, _ in found)


def test_two_quarters_of_one_written_town_conflict(pipeline):
    """Each report writes the town with its quarter; the quarter is set
    against the other's quarter, not found compatible with its town."""
    found = _location_findings(
        "A block collapsed in Bhiwandi early on Tuesday, killing 10. The building in the Kolvade Naka area"
        " of Bhiwandi gave way at around 3 a.m., officials said.",
        "A block collapsed in Bhiwandi early on Tuesday, killing 10. The building, in Bhiwandi's Rampura"
        " Nagar area, came down at around 3 a.m., officials said.",
    )
    assert (Status.conflict, ("Kolvade Naka", "Rampura Nagar")) in found


# A town's industrial quarter, a numbered sector and a quarter whose noun
# stands before its name, as wire copy from North Africa, the Gulf, South
# Asia, Central America and the Philippines writes them (the shapes of the
# written pair sets' genre50b, 51a, 55b and 56a copy), with names made up.
@pytest.mark.parametrize(
    ("text", "quarter", "kind", "town"),
    [
        (
            "Three workers died when fire swept a paint factory in the Ras Kelbani industrial zone of Gabes"
            " on Thursday.",
            "Ras Kelbani",
            "industrial_zone",
            "gabes",
        ),
        (
            "A worker was killed in a blaze at a tyre depot in Salmiya Industrial Area early on Sunday.",
            "Salmiya",
            "industrial_zone",
            None,
        ),
        (
            "A chemical store caught fire in the Kelani industrial estate on Friday night, killing two.",
            "Kelani",
            "industrial_zone",
            None,
        ),
        (
            "Two workers died on Monday after a boiler blew up at a mill in the fourth industrial zone of a"
            " new city east of the capital.",
            "fourth",
            "industrial_zone",
            None,
        ),
        (
            "Seven workers were killed when a fire broke out in a shoe unit in Sector 12 of the Narwal"
            " industrial area late on Tuesday.",
            "Sector 12",
            "sector",
            None,
        ),
        (
            "Three people died when a wall gave way in colonia Villa Orquidea, in Comayagua, on Saturday.",
            "Villa Orquidea",
            "quarter",
            None,
        ),
        (
            "A landslide buried four houses in Barangay Tubigan on Wednesday, killing six people.",
            "Tubigan",
            "quarter",
            None,
        ),
        (
            "Five people were killed when a block of flats collapsed in the Jabal Nuzha area of the capital"
            " before dawn on Monday.",
            "Jabal Nuzha",
            "quarter",
            None,
        ),
    ],
)
def test_an_industrial_numbered_or_prefixed_quarter_is_a_place(pipeline, text, quarter, kind, town):
    found = [c for c in _claims(text) if c.kind is ClaimKind.location and c.value.name == quarter]
    assert [(c.place.kind, c.place.stated_as) for c in found] == [(kind, "scene")]
    assert all(c.place.place_words == town for c in found)


@pytest.mark.parametrize(
    "text",
    [
        # a barangay's officer or office, no quarter
        "Barangay Captain Nilo Baraquel said three houses were buried.",
        "The injured were taken to the Barangay Health Center on Friday.",
        # an article opening the sentence is no industrial zone's name
        "The Industrial Area was sealed off after the blast on Monday.",
        # a sector of the economy, in small letters and with no number
        "Jobs in the private sector fell by 3 percent in May.",
        # a quarter of the economy, the fourth of a year
        "Profits rose in the fourth quarter of 2023, the company said.",
    ],
)
def test_no_industrial_numbered_or_prefixed_quarter_from_other_words(pipeline, text):
    claims = _claims(text)
    assert not [c for c in claims if c.kind is ClaimKind.location and c.place.kind in QUARTER_KINDS]


@pytest.mark.parametrize(
    ("a", "b", "names"),
    [
        (  # two industrial zones of one town
            "Two workers died on Tuesday in a fire at a plastics plant in the Ras Kelbani industrial zone of"
            " Gabes, civil protection said.",
            "A fire on Tuesday at a plastics plant in the Bir Zaghdoun industrial zone of Gabes killed two"
            " workers, civil protection said.",
            ("Bir Zaghdoun", "Ras Kelbani"),
        ),
        (  # two numbered zones, the ordinal their name
            "A fire at a textile mill in the fourth industrial zone of Badr City killed one worker on"
            " Thursday.",
            "One worker died on Thursday when fire broke out at a textile mill in the sixth industrial zone"
            " of Badr City.",
            ("fourth", "sixth"),
        ),
        (  # two colonias, the noun before the name
            "Three people died on Tuesday when the roof of a chapel collapsed in colonia Villa Orquidea, in"
            " Comayagua, during heavy rain.",
            "The roof of a chapel collapsed on Tuesday in colonia Los Tulipanes, in Comayagua, killing three"
            " people during heavy rain.",
            ("Los Tulipanes", "Villa Orquidea"),
        ),
    ],
)
def test_two_quarters_of_one_kind_told_as_the_scene_conflict(pipeline, a, b, names):
    assert (Status.conflict, names) in _location_findings(a, b)


def test_one_sector_with_and_without_its_area_agrees(pipeline):
    found = _location_findings(
        "Seven workers died in a fire at a shoe unit in Sector 12 of the Narwal industrial area on"
        " Tuesday night.",
        "A fire at a shoe unit in Sector-12 killed seven workers on Tuesday night, officials said.",
    )
    assert not any(status is Status.conflict for status, _ in found)


def test_an_industrial_zone_beside_a_neighbourhood_is_no_conflict(pipeline):
    """A works zone lies in some neighbourhood of another name: two kinds of
    quarter are never set against each other."""
    found = _location_findings(
        "Two workers died on Tuesday in a fire at a plastics plant in the Ras Kelbani industrial zone,"
        " civil protection said.",
        "Two workers died on Tuesday in a fire at a plastics plant in the Sakiet Ezzit neighbourhood,"
        " civil protection said.",
    )
    assert not any(status is Status.conflict for status, _ in found)


# A quarter told as "the NAME quarter (or locality) of TOWN", as West African
# and South Asian wire copy writes it (genre54b 04's "the Boribana quarter of
# Attécoubé"), read whatever the model makes of the town; the names below are
# made up.
@pytest.mark.parametrize(
    ("text", "quarter", "town"),
    [
        (
            "The deadliest slide occurred in the Kanvale quarter of Mbarossou, where a hillside gave way"
            " at around 11 p.m.",
            "Kanvale",
            "mbarossou",
        ),
        (
            "Six people died when a two-storey house caved in in the Ramnagar locality of Sitapuri late on"
            " Sunday.",
            "Ramnagar",
            "sitapuri",
        ),
    ],
)
def test_a_quarter_of_a_town_the_model_tags_no_place_is_read(pipeline, text, quarter, town):
    found = _quarters(_claims(text))
    read = [(c.value.name, c.place.place_words, c.place.stated_as) for c in found]
    assert read == [(quarter, town, "scene")]


@pytest.mark.parametrize(
    "text",
    [
        # a quarter of a year or a game, its word in small letters
        "Sales fell in the final quarter of 2025, the company said.",
        # "section" or "area" after "of" a paper or a building: no town (the loose reading is
        # only for "quarter" and "locality")
        "The report ran in the Metro section of The Evening Courier on Sunday.",
        "Smoke filled the Departures area of Terminal 3 at about 3 p.m.",
    ],
)
def test_no_quarter_of_an_untagged_town_from_other_words(pipeline, text):
    assert not _quarters(_claims(text))


def test_two_quarters_of_two_towns_told_as_the_scene_conflict(pipeline):
    """One scene lies in one quarter of one town: two reports putting the
    slide in two quarters of two towns, both as the scene, disagree."""
    found = _location_findings(
        "A landslide killed 24 people overnight in Abidjan. The deadliest incident occurred in the Kanvale"
        " quarter of Mbarossou, where a hillside gave way at around 11 p.m.",
        "A landslide killed 24 people overnight in Abidjan. The slide struck late Tuesday in the Tiegba"
        " quarter of Anyama, a poor neighbourhood of makeshift houses.",
    )
    assert (Status.conflict, ("Kanvale", "Tiegba")) in found


def test_a_quarter_of_another_town_someone_lived_in_is_no_conflict(pipeline):
    found = _location_findings(
        "A landslide killed 24 people overnight in Abidjan. The deadliest incident occurred in the Kanvale"
        " quarter of Mbarossou, where a hillside gave way at around 11 p.m.",
        "A landslide killed 24 people overnight in Abidjan. One of the dead, a teacher, lived in the Tiegba"
        " quarter of Anyama.",
    )
    assert not any(status is Status.conflict for status, _ in found)


# A Colombian "vereda", a rural part of a municipality, is written before its
# name as a colonia is (genre50d 02); the names below are made up.
@pytest.mark.parametrize(
    "text",
    [
        "The slide struck shortly after 2 a.m. in the vereda El Porvenir, a rural hamlet of the municipality"
        " of Urrao.",
        "Nine people died when a mass of mud buried four houses in vereda Las Brisas on Tuesday.",
    ],
)
def test_a_vereda_is_a_quarter_written_before_its_name(pipeline, text):
    found = _quarters(_claims(text))
    assert [c.place.stated_as for c in found] == ["scene"]
    assert found[0].value.name in {"El Porvenir", "Las Brisas"}


def test_two_veredas_told_as_the_scene_conflict(pipeline):
    found = _location_findings(
        "Nine people died on Tuesday when a mass of mud buried four houses in vereda Las Brisas, in the"
        " municipality of Urrao.",
        "The slide struck early on Tuesday in the vereda El Porvenir, in the municipality of Urrao, burying"
        " four houses and killing nine people.",
    )
    assert (Status.conflict, ("El Porvenir", "Las Brisas")) in found


def test_a_vereda_s_council_is_no_quarter(pipeline):
    assert not _quarters(_claims("Vereda Council members asked for more help on Wednesday."))
