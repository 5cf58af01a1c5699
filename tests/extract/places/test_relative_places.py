"""Where one spot of a scene lies from another.

Reports of a shooting or a fire place the spots of the scene against each
other, and two accounts can place one spot differently: "a fire at a gas
station next to the shop" against "a gas station across the street"; "the
body was found in the alley behind the bar" against "in front of the bar".
Only relations that exclude each other make claims ("near" fits all), only
spots of a scene are placed (never people: "a man standing next to him"),
and two reports placing one spot against different grounds ("next to the
bank", "across from the school") do not contradict each other.  Sentences
written for these tests after the patterns of such reports."""

from __future__ import annotations

import pytest

from reportcheck.api import compare_reports

from ...conftest import claims_of_text

PLACED = [
    ("Smoke rose from a gas station next to the tire shop.", "gas station", "beside"),
    ("A car burned in the parking lot across the street.", "parking lot", "across"),
    ("The body lay in an alley behind the liquor store.", "alley", "behind"),
    ("Witnesses gathered on the sidewalk in front of the church.", "sidewalk", "in front"),
    ("The house opposite the school was hit by two bullets.", "house", "across"),
]

NOT_PLACED = [
    "A man standing next to him was shot in the arm.",
    "Too many young lives are lost behind senseless violence.",
    "The robber left the gun behind.",
    "The shooting happened near the gas station.",
    "Officers locked the door behind him.",
]


def _placed(pipeline, sentence: str):
    return [c for c in claims_of_text(pipeline, sentence) if c.subject.startswith("relative-place:")]


@pytest.mark.parametrize(("sentence", "figure", "relation"), PLACED, ids=[s[:40] for s, _, _ in PLACED])
def test_a_spot_placed_against_another(pipeline, sentence, figure, relation):
    found = _placed(pipeline, sentence)
    assert [(c.subject, c.value.name) for c in found] == [(f"relative-place:{figure}", relation)]


@pytest.mark.parametrize("sentence", NOT_PLACED, ids=[s[:40] for s in NOT_PLACED])
def test_nothing_placed(pipeline, sentence):
    assert _placed(pipeline, sentence) == []


def _statuses(first: bytes, second: bytes) -> list[str]:
    comparison = compare_reports([("a.txt", first), ("b.txt", second)], min_confidence=0.0)
    return [f.status.value for f in comparison.findings if f.subject.startswith("relative-place:")]


def test_one_spot_placed_two_ways_conflicts():
    found = _statuses(
        b"Two men were shot at a tire shop on Oak Road. A fire broke out at a gas station next to the shop.",
        b"Two men were shot at a tire shop on Oak Road. A gas station across the street caught fire.",
    )
    assert len(found) == 1 and found[0].endswith("conflict"), found


def test_one_spot_placed_one_way_agrees():
    found = _statuses(
        b"Police found the victim in an alley behind the bar on Fifth Street.",
        b"The victim was found lying in an alley behind a bar on Fifth Street.",
    )
    assert found == ["agree"]


def test_one_spot_placed_against_two_grounds_says_nothing():
    found = _statuses(
        b"A gunman fired from a parking lot next to the bank on Main Street.",
        b"A gunman fired from a parking lot across from the school on Main Street.",
    )
    assert not any(status.endswith("conflict") for status in found), found
