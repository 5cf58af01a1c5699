"""The street each report sends the responders to (compare/call_streets.py).

Police and fire service copy places an incident by the call's destination
("Emergency services were called to a house on Heatherton Road about
1.30am" against "Police were called to Gladstone Road in Dandenong North
about 1.30am", genre52b 16); two reports that each send the responders to
one street, and to two different ones, disagree.  The shapes are taken
from that pair, US police copy's "officers responded to a residence on" and an Irish
fire brigade's "was called to the house on"; the names, towns and sentences
here are invented.
"""

from __future__ import annotations

import pytest

from reportcheck.models import ClaimKind, Finding, Status
from tests.conftest import findings_of


def _calls(a: str, b: str) -> list[Finding]:
    """The findings of compare/call_streets.py."""
    return [
        f
        for f in findings_of(a, b)
        if f.kind is ClaimKind.location and "sends the responders" in f.explanation
    ]


def _release(lead: str) -> str:
    return (
        "A man has been charged following a shooting in Kelburn overnight.\n\n"
        f"{lead} about 2.15am after reports a man had been shot.\n\n"
        "The 34-year-old victim was taken to hospital in a serious condition."
    )


def _paper(lead: str) -> str:
    return (
        "A man is in hospital after being shot several times in Kelburn early on Sunday.\n\n"
        f"{lead} about 2.15am, after neighbours heard shots.\n\n"
        "The 34-year-old victim was taken to hospital."
    )


@pytest.mark.parametrize(
    ("a", "b", "streets"),
    [
        # the release's dwelling on one street, the paper's bare street
        (
            "Emergency services were called to a house on Marlow Road",
            "Police were called to Ashby Road in Kelburn",
            {"Marlow Road", "Ashby Road"},
        ),
        # a fire brigade's formula, another street word, the order turned
        (
            "Police were called to Hensley Avenue in Kelburn",
            "Fire crews and police were called out to the property on Carrow Street",
            {"Hensley Avenue", "Carrow Street"},
        ),
        # "responded to", "dispatched to", as US police copy writes the call
        (
            "Officers responded to a residence on Linden Drive",
            "Deputies were dispatched to a home on Quarry Lane",
            {"Linden Drive", "Quarry Lane"},
        ),
    ],
)
def test_two_reports_calling_responders_to_two_streets_conflict(pipeline, a, b, streets):
    (finding,) = _calls(_release(a), _paper(b))
    assert finding.status is Status.conflict
    assert {c.evidence.text for c in finding.claims} == streets


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one street, spelled one letter apart
        ("Police were called to a house on Marlow Road", "Officers were called to Marlowe Road in Kelburn"),
        # one street with the suburb's name before it
        ("Police were called to a house on High Street", "Police were called to Kelburn High Street"),
        # the other report names this one's street too, as the cross street
        (
            "Police were called to a house on Marlow Road",
            "Police were called to Ashby Road near Marlow Road in Kelburn",
        ),
        # the call's report, not the responders' destination
        (
            "Police were called to a house on Marlow Road",
            "Police responded to a report of shots fired on Ashby Road in Kelburn",
        ),
        # two blocks: a block number may be read along either street of a corner (compare/blocks.py)
        (
            "Officers responded to the 400 block of Linden Drive",
            "Deputies were dispatched to the 1200 block of Quarry Lane",
        ),
        # only one report tells where the call sent them
        ("Police were called to a house on Marlow Road", "The man was shot on Ashby Road in Kelburn"),
        # a report sending them to two streets tells a chase or two calls
        (
            "Police were called to a house on Marlow Road",
            "Police were called to Ashby Road and later to Fenton Street in Kelburn",
        ),
    ],
)
def test_one_street_or_no_second_call_street_is_no_conflict(pipeline, a, b):
    assert _calls(_release(a), _paper(b)) == []


def test_the_victims_hospital_street_is_no_call(pipeline):
    a = _release("Police were called to a house on Marlow Road")
    b = _paper("Police found the man, who was later rushed to a clinic on Ashby Road,")
    assert _calls(a, b) == []


