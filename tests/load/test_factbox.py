"""Fact boxes: which lines of a page are a box's label-and-value facts.

The boxes are written for these tests after how pages of quakes, storms and
crashes set out their figures (a box under the story, a bulleted summary, a
table's rows flattened to text); the figures, names and places are made up.
"""

from __future__ import annotations

import pytest

from reportcheck.load import load_text
from reportcheck.load.factbox import fact_line, fact_line_numbers, facts_in

from .test_load import assert_exact_map


@pytest.mark.parametrize(
    "line, reads, value",
    [
        ("Deaths: 15", "killed", "15"),
        ("DEATH TOLL: 31", "killed", "31"),
        ("Fatalities 21", "killed", "21"),  # a table's row: only a space between
        ("Injured: 200+", "injured", "200+"),
        ("Wounded - at least 40", "injured", "at least 40"),
        ("Missing: 4 crew members", "missing", "4 crew members"),
        ("Casualties: 18 dead, 190 injured", "casualties", "18 dead, 190 injured"),
        ("\u25ba Casualties: 7 dead, 12 hurt", "casualties", "7 dead, 12 hurt"),
        ("\u2022 Magnitude: 6.1", "magnitude", "6.1"),
        ("Focal depth = 35 km", "depth", "35 km"),
        ("Depth 10 km", "depth", "10 km"),
        ("Location: Kozhikode, Kerala", "place", "Kozhikode, Kerala"),
        ("Epicenter | 40 km SW of Tarsus", "place", "40 km SW of Tarsus"),
        ("Date: 7 August 2020", "date", "7 August 2020"),
    ],
)
def test_a_fact_line_reads_its_label_and_value(line, reads, value):
    fact = fact_line(line)
    assert fact is not None
    assert fact.reads == reads
    assert line[fact.value_start : fact.value_end] == value


@pytest.mark.parametrize(
    "line",
    [
        "Updated: Aug 08, 2020 10:15 IST",  # a page's own labels stay furniture
        "Posted: Monday, March 4, 2024",
        "Source: Reuters",
        "Photo: Rescue teams at the site",
        "Tags: air crash, Kerala",
        "Death toll rises to 15 as rescuers search rubble",  # a headline, not a label
        "Dead 2 after crash on the coast road near the port",  # a spaced row is short
        "Place 3 cups of flour in a bowl",  # a place is no figure: no spaced row
        "Police: Two men held after the blast",
        "Missing girl found safe in Elm Park",
    ],
)
def test_other_lines_are_no_facts(line):
    assert fact_line(line) is None


@pytest.mark.parametrize(
    "line, facts",
    [
        ("Dead: 3; injured: 12", [("killed", "3"), ("injured", "12")]),
        ("Killed: 4, wounded: 9", [("killed", "4"), ("injured", "9")]),
        ("Location: Anekal, Karnataka", [("place", "Anekal, Karnataka")]),
        (
            "\u2022 Magnitude: 5.7 | Depth: 8 km | Epicentre: 20 km E of Kos",
            [("magnitude", "5.7"), ("depth", "8 km"), ("place", "20 km E of Kos")],
        ),
        ("Deaths: 3; police said the toll may rise", [("killed", "3; police said the toll may rise")]),
    ],
)
def test_facts_set_side_by_side_on_one_line(line, facts):
    assert [(fact.reads, line[fact.value_start : fact.value_end]) for fact in facts_in(line)] == facts


def test_a_date_label_is_a_fact_only_in_a_box():
    """A lone "Date:" at a page's head is its stamp; beside a box's other lines, the incident's day."""
    alone = ["Date: 13 March 2024", "Ferry sinks off island", "A ferry sank on Tuesday."]
    boxed = ["A ferry sank on Tuesday.", "", "Date: 12 March 2024", "Dead: 4", "Missing: 11"]
    assert fact_line_numbers(alone) == set()
    assert fact_line_numbers(boxed) == {2, 3, 4}


@pytest.mark.parametrize(
    "text, kept, dropped",
    [
        (
            "Jet overshoots runway\nThe jet skidded off the runway on Friday.\n"
            "\u25ba Casualties: 18 dead, 190 injured\n\u25ba Related: Pilots were warned last year",
            "Casualties: 18 dead, 190 injured",
            "Pilots were warned",
        ),
        (
            "Cyclone makes landfall\nThe storm hit the coast at dawn.\n"
            "\u25ba Magnitude: Category 4\n\u25ba Deaths: 12\n\u25ba Storm batters port towns",
            "Deaths: 12",
            "Storm batters port towns",
        ),
    ],
)
def test_a_marked_line_is_a_fact_or_a_link_by_what_follows(text, kept, dropped):
    report = load_text(text)
    assert kept in report.text
    assert dropped not in report.text
    assert_exact_map(report)


def test_an_infobox_row_of_several_spaces_keeps_its_offsets():
    text = (
        "Train derails near junction\nSix coaches left the track.\n\n"
        "Killed\t\t9\nInjured    43\nLocation:   Anekal"
    )
    report = load_text(text)
    assert "Killed 9\nInjured 43\nLocation: Anekal" in report.text
    assert_exact_map(report)
