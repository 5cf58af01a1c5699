"""Wire datelines give the story's city (tests/extract/places/dateline_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportcheck.extract import ReportExtractor, run_pipeline
from reportcheck.load import load_text

from ...conftest import claims_of_text

DATA = Path(__file__).parent  # the case files sit beside this module

CASES = yaml.safe_load((DATA / "dateline_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:30] for c in CASES])
def test_dateline_city(pipeline, case):
    report = load_text(case["text"])
    claims = ReportExtractor(report, 0).claims(run_pipeline(pipeline, report.text))
    first_words = report.text.split()[0].strip(",")
    datelined = [c for c in claims if c.kind.value == "location" and c.evidence.text == first_words]
    if case["city"] is None:
        assert not datelined
    else:
        assert datelined, [(c.kind.value, c.evidence.text) for c in claims]
        assert (datelined[0].value.name, datelined[0].place.country) == (case["city"], case["country"])


def test_a_dateline_after_the_pages_date_stamp(pipeline):
    """A web page prints its date before the dateline: "December 15, 2014 AUBURN, Ala. --"."""
    claims = claims_of_text(
        pipeline, "Monday, December 15, 2014 AUBURN, Ala. --A student was shot and killed on Sunday."
    )
    datelined = [c for c in claims if c.kind.value == "location" and c.evidence.text == "AUBURN"]
    assert datelined and datelined[0].place.region == "AL"


def test_a_dateline_names_a_town_of_its_state(pipeline):
    """The state after a dateline picks the town among namesakes, however
    small: Millersburg, Pa., not the larger Millersburg, Ohio."""
    claims = claims_of_text(
        pipeline, "MILLERSBURG, Pa. - A hunter was shot in the arm on Saturday, police said."
    )
    datelined = [c for c in claims if c.kind.value == "location" and c.evidence.text == "MILLERSBURG"]
    assert datelined and datelined[0].place.region == "PA"


@pytest.mark.parametrize(
    ("text", "county", "region"),
    [
        ("AMHERST CO., Va., - Deputies are looking for a gunman.", "Amherst County", "VA"),
        ("BUTLER CO., Ohio — A man was shot in the leg, deputies said.", "Butler County", "OH"),
    ],
)
def test_a_dateline_of_an_abbreviated_county(pipeline, text, county, region):
    """A station's dateline may name a county, abbreviated, with its state
    and a comma after it: "ROCKBRIDGE CO., Va., -"."""
    claims = claims_of_text(pipeline, text)
    datelined = [c for c in claims if c.kind.value == "location" and c.place.stated_as == "dateline"]
    assert datelined and (datelined[0].value.name, datelined[0].place.region) == (county, region)
