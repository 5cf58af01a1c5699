"""The size of a crowd that marched or protested.

Each case is a pattern of reporting (our own sentences, varied from how
strike and protest reports give a crowd; the police estimate follows ECB+
8_8ecbplus, CC BY 3.0): a vague word or a figure of people taking to the
streets, marchers by their noun, a march put "at" a figure; and counts that
are no crowd (people hurt, people inside a building).  A town the sentence
names is part of the subject, so two towns' crowds are never set against
each other.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of_text, findings_of

CROWD = "crowd that marched"

CASES = [
    ("Tens of thousands of people took to the streets to protest the new taxes.", [(CROWD, 20000)]),
    ("Some 6,000 demonstrators rallied outside parliament on Sunday.", [(CROWD, 6000)]),
    ("About 2,500 people marched through the city centre.", [(CROWD, 2500)]),
    ("Police put the march, held to mark the general strike, at roughly 40,000 people.", [(CROWD, 40000)]),
    ("Organisers estimated the crowd at 12,000.", [(CROWD, 12000)]),
    ("In Bordeaux, around 15,000 protesters blocked the bridges.", [(f"{CROWD} in Bordeaux", 15000)]),
    # no crowd: a toll, people inside a building
    ("Two protesters were shot dead by police.", []),
    ("About 100 people were inside the bank when it was set on fire.", []),
]


def _crowds(claims):
    return [c for c in claims if c.subject.startswith(CROWD)]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_crowd_claims(pipeline, sentence, expected):
    got = [(c.subject_label, c.value.low) for c in _crowds(claims_of_text(pipeline, sentence))]
    assert got == expected


def _findings(a: str, b: str) -> list[tuple[str, str]]:
    return [
        (f.status.value, f.subject_label)
        for f in findings_of(a, b)
        if f.subject.startswith(CROWD) and len({c.report for c in f.claims}) == 2
    ]


def test_a_vague_crowd_holds_the_police_estimate():
    a = "Tens of thousands of people took to the streets in a general strike on Wednesday."
    b = "Police put the march, called to mark the general strike, at roughly 40,000 people."
    assert _findings(a, b) == [("compatible", CROWD)]


def test_a_towns_crowd_is_never_set_against_the_whole():
    a = "Around 200,000 people marched across the country on Wednesday."
    b = "In Bordeaux, around 15,000 protesters marched on Wednesday."
    assert _findings(a, b) == []


def test_two_crowds_that_differ_are_at_most_a_possible_conflict():
    """A report may give the crowds of several marches the tool does not tell apart."""
    a = "About 3,000 people marched on Saturday."
    b = "About 25,000 people marched on Saturday."
    assert _findings(a, b) == [("possible_conflict", CROWD)]
