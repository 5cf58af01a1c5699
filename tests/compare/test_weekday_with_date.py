"""A weekday written with its date ("Monday evening, December 12th", "on
Thursday, Aug. 27", "Friday (June 15)") in a report that has no dateline:
the date is the claim's value, the weekday a check beside it, so the other
report's "Dec. 13" is set against the date itself (recall14 r14_08 shape).
Two days written with both are set apart by their dates, not their
weekdays.  A weekday its page's copyright year does not fit is noted, never
a conflict.  Sentences invented in the patterns of local crime reports."""

from __future__ import annotations

from reportcheck.api import compare_reports
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Finding, Status

from ..conftest import claim_quoting

SHOT = "A 15-year-old girl was shot and killed inside a home {day}, police said."


def _incident_days(a: str, b: str) -> list[Finding]:
    reports = [load_text(a), load_text(b)]
    comparison = compare_reports(reports, same_incident=True)
    return [
        f for f in comparison.findings if f.kind is ClaimKind.date and len({c.report for c in f.claims}) == 2
    ]


def test_the_date_beside_a_weekday_is_the_value(pipeline):
    claim = claim_quoting(
        pipeline, SHOT.format(day="Monday evening, December 12th"), "date", "Monday evening, December 12th"
    )
    assert claim.value.label == "12-12"
    assert claim.date.weekday == "Monday"
    assert claim.date.month_day == "12-12"


def test_a_bracketed_date_after_its_weekday_is_read_with_it(pipeline):
    claim = claim_quoting(pipeline, SHOT.format(day="on Thursday (Aug. 27)"), "date", "Thursday (Aug. 27)")
    assert (claim.value.label, claim.date.weekday) == ("08-27", "Thursday")


def test_a_weekday_and_date_meets_the_other_reports_date(pipeline):
    found = _incident_days(SHOT.format(day="on Thursday, Aug. 27"), SHOT.format(day="on Aug. 29"))
    assert [f.status for f in found] == [Status.conflict]
    assert "2 days apart" in found[0].explanation


def test_a_weekday_and_date_agrees_with_the_same_date(pipeline):
    found = _incident_days(SHOT.format(day="late Sunday night, December 27th"), SHOT.format(day="on Dec. 27"))
    assert [f.status for f in found] == [Status.agree]


def test_two_dates_with_one_weekday_are_set_apart_by_their_dates(pipeline):
    """ "Monday, Dec. 12" and "Monday, Dec. 19": a week apart, not the same weekday."""
    found = _incident_days(SHOT.format(day="on Monday, Dec. 12"), SHOT.format(day="on Monday, Dec. 19"))
    assert [f.status for f in found] == [Status.conflict]
    assert "7 days apart" in found[0].explanation


def test_a_weekday_alone_is_still_set_against_a_weekday(pipeline):
    """Negative: where one report gives a weekday only, the weekdays are compared as before."""
    found = _incident_days(SHOT.format(day="on Monday, Dec. 12"), SHOT.format(day="on Monday"))
    assert [f.status for f in found] == [Status.agree]
    assert "the same weekday" in found[0].explanation


def test_a_weekday_the_page_year_does_not_fit_is_noted_only(pipeline):
    text = SHOT.format(day="on Tuesday, Sept. 13") + "\n\nCopyright 2016 Example Media. All rights reserved."
    claim = claim_quoting(pipeline, text, "date", "Tuesday, Sept. 13")
    assert not any("written as a" in n for n in claim.notes), claim.notes
    text = SHOT.format(day="on Monday, Sept. 13") + "\n\nCopyright 2016 Example Media. All rights reserved."
    claim = claim_quoting(pipeline, text, "date", "Monday, Sept. 13")
    assert any("written as a Monday" in n and "is a Tuesday" in n for n in claim.notes), claim.notes
