"""Two people of one surname a report tells apart stay two people: close
first names of kin ("Maria" and her brother "Mario"), and a father and a son
of one name ("Sr." and "Jr."). Invented sentences."""

from __future__ import annotations

import pytest

from reportcheck.knowledge.names import generations_differ, names_match

from ...conftest import claims_of_text, findings_of

SIBLINGS = [
    (
        "Maria Lopez, 31, was shot Sunday in Laredo, Texas, by her brother, Mario Lopez, 35, police said.",
        "Mario Lopez, 35, is charged with shooting his sister Maria Lopez, 31, on Sunday in Laredo.",
        {"Maria Lopez": 31, "Mario Lopez": 35},
    ),
    (
        "Francis Keane, 58, and his wife, Frances Keane, 55, were wounded Friday in Toledo, Ohio.",
        "Frances Keane, 55, and her husband, Francis Keane, 58, were wounded Friday in Toledo.",
        {"Francis Keane": 58, "Frances Keane": 55},
    ),
]


def _ages(findings) -> dict[str, set[str]]:
    """Each age finding's status, by the names its claims carry."""
    found: dict[str, set[str]] = {}
    for f in findings:
        if f.kind.value == "age":
            for claim in f.claims:
                found.setdefault(claim.person.person or "", set()).add(f.status.value)
    return found


@pytest.mark.parametrize(("a", "b", "ages"), SIBLINGS, ids=["siblings", "spouses"])
def test_kin_of_close_first_names_are_two_people(pipeline, a, b, ages):
    for text in (a, b):
        subjects = {
            c.person.person: c.subject for c in claims_of_text(pipeline, text) if c.kind.value == "age"
        }
        assert len(set(subjects.values())) == 2, subjects  # each report keys the two apart
    statuses = _ages(findings_of(a, b, min_confidence=0))
    assert set(statuses) == set(ages)
    assert all(s == {"agree"} for s in statuses.values()), statuses


def test_a_report_naming_one_of_them_meets_only_that_one():
    # the other report names both: its Maria is no one's Mario
    a = "Mario Lopez, 35, was arrested Sunday in Laredo, Texas, after a shooting, police said."
    b = "Mario Lopez, 35, is charged with shooting his sister Maria Lopez, 31, on Sunday in Laredo."
    for first, second in ((a, b), (b, a)):
        found = findings_of(first, second, min_confidence=0)
        assert not [f for f in found if f.status.value in ("conflict", "possible_conflict")]
        agreed = [f for f in found if f.kind.value == "age" and f.status.value == "agree"]
        assert [c.value.low for f in agreed for c in f.claims] == [35, 35]


def test_one_name_misprinted_with_nothing_between_stays_one_person(pipeline):
    claims = claims_of_text(
        pipeline, "Kristen Hale, 24, was shot Friday. Kirsten Hale was taken to a hospital."
    )
    assert {c.subject for c in claims if c.kind.value == "person"} == {"person:hale"}


GENERATIONS = [
    (
        "Jose Garcia Sr., 60, and his son Jose Garcia Jr., 34, were shot Tuesday in El Paso, Texas.",
        "Jose Garcia Jr., 34, and his father, Jose Garcia Sr., 60, were wounded Tuesday in El Paso.",
    ),
    (
        "Police said Henry Wells III, 41, and Henry Wells IV, 17, were hurt Monday in Macon, Georgia.",
        "Henry Wells IV, 17, was hurt Monday in Macon, as was Henry Wells III, 41, police said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), GENERATIONS, ids=["sr-jr", "iii-iv"])
def test_two_generations_of_one_name_are_two_people(a, b):
    found = findings_of(a, b, min_confidence=0)
    assert not [f for f in found if f.status.value in ("conflict", "possible_conflict")]
    agreed = sorted(
        c.value.low for f in found if f.kind.value == "age" and f.status.value == "agree" for c in f.claims
    )
    assert len(agreed) == 4 and agreed[0] == agreed[1] and agreed[2] == agreed[3]
    people = [f for f in found if f.kind.value == "person" and f.status.value == "agree"]
    assert len(people) == 2


def test_a_suffix_on_one_side_only_is_the_same_person():
    assert generations_differ("Jose Garcia Sr.", "Jose Garcia Jr.")
    assert not names_match("Jose Garcia Sr.", "Jose Garcia Jr.")
    assert names_match("Jose Garcia", "Jose Garcia Jr.") and not generations_differ(
        "Jose Garcia", "Jose Garcia Jr."
    )
    found = findings_of(
        "Jose Garcia Jr., 34, was shot Tuesday in El Paso, Texas.",
        "Jose Garcia, 34, was wounded Tuesday in El Paso.",
    )
    assert any(f.kind.value == "age" and f.status.value == "agree" for f in found)


def test_a_first_name_alone_meets_its_own_namesake_only():
    # "her brother, Mario": a first name alone is the other report's Mario Lopez, not Maria
    found = findings_of(
        "Maria Lopez, 31, was shot Sunday in Laredo, Texas, by her brother, Mario, 35, police said.",
        "Mario Lopez, 35, is charged with shooting his sister Maria Lopez, 31, on Sunday in Laredo.",
        min_confidence=0,
    )
    assert not [f for f in found if f.status.value in ("conflict", "possible_conflict")]
    people = sorted(tuple(sorted(c.value.name for c in f.claims)) for f in found if f.kind.value == "person")
    assert people == [("Maria Lopez", "Maria Lopez"), ("Mario", "Mario Lopez")]
