"""Judging two clock times of one incident.

Times need their own judge: the clock wraps at midnight ("11:57 p.m." and
"just before midnight" are minutes apart), a time in GMT is read on the local
clock before it is compared, and only two times both tied to the incident
itself may conflict (a report also times calls, arrests and schedules).
"""

from __future__ import annotations

from reportcheck.compare.judges.numeric import judge_numeric
from reportcheck.compare.judges.verdict import RANK, Verdict, describe
from reportcheck.knowledge.calendar_days import weekdays_apart
from reportcheck.knowledge.day_parts import noon, small_hours_end
from reportcheck.knowledge.events import MomentRules, moment_rules
from reportcheck.knowledge.timezones import UNIVERSAL_ZONES, clock_gaps, named_offset, zone_clocks
from reportcheck.knowledge.tolerance import DEFAULT, Tolerances, widened
from reportcheck.knowledge.vocabulary import WEEKDAY_NAMES
from reportcheck.models import Claim, Cue, Interval, Status


def judge_time(a: Claim, b: Claim, tol: Tolerances = DEFAULT, *, one_moment: bool = False) -> Verdict | None:
    """Clock times; a conflict needs both tied by the parse to the incident
    itself, or both to the end of a long one (``single_moments``).  An
    update stamp or a quoted schedule is not the time of the attack, and a
    report may time several calls or arrests.  A day part given alone
    ("early Sunday morning") may agree with a clock time; it contradicts one
    only when the clock lies hours outside what the day part is said of
    (``_outside_day_part``).  ``one_moment`` is a caller's word that the two
    time one act each report tells once (the one 911 call of each:
    :mod:`reportcheck.compare.one_act`), so their clocks may conflict."""
    single = a.time.event == b.time.event and a.time.event in moment_rules().single_moments
    both_incident = one_moment or single
    if _one_sentence(a, b):
        return None  # a sentence that states two times states two moments
    if _week_stretch(a) is not None and _week_stretch(b) is not None:
        return _judge_day_parts(a, b, both_incident)
    if both_incident and not (a.time.period or b.time.period):
        sides = _opposite_sides(a, b)
        if sides is not None:
            return sides
    verdict = _judge_clock(a, b, tol, (_sided(a), _sided(b)))
    if verdict is not None and verdict.status is Status.conflict and (a.time.period or b.time.period):
        # "Friday night" is said of 7 p.m. and of 1 a.m.: a day part fits or
        # says nothing, unless the clock lies hours outside what it is said of
        return verdict if _outside_day_part(a, b, tol) else None
    if verdict is not None and verdict.status is Status.conflict and not both_incident:
        return None
    return verdict


def _one_sentence(a: Claim, b: Claim) -> bool:
    """Whether two times stand in one sentence of one report.  A writer who
    gives two times in one sentence gives two moments ("a teenager shot
    early Friday was in stable condition Friday evening"), never two
    readings of one; however the parse ties them, they are not set against
    each other."""
    return a.report == b.report and a.evidence.sentence_start == b.evidence.sentence_start


#: minutes in a week: two day parts with their weekdays are read on its ring
_WEEK = 7 * 1440


def _week_stretch(claim: Claim) -> tuple[float, float] | None:
    """The minutes of the week (from Monday 00:00) a day part told with its
    weekday spans ("Sunday evening": Sunday 16:00-24:00; "Saturday night"
    runs into Sunday morning), or None for a clock time or a day part with
    no weekday ("last night")."""
    weekday, low, high = claim.time.weekday, claim.value.low, claim.value.high
    if not claim.time.period or weekday not in WEEKDAY_NAMES or low is None or high is None:
        return None
    start = WEEKDAY_NAMES.index(weekday) * _DAY
    return start + low, start + high


