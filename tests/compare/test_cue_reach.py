"""A cue qualifies the value it governs, not every value of its sentence,
and a revised figure is told apart from the one it replaces.

- "The quake, initially reported as a magnitude 6.6, struck at a depth of
  5.4 miles": the parser hangs the main verb on "reported" as a conjunct;
  the earlier account is the magnitude's only, and the depth stays the
  report's own (``clause_barriers`` in rules/cues.yaml).
- "the toll was revised down to 19, from 32 announced earlier", "fell to 156
  from 159": "from" under a verb of change gives the replaced figure
  (``superseded`` in rules/cues.yaml); the revision's day is the day of the
  statement, not of the incident (``own_actions`` in rules/dates.yaml).
- "the number of people unaccounted for fell to 156" counts the missing,
  never the dead of a toll in the clause before it (``number_nouns`` in
  rules/counts.yaml).

The sentences are invented in the patterns of wire updates on quakes, train
crashes and building collapses; names and figures are varied."""

from __future__ import annotations

import pytest

from reportcheck.knowledge.vocabulary import EARLIER_FIGURE
from tests.conftest import findings_of, report_claims


def _cued(text: str, kind: str) -> list[tuple[str, bool]]:
    """Each ``kind`` claim of ``text``: its words and whether an earlier-account cue marks it."""
    return [
        (c.evidence.text, any(h.category == "earlier_account" for h in c.hedges))
        for c in report_claims(text)
        if c.kind.value == kind
    ]


def _read(text: str) -> list[tuple[str, str, bool]]:
    """Each count of ``text``: kind, words, and whether it is framed as an earlier figure."""
    counts = ("killed", "injured", "missing", "arrested", "magnitude")
    return [
        (c.kind.value, c.evidence.text, (c.frame.measure or "").endswith(EARLIER_FIGURE))
        for c in report_claims(text)
        if c.kind.value in counts
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The earthquake, initially reported as a magnitude 7.1, struck at a depth of 12 kilometres.",
        "Officials said the tremor, initially reported as magnitude 5.9, was shallow, only 6 miles deep.",
        "The quake, initially reported as a magnitude 6.3, struck at a depth of 9 miles, the survey said.",
    ],
)
def test_an_earlier_account_of_the_magnitude_leaves_the_depth_alone(text):
    assert [cued for _, cued in _cued(text, "magnitude")] == [True]
    assert [cued for _, cued in _cued(text, "depth")] == [False]


def test_an_account_told_in_two_joined_clauses_stays_one_account():
    # a conjunct inside what was said is still what was said
    text = "Police initially said the driver was 41 and his passenger was 38."
    assert [cued for _, cued in _cued(text, "age")] == [True, True]


def test_a_depth_beside_an_earlier_magnitude_is_still_set_against_another_depth():
    a = "A magnitude 6.1 earthquake struck the region on Monday at a depth of 10 kilometres."
    b = (
        "The quake, initially reported as a magnitude 6.4, struck at a depth of 35 kilometres on Monday. "
        "The survey later put its magnitude at 6.1."
    )
    statuses = {f.status.value for f in findings_of(a, b) if f.kind.value == "depth"}
    assert statuses == {"conflict"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The death toll rose to 14 from 9, officials said.",
            [("killed", "14", False), ("killed", "9", True)],
        ),
        (
            "The ministry on Sunday lowered the death toll to 21, from 30 given earlier.",
            [("killed", "21", False), ("killed", "30", True)],
        ),
        (
            "The health ministry revised down the death toll to 17, from 26 announced on Friday.",
            [("killed", "17", False), ("killed", "26", True)],
        ),
        (
            "The death toll climbed to 7, and the number of people missing fell to 22 from 25.",
            [("killed", "7", False), ("missing", "22", False), ("missing", "25", True)],
        ),
        (
            "Police said the number of people arrested rose to 43 from 35 overnight.",
            [("arrested", "43", False), ("arrested", "35", True)],
        ),
    ],
)
def test_from_under_a_verb_of_change_gives_the_replaced_figure(text, expected):
    assert _read(text) == expected


def test_a_fall_from_a_height_is_no_replaced_figure():
    claims = report_claims("A roofer fell from 30 feet and was taken to hospital.")
    assert not any((c.frame.measure or "").endswith(EARLIER_FIGURE) for c in claims)
    assert all(h.category != "superseded" for c in claims for h in c.hedges)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The death toll rose to six on Sunday, and the number of people unaccounted for dropped to 120, "
            "officials said.",
            [("killed", "six", False), ("missing", "120", False)],
        ),
        (
            "The toll stood at 9, while the number of people missing rose to 31.",
            [("killed", "9", False), ("missing", "31", False)],
        ),
        ("The number of dead rose to 12 overnight.", [("killed", "12", False)]),
    ],
)
def test_a_number_of_people_takes_its_own_outcome(text, expected):
    assert _read(text) == expected


def test_the_day_a_toll_was_revised_dates_the_statement():
    text = (
        "The interior ministry on Tuesday revised down the death toll to 11. "
        "The bus overturned on Monday near the border."
    )
    days = {(c.evidence.text, c.subject) for c in report_claims(text) if c.kind.value == "date"}
    assert days == {("Tuesday", "statement"), ("Monday", "incident")}


def test_a_revised_toll_is_set_against_the_other_reports_first_toll():
    a = (
        "Two buses collided on a highway in the north of the country on Monday, killing 27 people "
        "and injuring 90, the health ministry said."
    )
    b = (
        "The health ministry on Tuesday revised down the death toll from Monday's bus collision to 15, "
        "from 27 announced earlier. At least 110 people were injured in Monday's collision, "
        "the minister said."
    )
    found = [
        (f.kind.value, f.status.value, sorted(c.evidence.text for c in f.claims)) for f in findings_of(a, b)
    ]
    killed = [(status, texts) for kind, status, texts in found if kind == "killed"]
    injured = [(status, texts) for kind, status, texts in found if kind == "injured"]
    assert ("conflict", ["15", "27 people"]) in killed
    assert ("compatible", ["27", "27 people"]) in killed or ("agree", ["27", "27 people"]) in killed
    assert [status for status, _ in injured] == ["conflict"]


def test_from_with_no_new_figure_replaces_nothing():
    # a fall from blows or from a ledge names no figure a new one replaced
    claims = report_claims("The champion fell from four straight right hands in the ninth round.")
    assert all(h.category != "superseded" for c in claims for h in c.hedges)
