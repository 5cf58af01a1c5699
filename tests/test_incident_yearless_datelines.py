"""A wire's copy dated only by its dateline's month and day ("LIMA, July 12
(Reuters) -", no year anywhere, no page date) and one weekday in its body
("on Saturday") beside a dated report of one incident: the incident match
reads the weekday against the dateline in the other report's year, and the
two share the incident's day (and, with a town, "a city and a day in
common").  Never a contradiction: the year is the other report's.  Where
only a region is shared, the details both give alike count once a day is
shared, whichever report gives no year (the weekday read from the dateline
is no second detail).  The reports are written for these tests in the
patterns of regional wire and state-agency copy; the people are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import compare_reports
from reportcheck.incident_match import DIFFERENT, SAME, IncidentProfile, match_profiles
from reportcheck.knowledge.calendar_days import latest_weekday
from reportcheck.load import load_text


def _match(yearless: str, dated: str, day: dt.date):
    """The incident match of a yearless wire report against a page dated ``day``."""
    return compare_reports([load_text(yearless), load_text(dated, date=day)]).incident_match


def _day_shared(match) -> bool:
    return any(
        e.kind == "date" and e.relation == "shared" and "incident's day" in e.detail for e in match.evidence
    )


#: (a yearless wire report, a dated page's report of one incident, the page's date)
ONE_INCIDENT = [
    (
        "PISCO, Peru, July 12 (Andes Wire) - A bus plunged into a ravine in the Peruvian port of Pisco "
        "on Saturday, killing 19 passengers, police said.",
        "Nineteen people died when an interprovincial bus fell into a gorge near Pisco, Peru, early on "
        "Saturday, the transport ministry said.",
        dt.date(2025, 7, 13),
    ),
    (
        "HUANCAYO, Peru, Oct 2 (Sierra News) - Two miners were killed and one is missing after a gas "
        "explosion in a coal pit near Huancayo on Thursday morning, the operator said.",
        "Three miners died in Thursday's blast at a coal pit outside Huancayo, Peru, the regional "
        "government said.",
        dt.date(2025, 10, 2),
    ),
    (
        # the dateline's Dec. 31 is the year before the other report's page date
        "TRUJILLO, Peru, Dec. 31 (Andes Wire) - Fire gutted a market in Trujillo on Wednesday night, "
        "killing four vendors, firefighters said.",
        "Four people died in the fire that swept through a market in Trujillo, Peru, on Wednesday night, "
        "firefighters said.",
        dt.date(2026, 1, 1),
    ),
]


@pytest.mark.parametrize("yearless, dated, day", ONE_INCIDENT)
def test_a_yearless_dateline_weekday_shares_the_dated_reports_day(yearless, dated, day):
    match = _match(yearless, dated, day)
    assert _day_shared(match), match.evidence
    assert match.decision == SAME, match.evidence


def test_two_weekdays_read_no_day_of_the_dateline():
    """A story of two days ("on Tuesday ... by Wednesday") names no one day of its incident."""
    match = _match(
        "AREQUIPA, July 12 (Andes Wire) - Floods cut the road to Arequipa on Tuesday, and by Thursday "
        "three people had drowned, officials said.",
        "Three people drowned when floods cut the road outside Arequipa on Thursday, officials said.",
        dt.date(2025, 7, 11),
    )
    assert not _day_shared(match), match.evidence


def test_a_weekday_days_off_the_dated_day_shares_nothing_and_contradicts_nothing():
    """Saturday before the dateline's July 12 (2025) is three days after the
    other report's Wednesday: no day in common, and no contradiction of a
    year the wire never gave."""
    match = _match(
        "AREQUIPA, July 12 (Andes Wire) - A bus plunged into a ravine near Arequipa on Saturday, "
        "killing 19 passengers, police said.",
        "Nineteen people died when a bus fell into a gorge outside Arequipa on Wednesday, police said.",
        dt.date(2025, 7, 10),
    )
    assert not _day_shared(match), match.evidence
    assert not any(e.kind == "date" and e.relation == "contradicting" for e in match.evidence), match.evidence


def test_latest_weekday_reads_back_from_the_day():
    assert latest_weekday("Thursday", dt.date(2025, 10, 2)) == dt.date(2025, 10, 2)
    assert latest_weekday("monday", dt.date(2025, 10, 2)) == dt.date(2025, 9, 29)
    assert latest_weekday("Someday", dt.date(2025, 10, 2)) is None


def _ordinal(year: int, month: int, day: int) -> int:
    return dt.date(year, month, day).toordinal()


#: two reports of one building collapse placed only in one governorate: one
#: dated (Tuesday, 14 April), one telling "April 15" with no year of its own
COLLAPSE = IncidentProfile(
    days=((_ordinal(2026, 4, 14),) * 2,),
    published=_ordinal(2026, 4, 14),
    regions=(("EG", "08"),),
    killed=11,
    injured=8,
    clocks=(120,),
    weekdays=("tuesday",),
    month_days=("04-14",),
)


def test_a_day_read_without_a_year_anchors_the_details_alike():
    """The time, the weekday and the hurt alike, with only a governorate and
    a day read across the year in common: one incident."""
    other = IncidentProfile(
        regions=(("EG", "08"),),
        killed=23,
        injured=8,
        clocks=(120,),
        weekdays=("tuesday",),
        month_days=("04-15",),
    )
    match = match_profiles(COLLAPSE, other)
    assert any(e.kind == "details" for e in match.evidence), match.evidence
    assert match.decision == SAME


def test_a_weekday_read_from_the_dateline_is_no_second_detail():
    """The killed alike and the Tuesday that dated the yearless report are
    not the three points of details: the Tuesday is the day already shared."""
    other = IncidentProfile(regions=(("EG", "08"),), killed=11, weekdays=("tuesday",), dateline_day="04-14")
    match = match_profiles(COLLAPSE, other)
    assert _day_shared(match), match.evidence
    assert not any(e.kind == "details" for e in match.evidence), match.evidence


def test_the_details_stay_unweighed_without_a_day_in_common():
    """The same details with a day a week off: a region alone anchors nothing."""
    other = IncidentProfile(
        regions=(("EG", "08"),),
        killed=23,
        injured=8,
        clocks=(120,),
        weekdays=("tuesday",),
        month_days=("04-21",),
    )
    match = match_profiles(COLLAPSE, other)
    assert not any(e.kind == "details" for e in match.evidence), match.evidence
    assert match.decision != SAME


#: (a report dated by no year at all, its dateline's and body's days yearless;
#: a dated page that recalls that crash as an earlier one beside its own; the page's date)
RECALLED_YEARLESS = [
    (
        "Five killed as truck falls into ravine near Lashio\n\n"
        "LASHIO, 10 March - Five people died and 11 were injured when a truck carrying traders plunged "
        "into a ravine on the Lashio-Hsenwi road on 9 March, according to the township police force.\n\n"
        "The truck fell about 80 feet into a ravine beside the road, the police said.",
        "Eight Killed as Bus Plunges Into Gorge in Northern Shan\n\n"
        "Eight people were killed and 14 injured after a passenger bus plunged into a gorge in Hsipaw "
        "Township on Tuesday morning, rescue workers said.\n\n"
        "The crash is the second serious road accident in northern Shan State this week. On Sunday, "
        "five people were killed when a truck fell into a ravine near Lashio.",
        dt.date(2025, 3, 11),
    ),
    (
        # the yearless days of late December, the recalling page dated in January of the next year
        "Four die as van plunges off mountain road near Dawei\n\n"
        "DAWEI, 30 December - Four passengers died and nine were injured when a passenger van plunged "
        "off the Dawei-Myitta road on 29 December, the township police said.",
        "Six Killed as Bus Overturns on Dawei Road\n\n"
        "Six people were killed when a bus overturned near Myitta on Thursday, rescuers said.\n\n"
        "It was the second deadly crash on the road this week. On Monday, four people were killed "
        "when a van plunged off the road near Dawei.",
        dt.date(2026, 1, 2),
    ),
]


@pytest.mark.parametrize("yearless, dated, day", RECALLED_YEARLESS)
def test_a_yearless_report_recalled_by_the_other_is_another_incident(yearless, dated, day):
    """The yearless report's own day, read in the dated report's year, is
    the day the dated report recalls as an earlier crash: two incidents."""
    match = _match(yearless, dated, day)
    assert match.decision == DIFFERENT, match.evidence
    assert any("recalls as an earlier incident" in e.detail for e in match.evidence), match.evidence


def test_a_yearless_report_of_the_dated_reports_own_crash_is_not_set_apart():
    """The same yearless report beside a dated page telling the same crash
    as its own (no recall): the borrowed year sets nothing apart."""
    yearless, _, _ = RECALLED_YEARLESS[0]
    dated = (
        "Truck Plunges Into Ravine Near Lashio, Five Dead\n\n"
        "Five people were killed and 11 injured when a truck carrying traders fell into a ravine on the "
        "Lashio-Hsenwi road on Sunday, police said."
    )
    match = _match(yearless, dated, dt.date(2025, 3, 10))
    assert match.decision != DIFFERENT, match.evidence
