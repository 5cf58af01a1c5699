"""How counted places were hit: the worst hit, the badly hit, the hit in any way.

A quake story says "the quake destroyed or damaged 1,500 houses in about 15
villages", "the four hardest-hit villages were ...", "five villages had been
badly hit" and "seven villages were flattened".  These are four sets, not
one figure told four ways: the hardest hit are a ranking the writer cuts
(four, or 12), the badly hit and the flattened are among the hit, and the
"destroyed or damaged" count every place hit at all.  The words around a
count of villages, houses or buildings (its modifiers, the verb or noun it
hangs on and the verbs joined to it) say which set it counts
(rules/damage.yaml); it is written to the claim's ``frame.measure``, so a
count is compared only with other reports' counts of the same set.  A
ranking's size is its own scope (``top:N``, set by
:mod:`reportcheck.extract.counts.scope`): "the four hardest hit" and "the 12
worst hit" are two cuts, neither wrong.  Counts told with one word of
damage or ruin keep no measure: editors read "homes in five villages
damaged" and "major destruction in seven villages" as one figure two
reports give differently.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from reportcheck.extract.core.base import heads_to_verb, lemma_of
from reportcheck.knowledge.rules import Strict, load_rule_file

#: how far up the parse the word a count hangs on is looked for
CLIMB = 4
#: the measure of a count of the worst-hit places (a ranking)
WORST_HIT = "worst-hit places"
#: the measure of a count of the badly hit places
BADLY_HIT = "badly hit places"
#: the measure of a count of every place hit ("destroyed or damaged")
ANY_DAMAGE = "places destroyed or damaged"


class DamageRules(Strict):
    groups: list[str]
    worst: list[str]
    badly: list[str]
    hit: list[str]
    ruin: list[str]
    damage: list[str]


@cache
def damage_rules() -> DamageRules:
    return load_rule_file("damage.yaml", DamageRules)


def _coordinated(verb: Token) -> tuple[set[str], bool]:
    """The lemmas of a verb and the verbs joined to it ("destroyed or
    damaged"), and whether "or" joins them."""
    members = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    if verb.dep_ == "conj":
        members.append(verb.head)
    joined_by_or = any(c.dep_ == "cc" and c.lower_ == "or" for m in members for c in m.children)
    return {lemma_of(m) for m in members}, joined_by_or


def _words(noun: Token) -> tuple[set[str], bool]:
    """The lemmas and words around a counted noun that may say how badly it
    was hit: its modifiers ("hardest-hit"), the words up the parse to the
    first verb ("homes in five villages had been damaged"), that verb's
    conjuncts, adverbs and complements ("destroyed or damaged", "badly hit",
    "reported damaged"); and whether a word of ruin and one of damage are
    joined by "or" there."""
    rules = damage_rules()
    words: set[str] = set()
    either = False
    for token in noun.lefts:
        words |= {lemma_of(t) for t in token.subtree} | {t.lower_ for t in token.subtree}
    for node in heads_to_verb(noun, CLIMB):
        words.add(lemma_of(node))
        if node.pos_ in ("VERB", "AUX"):
            joined, by_or = _coordinated(node)
            words |= joined
            either = by_or and bool(joined & set(rules.ruin)) and bool(joined & set(rules.damage))
            for child in node.children:
                if child.dep_ in ("advmod", "acomp", "oprd", "xcomp"):
                    words |= {lemma_of(child), child.lower_}
    return words, either


def damage_measure(noun: Token, group: str) -> str | None:
    """The set of places hit a count of villages, houses or buildings
    counts (:data:`WORST_HIT`, :data:`BADLY_HIT`, :data:`ANY_DAMAGE`), or
    None for a count told with one word of damage or of none."""
    rules = damage_rules()
    if group not in rules.groups:
        return None
    words, either = _words(noun)
    if words & set(rules.hit):
        if words & set(rules.worst):
            return WORST_HIT
        if words & set(rules.badly):
            return BADLY_HIT
    return ANY_DAMAGE if either else None
