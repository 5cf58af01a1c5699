"""A day told in the possessive of the incident's noun against the report's own day.

Reporters name the incident they write about by its day: "the motive for
Monday night's shooting", "Thursday's shooting had shaken the town", "the
death toll in Monday's landslide", or with the day set before the noun,
"the Tuesday crash", "the Monday morning shootings".  Where the same report dates the
incident itself on another day, one of the two is a slip an editor must
see: the report's internal conflict.  A night and the next day's small
hours stay one night; another event's noun ("Saturday's vigil"), another
incident told by its day two days off or by its own spot, and a report
naming two incidents by their days are no slip; nor is "the Saturday
vigil", another event's noun after the day.  The sentences are
invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import extract_report
from reportcheck.load import load_text
from reportcheck.models import ClaimKind

from ..conftest import findings_of, flagged

#: the other report, which dates the shooting only by the lead's day
PLAIN = "Rory Kettle, 41, was shot dead on Quarry Lane in Ashworth Vale on {day}, police said.\n"


def _report(lead_day: str, body: str) -> str:
    return (
        f"A man shot dead on Quarry Lane in Ashworth Vale on {lead_day} has been named as Rory Kettle, 41.\n"
        "He was found with a wound to the chest and died at the scene.\n"
        "Neighbours said they heard three bangs before a car drove off.\n"
        f"{body}\n"
    )


#: a Thursday: the weekdays of the reports are the days of the week before it
DAY = dt.date(2026, 3, 12)


def _internal_days(first: str, second: str):
    return [f for f in flagged(findings_of(first, second, day=DAY), "date") if f.internal]


@pytest.mark.parametrize(
    ("lead_day", "body"),
    [
        ("Wednesday night", "Detectives are working to establish the motive for Tuesday night's shooting."),
        ("Wednesday night", "Council leaders said Tuesday's shooting had shaken the whole estate."),
        ("Saturday", "Officers said Friday's killing appeared to have been targeted."),
        # the day set before the noun after "the", as North American copy writes it
        ("Wednesday night", "Detectives are working to establish the motive for the Tuesday night shooting."),
        ("Saturday", "Weather at the time of the Friday shooting included heavy rain, forecasters said."),
        ("Wednesday", "A man was arrested hours after the Monday morning shooting, police said."),
    ],
)
def test_the_incident_named_by_another_day_is_the_report_s_own_slip(lead_day, body):
    found = _internal_days(PLAIN.format(day=lead_day), _report(lead_day, body))
    assert found, "the possessive day and the lead's day of one shooting should be the report's own conflict"


@pytest.mark.parametrize(
    ("lead_day", "body"),
    [
        # one night: the evening of one day and the next day's small hours
        ("late on Tuesday night", "Detectives said Wednesday's shooting appeared to have been targeted."),
        # another event's noun, whose day says nothing of the shooting's
        ("Wednesday night", "Hundreds attended Saturday's vigil on the estate."),
        # the same day
        ("Wednesday night", "Detectives said Wednesday night's shooting appeared to have been targeted."),
        # another incident, two days off
        ("Saturday night", "Police said Wednesday's shooting of a teenager was the third this month."),
        # another incident, by its own spot
        ("Wednesday night", "Thursday's shooting at a bus stop in nearby Helmsworth left a woman hurt."),
        # two incidents, each by its day
        ("Wednesday night", "Wednesday night's shooting came a day after Tuesday's shooting."),
        # another incident the report's own is set against
        ("Wednesday night", "Police did not believe the killing was linked to Tuesday's shooting."),
        # the day before another event's noun, after "the"
        ("Wednesday night", "Hundreds attended the Saturday vigil on the estate."),
        ("Wednesday night", "Police gave few details at the Thursday press conference."),
        # the same day before the noun
        ("Wednesday night", "Detectives said the Wednesday night shooting appeared to have been targeted."),
    ],
)
def test_no_slip_where_the_days_can_both_hold(lead_day, body):
    day = lead_day.removeprefix("late on ")
    assert _internal_days(PLAIN.format(day=day), _report(lead_day, body)) == []


@pytest.mark.parametrize(
    ("sentence", "day", "possessive"),
    [
        ("The death toll in Monday's landslide at Keravu rose to 16.", "Monday", True),
        ("Investigators say last week's bombing was planned for months.", "last week", True),
        ("The suspect in Sunday night's officer-involved shooting is in hospital.", "Sunday night", True),
        ("Hundreds attended Saturday's vigil for the victims.", "Saturday", False),
        ("Police said Saturday that the shooting was targeted.", "Saturday", False),
        # the day before the noun after "the", however the parser hangs it
        ("Weather at the time of the Tuesday crash included low cloud.", "Tuesday", True),
        ("Police identified the victim of the Friday night shooting at the store.", "Friday night", True),
        ("Names were released in the late Saturday night shooting in Ardley.", "late Saturday night", True),
        ("Police investigate the Sunday afternoon shooting death of a child.", "Sunday afternoon", True),
        ("A suspect was held hours after the Monday morning attacks at a depot.", "Monday morning", True),
        # ... never before another event's noun, nor with no noun after it
        ("Reporters crowded into the Saturday press conference.", "Saturday", False),
        ("The Friday night lights will shine over the stadium.", "Friday night", False),
        ("His ankle hurt the Friday before the game.", "Friday", False),
        # ... nor before a noun a clause or a second time sets apart as an older case
        ("Police are investigating the Sunday shooting that wounded a teenager.", "Sunday", False),
        ("The bar was the scene of the Friday night shooting in 2019.", "Friday night", False),
        ("The owner recalled the Sunday shooting two years ago.", "Sunday", False),
        # a month and day so written names an older case as often
        ("He faces another charge for the Nov. 7 shooting death of a clerk.", "Nov. 7", False),
    ],
)
def test_a_day_in_the_possessive_of_the_incident_s_noun_is_marked(pipeline, sentence, day, possessive):
    report = load_text(sentence, date=DAY)
    [date] = [
        c for c in extract_report(report, 0).claims if c.kind is ClaimKind.date and day in c.evidence.text
    ]
    assert date.date.possessive is possessive
