"""Figures a report says were replaced.

Wire updates and quake stories tell the figure they replace beside the new
one: "the death toll rose to 15, up from 12 reported earlier", "a magnitude
of 6.4, down from an initial estimate of 6.6", "the quake, initially reported
as a magnitude 6.6, ...".  The replaced figure is no claim of the report's
about the incident now; set against the other report's figure it raises a
conflict the report itself has already resolved, and set against its own new
figure, a contradiction the report does not make.

The cue rules (``superseded`` in ``rules/cues.yaml``) find the words; here a
claim carrying one gets the frame measure :data:`EARLIER_FIGURE`, so the align
stage sets it only against another report's earlier figure.  A report that
calls a figure an earlier one also means it where it repeats the figure
alone, most often in a headline written before the revision ("6.6 magnitude
earthquake rattles Southern California" over "initially reported as a
magnitude 6.6 ... magnitude 6.4"), so every mention of that value of that
kind and subject in the report is the earlier figure too.

Updated wire and local-TV stories also keep a whole clause of the account
they replace: "police initially said the children were 3 and 4", "earlier
reports said two of the three victims died", "an earlier version of this
story incorrectly said ...".  Its cues (``earlier_account`` in
``rules/cues.yaml``) reach the whole clause, and the same words also tell
accounts that stand ("a witness initially told police the man ran"), so a
figure in such a clause is an earlier figure only where the report gives,
outside such clauses, another value of the same fact and never this one
(:func:`mark_earlier_accounts`): the "4" of "were believed to be ages 3 and
4" beside a 3-year-old son and a 5-year-old daughter, never the 3.  With no
other value of the fact the clause is the report's only word on it and stays
as it is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reportcheck.extract.core.numbers import parse_number
from reportcheck.knowledge.names import people_lexicon
from reportcheck.knowledge.tolerance import COUNT_KINDS
from reportcheck.knowledge.vocabulary import earlier_measure
from reportcheck.models import Claim, ClaimKind, Interval

if TYPE_CHECKING:
    from spacy.tokens import Span

    from reportcheck.extract.core.cues import CueRule

#: the cue category of a replaced figure (rules/cues.yaml)
SUPERSEDED = "superseded"
#: the cue category of a clause telling an account the report replaces (rules/cues.yaml)
EARLIER_ACCOUNT = "earlier_account"


_WORD = re.compile(r"[\w.,-]+")


def _holds_a_figure(claim: Claim) -> bool:
    """Whether the claim's words give a figure ("12", "6.6", "twelve
    people"): only a figure is replaced.  A name or a pronoun counted as one
    person ("the sheriff's office initially said Al McCraig shot himself")
    tells who, and "a man" tells no figure."""
    words = _WORD.findall(claim.evidence.text)
    return claim.value.name is None and any(
        parse_number(w) is not None and w.lower() not in ("a", "an") for w in words
    )


#: the kinds whose figures reporters say were revised: tolls and counts, a
#: quake's size and depth, a distance, a measure.  An age, a day or a time
#: near "down from" is never a replaced figure ("a few doors down from where
#: the 17-year-old was shot")
REVISED_KINDS = frozenset(
    {
        ClaimKind.killed,
        ClaimKind.injured,
        ClaimKind.missing,
        ClaimKind.arrested,
        ClaimKind.other_count,
        ClaimKind.magnitude,
        ClaimKind.depth,
        ClaimKind.distance,
        ClaimKind.height,
        ClaimKind.other_quantity,
    }
)


def _figure_of(span: Span, kind: ClaimKind, count: float | None) -> bool:
    """Whether the claim's words give its figure: a number, and for a count
    the count itself ("12 people"; not the 17 of "the 17-year-old", one person)."""
    if kind not in REVISED_KINDS:
        return False
    if kind not in COUNT_KINDS:
        return any(t.like_num for t in span)
    return any(t.like_num and parse_number(t.text) == count for t in span)


def replacing_cues(
    hits: list[tuple[int, int, CueRule]], span: Span, kind: ClaimKind, count: float | None
) -> list[tuple[int, int, CueRule]]:
    """``hits`` (the cues of a ``kind`` claim's words ``span``, whose value
    is ``count`` for a count) without the ``superseded`` ones that replace
    no figure of it.  Such a cue speaks of the first figure after it: in
    "revised down from 21 to 15" the words reach both numbers, but only the
    21 is replaced; and a name or a pronoun near "initially said" is no
    figure at all."""
    doc = span.doc
    figure = _figure_of(span, kind, count)

    def replaces(cue_end: int) -> bool:
        return figure and not any(t.like_num for t in doc[cue_end : span.start])

    return [hit for hit in hits if hit[2].category != SUPERSEDED or replaces(hit[1])]


def told_as_replaced(claim: Claim) -> bool:
    """Whether the report's own words say this figure was replaced."""
    return _holds_a_figure(claim) and any(cue.category == SUPERSEDED for cue in claim.hedges)


