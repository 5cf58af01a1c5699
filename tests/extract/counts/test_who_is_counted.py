"""Whom a casualty count covers, as the claim records it: an injured figure
read from "N people were shot" in a report that tells of no death is
everyone hit (``derived`` ``all_harmed``), and a toll of the dead in a
report that tells the attacker killed himself may count him (``attacker``
``possible``).  Sentences written for this test in the shapes reporters use."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text

MAY_COUNT_HIM_2 = ("killed", 2, "attacker", "possible")
MAY_COUNT_HIM_3 = ("killed", 3, "attacker", "possible")
MAY_COUNT_HIM_4 = ("killed", 4, "attacker", "possible")
MAY_COUNT_HIM_SHOT = ("other_count", 3, "attacker", "possible")
CASES = [
    # no death told: the people shot are everyone hit, dead or alive
    ("A gunman shot three people at a print shop in Omaha on Monday.", "injured", 3, "derived", "all_harmed"),
    ("Six teenagers were shot near a basketball court late Friday.", "injured", 6, "derived", "all_harmed"),
    # the deaths told beside them settle who was injured
    ("Four people were shot, two fatally, at a bus stop in Gary.", "injured", 2, "derived", "harmed"),
    ("The gunman shot five customers, killing one, before he fled.", "injured", 4, "derived", "harmed"),
    # the attacker took his own life: a general toll may count him
    ("Three people are dead after what police called a murder-suicide in Tyler.", *MAY_COUNT_HIM_3),
    ("Two people were killed Sunday, and the shooter later took his own life.", *MAY_COUNT_HIM_2),
    ("Four bodies were found in the house; the woman had shot herself, police said.", *MAY_COUNT_HIM_4),
    ("Deputies found three people with gunshot wounds in an apparent murder-suicide.", *MAY_COUNT_HIM_SHOT),
    # ... not his victims
    ("The man shot and killed two neighbours before killing himself.", "killed", 2, "attacker", None),
    ("The three victims died before the gunman turned the gun on himself.", "killed", 3, "attacker", None),
    # ... nor a toll where no attacker died
    ("Three people are dead after a shooting at a bar in Tyler.", "killed", 3, "attacker", None),
    ("Five people were killed, including the gunman.", "killed", 5, "attacker", "included"),
]


@pytest.mark.parametrize(("text", "kind", "low", "field", "want"), CASES, ids=[c[0][:48] for c in CASES])
def test_who_a_count_covers(pipeline, text, kind, low, field, want):
    counts = [
        c
        for c in claims_of_text(pipeline, text)
        if c.kind.value == kind and c.value.low == low and c.frame.scope is None
    ]
    assert counts, [(c.kind.value, c.value.low, c.evidence.text) for c in claims_of_text(pipeline, text)]
    assert getattr(counts[0].count, field) == want


SEX_TOLD = [
    # a word of sex before a noun of anyone counts that sex, as "a woman" does
    ("A 52-year-old female bystander was grazed by a bullet fragment.", "injured", 1, "women"),
    ("Police said a male victim was pronounced dead at the scene.", "killed", 1, "men"),
    ("Two male victims were taken to a hospital with gunshot wounds.", "injured", 2, "men"),
    # a noun of anyone with no word of sex is everyone
    ("A bystander was grazed by a bullet fragment.", "injured", 1, "all"),
]


@pytest.mark.parametrize(("text", "kind", "low", "group"), SEX_TOLD, ids=[c[0][:48] for c in SEX_TOLD])
def test_a_word_of_sex_before_a_noun_of_anyone_counts_that_sex(pipeline, text, kind, low, group):
    """ "A 45-year-old female bystander sustained a minor injury" is one
    woman, no toll of everyone: read as all, another report's "two young
    men" wounded was "more than the 1 in all"."""
    counts = [c for c in claims_of_text(pipeline, text) if c.kind.value == kind and c.value.low == low]
    assert counts, [(c.kind.value, c.value.low) for c in claims_of_text(pipeline, text)]
    assert {c.count.group for c in counts} == {group}
