"""Two reports that each count one dead and tell that person only by a noun
and an age disagree on one person's age (compare/one_dead_ages.py): "A
54-year-old man died after a tree fell on him" against "A 45-year-old man
was killed by a falling tree" is a conflict, whatever others were hurt.  A
report of two dead, two ages in its death sentences, a name or another sex
keeps the finding as before.  Invented sentences after storm, crash and
fire reports (genre48a 09's kind of pair)."""

from __future__ import annotations

import pytest

from reportcheck.models import Status

from ..conftest import age_pairs

ONE_DEAD = [
    (
        "A 63-year-old man died when a tree fell on his car in Brenlow on Tuesday, police said.",
        "A 36-year-old man was killed after a tree came down on his car in Brenlow on Tuesday.",
    ),
    (
        "A 71-year-old woman was killed when the roof of her house collapsed in Tarsenne during the storm on "
        "Sunday. Five other people were injured.",
        "In Tarsenne, a 58-year-old woman died when her roof caved in on Sunday. Nine people were hurt and "
        "taken to hospital.",
    ),
    (
        "A 29-year-old man died in the fire that swept through a warehouse in Kelmory on Friday night.",
        "Firefighters found the body of a 39-year-old man in the burnt-out warehouse in Kelmory on Friday.",
    ),
]


@pytest.mark.parametrize(("a", "b"), ONE_DEAD, ids=["tree", "roof with others hurt", "fire"])
def test_the_one_dead_told_by_two_ages_conflict(a, b):
    statuses = [status for x, y, status in age_pairs(a, b) if x and y]
    assert statuses == [Status.conflict]


def test_two_dead_in_one_report_stay_as_before():
    a = "A 63-year-old man and a 40-year-old woman died when a tree fell on their car in Brenlow on Tuesday."
    b = "A 36-year-old man was killed after a tree came down on his car in Brenlow on Tuesday."
    assert Status.conflict not in [status for x, y, status in age_pairs(a, b) if 63.0 in x and y]


def test_a_second_age_in_the_death_sentence_stays_as_before():
    a = "A 63-year-old man died and a 60-year-old man was hurt as a tree fell on a car in Brenlow."
    b = "A 36-year-old man was killed after a tree came down on his car in Brenlow on Tuesday."
    assert Status.conflict not in [status for x, y, status in age_pairs(a, b) if x and y]


def test_a_man_and_a_woman_are_not_one_dead():
    a = "A 63-year-old man died when a tree fell on his car in the village of Brenlow on Tuesday."
    b = "A 36-year-old woman was killed after a tree came down on her car in Brenlow on Tuesday."
    assert Status.conflict not in [status for x, y, status in age_pairs(a, b) if x and y]


def test_the_one_dead_driver_told_by_a_description_is_the_other_reports_man():
    """ "The driver of the car, a 74-year-old man, died" against "A 47-year-old
    man died": the driver's noun has no sex, the description tied to it
    does (kept as the person's), so the one dead of each report is one man."""
    a = (
        "The driver of the car, a 74-year-old man from Hollin, died at the scene after the car hit a wall "
        "in Hollin on Sunday, police said."
    )
    b = "A 47-year-old man died when his car crashed into a wall in Hollin on Sunday, police said."
    statuses = [status for x, y, status in age_pairs(a, b) if x and y]
    assert statuses == [Status.conflict]


def test_the_one_dead_driver_described_as_a_woman_is_not_the_other_reports_man():
    a = (
        "The driver of the car, a 74-year-old woman from Hollin, died at the scene after the car hit a wall "
        "in Hollin on Sunday, police said."
    )
    b = "A 47-year-old man died when his car crashed into a wall in Hollin on Sunday, police said."
    assert Status.conflict not in [status for x, y, status in age_pairs(a, b) if x and y]


# A report that calls the crash "fatal" (a count open above from one) beside
# its toll of one still counts one dead: police releases and wire copy open so
# ("fatal multi-vehicle collision", "Police investigate deadly crash"); genre51b 01.
FATAL_BESIDE_ONE = [
    (
        "Officers are appealing for witnesses after a fatal collision on the A38 near Dunmere this morning. "
        "Sadly, the driver of a blue hatchback, a 68-year-old man from Dunmere, was pronounced dead at the "
        "scene.",
        "An 86-year-old man died when his car hit a lorry on the A38 near Dunmere on Tuesday morning, police "
        "said.",
    ),
    (
        "Police investigate deadly crash on Route 9 in Halvern. A 27-year-old woman was killed when her car "
        "struck a tree on Route 9 in Halvern late Friday, troopers said.",
        "A 37-year-old woman died after her car left Route 9 and hit a tree in Halvern on Friday night.",
    ),
]


@pytest.mark.parametrize(("a", "b"), FATAL_BESIDE_ONE, ids=["fatal collision", "deadly crash headline"])
def test_a_fatal_crash_beside_a_toll_of_one_is_one_dead(a, b):
    statuses = [status for x, y, status in age_pairs(a, b) if x and y]
    assert statuses == [Status.conflict]


def test_a_fatal_crash_with_two_dead_stays_as_before():
    a = (
        "Police investigate a fatal crash on Route 9 in Halvern. A 27-year-old woman and a 30-year-old man "
        "were killed when their car struck a tree late Friday, troopers said."
    )
    b = "A 37-year-old woman died after her car left Route 9 and hit a tree in Halvern on Friday night."
    assert Status.conflict not in [status for x, y, status in age_pairs(a, b) if 27.0 in x and y]


# The one dead of each report told by two descriptions the align stage keys
# apart (a car's model is no vehicle kind it reads): still one person, since
# each report counts one dead (genre52b 02).
KEYED_APART = [
    (
        "The driver of the hatchback, a man aged 43, died at the scene. The driver of the truck, a man aged "
        "52, was not injured.",
        "The driver of the Mazda 3, a 34-year-old man from Orrin, died at the scene. The 52-year-old driver "
        "of the truck was uninjured.",
    ),
    (
        "The driver of the hatchback, a man aged 58, died at the scene on Kell Road in Orrin on Sunday.",
        "An 85-year-old man was killed when his car left Kell Road and hit a wall in Orrin on Sunday, and "
        "the driver of the Kia Rio he struck was unhurt.",
    ),
]


@pytest.mark.parametrize(("a", "b"), KEYED_APART, ids=["car model", "driver and man"])
def test_the_one_dead_keyed_apart_is_still_one_person(a, b):
    pairs = [(x, y, status) for x, y, status in age_pairs(a, b) if x and y and 52.0 not in x]
    assert [status for _, _, status in pairs] == [Status.conflict]


def test_a_survivor_told_in_the_death_sentence_is_not_the_one_dead():
    """ "The 25-year-old driver survived" in the sentence of the death is no
    age of the one dead: its own verb tells no death."""
    a = "A pedestrian died after being struck by a car in Orrin; the 25-year-old driver stayed at the scene."
    b = "A 52-year-old man was killed when a car hit him as he crossed Kell Road in Orrin on Sunday."
    assert Status.conflict not in [status for x, y, status in age_pairs(a, b) if x and y]


def test_the_one_dead_keyed_apart_of_two_sexes_stay_apart():
    a = "A 43-year-old woman died when her car hit a wall on Kell Road in Orrin on Sunday."
    b = "The driver of the Mazda 3, a 34-year-old man from Orrin, died at the scene on Kell Road on Sunday."
    assert Status.conflict not in [status for x, y, status in age_pairs(a, b) if x and y]
