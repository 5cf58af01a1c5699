"""One day written with two weekdays: "early Saturday, March 8" in one
report, "Sunday, March 8, 2026" in the other.

A reporter who slips on the weekday still writes the month and day, and the
date extractor keeps the report's year for it (``weekday_keeps_year_days``
of rules/dates.yaml) and notes the weekday the day really falls on
(``weekday_mismatch`` of the date's details).  The two reports' days are
then one day, which the day judge reads as agreeing; but they tell the
incident on two weekdays, and one of them is wrong where a reader meets it
("Saturday" is the night before "Sunday").  An editor must see it, so the
day a report writes with a weekday it does not fall on is set against the
other report's same day written with the weekday it does fall on, quoting
both sentences.

Only days of one incident, each told as one day, are set so; a day whose
weekday fits in both reports, or that the other report writes with no
weekday, says nothing of the weekday and is left to the day judge.

A regional wire's copy dated by a dateline with no year ("Deoghar
(Jharkhand), Aug 10 (IANS) ... here on Monday") places its bare weekday on no
day; read against its dateline in the year of the slipped day, as the
incident match reads it, the weekday is that day's own one when the last
such weekday on or before the dateline is that day: "Monday" of a copy
datelined Aug 10 against "Sunday, August 10" of 2026, a Monday.

A report with no date of its own ("BEIJING:", "Nassau, The Bahamas") writes
its month and day with a weekday but places them in no year ("early on
Monday (Jan 19)", "Thursday 14 January"); the other report's day of that
month and day, placed by its dateline or a written year, gives the year.
Where the weekday written beside the yearless day is not the one that day
falls on in that year, the two are one day with two weekdays: a conflict
where the other report writes the weekday the day falls on ("at 1:05 am on
Sunday" of a page published Jan 19, 2025), and a possible one where it
writes no weekday ("January 19, 2025"): the weekday does not fit the date
in the only year known, though that year is the other report's.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping

from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE, grade
from reportcheck.compare.cross_findings import in_report_order, replacing_only_in_one
from reportcheck.compare.incident_claims import claims_by_incident
from reportcheck.compare.person_findings import person_conflict
from reportcheck.knowledge.calendar_days import latest_weekday
from reportcheck.knowledge.datelines import opens_dateline
from reportcheck.knowledge.vocabulary import WEEKDAY_NAMES
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey, Status

#: why the two days are one day whose weekday one report writes wrong
ONE_DAY_REASON = "one day, its weekday written two ways"
#: why a report's own day told with a weekday it does not fall on is its internal finding
OWN_YEAR_REASON = "the weekday does not fit the date in the report's own year"
#: why such a day whose year the dateline gave, not the report's words, is only a possible conflict
DATELINE_YEAR_DOUBT = "the year is the dateline's, not written with the day"
#: why a yearless day's weekday that the other report's year does not fit
#: is only a possible conflict
OTHER_YEAR_DOUBT = "the year is the other report's: the weekday does not fit the date in it"


def _one_day(claim: Claim) -> bool:
    """Whether a date claim is placed on one day of the calendar."""
    low, high = claim.value.low, claim.value.high
    return low is not None and low == high


def _misnamed(claim: Claim) -> bool:
    """A day written with a weekday it does not fall on ("Saturday, March 8"
    of 2026, a Sunday)."""
    return _one_day(claim) and bool(claim.date.weekday) and bool(claim.date.weekday_mismatch)


def _rightly_named(claim: Claim, day: float, weekday: str) -> bool:
    """A day of ``day`` written with the weekday it falls on, ``weekday``."""
    return (
        _one_day(claim)
        and claim.value.low == day
        and claim.date.weekday == weekday
        and not claim.date.weekday_mismatch
    )


def _yearless_datelines(dates: list[Claim]) -> dict[int, list[str]]:
    """The months and days ("08-10") of each report's wire datelines that
    give no year, by report."""
    found: dict[int, list[str]] = {}
    for claim in dates:
        if claim.value.low is None and claim.date.month_day and opens_dateline(claim):
            found.setdefault(claim.report, []).append(claim.date.month_day)
    return found


def _named_by_dateline(claim: Claim, day: float, weekday: str, datelines: list[str]) -> bool:
    """A bare weekday of the incident ("on Monday") in a report dated only
    by a yearless dateline, which names ``day`` when read against that
    dateline in ``day``'s year (or the next, for a copy filed in early
    January of a day in late December): ``weekday`` is the last such
    weekday on or before the dateline's month and day, and that is ``day``."""
    if claim.value.low is not None or claim.date.month_day or claim.date.event != "incident":
        return False
    if claim.date.weekday != weekday or claim.date.weekday_mismatch:
        return False
    on = dt.date.fromordinal(int(day))
    for month_day, year in itertools.product(datelines, (on.year, on.year + 1)):
        try:
            filed = dt.date(year, *map(int, month_day.split("-")))
        except ValueError:  # 29 February of a common year
            continue
        if latest_weekday(weekday, filed) == on:
            return True
    return False


