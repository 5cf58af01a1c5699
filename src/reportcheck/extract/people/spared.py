"""Who a group or a named person is told as: whose kin, and whether spared.

A report gives the ages of several groups of children of one incident: the
victim's "two sons, ages 9 and 11, were not hurt" and, in another report,
"her nephews, Leo Soto, 10, and Ivan Soto, 14"; "his children, ages 3 and
5" and "a neighbor's children, Ava Lynn, 8, and Max Lynn, 10, saw the
shooting".  Count, age and sex agree, yet they are other people.  The words
that tell them apart are read here, for the comparer of age lists: the kin
noun and its possessor (``kin``, ``kin_of`` of the details), and whether the
people are told unharmed or only there to see (``spared``: a harm verb
negated, a state of no harm, a verb of seeing, "in front of").
"""

from __future__ import annotations

from spacy.tokens import Token

from reportcheck.extract.core.base import lemma_of
from reportcheck.extract.core.pronouns import phrase_head
from reportcheck.knowledge.names import people_lexicon

#: the dependencies of a noun that is the one its verb tells of
_SUBJECTS = ("nsubj", "nsubjpass")


def possessor(noun: Token) -> str | None:
    """Whose the noun's people are: a possessive pronoun ("her") or the
    possessor noun's lemma ("neighbor" of "a neighbor's children")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child.lower_ if child.tag_ == "PRP$" else lemma_of(child)
    return None


def kin_noun(root: Token) -> Token | None:
    """The noun a named person is told in apposition to, through a chain
    of names ("Her nephews, Leo Soto, 10, and Ivan Soto, 14": "nephews"
    for both), where it is a noun of kin (``group_list_kin``)."""
    token = root
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ != "appos" or token.head is token:
        return None
    noun = token.head
    return noun if lemma_of(noun) in people_lexicon().group_list_kin else None


def spared(token: Token) -> bool:
    """Whether the words tell the people of ``token`` unharmed or only
    there to see: subject of a negated harm verb ("were not hurt"), of a
    state of no harm ("were unharmed"), of a verb of seeing ("saw the
    shooting"), or the object of "in front of"."""
    lex = people_lexicon()
    token = phrase_head(token)
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in lex.spared_places:
        return True
    if token.dep_ not in _SUBJECTS:
        return False
    lemma = lemma_of(head)
    if lemma in lex.harm_verbs and any(c.dep_ == "neg" for c in head.children):
        return True
    if lemma in lex.spared_verbs and token.dep_ == "nsubj":
        return True
    return any(c.dep_ == "acomp" and c.lower_ in lex.spared_states for c in head.children)
