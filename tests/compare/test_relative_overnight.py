"""A day told only by "overnight", counted from the report's own date.

Local reports date a night's shooting by the word alone: "was shot
overnight", "an overnight shooting in Little Rock".  The word names the
night ending on the day of the report (rules/dates.yaml ``relative_days``),
and only where its sentence names no other day ("an overnight fire Friday"
is Friday's) and it tells no stay or shift ("stayed overnight", "the
overnight shift").  A report whose only date is its page's update stamp
("Updated: Monday, ...") may tell an older story, so a difference counted
from that stamp is at most a possible conflict, said with the stamp; one
counted from a dateline names the dateline.  The sentences are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import compare_reports
from reportcheck.extract.dates.finders import find_dates
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Status

MONDAY = dt.date(2014, 7, 7)


@pytest.mark.parametrize(
    "sentence",
    [
        "A 22-year-old man was shot overnight in Broad Ripple, police said.",
        "A toddler is dead after an overnight shooting in Little Rock.",
        "Four people were wounded when a fight turned into gunfire overnight.",
    ],
)
def test_overnight_alone_is_the_night_ending_on_the_dateline(sentence):
    [day] = find_dates(sentence, MONDAY)
    attrs = dict(day.attrs)
    assert day.low == day.high == MONDAY.toordinal()
    assert attrs["relative"] == "overnight" and attrs["daypart"] == "overnight"


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("An overnight fire Friday destroyed two homes.", ["Friday"]),
        ("He stayed overnight at the hospital for observation.", []),
        ("She was working the overnight shift at the store.", []),
        ("The boy was kept overnight for tests.", []),
    ],
)
def test_overnight_beside_another_day_or_a_stay_is_no_day(sentence, days):
    assert [m.text for m in find_dates(sentence, MONDAY)] == days


PUBLISHED = (
    "Published: Friday, July 4, 2014 9:10 AM EDT\n\n"
    "A man was shot early Friday morning in Broad Ripple, police said.\n"
)


def _day_finding(first: str, second: str):
    comparison = compare_reports([load_text(first), load_text(second)], same_incident=True)
    [finding] = [
        f
        for f in comparison.findings
        if f.kind is ClaimKind.date and len({c.report for c in f.claims}) == 2 and f.subject == "incident"
    ]
    return finding


@pytest.mark.parametrize("stamp", ["Posted: Monday, July 7, 2014 6:44 PM EDT", "Published: July 7, 2014"])
def test_overnight_under_a_dateline_conflicts_with_a_day_days_before(pipeline, stamp):
    first = f"{stamp}\n\nA man was shot overnight in Broad Ripple, police said.\n"
    finding = _day_finding(first, PUBLISHED)
    assert finding.status is Status.conflict
    assert "'overnight' read against the dateline 2014-07-07" in finding.reasons


@pytest.mark.parametrize(
    "stamp", ["Updated: Monday, July 7, 2014 6:44 PM EDT", "Last updated: Monday, July 7, 2014"]
)
def test_overnight_under_an_update_stamp_only_is_at_most_possible(pipeline, stamp):
    first = f"{stamp}\n\nA man was shot overnight in Broad Ripple, police said.\n"
    finding = _day_finding(first, PUBLISHED)
    assert finding.status is Status.possible_conflict
    assert any("update stamp" in r and "may be older" in r for r in finding.reasons)


def test_overnight_the_morning_after_the_night_is_one_night(pipeline):
    first = "Posted: Saturday, July 5, 2014\n\nA man was shot overnight in Broad Ripple, police said.\n"
    second = "Published: Saturday, July 5, 2014\n\nA man was shot late Friday in Broad Ripple, police said.\n"
    finding = _day_finding(first, second)
    assert finding.status is Status.compatible, finding.explanation


@pytest.mark.parametrize(
    "text",
    [
        "One dead in overnight shootings\n\nA man was shot to death early Sunday, police said.\n",
        "Man shot overnight\n\nA man was shot on Friday night in Dolton, police said.\n",
    ],
)
def test_overnight_gives_way_to_a_day_the_report_names(pipeline, text):
    from reportcheck.api import extract_reports

    [report] = extract_reports([load_text(text, date=MONDAY)], [0])
    days = [c for c in report.claims if c.kind is ClaimKind.date]
    assert days and all(c.date.relative != "overnight" for c in days)
    assert any(c.date.weekday for c in days)
