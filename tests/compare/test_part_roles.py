"""The one pilot, driver or owner of an accident: a report telling the part
by its noun only ("the pilot, 38,") and another naming its holder ("the
pilot, Capt. Ian Mercer, 41,") tell of one person, so their ages meet; two
reports naming two people as the one pilot or owner disagree on who it was
(a possible conflict).  Never where a report tells several holders of the
part ("the other driver", "the co-pilot").  Invented sentences after crash
and collapse reports."""

from __future__ import annotations

from reportcheck.models import Status

from ..conftest import age_pairs, role_names

PILOT_UNNAMED = (
    "A small plane crashed into a field near the Millbrook airport on Saturday afternoon. "
    "The pilot, 38, was taken to a hospital with burns, the sheriff's office said."
)
PILOT_NAMED = (
    "The pilot, Capt. Ian Mercer, 41, was taken to a hospital after his single-engine plane went "
    "down in a field near the Millbrook airport on Saturday."
)


def test_the_pilot_told_by_the_part_meets_the_named_pilot():
    assert ([38.0], [41.0], Status.conflict) in age_pairs(PILOT_UNNAMED, PILOT_NAMED)


def test_a_co_pilot_beside_leaves_the_pilots_apart():
    """The negative: a report with a co-pilot tells two who flew."""
    b = PILOT_NAMED + " The co-pilot, a 29-year-old woman, was not hurt."
    pairs = age_pairs(PILOT_UNNAMED, b)
    assert not any(p[0] == [38.0] and p[1] == [41.0] for p in pairs), pairs


OWNER_A = (
    "A vacant three-story building on Front Street in Easton collapsed early Monday. "
    "The building's owner, Walter Greaves, said engineers had inspected it last year."
)
OWNER_B = (
    "Part of an empty building on Front Street in Easton fell into the road on Monday morning. "
    "Its owner, Philip Danvers, told reporters he had planned repairs for the spring."
)


def test_two_names_for_the_one_owner_are_a_possible_conflict():
    found = role_names(OWNER_A, OWNER_B)
    assert found == [(Status.possible_conflict, ["Walter Greaves", "Philip Danvers"])], found


def test_one_owner_named_alike_is_no_finding():
    b = OWNER_B.replace("Philip Danvers", "Walter Greaves")
    assert role_names(OWNER_A, b) == []


DRIVERS_A = (
    "Two cars collided on Route 30 near Ligonier on Friday night. The driver, Marta Koenig, "
    "was treated at the scene, and the other driver was flown to a hospital."
)
DRIVERS_B = (
    "A crash on Route 30 near Ligonier sent one person to a hospital on Friday night. "
    "The driver, Arnold Pyle, was flown to a trauma center, state police said."
)


def test_two_drivers_are_never_the_one_driver():
    """The negative: a report of two drivers names one of them only."""
    assert role_names(DRIVERS_A, DRIVERS_B) == []


def test_active_arrests_name_the_one_suspect_two_ways():
    a = (
        "Officers arrested Curtis Vaughn, 26, on Sunday in the fatal shooting of a man outside "
        "a gas station on Elm Road in Warren, police said."
    )
    b = (
        "Deputies took Rodney Beale, 26, into custody on Sunday after a man was shot and killed "
        "outside a gas station on Elm Road in Warren."
    )
    found = role_names(a, b)
    assert found == [(Status.possible_conflict, ["Curtis Vaughn", "Rodney Beale"])], found
