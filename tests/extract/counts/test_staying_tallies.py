"""A tally told as what stays behind is a part of the tally, never its whole
(extract/counts/staying.py).

The shape is ECB+ 14_1ecb's "Surrey Police said firefighters, along with two
fire tenders, and police officers would remain at the scene until Monday"
(ECB+, CC BY 3.0), set against 14_2ecb's "10 fire engines fought the blaze";
the cases vary it with other names, figures, tallies, tenses and word order."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text

REMAINING = "part:remaining"


def _tallies(pipeline, text: str) -> list[tuple[str, float | None, str]]:
    """(subject, figure, scope) of each tally of things a text counts."""
    return [
        (c.subject, c.value.low, c.frame.scope or "")
        for c in claims_of_text(pipeline, text)
        if c.kind.value == "other_count"
    ]


@pytest.mark.parametrize(
    ("text", "subject", "figure"),
    [
        # the ECB+ shape: the tally joined to the subject by "along with", the
        # reported clause's subject read as the object of "said"
        (
            "Surrey Police said firefighters, along with two fire tenders, and police officers "
            "would remain at the scene until Monday.",
            "fire engines",
            2,
        ),
        (
            "The brigade said crews, along with three fire engines, will stay at the depot overnight.",
            "fire engines",
            3,
        ),
        ("Four fire engines remained at the Harlow warehouse on Tuesday morning.", "fire engines", 4),
        ("Two ambulances stayed at the scene until the last patient was freed.", "ambulances", 2),
        ("Five appliances were still at the mill on Sunday, damping down hotspots.", "fire engines", 5),
        ("Officials said six fire tenders are still at the scene.", "fire engines", 6),
        ("Crews with two engines remained to damp down the roof.", "fire engines", 2),
        ("The remaining three fire engines left shortly after noon.", "fire engines", 3),
        ("Three hostages remain in captivity, the ministry said.", "hostages", 3),
    ],
)
def test_a_tally_told_as_staying_behind_is_a_part(pipeline, text, subject, figure):
    assert (subject, float(figure), REMAINING) in _tallies(pipeline, text)


@pytest.mark.parametrize(
    ("text", "subject", "figure"),
    [
        # all that came: the whole tally
        ("More than 50 firefighters with 10 fire engines fought the blaze.", "fire engines", 10),
        ("Ten fire engines were tackling the last of the blaze on Saturday.", "fire engines", 10),
        ("Eight fire engines attended and the road remained closed until noon.", "fire engines", 8),
        ("Nine fire tenders were sent to the depot, which remained sealed off.", "fire engines", 9),
        ("Police said 12 fire engines fought the fire, which stayed alight for hours.", "fire engines", 12),
        ("Four ambulances took the injured to hospital while the road remained shut.", "ambulances", 4),
        # "still" opening the sentence, as "yet" does: nothing is told to stay
        ("Still, three ambulances arrived within minutes of the crash.", "ambulances", 3),
        ("But still, seven fire engines reached the farm before midnight.", "fire engines", 7),
        # a tally of which none need have left: as often every one of them
        ("Two gunmen were still at large on Sunday evening.", "shooters", 2),
        ("Three villages remain cut off by the floods.", "villages", 3),
    ],
)
def test_a_tally_beside_some_other_thing_staying_is_the_whole(pipeline, text, subject, figure):
    assert (subject, float(figure), "") in _tallies(pipeline, text)


def test_the_tally_that_stays_does_not_conflict_with_all_that_came():
    from reportcheck.api import compare_reports
    from reportcheck.load import load_text

    came = "More than 50 firefighters with 10 fire engines fought the blaze at the store in Halden on Friday."
    stayed = (
        "A fire gutted the store in Halden on Friday. Police said firefighters, along with two fire tenders, "
        "would remain at the scene until Monday."
    )
    result = compare_reports([load_text(came), load_text(stayed)], min_confidence=0.0, same_incident=True)
    engines = [f for f in result.findings if f.subject.startswith("fire engines")]
    assert engines, "both reports' tallies of fire engines are read"
    assert all(f.status.value not in ("conflict", "possible_conflict") for f in engines)
