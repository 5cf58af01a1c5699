"""Days of another action than the incident, told by the verb they hang on.

A report dates more than the attack: the day the victims were identified,
the day a suspect was booked, the first court appearance, the day a
spokesman or a relative spoke.  The event tie (``core/events.py``) names
such a verb ``other:<lemma>``, and the dates component reads any such day as
a candidate day of the incident; a follow-up's "The coroner's office on
Saturday identified the victim" or "The dead boy's uncle on Tuesday said
..." then stands against the other report's day of the shooting, and a gap
of two days is a false conflict.  A day hung on one of these verbs dates the
verb's own action (``own_actions`` in ``rules/dates.yaml``):

* a step of the case ("was identified Sunday", "was booked Friday"),
  wherever the day sits in the verb's own clause;
* a court appearance made ("made his first court appearance Thursday");
* speech only when the day stands between the speaker and the verb ("Police
  on Thursday said the boy was paralyzed"): a day fronted before the speaker
  or written before a closing "police said" is, as often as not, the day of
  what was said ("Around 4 a.m. Monday, officials said the officer had just
  gotten off work"), and stays a candidate day of the incident.

A day inside a clause below the verb is that clause's, never the verb's, and
a day next to a word of the incident, or after a subject that tells it, may
be the incident's however the parser hung it, and stays a candidate.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from reportcheck.extract.core.base import lemma_of
from reportcheck.extract.core.events import CLAUSE_DEPS, verb_lemma
from reportcheck.extract.dates.rules import date_rules
from reportcheck.knowledge.events import event_lexicon

#: the dependencies of a verb's speaker
_SPEAKER_DEPS = frozenset({"nsubj", "nsubjpass"})


def own_action(span: Span, event: str) -> str | None:
    """The event key of the action a day ``span`` dates, when the event tie
    read it as ``other:<lemma>`` of a verb of another action; None to leave
    the day as it was read."""
    if not event.startswith("other:"):
        return None
    verb = own_verb(span.root)
    if verb is None or _near_the_incident(span, verb):
        return None
    rules = date_rules().own_actions
    lemma = verb_lemma(verb)
    step = rules.steps.get(lemma)
    if step is not None:
        return step
    made = _object_event(verb)
    if made is not None:
        return made
    if lemma in rules.speech and _between_speaker_and_verb(span, verb):
        return rules.speech_event
    return None


def own_verb(token: Token) -> Token | None:
    """The first verb above ``token`` when no clause opens on the way (a day
    in "was told the man who died Sunday ..." is the dying's); None else."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
        if ancestor.dep_ in CLAUSE_DEPS:
            return None
    return None


def _near_the_incident(span: Span, verb: Token) -> bool:
    """Whether the words around the day tell the incident, so the parse may
    have hung the incident's day on the verb: a word of the incident right
    before or after the day ("the victim of the Friday night shooting", "the
    shooting Friday"), or, for a day written before the verb, in the
    subject the day follows ("The woman who shot her son ... last week have
    been identified", "A boy charged in the fatal shooting ... last week
    admitted")."""
    doc = span.doc
    near = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    if near and near[0].lower_ == "on" and span.start >= 2:
        near.append(doc[span.start - 2])
    if span.start < verb.i:
        speakers = [c for c in verb.children if c.dep_ in _SPEAKER_DEPS]
        first = min([s.left_edge.i for s in speakers] + [span.start])
        near += [t for t in doc[first : verb.i] if not span.start <= t.i < span.end]
    return any(_of_the_incident(t) for t in near)


def _of_the_incident(token: Token) -> bool:
    """A verb or a noun the event rules give to the incident ("shot", "shooting")."""
    lex = event_lexicon()
    if token.pos_ == "VERB":
        return lex.by_verb.get(verb_lemma(token)) == "incident"
    return token.pos_ in ("NOUN", "PROPN") and lex.by_noun.get(lemma_of(token)) == "incident"


def _object_event(verb: Token) -> str | None:
    """The event of what ``verb`` makes: "made his first court appearance
    Thursday" (``objects`` of ``own_actions``)."""
    objects = date_rules().own_actions.objects
    for child in verb.children:
        if child.dep_ == "dobj" and lemma_of(child) in objects:
            return objects[lemma_of(child)]
    return None


def _between_speaker_and_verb(span: Span, verb: Token) -> bool:
    """ "The dead boy's uncle on Tuesday said": the day after the verb's
    subject and before the verb, so the day is the saying's."""
    speakers = [c for c in verb.children if c.dep_ in _SPEAKER_DEPS]
    return span.end <= verb.i and any(s.i < span.start for s in speakers)
