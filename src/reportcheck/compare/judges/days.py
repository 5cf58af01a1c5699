"""Judging two days, resolved against each report's dateline.

Days need their own judge: two days a day apart may date one night's event
("Friday night" and "early Saturday") or be counted from different datelines
("yesterday"), a report without a dateline gives only a weekday or a month
and day, and only days both tied to one event (the incident, a person's
wedding) may conflict.
"""

from __future__ import annotations

import datetime as dt

from reportcheck.compare.judges.numeric import judge_numeric
from reportcheck.compare.judges.verdict import Verdict
from reportcheck.knowledge.events import event_lexicon
from reportcheck.knowledge.tolerance import DEFAULT, Tolerances
from reportcheck.knowledge.vocabulary import WEEKDAY_NAMES
from reportcheck.models import Claim, Status


def judge_date(a: Claim, b: Claim, tol: Tolerances = DEFAULT) -> Verdict | None:
    """Days, resolved against each report's dateline.

    Reports date many things (an arrest, an earlier attack, a law); two
    different days are a conflict only when both are tied by the parse to
    the incident itself, otherwise they may simply date different events.
    A day of a person's earlier life (a wedding, a move home) is one too
    when both are tied to that event: the align stage sets it only against
    the same person's day of it ("was married two weeks ago" against "was
    wed about three weeks ago").
    """
    verdict = _judge_days(a, b, tol)
    both_incident = a.date.event == b.date.event == "incident"
    both_life = a.date.event == b.date.event and a.date.event in event_lexicon().life
    if verdict is not None and verdict.status is Status.conflict and not (both_incident or both_life):
        return None
    return verdict


#: date forms counted from the report's own dateline ("yesterday", "two days
#: ago"): they move with it; a weekday's name does not
DATELINE_FORMS = frozenset({"relative", "relative_day", "ago"})
#: day parts and narrowing words that put a day's event near midnight ("Friday
#: night", "late Tuesday"); "early Sunday" may be any hour of the morning
NIGHT_WORDS = frozenset({"night", "overnight", "midnight", "late"})
#: minutes either side of midnight within which a stated time may fall on either day
NEAR_MIDNIGHT = 180.0
_WEEKDAYS = tuple(name.lower() for name in WEEKDAY_NAMES)


def _near_midnight(claim: Claim) -> bool:
    """True when the day's own words ("Friday night", "late Saturday"), its
    sentence ("an overnight fire Friday": ``overnight``) or a clock time in
    its sentence (``midnight_gap``) put the event within hours of midnight;
    the extractor read the sentence for both."""
    if {claim.date.daypart, claim.date.part} & NIGHT_WORDS:
        return True
    if claim.date.overnight:
        return True
    gap = claim.date.midnight_gap
    return gap is not None and gap <= NEAR_MIDNIGHT


def _weekdays_apart(first: str, second: str) -> int | None:
    """Days between two weekdays, the shorter way round ("Friday", "Saturday" -> 1)."""
    if first.lower() not in _WEEKDAYS or second.lower() not in _WEEKDAYS:
        return None
    apart = abs(_WEEKDAYS.index(first.lower()) - _WEEKDAYS.index(second.lower()))
    return min(apart, 7 - apart)


def _dateline_relative(claim: Claim) -> bool:
    return claim.date.form in DATELINE_FORMS or claim.date.relative is not None


def _same_night(a: Claim, b: Claim) -> str | None:
    """Why two days a day apart may date one event, if they may: a time near
    midnight, or a day counted from a report's dateline ("yesterday" in a
    report written the next day, or in another zone).  Two named days a day
    apart with neither ("Wednesday morning" and "Thursday") conflict."""
    if _near_midnight(a) or _near_midnight(b):
        return "a day apart around midnight can be the same night"
    if _dateline_relative(a) or _dateline_relative(b):
        return "a day apart, counted from a report's dateline"
    return None


