"""A position told as a distance from a named place, and a zone's size, told
differently by two reports: one anchor however each writes its name ("Tarvos
Island" and "Tarvos", "the island" of a story of "the island of Veskor", "a
toll station in Dalun county" and "the Dalun toll station"), one cordon
however each writes its size ("a 200-metre cordon", "a 200ft cordon"), and a
unit slip (kilometres for nautical miles or miles) a conflict.  Distances from
two places, and a round figure against a precise one within its rounding, stay
apart.  Sentences written for these tests after coastguard, wire and police
reports; the names and places are invented."""

from __future__ import annotations

import pytest

from tests.conftest import findings_of


def _distance_statuses(first: str, second: str) -> list[tuple[str, list[str]]]:
    """Each distance finding setting the two reports' figures against each other."""
    found = findings_of(first, second, min_confidence=0)
    return [
        (f.status.value, sorted(c.evidence.text for c in f.claims))
        for f in found
        if f.kind.value == "distance" and len({c.report for c in f.claims}) == 2
    ]


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        (  # a name closed by "Island" in one report only; kilometres for nautical miles
            "A trawler capsized about 24 kilometers west of Tarvos on Friday, the coast guard said.",
            "The trawler sank some 24 nautical miles west of Tarvos Island on Friday, the coast guard said.",
            ["24 kilometers", "24 nautical miles"],
        ),
        (  # a rescue centre's "NM"
            "The cargo ship was about 12 kilometres west of Hallvik when the fire broke out on Monday.",
            "Position of the vessel at the time of alarm: 12 NM west of Hallvik. "
            "The fire broke out on Monday.",
            ["12 NM", "12 kilometres"],
        ),
        (  # the bare role noun of a report that names the island
            "A migrant boat capsized about 20 nautical miles south of Veskor on Thursday.",
            "A migrant boat capsized off the island of Veskor on Thursday. "
            "It overturned around 20 kilometres south of the island, the coastguard said.",
            ["20 kilometres", "20 nautical miles"],
        ),
        (  # a spot in a named town, and the same spot named by the town
            "A gas tanker exploded on Friday about 5 kilometers from the Dalun toll station.",
            "A gas tanker exploded on Friday about 5 miles (8km) from a toll station in Dalun county.",
            ["5 kilometers", "5 miles (8km)"],
        ),
        (  # a cordon's size, with and without a hyphen
            "Police closed the street on Sunday and a 200-metre cordon was put in place.",
            "Police closed the street on Sunday and a 200ft cordon was put in place around the scene.",
            ["200-metre", "200ft"],
        ),
        (  # an evacuation told by "within", round two names of one house
            "On Tuesday deputies evacuated 20 homes within a quarter-mile of the residence.",
            "On Tuesday deputies evacuated 22 homes within 300 feet of the house.",
            ["300 feet", "a quarter-mile"],
        ),
    ],
)
def test_one_anchor_told_two_ways_is_a_conflict(first, second, figures):
    assert ("conflict", figures) in _distance_statuses(first, second)


def test_a_radius_told_round_two_names_of_one_spot_agrees():
    """ "within a 5-kilometre radius of the crater" and "within a radius of 5
    kilometres from the eruption centre": one zone, one size."""
    first = "On Monday residents were told to leave everything within a 5-kilometre radius of the crater."
    second = "On Monday no one was allowed within a radius of 5 kilometres from the eruption centre."
    statuses = _distance_statuses(first, second)
    assert statuses and all(status == "agree" for status, _ in statuses), statuses


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # two anchors: both can be true
            "The bus crashed on Monday about 20 km from Arvik, police said.",
            "The bus crashed on Monday about 35 km from Belmore, police said.",
        ),
        (  # two islands named: the bare noun stays its own anchor
            "A ferry sank on Monday about 12 kilometres south of Tamla.",
            "Ferries link the island of Veskor and the island of Tamla. "
            "One sank on Monday about 30 kilometres south of the island.",
        ),
        (  # a round figure and a precise one within its rounding
            "The quake struck on Monday about 20 km north of Arvik.",
            "The quake struck on Monday 18.5 km north of Arvik.",
        ),
        (  # nautical miles against their own conversion
            "The ship was 12 NM west of Hallvik on Monday when the alarm was raised.",
            "The ship was about 22 kilometres west of Hallvik on Monday when the alarm was raised.",
        ),
        (  # where the incident was, and where a craft was towed to
            "The ferry caught fire on Monday 12 nautical miles off Mulifanua wharf.",
            "The burning ferry was towed on Monday to a mooring 2 km from Mulifanua, officials said.",
        ),
        (  # the crash site, and the hospital the injured were taken to
            "A small plane crashed on Sunday 12 kilometres west of Biyangdo Island, the coast guard said.",
            "The injured pilot was taken to a hospital 30 kilometers east of Biyangdo on Sunday.",
        ),
        (  # homes cleared within one figure, a police cordon of another: two zones
            "On Monday police evacuated buildings within 100 metres of the package.",
            "Police set up a 500-metre cordon around the building after the package was found on Monday.",
        ),
    ],
)
def test_distances_that_can_both_hold_raise_no_conflict(first, second):
    assert not [s for s in _distance_statuses(first, second) if s[0] == "conflict"]
