"""The event a time is tied to (tests/extract/core/time_event_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ...conftest import claims_of_text

DATA = Path(__file__).parent  # the case files sit beside this module

CASES = yaml.safe_load((DATA / "time_event_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["sentence"][:50] for c in CASES])
def test_time_event(pipeline, case):
    claims = claims_of_text(pipeline, case["sentence"])
    times = [c for c in claims if c.kind.value == "time" and case["time"] in c.evidence.text]
    assert times, [(c.kind.value, c.evidence.text) for c in claims]
    assert times[0].time.event == case["event"]
    if "minutes" in case:
        assert [times[0].value.low, times[0].value.high] == case["minutes"]


@pytest.mark.parametrize(
    ("sentence", "times"),
    [
        # a clock word inside a name is no time (written after patterns in news reports)
        ("The shooting occurred at 3:15 p.m. Sunday at High Noon Gun Range.", ["3:15 p.m."]),
        ("Witnesses said the High Noon Saloon was packed.", []),
        ("He was last seen at the Midnight Rodeo bar at 1 a.m.", ["1 a.m."]),
        ("Shots rang out at noon Friday near the Midnight Sun Apartments.", ["noon"]),
        # ... but a capitalised clock word beside a day or after "at" is a time
        ("The ceremony took place at Noon on Sunday.", ["Noon"]),
        ("The attack came at Midnight Tuesday.", ["Midnight"]),
        ("It happened around Noon Monday in Dallas.", ["Noon"]),
    ],
)
def test_a_clock_word_in_a_name_is_no_time(pipeline, sentence, times):
    claims = claims_of_text(pipeline, sentence)
    assert [c.evidence.text for c in claims if c.kind.value == "time"] == times


@pytest.mark.parametrize(
    "sentence",
    [
        # a dotted time with a zone before a noun that is no event's: a
        # fixture's or a timetable's time (written for these tests)
        "Fans had gathered in the square to watch the 17.30 BST kick-off between Rovers and Albion.",
        "Passengers on the 10.15 GMT train from Harwick were held outside the station.",
        # "west" after a dotted time is a direction, not the zone WEST
        "The bus left the road at 21.30 west of Kandravi, killing four passengers.",
    ],
)
def test_a_dotted_time_with_no_zone_or_event_noun_is_no_time(pipeline, sentence):
    claims = claims_of_text(pipeline, sentence)
    assert [c.evidence.text for c in claims if c.kind.value == "time"] == []
