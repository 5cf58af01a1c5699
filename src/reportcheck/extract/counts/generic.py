"""Counts of any other countable thing the parse shows.

Reports of one incident count many things no casualty word or tally noun
reads: "escorted four cargo ships", "three prison officers were taken
hostage", "a six-storey block", "she dialled 999 four times".  Two reports
giving such a figure mostly give it for the same thing, and where they agree
the agreement is worth showing; where they differ the tool cannot tell
whether the two figures count one set of things or two (the ships escorted
and the ships that got away), so the comparer grades such a conflict low
(``unknown_role`` in rules/confidence.yaml).

The count's bearer is what it counts, as the knowledge layer names it: the
lemma of the counted noun ("ship"), or the name ``generic_counts.same_thing``
in rules/counts.yaml gives the noun or its modifier and noun ("prison
officer" and "guard" are both "guards"); a figure of times is counted by its
verb ("times:dial").  The subject is ``GENERIC_COUNT_PREFIX`` and the bearer,
so align groups such counts only with counts of the same bearer (and event
and scope, like every claim).  Nouns that measure rather than count (years,
miles, dollars), nouns of people in general ("people", "victims": a bearer
too broad to tell two crowds apart) and proper nouns are left out.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from reportcheck.details import CountDetails
from reportcheck.extract.core.base import RawClaim, lemma_of
from reportcheck.extract.counts.quantity import Quantity, count_value
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.knowledge.vocabulary import GENERIC_COUNT_PREFIX
from reportcheck.models import ClaimKind, ValueFrame

#: the noun of a figure of times ("three times")
TIMES = "time"


class GenericCountRules(Strict):
    """``rules/generic_counts.yaml``: which nouns are counted, and under what name."""

    #: nouns a figure measures or names rather than counts (years, miles, dollars)
    not_counted: list[str]
    #: shared name -> the nouns (or "modifier noun") that name one kind of thing
    same_thing: dict[str, list[str]]
    #: nouns counted in a hyphened figure ("a six-storey block")
    hyphen_counted: list[str]


@cache
def _rules() -> GenericCountRules:
    return load_rule_file("generic_counts.yaml", GenericCountRules)


@cache
def _same_thing() -> dict[str, str]:
    return {word: name for name, words in _rules().same_thing.items() for word in words}


def bearer_of(noun: Token) -> str:
    """What a count of ``noun`` counts: the shared name of the noun, or of its
    modifier and noun ("prison officers" -> "guard"), else the noun's lemma."""
    same = _same_thing()
    lemma = lemma_of(noun)
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    for modifier in reversed(modifiers):
        name = same.get(f"{modifier.lower_} {lemma}")
        if name is not None:
            return name
    return same.get(lemma) or same.get(noun.lower_) or lemma


def _hyphened(quantity: Quantity, noun: Token) -> bool:
    """ "a six-storey block": the figure joined to its singular noun by a hyphen."""
    doc = noun.doc
    between = doc[quantity.last.i + 1 : noun.i]
    return len(between) == 1 and between[0].text == "-"


def hyphen_counted(quantity: Quantity, noun: Token) -> bool:
    """ "a six-storey block": a hyphened figure that counts its noun
    (``hyphen_counted``), not one that names or measures ("a 15-year term")."""
    return _hyphened(quantity, noun) and lemma_of(noun) in _rules().hyphen_counted


def _times_of(quantity: Quantity, noun: Token) -> str | None:
    """ "dialled 999 four times", "was stabbed 12 times": the verb whose
    repetitions the figure counts, or None."""
    if lemma_of(noun) != TIMES or noun.tag_ != "NNS":
        return None
    if noun.dep_ != "npadvmod" or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    return f"times:{lemma_of(noun.head)}"


def _counted(quantity: Quantity, noun: Token) -> str | None:
    """The bearer of a count of ``noun``, or None when the figure counts no
    things the tool can name apart."""
    times = _times_of(quantity, noun)
    if times is not None:
        return times
    if noun.pos_ != "NOUN" or noun.i < quantity.last.i:
        return None
    rules = _rules()
    lemma = lemma_of(noun)
    if lemma in rules.not_counted or noun.lower_ in rules.not_counted:
        return None
    people = lexicon().people_group
    if "all" in (people.get(lemma), people.get(noun.lower_)):
        return None  # "people", "victims": too broad a bearer to tell two crowds apart
    if _hyphened(quantity, noun):
        return bearer_of(noun) if hyphen_counted(quantity, noun) else None
    if noun.tag_ != "NNS":
        return None  # "a 911 call", "Route 66": a figure before a singular noun names it
    return bearer_of(noun)


def generic_count_claim(quantity: Quantity) -> RawClaim | None:
    """A count of a thing the tool knows no role of, or None.

    Only a figure a reader can hold a report to: numerals and stated ranges
    of two or more, never "a", a vague word ("dozens") or a rank."""
    noun = quantity.noun
    if noun is None or quantity.individual or quantity.low < 2:
        return None
    if quantity.low != quantity.high and not quantity.ranged:
        return None
    if not (quantity.first.like_num or quantity.ranged):
        return None  # "a", "both", "another": no figure
    bearer = _counted(quantity, noun)
    if bearer is None:
        return None
    last = noun if noun.i > quantity.last.i else quantity.last
    subject = f"{GENERIC_COUNT_PREFIX}{bearer}"
    verb = bearer.removeprefix("times:")
    label = f"times of '{verb}'" if verb != bearer else f"count of {bearer}"
    return RawClaim(
        kind=ClaimKind.other_count,
        start=quantity.first.idx,
        end=last.idx + len(last.text),
        subject=subject,
        subject_label=label,
        value=count_value(quantity),
        details=CountDetails(group=bearer),
        anchor_start=quantity.first.idx,
        anchor_end=quantity.last.idx + len(quantity.last.text),
        frame=ValueFrame(bearer=bearer),
    )
