"""A share of a toll told by where its people came from ("Of those dead,
three were from Tarrow"): a count of the toll's outcome whose group is the
place (``from:<place>``), so that only another report's figure from the same
place is set against it, and any total holds it.

The sentences are written for these tests after the way Indian and wire
reports list a train or bus crash's dead by home town; the names, numbers
and order are varied."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import compare_reports
from reportcheck.load import load_text
from reportcheck.models import Status

from ...conftest import claims_of_text

CASUALTIES = {"killed", "injured", "missing"}


def _counts(pipeline, text: str) -> list[tuple[str, float | None, str, str | None]]:
    return sorted(
        (c.kind.value, c.value.low, c.evidence.text, c.count.group)
        for c in claims_of_text(pipeline, text)
        if c.kind.value in CASUALTIES
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the toll named by a fronted "of"
        (
            "Eleven passengers were killed. "
            "Of those dead, six were from Mysuru while one each were from Salem and Pune.",
            ("killed", 6.0, "six", "from:mysuru"),
        ),
        # the "of" on the figure, and the injured
        (
            "Twenty people were hurt in the blast. Three of the injured were from Lahore, officials said.",
            ("injured", 3.0, "Three", "from:lahore"),
        ),
        # "them": the toll told just before
        (
            "Eight people died in the crash. The victims included four men, three women and a girl. "
            "Of them, two were from Madurai and one from Vellore.",
            ("killed", 2.0, "two", "from:madurai"),
        ),
        # "N of them from X" after the toll
        (
            "The air strike killed 13 people, six of them from Saraqib, the monitor said.",
            ("killed", 6.0, "six", "from:saraqib"),
        ),
        # "including N from X"
        (
            "A bus plunged into the river, killing eleven people, including four from Kerala.",
            ("killed", 4.0, "four", "from:kerala"),
        ),
        # "Among the dead, ...", and a place name the tagger does not know
        (
            "Twelve people died in the shelling. Among the dead, five were from Talbiseh.",
            ("killed", 5.0, "five", "from:talbiseh"),
        ),
        # "those killed", with the toll's own figure in the "of"
        (
            "Ten people were killed. Three of those killed were from Nashik.",
            ("killed", 3.0, "Three", "from:nashik"),
        ),
        # a place of two words
        (
            "Seven passengers were killed when the bus fell into the gorge. "
            "Four of the dead were from Andhra Pradesh.",
            ("killed", 4.0, "Four", "from:andhra pradesh"),
        ),
    ],
)
def test_a_share_of_the_toll_by_home_town(pipeline, text, want):
    assert want in _counts(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # one for each of several places: no share of any one
        "Nine passengers were killed. Of the dead, one each were from Salem, Pune and Delhi.",
        # a common noun: no place named
        "Ten people were hurt. Two of them were from the same family.",
        # no toll named by the "of"
        "Police arrested four men. Of them, two were from Chicago.",
        # "including" a common noun, and an arrest (no toll of the dead or hurt)
        "Nine people died, including two from the same family.",
        "Police arrested six men, including two from Chicago.",
        # "them" and "including" name the arrest told last, not the toll before it
        "Three people were killed and police arrested four men. Of them, two were from Chicago.",
        "Three people were killed and police arrested five men, including two from Chicago.",
        # a figure with a noun of its own is not this pattern
        "Six pirates were captured. Three of the pirates were from Somalia.",
    ],
)
def test_no_share_by_origin_without_a_toll_and_a_place(pipeline, text):
    assert not [c for c in _counts(pipeline, text) if (c[3] or "").startswith("from:")]


def _killed(first: str, second: str) -> list[tuple[str, list[str]]]:
    reports = [load_text(text, date=dt.date(2026, 2, 13)) for text in (first, second)]
    return [
        (f.status.value, sorted(c.evidence.text for c in f.claims))
        for f in compare_reports(reports).findings
        if f.kind.value == "killed" and f.status is not Status.only_in_one
    ]


def test_two_reports_share_from_one_place_disagree(pipeline):
    a = "Nine passengers were killed when the express derailed. Of those dead, four were from Mysuru."
    b = "Nine people died when the express derailed. Of the dead, five were from Mysuru and one from Salem."
    found = _killed(a, b)
    assert ("conflict", ["five", "four"]) in found
    assert ("agree", ["Nine passengers", "Nine people"]) in found


@pytest.mark.parametrize(
    "b",
    [
        # the other report's share from another place: two sets, never judged
        "Nine people died when the express derailed. Of the dead, five were from Salem.",
        # the same figure from the same place
        "Nine people died when the express derailed. Four of the dead were from Mysuru.",
    ],
)
def test_a_share_from_one_place_is_not_set_against_another(pipeline, b):
    a = "Nine passengers were killed when the express derailed. Of those dead, four were from Mysuru."
    assert not [f for f in _killed(a, b) if f[0] == "conflict"]


def test_a_share_above_the_other_reports_toll_conflicts(pipeline):
    a = "Three people were killed when the bus overturned."
    b = "The bus overturned near the toll plaza. Four of the dead were from Mysuru, police said."
    assert any(status == "conflict" and "Four" in texts for status, texts in _killed(a, b))
