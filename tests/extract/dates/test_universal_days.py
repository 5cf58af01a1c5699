"""A day written beside a universal clock that renders a local one.

Wire reports of quakes give the local clock and its GMT rendering in
brackets: "hit at 3:47 a.m. local time (1947 GMT Saturday)". Near midnight
the bracketed day is the day on the universal clock, not at the scene, so
it dates nothing of the incident; a day told with a GMT time alone ("struck
at 11:05 GMT on Saturday") is still the report's day of it. Sentences
written for these tests in the shapes wire copy uses.
"""

from __future__ import annotations

import pytest

from ...conftest import kind_findings, report_claims


def _days(text: str) -> list[str]:
    return [c.evidence.text for c in report_claims(text) if c.kind.value == "date"]


@pytest.mark.parametrize(
    "sentence, universal_day",
    [
        ("The quake hit at 3:47 a.m. local time (1947 GMT Saturday) at a depth of 10 km.", "Saturday"),
        ("The tremor struck at 1:20 a.m. on Monday (2320 UTC on Sunday) near the coast.", "Sunday"),
        ("It struck at 12:05 a.m. local time (16:05 GMT, Friday), the agency said.", "Friday"),
    ],
)
def test_a_day_in_a_universal_rendering_is_no_day_of_the_scene(sentence, universal_day):
    assert not [day for day in _days("Quake jolts Tarrow\n\n" + sentence) if universal_day in day]


@pytest.mark.parametrize(
    "sentence, day",
    [
        ("The quake struck at 11:05 GMT on Saturday near Tarrow, the agency said.", "Saturday"),
        ("The tremor struck on Tuesday (0810 GMT) near the coast.", "Tuesday"),
    ],
)
def test_a_day_outside_the_rendering_stays(sentence, day):
    assert day in _days("Quake jolts Tarrow\n\n" + sentence)


def test_the_rendering_day_meets_no_local_day_of_the_other_report():
    wire = (
        "Strong quake shakes Tarrow\n\n"
        "A magnitude 6.2 earthquake struck the Tarrow district early on Sunday, officials said. "
        "The quake hit at 3:47 a.m. local time (1947 GMT Saturday) at a depth of 10 km."
    )
    local = (
        "Tarrow quake toll rises\n\n"
        "The earthquake that rocked Tarrow district on Sunday morning killed three people, officials said."
    )
    assert all(f.status.value != "conflict" for f in kind_findings("date", wire, local))
