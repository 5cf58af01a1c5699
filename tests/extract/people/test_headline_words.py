"""Ordinary words of a Title Case headline are no one's name
(extract/people/headline_words.py): a verb with an ending ("Checks",
"Shoots"), an adverb ("Accidentally"), or a dictionary word the report
writes in small letters elsewhere ("the hunter") is trimmed from a name
the model ran through it; a name the body writes with its capitals keeps
every word, even one that is a verb's form too ("Burns").  The Lohan
headline is ECB+ 1_6ecbplus (CC BY 3.0); the other sentences are invented
after how local headlines are written."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text


def _people(pipeline, text: str) -> dict[str, str]:
    return {c.subject: c.evidence.text for c in claims_of_text(pipeline, text) if c.kind.value == "person"}


@pytest.mark.parametrize(
    "text",
    [
        "Lindsay Lohan Checks Into Rehab at Betty Ford Center\n\nThe actress Lindsay Lohan entered rehab.",
        "Lindsay Lohan Checks Out Of Rehab In Malibu\n\nThe actress Lindsay Lohan left the clinic.",
    ],
)
def test_a_verb_after_a_headline_name_is_trimmed(pipeline, text):
    people = _people(pipeline, text)
    assert "person:lohan" in people
    assert all("Checks" not in quoted for quoted in people.values())


@pytest.mark.parametrize(
    "text",
    [
        "Boy Accidentally Shoots Self With Father's Gun\n\nA 6-year-old boy shot himself Sunday in Dayton.",
        "Hunter Shot On Elk Ridge\n\nA hunter was shot in the leg on Saturday on Elk Ridge, deputies said.",
    ],
)
def test_ordinary_headline_words_are_no_person(pipeline, text):
    assert _people(pipeline, text) == {}


def test_a_name_the_body_writes_keeps_a_word_that_is_a_verb_too(pipeline):
    text = (
        "Officer Daniel Burns Shot In Dayton\n\n"
        "Officer Daniel Burns, 34, was shot Friday night. Police said Burns is expected to recover."
    )
    assert _people(pipeline, text).get("person:burns") is not None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("15-year-old dies after shooting at pool party\n\nThe teen was hit on Sunday, police said.", 15),
        ("Police: 4-year-old dies from gunshot in Dayton home\n\nThe girl found a pistol in a closet.", 4),
        ("Man charged after 19-year-old dies in Elm Street shooting\n\nOfficers found him on a porch.", 19),
    ],
)
def test_an_age_before_a_headline_verb_the_tagger_reads_as_a_noun_is_a_persons(pipeline, text, age):
    # "dies" read as the plural of a noun "dy": the age is no "dy"'s but the person's
    ages = [c for c in claims_of_text(pipeline, text) if c.kind.value == "age" and c.value.low == age]
    assert ages and all(c.subject == "unnamed:person" for c in ages), [(c.subject, c.value.low) for c in ages]
