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
