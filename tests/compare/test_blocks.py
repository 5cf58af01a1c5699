"""One block number on two streets across two reports (compare/blocks.py).

US local reports place a shooting by its block ("officers responded to the
700 block of Oak Street") and by the streets that meet there ("on Oak Street
between Pine Avenue and West 9th Street").  The pattern is taken from GVC
same-incident pairs (one report's block on one street, the other's same
block number on the street the first names as its cross street); the
streets, towns and sentences are invented for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import compare_reports
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Finding, Status


def _blocks(a: str, b: str) -> list[Finding]:
    """The findings setting two blocks of two streets against each other."""
    reports = [load_text(text, date=dt.date(2026, 3, 10)) for text in (a, b)]
    return [
        f
        for f in compare_reports(reports).findings
        if f.kind is ClaimKind.location
        and f.subject == "street"
        and len(f.claims) == 2
        and all(c.place.block for c in f.claims)
        and len({c.value.name for c in f.claims}) == 2
    ]


SCENE_A = (
    "Two men were wounded in a shooting early Sunday in Fairmont, police said.\n\n"
    "Officers responded to the 400 block of Maple Avenue at about 1:30 a.m. after reports of shots"
    " fired and found two men with gunshot wounds."
)


@pytest.mark.parametrize(
    "b",
    [
        "Two men were hurt in a shooting in Fairmont early Sunday.\n\n"
        "Police were called to the 400 block of Birch Street around 1:30 a.m. Sunday, where they found"
        " two men who had been shot.",
        "Two men were shot early Sunday in Fairmont.\n\n"
        "Deputies were dispatched to the 400 block of Birch Street shortly after 1:30 a.m. on a report"
        " of a shooting.",
    ],
)
def test_one_block_number_on_two_unrelated_scene_streets_is_a_possible_conflict(pipeline, b):
    (finding,) = _blocks(SCENE_A, b)
    assert finding.status is Status.possible_conflict
    assert {c.evidence.text for c in finding.claims} == {
        "400 block of Maple Avenue",
        "400 block of Birch Street",
    }
    assert "one block number on two streets" in finding.reasons[0]


@pytest.mark.parametrize(
    "tie",
    [
        "It happened on Birch Street between Maple Avenue and Oak Lane.",
        "The shooting was reported near the corner of Birch Street and Maple Avenue.",
    ],
)
def test_a_street_the_other_report_names_as_its_cross_street_is_one_corner(pipeline, tie):
    b = (
        "Two men were hurt in a shooting in Fairmont early Sunday.\n\n"
        f"{tie} Police were called to the 400 block of Birch Street around 1:30 a.m. Sunday, where"
        " they found two men who had been shot."
    )
    findings = _blocks(SCENE_A, b)
    assert [f.status for f in findings] == [Status.compatible]
    assert "cross street" in findings[0].explanation
    assert not any(f.status in (Status.conflict, Status.possible_conflict) for f in _blocks(SCENE_A, b))


def test_a_victims_home_block_is_not_set_against_the_scene(pipeline):
    b = (
        "Two men were hurt in a shooting in Fairmont early Sunday.\n\n"
        "One of them, Dale Finch, of the 400 block of Birch Street, was shot in the leg, police said."
    )
    assert _blocks(SCENE_A, b) == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Dale Finch, who lived in the 900 block of Birch Street, was pronounced dead at the scene.", "home"),
        ("Dale Finch, 34, of the 900 block of Birch Street, was shot in the chest on Friday.", "home"),
        # the negative: a block after "in the" with the shooting is the scene
        ("Dale Finch was shot in the chest in the 900 block of Birch Street on Friday.", "scene"),
    ],
)
def test_a_block_after_lived_in_or_a_names_of_is_read_as_a_home(pipeline, text, role):
    from tests.conftest import claims_of_text

    claims = claims_of_text(pipeline, text)
    found = [
        c for c in claims if c.kind is ClaimKind.location and c.evidence.text == "900 block of Birch Street"
    ]
    assert [c.place.stated_as for c in found] == [role]


def test_two_block_numbers_on_two_streets_are_no_verdict(pipeline):
    b = (
        "Two men were hurt in a shooting in Fairmont early Sunday.\n\n"
        "Police were called to the 1200 block of Birch Street around 1:30 a.m. Sunday, where they found"
        " two men who had been shot."
    )
    assert _blocks(SCENE_A, b) == []


def test_one_street_spelled_one_letter_apart_is_not_two_streets(pipeline):
    b = (
        "Two men were hurt in a shooting in Fairmont early Sunday.\n\n"
        "Police were called to the 400 block of Mapel Avenue around 1:30 a.m. Sunday, where they found"
        " two men who had been shot."
    )
    assert _blocks(SCENE_A, b) == []


def test_a_numbered_spot_a_quarter_mile_away_is_no_cross_street(pipeline):
    # the story's two spots, the house and where the suspect was shot, each
    # with its block: a block on the first street is no corner of the second
    a = (
        "Two men were stabbed inside a house in the 800 block of Oak Road early Friday, deputies said."
        " The suspect was shot and killed by deputies on the 800 block of Pine Road."
    )
    b = (
        "Two men were stabbed early Friday at a home in the 800 block of Oak Road, deputies said.\n\n"
        "The suspect was shot and killed at the 300 block of Pine Road, about a quarter-mile from his"
        " home at the end of Oak Road."
    )
    assert not any("cross street" in f.explanation for f in _blocks(a, b))


def _scene(street: str, tie: str = "") -> str:
    return (
        "Two men were hurt in a shooting in Fairmont early Sunday.\n\n"
        f"{tie}Police were called to the 700 block of {street} around 1:30 a.m. Sunday, where they found"
        " two men who had been shot."
    )


@pytest.mark.parametrize(
    "tie",
    [
        "It happened on Oak Street between Washington Avenue and Elm Lane. ",
        "The shooting was reported near the corner of Oak Street and Washington Avenue. ",
    ],
)
def test_a_cross_street_of_one_name_and_another_street_word_is_no_corner(pipeline, tie):
    # a town's Washington Street and Washington Avenue are two streets: the
    # other report's cross street is not the first report's street
    (finding,) = _blocks(_scene("Washington Street"), _scene("Oak Street", tie))
    assert finding.status is Status.possible_conflict
    assert {c.evidence.text for c in finding.claims} == {
        "700 block of Washington Street",
        "700 block of Oak Street",
    }


def test_one_street_word_abbreviated_and_misspelt_is_one_street(pipeline):
    assert _blocks(_scene("Maple St"), _scene("Mapel Street")) == []


@pytest.mark.parametrize(
    ("tie", "status"),
    [
        ("A man was shot on Oak Street at Washington Street. ", Status.compatible),
        ("The shooting was at the intersection of Oak Street and Washington Street. ", Status.compatible),
        # the negative: "and" with no "between" or "corner of" joins two
        # clauses, not two streets; the other's street is then a street of
        # the story, no verdict
        ("A man was shot on Oak Street and ran to Washington Street. ", None),
        ("A man was shot on Oak Street and was found at Washington Street. ", None),
    ],
)
def test_and_or_at_ties_a_cross_street_only_as_a_corner(pipeline, tie, status):
    findings = _blocks(_scene("Washington Street"), _scene("Oak Street", tie))
    assert [f.status for f in findings] == ([status] if status else [])
