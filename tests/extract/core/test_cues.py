"""Hedges, bounds and sources on claims (tests/extract/core/cue_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ...conftest import claims_of_text

DATA = Path(__file__).parent  # the case files sit beside this module

CASES = yaml.safe_load((DATA / "cue_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["sentence"][:50] for c in CASES])
def test_cues_and_source(pipeline, case):
    claims = claims_of_text(pipeline, case["sentence"])
    matching = [c for c in claims if case["claim"] in c.evidence.text]
    assert matching, [c.evidence.text for c in claims]
    claim = matching[0]
    assert sorted(h.cue for h in claim.hedges) == sorted(case["cues"])
    assert claim.source == case["source"]


@pytest.mark.parametrize(
    ("sentence", "figure", "low", "high", "cues"),
    [
        # "up to" a speed is the highest the wind reached: the figure of a peak,
        # and a share below it (peak_of, peak_spread), never down to nothing
        ("The cyclone hit the coast with winds of up to 200 kph, officials said.", "200 kph", 170, 200, []),
        ("Gusts of up to 130 kph tore roofs off homes in the port.", "130 kph", 110.5, 130, []),
        # ... not a car's: the most it went in a chase bounds a speed it had when it crashed
        ("The truck reached speeds of up to 90 mph during the chase.", "90 mph", 0, 144.84096, ["up to"]),
        ("The driver hit speeds up to 110 mph before he left the road.", "110 mph", 0, 177.02784, ["up to"]),
        # a sustained (average) wind is its own measure's point value, no bound
        ("The cyclone came ashore packing sustained winds of 185 kph.", "185 kph", 185, 185, []),
        ("Average wind speeds of 90 kph were recorded at the airport.", "90 kph", 90, 90, []),
        # ... a car's average speed likewise
        ("The car kept an average speed of 60 kph through the town.", "60 kph", 60, 60, []),
        ("Police said he drove at a sustained speed of 90 kph on the highway.", "90 kph", 90, 90, []),
        # ... "up to" a count bounds it
        ("Up to 40 people may have died in the landslide, officials said.", "40 people", 0, 40, ["up to"]),
    ],
)
def test_up_to_a_peak_is_the_peak(pipeline, sentence, figure, low, high, cues):
    """ "winds of up to 240 kph" against "winds of 180 kph" is a conflict of two
    maxima (a sustained wind a little below the peak is not); "up to 50
    people may have died" stays a bound."""
    claims = claims_of_text(pipeline, sentence)
    claim = next(c for c in claims if c.evidence.text == figure)
    assert claim.value.low == pytest.approx(low)
    assert claim.value.high == (None if high is None else pytest.approx(high))
    assert [h.cue for h in claim.hedges] == cues
