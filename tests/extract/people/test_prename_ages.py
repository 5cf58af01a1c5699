"""An age written before a name is that person's, as "Robert Buckley, 32" is.

US and wire crime copy puts the age first ("police identified the victim as
23-year-old Marcus Hill"), often with a descriptor between ("32-year-old
Englishman Robert Buckley", "19-year-old sophomore Tyler Grant", "his
42-year-old wife Lena Ortiz") and in lists ("6-year-old Owen Reyes and
9-year-old Talia Reyes").  An age left to an unnamed person never meets
another report's age of the same named person.  The age is tied by the
parse: it modifies the name's head, or a noun the name is in apposition to.
"""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text
from .test_keys import _age_statuses

PRE_NAME = [
    # ECB+ 23_4ecbplus (CC BY 3.0): a nationality noun between the age and the name
    (
        "On Saturday, 32-year-old Englishman Robert Buckley fell about 600 metres (2,000 feet) "
        "while climbing to a small hut on Mount Sefton.",
        {"person:buckley": 32},
    ),
    ("Police arrested 19-year-old sophomore Tyler Grant on Monday.", {"person:grant": 19}),
    ("Deputies arrested 22-year-old Army veteran Keith Dorsey at his home.", {"person:dorsey": 22}),
    ("Officers found 28-year-old Denver resident Kyle Moss dead in the car.", {"person:moss": 28}),
    # a relation noun with the name in apposition, with or without commas
    ("He shot his 42-year-old wife Lena Ortiz before turning the gun on himself.", {"person:ortiz": 42}),
    ("A 15-year-old boy, Kevin Dunne, was killed.", {"person:dunne": 15}),
    ("A 44-year-old Tacoma woman — Dana Weller — was charged on Monday.", {"person:weller": 44}),
    # a dash standing alone ends the name the model ran on into it
    ("One victim — 22-year-old Tara Bloom — was released.", {"person:bloom": 22}),
    # a name the model does not tag as a person's (FAC), an age before it and no article
    ("Police identified the victim as 23-year-old Marcus Hill.", {"person:hill": 23}),
    ("Also killed was 9-year-old Nia Hill.", {"person:hill": 9}),
    # a name the model does not know tagged as a place or a thing, or as nothing, right
    # after its age (gvc: "Police say 23-year-old ... asked"; diag51b G1), varied
    ("He was accused of killing 17-year-old Jaylan Okafor in March.", {"person:okafor": 17}),
    ("Police say 23-year-old Crystal Kinchen asked a friend to drive her home.", {"person:kinchen": 23}),
    ("He shot his cousin, 22-year-old Cherish Villapia of Ames, in the kitchen.", {"person:villapia": 22}),
    ("Officers arrested 19-year-old Tavon Reyes-Oduya on Friday.", {"person:reyes-oduya": 19}),
    ("Killed were 41-year-old Kwabena Asante Boateng and his wife.", {"person:boateng": 41}),
    # the second of a list of such
    (
        "Police said 6-year-old Owen Reyes and 9-year-old Talia Reyes were found in the house.",
        {"person:owen reyes": 6, "person:talia reyes": 9},
    ),
]


@pytest.mark.parametrize(("text", "ages"), PRE_NAME, ids=[c[0][:45] for c in PRE_NAME])
def test_an_age_before_the_name_is_the_named_persons(pipeline, text, ages):
    claims = claims_of_text(pipeline, text)
    assert {c.subject: c.value.low for c in claims if c.kind.value == "age"} == ages


NOT_THE_NAMES = [
    # the age of a possessor: the mother is not 32
    "The 32-year-old's mother, Jane Smith, said he was a good son.",
    "The 19-year-old's father, Tom Becker, declined to comment.",
    # a place before the noun the age modifies
    "A 17-year-old Chicago boy was shot on Sunday.",
    "A 20-year-old Chicago Heights man was arrested.",
    # a structure's age: an article before the age, no person
    "The 120-year-old Brooklyn Bridge was closed to traffic.",
    # ... or a possessive ("his", "the family's"): a thing owned, no name
    "He crashed his 17-year-old Honda Civic into a wall on Elm Street.",
    "Fire gutted the family's 90-year-old Ashgrove Farmhouse overnight.",
    # a noun after the capitalised words: a building, a school or a town's resident
    "Fire gutted the 40-year-old Main Street building.",
    "Police said 17-year-old Central High student was hurt.",
    "Police said 26-year-old Lagos resident was among the dead.",
    # "shot" read as a noun of Wilson's: the 15-year-old shot him
    "The boy's mother said that after an argument the 15-year-old shot Wilson in the chest.",
    # a Title Case headline whose "Woman Shot" the model takes for a name
    "15-Year-Old Boy, Woman Shot Dead in Parked Car in Kendall",
]


@pytest.mark.parametrize("text", NOT_THE_NAMES, ids=[t[:45] for t in NOT_THE_NAMES])
def test_an_age_before_words_that_are_not_its_name_stays_unnamed(pipeline, text):
    ages = [c for c in claims_of_text(pipeline, text) if c.kind.value == "age"]
    assert ages
    assert all(c.subject.startswith("unnamed:") for c in ages), [(c.subject, c.value.low) for c in ages]


def test_a_pre_name_age_meets_the_other_reports_age_of_that_name(pipeline):
    # one outlet writes the age before the name, the other after it (ECB+ 23: 23_3 against 23_9)
    before = (
        "WELLINGTON, New Zealand -- On Saturday, 32-year-old Englishman Robert Buckley fell "
        "about 600 metres while climbing on Mount Sefton, police said.\n"
    )
    after = (
        "WELLINGTON, New Zealand -- Robert Buckley, 35, fell about 600 metres while climbing "
        "on Mount Sefton on Saturday, police said.\n"
    )
    same = "WELLINGTON, New Zealand -- Robert Buckley, 32, fell about 600 metres on Mount Sefton.\n"
    assert _age_statuses(before, after)[0] in ("conflict", "possible_conflict")
    assert _age_statuses(before, same) == ["agree"]


def test_a_mistagged_name_after_its_age_meets_the_other_reports_spelling():
    # diag51b G1: the model tags an uncommon spelling after "17-year-old" as a place, and the
    # victim named by both reports was only in one; invented names
    from ...conftest import findings_of

    a = (
        "CLAYTON, Ga. (AP) — Prosecutors say Darnell Pike is accused of killing 17-year-old "
        "Jaylan Okafor outside a store on Tuesday night.\n"
    )
    b = (
        "CLAYTON, Ga. — Darnell Pike, 19, was charged Friday in the shooting death of "
        "Jaylen Okafor, 17, outside a store on Tuesday night.\n"
    )
    met = [
        sorted(c.evidence.text for c in f.claims)
        for f in findings_of(a, b)
        if f.kind.value == "person" and f.status.value != "only_in_one"
    ]
    assert ["Jaylan Okafor", "Jaylen Okafor"] in met
