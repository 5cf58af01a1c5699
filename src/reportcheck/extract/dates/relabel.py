"""A date claim read again as the day of another event than the parse gave it.

Some days are known to belong to another event only once the whole report is
read: "died Monday" where the report dates the attack on Sunday
(:mod:`~reportcheck.extract.dates.later_deaths`), a dateline's date beside
the lead's own day (:mod:`~reportcheck.extract.dates.filing_day`).  Both
give the claim the event's subject, label and measure and say why in a note,
so they share this one rewrite.
"""

from __future__ import annotations

from reportcheck.extract.core.base import RawClaim
from reportcheck.knowledge.events import event_lexicon
from reportcheck.models import ClaimKind, ValueFrame


def as_day_of(claim: RawClaim, event: str, note: str) -> RawClaim:
    """The date claim as a day of ``event`` (its subject, label and measure
    from rules/events.yaml), its value and evidence kept, ``note`` added."""
    subject, label, measure = event_lexicon().day_of(event)
    return RawClaim(
        ClaimKind.date,
        claim.start,
        claim.end,
        subject,
        label,
        claim.value,
        claim.date.replace(event=event),
        [*claim.notes, note],
        claim.anchor_start,
        claim.anchor_end,
        ValueFrame(measure=measure),
    )
