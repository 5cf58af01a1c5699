"""The report's own day among the relative days, and the words of a
stretch's start (rules/dates.yaml).

The date extractor reads the whole date vocabulary (extract/dates/rules.py);
the later stages need only which relative words name the day the report was
written ("today", "tonight", "this morning": offset 0) and which words
before a day make it a stretch's start, no day of the incident ("killed
since Thursday": ``stretch_start_words``, which the extractor's filing day
reads too), and may not import extract/.  They are read here from the same
file, so no word is written again.
"""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict

from reportcheck.knowledge.rules import load_rule_file


class _RelativeDay(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)
    phrase: str
    offset: int


class _LaterStageDates(BaseModel):
    """The two sections of rules/dates.yaml the later stages read."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    relative_days: list[_RelativeDay]
    stretch_start_words: list[str]


@cache
def writing_day_words() -> frozenset[str]:
    """The relative days of offset 0, lower case: the day of writing."""
    days = load_rule_file("dates.yaml", _LaterStageDates).relative_days
    return frozenset(d.phrase.lower() for d in days if d.offset == 0)


@cache
def stretch_start_words() -> tuple[str, ...]:
    """The words before a day that make it a stretch's start ("since"), as
    the date extractor reads them."""
    return tuple(load_rule_file("dates.yaml", _LaterStageDates).stretch_start_words)
