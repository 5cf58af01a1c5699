"""A river's level at its gauge told by the river's name: a height of the
water whose bearer is the river, so two gauges in one report are two
rivers' levels (extract/quantities/component.py, align.py).  Sentences
written after Croatian and Serbian flood reports, with invented gauges."""

from __future__ import annotations

from ...conftest import claims_of_text, findings_of

HEADLINE = "Drava at Osijek reaches 4.71 metres\n\n"
BODY = (
    "OSIJEK, April 2, 2025 (Hina) - The Drava river at the Osijek gauge reached 4.71 metres "
    "on Wednesday morning. "
)


def _levels(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (c.evidence.text, c.frame.measure, c.frame.bearer)
        for c in claims_of_text(pipeline, text)
        if c.kind.value in ("height", "distance")
    ]


def test_a_headline_names_the_river_the_body_tells_at_its_gauge(pipeline):
    assert _levels(pipeline, HEADLINE + BODY) == [
        ("4.71 metres", "water level", "drava"),
        ("4.71 metres", "water level", "drava"),
    ]


def test_a_river_told_by_its_flowing_is_the_water_of_its_level(pipeline):
    text = BODY + "The Vuka, which flows into the Danube at Vukovar, was at 310 centimetres in the morning."
    assert ("310 centimetres", "water level", "vuka") in _levels(pipeline, text)


def test_a_person_at_a_distance_is_no_river(pipeline):
    text = BODY + "Ivan Horvat was at 5 metres from the edge when the bank gave way."
    assert ("5 metres", "water level", "ivan horvat") not in _levels(pipeline, text)
    assert [m for t, m, _ in _levels(pipeline, text) if t == "5 metres"] != ["water level"]


def test_two_gauges_are_two_rivers_not_one_level_told_twice():
    first = BODY + "The Mura at the Goricane gauge was at 3.9 metres on Wednesday, falling slowly."
    second = (
        "OSIJEK, April 2, 2025 - On Wednesday morning the Drava at the Osijek gauge "
        "stood at 471 centimetres. "
        "The Mura, which flows into the Drava near Legrad, was at 390 centimetres in the morning."
    )
    found = findings_of(first, second, min_confidence=0)
    levels = [f for f in found if f.kind.value == "height"]
    assert not [f for f in levels if f.status.value in ("conflict", "possible_conflict")]
    paired = sorted(sorted(c.evidence.text for c in f.claims) for f in levels if f.status.value == "agree")
    assert paired == [["3.9 metres", "390 centimetres"], ["4.71 metres", "471 centimetres"]]
