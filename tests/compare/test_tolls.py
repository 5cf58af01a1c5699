"""Counts of the dead and the hurt that cover different people: a count of
people shot holds the dead and the wounded, and a toll of a murder-suicide
may hold the attacker; only counts of the same people conflict.  Report
pairs from toll_cases.yaml, compared end to end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from reportcheck.api import compare_reports
from reportcheck.load import load_text

CASES = yaml.safe_load((Path(__file__).parent / "toll_cases.yaml").read_text(encoding="utf-8"))
TOLLS = {"killed", "injured", "other_count"}


def _toll_conflicts(a: str, b: str) -> list[str]:
    reports = [load_text(text, date=dt.date(2026, 5, 4)) for text in (a, b)]
    findings = compare_reports(reports, min_confidence=0.0).findings
    return [f.explanation for f in findings if f.status.value == "conflict" and f.kind.value in TOLLS]


@pytest.mark.parametrize("case", CASES, ids=[c["rule"] for c in CASES])
def test_toll_scope(case):
    found = _toll_conflicts(case["a"], case["b"])
    assert bool(found) is case["conflict"], found


@pytest.mark.parametrize(
    ("b", "conflict"),
    [
        ("Cyclone Sidr hit the coast of Bangladesh on Thursday with winds of 180 kph, officials said.", True),
        (
            "Cyclone Sidr hit the coast of Bangladesh on Thursday with winds of 240 kph, officials said.",
            False,
        ),
        # a figure a little below the peak may be the sustained wind of the same storm
        (
            "Cyclone Sidr hit the coast of Bangladesh on Thursday with winds of 220 kph, officials said.",
            False,
        ),
    ],
)
def test_a_peak_told_with_up_to_is_set_against_the_other_peak(b, conflict):
    """ "winds of up to 240 kph" is the highest wind, not a bound: another
    report's "winds of 180 kph" contradicts it (as a bound it held), its
    "winds of 220 kph" (a sustained speed, another agency's) does not."""
    a = "Cyclone Sidr hit the coast of Bangladesh on Thursday with winds of up to 240 kph, officials said."
    reports = [load_text(text, date=dt.date(2026, 5, 4)) for text in (a, b)]
    findings = compare_reports(reports, min_confidence=0.0).findings
    speeds = [f for f in findings if f.kind.value == "other_quantity"]
    assert speeds, [f.explanation for f in findings]
    assert any(f.status.value == "conflict" for f in speeds) is conflict


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Blast kills 21 at coal mine\n\nA methane explosion at a coal mine in Harnai killed 21 miners "
            "on Friday, officials said.",
            "Twelve coal miners were killed in a methane explosion at a mine in Harnai on Friday, officials "
            "said. Mine accidents are common in the province; in 2011 an explosion at Sorange killed 43.",
        ),
        (
            "Factory fire kills nine\n\nA fire at a garment factory in Tongi killed nine workers on Monday.",
            "Six workers died when fire swept through a garment factory in Tongi on Monday. Factory fires "
            "are common; in 2012 a fire at a plant in Ashulia killed 112.",
        ),
    ],
)
def test_one_kind_of_people_is_set_against_its_own_kind_first(a, b):
    """ "killed 21 miners" against "Twelve coal miners were killed": one set
    of people by one noun, so a conflict, even where each has a total of
    all people (a bare headline figure, an undated earlier toll) it could be
    a part of.  Undated reports, so the earlier toll stays in the running."""
    reports = [load_text(text) for text in (a, b)]
    findings = compare_reports(reports, min_confidence=0.0).findings
    conflicts = [
        sorted(c.evidence.text for c in f.claims)
        for f in findings
        if f.status.value == "conflict" and f.kind.value == "killed"
    ]
    assert len(conflicts) == 1
    assert all(text.lower().endswith(("miners", "workers")) for text in conflicts[0])


@pytest.mark.parametrize(
    ("text", "wider"),
    [
        (
            "A tornado tore through Millbrook on Saturday, killing four people, officials said. "
            "Storms across the Midwest killed seven people in all, including two in Iowa.",
            "seven people",
        ),
        (
            "Two people died when a tornado hit Dunmore on Sunday. The storm system killed nine people "
            "altogether across the region.",
            "nine people",
        ),
        # negative: a sum with no word of places wider than the incident stays the toll
        ("Three people were killed when a tornado hit Dunmore on Sunday. In all, five people died.", None),
        # negative: "across the street" is one spot
        (
            "Two people were killed in the blast on Sunday. In all, four people died across the street.",
            None,
        ),
        # negative: the sum word tells another clause's figure, not the toll's
        (
            "Two people died when a tornado hit Dunmore on Sunday. Storms across the region killed three "
            "people, and 40 homes were destroyed in all.",
            None,
        ),
    ],
)
def test_a_toll_summed_over_wider_places_is_its_own_scope(pipeline, text, wider):
    """ "Storms across the South killed six people in all" after the
    tornado's five: the storms' toll over a wider area (scope "wider"),
    never set against a town's toll of the tornado in another report."""
    from reportcheck.pipeline import build_pipeline

    from ..conftest import claims_of_text

    claims = claims_of_text(build_pipeline(), text)
    scoped = [c.evidence.text for c in claims if c.kind.value == "killed" and c.frame.scope == "wider"]
    assert scoped == ([wider] if wider else [])


def test_a_wider_toll_is_not_set_against_a_towns():
    a = (
        "A tornado tore through Millbrook on Saturday, killing four people, officials said. "
        "Storms across the Midwest killed seven people in all, including two in Iowa."
    )
    b = "Four people were killed when a tornado struck Millbrook on Saturday, county officials said."
    assert not _toll_conflicts(a, b)
