"""Days of what came after the incident, told against the incident itself.

A report that measures its own time from the incident ("as vigils were held
to mark a week since the shooting", "two days after the attack, police
said ...") dates a later action: the riots, the announcement, the vigil.
Likewise "in the aftermath of the shooting Tuesday, the pastor announced a
truce": a day written after the event noun inside "the aftermath of" (or
"the wake of") dates what the sentence tells, not the shooting, which the
writer would have dated "Tuesday's shooting".  Such a day is set apart as the
``aftermath`` event (rules/events.yaml) and never compared with the day of
the incident.  A day inside the measured phrase itself ("a week after the
shooting on Saturday") stays the incident's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from reportcheck.extract.core.base import lemma_of
from reportcheck.extract.dates.rules import date_rules
from reportcheck.knowledge.events import AFTERMATH_EVENT, event_lexicon

AFTERMATH = AFTERMATH_EVENT


def _incident_noun(token: Token) -> bool:
    return event_lexicon().by_noun.get(lemma_of(token)) == "incident"


def _elapsed_anchor(sent: Span) -> Token | None:
    """The preposition of "a week since the shooting", "two days after the
    attack": a span of time measured from the incident, or None."""
    rules = date_rules()
    for prep in sent:
        if prep.lower_ not in rules.elapsed_preps or prep.i == sent.start:
            continue
        # the parser hangs "since" on the unit or on the verb before it
        unit = prep.doc[prep.i - 1]
        if lemma_of(unit) not in rules.elapsed_units and lemma_of(prep.head) not in rules.elapsed_units:
            continue
        if any(c.dep_ == "pobj" and _incident_noun(c) for c in prep.children):
            return prep
    return None


def _inside(token: Token, top: Token) -> bool:
    """Whether ``token`` is ``top`` or below it (tokens compared by index:
    spaCy makes a new object at each access)."""
    return token.i == top.i or any(a.i == top.i for a in token.ancestors)


def _in_aftermath_phrase(span: Span) -> bool:
    """ "in the aftermath of the shooting Tuesday": the day hangs, after it,
    on an incident noun governed by "aftermath of" / "wake of"."""
    root = span.root
    noun = root.head
    if root.dep_ != "npadvmod" or noun.i > root.i or not _incident_noun(noun):
        return False
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and lemma_of(of.head) in date_rules().aftermath_nouns


def dates_aftermath(span: Span) -> bool:
    """Whether the day ``span`` dates an action after the incident rather
    than the incident: its sentence measures time from the incident and the
    day is outside that measure, or it sits in "the aftermath of" the
    incident."""
    if _in_aftermath_phrase(span):
        return True
    anchor = _elapsed_anchor(span.sent)
    if anchor is None:
        return False
    unit = anchor.doc[anchor.i - 1]
    return not (_inside(span.root, anchor) or _inside(span.root, unit))
