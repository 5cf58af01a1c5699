"""A tally told as what stays behind: a part of it, never its whole.

Reports of a fire, a siege or a flood tell a tally at more than one hour of
the response: "10 fire engines fought the blaze" at its height, "two fire
tenders would remain at the scene until Monday" after it, "four engines
were still at the scene on Sunday", "the remaining three engines".  What
stays is a share of what came, so another report's count of all that came
is no other figure for it.  Such a tally (an ``other_counts`` group of
rules/counts.yaml some of which stay while others leave, ``staying_tallies``:
never "two gunmen were still at large", as often all of them) takes the
scope :data:`REMAINING_SCOPE`, a part, set
against another report's total only where it is larger than it
(compare/scopes.py).  The words are ``staying_tally_words``; the joins a
tally hangs from the subject by, ``staying_tally_joins``.
"""

from __future__ import annotations

from spacy.tokens import Token

from reportcheck.extract.core.base import lemma_of
from reportcheck.extract.core.sources import source_rules
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.vocabulary import REMAINING_SCOPE

#: the dependencies of the subject of a clause, active or passive
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def remaining_scope(noun: Token, group: str) -> str | None:
    """:data:`REMAINING_SCOPE` for a tally of ``noun`` (of ``group``, one of
    ``staying_tallies``) told as what stays behind ("two fire tenders would
    remain", "four engines were still at the scene", "the remaining three
    engines"), else None."""
    if group not in lexicon().staying_tallies:
        return None
    return REMAINING_SCOPE if _stays_behind(noun) else None


def _stays_behind(noun: Token) -> bool:
    """Whether the tally's noun is told as staying: by a participle before
    it ("the remaining two engines") or by the verb of the clause it is the
    subject of (:func:`_verb_of`)."""
    staying = lexicon().staying_tally
    if any(c.dep_ == "amod" and c.i < noun.i and lemma_of(c) in staying for c in noun.children):
        return True
    verb = _verb_of(noun)
    return verb is not None and _tells_staying(verb, noun)


def _tells_staying(verb: Token, noun: Token) -> bool:
    """ "remain", "stay", or a verb with "still" on it after the tally
    ("were still at the scene"): ``staying_tally_words``.  A "still" before
    the tally opens the sentence as "yet" does ("Still, three ambulances
    arrived within minutes"), telling nothing of what stayed."""
    staying = lexicon().staying_tally
    if lemma_of(verb) in staying:
        return True
    return any(c.dep_ == "advmod" and c.lower_ in staying and c.i > noun.i for c in verb.children)


def _verb_of(noun: Token) -> Token | None:
    """The verb whose subject the tally is, itself or the noun it is joined
    to ("ten engines and two ambulances remained", "firefighters, along with
    two fire tenders, would remain"), or None where it is no subject.  A
    reported clause's subject the parser takes for the object of the verb
    of saying ("Police said firefighters ... would remain at the scene")
    has the first verb after the tally for its own."""
    top = _joined_to(noun)
    if top.dep_ in SUBJECTS:
        return top.head
    if top.dep_ == "dobj" and lemma_of(top.head) in source_rules().reporting_verbs:
        sentence = noun.sent
        return next((t for t in noun.doc[noun.i + 1 : sentence.end] if t.pos_ == "VERB"), None)
    return None


def _joined_to(noun: Token) -> Token:
    """The noun a tally is told as one with: the first of nouns joined by
    "and", or the noun a join ("with", "along with": ``staying_tally_joins``)
    hangs it from, "firefighters, along with two fire tenders"."""
    joins = lexicon().staying_tally_joins
    node = noun
    while True:
        if node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN"):
            node = node.head
            continue
        head = node.head
        if node.dep_ == "pobj" and head.lower_ in joins:
            while head.dep_ == "prep" and head.head.lower_ in joins:
                head = head.head  # "along with"
            if head.dep_ == "prep" and head.head.pos_ in ("NOUN", "PROPN"):
                node = head.head
                continue
        return node
