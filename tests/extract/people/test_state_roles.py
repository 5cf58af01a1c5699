"""The role of an unnamed person whose own verb gives none, read from where
the sentence puts them: "in custody" (the suspect); "in critical
condition", "taken to a hospital", "is in the hospital", "hospitalized" (a
victim); and from a verb joined to theirs by "and" ("surrendered and was
arrested").  With a role, align pairs the one unnamed holder of each
report ("A 22-year-old man was in custody" against the suspect the other
report names).  The sentences follow police releases and local copy of
GVC, GVDB and ECB+ reports, with invented names, places and ages; the
near-misses are the same shapes said of someone else, or of no harm."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text


def _roles(pipeline, text):
    return [(c.value.low, c.person.role) for c in claims_of_text(pipeline, text) if c.kind.value == "age"]


TOLD = [
    # custody told by a verb of being
    ("A 22-year-old man was in custody late Saturday after gunfire outside a mall.", 22.0, "suspect"),
    ("A 16-year-old girl accused of shooting a neighbor is in police custody.", 16.0, "suspect"),
    ("Police said a 41-year-old woman remains in custody on Tuesday.", 41.0, "suspect"),
    # a verb joined by "and" to the person's own
    ("After three hours a 58-year-old man surrendered and was arrested.", 58.0, "suspect"),
    # care told by a condition or a place of care
    (
        "A 71-year-old woman was pulled from her house on Elm Street and taken to Mercy Medical Center "
        "in critical condition.",
        71.0,
        "victim",
    ),
    (
        "One patient, a 38-year-old male, was carried from the third floor and transported to a hospital "
        "in serious condition.",
        38.0,
        "victim",
    ),
    ("A 9-year-old boy is in critical condition after the shooting, police said.", 9.0, "victim"),
    ("A 3-year-old girl was hospitalized after the crash on Route 4.", 3.0, "victim"),
    ("A 14-year-old boy was taken to the hospital with minor injuries.", 14.0, "victim"),
    ("A 27-year-old female is in the hospital after being shot in the arm.", 27.0, "victim"),
    (
        "A 52-year-old man was rushed to St. Anne's Hospital, where he was listed in stable condition.",
        52.0,
        "victim",
    ),
]


@pytest.mark.parametrize(("text", "age", "role"), TOLD, ids=[t[0][:40] for t in TOLD])
def test_where_the_sentence_puts_an_unnamed_person_gives_their_role(pipeline, text, age, role):
    assert (age, role) in _roles(pipeline, text)


NOT_TOLD = [
    # another person's state: the boy is the object of another's verb
    "Deputies said the crash sent a 13-year-old boy to a hospital.",
    # no harm told: good condition, at a hospital (a visit), a house in poor condition
    "A 40-year-old man was in good condition and spoke to officers.",
    "A 30-year-old woman was at the hospital with her son when the call came.",
    # denied
    "A 25-year-old man was not taken to a hospital, police said.",
    # both roles told: a suspect hurt, or two acts; neither is read
    "A 19-year-old man was taken to a hospital and later arrested.",
]


@pytest.mark.parametrize("text", NOT_TOLD, ids=[t[:40] for t in NOT_TOLD])
def test_a_state_not_told_of_the_person_gives_no_role(pipeline, text):
    assert all(role is None for _, role in _roles(pipeline, text)), _roles(pipeline, text)


def test_a_death_in_custody_is_the_victims_not_a_suspects(pipeline):
    """ "died in custody": the verb of death decides, as before."""
    assert _roles(pipeline, "A 35-year-old man died in police custody on Friday.") == [(35.0, "victim")]


def test_a_description_beside_a_name_is_left_to_the_names_reader(pipeline):
    """ "Reyna Colter, a 40-year-old woman, was taken into custody": the
    description's age is no unnamed holder's of its own."""
    roles = _roles(pipeline, "Reyna Colter, a 40-year-old woman who lives nearby, is in custody.")
    assert (40.0, "suspect") not in roles
