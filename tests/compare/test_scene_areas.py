"""The one area of a kind each report puts the incident in
(compare/areas.py), and districts the gazetteer lacks named as districts
(extract/places/villages.py): "in the Dravek district" against "in the
Solvin district" cannot both be where one shelling struck, while a report
naming several districts of a flood, two kinds of area, or the same
district spelled two ways says nothing.  The sentences are written for
these tests in the patterns of wire reports from abroad; the places are
invented."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.models import ClaimKind, Finding

from ..conftest import findings_of, flagged


def _places(a: str, b: str) -> list[Finding]:
    found = findings_of(a, b, day=dt.date(2026, 6, 2), same_incident=True)
    return [f for f in found if f.kind is ClaimKind.location]


def _conflicts(findings: list[Finding]) -> list[list[str]]:
    """The quoted places of each conflict or possible conflict, by report."""
    return [[c.evidence.text for c in f.claims] for f in flagged(findings)]


def test_a_district_the_gazetteer_lacks_is_read_as_the_scene(pipeline):
    findings = _places(
        "An air strike hit a crowded market in Tellabar district on Monday, killing nine people, "
        "medics said.",
        "The market struck on Monday lies in Tellabar district, near the border, residents said.",
    )
    claims = [c for f in findings for c in f.claims if c.evidence.text == "Tellabar district"]
    assert {c.report for c in claims} == {0, 1}
    assert claims[0].place.kind == "district" and claims[0].place.stated_as == "scene"
    assert _conflicts(findings) == []


def test_two_districts_each_report_tells_as_the_scene_conflict(pipeline):
    findings = _places(
        "Rockets struck the village of Morvanka in the Dravek district on Tuesday, killing three civilians.",
        "Rockets struck Morvanka, a village in the Solvin district near the front line, "
        "killing three civilians.",
    )
    assert _conflicts(findings) == [["Dravek district", "Solvin district"]]


def test_two_provinces_told_as_the_epicentres_conflict(pipeline):
    findings = _places(
        "A strong earthquake struck on Sunday with its epicentre in the Ketari province, seismologists said.",
        "A strong earthquake struck on Sunday with its epicenter in the neighbouring Ulmana province, "
        "the survey said.",
    )
    assert _conflicts(findings) == [["Ketari province", "Ulmana province"]]


def test_a_report_naming_several_districts_as_the_scene_says_nothing(pipeline):
    findings = _places(
        # shelling, not a flood: a flood's areas are no scene area unless told as its point
        "Shelling killed 14 people in Barunda district and Kessipur district overnight, officials said.",
        "Shelling killed 14 people in Marrowdale district overnight, officials said.",
    )
    assert _conflicts(findings) == []


def test_a_district_and_a_subdistrict_are_two_kinds_of_area(pipeline):
    findings = _places(
        "The ferry capsized in the river in Tandigar district on Friday evening, officials said.",
        "The ferry capsized in the river off Holmari upazila on Friday evening, officials said.",
    )
    assert _conflicts(findings) == []


def test_one_district_spelled_two_ways_agrees(pipeline):
    findings = _places(
        "Shelling hit a school in the Verkhniv district on Tuesday, killing two teachers.",
        "Shelling hit a school in the Verkhnyv district on Tuesday, killing two teachers.",
    )
    assert _conflicts(findings) == []


def test_an_offices_name_is_no_district_of_the_story(pipeline):
    findings = _places(
        "A man was shot dead on Friday in Tellabar district, and Kestrabel district attorney Jane Roe "
        "said charges would follow.",
        "A man was shot dead on Friday in Tellabar district, police said.",
    )
    surfaces = {c.place.surface for f in findings for c in f.claims}
    assert "Kestrabel district" not in surfaces
    assert _conflicts(findings) == []


def test_a_quake_s_or_a_flood_s_areas_of_harm_are_no_second_scene(pipeline):
    """A quake, a flood or a storm reaches over several areas
    (``spread_over_regions``): its epicentre's province against the province
    another report says it destroyed homes in, or two districts two reports
    say one flood swept, are not two places of one point."""
    quake = _places(
        "A strong earthquake struck on Sunday with its epicentre in the Ketari province, seismologists said.",
        "A strong earthquake on Sunday destroyed dozens of homes in the Ulmana province, officials said.",
    )
    assert _conflicts(quake) == []
    flood = _places(
        "Flash floods swept through villages in Tellabar district on Monday, killing nine people, "
        "officials said.",
        "Flash floods destroyed hundreds of homes in Solvin district on Monday, killing nine people, "
        "officials said.",
    )
    assert _conflicts(flood) == []


def test_two_municipalities_told_before_their_names_conflict(pipeline):
    """ "in the municipality of X" against "in the municipality of Y": one
    attack on one ranch; names with small words ("de", "del") are whole."""
    findings = _places(
        "Gunmen killed seven people at a ranch in the municipality of Villa de San Ermelindo on Saturday.",
        "The attack took place at a ranch in the municipality of Cerro del Aguacate, police said.",
    )
    assert _conflicts(findings) == [["Villa de San Ermelindo", "Cerro del Aguacate"]]


@pytest.mark.parametrize(
    "other",
    [
        # where help came from, or another municipality the damage reached: no scene
        "Gunmen killed seven people at a ranch in Villa de San Ermelindo. Police from the neighbouring "
        "municipality of Cerro del Aguacate were sent.",
        "Gunmen killed seven people at a ranch in Villa de San Ermelindo. Soldiers from the municipality "
        "of Cerro del Aguacate sealed off the roads.",
    ],
)
def test_a_municipality_help_came_from_is_no_scene(pipeline, other):
    findings = _places(
        "Gunmen killed seven people at a ranch in the municipality of Villa de San Ermelindo on Saturday.",
        other,
    )
    assert _conflicts(findings) == []


def test_one_municipality_told_two_ways_agrees(pipeline):
    findings = _places(
        "Gunmen killed seven people at a ranch in the municipality of Villa de San Ermelindo on Saturday.",
        "The ranch lies in Villa de San Ermelindo municipality, police said.",
    )
    assert _conflicts(findings) == []


def test_two_untagged_districts_framed_by_of_conflict(pipeline):
    """Afghan wire copy: "in the X district of the province", whose name the
    model leaves untagged, against another report's district."""
    findings = _places(
        "The bus hit the tanker at around 3 a.m. in the Zarkhan Kot district of Ghazni province, "
        "killing 21 people.",
        "Police said the crash took place at about 5am in the Sang Tarash district of the province, "
        "killing 21 people.",
    )
    assert _conflicts(findings) == [["Zarkhan Kot district", "Sang Tarash district"]]


