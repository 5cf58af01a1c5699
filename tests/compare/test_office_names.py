"""Two names for the one holder of an office: each report names the
coroner, the sheriff, the fire chief or the prosecutor of one incident, by
two names.  An office held by one person at a time is one person across
the reports; never a spokesperson (a force has several), a deputy, a
former holder, nor an office a report tells several holders of.  Invented
sentences after US, British and French fire and shooting reports."""

from __future__ import annotations

import pytest

from reportcheck.models import Status

from ..conftest import role_names

FIRE_A = (
    "Two people died when fire swept through a house on Alder Road in Kemsey early Sunday, "
    "officials said. {title_a} said the victims were found in an upstairs bedroom."
)
FIRE_B = (
    "A house fire on Alder Road in Kemsey killed two people early Sunday. "
    "The cause of the blaze is under investigation, {title_b} said."
)

OFFICES = [
    ("County Coroner Linda Marsh", "County Coroner Paul Ingram"),
    ("Fire Chief Dana Holloway", "Kemsey Fire Chief Ray Pruitt"),
    ("Sheriff Owen Castell", "Sheriff Martin Greaves"),
    # a city's police commissioner (New York's, Boston's in the corpus: nine stories name one),
    # told with its place in both titles (``government_offices``: a city's and a county's stack)
    ("Kemsey Police Commissioner Ray Dunmore", "Kemsey Police Commissioner Alan Whitcombe"),
]


@pytest.mark.parametrize(("title_a", "title_b"), OFFICES, ids=[o[0] for o in OFFICES])
def test_one_office_named_two_ways_is_set_against_itself(title_a, title_b):
    found = role_names(FIRE_A.format(title_a=title_a), FIRE_B.format(title_b=title_b))
    names = [" ".join(t.split()[-2:]) for t in (title_a, title_b)]
    assert found == [(Status.conflict, names)], found


def test_one_town_s_chief_told_by_its_place_two_ways_is_one_office():
    a = FIRE_A.format(title_a="Kemsey Fire Chief Dana Holloway")
    b = FIRE_B.format(title_b="Fire Chief Ray Pruitt of the Kemsey Fire Department")
    assert role_names(a, b) == [(Status.conflict, ["Dana Holloway", "Ray Pruitt"])]


def test_the_prosecutor_named_two_ways_is_a_possible_conflict():
    """A trial has several line prosecutors: at most a possible conflict,
    also for the one told as "in charge" by a phrase the parser hangs apart."""
    a = (
        "Three people died in a fire at a tower block in Varenne overnight. Prosecutor Anne Moreau "
        "said an inquiry into involuntary manslaughter had been opened."
    )
    b = (
        "Investigators are looking at a faulty heater after a fire killed three people in a tower block "
        "in Varenne, the prosecutor in charge of the case, Sophie Lendrin, said on Friday."
    )
    assert role_names(a, b) == [(Status.possible_conflict, ["Anne Moreau", "Sophie Lendrin"])]


NOT_ONE_HOLDER = [
    # a spokesperson is no office: a force has several
    ("police spokesman Carl Dwyer", "police spokeswoman Nina Fell"),
    # a deputy is another holder than the coroner, or than the police commissioner
    ("Deputy Police Commissioner Ray Dunmore", "Police Commissioner Alan Whitcombe"),
    ("Deputy Coroner Linda Marsh", "County Coroner Paul Ingram"),
    # India's joint and additional commissioners: ranks below the city's commissioner, several holders
    ("Joint Police Commissioner Ray Dunmore", "Police Commissioner Alan Whitcombe"),
    ("Additional Commissioner of Police Ray Dunmore", "Police Commissioner Alan Whitcombe"),
    # a former chief is not the one in office
    ("former Fire Chief Dana Holloway", "Fire Chief Ray Pruitt"),
    # a chief of no office named: the police's or the fire department's
    ("Chief Dana Holloway", "Chief Ray Pruitt"),
    # two counties' coroners (a victim taken to another county's hospital)
    ("Harlan County Coroner Linda Marsh", "Dexter County Coroner Paul Ingram"),
    # two towns' chiefs (a chase from one town into the next)
    ("Kemsey Fire Chief Dana Holloway", "Fire Chief Ray Pruitt of the Brant Fire Department"),
]


@pytest.mark.parametrize(("title_a", "title_b"), NOT_ONE_HOLDER, ids=[o[0] for o in NOT_ONE_HOLDER])
def test_no_one_office_is_no_finding(title_a, title_b):
    assert role_names(FIRE_A.format(title_a=title_a), FIRE_B.format(title_b=title_b)) == []


def test_a_report_telling_several_prosecutors_names_no_one_holder():
    a = (
        "A man was shot dead outside a bar in Corley on Friday. Prosecutor Anne Moreau said a "
        "suspect had been charged, and prosecutors will seek a life sentence."
    )
    b = "A man was shot dead outside a bar in Corley on Friday, prosecutor Sophie Lendrin said."
    assert role_names(a, b) == []


def test_one_surname_is_the_one_chief_told_two_ways():
    """ "Chief Jim Harlan" against "Chief Michael D. Harlan": a first name
    against a middle name or a nickname of one chief far more often than
    two chiefs of one surname; the first names are the spellings' to judge."""
    a = (
        "A student was shot and killed at Harlow State University early Friday. University police "
        "chief Jim Harlan identified the suspect as 19-year-old Trevor Boyd."
    )
    b = (
        "A gunman killed a student at Harlow State University on Friday. University police chief "
        "Michael D. Harlan identified the shooter as 19-year-old Trevor Boyd."
    )
    assert role_names(a, b) == []


def test_the_dead_an_office_lists_hold_no_office():
    """ "confirmed by the County Coroner: Ann Pryor, 81, and Walt Pryor, 84":
    the colon lists the dead the coroner named, none of them the coroner."""
    a = (
        "Three people were killed when a tornado struck Harlan County on Sunday. The third victim, a "
        "52-year-old man, died in his mobile home, Coroner Linda Marsh said."
    )
    b = (
        "A tornado killed three people in Harlan County on Sunday. Three deaths have been confirmed by "
        "the Harlan County Coroner: Ann Pryor, 81, and Walt Pryor, 84, of Ridge Road, and Dale Keel, 52."
    )
    assert role_names(a, b) == []
