"""Judging one pair of claims: agree, compatible, conflict, or not comparable.

* agree: the same value, within the rounding of what was written;
* compatible: both can be true (a bound and a value inside it, overlapping
  ranges, a place and the region that contains it, a weapon and its class);
* conflict: both cannot be true.
A judge returns ``None`` when the two claims are not about the same thing
(two different people, two unrelated places): they are then not paired.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from reportcheck.knowledge.events import event_lexicon
from reportcheck.knowledge.gazetteer import get_gazetteer
from reportcheck.knowledge.gazetteer.names import spelled_alike, word_set
from reportcheck.knowledge.names import names_match, people_lexicon
from reportcheck.knowledge.timezones import UNIVERSAL_ZONES
from reportcheck.knowledge.tolerance import APPROXIMATE, DEFAULT, Tolerances, count_step, widened
from reportcheck.knowledge.vocabulary import (
    DEATH_STAGE,
    GROUP_PREFIX,
    INDIVIDUAL,
    RELATIVE_PLACE,
    STREET,
    UNRESOLVED_PREFIX,
    VENUE,
    WEAPON_PLACE,
    WEEKDAY_NAMES,
    bearing_degrees,
)
from reportcheck.knowledge.weapons import holds_every_spot, weapon_tree
from reportcheck.models import Claim, ClaimKind, Interval, Status


@dataclass(frozen=True)
class Verdict:
    status: Status
    explanation: str
    distance: float = 0.0  # how far apart, to choose the closest partner


RANK = {Status.agree: 0, Status.compatible: 1, Status.conflict: 2}


# ------------------------------------------------------------------ numbers


def _fmt(value: float, unit: str) -> str:
    if unit == "m":
        return f"{value / 1000:.3g} km" if abs(value) >= 1000 else f"{value:.3g} m"
    if unit == "min":
        minutes = int(round(value)) % (24 * 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    if unit == "day":
        return dt.date.fromordinal(int(value)).isoformat()
    if unit == "people":
        return f"{value:g}"
    if len(unit) == 3 and unit.isupper():  # a currency's code (extract/quantities/money.py)
        return f"{value:,.0f} {unit}"
    return f"{value:g} {unit}".strip()


def figure_words(value: float, unit: str) -> str:
    """A value in its unit as a reader writes it ("22", "1.5 km", "21:30"): the
    confidence reasons name figures this way."""
    return _fmt(value, unit)


def describe(claim: Claim) -> str:
    """The claim's value in a reader's terms, with its words when they differ."""
    label = claim.value.label or claim.evidence.text
    words = claim.evidence.text.strip()
    return label if words.lower() == label.lower() else f"{label} ({words})"


def _point(claim: Claim) -> float | None:
    v = claim.value
    return v.written if v.written is not None and v.low == v.high else None


def _gap(a: list[Interval], b: list[Interval]) -> float:
    return min(x.gap(y) for x in a for y in b)


def _points_agree(a: Claim, b: Claim) -> bool:
    pa, pb = _point(a), _point(b)
    if pa is None or pb is None:
        return False
    readings_a = [pa, *[i.low for i in a.value.alternatives if i.low is not None and i.low == i.high]]
    readings_b = [pb, *[i.low for i in b.value.alternatives if i.low is not None and i.low == i.high]]
    slack = a.value.precision + b.value.precision + 1e-6
    return any(abs(x - y) <= slack for x in readings_a for y in readings_b)


BOUND_CUES = {"lower_bound", "strict_lower", "upper_bound", "strict_upper", "nearly"}


def _same_statement(a: Claim, b: Claim) -> bool:
    """Two bounded or ranged values that say the same thing ("up to 120 mph"
    and "up to 193 km/h"; "dozens" and "dozens")."""
    if (a.value.low, a.value.high) == (b.value.low, b.value.high):
        return True
    bounds_a = {h.category for h in a.hedges} & BOUND_CUES
    bounds_b = {h.category for h in b.hedges} & BOUND_CUES
    if not bounds_a or bounds_a != bounds_b or a.value.written is None or b.value.written is None:
        return False
    return abs(a.value.written - b.value.written) <= a.value.precision + b.value.precision + 1e-6


#: degrees two bearings from one place may differ by and still be one spot
#: (neighbouring compass points, as agencies round them)
BEARING_TOLERANCE = 45.0


def _bearings_differ(a: Claim, b: Claim) -> Verdict | None:
    """ "14 miles NNE of Healdsburg" vs "20 km SW of Healdsburg": other sides of town."""
    degrees_a = bearing_degrees(a.quantity.bearing or "")
    degrees_b = bearing_degrees(b.quantity.bearing or "")
    if degrees_a is None or degrees_b is None:
        return None
    apart = abs(degrees_a - degrees_b) % 360
    apart = min(apart, 360 - apart)
    if apart <= BEARING_TOLERANCE:
        return None
    return Verdict(
        Status.conflict,
        f"{describe(a)} {a.quantity.bearing} vs {describe(b)} {b.quantity.bearing}: "
        f"directions {apart:g} degrees apart",
        apart,
    )


def judge_distance(a: Claim, b: Claim, tol: Tolerances = DEFAULT) -> Verdict | None:
    """Distances from one anchor; the bearings, where both give one, must match too."""
    return _bearings_differ(a, b) or judge_numeric(a, b, tol)


def judge_numeric(a: Claim, b: Claim, tol: Tolerances = DEFAULT) -> Verdict | None:
    if a.value.low is None and a.value.high is None or b.value.low is None and b.value.high is None:
        return None
    unit = a.value.unit
    if unit != b.value.unit:
        # units of one dimension are converted by the extractors; what differs
        # here is two currencies ("$108 million", "£74m"): no rate of the day
        # is known, and a roundup of thefts gives each in its own currency
        return None
    wa, wb = widened(a, tol), widened(b, tol)
    gap = _gap(wa, wb)
    text = f"{describe(a)} vs {describe(b)}"
    if _points_agree(a, b):
        same = "the same" if _point(a) == _point(b) else "the same within rounding"
        return Verdict(Status.agree, f"{text}: {same}")
    if _same_statement(a, b):
        return Verdict(Status.agree, f"{text}: the same bound or range")
    rounding = _rounding_reason(a, b, gap <= 0, tol)
    if gap <= 0:
        return Verdict(Status.compatible, f"{text}: {rounding or 'both can hold'}", _centre_distance(a, b))
    apart = f"{text}: {_fmt_gap(gap, a, b)} apart"
    return Verdict(Status.conflict, f"{apart}; {rounding}" if rounding else apart, gap)


def _rounded(claim: Claim) -> tuple[str, float, float] | None:
    """A hedged round count's words and the step it was rounded to ("some",
    80, 10), when its step, not a share, sets what it covers
    (:func:`reportcheck.knowledge.tolerance.count_step`)."""
    step = count_step(claim)
    if step is None or claim.value.written is None:
        return None
    words = next(c.text for c in claim.hedges if c.category == APPROXIMATE).lower()
    return words, claim.value.written, step


def _told_as(value: float, words: str, step: float) -> str:
    """How a reporter holding ``value`` would round it: to the half step and
    to the step ("some 85 or 90" for 86 at the ten)."""
    told = sorted({step / 2 * math.floor(value / (step / 2) + 0.5), step * math.floor(value / step + 0.5)})
    return f"{words} " + " or ".join(f"{t:,.0f}" for t in told)


#: the cue categories that say how a figure is meant (rounded or bounded)
FIGURE_CUES = BOUND_CUES | {APPROXIMATE}


def _said(claim: Claim) -> str:
    """A figure with the words that round or bound it ("at least 86", "about 100")."""
    words = [c.text.lower() for c in claim.hedges if c.category in FIGURE_CUES]
    figure, label = claim.value.written, claim.value.label or claim.evidence.text
    low, high = claim.value.low, claim.value.high
    ranged = low is not None and high is not None and low != high
    number = label if figure is None or ranged and "-" in label else f"{figure:,.0f}"
    return " ".join([*words[:1], number])


def _rounding_reason(a: Claim, b: Claim, hold: bool, tol: Tolerances) -> str | None:
    """Why a hedged round count does or does not cover the other figure, in
    an editor's words: "some 80 covers what rounds to 80, 75 to 84; 86 would
    be told as some 85 or 90"; a hedged figure inside it may be told of the
    figures they share ("about 300" and "around 340" of 335 to 344)."""
    rounded = [(c, r) for c in (a, b) if (r := _rounded(c)) is not None]
    if not rounded:
        return None
    claim, (words, figure, step) = rounded[0]
    other = b if claim is a else a
    covers = f"{words} {figure:,.0f} covers what rounds to {figure:,.0f}, {_reach(figure, step)}"
    if hold:
        return _rounding_holds(covers, figure, step, other, tol)
    if len(rounded) == 2:
        other_words, other_figure, other_step = rounded[1][1]
        told = f"{other_words} {other_figure:,.0f} {_reach(other_figure, other_step)}"
        return f"{covers}, {told}: no count is told as both"
    point = _point(other)
    if point is None or other.hedges or abs(point - figure) > step:
        return f"{covers}; {_said(other)} is outside it"
    return f"{covers}; {point:,.0f} would be told as {_told_as(point, words, step)}"


def _reach(figure: float, step: float) -> str:
    """The counts that round to a figure at its step: "75 to 84" for 80."""
    return f"{figure - step / 2:,.0f} to {figure + step / 2 - 1:,.0f}"


def _rounding_holds(covers: str, figure: float, step: float, other: Claim, tol: Tolerances) -> str | None:
    """The reason a hedged round count holds the other figure: a count inside
    it, a finer hedged figure and the counts they share, a bound reaching
    into it; None for a vague range ("dozens"), which holds it."""
    low, high = figure - step / 2, figure + step / 2 - 1
    if other.is_hedged and other.value.low is not None and other.value.high is not None:
        span = widened(other, tol)[0]
        meet = max(low, span.low or low), min(high, span.high or high)
        told = f"{meet[0]:,.0f}" if meet[1] - meet[0] < 1 else f"{meet[0]:,.0f} to {meet[1]:,.0f}"
        return f"{covers}; {_said(other)} may be told of {told} too"
    if any(c.category in BOUND_CUES for c in other.hedges):
        return f"{covers}; {_said(other)} reaches into it"
    return covers if _point(other) is not None else None


def _fmt_gap(gap: float, a: Claim, b: Claim) -> str:
    pa, pb = _point(a), _point(b)
    unit = a.value.unit
    if pa is not None and pb is not None:
        gap = abs(pa - pb)
    if unit == "min":
        return f"{int(round(min(gap, 1440 - gap)))} min"
    if unit == "day":
        return f"{int(gap)} days"
    return _fmt(gap, unit)


def _centre_distance(a: Claim, b: Claim) -> float:
    def centre(c: Claim) -> float:
        lo, hi = c.value.low, c.value.high
        if lo is None:
            return hi or 0.0
        if hi is None:
            return lo
        return (lo + hi) / 2

    return abs(centre(a) - centre(b))


#: ``CountDetails.attacker`` of a toll that counts the attacker ("including
#: the gunman") or may count him (a report that tells he killed himself)
WITH_ATTACKER = frozenset({"included", "possible"})


def _attacker_counted(a: Claim, b: Claim) -> Verdict | None:
    """ "14 killed, including the gunman" vs "13 killed": the same victims;
    "three dead in a murder-suicide" vs "shot a woman and a girl" too."""
    counting = [c for c in (a, b) if c.count.attacker == "included"]
    if not counting:  # "possible" yields to "including the gunman": he is in that one
        counting = [c for c in (a, b) if c.count.attacker in WITH_ATTACKER]
    if len(counting) != 1:
        return None
    with_attacker = counting[0]
    other = b if with_attacker is a else a
    total, victims = _point(with_attacker), _point(other)
    if total is None or victims is None:
        return None
    if abs(total - 1 - victims) <= with_attacker.value.precision + other.value.precision + 1e-6:
        return Verdict(
            Status.compatible,
            f"{describe(with_attacker)} {_counts_him(with_attacker)}; without him {total - 1:g}, "
            f"as {describe(other)}",
            0.5,
        )
    return None


def _counts_him(claim: Claim) -> str:
    if claim.count.attacker == "included":
        return "counts the attacker"
    return "may count the attacker, who killed himself"


def judge_count(a: Claim, b: Claim, tol: Tolerances = DEFAULT) -> Verdict | None:
    """Counts, with sub-groups: "two officers" may be part of "five people"."""
    if _sexes_differ(a, b):
        return None  # "found him dead" and "a woman died": two people, neither figure the other's
    counted = _attacker_counted(a, b)
    if counted is not None:
        return counted
    group_a, group_b = a.count.group or "all", b.count.group or "all"
    parts = ("elsewhere", INDIVIDUAL)
    if group_a != group_b and (group_a in parts) != (group_b in parts):
        # a figure for one named place ("no injuries in Dubai") or one named
        # person ("Rowland Barnes was killed") is part of any total
        group_a, group_b = ("part", "all") if group_a in parts else ("all", "part")
    if group_a != group_b and "all" in (group_a, group_b):
        total, part = (a, b) if group_a == "all" else (b, a)
        if part.value.low is not None and total.value.high is not None and part.value.low > total.value.high:
            return Verdict(
                Status.conflict,
                f"{describe(part)} ({part.count.group}) is more than the {describe(total)} in all",
                part.value.low - total.value.high,
            )
        verdict = judge_numeric(a, b, tol)
        if verdict and verdict.status is Status.conflict:
            return Verdict(
                Status.compatible,
                f"{describe(part)} can be part of {describe(total)}",
                1.0 + verdict.distance,
            )
        return verdict
    if group_a != group_b or _other_kinds(a, b):
        return None
    return judge_numeric(a, b, tol)


def _sexes_differ(a: Claim, b: Claim) -> bool:
    """Whether two counts of one person each state a sex, and not the same
    one (the ``sex`` detail: a pronoun, a noun, a title): "him" is not "a
    woman", whatever their figures."""
    return a.count.sex is not None and b.count.sex is not None and a.count.sex != b.count.sex


