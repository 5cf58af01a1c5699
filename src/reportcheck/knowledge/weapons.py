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

from pydantic import Field

from reportcheck.knowledge.rules import Strict, load_rule_file


class WeaponClass(Strict):
    parents: list[str]
    words: list[str]


class WeaponModel(Strict):
    weapon_class: str = Field(alias="class")
    words: list[str]
    #: the name is a maker's ("a Glock"): a number after it is the model ("a Glock 19")
    maker: bool = False


class WeaponRules(Strict):
    classes: dict[str, WeaponClass]
    models: dict[str, WeaponModel]
    makers: list[str]
    model_code: str
    model_descriptors: list[str]
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
class GunModel:
    """A named gun: its maker ("Colt", "Glock") and its model ("AR-15", "19",
    "Kalashnikov"), either of which a report may leave out."""

    maker: str | None = None
    model: str | None = None


def model_relation(a: GunModel, b: GunModel) -> str:
    """ "same", "contains" (one names less of the gun: "a Glock" and "a Glock
    19", "a Colt" and "an AR-15") or "differs" (two makers, or two models: "a
    Glock 17" and "a Glock 19", "an AK-47" and an "R5")."""
    pairs = [(fold(x), fold(y)) for x, y in ((a.maker, b.maker), (a.model, b.model)) if x and y]
    if any(x != y for x, y in pairs):
        return "differs"
    full_a = (a.maker is not None, a.model is not None)
    full_b = (b.maker is not None, b.model is not None)
    return "same" if full_a == full_b else "contains"


@dataclass(frozen=True)
class ModelReading:
    """What the tree reads of gun models: the model each model word names, the
    models that are makers, and the patterns of a model written before a class
    word and of a number after a maker."""

    model_of_word: dict[str, str]
    maker_models: frozenset[str]
    before: re.Pattern[str]
    after: re.Pattern[str]


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
    models: ModelReading | None = None

    def model_near(self, text: str, start: int, end: int) -> GunModel | None:
        """The gun model a weapon word at ``start:end`` names or is named by:
        the word itself ("an AK-47", "a Glock 19"), or a maker or model code
        just before a class word ("an R5 assault rifle", "a Smith & Wesson
        pistol").  None for a class word with no model, or written in capitals
        (a headline's "WITH RIFLE" names none)."""
        reading = self.models
        if reading is None:
            return None
        written = text[start:end]
        name = _lookup(reading.model_of_word, written)
        if name is None and written.isupper():
            return None
        if name in reading.maker_models:
            after = reading.after.match(text, end)
            return GunModel(name, _model_name(reading, after["code"]) if after else None)
        before = reading.before.search(text[max(0, start - 60) : start])
        maker = _maker_name(before["maker"]) if before and _capitalised(before["maker"]) else None
        if name is not None:
            return GunModel(maker, name)
        if before is None or not (maker or before["code"]):
            return None
        code = before["code"] or (before["number"] if maker else None)
        return GunModel(maker, _model_name(reading, code) if code else None)

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


def _lookup(table: dict[str, str], written: str) -> str | None:
    """``written``'s entry in a table of folded words, in the singular or the
    plural ("AK-47s", "Glocks")."""
    key = fold(written)
    for candidate in (key, key.removesuffix("s"), key.removesuffix("es")):
        if candidate in table:
            return table[candidate]
    return None


def _model_name(reading: ModelReading, code: str) -> str:
    """A model code as one model: a family's name for any of its words ("AK47"
    is the Kalashnikov), else the code as written ("R5", "Mini-14")."""
    return reading.model_of_word.get(fold(code), code)


def _capitalised(written: str | None) -> bool:
    """A maker's name as a name ("Colt"), not the word ("a colt in the field")."""
    return bool(written) and written[0].isupper()  # type: ignore[index]


def _maker_name(written: str) -> str:
    """A maker as one name however written ("Smith and Wesson", "Smith & Wesson")."""
    return re.sub(r"\s+and\s+", " & ", written.strip(), flags=re.I).title()


def _model_reading(rules: WeaponRules) -> ModelReading:
    """The patterns of a gun model around a weapon word (``models``,
    ``makers``, ``model_code`` and ``model_descriptors`` of the rule file)."""
    model_of_word = {fold(word): name for name, model in rules.models.items() for word in model.words}
    model_of_word.update({fold(name): name for name in rules.models})
    maker_models = frozenset(name for name, model in rules.models.items() if model.maker)
    makers = sorted({*rules.makers, *(m.lower() for m in maker_models)}, key=len, reverse=True)
    maker_words = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in makers)
    model_words = "|".join(
        _word_pattern(w)
        for w in sorted(model_of_word, key=len, reverse=True)
        if w not in map(fold, maker_models)
    )
    descriptors = "|".join(re.escape(d).replace(r"\ ", r"\s+") for d in rules.model_descriptors)
    before = re.compile(
        rf"(?:\b(?P<maker>(?i:{maker_words}))\s+)?"
        rf"(?:\b(?:(?P<code>(?i:{model_words})|{rules.model_code})|(?P<number>\d{{2,4}}))\s+)?"
        rf"(?:(?i:{descriptors})\s+)?$"
    )
    after = re.compile(rf"\s?(?P<code>\d{{1,4}}|{rules.model_code})\b(?!\s?-?\s?(?i:mm|cal|millim))")
    return ModelReading(model_of_word, maker_models, before, after)


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
    for name, model in rules.models.items():
        if model.weapon_class not in rules.classes:
            raise ValueError(f"gun model {name!r} has unknown class {model.weapon_class!r}")
        for word in model.words:
            class_of_word[fold(word)] = model.weapon_class
    every_word = [*(w for cls in rules.classes.values() for w in cls.words)]
    every_word += [w for model in rules.models.values() for w in model.words]
    words = sorted(set(every_word), key=len, reverse=True)
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
        _model_reading(rules),
    )


@cache
def _whole_spots() -> frozenset[str]:
    return frozenset(load_rule_file("weapons.yaml", WeaponRules).whole_spots)


def holds_every_spot(name: str) -> bool:
    """ "the scene", "the site": a weapon's place that any spot named more
    closely ("the ground next to the car") lies in.  The comparer asks it of
    two weapon places' names, so it lives here and not in the extractor."""
    return name.lower() in _whole_spots()
