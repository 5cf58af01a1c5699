"""The size of a crowd that marched or protested.

Reports of a protest or a strike give the size of the crowd, most often as
a vague word or a police estimate: "Tens of thousands of people took to the
streets", "Police put the march at roughly 30,000 people", "some 5,000
demonstrators rallied outside parliament".  Two such figures are one fact
told two ways ("tens of thousands" holds 30,000), and a figure far off the
other is a difference an editor checks.  A count of people with no outcome
is a crowd when its noun names marchers (``crowd_nouns`` in
rules/counts.yaml), when it is the subject of a verb of marching
(``crowd_verbs``; "take" only "to the streets"), or when a march or crowd
(``crowd_events``) is put or estimated "at" it.  Its subject is ``CROWD``,
apart from the people present at the scene of an attack
(:mod:`reportcheck.extract.counts.present`), so the hundred people inside a
bank are never set against the thousands marching outside; a town its
sentence names is part of it ("20,000 people marched in Thessaloniki"), so
one town's crowd is never set against another's or the nation's.
"""

from __future__ import annotations

import math

from spacy.tokens import Token

from reportcheck.details import PlaceDetails
from reportcheck.extract.core.base import RawClaim, claims_of, heads_to_verb, lemma_of
from reportcheck.extract.counts.quantity import Quantity, other_count_claim
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.vocabulary import CROWD, TOWN_KINDS
from reportcheck.models import ClaimKind

#: the verbs a crowd is "put" or "estimated" at by ("Police put the march at 30,000")
_ESTIMATING = frozenset({"put", "estimate", "number", "place"})


def _marchers(noun: Token | None) -> bool:
    """ "demonstrators", "protesters": a noun of people marching."""
    nouns = lexicon().crowd_nouns
    return noun is not None and (noun.lower_ in nouns or lemma_of(noun) in nouns)


def _marched(arg: Token) -> bool:
    """ "30,000 people marched", "thousands took to the streets": the count is
    the subject of a verb of marching."""
    if arg.dep_ != "nsubj":
        return False
    verb = arg.head
    if lemma_of(verb) in lexicon().crowd_verbs:
        return True
    if lemma_of(verb) != "take":
        return False
    to = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    return any(lemma_of(o) == "street" for p in to for o in p.children if o.dep_ == "pobj")


def _estimated_at(arg: Token) -> bool:
    """ "Police put the march at roughly 30,000 people", "estimated the crowd
    at 5,000": the count is what a march or crowd is put at."""
    at = arg.head
    if arg.dep_ != "pobj" or at.lower_ != "at":
        return False
    # the parser may hang "at" on a clause between ("put the march, to mark
    # a strike, at 30,000"): the estimating verb is looked for a step above
    verbs = [h for h in heads_to_verb(at, 3) if lemma_of(h) in _ESTIMATING]
    verbs += [h.head for h in heads_to_verb(at, 3) if h.dep_ == "advcl" and lemma_of(h.head) in _ESTIMATING]
    events = lexicon().crowd_events
    objects = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(lemma_of(o) in events for o in objects)


def crowd_claim(quantity: Quantity) -> RawClaim | None:
    """The size of a crowd that marched, or None; the caller has found no
    outcome for the quantity (a crowd is not a toll)."""
    if quantity.individual or math.isinf(quantity.high) or quantity.high < 2:
        return None
    if quantity.first.lower_ in lexicon().one_person_or_more:
        return None
    arg = quantity.arg
    if not (_marchers(quantity.noun) or _marched(arg) or _estimated_at(arg)):
        return None
    town = _town_of(quantity)
    subject = CROWD if town is None else f"{CROWD} in {town}"
    return other_count_claim(quantity, quantity.noun or arg, subject=subject, label=subject, group=CROWD)


def _town_of(quantity: Quantity) -> str | None:
    """The town or district the count's sentence names, nearest the count,
    or None: a report of a nationwide strike gives the crowd of each town
    ("20,000 people marched in Thessaloniki"), never set against another
    town's crowd or the whole."""
    sent = quantity.first.sent
    towns = [
        claim
        for claim in claims_of(quantity.first.doc)
        if claim.kind is ClaimKind.location
        and sent.start_char <= claim.start < sent.end_char
        and isinstance(claim.details, PlaceDetails)
        and claim.details.kind in TOWN_KINDS
        and claim.value.name
    ]
    if not towns:
        return None
    nearest = min(towns, key=lambda claim: abs(claim.start - quantity.first.idx))
    return nearest.value.name
