"""What a length measures (tests/extract/quantities/measure_kind_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ...conftest import claims_of_text

DATA = Path(__file__).parent  # the case files sit beside this module

CASES = yaml.safe_load((DATA / "measure_kind_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[f"{c['sentence'][:40]}|{c['quantity']}" for c in CASES])
def test_measure_kind(pipeline, case):
    claims = claims_of_text(pipeline, case["sentence"])
    matching = [c for c in claims if c.evidence.text == case["quantity"]]
    assert matching, [(c.kind.value, c.evidence.text) for c in claims]
    assert matching[0].kind.value == case["kind"]
    if "subject" in case:
        assert matching[0].subject == case["subject"]
    if "measure" in case:
        assert matching[0].frame.measure == case["measure"]


def test_two_renderings_are_one_claim_read_either_way(pipeline):
    """ "120 miles (195 km)": one claim, whose value holds both readings."""
    claims = claims_of_text(pipeline, "The plane came down 120 miles (195 km) west of Karsten.")
    distances = [c for c in claims if c.kind.value == "distance"]
    assert [c.evidence.text for c in distances] == ["120 miles (195 km)"]
    readings = [i.low for i in distances[0].value.intervals()]
    assert readings[0] is not None and abs(readings[0] - 193121.28) < 1
    assert 195000 in readings


def test_calibres_are_no_lengths(pipeline):
    """ "a 5.56mm and a 7.62mm rifle": calibres, with the weapon named after both."""
    claims = claims_of_text(
        pipeline, "Troops seized four pistols, a 5.56mm and a 7.62mm rifle and a 9mm handgun."
    )
    assert not [c.evidence.text for c in claims if c.kind.value in ("distance", "depth", "height")]


def test_a_place_before_a_bearing_gives_the_events_bearing_from_it(pipeline):
    """ "felt in Marwick 90 km west": Marwick is west of the quake, the quake east of Marwick."""
    claims = claims_of_text(pipeline, "Tremors were felt in the city of Marwick 90 kilometres west.")
    distances = [c for c in claims if c.kind.value == "distance"]
    assert [(c.quantity.anchor, c.quantity.bearing) for c in distances] == [("Marwick", "E")]


@pytest.mark.parametrize(
    "sentence",
    [
        # after ECB+ 35_10ecb: "held to just two catches for 25 yards"
        "In their first meeting this year, Okafor was held to three catches for 41 yards.",
        "Okafor set career highs of 64 receptions, 1,211 yards and eight touchdowns.",
        "The running back, who rushed for 132 yards on Sunday, was arrested on Tuesday.",
        "He finished the season with 1,310 receiving yards before the crash.",
    ],
)
def test_yards_gained_in_play_are_no_distance(pipeline, sentence):
    """A player's yardage is his record, not where or how far anything was:
    a season's 1,211 yards set against one game's 41 is no conflict."""
    claims = claims_of_text(pipeline, sentence)
    assert not [c.evidence.text for c in claims if c.kind.value in ("distance", "other_quantity")]


def test_yards_in_a_story_without_play_stay_a_distance(pipeline):
    claims = claims_of_text(pipeline, "The truck stopped about 60 yards from the stadium gates.")
    assert [c.kind.value for c in claims if c.evidence.text == "60 yards"] == ["distance"]


def test_a_storms_travel_speed_is_never_set_against_its_winds():
    """ "The storm moved north at 20 kph" is how fast it went, not its winds:
    set only against another travel speed, while two wind speeds still meet."""
    from ...conftest import measure_findings

    a = (
        "Cyclone Tara made landfall near Kendrapara on Friday with winds of 150 kph. "
        "The storm moved north at 20 kph."
    )
    b = (
        "Cyclone Tara hit the coast near Kendrapara on Friday with wind speeds of 175 kph, "
        "moving north at 25 kph."
    )
    wind = measure_findings("speed:wind", a, b)
    travel = measure_findings("speed", a, b)
    assert wind == [("conflict", ["150 kph", "175 kph"])]
    assert travel == [("conflict", ["20 kph", "25 kph"])]


@pytest.mark.parametrize(
    ("b", "sustained", "peak"),
    [
        # two agencies' sustained winds of one cyclone: a conflict
        (
            "Cyclone Tara came ashore on Friday with maximum sustained winds of 150 kph "
            "and gusts of up to 240 kph.",
            [("conflict", ["150 kph", "185 kph"])],
            [],
        ),
        # a sustained wind lies under the peak gust: never set against it
        ("Cyclone Tara came ashore on Friday with winds of up to 240 kph.", [], []),
    ],
)
def test_a_sustained_wind_is_set_against_sustained_winds_only(b, sustained, peak):
    """ "sustained winds of 185 kph" (an average over a minute or ten) and a
    peak gust "of up to 240 kph" are two measures of one storm's wind; two
    reports' sustained winds are one measure and may conflict."""
    from ...conftest import measure_findings

    a = "Cyclone Tara came ashore near Kendrapara on Friday packing sustained winds of 185 kph."
    assert [f for f in measure_findings("speed:wind:sustained", a, b) if f[0] != "only_in_one"] == sustained
    assert [f for f in measure_findings("speed:wind", a, b) if f[0] == "conflict"] == peak


@pytest.mark.parametrize(
    "sentence, quantity",
    [
        ("The Tarn river passed the 7-metre level at Brissac on Sunday.", "7-metre"),
        ("Workers raised the dam wall to the 40-metre level last year.", "40-metre"),
    ],
)
def test_a_level_in_a_sentence_naming_no_underground_works_is_no_depth(pipeline, sentence, quantity):
    """Only a mine's or a tunnel's level is named by its depth ("the minus
    610 metre level of the colliery"): a river's or a wall's is not."""
    claims = claims_of_text(pipeline, sentence)
    assert [c.kind.value for c in claims if c.evidence.text == quantity] not in ([], ["depth"])
