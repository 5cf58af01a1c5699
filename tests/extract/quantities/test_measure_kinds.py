"""What a length measures (tests/extract/quantities/measure_kind_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportcheck.extract import ReportExtractor, run_pipeline
from reportcheck.load import load_text

DATA = Path(__file__).parent  # the case files sit beside this module

CASES = yaml.safe_load((DATA / "measure_kind_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[f"{c['sentence'][:40]}|{c['quantity']}" for c in CASES])
def test_measure_kind(pipeline, case):
    report = load_text(case["sentence"])
    claims = ReportExtractor(report, 0).claims(run_pipeline(pipeline, report.text))
    matching = [c for c in claims if c.evidence.text == case["quantity"]]
    assert matching, [(c.kind.value, c.evidence.text) for c in claims]
    assert matching[0].kind.value == case["kind"]
    if "subject" in case:
        assert matching[0].subject == case["subject"]
    if "measure" in case:
        assert matching[0].frame.measure == case["measure"]


def test_two_renderings_are_one_claim_read_either_way(pipeline):
    """ "120 miles (195 km)": one claim, whose value holds both readings."""
    report = load_text("The plane came down 120 miles (195 km) west of Karsten.")
    claims = ReportExtractor(report, 0).claims(run_pipeline(pipeline, report.text))
    distances = [c for c in claims if c.kind.value == "distance"]
    assert [c.evidence.text for c in distances] == ["120 miles (195 km)"]
    readings = [i.low for i in distances[0].value.intervals()]
    assert readings[0] is not None and abs(readings[0] - 193121.28) < 1
    assert 195000 in readings


def test_calibres_are_no_lengths(pipeline):
    """ "a 5.56mm and a 7.62mm rifle": calibres, with the weapon named after both."""
    report = load_text("Troops seized four pistols, a 5.56mm and a 7.62mm rifle and a 9mm handgun.")
    claims = ReportExtractor(report, 0).claims(run_pipeline(pipeline, report.text))
    assert not [c.evidence.text for c in claims if c.kind.value in ("distance", "depth", "height")]


def test_a_place_before_a_bearing_gives_the_events_bearing_from_it(pipeline):
    """ "felt in Marwick 90 km west": Marwick is west of the quake, the quake east of Marwick."""
    report = load_text("Tremors were felt in the city of Marwick 90 kilometres west.")
    claims = ReportExtractor(report, 0).claims(run_pipeline(pipeline, report.text))
    distances = [c for c in claims if c.kind.value == "distance"]
    assert [(c.quantity.anchor, c.quantity.bearing) for c in distances] == [("Marwick", "E")]
