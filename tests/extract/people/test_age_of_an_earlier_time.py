"""An age said of a named person as a predicate ("Jones was 19 years old")
is that person's age (extract/people/component.py), unless it is told of a
time before the story's: a clause of that time follows ("when he was first
arrested", "back then": ``earlier_age_openers`` in rules/people.yaml) or
its sentence names a year ("in 2009").  "at the time of the shooting" is
the crime's own time and stays the person's age; an age with "now" before
it ("Andre Wilson, now 19", ``current_age_words``) is the age today, read
as a later stage, so the age at the crime is no conflict with it.

The sentences are invented after how follow-ups to a charge tell a
suspect's record and a trial story tells a defendant's age then and now."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import extract_report
from reportcheck.load import load_text
from tests.conftest import findings_of


def _ages(text: str) -> list[tuple[str, str, float | None, str | None]]:
    """Each age claim: its words, subject, value and stage."""
    claims = extract_report(load_text(text, date=dt.date(2026, 3, 10)), 0).claims
    return [
        (c.evidence.text, c.subject, c.value.low, c.person.stage) for c in claims if c.kind.value == "age"
    ]


@pytest.mark.parametrize(
    ("text", "earlier", "current"),
    [
        (
            "Derek Jones, 27, was charged with murder. "
            "Jones was 19 years old when he was first arrested in 2009, records show.",
            "19 years old",
            ("Derek Jones, 27", "person:jones", 27.0, None),
        ),
        (
            "Maria Lopez, 31, was arrested Friday. Lopez was 24 years old in 2017, when she lost her job.",
            "24 years old",
            ("Maria Lopez, 31", "person:lopez", 31.0, None),
        ),
        (
            "Tyrell Hines, 30, was charged. Hines was 16 years old back then, court records show.",
            "16 years old",
            ("Tyrell Hines, 30", "person:hines", 30.0, None),
        ),
    ],
)
def test_an_age_of_an_earlier_time_is_not_the_persons(text, earlier, current):
    read = _ages(text)
    assert current in read
    then = [r for r in read if r[0] == earlier]
    assert then and all(not r[1].startswith("person:") for r in then)


@pytest.mark.parametrize(
    "text",
    [
        "Kevin Park was 13 years old, the sheriff said.",
        "Kevin Park was 13 years old at the time of the shooting.",
    ],
)
def test_a_predicate_age_of_the_story_stays_the_persons(text):
    assert ("13 years old", "person:park", 13.0, None) in _ages(text)


def test_an_earlier_age_raises_no_conflict():
    a = (
        "Derek Jones, 27, was charged with murder. "
        "Jones was 19 years old when he was first arrested in 2009, records show."
    )
    b = "Police charged Derek Jones, 27, with murder in the shooting."
    ages = [f for f in findings_of(a, b) if f.kind.value == "age"]
    assert [f.status.value for f in ages if len({c.report for c in f.claims}) == 2] == ["agree"]
    assert not [f for f in ages if "conflict" in f.status.value]


@pytest.mark.parametrize(
    ("text", "now", "then"),
    [
        (
            "Andre Wilson, now 19, was 17 years old at the time of the shooting, prosecutors said.",
            ("Andre Wilson, now 19", "person:wilson", 19.0, "later"),
            ("17 years old", "person:wilson", 17.0, None),
        ),
        (
            "Lena Ortiz, now 24, was 21 years old at the time of the attack, police said.",
            ("Lena Ortiz, now 24", "person:ortiz", 24.0, "later"),
            ("21 years old", "person:ortiz", 21.0, None),
        ),
    ],
)
def test_an_age_now_is_a_later_age(text, now, then):
    read = _ages(text)
    assert now in read and then in read


def test_an_age_now_and_the_age_then_raise_no_conflict():
    a = "Andre Wilson, now 19, was 17 years old at the time of the shooting, prosecutors said."
    b = "Andre Wilson, 17, was charged with murder in the shooting, police said."
    ages = [f for f in findings_of(a, b) if f.kind.value == "age"]
    assert {f.status.value for f in ages} == {"agree", "compatible"}
    assert any(
        f.status.value == "agree" and "17 years old" in {c.evidence.text for c in f.claims} for f in ages
    )


def test_an_age_without_now_is_no_later_age():
    assert ("Andre Wilson, 19", "person:wilson", 19.0, None) in _ages(
        "Andre Wilson, 19, was charged in the shooting, police said."
    )
