"""One report that spells one person's name two ways (a slip of one letter:
"Brady Osborne" ... "Obsorne") is shown to the editor as that report's own
possible conflict, both sentences quoted; two people of close names the
report tells apart, a woman's form of a man's name and a short form are
no slip.  All sentences invented, in the words reporters use."""

from __future__ import annotations

import pytest

from reportcheck.knowledge.names import joins_two_people, misspelt, title_before
from reportcheck.models import ClaimKind, Finding, Status
from tests.conftest import findings_of

OTHER = "Police in Maple Grove said the shooting happened on Tuesday night. No arrests were made."


def _findings(text: str) -> list[Finding]:
    return findings_of(text, OTHER, same_incident=True)


def _spelled(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.subject.endswith(":spelled")]


def _names_read(findings: list[Finding]) -> set[str]:
    return {c.value.name or "" for f in findings if f.kind is ClaimKind.person for c in f.claims}


@pytest.mark.parametrize(
    ("text", "spellings"),
    [
        (
            # a surname alone, two letters swapped, after the full name
            "Maple Grove teen Carter Whitfield was sentenced to probation on Tuesday. "
            "Whitfeild told the judge he was sorry for the death of his friend.",
            ("Carter Whitfield", "Whitfeild"),
        ),
        (
            # two full names of one first name, a letter dropped from the surname
            "The victim, Melissa Corrales, 14, was at a friend's home when she was shot. "
            "Melissa Corales was a freshman at Maple Grove High School, her family said.",
            ("Melissa Corrales", "Melissa Corales"),
        ),
    ],
)
def test_a_name_spelled_two_ways_in_one_report_is_its_own_possible_conflict(pipeline, text, spellings):
    (finding,) = _spelled(_findings(text))
    assert finding.internal and finding.status is Status.possible_conflict
    assert {c.report for c in finding.claims} == {0}
    assert {c.value.name for c in finding.claims} == set(spellings)
    assert "spelled two ways in one report" in finding.explanation
    for claim in finding.claims:
        assert claim.evidence.sentence.strip() in finding.explanation
        assert text[claim.evidence.start : claim.evidence.end] == claim.value.name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            # two sisters, each with an age of her own: two people
            "Marta Lopez, 12, and Martha Lopez, 16, were wounded in the shooting. "
            "Both girls were taken to a hospital.",
            {"Marta Lopez", "Martha Lopez"},
        ),
        (
            # a woman's form of a man's name: a brother and a sister
            "Daniel Reyes, 30, was killed in the shooting. Daniela Reyes said her brother was kind.",
            {"Daniel Reyes", "Daniela Reyes"},
        ),
        (
            # a first name told alone as kin: a person of her own, no slip of "John"
            "The prosecutor, John Nields, said the case was closed. "
            "Harlan Webb, 60, was killed. He leaves a daughter, Joan, and a son.",
            {"John Nields", "Joan"},
        ),
        (
            # a short form of the first name, not a slip
            "Katie Moran, 19, was shot in the leg. Kate Moran had just finished work, a friend said.",
            {"Katie Moran", "Kate Moran"},
        ),
    ],
)
def test_close_names_the_report_tells_apart_or_shortens_are_no_slip(pipeline, text, names):
    findings = _findings(text)
    assert names <= _names_read(findings)  # both names were read as people
    assert _spelled(findings) == []


@pytest.mark.parametrize(
    ("a", "b", "slip"),
    [
        ("Osborne", "Obsorne", True),
        ("Kameisha", "Kamesha", True),
        ("Parrottsville", "Parrotsville", True),
        ("Daniel", "Daniela", False),
        ("Alejandro", "Alejandra", False),
        ("Owen", "Owens", False),
        ("Katie", "Kate", False),
        ("Hayes", "Mayes", False),
        ("Jon", "John", False),
    ],
)
def test_misspelt_is_one_letter_inside_a_name(a, b, slip):
    assert misspelt(a, b) is slip


def test_a_slip_of_a_name_is_the_person_it_misspells(pipeline):
    """What a report tells at the slip ("Whitfeild told the judge") is said
    of the person (one key), so the slip is no second person to align."""
    text = (
        "Maple Grove teen Carter Whitfield was sentenced to probation on Tuesday. "
        "Whitfeild told the judge he was sorry for the death of his friend."
    )
    (finding,) = _spelled(_findings(text))
    assert {c.subject for c in finding.claims} == {"person:whitfield"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            # a couple, the surname once for both: two people joined by "and"
            "Mark and Mary Jones were found dead in their home. Police said the shooting was domestic.",
            {"Mark", "Mary Jones"},
        ),
        (
            # sisters of one surname, each written in full, in one list
            "Kara Lane and Kari Lane were wounded in the shooting. Both were taken to a hospital.",
            {"Kara Lane", "Kari Lane"},
        ),
        (
            # a partner word between the two names; the first name later alone
            "John Carter and his wife, Joan Carter, were found dead in their home. "
            "Police said John Carter shot his wife before turning the gun on himself.",
            {"John Carter", "Joan Carter"},
        ),
        (
            # the couple joined once, the husband named in full later
            "John and Joan Carter were found dead in their home. Police said John Carter shot his wife.",
            {"John Carter", "Joan Carter"},
        ),
    ],
)
def test_names_a_list_or_a_kin_word_joins_are_two_people(pipeline, text, names):
    findings = _findings(text)
    assert names <= _names_read(findings)
    assert _spelled(findings) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Michael Hall, 32, was arrested in the shooting. Sgt. Hale said Hall knew the victim.",
            {"Michael Hall", "Hale"},
        ),
        (
            "Luis Barker, 22, was killed on Friday. Mayor Baker called the shooting senseless.",
            {"Luis Barker", "Baker"},
        ),
    ],
)
def test_a_surname_alone_after_a_title_is_a_person_of_their_own(pipeline, text, names):
    """An official told by title and surname only ("Sgt. Hale") is no slip
    of the suspect's name one letter off ("Michael Hall")."""
    findings = _findings(text)
    assert names <= _names_read(findings)
    assert _spelled(findings) == []


def test_a_slip_under_the_title_the_full_name_was_given_is_still_a_slip(pipeline):
    """The same title at the full name and the surname alone ("Captain
    Dana Whitfield" ... "Captain Whitfeild") ties the two: a slip."""
    text = (
        "According to Captain Dana Whitfield, witnesses called police on Sunday morning. "
        "Captain Whitfeild said the department is still investigating."
    )
    (finding,) = _spelled(_findings(text))
    assert {c.value.name for c in finding.claims} == {"Dana Whitfield", "Whitfeild"}


@pytest.mark.parametrize(
    ("between", "apart"),
    [
        (" and ", True),
        (", ", True),
        (", 30, and ", True),
        (" and his wife, ", True),
        (" said ", False),
        (". ", False),
    ],
)
def test_joins_two_people(between, apart):
    assert joins_two_people(between) is apart


@pytest.mark.parametrize(
    ("before", "title"),
    [
        ("Police said ", None),
        ("Sgt. ", "sergeant"),
        ("Lt. ", "lieutenant"),
        ("Mayor ", "mayor"),
        ("Rev. ", "rev"),
    ],
)
def test_title_before(before, title):
    assert title_before(before) == title
