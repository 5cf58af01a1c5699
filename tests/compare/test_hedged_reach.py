"""Two hedged figures too far apart for the rounding a hedge implies.

Reporters round to a figure's last significant digit: "about 30 km" is told
of 25-35 km, "some 300 km" of 250-350 km, "about 120 kilometres" of 115-125.
Two hedged figures whose reaches cannot meet are no one figure rounded two
ways, so the hedges soften nothing and the difference is a conflict (README
rule 1); figures whose reaches meet ("about 20 km" and "about 25 km") stay
possible conflicts or compatible.  Our own sentences, in the shapes of wire
copy on quakes and blasts (an epicentre told from a town by two agencies, a
toll of the injured); the places are invented."""

from __future__ import annotations

import pytest

from tests.conftest import kind_findings

QUAKE = "An earthquake of magnitude 5.8 struck on Monday {where}, {who} said."


def _distance(first: str, second: str) -> list[tuple[str, list[str]]]:
    texts = (QUAKE.format(where=first, who="the survey"), QUAKE.format(where=second, who="officials"))
    return [(f.status.value, f.reasons) for f in kind_findings("distance", *texts)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("about 30 km east of Varnholt", "about 50km east of Varnholt"),
        ("about 500 kilometres west of Quenby", "some 300 km west of Quenby"),
        ("about 120 kilometres south of Tarrow", "some 210 kilometres south of Tarrow"),
        ("around 40 miles north of Pellmarsh", "roughly 70 miles north of Pellmarsh"),
    ],
)
def test_two_hedged_distances_beyond_each_others_rounding_conflict(first, second):
    [(status, reasons)] = _distance(first, second)
    assert status == "conflict"
    assert any("too far apart for their rounding" in r for r in reasons), reasons
    assert not any("hedged" in r for r in reasons), reasons


@pytest.mark.parametrize(
    ("first", "second", "soft"),
    [
        # 15-25 and 22.5-27.5 km meet: the hedges are weighed as hedges
        ("about 20 km east of Varnholt", "about 25 km east of Varnholt", "both values hedged: about"),
        ("some 300 km west of Quenby", "about 340 km west of Quenby", None),
        # within the judge's own tolerance: no difference at all
        ("about 40 km north of Pellmarsh", "some 45 km north of Pellmarsh", None),
    ],
)
def test_two_hedged_distances_within_reach_stay_soft(first, second, soft):
    [(status, reasons)] = _distance(first, second)
    assert not any("too far apart" in r for r in reasons), reasons
    if soft is None:
        assert status == "compatible"
    else:
        assert soft in reasons


def test_one_hedged_distance_beside_a_far_firm_one_stays_hedged():
    """ "about 30 km" beside a firm "50 km": the firm figure is as often
    another measure (where a car was seen, where someone lived), so the one
    hedge keeps its weight and the reasons say it."""
    [(status, reasons)] = _distance("about 30 km east of Varnholt", "50 km east of Varnholt")
    assert "one value hedged: about" in reasons
    assert not any("too far apart" in r for r in reasons), reasons


BLAST = "{count} people were injured in the gas explosion at the market in Dornick on Friday, police said."


@pytest.mark.parametrize(
    ("first", "second", "far"),
    [
        ("About 20", "Some 50", True),
        ("Around 300", "About 600", True),
        # "about 20" reaches 15-25 and "some 24" 22-26
        ("About 20", "Some 24", False),
    ],
)
def test_hedged_counts_are_weighed_by_their_rounding_too(first, second, far):
    found = kind_findings("injured", BLAST.format(count=first), BLAST.format(count=second))
    reasons = [r for f in found for r in f.reasons]
    assert any("too far apart for their rounding" in r for r in reasons) is far, reasons


@pytest.mark.parametrize(
    "text",
    [
        "The bus plunged some 300 meters (about 1,000 feet) into a ravine near Varnholt. "
        "The injured were taken to Quenby, about 190 kilometers (120 miles) to the west.",
        "The truck fell about 80 metres down a slope near Tarrow. "
        "Rescuers came from Pellmarsh, some 40 km away.",
    ],
)
def test_one_reports_two_hedged_figures_far_apart_are_no_internal_conflict(text):
    """One writer's two rounded figures far apart tell two things (a fall and
    how far the hospital town lies), never one figure told twice."""
    findings = kind_findings("distance", text, "A bus fell into a ravine near Varnholt on Monday.")
    conflicts = [f.reasons for f in findings if f.status.value == "conflict"]
    assert not conflicts, conflicts


BLAZE = "The fire broke out at the Dornick textile mill on Friday {when}, {who} said."


def _clock(first: str, second: str) -> list[tuple[str, list[str]]]:
    texts = (BLAZE.format(when=first, who="police"), BLAZE.format(when=second, who="the fire service"))
    return [(f.status.value, f.reasons) for f in kind_findings("time", *texts)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a reporter rounds "about 2:15 p.m." to its quarter, "around 4:30 p.m." too
        ("at about 2:15 p.m.", "at around 4:30 p.m."),
        # "around 11 a.m." is rounded to the hour: 10:30-11:30, far from 2:45 p.m.
        ("at around 11 a.m.", "at about 2:45 p.m."),
        # either side of midnight, three hours apart
        ("at around 11 p.m.", "at about 2 a.m."),
    ],
)
def test_two_hedged_clock_times_beyond_their_rounding_conflict(first, second):
    [(status, reasons)] = _clock(first, second)
    assert status == "conflict"
    assert any("too far apart for their rounding" in r for r in reasons), reasons


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # "about 3 p.m." reaches 2:30-3:30 and "around 3:25 p.m." 3:20-3:30
        ("at about 3 p.m.", "at around 3:25 p.m."),
        # "about 11:50 p.m." and "around midnight" meet across midnight
        ("at about 11:50 p.m.", "at around midnight"),
    ],
)
def test_two_hedged_clock_times_within_reach_keep_their_hedges(first, second):
    for _status, reasons in _clock(first, second):
        assert not any("too far apart" in r for r in reasons), reasons
