"""Whose an age is where a report names the person by a description set
off beside the name: the name after an aged noun with its title ("The
39-year-old pilot, Captain Rhys Tamberlane,"), the aged noun set off after
the name ("Oswin Marlow, a 61-year-old retired ferryman,") and a name
given by "named as", as British and Irish reports write "identified as"
("A man stabbed in Kelbrook has been named by police as Callum Reddy,
27").  Each age is the named person's, so another report's age of that
person meets it.  Invented sentences after crash, storm and shooting
reports."""

from __future__ import annotations

import pytest

from reportcheck.models import ClaimKind

from ...conftest import age_pairs, claims_of_text


def _ages(pipeline, text: str) -> list[tuple[float | None, str]]:
    return sorted((c.value.low, c.subject) for c in claims_of_text(pipeline, text) if c.kind is ClaimKind.age)


def _roles(pipeline, text: str) -> dict[str | None, str | None]:
    return {c.value.name: c.person.role for c in claims_of_text(pipeline, text) if c.kind is ClaimKind.person}


TITLED = [
    ("The 39-year-old pilot, Captain Rhys Tamberlane, was flown to Orlan.", 39.0, "person:tamberlane"),
    ("The 44-year-old officer, Sgt. Mara Quell, was treated for cuts.", 44.0, "person:quell"),
    ("The 52-year-old driver, Mr Idris Penhallow, died at the scene.", 52.0, "person:penhallow"),
]


@pytest.mark.parametrize(("text", "age", "subject"), TITLED, ids=[t[0][:36] for t in TITLED])
def test_a_title_before_the_name_in_apposition_keeps_the_age_the_name_s(pipeline, text, age, subject):
    """ "The 39-year-old pilot, Captain Rhys Tamberlane,": the title is the
    name's own word, no word between the aged noun and the person."""
    assert _ages(pipeline, text) == [(age, subject)]


DESCRIBED = [
    ("Oswin Marlow, a 61-year-old retired ferryman, died when his boat overturned.", 61.0, "person:marlow"),
    ("Police identified the victim as Tamsin Roe, a 23-year-old nursing student.", 23.0, "person:roe"),
    ("The dead woman was Greta Vallis, a 74-year-old grandmother of five.", 74.0, "person:vallis"),
    ("Deputies arrested Cole Bracken — a 30-year-old roofer — at his home.", 30.0, "person:bracken"),
]


@pytest.mark.parametrize(("text", "age", "subject"), DESCRIBED, ids=[t[0][:36] for t in DESCRIBED])
def test_an_aged_noun_set_off_after_a_name_gives_the_name_its_age(pipeline, text, age, subject):
    """ "Oswin Marlow, a 61-year-old retired ferryman,": the ferryman is
    Marlow, as "Oswin Marlow, 61," would be."""
    assert _ages(pipeline, text) == [(age, subject)]


def test_an_aged_noun_of_another_person_after_a_name_stays_its_own(pipeline):
    """A name's own noun describing someone else ("a neighbour of the
    22-year-old man"): the age is the other person's, never the name's."""
    ages = _ages(pipeline, "Tom Reyes, a neighbour of the 22-year-old man, said he heard shots.")
    assert ages == [(22.0, "unnamed:man")]


NAMED_AS = [
    "A man stabbed in Kelbrook on Friday night has been named by police as Callum Reddy, 27.",
    "The woman who died in the crash has been named as Elin Farrow, 27.",
    "The cyclist, named locally as 27-year-old Piers Wendle, died at the scene.",
]


@pytest.mark.parametrize("text", NAMED_AS, ids=[t[:36] for t in NAMED_AS])
def test_named_as_gives_the_name_the_noun_s_role(pipeline, text):
    """ "has been named by police as Callum Reddy": the man stabbed, a victim."""
    roles = _roles(pipeline, text)
    assert list(roles.values()) == ["victim"]
    assert [age for age, _ in _ages(pipeline, text)] == [27.0]


