"""Text-level mentions found by the rule parsers, before they become claims.

The parsers in this package (numbers, quantities, times of day) work on plain
strings so they can be tested on any sentence, including the
Recognizers-Text cases; the spaCy components then turn mentions into
:class:`reportcheck.models.Claim` records with offsets in the original file.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Mention:
    """A value found in a string.

    ``start``/``end`` are offsets into the string that was parsed.  ``low`` and
    ``high`` are in ``unit`` (a base unit: ``m``, ``km/h``, ``kg``, ``min`` for
    minutes after midnight, ...); they differ for ranges ("between 5'9 and
    6'2") and are equal for single values.  ``precision`` is half the step of
    the last digit written, in the base unit ("five miles" -> 804.67 m), so the
    comparer can tell rounding from disagreement.  ``alternatives`` holds other
    readings (a clock time without a.m./p.m.: 07:00 or 19:00).  ``said_of``
    holds the hours a loose point of the day is said of, in minutes after
    midnight ("mid-afternoon": its minute is ``low``, the hours 14:00 to
    17:00 ``said_of``), which the claim gives as its range.
    """

    start: int
    end: int
    text: str
    dimension: str  # length, speed, mass, area, volume, duration, time_of_day, number
    unit: str
    low: float
    high: float
    written_unit: str = ""
    precision: float = 0.0
    alternatives: tuple[tuple[float, float], ...] = ()
    notes: tuple[str, ...] = field(default=())
    attrs: tuple[tuple[str, str], ...] = field(default=())
    said_of: tuple[float, float] | None = None
