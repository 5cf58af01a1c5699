"""A first-hours zero of the dead or hurt ("no immediate reports of deaths").

A web story filed in the first hour tells what is known at that hour: "There
were no immediate reports of deaths", "no deaths reported so far", "no
reports of injuries yet".  That is no toll of zero: it is read as "at least
none", so a later report's toll is the news that came after it, while a
flat "No one was killed" stays a zero that a toll contradicts.  Invented
reports in the shapes of a quake's and a blast's first web stories
(genre42 12)."""

from __future__ import annotations

import pytest

from reportcheck.api import compare_reports, extract_report
from reportcheck.load import load_text
from reportcheck.models import Status


def _zeros(text: str) -> list[tuple[str, str, float | None]]:
    claims = extract_report(load_text(text), 0).claims
    return [
        (c.kind.value, c.evidence.text, c.value.high)
        for c in claims
        if c.kind.value in ("killed", "injured") and c.value.low == 0
    ]


@pytest.mark.parametrize(
    "text",
    [
        "There were no immediate reports of deaths, the civil protection office said on Thursday.",
        "Tremor rattles Pescaro coast; no deaths reported so far",
        "Fire officials said there were no reports of casualties yet as crews searched the warehouse.",
        "No one has been reported killed thus far, a police spokeswoman told reporters in Valdrin.",
        "There were no initial reports of injuries after the tanker overturned on the Ostrava bypass.",
        # what has come to light: "reported" / "confirmed" as the zero's adjective
        "Overnight there were no reported deaths or serious injuries in the flooded Brannock valley.",
        "The coastguard said there were no confirmed fatalities after the ferry grounded off Kessel Point.",
        # ... or its passive verb in the present perfect ("up to now")
        "No injuries have been reported after the gas main ruptured under Tollard Road.",
        "Officials in Marrow County said no deaths had been confirmed as the river kept rising.",
    ],
)
def test_a_zero_told_as_known_so_far_is_at_least_none(text):
    zeros = _zeros(text)
    assert zeros and all(high is None for _, _, high in zeros), zeros


@pytest.mark.parametrize(
    "text",
    [
        "No one was killed, yet the blast destroyed twenty stalls at the Corvena market.",
        "There were no injuries, the fire department said.",
        "Nobody died in the fire at the Lenning depot, officials said on Monday.",
        "No one was hurt, though the fire at the Lenning depot is not yet under control.",
        "No one was injured, as the Dorsey Street house was empty at the time.",
        # a simple past closes the story's account; a source's "reported" tells who said it
        "No injuries were reported in the fire at the Wexcombe warehouse.",
        "No one was hurt, police in Dunmere reported.",
    ],
)
def test_a_flat_zero_stays_none(text):
    zeros = _zeros(text)
    assert zeros and all(high == 0 for _, _, high in zeros), zeros


def _killed_across(first: str, later: str) -> list:
    found = compare_reports([load_text(first), load_text(later)], min_confidence=0.0)
    return [f for f in found.findings if f.kind.value == "killed" and len({c.report for c in f.claims}) == 2]


LATER = (
    "Quake kills three in Pescaro\n\nPESCARO, May 9, 2026 - An earthquake struck the Pescaro coast "
    "on Thursday morning, killing three people, the civil protection office said."
)


def test_a_later_toll_updates_a_first_hours_zero():
    first = (
        "Quake shakes Pescaro coast\n\nPESCARO, May 9, 2026 - An earthquake shook the Pescaro coast on "
        "Thursday morning. There were no immediate reports of deaths, the civil protection office said."
    )
    killed = _killed_across(first, LATER)
    assert killed and all(f.status is Status.compatible for f in killed), [
        (f.status, [c.evidence.text for c in f.claims]) for f in killed
    ]


def test_a_later_toll_still_contradicts_a_flat_zero():
    first = (
        "Quake shakes Pescaro coast\n\nPESCARO, May 9, 2026 - An earthquake shook the Pescaro coast on "
        "Thursday morning. No one was killed, the civil protection office said."
    )
    killed = _killed_across(first, LATER)
    assert any(f.status in (Status.conflict, Status.possible_conflict) for f in killed), [
        (f.status, [c.evidence.text for c in f.claims]) for f in killed
    ]
