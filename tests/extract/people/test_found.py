"""A person told as found harmed is a victim (extract/people/found.py), so
the age of "a 26-year-old man found shot to death" is the victim's and meets
the age another report gives the man it says was shot and killed.

Invented sentences, each a pattern of reporting seen in shooting stories:
the passive "was found dead", the active "police found a man dead", the
body found, the headline that drops the "was", the person found alive and
hurt; and, against them, a person found unharmed or hiding and a gun found
beside someone, which tell no harm."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text, findings_of

VICTIM_AGES = [
    "A 26-year-old man was found shot to death early Sunday in Dayton, police said.",
    "Police found a 26-year-old man dead inside his home on Elm Street.",
    "Officers discovered the body of a 26-year-old man in an alley on Sunday.",
    "The body of a 26-year-old man was discovered in an alley on Sunday.",
    "A 26-year-old man was found unresponsive with gunshot wounds.",
    "26-year-old man found stabbed to death in Dayton",
    "Officers located a 26-year-old man with multiple gunshot wounds.",
    "Deputies found a 26-year-old man lying in the yard with a gunshot wound.",
]

NO_ROLE_AGES = [
    "Police found a 26-year-old man hiding in a closet.",
    "Officers found a 26-year-old man unharmed in the apartment.",
    "Police found a gun and shell casings near a 26-year-old man.",
    "A 26-year-old man found a handgun in the street.",
    "A 26-year-old man was found dead of a self-inflicted gunshot wound.",
]


def _age_roles(pipeline, sentence: str) -> list[str | None]:
    ages = [c for c in claims_of_text(pipeline, sentence) if c.kind.value == "age"]
    assert ages, f"no age read in {sentence!r}"
    return [c.person.role for c in ages]


@pytest.mark.parametrize("sentence", VICTIM_AGES)
def test_a_person_found_harmed_is_the_victim(pipeline, sentence):
    assert _age_roles(pipeline, sentence) == ["victim"]


@pytest.mark.parametrize("sentence", NO_ROLE_AGES)
def test_a_person_found_unharmed_or_beside_a_thing_found_is_no_victim(pipeline, sentence):
    assert _age_roles(pipeline, sentence) == [None]


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("A 26-year-old man was found dead inside his home.", "killed"),
        ("A 26-year-old man was found wounded in the street and taken to a hospital.", "injured"),
        ("Officers found a 26-year-old man suffering from a gunshot wound in his car.", "injured"),
    ],
)
def test_found_dead_is_killed_and_found_alive_is_injured(pipeline, sentence, outcome):
    claims = claims_of_text(pipeline, sentence)
    counts = {c.kind.value for c in claims if c.kind.value in ("killed", "injured")}
    assert counts == {outcome}
    assert [c.person.role for c in claims if c.kind.value == "age"] == ["victim"]


SHOT_AND_KILLED = "A 25-year-old man was shot and killed early Sunday in Dayton, police said."


@pytest.mark.parametrize(
    "found",
    [
        "A 26-year-old man was found shot to death early Sunday in Dayton, police said.",
        "Police discovered the body of a 26-year-old man in Dayton early Sunday.",
        "Officers found a 26-year-old man dead inside a home in Dayton early Sunday.",
    ],
)
def test_the_age_of_a_victim_found_dead_meets_the_other_reports_victim(found):
    ages = [f for f in findings_of(found, SHOT_AND_KILLED) if f.kind.value == "age"]
    paired = [f for f in ages if len({c.report for c in f.claims}) == 2]
    assert [f.status.value for f in paired] == ["conflict"], [(f.status, f.explanation) for f in ages]


def test_the_same_age_of_a_victim_found_dead_agrees():
    found = "A 25-year-old man was found shot to death early Sunday in Dayton, police said."
    ages = [f for f in findings_of(found, SHOT_AND_KILLED) if f.kind.value == "age"]
    assert [f.status.value for f in ages] == ["agree"]


def test_a_man_found_hiding_is_not_the_victim_shot():
    hiding = "Police found a 26-year-old man hiding in a closet in Dayton early Sunday."
    ages = [f for f in findings_of(hiding, SHOT_AND_KILLED) if f.kind.value == "age"]
    assert all(len({c.report for c in f.claims}) == 1 for f in ages)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Tyrell Banks was shot and killed at age 23 outside a store, police said.", "person:banks"),
        ("Tyrell Banks was stabbed Friday night in Macon.", "person:banks"),
    ],
)
def test_a_name_tagged_org_that_was_shot_or_killed_is_a_person(pipeline, text, subject):
    """ "Tyrell Banks was shot and killed": the model tags the name ORG, but
    a firm is never shot or killed; the subject of that passive is a person."""
    people = [c.subject for c in claims_of_text(pipeline, text) if c.kind.value == "person"]
    assert people == [subject]


def test_an_org_subject_of_another_passive_is_no_person(pipeline):
    """ "Fulton Savings Bank was robbed": a firm's verb, no one named."""
    text = "Fulton Savings Bank was robbed Friday by a man with a gun."
    assert [c for c in claims_of_text(pipeline, text) if c.kind.value == "person"] == []
