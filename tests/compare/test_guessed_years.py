"""A day whose year the report never wrote, against the other report's day
of a written year (compare/judges/days.py ``_guessed_year_fits``).

A holiday or a month and day with no year ("during Halloween festivities",
"on Oct. 29") is read in the year the report's dateline suggests, and that
guess is wrong for an incident of another year the report recalls ("since
the 2022 Itaewon tragedy, in which 159 people died ... during Halloween
festivities", genre52b 08, against "the October 2022 Itaewon crowd crush").
Where the month and day fall within the other report's written day, month
or year, the two are compatible; a month and day that fits nowhere in it,
or two years both written, still conflict.  Sentences written for these
tests in the patterns of wire copy recalling an earlier disaster."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import compare_reports
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Finding, Status

TODAY = dt.date(2026, 3, 10)


def _incident_days(a: str, b: str) -> list[Finding]:
    reports = [load_text(a, date=TODAY), load_text(b, date=TODAY)]
    comparison = compare_reports(reports, same_incident=True)
    return [
        f
        for f in comparison.findings
        if f.kind is ClaimKind.date
        and len({c.report for c in f.claims}) == 2
        and all(c.date.event == "incident" for c in f.claims)
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The crush killed 61 people in a narrow lane of Harwick in October 2019.",
            "The crush killed 61 people in a narrow lane of Harwick during Halloween celebrations.",
        ),
        (
            "The ferry sank off Port Mallow in 2021, killing 40 passengers.",
            "The ferry sank off Port Mallow on Christmas Eve, killing 40 passengers.",
        ),
        (
            "The dam burst above Kelsford in September 2018, killing 12 people.",
            "The dam burst above Kelsford on Sept. 14, killing 12 people.",
        ),
    ],
)
def test_a_day_with_no_year_that_fits_the_written_month_or_year_is_compatible(pipeline, a, b):
    found = _incident_days(a, b)
    assert [f.status for f in found] == [Status.compatible], [f.explanation for f in found]
    assert "names no year" in found[0].explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # Christmas falls in no October
            "The crush killed 61 people in a narrow lane of Harwick in October 2019.",
            "The crush killed 61 people in a narrow lane of Harwick on Christmas Day.",
        ),
        (  # both years written: the reports disagree on the year
            "The crush killed 61 people in a narrow lane of Harwick on Halloween 2019.",
            "The crush killed 61 people in a narrow lane of Harwick in October 2021.",
        ),
    ],
)
def test_a_day_that_fits_no_written_span_still_conflicts(pipeline, a, b):
    found = _incident_days(a, b)
    assert [f.status for f in found] == [Status.conflict], [f.explanation for f in found]
