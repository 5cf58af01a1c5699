"""The one holder of a part or a role, told in ways that used to hide who
they were.

- A lead that tells both people by age and names them later ("A 21-year-old
  man is charged ... in the death of a 46-year-old man" ... "Thomas Amos,
  46"): the unnamed victim's age is the named victim's, one victim told
  twice, so the one suspect still meets the other report's named suspect
  and their two ages are set against each other.  A report naming a second
  victim tells two cases, and its suspect stays apart.
- An apposition the parser reads as two objects of one verb ("Police are
  questioning the captain, La Ode Rahim, 45,"): the name is the captain's
  as "The captain, La Ode Rahman," is, so two names for the one captain
  conflict.  A name listed after the noun ("the captain, Ann Ruiz and ...")
  gives no part.
- The one holder of a part both reports give (the captain, the pilot, the
  driver) whose first name they write one letter apart, no spelling of one
  name ("Hendra"/"Hendri"): one report's slip, a conflict.  Two spellings
  of one name ("Erika"/"Erica") still agree, and a victim's first name two
  ways stays a possible conflict (a brother and a sister share a surname).

Invented sentences after the written pairs' wire copy (genre58b 14,
genre57a 15, genre51b 11) and US crime leads.
"""

from __future__ import annotations

import pytest

from reportcheck.models import Status

from ..conftest import age_pairs, findings_of, role_names

NAMED_SUSPECT_AGED = (
    "STEBBINS, Alaska - Troopers found Thomas Amos, 46, of Stebbins, with a gunshot wound at a home on "
    "Sunday night, and he was pronounced dead at the scene. Investigators said Jason Nanouk, 19, shot "
    "Amos during a disturbance. Nanouk was detained without incident."
)


@pytest.mark.parametrize(
    "lead",
    [
        # the lead tells both by age, the names come a paragraph on
        (
            "STEBBINS, Alaska - A 21-year-old Stebbins man is charged with first-degree murder after a "
            "46-year-old man was shot and killed in the village Sunday night. According to Alaska State "
            "Troopers, Jason Nanouk shot Thomas Amos with a rifle during an argument inside a home in "
            "Stebbins. Nanouk was taken into custody, troopers said."
        ),
        (
            "STEBBINS, Alaska - Troopers arrested a 21-year-old man after a 46-year-old man was shot "
            "dead at a home in Stebbins on Sunday night. Troopers said Jason Nanouk shot Thomas Amos "
            "during an argument. Nanouk is held at the jail in Nome."
        ),
    ],
)
def test_a_victim_told_by_age_and_by_name_is_one_victim(lead):
    assert ([19.0], [21.0], Status.conflict) in age_pairs(NAMED_SUSPECT_AGED, lead)


def test_a_second_named_victim_keeps_the_suspect_apart():
    """The negative: a report naming another victim beside the unnamed one
    may tell two cases, each its own suspect."""
    lead = (
        "STEBBINS, Alaska - A 21-year-old Stebbins man is charged with first-degree murder after a "
        "46-year-old man was shot and killed in the village Sunday night. Martha Kobuk, 30, was also "
        "killed. According to troopers, Jason Nanouk shot Thomas Amos during an argument."
    )
    pairs = age_pairs(NAMED_SUSPECT_AGED, lead)
    assert not any(p[0] == [19.0] and p[1] == [21.0] for p in pairs), pairs


CAPTAIN_A = (
    "Five people were killed when a wooden boat capsized off Lasalimu on Sunday afternoon. "
    "The captain, identified as La Ode Rahman, 45, survived and is being questioned by police."
)


@pytest.mark.parametrize(
    "b",
    [
        (
            "A wooden boat sank off Lasalimu on Sunday, killing five people. "
            "Police are questioning the captain, La Ode Rahim, 45, who survived the accident."
        ),
        (
            "Five people died when a boat went down off Lasalimu on Sunday. "
            "Investigators interviewed the skipper, La Ode Rahim, on Monday, police said."
        ),
    ],
)
def test_a_captain_set_off_after_the_verbs_object_is_the_captain(b):
    found = [
        f
        for f in findings_of(CAPTAIN_A, b)
        if f.kind.value == "person" and f.claims[0].report != f.claims[-1].report
    ]
    statuses = {
        f.status for f in found if {"La Ode Rahman", "La Ode Rahim"} <= {c.value.name for c in f.claims}
    }
    assert Status.conflict in statuses, [(f.status, f.subject) for f in found]


