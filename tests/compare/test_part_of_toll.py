"""A toll's figure of one stage, part of the scene, manner, place or hospital
care (extract/counts/parts.py) against the other report's toll: no conflict
where the part is within the toll, a conflict where it is larger (the
part-whole check, compare/scopes.py), and two tolls still set against each
other.  Invented sentences in the forms of wire copy, varied."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import compare_reports
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Status

CASES = [
    (
        "those dead at the scene, within the other report's toll",
        "Three workers died at the scene and a fourth died later in hospital "
        "after the scaffold fell in Leeds on Monday.",
        "Four workers were killed when a scaffold fell in Leeds on Monday, police said.",
        ClaimKind.killed,
        False,
    ),
    (
        "those dead at the scene, more than the other report's toll",
        "Five workers died at the scene and a sixth died later in hospital "
        "after the scaffold fell in Leeds on Monday.",
        "Four workers were killed when a scaffold fell in Leeds on Monday, police said.",
        ClaimKind.killed,
        True,
    ),
    (
        "those who died jumping, a part of the other report's toll",
        "A fire at a hostel in Porto killed 23 people on Friday. "
        "Four people died after jumping from the windows.",
        "Fire at a Porto hostel kills 21\n\n"
        "A fire at a hostel in Porto killed 21 people on Friday, officials said.",
        ClaimKind.killed,
        True,  # 23 against 21: the two tolls still conflict
    ),
    (
        "the injured taken to hospital, some of the other report's injured",
        "A gas blast at a plant in Tulsa injured several workers on Tuesday. "
        "Four workers were taken to hospitals.",
        "A gas blast at a plant in Tulsa injured nine workers on Tuesday, the fire department said.",
        ClaimKind.injured,
        False,
    ),
    (
        "the injured taken to hospital, more than the other report's injured",
        "A gas blast at a plant in Tulsa injured several workers on Tuesday. "
        "Twelve workers were taken to hospitals.",
        "A gas blast at a plant in Tulsa injured nine workers on Tuesday, the fire department said.",
        ClaimKind.injured,
        True,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_part_of_the_toll_against_the_toll(pipeline, case):
    _, a, b, kind, conflicts = case
    reports = [load_text(text, date=dt.date(2026, 4, 10)) for text in (a, b)]
    findings = compare_reports(reports).findings
    crossed = [
        f
        for f in findings
        if f.kind is kind and not f.internal and f.status in (Status.conflict, Status.possible_conflict)
    ]
    assert bool(crossed) is conflicts, [(f.status, [c.evidence.text for c in f.claims]) for f in crossed]