def test_two_local_government_areas_conflict(pipeline):
    findings = _places(
        "Residents of Tungar Dutse village in the Gidan Rimi Local Government Area of Zamfara State are "
        "mourning after bandits killed 14 people on Friday night.",
        "Police confirmed an attack by bandits on Tungar Dutse community in Mairuwa LGA of the state on "
        "Friday night.",
    )
    assert _conflicts(findings) == [["Gidan Rimi Local Government Area", "Mairuwa LGA"]]
    assert "one LGA of its own" in flagged(findings)[0].explanation


def test_one_local_government_area_written_two_ways_agrees(pipeline):
    findings = _places(
        "Bandits killed 14 people in Tungar Dutse village in the Gidan Rimi Local Government Area on Friday.",
        "Bandits killed 14 people on Friday in Tungar Dutse, a village in Gidan Rimi LGA, police said.",
    )
    assert _conflicts(findings) == []
    agreed = [f for f in findings if f.status.value == "agree"]
    assert any({c.place.surface for c in f.claims} == {"Gidan Rimi LGA"} for f in agreed)


def test_a_home_district_is_no_second_scene(pipeline):
    """ "a native of X district": where a victim came from, beside the scene's district."""
    findings = _places(
        "The bus hit the tanker in the Zarkhan Kot district of Ghazni province, killing 21 people.",
        "The bus hit the tanker in Zarkhan Kot district, killing 21 people. The driver, a native of "
        "Sang Tarash district of Kandahar, was among the dead.",
    )
    assert _conflicts(findings) == []


