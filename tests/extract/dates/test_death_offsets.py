"""A death told by its distance from the shooting ("died the next day", "two
days later", "three days after being shot") is a day of death counted from
the report's first day of the attack (extract/dates/death_offsets.py); a
distance that tells no death, or a report with no day of the attack, gives
none.  Sentences invented after the way reporters write it."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import extract_reports
from reportcheck.details import DateForm
from reportcheck.load import load_text
from reportcheck.models import ClaimKind

#: a Tuesday
DATELINE = dt.date(2026, 3, 10)


def _death_days(text: str, date: dt.date | None = DATELINE) -> list[tuple[str, str | None]]:
    (extracted,) = extract_reports([load_text(text, date=date)], [0])
    return [
        (c.evidence.text, c.value.label)
        for c in extracted.claims
        if c.kind is ClaimKind.date and c.date.form == DateForm.AFTER_ATTACK
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man was shot Friday outside a bar on Main Street. He was taken to a hospital, "
            "where he died the next day.",
            [("the next day", "2026-03-07")],
        ),
        (
            "A woman was shot in the chest on Friday night in her driveway. She succumbed to her "
            "wounds two days later, police said.",
            [("two days later", "2026-03-08")],
        ),
        (
            "A 15-year-old boy shot at a party on Saturday died three days after being shot, "
            "his family said.",
            [("three days after being shot", "2026-03-10")],
        ),
        (
            "The teenager was wounded Friday in a drive-by shooting. The following morning, he "
            "was pronounced dead at a hospital.",
            [("The following morning", "2026-03-07")],
        ),
    ],
)
def test_a_death_counted_from_the_attack(pipeline, text, expected):
    assert _death_days(text) == expected


def test_without_a_dateline_the_weekday_moves_on(pipeline):
    text = "A man was shot Friday outside a bar on Main Street. He died two days later at a hospital."
    assert _death_days(text, date=None) == [("two days later", "Sunday")]


@pytest.mark.parametrize(
    "text",
    [
        # a distance of something else than the death
        "A man was shot Friday outside a bar. Police arrested a suspect the next day.",
        # no day of the attack to count from
        "A man who was shot outside a bar died two days later, police said.",
        # a span of days that is no distance from the shooting
        "A man was shot Friday outside a bar. He died two days after his birthday party ended.",
    ],
)
def test_no_death_counted(pipeline, text):
    assert _death_days(text) == []
