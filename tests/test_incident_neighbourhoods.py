"""A neighbourhood is no scene: two house fires (or shootings) of one
neighbourhood a day apart each name it ("in the Sherman Park neighborhood"),
so a venue the text calls a neighbourhood (``earlier_events.area_words`` of
``rules/incident_match.yaml``) is neither a scene both reports share nor
one of a report's own.  The later report that tells the earlier fire in a
paragraph of its own is then set apart from the earlier fire's report by
its own street (diag50a C1, genre50a pair 05).  A park that is the scene
("shot in Garfield Park", no "neighborhood" after it) stays a venue.  Every
report here is written for these tests, its streets and people invented."""

from __future__ import annotations

import pytest

from reportcheck.incident_match import DIFFERENT, _named_as_area

from .conftest import incident_match_of

#: (a venue's name, the text naming it, whether the text calls it a neighbourhood)
AREAS = [
    ("Sherman Park", "a duplex in the Sherman Park neighborhood caught fire", True),
    ("Harbor Hills", "was shot Tuesday in Harbor Hills neighbourhood, police said", True),
    ("Garfield Park", "was shot near the lagoon in Garfield Park on Sunday", False),
    ("Sherman Park", "the fire in Sherman Park and the neighborhood around it", False),
]


@pytest.mark.parametrize(("name", "text", "area"), AREAS)
def test_a_venue_the_text_calls_a_neighbourhood_is_an_area(name, text, area):
    assert _named_as_area(name, text) is area


#: the earlier fire's report, and the later fire's report that tells it in a
#: paragraph of its own, the two a day apart in one neighbourhood
FIRES = {
    "house fires": (
        "Two hurt in Ellery Park duplex fire\n\nTOLEDO FIRE AND RESCUE - NEWS RELEASE\n"
        "Tuesday, March 3, 2026\n\nTwo adults were hurt early Tuesday when fire broke out at a duplex "
        "in the 2700 block of Lindell Avenue in the Ellery Park neighborhood. Crews were sent at "
        "3:52 a.m. and found heavy smoke on the second floor.\n\nBoth were taken to a hospital with "
        "burns. The cause is under investigation.",
        "Woman, 68, dies in house fire in Ellery Park\n\nTOLEDO -- Updated 2:10 p.m. Wednesday, "
        "March 4, 2026\n\nA 68-year-old woman died early Wednesday after fire swept through her home, "
        "the second serious house fire in the Ellery Park neighborhood in as many days.\n\n"
        "Firefighters were sent to the home in the 3100 block of Brisbane Avenue at 6:20 a.m. "
        "Wednesday and found her in a back bedroom, Battalion Chief Omar Castellano said.\n\n"
        "On Tuesday, two people were hurt in a fire at a duplex on Lindell Avenue, a few blocks "
        "away. Fire officials said that blaze was also started by a space heater.\n\n"
        "Wednesday's death was the second fire death in Toledo this year, according to the fire "
        "department.",
    ),
}


@pytest.mark.parametrize("case", sorted(FIRES))
@pytest.mark.parametrize("order", ["earlier first", "later first"])
def test_two_fires_of_one_neighbourhood_a_day_apart_are_two_incidents(case, order):
    earlier, later = FIRES[case]
    first, second = (earlier, later) if order == "earlier first" else (later, earlier)
    match = incident_match_of(first, second)
    assert match.decision == DIFFERENT, match.evidence


def test_two_reports_of_the_later_fire_naming_the_neighbourhood_are_still_one_incident():
    _, later = FIRES["house fires"]
    again = (
        "Space heater blamed in fatal Ellery Park fire\n\nTOLEDO, Ohio - Wednesday, March 4, 2026\n\n"
        "Fire officials said Wednesday that a space heater started the fire that killed a 68-year-old "
        "woman in her home on Brisbane Avenue in the Ellery Park neighborhood early Wednesday.\n\n"
        "Crews arrived at about 6:20 a.m. A day earlier, two people were hurt in a duplex fire a few "
        "blocks away on Lindell Avenue."
    )
    match = incident_match_of(later, again)
    assert match.decision != DIFFERENT, match.evidence
