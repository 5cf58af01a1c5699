"""A group's ages, as a range ("four men aged 19 to 33") or a list ("two
women, ages 41 and 45"): read as one range or one age per member, keyed by
the group's noun; a member outside another report's range conflicts."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text, conflict_kinds

READINGS = [
    ("Police said four men aged 19 to 33 were wounded.", "group:man", [(19, 33)]),
    ("The victims, ages 17-24, were taken to a hospital.", "group:victim", [(17, 24)]),
    ("Five people ranging in age from 16 to 52 were struck by gunfire.", "group:people", [(16, 52)]),
    ("All three of the wounded were women between the ages of 22 and 30.", "group:woman", [(22, 30)]),
    ("Two women, ages 41 and 45, were treated at the scene.", "group:woman", [(41, 41), (45, 45)]),
    ("Three teenagers, aged 14, 15 and 17, were arrested.", "group:teenager", [(14, 14), (15, 15), (17, 17)]),
]


@pytest.mark.parametrize(("text", "subject", "values"), READINGS, ids=[r[0][:40] for r in READINGS])
def test_a_groups_ages_are_one_range_or_one_age_per_member(pipeline, text, subject, values):
    ages = [c for c in claims_of_text(pipeline, text) if c.kind.value == "age"]
    assert {c.subject for c in ages} == {subject}
    assert sorted((c.value.low, c.value.high) for c in ages) == values


def test_no_single_age_is_read_inside_a_range(pipeline):
    ages = [c for c in claims_of_text(pipeline, "Six men aged 20 to 38 were shot.") if c.kind.value == "age"]
    assert [(c.value.low, c.value.high) for c in ages] == [(20, 38)]


@pytest.mark.parametrize(
    "text",
    [
        "The program is open to residents ages 18 and older.",
        "Shots were fired between 9 and 10 p.m., police said.",
        "The store sells clothes for ages 6 to 12.",
    ],
)
def test_no_group_without_a_plural_noun_or_with_an_open_end(pipeline, text):
    ages = [c for c in claims_of_text(pipeline, text) if c.kind.value == "age"]
    assert not [c for c in ages if c.subject.startswith("group:")]


def test_a_listed_member_outside_the_range_conflicts():
    a = "Gunfire at a block party on Saturday wounded a teenager and four men aged 22 to 40, police said."
    b = (
        "Gunfire at a block party on Saturday wounded five people. "
        "Two men, ages 19 and 22, were in good condition."
    )
    assert conflict_kinds(a, b) == ["age"]


def test_listed_members_inside_the_range_do_not_conflict():
    a = "Officers found three victims, ages 18 to 27, with gunshot wounds on Friday night."
    b = "Officers found three victims on Friday night. Two victims, ages 18 and 27, were taken to a hospital."
    assert "age" not in conflict_kinds(a, b)


def test_one_reports_two_lists_of_one_group_do_not_conflict():
    a = "Two men, ages 20 and 24, were shot on Sunday. Two more men, ages 31 and 35, were hurt."
    assert "age" not in conflict_kinds(a, a.replace("Sunday", "Sunday night"))


def test_one_age_both_reports_list_for_the_group_agrees():
    import datetime as dt

    from reportcheck.api import compare_reports
    from reportcheck.load import load_text

    a = "Carla Ruiz, 38, was killed on Tuesday. She is survived by two daughters, ages 9 and 15."
    b = "Carla Ruiz was killed on Tuesday. She leaves two daughters, ages 15 and 9, her sister said."
    reports = [load_text(t, date=dt.date(2026, 3, 10)) for t in (a, b)]
    found = compare_reports(reports).findings
    daughters = [f for f in found if f.subject == "group:daughter"]
    agreed = [f.claims[0].value.low for f in daughters if f.status.value == "agree"]
    assert sorted(agreed) == [9, 15]


LISTS = [
    ("Neighbors say two children, ages 4 and 7, lived at the home.", [4, 7]),
    ("The victims, 19 and 22, were taken to a hospital.", [19, 22]),
    ("It was hard to tell her 10- and 13-year-old daughters about the deaths.", [10, 13]),
    ("The woman's two other kids, ages 13 and 21, were not hurt.", []),
    ("The gunman hit a 25- and 35-year-old in the leg.", []),
    ("Jose Ruiz and Ann Lee, 19 and 22, were charged.", []),
]


@pytest.mark.parametrize(("text", "ages"), LISTS, ids=[r[0][:40] for r in LISTS])
def test_a_list_told_of_a_group_carries_the_groups_size(pipeline, text, ages):
    """A list of a plural noun is a group's list (its size on each age, for
    the comparer); one set apart ("other kids"), of a singular noun or of
    named people in order is none."""
    listed = [c for c in claims_of_text(pipeline, text) if c.kind.value == "age" and c.person.listed]
    assert sorted(c.value.low for c in listed) == ages
    assert all(c.person.listed == len(ages) for c in listed)
