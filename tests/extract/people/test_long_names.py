"""A long name the model cuts in two is one person: two given names and two
surnames tagged as two names side by side ("Jorge Ramiro" "Salcedo
Ibarra"), a particle the model leaves out between them ("Paula" "dos"
"Santos Silva"), and a surname left untagged after the given names ("Carlos
Eduardo" + "Mendez Rojas"; all names invented, in the shapes of GVDB and
GVC reports), so the
age told after it is the whole name's.  A heading, a title or a possessive
beside a name, and a headline's words, stay apart."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text

WHOLE = [
    # two surnames, tagged as a second name beside the first
    (
        "Police identified the victim as Jorge Ramiro Salcedo Ibarra, 34, of Tijuana.",
        "Jorge Ramiro Salcedo Ibarra",
    ),
    (
        "Maria Fernanda Lopez Ortega, 27, was taken to hospital after the crash.",
        "Maria Fernanda Lopez Ortega",
    ),
    (
        "Officers said that Luis Fernando Paredes Quiroga was shot twice on Sunday.",
        "Luis Fernando Paredes Quiroga",
    ),
    # a particle between the two halves
    ("Ana Paula dos Santos Silva, 19, died at the scene.", "Paula dos Santos Silva"),
    # the surnames left untagged after the given names
    ("Carlos Eduardo Mendez Rojas, 30, was arrested on Friday.", "Carlos Eduardo Mendez Rojas"),
    ("Deputies said they arrested Carlos Eduardo Mendez Rojas on Friday.", "Carlos Eduardo Mendez Rojas"),
]


@pytest.mark.parametrize(("text", "name"), WHOLE, ids=[c[1] for c in WHOLE])
def test_a_long_name_is_one_person(pipeline, text, name):
    claims = claims_of_text(pipeline, text)
    people = [c.value.name for c in claims if c.kind.value == "person"]
    assert people == [name], people


def test_the_age_after_a_long_name_is_the_whole_names(pipeline):
    claims = claims_of_text(
        pipeline, "The driver, Rosa Elena Marquez Villalba, 45, died in hospital on Monday."
    )
    people = [c for c in claims if c.kind.value == "person"]
    assert [c.value.name for c in people] == ["Rosa Elena Marquez Villalba"], [c.value.name for c in people]
    ages = [c for c in claims if c.kind.value == "age"]
    assert [c.subject for c in ages] == [people[0].subject], [c.subject for c in ages]


APART = [
    # a heading in capitals run into the next line's name
    ("FOR KAYLA BROOKS Denise Harlow is the little girl's mother.", ["Denise Harlow"]),
    # a title before a name: the model's span holds the title
    ("Pike County Sheriff Tom Garber says the dogs were found.", ["Tom Garber"]),
    # a council member's title after a borough the model took for a name
    # (ECB+ 19_9ecbplus: "Brooklyn Councilman Jumaane Williams"; varied)
    ("Queens Councilwoman Aisha Grant called for calm on Sunday.", ["Aisha Grant"]),
    # a possessive: a business named after its owner
    ("He was shot outside Ron Tasker's Watering Hole on Friday.", ["Ron Tasker"]),
    # a headline in Title Case
    ("Teen Shot To Death Visiting Grandmother At Home", []),
    # a case list's entries run together: a word of events ends the name
    (
        "Unsolved cases: Dale Henry Pruitt Homicide Ronald Fisk 52 years old",
        ["Dale Henry Pruitt", "Ronald Fisk"],
    ),
    # a day after a name
    ("Deputies said they met Bernie Walsh Wednesday at his home.", ["Bernie Walsh"]),
]


@pytest.mark.parametrize(("text", "names"), APART, ids=[c[0][:40] for c in APART])
def test_words_beside_a_name_stay_apart(pipeline, text, names):
    claims = claims_of_text(pipeline, text)
    people = [c.value.name for c in claims if c.kind.value == "person"]
    assert all(name in people for name in names), people
    assert not any(p not in names and len(p.split()) > 1 for p in people), people