def test_two_districts_told_after_their_province_s_possessive_conflict(pipeline):
    """ "in Koral province's Veyan district": Asian wire copy places an
    incident by its sub-district after the province's possessive; the
    district is the scene, and another report's district of the one
    province is set against it."""
    findings = _places(
        "Four fishermen drowned when their boat capsized in Koral province's Veyan district on Sunday.",
        "Four fishermen drowned on Sunday after their boat capsized in Tobrek district of Koral province.",
    )
    assert _conflicts(findings) == [["Veyan district", "Tobrek district"]]


def test_a_province_and_its_own_district_after_its_possessive_are_no_conflict(pipeline):
    """The province one report names and the district the other names in
    the province's possessive: one holds the other (convention 9)."""
    findings = _places(
        "Four fishermen drowned when their boat capsized in Koral province on Sunday.",
        "Four fishermen drowned when their boat capsized in Koral province's Veyan district on Sunday.",
    )
    assert _conflicts(findings) == []


def test_two_mandals_each_report_tells_as_the_scene_conflict(pipeline):
    """An Indian mandal (like a taluk, an amphoe or a commune) is a
    sub-district: "in Peddapur mandal" against "in Ravikota mandal"."""
    findings = _places(
        "A fire at a firecracker unit in Peddapur mandal killed six workers on Monday.",
        "Six workers were killed on Monday when a firecracker unit caught fire in Ravikota mandal.",
    )
    assert _conflicts(findings) == [["Peddapur mandal", "Ravikota mandal"]]


def test_a_district_a_victim_came_from_in_the_possessive_is_no_second_scene(pipeline):
    """ "a farmer from Koral province's Veyan district": a home, beside the scene's district."""
    findings = _places(
        "Lightning killed two farmers in Tobrek district on Friday.",
        "Lightning killed two farmers in Tobrek district on Friday. One, a labourer from Koral "
        "province's Veyan district, had come for the harvest.",
    )
    assert _conflicts(findings) == []


def test_a_mandal_told_after_village_of_is_set_against_the_other_report_s(pipeline):
    """ "Gollapadu village of Ravikota mandal": the "of" tells the mandal that
    holds the village, against the other report's "in Peddapur mandal"."""
    findings = _places(
        "A boiler blast at a rice mill in Gollapadu village in Peddapur mandal killed two workers.",
        "Two workers were killed in a boiler blast at a rice mill in Gollapadu village of Ravikota mandal.",
    )
    assert _conflicts(findings) == [["Peddapur mandal", "Ravikota mandal"]]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "A landslide triggered by torrential rains buried several homes in Tellabar district on "
            "Monday, killing five people.",
            "Five people were killed when a landslide buried part of a village in Solvin district "
            "after days of flooding.",
        ),
        (
            "Lightning struck and killed three farmers sheltering under a tree during a storm in "
            "Tellabar district on Sunday.",
            "Three farmers were killed by lightning during a storm in Solvin district on Sunday.",
        ),
        (
            "An avalanche buried four hikers in Tellabar district on Friday as a storm swept the range.",
            "Four hikers died in an avalanche in Solvin district on Friday, during a heavy storm.",
        ),
    ],
)
def test_a_point_event_told_with_a_flood_s_or_a_storm_s_words_has_one_district(pipeline, a, b):
    """A landslide, lightning or an avalanche strikes one spot, whatever
    flood or storm brought it (``point_events`` of
    rules/incident_types.yaml): an area its sentence tells it in before any
    spreading word is the one area of its scene, as a shelling's is."""
    assert _conflicts(_places(a, b)) == [["Tellabar district", "Solvin district"]]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # the flood told first: the area is one of those it swept
            "Floods and a landslide hit Tellabar district on Monday, killing five people.",
            "Floods and a landslide hit Solvin district on Monday, killing five people.",
        ),
        (  # landslides in the plural may strike several districts
            "Torrential rain set off landslides in Tellabar district on Monday, killing five people.",
            "Torrential rain set off landslides in Solvin district on Monday, killing five people.",
        ),
        (  # one report names two districts: the slide may have struck either
            "A landslide after torrential rains buried homes in Tellabar district and Solvin district.",
            "A landslide after torrential rains buried homes in Solvin district on Monday.",
        ),
        (  # two point events of one storm: two scenes, each in its own district
            "Storms lashed the region on Monday. Lightning struck and killed two farmers in Tellabar "
            "district during the storm.",
            "Storms swept the region on Monday. A landslide triggered by the storm killed two people in "
            "Solvin district.",
        ),
        (  # a warning tells no avalanche
            "Floods hit the north on Tuesday, killing three people. An avalanche warning was issued for "
            "Tellabar district as the flooding spread.",
            "Floods hit the north on Tuesday. An avalanche killed three people in Solvin district.",
        ),
    ],
)
def test_a_flood_s_areas_or_several_slides_are_no_one_scene(pipeline, a, b):
    assert _conflicts(_places(a, b)) == []


