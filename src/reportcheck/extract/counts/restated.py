"""A toll told again by a definite article.

Reports restate their toll as they go on: "have killed 11 people ... The 11
victims who died have been taken to the regional hospital", "five were
injured ... the five injured workers were flown to the burn unit".  The
article points back at everyone of that outcome the report has counted, so
a restated figure that differs from the report's own toll is the report
contradicting itself, where a bare count further down ("two more bodies",
"four people were treated") may be a part, a later figure or another set.

Only the bare restatement is read: the determiner before the figure, the
figure on the counted noun, an outcome word before it or a clause of its
verb alone after it ("who died", or its participle alone: "the 28 bodies
recovered").  A count of things (homes, buildings, villages) is restated
only with the outcome named on it ("the 213 damaged homes", "the 40 houses
destroyed"): "the 213 homes" alone may count another set.  A noun with a phrase or clause that picks
some of the people out ("the two victims found in the car", "the three who
died at the scene", "the two remaining victims") or the whole of a
partitive ("two of the three victims") is never one (``restating_*`` of
rules/counts.yaml).  "All" restates as the article does, before the figure
("all five people wounded"), and a phrase that ties the people to the
story's own event picks none out ("wounded in the attack", "who died in
Friday's crash"), where "in the second blast" or "in a separate attack"
may be another event.
"""

from __future__ import annotations

from spacy.tokens import Token

from reportcheck.extract.core.base import lemma_of
from reportcheck.extract.counts.damage import hit_words
from reportcheck.extract.counts.quantity import Quantity
from reportcheck.knowledge.casualties import lexicon, restating
from reportcheck.knowledge.events import event_lexicon

#: the children a restated count's noun may have besides its clause
PLAIN_DEPS = frozenset({"det", "predet", "nummod", "punct"})
#: the clauses on the noun that tell its outcome again: "who died", and the
#: participle alone, "the 28 bodies recovered"
CLAUSE_DEPS = frozenset({"relcl", "acl"})
#: how the parser hangs a count that is its clause's subject on the verb
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: how the parser hangs "all" on the figure itself rather than on the noun:
#: "all five people wounded" (``quantmod`` of "five")
FIGURE_DETERMINER_DEPS = frozenset({"quantmod", "predet", "det"})
#: how a word of its own hangs on the incident noun ("the deadly attack",
#: "the car bomb attack"): only a fatal adjective keeps it the story's own
INCIDENT_ADJECTIVE_DEPS = frozenset({"amod", "compound"})


def restated(quantity: Quantity) -> bool:
    """Whether a count is its report's toll told again ("The 13 victims who
    died", "the four injured workers", "In total, 12 people were
    injured"), pointing back at all of them."""
    outcomes = frozenset(lexicon().outcome_word)
    return _restating(quantity, outcomes) or totalled(quantity) or fronted_whole(quantity, outcomes)


def fronted_whole(quantity: Quantity, outcomes: frozenset[str]) -> bool:
    """Whether a count is the whole of a partitive set before its clause
    ("Of the 19 injured, two were seriously hurt", "Of the five people
    shot, one was a student"): the report tells its toll again to split
    it.  Only the partitive that opens its sentence and a comma closes,
    its noun (or its figure) carrying nothing but the article and the
    outcome: "two of the 19 injured" inside a clause, "of the three victims
    found in the car", may count a set of their own."""
    if quantity.vague or quantity.ranged or quantity.low != quantity.high:
        return False
    whole = quantity.noun if quantity.noun is not None else quantity.first
    of = whole.head
    if whole.dep_ != "pobj" or of.lower_ != "of" or of.i != of.sent.start:
        return False
    closing = whole.right_edge.i + 1
    if closing >= len(whole.doc) or whole.doc[closing].text != ",":
        return False
    if not any(w.lower_ in restating().determiners for w in _determiners(quantity, whole)):
        return False
    return all(_plain(child, quantity, outcomes) for child in whole.children)


def totalled(quantity: Quantity) -> bool:
    """Whether a count is the whole toll told again by a clause that opens
    with a word of the total (``restating_total_openers`` of
    rules/counts.yaml: "In total, 12 people were injured, most of them with
    smoke inhalation", "In all, nine people died in the fire"), as agency
    copy recaps its count: the figure is its clause's subject, its noun
    carries nothing but the figure, and its verb nothing that picks some
    out ("In total, 12 were injured in Antwerp" counts one place's)."""
    if quantity.vague or quantity.ranged or quantity.low != quantity.high:
        return False
    subject = quantity.noun if quantity.noun is not None else quantity.first
    if subject.dep_ not in SUBJECT_DEPS:
        return False
    if quantity.noun is not None and not all(
        _plain(child, quantity, frozenset()) for child in quantity.noun.children
    ):
        return False
    verb = subject.head
    openers = [child for child in verb.children if child.i < subject.i and _total_opener(child)]
    if not openers:
        return False
    return all(child in openers or child.i == subject.i or _recap_word(child) for child in verb.children)


def _total_opener(word: Token) -> bool:
    """ "In total" or "Altogether" hung on the verb before its subject."""
    phrase = " ".join(t.lower_ for t in word.subtree)
    return phrase in restating().total_openers


def _recap_word(child: Token) -> bool:
    """A word of a recap's verb that picks none of the people out: an
    auxiliary or a comma, "most of them" of what they suffered, or the
    story's own event ("in the fire")."""
    return child.dep_ in restating().clause_deps or _of_them(child) or _in_the_incident(child)


