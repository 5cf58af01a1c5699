"""The one victim's sex told away from the count's own words: "One person
was killed ... The victim ... his family" (extract/core/told_sex.py).

Reporters count the victim without a sex ("one person", "someone") and give
it later by a pronoun that stands for the victim or a noun of kin the victim
is told as.  Each reading keeps its word, offsets and sentence; a pronoun
another person could stand for, or readings of both sexes, give none."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import extract_reports
from reportcheck.load import load_text
from reportcheck.models import ClaimKind


def _victim_counts(text: str):
    (report,) = extract_reports([load_text(text, date=dt.date(2026, 3, 10))], [0])
    return [c for c in report.claims if c.kind is ClaimKind.killed and c.count.role == "victims"]


@pytest.mark.parametrize(
    ("text", "sex", "by", "word"),
    [
        (
            "One person was killed in a shooting Saturday night in Fresno. "
            "The victim was found in a parked car, and his family arrived soon after.",
            "male",
            "pronoun",
            "his",
        ),
        (
            "One person was shot and killed Monday on Oak Street. "
            "Police said the victim had just left work when she was shot.",
            "female",
            "pronoun",
            "she",
        ),
        (
            "Police said one person died in the shooting. "
            "The victim, the daughter of a local pastor, was found on Elm Street.",
            "female",
            "relation",
            "daughter",
        ),
    ],
)
def test_the_victims_sex_is_read_with_its_evidence(pipeline, text, sex, by, word):
    (count,) = _victim_counts(text)
    details = count.count
    assert (details.sex, details.sex_read, details.sex_read_by, details.sex_read_word) == (
        None,
        sex,
        by,
        word,
    )
    assert details.sex_read_start is not None and details.sex_read_end is not None
    assert text[details.sex_read_start : details.sex_read_end] == word
    assert details.sex_read_sentence is not None and word in details.sex_read_sentence


@pytest.mark.parametrize(
    "text",
    [
        # a neighbor told between the victim and "he": the pronoun may be the neighbor's
        "One person was killed Saturday in Fresno. The victim was found by a neighbor, and he called 911.",
        # both sexes told: no reading
        "One person was killed Saturday in Fresno. The victim had left his car when her sister called.",
    ],
)
def test_a_pronoun_someone_else_may_stand_for_is_not_read(pipeline, text):
    (count,) = _victim_counts(text)
    assert count.count.sex_read is None
