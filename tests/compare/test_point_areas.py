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
    assert _conflicts(findings) == []


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
