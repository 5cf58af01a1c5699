"""Judging two magnitudes of one earthquake.

A magnitude is not rounded the way other figures are: agencies give it to
the tenth, so two figures a tenth apart are two figures (a revision, another
agency's), which the plain rounding of
:func:`~reportcheck.compare.judges.numeric.judge_numeric` would call the same.
"""

from __future__ import annotations

from reportcheck.compare.judges.numeric import judge_numeric, point_of
from reportcheck.compare.judges.verdict import Verdict, describe
from reportcheck.knowledge.tolerance import DEFAULT, Tolerances, widened
from reportcheck.models import Claim, Status


def judge_magnitude(a: Claim, b: Claim, tol: Tolerances = DEFAULT) -> Verdict | None:
    """Magnitudes are written to the tenth an agency gives: 6.5 and 6.4 are two
    different figures (a revision, or another agency's), never the same within
    rounding.  Only a figure written coarser ("magnitude 6") or hedged ("about
    6.0") may hold the other as one of its readings."""
    pa, pb = point_of(a), point_of(b)
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
    point = point_of(other)
    return point is not None and any(
        i.low is not None and i.high is not None and i.low - 1e-6 <= point <= i.high + 1e-6
        for i in widened(loose, tol)
    )
