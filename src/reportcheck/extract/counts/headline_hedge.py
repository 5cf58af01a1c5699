"""A headline's toll told without the hedge its story's lead gives it.

A headline has room for the figure and not for its hedge: "12 killed in bus
crash" over "At least 12 people were killed when the bus overturned",
"Nearly 40 hurt in stampede" over a lead's "nearly 40".  The bare figure is
the same statement as the story's hedged one (its first hedged mention of
the figure, wherever the story gives it), so it takes the hedge
(``headline_borrowed_hedges`` of rules/counts.yaml): set against another
report's 15, "12 killed" is "at least 12", which 15 does not contradict.
Only where the story gives the same figure of the same count (kind,
subject, frame, group and role) with such a hedge, and never with a bare
figure of its own: a story that says "12 people died" means 12.  A
headline's figure of everyone ("Suicide bomber kills 21") is the story's
figure of the people it names ("at least 21 worshippers"): the headline
has no room for the noun either, so its group is not asked.
"""

from __future__ import annotations

from reportcheck.details import CountDetails
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.title_case import in_headline
from reportcheck.models import Claim, ClaimKind

#: the kinds whose headline figure may borrow the story's hedge
HEDGED_KINDS = frozenset({ClaimKind.killed, ClaimKind.injured, ClaimKind.missing, ClaimKind.arrested})


def _count_key(claim: Claim) -> tuple | None:
    details = claim.details
    if claim.kind not in HEDGED_KINDS or not isinstance(details, CountDetails):
        return None
    return (claim.kind, claim.subject, claim.frame, details.group, details.role)


def _loose_key(claim: Claim) -> tuple | None:
    """The count's key without its group, for a headline's figure of everyone."""
    key = _count_key(claim)
    return None if key is None else (key[0], key[2], key[4])


def _same_count(headline: Claim, story: Claim) -> bool:
    """The story's claim counts what the headline's does: the same key, or,
    for a headline's figure of everyone (group ``all``), the same kind,
    frame and role whatever people the story names."""
    details = headline.details
    if isinstance(details, CountDetails) and details.group == "all":
        return _loose_key(story) == _loose_key(headline)
    return _count_key(story) == _count_key(headline)


def _exact(claim: Claim) -> bool:
    value = claim.value
    return value.low is not None and value.low == value.high == value.written


def _bounded(claim: Claim) -> bool:
    borrowed = lexicon().headline_borrowed_hedges
    return any(cue.category in borrowed for cue in claim.hedges)


def with_headline_hedges(claims: list[Claim], headline: int = 0) -> list[Claim]:
    """``claims`` of one report, a headline's bare count given the value and
    hedges of the story's first hedged mention of the same figure.
    ``headline`` is where the report's first sentence starts: a lead that
    ends with no full stop under a headline that holds no claim is no
    headline."""
    if not claims:
        return claims
    body = [c for c in claims if c.evidence.sentence_start > headline and _count_key(c) is not None]
    out = []
    for claim in claims:
        key = _count_key(claim)
        if key is None or claim.hedges or not _exact(claim) or not in_headline(claim.evidence, headline):
            out.append(claim)
            continue
        same = [c for c in body if _same_count(claim, c) and c.value.written == claim.value.written]
        hedged = [c for c in same if _bounded(c)]
        if not hedged or any(_exact(c) and not c.hedges for c in same):
            out.append(claim)
            continue
        lead = hedged[0]
        note = f"the story tells this figure as '{lead.evidence.text}' with '{lead.hedges[0].text}'"
        out.append(
            claim.model_copy(
                update={"value": lead.value, "hedges": list(lead.hedges), "notes": [*claim.notes, note]}
            )
        )
    return out
