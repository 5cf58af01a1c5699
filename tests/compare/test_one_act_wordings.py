"""Two reports' counts of one set of things told by one act in other words
(``act_meanings``, ``act_nouns`` of rules/generic_counts.yaml, read by
extract/counts/generic.py ``act_on``): "took part in the search" and "joined
the search", "were razed" and "were destroyed", "went off the rails" and
"derailed", "a total of 47 miners were brought" and "74 miners were brought",
"the relocation of 24 families" and "the relocation of 42 families" count
one set, so a difference is a conflict, not a "may be two sets".  Counts
told by two acts (the boats that rushed to the scene and those that took
part; the rooms damaged and the rooms destroyed) stay possible conflicts."""

from __future__ import annotations

import pytest

from tests.conftest import findings_of

FERRY = "PIRAEUS, Greece -- A ferry carrying 300 people ran aground off Aegina on Sunday. "
BLAST = "SIVAKASI, India -- An explosion tore through a fireworks factory near Sivakasi on Sunday. "
TRAIN = "KANDY, Sri Lanka -- A passenger train collided with a goods train near Kandy on Sunday. "
MINE = "KARAGANDA, Kazakhstan -- A fire broke out at a coal mine near Karaganda on Sunday. "
ORAN = "ORAN, Algeria -- A three-storey building collapsed in central Oran on Sunday. "


def _graded(first: str, second: str, subject: str):
    return [
        f
        for f in findings_of(first, second)
        if f.subject == subject and f.status.value in ("conflict", "possible_conflict")
    ]


@pytest.mark.parametrize(
    ("first", "second", "subject"),
    [
        (
            FERRY + "Three merchant ships took part in the operation, the coast guard said.",
            FERRY + "Four merchant vessels joined the search, the coast guard said.",
            "count:ship",
        ),
        (
            FERRY + "Two coast guard vessels, a helicopter and three merchant ships took part.",
            FERRY + "Two coast guard vessels, a helicopter and four merchant vessels were taking part.",
            "count:ship",
        ),
        (
            BLAST + "Seven rooms were razed to the ground, officials said.",
            BLAST + "Four rooms of the factory were completely destroyed, a fire official said.",
            "count:room",
        ),
        (
            TRAIN + "Three compartments of the passenger train derailed, officials said.",
            TRAIN + "Four compartments of the express went off the rails, railway officials said.",
            "count:carriage",
        ),
        (
            MINE + "A total of 47 miners were brought to the surface, the ministry said.",
            MINE + "All 74 miners who were underground were brought to the surface, the ministry said.",
            "count:miner",
        ),
        (
            ORAN + "The governor ordered the immediate relocation of 24 families living in the building.",
            ORAN + "The governor announced the relocation of 42 families from the building.",
            "count:family",
        ),
    ],
    ids=["took part / joined", "listed members", "razed / destroyed", "off the rails", "total", "act noun"],
)
def test_one_act_in_other_words_is_a_conflict(pipeline, first, second, subject):
    [finding] = _graded(first, second, subject)
    assert finding.status.value == "conflict", finding.reasons
    assert not any("whose role is not known" in r for r in finding.reasons)


@pytest.mark.parametrize(
    ("first", "second", "subject"),
    [
        (
            FERRY + "Four coast guard vessels rushed to the scene, the coast guard said.",
            FERRY + "Three coast guard vessels took part in the operation, officials said.",
            "count:ship",
        ),
        (
            BLAST + "Seven rooms were damaged by the blast, officials said.",
            BLAST + "Four rooms of the factory were completely destroyed, a fire official said.",
            "count:room",
        ),
        (
            TRAIN + "Three compartments of the passenger train derailed, officials said.",
            TRAIN + "Two bombs went off near the station a year ago, and four compartments were checked.",
            "count:carriage",
        ),
        (
            FERRY
            + "Two coast guard vessels, a helicopter and four merchant vessels took part in the search.",
            FERRY + "Three vessels took part in the search, the coast guard said.",
            "count:ship",
        ),
    ],
    ids=["rushed / took part", "damaged / destroyed", "derailed / checked", "a kind in a list / all"],
)
def test_two_acts_stay_possible(pipeline, first, second, subject):
    for finding in _graded(first, second, subject):
        assert finding.status.value == "possible_conflict", finding.reasons
