"""Days paired by event before value (compare/__init__.py ``_best``,
``_incident_day_near``).

A report names several days: the incident's and those of other actions
("three fishermen who left Naceva on Saturday afternoon", "the passengers
had boarded on Wednesday afternoon").  A day told of the incident is set
against the other report's day of the incident before a day the parse ties
only to another action, whatever their values: otherwise the two landfall
days, "late on Sunday" against "Saturday night", are never set against each
other, each agreeing with a day of the same value (genre53b 03).  One way
only: a day of another action may still take the incident's day of its
value for its partner ("March 11, 2005" of an escape against the same day
of the shooting, ECB+ 3_4ecb and 3_8ecb), so no agreement is lost.  Of 1,698 real texts, 465 name two or
more weekdays.  Sentences invented and varied (a cyclone, a ferry).
"""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.models import ClaimKind, Status

from ..conftest import findings_of, set_against

DAY = dt.date(2025, 3, 7)  # a Friday

CYCLONE = (
    "TWO people have died after Cyclone Mala crossed the island of Vanua Balavu late on Thursday, officials "
    "said. Three fishermen who left Lomaloma on Wednesday afternoon have not been heard from."
)
FERRY = (
    "A ferry capsized on Lake Kivu late on Thursday, killing 12 people, police said. "
    "The passengers had boarded the vessel in Goma on Wednesday afternoon."
)


@pytest.mark.parametrize(
    ("first", "second", "own", "other"),
    [
        (
            CYCLONE,
            "Cyclone Mala made landfall on Vanua Balavu on Wednesday night, the weather service said. "
            "On Thursday evening, the centre of the cyclone was about 40 nautical miles east of Lakeba.",
            "late on Thursday",
            "Wednesday night",
        ),
        (
            FERRY,
            "The ferry sank on Lake Kivu on Wednesday night, police said, and 12 bodies were recovered. "
            "On Thursday morning, divers were searching the lake.",
            "late on Thursday",
            "Wednesday night",
        ),
    ],
)
def test_the_incidents_days_are_set_against_each_other_first(first, second, own, other):
    dates = [f for f in findings_of(first, second, day=DAY) if f.kind is ClaimKind.date]
    assert [f.status for f in set_against(dates, own, other)] == [Status.conflict]


def test_incident_days_that_agree_leave_the_other_actions_day_alone():
    dates = [
        f
        for f in findings_of(
            FERRY,
            "The ferry sank on Lake Kivu late on Thursday, police said, and 12 bodies were recovered.",
            day=DAY,
        )
        if f.kind is ClaimKind.date
    ]
    assert [f.status for f in set_against(dates, "late on Thursday", "late on Thursday")] == [Status.agree]
    assert not [f for f in dates if f.status is Status.conflict]
