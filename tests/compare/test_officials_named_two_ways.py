"""One official or officer named two ways by two reports of one incident:
a county executive, a governor, a police commissioner (offices
of one holder at a time in one place, ``government_offices`` of
rules/people.yaml) and the one sergeant, lieutenant or corporal each report
names (``one_officer_ranks``), told by one first name and two surnames.
A government office only where both titles tell one place (governments
stack: an island's governor under a province's).  Never two officers of
one rank with two first names, a lieutenant governor against the governor,
a former holder, two counties' executives, nor a report that names both.
Invented sentences after US and Canadian wire reports of storms and
shootings; the ECB+ police commissioner of New York
(ecbplus 19_4ecbplus "Police Commissioner Raymond Kelly", 33_10ecbplus
"Police Commissioner Ray Kelly") for one holder by a short first name."""

from __future__ import annotations

import pytest

from reportcheck.models import Status

from ..conftest import role_names

STORM_A = (
    "Five people died in a blizzard that buried towns east of Rochester under three feet of snow "
    "over the weekend, officials said Monday. {title_a} said two of the dead were found in stalled cars."
)
STORM_B = (
    "A weekend blizzard east of Rochester killed five people and left hundreds of drivers stranded. "
    '"Please stay off the roads," {title_b} said at a briefing Monday.'
)


def _storm(title_a: str, title_b: str) -> list[tuple[Status, list[str]]]:
    return role_names(STORM_A.format(title_a=title_a), STORM_B.format(title_b=title_b))


def test_one_county_s_executive_with_a_first_name_slip_is_a_conflict():
    """Both titles tell the county and the first names begin alike: one
    executive, a first name one report has wrong."""
    found = _storm("Monroe County Executive Carla Brandt", "Monroe County Executive Connie Brandt")
    assert found == [(Status.conflict, ["Carla Brandt", "Connie Brandt"])], found


def test_one_county_s_executive_by_two_first_names_of_two_initials_is_a_look():
    """ "Ray" and "Phil": maybe a first name and a middle name one holder
    goes by, a possible conflict only."""
    found = _storm("Monroe County Executive Ray Brandt", "Monroe County Executive Phil Brandt")
    assert found == [(Status.possible_conflict, ["Ray Brandt", "Phil Brandt"])], found


GOVERNMENT = [
    ("Monroe County Executive Carla Brandt", "Monroe County Executive Joan Metcalf"),
    ("New York Gov. Wade Ellison", "New York Gov. Rita Calloway"),
    ("Police Commissioner Hal Brody of Nassau County", "Nassau County Police Commissioner Luis Ortega"),
]


@pytest.mark.parametrize(("title_a", "title_b"), GOVERNMENT, ids=[g[0] for g in GOVERNMENT])
def test_one_place_s_government_office_named_two_ways_is_a_conflict(title_a, title_b):
    found = _storm(title_a, title_b)
    names = [" ".join(t.split(" of ")[0].split()[-2:]) for t in (title_a, title_b)]
    assert found == [(Status.conflict, names)], found


NOT_ONE_HOLDER = [
    # a lieutenant governor is the governor's second
    ("Lt. Gov. Wade Ellison", "Gov. Rita Calloway"),
    # the one before
    ("former Gov. Wade Ellison", "Gov. Rita Calloway"),
    # two counties' executives: a storm over two counties
    ("Monroe County Executive Carla Brandt", "Wayne County Executive Joan Metcalf"),
    # governments stack: a title of no place may be another level's (a province's over an island's)
    ("Gov. Wade Ellison", "New York Gov. Rita Calloway"),
    # one holder by a short first name (ECB+: "Raymond Kelly", "Ray Kelly")
    ("Police Commissioner Raymond Kelly", "Police Commissioner Ray Kelly"),
]


