"""The number of people charged, a figure apart from the people arrested.

Each case is a pattern of reporting (our own sentences, varied from how US
shooting reports tell a case's charges): a lede's "Two people have been
charged in the killing", prosecutors who "charged three men", against
"were arrested and charged", which counts the arrest.  Two reports' numbers
charged differ as a case goes on (one written the day after gives more), so
a difference is a possible conflict, never a firm one; a number charged is
never set against a number arrested.
"""

from __future__ import annotations

import pytest

from reportcheck.models import Status
from tests.conftest import claims_of_text, findings_of

CHARGED = "people charged"
ARRESTED = "people arrested"

CASES = [
    ("Two people have been charged in the killing of a Dayton man, police said.", [(CHARGED, 2)]),
    (
        "Prosecutors on Tuesday charged three teenagers in the shooting death of a store clerk.",
        [(CHARGED, 3)],
    ),
    ("Four suspects were charged with murder Friday in the death of the 15-year-old.", [(CHARGED, 4)]),
    # the arrest is the count's own verb: people arrested, as before
    ("Three men have been arrested and charged in the killing of the clerk.", [(ARRESTED, 3)]),
    ("Police arrested two men in the shooting on Saturday.", [(ARRESTED, 2)]),
]


def _held(claims):
    return [c for c in claims if c.subject_label in (CHARGED, ARRESTED)]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_charged_counts(pipeline, sentence, expected):
    got = [(c.subject_label, c.value.low) for c in _held(claims_of_text(pipeline, sentence))]
    assert got == expected


def _findings(a: str, b: str) -> list[tuple[str, str]]:
    return [
        (f.status.value, f.subject_label)
        for f in findings_of(a, b)
        if f.subject_label in (CHARGED, ARRESTED) and len({c.report for c in f.claims}) == 2
    ]


def test_two_numbers_charged_are_a_possible_conflict_only():
    a = "Four people have been charged in the shooting death of a Dayton teenager."
    b = "Two people have been charged in the shooting death of a Dayton teenager."
    assert _findings(a, b) == [(Status.possible_conflict.value, CHARGED)]


def test_one_number_charged_agrees():
    a = "Two men were charged Tuesday in the shooting death of a Dayton teenager."
    b = "Prosecutors charged two men in the shooting death of a Dayton teenager."
    assert _findings(a, b) == [(Status.agree.value, CHARGED)]


def test_the_charged_are_never_set_against_the_arrested():
    a = "Two people have been charged in the shooting death of a Dayton teenager."
    b = "Police arrested three men in the shooting death of a Dayton teenager."
    assert _findings(a, b) == []


def _internal(text: str) -> list[tuple[str, int, tuple[float | None, ...]]]:
    other = "A man was killed in a shooting in Dayton on Saturday."
    return [
        (f.status.value, f.claims[0].report, tuple(c.value.low for c in f.claims))
        for f in findings_of(text, other)
        if f.internal and f.subject_label == CHARGED
    ]


def test_more_named_as_charged_than_the_report_counts_is_an_internal_conflict(pipeline):
    text = (
        "Two people have been charged in the killing of a man in Dayton on Saturday, police said. "
        "John Smith and Mark Jones and Lee Brown have each been charged with murder."
    )
    claims = _held(claims_of_text(pipeline, text))
    assert sorted(c.value.low for c in claims) == [2, 3]
    assert _internal(text) == [(Status.conflict.value, 0, (2, 3))]


def test_the_named_charged_against_a_total_told_by_prosecutors(pipeline):
    text = (
        "Prosecutors charged two men Tuesday in the shooting death of a Dayton teenager. "
        "Ann Lee and Paul Ortiz and Ray Cole were charged with murder, records show."
    )
    assert sorted(c.value.low for c in _held(claims_of_text(pipeline, text))) == [2, 3]
    assert _internal(text) == [(Status.conflict.value, 0, (2, 3))]


def test_naming_fewer_than_the_report_counts_is_no_difference(pipeline):
    text = (
        "Three people have been charged in the killing of a man in Dayton on Saturday, police said. "
        "John Smith and Mark Jones have been charged with murder."
    )
    assert sorted(c.value.low for c in _held(claims_of_text(pipeline, text))) == [2, 3]
    assert _internal(text) == []


def test_nobody_charged_yet_against_a_later_charge():
    a = "Nobody has been charged in the shooting death of a Dayton teenager."
    b = "Two people have been charged in the shooting death of a Dayton teenager."
    assert _findings(a, b) == [(Status.compatible.value, CHARGED)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prosecutors showed the video at the trial of the two men charged with murdering the clerk.",
        "The lawyer for the two guards, who have been charged with murder, spoke on Monday.",
    ],
)
def test_people_told_as_charged_by_a_clause_after_them(pipeline, sentence):
    assert [(c.subject_label, c.value.low) for c in _held(claims_of_text(pipeline, sentence))] == [
        (CHARGED, 2)
    ]
