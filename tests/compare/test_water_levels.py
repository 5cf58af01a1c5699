"""A river's level as two flood reports give it: a reading told as still
rising is the least its peak reached (compatible with a higher peak), two
peaks at one gauge cannot both hold, and the record each sets it against is
another day's level, never the flood's own (rules/units.yaml).  And the
volume of a landslide, in cubic metres.  Invented sentences after flood
and landslide reports."""

from __future__ import annotations

from ..conftest import conflict_kinds, findings_of

MORNING = (
    "The Korrin River at the Ashby bridge has reached 6.4 metres and is still rising, the regional "
    "council said on Friday. The record is 7.1m, set in 2019."
)
PEAK = "The Korrin River peaked at 7.9 metres at the Ashby bridge at about 5pm on Friday, the council said."


def test_a_rising_reading_is_the_least_its_peak_reached():
    assert not {"height", "distance"} & set(conflict_kinds(MORNING, PEAK))


def test_two_peaks_at_one_gauge_conflict():
    other = PEAK.replace("7.9 metres", "6.9 metres")
    assert "height" in conflict_kinds(PEAK, other)


def test_a_record_is_no_reading_of_the_flood():
    lone = MORNING.replace(" and is still rising", "")
    assert "height" not in conflict_kinds(lone, lone)
    assert "distance" not in conflict_kinds(lone, lone)


SLIDE = (
    "A landslide buried six homes in the village of Verkhni Dol on Tuesday. Geologists estimated "
    "that about 500,000 cubic metres of earth and rock had moved down the slope."
)


def test_two_volumes_of_one_slide_conflict():
    other = SLIDE.replace("about 500,000 cubic metres", "1.5 million cubic metres")
    assert "other_quantity" in conflict_kinds(SLIDE, other)


def test_a_flow_is_no_volume():
    """ "releasing 3,000 cubic metres of water per second" is how fast the
    water went, never set against another report's volume let out."""
    flow = (
        "The dam operator began releasing 3,000 cubic metres of water per second on Monday, "
        "flooding the valley."
    )
    volume = (
        "The dam operator released about 1.5 million cubic metres of water on Monday, flooding the valley."
    )
    conflicts = [f for f in findings_of(flow, volume) if f.status.value in ("conflict", "possible_conflict")]
    assert not [f for f in conflicts if f.kind.value == "other_quantity"], conflicts
