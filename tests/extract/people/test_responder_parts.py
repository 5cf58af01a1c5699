"""A part's noun told of a responder's vehicle ("the captain of the rescue
vessel") gives the name no part of the accident (``part_responder_words``
of rules/people.yaml), so the ship's captain of one report is never set
against the rescuers' captain of another.  Invented sentences."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text


def _parts(pipeline, sentence: str) -> dict[str, str | None]:
    claims = claims_of_text(pipeline, sentence)
    return {c.value.name: c.person.part for c in claims if c.kind.value == "person"}


@pytest.mark.parametrize(
    ("sentence", "name", "part"),
    [
        (
            "The captain of the rescue vessel, Ivo Bastos, said his crew pulled 40 people out.",
            "Ivo Bastos",
            None,
        ),
        ("The captain of the ferry, Ivo Batista, 47, was detained.", "Ivo Batista", "captain"),
        ("The pilot of the plane, Mark Jensen, died at the scene.", "Mark Jensen", "pilot"),
    ],
)
def test_a_responders_part_is_none(pipeline, sentence, name, part):
    assert _parts(pipeline, sentence)[name] == part
