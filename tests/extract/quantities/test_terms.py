"""Prison terms whose words say whose they are.

Each case is a pattern of reporting (our own sentences, varied from how
charge and trial reports give terms; the first pair follows ECB+ 33_1ecb
and 33_3ecb, CC BY 3.0): the most a defendant faces and the term a court
gave, in years, in years to life, or for life; and figures of years that
are no term (an age, a marriage, time done, probation), which must give
no claim.
"""

from __future__ import annotations

import pytest

from reportcheck.extract.quantities.terms import LIFE
from tests.conftest import claims_of_text, findings_of

FACED, GIVEN = "maximum term faced", "term given"

CASES = [
    ("Okafor faces a maximum sentence of 20 years to life in prison if convicted.", [(FACED, 20, None)]),
    ("Okafor faces up to 20 years to life if convicted of murder.", [(FACED, 20, None)]),
    ("The 22-year-old could face life in prison.", [(FACED, LIFE, LIFE)]),
    ("She was sentenced to 30 years to life.", [(GIVEN, 30, None)]),
    ("A judge sentenced him to life without parole on Friday.", [(GIVEN, LIFE, LIFE)]),
    ("He was jailed for nine years in 2011.", [(GIVEN, 9, 9)]),
    ("He was handed an 18-year sentence.", [(GIVEN, 18, 18)]),
    # no term: an age, a marriage, time done, probation, a count of terms
    ("The 19-year-old was arrested on Monday.", []),
    ("The couple had been married for 20 years.", []),
    ("He had served 10 years for robbery before his release.", []),
    ("After more than four years of delays, the man was sentenced to prison.", []),
    ("She was sentenced in May to three years probation.", []),
    ("He is serving four life sentences.", []),
]


def _terms(claims):
    return [c for c in claims if c.subject.startswith("term:")]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_term_claims(pipeline, sentence, expected):
    got = [(c.subject_label, c.value.low, c.value.high) for c in _terms(claims_of_text(pipeline, sentence))]
    assert got == expected


def _findings(a: str, b: str) -> list[tuple[str, str]]:
    return [
        (f.status.value, f.subject_label)
        for f in findings_of(a, b, min_confidence=0.0)
        if f.subject.startswith("term:") and len({c.report for c in f.claims}) == 2
    ]


def test_one_maximum_told_two_ways_agrees():
    a = "Okafor, who was arrested a week later, faces a maximum sentence of 20 years to life in prison."
    b = "Okafor faces up to 20 years to life if convicted of second-degree murder."
    assert _findings(a, b) == [("agree", FACED)]


def test_a_life_term_fits_years_to_life():
    a = "Reyes was sentenced to 25 years to life on Tuesday."
    b = "A judge sentenced Reyes to life in prison on Tuesday."
    assert _findings(a, b) == [("compatible", GIVEN)]


def test_the_term_faced_is_never_set_against_the_term_given():
    a = "Reyes faces up to 40 years in prison."
    b = "Reyes was sentenced to 12 years in prison."
    assert _findings(a, b) == []
