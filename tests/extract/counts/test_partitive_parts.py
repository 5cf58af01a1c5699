"""A part of a toll told as some of the people the report counts, by "of"
and a pronoun or a definite noun ("one of the victims died after jumping",
"two of them were children"), is marked ``partitive`` (extract/counts/scope.py):
its whole holds it, so a headline's toll is never that whole and the part
together (compare/headlines.py).  A part told as more people, "Another man
died after jumping", adds to the toll and is no partitive."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text


def _partitive(pipeline, text: str, words: str) -> bool:
    claims = [
        c for c in claims_of_text(pipeline, text) if c.kind.value == "killed" and words in c.evidence.text
    ]
    assert claims, [(c.kind.value, c.evidence.text) for c in claims_of_text(pipeline, text)]
    return claims[0].count.partitive


@pytest.mark.parametrize(
    ("text", "words", "partitive"),
    [
        # after a Gulf tower fire's "one of the victims died after jumping from the building"
        (
            "Five people died when a fire swept through a tower in Korvi on Sunday. "
            "A police officer said one of the victims died after jumping from the building.",
            "one of the victims",
            True,
        ),
        (
            "Six miners were killed in the blast at the Dalvek pit on Tuesday. Two of them died in hospital.",
            "Two",
            True,
        ),
        # near-misses: more people besides those told, and the whole toll itself
        (
            "Three people died in the hotel fire in Dallow on Monday. "
            "Another man died after jumping from a window, a fire officer said.",
            "Another man",
            False,
        ),
        (
            "Five people died when a fire swept through a tower in Korvi on Sunday.",
            "Five people",
            False,
        ),
    ],
)
def test_a_part_told_as_some_of_the_victims(pipeline, text, words, partitive):
    assert _partitive(pipeline, text, words) is partitive
