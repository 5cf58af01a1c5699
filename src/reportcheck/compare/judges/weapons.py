"""Judging two weapons by the weapon taxonomy and their calibres.

Two weapons agree, one is a class of the other ("a handgun", "a pistol"),
or they differ; a calibre given by both decides first, and a bullet
(:data:`AMMUNITION`) names its gun by calibre alone.
"""

from __future__ import annotations

import math

from reportcheck.compare.judges.verdict import Verdict
from reportcheck.knowledge.tolerance import DEFAULT, Tolerances
from reportcheck.knowledge.weapons import weapon_tree
from reportcheck.models import Claim, Status

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
