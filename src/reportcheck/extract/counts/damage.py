"""How badly the places a report counts were hit: the measure of a count of
villages, houses or buildings.

A quake story says "the quake destroyed or damaged 1,500 houses in about 15
villages", "four villages had been destroyed", "the four hardest-hit
villages were ...": three counts of villages, none the other told another
way.  The degree (damaged, destroyed, hit, the worst hit) is read from the
counted noun's modifiers and the verb or noun the count hangs on, and
written to the claim's ``frame.measure`` ("destroyed places"), so only
counts of one degree are compared (rules/damage.yaml).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from reportcheck.extract.core.base import lemma_of
from reportcheck.knowledge.rules import Strict, load_rule_file

#: how far up the parse the word a count hangs on is looked for
CLIMB = 4


class DamageRules(Strict):
    groups: list[str]
    worst: list[str]
    degrees: dict[str, list[str]]


@cache
def damage_rules() -> DamageRules:
    return load_rule_file("damage.yaml", DamageRules)


def _words(noun: Token) -> set[str]:
    """The lemmas and words around a counted noun that may say how badly it
    was hit: its modifiers ("hardest-hit"), the words up the parse to the
    first verb ("homes in five villages had been damaged"), that verb's
    conjuncts and adverbs ("destroyed or damaged", "badly hit")."""
    words: set[str] = set()
    for token in noun.lefts:
        words |= {lemma_of(t) for t in token.subtree} | {t.lower_ for t in token.subtree}
    node = noun
    for _ in range(CLIMB):
        if node.head is node:
            break
        node = node.head
        words.add(lemma_of(node))
        if node.pos_ in ("VERB", "AUX"):
            if node.dep_ == "conj":
                words.add(lemma_of(node.head))  # "damaged or destroyed ... in 11 villages"
            for child in node.children:
                if child.dep_ in ("conj", "advmod", "acomp", "oprd", "xcomp"):
                    words |= {lemma_of(child), child.lower_}
            break
    return words


def damage_measure(noun: Token, group: str) -> str | None:
    """The degree a count of places measures ("destroyed places"), or None
    when the group has no degree or no word says it."""
    rules = damage_rules()
    if group not in rules.groups:
        return None
    words = _words(noun)
    found = next((degree for degree, lemmas in rules.degrees.items() if words & set(lemmas)), None)
    if found is not None and words & set(rules.worst):
        return "worst-hit places"
    return None if found is None else f"{found} places"
