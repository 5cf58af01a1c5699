"""How counted places were hit: the worst hit, the badly hit, the hit in any way.

A quake story says "the quake destroyed or damaged 1,500 houses in about 15
villages", "the four hardest-hit villages were ...", "five villages had been
badly hit" and "seven villages were flattened".  These are four sets, not
one figure told four ways: the hardest hit are a ranking the writer cuts
(four, or 12), the badly hit and the flattened are among the hit, and the
"destroyed or damaged" count every place hit at all; and "four villages
had been destroyed" counts places ruined themselves, a part of the places
"homes in five villages had been damaged" counts.  The words around a
count of villages, houses or buildings (its modifiers, the verb or noun it
hangs on and the verbs joined to it) say which set it counts
(rules/damage.yaml); it is written to the claim's ``frame.measure``, so a
count is compared only with other reports' counts of the same set.  A
ranking's size is its own scope (``top:N``, set by
:mod:`reportcheck.extract.counts.scope`): "the four hardest hit" and "the 12
worst hit" are two cuts, neither wrong.  A count of places a word of ruin
governs itself ("flattened six villages", "four villages destroyed",
"40 homes were razed", "45 homes swept away", "140 houses fully
damaged"; not "90 homes partly destroyed", which still stand: see
:func:`fate_of`) is a part of the places hit, scope
:data:`DESTROYED` (:func:`ruined_scope`): set against other counts of the
ruined, and against another report's places hit only as a part against
its whole (seven villages flattened are more than five damaged, four
destroyed are not).  The others told with one word of damage or ruin keep
no measure: editors read
"homes in five villages damaged" and "major destruction in seven villages"
(ruin spread in the villages, not villages ruined) as one figure two
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
#: the scope of a count of places ruined themselves ("four villages destroyed"):
#: a part of the places hit
DESTROYED = "destroyed"
#: the roles of a counted noun that a verb of ruin governs directly:
#: "flattened six villages", "four villages had been destroyed"
RUINED_ROLES = frozenset({"dobj", "nsubjpass", "nsubj"})
#: the roles of a participle of ruin on the counted noun: "four villages
#: destroyed", "the 40 destroyed homes"
RUIN_MODIFIERS = frozenset({"acl", "amod", "relcl"})


class DamageRules(Strict):
    groups: list[str]
    worst: list[str]
    badly: list[str]
    hit: list[str]
    ruin: list[str]
    damage: list[str]
    whole: list[str]
    part: list[str]
    ruin_phrases: list[str]


@cache
def damage_rules() -> DamageRules:
    return load_rule_file("damage.yaml", DamageRules)


@cache
def hit_words() -> frozenset[str]:
    """The lemmas that say a place was hit at all (``hit``): the outcome a
    restated count of places names ("the 213 damaged homes")."""
    return frozenset(damage_rules().hit)


def fate_of(word: Token) -> str:
    """The lemma a word of damage or ruin tells once how much was hit is
    read: "fully damaged" and "swept away" tell ruin (the first word of
    ``ruin``), "partly destroyed" tells damage (the first of ``damage``);
    any other word is its own lemma."""
    rules = damage_rules()
    lemma = lemma_of(word)
    degrees = {c.lower_ for c in word.children if c.dep_ == "advmod"}
    particles = {f"{lemma} {c.lower_}" for c in word.children if c.dep_ in ("prt", "advmod")}
    if lemma in rules.damage and degrees & set(rules.whole):
        return rules.ruin[0]
    if lemma in rules.ruin and degrees & set(rules.part):
        return rules.damage[0]
    if particles & set(rules.ruin_phrases):
        return rules.ruin[0]
    return lemma


def _coordinated(verb: Token) -> tuple[set[str], bool]:
    """The fates of a verb and the verbs joined to it ("destroyed or
    damaged"), and whether "or" joins them."""
    members = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    if verb.dep_ == "conj":
        members.append(verb.head)
    joined_by_or = any(c.dep_ == "cc" and c.lower_ == "or" for m in members for c in m.children)
    return {fate_of(m) for m in members}, joined_by_or


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
    for participle in _participles_after(noun):
        words |= {fate_of(participle), lemma_of(participle)}
        words |= {c.lower_ for c in participle.children if c.dep_ == "advmod"}
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


def _participles_after(noun: Token) -> list[Token]:
    """The participles set after a counted noun that tell how it was hit,
    as relief offices list their losses: "87 houses heavily damaged, 112
    houses moderately damaged", "left 40 homes badly damaged", read as "78
    houses were badly damaged" is."""
    return [c for c in noun.rights if c.dep_ == "acl" and c.tag_ == "VBN"]


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


def ruined_scope(noun: Token, group: str) -> str | None:
    """:data:`DESTROYED` for a count of places ruined themselves that no
    other measure of damage took ("flattened six villages"), else None."""
    if group not in damage_rules().groups or damage_measure(noun, group) is not None:
        return None
    return DESTROYED if _ruined_itself(noun) else None


def _first_conjunct(noun: Token) -> Token:
    """The first of nouns joined by "and": "destroyed 40 homes and 12 shops"."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun


def _ruins(verb: Token) -> bool:
    """Whether a verb (with those joined to it) tells ruin and no lesser
    damage: "razed", "destroyed", "reported destroyed"; "destroyed and
    damaged" counts every place hit, "destroyed 40 homes and damaged 300
    more" two sets."""
    rules = damage_rules()
    sharing = [c for c in verb.children if c.dep_ == "conj" and not _own_argument(c)]
    joined = {fate_of(m) for m in (verb, *sharing)}
    if verb.dep_ == "conj" and not _own_argument(verb):
        joined.add(fate_of(verb.head))
    joined |= {lemma_of(c) for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp")}
    return bool(joined & set(rules.ruin)) and not joined & set(rules.damage)


def _own_argument(verb: Token) -> bool:
    """ "(destroyed 40 homes and) damaged 300 more": a joined verb with an
    object of its own tells of other places."""
    return any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


def _ruined_itself(noun: Token) -> bool:
    """Whether the counted places are those a word of ruin governs, not
    places where ruin was seen: "flattened six villages", "four villages
    had been destroyed", "seven villages were reported destroyed", "four
    villages destroyed"; never "major destruction in seven villages" nor
    "houses in five villages were destroyed" (the villages are where)."""
    first = _first_conjunct(noun)
    if any(c.dep_ in RUIN_MODIFIERS and _ruins(c) for c in first.children):
        return True
    return first.dep_ in RUINED_ROLES and first.head.pos_ in ("VERB", "AUX") and _ruins(first.head)
