"""Quantity phrases that may count people: "12", "twenty five", "dozens", "a", "both".

A count starts from a quantity: a numeral, number words, a vague quantity
("tens of thousands", "a handful") or an article before a people noun ("a
police officer").  This module reads the quantity whose last word is a
given token, with the interval it states and the noun it counts, and says
which group of people (if any) that noun names.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from reportcheck.extract.core.base import lemma_of
from reportcheck.extract.core.numbers import parse_number
from reportcheck.knowledge.casualties import lexicon


@dataclass(frozen=True)
class Quantity:
    """A quantity phrase: its tokens, the interval it states, the counted noun."""

    first: Token
    last: Token
    low: float
    high: float
    written: float
    noun: Token | None  # the counted noun, if any ("people" in "12 people")
    arg: Token  # the token whose syntactic role links to the outcome


def _noun_of(token: Token) -> Token | None:
    """The noun a quantity token counts: its head for "12 people", the
    object of "of" for "one of the policemen" / "dozens of people"."""
    if token.dep_ in ("nummod", "quantmod", "amod", "det") and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in ("NOUN", "PROPN"):
                return objects[0]
    return None


def _number_run(token: Token) -> tuple[Token, Token]:
    """The contiguous number words around ``token`` ("twenty five", "1,200")."""
    doc = token.doc
    first = last = token
    while first.i > 0 and (doc[first.i - 1].like_num) and doc[first.i - 1].head == token.head:
        first = doc[first.i - 1]
    while last.i + 1 < len(doc) and doc[last.i + 1].like_num and doc[last.i + 1].head == token.head:
        last = doc[last.i + 1]
    return first, last


@cache
def _vague_last_words() -> frozenset[str]:
    """The words a vague quantity can end with ("dozens", "handful", "thousands")."""
    return frozenset(phrase.split()[-1] for phrase in lexicon().vague)


def _vague_quantity(token: Token) -> tuple[Token, Token, tuple[int, int]] | None:
    """ "dozens", "tens of thousands", "a handful" ending at ``token``."""
    vague = lexicon().vague
    if token.lower_ not in _vague_last_words():
        return None  # most tokens: no vague phrase ends with them
    doc = token.doc
    for size in (4, 3, 2, 1):
        start = token.i - size + 1
        if start < 0:
            continue
        words = " ".join(t.lower_ for t in doc[start : token.i + 1])
        if words in vague:
            return doc[start], token, vague[words]
    return None


def quantity_at(token: Token) -> Quantity | None:
    """The quantity whose last word is ``token``, if it is one."""
    vague = _vague_quantity(token)
    if vague:
        first, last, (low, high) = vague
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if nxt is not None and nxt.like_num:
            return None  # "a dozen" in "a dozen 10-year-olds" style runs
        noun = _noun_of(token)
        return Quantity(first, last, low, high, low if low == high else (low + high) / 2, noun, token)
    if not token.like_num or token.pos_ not in ("NUM", "NOUN", "PRON", "DET", "ADJ"):
        if token.lower_ in ("a", "an", "another") and token.dep_ == "det":
            return _indefinite_person(token)
        if token.lower_ == "both" and token.dep_ in ("det", "predet"):
            quantity = _indefinite_person(token)
            return quantity and Quantity(token, token, 2, 2, 2, quantity.noun, quantity.arg)
        if token.lower_ == "another" and token.dep_ in ("dobj", "nsubjpass", "nsubj"):
            return Quantity(token, token, 1, 1, 1, None, token)
        return None
    first, last = _number_run(token)
    if last != token:
        return None
    value = parse_number(token.doc[first.i : last.i + 1].text)
    if value is None or value != int(value) or value < 0:
        return None
    if first.i > 0 and token.doc[first.i - 1].lower_ in ("$", "£", "€", "no."):
        return None
    noun = _noun_of(token)
    # "12 people were injured": the noun carries the role; "one of the
    # policemen sustained a wound": the number does.
    arg = noun if noun is not None and token.head.i == noun.i else token
    return Quantity(first, last, value, value, value, noun, arg)


def _indefinite_person(det: Token) -> Quantity | None:
    """ "a police officer" counts one person when an outcome governs it."""
    noun = det.head
    if noun.pos_ != "NOUN" or people_group(noun) is None:
        return None
    return Quantity(det, det, 1, 1, 1, noun, noun)


def people_group(noun: Token | None) -> str | None:
    """ "all" for generic people nouns, a group name, "attackers", or None."""
    if noun is None:
        return "all"
    lex = lexicon()
    word, lemma = noun.lower_, lemma_of(noun)
    if word in lex.attackers or lemma in lex.attackers:
        return "attackers"
    return lex.people_group.get(word) or lex.people_group.get(lemma)
