"""Two streets with no name in common, each report's one street of the scene (compare/scene_streets.py).

Reporters place a fire, a crash or a shooting by the street of the house
or the road ("Fire crews were called to the house on <X> Road", "a fire
broke out at a house on <Y> Road", "was shot and killed on <X> Street";
ECB+ 32_1ecb: "found ... in a second-floor apartment on Independent
Street").  Two reports of one incident that each tell one such street, and
not the same one, disagree on where it happened.  A report also names
streets that are no scene: a closure or a diversion, a cross street, a
street "near" the spot, a home, a hospital's, the street a victim ran to;
those must stay unread.  The streets, towns and sentences below are
invented for these tests, varied in names, order and tense.
"""

from __future__ import annotations

import pytest

from reportcheck.models import ClaimKind, Finding, Status
from tests.conftest import findings_of


def _scene_streets(a: str, b: str) -> list[Finding]:
    """The findings of compare/scene_streets.py."""
    return [
        f
        for f in findings_of(a, b)
        if f.kind is ClaimKind.location and "one street of the scene" in f.explanation
    ]


FIRE_A = (
    "Two dead in Carrowmore house fire\n\n"
    "Two men have died in a house fire in Carrowmore in the early hours of Sunday.\n\n"
    "Firefighters were called to the blaze at a house on Kilbride Road at about 2.40am.\n\n"
    "The men, aged 51 and 24, were pronounced dead at the scene."
)
FIRE_B = (
    "Father and son die in Carrowmore fire\n\n"
    "A father and son have died after a fire broke out at a house {where} in Carrowmore"
    " on Sunday morning.\n\n"
    "The emergency services were alerted at around 2.45am. {more}"
    "The two men, aged 51 and 24, were pronounced dead at the scene."
)
SHOT_A = (
    "Man killed in Dunmore shooting\n\n"
    "A 33-year-old man was shot and killed on Larkin Street in Dunmore late Friday, police said.\n\n"
    "Officers found him on the sidewalk shortly after 11 p.m."
)
SHOT_B = (
    "Police investigate fatal shooting in Dunmore\n\n"
    "A man, 33, died after he was shot {where} in Dunmore on Friday night.\n\n"
    "{more}Police have not named a suspect."
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a fire: the house's street, by responders called to it and by the blaze itself
        (FIRE_A, FIRE_B.format(where="on Ardnaree Road", more="")),
        # a shooting, the street told by the killing's own verb in both
        (SHOT_A, SHOT_B.format(where="outside a home on Beech Avenue", more="")),
        # the reports in the other order, the other street word
        (SHOT_B.format(where="on Beech Lane", more=""), SHOT_A),
    ],
)
def test_one_scene_street_each_and_not_the_same_conflicts(pipeline, a, b):
    (finding,) = _scene_streets(a, b)
    assert finding.status is Status.conflict
    # moderate: a report may place the scene by a neighbour's street
    assert finding.confidence is not None and finding.confidence < 0.5
    assert " vs " in finding.explanation and "names the other's nowhere" in finding.explanation


@pytest.mark.parametrize(
    "b",
    [
        # the same street, another street word: the place judge's (one street told two ways)
        FIRE_B.format(where="on Kilbride Lane", more=""),
        # a cross street: the corner names two streets of one spot
        FIRE_B.format(where="at the corner of Ardnaree Road and Quay Street", more=""),
        # a street near the spot
        FIRE_B.format(where="near Ardnaree Road", more=""),
        # a closure's street, the house told by no street
        FIRE_B.format(where="", more="Ardnaree Road was closed for several hours after the fire. "),
        # two scene streets in one report
        FIRE_B.format(where="on Ardnaree Road", more="The fire spread to a house on Quay Street. "),
        # the other report's street named anywhere: a street of this story too
        FIRE_B.format(where="on Ardnaree Road", more="Neighbours on Kilbride Road were evacuated. "),
        # the fire spreading to the next street, the house told by no street
        FIRE_B.format(where="", more="The fire spread to a shed on Ardnaree Road. "),
        # a street's residents evacuated, then the crews told on it
        FIRE_B.format(
            where="", more="Residents of Ardnaree Road were evacuated. Crews remained on Ardnaree Road. "
        ),
        # a collision: two vehicles meet where two roads do, and each report may name either
        FIRE_B.format(where="", more="A fire engine collided with a van on Ardnaree Road on the way. "),
    ],
)
def test_streets_of_the_story_that_are_no_second_scene_are_left_alone(pipeline, b):
    assert _scene_streets(FIRE_A, b) == []


@pytest.mark.parametrize(
    "b",
    [
        # a victim's home address beside the scene's town
        SHOT_B.format(
            where="", more="The victim, Ray Dolan, 33, of 40 Beech Avenue, was shot in the chest. "
        ),
        # a hospital's street
        SHOT_B.format(where="", more="He died at Mercy Hospital on Beech Avenue. "),
        # the street a victim ran to
        SHOT_B.format(where="", more="After he was shot, he ran to a store on Beech Avenue for help. "),
        # the street a gunman was seen running along
        SHOT_B.format(
            where="", more="The gunman was last seen running along Beech Avenue after the shooting. "
        ),
        # a numbered road is written many ways
        SHOT_B.format(where="on Route 9", more=""),
    ],
)
def test_a_home_a_hospital_a_flight_or_a_road_is_no_scene_street(pipeline, b):
    assert _scene_streets(SHOT_A, b) == []


@pytest.mark.parametrize(
    "b",
    [
        # one street spelled two ways is a spelling, not a second scene
        FIRE_B.format(where="on Kilbryde Road", more=""),
        # the town's name before the street's ("Banstead High Street" / "High Street")
        FIRE_B.format(where="on Carrowmore Kilbride Road", more=""),
    ],
)
def test_one_street_written_two_ways_is_no_second_scene(pipeline, b):
    assert _scene_streets(FIRE_A, b) == []


BLOCK = (
    "Two men were wounded in a shooting late Saturday in Dunmore.\n\n"
    "The shooting happened about 11:30 p.m. at a house in the 4200 block of {street}, police said."
)


def test_one_block_number_on_two_scene_streets_stays_the_blocks_possible_conflict(pipeline):
    # two streets may cross at a block number no report tells (compare/blocks.py): one row, no conflict
    a, b = BLOCK.format(street="Whitman Avenue"), BLOCK.format(street="Kendrick Avenue")
    located = [
        f
        for f in findings_of(a, b)
        if f.kind is ClaimKind.location and f.status in (Status.conflict, Status.possible_conflict)
    ]
    (finding,) = located
    assert finding.status is Status.possible_conflict
    assert "one block number on two streets" in finding.explanation
