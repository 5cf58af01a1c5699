"""Two reports of one incident that a far place or a second kind of event
must not set apart: the capital officials spoke in beside the village where
it happened, the towns on two banks of one river in two regions, the craft
both name, the crash that ended a shooting.  Every report here is written
for these tests: the villages, crafts, roads and people are invented."""

from __future__ import annotations

import pytest

from reportcheck.incident_match import DIFFERENT

from .conftest import incident_match_of

#: one village the gazetteer does not know, both name, on one day; one
#: report names beside it the far city its statement was made in
FAR_STATEMENTS = [
    (
        "Gunmen on motorcycles killed 12 people in the village of Hillat Kurdufa on Sunday, the health "
        "ministry said in a statement issued in Port Sudan.",
        "Twelve villagers were killed on Sunday when gunmen raided Hillat Kurdufa, near Kutum in North "
        "Darfur, local medics said.",
    ),
    (
        "At least 9 people drowned when a boat capsized near Mbonzala village on the Lukenie river on "
        "Tuesday, the provincial governor told reporters in Inongo.",
        "Nine passengers died on Tuesday after their boat overturned near Mbonzala, a fishing village of "
        "Kasai province, witnesses said.",
    ),
]


@pytest.mark.parametrize("first, second", FAR_STATEMENTS)
def test_a_village_both_name_outweighs_a_far_city_of_one(first, second):
    match = incident_match_of(first, second)
    assert match.decision != DIFFERENT, match.evidence
    assert any("incident's spot" in e.detail and e.strength == "strong" for e in match.evidence)


def test_a_craft_both_name_is_strong_where_two_districts_hold_its_river():
    match = incident_match_of(
        "The passenger launch MV Kestrel Dawn capsized in the Meghna river in Chandpur district on Friday "
        "evening after being hit by a cargo vessel, killing at least 11 people, officials said.",
        "Rescuers recovered four more bodies on Saturday, raising the toll from Friday's capsize of the "
        "MV Kestrel Dawn off Gazaria in Munshiganj to 15.",
    )
    assert match.decision != DIFFERENT, match.evidence
    assert any("Kestrel" in e.detail and e.strength == "strong" for e in match.evidence)


def test_towns_across_a_state_line_a_few_km_apart_are_weakly_apart():
    match = incident_match_of(
        "A barge exploded on the Columbia River at Vancouver, Washington, on Thursday, officials said.",
        "A barge blew up on the Columbia River near Portland, Oregon, on Thursday, officials said.",
    )
    assert match.decision != DIFFERENT, match.evidence
    places = [e for e in match.evidence if e.kind == "place" and e.relation == "contradicting"]
    assert places and all(e.strength == "weak" for e in places), match.evidence


def test_two_towns_of_two_regions_far_apart_stay_strongly_apart():
    match = incident_match_of(
        "A barge exploded on the Columbia River at Vancouver, Washington, on Thursday, officials said.",
        "A barge blew up on the Mississippi River at Memphis, Tennessee, on Thursday, officials said.",
    )
    assert any(
        e.kind == "place" and e.relation == "contradicting" and e.strength == "strong" for e in match.evidence
    ), match.evidence


#: a shooting's report, and the report of the crash that ended the gunman's
#: flight, whose lead tells the crash and whose last paragraph the shooting
SHOOTING = (
    "Man wounded outside tavern\nA 29-year-old man was shot and wounded outside a tavern in northern "
    "Vermont early Sunday, and the gunman fled, police said.\n\nOfficers found the man with a gunshot "
    "wound to his leg shortly after 1 a.m."
)
GETAWAY_CRASH = (
    "Fleeing suspect dies in Corvant Falls crash\nCORVANT FALLS, Vt. — A 34-year-old man died early Sunday "
    "when the car he was driving crashed into a utility pole on Quarry Road, police said.\n\nThe crash "
    "happened at about 1:20 a.m. The man was pronounced dead at the scene. Crews closed Quarry Road for "
    "four hours while investigators mapped the crash site.\n\nA state police reconstruction team was "
    "called in, and the road reopened shortly after 5:30 a.m. Neighbours said they heard a loud bang and "
    "saw sparks.\n\nThe utility said about 300 homes lost power for several hours. Crews replaced the pole "
    "by mid-morning, and traffic was detoured along the old mill road in the meantime. Officials asked "
    "drivers to avoid the area until the afternoon, and a school bus route was changed for the day.\n\n"
    "Police said the man had been sought for the wounding of a man outside a tavern minutes earlier. "
    "Detectives believe he shot the man, 29, in the leg during an argument."
)


def test_a_crash_whose_report_tells_the_shooting_before_it_is_no_other_kind():
    match = incident_match_of(SHOOTING, GETAWAY_CRASH)
    assert match.decision != DIFFERENT, match.evidence
    assert not any(e.kind == "event" and e.relation == "contradicting" for e in match.evidence)


def test_a_vehicle_and_its_driver_in_a_shootings_lead_make_no_crash():
    from reportcheck.incident_match import event_types

    kinds = dict(
        event_types(
            "Driver shot dead in parked vehicle",
            "A gunman walked up to a parked vehicle on Linden Row and shot the driver twice, police said. "
            "The driver of a second vehicle was not hurt.",
        )
    )
    assert kinds["shooting"] >= 2
    assert kinds.get("crash") == 0  # the setting is named, no crash told


def test_a_noun_of_a_craft_written_as_a_verb_names_no_craft():
    """ "launch", "ship" and "ferry" are verbs as often as crafts: two strikes
    of one night on two cities each "launch Shahed drones", which names no
    craft both reports give (``craft_verb_before``)."""
    match = incident_match_of(
        "Russia continued to launch Shahed drones at Kharkiv on Monday night, killing two people in a "
        "residential block, the regional governor said.",
        "Russia continued to launch Shahed drones at Odesa on Monday night, damaging port warehouses and "
        "injuring five dock workers, officials said.",
    )
    assert not any("Shahed" in e.detail for e in match.evidence), match.evidence
