"""Counts of shots: the shots fired and the shots that hit are two measures.

A police-shooting story gives "the two officers fired 11 shots" and, from the
autopsy, "he was hit by seven bullets"; another "fired 11 rounds, striking
him seven times".  Both figures are right: more shots are fired than hit.
The verb a count of shots hangs on says which it is (rules/shots.yaml) and is
written to the claim's ``frame.measure`` ("shots fired" or "shots that hit"),
so only counts of one measure are compared.  A count with neither verb
("11 shots rang out") keeps no measure.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from reportcheck.extract.core.base import heads_to_verb, lemma_of
from reportcheck.knowledge.rules import Strict, load_rule_file

#: how far up the parse the verb a count hangs on is looked for
CLIMB = 4
FIRED = "shots fired"
HIT = "shots that hit"


class ShotRules(Strict):
    groups: list[str]
    fired: list[str]
    hit: list[str]


@cache
def shot_rules() -> ShotRules:
    return load_rule_file("shots.yaml", ShotRules)


def _verb_of(noun: Token) -> Token | None:
    """The verb a counted noun hangs on: its own clause first ("bullets
    fired by the officers"), else the first verb up the parse ("was hit by
    seven bullets", "fired a total of 11 shots")."""
    for child in noun.children:
        if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
            return child
    heads = heads_to_verb(noun, CLIMB)
    return heads[-1] if heads and heads[-1].pos_ in ("VERB", "AUX") else None


def shot_measure(noun: Token, group: str) -> str | None:
    """:data:`FIRED` or :data:`HIT` for a count of shots, else None."""
    rules = shot_rules()
    if group not in rules.groups:
        return None
    verb = _verb_of(noun)
    if verb is None:
        return None
    lemma = lemma_of(verb)
    if lemma in rules.fired:
        return FIRED
    return HIT if lemma in rules.hit else None
