"""Who a pronoun that calls or finds stands for: "She found her husband on
the floor and called 911", "When officers arrived, they found the man".

Reporters name a caller or finder once and then go on with a pronoun
("Ann Ruiz, 52, told deputies she came home and found her son"; "Officers
responded at 2 a.m.  They found a man suffering from a gunshot wound").
The pronoun stands for the person told before it in its own sentence, or
else in the sentence before, who agrees with it: "he" and "she" a single
person whose noun states no other sex ("she" is not "the brother"), "they"
people told as several or the police; the subject among them where more
than one agree, unless another who agrees is the object of a verb ("Maria
Lopez told her sister that she had been shot": either may be meant).  The
person so found is taken whoever it is: where it is someone the caller
reader has no role for ("a man", "the gunman"), the pronoun says
nothing, rather than standing for someone told further back; and where
two may be meant, it says nothing either.

The object, possessive and reflexive forms ("him", "his", "herself") stand
for whom their subject form would: the victim's sex is read from them too
(:mod:`reportcheck.extract.core.told_sex`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from reportcheck.extract.core.base import lemma_of
from reportcheck.knowledge.callers import caller_role, caller_words
from reportcheck.knowledge.names import people_lexicon

#: the subject pronouns that may stand for a caller or finder
PRONOUNS = frozenset({"he", "she", "they"})
#: the dependencies of a word inside a noun phrase, not the phrase's head
_INSIDE = frozenset({"compound", "poss", "amod", "det", "nummod", "case"})
#: the dependencies by which a person is part of another's phrase
_JOINED = frozenset({"conj", "appos"})
#: the dependencies of a clause's subject
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: the subject pronoun of each sex
_SUBJECT_OF_SEX = {"male": "he", "female": "she"}
#: the dependencies of a verb's object: a person a verb tells of, who may be
#: meant as well as its subject
_OBJECTS = frozenset({"dobj", "obj", "dative", "iobj"})
#: the places of a person in its sentence, the most told first
_PLACES = ("subject", "object", "other")
#: how many earlier same pronouns are followed back ("He says he ...")
_DEPTH = 3


def antecedent(pronoun: Token, depth: int = 0) -> Token | None:
    """The head of the phrase of the person ``pronoun`` stands for, or None.

    The people told before it in its own sentence are looked at first, then
    those of the sentence before; of those in one sentence who agree with
    the pronoun, the one that is a subject is taken where only one is ("Ann
    Ruiz told deputies she found him": the deputies do not agree; "Detectives
    looking for witnesses found the door forced.  They entered": the
    detectives, the subject), else the one person where only one is told.
    The same pronoun as a subject before it ("She said she called") stands
    for the same person, whoever that is.  Two who may be meant ("Antonio
    LeGrier says when he came home his son was agitated.  He called police";
    a subject and the object of a verb, "Maria Lopez told her sister, Ana
    Ruiz, that she had been shot.  She called 911") leave the pronoun unread."""
    if subject_form(pronoun) not in PRONOUNS or depth > _DEPTH:
        return None
    doc = pronoun.doc
    sentence = pronoun.sent
    windows = [doc[sentence.start : pronoun.i]]
    if sentence.start > 0:
        windows.append(doc[sentence.start - 1].sent)
    for window in windows:
        meant = _meant(window, pronoun, depth)
        if meant:
            return _the_one(list(meant.values()))
    return None


def _the_one(meant: list[tuple[Token | None, str]]) -> Token | None:
    """The one person of a sentence a pronoun stands for: the only one told,
    else the one subject where no other who agrees is the object of a verb.
    A person a verb tells of ("Maria Lopez told her sister, Ana Ruiz, that
    she had been shot.  She called 911") may be meant as well as its
    subject: two who may be meant leave the pronoun unread; a person told
    inside a phrase ("Detectives looking for witnesses") yields to the
    subject."""
    if len(meant) == 1:
        return meant[0][0]
    subjects = [person for person, place in meant if place == "subject"]
    objects = [person for person, place in meant if place == "object"]
    return subjects[0] if len(subjects) == 1 and not objects else None


def _meant(window: Span, pronoun: Token, depth: int) -> dict[int, tuple[Token | None, str]]:
    """The people in ``window`` who agree with the pronoun, each once: its
    head (None for an earlier same pronoun that stands for no one known) and
    the most a verb tells of it anywhere: "subject", "object" (of a verb:
    "told her sister") or "other" (inside a phrase: "looking for witnesses")."""
    meant: dict[int, tuple[Token | None, str]] = {}
    for told in _people(window, pronoun):
        person = antecedent(told, depth + 1) if told.lower_ in PRONOUNS else told
        key = person.i if person is not None else -1 - told.i
        place = "subject" if told.dep_ in _SUBJECTS else "object" if told.dep_ in _OBJECTS else "other"
        before = meant.get(key, (person, "other"))[1]
        meant[key] = (person, min(before, place, key=_PLACES.index))
    return meant


def _people(window: Span, pronoun: Token) -> list[Token]:
    """The heads of the phrases of the people told in ``window`` who agree
    with the pronoun, and the same pronoun as a subject; a name in apposition
    or a person joined by "and" is part of the phrase it hangs on ("a
    neighbor, Tom Reed,"; "police, the brother and a parent")."""
    heads: dict[int, Token] = {}
    for token in window:
        if token.lower_ == subject_form(pronoun) and token.dep_ in _SUBJECTS:
            heads.setdefault(token.i, token)
            continue
        if not is_person(token):
            continue
        head = phrase_head(token)
        if agrees(head, pronoun) and (head is token or is_person(head)):
            heads.setdefault(head.i, head)
    return list(heads.values())


def is_person(token: Token) -> bool:
    """Whether a word is the head of a phrase that tells a person: a name, a
    role of the caller rules, the police, or any other noun of a person
    ("a man", "the gunman")."""
    if token.dep_ in _INSIDE or token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.pos_ == "PROPN":
        return token.ent_type_ == "PERSON"
    lemma = lemma_of(token)
    lexicon = people_lexicon()
    return (
        caller_role(lemma) is not None
        or caller_role(token.lower_) is not None
        or lemma in caller_words("responders")
        or lemma in caller_words("vague")
        or lemma in lexicon.sex_of
        or lemma in lexicon.role_of
    )


def agrees(token: Token, pronoun: Token) -> bool:
    """Whether the person's noun agrees with the pronoun in number and sex:
    "they" people told as several or the police, "he" and "she" one person
    of no other sex."""
    several = token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children)
    police = lemma_of(token) in caller_words("responders")
    if pronoun.lower_ == "they":
        return several or police
    if several or police and token.tag_ != "NN":
        return False
    lexicon = people_lexicon()
    sex = lexicon.sex_of.get(lemma_of(token)) or lexicon.sex_of.get(token.lower_)
    return sex is None or sex == lexicon.pronoun_sex.get(subject_form(pronoun))


def phrase_head(token: Token) -> Token:
    """The head of the phrase a person is part of: a name in apposition or a
    person joined by "and" hangs on the phrase's first person ("a neighbor,
    Tom Reed,"; "police, the brother and a parent")."""
    while token.dep_ in _JOINED and token.head is not token:
        token = token.head
    return token


def pronoun_sex(pronoun: Token) -> str | None:
    """The sex the people rules give a pronoun of any form ("he", "him",
    "his", "herself"), or None ("they", any other word)."""
    lexicon = people_lexicon()
    word = pronoun.lower_
    return lexicon.pronoun_sex.get(word) or lexicon.own_pronoun_sex.get(word)


def subject_form(pronoun: Token) -> str:
    """The subject pronoun a form of one sex stands in for ("him", "his",
    "himself": "he"; "her", "herself": "she"), by the sex the people rules
    give it; any other word as written."""
    word = pronoun.lower_
    if word in PRONOUNS:
        return word
    sex = pronoun_sex(pronoun)
    return _SUBJECT_OF_SEX.get(sex, word) if sex else word