def _other_kinds(a: Claim, b: Claim) -> bool:
    """Two counts of different kinds of people of one group ("two pilots"
    and "three nurses" killed, "including three civilians" and "among
    them two foreigners"): two figures of two sets, neither agreeing nor
    contradicting.  A count with no kind told ("children", a total, a
    pronoun) may be of either."""
    if a.kind is ClaimKind.other_count or a.count.group == INDIVIDUAL:
        return False  # a thing's count is keyed by its bearer; one person's by who they are
    kind_a, kind_b = a.frame.bearer, b.frame.bearer
    return bool(kind_a and kind_b and kind_a != kind_b)


def judge_time(a: Claim, b: Claim, tol: Tolerances = DEFAULT) -> Verdict | None:
    """Clock times; a conflict needs both tied by the parse to the incident
    itself.  An update stamp or a quoted schedule is not the time of the
    attack, and a report may time several calls or arrests.  A day part given
    alone ("early Sunday morning") may agree with a clock time, never
    contradict one."""
    verdict = _judge_clock(a, b, tol)
    both_incident = a.time.event == b.time.event == "incident"
    if verdict is not None and verdict.status is Status.conflict and not both_incident:
        return None
    if verdict is not None and verdict.status is Status.conflict and (a.time.period or b.time.period):
        return None  # "Friday night" is said of 7 p.m. and of 1 a.m.: a day part fits or says nothing
    return verdict


