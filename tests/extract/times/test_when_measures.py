"""What a time or a day measures (tests/extract/times/when_measure_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ...conftest import claim_quoting, claims_of_text

DATA = Path(__file__).parent  # the case files sit beside this module

CASES = yaml.safe_load((DATA / "when_measure_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[f"{c['sentence'][:40]}|{c['value']}" for c in CASES])
def test_when_measure(pipeline, case):
    claim = claim_quoting(pipeline, case["sentence"], case["kind"], case["value"])
    assert claim.frame.measure == case["measure"]
    if "utc_offset" in case:
        assert claim.time.utc_offset == case["utc_offset"]


def test_a_time_on_two_clocks_is_one_claim(pipeline):
    claims = claims_of_text(pipeline, "The tremor hit at 6:10 a.m. (2310 GMT Saturday), the agency said.")
    times = [c for c in claims if c.kind.value == "time"]
    assert len(times) == 1, [c.evidence.text for c in times]
    assert times[0].value.written == 370
    assert times[0].time.utc_offset == 420


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        # ECB+ 13_3 (CC BY 3.0): a story from Alaska with its readers' Eastern time
        ("The blaze started about 9:40 p.m. Friday (1:40 a.m. ET Saturday).", 1300),
        # ECB+ 24_3 (CC BY 3.0): a Paris robbery for American readers
        ("At around 4:30 a.m. local time (11.30 p.m. ET) the thieves rammed an SUV in.", 270),
        ("The plane landed at 3:15 p.m. (6:15 p.m. EDT) on Sunday.", 915),
    ],
)
def test_a_time_on_the_readers_clock_is_no_second_time(pipeline, sentence, written):
    """The bracketed time on another named clock is the same moment rendered
    for the readers, not a second time of the story."""
    times = [c for c in claims_of_text(pipeline, sentence) if c.kind.value == "time"]
    assert [c.value.written for c in times] == [written], [c.evidence.text for c in times]


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        # network copy leads with Eastern time and brackets the scene's clock
        ("The shooting began around 12:40 a.m. ET Sunday (11:40 p.m. local time Saturday) at a home.", 1420),
        ("The tower fell at 3:10 p.m. EDT (8:10 p.m. local time), officials said.", 1210),
    ],
)
def test_a_bracketed_local_clock_is_the_story_time(pipeline, sentence, written):
    """ "12:40 a.m. ET Sunday (11:40 p.m. local time Saturday)": the bracket
    names the scene's clock, so it is the claim, and the readers' Eastern
    time its rendering."""
    times = [c for c in claims_of_text(pipeline, sentence) if c.kind.value == "time"]
    assert [c.value.written for c in times] == [written], [c.evidence.text for c in times]
