"""An age set off after a noun of one person ("The driver, 27, died at the
scene", "The gunman, 23, fled", British "A man, 34, has been charged") is
that person's, keyed by the noun with the role the noun tells (a gunman is
the suspect); never after a noun of a thing ("Route 9, 27 miles") or a
group ("the suspects, 22 and 25" is a group's list, read elsewhere).  And
the words around a name that are no part of it: a plural noun of kin before
it ("Brothers Jaden Smith") and a noun of a household after a surname ("the
Osborne family", no one person).  The sentences are invented after how
reporters write (GVC and British wire reports)."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text


def _ages(pipeline, text):
    return [
        (c.subject, c.value.low, c.person.role)
        for c in claims_of_text(pipeline, text)
        if c.kind.value == "age"
    ]


SET_OFF = [
    ("The driver, 27, died at the scene on Saturday.", ("unnamed:driver", 27.0, "victim")),
    ("The gunman, 23, fled on foot after the shooting.", ("unnamed:gunman", 23.0, "suspect")),
    ("Police said the victim, 19, was shot in the chest.", ("unnamed:victim", 19.0, "victim")),
    ("A man, 34, has been charged with murder.", ("unnamed:man", 34.0, "suspect")),
    ("The suspect, aged 22, was arrested on Tuesday.", ("unnamed:suspect", 22.0, "suspect")),
    ("The pedestrian, 61, was struck near the corner.", ("unnamed:pedestrian", 61.0, "victim")),
]


@pytest.mark.parametrize(("text", "expected"), SET_OFF, ids=[s[0][:30] for s in SET_OFF])
def test_an_age_set_off_after_a_noun_of_one_person_is_that_persons(pipeline, text, expected):
    assert _ages(pipeline, text) == [expected]


def test_a_bare_age_said_of_a_role_noun_keeps_the_nouns_role(pipeline):
    """ "The suspect is 25": the suspect's age, told as the suspect's (the
    noun says the role where the verb "be" says none)."""
    assert _ages(pipeline, "The suspect is 25, police said.") == [("unnamed:suspect", 25.0, "suspect")]


@pytest.mark.parametrize(
    "text",
    [
        "The car hit a tree on Route 9, 27 miles north of Albany.",
        "The fire spread to the garage, 12 feet from the house.",
        "He parked on the street, 40 minutes before the shots.",
    ],
)
def test_a_number_set_off_after_a_noun_of_a_thing_is_no_age(pipeline, text):
    assert _ages(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The suspects, 22, were arrested on Tuesday.",
        "Police said the victims, 19, were shot in the chest.",
    ],
)
def test_a_number_set_off_after_a_plural_noun_is_no_ones_age(pipeline, text):
    # a group's noun (tag NNS): the age of no one person (_noun_bearer)
    assert _ages(pipeline, text) == []


def test_a_name_set_off_age_stays_the_names(pipeline):
    """ "Ann Ruiz, 22,": the people component's age of the name, read once."""
    assert _ages(pipeline, "Ann Ruiz, 22, was shot on Friday.") == [("person:ruiz", 22.0, None)]


def _people(pipeline, text):
    return [(c.subject, c.evidence.text) for c in claims_of_text(pipeline, text) if c.kind.value == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brothers Jaden Smith, 16, and Jayden Smith, 19, were shot on Friday.",
            [("person:jaden smith", "Jaden Smith"), ("person:jayden smith", "Jayden Smith")],
        ),
        (
            "Sisters Ava Lynn and Mia Lynn were wounded on Friday.",
            [("person:ava lynn", "Ava Lynn"), ("person:mia lynn", "Mia Lynn")],
        ),
    ],
)
def test_a_plural_noun_of_kin_before_names_is_no_part_of_them(pipeline, text, expected):
    """Not "Brothers Jaden Smith"; and the two names after it are kin,
    never one name misspelt (keyed apart)."""
    assert _people(pipeline, text) == expected


def test_one_name_misspelt_without_kin_words_stays_one_person(pipeline):
    """The negative: with no word of kin two close first names of one
    surname are one person misspelt (a slip), as before."""
    people = _people(pipeline, "Jaden Smith, 16, and Jayden Smith, 16, were shot on Friday.")
    assert {subject for subject, _ in people} == {"person:smith"}


@pytest.mark.parametrize(
    "text",
    [
        "Brady Osborne, 22, was shot on Friday. The Osborne family said they were shocked.",
        "Brady Osborne, 22, was shot on Friday. A lawyer for the Osborne household declined to comment.",
    ],
)
def test_a_surname_before_a_household_noun_is_no_person(pipeline, text):
    assert _people(pipeline, text) == [("person:osborne", "Brady Osborne")]


def test_a_surname_before_another_noun_is_still_the_person(pipeline):
    """ "Osborne said": the named man, not a household."""
    people = _people(pipeline, "Brady Osborne, 22, was shot on Friday. Osborne said he was walking home.")
    assert people == [("person:osborne", "Brady Osborne"), ("person:osborne", "Osborne")]