#: UNIVERSAL_ZONES name universal time; any other zone named ("BST", "ET",
#: "local time") is the local clock, which is how a time without a zone is read too.


def _zone(claim: Claim) -> str:
    """ "universal" or "local": the clock a time is read on."""
    return "universal" if (claim.time.tz or "").lower() in UNIVERSAL_ZONES else "local"


def _shift(minutes: float | None, offset: int) -> float | None:
    return None if minutes is None else (minutes + offset) % 1440


def _as_local(claim: Claim, stated: int | None = None) -> Claim | None:
    """A GMT time read on the local clock it is set against: by the offset
    the other report states for that clock ("3:15 p.m. (1215 GMT)") if it
    gives one, else by the zone of this report's main place."""
    offset = stated if stated is not None else claim.time.utc_offset
    if offset is None:
        return None
    shift = int(offset)
    value = claim.value
    local = value.model_copy(
        update={
            "written": _shift(value.written, shift),
            "low": _shift(value.low, shift),
            "high": _shift(value.high, shift),
            "alternatives": [
                Interval(low=_shift(i.low, shift), high=_shift(i.high, shift)) for i in value.alternatives
            ],
            "label": f"{value.label} GMT = {_clock_label(_shift(value.written, shift))} local",
        }
    )
    return claim.model_copy(update={"value": local, "details": claim.time.replace(tz="local")})


