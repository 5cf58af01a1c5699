"""Counts of shots: the shots fired and the shots that hit are two measures.

A police-shooting story gives "the two officers fired 11 shots" and, from the
autopsy, "he was hit by seven bullets"; another "fired 11 rounds, striking
him seven times".  Both figures are right: more shots are fired than hit.
The verb a count of shots hangs on says which it is (rules/shots.yaml) and is
written to the claim's ``frame.measure`` ("shots fired" or "shots that hit"),
so only counts of one measure are compared.  A count with neither verb
("11 shots rang out") keeps no measure.  A count in what an autopsy or a
medical examiner found ("an autopsy shows he was hit by three of the seven
bullets fired by the officers") is of shots that hit whatever its verb: the
examination counts the bullets in the body, never the shots fired.
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
    #: words of a body's examination: "autopsy", "medical examiner"
    examiners: list[str]
    #: verbs that tell what an examination found: "the autopsy showed that..."
    findings: list[str]


#: the edges by which a clause hangs on the verb above it
_CLAUSES = ("ccomp", "acl", "relcl", "advcl", "xcomp")
#: the words beside a subject that may name an examination ("autopsy report")
_SUBJECT_WORDS = ("nsubj", "nsubjpass", "amod", "compound", "poss", "npadvmod")


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


def _names_examination(verb: Token) -> bool:
    """Whether the subject of ``verb`` is an examination of the body ("the
    autopsy", "an autopsy report", "the coroner's report"); the parser
    sometimes hangs "autopsy" on the verb itself."""
    examiners = shot_rules().examiners
    near = [c for c in verb.children if c.dep_ in _SUBJECT_WORDS]
    subjects = [c for c in near if c.dep_ in ("nsubj", "nsubjpass")]
    near += [g for c in subjects for g in c.children if g.dep_ in _SUBJECT_WORDS]
    return any(lemma_of(t) in examiners for t in near)


def found_at_examination(noun: Token) -> bool:
    """Whether a count stands in what an examination found: in a clause under
    "the autopsy showed" ("... that seven bullets entered", "... he was hit by
    three of the seven bullets fired by police"), never beside it ("officers
    fired 11 shots; the autopsy showed ...")."""
    rules = shot_rules()
    below = noun
    for head in noun.ancestors:
        finding = head.pos_ in ("VERB", "AUX") and lemma_of(head) in rules.findings
        if finding and below.dep_ in _CLAUSES and _names_examination(head):
            return True
        below = head
    return False


def shot_measure(noun: Token, group: str) -> str | None:
    """:data:`FIRED` or :data:`HIT` for a count of shots, else None."""
    rules = shot_rules()
    if group not in rules.groups:
        return None
    if found_at_examination(noun):
        return HIT
    verb = _verb_of(noun)
    if verb is None:
        return None
    lemma = lemma_of(verb)
    if lemma in rules.fired:
        return FIRED
    return HIT if lemma in rules.hit else None
