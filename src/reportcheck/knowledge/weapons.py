"""The weapon taxonomy: weapon classes in a tree, and the words for each.

"an automatic weapon" and "a machine gun" describe one gun at two levels of
detail; "a .357 magnum" and "a handgun" likewise.  The tree is data
(``rules/weapons.yaml``): the weapon extractor finds its words in a report,
the comparer asks it whether two classes are the same, one inside the
other, or different.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reportcheck.knowledge.rules import Strict, load_rule_file


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
