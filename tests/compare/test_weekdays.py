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


# A regional wire's copy dated by a dateline with no year ("Deoghar
# (Jharkhand), Aug 10 (IANS) Four devotees ... were killed ... here on
# Monday", genre51a 04) beside a page of that day that slips on its weekday
# ("on Sunday, August 10" of 2026, a Monday): the wire's bare "Monday", read
# against its dateline in the page's year, is the day's own weekday.  The
# copy is invented in the patterns of Indian, Bangladeshi and Ghanaian wires.
AUG_10 = dt.date(2026, 8, 10)  # a Monday
SLIPPED_PAGE = (
    "The district administration confirmed that six pilgrims died in the crush that took place at "
    "about 4.15 am on Sunday, August 10, at the temple gate in {town}."
)


def _yearless_weekday_conflicts(wire: str, page: str, day: dt.date = AUG_10):
    from reportcheck.api import compare_reports
    from reportcheck.load import load_text

    reports = [load_text(wire), load_text(page, date=day)]
    return [
        f
        for f in compare_reports(reports, same_incident=True).findings
        if f.kind is ClaimKind.date and f.status is Status.conflict and "writes it as a" in f.explanation
    ]


@pytest.mark.parametrize(
    ("wire", "town"),
    [
        (
            "Rampura (Jharkhand), Aug 10 (IANS) Six pilgrims, including two women, were killed and 20 others "
            "injured in a crush near the temple gate here on Monday, officials said.",
            "Rampura",
        ),
        # a capitals dateline, the agency's credit after a comma and a dash
        (
            "KORANDA, Aug 10, GNA - Six persons died in a crush at the gate of the Koranda temple on Monday "
            "morning, police said.",
            "Koranda",
        ),
        # filed the day after: the last Monday on or before Aug 11 is Aug 10
        (
            "Belpur, Aug 11 (PTI) Six devotees died in a stampede at the temple gate in Belpur on Monday "
            "as the crowd surged forward, the police said.",
            "Belpur",
        ),
    ],
)
def test_a_yearless_wires_bare_weekday_is_set_against_the_slipped_day(wire, town):
    [finding] = _yearless_weekday_conflicts(wire, SLIPPED_PAGE.format(town=town))
    assert "is a Monday" in finding.explanation
    assert "yearless dateline" in finding.explanation


@pytest.mark.parametrize(
    "wire",
    [
        # the wire's weekday is the page's own: the slip is not set against it
        "Rampura (Jharkhand), Aug 10 (IANS) Six pilgrims were killed in a crush near the temple gate here "
        "on Sunday, officials said.",
        # read against its dateline the weekday falls on another day (Aug 17)
        "Rampura (Jharkhand), Aug 18 (IANS) Six pilgrims were killed in a crush near the temple gate here "
        "on Monday, officials said.",
        # the Monday is a funeral's, not the crush's day
        "Rampura (Jharkhand), Aug 10 (IANS) Six pilgrims were killed in a crush near the temple gate here, "
        "officials said. The dead will be cremated on Monday.",
        # no dateline: a line of the page opening with a day, not a town
        "Six pilgrims were killed in a crush near the temple gate in Rampura on Monday, officials said.",
    ],
)
def test_no_conflict_where_the_wires_weekday_names_no_slipped_day(wire):
    assert _yearless_weekday_conflicts(wire, SLIPPED_PAGE.format(town="Rampura")) == []


# A report with no date of its own ("BEIJING:", "Nassau, The Bahamas", a
# coastguard's bulleted statement) writes its month and day with a weekday
# but in no year: "early on Monday (Jan 19)", "early on Tuesday, March 12",
# "On Thursday 14 January at 01:00 UTC" (genre53a 07, 18; genre53b 07, 17),
# the shapes of "Thursday (June 13)" (ECB+ 1_3ecbplus) and "Monday 16
# September 2013" (ECB+ 23_11ecbplus).  The other report's day of that month
# and day, placed by its dateline or a written year, gives the year; the
# weekday that year does not fit is set against it.  Sentences invented and
# varied (names, places, the shape of the date, the order of the reports).
JAN_19 = dt.date(2025, 1, 19)  # a Sunday
JAN_14 = dt.date(2026, 1, 14)  # a Wednesday


def _yearless_slips(first: str, second: str, first_day: dt.date | None, second_day: dt.date | None = None):
    from reportcheck.api import compare_reports
    from reportcheck.load import load_text

    reports = [load_text(first, date=first_day), load_text(second, date=second_day)]
    return [
        f
        for f in compare_reports(reports, same_incident=True).findings
        if f.kind is ClaimKind.date
        and f.status in (Status.conflict, Status.possible_conflict)
        and "writes the same month and day as a" in f.explanation
    ]


