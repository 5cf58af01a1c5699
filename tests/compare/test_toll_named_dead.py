"""A toll told as "the number of" the dead, and a rise whose cause names the
new dead with no "more" (reportcheck.extract.counts.running, compare.running).

Wires and civil-defence communiques give a toll as "the number of people
confirmed dead ... has risen to 51", "bringing the number of deceased to
five", "the number of fatalities stands at twelve"; a follow-up names the
dead who raised it as it names anyone ("rose to six after a 23-year-old
woman died", "after a boy and his grandmother died", "after three children
died of their wounds", "after four bodies were recovered").  The figure is
the toll, the people named are the rise's increment, and another report's
figure equal to the toll before is that toll told before the update.  A
plain rise ("rose to 12 from seven") stays a conflict (eval conventions,
rule 4).  "Nobody survived" tells no zero toll.  Invented reports."""

from __future__ import annotations

import pytest

from reportcheck.api import compare_reports, extract_report
from reportcheck.load import load_text
from tests.conftest import across_reports, flagged


def _killed(text: str) -> list[tuple[str, float | None, str | None, tuple[float, float] | None]]:
    """(words, value, scope, rise) of each killed count of a one-report text."""
    claims = extract_report(load_text(text), 0).claims
    return [
        (c.evidence.text, c.value.low, c.frame.scope, c.count.toll_rise)
        for c in claims
        if c.kind.value == "killed"
    ]


@pytest.mark.parametrize(
    ("text", "toll", "rise"),
    [
        (
            "The number of people confirmed dead in the Pellham floods has risen to 51 after 13 more bodies "
            "were recovered, the civil defence said.",
            51.0,
            (38.0, 51.0),
        ),
        (
            "A second man was taken to Corvin Hospital, where one more person died on arrival, bringing the "
            "number of deceased to five.",
            5.0,
            (4.0, 5.0),
        ),
        (
            "The number of confirmed deaths rose to eight on Thursday after firefighters located the bodies "
            "of two people in the basement.",
            8.0,
            (6.0, 8.0),
        ),
        ("The total number of dead stands at 14, the Varn county coroner said.", 14.0, None),
    ],
)
def test_a_number_of_the_dead_is_the_toll(text, toll, rise):
    killed = _killed(text)
    tolls = [(value, found) for _, value, scope, found in killed if scope is None]
    assert tolls == [(toll, rise)], killed


def test_a_number_of_victims_is_not_read_as_a_toll_of_the_dead():
    """Victims may be the hurt as well: no toll of the dead from the phrase."""
    killed = _killed("The number of victims of the Harl Street fraud now stands at 40, prosecutors said.")
    assert not [k for k in killed if k[1] == 40.0], killed


def test_the_figures_listed_after_a_toll_are_its_parts():
    """ "stands at twelve: ten ... and two ...": the ten and the two are parts, never the toll."""
    killed = _killed(
        "The number of fatalities stands at twelve: ten people who died at the scene in Ostrel and two who "
        "died in hospital."
    )
    whole = [(value, scope) for _, value, scope, _ in killed if scope is None]
    assert whole == [(12.0, None)], killed


@pytest.mark.parametrize(
    ("text", "rise", "increment"),
    [
        (
            "The death toll has risen to six after a 23-year-old woman died in Saint Orla hospital.",
            (5.0, 6.0),
            "a 23-year-old woman",
        ),
        (
            "The toll rose to nine on Friday after a 15-year-old girl and a 70-year-old man died.",
            (7.0, 9.0),
            "a 15-year-old girl and a 70-year-old man",
        ),
        (
            "The death toll from the Kessel bus crash rose to 12 when three children died of their wounds.",
            (9.0, 12.0),
            "three children",
        ),
        (
            "The number of dead climbed to 14 after four bodies were recovered from a landslide near Pell.",
            (10.0, 14.0),
            "four bodies",
        ),
    ],
)
def test_the_dead_named_after_a_rise_are_its_increment(text, rise, increment):
    killed = _killed(text)
    assert [k[3] for k in killed if k[3]] == [rise], killed
    assert [k[2] for k in killed if k[0] == increment] == ["increment"], killed


@pytest.mark.parametrize(
    "text",
    [
        "The death toll rose to 12 from seven on Tuesday, officials in Marle said.",
        "The death toll rose to 30 after a landslide buried a hamlet where three people died.",
    ],
)
def test_a_rise_whose_cause_names_no_new_dead_tells_no_earlier_toll(text):
    killed = _killed(text)
    assert not [k for k in killed if k[3]], killed


EARLIER = "Seven people died when a wall collapsed onto a bus shelter in Darrow on Thursday, police said."
LATER = "The number of dead in Thursday's wall collapse in Darrow rose to nine{cause}, police said."


def _killed_across(earlier: str, later: str) -> list:
    found = compare_reports([load_text(earlier), load_text(later)], min_confidence=0.0)
    return across_reports(f for f in found.findings if f.kind.value == "killed")


def test_the_earlier_toll_is_explained_by_the_named_dead():
    killed = _killed_across(EARLIER, LATER.format(cause=" after two children died of their injuries"))
    assert not flagged(killed), [(f.status, f.explanation) for f in killed]


def test_a_plain_rise_still_conflicts():
    killed = _killed_across(EARLIER, LATER.format(cause=""))
    assert flagged(killed), [(f.status, f.explanation) for f in killed]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry was carrying 40 passengers and four crew when it sank off Kessing Point. Nobody survived.",
        "The light plane came down in a field near Olbeck. None of the four people on board survived.",
    ],
)
def test_nobody_survived_is_no_zero_toll(text):
    claims = extract_report(load_text(text), 0).claims
    zeros = [c.evidence.text for c in claims if c.kind.value in ("killed", "injured") and c.value.low == 0]
    assert not zeros
