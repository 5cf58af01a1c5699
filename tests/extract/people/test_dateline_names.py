"""A lede that opens with a dateline and an em dash, then a full name with
an age in apposition ("CITY, St. (AP) — Name Name, 22, was shot"): the em
dash that closes a dateline is written "--" in the clean text
(load/normalise.py), as plain text writes it, so the name tagger finds the name it missed after a lone "-" (a
hyphen to it) and the age is that person's.  An en dash stays "-" (a range
of figures), as does an em dash inside a sentence, and a dateline before no name gives no named age.  Invented
sentences after how wire ledes are written."""

from __future__ import annotations

import pytest

from reportcheck.load import load_text

from ...conftest import claims_of_text

CASES = [
    (
        "SPRINGFIELD, Ill. (AP) \u2014 Darnell Hughes, 22, was shot late Friday outside a store.",
        "person:hughes",
        22,
    ),
    (
        "DAYTON, Ohio \u2014 Keisha Brown, 31, was found dead in her car early Sunday, police said.",
        "person:brown",
        31,
    ),
    ("CHICAGO (AP) \u2014 Tyrone Jackson, 19, was charged Monday with the killing.", "person:jackson", 19),
]


def _named_ages(pipeline, text: str) -> dict[str, float | None]:
    claims = claims_of_text(pipeline, text)
    return {
        c.subject: c.value.low for c in claims if c.kind.value == "age" and c.subject.startswith("person:")
    }


@pytest.mark.parametrize(("text", "subject", "age"), CASES, ids=[c[1] for c in CASES])
def test_a_name_after_a_dateline_em_dash_keeps_its_age(pipeline, text, subject, age):
    assert _named_ages(pipeline, text).get(subject) == age


def test_a_dateline_before_no_name_gives_no_named_age(pipeline):
    assert _named_ages(pipeline, "CHICAGO (AP) \u2014 Twenty-two people were shot over the weekend.") == {}


def test_a_datelines_em_dash_is_written_double_and_others_single():
    report = load_text("DAYTON, Ohio \u2014 Ages 10\u201312 were hurt \u2014 police said.")
    assert report.text == "DAYTON, Ohio -- Ages 10-12 were hurt - police said."
    start = report.text.index("--")
    # both dashes stand for the one em dash of the original
    assert report.original[slice(*report.original_span(start, start + 2))] == "\u2014"
    # inside a sentence the em dash stays "-", as every rule and parse was measured on
    assert (
        load_text("He fired 11 shots \u2014 the autopsy showed more.").text
        == "He fired 11 shots - the autopsy showed more."
    )


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # the place extractor's dateline, a date in the credit's brackets
        (
            "INDIANAPOLIS, Ind. (Jan. 8, 2016) \u2014 Police are looking for a gunman.",
            "INDIANAPOLIS, Ind. (Jan. 8, 2016) -- Police are looking for a gunman.",
        ),
        # a credit the page kept without its city
        ("(STMW) \u2014 A man was shot early Sunday.", "(STMW) -- A man was shot early Sunday."),
        # a Title Case headline glued to its dash is no dateline
        (
            "Man Shot Near Park \u2014 police are looking for the gunman.",
            "Man Shot Near Park - police are looking for the gunman.",
        ),
        # a hyphen inside a dateline's city is not its dash
        (
            "WILKES-BARRE, Pa. \u2014 A man was shot Friday.",
            "WILKES-BARRE, Pa. -- A man was shot Friday.",
        ),
    ],
)
def test_the_loader_writes_the_dash_of_the_place_extractors_dateline(text, clean):
    """One dateline pattern (knowledge/datelines.py) for the loader and the
    place extractor, and the credit alone besides."""
    assert load_text(text).text == clean
