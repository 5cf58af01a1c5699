"""Weapons, placed in a class tree so compatible descriptions are recognised.

"an automatic weapon" and "a machine gun" describe one gun at two levels of
detail; "a .357 magnum" and "a handgun" likewise.  The tree lives in
``rules/weapons.yaml``; this module finds the phrases (with an optional
calibre) and records the class, the calibre and the class's ancestors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from reportcheck.extract.core.base import RawClaim, add_claim, register_extractor, text_of
from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.models import ClaimKind, Value


class WeaponClass(Strict):
    parents: list[str]
    words: list[str]


class WeaponRules(Strict):
    classes: dict[str, WeaponClass]
    calibre_pattern: str


@dataclass(frozen=True)
class WeaponTree:
    parents: dict[str, tuple[str, ...]]
    pattern: re.Pattern[str]
    class_of_word: dict[str, str]

    def ancestors(self, name: str) -> set[str]:
        """``name`` and every class above it."""
        seen: set[str] = set()
        todo = [name]
        while todo:
            current = todo.pop()
            if current not in seen:
                seen.add(current)
                todo.extend(self.parents.get(current, ()))
        return seen

    def relation(self, a: str, b: str) -> str:
        """ "same", "contains" (one is a broader class of the other) or "differs"."""
        if a == b:
            return "same"
        if a in self.ancestors(b) or b in self.ancestors(a):
            return "contains"
        return "differs"


@cache
def weapon_tree() -> WeaponTree:
    rules = load_rule_file("weapons.yaml", WeaponRules)
    class_of_word = {}
    for name, cls in rules.classes.items():
        for parent in cls.parents:
            if parent not in rules.classes:
                raise ValueError(f"weapon class {name!r} has unknown parent {parent!r}")
        for word in cls.words:
            class_of_word[word] = name
    words = sorted(class_of_word, key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"[\s-]") for w in words)
    pattern = re.compile(
        rf"(?P<calibre>{rules.calibre_pattern}\s?)?\b(?P<word>{alternatives})(?:e?s)?\b", re.IGNORECASE
    )
    parents = {name: tuple(cls.parents) for name, cls in rules.classes.items()}
    return WeaponTree(parents, pattern, class_of_word)


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
        word = re.sub(r"[\s-]+", " ", match.group("word").lower())
        cls = tree.class_of_word.get(word) or tree.class_of_word.get(match.group("word").lower())
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
        attrs = {"class": cls, "ancestors": ",".join(sorted(tree.ancestors(cls)))}
        if calibre:
            attrs["calibre"] = calibre
        claim = RawClaim(
            kind=ClaimKind.weapon,
            start=start,
            end=end,
            subject="weapon",
            subject_label="weapon used",
            value=Value(name=cls, label=label),
            attrs=attrs,
        )
        add_claim(doc, claim)


register_extractor("reportcheck_weapons", extract_weapons)