def test_a_man_found_shot_meets_the_man_another_report_names():
    """One report finds "a man, aged 31" shot; the other names the one man
    shot dead as someone of 34: one person, two ages, a conflict."""
    a = (
        "Police were called to Tollard Lane in Brackwater at about 10pm on Saturday. "
        "Officers found a man, aged 31, with a gunshot wound to his chest. He died at the scene."
    )
    b = (
        "A man shot dead in Brackwater on Saturday night has been named by police as Ronan Tilley, 34. "
        "Police were called to Tollard Lane at about 10pm."
    )
    assert ([31.0], [34.0], "conflict") in [(x, y, s.value) for x, y, s in age_pairs(a, b)]


def test_one_pilot_aged_by_role_and_by_name_is_one_person():
    """ "The 39-year-old pilot, Captain Rhys Tamberlane," against "Rhys
    Tamberlane, 45, was flying": one named person, two ages."""
    a = (
        "A light aircraft crashed near Orlan on Monday, killing two passengers. "
        "The 39-year-old pilot, Captain Rhys Tamberlane, and one other were taken to hospital."
    )
    b = (
        "A light aircraft crashed near Orlan on Monday, killing two passengers. "
        "Rhys Tamberlane, 45, was flying three people to a mine site when the plane went down."
    )
    assert ([39.0], [45.0], "conflict") in [(x, y, s.value) for x, y, s in age_pairs(a, b)]


def test_a_titled_speaker_after_an_aged_noun_takes_no_age(pipeline):
    """ "Officers detained a 22-year-old woman, Chief Ann Ruiz told
    reporters": the parser hangs the chief on the woman, but a titled name
    that goes on as its own clause's subject is the speaker, not the woman
    (a title is skipped only before a name its apposition closes)."""
    claims = claims_of_text(
        pipeline, "Officers detained a 22-year-old woman, Chief Ann Ruiz told reporters on Monday."
    )
    ages = {c.subject: c.value.low for c in claims if c.kind.value == "age"}
    assert ages == {"unnamed:woman": 22.0}, ages


OF_THE_VEHICLE = [
    ("The 54-year-old driver of the bus, Amos Wekesa, is among the injured.", 54.0, "person:wekesa"),
    ("Police said the 47-year-old driver of the lorry, Pavel Dusek, was not hurt.", 47.0, "person:dusek"),
]


@pytest.mark.parametrize(("text", "age", "subject"), OF_THE_VEHICLE, ids=[t[0][:36] for t in OF_THE_VEHICLE])
def test_a_name_after_the_aged_driver_of_a_vehicle_is_the_drivers(pipeline, text, age, subject):
    """ "The 54-year-old driver of the bus, Joseph Kiprono,": the vehicle told
    by "of" lies between the aged noun and the name, which is the driver's
    (after Kenyan crash copy; invented names)."""
    assert _ages(pipeline, text) == [(age, subject)]


def test_the_named_driver_of_a_vehicle_plays_the_drivers_part(pipeline):
    assert _roles(pipeline, "The driver of the bus, Amos Wekesa, survived with injuries.") == {
        "Amos Wekesa": "driver"
    }
    assert _roles(pipeline, "The driver of the bus, Amos Wekesa, was killed.") == {"Amos Wekesa": "victim"}


def test_a_name_after_the_aged_mother_of_a_driver_is_not_an_age_of_the_vehicle(pipeline):
    """The noun after "of" is a person's: the name may be the driver's, not
    the aged mother's, so the age stays the mother's noun's."""
    text = "The 64-year-old mother of the driver, Amos Wekesa, spoke to reporters."
    assert (64.0, "person:wekesa") not in _ages(pipeline, text)


def test_an_age_set_off_after_a_noun_named_as_a_person_is_the_persons(pipeline):
    """ "The pilot, 33, was named by the company as Brayden Tollefsrud": the
    bare age set off after the part's noun is the name's, as "The pilot, a
    33-year-old man, was named as ..." is (after air crash copy; invented
    names)."""
    text = "The pilot, 41, was named by the operator as Ivo Marsh."
    assert _ages(pipeline, text) == [(41.0, "person:marsh")]
    assert _ages(pipeline, "The driver, 27, was later identified by police as Lena Moss.") == [
        (27.0, "person:moss")
    ]


def test_an_age_set_off_after_a_noun_another_noun_is_named_beside_stays_the_nouns(pipeline):
    text = "The pilot, 41, was hurt, and police identified the passenger as Lena Moss."
    assert _ages(pipeline, text) == [(41.0, "unnamed:pilot")]
