"""One person in one part (a ship's captain, a mine's director, an agency's
spokesman) whose name two reports give with one word another name: a
conflict (compare/role_names.py renamed_holder_findings).  Patterns of the
written sets' pairs (a Brazilian boat's captain, a Serbian mine's director,
a Pakistani rescue service's spokesman), varied; invented names and places.
Never two victims or two officers of one surname, a relative sharing the
surname, a spelling variant, nor a report that names both."""

from __future__ import annotations

import pytest

from reportcheck.models import ClaimKind, Status

from ..conftest import findings_of


def role_names(a: str, b: str) -> list[tuple[Status, list[str]]]:
    """(status, the names) of each finding setting two names of one holder
    against each other: told apart (``:name``), or aligned as one person
    whose surname is spelled as two names (``:surname``)."""
    return [
        (f.status, [c.value.name or "" for c in f.claims])
        for f in findings_of(a, b)
        if f.kind is ClaimKind.person
        and f.subject.endswith((":name", ":surname"))
        and f.status in (Status.conflict, Status.possible_conflict)
    ]


# Each story twice, the holder's name left open ({a} in one report, {b} in the other).
BOAT = (
    "A passenger boat capsized on the Solimoes River near Coari on Tuesday night, killing four people. "
    "The captain, {a}, 47, survived and was taken to the police station to give a statement.",
    "Four people died when a boat carrying 60 passengers overturned on the Solimoes River near Coari on "
    "Tuesday. The captain, {b}, 47, survived and was questioned by police.",
)
MINE = (
    "Two miners were killed by a gas blast deep in the Lipovac coal mine on Monday, mine director {a} said.",
    'An explosion killed two miners at the Lipovac coal mine on Monday. "We lost two colleagues," '
    "mine director {b} told state television.",
)
FLOOD = (
    "Flash floods killed 11 people in the Swat valley on Thursday. Rescue 1122 spokesman {a} "
    "said over 80 tourists had been evacuated.",
    "At least 11 people died as flash floods swept the Swat valley on Thursday, "
    "Rescue 1122 spokesman {b} said.",
)


def _told(story: tuple[str, str], a: str, b: str) -> list[tuple[Status, list[str]]]:
    return role_names(story[0].format(a=a), story[1].format(b=b))


@pytest.mark.parametrize(
    ("a", "b"),
    [("Joao Pereira Batista", "Joao Pereira Bastos"), ("Ivo Batista", "Ivo Bastos")],
)
def test_the_captain_with_a_surname_another_is_a_conflict(a, b):
    assert _told(BOAT, a, b) == [(Status.conflict, [a, b])]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Dragan Milić", "Dragan Miletić"),  # told apart by align
        ("Nenad Marković", "Nenad Marinković"),  # one person to align, the surname spelled as two names
    ],
)
def test_the_mine_director_with_a_surname_another_is_a_conflict(a, b):
    assert _told(MINE, a, b) == [(Status.conflict, [a, b])]


def test_the_spokesman_with_a_first_name_another_is_a_conflict():
    found = _told(FLOOD, "Tariq Khan Afridi", "Tahir Khan Afridi")
    assert found == [(Status.conflict, ["Tariq Khan Afridi", "Tahir Khan Afridi"])]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Dragan Milić", "Dragan Milic"),  # an accent
        ("Dragan Milić", "Dragan Milich"),  # a spelling
        ("Dragan Milić", "Dragan Stojanović"),  # two names: a mine has several directors
    ],
)
def test_no_other_name_is_no_finding(a, b):
    assert _told(MINE, a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Muhammad Khan Afridi", "Mohammed Khan Afridi"),  # transliterated two ways
        ("Tariq Khan Afridi", "Tariq Afridi"),  # a word dropped
    ],
)
def test_one_spokesman_written_two_ways_is_no_finding(a, b):
    assert _told(FLOOD, a, b) == []


def test_a_report_naming_both_tells_two_people():
    b = BOAT[1].format(b="Ivo Bastos") + " His brother, Ivo Batista, was among the passengers."
    assert role_names(BOAT[0].format(a="Ivo Batista"), b) == []


def test_two_victims_of_one_surname_are_left_to_the_one_victim_reading():
    """Two reports naming a girl and her brother, each the one it names among
    the dead, are no name told two ways: a victim's name is set against the
    other's only where both reports tell one victim."""
    a = "Two children died when a house caught fire in Leeds on Sunday. Amira Haddad, 9, was pulled out."
    b = "A house fire in Leeds killed two children on Sunday. Aziz Haddad, 9, died at the scene."
    assert role_names(a, b) == []


