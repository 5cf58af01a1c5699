"""A victim's age told by a description the sentence ties to "the victim"
("The victim, a 19-year-old woman, died", "The victim is a 52-year-old
man", "Police identified the victim as a 40-year-old man") keeps the
description as its key (the sex the victim-sex check reads) and takes the
victim's role; a description tied by "identified as" / "described as" to a
suspect's noun is the suspect's as an apposition is.  A relative clause on
the person's noun gives the role its verb gives its pronoun ("The man who
died was 31", "the teenager who was arrested").  Invented sentences after
US shooting reports."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text


def _ages(pipeline, text):
    return [
        (c.subject, c.value.low, c.person.role, c.person.sex)
        for c in claims_of_text(pipeline, text)
        if c.kind.value == "age"
    ]


DESCRIBED = [
    ("The victim, a 19-year-old woman, died at the scene.", ("unnamed:woman", 19.0, "victim", "female")),
    ("Police said the victim is a 52-year-old man from Toledo.", ("unnamed:man", 52.0, "victim", "male")),
    ("The victim was identified as a 22-year-old man.", ("unnamed:man", 22.0, "victim", "male")),
    ("Deputies identified the victim as a 40-year-old woman.", ("unnamed:woman", 40.0, "victim", "female")),
    ("The victim, a man in his 30s, was found on the porch.", ("unnamed:man", 30.0, "victim", "male")),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED, ids=[s[0][:36] for s in DESCRIBED])
def test_a_description_tied_to_the_victim_is_the_victims(pipeline, text, expected):
    assert _ages(pipeline, text) == [expected]


def test_a_description_identified_as_the_suspects_is_the_suspects(pipeline):
    ages = _ages(pipeline, "Police described the suspect as a man in his 40s.")
    assert [(s, r, x) for s, _, r, x in ages] == [("unnamed:suspect", "suspect", "male")]


def test_the_victims_kin_is_not_the_victim(pipeline):
    """ "the victim's mother, a 61-year-old woman": the possessor's kin, no victim."""
    ages = _ages(pipeline, "The victim's mother, a 61-year-old woman, called police.")
    assert [(s, r) for s, _, r, _ in ages] == [("unnamed:woman", None)]


RELATIVE = [
    ("The man who died was 31, police said.", ("unnamed:man", 31.0, "victim")),
    ("The woman who was shot is 44.", ("unnamed:woman", 44.0, "victim")),
    ("The teenager who was arrested is 17.", ("unnamed:teenager", 17.0, "suspect")),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE, ids=[s[0][:30] for s in RELATIVE])
def test_a_relative_clause_gives_the_person_its_verbs_role(pipeline, text, expected):
    assert [(s, v, r) for s, v, r, _ in _ages(pipeline, text)] == [expected]


def test_a_relative_clause_of_someone_else_gives_no_role(pipeline):
    """ "the man who called 911 was 58": the caller, of no role the verb gives."""
    ages = _ages(pipeline, "The man who called 911 was 58.")
    assert [(s, r) for s, _, r, _ in ages] == [("unnamed:man", None)]
