"""A month and day with no year against the other report's weekday
(compare/judges/days.py): one report dates the shooting "Sunday", the other
"on Sept. 24" with no year anywhere.  Where the weekday's report has a
dateline the weekday is a day of a known year, and the month and day is set
against it in that year (the nearest occurrence); where neither report has
a dateline no year is invented and the two days are not paired.  The
sentences are written for these tests in the patterns of local crime
reports and court stories."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import compare_reports
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Finding, Status

WEEKDAY = "A 16-year-old girl was shot and killed in an alley on {day}, police said."
MONTH_DAY = "According to the criminal complaint, on {day} a 16-year-old girl was shot in an alley."


def _incident_days(a: str, b: str, date_a: dt.date | None, date_b: dt.date | None) -> list[Finding]:
    """The findings that set one report's day of the incident against the other's."""
    reports = [load_text(a, date=date_a), load_text(b, date=date_b)]
    comparison = compare_reports(reports, same_incident=True)
    return [
        f
        for f in comparison.findings
        if f.kind is ClaimKind.date
        and len({c.report for c in f.claims}) == 2
        and all(c.date.event == "incident" for c in f.claims)
    ]


def test_a_yearless_month_day_agrees_with_the_weekday_its_dateline_places(pipeline):
    found = _incident_days(
        WEEKDAY.format(day="Sunday"), MONTH_DAY.format(day="Sept. 25"), dt.date(2016, 9, 27), None
    )
    assert [f.status for f in found] == [Status.agree]
    assert "Sunday (2016-09-25)" in found[0].explanation


def test_a_yearless_month_day_days_from_the_placed_weekday_conflicts(pipeline):
    found = _incident_days(
        WEEKDAY.format(day="Sunday"), MONTH_DAY.format(day="Sept. 22"), dt.date(2016, 9, 27), None
    )
    assert [f.status for f in found] == [Status.conflict]
    assert "3 days apart" in found[0].explanation


def test_a_day_apart_around_midnight_stays_compatible(pipeline):
    found = _incident_days(
        WEEKDAY.format(day="Saturday night"), MONTH_DAY.format(day="Sept. 25"), dt.date(2016, 9, 27), None
    )
    assert [f.status for f in found] == [Status.compatible]


def test_a_month_day_after_its_own_dateline_is_last_years(pipeline):
    """ "Dec. 30" in a report dated Jan. 3 is the December before, a Friday,
    which is the other report's "Friday" placed by its own dateline."""
    found = _incident_days(
        WEEKDAY.format(day="Friday"),
        MONTH_DAY.format(day="Dec. 30"),
        dt.date(2017, 1, 2),
        dt.date(2017, 1, 3),
    )
    assert [f.status for f in found] == [Status.agree]
    days = sorted(int(c.value.low) for f in found for c in f.claims if c.value.low is not None)
    assert days == [dt.date(2016, 12, 30).toordinal()] * 2


def test_no_reference_on_either_side_pairs_nothing(pipeline):
    """With no dateline in either report, "Sunday" and "Sept. 22" are both
    read but no year is invented to set them against each other."""
    reports = [load_text(WEEKDAY.format(day="Sunday")), load_text(MONTH_DAY.format(day="Sept. 22"))]
    comparison = compare_reports(reports, same_incident=True)
    dates = [f for f in comparison.findings if f.kind is ClaimKind.date]
    read = {c.evidence.text for f in dates for c in f.claims}
    assert {"Sunday", "Sept. 22"} <= read
    assert all(len({c.report for c in f.claims}) == 1 for f in dates)
    assert not [f for f in dates if f.status is Status.conflict]


def _events_of(text: str) -> dict[str, str]:
    """What each day of ``text`` was read as the day of."""
    comparison = compare_reports([load_text(text, date=dt.date(2016, 1, 20))], same_incident=True)
    return {
        c.evidence.text: c.date.event
        for f in comparison.findings
        if f.kind is ClaimKind.date
        for c in f.claims
    }


def test_a_day_between_an_indefinite_article_and_an_event_noun_is_another_events(pipeline):
    """ "investigating a Jan. 14 shooting": another shooting than the story's,
    so its day is never set against the other report's day of the incident."""
    assert _events_of(
        "The deputy was killed Sunday while investigating a Jan. 14 shooting in which the man was a suspect."
    ) == {"Sunday": "incident", "Jan. 14": "other:shooting"}
    assert _events_of("Detectives linked the gun to a Dec. 28 shooting on the east side.") == {
        "Dec. 28": "other:shooting"
    }


def test_the_storys_own_dated_shooting_stays_the_incident(pipeline):
    assert _events_of("Police are still investigating the Jan. 14 shooting, the sheriff said.") == {
        "Jan. 14": "incident"
    }


def test_an_indefinite_statement_keeps_its_day(pipeline):
    """ "at a Saturday press conference" is the story's own statement, not another event."""
    assert (
        _events_of("The chief said at a Saturday press conference that the shooting was senseless.").get(
            "Saturday"
        )
        == "statement"
    )


#: the day both reports of a recalled disaster are read on
TODAY = dt.date(2026, 3, 10)


# A holiday or a month and day with no year ("during Halloween festivities",
# "on Sept. 14") is read in the year the report's dateline suggests, and that
# guess is wrong for an incident of another year the report recalls ("since
# the 2022 Itaewon tragedy, in which 159 people died ... during Halloween
# festivities", genre52b 08, against "the October 2022 Itaewon crowd crush";
# compare/judges/days.py ``_guessed_year_fits``).  Where the month and day fall
# within the other report's written day, month or year, the two are
# compatible; a month and day that fits nowhere in it, or two years both
# written, still conflict.


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
    found = _incident_days(a, b, TODAY, TODAY)
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
    found = _incident_days(a, b, TODAY, TODAY)
    assert [f.status for f in found] == [Status.conflict], [f.explanation for f in found]
