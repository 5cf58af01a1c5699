"""A figure the report itself says was replaced ("up from 12", "initially
reported as a magnitude 6.6") is no claim against the other report's figure
nor against its own revised one (extract/core/revisions.py).

The sentences are written after how wire updates and quake stories word a
revision; names, places and figures are varied."""

from __future__ import annotations

import pytest

from reportcheck.knowledge.vocabulary import EARLIER_FIGURE
from tests.conftest import findings_of, kind_statuses, report_claims


def _earlier(text: str, kind: str) -> list[str]:
    """The words of each ``kind`` claim of ``text`` framed as an earlier figure."""
    return [
        c.evidence.text
        for c in report_claims(text)
        if c.kind.value == kind and (c.frame.measure or "").endswith(EARLIER_FIGURE)
    ]


@pytest.mark.parametrize(
    ("update", "replaced"),
    [
        (
            "The death toll from the landslide rose to 15 on Sunday, up from 12 reported earlier.",
            "12",
        ),
        ("Police said 15 people had died in the landslide, up from an earlier toll of 9.", "9"),
        ("The death toll was revised down from 21 to 15 after a recount, officials said.", "21"),
        ("The toll, initially put at 30, was later lowered to 15 by the district office.", "30"),
    ],
)
def test_a_replaced_toll_is_no_conflict_with_the_new_one(update, replaced):
    other = "At least 15 people were killed in a landslide in western Nepal on Saturday, police said."
    assert _earlier(update, "killed") == [replaced]
    assert "conflict" not in kind_statuses(update, other, "killed")


def test_the_replaced_toll_is_said_as_such_when_only_one_report_gives_it():
    update = "The death toll rose to 15 on Sunday, up from 12 reported earlier, police said."
    other = "At least 15 people were killed in the landslide, police said."
    alone = [
        f for f in findings_of(update, other) if f.status.value == "only_in_one" and f.kind.value == "killed"
    ]
    assert [f.claims[0].evidence.text for f in alone] == ["12"]
    assert "was replaced" in alone[0].explanation


@pytest.mark.parametrize(
    ("revised", "current"),
    [
        (
            "The quake, initially reported as a magnitude 6.6, struck at a shallow depth. "
            "The USGS later gave its magnitude as 6.4.",
            "6.4",
        ),
        ("The USGS said the earthquake had a magnitude of 5.9, down from an initial estimate of 6.2.", "5.9"),
        ("The tremor was first measured at magnitude 7.1 but was later downgraded to 6.8.", "6.8"),
    ],
)
def test_a_revised_magnitude_agrees_with_a_report_of_the_new_figure(revised, current):
    other = f"A magnitude {current} earthquake struck the region on Tuesday, the USGS said."
    statuses = kind_statuses(revised, other, "magnitude")
    assert "conflict" not in statuses and "possible_conflict" not in statuses
    assert "agree" in statuses


def test_a_headline_that_keeps_the_first_estimate_is_that_estimate():
    revised = (
        "6.6 magnitude earthquake shakes northern Chile\n\n"
        "The quake, initially reported as a magnitude 6.6, was very shallow. "
        "A magnitude 6.4 quake, the agency said later, struck 30 km west of the town."
    )
    assert _earlier(revised, "magnitude") == ["6.6 magnitude", "magnitude 6.6"]
    other = "A magnitude 6.4 earthquake struck northern Chile on Tuesday."
    statuses = kind_statuses(revised, other, "magnitude")
    assert "conflict" not in statuses and "agree" in statuses


def test_two_reports_of_one_revision_agree_on_both_figures():
    a = "The earthquake had a magnitude of 6.4, down from an initial estimate of 6.6, the USGS said."
    b = (
        "The quake, initially reported as a magnitude 6.6, struck at dawn; "
        "the USGS later put the magnitude at 6.4."
    )
    assert kind_statuses(a, b, "magnitude") == ["agree", "agree"]


def test_a_preliminary_figure_against_another_reports_revised_one_is_still_a_conflict():
    """The eval conventions: a preliminary magnitude 4.4 against a revised 4.2
    is a real difference; only the report that tells both has resolved it."""
    a = "The quake had a preliminary magnitude of 4.4, the agency said."
    b = "The agency said the quake, which struck on Monday, measured magnitude 4.2."
    assert "conflict" in kind_statuses(a, b, "magnitude")


@pytest.mark.parametrize(
    "text",
    [
        "The sheriff's office initially said Dale Moss shot himself while cleaning a rifle.",
        "She stood a few doors down from where the 17-year-old was shot on Friday.",
        "Police initially said a man had been wounded; he was later found dead.",
    ],
)
def test_words_of_a_revision_near_no_figure_mark_nothing(text):
    claims = report_claims(text)
    assert not any((c.frame.measure or "").endswith(EARLIER_FIGURE) for c in claims)
    assert not any(cue.category == "superseded" for c in claims for cue in c.hedges)
