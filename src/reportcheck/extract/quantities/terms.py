"""Prison terms as claims: the most a defendant faces, and the term a court gave.

Reports of a charge or a trial state terms two reports can agree or
disagree on: "faces a maximum sentence of 15 years to life in prison" and
"faces up to 15 years to life if convicted"; "was sentenced to 25 years to
life" and "got 25 years to life".  A term is a span of years: "N years"
is N, "N years to life" is N years or more, "life" is a life term (kept as
``LIFE`` years, which "N years to life" holds and "N years" does not).  The
term's role (``roles`` in rules/terms.yaml: the most faced or the term
given) is read from the words that govern it and is the claim's subject
(``TERM_PREFIX`` and the role), so the term a defendant faces is never set
against the term a court gave.  A count of terms ("three life sentences")
is a count (:mod:`reportcheck.extract.counts.generic`), not a term.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from reportcheck.extract.core.base import RawClaim, heads_above, lemma_of
from reportcheck.extract.core.numbers import parse_number
from reportcheck.extract.quantities.roled import Reading, role_claims
from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.knowledge.vocabulary import TERM_PREFIX, spaced_alternation
from reportcheck.models import Value

#: the years a life term is kept as: more than any term in years a report gives
LIFE = 1000.0
#: how many words up from the term its role is looked for
_REACH = 3
#: how many words before the term are read for its role ("faces up to ...")
_BEFORE = 4
#: how many words after a figure of years are read for a prison word ("... in prison if convicted")
_AFTER = 6
_NUMBER = r"\d{1,3}(?:\s\d/\d)?|[a-z]+(?:-[a-z]+)?"


class TermRules(Strict):
    """``rules/terms.yaml``: the roles of a prison term and the words of a life term."""

    #: role -> the words (as written or lemmas) that give a term that role
    roles: dict[str, list[str]]
    #: words one of which a figure of years needs near it to be a term ("prison", "sentenced")
    prison_words: list[str]
    #: words right after a figure of years that make it no prison term ("two years probation")
    not_followed_by: list[str]
    #: prepositions whose object is a span of time, never a term ("after three years")
    time_prepositions: list[str]
    #: words after "life" that make it a life term ("life in prison")
    life_words: list[str]


@cache
def _rules() -> TermRules:
    return load_rule_file("terms.yaml", TermRules)


@cache
def _pattern() -> re.Pattern[str]:
    life = spaced_alternation(_rules().life_words)
    not_after = spaced_alternation(["old", "ago", "later", "earlier", *_rules().not_followed_by])
    return re.compile(
        rf"(?<![\d/-])\b(?P<years>{_NUMBER})[-\s]years?(?:\s+to\s+(?P<tolife>life))?\b(?![-\s]+(?:{not_after})\b)"
        rf"|\b(?:to\s+)?(?P<life>life)(?:\s+(?:{life}))?\b(?!\s+sentences|\s+terms)",
        re.IGNORECASE,
    )


def _value(match: re.Match[str]) -> tuple[float, float | None, str] | None:
    """(low, high, label) of a term; high None for "N years to life"."""
    if match.group("life"):
        text = match.group(0)
        if not text.lower().startswith("to") and text.strip().lower() == "life":
            return None  # "life" alone: a life term only after "to" ("sentenced to life")
        return LIFE, LIFE, "life"
    years = parse_number(match.group("years"))
    if years is None or years < 1 or years != int(years) or years > 150:
        return None
    if match.group("tolife"):
        return years, None, f"{years:g} years to life"
    return years, years, f"{years:g} years"


def _governing(doc: Doc, span: Span) -> list[Token]:
    """The term's words, the words it hangs from and the few words before it."""
    chain = [*span, *heads_above(span.root, _REACH)]
    return chain + list(doc[max(span.sent.start, span.start - _BEFORE) : span.start])


def _words(tokens: list[Token]) -> set[str]:
    return {w.lower_ for w in tokens} | {lemma_of(w) for w in tokens}


def _in_prison(doc: Doc, span: Span, governing: list[Token]) -> bool:
    """A figure of years said of a prison term: a prison word among the
    words that govern it or the few after it (``prison_words``)."""
    after = list(doc[span.end : min(span.sent.end, span.end + _AFTER)])
    return bool(_words(governing + after) & set(_rules().prison_words))


def role_of(doc: Doc, span: Span, life: bool = False) -> str | None:
    """Whether the term in ``span`` is the most faced or a term given, or
    None; a figure of years (not ``life``) must be said of prison."""
    governing = _governing(doc, span)
    if not life and not _in_prison(doc, span, governing):
        return None
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in _rules().time_prepositions:
        return None  # "After more than three years of delays, he was sentenced ..."
    written = _words(governing)
    for role, words in _rules().roles.items():
        if written & set(words):
            return role
    return None


def _reading(match: re.Match[str], span: Span) -> Reading | None:
    """The role, value and unit of a matched term whose role its words name."""
    value = _value(match)
    role = None if value is None else role_of(span.doc, span, life=value[1] is None or value[0] == LIFE)
    if value is None or role is None:
        return None
    low, high, label = value
    return role, Value(unit="years", written=low, precision=0.0, low=low, high=high, label=label), "years"


def term_claims(doc: Doc, sent: Span) -> list[RawClaim]:
    """The prison terms in ``sent`` whose role its words name."""
    return role_claims(doc, sent, _pattern(), TERM_PREFIX, _reading)
