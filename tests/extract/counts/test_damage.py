"""Counts of the worst-hit places are a part of the places hit
(reportcheck.extract.counts.damage): "the four hardest-hit villages" is never
set against "15 villages" damaged; the damaged and the destroyed stay one
figure.  Sentences written for this test in the patterns of quake and storm
reports."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import compare_reports, extract_report
from reportcheck.load import load_text

WORST = "worst-hit places"


def _conflicts(*texts: str) -> list[str]:
    reports = [load_text(text, date=dt.date(2026, 3, 10)) for text in texts]
    return [f.kind.value for f in compare_reports(reports).findings if f.status.value == "conflict"]


def _measures(text: str) -> dict[str, str | None]:
    claims = extract_report(load_text(text, date=dt.date(2026, 3, 10)), 0).claims
    return {c.evidence.text: c.frame.measure for c in claims if c.kind.value == "other_count"}


@pytest.mark.parametrize(
    ("sentence", "count", "measure"),
    [
        ("The governor named the three worst-affected villages.", "three worst-affected villages", WORST),
        ("Two villages were badly hit, the mayor said.", "Two villages", WORST),
        ("Relief went first to the 12 hardest-hit hamlets.", "12 hardest-hit hamlets", WORST),
        ("Nine buildings were severely damaged.", "Nine buildings", WORST),
        ("The storm flattened nine villages along the coast.", "nine villages", None),
        ("The tremor damaged or destroyed about 800 homes in 11 villages.", "11 villages", None),
        ("Aid reached 14 villages on Monday.", "14 villages", None),
    ],
)
def test_the_worst_hit_are_their_own_measure(pipeline, sentence, count, measure):
    assert _measures(sentence)[count] == measure


def test_the_worst_hit_are_set_only_against_the_worst_hit(pipeline):
    first = "A magnitude 6.0 quake struck the valley on Sunday.\nThe quake damaged houses in 12 villages.\n"
    second = (
        "A magnitude 6.0 quake struck the valley on Sunday.\n"
        "Officials named the four hardest-hit villages, where most houses collapsed.\n"
    )
    third = "A magnitude 6.0 quake struck the valley on Sunday.\nThe quake razed seven villages.\n"
    assert _conflicts(first, second) == []
    assert _conflicts(first, third) == ["other_count"]
