"""Two incidents of one kind in one region, days apart, each report's lead
telling its own day and scene ("killed on Monday in the village of ...",
"killed on Thursday in the village of ..."): ``different``, even where
neither report recalls the other's incident in words the recall rules read
(``leads`` of ``rules/incident_match.yaml``).  A follow-up of one incident
filed days later (a funeral, a toll that rose, an arrest) tells the
incident's own day or scene, or no harm beside its own day, and is never set
apart so.  Every report here is written for these tests."""

from __future__ import annotations

import pytest

from reportcheck.incident_match import DIFFERENT

from .conftest import incident_match_of

FIRST = {
    "quake": (
        "SOLVAN (Wire) - A magnitude 5.1 earthquake shook the village of Kerovo on Monday, injuring "
        "four people and cracking the walls of dozens of homes, the seismic service said.\n\n"
        "The quake struck at 11:20 a.m. at a depth of 9 km."
    ),
    "landslide": (
        "A landslide buried four houses in the village of Tamalu on Tuesday, killing three people, the "
        "provincial disaster agency said.\n\nTwo people were injured and rescuers were searching the mud."
    ),
    "shooting": (
        "DENTON CITY (Local) - A 24-year-old man was shot and killed on Oak Street on Monday night, "
        "police said.\n\nOfficers found him at about 11 p.m. in the 400 block of Oak Street."
    ),
}

SECOND = {
    "quake": (  # another village, three days on; no word of the first quake
        "A magnitude 4.6 earthquake struck the village of Pradina on Thursday, killing one man and "
        "injuring two people, local officials said.\n\nThe man, 70, died when a wall of his barn fell."
    ),
    "landslide": (  # a week on, another village; the province's season told, no word of the first
        "Six people were killed when a landslide struck the village of Sorenga on Friday night, "
        "the provincial disaster agency said.\n\nNine people were missing and the search resumed at dawn."
    ),
    "shooting": (  # the same city, another street, four days on
        "DENTON CITY (Local) - Two women were wounded in a shooting on Birch Avenue on Friday "
        "afternoon, police said.\n\nThe women, 31 and 35, were taken to a hospital with injuries that "
        "were not life-threatening."
    ),
}


@pytest.mark.parametrize("kind", sorted(FIRST))
@pytest.mark.parametrize("order", ["first first", "second first"])
def test_two_leads_of_other_days_and_other_scenes_are_two_incidents(kind, order):
    first, second = FIRST[kind], SECOND[kind]
    if order == "second first":
        first, second = second, first
    match = incident_match_of(first, second)
    assert match.decision == DIFFERENT, match.evidence
    told = [e.detail for e in match.evidence if "tells its incident on" in e.detail]
    assert told, match.evidence


FOLLOW_UPS = {
    "quake": (  # a funeral days on: its lead names the quake's day too
        "Mourners in the village of Kerovo on Thursday buried an 80-year-old woman who was injured in "
        "Monday's earthquake and died in hospital, relatives said.\n\nFour people were hurt in the quake."
    ),
    "landslide": (  # a toll that rose, in the same village
        "The death toll from the landslide in the village of Tamalu rose to five on Friday after "
        "rescuers recovered two more bodies, the provincial disaster agency said."
    ),
    "shooting": (  # an arrest: no harm of its own beside its day
        "DENTON CITY (Local) - Police on Friday arrested a 19-year-old man at a motel on Pine Road "
        "and charged him with murder.\n\nThe 24-year-old victim was shot and killed on Oak Street."
    ),
}


@pytest.mark.parametrize("kind", sorted(FOLLOW_UPS))
def test_a_follow_up_days_later_is_not_set_apart_by_its_lead(kind):
    match = incident_match_of(FIRST[kind], FOLLOW_UPS[kind])
    assert match.decision != DIFFERENT, match.evidence
    assert not [e.detail for e in match.evidence if "tells its incident on" in e.detail]


def test_leads_of_adjacent_weekdays_are_not_set_apart():
    """ "late Friday" and "Saturday afternoon" may be one night's incident
    told by its end and by the next day's report."""
    late = (
        "A man was shot and killed on Cedar Lane late Friday, police said.\n\n"
        "Officers found him at about 11:40 p.m."
    )
    next_day = (
        "Two people were wounded at Harmon Park on Saturday afternoon, police said.\n\n"
        "The shots were fired at about 3 p.m."
    )
    match = incident_match_of(late, next_day)
    assert not [e.detail for e in match.evidence if "tells its incident on" in e.detail]


