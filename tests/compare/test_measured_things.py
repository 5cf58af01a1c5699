"""Genre quantities of things two reports of a fire, flood or crash give.

Our own reports (invented places): the floor a fire began on, the storeys of
the building and the decks of a ferry (one report giving two figures of one
of these contradicts itself), the rain that fell in millimetres against
litres per square metre, the land a flood washed away, a speed in kmph, and
the depth of the ravine a bus fell into against the other report's fall.
"""

from __future__ import annotations

import pytest

from reportcheck.knowledge.vocabulary import ORIGIN_FLOOR
from tests.conftest import findings_of, report_claims

FIRE = "ORVANE -- Four people died in a fire at an apartment block on Tuesday, officials said. "


def _found(kind: str, *texts: str, internal: bool | None = None):
    return [
        (f.status.value, sorted(c.evidence.text for c in f.claims))
        for f in findings_of(*texts)
        if f.kind.value == kind
        and f.status.value in ("conflict", "possible_conflict", "agree", "compatible")
        and (internal is None or f.internal == internal)
    ]


def test_two_floors_of_origin_conflict_and_the_storeys_agree():
    a = FIRE + "The fire broke out in a flat on the fifth floor of the 12-storey building."
    b = FIRE + "The blaze started on the ninth floor of the 12-storey building, the fire service said."
    findings = [f for f in findings_of(a, b) if f.kind.value == "other_count"]
    floors = [f for f in findings if f.subject == ORIGIN_FLOOR]
    assert [f.status.value for f in floors] == ["conflict"]
    storeys = [f for f in findings if f.subject == "count:storey"]
    assert [f.status.value for f in storeys] == ["agree"]


def test_a_blast_and_a_sighting_give_the_floor_of_origin():
    """ "The blast hit a flat on the fourth floor" against "exploded in a flat
    on the fifth floor"; "flames were seen coming from the sixth floor"
    against "started on the seventh floor": two floors of origin."""
    a = FIRE + "The gas blast hit a flat on the fourth floor of the ten-storey block."
    b = FIRE + "The gas exploded in a flat on the fifth floor, officials said."
    assert [f.status.value for f in findings_of(a, b) if f.subject == ORIGIN_FLOOR] == ["conflict"]
    a = FIRE + "Flames and smoke were seen coming from the sixth floor, the fire service said."
    b = FIRE + "The fire started on the seventh floor, the fire service said."
    assert [f.status.value for f in findings_of(a, b) if f.subject == ORIGIN_FLOOR] == ["conflict"]


def test_a_british_floor_one_below_an_american_one_is_compatible():
    """A British report's "first-floor flat" is an American report's
    "second-floor apartment": one flight up, numbered two ways."""
    uk = "A woman was hurt when a fire started in a first-floor flat in the four-storey block on Calder Road."
    us = "A woman was hurt when a fire started in a second-floor apartment on Calder Road, officials said."
    assert [f.status.value for f in findings_of(uk, us) if f.subject == ORIGIN_FLOOR] == ["compatible"]
    # the American floor below the British one, or two floors apart: no way of numbering joins them
    us_lower = us.replace("second-floor", "ground-floor")
    assert [f.status.value for f in findings_of(uk, us_lower) if f.subject == ORIGIN_FLOOR] == ["conflict"]
    # two British reports a floor apart keep their conflict
    uk_other = uk.replace("first-floor", "second-floor")
    assert [f.status.value for f in findings_of(uk, uk_other) if f.subject == ORIGIN_FLOOR] == ["conflict"]


def test_a_report_giving_two_heights_of_the_building_contradicts_itself():
    a = FIRE + "The fire started on the second floor of the four-storey building on Calder Road."
    b = (
        FIRE
        + "The fire broke out on the second floor of the four-storey building. "
        + "Video showed smoke pouring from the windows of the six-storey building."
    )
    internal = [f for f in findings_of(a, b) if f.internal and f.subject == "count:storey"]
    assert [sorted(c.evidence.text for c in f.claims) for f in internal] == [["four-storey", "six-storey"]]


def test_two_buildings_told_by_two_acts_are_no_contradiction():
    text = (
        FIRE + "A five-storey block collapsed onto a two-storey house next door. "
        "Rescuers searched the rubble through the night."
    )
    internal = [f for f in findings_of(text, FIRE) if f.internal and f.kind.value == "other_count"]
    assert internal == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "A drone struck a five-storey apartment building in Velmora overnight, the governor said.",
            "A nine-storey residential block in Velmora was partly destroyed by the drone, he said.",
        ),
        (
            "Nine people died when a fire swept through a six-storey hostel in Tarrow on Friday.",
            "The blaze began around 3 a.m. in the eight-storey hostel, where 80 students lived.",
        ),
        (
            "Three workers died after a seven-storey building under construction collapsed in Osk.",
            "The death toll from the collapse of a four-storey building in Osk rose to five on Sunday.",
        ),
    ],
)
def test_two_heights_of_the_building_conflict_whatever_befell_it(a, b):
    """The storeys told as the building's size ("a six-storey hostel") are one
    fixed figure, whether one report tells it struck and the other destroyed,
    or only one tells a verb: never two sets of storeys."""
    storeys = [f for f in findings_of(FIRE + a, FIRE + b) if f.subject == "count:storey" and not f.internal]
    assert [f.status.value for f in storeys] == ["conflict"]


