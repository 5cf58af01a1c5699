"""The one owner of a factory or a building each report names, also where
the owner was arrested (the arrest makes the owner the one held as well as
the owner) and where a report writes the first name as an initial ("R.
Sundaram"), as reports from South Asia do: two names for the one owner are
a possible conflict.  Not the same owner written with an initial in one
report and in full in the other, nor where a report tells several owners.
Invented sentences after factory fire and collapse reports."""

from __future__ import annotations

from reportcheck.models import ClaimKind, Status

from ..conftest import findings_of


def _role_names(a: str, b: str) -> list[tuple[Status, str, list[str]]]:
    return [
        (f.status, f.subject, [c.value.name or "" for c in f.claims])
        for f in findings_of(a, b)
        if f.kind is ClaimKind.person and f.subject.endswith(":name")
    ]


INITIAL_ARRESTED = (
    "An explosion at a fireworks factory near Sattur killed 11 workers on Sunday afternoon. "
    "The factory's owner, K. Ramasamy, was arrested at his home on Monday, police said."
)
OTHER_INITIAL_HELD = (
    "Eleven workers died when a blast ripped through a fireworks unit near Sattur on Sunday. "
    "Police detained owner S. Pandiyan on Monday."
)


def test_two_owners_each_arrested_are_a_possible_conflict():
    found = _role_names(INITIAL_ARRESTED, OTHER_INITIAL_HELD)
    assert (Status.possible_conflict, "owner:name", ["K. Ramasamy", "S. Pandiyan"]) in found, found


def test_owners_named_in_full_and_arrested():
    a = (
        "A garment factory caught fire in Ashulia on Saturday night, killing 9 workers. "
        "The factory's owner, Rafiqul Alam, was arrested on Sunday."
    )
    b = (
        "Nine workers were killed in a fire at a garment factory in Ashulia on Saturday. "
        "Police arrested the factory's owner, Jamal Hossain, on Sunday."
    )
    found = _role_names(a, b)
    assert (Status.possible_conflict, "owner:name", ["Rafiqul Alam", "Jamal Hossain"]) in found, found


def test_one_owner_with_an_initial_and_in_full_is_no_finding():
    b = (
        "Eleven workers died when a blast ripped through a fireworks unit near Sattur on Sunday. "
        "Police detained its owner, Karuppasamy Ramasamy, on Monday."
    )
    assert _role_names(INITIAL_ARRESTED, b) == []


def test_a_report_of_two_owners_names_no_one_owner():
    b = (
        "Eleven workers died when a blast ripped through a fireworks unit near Sattur on Sunday. "
        "Police detained both owners, S. Pandiyan and his brother S. Muthu, on Monday."
    )
    assert not [f for f in _role_names(INITIAL_ARRESTED, b) if f[1] == "owner:name"]