def _clock_label(minutes: float | None) -> str:
    if minutes is None:
        return "?"
    return f"{int(minutes) // 60:02d}:{int(minutes) % 60:02d}"


def _moved(claim: Claim, minutes: float) -> Claim:
    """``claim`` with every reading moved by ``minutes`` (a day back or on)."""
    value = claim.value

    def move(x: float | None) -> float | None:
        return None if x is None else x + minutes

    moved = value.model_copy(
        update={
            "written": move(value.written),
            "low": move(value.low),
            "high": move(value.high),
            "alternatives": [Interval(low=move(i.low), high=move(i.high)) for i in value.alternatives],
        }
    )
    return claim.model_copy(update={"value": moved})


def _across_midnight(a: Claim, b: Claim, tol: Tolerances) -> Verdict | None:
    """The numeric verdict on two clock times, the clock read round midnight:
    "11:57 p.m." and "just before midnight" are minutes apart, not a day."""
    verdict = judge_numeric(a, b, tol)
    if verdict is None or verdict.status is not Status.conflict:
        return verdict
    for day in (-1440.0, 1440.0):
        other = judge_numeric(a, _moved(b, day), tol)
        if other is not None and RANK[other.status] < RANK[verdict.status]:
            return Verdict(
                other.status,
                f"{describe(a)} vs {describe(b)}: {other.explanation.split(': ')[-1]}",
                other.distance,
            )
    return verdict


