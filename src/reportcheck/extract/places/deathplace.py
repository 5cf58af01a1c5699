"""Where a victim died: at the scene, on the way to hospital, in hospital.

Two reports of one death often disagree on it ("died at the scene" against
"died on the way to the hospital", one quoting the police, the other the
hospital), and both cannot be true.  A claim's value is the interval of
stages its phrase allows (rules/death_places.yaml); disjoint intervals
conflict.  Who died is the subject of the death phrase when it names a
person; otherwise the claim is about "a victim", and the align stage decides
whether two such claims are about one person (see
:func:`reportcheck.align.group_claims`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from reportcheck.details import PlaceDetails
from reportcheck.extract.core.base import RawClaim, add_claim, entity_of, lemma_of, register_extractor
from reportcheck.knowledge.events import moment_rules
from reportcheck.knowledge.names import people_lexicon, person_key
from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.knowledge.vocabulary import DEATH_PLACE_PREFIX, DEATH_STAGE, alternation
from reportcheck.models import ClaimKind, Value

UNNAMED_VICTIM = "victim"


class PlacePattern(Strict):
    stages: list[str]
    pattern: str


class FoundDeadRules(Strict):
    stages: list[str]
    subject_phrases: list[str]
    arrivers: list[str]


class DeathPlaceRules(Strict):
    stages: list[str]
    death_phrases: list[str]
    between_words: list[str]
    facility_words: list[str]
    facility_modifiers: list[str]
    places: list[PlacePattern]
    carry_verbs: list[str]
    where_subjects: list[str]
    carried_place: PlacePattern
    doubt_words: list[str]
    pronouncement_phrases: list[str]
    found_dead: FoundDeadRules


@dataclass(frozen=True)
class DeathPlaceMatcher:
    """The compiled rules: one regex per place pattern, after a death phrase."""

    stages: list[str]
    patterns: list[tuple[tuple[int, int], re.Pattern[str]]]
    carried: tuple[tuple[int, int], re.Pattern[str]]
    pronouncement: re.Pattern[str]
    doubt: re.Pattern[str]
    #: "was found dead", "found the girl dead": the scene, no place phrase after it
    found_dead: list[tuple[tuple[int, int], re.Pattern[str]]]


def _facility(rules: DeathPlaceRules) -> str:
    """A hospital, by name or not: only modifiers or capitalised words before it."""
    modifiers = alternation(rules.facility_modifiers)
    return (
        rf"(?:(?:a|an|the)\s+)?(?-i:(?:(?:{modifiers}|[A-Z][\w.'’-]*)\s+){{0,5}}?)"
        rf"(?:{alternation(rules.facility_words)})"
    )


#: a place by its capitalised name ("UPMC Presbyterian", "University of Chicago Medicine
#: Comer Children's Hospital")
_NAMED = r"(?-i:[A-Z][\w.'’&-]*(?:\s+(?:of\s+)?[A-Z][\w.'’&-]*){0,6})"


def _carried_pattern(
    rules: DeathPlaceRules, death: str, between: str
) -> tuple[tuple[int, int], re.Pattern[str]]:
    """ "was taken to Cook County Hospital, where he died": the place told
    before the death, by the verb that carried the person there."""
    indices = [rules.stages.index(stage) for stage in rules.carried_place.stages]
    where = rules.carried_place.pattern.replace("{facility}", _facility(rules)).replace("{named}", _NAMED)
    subjects = "|".join(rules.where_subjects)
    regex = re.compile(
        rf"\b(?i:(?P<carry>{alternation(rules.carry_verbs)})\b[^,.;:!?]{{0,60}}?\bto\s+(?P<place>{where})"
        rf"(?:\s+(?:in|on|by|at)\s+[^,.;:!?]{{1,40}}?)?,?\s+(?P<where>where)\s+(?:{subjects})\s+"
        rf"(?:(?:{between})\s+){{0,3}}(?P<death>{death}))\b"
    )
    return (min(indices), max(indices)), regex


#: the one found, as the object of a finding verb: a pronoun, a noun phrase or a name
_FOUND_WHOM = (
    r"(?P<whom>him|her|them|(?:the|a|an|his|her|their|two|three|four|both)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    r"|(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))"
)


def _finding(doc: Doc, sent: Span, match: re.Match[str]) -> bool:
    """Whether the verb of a "found the girl dead" match is a finding verb
    (rules/people.yaml ``finding_verbs``), read by its lemma so every form
    of the one list reads; a match without a verb is a subject phrase."""
    if not match.groupdict().get("verb"):
        return True
    start = sent.start_char + match.start("verb")
    span = doc.char_span(start, start + len(match.group("verb")))
    return span is not None and lemma_of(span[0]) in people_lexicon().finding_verbs


def _found_matches(doc: Doc, sent: Span, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of a found-dead pattern in the sentence whose verb finds
    (:func:`_finding`).  A match of another verb is passed over from its
    next word on, so it cannot swallow a finding verb's words after it
    ("told her they found him dead")."""
    text = sent.text
    position = 0
    while (match := pattern.search(text, position)) is not None:
        if _finding(doc, sent, match):
            yield match
            position = match.end()
        else:
            position = match.start() + 1


