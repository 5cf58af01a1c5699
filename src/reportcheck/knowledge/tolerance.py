"""How much two stated values may differ and still describe the same fact.

The rules (docs/contract.md, "What the statuses mean"):

* rounding: a value is as exact as its last written digit ("five miles" is
  4.5-5.5 miles), so a conversion that matches within rounding agrees;
* hedges ("about", "around") widen a value by normal rounding only: about 9:30
  vs 9:27 is compatible, about 3pm vs 3:45pm or about 20 vs 26 miles are not;
* a hedged round count ("some 80 people", "about 300", "around 1,200") covers
  what rounds to it at its own precision, the place of its last non-zero
  digit: some 80 is 75-84, so 86 (which a reporter tells as "some 85" or
  "nearly 90") is not it, nor is "about 90" (85-94), and about 300 is
  250-349; counts under ten, figures not round ("about 86"), ending in 5
  ("some 150") or a lone 1 or 2 ("about 100", "some 20"), whose step the
  figure does not show, keep the relative hedge (about 100 is 90-110);
* counts are exact unless hedged or bounded, or round: "600 were killed"
  is how a reporter writes 612 dead (a count in hundreds covers the figures
  that round to it, at most half the hedge's share either side: 570-630);
* a clock time on the five minutes covers the minutes that round to it:
  "at 3:30 a.m." and "3:31 a.m." are one time, 7:35 and 7:38 are not;
* a distance in whole tens is a rounded one: "60 km south-west of" the town
  is how a reporter writes the agency's 58 km, and it agrees with "35
  miles" (56 km) of another report (to the ten, at most half the hedge's
  share either side, as for a round count: 57-63 km, so 50 and 60 km
  still differ, and "700 metres" covers 695-705).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportcheck.models import Claim, ClaimKind, Interval


def _tolerance(default: float, most: float) -> float:
    """A tolerance field with the largest value a newsroom may set: past it the
    tolerance no longer tells values apart (a 200% hedge makes 20 and 50 agree)."""
    return field(default=default, metadata={"max": most})


@dataclass(frozen=True)
class Tolerances:
    """The settings a newsroom may tune (``[tool.reportcheck.tolerances]``, see
    reportcheck.settings), each with its default and the largest value allowed."""

    hedge_relative: float = _tolerance(0.10, 0.5)  # "about 20" covers 18-22
    hedge_count_minimum: float = _tolerance(1.0, 10.0)  # "about 5 people" covers 4-6
    hedge_minutes_hour: float = _tolerance(20.0, 60.0)  # "about 3pm" covers 2:40-3:20
    hedge_minutes_quarter: float = _tolerance(10.0, 30.0)  # "about 9:30" covers 9:20-9:40
    hedge_minutes_other: float = _tolerance(5.0, 15.0)  # "about 9:27" covers 9:22-9:32
    hedge_magnitude: float = _tolerance(0.1, 0.5)  # "about 6.0" covers 5.9-6.1
    date_days: float = _tolerance(1.0, 7.0)  # a day either side: overnight events, datelines in other zones
    age_years: float = _tolerance(0.0, 5.0)  # a named person's ages this many years apart are compatible


DEFAULT = Tolerances()


def _time_hedge(minutes: float, tol: Tolerances) -> float:
    if minutes % 60 == 0:
        return tol.hedge_minutes_hour
    if minutes % 15 == 0:
        return tol.hedge_minutes_quarter
    return tol.hedge_minutes_other


def hedge_margin(claim: Claim, tol: Tolerances = DEFAULT) -> float:
    """How far a hedged claim's value may stray, in its unit (below it, for a
    hedged round count: :func:`widened` takes one less above, as the half
    step rounds up)."""
    if not claim.is_hedged or claim.value.written is None:
        return 0.0
    written = claim.value.written
    if claim.kind is ClaimKind.time:
        return _time_hedge(written, tol)
    if claim.kind is ClaimKind.magnitude:
        # "about 6.0": the writer does not vouch for the tenth
        return max(claim.value.precision, tol.hedge_magnitude)
    if claim.kind in (ClaimKind.date, ClaimKind.age):
        return claim.value.precision
    if (step := count_step(claim)) is not None:
        return step / 2
    margin = abs(written) * tol.hedge_relative
    if claim.value.unit == "people":
        margin = max(tol.hedge_count_minimum, round(margin))
    return max(margin, claim.value.precision)


#: the kinds whose values are counts of people or things
COUNT_KINDS = frozenset(
    {ClaimKind.killed, ClaimKind.injured, ClaimKind.missing, ClaimKind.arrested, ClaimKind.other_count}
)
#: the hedge categories that say the figure is rounded ("about", "some",
#: "an estimated"), not that the claim is in doubt ("reportedly")
APPROXIMATE = "approximate"


def is_approximate(claim: Claim) -> bool:
    """True if a cue says the claim's figure is a rounded one ("some 80")."""
    return any(cue.category == APPROXIMATE for cue in claim.hedges)