def test_two_officers_of_one_force_are_no_one_holder():
    a = (
        "A gunman killed two people at a diner in Tulsa on Friday. Officer Dana Whitfield "
        "shot the gunman near the door."
    )
    b = (
        "Two people were shot dead at a Tulsa diner on Friday before Officer Dana Whitlock fired, "
        "police said."
    )
    assert role_names(a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ahmed Khan", "Asif Khan"),  # a force has several spokesmen, Khan a common surname
        ("Jeffrey Payne", "Jason Payne"),
        ("Dmitry Volkov", "Dima Volkov"),  # a familiar form
    ],
)
def test_two_first_names_of_one_surname_are_no_conflict(a, b):
    """Two reports each quoting the police's spokesman by a name of two
    words, the surname alike and the first name another: two spokesmen of
    one force, or one told familiarly, never a conflict."""
    story = (
        "A bomb exploded at a crowded market in Peshawar on Friday, killing six people, "
        "police spokesman {a} said.",
        "Six people were killed when a bomb went off at a market in Peshawar on Friday. Police spokesman {b} "
        "said the device was planted on a motorcycle.",
    )
    assert _told(story, a, b) == []


def test_two_residents_of_one_family_are_no_one_holder():
    """Two reports each quoting a resident, two brothers of one name but
    the first: witnesses and residents are many, never one part."""
    a = (
        "A fire tore through a block of flats in Leeds on Sunday, killing two people. A resident, "
        "Tariq Khan Afridi, said the smoke was everywhere."
    )
    b = (
        "Two people died when fire swept through flats in Leeds on Sunday. A resident, Tahir Khan Afridi, "
        "said he heard screams."
    )
    assert role_names(a, b) == []


def test_the_owner_father_and_son_stay_a_possible_conflict():
    """The owner named Robert Okafor here, Richard Okafor there: a father and
    his son may own the building together, so the one owner's two names
    stay the possible conflict they were."""
    a = (
        "A warehouse collapsed in Lagos on Monday, killing three workers. The owner, Robert Okafor, "
        "was arrested."
    )
    b = (
        "Three workers died when a warehouse collapsed in Lagos on Monday. Police arrested the owner, "
        "Richard Okafor, on Tuesday."
    )
    assert [s for s, _ in role_names(a, b)] == [Status.possible_conflict]


@pytest.mark.parametrize(
    ("title_a", "title_b"),
    [
        ("deputy commissioner", "Police spokesman"),  # two officials' parts
        ("provincial official", "provincial official"),  # "official" tells any of many
    ],
)
def test_two_officials_by_their_nouns_are_no_one_holder(title_a, title_b):
    """Every official holds the role "official": a deputy commissioner and a
    police spokesman are two parts, and two reports each quoting "a
    provincial official" may quote two, so names one word apart are no
    conflict there."""
    a = f"A boat capsized in Quang Nam on Monday, killing three people, {title_a} Nguyen Van Hung said."
    b = f"Three people died when a boat capsized in Quang Nam on Monday, {title_b} Nguyen Van Hai said."
    assert role_names(a, b) == []


def test_one_spokesman_told_by_a_title_and_an_apposition_is_a_conflict():
    a = (
        "A bomb exploded at a crowded market in Peshawar on Friday, killing six people. "
        '"It was a powerful device," said Tariq Khan Afridi, a police spokesman.'
    )
    b = (
        "Six people were killed when a bomb went off at a market in Peshawar on Friday, "
        "police spokesman Tahir Khan Afridi said."
    )
    assert role_names(a, b) == [(Status.conflict, ["Tariq Khan Afridi", "Tahir Khan Afridi"])]


def test_the_attorney_general_with_a_surname_another_is_a_conflict():
    """A state's attorney general (a lawyer by the role's noun) told with a
    surname another name: one office-holder one report has wrong."""
    a = (
        "A gunman killed four people at a Lansing warehouse on Monday, state Attorney General "
        "Dana Nessel said."
    )
    b = (
        "Four people were shot dead at a warehouse in Lansing on Monday. State Attorney General Dana Nestor "
        "said charges would follow."
    )
    assert role_names(a, b) == [(Status.conflict, ["Dana Nessel", "Dana Nestor"])]


def test_the_rescue_vessels_captain_is_no_holder_of_the_ships_part():
    a = BOAT[0].format(a="Ivo Batista")
    b = (
        "Four people died when a boat carrying 60 passengers overturned on the Solimoes River near Coari "
        "on Tuesday. The captain of the rescue vessel, Ivo Bastos, said his crew pulled 40 people from "
        "the water."
    )
    assert role_names(a, b) == []
