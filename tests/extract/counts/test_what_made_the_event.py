"""Counts of the people and things that made or carried the event.

Reporters count the attackers by whatever noun they have ("two men opened
fire", "three people pulled up and started shooting"), the aircraft of a
strike by kind or role ("fighter jets", "warplanes"), a projectile by either
of its names ("rockets", "missiles"), and the vehicles of a road crash in a
hyphened figure ("a two-car collision").  Each is read as the tally another
report's "four gunmen", "three aircraft" or "three vehicles" is set against;
a count of the same noun told in another part (the people shot, a train's
name) is not.  Our own sentences, in the shapes reporters use.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of_text


def _counts(pipeline, sentence):
    claims = claims_of_text(pipeline, sentence)
    return [(c.subject, c.value.low, c.value.high) for c in claims if c.kind.value == "other_count"]


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Witnesses said three men in balaclavas got out of a van and fired at the crowd.", 3, 3),
        ("At least two people opened fire inside the packed dance hall in Varnley early Sunday.", 2, None),
        ("Police say two men pulled up in a grey hatchback and started shooting.", 2, 2),
        ("Four suspects opened fire on the queue outside the Orvel club.", 4, 4),
        ("Two masked youths walked into the shop on Tamsin Road and shot the clerk.", 2, 2),
        ("Neighbours said three young men had opened fire on the house before fleeing.", 3, 3),
    ],
)
def test_people_whose_own_clause_attacks_are_the_shooters(pipeline, sentence, low, high):
    """The verb of their own clause, told actively at a target or begun,
    makes the people counted the attackers, a tally of shooters."""
    assert ("shooters", low, high) in _counts(pipeline, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Three men were shot outside the Larkfield bar on Friday.",
        "Two men shot in Dunmore Street, one dies",
        "Two men were killed when gunmen opened fire on their car.",
        "Two officers fired at the suspect as he ran.",
        "Five people were hurt and two men were arrested after the brawl.",
        "Two men fled as a gunman fired into the crowd.",
    ],
)
def test_people_attacked_or_acting_otherwise_are_no_shooters(pipeline, sentence):
    """The people shot, police firing, people fleeing an attacker: no tally of shooters."""
    assert not [c for c in _counts(pipeline, sentence) if c[0] == "shooters"]


@pytest.mark.parametrize(
    ("sentence", "subject", "figure"),
    [
        ("Two fighter jets dropped bombs on the village of Orrin at dawn.", "count:aircraft", 2),
        ("Three warplanes struck the market in Sellak on Tuesday.", "count:aircraft", 3),
        ("The rebels fired two rockets at the port of Caddan.", "count:missile", 2),
        ("Three missiles hit the port of Caddan overnight.", "count:missile", 3),
    ],
)
def test_a_thing_of_an_attack_by_either_name_is_one_bearer(pipeline, sentence, subject, figure):
    """ "fighter jets" and "warplanes", "rockets" and "missiles": one bearer each."""
    assert (subject, figure, figure) in _counts(pipeline, sentence)


def test_a_projectile_landing_by_any_verb_is_one_act(pipeline):
    """ "shells fell on the market" and "shells struck the market" tell one act."""
    acts = set()
    told = ("At least nine mortar shells fell on the square.", "Five shells struck the square at noon.")
    for sentence in told:
        [claim] = [c for c in claims_of_text(pipeline, sentence) if c.kind.value == "other_count"]
        acts.add(claim.count.act)
    assert acts == {"impact"}


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("A man died after a two-car collision on the Brenna road late on Friday.", 2),
        ("A three-vehicle crash closed the westbound lanes for hours.", 3),
        ("Two women were hurt in a four-car pile-up near Callow junction.", 4),
        ("The women died in a collision involving three vehicles on the R771.", 3),
    ],
)
def test_the_vehicles_of_a_crash_are_counted(pipeline, sentence, figure):
    """ "a two-car collision" counts the vehicles, as "involving three vehicles" does."""
    assert ("vehicles", figure, figure) in _counts(pipeline, sentence)


@pytest.mark.parametrize(
    "sentence",
    ["The 12-car train left Hollin station at noon.", "A two-car garage was destroyed in the fire."],
)
def test_a_hyphened_vehicle_before_no_crash_names_a_thing(pipeline, sentence):
    """ "a 12-car train", "a two-car garage": one thing named by its size, no count of vehicles."""
    assert not [c for c in _counts(pipeline, sentence) if c[0] == "vehicles"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The three-car train crash at Pellow crossing injured 40 people.",
        "Eleven passengers were hurt in a four-car tram collision on Harbour Street.",
    ],
)
def test_the_cars_of_a_train_in_a_crash_are_no_vehicles_of_it(pipeline, sentence):
    """ "a three-car train crash": the train's cars, never three vehicles
    of the crash, set against another report's "two vehicles" (the train and
    the lorry it hit)."""
    assert not [c for c in _counts(pipeline, sentence) if c[0] == "vehicles"]


def test_a_tree_falling_and_a_tree_hitting_are_two_acts(pipeline):
    """ "five trees fell" counts every tree down, "two trees hit cars" those
    that hit something: the impact of a projectile is no tree's."""
    acts = set()
    told = ("Six trees fell across the Lenton road overnight.", "Two trees hit parked cars on Mill Lane.")
    for sentence in told:
        [claim] = [c for c in claims_of_text(pipeline, sentence) if c.kind.value == "other_count"]
        acts.add(claim.count.act)
    assert "impact" not in acts


def test_a_fire_hoses_jets_are_no_aircraft(pipeline):
    """ "Firefighters used four jets": a hose's jets, never set against
    another report's "three aircraft" dropping water on the fire."""
    counts = _counts(pipeline, "Firefighters used four jets to protect homes on the edge of Halden.")
    assert not [c for c in counts if c[0] == "count:aircraft"], counts
