"""Two numbered streets of one grid told as the scene (compare/corners.py).

Local reports in a city of numbered streets place a shooting at a corner of
a numbered avenue and a named road ("near 51st Avenue and a named Road", "in
the area of 54th Avenue between two roads"); two reports of one shooting that
put it on two numbered avenues of one road, or each on its own numbered
avenue as the scene, disagree on where it happened.  The pattern is taken
from a trial pair of local reports and the GVC same-incident pairs; the
streets, towns and sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from reportcheck.models import ClaimKind, Finding, Status
from tests.conftest import findings_of


def _corners(a: str, b: str) -> list[Finding]:
    """The findings of compare/corners.py: two numbered streets of one word."""
    return [
        f
        for f in findings_of(a, b)
        if f.kind is ClaimKind.location
        and f.subject == "street"
        and len(f.claims) == 2
        and "numbered street" in f.explanation
    ]


SCENE_37TH = (
    "A man was shot and killed late Monday in Omaha, police said.\n\n"
    "The shooting happened near 37th Street and Maple Road shortly before 11 p.m., and officers"
    " found the man on the sidewalk."
)


@pytest.mark.parametrize(
    "b",
    [
        # the same cross road, another number
        "A man died after he was shot Monday night in Omaha.\n\n"
        "Police said the man was shot at 34th Street and Maple Road just before 11 p.m.",
        # no road in common: each report's own corner, both told as the scene
        "A man died after he was shot Monday night in Omaha.\n\n"
        "Officers found the victim after a shooting near 41st Street and Dodge Road, police said.",
    ],
)
def test_two_numbered_streets_both_told_as_the_scene_conflict(pipeline, b):
    (finding,) = _corners(SCENE_37TH, b)
    assert finding.status is Status.conflict
    assert finding.claims[0].evidence.text == "37th Street"
    assert finding.claims[1].evidence.text in {"34th Street", "41st Street"}


#: a street of no role ("it all began in the area of 62nd Avenue"), with what follows its name
BEGAN_AT_62ND = (
    "Two people were wounded early Saturday in Tucson.\n\n"
    "According to police, it all began in the area of 62nd Avenue{} around 1 a.m."
)
CALLED_TO_59TH = (
    "Two people were wounded in a shooting early Saturday in Tucson.\n\n"
    "Deputies were called to a shooting at a house near 59th Avenue and Cedar Road about 1 a.m."
)


def test_a_street_of_no_role_whose_sentence_names_the_other_reports_cross_road_conflicts(pipeline):
    (finding,) = _corners(BEGAN_AT_62ND.format(" between Cedar and Walnut roads"), CALLED_TO_59TH)
    assert finding.status is Status.conflict
    assert "Cedar Road" in finding.explanation


def test_a_street_of_no_role_and_no_road_in_common_is_only_a_possible_conflict(pipeline):
    (finding,) = _corners(BEGAN_AT_62ND.format(""), CALLED_TO_59TH)
    assert finding.status is Status.possible_conflict


@pytest.mark.parametrize(
    "b",
    [
        # the other report names the first's street too: a street of its story
        "A man died after he was shot Monday night in Omaha.\n\n"
        "Police said the man was shot at 34th Street and Maple Road just before 11 p.m. The gunman"
        " ran west toward 37th Street.",
        # two numbered streets of the word in one report: a chase, a corner of two streets
        "A man died after he was shot Monday night in Omaha.\n\n"
        "Police said the man was shot at 34th Street and Maple Road just before 11 p.m. The gunman"
        " fled on foot along 45th Street.",
        # the victim's home, not the scene
        "A man died after he was shot Monday night in Omaha.\n\n"
        "The victim, Carl Dunmore, 31, of the 2200 block of 34th Street, was pronounced dead.",
        # another street word: an avenue is no street of the same grid line
        "A man died after he was shot Monday night in Omaha.\n\n"
        "Police said the man was shot at 34th Avenue and Maple Road just before 11 p.m.",
        # the same street agrees, by the place judge
        "A man died after he was shot Monday night in Omaha.\n\n"
        "Police said the man was shot at 37th Street and Maple Road just before 11 p.m.",
    ],
)
def test_other_streets_of_a_story_are_not_set_against_the_scene(pipeline, b):
    assert _corners(SCENE_37TH, b) == []


def test_two_sides_of_town_written_are_two_streets(pipeline):
    a = (
        "A woman was shot Thursday evening in Waco.\n\n"
        "The shooting happened in the 900 block of North 12th Street, police said."
    )
    b = (
        "A woman was wounded in a shooting Thursday evening in Waco.\n\n"
        "Officers were called to a shooting on South 15th Street and found the woman hurt."
    )
    assert _corners(a, b) == []


def test_two_grid_words_of_two_reports_each_set_against_the_other():
    """Each report places the scene at a corner of two numbered streets of
    two words (a street and an avenue); both words differ: two findings, the
    avenues' and the streets', not only the first read."""
    a = (
        "A woman was shot and wounded Saturday night in Omaha, police said.\n\n"
        "The shooting happened on 18th Avenue near 42nd Street around 9 p.m."
    )
    b = (
        "A woman was wounded in a shooting Saturday night in Omaha, police said.\n\n"
        "Police said the shooting happened on 45th Street near 16th Avenue shortly after 9 p.m."
    )
    found = sorted(tuple(c.evidence.text for c in f.claims) for f in _corners(a, b))
    assert found == [("18th Avenue", "16th Avenue"), ("42nd Street", "45th Street")]


@pytest.mark.parametrize(
    "b",
    [
        # the arrest's street in one report
        "A man died after he was shot Monday night in Omaha.\n\n"
        "Police said the man was shot at 34th Street and Maple Road just before 11 p.m. Officers"
        " arrested a 20-year-old near 45th Street about an hour later.",
        # the suspect found on a street, told in both reports
        "A man died after he was shot Monday night in Omaha.\n\n"
        "Police said the man was shot at 34th Street and Maple Road just before 11 p.m. Officers"
        " found the suspect on 45th Street later that night.",
    ],
)
def test_a_street_of_the_arrest_does_not_block_the_scene_streets(pipeline, b):
    a = SCENE_37TH + " A suspect was taken into custody near 45th Street and Maple Road."
    (finding,) = _corners(a, b)
    assert finding.status is Status.conflict
    assert [c.evidence.text for c in finding.claims] == ["37th Street", "34th Street"]
