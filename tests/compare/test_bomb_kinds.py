"""How a bomb was brought and set off, as two reports of one blast tell it: a
bomb left on a parked motorbike and set off by remote control against a
suicide bomber is a conflict; a suicide car bomb is a car bomb; "a bomb"
is any of them; a drone's strike is an air strike, not shelling
(rules/weapons.yaml).  Invented sentences after wire reports of blasts."""

from __future__ import annotations

from ..conftest import conflict_kinds

PLANTED = (
    "A bomb left on a parked motorbike was detonated by remote control outside the Sarvan bus depot "
    "on Tuesday, killing nine people and wounding 20, police said."
)
SUICIDE = (
    "Nine people were killed and 20 wounded on Tuesday when a suicide bomber blew himself up outside "
    "the Sarvan bus depot, police said."
)
CAR = (
    "A car bomb exploded outside the Sarvan bus depot on Tuesday, killing nine people and wounding 20, "
    "police said."
)


def test_a_remote_bomb_is_no_suicide_bombing():
    assert "weapon" in conflict_kinds(PLANTED, SUICIDE)


def test_a_car_bomb_is_no_suicide_vest():
    vest = SUICIDE.replace("a suicide bomber blew himself up", "a man wearing a suicide vest walked up")
    assert "weapon" in conflict_kinds(CAR, vest)


def test_a_suicide_car_bomb_is_a_car_bomb():
    rammed = SUICIDE.replace("a suicide bomber blew himself up", "a suicide car bomber struck")
    assert "weapon" not in conflict_kinds(CAR, rammed)


def test_a_bomb_is_any_kind_of_bomb():
    plain = CAR.replace("A car bomb", "A bomb")
    assert "weapon" not in conflict_kinds(plain, SUICIDE)
    assert "weapon" not in conflict_kinds(plain, PLANTED)


STRIKE = (
    "A drone strike hit the cattle market in the town of Umm Tarfa on Sunday morning, killing 14 "
    "people, a local relief group said."
)


def test_a_drone_strike_is_no_shelling():
    shelled = STRIKE.replace("A drone strike hit", "Artillery shells hit")
    assert "weapon" in conflict_kinds(STRIKE, shelled)


def test_a_drone_strike_is_an_air_strike():
    raid = STRIKE.replace("A drone strike hit", "An air strike hit")
    assert "weapon" not in conflict_kinds(STRIKE, raid)


def test_a_bomb_concealed_on_its_bomber_is_no_planted_bomb():
    """ "concealed" or "hidden" tells where a bomb was, not that it was left
    behind: an attacker who set off the bomb in his backpack and died with it
    is the other report's suicide bomber."""
    carried = (
        "The attacker set off a bomb concealed in his backpack outside the Sarvan bus depot on Tuesday, "
        "killing himself, nine people and wounding 20, police said."
    )
    assert "weapon" not in conflict_kinds(carried, SUICIDE)
