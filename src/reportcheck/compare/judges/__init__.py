"""Judging one pair of claims: agree, compatible, conflict, or not comparable.

* agree: the same value, within the rounding of what was written;
* compatible: both can be true (a bound and a value inside it, overlapping
  ranges, a place and the region that contains it, a weapon and its class);
* conflict: both cannot be true.
A judge returns ``None`` when the two claims are not about the same thing
(two different people, two unrelated places): they are then not paired.

The judges live one family to a module: :mod:`.verdict` (what a judge
returns), :mod:`.numeric` (figures and rounding, distances), :mod:`.counts`,
:mod:`.clock` (times), :mod:`.days` (dates), :mod:`.magnitude`,
:mod:`.people` (ages and names), :mod:`.places` and :mod:`.weapons`.  This
module holds the table that chooses a judge by claim kind, and the names the
rest of ``compare`` imports.
"""

from __future__ import annotations

from reportcheck.compare.judges.clock import judge_time
from reportcheck.compare.judges.counts import judge_count
from reportcheck.compare.judges.days import judge_date
from reportcheck.compare.judges.magnitude import judge_magnitude
from reportcheck.compare.judges.numeric import judge_distance, judge_numeric
from reportcheck.compare.judges.people import judge_age, judge_group_age, judge_person
from reportcheck.compare.judges.places import judge_location
from reportcheck.compare.judges.verdict import RANK, Verdict, describe, figure_words
from reportcheck.compare.judges.weapons import AMMUNITION, judge_weapon
from reportcheck.knowledge.tolerance import DEFAULT, Tolerances
from reportcheck.models import Claim, ClaimKind

__all__ = [
    "AMMUNITION",
    "JUDGES",
    "RANK",
    "Verdict",
    "describe",
    "figure_words",
    "judge",
    "judge_age",
    "judge_count",
    "judge_date",
    "judge_distance",
    "judge_group_age",
    "judge_location",
    "judge_magnitude",
    "judge_numeric",
    "judge_person",
    "judge_time",
    "judge_weapon",
]


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
