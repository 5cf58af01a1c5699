"""Judging two days, resolved against each report's dateline.

Days need their own judge: two days a day apart may date one night's event
("Friday night" and "early Saturday") or be counted from different datelines
("yesterday"), a report without a dateline gives only a weekday or a month
and day, and only days both tied to one event (the incident, a person's
wedding) may conflict.
"""

from __future__ import annotations

import datetime as dt
from calendar import monthrange
from dataclasses import dataclass

from reportcheck.compare.judges.numeric import judge_numeric
from reportcheck.compare.judges.verdict import Verdict
from reportcheck.details import DateForm
from reportcheck.knowledge.calendar_days import weekday_before, weekdays_apart
from reportcheck.knowledge.events import event_lexicon, moment_rules
from reportcheck.knowledge.night_sides import day_side, one_night
from reportcheck.knowledge.tolerance import DEFAULT, Tolerances
from reportcheck.knowledge.vocabulary import DATELINE_FORMS, WEEKDAY_NAMES
from reportcheck.models import Claim, Status

#: how many days on a death told by its weekday alone may follow the
#: attack's weekday: a weekday named without a date lies within a week, so
#: four days on is as near as three back, and a death a day or two before
#: the attack's weekday is read as the conflict it most often is
_DEATH_WEEKDAYS_ON = 4


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
    scene = _scene_against_attack(a, b, verdict)
    if scene is not None:
        return scene[0]
    both_incident = a.date.event == b.date.event == "incident"
    both_life = a.date.event == b.date.event and a.date.event in event_lexicon().life
    if verdict is not None and verdict.status is Status.conflict and not (both_incident or both_life):
        return None
    if verdict is not None and verdict.status is Status.conflict and (both_incident or both_life):
        guessed = _guessed_year_fits(a, b)
        if guessed is not None:
            text = f"{a.evidence.text.strip()} vs {b.evidence.text.strip()}"
            return Verdict(Status.compatible, f"{text}: {guessed}", 0.5)
    if verdict is not None and verdict.status is Status.conflict and both_incident:
        why = _death_after_the_attack(a, b)
        if why is not None:
            return Verdict(Status.compatible, f"{verdict.explanation}; {why}", 0.5)
    return verdict


def _scene_against_attack(a: Claim, b: Claim, verdict: Verdict | None) -> tuple[Verdict | None] | None:
    """The verdict on a day of the scene (``incident_days`` of the event
    lexicon, the events told ``incident_day`` in rules/events.yaml: responders
    coming to the attack, the tape around it) against the other report's
    day of the attack, wrapped, or None when the two are not such a pair.

    The scene lies on the attack's day or up to ``scene_day_max_after``
    days after it ("Police tape surrounded the home Tuesday morning" after a
    shooting late Monday is compatible); a day of the scene before the
    attack's is compatible when the attack's is told on a death (``died_on``)
    up to ``death_day_max_after`` days later (the victim died days after the
    scene), else a conflict within ``scene_day_max_before`` days ("Police
    tape surrounded the home Monday evening, December 12th" against "shot
    Dec. 13"); any other gap says nothing (another scene, another day)."""
    rules = moment_rules()
    events = event_lexicon().incident_days
    if a.date.event in events and b.date.event == "incident":
        scene, attack = a, b
    elif b.date.event in events and a.date.event == "incident":
        scene, attack = b, a
    else:
        return None
    if verdict is None or verdict.status is not Status.conflict:
        return (verdict,)
    after = _days_after(scene, attack)
    if after is None:
        return (None,)
    if 1 <= after <= rules.scene_day_max_after:
        why = f"'{scene.evidence.text.strip()}' dates the scene, which may last into the day after the attack"
        return (Verdict(Status.compatible, f"{verdict.explanation}; {why}", 0.5),)
    if -rules.death_day_max_after <= after <= -1 and attack.date.died_on:
        # "An 8-year-old child died Sunday morning" against "Police responded
        # ... Saturday evening": a death may come days after the scene, as
        # after the attack (``death_day_max_after``, _death_after_the_attack)
        why = f"'{attack.evidence.text.strip()}' is told on a death, which may come days after the scene"
        return (Verdict(Status.compatible, f"{verdict.explanation}; {why}", 0.5),)
    if -rules.scene_day_max_before <= after <= -1:
        why = f"'{scene.evidence.text.strip()}' dates the scene after the attack, which cannot come before it"
        return (Verdict(Status.conflict, f"{verdict.explanation}; {why}", verdict.distance),)
    return (None,)


