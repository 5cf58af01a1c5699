"""A count of things told of an area the words mark as another than the
story's own is that area's share (a place scope), never the story's whole
figure (extract/counts/scope.py, ``other_area_opening``).

Disaster copy adds a neighbouring area's figures in a sentence fronted by
the area: a Ukrinform-style flood story ends "In the neighbouring
Ivano-Frankivsk region, 12 households were flooded", a Kenya Red Cross-style
release "In Garissa County, where the Tana River has also broken its banks,
1,300 households have been displaced" (genre58a 05, genre58b 05).  Set
against the other report's whole figure those made false conflicts.  The
sentences here are written for these tests, names and figures varied.  A
bare fronted area, or a "where" clause telling the scene itself, stays the
whole figure: that is how a lede gives its own count."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text

SHARES = {
    "In the neighbouring Lviv region, 40 households were flooded in Skole district, the service said.": (
        "40 households",
        "place:lviv",
    ),
    "Meanwhile, in neighbouring Kapchorwa district, 300 households were displaced by the floods.": (
        "300 households",
        "place:kapchorwa",
    ),
    "In Kitui County, where the Athi River has also burst its banks, 900 households have been displaced.": (
        "900 households",
        "place:kitui",
    ),
}

WHOLES = {
    "bare fronted area": (
        "In Kitui County, 900 households have been displaced after the Athi River burst its banks.",
        "900 households",
    ),
    "where clause of the scene": (
        "In Kitui County, where the Athi River burst its banks on Tuesday, 900 households were displaced.",
        "900 households",
    ),
}


def _scope(pipeline, text: str, words: str) -> str | None:
    [claim] = [c for c in claims_of_text(pipeline, text) if c.evidence.text == words]
    return claim.frame.scope


@pytest.mark.parametrize("text", sorted(SHARES))
def test_another_areas_count_is_its_share(pipeline, text):
    words, scope = SHARES[text]
    assert _scope(pipeline, text, words) == scope


@pytest.mark.parametrize("case", sorted(WHOLES))
def test_a_count_of_the_storys_own_area_stays_whole(pipeline, case):
    text, words = WHOLES[case]
    assert _scope(pipeline, text, words) is None
