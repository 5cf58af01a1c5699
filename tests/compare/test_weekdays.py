"""One day written with two weekdays across two reports (compare/weekdays.py).

A reporter's slip on the weekday ("early Saturday, March 8" in a paper of
March 8, 2026, a Sunday) keeps the report's year (rules/dates.yaml
``weekday_keeps_year_days``), so the two reports' days meet as one day; the
two weekdays they write it with must still be set against each other.  The
pattern is the local paper's "early Saturday, March 8" against the police
release's "On Sunday, March 8, 2026, at approximately 1:55 a.m."
(genre50a 03, 09; genre50d 10); the sentences are invented and varied.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.models import ClaimKind, Status

from ..conftest import findings_of

MARCH_8 = dt.date(2026, 3, 8)  # a Sunday


def _weekday_conflicts(first: str, second: str, day: dt.date = MARCH_8):
    return [
        f
        for f in findings_of(first, second, day=day)
        if f.kind is ClaimKind.date and f.status is Status.conflict and not f.internal
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "A man was shot dead early Saturday, March 8, outside a club on Lamar Avenue in Memphis, "
            "police said.",
            "On Sunday, March 8, 2026, at approximately 1:55 a.m., officers found a man shot outside a club "
            "on Lamar Avenue in Memphis.",
        ),
        # the order of the reports and the weekday's place in the sentence varied
        (
            "Memphis police said a man was shot dead outside a club on Lamar Avenue on Sunday, March 8.",
            "A man was shot dead on Monday, March 8, outside a club on Lamar Avenue in Memphis.",
        ),
    ],
)
def test_a_weekday_the_day_does_not_fall_on_is_set_against_the_other_reports(first, second):
    [finding] = _weekday_conflicts(first, second)
    assert "is a Sunday" in finding.explanation
    assert {c.date.weekday for c in finding.claims} >= {"Sunday"}


def test_the_year_is_kept_whatever_the_weekday():
    """The slip moves no day a year away: both reports' day is March 8, 2026."""
    findings = findings_of(
        "A man was shot dead early Saturday, March 8, outside a club on Lamar Avenue in Memphis.",
        "A man was shot dead on Sunday, March 8, 2026, outside a club on Lamar Avenue in Memphis.",
        day=MARCH_8,
    )
    days = {c.evidence.text: c.value.label for f in findings if f.kind is ClaimKind.date for c in f.claims}
    assert days["early Saturday, March 8"] == "2026-03-08"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # both weekdays fit: the day judge alone speaks
        (
            "A man was shot dead early Sunday, March 8, outside a club on Lamar Avenue in Memphis.",
            "A man was shot dead on Sunday, March 8, 2026, outside a club on Lamar Avenue in Memphis.",
        ),
        # the other report writes the day with no weekday: nothing to set the slip against
        (
            "A man was shot dead early Saturday, March 8, outside a club on Lamar Avenue in Memphis.",
            "A man was shot dead on March 8 outside a club on Lamar Avenue in Memphis.",
        ),
    ],
)
def test_no_weekday_conflict_without_a_weekday_that_fits_on_the_other_side(first, second):
    conflicts = [f for f in _weekday_conflicts(first, second) if "writes it as a" in f.explanation]
    assert conflicts == []
