"""Days of the scene after the attack, told by responders or by the scene.

Reporters date the attack by what came right after it as often as by the
shots: "Officers responded to the home about 9 p.m. Friday", "deputies
arrived and found the victim in the yard Sunday", "Police tape surrounded
the house Monday evening", "Crime scene tape blocked the street Saturday
morning".  The event tie (``core/events.py``) reads such a day as the day of
responders' arrival or of the verb itself (``other:surround``), so it was
never set against the other report's day of the attack, and a report saying
the scene was taped off the evening before the shooting went unseen.

A day hung on a verb of the response with a responder as its subject
(``response_verbs``, ``responders``), or on a verb of the scene with a word
of the scene as its subject or object (``scene_verbs``, ``scene_words``:
tape, a cordon, investigators, neighbours), is a day of the ``scene`` event
(rules/events.yaml): aligned as a day of the incident, and judged as lying
on the attack's day or the next, never before (compare/judges/days.py).

A sentence that tells the scene lingering or a later day ("still", "remained",
"reopened", "a vigil", "two days after"), an earlier response ("had responded
to the home before"), or a response to another matter than the shots (the
``response_vetoes``, ``response_other_matters`` and ``response_discoveries``
of rules/events.yaml: a fight, a disturbance, a body found) keeps its day's
old reading.  So does a verb told as planned.  Words are ``scene_days`` in
rules/dates.yaml.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from reportcheck.extract.core.base import lemma_of, perfect
from reportcheck.extract.core.events import planned, verb_lemma
from reportcheck.extract.dates.own_action import own_verb
from reportcheck.extract.dates.rules import date_rules
from reportcheck.knowledge.callers import caller_words
from reportcheck.knowledge.events import event_lexicon, moment_rules
from reportcheck.knowledge.vocabulary import tells

#: the events a day of the scene may have been read as: responders' arrival,
#: a verb of no named event, no verb at all
_FROM_EVENTS = frozenset({"arrival", "unknown"})
#: the dependencies of a verb's subject
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: the dependencies of what a verb acts on or stands at
_OBJECT_DEPS = frozenset({"dobj", "attr"})


def scene_event(span: Span, event: str) -> str | None:
    """The ``scene`` event for a day ``span`` read as ``event`` when it
    hangs on a verb of the response or of the scene; None to leave the day
    as it was read."""
    if event not in _FROM_EVENTS and not event.startswith("other:"):
        return None
    if _in_brackets(span):
        return None  # "LAFAYETTE (Jan. 8) - Police found ...": the page's stamp, not the scene's day
    verb = own_verb(span.root)
    if verb is None or planned(verb) or perfect(verb):  # "Police had responded ... twice": earlier
        return None
    rules = date_rules().scene_days
    lemma = verb_lemma(verb)
    if lemma in rules.response_verbs:
        if not _subjects(verb) & _responders():
            return None
        if lemma in rules.object_verbs and not any(c.dep_ == "dobj" for c in verb.children):
            return None
    elif lemma in rules.scene_verbs:
        if not (_subjects(verb) | _objects(verb)) & set(rules.scene_words):
            return None
    else:
        return None
    if _vetoed(span.sent.text):
        return None
    return _the_scene()


@cache
def _the_scene() -> str:
    """The event a day of the scene is given: the one event of
    rules/events.yaml whose days are aligned as the incident's (``incident_day``)."""
    (event,) = event_lexicon().incident_days
    return event


@cache
def _responders() -> frozenset[str]:
    """The lemmas of a responder: the ``responders`` of rules/callers.yaml
    and those of ``scene_days`` besides."""
    return caller_words("responders") | frozenset(date_rules().scene_days.responders)


def _in_brackets(span: Span) -> bool:
    """Whether the day is written in brackets, as a dateline's or a page's
    stamp is ("LAFAYETTE, Ind. (Jan. 8, 2015) - Police found ...", "...
    found a man with a gunshot wound (January 9, 2016 7:03 PM)")."""
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].text == "("


def _words_of(token: Token) -> set[str]:
    """A noun's lemma and those of the words compounded on it ("crime scene
    tape": tape, scene, crime; "police cars": car, police)."""
    return {lemma_of(token), *(lemma_of(c) for c in token.children if c.dep_ in ("compound", "amod"))}


def _subjects(verb: Token) -> set[str]:
    """The words of a verb's subject, or of the verb it is conjoined to
    ("Officers responded and found ...")."""
    while True:
        found = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        if found or verb.dep_ != "conj":
            break
        verb = verb.head
    words: set[str] = set()
    for subject in found:
        words |= _words_of(subject)
        words |= {w for c in subject.conjuncts for w in _words_of(c)}
        # "Dozens of officers", "a crowd of neighbors"
        words |= {w for p in subject.children if p.dep_ == "prep" for o in p.children for w in _words_of(o)}
    return words


def _objects(verb: Token) -> set[str]:
    """The words of what a verb acts on or where it stands ("combed the
    scene", "gathered outside the home", "at the scene")."""
    words: set[str] = set()
    for child in verb.children:
        if child.dep_ in _OBJECT_DEPS:
            words |= _words_of(child)
        elif child.dep_ == "prep":
            words |= {w for o in child.children if o.dep_ == "pobj" for w in _words_of(o)}
    return words


def _vetoed(sentence: str) -> bool:
    """Whether the sentence tells the scene lingering or a later day, an
    earlier response, or a response to another matter (words as written)."""
    return tells(sentence, _veto_words())


@cache
def _veto_words() -> tuple[str, ...]:
    """``later_words`` and the response vetoes of rules/events.yaml, but for
    ``response_vetoes_kept`` ("after")."""
    moments, rules = moment_rules(), date_rules().scene_days
    kept = set(rules.response_vetoes_kept)
    return (
        *rules.later_words,
        *(w for w in moments.response_vetoes if w not in kept),
        *moments.response_other_matters,
        *moments.response_discoveries,
    )
