"""People held for questioning, and one person a prosecutor "ordered that"
be held, counted as the people arrested, so two reports' numbers held meet.

After a wire report of a factory fire (genre56a 06: "ordered that one
person, the plant's manager, be placed in police custody" against "Three
company officials ... have been held for questioning"); firms, places and
numbers invented, wording varied."""

from __future__ import annotations

from reportcheck.models import ClaimKind, Status

from ..conftest import findings_of

ONE_ORDERED_HELD = (
    "A fire at a paint warehouse in Kelibia killed three workers on Monday. "
    "The prosecutor ordered that one person, the warehouse's manager, be placed in police custody."
)
THREE_HELD_FOR_QUESTIONING = (
    "Three workers died in a fire at a paint warehouse in Kelibia on Monday. "
    "Three company officials, including the manager, have been held for questioning, a judicial source said."
)
THREE_TAKEN_INTO_CUSTODY = (
    "Three workers died in a fire at a paint warehouse in Kelibia on Monday. "
    "Police took three officials of the firm into custody, a judicial source said."
)


def _arrested(a: str, b: str) -> list[tuple[Status, list[float | None]]]:
    return [
        (f.status, sorted(c.value.low for c in f.claims))
        for f in findings_of(a, b)
        if f.kind is ClaimKind.arrested and len({c.report for c in f.claims}) == 2
    ]


def test_one_held_against_three_held_for_questioning_conflicts():
    assert _arrested(ONE_ORDERED_HELD, THREE_HELD_FOR_QUESTIONING) == [(Status.conflict, [1, 3])]


def test_three_held_for_questioning_agree_with_three_taken_into_custody():
    assert _arrested(THREE_HELD_FOR_QUESTIONING, THREE_TAKEN_INTO_CUSTODY) == [(Status.agree, [3, 3])]


def test_witnesses_taken_for_questioning_are_no_arrest():
    b = (
        "Three workers died in a fire at a paint warehouse in Kelibia on Monday. "
        "Two witnesses were taken to the police station for questioning."
    )
    assert _arrested(ONE_ORDERED_HELD, b) == []
