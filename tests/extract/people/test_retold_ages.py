"""A bare "The 58-year-old" opening a sentence is the one person the
sentence before told by a plain noun ("A woman died after her car left the
road.  The 58-year-old was ..."), keyed by that noun, its role the age's
own or else the noun's; read as before ("a person") where the sentence
before names someone, tells two people or gives an age itself.  Invented
sentences after British, Irish and US crash and crime reports."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text


def _ages(pipeline, text):
    return [
        (c.subject, c.value.low, c.person.role)
        for c in claims_of_text(pipeline, text)
        if c.kind.value == "age" and c.value.low in (58.0, 19.0, 71.0, 33.0)
    ]


RETOLD = [
    (
        "A woman has died after her car left the road near Dunmarra on Sunday night, "
        "police said.\n\nThe 58-year-old was pronounced dead at the scene.",
        ("unnamed:woman", 58.0, "victim"),
    ),
    (
        "A Harlow man was shot and killed outside a bakery early Tuesday.\n\n"
        "The 19-year-old was sitting in a parked car when someone opened fire.",
        ("unnamed:man", 19.0, "victim"),
    ),
    (
        "A pedestrian was struck and killed by a van on Kestrel Road on Friday evening.\n\n"
        "The 71-year-old was crossing near the junction when she was hit.",
        ("unnamed:pedestrian", 71.0, "victim"),
    ),
    (
        "Officers arrested a man at a house on Birch Lane on Monday.\n\nThe 33-year-old was held overnight.",
        ("unnamed:man", 33.0, "suspect"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RETOLD, ids=[s[0][:30] for s in RETOLD])
def test_a_bare_age_opening_a_sentence_is_the_one_person_before(pipeline, text, expected):
    assert _ages(pipeline, text) == [expected]


NOT_RETOLD = [
    # two people before: either may be meant
    "A man and a woman were hurt when a wall fell in Pellow St.\n\nThe 58-year-old was taken to hospital.",
    # a name before: the man named is for the name reader, not this rule
    "Officers found Dale Brenner in the yard of a house in Orwin.\n\nThe 58-year-old was taken to hospital.",
    # a second person by a noun: a spokesman beside the man
    "A man was stabbed in Corlay Square, a police spokesman said.\n\nThe 58-year-old was taken to hospital.",
    # the noun's victim is not the age's attacker
    "A teenager was shot in the leg in Corlay Square on Monday.\n\nThe 58-year-old who shot him fled.",
    # an age told before: "the 58-year-old" may be another of its people
    "A 40-year-old man was stabbed in Corlay Square.\n\nThe 58-year-old was taken to hospital.",
]


@pytest.mark.parametrize("text", NOT_RETOLD, ids=[s[:30] for s in NOT_RETOLD])
def test_a_bare_age_after_no_one_person_alone_stays_a_persons(pipeline, text):
    assert [s for s, *_ in _ages(pipeline, text)] in (["unnamed:person"], [])
