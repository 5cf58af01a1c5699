"""Counts of places hit are of three sets besides the plain count
(reportcheck.extract.counts.damage): the worst hit (a ranking the writer
cuts, scope ``top:N``), the badly hit, and every place "destroyed or
damaged"; the damaged and the destroyed told with one word stay one figure.
Sentences written for this test in the patterns of quake and storm reports."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text, conflict_kinds, count_measures

WORST = "worst-hit places"
BADLY = "badly hit places"
EITHER = "places destroyed or damaged"


@pytest.mark.parametrize(
    ("sentence", "count", "measure"),
    [
        ("The governor named the three worst-affected villages.", "three worst-affected villages", WORST),
        ("Two villages were badly hit, the mayor said.", "Two villages", BADLY),
        ("Relief went first to the 12 hardest-hit hamlets.", "12 hardest-hit hamlets", WORST),
        ("Nine buildings were severely damaged.", "Nine buildings", BADLY),
        ("The storm flattened nine villages along the coast.", "nine villages", None),
        ("The tremor damaged or destroyed about 800 homes in 11 villages.", "11 villages", EITHER),
        ("The tremor damaged or destroyed about 800 homes in 11 villages.", "800 homes", EITHER),
        ("Floods destroyed or damaged 2,300 houses, officials said.", "2,300 houses", EITHER),
        ("The cyclone destroyed 40 homes and damaged 300 more.", "40 homes", None),
        ("Aid reached 14 villages on Monday.", "14 villages", None),
    ],
)
def test_how_places_were_hit_is_the_count_measure(pipeline, sentence, count, measure):
    assert count_measures(sentence)[count] == measure


@pytest.mark.parametrize(
    ("sentence", "count", "scope"),
    [
        ("Officials named the four hardest-hit villages.", "four", "top:4"),
        ("Rescuers reached the 12 worst-hit villages by Monday.", "12", "top:12"),
        ("Two villages were badly hit, the mayor said.", "Two", None),
    ],
)
def test_a_ranking_is_a_cut_of_its_own_size(pipeline, sentence, count, scope):
    claim = next(c for c in claims_of_text(pipeline, sentence) if c.evidence.text.startswith(count))
    assert claim.frame.scope == scope


QUAKE = "A magnitude 6.0 quake struck the valley on Sunday.\n"


def test_the_worst_hit_are_set_only_against_the_worst_hit(pipeline):
    first = QUAKE + "The quake damaged houses in 12 villages.\n"
    second = QUAKE + "Officials named the four hardest-hit villages, where most houses collapsed.\n"
    third = QUAKE + "The quake razed seven villages.\n"
    assert conflict_kinds(first, second) == []
    assert conflict_kinds(first, third) == ["other_count"]


def test_two_rankings_of_other_sizes_do_not_conflict(pipeline):
    first = QUAKE + "Aid went first to the three hardest-hit villages.\n"
    second = QUAKE + "Rescuers had not yet reached the nine worst-affected villages.\n"
    assert conflict_kinds(first, second) == []


def test_every_place_hit_is_a_wider_set_than_the_flattened(pipeline):
    wide = QUAKE + "The quake destroyed or damaged some 600 homes in about 20 villages.\n"
    flattened = QUAKE + "The quake flattened six villages, officials said.\n"
    destroyed = QUAKE + "Officials said four villages had been destroyed.\n"
    other_wide = QUAKE + "Homes in 14 villages were damaged or destroyed, the governor said.\n"
    assert conflict_kinds(wide, flattened) == []
    assert conflict_kinds(wide, destroyed) == []
    assert conflict_kinds(wide, other_wide) == ["other_count"]
    assert conflict_kinds(flattened, destroyed) == ["other_count"]
