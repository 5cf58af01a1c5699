"""The hospital a casualty was taken to: "was rushed to Kings County Hospital".

Reports of one shooting or crash name where the hurt were taken ("The teen
was rushed to Kings County Hospital but he later died", "paramedics took
him to Jacobi Medical Center", "was pronounced dead at Stroger Hospital"),
and two reports naming different hospitals for one person's one move cannot
both be right.  A named venue of the venue reader (extract/places/venues.py)
whose head is a hospital's (``care_destination.heads`` of
``rules/venues.yaml``) is such a destination where a verb of carrying and
"to", or a verb of staying and "at", stands right before it in its sentence.
Its claim (subject ``hospital``) keeps the venue's name and span and says
who was taken (the frame's bearer: the verb's passive subject or object, a
name where the parse tags one), whether they were several (``group``) and
whether the report tells more than one stop of care (``more_stops``: a
transfer, "later airlifted to", or two hospitals named), which align and the
judge read to pair and weigh it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from reportcheck.extract.core.base import entity_of
from reportcheck.knowledge.venues import hospital_words, same_hospital, venue_rules
from reportcheck.knowledge.vocabulary import alternation

#: the parse's roles of the one carried: a passive subject, an object, the subject of "died"
_BEARER_DEPS = ("nsubjpass", "dobj", "nsubj")


@cache
def _several_words() -> frozenset[str]:
    """Words of the one taken that make them several (``several_words``)."""
    return frozenset(venue_rules().care_destination.several_words)


@dataclass(frozen=True)
class CareDestination:
    """Who was taken to a named hospital, as the sentence tells it."""

    #: the name of the one taken, or the noun or pronoun the sentence uses
    bearer: str | None
    #: the ones taken are several
    group: bool
    #: the sentence tells this stop as one of several (a transfer)
    later: bool
    #: told by a verb of staying ("died at", "in critical condition at"):
    #: where the one taken was, which may be a later stop than the one
    #: another report tells them taken to
    stayed: bool


@cache
def _carried_to() -> re.Pattern[str]:
    """A verb of carrying, at most ``reach`` characters of its clause, and
    "to" ending right before the hospital's name."""
    rules = venue_rules().care_destination
    return _verb_before(rules.carry_words, rf"[^;!?\n]{{0,{rules.reach}}}?", "to")


@cache
def _stayed_at() -> re.Pattern[str]:
    """A verb of staying ("treated", "pronounced dead", "in critical
    condition") and "at" or "in" right before the hospital's name."""
    return _verb_before(venue_rules().care_destination.stay_words, r"(?:\s+\w+){0,3}?\s+", "at|in")


def _verb_before(verbs: list[str], gap: str, prepositions: str) -> re.Pattern[str]:
    """One of ``verbs``, the ``gap`` after it, and one of ``prepositions``
    (with "the") ending the text: the words before a hospital's name."""
    return re.compile(
        rf"\b(?P<verb>{alternation(verbs)})\b{gap}\b(?:{prepositions})\s+(?:the\s+)?$", re.IGNORECASE
    )


@cache
def _later() -> re.Pattern[str]:
    """A word of a second stop of care: "later transferred", "then airlifted"."""
    return re.compile(rf"\b(?:{alternation(venue_rules().care_destination.later_words)})\b", re.IGNORECASE)


def is_hospital_name(key: str, surface: str) -> bool:
    """Whether a venue's key ends in a hospital's head and names a hospital
    of its own ("kings county hospital", not "children's hospital"), its
    head written as a name's ("Kings County Hospital"): "the West Union
    hospital", "a Billings hospital" tell a town's hospital, not its name;
    an animal hospital ("Lakeview Animal Hospital", ``not_people_words``)
    is none of people's."""
    rules = venue_rules().care_destination
    if not any(key == head or key.endswith(f" {head}") for head in rules.heads):
        return False
    if set(key.split()) & set(rules.not_people_words):
        return False
    return surface.split()[-1][:1].isupper() and bool(hospital_words(key))


def care_destination(doc: Doc, start: int, end: int) -> CareDestination | None:
    """Who the sentence says was taken to the hospital named at
    ``start``-``end``, or None where it tells no one taken there."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sentence = span.sent
    before = doc.text[sentence.start_char : start]
    carried = _carried_to().search(before)
    match = carried or _stayed_at().search(before)
    if match is None:
        return None
    verb_at = sentence.start_char + match.start("verb")
    verb = doc.char_span(verb_at, verb_at + len(match.group("verb")), alignment_mode="expand")
    if carried is not None and verb is not None and _went_itself(verb.root):
        return None
    bearer = _bearer(verb.root) if verb is not None else None
    if bearer is not None and bearer.lower_ in venue_rules().care_destination.body_words:
        return None  # "His body was taken to ... for a post-mortem": no casualty's care
    told = doc.text[sentence.start_char : end]
    return CareDestination(
        bearer=_bearer_text(bearer) if bearer is not None else None,
        group=bearer is not None and _several(bearer),
        later=_later().search(told) is not None,
        stayed=carried is None,
    )


def _went_itself(verb: Token) -> bool:
    """Whether a verb of carrying is told in the active with a subject and
    no one carried ("His family drove to Mercy Hospital", "her mother rushed
    to ..."): the subject went there, no casualty was taken."""
    deps = {child.dep_ for child in verb.children}
    return verb.tag_ != "VBN" and "nsubj" in deps and not deps & {"dobj", "nsubjpass"}


def _bearer(verb: Token) -> Token | None:
    """The one carried by ``verb``: its passive subject or object, or the
    subject of a verb of staying ("he died at"); a verb joined to another
    by "and" takes the first one's ("was shot and taken to")."""
    for candidate in (verb, verb.head if verb.dep_ in ("conj", "xcomp") else None):
        if candidate is None:
            continue
        for dep in _BEARER_DEPS:
            child = next((c for c in candidate.children if c.dep_ == dep), None)
            if child is not None:
                return child
    return None


def _bearer_text(token: Token) -> str:
    """A person's name in the bearer's words where the parse tags one, else
    the proper nouns of the bearer's name as written ("Marcus Bell", which
    the model may tag as no person), else the bearer's own word ("teen",
    "him")."""
    for word in token.subtree:
        if word.ent_type_ == "PERSON" and (entity := entity_of(word)) is not None:
            return entity.text
    if token.pos_ == "PROPN":
        compounds = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        return " ".join(t.text for t in [*compounds, token])
    return token.text


def _several(token: Token) -> bool:
    """Whether the bearer counts several people: a plural noun or pronoun,
    "both", two joined by "and", a number above one before it, or one of
    several ("One of the officers who responded", "one of the victims")."""
    if token.lower_ in _several_words() or token.tag_ in ("NNS", "NNPS"):
        return True
    if any(
        child.lower_ == "of" and any(o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") for o in child.children)
        for child in token.children
    ):
        return True
    if any(child.dep_ == "conj" for child in token.children):
        return True
    return any(child.dep_ == "nummod" and child.lower_ not in ("1", "one") for child in token.children)


def several_stops(names: list[str]) -> bool:
    """Whether a report's hospitals of care name more than one hospital."""
    return any(same_hospital(a, b) is False for i, a in enumerate(names) for b in names[i + 1 :])
