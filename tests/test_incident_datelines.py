"""A wire's dated dateline ("CITY, Month Day (Agency) —") is where the
story was filed, not where the incident happened: the incident match
reads the body's place as the incident's and the bureau's town as no
place of it, as it does for an undated one ("BEIRUT (AFP) -").  A village
both reports give stays the incident's spot even where a local group named
after it is a source ("the Karandemi Youth Committee said").  Every report
here is written for these tests: the villages and agencies are invented.
"""

from __future__ import annotations

import pytest

from reportcheck.incident_match import DIFFERENT, SAME

from .conftest import incident_match_of

#: one incident, one report filed from a bureau in a far town of the country
#: with a dated dateline, the other from near the scene
DATED_BUREAUS = [
    (
        "NEW DELHI, Aug. 5 (Reuters) - A landslide buried the village of Chalsari in Uttarakhand's "
        "Chamoli district on Monday, killing 11 people, officials said.\n\nThe Chalsari Youth "
        "Committee said at least 40 families had lost their homes.",
        "DEHRADUN — Eleven people died when a landslide hit Chalsari village in Chamoli district on "
        "Monday night, the district magistrate said.\n\nRescuers were still digging on Tuesday.",
    ),
    (
        "KUALA LUMPUR, Dec. 12 (Bernama) -- Floodwaters swept away a house in the village of Bukit "
        "Lenggor in Kelantan on Thursday, killing a family of five, police said.",
        "KOTA BHARU, Malaysia — Police in Kelantan said five members of a family drowned when their "
        "house in Bukit Lenggor was swept away on Thursday.",
    ),
    (
        "PORT MORESBY, 16 March 2026 (Pacific Wire) — Tribal fighters killed nine villagers in an "
        "attack on the village of Yambali in Enga province on Sunday, police said.",
        "WABAG, Papua New Guinea — Nine people were killed when attackers raided Yambali village "
        "in Enga province on Sunday morning, a provincial police commander said.",
    ),
]


@pytest.mark.parametrize("first, second", DATED_BUREAUS)
def test_a_dated_wire_dateline_is_no_place_of_the_incident(first, second):
    match = incident_match_of(first, second)
    assert match.decision == SAME, match.evidence
    assert not any(
        e.relation == "contradicting" and e.kind == "place" and e.strength == "strong" for e in match.evidence
    ), match.evidence


def test_two_villages_filed_from_one_bureau_stay_two_incidents():
    """The bureau's town is no place of either incident, so it joins nothing:
    two floods in two counties' villages filed from one capital."""
    first = (
        "NAIROBI, April 6 (Reuters) - Floods killed nine people in the village of Karandemi in "
        "Turkana County on Sunday, officials said."
    )
    second = (
        "NAIROBI, April 20 (Reuters) - A landslide buried six people in the village of Mbogoini in "
        "Kirinyaga County on Saturday, police said."
    )
    assert incident_match_of(first, second).decision != SAME


def test_a_national_agency_files_from_its_capital_bureau():
    """A national wire's credit ("DHAKA (UNB) —") is a bureau's, as Reuters'
    is: a report placed by it alone is only weakly apart from the other
    report's district."""
    first = (
        "DHAKA (UNB) — At least 17 people drowned when an overloaded launch capsized near Char "
        "Bhabanipur on the Meghna river late on Friday, officials said."
    )
    second = (
        "At least 17 passengers died when a launch sank near the village of Char Bhabanipur in "
        "Chandpur district on Friday night, the district administration said."
    )
    match = incident_match_of(first, second)
    assert match.decision != DIFFERENT, match.evidence
    assert not any(
        e.relation == "contradicting" and e.kind == "place" and e.strength == "strong" for e in match.evidence
    ), match.evidence
