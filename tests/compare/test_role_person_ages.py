"""The person a report tells by a noun of role with an age ("The driver, 27,
died at the scene", "The gunman, 23, fled") is set against the other
report's one person of that role: the one victim each report counts, one of
them told by a noun of no sex ("the driver" against "a 29-year-old man"
who died), and the one suspect (the gunman against "a 25-year-old suspect").
Not where a report counts more than one victim, nor the victim against the
suspect.  Invented sentences after crash and shooting reports."""

from __future__ import annotations

from reportcheck.models import Status

from ..conftest import age_pairs

DRIVER_A = (
    "A driver was killed when his car hit a tree on Route 9 in Saratoga County on Saturday night, "
    "state police said. The driver, 27, died at the scene."
)
DRIVER_B = (
    "A 29-year-old man died after his car struck a tree on Route 9 in Saratoga County on Saturday night."
)


def test_the_one_victim_told_as_the_driver_meets_the_man_who_died():
    assert ([27.0], [29.0], Status.conflict) in age_pairs(DRIVER_A, DRIVER_B)


def test_the_pedestrian_meets_the_woman_who_was_struck():
    a = "A pedestrian was killed on Elm Street on Monday night. The pedestrian, 61, was hit by a van."
    b = "A 64-year-old woman was struck and killed by a van on Elm Street on Monday night, police said."
    assert ([61.0], [64.0], Status.conflict) in age_pairs(a, b)


def test_two_victims_counted_keep_the_victim_apart():
    """The negative: a report of two dead may tell of another man than its
    driver; the ages stay unpaired."""
    b = (
        "Two men died after their car struck a tree on Route 9 on Saturday night. "
        "A 29-year-old man was driving."
    )
    pairs = age_pairs(DRIVER_A, b)
    assert not [p for p in pairs if p[0] and p[1]], pairs
    assert ([27.0], [], Status.only_in_one) in pairs


def test_the_gunman_meets_the_suspect():
    a = "A man was killed in a shooting at a bar on Friday night, police said. The gunman, 23, fled."
    b = "A man was shot dead at a bar on Friday night. Police are looking for a 25-year-old suspect."
    assert ([23.0], [25.0], Status.conflict) in age_pairs(a, b)


def test_the_man_charged_meets_the_man_charged():
    a = (
        "A woman was stabbed to death at a flat in Croydon on Sunday, police said. "
        "The victim, 41, died in hospital. A man, 34, has been charged with murder."
    )
    b = (
        "A 36-year-old man was charged with murdering a 41-year-old woman "
        "who was stabbed in Croydon on Sunday."
    )
    pairs = age_pairs(a, b)
    assert ([34.0], [36.0], Status.conflict) in pairs
    assert ([41.0], [41.0], Status.agree) in pairs


def test_the_suspect_is_never_the_victim():
    """The negative: "the gunman, 23" is not the other report's victim of 25."""
    a = "A man was killed in a shooting at a bar on Friday night, police said. The gunman, 23, fled."
    b = "A 25-year-old man was shot dead at a bar on Friday night, police said."
    pairs = age_pairs(a, b)
    assert not [p for p in pairs if p[0] and p[1]], pairs
