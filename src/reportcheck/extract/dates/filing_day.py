"""The date of a wire dateline where the lead tells its incident's own day.

"LOKARA, Feb. 8, 2026 — Gunmen attacked the village on Saturday night",
and a regional wire's "Kumasi, March 30, GNA - ... on Sunday evening":
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

import re

from spacy.tokens import Doc, Token

from reportcheck.extract.core.base import RawClaim, claims_of
from reportcheck.extract.dates.relabel import as_day_of
from reportcheck.extract.dates.rules import date_rules
from reportcheck.knowledge.datelines import (
    DATELINE_AFTER_DATE,
    DATELINE_HEAD,
    TITLE_DATELINE_CLOSE,
    TITLE_DATELINE_HEAD,
)
from reportcheck.knowledge.events import event_lexicon
from reportcheck.models import ClaimKind

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
        if any(_own_day(other, story.idx, lead_end, doc.text) for other in claims):
            claims[i] = _as_filed(claim)


def _story_after(doc: Doc, claim: RawClaim) -> Token | None:
    """The story's first word where ``claim`` is the date of a dateline
    opening its line and running into the story, else None."""
    if claim.kind is not ClaimKind.date or claim.date.event == _FILED:
        return None
    text = doc.text
    line_start = text.rfind("\n", 0, claim.start) + 1
    after = None
    if DATELINE_HEAD.fullmatch(text, line_start, claim.start):
        after = DATELINE_AFTER_DATE.match(text, claim.end)
    elif TITLE_DATELINE_HEAD.fullmatch(text, line_start, claim.start):
        # a regional wire's town in Title Case, its date closed by the credit
        # or a dash, the story run on in its line: "Kumasi, March 30, GNA -
        # ... on Sunday evening" (on a line of its own, "Mumbai, Nov 11 -",
        # the date takes no verb of the lead and stays as read)
        after = TITLE_DATELINE_CLOSE.match(text, claim.end)
        if after is not None and "\n" in after.group():
            after = None
    if after is None:
        return None
    return next((t for t in doc if t.idx >= after.end()), None)


def _own_day(claim: RawClaim, start: int, end: int, text: str) -> bool:
    """A day the lead gives (between ``start`` and ``end``) to its incident:
    a day, not a year or a month alone ("the deadliest attack since 2021"
    dates no day), not a stretch's start ("since Thursday":
    ``stretch_start_words`` of rules/dates.yaml), told of the incident (not
    a statement's, an arrest's or a funeral's day)."""
    if claim.kind is not ClaimKind.date or not start <= claim.start < end:
        return False
    details = claim.date
    if details.event == _FILED or event_lexicon().day_of(details.event or "incident")[0] != "incident":
        return False
    value = claim.value
    one_day = value.low is not None and value.low == value.high
    if not (one_day or details.weekday or details.relative or details.month_day):
        return False
    cues = "|".join(re.escape(word) for word in date_rules().stretch_start_words)
    return re.search(rf"\b(?:{cues})\s+(?:the\s+)?$", text[start : claim.start], re.IGNORECASE) is None


def _as_filed(claim: RawClaim) -> RawClaim:
    note = "the dateline's date, the day the report was filed: its lead tells the incident's own day"
    return as_day_of(claim, _FILED, note)
