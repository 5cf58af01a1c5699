"""The age a report tells before it names the person ("A 17-year-old boy
died at the scene.  Police identified him as Jaylon Hicks") is that named
person's, so it meets the age the other report gives the name, and no
other person the other report names at that age takes it.  An unnamed age
of a report never becomes the person its own report gives another age.
Invented sentences after shooting reports."""

from __future__ import annotations

from reportcheck.models import Status

from ..conftest import age_pairs

TOLD_BEFORE_THE_NAME = (
    "Two teenagers were shot late Saturday on Alder Street in Toledo. A 17-year-old boy died at the scene. "
    "Police identified him as Jaylon Hicks. A 16-year-old boy was treated for a leg wound."
)
NAMED_WITH_AGES = (
    "Jaylon Hicks, 16, was shot and killed Saturday night on Alder Street in Toledo, police said. "
    "Marcus Dean, 17, was wounded in the leg."
)


def test_the_age_told_before_the_name_meets_the_name_s_age():
    pairs = age_pairs(TOLD_BEFORE_THE_NAME, NAMED_WITH_AGES)
    assert ([17.0], [16.0], Status.conflict) in pairs, pairs
    assert ([17.0], [17.0], Status.agree) not in pairs, pairs  # the killed boy is not the wounded Dean


def test_the_other_way_round():
    pairs = age_pairs(NAMED_WITH_AGES, TOLD_BEFORE_THE_NAME)
    assert ([16.0], [17.0], Status.conflict) in pairs, pairs


def test_no_report_sets_its_own_named_person_against_its_other_age():
    """The wounded "16-year-old boy" is not the Hicks his own report makes 17,
    whatever age the other report gives Hicks."""
    pairs = age_pairs(TOLD_BEFORE_THE_NAME, NAMED_WITH_AGES)
    assert not [p for p in pairs if len(p[0]) > 1], pairs


def test_an_apposition_s_age_meets_the_name_s():
    a = (
        "A woman was shot dead inside a laundromat on Fifth Avenue in Erie on Tuesday. The victim, a "
        "45-year-old woman, was later identified as Carla Mendes. Her sister, Rita Mendes, 41, was not hurt."
    )
    b = (
        "Carla Mendes, 47, was shot dead inside a laundromat on Fifth Avenue in Erie on Tuesday, "
        "police said. "
        "Her sister, Rita Mendes, 41, saw the shooting."
    )
    pairs = age_pairs(a, b)
    assert ([45.0], [47.0], Status.conflict) in pairs, pairs
    assert ([41.0], [41.0], Status.agree) in pairs, pairs
