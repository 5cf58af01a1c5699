"""An age told of a person's description that the sentence ties to a role's
noun, by apposition ("The driver, a 67-year-old man, stopped at the
scene", "The suspect, a man aged 49, was arrested") or by "be" ("The
gunman was a 17-year-old boy"), is the role's person's: keyed by the role's
noun and role, the description kept as the person's sex.  Not a possessor's
kin ("the suspect's 60-year-old mother"), nor people a plural role lists
("The victims, a 15-year-old boy and a 16-year-old girl").  And an age's
noun is a compound's head ("a 60-year-old street cleaner" is a cleaner).
Invented sentences after British, Irish and US crash and crime reports."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text


def _ages(pipeline, text):
    return [
        (c.subject, c.value.low, c.person.role, c.person.sex)
        for c in claims_of_text(pipeline, text)
        if c.kind.value == "age"
    ]


TIED = [
    ("The driver, a 67-year-old man, stopped at the scene.", ("unnamed:driver", 67.0, "driver", "male")),
    ("The motorist, a 31-year-old woman, was not hurt.", ("unnamed:motorist", 31.0, "motorist", "female")),
    ("The suspect, a man aged 49, was arrested.", ("unnamed:suspect", 49.0, "suspect", "male")),
    ("The gunman, a 23-year-old man, was shot by police.", ("unnamed:gunman", 23.0, "suspect", "male")),
    ("Police said the gunman was a 17-year-old boy.", ("unnamed:gunman", 17.0, "suspect", "male")),
    ("The suspect, a woman in her 30s, fled on foot.", ("unnamed:suspect", 30.0, "suspect", "female")),
]


@pytest.mark.parametrize(("text", "expected"), TIED, ids=[s[0][:32] for s in TIED])
def test_an_age_of_a_description_tied_to_a_role_is_the_roles(pipeline, text, expected):
    assert _ages(pipeline, text) == [expected]


def test_a_part_told_alone_is_its_own_role(pipeline):
    """ "The 76-year-old driver remained at the scene": one driver, the role
    the part names where the verb gives none."""
    assert _ages(pipeline, "The 76-year-old driver remained at the scene.") == [
        ("unnamed:driver", 76.0, "driver", None)
    ]


def test_a_victim_keeps_the_description(pipeline):
    """ "the victim, a 12-year-old girl": the girl's noun stays the key, so
    her sex still meets the other report's "12-year-old boy" (the victim's
    noun has none)."""
    ages = _ages(pipeline, "Police said the victim, a 12-year-old girl, was in stable condition.")
    assert [s for s, *_ in ages] == ["unnamed:girl"]


def test_a_possessors_kin_is_not_the_role(pipeline):
    ages = _ages(pipeline, "Police said the suspect's 60-year-old mother called 911.")
    assert ages == [("unnamed:mother", 60.0, None, None)]


def test_people_a_plural_role_lists_keep_their_nouns(pipeline):
    ages = _ages(pipeline, "The victims, a 15-year-old boy and a 16-year-old girl, were wounded.")
    assert [(s, v) for s, v, _, _ in ages] == [("unnamed:boy", 15.0), ("unnamed:girl", 16.0)]


def test_two_people_listed_keep_their_nouns(pipeline):
    ages = _ages(pipeline, "A 15-year-old boy and a 16-year-old girl were wounded.")
    assert [(s, v, r) for s, v, r, _ in ages] == [
        ("unnamed:boy", 15.0, "victim"),
        ("unnamed:girl", 16.0, "victim"),
    ]


def test_an_age_before_a_compound_is_its_heads(pipeline):
    ages = _ages(pipeline, "Two people died in the heat, including a 60-year-old street cleaner.")
    assert [s for s, *_ in ages] == ["unnamed:cleaner"]


BARE_PARTICIPLES = [
    ("Ohio boy, 7, killed inside a parked car at a gas station", ("unnamed:boy", 7.0, "victim", None)),
    (
        "The Ohio boy, 7, killed inside a parked car at a gas station, was flown to a hospital.",
        ("unnamed:boy", 7.0, "victim", None),
    ),
    ("Officers said the boy, 15, shot at police before he fled.", ("unnamed:boy", 15.0, "suspect", None)),
]


@pytest.mark.parametrize(("text", "expected"), BARE_PARTICIPLES, ids=[s[0][:32] for s in BARE_PARTICIPLES])
def test_a_headlines_bare_participle_is_a_passive(pipeline, text, expected):
    """ "Tennessee boy, 7, killed inside a parked car": the boy was killed,
    though the parser makes him the subject of "killed" (and "at a store"
    what he aimed at); a past tense with a target ("shot at police") still
    makes the attacker."""
    assert _ages(pipeline, text) == [expected]


# A list of people each with an age set off after the noun ("The dead were the
# driver, 38, a nurse, 27, and a schoolboy, 12", review39 pair 03, invented):
# each age is the noun's just before it; the parser's apposition of the second
# noun to the first is the list's next person, not the first told again.
LISTED = [
    (
        "The dead were the driver, 38, a nurse, 27, and a schoolboy, 12.",
        [("unnamed:driver", 38.0), ("unnamed:nurse", 27.0), ("unnamed:schoolboy", 12.0)],
    ),
    (
        "Those killed were the pilot, 51, a nurse, 44, and a woman, 29, the company said.",
        [("unnamed:pilot", 51.0), ("unnamed:nurse", 44.0), ("unnamed:woman", 29.0)],
    ),
    (
        "Police named the victims as the driver, 62, and a passenger, 35.",
        [("unnamed:driver", 62.0), ("unnamed:passenger", 35.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED, ids=[s[0][:32] for s in LISTED])
def test_each_listed_age_is_the_noun_s_before_it(pipeline, text, expected):
    ages = [(s, v) for s, v, _, _ in _ages(pipeline, text)]
    assert ages == expected


BY_NATIONALITY = [
    ("The pilot, a 52-year-old Norwegian, was killed when the glider came down.", "unnamed:pilot"),
    ("The driver at the wheel, a 39-year-old Pole, was arrested at the scene.", "unnamed:driver"),
    ("Police said the gunman, a 27-year-old Canadian, had fired from a balcony.", "unnamed:gunman"),
]


@pytest.mark.parametrize(("text", "subject"), BY_NATIONALITY, ids=[s[0][:32] for s in BY_NATIONALITY])
def test_a_description_by_nationality_tied_to_a_role_is_the_roles(pipeline, text, subject):
    """ "The driver, a 45-year-old German": the description ends in a
    nationality, not a noun, and is the role's person all the same."""
    assert [s for s, *_ in _ages(pipeline, text)] == [subject]


