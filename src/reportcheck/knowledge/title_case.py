"""Lines and sentences set in Title Case ("Officer Shot In Austin").

Two stages need to know whether words are a headline in Title Case: the
loader, which writes a headline's known words in lower case for the tagger
(:mod:`reportcheck.load.headline_case`), and the place reader, for which a
capitalised title word ("Officer", "Sen.") says nothing of a person in such
a line (:mod:`reportcheck.extract.places.persons`).  They judge it by one
rule, the share of capitalised words and the fewest words it takes, which
``rules/headline_case.yaml`` holds with the words the loader lowers.

A headline also ends with no full stop (:func:`unstopped`): the extract
stage lends a headline's bare toll its story's hedge by that
(:mod:`reportcheck.extract.counts.headline_hedge`), and the compare stage
sets a headline's figure against its own story's by it
(:func:`in_headline`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.models import Evidence

#: the marks a sentence of prose ends with; a headline has none
_SENTENCE_ENDS = ".!?\"'”’"


def unstopped(sentence: str) -> bool:
    """Whether a sentence ends with no full stop, as a headline does ("12
    killed in bus crash"; a quote's '"This person was killed.' is stopped)."""
    return sentence.rstrip()[-1:] not in _SENTENCE_ENDS


def in_headline(evidence: Evidence, headline: int = 0) -> bool:
    """Whether a claim's evidence stands in the report's headline: the
    report's first sentence (starting at ``headline``, where the text opens
    unless the caller knows better) when it ends with no full stop (a
    headline, not a lead)."""
    return evidence.sentence_start == headline and unstopped(evidence.sentence)


class HeadlineCaseRules(Strict):
    """The contents of ``rules/headline_case.yaml``."""

    title_share: float
    min_title_words: int
    max_title_chars: int
    number_words: frozenset[str]
    grammar_words: frozenset[str]
    headline_verbs: frozenset[str]
    endings: list[tuple[str, str]]
    irregular: dict[str, str]
    #: endings of a noun of a person by trade or pursuit ("phlebotomist", "technician")
    person_noun_endings: tuple[str, ...] = ()
    #: endings of surnames that end so too ("Lindquist")
    surname_endings: tuple[str, ...] = ()


@cache
def headline_case_rules() -> HeadlineCaseRules:
    return load_rule_file("headline_case.yaml", HeadlineCaseRules)


def title_cased(words: Sequence[str]) -> bool:
    """Whether ``words`` (the words of one line or sentence, letters first)
    are set in Title Case: enough of them, and a large enough share starting
    with a capital."""
    rules = headline_case_rules()
    if len(words) < rules.min_title_words:
        return False
    return sum(w[0].isupper() for w in words) >= rules.title_share * len(words)


def lemmas_by_form(word: str, *, min_stem: int = 0) -> tuple[str, ...]:
    """The lemmas a lower-case word's form may stand for: its irregular
    lemma ("shot" -> shoot) and each ending put back ("crashes" -> crash,
    crashe), the stem before an ending at least ``min_stem`` letters.  The
    one reading of ``irregular`` and ``endings`` for the loader's known
    words and the people reader's headline words, which each then look the
    lemmas up in their own list."""
    rules = headline_case_rules()
    irregular = rules.irregular.get(word)
    by_ending = [
        word[: -len(end)] + lemma_end
        for end, lemma_end in rules.endings
        if word.endswith(end) and len(word) - len(end) >= min_stem
    ]
    return (irregular, *by_ending) if irregular else tuple(by_ending)
