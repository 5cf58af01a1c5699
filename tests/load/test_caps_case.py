"""Passages in capitals (a TV script beside the web story) written as the
article writes its words, so the parser reads the names in them."""

from __future__ import annotations

import pytest

from reportcheck.load import load_text
from reportcheck.load.caps_case import caps_case_edits
from reportcheck.load.offsets import apply_edits

from ..conftest import claims_of_text

STORY = (
    "Boy, 4, shot in Millbrook\n\n"
    "SINCE THEN, THE DEPUTIES IDENTIFIED THE BOY AS TYLER LEONARD. HE'S AT A HOSPITAL IN COLUMBUS. "
    "BREAKING NEWS AT 6:00.\n\n"
    "MILLBROOK, Ohio - A 4-year-old boy was shot on Sunday, deputies said. "
    "Neighbors said 4-year-old Tyler Lenhart was playing in the yard. He was flown to Columbus.\n"
)


def _recased(text: str) -> str:
    return apply_edits(text, caps_case_edits(text))[0]


def test_a_script_in_capitals_is_written_as_the_story_writes_its_words():
    recased = _recased(STORY)
    assert (
        "Since then, the deputies identified the boy as Tyler Leonard. He's at a hospital in Columbus."
        in recased
    )
    assert "Breaking news at 6:00." in recased  # furniture in small letters: no one's name
    assert len(recased) == len(STORY)
    assert recased.split("\n\n", 2)[2] == STORY.split("\n\n", 2)[2]  # the story itself untouched


def test_a_name_the_story_writes_nowhere_stays_small():
    text = "A VIGIL WAS HELD FOR THE BOY ON MAIN STREET AS NEIGHBORS PRAYED.\n\nA boy was shot on Sunday.\n"
    assert _recased(text).startswith("A vigil was held for the boy on main street as neighbors prayed.")


@pytest.mark.parametrize(
    "text",
    [
        "BENTON, Ark. (KTHV) - A man was shot on Sunday.",  # a dateline: short, with small letters
        "BREAKING NEWS: A man was shot on Sunday.",
        "Police said Tyler Lenhart, 4, was shot.",
    ],
)
def test_short_capitals_are_left_alone(text):
    assert caps_case_edits(text) == []


def test_the_name_in_a_script_is_read_and_quoted_as_written(pipeline):
    claims = claims_of_text(pipeline, STORY)
    names = {c.value.name: c.evidence.text for c in claims if c.kind.value == "person"}
    assert names.get("Tyler Leonard") == "TYLER LEONARD"
    assert not any("NEWS" in name.upper() for name in names)


def test_the_loader_keeps_the_file_text_for_quotes():
    report = load_text(STORY)
    assert "Tyler Leonard" in report.text
    assert "TYLER LEONARD" in report.original


@pytest.mark.parametrize(
    ("script", "name"),
    [
        (
            "POLICE SAY 27-YEAR-OLD DANA KESTREL SHOT BOTH OF HER SONS BEFORE TURNING THE GUN ON HERSELF.",
            "Dana Kestrel",
        ),
        (
            "POLICE ARE CHARGING 60-YEAR-OLD BRUCE O'DELL WITH ASSAULT WITH A DEADLY WEAPON ON SATURDAY.",
            "Bruce O'dell",
        ),
        (
            "DEPUTIES SAY 8 YEAR OLD JOEY PARRISH WAS STILL ALIVE WHEN THEY GOT TO THE HOUSE ON FRIDAY.",
            "Joey Parrish",
        ),
    ],
)
def test_two_words_after_an_age_the_story_never_writes_are_a_name(script, name):
    # a script names a person after their age, as stories do ("8-year-old Joey"),
    # though the story itself may never write the name
    text = f"{script}\n\nA woman and her two sons were shot in their home on Friday.\n"
    assert name in _recased(text)


def test_a_person_noun_or_a_word_the_story_writes_after_an_age_stays_small():
    text = (
        "POLICE SAY 27-YEAR-OLD MOTHER SHOT BOTH OF HER SONS BEFORE 35-YEAR-OLD LOCAL DEPUTIES ARRIVED.\n\n"
        "Two local boys were shot in their home on Friday.\n"
    )
    recased = _recased(text)
    assert "27-year-old mother shot" in recased  # a noun of a person is a known word
    assert "35-year-old local deputies" in recased  # the story writes "local" in small letters


@pytest.mark.parametrize(
    "script",
    [
        "POLICE SAY A 30-YEAR-OLD BENTONVILLE MOTORCYCLIST WAS SHOT ON THE HIGHWAY SUNDAY NIGHT.",
        "DEPUTIES SAY A 22-YEAR-OLD HOSPITAL PHLEBOTOMIST WAS HURT WHEN SHOTS HIT HER CAR.",
        "OFFICERS SAY A 41-YEAR-OLD CABLE TECHNICIAN WAS SHOT WHILE HE WORKED ON A POLE.",
    ],
)
def test_a_trade_after_an_age_is_no_name(script):
    # "-ist", "-ician" and a known noun of a person at the end ("motor-cyclist") describe a person
    text = f"{script}\n\nA man was shot on Sunday.\n"
    recased = _recased(text)
    assert not any(w in recased for w in ("Motorcyclist", "Phlebotomist", "Technician"))


def test_a_surname_ending_like_a_trade_is_still_a_name():
    text = (
        "POLICE SAY 27-YEAR-OLD ERIK LINDQUIST SHOT BOTH OF HIS NEIGHBORS ON FRIDAY.\n\nTwo men were shot.\n"
    )
    assert "Erik Lindquist" in _recased(text)
