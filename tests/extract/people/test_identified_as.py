"""A name given by "identified ... as" is the person of the noun it is given
to: that noun's age ("The victim, a 45-year-old woman, was later identified
as Carla Mendes") and role ("Police identified the woman killed as ..."),
also where a pronoun stands for a noun of the sentence before ("A 17-year-old
boy was killed.  Police identified him as ...").  Not where the pronoun may
stand for two people, nor for a plural noun.  Invented sentences after
shooting and fire reports."""

from __future__ import annotations

from ...conftest import claims_of_text


def _read(pipeline, text: str) -> tuple[dict[str, str | None], list[tuple[float | None, str]]]:
    claims = claims_of_text(pipeline, text)
    people = {c.value.name: c.person.role for c in claims if c.kind.value == "person"}
    ages = sorted((c.value.low, c.subject) for c in claims if c.kind.value == "age")
    return people, ages


def test_an_apposition_s_age_is_the_identified_name_s(pipeline):
    people, ages = _read(pipeline, "The victim, a 45-year-old woman, was later identified as Carla Mendes.")
    assert people == {"Carla Mendes": "victim"}
    assert ages == [(45.0, "person:mendes")]


def test_a_relative_clause_s_noun_gives_its_age_and_its_verb_s_role(pipeline):
    text = (
        "Officers said a 33-year-old man, who was later identified as Andre Pike, "
        "was stabbed near the bus stop."
    )
    people, ages = _read(pipeline, text)
    assert people == {"Andre Pike": "victim"}
    assert ages == [(33.0, "person:pike")]


def test_a_pronoun_carries_the_noun_of_the_sentence_before(pipeline):
    text = (
        "A 17-year-old boy was shot and killed late Saturday on Alder Street. "
        "Police identified him as Jaylon Hicks on Sunday."
    )
    people, ages = _read(pipeline, text)
    assert people == {"Jaylon Hicks": "victim"}
    assert ages == [(17.0, "person:hicks")]


def test_a_woman_who_died_in_a_fire(pipeline):
    text = "A 64-year-old woman died in the house fire. Firefighters later identified her as Olga Pratt."
    people, ages = _read(pipeline, text)
    assert people == {"Olga Pratt": "victim"}
    assert ages == [(64.0, "person:pratt")]


def test_the_one_arrested(pipeline):
    text = "A 22-year-old man was arrested Sunday night. Deputies identified him as Kyle Moreno."
    people, ages = _read(pipeline, text)
    assert people == {"Kyle Moreno": "suspect"}
    assert ages == [(22.0, "person:moreno")]


def test_a_relative_of_the_same_surname_keeps_the_age_from_either(pipeline):
    """Between the man shot and "him", the report names his brother: the
    pronoun may stand for either, and the age stays the unnamed man's."""
    text = (
        "A 40-year-old man was shot outside a bar. His brother, Sam Ortiz, said he was a kind man. "
        "Police identified him as Luis Ortiz."
    )
    people, ages = _read(pipeline, text)
    assert people.get("Luis Ortiz") is None
    assert ages == [(40.0, "unnamed:man")]


def test_a_bare_noun_the_coroner_identifies_gives_no_role(pipeline):
    people, _ = _read(pipeline, "The medical examiner identified the girl as Mina Forde, 9.")
    assert people == {"Mina Forde": None}


def test_the_shooter_identified_with_an_age_before_the_name(pipeline):
    people, ages = _read(pipeline, "The chief identified the shooter as 19-year-old Owen Marsh.")
    assert people == {"Owen Marsh": "suspect"}
    assert ages == [(19.0, "person:marsh")]


# A name given to a noun of several people ("identified the victims as ...",
# "The dead were identified as ...", "the two men killed were identified as
# ...") is each listed person's: each takes the noun's role, and keeps its
# own age, never the group's.
def test_each_name_listed_after_the_victims_is_a_victim_with_its_own_age(pipeline):
    text = "Deputies identified the victims as Omar Diaz, 34, and Petra Lindqvist, 61."
    people, ages = _read(pipeline, text)
    assert people == {"Omar Diaz": "victim", "Petra Lindqvist": "victim"}
    assert ages == [(34.0, "person:diaz"), (61.0, "person:lindqvist")]


def test_the_dead_and_the_deceased_are_victims(pipeline):
    people, ages = _read(pipeline, "The dead were identified as Omar Diaz, 52, and Tomas Keller, 19.")
    assert people == {"Omar Diaz": "victim", "Tomas Keller": "victim"}
    assert ages == [(19.0, "person:keller"), (52.0, "person:diaz")]
    people, _ = _read(pipeline, "The deceased has been identified as Wendell Ames, 70, of Lorain.")
    assert people["Wendell Ames"] == "victim"


def test_a_plural_noun_s_participle_gives_each_name_the_role(pipeline):
    text = "The two men killed were identified Sunday as Omar Diaz, 34, and Tomas Keller, 39."
    people, ages = _read(pipeline, text)
    assert people == {"Omar Diaz": "victim", "Tomas Keller": "victim"}
    assert ages == [(34.0, "person:diaz"), (39.0, "person:keller")]