def test_two_districts_whose_names_differ_by_a_letter_are_two(pipeline):
    """The area's noun both names share makes any two names look alike:
    "Rudsar county" and "Rudbar county" are two counties, as "Rudsar" and
    "Rudbar" are two names; spelled without the noun, a short name must be
    the same name folded ("Verkhniv"/"Verkhnyv" above agree)."""
    findings = _places(
        "A fire at a textile mill in Marvak county on Tuesday killed four workers.",
        "Four workers died on Tuesday when fire swept a textile mill in Marpak county.",
    )
    assert _conflicts(findings) == [["Marvak county", "Marpak county"]]
    spelled = _places(
        "A fire at a textile mill in Kessipur county on Tuesday killed four workers.",
        "Four workers died on Tuesday when fire swept a textile mill in Kesipoor county.",
    )
    assert _conflicts(spelled) == []
    glided = _places(  # a short name with an "h" or a "w" transliteration adds ("Ghowr"/"Ghor")
        "A fire at a textile mill in Ghowrak county on Tuesday killed four workers.",
        "Four workers died on Tuesday when fire swept a textile mill in Gorak county.",
    )
    assert _conflicts(glided) == []


# A Ugandan or Kenyan sub-county, the area a district holds, written after its
# name in capitals or small letters (genre58b 02's "Bukalasi Sub-county,
# Bududa District"); the names below are made up.
@pytest.mark.parametrize(
    "text",
    [
        "Rescuers recovered 11 bodies after a landslide buried homes in Nakiwondo Sub-county on Wednesday"
        " night.",
        "A landslide buried 15 houses in Nakiwondo subcounty on Wednesday night, the Red Cross said.",
    ],
)
def test_a_sub_county_is_an_area_of_the_story(pipeline, text):
    findings = _places(text, "A landslide buried houses on Wednesday night, the Red Cross said.")
    claims = [c for f in findings for c in f.claims if c.evidence.text.startswith("Nakiwondo")]
    assert [(c.place.kind, c.place.stated_as) for c in claims] == [("district", "scene")]


def test_two_sub_counties_each_report_tells_as_the_scene_conflict(pipeline):
    findings = _places(
        "Rescuers recovered 11 bodies after a landslide buried homes in Nakiwondo Sub-county, Bulesa"
        " District, on Wednesday night.",
        "At least 11 people died after a landslide buried homes in Bumasheti Sub-county in Bulesa district"
        " on Wednesday night.",
    )
    assert ["Bumasheti Sub-county", "Nakiwondo Sub-county"] in [sorted(c) for c in _conflicts(findings)]


def test_a_sub_county_beside_its_district_is_no_conflict(pipeline):
    """A sub-county and a district are two kinds of area: one holds the other."""
    findings = _places(
        "Rescuers recovered 11 bodies after a landslide buried homes in Nakiwondo Sub-county on Wednesday"
        " night.",
        "At least 11 people died after a landslide buried homes in Bulesa district on Wednesday night.",
    )
    assert _conflicts(findings) == []
