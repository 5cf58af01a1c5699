"""Sums of money are never counts of people.

South Asian disaster copy gives compensation beside the toll, in the lakh
and crore its counts of people are written in: "an ex-gratia of Rs 10 lakh
to the next of kin of each deceased and Rs 2.5 lakh to the grievously
injured".  Read without its currency, "2.5 lakh" to the injured was 250,000
people injured, set against the other report's injured.  Each case is a
pattern of such reporting in our own invented sentences (places and names
made up), varied by currency (Rs, ₹, Tk, taka, rupees, PKR, NPR, $, £),
by whom the sum goes to ("each deceased", "to the injured", "each victim's
family") and with a count of people in lakh or a toll beside a sum in the
same sentence.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of_text, findings_of

COUNT_KINDS = {"killed", "injured", "missing", "arrested", "other_count"}

CASES = [
    # a sum to the injured or the dead, alone: no count at all
    (
        "The minister announced an ex-gratia of Rs 10 lakh to the next of kin of each deceased "
        "and Rs 2.5 lakh to the grievously injured.",
        [],
    ),
    ("Rs 50,000 will be given to each of the injured, the district collector said.", []),
    (
        "The chief minister announced ₹2 lakh from the relief fund for the kin of each deceased "
        "and ₹50,000 to the injured.",
        [],
    ),
    ("The labour ministry announced Tk 5 lakh for each victim's family.", []),
    ("A solatium of Rs. 3 lakh each will go to the families of the deceased.", []),
    ("The owners will pay 2 lakh taka to the injured workers.", []),
    ("Families of the injured will get 25,000 rupees each.", []),
    ("The provincial government announced PKR 500,000 for each of the wounded.", []),
    ("Each injured passenger will receive NPR 100,000 from the state.", []),
    ("The company offered $5,000 to each of the injured miners.", []),
    # the sign glued to the figure ("Rs200,000"): a sum, never a count (and never "000" people)
    ("The province gave Rs1 million to the family of each person killed and Rs300,000 to each injured.", []),
    ("The county will give KSh50,000 to each of the injured, the governor said.", []),
    ("Tk20,000 will go to each family of the dead in Barvoli.", []),
    ("The mayor gave ₱20,000 to each of the wounded.", []),
    # a toll beside a sum: the toll is read, the sum is not
    (
        "Over 2 lakh people were affected and the state announced Rs 4 lakh to the families "
        "of each of the 12 dead.",
        # the people affected are counted in lakh (extract/counts/plight.py), the sum is not
        [("killed", 12, 12), ("other_count", 200_001, None)],
    ),
    (
        "The mill owners will pay 2 lakh taka to the family of each of the 23 workers who died.",
        [("killed", 23, 23)],
    ),
    (
        "Nine people were injured in Torvali, and Rs 1 lakh each was sanctioned to the injured.",
        [("injured", 9, 9)],
    ),
    # a count of people in lakh is read with its value beside a sum in lakh
    (
        "The flood killed 1.2 lakh cattle, and the government gave Rs 2 lakh to the 40 injured.",
        [("injured", 40, 40)],
    ),
    (
        "Officials said 2 lakh people were injured or fell ill, and Rs 50,000 was paid to each of the dead.",
        [("injured", 200_000, 200_000)],
    ),
]


def _counts(pipeline, sentence):
    claims = claims_of_text(pipeline, sentence)
    return sorted(
        (c.kind.value, c.value.low, c.value.high)
        for c in claims
        if c.kind.value in COUNT_KINDS and not c.subject.startswith("count:")
    )


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_a_sum_of_money_counts_no_one(pipeline, sentence, expected):
    assert _counts(pipeline, sentence) == sorted(expected)


def test_two_reports_giving_other_sums_do_not_conflict_on_the_toll():
    """Both reports tell eleven dead; the sums they give to the injured and
    to the kin of the dead are no tolls to set against each other."""
    a = (
        "Eleven people were killed and 30 injured when the Karvel Express derailed near Ostapur "
        "on Tuesday night. The railway minister announced an ex-gratia of Rs 10 lakh to the next "
        "of kin of each deceased and Rs 2.5 lakh to the grievously injured."
    )
    b = (
        "At least 11 people died and about 30 were hurt after the Karvel Express derailed near "
        "Ostapur on Tuesday night. The railway ministry said Rs 5 lakh would be given to the kin "
        "of each deceased."
    )
    killed = [
        sorted(str(c.value.low) for c in f.claims)
        for f in findings_of(a, b, min_confidence=0.0)
        if f.kind.value == "killed"
    ]
    assert killed == [["11.0", "11.0"]]
