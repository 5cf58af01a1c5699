"""A day written on a death and followed by its distance from the shooting
("died Saturday, a day after he and his brother were shot", "two days after
being shot", "hours after") is the death's day, not the attack's
(extract/dates/later_deaths.py, ``back_distances`` of rules/dates.yaml); so
is a day on a death whose own sentence dates the attack on another day after
it ("died Saturday after being shot Friday").  "was shot Saturday and died a
day later" keeps Saturday as the attack's.  No attack's day is counted back.
Sentences invented after the way reporters write it (review 24a pairs q14,
q15), varied."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import compare_reports, extract_reports
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Status

#: a Tuesday
DATELINE = dt.date(2026, 3, 10)


def _dates(text: str, date: dt.date | None = DATELINE) -> list[tuple[str, str | None, str | None]]:
    """(words, event, day) of each date the report tells."""
    (extracted,) = extract_reports([load_text(text, date=date)], [0])
    return [
        (c.evidence.text, c.date.event, c.value.label) for c in extracted.claims if c.kind is ClaimKind.date
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jalen Price, 19, died Saturday, a day after he and his cousin were shot near Grant Park.",
            [("Saturday", "death", "2026-03-07")],
        ),
        (
            "Dana Cole, 31, died Sunday, two days after being shot outside a bar on Elm Street.",
            [("Sunday", "death", "2026-03-08")],
        ),
        (
            "Dana Cole, 31, died Saturday night, one day after she was wounded in a drive-by shooting.",
            [("Saturday night", "death", "2026-03-07")],
        ),
    ],
)
def test_a_death_told_with_its_distance_is_a_day_of_death(pipeline, text, expected):
    assert _dates(text) == expected


def test_without_a_dateline_the_weekday_is_the_deaths(pipeline):
    text = "Jalen Price, 19, died Saturday, a day after he was shot near Grant Park."
    assert _dates(text, date=None) == [("Saturday", "death", "Saturday")]


def test_hours_after_is_the_death_day(pipeline):
    text = "Jalen Price, 19, died Saturday, hours after he was shot near Grant Park."
    assert _dates(text) == [("Saturday", "death", "2026-03-07")]


def test_the_attack_dated_later_in_the_death_sentence(pipeline):
    text = "Jalen Price, 19, died Saturday after being shot Friday near Grant Park."
    assert _dates(text) == [("Saturday", "death", "2026-03-07"), ("Friday", "incident", "2026-03-06")]


@pytest.mark.parametrize(
    "text",
    [
        # the day is the attack's; the death is counted from it
        "Jalen Price, 19, was shot Saturday near Grant Park and died a day later.",
        # "a day after" no attack: the day stays where the parse puts it
        "Jalen Price, 19, died Saturday, a day after his birthday party.",
    ],
)
def test_the_day_stays_the_attacks(pipeline, text):
    dates = _dates(text)
    assert ("Saturday", "incident", "2026-03-07") in dates
    assert not any(event == "death" and day == "2026-03-07" for _, event, day in dates)


def test_the_death_day_meets_the_other_reports_not_its_attack_day(pipeline):
    told = load_text(
        "Brothers Omar Lane, 16, and Jamal Lane, 19, were shot Friday near Grant Park. Jamal died Saturday.",
        date=DATELINE,
    )
    counted = load_text(
        "Jamal Lane, 19, died Saturday, a day after he and his brother Omar, 16, were shot near Grant Park.",
        date=DATELINE,
    )
    findings = compare_reports([told, counted], same_incident=True).findings
    dates = [f for f in findings if f.kind is ClaimKind.date]
    assert not any(f.status is Status.conflict for f in dates)
    death = [f for f in dates if f.status is Status.agree and "death" in f.subject_label]
    assert death, [(f.subject_label, f.status) for f in dates]
