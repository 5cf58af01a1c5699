"""The kind of vehicle an unnamed part's noun is told of.

A crash of two vehicles has two drivers, and reports give each an age by
the vehicle: "The lorry driver, a 47-year-old man from Poland", "the
52-year-old driver of the HGV ... The train driver, 58,".  Keyed by the
noun alone, the two drivers of one report were one description of two
ages, kept apart by value, and neither met the other report's lorry driver.
The kind of vehicle (``part_vehicles`` of rules/people.yaml: a lorry, a
truck and an HGV are one kind) is set on the age's details here, after the
people component has read every age, so align can tell the drivers apart
where the reports tell drivers of two kinds (``_description`` there).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from reportcheck.extract.core.base import claims_of, lemma_of
from reportcheck.extract.core.numbers import parse_number
from reportcheck.knowledge.names import people_lexicon
from reportcheck.knowledge.vocabulary import UNNAMED_PREFIX
from reportcheck.models import ClaimKind, PersonDetails

#: the words on a part's noun that may name its vehicle: "lorry driver", "the truck's driver"
_BEFORE = frozenset({"compound", "amod", "poss", "nmod"})
#: the prepositions after a part's noun whose object is its vehicle: "the driver of the HGV"
_VEHICLE_PREPOSITIONS = frozenset({"of"})


def vehicle_of(noun: Token) -> str | None:
    """The one kind of vehicle the words on a part's noun name ("truck" of
    "the lorry driver", "the driver of the HGV", "the tipper truck's
    driver"), None where they name none or two."""
    kinds = people_lexicon().vehicle_of
    words = [c for c in noun.children if c.dep_ in _BEFORE and c.i < noun.i]
    words += [
        o
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in _VEHICLE_PREPOSITIONS
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    found = {kinds.get(w.lower_) or kinds.get(lemma_of(w)) for w in words} - {None}
    return next(iter(found)) if len(found) == 1 else None


def _part_noun_near(span: Span, noun: str) -> Token | None:
    """The part's noun of the age's sentence nearest the age's words: "the
    52-year-old driver", "The lorry driver, a 47-year-old man", "The train
    driver, 58,"."""
    found = [t for t in span.sent if t.tag_ == "NN" and (t.lower_ == noun or lemma_of(t) == noun)]
    if not found:
        return None
    return min(found, key=lambda t: min(abs(t.i - span.start), abs(t.i - (span.end - 1))))


def tell_vehicles(doc: Doc) -> None:
    """Set the kind of vehicle on each unnamed age of a part's noun
    (``part_roles`` of rules/people.yaml: a driver, a pilot, a captain)
    whose noun its words tell of one."""
    lex = people_lexicon()
    for claim in claims_of(doc):
        if claim.kind is not ClaimKind.age or not claim.subject.startswith(UNNAMED_PREFIX):
            continue
        noun = claim.subject.removeprefix(UNNAMED_PREFIX)
        if noun not in lex.part_of or not isinstance(claim.details, PersonDetails):
            continue
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        token = _part_noun_near(span, noun) if span is not None else None
        kind = vehicle_of(token) if token is not None else None
        if kind is not None:
            several = _several_of_kind(doc, kind) or None
            claim.details = claim.details.model_copy(update={"vehicle": kind, "vehicles_several": several})


#: words on a vehicle's noun that tell one of several: "a second bus", "the other coach"
_ONE_OF_SEVERAL = frozenset({"second", "other", "another", "both"})


def _several_of_kind(doc: Doc, kind: str) -> bool:
    """Whether the report tells several vehicles of ``kind``: its noun in the
    plural told as a few of them ("Two buses collided", "both coaches",
    "the buses") or one of several ("a second bus", "the other coach")."""
    kinds = people_lexicon().vehicle_of
    for token in doc:
        if (kinds.get(token.lower_) or kinds.get(lemma_of(token))) != kind:
            continue
        if any(c.lower_ in _ONE_OF_SEVERAL for c in token.children):
            return True
        if token.tag_ in ("NNS", "NNPS") and _a_few_told(token):
            return True
    return False


#: the most vehicles of a kind a count tells as those of one crash ("two buses", "three lorries")
_FEW_VEHICLES = 6
#: the words before a plural that tell the vehicles of the story's own scene ("the buses", "both coaches")
_TOLD_DETERMINERS = frozenset({"the", "both", "these", "those"})


def _a_few_told(plural: Token) -> bool:
    """Whether a vehicle's plural tells a few vehicles of the story's scene:
    counted by a small number ("Two buses collided") or told by "the" or
    "both".  Not a fleet ("62 of its buses", "the Board's buses"), nor the
    kind in general ("accidents involving buses and coaches in Finland"),
    whose bus is still the one driver's."""
    if any(c.dep_ == "poss" for c in plural.children):
        return False
    for word in plural.children:
        if word.dep_ == "nummod":
            value = parse_number(word.text)
            return value is not None and value <= _FEW_VEHICLES
        if word.dep_ in ("det", "predet") and word.lower_ in _TOLD_DETERMINERS:
            return True
    return False