def _days_after(later: Claim, earlier: Claim) -> int | None:
    """Days from ``earlier`` to ``later`` (negative when ``later`` is the
    earlier day): by the calendar when both are placed on it, else by
    weekdays the shorter way round (None when three or more apart, or
    either is unknown)."""
    if later.value.low is not None and earlier.value.low is not None:
        if later.value.high is None or earlier.value.high is None or later.value.low != later.value.high:
            return None
        if earlier.value.low != earlier.value.high:
            return None
        return int(later.value.low - earlier.value.low)
    md_later, md_earlier = _month_and_day(later), _month_and_day(earlier)
    if md_later is not None and md_earlier is not None:
        # "December 12th" against "Dec. 13" with no year: counted in a leap
        # year, the shorter way round the turn of the year
        apart = (dt.date(2000, *md_later) - dt.date(2000, *md_earlier)).days
        return (apart + 183) % 366 - 183
    wl, we = later.date.weekday or _weekday_of(later), earlier.date.weekday or _weekday_of(earlier)
    gap = weekdays_apart(wl, we) if wl and we else None
    if not gap or gap > 2:
        return None
    return gap if weekday_before(str(we), str(wl), gap) else -gap


def _death_after_the_attack(a: Claim, b: Claim) -> str | None:
    """Why two days of the attack may both stand, if they may: one is told
    on a death (``died_on``: "died Monday", "died Sunday after accidentally
    shooting herself") and the other lies before it, within the days a
    death may come after its wounds (``death_day_max_after``); weekdays
    alone counted forward round the week, up to ``_DEATH_WEEKDAYS_ON``
    days ("shot Friday" against "died Tuesday": four days on, though
    Tuesday is three back; "died Monday" against "shot Tuesday" stays a
    death told the day before the attack).
    A victim shot Saturday who died Monday is one story told by two acts,
    not two days of one shooting."""
    if a.date.died_on == b.date.died_on:
        return None
    death, attack = (a, b) if a.date.died_on else (b, a)
    most = moment_rules().death_day_max_after
    if death.value.low is not None and attack.value.low is not None:
        after = death.value.low - attack.value.high if attack.value.high is not None else None
        fits = after is not None and 1 <= after <= most
    else:
        wd, wa = death.date.weekday or _weekday_of(death), attack.date.weekday or _weekday_of(attack)
        days_on = range(1, min(most, _DEATH_WEEKDAYS_ON) + 1)
        fits = bool(wd and wa) and any(weekday_before(str(wa), str(wd), gap) for gap in days_on)
    if not fits:
        return None
    return f"'{death.evidence.text.strip()}' is told on a death, which may come days after the attack"


def judge_days_apart(a: Claim, b: Claim, tol: Tolerances = DEFAULT) -> Verdict | None:
    """Two days as days, whatever events they are tied to: for a check
    that has paired them itself (one victim's days of death:
    compare/death_days.py)."""
    return _judge_days(a, b, tol)


def _one_night(earlier: Claim, later: Claim) -> bool:
    """Whether the earlier of two days a day apart and the later may date
    one night (:func:`~reportcheck.knowledge.night_sides.one_night`)."""
    return one_night(day_side(earlier), day_side(later))


def _weekday_order(first: str, second: str) -> int:
    """-1 when ``first`` is the day before ``second`` ("Friday", "Saturday";
    "Saturday", "Sunday"), 1 otherwise; for weekdays a day apart."""
    return -1 if weekday_before(first, second, 1) else 1


def _dateline_relative(claim: Claim) -> bool:
    return claim.date.form in DATELINE_FORMS or claim.date.relative is not None


def _same_night(a: Claim, b: Claim, order: int | None) -> str | None:
    """Why two days a day apart may date one event, if they may: the earlier
    day told late or the later early (``order``: -1 when ``a`` is the earlier
    day, 1 when ``b`` is, None when unknown: either way round), or a day
    counted from a report's dateline ("yesterday" in a report written the
    next day, or in another zone).  Two named days a day apart with neither
    ("Wednesday morning" and "Thursday") conflict."""
    pairs = {-1: [(a, b)], 1: [(b, a)]}.get(order or 0, [(a, b), (b, a)])
    if any(_one_night(earlier, later) for earlier, later in pairs):
        return "a day apart around midnight can be the same night"
    if _dateline_relative(a) or _dateline_relative(b):
        return "a day apart, counted from a report's dateline"
    return None


def _sign(number: float) -> int:
    return (number > 0) - (number < 0)


def _judge_days(a: Claim, b: Claim, tol: Tolerances) -> Verdict | None:
    if a.value.low is None or b.value.low is None:
        return _judge_partial_days(a, b, tol)
    verdict = judge_numeric(a, b, tol)
    if verdict and verdict.status is Status.conflict and verdict.distance <= tol.date_days:
        why = _same_night(a, b, _sign(a.value.low - b.value.low))
        if why is not None:
            return Verdict(Status.compatible, f"{verdict.explanation}; {why}", 0.5)
    return verdict


