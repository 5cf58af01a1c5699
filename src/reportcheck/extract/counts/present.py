"""The number of people present where it happened.

Shooting and fire reports count the crowd the attack fell on ("About 100
people were in the building when she began shooting", "two gunmen opened
fire on about 150 partygoers", "some 300 guests were at the party"): a
figure two reports give and can disagree on, read here from a count of
people with no outcome whose noun names those attending (``present_nouns``
in rules/counts.yaml) or who are the subject of "be" in, inside or at one
of ``present_places``.
"""

from __future__ import annotations

import math

from spacy.tokens import Token

from reportcheck.extract.core.base import RawClaim, lemma_of
from reportcheck.extract.counts.quantity import Quantity, other_count_claim
from reportcheck.knowledge.casualties import lexicon

#: the subject of a count of the people present
PRESENT = "people present"
#: prepositions that put people in or at a place
_LOCATING = frozenset({"in", "inside", "at", "within"})


def _attending(noun: Token | None) -> bool:
    """ "partygoers", "party goers", "guests": a noun of people attending."""
    nouns = lexicon().present_nouns
    return noun is not None and (noun.lower_ in nouns or lemma_of(noun) in nouns)


def _located_by_be(quantity: Quantity) -> bool:
    """ "100 people were in the building", "the 40 workers inside": the
    count's clause puts the people in or at a place of ``present_places``."""
    arg = quantity.arg
    places = lexicon().present_places
    holders = [arg]
    if arg.dep_ == "pobj" and arg.head.lower_ == "of":
        holders.append(arg.head.head)  # "most of the other 100 workers inside"
    if any(c.lower_ == "inside" and c.dep_ == "advmod" for h in holders for c in h.children):
        return True  # "the other 100 workers inside"
    verb = arg.head if arg.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or lemma_of(verb) != "be":
        return False
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ == "inside":
            return True
        if child.dep_ == "prep" and child.lower_ in _LOCATING:
            objects = [o for o in child.children if o.dep_ == "pobj"]
            if any(lemma_of(o) in places or o.lower_ in places for o in objects):
                return True
    return False


def present_claim(quantity: Quantity) -> RawClaim | None:
    """A count of the people present, or None; the caller has found no
    outcome for the quantity (a crowd is not a toll)."""
    if (quantity.low != quantity.high and not quantity.ranged) or math.isinf(quantity.high):
        return None  # "dozens of partygoers": no figure to hold a report to
    if quantity.first.lower_ in lexicon().one_person_or_more or quantity.individual:
        return None
    if not (_attending(quantity.noun) or (quantity.noun is not None and _located_by_be(quantity))):
        return None
    return other_count_claim(quantity, quantity.noun, subject=PRESENT, label=PRESENT, group=PRESENT)
