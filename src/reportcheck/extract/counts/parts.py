"""A toll's figure told of one part of the people it counts.

Reporters break a toll down as they tell it: by stage ("four children died
at the scene and a fifth later in hospital"), by part of the scene ("killing
all six people aboard and one person on the ground"), by manner ("two
people died after jumping from the building"), by care ("four people were
taken to hospitals", of nine injured).  Each such figure is a part of the
toll, never the toll: set against another report's whole it may be smaller,
never larger (:mod:`reportcheck.compare.scopes`).  The words are
``part_markers``, ``another_part_words``, ``taken_to_hospital_verbs`` and
``hospitalized_verbs`` of rules/counts.yaml; :mod:`.scope` decides, with the
report's other figures, when a marked figure is a part.
"""

from __future__ import annotations

from spacy.tokens import Token

from reportcheck.extract.core.base import lemma_of
from reportcheck.extract.counts.quantity import Quantity
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.vocabulary import NAMED_PLACE_LABELS, tells

#: how many words after a figure its clause's part marker is read in
WINDOW = 10


def _clause_after(quantity: Quantity) -> tuple[list[Token], list[Token]]:
    """The words after a figure (and its noun) up to the end of its clause,
    and the rest of its sentence after that end."""
    doc = quantity.first.doc
    last = max(quantity.last.i, quantity.noun.i if quantity.noun is not None else quantity.last.i)
    end = quantity.last.sent.end
    lex = lexicon()
    clause: list[Token] = []
    for i in range(last + 1, min(end, last + 1 + WINDOW)):
        if doc[i].lower_ in lex.part_clause_ends:
            rest: list[Token] = []
            if doc[i].lower_ in lex.part_sentence_breaks:
                return clause, rest
            for word in doc[i + 1 : end]:
                if word.lower_ in lex.part_sentence_breaks:
                    break  # "Reyes died at the scene; Batista was arrested hours later": another matter
                rest.append(word)
            return clause, rest
        clause.append(doc[i])
    return clause, []


def _text(words: list[Token]) -> str:
    """Words as one lower-case text, for :func:`tells` to find a rule's phrases in."""
    return " ".join(w.lower_ for w in words)


def told_of_a_part(quantity: Quantity, *, one: bool = False) -> str | None:
    """The name of the stage, part of the scene or manner the clause of a
    figure of two or more people tells of them ("at the scene" of "died at
    the scene" and of "died on the spot", "aboard" of "died on board",
    "after jumping"), or None.  With ``one``, a figure of one person too: the
    later part of a breakdown ("six aboard and one person on the ground")."""
    if quantity.low is None or quantity.low < (1 if one else 2):
        return None  # one person: "a climber died after falling" (the individual rules of scope.py)
    word = quantity.noun or quantity.arg
    if word.pos_ == "PROPN" or word.ent_type_ == "PERSON" or (quantity.noun is None and word.is_title):
        return None  # "Reyes died at the scene": one named person, scoped by name
    clause, _ = _clause_after(quantity)
    text = _text(clause)
    lex = lexicon()
    return next((lex.part_names[marker] for marker in lex.part_markers if tells(text, [marker])), None)


def another_part_follows(quantity: Quantity) -> bool:
    """Whether the sentence goes on, after the figure's clause, to another
    part of the toll: "... and a fifth died later", "... and one person on the
    ground"."""
    _, rest = _clause_after(quantity)
    text = _text(rest)
    lex = lexicon()
    return tells(text, lex.another_part) or tells(text, lex.part_markers)


def taken_to_hospital(verb: Token) -> bool:
    """Whether a verb takes the people it tells of to hospital: "were taken
    to hospitals", "was rushed to a hospital", "were hospitalized"."""
    lex = lexicon()
    lemma = lemma_of(verb)
    if lemma in lex.hospitalized:
        return True
    if lemma not in lex.taken_to_hospital:
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "to"
        and any(obj.dep_ == "pobj" and lemma_of(obj) in lex.hospital_nouns for obj in prep.children)
        for prep in verb.children
    )


def described_one(quantity: Quantity) -> bool:
    """Whether a figure is one person the report describes, not a count of a
    kind of people: "a 3-year-old girl whose mother survived", "a
    72-year-old retired teacher" (an age or a clause of her own), where "a
    child" is the count of children."""
    noun = quantity.noun
    if noun is None or quantity.low != 1 or quantity.high != 1:
        return False
    if quantity.first.lower_ not in lexicon().one_person:
        return False  # "a", "an": "one girl" is a count
    for child in noun.children:
        if child.dep_ in ("relcl", "acl", "appos"):
            return True
        if child.dep_ in ("amod", "compound", "nummod") and _tells_age(child):
            return True
    return any(_tells_age(w) for w in noun.doc[quantity.first.i : noun.i])


def _tells_age(word: Token) -> bool:
    """Whether a word is or ends in a word of an age: "old", "3-year-old"."""
    ages = lexicon().age_words
    return word.lower_ in ages or any(word.lower_.endswith(f"-{age}") for age in ages)


def place_there(quantity: Quantity) -> str | None:
    """The one place a figure's sentence names before it, where its clause
    says "there": "the quake brought down a minaret in Kocaeli province and
    killed two people there" counts Kocaeli's dead, never the whole toll."""
    clause, _ = _clause_after(quantity)
    own = lexicon().place_own_words
    if not any(w.lower_ in own and w.dep_ == "advmod" for w in clause):
        return None
    sentence = quantity.first.sent
    names = {
        ent.text
        for ent in sentence.ents
        if ent.label_ in NAMED_PLACE_LABELS and ent.end <= quantity.first.i and ent.start > sentence.start
    }
    return names.pop() if len(names) == 1 else None