def _closest_telling(claim: Claim) -> tuple[bool, bool, int]:
    """The order the other report's days are tried in: one written with its
    month and day as the slip is ("Sunday, Nov. 16" before "Sunday
    evening"), then the incident's own, then by place in the text."""
    return (not claim.date.month_day, claim.date.event != "incident", claim.evidence.start)


def _date_group(key: GroupKey) -> bool:
    """Whether a group holds days."""
    return key.kind == ClaimKind.date.value


def _dates_by_incident(groups: Mapping[GroupKey, list[Claim]]) -> dict[str, list[Claim]]:
    """Every date claim of each incident, in the order of reports and text."""
    found = claims_by_incident(groups, _date_group)
    return {incident: in_report_order(claims) for incident, claims in sorted(found.items())}


def _slip_words(wrong: Claim, right: Claim) -> str:
    """Why a day written with a weekday it does not fall on is one: the
    weekday the other report writes the day with."""
    day = wrong.value.label
    read = " (read against its yearless dateline)" if right.value.low is None else ""
    return (
        f"{day} is a {right.date.weekday}, as '{right.evidence.text.strip()}' writes it{read}; "
        f"'{wrong.evidence.text.strip()}' writes it as a {wrong.date.weekday}"
    )


def _weekday_conflict(
    wrong: Claim,
    right: Claim,
    incident: str,
    min_confidence: float,
    explanation: str,
    doubt: str | None = None,
) -> Finding:
    """One day written with two weekdays, ``wrong``'s the slip: a conflict
    quoting both, a possible one where ``doubt`` says why."""
    return person_conflict(
        wrong,
        right,
        incident=incident,
        subject=wrong.subject,
        label=wrong.subject_label,
        explanation=explanation,
        reason=ONE_DAY_REASON,
        min_confidence=min_confidence,
        kind=ClaimKind.date,
        about=None,
        ordered=True,
        unsure=doubt,
    )


