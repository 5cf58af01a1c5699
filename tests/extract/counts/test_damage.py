"""Counts of places hit are of four sets besides the plain count
(reportcheck.extract.counts.damage): the worst hit (a ranking the writer
cuts, scope ``top:N``), the badly hit, every place "destroyed or
damaged", and the places a word of ruin governs ("four villages
destroyed", scope ``destroyed``: a part of the places hit); damage or
ruin seen in places ("homes in five villages damaged", "destruction in
seven villages") stays the plain count.
Sentences written for this test in the patterns of quake and storm reports."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text, conflict_kinds, count_measures

WORST = "worst-hit places"
BADLY = "badly hit places"
EITHER = "places destroyed or damaged"
RUINED = "destroyed"


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
        # a relief office's list of losses sets the participle after the noun
        (
            "Losses so far: 87 houses heavily damaged, 112 houses moderately damaged and two bridges cut.",
            "87 houses",
            BADLY,
        ),
        ("The quake left 40 homes badly damaged.", "40 homes", BADLY),
        ("Officials counted 30 buildings severely damaged in the town.", "30 buildings", BADLY),
        # near misses: a participle after the noun with no word of how badly
        ("The quake left 40 homes damaged.", "40 homes", None),
        ("Officials counted 30 buildings damaged in the town.", "30 buildings", None),
        ("Aid reached 14 villages cut off by the flood.", "14 villages", None),
    ],
)
def test_how_places_were_hit_is_the_count_measure(pipeline, sentence, count, measure):
    assert count_measures(sentence)[count] == measure


@pytest.mark.parametrize(
    ("sentence", "count", "scope"),
    [
        ("The storm flattened nine villages along the coast.", "nine", RUINED),
        ("Officials said three hamlets had been destroyed.", "three", RUINED),
        ("More than 200 houses were razed by the mudslide.", "200", RUINED),
        ("Five villages destroyed as quake hits north", "Five", RUINED),
        ("The twister levelled 30 homes and 12 buildings.", "12", RUINED),
        ("The cyclone destroyed 40 homes and damaged 300 more.", "40", RUINED),
        ("Homes in eight villages were destroyed.", "eight", None),
        ("The quake caused major destruction in six villages.", "six", None),
        ("Houses in four villages were damaged, the governor said.", "four", None),
        ("The tremor damaged or destroyed about 800 homes in 11 villages.", "11", None),
        ("Officials named the four hardest-hit villages.", "four", "top:4"),
        ("Rescuers reached the 12 worst-hit villages by Monday.", "12", "top:12"),
        ("Two villages were badly hit, the mayor said.", "Two", None),
    ],
)
def test_a_ranking_and_the_ruined_are_scopes_of_their_own(pipeline, sentence, count, scope):
    claim = next(c for c in claims_of_text(pipeline, sentence) if c.evidence.text.startswith(count))
    assert claim.frame.scope == scope


QUAKE = "A magnitude 6.0 quake struck the valley on Sunday.\n"


def test_the_worst_hit_are_set_only_against_the_worst_hit(pipeline):
    first = QUAKE + "The quake damaged houses in 12 villages.\n"
    second = QUAKE + "Officials named the four hardest-hit villages, where most houses collapsed.\n"
    assert conflict_kinds(first, second) == []


def test_places_ruined_are_a_part_of_the_places_hit(pipeline):
    damaged = QUAKE + "Homes in nine villages were damaged, officials said.\n"
    other_damaged = QUAKE + "The quake damaged houses in 12 villages.\n"
    razed = QUAKE + "The quake razed seven villages.\n"
    destroyed = QUAKE + "The governor told reporters four villages had been destroyed.\n"
    five_damaged = QUAKE + "Homes in five villages had been damaged, officials said.\n"
    assert conflict_kinds(damaged, razed) == []
    assert conflict_kinds(damaged, destroyed) == []
    assert conflict_kinds(five_damaged, razed) == ["other_count"]  # seven ruined, more than five hit
    assert conflict_kinds(razed, destroyed) == ["other_count"]
    assert conflict_kinds(damaged, other_damaged) == ["other_count"]


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


@pytest.mark.parametrize(
    ("sentence", "count", "scope"),
    [
        # a word of damage told whole is ruin: "fully damaged" houses are destroyed
        ("In Pelmora district 212 houses were fully damaged, the relief office said.", "212", RUINED),
        ("The flood completely damaged 64 homes in Vastrel.", "64", RUINED),
        ("Officials counted 31 totally damaged buildings in Quorin.", "31", RUINED),
        # a word of ruin told in part is damage: "partly destroyed" homes are damaged
        ("About 90 homes were partially destroyed in Dunmere, the mayor said.", "90", None),
        ("The storm partly destroyed 18 buildings along the Oskel road.", "18", None),
        ("In Pelmora district 540 houses were partially damaged.", "540", None),
        # homes taken by the water or the fire are ruined: a particle verb of ruin
        ("At least 45 homes were swept away when the Tarnet river burst its banks.", "45", RUINED),
        ("The torrent washed away 23 houses in Melbry village.", "23", RUINED),
        ("Twelve homes were burned down in the hillside blaze near Corvan.", "Twelve", RUINED),
        # the particle alone, or a verb of no ruin, is not
        ("The flood swept 30 cars into the Tarnet river.", "30", None),
    ],
)
def test_how_much_of_a_place_was_hit_says_whether_it_was_ruined(pipeline, sentence, count, scope):
    claim = next(c for c in claims_of_text(pipeline, sentence) if c.evidence.text.startswith(count))
    assert claim.frame.scope == scope


STORM = "A cyclone struck the Pelmora coast on Sunday.\n"


def test_fully_damaged_homes_are_set_against_homes_destroyed(pipeline):
    fully = STORM + "In Pelmora district 140 houses were fully damaged, the relief office said.\n"
    collapsed = STORM + "Officials said 40 houses had been destroyed in Pelmora district.\n"
    partly = STORM + "In Pelmora district 600 houses were partially damaged, the relief office said.\n"
    assert conflict_kinds(fully, collapsed) == ["other_count"]
    assert conflict_kinds(partly, collapsed) == []  # damaged homes are a wider set than the ruined


def test_homes_swept_away_are_set_against_homes_destroyed(pipeline):
    swept = STORM + "At least 45 homes were swept away in Melbry, the mayor said.\n"
    destroyed = STORM + "The storm destroyed 38 homes in Melbry, officials said.\n"
    assert conflict_kinds(swept, destroyed) == ["other_count"]
