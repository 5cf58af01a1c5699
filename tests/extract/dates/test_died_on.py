"""The day of which act: a day written on a verb of dying ("died Monday")
that stays the report's day of the attack is marked as told on a death
(``died_on``): the victim may have died days after the shooting, so the
other report's earlier "shot Saturday" is compatible, not a conflict
(extract/dates/later_deaths.py, compare/judges/days.py).  A death the
sentence puts at the scene or in the attack ("died at the scene", "died
Saturday at his home", "died in a gun battle with police"), and "was shot and
killed Monday", date the attack itself and keep the conflict.  A day of a
plan ("was going to start a new job Monday") is never the attack's.
Sentences invented after the way US shooting reports write it (review25 od02,
wf03, bl01), varied."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import compare_reports, extract_reports
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Status

#: a Tuesday
DATELINE = dt.date(2026, 3, 10)


def _days(text: str, date: dt.date | None = DATELINE) -> list[tuple[str, str | None, bool]]:
    """(words, event, told on a death) of each date the report tells."""
    (extracted,) = extract_reports([load_text(text, date=date)], [0])
    return [
        (c.evidence.text, c.date.event, c.date.died_on) for c in extracted.claims if c.kind is ClaimKind.date
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("A 30-year-old man who was shot outside a Riverside bar died Monday, police said.", "Monday"),
        ("A 5-year-old girl died Sunday after accidentally shooting herself, police said.", "Sunday"),
        ("Marcus Dale, 22, died on Saturday after he was shot in the head.", "Saturday"),
    ],
)
def test_a_day_on_a_death_is_marked(pipeline, text, words):
    days = _days(text)
    # a day of death where the parse ties the death to the wounding, else
    # the attack's day told on a death
    assert (words, "incident", True) in days or (words, "death", False) in days, days
    assert (words, "incident", False) not in days


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the killing is the attack
        ("A 27-year-old man was shot and killed Monday on Maple Avenue, police said.", "Monday"),
        # a death at the scene, at home, in the attack itself
        ("A man died at the scene Monday after he was shot in a parking lot.", "Monday"),
        ("Tyler Moss, 17, died Saturday at his home in what police called an accident.", "Saturday"),
        ("Two suspects died in a gun battle with deputies Wednesday, the sheriff said.", "Wednesday"),
    ],
)
def test_a_death_at_the_attack_dates_the_attack(pipeline, text, words):
    assert (words, "incident", False) in _days(text)


@pytest.mark.parametrize(
    "text",
    [
        '"He was going to start a new job Monday," his aunt said.',
        "She was supposed to start at a new school on Monday, her mother said.",
    ],
)
def test_a_planned_day_is_no_day_of_the_attack(pipeline, text):
    days = _days(text)
    assert ("Monday", "plan", False) in days, days


def _date_findings(first: str, second: str):
    reports = [load_text(first, date=None), load_text(second, date=None)]
    findings = compare_reports(reports, same_incident=True).findings
    return [f for f in findings if f.kind is ClaimKind.date]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "A 5-year-old girl died Sunday after accidentally shooting herself with a handgun, police said.",
            "Kara Wells, 5, shot herself with a handgun Saturday evening, police said.",
        ),
        (
            "Marcus Dale, 22, died on Monday after he was shot in the head, police said.",
            "Marcus Dale, 22, was shot in the head Saturday night, police said.",
        ),
        # four days on, though Wednesday is three days back from Saturday
        (
            "Lena Pruitt, 41, died Wednesday morning of the injuries she suffered in Harlow, officials said.",
            "Lena Pruitt, 41, was shot Saturday afternoon at her home in Harlow, deputies said.",
        ),
    ],
)
def test_a_death_day_against_an_earlier_attack_day_is_compatible(pipeline, first, second):
    dates = _date_findings(first, second)
    paired = [f for f in dates if len(f.claims) == 2]
    assert paired, [(f.status, f.explanation) for f in dates]
    assert all(f.status is Status.compatible for f in paired), [(f.status, f.explanation) for f in paired]


def test_died_monday_against_shot_saturday_is_no_conflict(pipeline):
    dates = _date_findings(
        "A 30-year-old man who was shot outside a Riverside bar died Monday, police said.",
        "David Ochoa, 30, was shot Saturday outside the Lone Star Tavern on Magnolia Avenue.",
    )
    read = {c.evidence.text for f in dates for c in f.claims}
    assert {"Monday", "Saturday"} <= read, read
    assert not any(f.status is Status.conflict for f in dates), [(f.status, f.explanation) for f in dates]


def test_died_sunday_against_a_later_attack_day_still_conflicts(pipeline):
    # the death cannot come before the shooting
    dates = _date_findings(
        "A 5-year-old girl died Sunday after accidentally shooting herself with a handgun, police said.",
        "Kara Wells, 5, shot herself with a handgun Monday evening, police said.",
    )
    assert any(f.status is Status.conflict for f in dates), [(f.status, f.explanation) for f in dates]


def test_killed_monday_against_shot_saturday_still_conflicts(pipeline):
    dates = _date_findings(
        "A 30-year-old man was shot and killed Monday outside the Lone Star Tavern, police said.",
        "David Ochoa, 30, was shot Saturday outside the Lone Star Tavern on Magnolia Avenue.",
    )
    assert any(f.status is Status.conflict for f in dates), [(f.status, f.explanation) for f in dates]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "A 24-year-old man was stabbed to death by two neighbours following a quarrel over parking "
            "in the Shakarpur area on Saturday night, police said.",
            "Saturday night",
        ),
        ("A man was shot dead following an argument at a bar on Friday night, police said.", "Friday night"),
    ],
)
def test_a_day_after_following_under_the_attack_is_the_attacks(pipeline, text, words):
    assert (words, "incident", False) in _days(text)


def test_a_day_after_following_under_an_arrest_stays_the_arrests(pipeline):
    days = _days("Two men were arrested following a shooting Friday, police said.")
    assert ("Friday", "incident", False) not in days, days