@pytest.mark.parametrize(("title_a", "title_b"), NOT_ONE_HOLDER, ids=[g[0] for g in NOT_ONE_HOLDER])
def test_no_one_government_office_is_no_finding(title_a, title_b):
    assert _storm(title_a, title_b) == []


def test_an_island_s_governor_and_a_province_s_are_two_holders():
    """ECB+ 20_2ecbplus and 20_4ecbplus (the 2005 Qeshm earthquake):
    "Qeshm Governor Heydar Alishvandi" against "the governor-general of
    Hormouzgan province, Abdolreza Sheikholeslami"; names and places varied."""
    a = (
        "The quake killed ten people on the island, Kavir Governor Daryush Alvandi said on Monday. "
        "Rescue teams reached the worst-hit villages overnight."
    )
    b = (
        "Rescue teams reached villages on Kavir island where ten people died. "
        '"Tents and blankets have been sent," the governor-general of Sarvan province, '
        "Ali Rezaei, told state television."
    )
    assert role_names(a, b) == []


SHOOTING_A = (
    "Three people were killed Saturday when a gunman opened fire at a mall in Abilene, police said. "
    "{officer_a}, who was nearby on an unrelated call, confronted the gunman near the store's entrance."
)
SHOOTING_B = (
    "A gunman killed three people at an Abilene mall on Saturday before {officer_b} shot him "
    "near the front doors, Police Chief Ana Ruiz said."
)


def _shooting(officer_a: str, officer_b: str) -> list[tuple[Status, list[str]]]:
    return role_names(SHOOTING_A.format(officer_a=officer_a), SHOOTING_B.format(officer_b=officer_b))


OFFICERS = [
    ("Sgt. Dana Whitfield", "Sgt. Dana Whitcomb"),
    ("Lt. Marcus Oyelaran", "Lt. Marcus Adeyemi"),
    ("Sergeant Kyle Brandvold", "Sgt. Kyle Bradford"),
    ("Cpl. Erin Maddox", "Cpl. Erin Mattox"),
]


@pytest.mark.parametrize(("officer_a", "officer_b"), OFFICERS, ids=[o[0] for o in OFFICERS])
def test_the_one_officer_of_a_rank_by_one_first_name_and_two_surnames_is_a_conflict(officer_a, officer_b):
    found = _shooting(officer_a, officer_b)
    names = [" ".join(o.split()[-2:]) for o in (officer_a, officer_b)]
    assert found == [(Status.conflict, names)], found


NOT_ONE_OFFICER = [
    # two sergeants of two first names: one may be the one who fired, the other the spokesman
    ("Sgt. Dana Whitfield", "Sgt. Vanessa Cole"),
    # two ranks: two officers
    ("Sgt. Dana Whitfield", "Lt. Dana Whitcomb"),
    # "Officer" is no rank: a force has many officers
    ("Officer Dana Whitfield", "Officer Dana Whitcomb"),
    # a detective is any rank's title
    ("Det. Dana Whitfield", "Det. Dana Whitcomb"),
]


@pytest.mark.parametrize(("officer_a", "officer_b"), NOT_ONE_OFFICER, ids=[o[0] for o in NOT_ONE_OFFICER])
def test_no_one_officer_of_a_rank_is_no_finding(officer_a, officer_b):
    assert _shooting(officer_a, officer_b) == []


def test_a_report_naming_two_sergeants_names_no_one_sergeant():
    a = SHOOTING_A.format(officer_a="Sgt. Dana Whitfield") + (
        " Sgt. Dana Pike said the store had been cleared by 2 p.m."
    )
    assert role_names(a, SHOOTING_B.format(officer_b="Sgt. Dana Whitcomb")) == []


def test_a_report_naming_both_sergeants_tells_them_apart():
    b = SHOOTING_B.format(officer_b="Sgt. Dana Whitcomb") + " Sgt. Dana Whitfield was not hurt."
    assert role_names(SHOOTING_A.format(officer_a="Sgt. Dana Whitfield"), b) == []
