"""What a judge returns, and how a verdict names its figures.

Every judge (one module per family of claims beside this one) answers with a
:class:`Verdict`; the comparer ranks verdicts by :data:`RANK` to choose a
claim's closest partner, and the confidence grading and the scopes quote
claims and figures in the same words (:func:`describe`, :func:`figure_words`).
These sit apart from the judges so that every judge, and every module of
``compare`` that builds a verdict of its own, imports them from one place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportcheck.models import Claim, Status


def quoted_sentences(a: Claim, b: Claim) -> str:
    """Both claims' sentences, quoted, as the explanations of checks that set
    two sentences against each other end with them."""
    return f'"{a.evidence.sentence.strip()}" vs "{b.evidence.sentence.strip()}"'


def only_in_one_words(claim: Claim) -> str:
    """How a finding of a claim only one report states tells it, in every
    module that makes one."""
    return f"only report {claim.report + 1} states this: {claim.evidence.text.strip()}"


@dataclass(frozen=True)
class Verdict:
    status: Status
    explanation: str
    distance: float = 0.0  # how far apart, to choose the closest partner


RANK = {Status.agree: 0, Status.compatible: 1, Status.conflict: 2}


def same_figure(verdict: Verdict | None) -> bool:
    """Whether a verdict holds two figures as one (agree or compatible): a
    report's figure told again, or the other report's that it holds."""
    return verdict is not None and verdict.status in (Status.agree, Status.compatible)


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
    if abs(value) >= 100_000:  # "1,500,000 m³", never "1.5e+06 m³"
        return f"{value:,.0f} {unit}".strip()
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
