"""The scope words extract/counts writes and the comparer reads
(knowledge/vocabulary.py): a count told beside people counted before it."""

from __future__ import annotations

import pytest

from reportcheck.knowledge.vocabulary import besides_another


@pytest.mark.parametrize(
    ("scope", "besides"),
    [
        ("increment", True),  # "another woman was hurt"
        ("part", True),  # "one of them"
        ("part:on the ground", True),  # "six aboard and one woman on the ground"
        ("part:at the scene", True),
        ("place:aleppo", False),  # one area's toll, no one besides
        ("condition:serious", False),
        ("partial", False),
        (None, False),
    ],
)
def test_a_count_besides_another(scope, besides):
    assert besides_another(scope) is besides