def count_step(claim: Claim) -> float | None:
    """The step a hedged round count ("some 80 people") was rounded to, or None
    (also for a hedged range, "around 30 or 40 people", which says its own reach)."""
    written = claim.value.written
    if claim.kind not in COUNT_KINDS or written is None or not is_approximate(claim):
        return None
    if not claim.value.low == claim.value.high == written:
        return None
    return rounding_step(written)


def rounding_step(written: float) -> float | None:
    """The step a hedged round count was rounded to: ten to the place of its
    last non-zero digit (80 -> 10, 300 and 1,200 -> 100), so the count
    covers half a step either side.

    None, and the hedge stays relative, where the figure does not show its
    step: under ten; not round ("about 86"); ending in a 5 ("some 150",
    which may be a rounding to the half); and a lone 1 or 2 (10, 20, 100,
    200, 1,000), where half a step would be a quarter of the figure or more:
    "about 100" is no 140, and "150 metres" against "about 200 metres" (ECB+)
    is another figure, not a rounding."""
    whole = round(written)
    if abs(written - whole) > 1e-9 or whole < 10 or whole % 10:
        return None
    step = 10
    while whole % (step * 10) == 0:
        step *= 10
    if whole // step % 10 == 5 or whole in (step, 2 * step):
        return None
    return float(step)


#: minutes either side a clock time on the five minutes covers (what rounds to it)
ROUND_MINUTES = 2.0


def round_margin(claim: Claim, tol: Tolerances = DEFAULT) -> float:
    """How far an unhedged round figure may stray: reporters round big tolls
    to the hundred ("600 killed" for 612) and clock times to five minutes
    ("3:30 a.m." for 3:31) and distances to the ten ("60 km" for 58); small
    counts, other times and other figures stay exact."""
    written = claim.value.written
    if claim.is_hedged or written is None or claim.value.low != claim.value.high:
        return 0.0
    if claim.kind is ClaimKind.time:
        return ROUND_MINUTES if written % 5 == 0 else 0.0
    if claim.kind in COUNT_KINDS and written >= 100 and written % 100 == 0:
        return min(50.0, written * tol.hedge_relative / 2)
    if claim.kind in ROUNDED_MEASURES and (step := _tens_step(claim)) is not None:
        return min(step / 2, written * tol.hedge_relative / 2)
    return 0.0


#: measured kinds reporters round to the ten ("60km south-west of Bandar
#: Abbas", "some 200 miles off the coast"): a distance, never a depth (a
#: quake's depth of 10 km is the agency's fixed figure) nor a count
ROUNDED_MEASURES = frozenset({ClaimKind.distance})


def _tens_step(claim: Claim) -> float | None:
    """The step, in the claim's unit, of a figure written in whole tens in
    its own unit ("60km", "700 metres", "2,000 feet"): ten of its last
    digit, never more ("700 metres" may be a figure to the ten, so it
    covers 695-705 m, not 650-750: "about 600 metres" against it stays a
    conflict).  None for another figure ("35 miles", "2.5 km", "seven
    miles"), or one under ten.

    The value is kept in a base unit (metres), so the figure as written is
    read back through the precision: half the step of its last digit."""
    written, precision = claim.value.written, claim.value.precision
    if written is None or precision <= 0:
        return None
    digits = written / (2 * precision)  # the figure in steps of its last digit: 60 for "60km"
    whole = round(digits)
    if abs(digits - whole) > 1e-6 or whole < 10 or whole % 10:
        return None
    return 2 * precision * 10


def widened(claim: Claim, tol: Tolerances = DEFAULT) -> list[Interval]:
    """The claim's readings, each widened by rounding and hedge margins."""
    below = above = max(claim.value.precision, hedge_margin(claim, tol), round_margin(claim, tol))
    if (step := count_step(claim)) is not None:
        above = step / 2 - 1  # 85 rounds up to 90: "some 80" is 75-84, "about 90" 85-94
    out = []
    for interval in claim.value.intervals():
        low = None if interval.low is None else interval.low - below
        high = None if interval.high is None else interval.high + above
        out.append(Interval(low=low, high=high))
    return out


