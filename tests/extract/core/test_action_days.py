"""A day or time belongs to the action its clause tells
(tests/extract/core/action_day_cases.yaml), and only the incident's own days
are set against another report's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from reportcheck.api import compare_reports
from reportcheck.load import load_text

from ...conftest import claim_quoting

DATA = Path(__file__).parent  # the case files sit beside this module

CASES = yaml.safe_load((DATA / "action_day_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[f"{c['sentence'][:40]}|{c['value']}" for c in CASES])
def test_the_action_a_day_belongs_to(pipeline, case):
    claim = claim_quoting(pipeline, case["sentence"], case["kind"], case["value"])
    details = claim.date if case["kind"] == "date" else claim.time
    if case["event"] == "not incident":
        assert details.event != "incident"
    elif case["event"] == "day of the incident":  # the incident's or an unnamed event's: a candidate
        assert claim.subject == "incident"
    else:
        assert details.event == case["event"]


def _date_conflicts(first: str, second: str) -> list[list[str]]:
    reports = [load_text(text, date=dt.date(2026, 3, 12)) for text in (first, second)]
    comparison = compare_reports(reports)
    return [
        sorted(c.evidence.text for c in f.claims)
        for f in comparison.findings
        if f.status.value in ("conflict", "possible_conflict") and f.kind.value == "date"
    ]


SHOOTING = "Police shot and killed Darnell Reyes, 17, on Saturday night in Eastfield.\n"


@pytest.mark.parametrize(
    "other",
    [
        "The gunman, who shot Darnell Reyes on Saturday night, had been fired from his job on Thursday.\n",
        "Police shot Darnell Reyes on Saturday night.\nOn Tuesday, two barbers discussed the shooting.\n",
        "Police shot Darnell Reyes on Saturday night.\nThe killing fueled a riot in Eastfield on Monday.\n",
        "Police shot Darnell Reyes on Saturday night.\nA grocer will not open again until Friday.\n",
        "Police shot Darnell Reyes on Saturday night.\n"
        "In the aftermath of the shooting Tuesday, the mayor announced a curfew.\n",
        "Police shot Darnell Reyes on Saturday night.\n"
        "Youths burned cars on Sunday as friends met to mark a day since the killing.\n",
        "The trial had opened Tuesday with jurors watching video of the shooting of Darnell Reyes "
        "at 11:40 p.m. in Eastfield.\n",
    ],
    ids=["fired", "discussed", "riot", "future", "aftermath", "elapsed", "trial"],
)
def test_another_actions_day_is_no_conflict(pipeline, other):
    assert _date_conflicts(SHOOTING, other) == []


UNDATED = "Police shot and killed Darnell Reyes, 17, in Eastfield.\n"


def _paired_days(first: str, second: str) -> list[list[str]]:
    """The days the comparison sets side by side, one from each report."""
    reports = [load_text(text, date=dt.date(2026, 3, 12)) for text in (first, second)]
    comparison = compare_reports(reports)
    return [
        sorted(c.evidence.text for c in f.claims)
        for f in comparison.findings
        if f.kind.value == "date" and len({c.report for c in f.claims}) == 2
    ]


@pytest.mark.parametrize(
    "other",
    [
        UNDATED + "The county coroner on Sunday identified him.\n",
        UNDATED + "He was identified Sunday by the coroner.\n",
        UNDATED + "His uncle on Sunday said the family grieved.\n",
        UNDATED + "The officer made his first court appearance Sunday.\n",
    ],
    ids=["identified by", "identified", "said", "appeared"],
)
def test_another_actions_day_is_not_set_beside_the_shootings(pipeline, other):
    """A day a day after "Saturday night" was read as a candidate day of the
    shooting, "compatible" with it; the step's, the saying's and the court's
    days are their own (extract/dates/own_action.py)."""
    assert _paired_days(SHOOTING, other) == []


def test_a_day_told_after_said_is_still_the_shootings(pipeline):
    """The negative of the own-action days: "said" outside the clause of the
    shooting leaves that clause's day the incident's."""
    other = "Police said Darnell Reyes, 17, was shot and killed on Thursday in Eastfield.\n"
    assert _date_conflicts(SHOOTING, other) == [["Saturday night", "Thursday"]]


def test_two_days_of_the_shooting_still_conflict(pipeline):
    other = "Police shot and killed Darnell Reyes, 17, on Thursday in Eastfield.\n"
    assert _date_conflicts(SHOOTING, other) == [["Saturday night", "Thursday"]]


def test_a_quakes_day_in_a_toll_update_is_set_against_the_quakes(pipeline):
    """ "The toll from the earthquake that struck ... just before midnight on
    Thursday has climbed to 41": the parse hung the day on the toll's verb
    (through the clock it takes for the subject), so it was never set
    against the other report's day of the quake."""
    first = "An earthquake struck the hills of western Dorvan late on Friday, killing at least 12 people.\n"
    second = (
        "The toll from the earthquake that struck western Dorvan just before midnight on Thursday "
        "has climbed to 41, officials said on Sunday.\n"
    )
    assert _date_conflicts(first, second) == [["Thursday", "late on Friday"]]
