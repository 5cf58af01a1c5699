"""The date of a wire dateline where the lead tells its incident's own day.

"LOKARA, Feb. 8, 2026 — Gunmen attacked the village on Saturday night":
the dateline's date is the day the report was filed, the lead's "Saturday
night" the day of the attack.  Parsed as one sentence with the lead (core
lines: the dateline is joined to it), the dateline's date took the lead's
verb and was held as a day of the attack, and was set against the other
report's "Saturday's attack" a day off.  Where the lead dates its incident
by a day of its own (a weekday, "yesterday", another date) not on a verb of
saying, the dateline's date is the day of a statement, the report's own
(``statement`` of rules/events.yaml), as "police said on Sunday" is.  A
lead that tells no day leaves the dateline's date as the incident's ("KABUL,
March 3 — A car bomb killed five people": that day), and the loader still
reads the dateline as the report's date, from which relative days count.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from reportcheck.extract.core.base import RawClaim, claims_of
from reportcheck.knowledge.datelines import DATELINE_AFTER_DATE, DATELINE_HEAD
from reportcheck.knowledge.events import event_lexicon
from reportcheck.models import ClaimKind, ValueFrame

#: the event a dateline's date becomes: the day the report was filed
_FILED = "statement"


def relabel_filing_day(doc: Doc) -> None:
    """Make the date of a dateline run into its lead ("CITY, Month Day[,
    Year] [(Agency)] —", ``DATELINE_HEAD`` of knowledge/datelines.py) a day
    of a statement where the lead tells its incident's own day."""
    claims = claims_of(doc)
    for i, claim in enumerate(claims):
        story = _story_after(doc, claim)
        if story is None:
            continue
        lead_end = story.sent.end_char
        if any(_own_day(other, story.idx, lead_end) for other in claims):
            claims[i] = _as_filed(claim)


def _story_after(doc: Doc, claim: RawClaim) -> Token | None:
    """The story's first word where ``claim`` is the date of a dateline
    opening its line and running into the story, else None."""
    if claim.kind is not ClaimKind.date or claim.date.event == _FILED:
        return None
    text = doc.text
    line_start = text.rfind("\n", 0, claim.start) + 1
    if not DATELINE_HEAD.fullmatch(text, line_start, claim.start):
        return None
    after = DATELINE_AFTER_DATE.match(text, claim.end)
    if after is None:
        return None
    return next((t for t in doc if t.idx >= after.end()), None)


def _own_day(claim: RawClaim, start: int, end: int) -> bool:
    """A day the lead gives (between ``start`` and ``end``) not of a statement."""
    return claim.kind is ClaimKind.date and start <= claim.start < end and claim.date.event != _FILED


def _as_filed(claim: RawClaim) -> RawClaim:
    subject, label, measure = event_lexicon().day_of(_FILED)
    note = "the dateline's date, the day the report was filed: its lead tells the incident's own day"
    return RawClaim(
        ClaimKind.date,
        claim.start,
        claim.end,
        subject,
        label,
        claim.value,
        claim.date.replace(event=_FILED),
        [*claim.notes, note],
        claim.anchor_start,
        claim.anchor_end,
        ValueFrame(measure=measure),
    )
