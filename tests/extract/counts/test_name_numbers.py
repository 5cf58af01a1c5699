"""A number written as part of a name (a ship's, a flight's, a road's) is no
count: "aboard the MV Abhijan-10" must not give 10 people on board; nor is a
day of the month in brackets before a count ("on Tuesday (19) six deaths").
Sentences invented after ferry, crash and flood reports."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text

COUNTS = ("killed", "injured", "other_count")


def _counts(pipeline, text: str) -> list[str]:
    return [c.evidence.text for c in claims_of_text(pipeline, text) if c.kind.value in COUNTS]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a number joined to a ship's name by a hyphen
        ("Around 310 passengers were aboard the MV Rupsha-10, which had left Dhaka.", ["310 passengers"]),
        ("The Kestrel-7 was carrying 40 people when it capsized.", ["40 people"]),
        # a number after a flight's or a road's word
        ("Flight 370 was carrying 239 people when it vanished.", ["239 people"]),
        ("Two people were killed in a crash on Route 66 near Kingman.", ["Two people"]),
        # negative: a headline's number joined by a hyphen to an outcome stays a count
        ("Office Shooting Follow-Up-1 Dead, 2 Injured", ["Up-1", "2 Injured"]),
        ("The ferry was carrying 120 passengers when it capsized.", ["120 passengers"]),
    ],
)
def test_a_number_in_a_name_is_no_count(pipeline, text, counts):
    assert _counts(pipeline, text) == counts


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the day of the month in brackets after its weekday, as translated
        # Brazilian and Portuguese wire copy writes it, then the count
        (
            "The state civil defense of Parana confirmed on Tuesday afternoon (19) six deaths caused by "
            "the floods in the Iguava valley.",
            {("killed", 6.0)},
        ),
        (
            "The fire brigade confirmed on Sunday morning (30) two deaths caused by the blaze in a warehouse "
            "in Vila Nova.",
            {("killed", 2.0)},
        ),
        # negative: a figure written twice, in words and in brackets, is one count
        ("Police arrested two (2) men in Porto Alvo on Sunday.", {("arrested", 2.0)}),
        ("The blast killed 3 (three) workers at the Campo Verde plant.", {("killed", 3.0)}),
    ],
)
def test_a_bracketed_day_before_a_count_is_no_figure_of_it(pipeline, text, values):
    claims = claims_of_text(pipeline, text)
    found = {(c.kind.value, c.value.low) for c in claims if c.kind.value in ("killed", "arrested")}
    assert found == values, [(c.kind.value, c.evidence.text, c.value.low) for c in claims]
