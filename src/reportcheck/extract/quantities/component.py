"""Distances, heights, depths and other measured quantities as claims.

The string parser (:mod:`reportcheck.extract.quantities.finders`) reads the number
and unit; this component decides what the quantity measures from the words
around it ("tall" -> height, "deep"/"depth" -> depth, otherwise a distance;
a distance from no place in a sentence about depth or shallowness is a depth)
and, for distances, what it is measured from: "20km from Russia's border"
and "five miles from Rostov's border" both measure from the border, while
"35 miles southwest of Bandar Abbas" measures from a city.  Only distances
from the same anchor are compared.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from reportcheck.details import QuantityDetails
from reportcheck.extract.core.base import RawClaim, add_claim, lemma_of, register_extractor, text_of
from reportcheck.extract.core.mentions import Mention
from reportcheck.extract.quantities.finders import find_quantities
from reportcheck.models import ClaimKind, Value

_HEIGHT = re.compile(r"^\W*(?:tall|high|in height)\b|\b(?:height|tall)\b", re.IGNORECASE)
_DEPTH = re.compile(r"^\W*(?:deep|below|beneath|underground)\b|\bdepths?\b", re.IGNORECASE)
#: a sentence about how deep something is ("the quake was very shallow - only 5.4 miles")
_DEPTH_TALK = re.compile(r"\b(?:shallow(?:er|est)?|deep(?:er|est)?|depths?)\b", re.IGNORECASE)
#: words that make an unanchored length a reach, not a depth ("felt as far as 200 miles")
_REACH = re.compile(r"\b(?:felt|far|away|wide|across|radius|long|stretch\w*|spread)\b", re.IGNORECASE)
_COMPASS = r"(?:north|south|east|west)"
_BEARING = re.compile(
    rf"^\)?\s*(?:\([^)]{{0,40}}\)\s*)?"
    rf"(?P<bearing>{_COMPASS}(?:[- ]?{_COMPASS}){{0,2}}(?:ern)?|(?-i:[NSEW]{{1,3}})(?=\s))?"
    r"\s*(?P<rel>from|of|away|outside|off|inside|short of)\b",
    re.IGNORECASE,
)
#: nouns that stand for the place named after them ("the port of Bandar Abbas")
_GENERIC_PLACE_NOUNS = {
    "port",
    "city",
    "town",
    "village",
    "capital",
    "outskirts",
    "centre",
    "center",
    "island",
}


def compass_point(written: str) -> str:
    """ "north-northeast" and "NNE" -> "NNE"; "southwestern" -> "SW"."""
    words = re.findall(r"north|south|east|west|[nsew]", written.lower())
    return "".join(w[0] for w in words).upper()


def _anchor_key(doc: Doc, char: int) -> tuple[str, str] | None:
    """(key, text) of the noun phrase a distance is measured from."""
    span = doc.char_span(char, min(len(text_of(doc)), char + 80), alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        if token.pos_ in ("PROPN", "NOUN"):
            head = _phrase_head(token)
            return _key_of(head), doc[head.left_edge.i : head.i + 1].text
        if token.pos_ in ("VERB", "AUX", "PUNCT") and token.text not in ("'s",):
            break
    return None


def _phrase_head(token: Token) -> Token:
    head = token
    while head.dep_ in ("compound", "poss", "amod", "nmod") and head.head.i > head.i:
        head = head.head
    if head.lower_ in _GENERIC_PLACE_NOUNS:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return head


def _key_of(head: Token) -> str:
    if head.pos_ == "PROPN":
        words = [t.lower_ for t in head.subtree if t.pos_ == "PROPN" and t.i <= head.i]
        return " ".join(words[-3:])
    return lemma_of(head)


def _classify(doc: Doc, sent: Span, mention: Mention) -> tuple[ClaimKind, str, str, QuantityDetails]:
    """(kind, subject key, subject label, details) for a length mention; the
    details hold the written unit."""
    written = QuantityDetails(written_unit=mention.written_unit)
    after = sent.text[mention.end : mention.end + 30]
    before = sent.text[max(0, mention.start - 30) : mention.start]
    if _HEIGHT.search(after) or re.search(r"\b(?:height|tall)\b", before, re.IGNORECASE):
        return ClaimKind.height, "height", "height", written
    if _DEPTH.search(after) or re.search(r"\bdepths?\b", before, re.IGNORECASE):
        return ClaimKind.depth, "depth", "depth", written
    match = _BEARING.match(sent.text[mention.end :])
    if match:
        bearing = compass_point(match.group("bearing")) if match.group("bearing") else None
        if match.group("rel").lower() != "away":
            anchor = _anchor_key(doc, sent.start_char + mention.end + match.end())
            if anchor:
                key, text = anchor
                details = written.replace(bearing=bearing, anchor=text)
                return ClaimKind.distance, f"from:{key}", f"distance from {text}", details
        return ClaimKind.distance, "away", "distance away", written.replace(bearing=bearing)
    # measured from nowhere in a sentence about depth: "very shallow - only 5.4 miles (8.7 km)"
    if _DEPTH_TALK.search(sent.text) and not _REACH.search(sent.text):
        return ClaimKind.depth, "depth", "depth", written
    return ClaimKind.distance, "unanchored", "distance", written


def length_value(mention: Mention) -> Value:
    point = mention.low == mention.high
    if mention.unit == "m":
        label = f"{mention.low / 1000:.3g} km" if mention.low >= 1000 else f"{mention.low:.3g} m"
        if not point:
            label = f"{mention.low:.3g}-{mention.high:.3g} m"
    else:
        label = (
            f"{mention.low:g} {mention.unit}" if point else f"{mention.low:g}-{mention.high:g} {mention.unit}"
        )
    return Value(
        unit=mention.unit,
        written=mention.low if point else None,
        precision=mention.precision,
        low=mention.low,
        high=mention.high,
        label=label,
    )


def extract_measures(doc: Doc) -> None:
    for sent in doc.sents:
        for mention in find_quantities(sent.text):
            start, end = sent.start_char + mention.start, sent.start_char + mention.end
            if mention.dimension == "length":
                kind, subject, label, details = _classify(doc, sent, mention)
            elif mention.dimension == "speed":
                kind, subject, label = ClaimKind.other_quantity, "speed", "speed"
                details = QuantityDetails(written_unit=mention.written_unit)
            else:
                kind, subject, label = ClaimKind.other_quantity, mention.dimension, mention.dimension
                details = QuantityDetails(written_unit=mention.written_unit)
            add_claim(
                doc,
                RawClaim(
                    kind, start, end, subject, label, length_value(mention), details, list(mention.notes)
                ),
            )


register_extractor("reportcheck_measures", extract_measures)
