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


# A day on the readers' named clock (Eastern time of network copy) written
# beside the scene's own clock: near midnight the two days differ, and the
# zoned one is that clock's.  Shapes after ECB+ 13_3ecb (CC BY 3.0) "started
# about 9:40 p.m. Friday (1:40 a.m. ET Saturday)" and broadcaster copy that
# leads with Eastern time and brackets the local clock; names and places
# invented.
@pytest.mark.parametrize(
    "sentence, zone_day, local_day",
    [
        (
            "The fire started about 10:50 p.m. Tuesday (2:50 a.m. ET Wednesday), officials said.",
            "Wednesday",
            "Tuesday",
        ),
        (
            "The roof fell in early Thursday local time (6:20 p.m. EDT Wednesday), the council said.",
            "Wednesday",
            "Thursday",
        ),
        (
            "The quake hit at 1:05 a.m. local time Friday (12:05 p.m. ET on Thursday) off Norvale.",
            "Thursday",
            "Friday",
        ),
        (
            "Gunfire erupted at 12:30 a.m. ET Sunday (11:30 p.m. local time Saturday) in Ostend Park.",
            "Sunday",
            "Saturday",
        ),
    ],
)
def test_a_day_on_a_named_clock_beside_the_local_one_is_no_day_of_the_scene(sentence, zone_day, local_day):
    days = _days("Blaze in Tarrow\n\n" + sentence)
    assert not [day for day in days if zone_day in day], days
    assert [day for day in days if local_day in day], days


@pytest.mark.parametrize(
    "sentence, day",
    [
        # a zoned clock alone is the scene's own (a Florida shooting in Eastern time)
        ("The shooting happened at about 3:05 p.m. ET on Thursday near Harlow Park.", "Thursday"),
        # the local clause's day outside the brackets stays the scene's
        ("The quake struck at 8:10 a.m. local time (0210 GMT) on Sunday, the agency said.", "Sunday"),
        # a page stamp's day is no rendering of a local clock
        ("Posted 11:40 p.m. ET Tuesday. Two men were shot on Tuesday night in Tarrow.", "Tuesday"),
    ],
)
def test_a_day_beside_a_lone_zoned_clock_stays(sentence, day):
    assert day in _days("Shooting in Tarrow\n\n" + sentence)