def test_floors_counted_as_a_set_are_not_the_height():
    """ "approval for only three floors" counts floors, not the building's
    height: against "a five-storey building" it stays at most possible."""
    a = "Three workers died after a five-storey building collapsed in Osk on Monday."
    b = (
        "Three workers died in Osk on Monday. "
        + "The building had approval for only three floors, officials said."
    )
    storeys = [f.status.value for f in findings_of(a, b) if f.subject == "count:storey" and not f.internal]
    assert "possible_conflict" in storeys
    assert "conflict" not in storeys


def test_decks_told_by_a_word_and_by_a_figure_meet():
    a = "The double-decker launch Rani Tara sank in the Meghla river on Friday, killing 12 people."
    b = "The three-deck ferry Rani Tara sank in the Meghla river on Friday, killing 12 people."
    decks = [f for f in findings_of(a, b) if f.subject == "count:deck"]
    assert [f.status.value for f in decks] == ["conflict"]


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        (
            "The weather agency said 320 litres per square metre fell on Valdemora in six hours.",
            "The weather agency said 190 mm of rain fell on Valdemora in six hours.",
            "conflict",
        ),
        (
            "The weather agency said 190 litres of rain per square metre fell on Valdemora.",
            "The weather agency said 190 mm of rain fell on Valdemora.",
            "agree",
        ),
    ],
)
def test_rain_in_litres_per_square_metre_is_rain_in_millimetres(a, b, status):
    flood = "VALDEMORA, Spain -- Flash floods killed three people on Sunday. "
    rain = [f for f in findings_of(flood + a, flood + b) if f.subject == "rainfall"]
    assert [f.status.value for f in rain] == [status]


def test_the_land_a_flood_washed_away():
    flood = "YOLARI, Nigeria -- Floods have displaced thousands in Kassa State. "
    a = flood + "Officials said 3,800 hectares of farmland were washed away."
    b = flood + "The agency said 7,100 hectares of farmland had been submerged."
    area = [f for f in findings_of(a, b) if f.subject == "area"]
    assert [f.status.value for f in area] == ["conflict"]


def test_a_speed_in_kmph_meets_one_in_km_per_hour():
    crash = "RAMPUR -- Seven people died when an express hit a goods train on Monday. "
    a = crash + "The express was running at about 90 kmph, an official said."
    b = crash + "The express was travelling at 45 km/h when it hit the goods train."
    speeds = [f for f in findings_of(a, b) if f.kind.value == "other_quantity" and f.subject == "speed"]
    assert [f.status.value for f in speeds] == ["conflict"]


def test_the_depth_of_the_ravine_is_how_far_the_bus_fell():
    crash = "TARVOS -- At least 11 people died when a bus left the road on Thursday. "
    a = crash + "The bus fell into a ravine about 120 metres deep near Tarvos."
    b = crash + "The bus plunged some 400 metres (about 1,300 feet) into a ravine near Tarvos."
    falls = [f for f in findings_of(a, b) if f.kind.value == "distance"]
    assert [(f.status.value, f.internal) for f in falls] == [("conflict", False)]


@pytest.mark.parametrize(
    "background",
    [
        "The seven-storey block housed 24 flats and a bakery on its ground floor.",
        "The seven-storey tower had stood on Mirren Street for half a century.",
        "Officials said the seven-storey building contained offices and a clinic.",
    ],
)
def test_a_size_in_the_building_s_description_is_the_one_building(background):
    """The lede tells what befell the building, a background line what it
    held: one building given two heights is the report's contradiction, and
    its other height does not cancel the conflict with the other report."""
    a = "Two people died when a gas blast brought down a five-storey block in Tarrow on Monday. " + background
    b = "Two people died when a gas blast tore through a five-storey block in Tarrow on Monday."
    found = findings_of(a, b)
    storeys = [f for f in found if f.subject == "count:storey"]
    internal = [sorted(c.evidence.text for c in f.claims) for f in storeys if f.internal]
    assert internal == [["five-storey", "seven-storey"]]
    cross = [
        sorted(c.evidence.text for c in f.claims)
        for f in found
        if not f.internal and f.subject == "count:storey" and f.status.value == "conflict"
    ]
    assert cross == [["five-storey", "seven-storey"]]


@pytest.mark.parametrize(
    "second",
    [
        "Across the street stood a two-storey school, built in 1960, that was evacuated.",
        "Firefighters also searched a three-storey office block next door that housed a bank.",
    ],
)
def test_a_second_building_introduced_by_a_describing_verb_is_no_contradiction(second):
    """A near miss of ``describing_acts``: a building brought in by "a" is a
    new one, whatever verb describes it; only "the six-storey block" (the one
    the lede told of) is the story's building described again."""
    text = "A gas blast brought down a five-storey block in Tarrow on Monday. " + second
    internal = [f for f in findings_of(text, text) if f.internal and f.subject == "count:storey"]
    assert internal == [], [[c.evidence.text for c in f.claims] for f in internal]


