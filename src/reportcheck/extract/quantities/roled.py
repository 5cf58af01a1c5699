"""Figures kept as claims only where their words name their role.

Sums of money (:mod:`.money`) and prison terms (:mod:`.terms`) are read
alike: a pattern finds the figure in a sentence, the reader gives its
value and the role its governing words name ("damages sought", "the most
faced"), and a figure whose role is unnamed is no claim.  The role, after
the kind's prefix, is the claim's subject and its frame's measure, so align
sets a figure only against a figure of the same role.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from reportcheck.details import QuantityDetails
from reportcheck.extract.core.base import RawClaim
from reportcheck.models import ClaimKind, Value, ValueFrame

#: what a reader gives for a figure it keeps: its role, its value, the unit as written
Reading = tuple[str, Value, str]


def role_claims(
    doc: Doc,
    sent: Span,
    pattern: re.Pattern[str],
    prefix: str,
    read: Callable[[re.Match[str], Span], Reading | None],
) -> list[RawClaim]:
    """The figures ``pattern`` finds in ``sent`` that ``read`` keeps, as
    claims whose subject is ``prefix`` and the role."""
    claims = []
    for match in pattern.finditer(sent.text):
        start, end = sent.start_char + match.start(), sent.start_char + match.end()
        span = doc.char_span(start, end, alignment_mode="expand")
        reading = None if span is None else read(match, span)
        if reading is None:
            continue
        role, value, unit = reading
        subject = f"{prefix}{role}"
        claims.append(
            RawClaim(
                ClaimKind.other_quantity,
                start,
                end,
                subject,
                role,
                value,
                QuantityDetails(written_unit=unit),
                frame=ValueFrame(measure=subject),
            )
        )
    return claims
