"""Two distances told from no place, of no one, at no moment: at most a
possible conflict (compare/confidence.py ``_bare_distances``, prior
``bare_distance`` of rules/confidence.yaml).  Such figures were a town's
snow total against another town's, or a forecast (genre52a 03 and 10,
genre52b 17); a distance from one named place still conflicts.  Sentences
invented."""

from __future__ import annotations

from ..conftest import findings_of, flagged


def _distances(first: str, second: str) -> list[str]:
    return [f.status.value for f in flagged(findings_of(first, second), "distance")]


def test_bare_distances_of_a_report_giving_several_are_a_possible_conflict_at_most():
    first = (
        "A van rolled 40 metres down the slope before it stopped, police said. "
        "Rescuers had to walk 300 metres through the scrub to reach it."
    )
    second = "A van rolled 90 metres down the slope before it stopped, police said."
    statuses = _distances(first, second)
    assert statuses and set(statuses) == {"possible_conflict"}
    found = flagged(findings_of(first, second, min_confidence=0), "distance")
    assert all(any("two distances from no place" in reason for reason in f.reasons) for f in found)


def test_the_one_bare_distance_each_report_gives_keeps_its_grading():
    """After genre50a 10: "the pursuit continued for about 12 miles" against
    "the chase covered roughly 7 miles", one chase told by each (invented)."""
    first = "The pursuit went onto Route 9 and continued for about 14 miles before the car crashed."
    second = "The chase that followed covered roughly 6 miles on Route 9 before the car crashed."
    assert _distances(first, second) == ["conflict"]


def test_two_distances_from_one_named_place_still_conflict():
    first = "The quake struck 40 km north of Tarvos on Monday, the survey said."
    second = "The quake struck 90 km north of Tarvos on Monday, the survey said."
    assert _distances(first, second) == ["conflict"]


def test_a_bare_distance_against_a_distance_from_a_place_is_not_held_by_it():
    """Only two bare figures are held; a fall or a distance from a place keeps its own grading."""
    first = "Marta Lind, 41, fell about 300 feet while climbing to a hut on Mount Arlen."
    second = "Marta Lind, 41, fell about 900 feet while climbing to a hut on Mount Arlen."
    assert _distances(first, second) == ["conflict"]


def test_two_radii_of_one_zone_still_conflict():
    """ "within a 1.5 km radius" against "within a 3 km radius": one zone's size, told as such."""
    first = "Residents within a 1.5 km radius of the plant were told to stay indoors, officials said."
    second = "Residents within a 3 km radius of the plant were told to stay indoors, officials said."
    assert _distances(first, second) == ["conflict"]
