"""The means of a strike two reports name: helicopter barrel bombs against
ground-fired missiles is a conflict; a rocket called a missile, or a missile
fired in an air strike, is one weapon told loosely (rules/weapons.yaml).
Invented sentences after agency and monitor reports of strikes in a war."""

from __future__ import annotations

from ..conftest import conflict_kinds

DROPPED = (
    "Six civilians were killed on Thursday when government helicopters dropped barrel bombs on the town "
    "of Kafr Amsa in the south of Idlib province, activists said."
)
FIRED = (
    "Six civilians were killed on Thursday when surface-to-surface missiles fired from army positions "
    "struck the town of Kafr Amsa in the south of Idlib province, a monitoring group said."
)


def test_barrel_bombs_are_no_ground_fired_missiles():
    assert "weapon" in conflict_kinds(DROPPED, FIRED)


def test_rockets_and_missiles_are_one_weapon_told_loosely():
    rockets = FIRED.replace("surface-to-surface missiles", "rockets")
    missiles = FIRED.replace("surface-to-surface missiles", "missiles")
    assert "weapon" not in conflict_kinds(rockets, missiles)
    assert "weapon" not in conflict_kinds(rockets, FIRED)


def test_a_missile_may_come_from_an_air_strike():
    raid = DROPPED.replace("government helicopters dropped barrel bombs on", "an air strike hit")
    missiles = FIRED.replace("surface-to-surface missiles", "missiles")
    assert "weapon" not in conflict_kinds(raid, missiles)


GLIDED = (
    "Three people were killed on Monday morning when Russian forces struck the village of Verbivka in "
    "the Kupiansk district with a guided aerial bomb, the regional governor said."
)
LAUNCHED = (
    "Three people were killed on Monday morning in Verbivka in the Kupiansk district; the air force said "
    "the strike was carried out with a ballistic missile launched from across the border."
)


def test_a_guided_aerial_bomb_is_no_ballistic_missile():
    assert "weapon" in conflict_kinds(GLIDED, LAUNCHED)
    glide = GLIDED.replace("a guided aerial bomb", "two glide bombs")
    assert "weapon" in conflict_kinds(glide, LAUNCHED)


def test_a_guided_aerial_bomb_is_a_bomb_of_an_air_strike():
    raid = GLIDED.replace("with a guided aerial bomb", "in an air strike")
    bomb = GLIDED.replace("a guided aerial bomb", "a bomb")
    assert "weapon" not in conflict_kinds(GLIDED, raid)
    assert "weapon" not in conflict_kinds(GLIDED, bomb)
