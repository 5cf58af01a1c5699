"""The weapon taxonomy: weapon classes in a tree, and the words for each.

"an automatic weapon" and "a machine gun" describe one gun at two levels of
detail; "a .357 magnum" and "a handgun" likewise.  The tree is data
(``rules/weapons.yaml``): the weapon extractor finds its words in a report,
the comparer asks it whether two classes are the same, one inside the
other, or different.  The same file names the spots that hold every other
spot of an incident ("the scene"), which the comparer's judge of weapon
places reads (:func:`holds_every_spot`).
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
    security_wielders: list[str]
    wielding_verbs: list[str]
    security_classes: list[str]
    war_classes: list[str]
    whole_spots: list[str]


#: a model designation: letters then digits ("ak-47", "ar-15", "m16")
_DESIGNATION = re.compile(r"^(?P<letters>[a-z]+)[\s-]?(?P<digits>\d+)$")


def fold(word: str) -> str:
    """The key a weapon word is looked up by: lower case, without the spaces
    and hyphens reporters write or leave out ("AK47", "AK 47", "AK-47";
    "machine gun", "machinegun")."""
    return re.sub(r"[\s-]+", "", word.lower())


def _word_pattern(word: str) -> str:
    """The regular expression of one weapon word: a space or hyphen where the
    word has one may be either; a designation's letters and digits may be
    written apart, hyphenated or together."""
    designation = _DESIGNATION.match(word)
    if designation:
        return rf"{designation['letters']}[\s-]?{designation['digits']}s?"
    return re.escape(word).replace(r"\ ", r"[\s-]").replace(r"\-", r"[\s-]") + _plural(word)


def _plural(word: str) -> str:
    """The plural ending a weapon word may take: "knives" aside, "-es" only after
    a hiss ("machetes" is "machete" + "s"), so "Bates" is no plural of "bat"."""
    return "(?:es)?" if re.search(r"(?:s|x|z|ch|sh)$", word) else "s?"


@dataclass(frozen=True)
class WeaponTree:
    parents: dict[str, tuple[str, ...]]
    pattern: re.Pattern[str]
    class_of_word: dict[str, str]
    #: lemmas of the security forces' words (the subject that wields a weapon)
    security_wielders: frozenset[str] = frozenset()
    #: classes only the security forces wield ("stun grenade")
    security_classes: frozenset[str] = frozenset()
    #: lemmas of the verbs of wielding a weapon ("fire", "throw", "respond")
    wielding_verbs: frozenset[str] = frozenset()
    #: classes an army fires as the attack itself ("air strike", "missile"):
    #: with their kinds, never the security forces' response
    war_classes: frozenset[str] = frozenset()

    def class_of(self, written: str) -> str | None:
        """The class a weapon word as written names, however it is spaced, in
        the singular or the plural its pattern allows ("bombs", "AK-47s", "bushes")."""
        key = fold(written)
        for candidate in (key, key.removesuffix("s"), key.removesuffix("es")):
            if candidate in self.class_of_word:
                return self.class_of_word[candidate]
        return None

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
        """ "same", "contains" (one is a broader class of the other), "overlaps"
        (one gun can be both: a pistol is a handgun and a semi-automatic weapon)
        or "differs"."""
        if a == b:
            return "same"
        if a in self.ancestors(b) or b in self.ancestors(a):
            return "contains"
        if any({a, b} <= self.ancestors(name) for name in self.parents):
            return "overlaps"
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
            class_of_word[fold(word)] = name
    words = sorted({w for cls in rules.classes.values() for w in cls.words}, key=len, reverse=True)
    alternatives = "|".join(_word_pattern(w) for w in words)
    pattern = re.compile(
        rf"(?P<calibre>{rules.calibre_pattern}\s?)?\b(?P<word>{alternatives})\b", re.IGNORECASE
    )
    parents = {name: tuple(cls.parents) for name, cls in rules.classes.items()}
    for name in (*rules.security_classes, *rules.war_classes):
        if name not in rules.classes:
            raise ValueError(f"security or war class {name!r} is no weapon class")
    return WeaponTree(
        parents,
        pattern,
        class_of_word,
        frozenset(rules.security_wielders),
        frozenset(rules.security_classes),
        frozenset(rules.wielding_verbs),
        frozenset(rules.war_classes),
    )


@cache
def _whole_spots() -> frozenset[str]:
    return frozenset(load_rule_file("weapons.yaml", WeaponRules).whole_spots)


def holds_every_spot(name: str) -> bool:
    """ "the scene", "the site": a weapon's place that any spot named more
    closely ("the ground next to the car") lies in.  The comparer asks it of
    two weapon places' names, so it lives here and not in the extractor."""
    return name.lower() in _whole_spots()