#: the forms of a day whose year the report wrote ("Oct. 29, 2022",
#: "10/29/22", "October 2022", "in 2022")
_YEAR_WRITTEN = frozenset(
    {DateForm.FULL_DATE, DateForm.NUMERIC_DATE, DateForm.ISO_DATE, DateForm.MONTH_YEAR, DateForm.YEAR}
)


def _guessed_year_fits(a: Claim, b: Claim) -> str | None:
    """Why two days apart are one, where only the year sets them apart and
    one report never wrote it: a holiday or a month and day with no year
    ("during Halloween festivities", "on Oct. 29") is read in the year its
    dateline suggests (``inferred_year``), which is wrong for an incident of
    another year the report recalls ("the 2022 Itaewon tragedy ... during
    Halloween festivities" against "the October 2022 Itaewon crowd crush").
    Its month and day falling within the other report's day, month or year
    as written there is no contradiction; None where they do not fit, or
    where the other report's year is not written either (a weekday, "today").
    Only for two days of the incident (or of one person's life), which alone
    the judge sets against each other."""
    for guessed, written in ((a, b), (b, a)):
        if guessed.date.inferred_year is None or written.date.form not in _YEAR_WRITTEN:
            continue
        year = _year_it_fits(guessed, written)
        if year is not None:
            return f"{guessed.evidence.text.strip()} names no year, and fits {year}"
    return None


def _year_it_fits(guessed: Claim, written: Claim) -> int | None:
    """The year in which the guessed day's month (and day) falls within the
    written claim's days, other than the year guessed for it."""
    month_day = _month_and_day(guessed)
    month = month_day[0] if month_day else int(guessed.date.month) if guessed.date.month else None
    if month is None or written.value.low is None:
        return None
    first = dt.date.fromordinal(int(written.value.low))
    last = dt.date.fromordinal(
        int(written.value.high if written.value.high is not None else written.value.low)
    )
    for year in range(first.year, last.year + 1):
        if year == guessed.date.inferred_year:
            continue
        if month_day is not None:
            try:
                span = (dt.date(year, *month_day),) * 2
            except ValueError:
                continue
        else:
            span = (dt.date(year, month, 1), dt.date(year, month, monthrange(year, month)[1]))
        if span[0] <= last and first <= span[1]:
            return year
    return None


def _weekday_of(claim: Claim) -> str | None:
    """The weekday of a day known to the day ("17-08-2014" was a Sunday), so
    that a report with no dateline, which can only say "Sunday", is set
    against it."""
    day = claim.value.placed_day()
    return WEEKDAY_NAMES[day.weekday()] if day is not None else None


def _month_and_day(claim: Claim) -> tuple[int, int] | None:
    """(month, day) of a claim's "MM-DD" month and day, if it has one."""
    if not claim.date.month_day:
        return None
    month, day = (int(part) for part in claim.date.month_day.split("-"))
    return month, day


def _days_to_month_day(day: dt.date, claim: Claim) -> int | None:
    """Days between a placed day and the nearest occurrence of the other
    claim's month and day with no year ("Sept. 24" of a report with no
    dateline against "Sunday" that the other report's dateline made
    2016-09-25: one day), the year taken from the placed day, never invented."""
    month_and_day = _month_and_day(claim)
    if month_and_day is None:
        return None
    month, day_of_month = month_and_day
    gaps = []
    for year in (day.year - 1, day.year, day.year + 1):
        try:
            gaps.append(abs((dt.date(year, month, day_of_month) - day).days))
        except ValueError:
            continue
    return min(gaps) if gaps else None


#: months of a month and day that a page's copyright year does not place: a
#: page published in January may still carry last year's footer, or tell of
#: last December's shooting under this year's
YEAR_TURN_MONTHS = frozenset({12, 1})


@dataclass(frozen=True)
class PageYearUse:
    """A month and day with no year read in the year of a page's copyright
    line, to set it against a weekday: which claim, the year, the weekday
    the day fell on then, and the copyright line's words."""

    claim_id: str
    year: int
    weekday: str
    line: str

    def words(self) -> str:
        """ "a Saturday in 2016, the year of the page's copyright line" """
        return f"a {self.weekday} in {self.year}, the year of the page's copyright line"

    def reason(self) -> str:
        """What a conflict's reasons say of the year it relies on."""
        return f'year from the page\'s copyright line, {self.year} ("{self.line}")'


