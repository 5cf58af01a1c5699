"""Two names for the one holder of a role: each report names the one
suspect charged (or the one victim) of one incident, by two names.  A
possible conflict, never more (a follow-up may name a second suspect); not
where a report counts several arrested, tells another suspect by an age,
or names the other report's holder too.  Invented sentences after
shooting reports."""

from __future__ import annotations

import pytest

from reportcheck.models import ClaimKind, Status

from ..conftest import age_pairs, findings_of, role_names


def _named(a: str, b: str) -> set[str]:
    """The names of the people ``compare`` reads in two texts: a negative's
    empty result means the names were not paired, not that none was read."""
    return {
        c.value.name or ""
        for f in findings_of(a, b)
        if f.kind is ClaimKind.person and not f.subject.endswith(":name")
        for c in f.claims
    }


CHARGED_A = (
    "Andre Whitfield, 31, was charged Thursday with first-degree murder in the shooting death "
    "of a man outside a bar on Lyon Street in Grand Rapids on Tuesday, police said."
)
CHARGED_B = (
    "Prosecutors on Thursday charged Marcus Dell, 31, with murder after a man was shot and "
    "killed outside a bar on Lyon Street in Grand Rapids on Tuesday. Dell was arrested Wednesday."
)


def test_the_one_suspect_named_two_ways_is_a_possible_conflict():
    found = role_names(CHARGED_A, CHARGED_B)
    assert found == [(Status.possible_conflict, ["Andre Whitfield", "Marcus Dell"])], found


def test_one_name_in_both_is_no_finding():
    b = CHARGED_B.replace("Marcus Dell", "Andre Whitfield").replace("Dell was", "Whitfield was")
    assert role_names(CHARGED_A, b) == []


def test_the_one_victim_named_two_ways_is_a_possible_conflict():
    a = (
        "A man was shot and killed Friday night on Cass Avenue in Detroit, police said. "
        "The victim, Jerome Tate, 27, died at the scene."
    )
    b = (
        "Police said the man killed in Friday night's shooting on Cass Avenue in Detroit was "
        "Calvin Brooks, 27. The victim, Calvin Brooks, was pronounced dead at the scene."
    )
    found = role_names(a, b)
    assert found == [(Status.possible_conflict, ["Jerome Tate", "Calvin Brooks"])], found


@pytest.mark.parametrize(
    ("b", "suspect"),
    [
        # a report counting two arrested may name the other one
        (
            "Two men were arrested after a man was shot and killed outside a bar on Lyon Street in "
            "Grand Rapids on Tuesday. Marcus Dell, 31, was charged with murder Thursday.",
            "Marcus Dell",
        ),
        # a report naming the other's suspect as well tells them apart
        (CHARGED_B + " Andre Whitfield, 31, was questioned and released.", "Marcus Dell"),
        # a report retelling an earlier killing names that case's suspect
        # beside its own victim; he is not the story's suspect
        (
            "A man was shot and killed outside a bar on Lyon Street in Grand Rapids on Tuesday. "
            "In May, Terrell Young was shot dead two blocks away. Marcus Dell, 31, was charged "
            "with murder in Young's death.",
            "Marcus Dell",
        ),
        # the background victim's surname inside the suspect's own ("Young"
        # in "Youngblood"): still a name of its own, still beside
        (
            "A man was shot and killed outside a bar on Lyon Street in Grand Rapids on Tuesday. "
            "In April, Curtis Young was shot dead three blocks away. Damon Youngblood, 31, was charged "
            "with murder in Young's death.",
            "Damon Youngblood",
        ),
    ],
)
def test_a_report_that_may_tell_another_suspect_leaves_the_names_apart(b, suspect):
    """The negatives: both names read, neither set against the other."""
    assert role_names(CHARGED_A, b) == []
    assert {"Andre Whitfield", suspect} <= _named(CHARGED_A, b)


# One surname, two first names, one role: "Darnell Pruett" here, "Dwayne
# Pruett" there, each the one arrested.  A short form of the first name
# ("Mike"/"Michael") is one name; a brother named beside in one report is the
# other report's holder, never a second name for it.  Invented sentences.
_ONE_SURNAME_A = (
    "Police in Dayton arrested Darnell Pruett, 31, on Saturday after a man was shot outside a bar on "
    "Main Street. The wounded man, 40, was taken to a hospital. Pruett faces a felonious assault charge."
)
_ONE_SURNAME_B = (
    "Dwayne Pruett, 31, was arrested Saturday after a 40-year-old man was shot outside a bar on Main "
    "Street in Dayton, police said. Pruett was charged with felonious assault."
)


def _suspect_names(a: str, b: str) -> list[tuple[Status, list[str]]]:
    return [
        (f.status, [c.value.name or "" for c in f.claims])
        for f in findings_of(a, b)
        if f.kind is ClaimKind.person and f.subject == "suspect:name"
    ]


def test_one_surname_two_first_names_is_a_possible_conflict():
    found = _suspect_names(_ONE_SURNAME_A, _ONE_SURNAME_B)
    assert found == [(Status.possible_conflict, ["Darnell Pruett", "Dwayne Pruett"])], found


def test_a_short_form_of_the_first_name_is_the_same_suspect():
    a = _ONE_SURNAME_A.replace("Darnell", "Mike")
    b = _ONE_SURNAME_B.replace("Dwayne", "Michael")
    assert _suspect_names(a, b) == []
    assert ([31.0], [31.0], Status.agree) in age_pairs(a, b)  # one man, his age told alike


def test_a_brother_named_beside_is_no_second_name_for_the_suspect():
    a = _ONE_SURNAME_A + " His brother, Dwayne Pruett, 28, said he was at home that night."
    assert _suspect_names(a, _ONE_SURNAME_B) == []


def test_one_office_and_surname_with_two_first_names_is_set_against_itself():
    """ "Fire Chief Ray Dunmore" and "Fire Chief Phil Dunmore": one surname,
    two first names, most likely two people for one office; a possible
    conflict, as a middle name one goes by may still make them one."""
    a = (
        "Fire destroyed a grain store on Mill Lane in Kessington early Monday. "
        "Kessington Fire Chief Ray Dunmore said the blaze started in a dryer."
    )
    b = a.replace("Ray Dunmore", "Phil Dunmore")
    found = role_names(a, b)
    assert found == [(Status.possible_conflict, ["Ray Dunmore", "Phil Dunmore"])], found


@pytest.mark.parametrize("other", ["Michael Dunmore", "M. Dunmore", "MJ Dunmore"])
def test_one_office_holder_by_a_short_form_or_initials_is_no_finding(other):
    a = (
        "Fire destroyed a grain store on Mill Lane in Kessington early Monday. "
        "Kessington Fire Chief Mike Dunmore said the blaze started in a dryer."
    )
    assert role_names(a, a.replace("Mike Dunmore", other)) == []
