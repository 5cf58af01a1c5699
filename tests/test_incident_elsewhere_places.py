"""Two ways a report seems to share the other's incident when it does not.

A follow-up piece of a regional paper tells its own crash on one day and,
in a closing sentence, recalls another of the day before: "The crash came a
day after four people were killed when a bus and a truck collided on the
same highway".  "A day after" is counted from the day its lead gives its
own incident, even where the body also tells a later day of an aftermath or
a plan ("The city suspended classes on Tuesday"); the recalled crash is
then the other report's, on its day with its toll, and the two reports tell
two incidents.  A report telling its own incident again, an arrest "a day
after the crash", recalls nothing.

A report that puts its incident in no town (a volcano, a park, the sea) is
not placed in the towns it names as somewhere else: a quoted visitor's home
("said Dana Whitfield of Portland, Oregon"), a hospital's town, a craft's
route.  Set against the other report's scene those would make "no region in
common" of one incident.  A town the report does put its incident in keeps
its weight.  The reports here are written for these tests, after the way
regional papers and wires write such stories."""

from __future__ import annotations

import pytest

from reportcheck.incident_match import DIFFERENT
from tests.conftest import incident_match_of

#: (a report of one crash, a report of another the next day that recalls the first "a day after"
#: and tells a later day of its own aftermath)
RECALLED_BY_THE_LEAD = {
    "bus and truck, classes suspended": (
        "April 12, 2026\n\nCADIZ CITY - Four people were killed and 21 others injured when a passenger "
        "bus collided with a cargo truck along the national highway in Barangay Luna early Sunday, "
        "police said.",
        "April 13, 2026\n\nSAGAY CITY - Two people died and 14 others were injured after a bus and a "
        "jeepney collided along the national highway in Barangay Bato on Monday morning.\n\nThe city "
        "government suspended classes in the affected school on Tuesday.\n\nThe crash came a day after "
        "four people were killed when a bus and a truck collided on the same highway in neighbouring "
        "Cadiz City.",
    ),
    "two lorries, road to reopen": (
        "Saturday, 9 May 2026\n\nMUTARE - Five people died when a haulage truck and a kombi collided "
        "near Nyazura on Friday, police said.",
        "Sunday, 10 May 2026\n\nRUSAPE - Three people were killed when two lorries collided near "
        "Headlands on Saturday afternoon, police said.\n\nThe road will reopen on Monday, the roads "
        "authority said.\n\nThe accident came a day after five people died when a kombi and a truck "
        "collided near Nyazura on the same road.",
    ),
}


@pytest.mark.parametrize("case", sorted(RECALLED_BY_THE_LEAD))
@pytest.mark.parametrize("order", ["as written", "turned round"])
def test_a_day_after_is_counted_from_the_leads_day(case, order):
    first, second = RECALLED_BY_THE_LEAD[case]
    if order == "turned round":
        first, second = second, first
    match = incident_match_of(first, second)
    assert match.decision == DIFFERENT, match.evidence


def test_a_follow_up_telling_its_own_crash_a_day_on_stays_compared():
    # "a day after the crash" opens the follow-up's own act: the same incident
    first = RECALLED_BY_THE_LEAD["bus and truck, classes suspended"][0]
    match = incident_match_of(
        first,
        "April 13, 2026\n\nCADIZ CITY - The driver of the cargo truck that collided with a passenger bus "
        "in Barangay Luna on Sunday, killing four people, was arrested on Monday, police said.\n\nClasses "
        "were suspended on Tuesday.\n\nThe arrest came a day after the crash, in which 21 people were "
        "injured.",
    )
    assert match.decision != DIFFERENT, match.evidence


#: (a report placing an incident at a town, a report of it placing it by no town but naming
#: somewhere else: a quoted visitor's home and its state, a hospital's town)
ELSEWHERE = {
    "a visitor's home": (
        "May 24, 2025\n\nHILO, Hawaii - Lava fountains rose from Kilauea's summit crater on Saturday, "
        "and the Hawaii Volcanoes National Park closed Crater Rim Drive, officials in Hilo said.",
        "May 24, 2025\n\nThe summit eruption resumed on Saturday, and rangers closed Crater Rim Drive to "
        'visitors.\n\n"It was the most beautiful thing I have ever seen," said Dana Whitfield of '
        "Portland, Oregon, who watched from the overlook.",
    ),
    "a hospital's town": (
        "July 12, 2025\n\nSEATTLE - A climber from Tacoma died after a fall on the Emmons Glacier of "
        "Mount Rainier on Saturday, Mount Rainier National Park officials said.",
        "July 12, 2025\n\nA climber died after a fall on the Emmons Glacier of Mount Rainier on "
        "Saturday, park rangers said.\n\nHis climbing partner was flown to a hospital in Portland, "
        "Oregon, with a broken leg.",
    ),
}


@pytest.mark.parametrize("case", sorted(ELSEWHERE))
def test_a_place_told_as_somewhere_else_sets_no_region_apart(case):
    match = incident_match_of(*ELSEWHERE[case])
    assert match.decision != DIFFERENT, match.evidence
    apart = [e for e in match.evidence if e.relation == "contradicting" and e.kind == "place"]
    assert not apart, match.evidence


def test_a_scene_town_in_another_state_still_sets_the_reports_apart():
    # near-miss: the town is where the report puts its incident, not a visitor's home
    match = incident_match_of(
        ELSEWHERE["a visitor's home"][0],
        "May 24, 2025\n\nPORTLAND, Oregon - A fire destroyed a warehouse in Portland on Saturday, "
        "and firefighters closed Front Avenue, officials said.",
    )
    assert any(e.relation == "contradicting" and e.kind == "place" for e in match.evidence), match.evidence


def test_a_hospital_town_that_is_the_scene_still_places_the_incident():
    # near-miss: the climber fell at a town and was taken to its hospital; the town is shared
    match = incident_match_of(
        "July 12, 2025\n\nASHFORD, Washington - A hiker died after a fall from a trail near Ashford on "
        "Saturday, park officials said.",
        "July 12, 2025\n\nA hiker died on Saturday after falling from a trail in Ashford, Washington. "
        "A second hiker was taken to a hospital in Ashford, rangers said.",
    )
    assert any(e.relation == "shared" and "Ashford" in e.detail for e in match.evidence), match.evidence


def test_a_place_a_distance_is_told_from_still_places_the_incident():
    # near-miss: "from Aden" after a distance is the sea the attack was in, not anyone's home
    match = incident_match_of(
        "Nov 11, 2008\n\nMUMBAI - An Indian warship foiled an attack by pirates on a merchant vessel off "
        "the coast of Gujarat on Tuesday, the navy said.",
        "Nov 11, 2008\n\nThe Gibe was about 150 nautical miles (about 277km) from Aden when the pirates "
        "attacked it on Tuesday, the navy said.",
    )
    assert any(e.relation == "contradicting" and e.kind == "place" for e in match.evidence), match.evidence