def weekday_findings(
    groups: Mapping[GroupKey, list[Claim]],
    findings: list[Finding],
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> list[Finding]:
    """``findings`` with a conflict for each two reports of which one writes
    a day of an incident with a weekday it does not fall on and the other
    writes that day with the weekday it does; the two days' agreement and
    their "only in one report" give way to it.  One such finding for each
    pair of reports and incident."""
    added: list[Finding] = []
    for incident, dates in _dates_by_incident(groups).items():
        told: set[tuple[int, int]] = set()
        datelines = _yearless_datelines(dates)
        for wrong in filter(_misnamed, dates):
            day, weekday = wrong.value.low or 0.0, str(wrong.date.weekday_mismatch)
            for right in sorted(dates, key=_closest_telling):
                pair = tuple(sorted((wrong.report, right.report)))
                if right.report == wrong.report or pair in told:
                    continue
                if _rightly_named(right, day, weekday) or _named_by_dateline(
                    right, day, weekday, datelines.get(right.report, [])
                ):
                    added.append(
                        _weekday_conflict(wrong, right, incident, min_confidence, _slip_words(wrong, right))
                    )
                    told.add((pair[0], pair[1]))
        added.extend(_yearless_slips(dates, incident, told, min_confidence))
        added.extend(_own_slips(dates, incident, added, min_confidence))
    return replacing_only_in_one(_without_agreements(findings, added), added, [ClaimKind.date])


def _own_slips(
    dates: list[Claim], incident: str, added: list[Finding], min_confidence: float
) -> list[Finding]:
    """A report's internal finding for each day it writes with a weekday the
    day does not fall on in the report's own year, written with the day
    ("Wednesday, April 15, 2025", a Tuesday) or given by its dateline within
    its week ("early Saturday, March 8" of a report of March 8, 2026, a
    Sunday; a possible conflict, :data:`DATELINE_YEAR_DOUBT`): the report
    contradicts itself.  A day a finding ``added`` already sets against the
    other report's weekday is left to that finding, which says it."""
    quoted = {c.id for f in added for c in f.claims}
    return [
        _own_slip(claim, incident, min_confidence)
        for claim in dates
        if _misnamed(claim) and claim.id not in quoted
    ]


def _own_slip(claim: Claim, incident: str, min_confidence: float) -> Finding:
    day = claim.value.placed_day()
    assert day is not None  # _misnamed placed it
    year = f"{day.year}, the year of its dateline," if claim.date.inferred_year else str(day.year)
    explanation = (
        f"'{claim.evidence.text.strip()}' writes {day.isoformat()} as a {claim.date.weekday}; "
        f"in {year} it is a {claim.date.weekday_mismatch}"
    )
    graded = grade(claim, claim, internal=True, crowd=1, about=ClaimKind.date)
    status = graded.status(min_confidence) if not claim.date.inferred_year else Status.possible_conflict
    doubt = [DATELINE_YEAR_DOUBT] if claim.date.inferred_year else []
    return Finding(
        status=status,
        kind=ClaimKind.date,
        subject=claim.subject,
        subject_label=claim.subject_label,
        internal=True,
        incident=incident,
        explanation=explanation,
        claims=[claim],
        confidence=graded.confidence,
        reasons=[OWN_YEAR_REASON, *graded.reasons, *doubt],
    )


def _yearless_with_weekday(claim: Claim) -> bool:
    """A month and day written with a weekday and placed in no year ("early
    on Tuesday, March 12" of a report with no date of its own)."""
    date = claim.date
    return claim.value.low is None and bool(date.month_day and date.weekday) and not date.holiday


def _weekday_in_its_year(yearless: Claim, placed: Claim) -> str | None:
    """The weekday ``yearless``'s month and day falls on in the year of
    ``placed``, a day of the other report placed on the calendar on that
    very month and day, in the same measure (the incident's day against the
    incident's, never an arrest's); None where ``placed`` is no such day."""
    day = placed.value.placed_day()
    if day is None or yearless.frame.measure != placed.frame.measure:
        return None
    if f"{day.month:02d}-{day.day:02d}" != yearless.date.month_day:
        return None
    return WEEKDAY_NAMES[day.weekday()]


def _yearless_slips(
    dates: list[Claim], incident: str, told: set[tuple[int, int]], min_confidence: float
) -> list[Finding]:
    """A finding for each two reports of which one writes a yearless month
    and day with a weekday that the month and day does not fall on in the
    year of the other report's same day: a conflict where that report
    writes the weekday the day does fall on, else a possible one (the year
    is the other report's, :data:`OTHER_YEAR_DOUBT`).  ``told`` holds the
    pairs of reports already set against each other by a weekday, and
    takes the new ones."""
    found: list[Finding] = []
    for wrong in filter(_yearless_with_weekday, dates):
        for right in sorted(dates, key=_closest_telling):
            pair = tuple(sorted((wrong.report, right.report)))
            weekday = _weekday_in_its_year(wrong, right)
            if right.report == wrong.report or pair in told or weekday in (None, wrong.date.weekday):
                continue
            written = right.date.weekday == weekday and not right.date.weekday_mismatch
            if written or not right.date.weekday:
                found.append(
                    _yearless_conflict(wrong, right, str(weekday), written, incident, min_confidence)
                )
                told.add((pair[0], pair[1]))
    return found


def _yearless_conflict(
    wrong: Claim, right: Claim, weekday: str, written: bool, incident: str, min_confidence: float
) -> Finding:
    """``wrong``'s yearless month and day against ``right``'s same day
    placed in a year, in which it falls on ``weekday``: a conflict where
    ``right`` writes that weekday (``written``), else a possible one."""
    day = right.value.placed_day()
    assert day is not None  # _weekday_in_its_year placed it
    words = right.evidence.text.strip()
    told = f"as '{words}' writes it" if written else f"the year '{words}' gives"
    explanation = (
        f"{day.isoformat()} is a {weekday}, {told}; "
        f"'{wrong.evidence.text.strip()}' writes the same month and day as a {wrong.date.weekday}"
    )
    doubt = None if written else OTHER_YEAR_DOUBT
    return _weekday_conflict(wrong, right, incident, min_confidence, explanation, doubt)


def _without_agreements(findings: list[Finding], added: list[Finding]) -> list[Finding]:
    """``findings`` without an agreement or a compatible reading of two days
    a conflict ``added`` sets against each other by their weekdays (a
    report's own slip, internal, leaves the other report's agreement with
    its date standing)."""
    pairs = [{c.id for c in f.claims} for f in added if not f.internal]
    settled = (Status.agree, Status.compatible)
    return [
        f for f in findings if not (f.status in settled and any(p <= {c.id for c in f.claims} for p in pairs))
    ]
