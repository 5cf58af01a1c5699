"""A person told as found harmed: "was found shot to death", "police found a
man dead inside his home", "discovered the body of a 26-year-old man",
"was found unresponsive with gunshot wounds", "found a woman suffering from
a gunshot wound".

Reporters often tell a death, or a wound, by the finding of the person: the
police came upon them.  The counts reader already takes such a person for
one killed or hurt (``outcome_words``, ``body_nouns`` of rules/counts.yaml);
this says the same of the person, so that their age is a victim's (an
unnamed "26-year-old man" found dead is the one "25-year-old man" another
report says was shot and killed).  Only the words found with
the person tell the harm: a person found hiding, found unharmed, found guilty
or found beside a gun is no one harmed, and a thing found (a gun, shell
casings) is no person.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from reportcheck.extract.core.base import lemma_of
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.names import people_lexicon

#: the parts of a finding verb that tell what the person was found as:
#: "found dead" (oprd, acomp), "found shot" (xcomp), "found suffering"
#: (advcl, ccomp), "found with gunshot wounds" (prep)
_VERB_PARTS = frozenset({"oprd", "acomp", "xcomp", "advcl", "ccomp", "prep"})
#: the parts of a headline's finding verb that do ("Man found dead"; never
#: "officers found that he had been shot")
_HEADLINE_PARTS = frozenset({"oprd", "acomp", "xcomp"})
#: the parts of the person's own noun phrase that do: "a man dead", "a man
#: suffering from", "a man with gunshot wounds" (never a relative clause:
#: "a man who shot his wife")
_PERSON_PARTS = frozenset({"amod", "acl", "prep"})
#: the parts walked down from there: "suffering from a gunshot wound",
#: "lying in the street suffering from gunshot wounds"
_WALKED = frozenset({"prep", "pobj", "compound", "amod", "acomp", "xcomp", "advcl", "oprd", "conj", "dobj"})
#: how deep the walk goes below a part
_DEPTH = 4
#: a preposition never walked through: "found guilty of murder" tells a verdict
_NOT_WALKED = frozenset({"of"})


def found_harmed(person: Token) -> bool:
    """Whether the person (a name's or a noun's head) is told as found
    harmed, dead or alive: the body of someone ("the body of a 26-year-old
    man"), or the one a finding verb (``finding_verbs``) came upon with words
    of harm beside them (an outcome word of the dead or the hurt, a verb of
    harm, a wound, ``found_harmed``), none of them saying the person was
    unharmed, hurt by their own hand or found guilty."""
    if _body_of(person):
        return True
    parts = _finding(person)
    if parts is None:
        return False
    if any(_denies_harm(word) for part in parts for word in part.subtree):
        return False
    return any(_tells_harm(word) for part in parts for word in _walk(part, person, _DEPTH))


def _body_of(person: Token) -> bool:
    """ "the body of a 26-year-old man", "the remains of Jane Ruiz"."""
    if person.dep_ != "pobj" or person.head.lower_ != "of":
        return False
    return lemma_of(person.head.head) in lexicon().body_nouns


def _finding(person: Token) -> list[Token] | None:
    """The parts of the finding verb that came upon the person, and of the
    person's noun phrase, that tell what they were found as (None where no
    finding verb did): "Ruiz was found dead" (the passive subject),
    "police found a man dead" (the object), "found a man suffering from"
    (the subject the parser gives the clause after the verb), "Man found
    shot" (a headline's participle after its noun)."""
    finding = people_lexicon().finding_verbs
    head = person.head
    if person.dep_ in ("nsubjpass", "dobj") and lemma_of(head) in finding and head.i != person.i:
        return [c for c in head.children if c.dep_ in _VERB_PARTS] + _own_parts(person)
    if person.dep_ == "nsubj" and head.dep_ in _VERB_PARTS and lemma_of(head.head) in finding:
        return [head, *_own_parts(person)]
    headline = person.dep_ == "nsubj" and lemma_of(head) in finding
    if headline and not any(c.dep_ == "dobj" for c in head.children):
        # headlines drop the "was": "26-year-old man found shot to death"
        return [c for c in head.children if c.dep_ in _HEADLINE_PARTS]
    for verb in person.children:
        if verb.dep_ == "acl" and lemma_of(verb) in finding:
            return [c for c in verb.children if c.dep_ in _VERB_PARTS]
    return None


def _own_parts(person: Token) -> list[Token]:
    """The parts of the person's noun phrase ("a man dead", "a man with
    gunshot wounds"), not a headline's finding verb hung on it."""
    finding = people_lexicon().finding_verbs
    return [c for c in person.children if c.dep_ in _PERSON_PARTS and lemma_of(c) not in finding]


def _walk(token: Token, person: Token, depth: int) -> Iterator[Token]:
    """The words below a part that are said of the person: not past "of",
    nor into a clause of another subject ("found Ann Ruiz crying over the
    boy, who appeared to have been shot": the boy was)."""
    if token.dep_ == "prep" and token.lower_ in _NOT_WALKED:
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i != person.i for c in token.children):
        return
    yield token
    if depth == 0:
        return
    for child in token.children:
        if child.dep_ in _WALKED:
            yield from _walk(child, person, depth - 1)


def _tells_harm(word: Token) -> bool:
    """ "dead", "wounded", "shot", "stabbed", "wounds", "unresponsive"."""
    casualties = lexicon()
    lex = people_lexicon()
    lemma = lemma_of(word)
    if casualties.outcome_word.get(word.lower_) in ("killed", "injured"):
        return True
    if word.lower_ in lex.found_harmed or lemma in lex.found_harmed:
        return True
    harm_verb = lemma in lex.harm_verbs or lemma in casualties.harm_participle
    if word.tag_ in ("VBN", "VBG", "VBD") and harm_verb:
        return True
    return word.pos_ == "NOUN" and lemma in casualties.injury_nouns


def _denies_harm(word: Token) -> bool:
    """ "found unharmed", "a self-inflicted gunshot wound" (the counts'
    words for either), "found guilty" (a court stage's)."""
    casualties = lexicon()
    if word.lower_ in casualties.unharmed_words or lemma_of(word) in people_lexicon().later_stage:
        return True
    before = word.doc[word.left_edge.i : word.i + 1].text.lower()
    return any(words in before for words in casualties.self_inflicted)