def _figure_key(claim: Claim) -> tuple:
    value = claim.value
    return (claim.kind, claim.subject, value.low, value.high)


def _as_earlier(claim: Claim) -> Claim:
    frame = claim.frame.model_copy(update={"measure": earlier_measure(claim.frame.measure)})
    return claim.model_copy(update={"frame": frame})


def mark_earlier_figures(claims: list[Claim]) -> list[Claim]:
    """``claims`` of one report, each figure the report calls replaced (and
    each other mention of that figure) framed as an earlier figure."""
    replaced = {_figure_key(c) for c in claims if told_as_replaced(c)}
    if not replaced:
        return claims
    return [_as_earlier(c) if _figure_key(c) in replaced and _holds_a_figure(c) else c for c in claims]


#: the kinds whose value a clause of an earlier account may give that the
#: report then replaces: the figures a revision replaces, and ages
ACCOUNT_KINDS = REVISED_KINDS | {ClaimKind.age}


def told_in_earlier_account(claim: Claim) -> bool:
    """Whether a figure stands in a clause telling an account the report
    replaces; an age is a figure however written ("31-year-old")."""
    figure = claim.value.low is not None if claim.kind is ClaimKind.age else _holds_a_figure(claim)
    return (
        claim.kind in ACCOUNT_KINDS
        and figure
        and any(cue.category == EARLIER_ACCOUNT for cue in claim.hedges)
    )


#: the age from which a person is a grown-up: a child's age is never replaced by a grown-up's
GROWN_AGE = 18


def _age_class(claim: Claim) -> tuple[str, bool]:
    """The class of an unnamed age: "young" or "grown" by its noun ("a child",
    "a man"), else by the age itself (a 2-year-old son is young); and
    whether the noun said it."""
    person = claim.person.person or ""
    noun = person.lower().split()[-1] if person.split() else ""
    lexicon = people_lexicon()
    if noun in lexicon.young or noun in lexicon.grown:
        return ("young" if noun in lexicon.young else "grown"), True
    return ("grown" if (claim.value.low or 0) >= GROWN_AGE else "young"), False


def _apart(one: str | None, other: str | None) -> bool:
    return one is not None and other is not None and one != other


def _same_fact(told: Claim, other: Claim) -> bool:
    """Whether ``other`` of the same report is a value of the fact the
    earlier account ``told`` gives: the same kind, subject and frame; for an
    age of a person the report does not name, another unnamed person of the
    same age class, a child or a grown-up, told by a noun of either
    ("the children were 3 and 4" against "his 5-year-old daughter") or
    both by one noun, whom no role or sex sets apart: a child's age is
    never replaced by a grown-up's, and "a 4-year-old" against "the
    36-year-old father" replaces nothing."""
    if other.kind is not told.kind or other.frame.key() != told.frame.key():
        return False
    if other.subject == told.subject:
        return True
    unnamed = told.kind is ClaimKind.age and all(c.subject.startswith("unnamed:") for c in (told, other))
    if not unnamed:
        return False
    a, b = told.person, other.person
    (class_a, by_noun_a), (class_b, by_noun_b) = _age_class(told), _age_class(other)
    one_noun = a.person is not None and a.person == b.person
    return (
        class_a == class_b
        and (by_noun_a or by_noun_b or one_noun)
        and not (_apart(a.role, b.role) or _apart(a.sex, b.sex))
    )


def _same_value(one: Claim, other: Claim) -> bool:
    a, b = one.value, other.value
    return Interval(low=a.low, high=a.high).overlaps(Interval(low=b.low, high=b.high))


def _replaced(told: Claim, current: list[Claim]) -> bool:
    """Whether the report gives another value of ``told``'s fact and never ``told``'s own."""
    same = [c for c in current if _same_fact(told, c)]
    return bool(same) and not any(_same_value(told, c) for c in same)


def mark_earlier_accounts(claims: list[Claim]) -> list[Claim]:
    """``claims`` of one report, each figure of a clause of an earlier
    account that the report replaces by another value framed as an earlier
    figure; every other claim as it is."""
    told = [c for c in claims if told_in_earlier_account(c)]
    if not told:
        return claims
    current = [c for c in claims if not told_in_earlier_account(c) and not told_as_replaced(c)]
    stale = {c.id for c in told if _replaced(c, current)}
    return [_as_earlier(c) if c.id in stale else c for c in claims]
