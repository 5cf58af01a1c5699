"""How badly counted places were hit is the count's measure
(reportcheck.extract.counts.damage): the destroyed, the damaged and the worst
hit are three counts, never one told three ways.  Sentences written for this
test in the patterns of quake and storm reports."""

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
        ("The storm flattened nine villages along the coast.", "nine villages", "destroyed places"),
        ("Six hamlets were razed by the landslide, officials said.", "Six hamlets", "destroyed places"),
        ("The tremor damaged or destroyed about 800 homes in 11 villages.", "11 villages", "damaged places"),
        ("Roofs in three villages were reported damaged.", "three villages", "damaged places"),
        ("The governor named the three worst-affected villages.", "three worst-affected villages", WORST),
        ("Two villages were badly hit, the mayor said.", "Two villages", WORST),
        ("Aid reached 14 villages on Monday.", "14 villages", None),
    ],
)
def test_the_degree_of_damage_is_the_measure(pipeline, sentence, count, measure):
    assert _measures(sentence)[count] == measure


def test_counts_of_two_degrees_are_not_set_against_each_other(pipeline):
    first = "A magnitude 6.0 quake struck the valley on Sunday.\nThe quake destroyed four villages.\n"
    second = (
        "A magnitude 6.0 quake struck the valley on Sunday.\n"
        "Houses were damaged in 12 villages, and the five hardest-hit villages were cut off.\n"
    )
    third = "A magnitude 6.0 quake struck the valley on Sunday.\nThe quake razed seven villages.\n"
    assert _conflicts(first, second) == []
    assert _conflicts(first, third) == ["other_count"]
