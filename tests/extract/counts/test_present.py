"""The number of people present where it happened.

Reports of shootings at parties, clubs and workplaces count the crowd the
attack fell on ("About 100 people were in the building when she began
shooting", "gunmen opened fire on about 150 partygoers"): a figure two
outlets give, and can give differently.  It is no toll: a crowd noun with an
outcome ("two partygoers were shot") is not counted as present.  Sentences
written for these tests after the patterns of such reports."""

from __future__ import annotations

import pytest

from reportcheck.api import compare_reports

from ...conftest import claims_of_text

PRESENT = [
    ("Roughly 60 people were in the building when the fire broke out.", "60 people", 60),
    ("Police said two men fired into a crowd of about 200 partygoers.", "200 partygoers", 200),
    ("The owner said most of the other 45 employees inside escaped unhurt.", "45 employees", 45),
    ("Some 350 guests were at the wedding hall that night.", "350 guests", 350),
    ("An estimated 80 party goers were in the backyard when the shots rang out.", "80 party goers", 80),
    ("About 40 worshippers were inside when the gunman entered the mosque.", "40 worshippers", 40),
    # a mine's underground: the workers inside when it blew
    ("Nine workers were inside the tunnel when the methane ignited.", "Nine workers", 9),
    ("About 30 miners were in the shaft at the time of the blast.", "30 miners", 30),
]

NOT_PRESENT = [
    "Two partygoers were shot in the leg.",
    "Five people were shot at the party.",
    "Three people were in the car.",
    "Dozens of guests ran from the hall.",
]


def _present(pipeline, sentence: str):
    return [c for c in claims_of_text(pipeline, sentence) if c.subject == "people present"]


@pytest.mark.parametrize(("sentence", "text", "value"), PRESENT, ids=[s[:40] for s, _, _ in PRESENT])
def test_people_present(pipeline, sentence, text, value):
    found = _present(pipeline, sentence)
    assert [(c.evidence.text, c.value.written) for c in found] == [(text, value)]


@pytest.mark.parametrize("sentence", NOT_PRESENT, ids=[s[:40] for s in NOT_PRESENT])
def test_no_people_present(pipeline, sentence):
    assert _present(pipeline, sentence) == []


def _present_findings(first: bytes, second: bytes):
    comparison = compare_reports([("a.txt", first), ("b.txt", second)], min_confidence=0.0)
    return [f.status.value for f in comparison.findings if f.subject == "people present"]


def test_two_reports_of_the_crowd_agree():
    assert _present_findings(
        b"Gunmen fired into a backyard party on Elm Street. More than 100 partygoers ran for cover.",
        b"Gunmen fired on about 100 partygoers at a backyard party on Elm Street.",
    ) == ["compatible"]


def test_two_reports_of_the_crowd_differ():
    found = _present_findings(
        b"About 300 people were in the club on Main Street when the shooting began.",
        b"About 60 people were in the club on Main Street when the shooting began.",
    )
    assert len(found) == 1 and found[0].endswith("conflict"), found
