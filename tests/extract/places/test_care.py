"""The hospital a casualty was taken to (extract/places/care.py): a named
hospital after a verb of carrying and "to", or of staying and "at", is a
claim of subject ``hospital`` whose bearer is the one taken.

Patterns from ECB+ (CC BY 3.0): "The teen was rushed to Kings County
Hospital but he later died" (topic 19), "taken to Fairview Southdale
Hospital in Edina" (topic 21); and from the US shooting and New Zealand
surf reports the written sets paraphrase ("paramedics took him to ...",
"was taken by ambulance to ...", "was pronounced dead at ..."), each varied
in names, hospitals, order and tense."""

from __future__ import annotations

import pytest

from reportcheck.extract.core.base import claims_of
from reportcheck.knowledge.venues import same_hospital
from reportcheck.knowledge.vocabulary import HOSPITAL


def _hospitals(pipeline, text: str) -> list[tuple[str, str | None, bool, bool]]:
    """(hospital's key, bearer, group, more stops) of each hospital claim of ``text``."""
    doc = pipeline(text)
    return [
        (c.value.name, c.frame.bearer, bool(c.place.group), bool(c.place.more_stops))
        for c in claims_of(doc)
        if c.subject == HOSPITAL
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ECB+ 19: the one carried, by a noun
        (
            "The teen was rushed to Kings County Hospital but he later died.",
            [("kings county hospital", "teen", False, False)],
        ),
        (
            "The boy was rushed to Lakeview County Hospital, where he died hours later.",
            [("lakeview county hospital", "boy", False, False)],
        ),
        # ECB+ 21, varied: a town after the hospital's name
        (
            "She was taken to Riverside Southdale Hospital in Edmore.",
            [("riverside southdale hospital", "She", False, False)],
        ),
        # the one carried as the object, named
        (
            "Paramedics took Marcus Bell to Harlow Medical Center, where he was pronounced dead.",
            [("harlow medical center", "Marcus Bell", False, False)],
        ),
        (
            "A neighbour drove Dana Reyes to Mercy Crest Hospital on Sunday night.",
            [("mercy crest hospital", "Dana Reyes", False, False)],
        ),
        # a short phrase of how between the verb and "to"
        (
            "She was taken by ambulance to Tamaki Hospital in a moderate condition.",
            [("tamaki hospital", "She", False, False)],
        ),
        # a university's hospital: the name runs on to the hospital's head
        (
            "The woman was taken to Calder University Hospital, where she died.",
            [("calder university hospital", "woman", False, False)],
        ),
        (
            "He was airlifted to Brennan University Medical Center in critical condition.",
            [("brennan university medical center", "He", False, True)],
        ),
        # a verb of staying and "at"
        (
            "He was pronounced dead at Stroger Hospital, police said.",
            [("stroger hospital", "He", False, False)],
        ),
        (
            "The driver was treated at Oakmont Regional Medical Center for cuts.",
            [("oakmont regional medical center", "driver", False, False)],
        ),
        # several taken
        (
            "The three victims were taken to Bellmore Hospital in stable condition.",
            [("bellmore hospital", "victims", True, False)],
        ),
        # a second stop in the sentence: both stops are one of several
        (
            "The girl was taken by ground ambulance to Minton Memorial Hospital and then airlifted to "
            "Portvale Medical Center.",
            [
                ("minton memorial hospital", "girl", False, True),
                ("portvale medical center", "girl", False, True),
            ],
        ),
        (
            "The child was later transferred to Hartley Children's Hospital.",
            [("hartley children's hospital", "child", False, True)],
        ),
        # two hospitals in two sentences: the report tells more than one stop
        (
            "One man was taken to Ashford Hospital. A woman was rushed to Kellan Medical Center.",
            [("ashford hospital", "man", False, True), ("kellan medical center", "woman", False, True)],
        ),
    ],
)
def test_a_named_hospital_someone_was_taken_to_is_claimed_with_its_bearer(pipeline, text, expected):
    assert _hospitals(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a hospital unnamed: "the hospital", "a local hospital"
        "The teen was rushed to a local hospital but he later died.",
        "He was taken to the hospital with a gunshot wound.",
        # a name of generic words only names no hospital of its own
        "The girl was transported to Children's Hospital on Friday.",
        # a hospital's spokesman, its staff, a gift to it: no one taken there
        "A spokeswoman for Beaumont Hospital said the man was in stable condition.",
        "She had worked as a nurse at Grantley Hospital for 20 years.",
        "The family asked for donations to Elmwood Children's Hospital.",
        # a town's hospital, its head in small letters: no hospital's name
        "The child was taken to the Millbrook hospital where he died.",
        "Both were flown to a Casper hospital on Sunday.",
        # a venue of another kind after a verb of carrying
        "The suspect was taken to the Harris County Jail.",
    ],
)
def test_no_one_taken_to_a_named_hospital_is_no_hospital_claim(pipeline, text):
    assert _hospitals(pipeline, text) == []


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Jacobi Hospital", "Jacobi Medical Center", True),
        ("Hahnemann University Hospital", "Hahnemann Hospital", True),
        ("Comer's Children's Hospital", "Comer Children's Hospital", True),
        ("Waitākere Hospital", "Waitakere Hospital", True),
        # a short name or a campus: one holds the other's words
        ("Comer Children's Hospital", "University of Chicago Medicine Comer Children's Hospital", None),
        ("Royal Melbourne Hospital", "Royal Melbourne", True),
        ("UW-Madison Hospital", "UW Hospital", None),
        # two hospitals
        ("Auckland City Hospital", "Waitākere Hospital", False),
        ("Mount Sinai Hospital", "Cook County Hospital", False),
    ],
)
def test_two_names_of_a_hospital(a, b, same):
    assert same_hospital(a, b) is same
