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
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reportcheck.extract.core.numbers import parse_number
from reportcheck.knowledge.tolerance import COUNT_KINDS
from reportcheck.knowledge.vocabulary import EARLIER_FIGURE
from reportcheck.models import Claim, ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Span

    from reportcheck.extract.core.cues import CueRule

#: the cue category of a replaced figure (rules/cues.yaml)
SUPERSEDED = "superseded"


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


def earlier_measure(measure: str | None) -> str:
    """The frame measure of an earlier figure of ``measure``."""
    return f"{measure}, {EARLIER_FIGURE}" if measure else EARLIER_FIGURE


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
