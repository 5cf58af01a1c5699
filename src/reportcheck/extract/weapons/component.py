"""Weapons, placed in a class tree so compatible descriptions are recognised.

"an automatic weapon" and "a machine gun" describe one gun at two levels of
detail; "a .357 magnum" and "a handgun" likewise.  The tree lives in
``rules/weapons.yaml`` (read by :mod:`reportcheck.knowledge.weapons`); this
module finds the phrases (with an optional calibre) and records the class,
the calibre and the class's ancestors.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from reportcheck.details import WeaponDetails
from reportcheck.extract.core.base import RawClaim, add_claim, register_extractor, text_of
from reportcheck.knowledge.weapons import weapon_tree
from reportcheck.models import ClaimKind, Value


def _normal_calibre(raw: str | None) -> str | None:
    if not raw:
        return None
    digits = re.sub(r"[^\d]", "", raw)
    unit = "gauge" if "gauge" in raw.lower() else "mm" if "mm" in raw.lower() else "caliber"
    return f"{digits} {unit}" if digits else None


def find_weapons(text: str) -> list[tuple[int, int, str, str | None]]:
    """(start, end, class, calibre) for each weapon phrase in ``text``."""
    tree = weapon_tree()
    found = []
    for match in tree.pattern.finditer(text):
        cls = tree.class_of(match.group("word"))
        if cls is None:
            continue
        found.append((match.start(), match.end(), cls, _normal_calibre(match.group("calibre"))))
    return found


_FIGURATIVE = re.compile(
    r"\b(?:arms?\s+(?:race|length|deal)|up\s+in\s+arms|smoking\s+gun|gun\s+control|gun\s+laws?)\b", re.I
)


def extract_weapons(doc: Doc) -> None:
    """Add a weapon claim for every weapon phrase outside figurative uses."""
    tree = weapon_tree()
    for start, end, cls, calibre in find_weapons(text_of(doc)):
        window = text_of(doc)[max(0, start - 12) : end + 12]
        if _FIGURATIVE.search(window) or cls == "ammunition" and not calibre:
            continue  # "gun control"; a bullet without a calibre says nothing of the gun
        label = f"{calibre} {cls}" if calibre else cls
        details = WeaponDetails(
            weapon_class=cls, ancestors=",".join(sorted(tree.ancestors(cls))), calibre=calibre or None
        )
        claim = RawClaim(
            kind=ClaimKind.weapon,
            start=start,
            end=end,
            subject="weapon",
            subject_label="weapon used",
            value=Value(name=cls, label=label),
            details=details,
        )
        add_claim(doc, claim)


register_extractor("reportcheck_weapons", extract_weapons)