def test_a_second_building_told_by_what_befell_it_is_no_contradiction():
    """A near miss: the house the block fell on is told by what befell it,
    not by a describing verb, so it is another building."""
    text = (
        "A gas blast brought down a five-storey block in Tarrow. Its walls crushed a two-storey house nearby."
    )
    internal = [f for f in findings_of(text, text) if f.internal and f.subject == "count:storey"]
    assert internal == []


CRASH = "KELMSBY -- Six people died when a train left the rails near Kelmsby on Sunday, officials said. "


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The train was doing 80 km/h on a stretch limited to 60 km/h, investigators said.",
            "The train was going at 120 km/h, double the speed limit of 60 km/h, investigators said.",
        ),
        (
            "Data showed the train at 50 mph where the limit is 30 mph.",
            "The train was travelling at 70 mph in a 30 mph zone, the operator said.",
        ),
        (
            "Trains there are restricted to 40 km/h. The train was moving at 95 km/h.",
            "The train was moving at about 75 km/h when it derailed on the curve.",
        ),
    ],
)
def test_the_speed_limit_is_not_the_train_s_speed(a, b):
    """The limit of the track is a fact of the place: the two reports' speeds
    conflict with each other, and no limit is set against a speed."""
    found = _found("distance", CRASH + a, CRASH + b) + _found("other_quantity", CRASH + a, CRASH + b)
    speeds = [(status, texts) for status, texts in found if any("60" in t or "30" in t for t in texts)]
    assert all(status == "agree" for status, _ in speeds), found
    conflicts = [texts for status, texts in found if status == "conflict"]
    limits = ("60", "30", "40")
    assert conflicts and not any(any(w in t for t in texts for w in limits) for texts in conflicts)


def test_a_top_speed_is_the_vehicle_s_speed():
    """A near miss: "a maximum speed of" is how fast the car went, no limit."""
    a = CRASH + "The car reached a maximum speed of 140 km/h before it hit the wall."
    b = CRASH + "The car was travelling at 90 km/h when it hit the wall."
    assert [s for s, _ in _found("other_quantity", a, b) + _found("distance", a, b)] == ["conflict"]


STORM = "A tornado tore through Pellham on Tuesday night, killing two people, officials said. "


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        (
            "It moved east through the town along an estimated 12-mile path.",
            "The survey found the tornado was on the ground for 5.8 miles.",
            "conflict",
        ),
        (
            "The twister tracked about 7 miles before it lifted near Route 9.",
            "It left a 7-mile track of snapped trees and flattened barns.",
            "agree",
        ),
        (
            "Surveyors mapped a damage path of 20 kilometres.",
            "The tornado cut a 9-km swath through farmland east of Pellham.",
            "conflict",
        ),
    ],
)
def test_a_tornado_s_path_told_by_its_noun_or_by_its_time_on_the_ground_meets(a, b, status):
    """ "an 11-mile path", "a 7-mile track" and "on the ground for 6.3 miles"
    are one measure, the length of the tornado's path."""
    found = [s for s, _ in _found("distance", STORM + a, STORM + b) if s in ("conflict", "agree")]
    assert found == [status]


def test_yards_on_the_ground_for_a_team_are_no_path():
    """A near miss: the figure before "on the ground for" is a game's yardage."""
    claims = [
        c
        for c in report_claims("Vance Orrin ran 88 yards on the ground for the Hawks.")
        if "path" in c.subject
    ]
    assert claims == []


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        # the limit told after the speed, past a mark: "110 mph" is how fast the car went
        ("The car reached 110 mph; the limit on that road is 45 mph.", "45 mph"),
        ("Police said the van was doing 70 mph, the limit there being 30 mph.", "30 mph"),
        # a limit word before, but a word of going nearer the figure
        ("In limited visibility the coach hit 95 km/h on the bend, investigators said.", None),
        ("Investigators said he was caught at 90 mph on a road restricted to 50 mph.", "50 mph"),
    ],
)
def test_a_speed_told_beside_a_limit_is_not_the_limit(text, limit):
    """A near miss of ``speed:limit``: only the figure the limit words are
    told of is the limit, never the vehicle's speed told before a mark or
    after a verb of going."""
    limits = [c.evidence.text for c in report_claims(CRASH + text) if c.frame.measure == "speed:limit"]
    assert limits == ([limit] if limit else []), limits


def test_a_wind_that_hit_or_reached_a_speed_is_the_wind_s():
    """The verbs that stop the limit's look back ("the coach hit 95 km/h")
    are the limit's only: "Gusts hit 120 km/h" is still a wind speed."""
    text = (
        "A storm struck the coast on Sunday. Gusts hit 120 km/h in Dover, and winds reached 150 km/h "
        "offshore."
    )
    measures = [c.frame.measure for c in report_claims(text) if c.subject == "speed"]
    assert measures == ["speed:wind", "speed:wind"], measures
