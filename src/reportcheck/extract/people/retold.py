"""Whose a bare "The 64-year-old" opening a sentence is: the one person the
sentence before told by a plain noun.

Reporters introduce the one person of a story by a noun of sex or of their
part and go on with the age used as a noun: "A man has died after a tree
fell on his car in Co Galway.  The 64-year-old was driving on the R336",
"A Stockton man was shot and killed early Wednesday.  The 32-year-old was
in his vehicle".  Keyed as "a person", that age met neither the man the
report tells nor the other report's "A 46-year-old man was killed", so two
ages of one dead man were never set against each other.  The age is that
man's only where the sentence before tells him and no one else: one
singular person's noun of ``retold_age_nouns`` (rules/people.yaml), no
name, no second person's noun (a spokesman, an officer, a neighbour), no
group of people but the police, and no age of its own.  Where the sentence
before names someone or tells two people ("Police said a 26-year-old man
was shot and a 23-year-old man was grazed.  The 26-year-old is critical")
the age is read as before, and so where the age's own verb gives it
another role than the noun's ("the teen who was shot ...  The 19-year-old
shot her") or a relative clause picks it out ("The 18-year-old who ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from reportcheck.extract.core.base import lemma_of
from reportcheck.extract.core.pronouns import is_person, phrase_head
from reportcheck.extract.people.bearers import Bearer
from reportcheck.knowledge.callers import caller_words
from reportcheck.knowledge.events import event_lexicon
from reportcheck.knowledge.names import people_lexicon

#: words that open a relative clause picking one person out of others
_RELATIVES = frozenset({"who", "whom", "whose", "that"})
#: the article a retold age opens its sentence with
_DEFINITE = "the"
#: an age told in the sentence before: "a 26-year-old man", "a man aged 40", "Ana Ruiz, 34,"
_TOLD_AGE = re.compile(
    r"\w+\s*-?\s*years?\s*-?\s*old|\bage[ds]?\s+\d|,\s*\d{1,3}\s*,|in (?:his|her) \w*\s*\d0s", re.I
)


def retold_bearer(
    doc: Doc, people: list[Span], start: int, role_of: Callable[[Token], str | None], own_role: str | None
) -> Bearer | None:
    """The bearer of a bare "The N-year-old" whose number is at character
    ``start`` and whose article opens its sentence: the one person the sentence
    before tells (:func:`_one_person`), keyed by that person's noun; its
    role the age's own (``own_role``: "The 8-year-old was wounded"), else
    the noun's (``role_of``: "A man has died").  None where the age opens
    no sentence, where its own role is not the noun's (the noun's victim
    and the age's attacker are two people), where a relative clause picks
    its person out of others ("The 18-year-old who shot his brother"), or
    where the sentence before tells no one person alone or names someone
    (``people``, the names the extractor read)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    article = doc[span[0].i - 1] if span[0].i > 0 else None
    if article is None or article.i != article.sent.start or article.lower_ != _DEFINITE or article.i == 0:
        return None
    before = doc[article.i - 1].sent
    storm = frozenset(event_lexicon().story_agents.storm_nouns)  # "Storm Fionnuala": the name reader's slip
    if any(before.start <= name.start < before.end and name[0].lower_ not in storm for name in people):
        return None
    noun = _one_person(before)
    if noun is None or _set_apart(span[0]):
        return None
    told_role = role_of(noun)
    if own_role and told_role and own_role != told_role:
        return None  # "the teen who was shot ... The 19-year-old who shot her": another person
    lemma = lemma_of(noun)
    return Bearer(f"unnamed:{lemma}", f"age of a {lemma}", own_role or told_role)


def _set_apart(number: Token) -> bool:
    """Whether a relative clause right after the age picks its person out
    of others ("The 18-year-old who shot his brother"): one of several."""
    doc = number.doc
    for token in doc[number.i : min(number.i + 6, len(doc))]:
        if token.lower_ == "old":
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return after is not None and after.lower_ in _RELATIVES
    return False


def _one_person(sentence: Span) -> Token | None:
    """The head of the one person ``sentence`` tells, where that person is
    told by a singular plain noun (``retold_age_nouns``) and the sentence
    tells no other person by a noun (the police aside) and gives no age ("year-old", "aged")."""
    lex = people_lexicon()
    responders = caller_words("responders")
    if _TOLD_AGE.search(sentence.text):
        return None  # "a 26-year-old man was shot": the age is told there already
    people: dict[int, Token] = {}
    for token in sentence:
        if token.pos_ == "PROPN" or not (is_person(token) or lemma_of(token) in lex.retold_age_nouns):
            continue  # a name is the extractor's (a storm's name is no one)
        head = phrase_head(token)
        if lemma_of(head) in responders or lemma_of(token) in responders:
            continue  # "police said", "gardaí said": the police are no one the age is of
        people[head.i] = head
    if len(people) != 1:
        return None
    (noun,) = people.values()
    if noun.tag_ != "NN" or lemma_of(noun) not in lex.retold_age_nouns:
        return None
    if any(c.dep_ == "conj" for c in noun.children):
        return None  # "a man and a woman": two people
    return noun