def _judge_clock(a: Claim, b: Claim, tol: Tolerances) -> Verdict | None:
    if _zone(a) != _zone(b):
        universal, local = (a, b) if _zone(a) == "universal" else (b, a)
        converted = _as_local(universal, local.time.utc_offset)
        if converted is None:
            return None  # GMT against local time, and no place gives the offset
        verdict = _judge_clock(converted, local, tol)
        if verdict is None:
            return None
        zone = (
            "the offset the other report gives"
            if local.time.utc_offset is not None
            else universal.time.local_zone or "the local zone"
        )
        return Verdict(verdict.status, f"{verdict.explanation} (GMT read in {zone})", verdict.distance)
    verdict = _across_midnight(a, b, tol)
    if verdict is None:
        return None
    notes = [n for c in (a, b) for n in c.notes if "midnight" in n or "noon" in n]
    if notes and verdict.status is Status.conflict:
        return Verdict(verdict.status, f"{verdict.explanation} ({notes[0]})", verdict.distance)
    return verdict


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
    da, db = _day_of_year(a), _day_of_year(b)
    if da is None or db is None:
        return None
    apart = min(abs(da - db), 366 - abs(da - db))
    if apart == 0:
        return Verdict(Status.agree, f"{text}: the same month and day")
    if apart <= tol.date_days:
        why = _same_night(a, b)
        if why is not None:
            return Verdict(Status.compatible, f"{text}: {why}", 0.5)
    return Verdict(Status.conflict, f"{text}: {apart} days apart", float(apart))


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


def judge_magnitude(a: Claim, b: Claim, tol: Tolerances = DEFAULT) -> Verdict | None:
    """Magnitudes are written to the tenth an agency gives: 6.5 and 6.4 are two
    different figures (a revision, or another agency's), never the same within
    rounding.  Only a figure written coarser ("magnitude 6") or hedged ("about
    6.0") may hold the other as one of its readings."""
    pa, pb = _point(a), _point(b)
    if pa is None or pb is None:
        return judge_numeric(a, b, tol)
    text = f"{describe(a)} vs {describe(b)}"
    apart = abs(pa - pb)
    if apart < 1e-6:
        return Verdict(Status.agree, f"{text}: the same")
    finer = min(a.value.precision, b.value.precision)
    coarse_or_hedged = [c for c in (a, b) if c.value.precision > finer or c.is_hedged]
    if any(_within(c, b if c is a else a, tol) for c in coarse_or_hedged):
        return Verdict(Status.compatible, f"{text}: one figure is rounded or hedged", apart)
    return Verdict(
        Status.conflict,
        f"{text}: {apart:.1f} apart; different figures (a revised magnitude or another agency's?)",
        apart,
    )


def _within(loose: Claim, other: Claim, tol: Tolerances) -> bool:
    """True if ``other``'s value lies within ``loose``'s rounding or hedge."""
    point = _point(other)
    return point is not None and any(
        i.low is not None and i.high is not None and i.low - 1e-6 <= point <= i.high + 1e-6
        for i in widened(loose, tol)
    )


def judge_age(a: Claim, b: Claim, tol: Tolerances = DEFAULT) -> Verdict | None:
    """Two ages of one person.  A named person's reports may be months apart
    (charged, then tried), so a year apart is a birthday between them; an
    unnamed person is told of in the first days' reports, before a name is
    given, and "a 16-year-old boy" against "a 15-year-old boy" is two
    figures for one person."""
    if a.subject.startswith(GROUP_PREFIX):
        return judge_group_age(a, b)
    verdict = judge_numeric(a, b, tol)
    unnamed = a.subject.startswith("unnamed:") and b.subject.startswith("unnamed:")
    if verdict and verdict.status is Status.conflict and verdict.distance <= tol.age_years and not unnamed:
        return Verdict(
            Status.compatible, f"{verdict.explanation}; a birthday may fall between the reports", 0.5
        )
    if verdict and verdict.status is Status.conflict:
        return _ages_at_two_stages(a, b) or verdict
    return verdict