# How wire reports of a region's war or season write two incidents days apart:
# the dateline's date beside the lead's weekday, two villages whose names share
# a word, one lead dated and the other told by its weekday, the same district
# official quoted on both.
STRIKE = (
    "HARVEN, May 7, 2026 - An air strike hit the village of Deir Hamra in the south of Qarun "
    "province on Thursday, killing four civilians, a monitoring group said.\n\n"
    "Seven people were wounded, said Samir Halloun, the district governor."
)
LATER = {
    "dateline_of_filing": (  # filed Monday of a Sunday strike: the dateline's day is the day of writing
        "HARVEN, May 11, 2026 - Jets struck the village of Ain Sabra in southern Qarun province "
        "on Sunday morning, killing nine people, rescuers said.\n\n"
        "At least 15 people were wounded, said Samir Halloun, the district governor."
    ),
    "names_sharing_a_word": (  # Deir Hamra and Deir Sulta: two villages
        "HARVEN, May 10, 2026 - Shelling hit the village of Deir Sulta in Qarun province on Sunday, "
        "killing two children, a local monitor said.\n\nFive people were wounded."
    ),
    "weekday_alone": (  # no dated dateline: the lead's weekday against the other's day
        "Warplanes bombed the village of Tal Nasri in Qarun province on Monday, killing six people, "
        "among them a nurse, residents said.\n\nThe strike flattened three houses."
    ),
}


@pytest.mark.parametrize("kind", sorted(LATER))
@pytest.mark.parametrize("order", ["strike first", "later first"])
def test_wire_leads_of_two_strikes_days_apart_are_two_incidents(kind, order):
    first, second = (STRIKE, LATER[kind]) if order == "strike first" else (LATER[kind], STRIKE)
    match = incident_match_of(first, second)
    assert match.decision == DIFFERENT, match.evidence
    assert [e.detail for e in match.evidence if "tells its incident on" in e.detail], match.evidence


WIRE_FOLLOW_UPS = {
    "toll_rose": (  # filed days later: the toll of Thursday's strike, in the same village
        "HARVEN, May 10, 2026 - The toll from Thursday's air strike on the village of Deir Hamra "
        "rose to seven on Sunday after three of the wounded died, a monitoring group said."
    ),
    "village_and_its_camp": (  # the same village's camp, told as the scene days later
        "HARVEN, May 11, 2026 - Families who fled the Deir Hamra camp after the strike returned on "
        "Monday to bury four people killed there, said Samir Halloun, the district governor."
    ),
}


@pytest.mark.parametrize("kind", sorted(WIRE_FOLLOW_UPS))
def test_a_wire_follow_up_filed_days_later_is_not_set_apart_by_its_lead(kind):
    match = incident_match_of(STRIKE, WIRE_FOLLOW_UPS[kind])
    assert match.decision != DIFFERENT, match.evidence
    assert not [e.detail for e in match.evidence if "tells its incident on" in e.detail]


#: a report of Monday's killing that tells another shooting of its town with
#: its street between the incident's noun and its day ("a drive-by shooting
#: on Tarrow Street on Friday night"), and the report of that shooting
SPOT_BEFORE_DAY = [
    (
        "LINFIELD, Ark. (KLNF) - A 41-year-old man was shot and killed Monday evening at Quillan Park, "
        "Linfield police said.\n\nInvestigators do not believe the killing is connected to a drive-by "
        "shooting on Tarrow Street on Friday night that left two men wounded.",
        "LINFIELD, Ark. (KLNF) - Two men were wounded late Friday night in a drive-by shooting in the "
        "300 block of Tarrow Street, police said.\n\nThe men, 22 and 25, were taken to a hospital.",
    ),
    (
        "A magnitude 4.9 earthquake injured six people in the village of Kerlan on Saturday, the "
        "provincial disaster agency said.\n\nThe agency said the damage was not linked to a quake "
        "near the village of Duvra on Wednesday that injured two people.",
        "A magnitude 4.2 earthquake injured two people in the village of Duvra on Wednesday, the "
        "provincial disaster agency said.\n\nSeveral mud-brick walls collapsed.",
    ),
]


@pytest.mark.parametrize("first, second", SPOT_BEFORE_DAY)
def test_another_incident_told_with_its_spot_before_its_day_is_not_the_reports_own(first, second):
    """The street or venue between another incident's noun and its day is
    that incident's: it gives the report's own incident no scene, so the
    two leads' days and scenes set the reports apart."""
    for a, b in ((first, second), (second, first)):
        match = incident_match_of(a, b)
        assert match.decision == DIFFERENT, match.evidence
