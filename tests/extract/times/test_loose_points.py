"""A loose point of the day ("mid-afternoon", "midmorning", "noonish") names
the hours reporters say it of (``said_of`` of ``points`` in
rules/timeofday.yaml), not one minute: "mid-afternoon" is how a reporter
tells 3:30 p.m., and only a clock outside those hours contradicts it.
Sentences written for these tests after the pattern of fire and shooting
reports."""

from __future__ import annotations

import pytest

from reportcheck.models import Status
from tests.conftest import kind_findings


@pytest.mark.parametrize(
    ("loose", "clock", "status"),
    [
        (
            "The fire broke out at the mill in mid-afternoon Saturday, the fire chief said.",
            "The fire at the mill was reported at 3:40 p.m. Saturday, the fire chief said.",
            Status.compatible,
        ),
        (
            "A gunman opened fire in the mall at midmorning Monday, police said.",
            "A gunman opened fire in the mall at 10:50 a.m. Monday, police said.",
            Status.compatible,
        ),
    ],
)
def test_a_loose_point_holds_the_hours_it_is_said_of(pipeline, loose, clock, status):
    (finding,) = kind_findings("time", loose, clock)
    assert finding.status is status


@pytest.mark.parametrize(
    ("loose", "clock"),
    [
        (
            "The fire broke out at the mill in mid-afternoon Saturday, the fire chief said.",
            "The fire broke out at the mill at 7:10 p.m. Saturday, the fire chief said.",
        ),
        (
            "A gunman opened fire in the mall at midmorning Monday, police said.",
            "A gunman opened fire in the mall at 1:45 p.m. Monday, police said.",
        ),
    ],
)
def test_a_clock_outside_those_hours_conflicts(pipeline, loose, clock):
    (finding,) = kind_findings("time", loose, clock)
    assert finding.status in (Status.conflict, Status.possible_conflict)
