"""A later day of one report's incident, where its lead's day agrees with the other report's.

A report's lead dates its incident ("exploded in a restaurant on Friday"),
and a later paragraph names it by another day ("Thursday night's blast
shattered the windows", "residents described chaos after the explosion
early Wednesday"): the other report that gives the lead's day agrees with
it, and the later day is the first report's own slip, never a day the other
report contradicts (genre54a 17, genre52b 14).  A later day never holds the
lead's: where the other report contradicts the lead's day, that stays a
conflict whatever day the body tells after it.  The reports are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ..conftest import across_reports, findings_of, flagged

#: a Sunday: the weekdays of the reports are the days of the week before it
DAY = dt.date(2026, 3, 15)


def _report(lead: str, later: str) -> str:
    return (
        f"{lead}\n"
        "Firefighters from three stations attended and the street was closed for several hours.\n"
        f"{later}\n"
    )


def _day_conflicts_across(first: str, second: str):
    return [f for f in across_reports(flagged(findings_of(first, second, day=DAY), "date")) if not f.internal]


@pytest.mark.parametrize(
    ("lead", "later", "other"),
    [
        (
            "A gas cylinder exploded in a cafe in the Marlow district of Tessaly"
            " on Friday, injuring five people.",
            "Thursday night's blast shattered the front windows of the cafe and damaged parked cars.",
            "A gas cylinder exploded in a cafe in the Marlow district of Tessaly"
            " on Friday night, civil defence said.",
        ),
        (
            "An explosion tore through a block of flats in Brennick on Thursday morning, killing a woman.",
            "Neighbours described scenes of chaos after the explosion early Wednesday.",
            "A woman was killed on Thursday in an explosion at a block of flats in Brennick.",
        ),
        (
            "Three people were hurt when a boiler blew up at a laundry in Carrow on Saturday afternoon.",
            "Friday's explosion was the second at the site this year, the owner said.",
            "A boiler blew up at a laundry in Carrow on Saturday, injuring three people.",
        ),
    ],
)
def test_a_later_day_is_no_conflict_with_the_other_report_s_agreeing_day(lead, later, other):
    assert _day_conflicts_across(_report(lead, later), other) == []


@pytest.mark.parametrize(
    ("lead", "later", "other"),
    [
        # the lead's day is contradicted: a later day agreeing with the other report holds nothing
        (
            "A gas cylinder exploded in a cafe in the Marlow district of Tessaly"
            " on Saturday evening, injuring five people.",
            "Friday night's blast shattered the front windows of the cafe and damaged parked cars.",
            "A gas cylinder exploded in a cafe in the Marlow district of Tessaly"
            " on Friday night, civil defence said.",
        ),
        # a page's stamp told before the lead holds no day of the incident
        (
            "Tue, 10 Mar 2026 6:30:12 WAT\n"
            "A boat capsized on the river near Gbodi on Monday, killing nine traders.",
            "Divers recovered the bodies of the traders later in the day.",
            "Nine traders died when a boat capsized on the river near Gbodi on Tuesday evening.",
        ),
        # one day in each report
        (
            "An explosion tore through a block of flats in Brennick on Thursday morning, killing a woman.",
            "Neighbours said they heard a loud bang before the roof fell in.",
            "A woman was killed on Tuesday in an explosion at a block of flats in Brennick.",
        ),
    ],
)
def test_the_lead_s_day_still_conflicts(lead, later, other):
    assert _day_conflicts_across(_report(lead, later), other)
