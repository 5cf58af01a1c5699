"""Counts of the casings found at a shooting's scene (``scene_tallies`` of
rules/generic_counts.yaml) and of what responders sent to a fire
(rules/counts.yaml other_counts) are of a known role, no longer counts whose
role is not known; both may grow (a search finds more, the response grows),
so a moderate weight (``scene_tally``, ``growing_tally`` of
rules/confidence.yaml) holds a hedged difference at a possible conflict.
Sentences written for this test."""

from __future__ import annotations

from ..conftest import findings_of

SHOOTING = "A gunman opened fire at the Torvel bar in Orsk on Sunday night.\n"
FIRE = "A fire broke out at the Kelmar depot in Orsk on Sunday.\n"


def _counts(*texts: str) -> list[tuple[str, str]]:
    return [
        (f.status.value, f.claims[0].subject)
        for f in findings_of(*texts)
        if f.kind.value == "other_count" and f.status.value in ("conflict", "possible_conflict")
    ]


def test_two_counts_of_casings_found_conflict():
    first = SHOOTING + "Investigators collected 31 shell casings from the car park.\n"
    second = SHOOTING + "Police said 18 casings were found at the scene.\n"
    assert _counts(first, second) == [("conflict", "count:casing")]


def test_more_than_a_figure_of_casings_is_the_whole_tally():
    first = SHOOTING + "More than 60 casings were found on the street outside the bar.\n"
    second = SHOOTING + "Police found 54 shell casings at the scene, the prosecutor's office said.\n"
    assert _counts(first, second) == [("conflict", "count:casing")]


def test_fire_units_and_engines_are_one_tally_held_moderately():
    plain = FIRE + "The fire service sent 22 firefighting units to the depot.\n"
    other = FIRE + "The fire service sent 13 fire engines to the depot.\n"
    hedged = FIRE + "Officials said some 13 fire engines fought the blaze.\n"
    assert _counts(plain, other) == [("conflict", "fire engines")]
    assert _counts(plain, hedged) == [("possible_conflict", "fire engines")]