def judge_group_age(a: Claim, b: Claim) -> Verdict | None:
    """A group's ages (``extract.people.group_ages``): a member one report
    lists ("two men, ages 20 and 21") against the range another gives the
    group ("six men aged 21 to 36") conflicts when the member lies outside
    it.  Two members are two people, two ranges may be two parts of the
    group (the wounded, everyone shot), one report's are its own list, and
    a group whose verb makes it the victims is not the suspects: none is
    judged, save one age (or range) both reports give the group alike."""
    if a.report == b.report or (a.person.role and b.person.role and a.person.role != b.person.role):
        return None
    ranged = [c for c in (a, b) if c.value.low != c.value.high]
    if len(ranged) != 1:
        same = (a.value.low, a.value.high) == (b.value.low, b.value.high)
        text = f"{a.evidence.text.strip()} vs {b.evidence.text.strip()}"
        return Verdict(Status.agree, f"{text}: the same age in the group") if same else None
    whole = ranged[0]
    member = b if whole is a else a
    span = Interval(low=whole.value.low, high=whole.value.high)
    point = Interval(low=member.value.low, high=member.value.high)
    text = f"{member.evidence.text.strip()} vs {whole.evidence.text.strip()}"
    gap = span.gap(point)
    if gap > 0:
        return Verdict(Status.conflict, f"{text}: a member's age outside the group's range", gap)
    return Verdict(Status.compatible, f"{text}: a member's age within the group's range", 0.5)


def _ages_at_two_stages(a: Claim, b: Claim) -> Verdict | None:
    """ "a jury found Ann Ruiz, 29, guilty" against "police sought Ann Ruiz,
    27": the age at the verdict is the age years after the crime, so it may
    be above the age then by the years a case takes to come to court
    (rules/people.yaml ``later_stage_years``); never below it."""
    later = [c for c in (a, b) if c.person.stage == "later"]
    if len(later) != 1:
        return None
    older, younger = later[0], (b if later[0] is a else a)
    if older.value.low is None or younger.value.high is None:
        return None
    years = older.value.low - younger.value.high
    if not 0 < years <= people_lexicon().later_stage_years:
        return None
    return Verdict(
        Status.compatible,
        f"{describe(older)} at a later court stage vs {describe(younger)}: "
        f"{years:g} years may pass between the crime and the court",
        0.5,
    )


# ------------------------------------------------------------------- names


def judge_location(a: Claim, b: Claim, tol: Tolerances = DEFAULT) -> Verdict | None:
    text = f"{a.evidence.text.strip()} vs {b.evidence.text.strip()}"
    if DEATH_STAGE in (a.place.kind, b.place.kind):
        return _judge_stages(a, b, text)
    if WEAPON_PLACE in (a.place.kind, b.place.kind):
        return _judge_spots(a, b, text)
    if RELATIVE_PLACE in (a.place.kind, b.place.kind):
        return _judge_relative(a, b, text)
    if {a.place.kind, b.place.kind} & {VENUE, STREET}:
        return _judge_named_spots(a, b, text)
    if a.place.geonameid == b.place.geonameid:
        around = a.place.around or b.place.around
        if around and a.place.around != b.place.around:
            place = a.value.name or a.evidence.text.strip()
            return Verdict(Status.compatible, f"{text}: one report says {around} {place}", 0.5)
        return Verdict(Status.agree, f"{text}: the same place")
    gazetteer = get_gazetteer()
    if _same_place(gazetteer, a.value.name or "", b.value.name or ""):
        return Verdict(Status.agree, f"{text}: spellings of one place")
    if _unresolved(a, b) and any(spelled_alike(x, y) for x in _written(a) for y in _written(b)):
        return Verdict(Status.agree, f"{text}: spellings of one place")
    for outer, inner in ((a, b), (b, a)):
        if _contains(gazetteer, outer, inner):
            return Verdict(
                Status.compatible, f"{inner.evidence.text.strip()} lies in {outer.evidence.text.strip()}", 1.0
            )
    return None


