"""The sex a report tells of a person away from the person's own words:
"the victim ... his family", "the victim, the son of a pastor".

Reporters often call the one victim "the victim", "a person" or "1 killed"
and give the sex only later: by a pronoun that stands for the victim ("he
was in heaven now", "his mother said"), or by a noun of kin the victim is
told as ("the son of", "their daughter").  Neither is as sure as a noun of
the person's own (:mod:`.sexes`): a pronoun may be someone else's, so it
is read only where it can stand for no one else: the resolver
(:func:`.pronouns.antecedent`) finds the person, and no other person whom
the pronoun could stand for (a noun of no sex or of its sex, a name) is
told between the two.  A first name is never read.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from reportcheck.details import SEX_BY_PRONOUN, SEX_BY_RELATION
from reportcheck.extract.core.base import lemma_of
from reportcheck.extract.core.pronouns import agrees, antecedent, is_person, phrase_head, pronoun_sex
from reportcheck.extract.core.sexes import word_sex
from reportcheck.knowledge.callers import caller_words

#: how many sentences after the person's own a pronoun is looked for in
_SENTENCES = 2
#: the dependencies by which a noun of kin tells who a person is ("the
#: victim, the son of ...", "the victim was the son of ...")
_KIN_DEPS = frozenset({"appos", "attr"})


@dataclass(frozen=True)
class ToldSex:
    """A sex read for a person, by what (``SEX_BY_PRONOUN`` or
    ``SEX_BY_RELATION``) and the word that tells it (its evidence)."""

    sex: str
    by: str
    word: Token


def told_sex(person: Token) -> ToldSex | None:
    """The sex told of the person whose phrase ``person`` heads: a noun of
    kin the person is told as, else the pronouns that stand for the person
    alone (:func:`_sex_by_pronouns`).  None where nothing is told, or where the
    words tell both sexes."""
    if lemma_of(person) in caller_words("responders"):
        return None  # "A crew pronounced him dead": the crew is no victim
    return _kin_sex(person) or _sex_by_pronouns(person)


def _kin_sex(person: Token) -> ToldSex | None:
    """ "the victim, the son of a pastor", "the victim was their daughter":
    a noun of one sex in apposition to the person or as the predicate of
    the person's own "was"."""
    kin = [c for c in person.children if c.dep_ == "appos" and c.i > person.i]
    if person.dep_ == "nsubj" and person.head.lemma_ == "be":
        kin += [c for c in person.head.children if c.dep_ in _KIN_DEPS and c.i > person.i]
    for noun in kin:
        if _listed(noun):
            continue
        if noun.pos_ == "NOUN" and (sex := word_sex(noun)) is not None:
            return ToldSex(sex, SEX_BY_RELATION, noun)
    return None


def _listed(noun: Token) -> bool:
    """ "Russell Smith, his wife, Shawna Smith": a noun of kin whose possessor
    is a pronoun, after a name, is the next person of a list, not the
    person told again."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _sex_by_pronouns(person: Token) -> ToldSex | None:
    """The sex of the pronouns of one sex after ``person``, in its sentence
    and the next ones, that the resolver takes to stand for the person and
    that no other person who agrees with them stands between; none where
    such pronouns tell both sexes."""
    doc = person.doc
    last = person.sent.end
    for _ in range(_SENTENCES):
        if last < len(doc):
            last = doc[last].sent.end
    found: list[ToldSex] = []
    for token in doc[person.i + 1 : last]:
        sex = pronoun_sex(token) if token.pos_ == "PRON" else None
        if sex is not None and _stands_for(token, person):
            found.append(ToldSex(sex, SEX_BY_PRONOUN, token))
    if len({told.sex for told in found}) != 1:
        return None
    return found[0]


def _stands_for(pronoun: Token, person: Token) -> bool:
    """Whether the resolver takes ``pronoun`` to stand for ``person`` and no
    other person it could stand for is told between them."""
    meant = antecedent(pronoun)
    if meant is None or meant.i != phrase_head(person).i:
        return False
    return not any(
        is_person(t) and agrees(t, pronoun) and phrase_head(t).i != meant.i
        for t in pronoun.doc[person.i + 1 : pronoun.i]
    )
