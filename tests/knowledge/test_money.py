"""Whether a figure is a sum of money, read from rules/money.yaml's currencies."""

from __future__ import annotations

import pytest

from reportcheck.knowledge.money import currency_after, currency_before, is_sum_of_money


def _figure(text: str, figure: str) -> bool:
    start = text.index(figure)
    return is_sum_of_money(text, start, start + len(figure))


@pytest.mark.parametrize(
    ("text", "figure", "money"),
    [
        ("an ex-gratia of Rs 10 lakh to the kin", "10 lakh", True),
        ("and Rs. 2.5 lakh to the grievously injured", "2.5 lakh", True),
        ("₹50,000 to the injured", "50,000", True),
        ("Tk 5 lakh for each victim's family", "5 lakh", True),
        ("PKR 1 million for the families", "1 million", True),
        ("NPR 200,000 each", "200,000", True),
        ("5 lakh rupees to each family", "5 lakh", True),
        ("2 lakh taka to the injured", "2 lakh", True),
        ("$5,000 to each miner", "5,000", True),
        # counts of people, and a sign's letters inside a word, are no sums
        ("over 2.1 lakh people hit in 11 districts", "2.1 lakh", False),
        ("the 12 hrs 5 people waited", "5", False),
        ("Marks 3 lakh devotees", "3 lakh", False),
    ],
)
def test_is_sum_of_money(text, figure, money):
    assert _figure(text, figure) is money


def test_the_currencies_of_south_asia_are_known():
    assert {currency_before()[s] for s in ("rs", "₹", "tk", "pkr", "npr")} == {"INR", "BDT", "PKR", "NPR"}
    assert currency_after()["taka"] == "BDT"
