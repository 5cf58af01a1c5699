"""Counts of the worst-hit places are a part of the places hit
(reportcheck.extract.counts.damage): "the four hardest-hit villages" is never
set against "15 villages" damaged; the damaged and the destroyed stay one
figure.  Sentences written for this test in the patterns of quake and storm
reports."""

from __future__ import annotations

import pytest

from ...conftest import conflict_kinds, count_measures

WORST = "worst-hit places"


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
    assert count_measures(sentence)[count] == measure


def test_the_worst_hit_are_set_only_against_the_worst_hit(pipeline):
    first = "A magnitude 6.0 quake struck the valley on Sunday.\nThe quake damaged houses in 12 villages.\n"
    second = (
        "A magnitude 6.0 quake struck the valley on Sunday.\n"
        "Officials named the four hardest-hit villages, where most houses collapsed.\n"
    )
    third = "A magnitude 6.0 quake struck the valley on Sunday.\nThe quake razed seven villages.\n"
    assert conflict_kinds(first, second) == []
    assert conflict_kinds(first, third) == ["other_count"]
