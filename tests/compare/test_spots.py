"""A spot told more closely by one report than by the other (compare/spots.py):
a street or a venue written as the scene, beside the other report's town.
The sentences are written for these tests in the patterns of wire and local
crime reports (the shape of ECB+ 8_8ecbplus "a commercial building on
central Stadiou Avenue" against 8_3ecbplus "in central Athens", CC BY 3.0)."""

from __future__ import annotations

import datetime as dt

from reportcheck.api import compare_reports
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Finding, Status


def _places(a: str, b: str) -> list[Finding]:
    reports = [load_text(text, date=dt.date(2026, 3, 10)) for text in (a, b)]
    return [f for f in compare_reports(reports).findings if f.kind is ClaimKind.location]


def _paired(findings: list[Finding]) -> set[tuple[Status, tuple[tuple[int, str], ...]]]:
    return {
        (f.status, tuple(sorted({(c.report, c.evidence.text) for c in f.claims})))
        for f in findings
        if len({c.report for c in f.claims}) == 2
    }


def test_a_street_of_the_scene_is_compatible_with_the_other_reports_town(pipeline):
    findings = _places(
        "Three bank workers died on Wednesday when rioters threw petrol bombs into a building on"
        " Panepistimiou Avenue in Athens, police said.",
        "Three people were killed on Wednesday when protesters set fire to a bank in Athens.",
    )
    paired = _paired(findings)
    assert (Status.compatible, ((0, "Panepistimiou Avenue"), (1, "Athens"))) in paired
    assert not any(f.status is Status.conflict for f in findings)


def test_a_venue_of_the_scene_is_compatible_with_the_other_reports_town(pipeline):
    findings = _places(
        "A gunman shot and killed two men at the Blue Anchor Tavern in Dayton, Ohio, on Friday night.",
        "Two men were killed in a shooting in Dayton on Friday night, Ohio police said.",
    )
    assert (Status.compatible, ((0, "Blue Anchor Tavern"), (1, "Dayton"))) in _paired(findings)


def test_a_hospital_never_stands_for_the_scene(pipeline):
    findings = _places(
        "A man was shot in Dayton, Ohio, on Friday and died later at Miami Valley Hospital.",
        "A man was killed in a shooting in Dayton on Friday, Ohio police said.",
    )
    assert not any(
        any("Hospital" in c.evidence.text for c in f.claims)
        for f in findings
        if f.status is Status.compatible
    )


def test_a_spot_not_told_as_the_scene_is_left_alone(pipeline):
    findings = _places(
        "A girl was killed by a stray bullet in Albany, New York, on Friday. The suspect had picked up"
        " the gun at the Elm Court apartments.",
        "A girl was shot dead in Albany on Friday, New York police said.",
    )
    assert not any(
        any("Elm Court" in c.evidence.text for c in f.claims)
        for f in findings
        if f.status is not Status.only_in_one
    )


def test_a_report_of_two_scene_towns_places_its_street_in_neither(pipeline):
    findings = _places(
        "Two men were shot on Market Street in Troy, and a third was wounded in Albany, New York police"
        " said.",
        "Three men were shot in Troy and Albany on Friday, New York police said.",
    )
    assert not any(
        any("Market Street" in c.evidence.text for c in f.claims)
        for f in findings
        if f.status is not Status.only_in_one
    )


def test_an_arrests_street_is_no_scene(pipeline):
    findings = _places(
        "Two women were found stabbed to death inside a New Bedford home on Monday. Dan Souza was arrested"
        " late Tuesday at 1450 Acushnet Street.",
        "Two women were stabbed to death in New Bedford on Monday, Massachusetts police said.",
    )
    assert not any(
        any("Acushnet" in c.evidence.text for c in f.claims)
        for f in findings
        if f.status is not Status.only_in_one
    )


def _streets(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.subject == "street"]


def test_one_street_name_in_two_towns_is_no_same_street(pipeline):
    """A dateline town in one report, another town in the other ("in Allen"):
    neighbouring towns each have their Oak Court, so the name alike is no
    agreement; each report's street stays its own, and nothing conflicts."""
    findings = _places(
        "FRISCO, Texas - A 41-year-old man was shot Friday night at a home in the 2200 block of"
        " Birch Court, police said.",
        "DENTON, Texas - A 41-year-old man was shot Friday night at a home in the 2200 block of"
        " Birch Court in Denton, police said.",
    )
    streets = _streets(findings)
    assert len(streets) == 2 and {f.status for f in streets} == {Status.only_in_one}, streets
    assert all("towns differ" in " ".join(f.reasons) for f in streets)


def test_one_street_name_in_one_town_still_agrees(pipeline):
    """The negative: both reports in one town (dateline and "in TOWN") agree on the street."""
    findings = _places(
        "FRISCO, Texas - A 41-year-old man was shot Friday night at a home in the 2200 block of"
        " Birch Court, police said.",
        "A 41-year-old man was shot Friday night at a home in the 2200 block of Birch Court in"
        " Frisco, Texas, police said.",
    )
    assert {f.status for f in _streets(findings)} == {Status.agree}, _streets(findings)