def _of_them(word: Token) -> bool:
    """A partitive of the counted people themselves set after the count
    ("most of them with smoke inhalation", "three of them seriously"): it
    tells what some suffered, never another set."""
    return any(w.lower_ == "them" and w.dep_ == "pobj" and w.head.lower_ == "of" for w in word.subtree)


def restated_thing(quantity: Quantity) -> bool:
    """Whether a count of things hit is the report's count told again with
    its outcome named ("the 213 damaged homes", "the 40 houses destroyed")."""
    if not _restating(quantity, hit_words()):
        return False
    noun = quantity.noun
    assert noun is not None  # _restating holds it
    return any(_names(child, hit_words()) for child in noun.children)


def _names(child: Token, outcomes: frozenset[str]) -> bool:
    """A modifier or clause of the counted noun that is an outcome word."""
    if child.dep_ != "amod" and child.dep_ not in CLAUSE_DEPS:
        return False
    return child.lower_ in outcomes or lemma_of(child) in outcomes


def _restating(quantity: Quantity, outcomes: frozenset[str]) -> bool:
    """A definite count whose noun carries nothing but its article, its
    figure and words of ``outcomes`` (or a clause of its verb alone)."""
    noun = quantity.noun
    if noun is None or quantity.vague or quantity.ranged or quantity.low != quantity.high:
        return False
    if quantity.first.dep_ != "nummod" or quantity.first.head.i != noun.i:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return False  # "two of the three victims": the whole of a part
    if not any(c.lower_ in restating().determiners for c in _determiners(quantity, noun)):
        return False
    return all(_plain(child, quantity, outcomes) for child in noun.children)


def restated_everyone(quantity: Quantity) -> bool:
    """Whether a count of a thing of no known role is the whole set told
    again by "all" before the figure ("All five walkers were local to
    Cumbria", "All four crew members were rescued"), the word a reporter
    retells a group by (``everyone_words`` of rules/counts.yaml).  "The two
    walkers" may be two of a party, so the article alone restates no such
    count; nor does "all" before a noun with a phrase or clause that picks
    some out ("all three of his children", "all four men who were inside")."""
    if not _restating(quantity, frozenset()):
        return False
    noun = quantity.noun
    assert noun is not None  # _restating holds it
    return any(w.lower_ in lexicon().everyone for w in _determiners(quantity, noun))


def _determiners(quantity: Quantity, noun: Token) -> list[Token]:
    """The determiners before a count's figure: on its noun ("the", "all"),
    or hung by the parser on the figure itself ("all five people wounded")."""
    before = [c for c in noun.children if c.i < quantity.first.i and c.dep_ in ("det", "predet")]
    return before + [
        c for c in quantity.first.children if c.i < quantity.first.i and c.dep_ in FIGURE_DETERMINER_DEPS
    ]


def _plain(child: Token, quantity: Quantity, outcomes: frozenset[str]) -> bool:
    """A child of the counted noun that picks none of the people out: the
    article and the figure, an outcome word before the noun ("injured"), or
    a clause of its verb alone ("who died", "recovered")."""
    if child.dep_ in PLAIN_DEPS:
        return child.dep_ != "nummod" or child.i == quantity.first.i
    if child.dep_ == "amod":
        return _names(child, outcomes) and not list(child.children)
    if child.dep_ in CLAUSE_DEPS:
        return all(c.dep_ in restating().clause_deps or _in_the_incident(c) for c in child.children)
    return _in_the_incident(child)


def _in_the_incident(prep: Token) -> bool:
    """A phrase that ties the people to the story's own event and so picks
    none of them out: "in the attack", "in Friday's shooting", "in the
    deadly blast" (``restating_incident_preps`` of
    rules/counts.yaml).  An event told with any other word ("the second
    blast", "a crash") may be another one, and "in the car" is a place."""
    if prep.dep_ != "prep" or prep.lower_ not in restating().incident_preps:
        return False
    objects = list(prep.children)
    if len(objects) != 1 or objects[0].dep_ != "pobj":
        return False
    event = objects[0]
    if event_lexicon().by_noun.get(lemma_of(event)) != "incident":
        return False
    return _known_event(event)


def _known_event(event: Token) -> bool:
    """An incident noun told as the one the story is about: a definite
    determiner (``restating_event_determiners``) or a possessive before
    it, and no word of its own but a fatal adjective ("the deadly attack")."""
    lex = lexicon()
    told = False
    for word in event.children:
        if word.dep_ == "det":
            if word.lower_ not in restating().event_determiners:
                return False
            told = True
        elif word.dep_ == "poss":
            if any(c.dep_ != "case" for c in word.children):
                return False
            told = True
        elif word.dep_ in INCIDENT_ADJECTIVE_DEPS:
            if word.lower_ not in lex.fatal_adjectives or list(word.children):
                return False
        elif word.dep_ != "punct" and not _of_whom(word):
            return False
    return told


def _of_whom(clause: Token) -> bool:
    """A relative clause on the people the parser hangs on the event noun
    after them: "all five people wounded in the attack, two of whom are in a
    critical condition" ("of whom" tells people, never the attack)."""
    return clause.dep_ == "relcl" and any(
        w.lower_ == "whom" and w.head.lower_ == "of" for w in clause.subtree
    )
