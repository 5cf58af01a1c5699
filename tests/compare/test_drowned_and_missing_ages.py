"""The one person each report says drowned, or counts missing, told by an
age and no name, is one person: two ages of that person conflict.

"A 23-year-old man has drowned" against "after a 32-year-old man drowned":
"drowned" tells its subject's death as "died" does (``own_death_verbs`` of
rules/people.yaml), also where the parser hangs it on the noun as a
participle, so the man is the victim and is counted dead (a toll of one each:
compare/one_dead_ages.py).  A search's one missing person ("woman missing"
over "RCMP are searching for a 73-year-old woman" against "A 78-year-old
woman was missing") is one person the same way (``one_missing_ages`` of
compare/one_victim.py).  Invented sentences after drowning, flood and storm
reports (genre56b 11, genre52a 18).  Near misses: two drowned, a man and a
woman, a man who drowned something, a search with no one counted missing (a
suspect sought), two missing, a searcher's own age."""

from __future__ import annotations

import pytest

from reportcheck.models import Status

from ..conftest import age_pairs

DROWNED = [
    (
        "A 23-year-old man has drowned while swimming in the Tarrow River, police have confirmed.",
        "A community is grieving after a 32-year-old man drowned in the Tarrow River on Friday afternoon.",
    ),
    (
        "A 41-year-old woman drowned at Kessin Beach on Sunday after being caught in a rip current, "
        "lifeguards said.",
        "Lifeguards said a 47-year-old woman who drowned at Kessin Beach on Sunday had been swimming alone.",
    ),
]


@pytest.mark.parametrize(("a", "b"), DROWNED, ids=["has drowned / drowned as participle", "who drowned"])
def test_the_one_who_drowned_told_by_two_ages_conflicts(a, b):
    statuses = [status for x, y, status in age_pairs(a, b) if x and y]
    assert statuses == [Status.conflict]


def test_two_drowned_in_one_report_stay_apart():
    a = "A 23-year-old man and a 40-year-old man drowned while swimming in the Tarrow River on Friday."
    b = "A community is grieving after a 32-year-old man drowned in the Tarrow River on Friday afternoon."
    assert Status.conflict not in [status for x, y, status in age_pairs(a, b) if x and y]


def test_a_drowned_man_is_not_a_drowned_woman():
    a = "A 23-year-old man has drowned while swimming in the Tarrow River, police have confirmed."
    b = "A community is grieving after a 32-year-old woman drowned in the Tarrow River on Friday afternoon."
    assert Status.conflict not in [status for x, y, status in age_pairs(a, b) if x and y]


def test_a_man_who_drowned_something_is_no_victim():
    """ "drowned the engine": a verb with an object tells nothing of its
    subject's death, so his age meets no one's."""
    a = "A 23-year-old man drowned the engine of his boat in the Tarrow River on Friday, police said."
    b = "A community is grieving after a 32-year-old man drowned in the Tarrow River on Friday afternoon."
    assert Status.conflict not in [status for x, y, status in age_pairs(a, b) if x and y]


MISSING = [
    (
        "Storm batters Port Tollan; woman missing\n\n"
        "Police are searching for a 73-year-old woman in Port Tollan after a storm surge struck the town "
        "early Sunday, destroying at least 20 homes.",
        "A 78-year-old woman was missing and a dozen homes were destroyed after a storm surge struck "
        "Port Tollan on Sunday, officials said.",
    ),
    (
        "A 34-year-old man was missing on Tuesday after his boat capsized off Carrow Point, the "
        "coast guard said.",
        "The coast guard said a 43-year-old man remained missing after his boat capsized off Carrow "
        "Point on Tuesday.",
    ),
]


@pytest.mark.parametrize(("a", "b"), MISSING, ids=["headline count over a search", "was / remained missing"])
def test_the_one_missing_person_told_by_two_ages_conflicts(a, b):
    statuses = [status for x, y, status in age_pairs(a, b) if x and y]
    assert Status.conflict in statuses


def test_a_search_with_no_one_missing_is_no_missing_person():
    """ "Police are searching for a 25-year-old man": a suspect sought as
    well as a missing one; with no count of the missing, no pairing."""
    a = "Police are searching for a 25-year-old man after a store was robbed in Port Tollan on Sunday."
    b = "A 52-year-old man was missing after a storm surge struck Port Tollan on Sunday, officials said."
    assert Status.conflict not in [status for x, y, status in age_pairs(a, b) if x and y]


def test_two_missing_in_one_report_stay_apart():
    a = (
        "A 34-year-old man and a 50-year-old man were missing on Tuesday after their boat "
        "capsized off Carrow Point, the coast guard said."
    )
    b = (
        "The coast guard said a 43-year-old man remained missing after his boat capsized off Carrow "
        "Point on Tuesday."
    )
    assert Status.conflict not in [status for x, y, status in age_pairs(a, b) if 34.0 in x and y]


def test_a_searchers_age_is_not_the_missing_persons():
    a = (
        'A woman was missing after a storm surge struck Port Tollan on Sunday. "We looked all night," '
        "said a 45-year-old neighbour who joined the search."
    )
    b = "A 78-year-old woman was missing after a storm surge struck Port Tollan on Sunday, officials said."
    assert Status.conflict not in [status for x, y, status in age_pairs(a, b) if x and y]
