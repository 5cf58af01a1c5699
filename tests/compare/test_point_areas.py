"""The area each report puts a quake's epicentre or a storm's landfall in
(compare/areas.py, knowledge/points.py): "with its epicentre at Thulibesi
in Dhoran district" against "with its epicentre at Kelpa in Sarwan
district" cannot both hold, though either report may name the other's
district as one the shaking reached; two areas of two kinds, an area one
report leaves out, or the same area told with two points say nothing.
The sentences are written for these tests in the patterns of wire and
agency reports; the villages and the districts the gazetteer lacks are
invented, the provinces and prefectures real."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.models import ClaimKind, Finding

from ..conftest import findings_of, flagged


def _places(a: str, b: str) -> list[Finding]:
    found = findings_of(a, b, day=dt.date(2026, 9, 14), same_incident=True)
    return [f for f in found if f.kind is ClaimKind.location]


def _conflicts(findings: list[Finding]) -> list[list[str]]:
    """The quoted places of each conflict or possible conflict, by report."""
    return [[c.evidence.text for c in f.claims] for f in flagged(findings)]


def test_two_districts_of_the_epicentre_conflict_though_a_report_names_both(pipeline):
    findings = _places(
        "A magnitude 5.9 earthquake struck late on Friday with its epicentre at Thulibesi in Dhoran "
        "district, the monitoring centre said. Eleven people died in Dhoran and four in neighbouring "
        "Sarwan district.",
        "The quake, which struck at 11:20 pm on Friday, had its epicentre at Kelpa in Sarwan district, "
        "officials said. At least 15 people were killed.",
    )
    assert ["Dhoran district", "Sarwan district"] in _conflicts(findings)


def test_two_provinces_of_the_landfall_conflict_where_the_model_tags_neither(pipeline):
    findings = _places(
        "Typhoon Marisol made landfall in Punta Lagdo, Catanduanes at 9:15 p.m. on Sunday with winds of "
        "150 km/h, the weather bureau said.",
        "Marisol made landfall over the town of Baliwasan, Masbate, late on Sunday before crossing "
        "into the Sibuyan Sea, forecasters said.",
    )
    assert _conflicts(findings) == [["Catanduanes", "Masbate"]]


def test_two_prefectures_of_the_landfall_conflict(pipeline):
    findings = _places(
        "Typhoon Kestrel made landfall near Hamakura, Miyazaki, early on Monday, the meteorological "
        "agency said.",
        "The storm made landfall in Tsunomi in Kagoshima prefecture on Monday morning and moved "
        "north, bringing heavy rain to Miyazaki.",
    )
    assert _conflicts(findings) == [["Miyazaki", "Kagoshima prefecture"]]


def test_an_area_that_holds_the_other_is_no_conflict(pipeline):
    findings = _places(
        "Cyclone Veda made landfall near Ralapur, Odisha, on Thursday evening, the weather office said.",
        "Veda made landfall near Ralapur in Odisha's Ganjam district late on Thursday.",
    )
    assert _conflicts(findings) == []


def test_a_landfall_told_without_its_area_is_no_conflict(pipeline):
    findings = _places(
        "Cyclone Veda made landfall near Ralapur on Thursday evening and weakened over Andhra Pradesh.",
        "Veda made landfall near Ralapur, Odisha, late on Thursday, officials said.",
    )
    assert _conflicts(findings) == []


def test_one_area_told_by_both_agrees(pipeline):
    findings = _places(
        "The quake's epicentre was located at Thulibesi in Dhoran district, the centre said.",
        "The epicenter was near Kelpa in Dhoran district, about 30 km from the district headquarters.",
    )
    # the district agrees; the two villages may lie close together (only "near Kelpa"), an editor may look
    assert _statuses(findings) == [("possible_conflict", ["Thulibesi", "Kelpa"])]


def test_a_report_telling_two_landfalls_sets_neither_against_the_other(pipeline):
    findings = _places(
        "Marisol made landfall in Punta Lagdo, Catanduanes on Sunday, and made a second landfall in "
        "Baliwasan, Masbate early on Monday.",
        "The typhoon made landfall over the town of Baliwasan, Masbate, forecasters said.",
    )
    assert _conflicts(findings) == []


def test_a_report_telling_only_a_second_landfall_sets_nothing(pipeline):
    findings = _places(
        "Marisol made landfall in Punta Lagdo, Catanduanes on Sunday evening, the weather bureau said.",
        "The typhoon made its second landfall over the town of Baliwasan, Masbate, early on Monday.",
    )
    assert _conflicts(findings) == []


def _statuses(findings: list[Finding]) -> list[tuple[str, list[str]]]:
    """The status and the quoted places of each conflict or possible conflict."""
    return [(f.status.value, [c.evidence.text for c in f.claims]) for f in flagged(findings)]


def test_two_towns_of_one_landfall_conflict(pipeline):
    """ "made landfall over X" against "came ashore in the town of Y": one
    landfall, two towns neither of which holds the other."""
    findings = _places(
        "Typhoon Mirasol made landfall over Barrio Kalinaw at 10:40 pm on Sunday, the weather bureau said.",
        "Typhoon Mirasol came ashore in the town of Punta Lagdeng late on Sunday, killing two people.",
    )
    assert _statuses(findings) == [("conflict", ["Barrio Kalinaw", "Punta Lagdeng"])]


def test_a_town_only_near_the_landfall_is_a_possible_conflict(pipeline):
    """ "came ashore near the town of Y": the landfall over X may lie near Y."""
    findings = _places(
        "Typhoon Mirasol made landfall over Barrio Kalinaw at 10:40 pm on Sunday, the weather bureau said.",
        "Typhoon Mirasol came ashore near the town of Punta Lagdeng late on Sunday, killing two people.",
    )
    assert _statuses(findings) == [("possible_conflict", ["Barrio Kalinaw", "Punta Lagdeng"])]


def test_two_known_towns_far_apart_conflict_though_near(pipeline):
    """Towns the gazetteer places some 200 km apart cannot both be near one landfall."""
    findings = _places(
        "Cyclone Vanya made landfall near Puri on Saturday evening, the weather office said.",
        "Cyclone Vanya made landfall near Contai on Saturday evening, killing one person.",
    )
    assert [status for status, _ in _statuses(findings)] == ["conflict"]


def test_two_towns_of_one_epicentre_conflict(pipeline):
    findings = _places(
        "The magnitude 6.1 earthquake struck on Monday; its epicentre was located in the village of "
        "Terbolat, the seismological centre said.",
        "The 6.1-magnitude quake on Monday had its epicenter at Hosrava, about 40 km inland, officials said.",
    )
    assert _statuses(findings) == [("conflict", ["Terbolat", "Hosrava"])]


def test_two_towns_both_only_near_the_landfall_are_a_possible_conflict(pipeline):
    """ "near X" and "near Y": the point may lie between two towns both near it."""
    findings = _places(
        "Cyclone Vanya made landfall near the village of Koraput Sahi on Tuesday evening, officials said.",
        "Cyclone Vanya crossed the coast on Tuesday and made landfall near Dhenkali Patna, officials said.",
    )
    assert _statuses(findings) == [("possible_conflict", ["Koraput Sahi", "Dhenkali Patna"])]


@pytest.mark.parametrize(
    "other",
    [
        # the same town, its spelling, a landfall told between two towns, a second landfall
        "Typhoon Mirasol came ashore near Barrio Kalinaw late on Sunday, killing two people.",
        "Typhoon Mirasol made landfall between Barrio Kalinaw and Punta Lagdeng late on Sunday.",
        "Typhoon Mirasol made a second landfall over Punta Lagdeng early on Monday, killing two people.",
        # bodies washed ashore are no landfall
        "After Typhoon Mirasol passed on Sunday, two bodies washed ashore near Punta Lagdeng.",
    ],
)
def test_one_town_or_no_one_point_of_a_landfall_says_nothing(pipeline, other):
    findings = _places(
        "Typhoon Mirasol made landfall over Barrio Kalinaw at 10:40 pm on Sunday, the weather bureau said.",
        other,
    )
    assert _statuses(findings) == []


def test_two_landfall_towns_close_by_say_nothing(pipeline):
    """Two towns the gazetteer places within a few kilometres may both be
    told as a landfall near them."""
    findings = _places(
        "Cyclone Vanya made landfall near Puri on Saturday evening, the weather office said.",
        "Cyclone Vanya made landfall near Konark on Saturday evening, killing one person.",
    )
    assert _statuses(findings) == []


def test_a_settlement_noun_after_the_point_name_still_tells_the_area(pipeline):
    """ "landfall near Rambhagar port in X district", "near Dhuliapur
    village in Y district": the noun after the point's name leaves the area
    after it the point's area, though a report names both districts."""
    findings = _places(
        "The cyclone made landfall near Rambhagar port in Kendrapal district late on Thursday. "
        "Shelters were opened in Kendrapal district and in Sarangmati district.",
        "The cyclone made landfall near Dhuliapur village in Sarangmati district on Thursday night.",
    )
    assert ["Kendrapal district", "Sarangmati district"] in _conflicts(findings)


def test_a_landfall_on_an_island_is_no_town_of_the_landfall(pipeline):
    """ "made landfall on X": a storm lands on an island or a coast, which
    holds the other report's town; only "at", "in", "over", "near", "off"
    or "under" tell a town that is the point itself."""
    findings = _places(
        "Typhoon Mirasol made landfall on Isla Verdosa on Sunday morning, the weather bureau said.",
        "Typhoon Mirasol came ashore in the town of Puerto Dalisay on Sunday morning, killing two people.",
    )
    assert _statuses(findings) == []
