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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Samuel Reed, 60, and his son Samuel Reed Jr., 35, were shot Friday. Reed, 35, is stable.",
            {"Samuel Reed": 60.0, "Samuel Reed Jr.": 35.0, "Reed": 35.0},
        ),
        (
            "David Cole Jr., 19, and his father, David Cole, 50, were shot Friday in Macon.",
            {"David Cole Jr.": 19.0, "David Cole": 50.0},
        ),
    ],
    ids=["jr", "sr"],
)
def test_a_name_and_its_suffixed_form_with_two_ages_are_two_people(pipeline, text, expected):
    """ "Samuel Reed, 60, and his son Samuel Reed Jr., 35": in one report
    the plain name is the other generation, so the two ages are two
    people's and a surname with an age goes to the one of that age."""
    claims = [c for c in claims_of_text(pipeline, text) if c.kind.value == "age"]
    ages = {c.person.person: (c.subject, c.value.low) for c in claims}
    assert {name: age for name, (_, age) in ages.items()} == expected
    assert len({subject for subject, _ in ages.values()}) == 2
    alone = [name for name in expected if len(name.split()) == 1]
    same = [name for name in expected if name not in alone and expected[name] == expected.get("Reed")]
    assert [ages[name][0] for name in alone] == [ages[name][0] for name in same]


def test_a_name_and_its_suffixed_form_with_one_age_stay_one_person(pipeline):
    """ "Luis Vega Jr., 30, ... Luis Vega, 30,": one age, no kin between
    them; the report wrote its person's suffix once."""
    text = "Luis Vega Jr., 30, was shot Friday. Luis Vega, 30, was taken to a hospital."
    subjects = {c.subject for c in claims_of_text(pipeline, text) if c.kind.value == "age"}
    assert subjects == {"person:vega"}


SPOUSES = "Mr. Green, 70, and his wife, Ellen Green, 68, were found dead Wednesday."


@pytest.mark.parametrize(
    ("text", "title_name", "owner"),
    [
        (f"{SPOUSES} Walter Green taught. Mrs. Green had been a nurse.", "Green", "Ellen Green"),
        (
            "Mrs. Diaz, 58, and her husband, Carlos Diaz, 60, were hurt Friday. "
            "Maria Diaz was a nurse. Mr. Diaz is a cook.",
            "Diaz",
            "Carlos Diaz",
        ),
    ],
    ids=["mrs", "mr"],
)
def test_a_titles_sex_picks_the_one_namesake_left(pipeline, text, title_name, owner):
    """ "Mr. Green" read as Walter Green (his wife is Ellen): a later "Mrs.
    Green" is then the one Green of her sex, Ellen."""
    claims = [c for c in claims_of_text(pipeline, text) if c.kind.value == "person"]
    key = {c.value.name: c.subject for c in claims if c.value.name == owner}[owner]
    last = max((c for c in claims if c.value.name == title_name), key=lambda c: c.evidence.start)
    assert last.subject == key


def test_a_title_keeps_another_sexs_age_apart(pipeline):
    """ "Mr. Green, 70, and his wife, Ellen Green, 68": "Mr. Green" is not
    Ellen, so her age never meets his, in the report or across."""
    b = "Walter Green, 70, and his wife Ellen, 68, were found dead Wednesday in Dayton."
    ages = [c for c in claims_of_text(pipeline, SPOUSES) if c.kind.value == "age"]
    assert len({c.subject for c in ages}) == 2
    statuses = {f.status.value for f in findings_of(SPOUSES, b) if f.kind.value == "age"}
    assert statuses == {"agree"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"She was kind," said the victim\'s sister, Angela Brooks. Tanya Brooks, 29, was shot Sunday. '
            "Brooks said her sister had two children.",
            "Angela Brooks",
        ),
        (
            '"He was a good kid," said the victim\'s father, Paul Reyes. Dario Reyes, 17, was shot Friday. '
            "Reyes said his son wanted to be a nurse.",
            "Paul Reyes",
        ),
    ],
    ids=["sister", "father"],
)
def test_a_surname_speaking_of_her_kin_is_the_relative(pipeline, text, speaker):
    """ "Brooks said her sister had two children": who calls another "her
    sister" is the relative told as kin, not the story's person."""
    claims = [c for c in claims_of_text(pipeline, text) if c.kind.value == "person"]
    key = next(c.subject for c in claims if c.value.name == speaker)
    alone = [c for c in claims if len(c.value.name.split()) == 1]
    assert alone and all(c.subject == key for c in alone)


def test_a_surname_speaking_of_kin_of_the_other_sex_is_not_picked(pipeline):
    """ "Brooks said her son hid": the one told as kin is the son, whom
    "her" cannot be; the surname is left to no one."""
    text = "Tanya Brooks, 29, was shot Sunday. Her son, Jay Brooks, 8, was not hurt. Brooks said her son hid."
    claims = [c for c in claims_of_text(pipeline, text) if c.kind.value == "person"]
    jay = next(c.subject for c in claims if c.value.name == "Jay Brooks")
    alone = [c for c in claims if c.value.name == "Brooks"]
    assert alone and all(c.subject != jay for c in alone)
