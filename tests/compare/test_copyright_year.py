"""A weekday against a month and day with no year, neither report dated,
the year given only by a page's copyright line (load/dates.py ``page_year``,
compare/judges/days.py ``page_year_use``).

One report dates the shooting "Sunday" and ends on "Copyright 2016 WXYZ.
All rights reserved."; the other says "on Sept. 24" and has no year
anywhere.  The copyright year is the page's publication year, so the month
and day is read in it (a Saturday in 2016) and set against the weekday.  It
is a weak year: a range of years, two pages of different years, a month and
day of December or January, or anything that places a day better (a
dateline, a year written with the day) leaves it unused.  The sentences are
written for these tests in the patterns of local crime reports."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import compare_reports
from reportcheck.load import load_text
from reportcheck.load.dates import page_year
from reportcheck.models import ClaimKind, Finding, Status
from tests.conftest import across_reports

WEEKDAY = "A 16-year-old girl was shot and killed in an alley {day}, police said."
MONTH_DAY = "According to the criminal complaint, on {day} a 16-year-old girl was shot in an alley."
FOOTER = "\n\n{line}"


def _days(a: str, b: str, date_a: dt.date | None = None) -> list[Finding]:
    """The date findings of two reports of one shooting, with no date given unless ``date_a``."""
    comparison = compare_reports([load_text(a, date=date_a), load_text(b)], same_incident=True)
    return [f for f in comparison.findings if f.kind is ClaimKind.date]


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("Copyright 2016 WXYZ. All rights reserved.", 2016),
        ("© 2016 Cox Media Group.", 2016),
        ("(c) 2015 Sunbelt Broadcasting Inc.", 2015),
        ("(TM and © Copyright 2016 Example Radio Inc. and its subsidiaries.)", 2016),
        ("Copyright © 2014 The Valley Ledger | 12 Main St.", 2014),
    ],
)
def test_a_copyright_line_gives_the_page_its_year(line: str, year: int):
    text = WEEKDAY.format(day="Sunday") + FOOTER.format(line=line)
    found = page_year(text)
    assert found is not None and found.year == year
    assert text[found.start : found.end] == found.text
    assert load_text(text).page_year == found


@pytest.mark.parametrize(
    "line",
    [
        "© 2000-2016 WXYZ. All rights reserved.",  # a site's footer of many years
        "Photo © 2011 File. Copyright 2016 WXYZ.",  # two years: which is the page's?
    ],
)
def test_a_range_or_two_years_give_no_page_year(line: str):
    assert page_year(WEEKDAY.format(day="Sunday") + FOOTER.format(line=line)) is None


def test_the_weekdays_page_year_places_the_other_reports_month_day(pipeline):
    """ "Sunday" on a page of 2016 against "Sept. 24": a Saturday in 2016,
    still shown, but at most a possible conflict: a follow-up published a
    year later carries a later copyright line (rules/confidence.yaml
    ``page_year``)."""
    found = across_reports(
        _days(
            WEEKDAY.format(day="Sunday") + FOOTER.format(line="Copyright 2016 WXYZ. All rights reserved."),
            MONTH_DAY.format(day="Sept. 24"),
        )
    )
    assert [f.status for f in found] == [Status.possible_conflict]
    assert "Sept. 24 (a Saturday in 2016, the year of the page's copyright line)" in found[0].explanation
    assert any(
        "year from the page's copyright line, 2016" in reason and "at most a possible conflict" in reason
        for reason in found[0].reasons
    )
    weekday = next(c for c in found[0].claims if c.evidence.text == "Sunday")
    assert weekday.date.page_year == 2016
    assert weekday.date.page_year_text == "Copyright 2016"


def test_the_month_days_own_page_year_agrees_with_the_weekday(pipeline):
    """The year on the month and day's own page: Sept. 25, 2016 was a Sunday."""
    found = across_reports(
        _days(
            WEEKDAY.format(day="on Sunday"),
            MONTH_DAY.format(day="Sept. 25") + FOOTER.format(line="© 2016 Cox Media Group."),
        )
    )
    assert [f.status for f in found] == [Status.agree]
    assert "a Sunday in 2016" in found[0].explanation


def test_a_day_apart_near_midnight_stays_compatible(pipeline):
    found = across_reports(
        _days(
            WEEKDAY.format(day="late Saturday night") + FOOTER.format(line="(c) 2016 WXYZ"),
            MONTH_DAY.format(day="Sept. 25"),
        )
    )
    assert [f.status for f in found] == [Status.compatible]


@pytest.mark.parametrize(
    ("weekday_line", "month_day_line", "day"),
    [
        ("© 2000-2016 WXYZ. All rights reserved.", "", "Sept. 24"),  # a range: no year
        ("Copyright 2016 WXYZ.", "Copyright 2015 KABC.", "Sept. 24"),  # the pages disagree
        ("Copyright 2016 WXYZ.", "", "Jan. 2"),  # a footer may be last year's in January
        ("Copyright 2016 WXYZ.", "", "Dec. 31"),  # or a January page's of last December
    ],
)
def test_no_year_to_trust_pairs_nothing(pipeline, weekday_line: str, month_day_line: str, day: str):
    """Both days are read, but no year is taken to set them against each other."""
    findings = _days(
        WEEKDAY.format(day="Sunday") + FOOTER.format(line=weekday_line),
        MONTH_DAY.format(day=day) + (FOOTER.format(line=month_day_line) if month_day_line else ""),
    )
    assert {"Sunday", day} <= {c.evidence.text for f in findings for c in f.claims}
    assert not across_reports(findings)


