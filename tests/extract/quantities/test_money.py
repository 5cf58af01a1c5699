"""Sums of money whose words say what they are the sum of.

Each case is a pattern of reporting (our own sentences, varied from how
lawsuit, theft and fire reports give sums): the damages a suit seeks, the
value of what was stolen, the cost of the damage done; and sums that are
none of these (a fund, a salary, donations sought), which must give no
claim, so that two reports' sums of different things are never set against
each other.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of_text, findings_of

CASES = [
    (
        "The deputy is suing the boy's family for more than $12 million.",
        [("damages sought", "USD", 12e6, None)],
    ),
    ("She has countersued the estate for $4.5m in damages.", [("damages sought", "USD", 4.5e6, 4.5e6)]),
    ("The widow seeks £2 million in damages from the council.", [("damages sought", "GBP", 2e6, 2e6)]),
    ("The gang snatched $96 million worth of watches and rings.", [("value stolen", "USD", 96e6, 96e6)]),
    ("Raiders stole jewels worth €40m from the shop.", [("value stolen", "EUR", 40e6, 40e6)]),
    ("A clerk was jailed for stealing $350K from the town.", [("value stolen", "USD", 350e3, 350e3)]),
    ("The blaze caused an estimated $3 million in damage.", [("cost of the damage", "USD", 3e6, 3e6)]),
    ("The storm caused more than 8 million euros in damages.", [("cost of the damage", "EUR", 8e6, None)]),
    # South Asian currencies and scales: lakh is 100,000, crore 10,000,000
    (
        "The fire caused an estimated Rs 3 crore in damage to the mill.",
        [("cost of the damage", "INR", 3e7, 3e7)],
    ),
    ("Robbers looted Tk 12 lakh from the branch.", [("value stolen", "BDT", 12e5, 12e5)]),
    ("Thieves stole 40 lakh taka from the depot.", [("value stolen", "BDT", 40e5, 40e5)]),
    ("The floods caused ₹450 crore in damages to roads.", [("cost of the damage", "INR", 450e7, 450e7)]),
    ("Dacoits stole PKR 2.5 million from the van.", [("value stolen", "PKR", 2.5e6, 2.5e6)]),
    ("The landslide caused NPR 80 million in damage.", [("cost of the damage", "NPR", 80e6, 80e6)]),
    # compensation to the dead and the injured is no role the rules name: no claim
    ("The state announced an ex-gratia of Rs 4 lakh to the kin of each deceased.", []),
    # sums of no role the rules name: no claim
    ("The city set aside $5 million for a new training centre.", []),
    ("A fund seeking $20,000 in donations was set up for the family.", []),
    ("He earned 40,000 dollars a year.", []),
    ("The robbers fled in a car bought for 600 dollars.", []),
]


def _money(claims):
    return [c for c in claims if c.subject.startswith("money:")]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_money_claims(pipeline, sentence, expected):
    got = [
        (c.subject_label, c.value.unit, c.value.low, c.value.high)
        for c in _money(claims_of_text(pipeline, sentence))
    ]
    assert got == expected


def _findings(a: str, b: str) -> list[tuple[str, str]]:
    return [
        (f.status.value, f.subject_label)
        for f in findings_of(a, b, min_confidence=0.0)
        if f.subject.startswith("money:") and len({c.report for c in f.claims}) == 2
    ]


def test_one_lawsuit_told_two_ways_agrees():
    a = "The officer is suing the teen's estate for more than $12 million, the paper said."
    b = "The officer has countersued the estate for more than $12 million in damages."
    assert _findings(a, b) == [("agree", "damages sought")]


def test_sums_in_two_currencies_are_never_set_against_each_other():
    """No rate of the day is known, and a roundup of thefts gives each theft
    in its own currency."""
    a = "Armed robbers snatched $96 million worth of rings and watches from the boutique."
    b = "Robbers in wigs stole £61m of rings and watches from the boutique."
    assert _findings(a, b) == []


def test_two_sums_of_one_role_that_differ_conflict():
    a = "The fire caused an estimated $2 million in damage to the warehouse."
    b = "The fire caused an estimated $9 million in damage to the warehouse."
    assert _findings(a, b) == [("conflict", "cost of the damage")]


def test_sums_of_different_roles_are_never_set_against_each_other():
    a = "Thieves stole $3 million worth of paintings from the museum."
    b = "The museum is suing its insurer for $7 million."
    assert _findings(a, b) == []


def test_a_difference_of_sums_is_a_possible_conflict_by_default():
    """A roundup gives the sums of earlier thefts beside this one's: a
    difference of two sums alone is not enough to call a conflict."""
    a = "Robbers stole $2.6 million of watches in Monday's raid."
    b = "Robbers stole almost $2 million of watches from the hotel safe."
    statuses = [f.status.value for f in findings_of(a, b) if f.subject.startswith("money:")]
    assert statuses == ["possible_conflict"]
