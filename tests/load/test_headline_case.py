"""A headline set in Title Case is read as the tagger reads news
(load/headline_case.py): the words of a casualty and of grammar in lower
case, names and places as written, the quoted text untouched.

Headlines written for these tests in the shapes local outlets and web pages
use ("N Shot, N Killed In ...", "N-Year-Old Dies After ...")."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import extract_report
from reportcheck.load import load_text
from reportcheck.load.headline_case import headline_case_edits
from reportcheck.load.offsets import apply_edits


def _cased(text: str) -> str:
    """``text`` as the parser reads it when its first line is the headline."""
    return apply_edits(text, headline_case_edits(text, text.split("\n")[0]))[0]


@pytest.mark.parametrize(
    ("headline", "read"),
    [
        (
            "Four Shot, Two Killed Outside Gas Station In Dayton",
            "Four shot, two killed outside Gas Station in Dayton",
        ),
        (
            "9-Year-Old Boy Dies After Being Shot On Maple Avenue",
            "9-year-old boy dies after being shot on Maple Avenue",
        ),
        (
            "Two Officers Wounded, Suspect Arrested In May Standoff",
            "Two officers wounded, suspect arrested in May Standoff",
        ),
        (
            # "charged" a verb of the count of people charged (rules/counts.yaml)
            "Will Hunt Charged After Woman Found Dead In Tulsa Home",
            "Will Hunt charged after woman found dead in Tulsa Home",
        ),
    ],
)
def test_the_known_words_of_a_title_case_headline_are_lowered(headline, read):
    assert _cased(headline + "\n\nBody text follows here.") == read + "\n\nBody text follows here."


@pytest.mark.parametrize(
    "line",
    [
        "Police said two people were killed in the shooting on Maple Avenue.",
        "DAYTON, Ohio (AP) - Two people were killed",
        "FOUR SHOT, TWO KILLED OUTSIDE GAS STATION",
        "Shot Dead",  # too short to tell a headline by its capitals
    ],
)
def test_other_lines_are_left_as_written(line):
    assert _cased(line) == line


def test_only_the_headline_is_read_so():
    """A fact box's line or a subhead in Title Case keeps its words."""
    text = "Quake Kills Nine In Coastal Province\n\nA quake struck.\nEpicentre: Near Port Avila Town"
    assert _cased(text).endswith("Epicentre: Near Port Avila Town")
    assert _cased(text).startswith("Quake kills nine in Coastal Province")


def test_the_report_quotes_and_names_its_headline_as_written():
    text = (
        "Four Shot, Two Killed Outside Gas Station In Dayton\n\nPolice said the shooting happened on Friday."
    )
    report = load_text(text, date=dt.date(2026, 3, 10))
    assert report.headline == "Four Shot, Two Killed Outside Gas Station In Dayton"
    assert report.text.startswith("Four shot, two killed")
    counts = {
        (c.kind.value, c.value.low, c.evidence.text)
        for c in extract_report(report, 0).claims
        if c.kind.value in ("killed", "injured")
    }
    assert ("killed", 2.0, "Two Killed") in counts