def _week_gap(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Minutes between two stretches of the week (:meth:`Interval.gap`), 0
    when they meet or overlap; the week read round (Sunday night runs into
    Monday)."""
    here = Interval(low=a[0], high=a[1])
    return min(here.gap(Interval(low=b[0] + shift, high=b[1] + shift)) for shift in (-_WEEK, 0.0, _WEEK))


def _judge_day_parts(a: Claim, b: Claim, both_incident: bool) -> Verdict | None:
    """Two day parts each told with its day ("early Sunday" against "Sunday
    evening"), judged as one stretch of the week each: the clock alone would
    read "early" and "evening" as either side of one midnight.  Stretches
    that meet can be one time ("Saturday night" and "early Sunday": the
    same night after midnight).  Stretches of the incident further apart
    than ``period_margin`` (rules/events.yaml ``moments``: the looseness of
    a day part's edge) conflict; nearer ones, or times of any other moment,
    are left unpaired: neither agreeing nor contradicting."""
    stretch_a, stretch_b = _week_stretch(a), _week_stretch(b)
    assert stretch_a is not None and stretch_b is not None
    if _days_apart(a, b) > 1:
        return None  # days further apart are the days judge's to set against each other
    named = f"{_on_day(a)} vs {_on_day(b)}"
    gap = _week_gap(stretch_a, stretch_b)
    if gap == 0 and stretch_a == stretch_b:
        return Verdict(Status.agree, f"{named}: the same stretch of the day", 0.0)
    if gap == 0:
        return Verdict(Status.compatible, f"{named}: the stretches meet, both can hold", 0.5)
    if not both_incident or gap <= moment_rules().period_margin:
        return None
    if _days_apart(a, b) == 1 and not (_into_the_night(a) or _into_the_night(b)):
        return None  # two days' parts, neither near their midnight: the days judge's conflict
    return Verdict(Status.conflict, f"{named}: {gap / 60:.0f} hours apart", gap / 60)


#: day parts that reach the midnight after their day ("late Saturday",
#: "Saturday night"): the days judge lets such a day and the next date one
#: night, so only the hours can tell "late Saturday night" from "Sunday evening"
_NIGHT_PARTS = frozenset({"night"})
_NIGHT_MODS = frozenset({"late"})


def _into_the_night(claim: Claim) -> bool:
    return claim.time.period in _NIGHT_PARTS or claim.time.mod in _NIGHT_MODS


def _days_apart(a: Claim, b: Claim) -> int:
    """Days between two day parts' weekdays, the shorter way round the week
    (:func:`weekdays_apart`); both are weekdays, as :func:`_week_stretch`
    read them."""
    apart = weekdays_apart(a.time.weekday or "", b.time.weekday or "")
    assert apart is not None
    return apart


def _on_day(claim: Claim) -> str:
    """A day part with its hours on its day: "early Sunday (Sunday 00:00-08:00)"."""
    return f"{claim.evidence.text.strip()} ({claim.time.weekday} {claim.value.label})"


def _outside_day_part(a: Claim, b: Claim, tol: Tolerances) -> bool:
    """Whether one report's day part of a moment and the other's clock time
    of it cannot be one time: "the shooting Saturday morning" against "shot
    about 1 p.m. on Saturday".  The day part's hours are
    the widest reporters name by it (``said_of`` in rules/timeofday.yaml),
    and the clock must lie beyond them, after its hedge's widening, by
    ``day_part_margin`` past noon (rules/events.yaml ``moments``), by
    ``period_margin`` past any other, looser edge.  A clock in the small hours
    (before the end of ``early_hours``, :func:`small_hours_end`) is never set so: reporters date the night
    either side of midnight ("Monday evening" for 2:20 a.m.).  Only a moment
    of which a report tells one time is set so (``day_part_moments``): the
    attack, or responders' arrival; a report may time several calls (a
    complaint call hours before the shots), arrests or deaths.  Neither time
    may be on a universal clock or have two readings (no a.m. or p.m.)."""
    if bool(a.time.period) == bool(b.time.period) or a.time.event != b.time.event:
        return False
    rules = moment_rules()
    if a.time.event not in rules.day_part_moments:
        return False
    part, clock = (a, b) if a.time.period else (b, a)
    if _on_other_clock(clock):  # "2:15 p.m. ET" against "Tuesday morning" in Fresno: 11:15 there
        clock = _as_local(clock) or clock
    if clock.value.alternatives or _zone(clock) != "local" or _zone(part) != "local":
        return False
    spans = widened(clock, tol)
    low, high = part.value.low, part.value.high
    if len(spans) != 1 or None in (spans[0].low, spans[0].high, low, high):
        return False
    assert spans[0].low is not None and spans[0].high is not None and low is not None and high is not None
    if spans[0].low < small_hours_end() or spans[0].high > _DAY:
        return False
    return all(
        _beyond(spans[0].low + day, spans[0].high + day, low, high, rules) for day in (-_DAY, 0.0, _DAY)
    )


def _beyond(start: float, end: float, low: float, high: float, rules: MomentRules) -> bool:
    """Whether the clock span ``start``-``end`` lies beyond a day part's
    hours ``low``-``high`` by more than the edge's margin.  Called with the
    clock a day back and on as well (:func:`_outside_day_part`): the clock
    wraps, so 11:45 p.m. Monday is a quarter hour before "early Tuesday"
    (00:00-08:00), not 8 hours after it."""
    return end < low - edge_margin(low, rules) or start > high + edge_margin(high, rules)


#: minutes in a day: a clock time read on its own day lies below it
_DAY = 1440


def edge_margin(edge: float, rules: MomentRules) -> float:
    """How far beyond a day part's edge a clock must lie to contradict it:
    ``day_part_margin`` past noon (rules/timeofday.yaml ``points``),
    ``period_margin`` past any other edge
    (reporters write "Tuesday night's shooting" of 5:15 p.m. in winter)."""
    return rules.day_part_margin if edge % _DAY == noon() else rules.period_margin


def _sided(claim: Claim) -> str:
    """The time as :func:`describe` gives it, after the word that puts it to
    one side ("after 22:00 (10 p.m.) vs 23:30"): the span a bound reaches is
    what was judged, and without its words "22:00 vs 23:30" reads as two
    times an hour and a half apart."""
    cue = _side_cue(claim)
    return describe(claim) if cue is None else f"{cue.text.lower()} {describe(claim)}"


#: the cues that put a time a few minutes to one side of the clock time written
SIDES = ("just_before", "just_after")


def _side_cue(claim: Claim) -> Cue | None:
    """The one cue that puts the time just on one side of the clock time
    written ("shortly before 6 a.m."), or None (none, or both sides)."""
    cues = [cue for cue in claim.hedges if cue.category in SIDES]
    return cues[0] if len({cue.category for cue in cues}) == 1 else None


def _opposite_sides(a: Claim, b: Claim) -> Verdict | None:
    """ "just after 6 a.m." against "just before 6 a.m.": each report puts
    the time a few minutes to one side of the same clock time, and the two
    sides do not meet (the clock time itself is neither).  The spans the
    hedges give touch at 6:00, which the numeric judge reads as holding
    both; the words say otherwise, and around midnight they give two days."""
    cue_a, cue_b = _side_cue(a), _side_cue(b)
    if cue_a is None or cue_b is None or cue_a.category == cue_b.category or _zone(a) != _zone(b):
        return None
    if a.value.alternatives or b.value.alternatives or a.value.written != b.value.written:
        return None
    (before, before_cue), (after, after_cue) = ((a, cue_a), (b, cue_b))
    if before_cue.category != "just_before":
        (before, before_cue), (after, after_cue) = ((b, cue_b), (a, cue_a))
    return Verdict(
        Status.conflict,
        f"{_told(before, before_cue)} vs {_told(after, after_cue)}: "
        f"one before {_clock_label(before.value.written)}, the other after",
        1.0,
    )


def _told(claim: Claim, cue: Cue) -> str:
    """The time with the words that put it to one side: "just before 6 a.m."."""
    return f"{cue.text} {claim.evidence.text.strip()}"


#: UNIVERSAL_ZONES name universal time; any other zone named ("BST", "ET",
#: "local time") is the local clock, which is how a time without a zone is read too.


def _zone(claim: Claim) -> str:
    """ "universal" or "local": the clock a time is read on."""
    return "universal" if (claim.time.tz or "").lower() in UNIVERSAL_ZONES else "local"


def _on_other_clock(claim: Claim) -> bool:
    """Whether a time is told on a named clock other than the place's ("2:15
    p.m. ET" of a shooting in Fresno): the knowledge layer gave it the
    minutes to the local clock (``utc_offset``) and the place's zone
    (:func:`reportcheck.knowledge.timezones.localise_universal_times`)."""
    tz = (claim.time.tz or "").lower()
    return (
        tz not in UNIVERSAL_ZONES
        and tz not in ("", "local")
        and claim.time.utc_offset is not None
        and claim.time.local_zone is not None
    )


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
    zone = "GMT" if _zone(claim) == "universal" else claim.time.tz
    value = claim.value
    local = value.model_copy(
        update={
            "written": _shift(value.written, shift),
            "low": _shift(value.low, shift),
            "high": _shift(value.high, shift),
            "alternatives": [
                Interval(low=_shift(i.low, shift), high=_shift(i.high, shift)) for i in value.alternatives
            ],
            "label": f"{value.label} {zone} = {_clock_label(_shift(value.written, shift))} local",
        }
    )
    # a named clock's shift is no offset from GMT: the local reading keeps none
    kept = claim.time.utc_offset if zone == "GMT" else None
    return claim.model_copy(
        update={"value": local, "details": claim.time.replace(tz="local", utc_offset=kept)}
    )


def _read_both_ways(verdict: Verdict, written: tuple[Claim, Claim], tol: Tolerances, zone: str) -> Verdict:
    """The better of a time read across to the scene's clock (``verdict``)
    and read as written, for a clock of a country the report names besides
    the scene's ("11:32 pm IST" of a quake in Nepal felt in India,
    ``both_clocks``): the report's scene may be the other country, so an
    agreement either way is only compatible."""
    a, b = (_as_written(c) for c in written)
    other = _across_midnight(a, b, tol, (_sided(a), _sided(b)))
    best = verdict if other is None or RANK[verdict.status] <= RANK[other.status] else other
    status = Status.compatible if best.status is Status.agree else best.status
    where = f"read in {zone} and as written: one report names places of two countries' clocks"
    return Verdict(status, f"{best.explanation} ({where})", best.distance)


def _as_written(claim: Claim) -> Claim:
    """A time on a named clock as its report wrote it, on no other clock:
    its zone and shift dropped, so the judge reads it as local."""
    if not _on_other_clock(claim):
        return claim
    return claim.model_copy(update={"details": claim.time.replace(tz="local", utc_offset=None)})


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


def _across_midnight(a: Claim, b: Claim, tol: Tolerances, sides: tuple[str, str] | None) -> Verdict | None:
    """The numeric verdict on two clock times, the clock read round midnight:
    "11:57 p.m." and "just before midnight" are minutes apart, not a day.
    The two are named by ``sides`` (:func:`judge_numeric`), else as
    :func:`describe` gives them."""
    verdict = judge_numeric(a, b, tol, sides)
    if verdict is None or verdict.status is not Status.conflict:
        return verdict
    named_a, named_b = sides or (describe(a), describe(b))
    for day in (-1440.0, 1440.0):
        other = judge_numeric(a, _moved(b, day), tol)
        if other is not None and RANK[other.status] < RANK[verdict.status]:
            return Verdict(
                other.status, f"{named_a} vs {named_b}: {other.explanation.split(': ')[-1]}", other.distance
            )
    return verdict


def _on_two_named_clocks(a: Claim, b: Claim) -> bool:
    """Whether two times are each left on a named clock of their own, the
    two clocks' names not one ("7:15 p.m. PT" of a report placed only by
    "Canada" against "10:15 p.m. ET"; "2:40pm AEST" against "3:40pm AEDT"
    of one Sydney quake): the knowledge layer read neither on a place's
    clock, so the two are set side by side on the gap of their clocks."""
    tz_a, tz_b = a.time.tz or "", b.time.tz or ""
    return tz_a != tz_b and tz_a in zone_clocks() and tz_b in zone_clocks()


def _across_named_clocks(
    a: Claim, b: Claim, tol: Tolerances, sides: tuple[str, str] | None
) -> Verdict | None:
    """The best verdict of ``b`` read on ``a``'s clock by each gap the two
    clocks' names allow (:func:`reportcheck.knowledge.timezones.clock_gaps`),
    none where no gap is sure.  Two readings (a clock's summer letters and
    its winter letters: one set is out of season, which the writer may have
    meant as the day's clock) make an agreement only compatible: which one
    the writer meant is not written."""
    gaps = clock_gaps(a.time.tz or "", b.time.tz or "")
    named = sides or (describe(a), describe(b))
    readings = []
    for gap in sorted(gaps):
        moved = _moved(b, float(gap))
        verdict = _across_midnight(a, moved, tol, named)
        if verdict is not None:
            readings.append(verdict)
    if not readings:
        return None
    best = min(readings, key=lambda v: RANK[v.status])
    where = f"{b.time.tz} read on {a.time.tz}'s clock"
    if len(gaps) > 1:
        status = Status.compatible if best.status is Status.agree else best.status
        where = f"{where}, by its letters and by its day's clock: one report's letters are out of season"
        return Verdict(status, f"{best.explanation} ({where})", best.distance)
    return Verdict(best.status, f"{best.explanation} ({where})", best.distance)


def _judge_clock(a: Claim, b: Claim, tol: Tolerances, sides: tuple[str, str] | None) -> Verdict | None:
    """The verdict on two clock times read on one clock.  ``sides`` name the
    two in the explanation (their side words quoted: :func:`_sided`); a GMT
    time read on the local clock is named by its conversion instead ("12:15
    GMT = 15:15 local"), which says what was judged, after the same side
    words ("shortly before 12:15 GMT = 15:15 local"): the hedge widened the
    converted time as it did the written one, and without its words the
    explanation reads as a firm clock time."""
    if _on_other_clock(a) or _on_other_clock(b):
        zone = next(c.time.local_zone for c in (a, b) if c.time.local_zone)
        both = a.time.both_clocks or b.time.both_clocks
        written = a, b
        a, b = (_as_local(c) or c if _on_other_clock(c) else c for c in (a, b))
        verdict = _judge_clock(a, b, tol, (_sided(a), _sided(b)))
        if verdict is None:
            return None
        if both:
            return _read_both_ways(verdict, written, tol, zone)
        return Verdict(verdict.status, f"{verdict.explanation} (read in {zone})", verdict.distance)
    if _zone(a) != _zone(b):
        universal, local = (a, b) if _zone(a) == "universal" else (b, a)
        named = named_offset(local.time.tz or "")
        stated = local.time.utc_offset if local.time.utc_offset is not None else named
        converted = _as_local(universal, stated)
        if converted is None:
            return None  # GMT against local time, and no place gives the offset
        verdict = _judge_clock(converted, local, tol, (_sided(converted), _sided(local)))
        if verdict is None:
            return None
        if local.time.utc_offset is not None:
            zone = "the offset the other report gives"
        elif named is not None:
            zone = f"{local.time.tz}, the zone the other report names"
        else:
            zone = universal.time.local_zone or "the local zone"
        return Verdict(verdict.status, f"{verdict.explanation} (GMT read in {zone})", verdict.distance)
    if _on_two_named_clocks(a, b):
        return _across_named_clocks(a, b, tol, sides)
    verdict = _across_midnight(a, b, tol, sides)
    if verdict is None:
        return None
    notes = [n for c in (a, b) for n in c.notes if "midnight" in n or "noon" in n]
    if notes and verdict.status is Status.conflict:
        return Verdict(verdict.status, f"{verdict.explanation} ({notes[0]})", verdict.distance)
    return verdict
