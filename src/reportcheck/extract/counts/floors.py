"""Things of a building or a vessel told by a word rather than a count.

Fire reports say where the fire began: "broke out on the seventh floor of a
16-storey building", "a fire that started in a third-floor flat".  The
floor is an ordinal, no figure the count reader reads, and it is another
fact than the building's storeys (the "16-storey" is its height): two
reports giving two floors of origin cannot both be right.  It is read here
as a count claim of its own (subject :data:`ORIGIN_FLOOR`, the floor's
number as its value, frame measure ``floor:origin``) where the floor hangs
on a verb of a fire's start, or on a verb of a fire found or reported whose
subject is a word of fire (``origin_verbs``, ``found_verbs``, ``fire_nouns``
of rules/generic_counts.yaml), or on a verb of a blast striking whose subject
is a word of blast ("The blast hit an apartment on the fourth floor":
``blast_verbs``, ``blast_nouns``); a floor the fire spread to, or people
jumped from, is left alone.  Where a report tells no such floor, the floor
flames or smoke were seen coming from ("flames were spotted coming from a
third-floor flat": ``sighting_*``) is its floor of origin, as first reports
tell it before anyone says where the fire began.

A vessel's decks told by "double-decker" or "triple-decker" are a count of
deck, the bearer a "three-deck ferry" is counted under by the generic count
reader (:mod:`.generic`), so the two meet.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from reportcheck.details import FLOORS_AMERICAN, FLOORS_BRITISH, CountDetails
from reportcheck.extract.core.base import RawClaim, heads_to_verb, lemma_of
from reportcheck.extract.counts.quantity import ordinal_value
from reportcheck.knowledge.generic_counts import generic_count_rules
from reportcheck.knowledge.vocabulary import GENERIC_COUNT_PREFIX, ORIGIN_FLOOR
from reportcheck.models import ClaimKind, Value, ValueFrame

ORIGIN_FLOOR_LABEL = "floor where the fire began"
#: the bearer of a count of decks, as the generic count reader names it
DECK = "deck"
#: the parser's roles of an ordinal on its floor ("the seventh floor")
_ORDINAL_ROLES = frozenset({"amod", "nummod", "compound", "npadvmod"})
#: the parser's roles of a verb's subject
_SUBJECT_ROLES = frozenset({"nsubj", "nsubjpass", "csubj"})
#: how far up the parse a floor may hang below its verb ("on the seventh
#: floor of ..." -> on -> apartment -> in -> broke)
_MAX_HEADS = 6


def floor_claims(doc: Doc) -> list[RawClaim]:
    """The floor each fire of ``doc`` is told to have begun on, and the
    decks of each "double-decker"."""
    style = _floor_style(doc)
    claims = [claim for token in doc if (claim := _origin_floor(token, style)) is not None]
    if not claims and not _tells_spread(doc):
        claims = [claim for token in doc if (claim := _sighted_floor(token, style)) is not None]
    return claims + [claim for token in doc if (claim := _decker(token)) is not None]


def _tells_spread(doc: Doc) -> bool:
    """Whether a report tells its fire moving on (``spread_verbs``): "Flames
    were seen coming from the fifth floor as the fire spread upward" sights
    the flames where they had got to, so no sighted floor is where it began."""
    verbs = generic_count_rules().spread_verbs
    return any(token.pos_ == "VERB" and lemma_of(token) in verbs for token in doc)


def _floor_style(doc: Doc) -> str | None:
    """How the report numbers floors, by its words of a building: British
    ("storey", "flat") or American ("apartment", "an eight-story
    building"); None where it writes words of both ways or of neither."""
    rules = generic_count_rules()
    british = any(t.lower_ in rules.british_floor_words and t.dep_ != "amod" for t in doc)
    american = any(_american_word(t) for t in doc)
    if british == american:
        return None
    return FLOORS_BRITISH if british else FLOORS_AMERICAN


def _american_word(token: Token) -> bool:
    """ "apartment", or "story" told as a height, right after a hyphen or a
    figure ("an eight-story building", "two stories"), never a news story."""
    rules = generic_count_rules()
    if token.lower_ in rules.american_floor_words:
        return True
    if token.lower_ not in rules.american_height_words or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.text == "-" or before.like_num


def _floor_number(word: Token) -> int | None:
    """The floor an ordinal names: a word of ``floor_ordinals`` ("ground": 0,
    "first": 1), else the count reader's ordinal ("seventh", "11th")."""
    floor = generic_count_rules().floor_ordinals.get(word.lower_)
    return floor if floor is not None else ordinal_value(word)


def _ordinal_of(floor: Token) -> Token | None:
    """The ordinal that says which floor: "the seventh floor", "11th
    floor", "a third-floor flat" (the ordinal joined by a hyphen)."""
    for child in floor.children:
        if child.i < floor.i and child.dep_ in _ORDINAL_ROLES and _floor_number(child) is not None:
            return child
    doc = floor.doc
    if floor.i >= 2 and doc[floor.i - 1].text == "-" and _floor_number(doc[floor.i - 2]) is not None:
        return doc[floor.i - 2]
    return None


def _origin_verb(verb: Token) -> bool:
    """A verb of a fire's start: its lemma, or its lemma with its particle or
    object ("broke out", "caught fire")."""
    verbs = _origin_verbs()
    lemma = lemma_of(verb)
    joined = (f"{lemma} {lemma_of(c)}" for c in verb.children if c.dep_ in ("prt", "dobj"))
    return any(told in verbs for told in joined) or lemma in verbs


@cache
def _origin_verbs() -> frozenset[str]:
    """``origin_verbs`` of rules/generic_counts.yaml as a set, read once."""
    return frozenset(generic_count_rules().origin_verbs)


def _fire_found(verb: Token) -> bool:
    """ "The fire was reported ... on the 11th floor": a verb of finding
    whose subject is a word of fire."""
    rules = generic_count_rules()
    if lemma_of(verb) not in rules.found_verbs:
        return False
    subjects = (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    return any(lemma_of(s) in rules.fire_nouns or s.lower_ in rules.fire_nouns for s in subjects)


def _blast_struck(verb: Token) -> bool:
    """ "The blast hit an apartment on the fourth floor": a verb of a blast
    striking whose subject is a word of blast."""
    rules = generic_count_rules()
    if lemma_of(verb) not in rules.blast_verbs:
        return False
    return any(c.dep_ == "nsubj" and lemma_of(c) in rules.blast_nouns for c in verb.children)


def _seen_things(verb: Token) -> list[Token]:
    """What a verb of sighting tells coming out: its subject ("Smoke was
    billowing from"), the noun it describes ("heavy fire showing from"), or
    the thing seen of the verb it completes ("flames were seen coming from",
    "saw smoke and flames coming out of"), each with the words joined to it
    by "and"."""
    things = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl":
        things.append(verb.head)
    elif verb.dep_ in ("xcomp", "advcl", "ccomp"):
        things += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return things + [c for thing in things for c in thing.conjuncts]


def _sighting_verb(verb: Token, preposition: Token) -> bool:
    """ "flames were seen coming from the fifth floor": a verb of coming out
    whose seen thing is a word of fire or smoke, the floor hung on it by one
    of ``sighting_preps``."""
    rules = generic_count_rules()
    if lemma_of(verb) not in rules.sighting_verbs or preposition.lower_ not in rules.sighting_preps:
        return False
    seen = _seen_things(verb)
    return any(lemma_of(t) in rules.sighting_nouns or t.lower_ in rules.sighting_nouns for t in seen)


def _gone_to(floor: Token) -> bool:
    """A floor a fire went to ("spread to the fifth floor", "into the
    upper floors"): the preposition it hangs on is one of where to
    (``destination_preps``)."""
    head = _noun_over(floor)  # "to the fifth-floor landing"
    return head.dep_ == "pobj" and head.head.lower_ in generic_count_rules().destination_preps


def _verb_of(floor: Token) -> Token | None:
    """The first verb above the floor in the parse, within a few heads,
    where the floor is no part of the verb's subject but the fire: "Part of
    the second floor began to collapse" tells what collapsed, not where a
    fire began."""
    heads = [floor, *heads_to_verb(floor, _MAX_HEADS)]
    if len(heads) < 2 or heads[-1].pos_ not in ("VERB", "AUX"):
        return None
    below = heads[-2]
    if below.dep_ in _SUBJECT_ROLES and lemma_of(below) not in generic_count_rules().fire_nouns:
        return None  # "The second-floor fire started" keeps its floor
    return heads[-1]


def _origin_floor(token: Token, style: str | None) -> RawClaim | None:
    """The floor a fire began on, where ``token`` is a floor noun told with
    its ordinal and hung on a verb of the fire's start."""
    if lemma_of(token) not in generic_count_rules().floor_nouns or token.tag_ != "NN":
        return None
    ordinal = _ordinal_of(token)
    if _gone_to(token):
        return None  # "spread to the fifth floor"
    verb = _verb_of(token)
    if ordinal is None or verb is None:
        return None
    if not (_origin_verb(verb) or _fire_found(verb) or _blast_struck(verb)):
        return None
    return _floor_claim(token, ordinal, style)


def _sighted_floor(token: Token, style: str | None) -> RawClaim | None:
    """The floor flames or smoke were seen coming from, where ``token`` is a
    floor noun told with its ordinal, alone (not "the second floor and the
    roof"), hung by its preposition on a verb of sighting."""
    if lemma_of(token) not in generic_count_rules().floor_nouns or token.tag_ != "NN" or token.conjuncts:
        return None
    ordinal = _ordinal_of(token)
    noun = _noun_over(token)
    verb = _verb_of(token)
    if ordinal is None or verb is None or noun.dep_ != "pobj" or not _sighting_verb(verb, noun.head):
        return None
    return _floor_claim(token, ordinal, style)


def _noun_over(floor: Token) -> Token:
    """The noun a floor word is part of ("a third-floor flat": the flat),
    or the floor itself."""
    head = floor
    while head.dep_ in ("compound", "nmod", "amod") and head.head.i != head.i:
        head = head.head
    return head


def _floor_claim(token: Token, ordinal: Token, style: str | None) -> RawClaim:
    """The claim of the floor ``token`` its ``ordinal`` names, as the floor
    where the fire began, in the report's way of numbering floors."""
    number = _floor_number(ordinal)
    assert number is not None  # _ordinal_of says so
    start, end = min(ordinal.idx, token.idx), token.idx + len(token.text)
    return RawClaim(
        kind=ClaimKind.other_count,
        start=start,
        end=end,
        subject=ORIGIN_FLOOR,
        subject_label=ORIGIN_FLOOR_LABEL,
        value=Value(unit="floor", written=number, low=number, high=number, label=f"floor {number}"),
        details=CountDetails(group=ORIGIN_FLOOR, floor_style=style),
        anchor_start=ordinal.idx,
        anchor_end=ordinal.idx + len(ordinal.text),
        frame=ValueFrame(measure=ORIGIN_FLOOR, bearer="floor"),
    )


def _decker(token: Token) -> RawClaim | None:
    """ "the double-decker launch": a count of its decks, told as the
    vessel's size (``as_size``), as "a three-deck ferry" is: a word of
    how many decks a thing has is never a set of decks that befell
    something."""
    doc = token.doc
    if token.lower_ not in ("decker", "deckers") or token.i < 2 or doc[token.i - 1].text != "-":
        return None
    word = doc[token.i - 2]
    decks = generic_count_rules().decker_words.get(word.lower_)
    if decks is None:
        return None
    return RawClaim(
        kind=ClaimKind.other_count,
        start=word.idx,
        end=token.idx + len(token.text),
        subject=f"{GENERIC_COUNT_PREFIX}{DECK}",
        subject_label=f"count of {DECK}",
        value=Value(unit="people", written=decks, low=decks, high=decks, label=str(decks)),
        details=CountDetails(group=DECK, as_size=True),
        anchor_start=word.idx,
        anchor_end=token.idx + len(token.text),
        frame=ValueFrame(bearer=DECK),
    )
