"""A headline's "Teen accidentally shoots, kills self" read by its words.

Headlines tell a child's or a hunter's self-shooting in a short shape of
their own: a bare noun of a person, maybe an age set off by commas and an
"in PLACE", an adverb, "shoots" (and ", kills"), "self".  The parser often
misreads it: "Teen in Rosamond accidentally shoots, kills self with
shotgun" takes "shoots" for a noun, "Boy, 4, shoots self with gun found in
nightstand" takes "Boy" for an interjection, and then no count of the
person, and so no "shot themself" (:mod:`reportcheck.extract.counts.shooter`),
is read.  Of the 12 such headlines in semeval_gvc_dev and gvdb_dev (r26),
the parse read 8 and missed these two shapes.

So the shape is matched by its words (rules/who_fired.yaml, the person
nouns of rules/counts.yaml), from the sentence's first word, and only where
the parse found no count of that noun: the count reader's own reading
stands wherever it has one.  A verb of killing or "fatally" makes it a
death; a reflexive of the other sex than the noun's ("Girl ... shoots
himself") or an attacker's noun ("Gunman kills self") is no match.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from reportcheck.extract.core.base import lemma_of
from reportcheck.extract.counts.quantity import AGE_UNITS, is_age_person, people_group
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.names import people_lexicon
from reportcheck.knowledge.who_fired import headline_words, who_fired_rules

#: the most words a place after "in" may take ("in North Las Vegas")
_PLACE_WORDS = 3
#: the most words of a headline's source before its colon ("Game warden:")
_SOURCE_WORDS = 4


@dataclass(frozen=True)
class SelfShooting:
    """A headline's person who shot themself: the first word of their phrase
    and its noun ("15" and "old" of "15-year-old"; "Boy" alone), and
    whether they died."""

    first: Token
    noun: Token
    fatal: bool


def headline_self_shootings(doc: Doc) -> list[SelfShooting]:
    """Each sentence of the report that opens in the headline's shape of a
    person who shot themself."""
    found = []
    for sentence in doc.sents:
        told = _self_shooting(sentence)
        if told is not None:
            found.append(told)
    return found


def _self_shooting(sentence: Span) -> SelfShooting | None:
    """The shape, word by word, from the sentence's first word."""
    words = [t for t in sentence if not t.is_space]
    words = words[_after_source(words) :]
    end = _person_end(words)
    if end is None:
        return None
    first, noun = words[0], words[end - 1]
    i = _after_place(words, _after_age(words, end))
    rules, told = who_fired_rules(), headline_words()
    fatal = False
    while i < len(words) and words[i].lower_ in told.adverbs:
        fatal = fatal or words[i].lower_ in told.fatal
        i += 1
    if i >= len(words) or words[i].lower_ not in rules.headline_shoot_words:
        return None
    i += 1
    if (
        i + 1 < len(words)
        and words[i].lower_ in rules.headline_kill_joints
        and words[i + 1].lower_ in rules.headline_kill_words
    ):
        fatal, i = True, i + 2
    if i >= len(words) or words[i].lower_ not in told.reflexives:
        return None
    return SelfShooting(first, noun, fatal) if _same_sex(noun, words[i]) else None


def _after_source(words: list[Token]) -> int:
    """The index after a headline's source set before a colon ("Police:",
    "Game warden:", "CCSO:"), or 0."""
    for i, word in enumerate(words[:_SOURCE_WORDS]):
        if word.text == ":":
            return i + 1
    return 0


def _person_end(words: list[Token]) -> int | None:
    """The index after the person's words at the start: a noun of a person
    ("Teen"), or an age standing for one ("15-year-old", "Four-year-old")."""
    if words and _person_noun(words[0]):
        return 1
    age = [w.lower_ for w in words[1:5]]
    if words and words[0].like_num and age[:1] == ["-"] and age[2:] == ["-", "old"]:
        return 5 if lemma_of(words[2]) in AGE_UNITS else None
    return None


def _person_noun(token: Token) -> bool:
    """A capitalised noun of a person ("Teen", "Boy", "Toddler"), never an
    attacker's ("Gunman kills self" is the attacker's suicide)."""
    if not token.is_title and not token.is_upper:
        return False
    group = people_group(token) if token.lower_ in lexicon().people_group or is_age_person(token) else None
    return group not in (None, "attackers")


def _after_age(words: list[Token], i: int) -> int:
    """The index after an age set off by commas ("Boy, 4, ..."), or ``i``."""
    if i + 2 < len(words) and words[i].text == "," and words[i + 1].like_num and words[i + 2].text == ",":
        return i + 3
    return i


def _after_place(words: list[Token], i: int) -> int:
    """The index after "in PLACE" of capitalised words (``headline_place_preps``), or ``i``."""
    if i >= len(words) or words[i].lower_ not in who_fired_rules().headline_place_preps:
        return i
    j = i + 1
    while j < len(words) and j - i <= _PLACE_WORDS and words[j].is_title:
        j += 1
    return j if j > i + 1 else i


def _same_sex(noun: Token, reflexive: Token) -> bool:
    """Whether the reflexive may stand for the noun: "self" for anyone."""
    own = people_lexicon().sex_of.get(noun.lower_)
    told = lexicon().shooter_reflexives.get(reflexive.lower_)
    return own is None or told in (None, "any", own)
