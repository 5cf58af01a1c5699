"""A state named as a person's home or the end of a move ("had moved from
Texas", "was arrested in Missouri"; ``background_cues`` and
``background_verbs`` of rules/places.yaml) is no evidence of which namesake
a bare town of the report is (extract/places/spans.py).  The sentences are
invented in the patterns of local crime reports."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of_text


def _places(pipeline, text: str) -> dict[str, tuple[str, str | None]]:
    claims = [c for c in claims_of_text(pipeline, text) if c.kind.value == "location"]
    return {c.evidence.text: (c.place.country or "", c.place.region) for c in claims}


@pytest.mark.parametrize(
    ("text", "town", "state", "code"),
    [
        (
            "Athens police said a student was shot near campus Friday. "
            "The student had moved from Texas last year.",
            "Athens",
            "Texas",
            "TX",
        ),
        (
            "A woman was shot Friday in Columbus, police said. The suspect was arrested Monday in Georgia.",
            "Columbus",
            "Georgia",
            "GA",
        ),
        (
            "A woman was shot Friday in Bristol, police said. She grew up in Virginia and moved to the city "
            "last year.",
            "Bristol",
            "Virginia",
            "VA",
        ),
        (
            "A woman was shot Friday in Columbus, police said. She was a native of Georgia.",
            "Columbus",
            "Georgia",
            "GA",
        ),
    ],
)
def test_a_state_of_a_move_does_not_place_a_bare_town(pipeline, text, town, state, code):
    places = _places(pipeline, text)
    assert places[state] == ("US", code)  # the state itself is read
    assert places[town][1] != code, places


@pytest.mark.parametrize(
    ("text", "town", "code"),
    [
        (
            "Athens police said a student was shot near campus Friday. "
            "It was the second shooting in Texas this week.",
            "Athens",
            "TX",
        ),
        (
            "A woman was shot Friday in Bristol, police said. It was the first killing in "
            "Virginia's smallest "
            "city this year.",
            "Bristol",
            "VA",
        ),
    ],
)
def test_a_state_told_as_the_scenes_still_places_the_town(pipeline, text, town, code):
    """Negative: a state named where it happened still reads the bare town in it."""
    assert _places(pipeline, text)[town] == ("US", code)


NEAR = "A woman was shot Friday in Athens, police said. It was the third shooting in Georgia this month."
#: another story of a wire dump, far more than a story's length away
FILLER = "\n\n" + "The city council met Tuesday to discuss the budget and the new library. " * 25


def _athens_named_elsewhere(pipeline, text: str) -> bool | None:
    places = [c for c in claims_of_text(pipeline, text) if c.kind.value == "location"]
    return next(c for c in places if c.evidence.text == "Athens").place.within_named_elsewhere


@pytest.mark.parametrize(
    "text",
    [
        NEAR,
        "A woman was shot Friday in Athens, police said.\n\n"
        "She was the third person shot in Georgia this month.",
    ],
)
def test_a_state_named_in_the_same_story_places_the_bare_town_weakly(pipeline, text):
    assert _athens_named_elsewhere(pipeline, text) is True


def test_a_state_named_in_another_story_of_a_dump_does_not(pipeline):
    """Negative: "Georgia" in a story 1,800 characters on (a wire dump) is not this town's state;
    chunking a long text between stories must give the same claims as one document."""
    text = NEAR.replace("Georgia", "the county") + FILLER + "A man was hurt in a crash in Georgia on Monday."
    assert _athens_named_elsewhere(pipeline, text) is None
