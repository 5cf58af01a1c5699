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
        # what an autopsy found is of shots that hit, whatever the verb
        # ("was hit in the back by three of the seven bullets fired by the
        # officers", ECB+ 19_2); what an examiner says police did is not
        ("A post-mortem showed she was hit by two of the six bullets a guard fired.", "six bullets", HIT),
        ("The coroner's report revealed that nine rounds had entered his chest.", "nine rounds", HIT),
        ("Deputies fired 14 shots, and the autopsy found that four bullets struck him.", "14 shots", FIRED),
        ("Deputies fired 14 shots, and the autopsy found that four bullets struck him.", "four bullets", HIT),
        ("The medical examiner said the troopers fired 12 rounds.", "12 rounds", FIRED),
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