def _written(claim: Claim) -> set[str]:
    """A place's names to spell against one the gazetteer lacks: the
    gazetteer's ("Ar Raqqah") and the report's, without an area's word
    ("Raqqa province" is "Raqqa")."""
    names = {claim.value.name or "", claim.place.surface or ""}
    area_words = word_set("region_words") | word_set("district_words")
    for name in list(names):
        words = name.split()
        if len(words) > 1 and words[-1].lower() in area_words:
            names.add(" ".join(words[:-1]))
    return {n for n in names if n}


def _unresolved(a: Claim, b: Claim) -> bool:
    """Whether a place of the two is one the gazetteer lacks ("the town of
    Urum Alkobra"): only its spelling can say it is the other's."""
    return any((c.place.geonameid or "").startswith(UNRESOLVED_PREFIX) for c in (a, b))


def _judge_relative(a: Claim, b: Claim, text: str) -> Verdict | None:
    """Where one spot lies from another: one relation agrees; "next to" and
    "across the street" exclude each other, unless the two reports place the
    spot against different grounds ("next to the shop", "across from the
    school"); a relation with no ground ("across the street") is from the scene."""
    if a.place.kind != b.place.kind:
        return None
    if a.value.name == b.value.name:
        return Verdict(Status.agree, f"{text}: the same place")
    grounds = {a.place.place_words, b.place.place_words}
    if None not in grounds and len(grounds) > 1:
        return None  # placed against two different spots
    return Verdict(Status.conflict, f"{text}: one spot cannot be {a.value.name} and {b.value.name}", 1.0)


def _judge_stages(a: Claim, b: Claim, text: str) -> Verdict | None:
    """Where someone died: stages on the way from the scene to hospital."""
    if a.place.kind != b.place.kind:
        return None
    va, vb = a.value, b.value
    if va.low == vb.low and va.high == vb.high:
        return Verdict(Status.agree, f"{text}: the same place of death")
    # both are stages (their kinds are equal): a stage's value is its ranks, both bounds set
    assert va.low is not None and va.high is not None and vb.low is not None and vb.high is not None
    if va.low <= vb.high and vb.low <= va.high:
        return Verdict(Status.compatible, f"{text}: one phrase allows the other", 1.0)
    return Verdict(Status.conflict, f"{text}: a death cannot happen in both places", 1.0)


def _judge_spots(a: Claim, b: Claim, text: str) -> Verdict | None:
    """Where a weapon was: the same head noun agrees; naming the other's
    spot ("a shed behind the house" / "the house") is compatible."""
    if a.place.kind != b.place.kind:
        return None
    if a.value.name == b.value.name:
        return Verdict(Status.agree, f"{text}: the same spot")
    if any(holds_every_spot(c.value.name or "") for c in (a, b)):
        return Verdict(Status.compatible, f"{text}: the scene holds the spot named more closely", 1.0)
    words_a, words_b = a.place.place_words or "", b.place.place_words or ""
    if re.search(rf"\b{re.escape(b.value.name or '')}", words_a) or re.search(
        rf"\b{re.escape(a.value.name or '')}", words_b
    ):
        return Verdict(Status.compatible, f"{text}: one spot is named within the other", 1.0)
    return Verdict(Status.conflict, f"{text}: different spots", 1.0)


def _judge_named_spots(a: Claim, b: Claim, text: str) -> Verdict | None:
    """Two venues or two streets (extract/places/venues.py): the same name
    agrees; a name whose words hold the other's ("Mr. G's Supper Club" in
    "Mr. G's Supper Club and Entertainment Center", "Memorial" in "Memorial
    Drive") or that gives a block the other leaves out is compatible.  A
    report names many venues and streets, so different names are no verdict,
    never a conflict; nor are two house numbers on one street (two spots)."""
    if a.place.kind != b.place.kind:
        return None
    words_a, words_b = (a.value.name or "").split(), (b.value.name or "").split()
    same = words_a == words_b
    if not same and a.place.kind == STREET:
        shorter, longer = sorted((words_a, words_b), key=len)
        same = len(longer) == len(shorter) + 1 and longer[:-1] == shorter  # "memorial" / "memorial drive"
    if same:
        numbers = {a.place.place_words, b.place.place_words}
        if None not in numbers and len(numbers) > 1:
            return None
        if len(numbers) == 1 and words_a == words_b:
            return Verdict(Status.agree, f"{text}: the same {a.place.kind}")
        return Verdict(Status.compatible, f"{text}: the same {a.place.kind}, one told more closely", 0.5)
    shorter, longer = sorted((words_a, words_b), key=len)
    if a.place.kind == VENUE and len(shorter) >= 2 and " ".join(shorter) in " ".join(longer):
        return Verdict(Status.compatible, f"{text}: one name is part of the other", 0.5)
    return None


