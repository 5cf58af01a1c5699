"""Where the weapon was: kept or picked up before the attack, found after it.

Accounts from different witnesses disagree on this ("kept hidden under a
shed" / "picked up under a trash can at the apartments"), and an editor
wants both quoted.  A claim is read only where a weapon phrase is followed,
in its own clause, by a verb of the phase and a prepositional phrase; its
value is that phrase's head noun, so two places are the same when their
head nouns are, and a place that names the other's head is compatible.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from reportcheck.details import PlaceDetails
from reportcheck.extract.core.base import (
    RawClaim,
    add_claim,
    claims_of,
    lemma_of,
    register_extractor,
    text_of,
)
from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.knowledge.vocabulary import WEAPON_PLACE, WEAPON_PLACE_PREFIX, alternation
from reportcheck.models import ClaimKind, Value


class Phase(Strict):
    label: str
    verbs: list[str]


class WeaponPlaceRules(Strict):
    max_gap: int
    phases: dict[str, Phase]
    prepositions: list[str]
    stop_words: list[str]


@cache
def weapon_place_rules() -> WeaponPlaceRules:
    return load_rule_file("weapon_places.yaml", WeaponPlaceRules)


@dataclass(frozen=True)
class PhasePattern:
    phase: str
    label: str
    regex: re.Pattern[str]


@cache
def phase_patterns() -> list[PhasePattern]:
    """One regex per phase: gap words, a verb, gap words, a preposition, the place."""
    rules = weapon_place_rules()
    stop = "|".join(rules.stop_words)
    word = rf"(?!(?:{stop})\b)[\w'-]+"
    preps = "|".join(rules.prepositions)
    patterns = []
    for name, phase in rules.phases.items():
        verbs = alternation(phase.verbs)
        regex = re.compile(
            rf"^(?:\s+{word}){{0,{rules.max_gap}}}?\s+(?P<verb>{verbs})(?:\s+{word}){{0,2}}?"
            rf"\s+(?P<prep>{preps})\s+(?P<place>(?:{word})(?:\s+{word}){{0,7}})",
            re.IGNORECASE,
        )
        patterns.append(PhasePattern(name, phase.label, regex))
    return patterns


#: a named spot after the head noun: "a trash can at the Ida Yarbrough apartments"
_NAMED_SPOT = re.compile(
    r"\s+(?:at|in|of|near|behind)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}"
    r"(?:\s+(?!(?:in|at|on|of|and|or|to)\b)[a-z][\w'-]*)?"
)


def _place_head(doc: Doc, start: int, end: int) -> Span | None:
    """The first noun phrase of the place words, without its determiner."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return None
    for chunk in span.noun_chunks:
        words = [t for t in chunk if t.dep_ not in ("det", "poss") and t.pos_ != "PRON"]
        if words and words[-1].pos_ in ("NOUN", "PROPN"):
            return doc[words[0].i : words[-1].i + 1]
    return None


#: a place's own modifiers after its head ("at the Ida Yarbrough apartments"), kept in the quote
_PLACE_TAIL = re.compile(r"(?:\s+(?:at|in|of|near|behind)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[\w'-]+){0,3})?")


def _claim(doc: Doc, weapon: RawClaim, pattern: PhasePattern, match: re.Match[str]) -> RawClaim | None:
    base = weapon.end
    place_start, place_end = base + match.start("place"), base + match.end("place")
    head = _place_head(doc, place_start, place_end)
    if head is None:
        return None
    prep = match.group("prep").lower()
    end = head.end_char
    text = text_of(doc)
    tail = _PLACE_TAIL.match(text, end)
    quote_end = tail.end() if tail else end
    return RawClaim(
        kind=ClaimKind.location,
        start=weapon.start,
        end=quote_end,
        subject=f"{WEAPON_PLACE_PREFIX}{pattern.phase}",
        subject_label=pattern.label,
        value=Value(name=lemma_of(head.root), label=f"{prep} {text[head.start_char : quote_end]}"),
        details=PlaceDetails(kind=WEAPON_PLACE, place_words=text[head.start_char : quote_end].lower()),
        anchor_start=base + match.start("verb"),
        anchor_end=base + match.end("verb"),
    )


def extract_weapon_places(doc: Doc) -> None:
    weapons = [c for c in claims_of(doc) if c.kind is ClaimKind.weapon]
    for weapon in weapons:
        rest = text_of(doc)[weapon.end : weapon.end + 200]
        rest = re.split(r"[.;:!?\n]|,\s", rest, maxsplit=1)[0]
        for pattern in phase_patterns():
            match = pattern.regex.match(rest)
            if match:
                claim = _claim(doc, weapon, pattern, match)
                if claim is not None:
                    add_claim(doc, claim)
                break


register_extractor("reportcheck_weapon_places", extract_weapon_places)
