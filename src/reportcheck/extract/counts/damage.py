"""Counts of the worst-hit places: a part of the places hit, never their number.

A quake story says "the quake destroyed or damaged 1,500 houses in about 15
villages" and "the four hardest-hit villages were ..."; another "five
villages had been badly hit".  A count of villages, houses or buildings
qualified as the worst hit (its modifiers, or the verb or noun it hangs on,
say "hardest", "worst", "badly" of a word of damage) is written to the
claim's ``frame.measure`` as "worst-hit places", so it is compared only with
other reports' counts of the worst hit (rules/damage.yaml).  Counts of the
damaged and of the destroyed stay one measure: editors read them as one
figure two reports give differently.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from reportcheck.extract.core.base import heads_to_verb, lemma_of
from reportcheck.knowledge.rules import Strict, load_rule_file

#: how far up the parse the word a count hangs on is looked for
CLIMB = 4
#: the measure of a count of the worst-hit places
WORST_HIT = "worst-hit places"


class DamageRules(Strict):
    groups: list[str]
    worst: list[str]
    hit: list[str]


@cache
def damage_rules() -> DamageRules:
    return load_rule_file("damage.yaml", DamageRules)


def _words(noun: Token) -> set[str]:
    """The lemmas and words around a counted noun that may say how badly it
    was hit: its modifiers ("hardest-hit"), the words up the parse to the
    first verb ("homes in five villages had been damaged"), that verb's
    conjuncts, adverbs and complements ("destroyed or damaged", "badly hit",
    "reported damaged")."""
    words: set[str] = set()
    for token in noun.lefts:
        words |= {lemma_of(t) for t in token.subtree} | {t.lower_ for t in token.subtree}
    for node in heads_to_verb(noun, CLIMB):
        words.add(lemma_of(node))
        if node.pos_ in ("VERB", "AUX"):
            if node.dep_ == "conj":
                words.add(lemma_of(node.head))  # "damaged or destroyed ... in 11 villages"
            for child in node.children:
                if child.dep_ in ("conj", "advmod", "acomp", "oprd", "xcomp"):
                    words |= {lemma_of(child), child.lower_}
    return words


def damage_measure(noun: Token, group: str) -> str | None:
    """:data:`WORST_HIT` for a count of the worst-hit places, else None."""
    rules = damage_rules()
    if group not in rules.groups:
        return None
    words = _words(noun)
    return WORST_HIT if words & set(rules.worst) and words & set(rules.hit) else None