def _judge_days(a: Claim, b: Claim, tol: Tolerances) -> Verdict | None:
    if a.value.low is None or b.value.low is None:
        return _judge_partial_days(a, b, tol)
    verdict = judge_numeric(a, b, tol)
    if verdict and verdict.status is Status.conflict and verdict.distance <= tol.date_days:
        why = _same_night(a, b)
        if why is not None:
            return Verdict(Status.compatible, f"{verdict.explanation}; {why}", 0.5)
    return verdict


def _weekday_of(claim: Claim) -> str | None:
    """The weekday of a day known to the day ("17-08-2014" was a Sunday), so
    that a report with no dateline, which can only say "Sunday", is set
    against it."""
    low, high = claim.value.low, claim.value.high
    if low is None or high is None or high - low >= 1:
        return None
    return WEEKDAY_NAMES[dt.date.fromordinal(int(low)).weekday()]


def _placed_day(claim: Claim) -> dt.date | None:
    """The day of a claim known to the day, none for a span or a part."""
    low, high = claim.value.low, claim.value.high
    if low is None or high is None or high - low >= 1:
        return None
    return dt.date.fromordinal(int(low))


def _days_to_month_day(day: dt.date, claim: Claim) -> int | None:
    """Days between a placed day and the nearest occurrence of the other
    claim's month and day with no year ("Sept. 24" of a report with no
    dateline against "Sunday" that the other report's dateline made
    2016-09-25: one day), the year taken from the placed day, never invented."""
    if not claim.date.month_day:
        return None
    month, day_of_month = (int(part) for part in claim.date.month_day.split("-"))
    gaps = []
    for year in (day.year - 1, day.year, day.year + 1):
        try:
            gaps.append(abs((dt.date(year, month, day_of_month) - day).days))
        except ValueError:
            continue
    return min(gaps) if gaps else None


def _judge_partial_days(a: Claim, b: Claim, tol: Tolerances) -> Verdict | None:
    """Days known only in part (no dateline): the weekday, or month and day."""
    text = f"{a.evidence.text.strip()} vs {b.evidence.text.strip()}"
    wa, wb = a.date.weekday or _weekday_of(a), b.date.weekday or _weekday_of(b)
    if wa and wb:
        if wa.lower() == wb.lower():
            return Verdict(Status.agree, f"{text}: the same weekday")
        why = _same_night(a, b) if _weekdays_apart(wa, wb) == 1 else None
        if why is not None:
            return Verdict(Status.compatible, f"{text}: {why}", 0.5)
        return Verdict(Status.conflict, f"{text}: a different weekday", 1.0)
    apart = _month_days_apart(a, b)
    if apart is None:
        return None
    text = f"{_shown(a)} vs {_shown(b)}"
    if apart == 0:
        return Verdict(Status.agree, f"{text}: the same month and day")
    if apart <= tol.date_days:
        why = _same_night(a, b)
        if why is not None:
            return Verdict(Status.compatible, f"{text}: {why}", 0.5)
    return Verdict(Status.conflict, f"{text}: {apart} days apart", float(apart))


def _shown(claim: Claim) -> str:
    """A day's words, with the day its dateline placed it on when it was ("Sunday (2016-09-25)")."""
    placed = _placed_day(claim)
    words = claim.evidence.text.strip()
    return f"{words} ({placed.isoformat()})" if placed is not None else words


def _month_days_apart(a: Claim, b: Claim) -> int | None:
    """Days between two days of which one or both are known only by month
    and day: two such the shorter way round the year, or one placed by its
    report's dateline against the other's month and day in the placed year."""
    placed_a, placed_b = _placed_day(a), _placed_day(b)
    if placed_a is not None and placed_b is None:
        return _days_to_month_day(placed_a, b)
    if placed_b is not None and placed_a is None:
        return _days_to_month_day(placed_b, a)
    da, db = _day_of_year(a), _day_of_year(b)
    if da is None or db is None:
        return None
    return min(abs(da - db), 366 - abs(da - db))


def _day_of_year(claim: Claim) -> int | None:
    """The day of a leap year for a "MM-DD" month and day, if the claim has one."""
    month_day = claim.date.month_day
    if not month_day:
        return None
    month, day = (int(part) for part in month_day.split("-"))
    try:
        return dt.date(2000, month, day).timetuple().tm_yday
    except ValueError:
        return None
