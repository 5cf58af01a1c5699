"""Judging two figures of one unit: the same, within rounding, or apart.

Most kinds of figure (counts, ages, days, clock times, distances, sums) come
down to :func:`judge_numeric`, which compares the two values widened by their
rounding and hedges (:func:`reportcheck.knowledge.tolerance.widened`) and, when a
hedged round count is involved, says in an editor's words what it covers.
Distances from one anchor are judged here too, their bearings first.
"""

from __future__ import annotations

import math

from reportcheck.compare.judges.verdict import Verdict, describe, figure_words
from reportcheck.knowledge.tolerance import (
    APPROXIMATE,
    DEFAULT,
    Tolerances,
    count_step,
    round_margin,
    widened,
)
from reportcheck.knowledge.vocabulary import bearing_degrees
from reportcheck.models import Claim, ClaimKind, Interval, Status


def point_of(claim: Claim) -> float | None:
    """The one figure a claim writes ("22"), or None for a bound or a range: the
    numeric, count and magnitude judges set such figures against each other."""
    v = claim.value
    return v.written if v.written is not None and v.low == v.high else None


def _gap(a: list[Interval], b: list[Interval]) -> float:
    return min(x.gap(y) for x in a for y in b)


def _points_agree(a: Claim, b: Claim) -> bool:
    pa, pb = point_of(a), point_of(b)
    if pa is None or pb is None:
        return False
    readings_a = [pa, *[i.low for i in a.value.alternatives if i.low is not None and i.low == i.high]]
    readings_b = [pb, *[i.low for i in b.value.alternatives if i.low is not None and i.low == i.high]]
    slack = a.value.precision + b.value.precision + 1e-6
    return any(abs(x - y) <= slack for x in readings_a for y in readings_b)


#: measured kinds whose figures are as exact as their last written digit
#: (a count, an age, a day or a clock time is exact or rounded by its own rules)
MEASURED = frozenset({ClaimKind.distance, ClaimKind.height, ClaimKind.depth, ClaimKind.other_quantity})


def _finer_rounds_apart(a: Claim, b: Claim) -> str | None:
    """Why two figures of one unit written to two steps are not one figure
    rounded, or None.

    A figure is as exact as its last written digit, so a bare "1-mile
    radius" may stand for 0.6 or 1.4 miles; but where the other report
    writes the finer figure itself ("a 1.5-mile radius"), the coarse one is
    what that figure rounds to, or it is another figure: 1.5 rounds to 2,
    so "1 mile" is not it; nor is "2 miles" for a distance from no named
    place (:func:`_told_in_half_steps`).  Only two unhedged figures written in one unit
    (their steps a power of ten apart: miles against tenths of a mile, not
    miles against kilometres, whose rounding the windows still judge), and
    not a distance in whole tens, which reporters round further
    (:func:`reportcheck.knowledge.tolerance.round_margin`)."""
    pa, pb = point_of(a), point_of(b)
    if a.kind not in MEASURED or pa is None or pb is None or pa == pb or a.is_hedged or b.is_hedged:
        return None
    (coarse, coarse_at), (fine, fine_at) = sorted(((a, pa), (b, pb)), key=lambda x: -x[0].value.precision)
    if fine.value.precision <= 0 or round_margin(coarse) > 0:
        return None
    tenfold = math.log10(coarse.value.precision / fine.value.precision)
    if tenfold < 1 - 1e-6 or abs(tenfold - round(tenfold)) > 1e-6:
        return None
    step = 2 * coarse.value.precision
    rounded = step * math.floor(fine_at / step + 0.5 + 1e-9)
    unit = a.value.unit
    fine_said, coarse_said = fine.evidence.text.strip(), coarse.evidence.text.strip()
    if abs(rounded - coarse_at) <= 1e-6 * step:
        if _told_in_half_steps(fine, fine_at, step):
            return (
                f"'{fine_said}' lies on the half step, a figure written as it is, "
                f"so '{coarse_said}' is not its rounding"
            )
        return None
    return (
        f"'{fine_said}' is written to a finer step than '{coarse_said}' "
        f"and rounds to {figure_words(rounded, unit)}, not {figure_words(coarse_at, unit)}"
    )


#: the frame of a distance told from no named place ("within a 2 km
#: radius", "fell 1.5 metres"), which the writer states as he has it
UNANCHORED_DISTANCE = "distance"


