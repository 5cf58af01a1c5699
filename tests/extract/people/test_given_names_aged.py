"""A first name alone written after a noun of kin and before an age in
apposition ("his mother, Morgan, 27,", "their daughter Ella, 4") is a
person with that age, though the model leaves the name untagged; a word
of a date there ("his brother Tuesday, 30 minutes before") is no one, and
a kin noun with an age but no name gives no named person.  Invented
sentences after how reporters name a victim's family."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text

CASES = [
    ("His brother, 8-year-old Joseph, and his mother, Morgan, 27, were both injured.", {"person:morgan": 27}),
    ("Police said their daughter Ella, 4, was wounded in the home.", {"person:ella": 4}),
    ("Her nephew, Rio, 7, was shot in the arm on Sunday.", {"person:rio": 7}),
    # coordinated kin, each with an age: every one is read, not only the last
    (
        "Their daughter Ella, 4, and son Jack, 2, were taken to a hospital.",
        {"person:ella": 4, "person:jack": 2},
    ),
    (
        "He leaves his wife, Rosa, 38, and their sons, Ben, 12, and Sam, 9.",
        {"person:rosa": 38, "person:ben": 12, "person:sam": 9},
    ),
]

NOT_NAMES = [
    "He visited his brother Tuesday, 30 minutes before the shooting.",
    "She called her son Tuesday, 30 minutes later, and he did not answer.",
    "Her son, 8, was not hurt in the shooting, police said.",
]


def _named_ages(pipeline, text: str) -> dict[str, float | None]:
    claims = claims_of_text(pipeline, text)
    ages = [c for c in claims if c.kind.value == "age"]
    return {c.subject: c.value.low for c in ages if c.subject.startswith("person:")}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_a_first_name_after_kin_with_an_age_is_a_person(pipeline, text, expected):
    ages = _named_ages(pipeline, text)
    for subject, age in expected.items():
        assert ages.get(subject) == age, ages


@pytest.mark.parametrize("text", NOT_NAMES, ids=[t[:40] for t in NOT_NAMES])
def test_no_name_there_gives_no_named_age(pipeline, text):
    assert _named_ages(pipeline, text) == {}