def test_a_nationality_tied_to_no_role_keeps_no_noun(pipeline):
    ages = _ages(pipeline, "A 33-year-old Dane was among those hurt, officials said.")
    assert [s for s, *_ in ages] == ["unnamed:person"]


#: the part's noun told with its vehicle after "of" (or the vehicle's possessive), the description or
#: the set-off age the parser hangs on the vehicle, or reads as a second subject or a list's next
#: noun: after Canadian, Australian, Kenyan, Caribbean and Scottish crash copy (invented names)
OF_THE_VEHICLE = [
    (
        "The driver of the semi, a 52-year-old man from Dunmore, was not seriously hurt.",
        ("unnamed:driver", 52.0, "driver", "male"),
    ),
    (
        "Police said the driver of the lorry, a 38-year-old woman from Kelby, was not injured.",
        ("unnamed:driver", 38.0, "driver", "female"),
    ),
    (
        "Corporal Ames said the tanker's driver, a 41-year-old man from Orrin, was unhurt.",
        ("unnamed:driver", 41.0, "driver", "male"),
    ),
    ("The driver of the tipper truck, 33, was not injured.", ("unnamed:driver", 33.0, "driver", None)),
    ("The driver of the minibus, aged 29, was treated.", ("unnamed:driver", 29.0, "driver", None)),
    (
        "Sadly, the driver of a grey Vauxhall Astra, a 70-year-old man from Hexby, died at the scene.",
        ("unnamed:driver", 70.0, "victim", "male"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OF_THE_VEHICLE, ids=[s[0][:36] for s in OF_THE_VEHICLE])
def test_an_age_of_the_driver_of_a_vehicle_is_the_drivers(pipeline, text, expected):
    assert _ages(pipeline, text) == [expected]


def test_a_driver_described_before_a_listed_passenger_is_the_driver(pipeline):
    """ "The driver of the car, a 61-year-old man, and his passenger, a
    64-year-old woman, were pronounced dead": the parser lists the man as a
    third person; set off by commas after the driver's vehicle he is the
    driver."""
    text = (
        "The driver of the van, a 58-year-old man, and his passenger, a 55-year-old woman, "
        "were pronounced dead at the scene."
    )
    assert [(s, age) for s, age, *_ in _ages(pipeline, text)] == [
        ("unnamed:driver", 58.0),
        ("unnamed:woman", 55.0),
    ]


NOT_THE_DRIVERS = [
    # a person's possessive makes the driver another's
    ("Police said the suspect's driver, a 30-year-old man, was arrested.", "unnamed:man"),
    # a noun of a person after "of" keeps the description: the mother is no part
    ("The mother of the driver, a 64-year-old woman, said he was a careful man.", "unnamed:woman"),
    # a list of people told by their own nouns
    ("The driver, a passenger and a 30-year-old cyclist were hurt.", "unnamed:cyclist"),
    # a description after the driver of a vehicle that no comma closes: the next clause's subject
    ("After the lorry struck the driver of the car, a 40-year-old woman ran to help.", "unnamed:woman"),
]


@pytest.mark.parametrize(("text", "subject"), NOT_THE_DRIVERS, ids=[s[0][:36] for s in NOT_THE_DRIVERS])
def test_an_age_told_near_a_driver_of_someone_else_is_not_the_drivers(pipeline, text, subject):
    assert [s for s, *_ in _ages(pipeline, text)] == [subject]