#: names remembered by the lookups below; a batch judges the same few place
#: names again for every pair of reports in a group
LOOKUP_CACHE = 1 << 16


@lru_cache(maxsize=LOOKUP_CACHE)
def _same_place(gazetteer, a: str, b: str) -> bool:
    """Gazetteer.same_place, remembered: it ranks every reading of both names."""
    return gazetteer.same_place(a, b)


@lru_cache(maxsize=LOOKUP_CACHE)
def _candidates(gazetteer, name: str) -> tuple:
    """Gazetteer.candidates, remembered (the ranking is the costly part of judging places)."""
    return tuple(gazetteer.candidates(name))


def _contains(gazetteer, outer: Claim, inner: Claim) -> bool:
    """True if any reading of ``outer``'s name contains ``inner``'s place."""
    return _names_contain(
        gazetteer,
        outer.place.surface or outer.value.name or "",
        inner.place.surface or inner.value.name or "",
        inner.place.geonameid,
    )


@lru_cache(maxsize=LOOKUP_CACHE)
def _names_contain(gazetteer, outer_name: str, inner_name: str, inner_id: str | None) -> bool:
    inner_places = _candidates(gazetteer, inner_name)
    outer_places = _candidates(gazetteer, outer_name)
    if not inner_places or not outer_places:
        return False
    inner_best = [p for p in inner_places if str(p.geonameid) == inner_id] or inner_places[:1]
    return any(gazetteer.contains(o, i) and o.kind != "city" for o in outer_places for i in inner_best)


def judge_person(a: Claim, b: Claim, tol: Tolerances = DEFAULT) -> Verdict | None:
    if not names_match(a.value.name or "", b.value.name or ""):
        return None
    text = f"{a.evidence.text.strip()} vs {b.evidence.text.strip()}"
    return Verdict(Status.agree, f"{text}: the same person")


AMMUNITION = "ammunition"


def judge_weapon(a: Claim, b: Claim, tol: Tolerances = DEFAULT) -> Verdict | None:
    text = f"{a.evidence.text.strip()} vs {b.evidence.text.strip()}"
    cal_a, cal_b = a.weapon.calibre, b.weapon.calibre
    if AMMUNITION in (a.value.name, b.value.name):
        # a bullet names its gun only by calibre
        if cal_a and cal_a == cal_b:
            return Verdict(Status.compatible, f"{text}: the same calibre", 1.0)
        return None
    relation = weapon_tree().relation(a.value.name or "", b.value.name or "")
    if cal_a and cal_b and cal_a != cal_b:
        return None if relation == "differs" else Verdict(Status.conflict, f"{text}: different calibres", 1.0)
    if relation == "same":
        return Verdict(Status.agree, f"{text}: the same weapon")
    if relation == "contains":
        return Verdict(Status.compatible, f"{text}: one is a broader class of the other", 1.0)
    if relation == "overlaps":
        return Verdict(Status.compatible, f"{text}: one weapon can be both", 1.0)
    if cal_a and cal_a == cal_b:
        return Verdict(Status.compatible, f"{text}: the same calibre", 1.0)
    return Verdict(Status.conflict, f"{text}: different kinds of weapon", math.inf)


JUDGES = {
    ClaimKind.time: judge_time,
    ClaimKind.distance: judge_distance,
    ClaimKind.date: judge_date,
    ClaimKind.age: judge_age,
    ClaimKind.magnitude: judge_magnitude,
    ClaimKind.location: judge_location,
    ClaimKind.person: judge_person,
    ClaimKind.weapon: judge_weapon,
    ClaimKind.killed: judge_count,
    ClaimKind.injured: judge_count,
    ClaimKind.missing: judge_count,
    ClaimKind.arrested: judge_count,
    ClaimKind.other_count: judge_count,
}


def judge(a: Claim, b: Claim, tol: Tolerances = DEFAULT) -> Verdict | None:
    """The verdict on two claims of one kind and subject."""
    return JUDGES.get(a.kind, judge_numeric)(a, b, tol)
