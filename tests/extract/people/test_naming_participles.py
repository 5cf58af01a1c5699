"""A name given by a participle of naming after a noun ("a man named ...",
"the driver, surnamed Long, 45,"; ``naming_participles`` of
rules/people.yaml) is that noun's person, as an apposition would make it:
the noun's age, the role its verb gives and the part it names are the
name's.  Chinese and Korean agency copy writes a person by the surname
alone this way ("a 45-year-old man surnamed Long"), US copy names the one
struck or the one who fired ("police said a man named ..., 33, was fatally
struck").  Not a verb of appointing ("was named running mate") nor a thing
named.  Invented sentences after crash, shooting and quake reports."""

from __future__ import annotations

import pytest

from reportcheck.models import ClaimKind, Status

from ...conftest import age_pairs, claims_of_text


def _read(pipeline, text: str) -> tuple[dict[str | None, str | None], list[tuple[float | None, str]]]:
    claims = claims_of_text(pipeline, text)
    people = {c.value.name: c.person.role for c in claims if c.kind is ClaimKind.person}
    ages = sorted((c.value.low, c.subject) for c in claims if c.kind is ClaimKind.age)
    return people, ages


AGED_NOUN = [
    ("A 45-year-old man surnamed Long died in the fire, Xinhua reported.", "Long", 45.0, "victim"),
    ("A 38-year-old woman surnamed Park was killed when the wall fell.", "Park", 38.0, "victim"),
    ("A 62-year-old driver surnamed Zhang was detained by police on Monday.", "Zhang", 62.0, "suspect"),
    ("Earlier, a 17-year-old student named Darius Webb was shot and killed.", "Darius Webb", 17.0, "victim"),
]


@pytest.mark.parametrize(("text", "name", "age", "role"), AGED_NOUN)
def test_the_age_before_the_noun_is_the_named_persons(pipeline, text, name, age, role):
    people, ages = _read(pipeline, text)
    assert people == {name: role}
    assert ages == [(age, "person:" + name.split()[-1].lower())]


SET_OFF_AGE = [
    ("Police said a man named Donnie Chalmers, 33, was fatally struck.", "Donnie Chalmers", "victim"),
    ("A man surnamed Kim, 34, was arrested at the scene, Yonhap said.", "Kim", "suspect"),
    ("A clerk named Rosa Ibarra, 52, was killed when the shelves collapsed.", "Rosa Ibarra", "victim"),
]


@pytest.mark.parametrize(("text", "name", "role"), SET_OFF_AGE)
def test_the_noun_s_verb_gives_the_named_person_s_role(pipeline, text, name, role):
    people, _ = _read(pipeline, text)
    assert people[name] == role


def test_the_part_the_noun_names_is_the_surname_s(pipeline):
    people, ages = _read(pipeline, "The driver, surnamed Long, 45, was among the injured.")
    assert people == {"Long": "driver"}
    assert ages == [(45.0, "person:long")]


def test_a_ship_s_captain_is_the_part_not_a_police_rank(pipeline):
    text = (
        "The coast guard sent 12 vessels to search for the three missing, "
        "including the 58-year-old captain, surnamed Kim."
    )
    people, ages = _read(pipeline, text)
    assert people == {"Kim": "captain"}
    assert ages == [(58.0, "person:kim")]


def test_the_surnamed_driver_meets_the_other_report_s_driver(pipeline):
    a = "The bus plunged down a slope in Gansu on Friday. The driver, surnamed Long, 45, was among the hurt."
    b = "The bus plunged down a slope in Gansu on Friday. The 48-year-old driver was among the injured."
    assert ([45.0], [48.0], Status.conflict) in age_pairs(a, b)


NEAR_MISSES = [
    # a verb of appointing: no noun before the participle
    "Ortega was named the party's running mate on Tuesday.",
    # a thing named, no person: its noun gives no one a role
    "The pirates, said to be in a dhow named Salaluddin, fired at the tanker.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_name_given_by_no_person_s_noun_takes_no_role(pipeline, text):
    people, _ = _read(pipeline, text)
    assert all(role is None for role in people.values())