def _found_dead_patterns(rules: DeathPlaceRules) -> list[tuple[tuple[int, int], re.Pattern[str]]]:
    """ "was found dead", "were dead when police arrived", "found the girl
    dead": the scene, unless a hospital follows ("found dead in a hospital
    bed", which is no such claim)."""
    found = rules.found_dead
    indices = [rules.stages.index(stage) for stage in found.stages]
    arrivers = alternation([*moment_rules().responders, *found.arrivers])
    subject = "|".join(phrase.replace("{arrivers}", arrivers) for phrase in found.subject_phrases)
    hospital = rf"(?!(?i:[^,.;:!?]{{0,40}}?\b(?:at|in|inside)\s+{_facility(rules)}))"
    span = (min(indices), max(indices))
    return [
        (span, re.compile(rf"\b(?i:(?P<death>{subject}))\b{hospital}")),
        (span, re.compile(rf"\b(?i:(?P<death>(?P<verb>[a-z]+)\s+{_FOUND_WHOM}\s+dead))\b{hospital}")),
    ]


@cache
def death_place_matcher() -> DeathPlaceMatcher:
    rules = load_rule_file("death_places.yaml", DeathPlaceRules)
    death = "|".join(rules.death_phrases)
    between = alternation(rules.between_words)
    facility = _facility(rules)
    patterns = []
    for place in rules.places:
        indices = [rules.stages.index(stage) for stage in place.stages]
        where = place.pattern.replace("{facility}", facility)
        regex = re.compile(
            rf"\b(?i:(?P<death>{death})(?:\s+(?:{between}|\w+day)){{0,3}}\s+(?P<place>{where}))\b"
        )
        patterns.append(((min(indices), max(indices)), regex))
    pronouncement = re.compile(alternation(rules.pronouncement_phrases), re.IGNORECASE)
    doubt = re.compile(rf"\b(?:{alternation(rules.doubt_words)})\b", re.IGNORECASE)
    return DeathPlaceMatcher(
        rules.stages,
        patterns,
        _carried_pattern(rules, death, between),
        pronouncement,
        doubt,
        _found_dead_patterns(rules),
    )


