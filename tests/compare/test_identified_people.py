"""People a report names by "identified ... as" are paired by who they
are: each name listed after a plural noun is its own person with its own
age, and the role a name takes from its noun never joins it to another
person of the same age (a suspect and a victim, a quoted official).
Invented sentences after shooting reports."""

from __future__ import annotations

from reportcheck.models import ClaimKind, Status

from ..conftest import age_pairs, findings_of

LISTED = (
    "Two people were shot to death late Friday outside a bar on Wick Avenue in Youngstown. "
    "Police identified the victims as Omar Diaz, 34, of Warren, and Tomas Keller, 19, of Niles."
)


def test_each_listed_victim_meets_the_same_name_with_its_own_age():
    other = (
        "Tomas Keller, 19, and Omar Diaz, 34, were killed in a shooting outside a bar on Wick Avenue in "
        "Youngstown late Friday, police said."
    )
    pairs = age_pairs(LISTED, other)
    assert ([34.0], [34.0], Status.agree) in pairs, pairs
    assert ([19.0], [19.0], Status.agree) in pairs, pairs
    assert not [p for p in pairs if p[2] is not Status.agree], pairs


def test_a_listed_victim_s_other_age_is_that_person_s_conflict_only():
    other = (
        "Omar Diaz, 36, and Tomas Keller, 19, were killed in a shooting outside a bar on Wick Avenue in "
        "Youngstown late Friday, police said."
    )
    pairs = age_pairs(LISTED, other)
    assert ([34.0], [36.0], Status.conflict) in pairs, pairs
    assert ([19.0], [19.0], Status.agree) in pairs, pairs


def test_a_suspect_and_a_victim_of_one_age_stay_two_people():
    a = (
        "A woman was shot and killed Saturday on Orchard Lane in Elyria. The suspect, identified as "
        "Kyle Moreno, 22, was arrested at his home."
    )
    b = (
        "Police identified the woman killed Saturday on Orchard Lane in Elyria as Dana Pike, 22. "
        "A 22-year-old man was arrested."
    )
    found = findings_of(a, b, min_confidence=0)
    people = [f for f in found if f.kind is ClaimKind.person and f.status is not Status.only_in_one]
    names = [{c.evidence.text for c in f.claims} for f in people]
    assert not [n for n in names if {"Kyle Moreno", "Dana Pike"} <= n], names
    conflicts = [f for f in found if f.status in (Status.conflict, Status.possible_conflict)]
    assert not conflicts, [f.explanation for f in conflicts]


def test_a_quoted_official_is_no_victim():
    a = (
        "The man killed in the crash on Route 9 was identified as Wendell Ames, 70. "
        '"It is a terrible loss," said Mayor Joan Pratt, 70.'
    )
    b = "Wendell Ames, 70, died when his pickup left Route 9, troopers said."
    found = findings_of(a, b, min_confidence=0)
    conflicts = [f for f in found if f.status in (Status.conflict, Status.possible_conflict)]
    assert not conflicts, [f.explanation for f in conflicts]
    people = [f for f in found if f.kind is ClaimKind.person and f.status is Status.agree]
    assert [sorted({c.evidence.text for c in f.claims}) for f in people] == [["Wendell Ames"]]