def page_year_use(a: Claim, b: Claim) -> PageYearUse | None:
    """The year a weekday of one report and a month and day of the other,
    neither placed by a dateline or a written year, are read in: the year
    the month and day's own page's copyright line gives, else the weekday's
    page's ("in an alley Sunday" on a page of "Copyright 2016" against "on
    Sept. 24": a Saturday in 2016).  None when the two pages' years differ,
    when neither page has one, and for a month and day near the turn of the
    year (``YEAR_TURN_MONTHS``): anything better (a dateline, a publication
    stamp, a year written with the day, a day the other report's dateline
    placed) has placed a claim already and is judged before this."""
    for month_day, weekday in ((a, b), (b, a)):
        if not (_yearless_month_day(month_day) and _weekday_alone(weekday)):
            continue
        years = {c.date.page_year for c in (month_day, weekday) if c.date.page_year is not None}
        if len(years) != 1:
            return None
        year = years.pop()
        month, day = _month_and_day(month_day) or (0, 0)  # a year-less month and day has one
        if month in YEAR_TURN_MONTHS:
            return None
        try:
            placed = dt.date(year, month, day)
        except ValueError:
            return None
        owner = month_day if month_day.date.page_year is not None else weekday
        line = " ".join((owner.date.page_year_text or "").split())
        return PageYearUse(month_day.id, year, WEEKDAY_NAMES[placed.weekday()], line)
    return None


def _yearless_month_day(claim: Claim) -> bool:
    """A month and day with no year, no weekday written beside it and no
    dateline to place it; not a holiday's name, which often names a party or
    a weekend rather than the day ("during a Halloween party" of the Sunday
    before)."""
    date = claim.date
    return claim.value.low is None and bool(date.month_day) and not date.weekday and not date.holiday


def _weekday_alone(claim: Claim) -> bool:
    """A weekday with no month and day and no dateline to place it ("in an alley Sunday")."""
    return claim.value.low is None and bool(claim.date.weekday) and not claim.date.month_day


def _judge_partial_days(a: Claim, b: Claim, tol: Tolerances) -> Verdict | None:
    """Days known only in part (no dateline): the weekday, or month and day.
    Two days that both carry a date (a month and day written, or a day a
    dateline placed) are set against each other by it, whatever weekdays
    are written beside them: "Monday, Dec. 12" and "Monday, Dec. 19" are a
    week apart, not the same weekday."""
    if _dated(a) and _dated(b):
        return _judge_month_days(a, b, tol)
    text = f"{a.evidence.text.strip()} vs {b.evidence.text.strip()}"
    wa, wb = a.date.weekday or _weekday_of(a), b.date.weekday or _weekday_of(b)
    use = page_year_use(a, b) if not (wa and wb) else None
    if use is not None:
        wa, wb = wa or use.weekday, wb or use.weekday
        text = " vs ".join(
            f"{c.evidence.text.strip()} ({use.words()})" if c.id == use.claim_id else c.evidence.text.strip()
            for c in (a, b)
        )
    if wa and wb:
        if wa.lower() == wb.lower():
            return Verdict(Status.agree, f"{text}: the same weekday")
        why = _same_night(a, b, _weekday_order(wa, wb)) if weekdays_apart(wa, wb) == 1 else None
        if why is not None:
            return Verdict(Status.compatible, f"{text}: {why}", 0.5)
        return Verdict(Status.conflict, f"{text}: a different weekday", 1.0)
    return _judge_month_days(a, b, tol)


def _dated(claim: Claim) -> bool:
    """A day told by its date: a month and day, or a day its dateline placed."""
    return bool(claim.date.month_day) or claim.value.placed_day() is not None


def _judge_month_days(a: Claim, b: Claim, tol: Tolerances) -> Verdict | None:
    """Two days of which one or both are known only by month and day."""
    apart = _month_days_apart(a, b)
    if apart is None:
        return None
    text = f"{_shown(a)} vs {_shown(b)}"
    if apart == 0:
        return Verdict(Status.agree, f"{text}: the same month and day")
    if apart <= tol.date_days:
        why = _same_night(a, b, None)
        if why is not None:
            return Verdict(Status.compatible, f"{text}: {why}", 0.5)
    return Verdict(Status.conflict, f"{text}: {apart} days apart", float(apart))


def _shown(claim: Claim) -> str:
    """A day's words, with the day its dateline placed it on when it was ("Sunday (2016-09-25)")."""
    placed = claim.value.placed_day()
    words = claim.evidence.text.strip()
    return f"{words} ({placed.isoformat()})" if placed is not None else words


def _month_days_apart(a: Claim, b: Claim) -> int | None:
    """Days between two days of which one or both are known only by month
    and day: two such the shorter way round the year, or one placed by its
    report's dateline against the other's month and day in the placed year."""
    placed_a, placed_b = a.value.placed_day(), b.value.placed_day()
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
    month_and_day = _month_and_day(claim)
    if month_and_day is None:
        return None
    try:
        return dt.date(2000, *month_and_day).timetuple().tm_yday
    except ValueError:
        return None
