"""The words of who fired other than a reflexive or an agent (rules/who_fired.yaml).

Read by the reader of who held the gun when it went off
(:mod:`reportcheck.extract.people.holders`) and by the reader of a
headline's "Teen accidentally shoots, kills self" that the parser misreads
(:mod:`reportcheck.extract.counts.headline_self`).  Data, so that a verb of
holding or a headline's adverb the corpora show is added in one place.

What other rule files already name is read from them, never written again
here: the guns held are the weapon classes of rules/weapons.yaml
(:func:`is_gun`), a headline's reflexives the shooter's reflexives of
rules/counts.yaml and its adverbs of a death that file's fatal modifiers
(:func:`headline_words`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.knowledge.weapons import weapon_tree


class WhoFiredRules(Strict):
    """The schema of ``rules/who_fired.yaml`` (see the comments there)."""

    holder_verbs: list[str]
    gun_classes: list[str]
    gun_classes_alone: list[str]
    gun_pronouns: list[str]
    firing_verbs: list[str]
    firing_particles: dict[str, str]
    headline_adverbs: list[str]
    headline_shoot_words: list[str]
    headline_kill_joints: list[str]
    headline_kill_words: list[str]
    headline_place_preps: list[str]


@cache
def who_fired_rules() -> WhoFiredRules:
    return load_rule_file("who_fired.yaml", WhoFiredRules)


@cache
def _gun_classes() -> frozenset[str]:
    """The weapon classes whose words name a gun that can go off: the
    ``gun_classes`` and every class below them, and the ``gun_classes_alone``."""
    rules = who_fired_rules()
    tree = weapon_tree()
    for name in (*rules.gun_classes, *rules.gun_classes_alone):
        if name not in tree.parents:
            raise ValueError(f"gun class {name!r} is no weapon class")
    below = {name for name in tree.parents if tree.ancestors(name) & set(rules.gun_classes)}
    return frozenset(below | set(rules.gun_classes_alone))


def is_gun(word: str) -> bool:
    """Whether a noun (a lemma) names a gun held ("handgun", "rifle", "weapon"),
    by the weapon classes of rules/weapons.yaml."""
    found = weapon_tree().class_of(word)
    return found is not None and found in _gun_classes()


@dataclass(frozen=True)
class HeadlineWords:
    """The words of a headline's self-shooting, from the rule files that hold them."""

    #: adverbs between the person and "shoots" ("accidentally", "fatally")
    adverbs: frozenset[str]
    #: those of them that make it a death (rules/counts.yaml ``fatal_modifiers``)
    fatal: frozenset[str]
    #: the short reflexive the shape ends with (rules/counts.yaml ``shooter_reflexives``)
    reflexives: frozenset[str]


@cache
def headline_words() -> HeadlineWords:
    fatal = frozenset(lexicon().fatal_modifiers)
    return HeadlineWords(
        adverbs=frozenset(who_fired_rules().headline_adverbs) | fatal,
        fatal=fatal,
        reflexives=frozenset(lexicon().shooter_reflexives),
    )
