"""The sex the text states for one person (extract/core/sexes.py), and what
it keeps apart: the man's "him" is never one count with the woman's "she",
nor "Mr. Lee" one person with "Ms. Lee".  Sentences are written for these
tests in the shapes reporters use (a suspect found dead after a standoff, a
woman who died later in hospital, a spokesman named with a title).  Nothing
is read from a first name."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text, findings_of

# (sentence, the words of the claim, its kind, the sex it states)
STATED = [
    # a pronoun counted as one person
    ("When deputies went inside, they found him dead.", "him", "killed", "male"),
    ("She was in serious condition at first but has since died.", "She", "killed", "female"),
    # a noun of one sex
    ("A woman was killed and two officers were wounded.", "A woman", "killed", "female"),
    ("Police said an elderly man died at the scene.", "an elderly man", "killed", "male"),
    ("Her son was wounded in the leg, officials said.", "Her son", "injured", "male"),
    # a title before a name, and a name's own pronoun on its verb's object
    ("Mrs. Alvarez was taken to a hospital, where she died.", "Alvarez", "person", "female"),
    ("Mr. Okafor said the first officer was hit twice.", "Okafor", "person", "male"),
    ("Dana Whitfield turned herself in to police on Monday.", "Dana Whitfield", "person", "female"),
    ("David Morales put his hands up and walked toward officers.", "David Morales", "person", "male"),
    # what one takes of one's own
    ("Ray Kessler took his own life as officers closed in.", "Ray Kessler", "person", "male"),
    # a noun of one sex beside the name
    ("The woman, Teresa Molina, was shot in the arm.", "The woman", "injured", "female"),
]


@pytest.mark.parametrize("case", STATED, ids=[c[0][:45] for c in STATED])
def test_the_sex_a_text_states(pipeline, case):
    sentence, text, kind, sex = case
    read = claims_of_text(pipeline, sentence)
    claims = [c for c in read if c.kind.value == kind and c.evidence.text == text]
    assert claims, [(c.kind.value, c.evidence.text) for c in read]
    details = claims[0].person if kind == "person" else claims[0].count
    assert details.sex == sex


# (sentence, the words of a claim that states no sex)
UNSTATED = [
    # a first name says nothing
    ("Jordan Reyes was wounded in the shooting.", "Jordan Reyes"),
    # a pronoun in a clause of its own is another person's, maybe
    ("Detective Alan Price said his partner was shot.", "Alan Price"),
    # a kin of a list the parser hangs on the first name is someone else's sex
    (
        "Deputies found the bodies of Daniel Ortega, his wife, Rosa Ortega, and their two sons.",
        "Daniel Ortega",
    ),
    # what was taken from someone is theirs: after ECB+ 3 (CC BY 3.0), "Nichols
    # then took her gun" of the deputy he overpowered
    ("Harlan Voss then took her gun and ran from the courthouse.", "Harlan Voss"),
    ("Tomas Ruiz grabbed his weapon during the struggle, the officer said.", "Tomas Ruiz"),
    # a count of more than one may be of both
    ("Two people were killed and a man was hurt.", "Two people"),
    # one of either sex
    ("One officer was shot in the shoulder.", "One officer"),
]


@pytest.mark.parametrize("case", UNSTATED, ids=[c[0][:45] for c in UNSTATED])
def test_no_sex_where_the_text_states_none(pipeline, case):
    sentence, text = case
    claims = [c for c in claims_of_text(pipeline, sentence) if c.evidence.text == text]
    assert claims, [(c.kind.value, c.evidence.text) for c in claims_of_text(pipeline, sentence)]
    assert all(c.details.sex is None for c in claims if hasattr(c.details, "sex"))


STANDOFF = (
    "A suspect is dead and a woman was killed after a standoff in Mesa. "
    "The gunman shot the first officer who arrived and barricaded himself inside. "
    "When SWAT officers went in hours later, they found him dead. "
    "The woman was shot before police arrived. "
    "She was in critical condition when she was taken to the hospital but has since died."
)
STANDOFF_OTHER = (
    "Two people, including a woman and the gunman, died in a shooting in Mesa on Friday. "
    "A woman died of her wounds in hospital, police said."
)


def test_his_death_and_hers_are_two_peoples():
    findings = findings_of(STANDOFF, STANDOFF_OTHER)
    for finding in findings:
        if finding.kind.value != "killed":
            continue
        sexes = {c.count.sex for c in finding.claims} - {None}
        assert len(sexes) <= 1, [(c.report, c.evidence.text, c.count.sex) for c in finding.claims]
    # the woman's "she" still meets the other report's woman
    killed = [f for f in findings if f.kind.value == "killed"]
    she = [f for f in killed if any(c.evidence.text.lower() == "she" for c in f.claims)]
    assert she and she[0].status.value == "agree"


def test_a_title_of_the_other_sex_is_another_person():
    # one surname, a title of each sex: two people, never one person told twice
    first = "Mrs. Haddad said she heard four shots from the parking lot before the store's alarm went off."
    second = "Mr. Haddad, who owns the store, said he heard four shots from the parking lot."
    people = [f for f in findings_of(first, second) if f.kind.value == "person"]
    assert people and all(len({c.report for c in f.claims}) == 1 for f in people)


def test_a_title_and_the_persons_own_pronoun_agree():
    first = "Mr. Haddad said he heard four shots from the parking lot."
    second = "Samir Haddad put his hands up and walked out of the store."
    people = [f for f in findings_of(first, second) if f.kind.value == "person"]
    assert any(len({c.report for c in f.claims}) == 2 for f in people)


def test_a_surname_two_people_share_states_no_ones_sex():
    # "Miss Dunmore" where the report names Mark and Lucy Dunmore may be either
    first = (
        "A hearing for Mark Dunmore, 23, charged with the murders of his mum Ann Holt, 58, and sister "
        "Lucy Dunmore, 20, took place on Monday. The bodies of Ms Holt and Miss Dunmore were found in "
        "their house on Saturday. Dunmore was arrested at the pier an hour later."
    )
    second = (
        "Mark Dunmore, 23, was sectioned a week before the murders. Dunmore spent his days on his computer."
    )
    people = [f for f in findings_of(first, second) if f.kind.value == "person"]
    mark = [f for f in people if any(c.evidence.text == "Mark Dunmore" for c in f.claims)]
    assert mark and {c.report for c in mark[0].claims} == {0, 1}