def test_a_speaker_after_the_noun_is_no_part():
    """The negative: "before rescuers could reach the captain, La Ode Rahim
    said" quotes a witness after the verb's object; the name is not the
    captain's."""
    b = (
        "A wooden boat sank off Lasalimu on Sunday, killing five people. "
        "The boat went down before rescuers could reach the captain, La Ode Rahim said."
    )
    found = [f for f in findings_of(CAPTAIN_A, b) if f.kind.value == "person" and f.status is Status.conflict]
    assert not found, [(f.status, f.subject) for f in found]


FERRY_A = (
    "The ferry sank in the Bali Strait on Saturday night, killing six people. "
    "The ship's captain, Capt. Hendra Wijaya, is among the survivors and is being questioned."
)


@pytest.mark.parametrize(
    ("b", "expected"),
    [
        # one letter apart, the name ending otherwise: one report's slip for the one captain
        (
            "A ferry sank in the Bali Strait late on Saturday, leaving six dead. Meanwhile, the ship's "
            "captain, Hendri Wijaya, survived the incident and is undergoing examination.",
            Status.conflict,
        ),
        (
            "Six people died when a ferry went down in the Bali Strait on Saturday. The captain, "
            "Hendro Wijaya, survived and was taken in for questioning.",
            Status.conflict,
        ),
    ],
)
def test_the_one_captains_first_name_two_ways_is_a_conflict(b, expected):
    found = [f for f in findings_of(FERRY_A, b) if f.subject.endswith(":first name")]
    assert [f.status for f in found] == [expected], [(f.status, f.explanation) for f in found]


def test_a_spelling_of_one_first_name_still_agrees():
    """The negative: "Erika"/"Erica" are one name spelled two ways, the
    pilot's or anyone's."""
    a = "A small plane crashed near Millbrook on Saturday. The pilot, Erika Lindqvist, was hurt."
    b = "A light aircraft went down near Millbrook on Saturday. The pilot, Erica Lindqvist, was injured."
    found = [f for f in findings_of(a, b) if f.subject.endswith(":first name")]
    assert [f.status for f in found] == [Status.agree], [(f.status, f.explanation) for f in found]


def test_a_victims_first_name_two_ways_stays_a_look():
    """The negative: no part, a victim's: a sister and a brother may share
    the surname, so the finding stays a possible conflict."""
    a = "A man was shot dead on Elm Street in Warren on Sunday. The victim was Hendra Wijaya, 24."
    b = (
        "A man was killed in a shooting on Elm Street in Warren on Sunday. "
        "Police named him as Hendri Wijaya, 24."
    )
    found = [f for f in findings_of(a, b) if f.subject.endswith(":first name")]
    assert [f.status for f in found] == [Status.possible_conflict], [(f.status, f.explanation) for f in found]


def test_role_names_untouched_by_one_holder_named_alike():
    """The negative: one captain named alike in both is no finding."""
    b = (
        "A wooden boat sank off Lasalimu on Sunday, killing five people. "
        "Police are questioning the captain, La Ode Rahman, 45, who survived the accident."
    )
    assert role_names(CAPTAIN_A, b) == []


def test_the_drivers_of_two_vehicles_named_alike_stay_a_look():
    """The negative: "The bus driver, Hendra Wijaya" against "The truck
    driver, Hendri Wijaya" after a bus and a truck collided: the drivers of
    two vehicles are two holders of the part, so the finding stays a
    possible conflict."""
    a = (
        "A bus and a truck collided near Baubau on Sunday, killing nine people. "
        "The bus driver, Hendra Wijaya, was arrested, police said."
    )
    b = (
        "Nine people died when a bus and a truck collided near Baubau on Sunday. "
        "The truck driver, Hendri Wijaya, was arrested, police said."
    )
    found = [f for f in findings_of(a, b) if f.subject.endswith(":first name")]
    assert [f.status for f in found] == [Status.possible_conflict], [(f.status, f.explanation) for f in found]
