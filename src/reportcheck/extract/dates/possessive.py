"""A day told in the possessive of the incident's noun: "Monday's landslide",
or set before it after "the": "the Tuesday crash".

Reporters name the incident they write about by its day: "the motive for
Monday night's shooting", "Thursday's shooting had shaken the community",
"The death toll in Monday's landslide rose to 16", "last week's bombing".
In the real corpora (ECB+, GVC, GVDB) 24 of 26 such phrases name the
story's own incident (the others a general strike and the shooting a
story of riots recounts), so the day is the incident's day more surely than
a bare weekday, which hangs on a verb of saying, an arrest or a death as
often as on the attack.  The incidents stage keeps such a day with the
report's own event when it lies within a day of the lead's (a slip, or the
other side of midnight: :mod:`reportcheck.incident_events`), and the
comparer sets it against the report's own day of the incident as the
report's internal finding (:mod:`reportcheck.compare`).

Only an incident's noun (``by_noun`` of rules/events.yaml: "shooting",
"quake", "landslide"): "Saturday's vigil", "Monday's hearing", "Friday's
game" name another event, whose day says nothing of the incident's.

North American copy writes the same day before the noun with no "'s":
"after the Monday morning shootings at Gordon Advisors", "the victim of
the Friday night shooting", "the late Saturday night shooting in Sparta",
"at the time of the Monday night incident" (12 of 12 such phrases before an
incident's noun in ECB+, GVC and GVDB name the story's own incident).  The
parser hangs such a day on the noun, on a night word or on the verb, so
:func:`attributive_of_incident` reads the words in their order; the same
shape before another noun names another event ("the Saturday press
conference", "the Friday night lights", "the Friday before the game").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from reportcheck.extract.core.base import lemma_of
from reportcheck.extract.dates.rules import date_rules
from reportcheck.knowledge.events import event_lexicon
from reportcheck.knowledge.vocabulary import WEEKDAY_NAMES

#: how many words a parse may put between the possessive day and its noun
#: ("Sunday night's officer-involved shooting" hangs the day on "officer",
#: "involved" on "shooting"): the modifiers a reporter writes before the noun
_MODIFIER_REACH = 3
#: the dependencies of a word that modifies the noun ahead of it
_MODIFIER_DEPS = frozenset({"amod", "compound", "npadvmod", "nmod"})


def possessive_of_incident(span: Span) -> bool:
    """Whether the day ``span`` is written in the possessive of a noun of an
    incident ("Monday's landslide", "Monday night's shooting", "yesterday's
    blast"): its last word, or the word before the "'s", is the possessive
    of the noun, directly or through the modifiers written between."""
    owner = _possessive_word(span)
    if owner is None:
        return False
    head = owner.head
    for _ in range(_MODIFIER_REACH + 1):
        if head.pos_ in ("NOUN", "PROPN") and event_lexicon().by_noun.get(lemma_of(head)) == "incident":
            return True
        if head.dep_ not in _MODIFIER_DEPS or head.head is head:
            return False
        head = head.head
    return False


def attributive_of_incident(span: Span) -> bool:
    """Whether the weekday ``span`` is set after "the" right before a noun of an
    incident ("the Tuesday crash", "the Monday morning shootings", "the
    Sunday afternoon shooting death"), as the possessive names it, with at
    most :data:`_MODIFIER_REACH` modifiers written between.  The noun must
    stand with no clause after it, in a sentence telling no other time: a
    clause ("the Sunday shooting that wounded a teenager") or a
    second time ("the Friday night shooting last year", "in 2019") sets apart
    another case the story recalls."""
    if span.start == 0 or span.doc[span.start - 1].lower_ != "the":
        return False
    if not any(word.lower_ in _WEEKDAYS for word in span):
        return False  # "the Nov. 7th shooting death of ...": as often another case the story recalls
    for word in span.doc[span.end : span.end + _MODIFIER_REACH + 1]:
        if _incident_noun(word):
            return _bare(word) and not _other_time(span)
        if word.pos_ not in _ATTRIBUTIVE_POS and word.text not in _HYPHENS:
            return False
    return False


def _bare(noun: Token) -> bool:
    """Whether the incident's noun carries no clause after it that picks one
    case out ("the Sunday shooting that wounded a teenager", "the Friday
    crash that killed two"): the story's own incident needs no such mark,
    though a place or a victim may follow it ("the Friday night shooting at
    the store", "the Sunday afternoon shooting death of a child")."""
    return not any(child.i > noun.i and child.dep_ in _PICKING_CLAUSE_DEPS for child in noun.children)


def _other_time(span: Span) -> bool:
    """Whether the day's sentence tells a time besides the day ("the Friday
    night shooting last year", "two years ago", "in 2019"); a span of hours
    ("hours after the Monday morning shooting") dates nothing apart."""
    return any(
        ent.label_ == "DATE"
        and (ent.end <= span.start or ent.start >= span.end)
        and any(word.like_num or word.lower_ in date_rules().recalled_time_words for word in ent)
        for ent in span.sent.ents
    )


def _incident_noun(word: Token) -> bool:
    """A noun of an incident, also where the parser tags it a verb ("the
    Friday night shooting at the store": "shooting" read as a gerund)."""
    by_noun = event_lexicon().by_noun
    if word.pos_ in ("NOUN", "PROPN") and by_noun.get(lemma_of(word)) == "incident":
        return True
    return word.tag_ == "VBG" and by_noun.get(word.lower_) == "incident"


def _possessive_word(span: Span) -> Token | None:
    """The word of the day the parse marks as a possessive, its "'s" beside
    it ("Monday" of "Monday's", "night" of "Monday night's")."""
    return next((t for t in span if t.dep_ == "poss" and any(_apostrophe_s(c) for c in t.children)), None)


def _apostrophe_s(token: Token) -> bool:
    return token.dep_ == "case" and token.lower_ in _APOSTROPHE_S


#: the days read before the noun: weekdays only ("the Tuesday crash"); a
#: month and day so written in GVC ("another capital murder charge for the
#: Nov. 7th shooting death of ...") named an older case
_WEEKDAYS = frozenset(name.lower() for name in WEEKDAY_NAMES)
#: the words a reporter sets between a day and the incident's noun
#: ("Friday night", "officer-involved", "drive-by")
_ATTRIBUTIVE_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})
#: the hyphen inside a compound modifier ("officer-involved")
_HYPHENS = frozenset({"-"})
#: the clauses after a noun that pick one case of its kind out
_PICKING_CLAUSE_DEPS = frozenset({"relcl", "acl"})
#: the possessive's ending, either apostrophe
_APOSTROPHE_S = frozenset({"'s", "’s"})
