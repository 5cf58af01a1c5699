"""Forms of reporting that hid a real difference between two reports.

- A count of things told by two verbs of one act: police "collected" and
  "recovered" shell casings, warplanes "carried out" and "launched" raids
  (``act_meanings`` of rules/generic_counts.yaml); "a dozen" counts too.
- A figure a report tells twice, once by another verb (a headline's "raids
  hit the town"), graded on the mention that shares the other report's verb.
- A day told with its own part ("on Thursday night") keeps its side of
  midnight though its sentence says something else happened "overnight".

Invented sentences after shooting, air-strike and rail-accident reports."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.models import ClaimKind, Finding, Status
from tests.conftest import findings_of


def _findings(first: str, second: str, day: dt.date = dt.date(2026, 4, 10)) -> list[Finding]:
    return findings_of(first, second, day=day, min_confidence=0.1)


def _of(findings: list[Finding], kind: ClaimKind, words: str) -> list[Finding]:
    return [f for f in findings if f.kind is kind and any(words in c.evidence.text for c in f.claims)]


PARTY = "Gunfire erupted at a block party on Hollis Street in Dayton, Ohio, on Saturday evening. "


def test_casings_collected_and_recovered_are_one_set():
    a = PARTY + "Officers collected 25 shell casings from the street, Sgt. Mara Lind said."
    b = PARTY + "Detectives recovered about a dozen shell casings at the scene, Sgt. Mara Lind said."
    [found] = _of(_findings(a, b), ClaimKind.other_count, "casings")
    assert found.status is Status.conflict


def test_casings_found_in_two_ways_stay_a_possible_conflict():
    """ "found" tells no act: the two figures may count two sets."""
    a = PARTY + "Officers collected 25 shell casings from the street, Sgt. Mara Lind said."
    b = PARTY + "A neighbour found about a dozen shell casings in her yard the next morning."
    found = _of(_findings(a, b), ClaimKind.other_count, "casings")
    assert [f.status for f in found] == [Status.possible_conflict]


@pytest.mark.parametrize(
    ("loose", "exact", "conflict"),
    [
        # a bare "a dozen" is told as loosely as "about 12": 13 is no other count
        (
            "Investigators bagged a dozen spent casings near the car.",
            "Investigators bagged 13 spent casings near the car.",
            False,
        ),
        (
            "A dozen bullet casings were picked up near the car.",
            "Crime-scene officers picked up 11 casings.",
            False,
        ),
        # a loose word still does not reach twice its size
        (
            "Officers found a dozen shell casings at the scene.",
            "Officers found 20 shell casings at the scene.",
            True,
        ),
    ],
)
def test_a_bare_dozen_is_a_round_word(loose, exact, conflict):
    a = PARTY + loose
    b = PARTY + exact
    found = [f for f in _findings(a, b) if f.kind is ClaimKind.other_count]
    assert found, found
    assert any(f.status in (Status.conflict, Status.possible_conflict) for f in found) is conflict, found


STRIKE = "Warplanes struck the town of Beit Sawa on Monday, killing nine civilians, a monitor said. "


def test_raids_carried_out_and_launched_are_one_set():
    a = STRIKE + "The jets carried out 16 air raids on the town, the monitor said."
    body = "Warplanes launched more than 30 raids, the centre said."
    b = "Beit Sawa: more than 30 raids hit town\n\n" + STRIKE + body
    [found] = _of(_findings(a, b), ClaimKind.other_count, "raids")
    assert found.status is Status.conflict
    assert any("one verb" in reason for reason in found.reasons)


DERAIL = "Fourteen wagons of a freight train derailed near the station in Valcani, officials said. "


def test_a_night_told_with_its_day_keeps_its_side_of_midnight():
    friday = dt.date(2024, 11, 8)
    a = DERAIL + "The wagons derailed on Thursday night, and about 200 residents were evacuated overnight."
    b = DERAIL + "The wagons derailed on Wednesday night, the inspectorate said on Friday."
    found = [f for f in _of(_findings(a, b, friday), ClaimKind.date, "Wednesday night")]
    assert [f.status for f in found] == [Status.conflict]


def test_the_night_before_and_the_small_hours_still_agree():
    friday = dt.date(2024, 11, 8)
    a = DERAIL + "The train derailed late on Thursday night, the inspectorate said."
    b = DERAIL + "The train derailed in the early hours of Friday, the inspectorate said."
    found = [f for f in _findings(a, b, friday) if f.kind is ClaimKind.date]
    assert [f.status for f in found] == [Status.compatible]
