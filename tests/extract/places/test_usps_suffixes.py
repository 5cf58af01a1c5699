"""Street words of the USPS list (Publication 28 Appendix C1,
knowledge/data/usps_street_suffixes.csv) beyond the ones read anywhere:
"Circle", "Court", "Crossing", "Square", "Trail", "Run".  A name before one
is a street only where a house or block number or a street's words go with
it, so landmarks and ordinary words stay no streets ("Times Square",
"Superior Court", "the Pine Ridge reservation").  Sentences invented in the
patterns of local crime reports (recall14 r14_09, r14_01, r14_05 shapes)."""

from __future__ import annotations

import pytest

from reportcheck.api import compare_reports
from reportcheck.extract.places.venues import street_spots
from reportcheck.knowledge.venues import guarded_street_forms, usps_street_suffixes
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Status


def _keys(text: str) -> list[tuple[str, str | None]]:
    return [(s.key, s.number) for s in street_spots(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four men were leaving the Elm Apartments at 4400 Harbor Square on the east side.",
            ("harbor square", "4400"),
        ),
        ("Deputies were called to the 7100 block of Larkfield Circle.", ("larkfield circle", "7100")),
        ("It happened at a home on Brinley Circle near North Oak Road.", ("brinley circle", None)),
        ("The boy was shot at 512 Dunmore Ct. late Friday.", ("dunmore court", "512")),
        (
            "Officers found him in the 2300 block of Tolliver Crossing, police said.",
            ("tolliver crossing", "2300"),
        ),
        ("A teen was staying in the 4100 block of Quiet Run when the gun went off.", ("quiet run", "4100")),
        ("The man was found on Coyote Trail in Norcross.", ("coyote trail", None)),
    ],
)
def test_a_usps_street_word_with_a_streets_form_is_read(text, expected):
    assert expected in _keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands gathered in Times Square on Friday night.",
        "He appeared in Superior Court on Monday.",
        "She lives on the Pine Ridge reservation with her family.",
        "The family moved into the Harbor Square apartments last year.",
        "The Lakeside Circle was quiet, neighbors said.",
        "A rally was held on Capitol Hill after the shooting.",
    ],
)
def test_no_street_without_its_form(text):
    assert _keys(text) == []


def test_an_ordinal_streets_court_stays_read_anywhere():
    assert ("61st court", None) in _keys("It happened in the 3800-block of 61st Court, police said.")


def test_the_usps_list_is_data_with_its_abbreviations():
    suffixes = usps_street_suffixes()
    assert len(suffixes) > 190
    assert suffixes["circle"][:2] == ["circle", "cir"] and suffixes["crossing"][1] == "xing"
    guarded = guarded_street_forms()
    assert guarded["cir"] == "circle" and guarded["xing"] == "crossing" and guarded["sq"] == "square"
    for left_out in ("park", "plaza", "center", "hill", "ky", "mt", "street", "avenue"):
        assert left_out not in guarded


def _street_findings(a: str, b: str):
    comparison = compare_reports([load_text(a), load_text(b)], same_incident=True)
    return [f for f in comparison.findings if f.kind is ClaimKind.location and f.subject == "street"]


def test_one_numbered_street_with_two_street_words_is_set_apart(pipeline):
    found = _street_findings(
        "The shooting happened about 3 a.m. at 4400 Harbor Square on the east side.",
        "Police were called at 2:45 a.m. for the shooting in the 4400 block of Harbor Drive.",
    )
    assert any(f.status in (Status.conflict, Status.possible_conflict) for f in found), found


def test_a_circle_and_a_road_of_one_name_unnumbered_are_not_set_apart(pipeline):
    """Negative: a subdivision's Brinley Circle often lies off its Brinley Road."""
    found = _street_findings(
        "The shooting happened at a home on Brinley Circle, deputies said.",
        "The shooting happened at a home on Brinley Road, deputies said.",
    )
    assert not any(f.status in (Status.conflict, Status.possible_conflict) for f in found)
    assert {c.value.name for f in found for c in f.claims} == {"brinley circle", "brinley road"}


def test_one_circle_told_twice_agrees(pipeline):
    found = _street_findings(
        "Deputies were called to the 7100 block of Larkfield Circle for a shooting.",
        "The shooting happened at a home on Larkfield Circle, deputies said.",
    )
    assert any(f.status in (Status.agree, Status.compatible) for f in found), found
