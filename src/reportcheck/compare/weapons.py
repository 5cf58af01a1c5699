"""The one weapon a report names, told more or less closely.

A report that names the gun once by its calibre calls it "the gun" or "the
weapon" in every other sentence: "a loaded .38-caliber revolver was found at
the scene ... he pointed a gun at officers".  Those words are one weapon told
at three levels, not three weapons.  The comparer sets two weapons against
each other only when each report names one (a report may list several guns
without contradicting another that lists one of them), so the broader
mentions must not count as weapons of their own: otherwise a .38 revolver
against the other report's .357 revolver is never set side by side.

A mention is broader than another when its class is above the other's in
the weapon tree (``rules/weapons.yaml``: firearm above handgun above revolver)
and it gives no calibre the other does not.  What is left when every broader
mention is set aside is the report's weapon; two or more left are two or more
weapons, and nothing is contradicted.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportcheck.compare.clusters import Cluster
from reportcheck.compare.judges import AMMUNITION
from reportcheck.knowledge.weapons import GunModel, model_relation, weapon_tree
from reportcheck.models import Claim


def calibres(members: Sequence[Claim]) -> frozenset[str]:
    """The calibres a cluster's mentions give ("357 caliber")."""
    return frozenset(c.weapon.calibre for c in members if c.weapon.calibre)


def gun_model(claim: Claim) -> GunModel:
    """The gun model a weapon mention names ("Colt", "AR-15"), empty for a class alone."""
    return GunModel(claim.weapon.maker, claim.weapon.model)


def _named_parts(model: GunModel) -> int:
    return (model.maker is not None) + (model.model is not None)


def broader(outer: Cluster, inner: Cluster) -> bool:
    """Whether ``outer`` tells ``inner``'s weapon less closely: its class or a
    class above it ("gun" above "revolver", "assault rifle" with "AK-47"), no
    calibre ``inner`` lacks, and no model or less of it ("the rifle" or "the
    Glock" of "a Glock 19 pistol")."""
    a, b = outer.rep.value.name or "", inner.rep.value.name or ""
    if a not in weapon_tree().ancestors(b) or not calibres(outer.members) <= calibres(inner.members):
        return False
    told, closer = gun_model(outer.rep), gun_model(inner.rep)
    if told != GunModel() and model_relation(told, closer) == "differs":
        return False
    fewer = _named_parts(told) < _named_parts(closer)
    return fewer or (a != b and _named_parts(told) == _named_parts(closer))


def one_weapon(side: Sequence[Cluster]) -> Cluster | None:
    """The one weapon a report's mentions name, its closest mention first,
    or None when they name none or several (bullets are not weapons here)."""
    arms = [c for c in side if c.rep.value.name != AMMUNITION]
    closest = [c for c in arms if not any(broader(c, other) for other in arms if other is not c)]
    if len(closest) != 1:
        return None
    return _calibre_first(closest[0])


def one_model(side: Sequence[Cluster]) -> Cluster | None:
    """The one gun model a report names among other weapons, named most
    closely ("an AK-47 rifle" beside "handguns"), or None when it names none
    or two ("an AK-47 and an AR-15" found in a cache)."""
    named = [c for c in side if c.rep.value.name != AMMUNITION and gun_model(c.rep) != GunModel()]
    if not named:
        return None
    fullest = max(named, key=lambda c: _named_parts(gun_model(c.rep)))
    if any(model_relation(gun_model(c.rep), gun_model(fullest.rep)) == "differs" for c in named):
        return None
    return fullest


def one_line_of_classes(first: Cluster, second: Cluster) -> bool:
    """Whether two reports' gun models can be one gun by class: one's class
    is the other's or above it (an AK-47 and an R5, both assault rifles).  A
    model of another class is another gun, not the first told otherwise:
    "shot dead by an officer carrying a Glock 22" against "a gunman armed
    with a Remington 700 rifle" names the officer's pistol and the
    gunman's rifle, two guns, where :func:`one_model` sees one model each."""
    a, b = first.rep.value.name or "", second.rep.value.name or ""
    tree = weapon_tree()
    return a in tree.ancestors(b) or b in tree.ancestors(a)


def _calibre_first(cluster: Cluster) -> Cluster:
    """The cluster with a mention that gives the calibre speaking for it ("a
    revolver ... the .38-caliber revolver"): the judge reads the first mention."""
    members = sorted(cluster.members, key=lambda c: c.weapon.calibre is None)
    return type(cluster)(members)