def _told_in_half_steps(fine: Claim, fine_at: float, step: float) -> bool:
    """Whether a finer figure sits on the half of the coarse one's step ("a
    1.5 km radius" against "a 2 km radius"), a figure reporters write as
    it is: no one holding 1.5 km writes 2 km, so the coarse figure is
    another one, not its rounding.  Only a distance from no named place:
    an agency's "12.5 km south-west of" a town is rounded by other outlets
    to "13 km" (see :func:`_finer_rounds_apart` for the rest)."""
    if fine.kind is not ClaimKind.distance or fine.frame.measure != UNANCHORED_DISTANCE:
        return False
    half = fine_at / step - math.floor(fine_at / step)
    return abs(half - 0.5) <= 1e-6


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


def judge_numeric(
    a: Claim, b: Claim, tol: Tolerances = DEFAULT, sides: tuple[str, str] | None = None
) -> Verdict | None:
    """The verdict on two figures by their spans.  ``sides`` are the words
    the explanation names the two by, where a judge that calls this one
    knows them better than :func:`describe` (the clock judge quotes "after
    22:00 (10 p.m.)", the span a bound reaches being what was judged)."""
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
    named_a, named_b = sides or (describe(a), describe(b))
    text = f"{named_a} vs {named_b}"
    finer = _finer_rounds_apart(a, b) if _points_agree(a, b) or gap <= 0 else None
    if finer is not None:
        # the windows meet only by the coarse figure's rounding, which the finer one rules out
        return Verdict(Status.conflict, f"{text}: {_fmt_gap(0.0, a, b)}; {finer}", _fmt_distance(a, b))
    if _points_agree(a, b):
        same = "the same" if point_of(a) == point_of(b) else "the same within rounding"
        return Verdict(Status.agree, f"{text}: {same}")
    if _same_statement(a, b):
        return Verdict(Status.agree, f"{text}: the same bound or range")
    rounding = _rounding_reason(a, b, gap <= 0, tol)
    if gap <= 0:
        return Verdict(Status.compatible, f"{text}: {rounding or 'both can hold'}", _centre_distance(a, b))
    apart = f"{text}: {_fmt_gap(gap, a, b)}"
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
    point = point_of(other)
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
    return covers if point_of(other) is not None else None


def _fmt_distance(a: Claim, b: Claim) -> float:
    """How far two point figures lie apart (both are points where this is asked)."""
    return abs((point_of(a) or 0.0) - (point_of(b) or 0.0))


def _fmt_gap(gap: float, a: Claim, b: Claim) -> str:
    """How far apart two figures are, in words ("3 days apart")."""
    pa, pb = point_of(a), point_of(b)
    unit = a.value.unit
    if pa is not None and pb is not None:
        gap = abs(pa - pb)
    if unit == "min":
        return _minutes_apart(min(gap, 1440 - gap), a, b)
    if unit == "day":
        return f"{int(gap)} days apart"
    return f"{figure_words(gap, unit)} apart"


def _minutes_apart(gap: float, a: Claim, b: Claim) -> str:
    """Two clock times' gap in minutes.  Where a rounding hedge ("about 10:30
    p.m.") narrowed the gap, the gap as written is said first and the
    narrowed one as a floor, so "about 10:30 p.m." against "shortly after
    11 p.m." does not read as 20 minutes apart: "30 min apart as written,
    at least 20 min even allowing for 'about'"."""
    narrowed = f"{int(round(gap))} min apart"
    written = [c.value.written for c in (a, b)]
    hedges = sorted({h.text.lower() for c in (a, b) for h in c.hedges if h.category == APPROXIMATE})
    if None in written or not hedges or a.value.alternatives or b.value.alternatives:
        return narrowed
    assert written[0] is not None and written[1] is not None
    told = abs(written[0] - written[1]) % 1440
    told = min(told, 1440 - told)
    if int(round(told)) <= int(round(gap)):
        return narrowed
    allowing = " and ".join(f"'{h}'" for h in hedges)
    floor = f"at least {int(round(gap))} min even allowing for {allowing}"
    return f"{int(round(told))} min apart as written, {floor}"


def _centre_distance(a: Claim, b: Claim) -> float:
    def centre(c: Claim) -> float:
        lo, hi = c.value.low, c.value.high
        if lo is None:
            return hi or 0.0
        if hi is None:
            return lo
        return (lo + hi) / 2

    return abs(centre(a) - centre(b))
