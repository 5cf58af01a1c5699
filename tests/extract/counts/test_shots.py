"""Counts of shots fired and of shots that hit are two measures
(reportcheck.extract.counts.shots): "officers fired 11 shots" and "he was hit
by seven bullets" are both right.  Sentences written for this test in the
patterns of police-shooting reports (after ECB+ topic 19)."""

from __future__ import annotations

import pytest

from reportcheck.extract.counts.shots import FIRED, HIT

from ...conftest import conflict_kinds, count_measures


@pytest.mark.parametrize(
    ("sentence", "count", "measure"),
    [
        ("The two deputies fired 16 rounds into the van.", "16 rounds", FIRED),
        ("Police said 22 shots were fired outside the bar.", "22 shots", FIRED),
        ("The trooper, who fired nine shots, was put on leave.", "nine shots", FIRED),
        ("She was struck by five bullets, the coroner said.", "five bullets", HIT),
        ("Four bullets hit the man in the chest and legs.", "Four bullets", HIT),
        ("The autopsy found that six bullets entered his body.", "six bullets", HIT),
        ("Doctors removed two bullets from the boy's shoulder.", "two bullets", HIT),
        ("Neighbours said they heard eight shots.", "eight shots", None),
    ],
)
def test_the_verb_says_fired_or_hit(pipeline, sentence, count, measure):
    assert count_measures(sentence)[count] == measure


def test_shots_fired_are_set_only_against_shots_fired(pipeline):
    fired = "Two officers shot a man in Dorrance on Friday.\nThe officers fired 14 shots at him.\n"
    hit = "Two officers shot a man in Dorrance on Friday.\nThe autopsy showed he was hit by six bullets.\n"
    fired_again = "Two officers shot a man in Dorrance on Friday.\nPolice said 20 rounds were fired.\n"
    assert conflict_kinds(fired, hit) == []
    assert conflict_kinds(fired, fired_again) == ["other_count"]