def test_the_suspects_listed(pipeline):
    people, _ = _read(pipeline, "The suspects were identified as Ray Colter, 20, and Dion Marsh, 18.")
    assert people == {"Ray Colter": "suspect", "Dion Marsh": "suspect"}


def test_a_plural_noun_of_no_role_gives_none(pipeline):
    people, _ = _read(pipeline, "The two brothers were identified as Omar Diaz, 30, and Tomas Keller, 28.")
    assert people == {"Omar Diaz": None, "Tomas Keller": None}


# A bare participle after the noun, which the parser misreads as the noun's
# own verb, still gives the name the noun's role.
def test_the_man_shot_identified_as(pipeline):
    people, ages = _read(pipeline, "Police identified the man shot as Darius Kellam, 27.")
    assert people == {"Darius Kellam": "victim"}
    assert ages == [(27.0, "person:kellam")]


def test_the_man_shot_to_death_was_identified_as(pipeline):
    for text in (
        "The man shot to death was identified as Darius Kellam, 27.",
        "The woman shot and killed Friday has been identified as Lena Brooks, 41.",
    ):
        people, _ = _read(pipeline, text)
        assert set(people.values()) == {"victim"}, (text, people)


def test_a_role_noun_with_its_participle_set_off(pipeline):
    people, _ = _read(pipeline, "The suspect, identified as Kyle Moreno, 22, was arrested at his home.")
    assert people == {"Kyle Moreno": "suspect"}
    people, _ = _read(pipeline, "Officers found the victim, later identified as Omar Diaz, 34, in an alley.")
    assert people["Omar Diaz"] == "victim"


def test_a_name_identified_as_the_victim(pipeline):
    people, _ = _read(pipeline, "Investigators identified 31-year-old Omar Diaz as the victim.")
    assert people == {"Omar Diaz": "victim"}
    people, _ = _read(pipeline, "Police identified Omar Diaz as the victim's brother.")
    assert people == {"Omar Diaz": None}
    people, _ = _read(pipeline, "Police have not identified Omar Diaz as the victim.")
    assert people == {"Omar Diaz": None}


def test_a_long_list_with_homes_each_a_victim(pipeline):
    """However the parser strings a list of names with ages and homes (each
    beside the one before, or hung on the town before it), every name is
    one of the victims; the towns are none."""
    text = (
        "The three victims were identified as: Wade Stewart, 21, of Camden, Morris Bellamy, 25, "
        "of Camden, and Tyrell Johns, 20, of Dover."
    )
    people, _ = _read(pipeline, text)
    names = ("Wade Stewart", "Morris Bellamy", "Tyrell Johns")
    assert {name: people[name] for name in names} == dict.fromkeys(names, "victim")
    text = "Deputies identified the dead as Lena Brook, 28, Anton Jennings, 27, Dale Pruitt, 25."
    people, _ = _read(pipeline, text)
    assert set(people.values()) == {"victim"}, people


# A foreign name the model does not know it often tags as a firm's (ORG):
# given by "identified as" to a noun of a person, it is a person's name all
# the same, and the noun's age is theirs (genre48a 01's kind of sentence;
# invented names the model tags ORG in these frames).
def test_a_name_tagged_as_a_firm_s_given_to_an_aged_student(pipeline):
    text = "The attacker, a 19-year-old student identified as Artyom Lobov, was detained on the second floor."
    people, ages = _read(pipeline, text)
    assert "Artyom Lobov" in people
    assert ages == [(19.0, "person:lobov")]


def test_a_name_tagged_as_a_firm_s_given_to_a_man_by_a_relative_clause(pipeline):
    text = "A 30-year-old man, later identified as Halvard Nygaard, was shot outside the station."
    people, ages = _read(pipeline, text)
    assert "Halvard Nygaard" in people
    assert ages == [(30.0, "person:nygaard")]


def test_a_firm_identified_as_a_firm_stays_none(pipeline):
    text = "The company that owned the bus was identified as Norvik Freight Lines, officials said."
    people, _ = _read(pipeline, text)
    assert people == {}


def test_a_part_a_firm_plays_as_often_keeps_a_firm_s_name_a_firm(pipeline):
    # an owner, an operator or a landlord is as often a firm: the name the
    # model tags as a firm's stays one
    for text in (
        "A fire destroyed a warehouse in Pomer on Monday. The owner was identified as Halvard Holdings.",
        "The landlord of the block was identified as Brisk Estates, the council said.",
    ):
        people, _ = _read(pipeline, text)
        assert people == {}, (text, people)


def test_a_double_surname_the_model_tags_as_a_firm_is_read_with_its_age(pipeline):
    """ "identified by the Harris County Institute of Forensic Sciences as
    Adrian Velasco-Moore, 22": the model tags the hyphenated name as a
    firm's; its hyphen no longer keeps it from looking like a name, and an
    age set off after it makes it a person's (names invented)."""
    agency = "the Lakeland County Institute of Forensic Sciences"
    text = f"He has been identified by {agency} as Adrian Arbeloa-Moore, 22."
    people, ages = _read(pipeline, text)
    assert "Adrian Arbeloa-Moore" in people
    assert ages == [(22.0, "person:arbeloa-moore")]