#: kinds whose figures a reporter rounds to their last significant digit
#: ("about 30 km", "some 300 people", "about 6.0"): not a clock time or a
#: day, rounded to the hour or the week, nor an age (its own reach,
#: ``age_hedge_reach`` of rules/people.yaml)
DECIMAL_KINDS = frozenset(
    {
        *COUNT_KINDS,
        ClaimKind.distance,
        ClaimKind.depth,
        ClaimKind.height,
        ClaimKind.magnitude,
        ClaimKind.other_quantity,
    }
)


def significant_step(claim: Claim) -> float | None:
    """The step of a written figure's last significant digit, in its unit:
    "30 km" -> 10 km, "300 km" and "1,200 people" -> 100, "120 kilometers"
    -> 10 km, "6.1" -> 0.1; None where the figure does not show its digits
    (no precision recorded) or is zero.  A count is kept as written, in
    units: its last digit's step is one."""
    written, precision = claim.value.written, claim.value.precision
    if precision <= 0 and claim.kind in COUNT_KINDS:
        precision = 0.5
    if written is None or precision <= 0 or written == 0:
        return None
    digit = 2 * precision  # the step of the last digit written: 1 km for "30 km"
    digits = abs(written) / digit
    whole = round(digits)
    if abs(digits - whole) > 1e-6 or whole == 0:
        return None
    step = 1
    while whole % (step * 10) == 0:
        step *= 10
    return step * digit


#: minutes in a day: a clock's reach is read round midnight too
_DAY_MINUTES = 1440.0


def _clock_step(minutes: float) -> float:
    """The step a clock time is written to: the hour ("about 3 p.m."), the
    quarter ("around 9:30", "about 2:45"), the five minutes ("about 1:40")
    or the minute ("about 9:27")."""
    for step in (60.0, 15.0, 5.0):
        if minutes % step == 0:
            return step
    return 1.0


def _clock_reach(claim: Claim, tol: Tolerances) -> list[Interval] | None:
    """The widest a reporter's rounding lets a hedged clock time reach: half
    its step (the hour a reporter rounds "about 3 p.m." to covers 2:30-3:30)
    or the hedge's own margin where that is wider ("around 9:30" 9:20-9:40,
    "about 1:40" 1:35-1:45); each reading also a day on either side, so a
    time before midnight meets one just after it.  None for a firm time,
    whose exactness is the clock judge's, and for a day part's span."""
    value = claim.value
    if not claim.is_hedged or value.written is None or value.low != value.high:
        return None
    reach = max(hedge_margin(claim, tol), _clock_step(value.written) / 2)
    return [
        Interval(low=i.low - reach + shift, high=i.high + reach + shift)
        for i in value.intervals()
        if i.low is not None and i.high is not None
        for shift in (-_DAY_MINUTES, 0.0, _DAY_MINUTES)
    ]


def hedge_reach(claim: Claim, tol: Tolerances = DEFAULT) -> list[Interval] | None:
    """The widest a reporter's rounding lets a hedged figure reach: half the
    step of its last significant digit ("about 30 km" is 25-35 km, "some 300
    km" 250-350 km, "about 120 kilometers" 115-125), or the hedge's own
    margin where that is wider (:func:`hedge_margin`: "about 86" reaches
    77-95, "about 5 people" 4-6).  Wider than :func:`widened` on purpose:
    two hedged figures whose reaches do not meet ("about 30 km" and "about
    50km") cannot be one figure rounded two ways, so the hedge explains
    nothing of their difference.  A firm figure reaches its own rounding
    (:func:`widened`).  None for a kind not rounded by its digits
    (:data:`DECIMAL_KINDS`), or a range or a bound, which says its own reach;
    a hedged clock time reaches the hour, quarter or minutes it is rounded to
    (:func:`_clock_reach`)."""
    value = claim.value
    if claim.kind is ClaimKind.time:
        return _clock_reach(claim, tol)
    if (
        claim.kind not in DECIMAL_KINDS
        or value.written is None
        or not value.low == value.high == value.written
    ):
        return None
    if not claim.is_hedged:
        return widened(claim, tol)
    step = significant_step(claim)
    reach = max(hedge_margin(claim, tol), value.precision, 0.0 if step is None else step / 2)
    return [
        Interval(low=i.low - reach, high=i.high + reach)
        for i in value.intervals()
        if i.low is not None and i.high is not None
    ]
