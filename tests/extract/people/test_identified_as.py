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
