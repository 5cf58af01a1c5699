"""The sex the text states for one person: never guessed, only read.

A report states a person's sex by a pronoun ("she died"), a noun of one sex
("a woman", "his father"), a title ("Mrs. Ortiz") or a possessive or
reflexive pronoun on the object of their own verb ("Lee put his hands up",
"Ortiz turned herself in").  Counts and people carry it as a typed detail
(``sex``), so the suspect's "him" is never one person with the woman's
"she", nor "Mr. Lee" with "Ms. Lee".  A first name says nothing: it is never
read for sex.  The words are the knowledge layer's (``sexes``,
``sex_pronouns``, ``sex_titles`` and ``own_pronouns`` of rules/people.yaml).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from reportcheck.extract.core.base import lemma_of
from reportcheck.knowledge.names import people_lexicon

#: the roles in which a name is the subject whose own pronouns its verb's object may carry
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: the objects of a verb a possessive or reflexive pronoun of its subject stands in or on
_OBJECT_DEPS = frozenset({"dobj", "pobj", "attr"})


def word_sex(token: Token) -> str | None:
    """The sex a single word states: a personal pronoun ("he", "her") or a
    noun of one sex ("woman", "sons")."""
    lex = people_lexicon()
    if token.pos_ == "PRON" and token.lower_ in lex.pronoun_sex:
        return lex.pronoun_sex[token.lower_]
    if token.pos_ in ("NOUN", "PROPN"):
        return lex.sex_of.get(token.lower_) or lex.sex_of.get(lemma_of(token))
    return None


def name_sex(name: Span) -> str | None:
    """The sex stated for a named person at this mention: a title or a noun
    of one sex just before the name ("Mr. Williams", "mother Ana Ruiz"), a
    noun of one sex in apposition ("Ana Ruiz, a 34-year-old woman"), or the
    name's own possessive or reflexive pronoun (:func:`_own_pronoun_sex`).
    None when the mention says nothing, or says both."""
    sexes = {_title_sex(name), _apposition_sex(name.root), _own_pronoun_sex(name.root)} - {None}
    return next(iter(sexes)) if len(sexes) == 1 else None


def _title_sex(name: Span) -> str | None:
    """ "Mr. Williams", "Mrs. Jeri Ortiz" (the title inside or before the
    span), "mother Ana Ruiz", "policewoman Kim Lee" (a noun of one sex
    right before it)."""
    lex = people_lexicon()
    doc = name.doc
    first = name.start - 1
    words = [doc[i] for i in range(max(first - 1, 0), first + 1)]
    words += [t for t in name if t.i < name.end - 1]  # a title the model took into the name
    for word in words:
        bare = word.lower_.strip(".")
        if bare in lex.title_sex:
            return lex.title_sex[bare]
    if first >= 0 and doc[first].pos_ == "NOUN" and doc[first].head.i in range(name.start, name.end):
        return lex.sex_of.get(doc[first].lower_)
    return None


def _apposition_sex(root: Token) -> str | None:
    """ "Ana Ruiz, a 34-year-old woman, was shot", "the woman, Ana Ruiz,":
    the head noun of an apposition to the name, or of the name's (not "the
    victim's father", whose "father" is another person: only the
    apposition's own head is read, and never a kin's, :func:`_related`)."""
    sex_of = people_lexicon().sex_of
    if root.dep_ == "appos" and root.head.i < root.i and root.head.pos_ == "NOUN":
        return sex_of.get(root.head.lower_)  # "the woman, Ana Ruiz,"
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i and child.pos_ == "NOUN" and not _related(child):
            return sex_of.get(child.lower_)
    return None


def _related(noun: Token) -> bool:
    """ "Russell Smith, his wife, Shawna Smith": a noun of kin with a
    possessor names someone else of a list the parser hangs on the first
    name as an apposition, not the name's own sex."""
    return any(c.dep_ == "poss" for c in noun.children)


def _own_pronoun_sex(root: Token) -> str | None:
    """ "Lee put his hands up", "Ortiz turned herself in", "Lee was found
    in his car": a possessive or reflexive pronoun on an object of the verb
    the name is the subject of is the name's own.  Only the verb's own
    objects: "Lee said his son was shot" (a clause of its own) is not read;
    nor the object of a verb of taking ("Nichols took her gun": the
    deputy's), unless it is one's own ("took his own life")."""
    if root.dep_ not in _SUBJECT_DEPS:
        return None
    lexicon = people_lexicon()
    own = lexicon.own_pronoun_sex
    verb = root.head
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    objects += [o for p in verb.children if p.dep_ in ("prep", "prt") for o in p.children if o.dep_ == "pobj"]
    if lemma_of(verb) in lexicon.taking_verbs:
        # "took her gun": the deputy's; "took his own life": his
        objects = [o for o in objects if lemma_of(o) in lexicon.own_taken]
    sexes = set()
    for obj in objects:
        if obj.lower_ in own and obj.lower_.endswith("self"):
            sexes.add(own[obj.lower_])  # "turned herself in"
        sexes |= {own[c.lower_] for c in obj.children if c.dep_ == "poss" and c.lower_ in own}
    return next(iter(sexes)) if len(sexes) == 1 else None