@pytest.mark.parametrize(
    "lead",
    [
        # a later call, of fire crews to the getaway car
        "Firefighters were later called to Ashby Road, where a car linked to the shooting was found alight,",
        # earlier calls to the house, last month's
        "Police had been called to a house on Ashby Road twice last month over a dispute, and were called",
        # the arrest hours later
        "Hours later, police responded to a home on Ashby Road, where they arrested a 24-year-old man,",
        # a search, no call to the scene
        "Detectives were sent to Ashby Road to search for the gunman",
    ],
)
def test_a_call_of_another_moment_or_errand_is_no_call_to_the_scene(pipeline, lead):
    """Near-misses of the formula: a call told as later or earlier than the
    first one, or an errand, tells no street the first call sent them to."""
    assert _calls(_release("Police were called to a house on Marlow Road"), _paper(lead)) == []


def test_the_call_with_its_hour_before_is_still_read(pipeline):
    """ "shortly before 2am" and "earlier this morning" tell the first call's hour."""
    a = _release("Police were called to a house on Marlow Road shortly before")
    b = _paper("Emergency services were called to Ashby Road in Kelburn earlier this morning,")
    (finding,) = _calls(a, b)
    assert {c.evidence.text for c in finding.claims} == {"Marlow Road", "Ashby Road"}


# The street of the scene's building: wire and local copy place a shooting or
# a blast by the building it struck and the street that building stands on
# ("shot dead outside a kiosk on Makarios Avenue" against "outside a kiosk on
# Anexartisias street", genre57a 08; "the building on rue de Lodi" against
# "the four-storey building on rue de Rome", genre52b 11); the names here are
# invented.


def _scene_streets(a: str, b: str) -> list[Finding]:
    """The findings of compare/call_streets.py, of called-to and building streets alike."""
    return [
        f
        for f in findings_of(a, b)
        if f.kind is ClaimKind.location and "one street, and the two streets differ" in f.explanation
    ]


def _story(lead: str) -> str:
    return (
        f"{lead} late on Saturday, police said.\n\n"
        "The 34-year-old victim died at the scene. Two other men were taken to hospital."
    )


@pytest.mark.parametrize(
    ("a", "b", "streets"),
    [
        # a kiosk's street, the street word capitalised in one and in small letters in the other
        (
            "A 34-year-old man was shot dead outside a kiosk on Marlow Avenue in Kelburn",
            "A 34-year-old man was shot dead outside a kiosk on Evrou street in Kelburn",
            {"Marlow Avenue", "Evrou street"},
        ),
        # a building told with a word before its noun, a street named in French
        (
            "A gas blast ripped through the four-storey building on rue de Lodi in Kelburn",
            "A gas blast brought down the building on rue Sainte in Kelburn",
            {"rue de Lodi", "rue Sainte"},
        ),
        # a bar's street against the street the responders were called to
        (
            "A 34-year-old man was shot dead in a bar on Ashby Road in Kelburn",
            "Police were called to Fenton Street in Kelburn after a 34-year-old man was shot dead",
            {"Ashby Road", "Fenton Street"},
        ),
    ],
)
def test_two_reports_putting_the_scene_on_two_streets_conflict(pipeline, a, b, streets):
    (finding,) = _scene_streets(_story(a), _story(b))
    assert finding.status is Status.conflict
    assert {c.evidence.text for c in finding.claims} == streets


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one street, its word in small letters in one report
        (
            "A 34-year-old man was shot dead outside a kiosk on Marlow Avenue in Kelburn",
            "A 34-year-old man was shot dead outside a kiosk on Marlow avenue in Kelburn",
        ),
        # the suspect's home, a possessive before the building: where he was caught, no scene
        (
            "A 34-year-old man was shot dead outside a kiosk on Marlow Avenue in Kelburn",
            "A 34-year-old man was shot dead in Kelburn, and police arrested a man at the suspect's home on"
            " Ashby Road",
        ),
        # the hospital's street: where the wounded were taken
        (
            "A 34-year-old man was shot dead outside a kiosk on Marlow Avenue in Kelburn",
            "A 34-year-old man was shot dead in Kelburn and two men were taken to a clinic on Ashby Road",
        ),
        # a report naming the other's street too, as the cross street
        (
            "A 34-year-old man was shot dead outside a kiosk on Marlow Avenue in Kelburn",
            "A 34-year-old man was shot dead outside a kiosk on Ashby Road near Marlow Avenue in Kelburn",
        ),
        # only one report tells the scene's street; the other tells only the town
        (
            "A 34-year-old man was shot dead outside a kiosk on Marlow Avenue in Kelburn",
            "A 34-year-old man was shot dead outside a kiosk in Kelburn",
        ),
    ],
)
def test_one_scene_street_or_another_spot_is_no_conflict(pipeline, a, b):
    assert _scene_streets(_story(a), _story(b)) == []
