"""A vague word against another report's figure, read by the figures
reporters name by it ("several": 2-19, ``vague_said_of`` of rules/counts.yaml).

"Several others were missing" is the writer's word for a number not yet
known, not a count of three to nine: against "at least 10 missing" or "12
missing" it is compatible, while outside the span ("several" against one,
or against 26) the word's range still decides, and a vague multiple
("several hundred") keeps its span.  Sentences written for these tests after the way wire copy
tells a toll still being counted (genre51a 03, genre52b 13)."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.knowledge.casualties import vague_said_of
from reportcheck.models import ClaimKind

DAY = dt.date(2026, 8, 27)


def _missing(first: str, second: str) -> list[str]:
    from reportcheck.api import compare_reports
    from reportcheck.load import load_text

    reports = [load_text(text, date=DAY) for text in (first, second)]
    found = compare_reports(reports, min_confidence=0).findings
    return [
        f.status.value
        for f in found
        if f.kind is ClaimKind.missing and len({c.report for c in f.claims}) == 2
    ]


def _boat(sentence: str) -> str:
    return (
        "MARSALA, Italy -- A fishing boat carrying migrants sank off the Sicilian coast on Thursday.\n\n"
        f"{sentence} The coast guard said the search would go on overnight."
    )


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        # "several" against a floor or a figure above nine
        ("Two people drowned and at least 11 were missing, officials said.", "several", "compatible"),
        ("Two people drowned and 14 were missing, officials said.", "several", "compatible"),
        # a figure in the word's old span stays compatible
        ("Two people drowned and four were missing, officials said.", "several", "compatible"),
        # outside the span the word still contradicts
        ("Two people drowned and one person was missing, officials said.", "several", "conflict"),
        ("Two people drowned and 31 were missing, officials said.", "several", "conflict"),
    ],
)
def test_several_against_a_figure(first, second, status):
    other = f"Two people drowned and {second} others were missing after the boat capsized, rescuers said."
    assert _missing(_boat(first), _boat(other)) == [status]


def test_a_vague_multiple_keeps_its_span():
    """ "several hundred" is three hundred to nine hundred: 2,000 is no reading of it."""
    first = _boat("Hundreds fled the harbour and 2,000 people were missing, officials said.")
    second = _boat("Several hundred people were missing after the boat capsized, rescuers said.")
    assert _missing(first, second) == ["conflict"]


@pytest.mark.parametrize(
    ("words", "span"),
    [
        ("several others", (2, 19)),
        ("Several", (2, 19)),
        ("several people", (2, 19)),
        # a longer vague phrase keeps its own span; other words have none
        ("several hundred people", None),
        ("several dozen", None),
        ("dozens", None),
        ("a few", None),
        ("12 people", None),
    ],
)
def test_vague_said_of(words, span):
    said = vague_said_of(words)
    assert (tuple(said) if said else None) == span
