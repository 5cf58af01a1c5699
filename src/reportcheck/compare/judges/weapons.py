"""Judging two weapons by the weapon taxonomy and their calibres.

Two weapons agree, one is a class of the other ("a handgun", "a pistol"),
or they differ; a calibre given by both decides first, then the gun models
both name ("an AK-47" is no "R5 assault rifle", though both are assault
rifles), and a bullet (:data:`AMMUNITION`) names its gun by calibre alone.
"""

from __future__ import annotations

import math

from reportcheck.compare.judges.verdict import Verdict
from reportcheck.knowledge.tolerance import DEFAULT, Tolerances
from reportcheck.knowledge.weapons import GunModel, model_relation, weapon_tree
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
    if relation != "differs":
        told = _by_model(a, b, text)
        if told is not None:
            return told
    if relation == "same":
        return Verdict(Status.agree, f"{text}: the same weapon")
    if relation == "contains":
        return Verdict(Status.compatible, f"{text}: one is a broader class of the other", 1.0)
    if relation == "overlaps":
        return Verdict(Status.compatible, f"{text}: one weapon can be both", 1.0)
    if cal_a and cal_a == cal_b:
        return Verdict(Status.compatible, f"{text}: the same calibre", 1.0)
    return Verdict(Status.conflict, f"{text}: different kinds of weapon", math.inf)


def _by_model(a: Claim, b: Claim, text: str) -> Verdict | None:
    """The verdict the gun models of two weapons of one kind give: two models
    are two guns ("an AK-47" and "an R5 assault rifle", "a Glock 17" and "a
    Glock 19"); a model and its class, or its maker, tell one gun less
    closely; None when neither names a model or both name the same."""
    model_a = GunModel(a.weapon.maker, a.weapon.model)
    model_b = GunModel(b.weapon.maker, b.weapon.model)
    if model_a == GunModel() and model_b == GunModel():
        return None
    if model_a == GunModel() or model_b == GunModel():
        return Verdict(Status.compatible, f"{text}: a gun model and its class", 1.0)
    relation = model_relation(model_a, model_b)
    if relation == "differs":
        return Verdict(Status.conflict, f"{text}: different gun models", math.inf)
    if relation == "contains":
        return Verdict(Status.compatible, f"{text}: one names the gun more closely", 1.0)
    return None