def test_a_dateline_places_the_day_before_a_copyright_year(pipeline):
    """A report dated 2016-09-27 places its "Sunday" on Sept. 25, whatever
    its footer's year (here last year's): the other report's month and day
    is read in the dated year, and no copyright year is named."""
    found = across_reports(
        _days(
            WEEKDAY.format(day="Sunday") + FOOTER.format(line="Copyright 2015 WXYZ."),
            MONTH_DAY.format(day="Sept. 25"),
            date_a=dt.date(2016, 9, 27),
        )
    )
    assert [f.status for f in found] == [Status.agree]
    assert "copyright" not in found[0].explanation
    assert all(c.date.page_year is None for c in found[0].claims)


def test_a_year_written_with_the_day_is_used_not_the_page_year(pipeline):
    """ "Sept. 24, 2016" is placed by its own year (a Saturday); the other
    page's copyright year is not needed and not named."""
    found = across_reports(
        _days(
            WEEKDAY.format(day="Sunday") + FOOTER.format(line="Copyright 2015 WXYZ."),
            MONTH_DAY.format(day="Sept. 24, 2016"),
        )
    )
    assert [f.status for f in found] == [Status.conflict]
    assert "copyright" not in found[0].explanation
    assert not any("copyright" in reason for reason in found[0].reasons)


def test_a_holidays_name_is_not_placed_by_the_page_year(pipeline):
    """ "shot during Halloween party" (a headline) may be the Saturday or
    Sunday before the holiday: a holiday's name is read, but not set against
    a weekday by a copyright year."""
    findings = _days(
        WEEKDAY.format(day="early Sunday") + FOOTER.format(line="Copyright 2016 WXYZ."),
        "Girl, 16, shot during Halloween party in alley\n\n" + WEEKDAY.format(day="in the night"),
    )
    read = {c.evidence.text: c for f in findings for c in f.claims}
    assert "Halloween" in read and read["Halloween"].date.month_day == "10-31"
    assert not across_reports(findings)


def test_the_day_of_the_call_fits_the_shooting_day_in_the_page_year(pipeline):
    """One report dates only the call ("got a call ... Tuesday"), the other
    only the shooting ("on Aug. 5", a Tuesday in 2014): the call's day fits
    the shooting's (compare/kindred.py), and the finding names the year."""
    found = across_reports(
        _days(
            "Police say they got a call for a shooting around 7 p.m. Tuesday at a home in the town."
            + FOOTER.format(line="Copyright 2014 WXYZ. All rights reserved."),
            "Police said a 22-year-old man shot and killed the teenager inside a home on Aug. 5.",
        )
    )
    assert [f.status for f in found] == [Status.agree]
    assert "of the call" in found[0].explanation
    assert "a Tuesday in 2014, the year of the page's copyright line" in found[0].explanation


@pytest.mark.parametrize(
    "follow_up",
    [
        # a later court step: the verdict or the sentence comes a year or more after the day
        "A jury on Tuesday convicted a man of killing a 16-year-old girl in an alley on {day}.",
        "A man was sentenced Monday to 30 years for the shooting of a 16-year-old girl in an alley on {day}.",
        "The man pleaded guilty Thursday to shooting a 16-year-old girl in an alley on {day}.",
        # a look back on the day
        "One year ago, on {day}, a 16-year-old girl was shot in an alley.",
        "Friends marked the anniversary of the shooting of a 16-year-old girl in an alley on {day}.",
        "Her family has waited since last year for an arrest in the shooting of a 16-year-old girl on {day}.",
    ],
)
def test_a_follow_up_reads_no_day_in_its_page_year(pipeline, follow_up: str):
    """A report of a later court step or a look back, on a page of
    "Copyright 2018", names the day of an earlier year: its month and day
    is read, but not in the page's year, so nothing sets it against the
    other report's weekday (extract/__init__.py ``looks_back``)."""
    findings = _days(
        follow_up.format(day="Sept. 24") + FOOTER.format(line="Copyright 2018 WXYZ."),
        WEEKDAY.format(day="Saturday"),
    )
    read = [c for f in findings for c in f.claims if c.evidence.text == "Sept. 24"]
    assert read and all(c.date.page_year is None for c in read)
    assert not across_reports(findings)


def test_days_ago_is_no_look_back_from_a_later_year(pipeline):
    """ "two days ago" is within the week: the page's year is still read."""
    findings = _days(
        MONTH_DAY.format(day="Sept. 24")
        + " Police released her name two days ago."
        + FOOTER.format(line="Copyright 2016 WXYZ."),
        WEEKDAY.format(day="Sunday"),
    )
    found = across_reports(findings)
    assert [f.status for f in found] == [Status.possible_conflict]
    assert any(c.date.page_year == 2016 for c in found[0].claims)


def test_a_plea_of_not_guilty_is_no_later_court_step(pipeline):
    """ "pleaded not guilty Friday" is the arraignment, days after the
    charge: the page's year still places the day ("May 11", a Monday in
    2015), which agrees with the other report's "Monday night"."""
    found = across_reports(
        _days(
            "The teen pleaded not guilty Friday. Police said a 16-year-old girl was shot in an alley May 11."
            + FOOTER.format(line="Copyright 2015 WXYZ."),
            WEEKDAY.format(day="Monday night"),
        )
    )
    assert [f.status for f in found] == [Status.agree]
    assert "a Monday in 2015" in found[0].explanation
