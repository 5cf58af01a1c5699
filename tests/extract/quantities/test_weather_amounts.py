"""Snow and rain told as a bare length, and a river's forecast, flood mark
and record: measures of their own, never plain distances set against each
other (extract/quantities/weather.py, component.py; rules/units.yaml
``snow_words``, ``weather_*``, ``flood_marks``, ``water_forecast_words``).

The shapes are those of US and Canadian storm copy and Australian flood copy
(genre52a 03 and 10, genre52b 17); the dev corpora hold none (no snow or
rain amount among their texts), so the near misses are theirs: "within
inches of", a suspect "5 foot 5 inches tall", a fall "about 25 feet".
Names, places and figures invented."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text, findings_of, flagged

SNOW_LEDE = (
    "MARDEN, N.Y. (AP) — A lake-effect snowstorm buried the southern towns under heavy snow on Sunday. "
)


def _measures(pipeline, text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each length's words -> (measure, scope)."""
    return {
        c.evidence.text: (c.frame.measure, c.frame.scope)
        for c in claims_of_text(pipeline, text)
        if c.kind.value in ("distance", "height", "depth", "other_quantity")
    }


@pytest.mark.parametrize(
    ("sentence", "figure", "measure", "scope"),
    [
        # a town's total, told by a verb of measuring with the town as subject
        (
            "The village of Glenhaven measured 38 inches by Monday morning.",
            "38 inches",
            "snowfall",
            "glenhaven",
        ),
        ("Pine Hollow recorded 31 inches, the weather service said.", "31 inches", "snowfall", "pine hollow"),
        ("By Tuesday, Kessler had picked up 2 feet.", "2 feet", "snowfall", "kessler"),
        # ... the owner of a total
        ("Ardsley's total of 44 inches was the highest reported.", "44 inches", "snowfall", "ardsley"),
        # a snow word beside the figure, in any report
        ("The storm dumped more than 3 feet of snow on the foothills.", "3 feet", "snowfall", None),
        # still to come: a forecast, its own measure
        (
            "Forecasters said the band would bring another 8 to 12 inches to the city.",
            "8 to 12 inches",
            "snowfall:forecast",
            None,
        ),
        (
            "The band could drop an additional 10 inches of snow by Wednesday.",
            "10 inches",
            "snowfall:forecast",
            None,
        ),
    ],
)
def test_a_snow_storys_bare_totals_are_snowfall(pipeline, sentence, figure, measure, scope):
    assert _measures(pipeline, SNOW_LEDE + sentence)[figure] == (measure, scope)


@pytest.mark.parametrize(
    ("sentence", "figure", "measure"),
    [
        (
            "The office issued a rainfall warning, calling for another 30 to 50 millimetres by Friday.",
            "30 to 50 millimetres",
            "rainfall:forecast",
        ),
        (
            "A rainfall warning is in effect for the valley, with up to 60 mm expected.",
            "60 mm",
            "rainfall:forecast",
        ),
        # a river's level: a flood mark, a forecast at another gauge, a headline, a record
        ("Flood stage at the Esk gauge is 4.2 metres.", "4.2 metres", "water level:flood mark"),
        ("The level is a metre above flood stage of 4.2 metres.", "4.2 metres", "water level:flood mark"),
        (
            "The river stopped just short of the 9.5-metre major flood level.",
            "9.5-metre",
            "water level:flood mark",
        ),
        (
            "The Tarn River at Esk was expected to peak at 5.3 metres on Tuesday.",
            "5.3 metres",
            "water level:forecast",
        ),
        (
            "The Ouse River is forecast to reach 7.9 metres at Harlow by Friday.",
            "7.9 metres",
            "water level:forecast",
        ),
        ("Relief in Ardmore as river peaks at 9.8m, but roads stay shut", "9.8m", "water level"),
        ("In 2019 the Tarn River reached a record 12.1 metres.", "12.1 metres", "record"),
    ],
)
def test_rain_forecasts_and_river_marks_have_measures_of_their_own(pipeline, sentence, figure, measure):
    assert _measures(pipeline, sentence)[figure][0] == measure


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # near misses in a snow story: a distance, a build, a fall
        ("Crews got within 30 feet of the house before the roof gave way.", "30 feet"),
        ("The suspect is 5 foot 5 inches tall and weighs 170 pounds.", "5 foot 5 inches"),
        ("A hiker fell about 25 feet into a ravine near the lodge.", "25 feet"),
    ],
)
def test_other_lengths_of_a_snow_story_are_no_snowfall(pipeline, sentence, figure):
    found = _measures(pipeline, SNOW_LEDE + sentence)
    assert figure in found, found
    assert not (found[figure][0] or "").startswith("snowfall")


def test_a_verb_of_the_forecast_further_back_is_another_verbs(pipeline):
    text = SNOW_LEDE + "The storm, which could be the worst in years, dumped 30 inches of snow on Marden."
    assert _measures(pipeline, text)["30 inches"][0] == "snowfall"


def test_a_total_measured_in_a_report_naming_no_snow_is_no_snowfall(pipeline):
    text = "Crews measured 40 feet between the two cars, police said. The road was closed for hours."
    assert not (_measures(pipeline, text)["40 feet"][0] or "").startswith("snowfall")


FIRST = (
    SNOW_LEDE + "The village of Glenhaven measured 38 inches by Monday morning, and Pine Hollow recorded "
    "31 inches. Forecasters said the band would bring another 1 to 2 feet to the city on Tuesday."
)
SECOND = (
    SNOW_LEDE + "Glenhaven's total of 38 inches was the highest reported, the weather service said. "
    "The band could drop another 1 to 2 feet of snow on the city by Wednesday."
)


def test_two_towns_totals_and_a_forecast_are_never_one_figure():
    found = findings_of(FIRST, SECOND, min_confidence=0)
    assert not flagged(found)
    agreed = sorted(
        tuple(c.evidence.text for c in f.claims)
        for f in found
        if f.status.value == "agree" and f.kind.value == "other_quantity"
    )
    assert ("38 inches", "38 inches") in agreed
    assert ("1 to 2 feet", "1 to 2 feet") in agreed


def test_one_towns_two_totals_conflict():
    other = SNOW_LEDE + "Glenhaven's total of 45 inches was the highest reported, the weather service said."
    found = flagged(findings_of(FIRST, other), "other_quantity")
    assert [sorted(c.evidence.text for c in f.claims) for f in found] == [["38 inches", "45 inches"]]
