"""Where one spot of a scene lies from another: "next to", "across the street".

Reports of a shooting or a fire place the spots of the scene against each
other ("a fire burned at a gas station next to the shop" / "a fire at a gas
station across the street"), and two accounts can place one spot
differently.  A claim is read where a noun (the figure, not a person) is
followed by one of the relation phrases of ``rules/relative_places.yaml``;
its subject is the figure ("where the gas station is"), its value the
relation, and the ground after the phrase is kept to tell two grounds apart
(see :func:`reportcheck.compare.judges.places.judge_location`).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from reportcheck.details import PlaceDetails
from reportcheck.extract.core.base import RawClaim, add_claim, lemma_of, register_extractor
from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.knowledge.vocabulary import RELATIVE_PLACE, RELATIVE_PLACE_PREFIX
from reportcheck.models import ClaimKind, Value


class RelativePlaceRules(Strict):
    relations: dict[str, list[str]]
    figures: list[str]
    compound_figures: list[str]


@cache
def relative_place_rules() -> RelativePlaceRules:
    return load_rule_file("relative_places.yaml", RelativePlaceRules)


@cache
def _phrases() -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex of every relation phrase (longest first) and phrase -> relation."""
    relation_of = {
        phrase.lower(): name
        for name, phrases in relative_place_rules().relations.items()
        for phrase in phrases
    }
    words = sorted(relation_of, key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE), relation_of


def _figure(doc: Doc, first: Token) -> Token | None:
    """The noun right before the relation phrase ("station" of "a gas
    station next to"), when it is a spot of a scene (``figures``): "a man
    standing next to him", "lives lost behind nonsense" have none."""
    if first.i == 0:
        return None
    noun = doc[first.i - 1]
    rules = relative_place_rules()
    if noun.pos_ != "NOUN":
        return None
    if lemma_of(noun) in rules.figures or _figure_words(noun) in rules.compound_figures:
        return noun
    return None


def _compounds(figure: Token) -> list[Token]:
    return [c for c in figure.children if c.dep_ == "compound" and c.i < figure.i]


def _figure_words(figure: Token) -> str:
    """ "gas station": the figure with its compound words, as a lemma."""
    return " ".join([*(c.lower_ for c in _compounds(figure)), lemma_of(figure)])


#: the last words of a phrase that take a ground after them
_BEFORE_GROUND = frozenset({"to", "from", "of", "behind", "opposite", "beside", "alongside"})


def _ground(doc: Doc, end: int) -> Span | None:
    """The noun phrase after a phrase ending in a preposition ("the shop")."""
    after = doc.char_span(end, min(len(doc.text), end + 80), alignment_mode="expand")
    if after is None:
        return None
    for chunk in after.noun_chunks:
        if chunk.start_char - end > 2 or chunk.root.pos_ == "PRON":
            return None  # "the door behind him": a person, not a spot
        return chunk
    return None


def extract_relative_places(doc: Doc) -> None:
    pattern, relation_of = _phrases()
    for sent in doc.sents:
        for match in pattern.finditer(sent.text):
            start = sent.start_char + match.start()
            end = sent.start_char + match.end()
            phrase = doc.char_span(start, end, alignment_mode="expand")
            if phrase is None:
                continue
            figure = _figure(doc, phrase[0])
            if figure is None:
                continue
            written = " ".join(match.group(0).lower().split())
            takes_ground = written.split()[-1] in _BEFORE_GROUND
            ground = _ground(doc, end) if takes_ground else None
            if takes_ground and ground is None:
                continue  # "left the gun behind", "behind him": no spot to place it against
            ground_words = lemma_of(ground.root) if ground is not None else ""
            quote_end = ground.end_char if ground is not None else end
            words = _figure_words(figure)
            add_claim(
                doc,
                RawClaim(
                    kind=ClaimKind.location,
                    start=min([figure.idx, *(c.idx for c in _compounds(figure))]),
                    end=quote_end,
                    subject=f"{RELATIVE_PLACE_PREFIX}{words}",
                    subject_label=f"where the {words} is",
                    value=Value(name=relation_of[written], label=doc.text[start:quote_end]),
                    details=PlaceDetails(kind=RELATIVE_PLACE, place_words=ground_words or None),
                    anchor_start=start,
                    anchor_end=end,
                ),
            )


register_extractor("reportcheck_relative_places", extract_relative_places)
