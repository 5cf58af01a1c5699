"""The hospital a verb's preposition names (extract/counts/parts.py
:func:`hospital_object`): the one walk behind "taken to hospital", "treated
at a hospital", "admitted to a clinic" and a nation's hospitals, each
caller naming its own prepositions.  Sentences written for these tests in
the shape of wire reports (other names, places and figures)."""

from __future__ import annotations

import pytest

from reportcheck.extract.counts.parts import hospital_object, hospital_objects


def _verb(pipeline, text: str, verb: str):
    doc = pipeline(text)
    return next(t for t in doc if t.lower_ == verb)


@pytest.mark.parametrize(
    ("text", "verb", "prepositions", "hospital"),
    [
        ("Two of the hikers were flown to a hospital in Boise.", "flown", ("to",), "hospital"),
        ("Five others were rushed to Mercy Hospital with burns.", "rushed", ("to",), "Hospital"),
        ("The four workers were treated at Riverside Medical Center.", "treated", ("at",), "Center"),
        ("Three passengers are being treated in local hospitals.", "treated", ("in",), "hospitals"),
        ("None of the children was admitted to the clinic.", "admitted", None, "clinic"),
    ],
)
def test_a_preposition_names_the_hospital(pipeline, text, verb, prepositions, hospital):
    """The hospital a verb takes people to, treats them at or admits them
    to, by the prepositions its caller reads."""
    found = hospital_object(_verb(pipeline, text, verb), prepositions)
    assert found is not None and found.text == hospital


def test_a_dative_to_when_asked(pipeline):
    """ "the blast sent six miners to the hospital": the parser may read
    that "to" as a dative; a caller that asks for it finds the hospital."""
    doc = pipeline("The blast sent six miners to the hospital.")
    sent = next(t for t in doc if t.lower_ == "sent")
    found = hospital_object(sent, ("to",), dative=True)
    assert found is not None and found.lower_ == "hospital"


def test_every_hospital_in_the_order_of_the_sentence(pipeline):
    """ "moved from a field clinic to Jordanian hospitals": each preposition's
    hospital, in order, so a caller may look past the first for a nation's."""
    verb = _verb(pipeline, "Nine wounded were moved from a field clinic to Jordanian hospitals.", "moved")
    assert [t.text for t in hospital_objects(verb)] == ["clinic", "hospitals"]
    assert [t.text for t in hospital_objects(verb, ("in", "to", "at"))] == ["hospitals"]


def test_a_dative_only_when_asked(pipeline):
    """The "to" of "sent six miners to the hospital" is a dative: a caller
    reading only prepositions does not take it."""
    assert (
        hospital_object(_verb(pipeline, "The blast sent six miners to the hospital.", "sent"), ("to",))
        is None
    )


@pytest.mark.parametrize(
    ("text", "verb", "prepositions"),
    [
        ("Hospital staff treated the two men for smoke inhalation.", "treated", ("to", "at", "in")),
        ("The hospital's spokesman said eight people were hurt.", "said", None),
        ("The driver was arrested near the hospital on Friday.", "arrested", ("to", "at", "in")),
        ("Six were taken to the hospital, police said.", "taken", ("at",)),
    ],
)
def test_no_hospital_outside_the_verbs_prepositions(pipeline, text, verb, prepositions):
    """ "hospital staff" and "the hospital's spokesman" are no place a verb
    takes anyone to; "near the hospital", or "to" where a caller reads only
    "at", is no preposition the caller asked for."""
    assert hospital_object(_verb(pipeline, text, verb), prepositions) is None