def _victim(doc: Doc, char: int) -> str | None:
    """The person named as the subject of the death verb at ``char``, if any."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return None
    verb = span.root if span.root.pos_ in ("VERB", "AUX") else span.root.head
    if verb.pos_ == "AUX":
        verb = verb.head
    return _named(verb, ("nsubj", "nsubjpass"))


def _carried_victim(doc: Doc, char: int) -> str | None:
    """The person named as carried by the verb at ``char``: its passive
    subject ("Lopez was taken to ...") or its object ("paramedics rushed
    Donigan to ..."), never the active subject (the father who drove him)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return None
    return _named(span.root, ("nsubjpass", "dobj"))


def _found_victim(doc: Doc, start: int, end: int) -> str | None:
    """The person named in the words a finding verb came upon ("found
    Guzman dead"), if any: the first PERSON entity among them."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        if token.ent_type_ == "PERSON":
            ent = entity_of(token)
            if ent is not None:
                return ent.text
    return None


#: entity labels of a proper noun that names no person
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "NORP"})


def _proper_subject(doc: Doc, char: int) -> str | None:
    """The surname a report writes as the subject of "was found dead" where
    the parser's entities miss it ("Griffith was dead when they arrived"):
    a proper noun subject and the proper nouns before it."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return None
    verb = span.root if span.root.pos_ == "VERB" else span.root.head
    for child in verb.children:
        if (
            child.dep_ in ("nsubj", "nsubjpass")
            and child.pos_ == "PROPN"
            and child.ent_type_ not in _PLACE_ENTITIES
            and not child.text.isupper()
        ):
            words = [t for t in child.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            return " ".join(t.text for t in [*words, child])
    return None


def _named(verb: Token, deps: tuple[str, ...]) -> str | None:
    """The name of a person in the verb's children of the given roles."""
    for child in verb.children:
        if child.dep_ not in deps:
            continue
        for token in child.subtree:
            if token.ent_type_ == "PERSON":
                ent = entity_of(token)
                if ent is not None:
                    return ent.text
    return None


def _stage_claim(
    doc: Doc, sent: Span, match: re.Match[str], low: int, high: int, *, found: bool = False
) -> RawClaim:
    matcher = death_place_matcher()
    if matcher.pronouncement.search(match.group("death")) and high == len(matcher.stages) - 1:
        low = 0  # pronounced dead at a hospital: the death itself may have come earlier
    if matcher.doubt.search(sent.text, 0, match.end("death")):
        low, high = 0, len(matcher.stages) - 1  # "it was unclear whether he died at the scene"
    carried = "carry" in match.groupdict()
    # "taken to Hurley Medical Center in Flint, where he died": the claim is
    # the "where" clause, so the place claims of the words before it stay
    anchor = sent.start_char + match.start()
    start = sent.start_char + match.start("where") if carried else anchor
    end = sent.start_char + match.end()
    if match.groupdict().get("whom"):
        name = _found_victim(doc, sent.start_char + match.start("whom"), sent.start_char + match.end("whom"))
    elif found:
        name = _victim(doc, start) or _proper_subject(doc, start)
    else:
        name = _carried_victim(doc, anchor) if carried else _victim(doc, start)
    who = person_key(name) if name else UNNAMED_VICTIM
    stages = matcher.stages[low : high + 1]
    label = stages[0] if low == high else " or ".join(stages)
    return RawClaim(
        kind=ClaimKind.location,
        start=start,
        end=end,
        subject=f"{DEATH_PLACE_PREFIX}{who}",
        subject_label=f"where {name or 'the victim'} died",
        value=Value(name=label, low=float(low), high=float(high), label=f"died: {label}"),
        details=PlaceDetails(kind=DEATH_STAGE, victim=name or None),
        anchor_start=anchor,
        anchor_end=sent.start_char + match.end("death"),
    )


def find_death_places(doc: Doc) -> list[RawClaim]:
    """Place-of-death claims in reading order, one per phrase."""
    found: list[RawClaim] = []
    found_dead: set[int] = set()
    matcher = death_place_matcher()
    patterns = [*matcher.patterns, matcher.carried]
    for sent in doc.sents:
        text = sent.text  # joined from the tokens on each read
        for (low, high), pattern in patterns:
            for match in pattern.finditer(text):
                claim = _stage_claim(doc, sent, match, low, high)
                if not any(c.start < claim.end and claim.start < c.end for c in found):
                    found.append(claim)
        for (low, high), pattern in matcher.found_dead:
            for match in _found_matches(doc, sent, pattern):
                claim = _stage_claim(doc, sent, match, low, high, found=True)
                if not any(c.start < claim.end and claim.start < c.end for c in found):
                    found.append(claim)
                    found_dead.add(claim.start)
    found = [c for c in found if c.start not in found_dead or not _died_later(c, found)]
    return sorted(found, key=lambda c: c.start)


def _died_later(claim: RawClaim, claims: list[RawClaim]) -> bool:
    """Whether the report, after telling a person found dead, tells the same
    person (by name; an unnamed one, any unnamed victim) died where the scene
    is ruled out, in a hospital or on the way: then "found dead" was a
    reporter's haste, or someone else's, and says nothing of the place."""
    return any(
        other.start > claim.start and other.subject == claim.subject and (other.value.low or 0) > 0
        for other in claims
    )


def extract_death_places(doc: Doc) -> None:
    for claim in find_death_places(doc):
        add_claim(doc, claim)


register_extractor("reportcheck_death_places", extract_death_places)
