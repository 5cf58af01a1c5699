"""A toll's figure of one stage, part of the scene, manner, place or hospital
care (extract/counts/parts.py) against the other report's toll: no conflict
where the part is within the toll, a conflict where it is larger (the
part-whole check, compare/scopes.py), and two tolls still set against each
other.  Invented sentences in the forms of wire copy, varied."""

from __future__ import annotations

import pytest

from reportcheck.models import ClaimKind, Status
from tests.conftest import findings_of

CASES = [
    (
        "those dead at the scene, within the other report's toll",
        "Three workers died at the scene and a fourth died later in hospital "
        "after the scaffold fell in Leeds on Monday.",
        "Four workers were killed when a scaffold fell in Leeds on Monday, police said.",
        ClaimKind.killed,
        [],
    ),
    (
        "those dead at the scene, more than the other report's toll",
        "Five workers died at the scene and a sixth died later in hospital "
        "after the scaffold fell in Leeds on Monday.",
        "Four workers were killed when a scaffold fell in Leeds on Monday, police said.",
        ClaimKind.killed,
        [("Five workers", "Four workers")],
    ),
    (
        "those who died jumping, a part of the other report's toll",
        "A fire at a hostel in Porto killed 23 people on Friday. "
        "Four people died after jumping from the windows.",
        "Fire at a Porto hostel kills 21\n\n"
        "A fire at a hostel in Porto killed 21 people on Friday, officials said.",
        ClaimKind.killed,
        [("23 people", "21 people")],  # the two tolls still conflict; the four who jumped are a part
    ),
    (
        "the injured taken to hospital, some of the other report's injured",
        "A gas blast at a plant in Tulsa injured several workers on Tuesday. "
        "Four workers were taken to hospitals.",
        "A gas blast at a plant in Tulsa injured nine workers on Tuesday, the fire department said.",
        ClaimKind.injured,
        [],
    ),
    (
        "the injured taken to hospital, more than the other report's injured",
        "A gas blast at a plant in Tulsa injured several workers on Tuesday. "
        "Twelve workers were taken to hospitals.",
        "A gas blast at a plant in Tulsa injured nine workers on Tuesday, the fire department said.",
        ClaimKind.injured,
        [("Twelve workers", "nine workers")],
    ),
    (
        "those dead at the scene against those dead on the spot: one part in other words",
        "Two miners died at the scene and a third died later in hospital after the tunnel "
        "collapsed near Cusco on Sunday.",
        "Three miners died on the spot and a fourth died later in hospital after the tunnel "
        "collapsed near Cusco on Sunday.",
        ClaimKind.killed,
        [("Two miners", "Three miners")],
    ),
    (
        "those killed aboard and on board, the same breakdown in other words",
        "A cargo plane came down on a farm outside Dayton on Tuesday. Both pilots were killed aboard "
        "and one man on the ground died.",
        "A cargo plane came down on a farm outside Dayton on Tuesday, killing two pilots on board "
        "and one man on the ground.",
        ClaimKind.killed,
        [],
    ),
    (
        "one killed on the ground, the later part of a breakdown, never the other report's toll",
        "A helicopter crashed into a street in Lyon on Thursday. Four people died onboard "
        "and one person on the ground was killed.",
        "Five people were killed when a helicopter crashed into a street in Lyon on Thursday.",
        ClaimKind.killed,
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_part_of_the_toll_against_the_toll(pipeline, case):
    _, a, b, kind, expected = case
    findings = findings_of(a, b)
    crossed = [
        f
        for f in findings
        if f.kind is kind and not f.internal and f.status in (Status.conflict, Status.possible_conflict)
    ]
    assert sorted(tuple(c.evidence.text for c in f.claims) for f in crossed) == expected
