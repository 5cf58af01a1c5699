"""An adverb of times on a verb of shooting is a count of shots, as a figure
of times is: "was shot twice" as "was shot three times".  Sentences invented
after US shooting reports."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text


def _shots(pipeline, text: str) -> list[tuple[str, float | None, str | None]]:
    return [
        (c.evidence.text, c.value.low, c.frame.measure)
        for c in claims_of_text(pipeline, text)
        if c.subject == "shots"
    ]


@pytest.mark.parametrize(
    ("text", "shots"),
    [
        ("The man, 39, was shot twice, police said.", [("twice", 2.0, "shots that hit")]),
        ("Officers shot him twice in the chest.", [("twice", 2.0, "shots that hit: chest")]),
        ("Police said the officer fired twice.", [("twice", 2.0, "shots fired")]),
        ("The man was shot three times.", [("three times", 3.0, "shots that hit")]),
        # negatives: no shooting, or a person dismissed
        ("He was arrested twice last year.", []),
        ("The company fired him twice.", []),
    ],
)
def test_shot_twice_counts_shots(pipeline, text, shots):
    assert _shots(pipeline, text) == shots
