"""A part of the people on board (the passengers, the crew: scope
``subgroup:KIND``) against the other report's everyone on board
(compare/kindred.py): the same figure agrees, a smaller one is within it,
a larger one is the part-whole conflict (compare/scopes.py).  Invented
sentences in the forms of wire copy on crashes ("The jet was carrying 278
passengers", "with about 278 people aboard"), varied."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.models import Finding, Status
from tests.conftest import findings_of

ON_BOARD = "people on board"

CASES = [
    (
        "the passengers alone against the same figure aboard",
        "A plane crashed near Lagos on Sunday. The jet was carrying 278 passengers, the airline said.",
        "A passenger jet crashed near Lagos on Sunday with about 278 people aboard, officials said.",
        ("278 passengers", "278 people"),
        Status.agree,
    ),
    (
        "fewer passengers than the people on board",
        "A bus plunged into a ravine in Nepal on Friday. The bus was carrying 40 passengers, police said.",
        "A bus with 44 people on board plunged into a ravine in Nepal on Friday, police said.",
        ("40 passengers", "44 people"),
        Status.compatible,
    ),
    (
        "more passengers than the people on board",
        "A plane crashed near Lagos on Sunday. The jet was carrying 200 passengers, the airline said.",
        "A passenger jet crashed near Lagos on Sunday with 150 people on board, officials said.",
        ("200 passengers", "150 people"),
        Status.conflict,
    ),
    (
        "a hedged passenger count just above the people on board, within its rounding",
        (
            "A ferry capsized off Marovo on Tuesday. "
            "The ferry was carrying about 120 passengers, the port authority said."
        ),
        "A ferry with 118 people on board capsized off Marovo on Tuesday, police said.",
        ("120 passengers", "118 people"),
        None,
    ),
    (
        "a hedged passenger count beyond its rounding of the people on board",
        (
            "A ferry capsized off Marovo on Tuesday. "
            "The ferry was carrying about 120 passengers, the port authority said."
        ),
        "A ferry with 95 people on board capsized off Marovo on Tuesday, police said.",
        ("120 passengers", "95 people"),
        Status.conflict,
    ),
]


def _findings(first: str, second: str) -> list[Finding]:
    return findings_of(first, second, day=dt.date(2026, 4, 10))


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_part_aboard_against_everyone_aboard(pipeline, case):
    _, a, b, (part_text, whole_text), status = case
    findings = _findings(a, b)
    read = {
        (c.report, c.evidence.text, c.frame.scope)
        for f in findings
        if f.subject == ON_BOARD
        for c in f.claims
    }
    assert (0, part_text, "subgroup:passenger") in read, read
    assert (1, whole_text, None) in read, read
    together = [
        f
        for f in findings
        if {(c.report, c.evidence.text) for c in f.claims} >= {(0, part_text), (1, whole_text)}
    ]
    if status is None:  # no conflict between them, whatever else is said
        assert Status.conflict not in {f.status for f in together}, [f.explanation for f in together]
        return
    assert {f.status for f in together} == {status}, [f.explanation for f in together]


def test_no_one_whole_where_a_report_gives_two(pipeline):
    """Two figures of everyone on board in one report (a revision) give no
    one whole the passengers can agree with or fit in."""
    a = "A plane crashed near Lagos on Sunday. The jet was carrying 140 passengers, the airline said."
    b = (
        "A passenger jet crashed near Lagos on Sunday with 150 people on board, officials said. "
        "Officials later said 160 people had been on board."
    )
    findings = _findings(a, b)
    read = {(c.report, c.evidence.text) for f in findings if f.subject == ON_BOARD for c in f.claims}
    assert (0, "140 passengers") in read and (1, "150 people") in read, read
    alone = [
        f
        for f in findings
        if f.status is Status.only_in_one and f.claims[0].evidence.text == "140 passengers"
    ]
    assert alone, [f.explanation for f in findings if f.subject == ON_BOARD]


def test_a_crew_alone_is_not_set_beside_everyone_aboard(pipeline):
    """A crew fits within any load, also another vessel's the other report
    tells beside it: it says nothing and is left alone."""
    a = "Pirates seized a Thai boat off Somalia on Tuesday. Sixteen crew members were aboard the boat."
    b = "Pirates seized a Thai boat off Somalia. A cruise ship evacuated some 420 passengers and crew."
    findings = _findings(a, b)
    read = {
        (c.report, c.evidence.text, c.frame.scope)
        for f in findings
        if f.subject == ON_BOARD
        for c in f.claims
    }
    assert (0, "Sixteen crew members", "subgroup:crew") in read, read
    assert not [f for f in findings if f.subject == ON_BOARD and {c.report for c in f.claims} == {0, 1}]


def _disputed_on_board(a: str, b: str) -> list[list[float | None]]:
    """The figures of each conflict or possible conflict of the people on board."""
    return [
        sorted(c.value.low for c in f.claims)
        for f in _findings(a, b)
        if f.subject == ON_BOARD and f.status in (Status.conflict, Status.possible_conflict)
    ]


def test_wholes_summed_from_lists_that_differ_by_one_part_are_one_row(pipeline):
    """ "220 passengers and 40 crew" against "190 passengers and 40 crew":
    the passengers are in conflict, and the sums 260 and 230 differ by the
    same 30 people, so they are not flagged again (compare/summed_wholes.py)."""
    a = (
        "A ferry caught fire off Selvik on Friday. "
        "The Nordholm was carrying 220 passengers and 40 crew members, the coast guard said."
    )
    b = "A ferry with 190 passengers and 40 crew on board caught fire off Selvik on Friday, officials said."
    disputed = _disputed_on_board(a, b)
    assert disputed == [[190, 220]], disputed


def test_wholes_that_differ_beyond_the_disputed_part_stay(pipeline):
    """A whole that counts more than the other report's list explains stays
    a conflict of its own: 300 aboard against 190 + 40."""
    a = (
        "A ferry caught fire off Selvik on Friday with 300 people aboard. "
        "It was carrying 220 passengers, the coast guard said."
    )
    b = "A ferry with 190 passengers and 40 crew on board caught fire off Selvik on Friday, officials said."
    disputed = _disputed_on_board(a, b)
    assert [230, 300] in disputed, disputed


@pytest.mark.parametrize(
    "lede",
    [
        "A ferry with 260 people aboard caught fire off Selvik on Friday.",
        "A ferry carrying 260 people caught fire off Selvik on Friday, the coast guard said.",
    ],
)
def test_a_whole_a_report_states_on_its_own_stays(pipeline, lede):
    """A whole the reporter wrote in words of its own ("carrying 260 people"
    in the lede, "220 passengers and 40 crew" further down) is a figure an
    editor checks against the other report's 190 + 40, not the tool's sum
    of one list: its conflict stays beside the passengers'."""
    a = f"{lede} The Nordholm was carrying 220 passengers and 40 crew members, officials said."
    b = "A ferry with 190 passengers and 40 crew on board caught fire off Selvik on Friday, officials said."
    findings = _findings(a, b)
    disputed = [
        sorted(c.value.low for c in f.claims)
        for f in findings
        if f.subject == ON_BOARD and f.status in (Status.conflict, Status.possible_conflict)
    ]
    assert [190, 220] in disputed, disputed
    assert any(260 in values and 230 in values for values in disputed), disputed