@pytest.mark.parametrize(
    ("dated", "yearless", "day", "weekday"),
    [
        (
            "Two people were killed when a gunman opened fire on a bus early Sunday, police said.",
            "Two people were killed when a gunman fired on a bus early on Monday (Jan 19), police said.",
            JAN_19,
            "Sunday",
        ),
        # the British order, a clock time after the day, the yearless report first
        (
            "A freight train derailed near Ostrava early on Wednesday, the railway operator said.",
            "On Thursday 14 January at 05:40 a freight train left the rails near Ostrava, the operator said.",
            JAN_14,
            "Wednesday",
        ),
        # a year written in the other report, with its weekday
        (
            "Six people died in floods that hit villages near Kilosa on Tuesday, April 15, 2025.",
            "Floods killed six people in villages near Kilosa on Wednesday, April 15, officials said.",
            None,
            "Tuesday",
        ),
    ],
)
def test_a_yearless_weekday_the_other_reports_year_does_not_fit_is_a_conflict(dated, yearless, day, weekday):
    for first, second, first_day, second_day in ((dated, yearless, day, None), (yearless, dated, None, day)):
        [finding] = _yearless_slips(first, second, first_day, second_day)
        assert finding.status is Status.conflict
        assert f"is a {weekday}, as" in finding.explanation


def test_a_yearless_weekday_against_a_date_with_no_weekday_is_a_possible_conflict():
    """The other report writes "March 12, 2025" and no weekday: the year is
    its, so the slip is only possible."""
    [finding] = _yearless_slips(
        "Four men were arrested after marines stopped a boat off Andros on March 12, 2025, police said.",
        "Four men are in custody after marines stopped a speedboat off Andros early on Tuesday, March 12.",
        None,
    )
    assert finding.status is Status.possible_conflict
    assert "the year 'March 12, 2025' gives" in finding.explanation


@pytest.mark.parametrize(
    ("dated", "yearless", "day"),
    [
        # the weekday fits the other report's year
        (
            "Two people were killed when a gunman opened fire on a bus early Sunday, police said.",
            "Two people were killed when a gunman fired on a bus early on Sunday (Jan 19), police said.",
            JAN_19,
        ),
        # another month and day: the day judge sets the days apart, not the weekdays
        (
            "Two people were killed when a gunman opened fire on a bus early Sunday, police said.",
            "Two people were killed when a gunman fired on a bus early on Monday, Jan. 20, police said.",
            JAN_19,
        ),
        # "on Tuesday, March 12 and Wednesday": the date keeps its own weekday, which 2024 fits
        (
            "Four men were arrested after marines stopped a boat off Andros on March 12, 2024, police said.",
            "Marines stopped a speedboat off Andros on Tuesday, March 12 and Wednesday, arresting four men.",
            None,
        ),
    ],
)
def test_no_yearless_slip_where_the_weekday_fits_or_the_day_differs(dated, yearless, day):
    assert _yearless_slips(dated, yearless, day) == []


# A report's own day whose weekday its own year does not fit ("Wednesday,
# April 15, 2025", a Tuesday) contradicts the report itself: its internal
# finding, a possible one where the year is the dateline's.  None of 179
# weekday-and-date strings with a year in the real corpora is so; the test
# keeps the rule silent on the right ones.
def _own_slips(text: str, day: dt.date | None = None):
    return [f for f in findings_of(text, "Six people died in floods near Kilosa.", day=day) if f.internal]


def test_a_weekday_the_written_year_does_not_fit_is_the_reports_own_conflict():
    [finding] = _own_slips(
        "Six people died after floods hit villages near Kilosa on Wednesday, April 15, 2025."
    )
    assert finding.status is Status.conflict
    assert [c.evidence.text for c in finding.claims] == ["Wednesday, April 15, 2025"]
    assert "in 2025 it is a Tuesday" in finding.explanation


def test_a_weekday_the_datelines_year_does_not_fit_is_a_possible_one():
    [finding] = _own_slips(
        "MEMPHIS, March 9, 2026 - A man was shot dead early Saturday, March 8, outside a club on "
        "Lamar Avenue, police said."
    )
    assert finding.status is Status.possible_conflict
    assert "the year of its dateline" in finding.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Six people died after floods hit villages near Kilosa on Tuesday, April 15, 2025.",
        "MEMPHIS, March 9, 2026 - A man was shot dead early Sunday, March 8, outside a club on Lamar Avenue.",
    ],
)
def test_no_own_slip_where_the_weekday_fits(text):
    assert [f for f in _own_slips(text) if f.kind is ClaimKind.date] == []


def test_a_slip_set_against_the_other_report_is_not_told_again_as_the_reports_own():
    findings = findings_of(
        "A man was shot dead early Saturday, March 8, outside a club on Lamar Avenue in Memphis.",
        "On Sunday, March 8, 2026, at approximately 1:55 a.m., officers found a man shot outside a club "
        "on Lamar Avenue in Memphis.",
        day=MARCH_8,
    )
    assert [f for f in findings if f.kind is ClaimKind.date and f.internal] == []
