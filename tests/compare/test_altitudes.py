"""An altitude is its own measure (rules/units.yaml ``altitude_words``):
never set against a fall nor a distance, only against another report's
altitude of the same thing.  Sentences written for these tests after the
way reports of mountain bus crashes and lost planes give heights."""

from __future__ import annotations

from tests.conftest import findings_of, measure_findings


def test_a_roads_altitude_meets_no_fall_and_no_crash_altitude():
    """ "climbs to altitudes of more than 4,200 metres" against "plunged
    about 150 metres into a gorge" and "at an altitude of 3,600 metres": the
    falls meet each other only."""
    first = (
        "CUSCO (Reuters) - A bus fell 120 metres into a gorge in the southern Andes on Monday, killing "
        "19 passengers, police said.\n\nThe bus was on a mountain road that climbs to altitudes of more "
        "than 4,200 metres when the driver lost control."
    )
    second = (
        "CUSCO, Peru -- At least 19 people died when a bus plunged about 150 metres off a mountain road "
        "on Monday.\n\nThe crash happened at an altitude of 3,600 metres, officials said."
    )
    found = findings_of(first, second, min_confidence=0)
    conflicts = [sorted(c.evidence.text for c in f.claims) for f in found if f.status.value == "conflict"]
    assert conflicts == [["120 metres", "150 metres"]], conflicts
    assert measure_findings("altitude", first, second) == [
        ("only_in_one", ["3,600 metres"]),
        ("only_in_one", ["4,200 metres"]),
    ]


def test_one_planes_altitude_is_set_against_the_other_reports():
    """The altitude a plane flew at is where it was: two reports of it meet,
    and about 10,000 metres against 33,000 feet (10,058 m) fit, 26,000 feet does not."""
    first = (
        "JAKARTA (Reuters) - A passenger plane vanished from radar over the Java Sea on Sunday.\n\n"
        "The plane was flying at an altitude of about 10,000 metres when contact was lost, officials said."
    )
    second = (
        "JAKARTA, Indonesia (AP) - A jetliner with 62 people on board disappeared on Sunday.\n\n"
        "The plane was cruising at an altitude of 33,000 feet when it vanished from radar."
    )
    found = measure_findings("altitude", first, second)
    assert [s for s, _ in found] in (["agree"], ["compatible"]), found
    other = second.replace("33,000 feet", "26,000 feet")
    assert [s for s, _ in measure_findings("altitude", first, other)] == ["conflict"]


def test_a_crafts_climb_meets_the_altitude_it_reached():
    """ "the Learjet ... climbed to about 1,600 feet" against "the plane
    reached an altitude of about 2,500 feet": one craft named two ways, its
    verb of height an altitude as the noun is, so the two heights conflict."""
    first = (
        "TRENTON (AP) - A business jet crashed near the airport on Friday evening, killing both pilots.\n\n"
        "The Learjet 45 had taken off at 6:02 p.m. and climbed to about 1,600 feet before it went down."
    )
    second = (
        "TRENTON, N.J. -- Two pilots died when their jet crashed on Friday.\n\n"
        "The plane reached an altitude of about 2,500 feet shortly after take-off, investigators said."
    )
    found = findings_of(first, second, min_confidence=0)
    heights = [
        (f.status.value, sorted(c.evidence.text for c in f.claims))
        for f in found
        if any("feet" in c.evidence.text for c in f.claims)
    ]
    assert ("conflict", ["1,600 feet", "2,500 feet"]) in heights, heights


def test_a_bare_elevation_of_the_release_meets_the_partys():
    """ "the slope gave way at around 2,400ft" against "released ... at
    around 950m" and "the party was about 3,100ft up": one elevation of the
    incident told bare, keyed by no noun (``altitude_party``), so 2,400 ft
    (732 m) conflicts with 950 m; the mountain's own height told beside its
    summit word ("Ben Corran, at 1,150m the highest peak") is the summit's,
    never set against the release."""
    first = (
        "FORT WILLIAM - Two climbers died on Saturday after an avalanche on Ben Corran.\n\n"
        "The slide had released from the slope below the north buttress at around 950m and carried "
        "the pair some 200m down the corrie.\n\n"
        "Ben Corran, at 1,150m the highest peak in the range, draws hundreds of climbers each winter."
    )
    second = (
        "FORT WILLIAM, Scotland -- Two climbers were killed in an avalanche on Ben Corran on Saturday.\n\n"
        "The pair were part of a party of four when the slope gave way at around 2,400ft, the team said."
    )
    assert [s for s, _ in measure_findings("altitude", first, second)] == ["conflict"]
    agreeing = second.replace("2,400ft", "3,100ft")
    assert [s for s, _ in measure_findings("altitude", first, agreeing)] in (["agree"], ["compatible"])
    found = findings_of(first, second, min_confidence=0)
    summit = [f for f in found if any(c.evidence.text == "1,150m" for c in f.claims)]
    assert [f.status.value for f in summit] == ["only_in_one"], summit


def test_a_crafts_climb_and_its_altitude_when_the_engine_failed_are_two_moments():
    """ "climbed to about 4,500 feet after take-off" and "was at 3,000 feet
    when the engine failed" are where one plane was at two moments: never
    its report's contradiction, and the other report's altitude "when its
    engine failed" meets the one of that moment."""
    first = (
        "KORVI -- A light aircraft crashed near Korvi on Sunday, killing the pilot, officials said.\n\n"
        "The plane climbed to about 4,500 feet after take-off. The aircraft was at 3,000 feet when the "
        "engine failed."
    )
    second = (
        "KORVI -- The pilot of a light aircraft died when it crashed near Korvi on Sunday.\n\n"
        "The plane was at about 3,000 feet when its engine failed, investigators said."
    )
    found = findings_of(first, second, min_confidence=0)
    flagged = [
        sorted(c.evidence.text for c in f.claims)
        for f in found
        if f.status.value in ("conflict", "possible_conflict") and f.kind.value == "distance"
    ]
    assert flagged == [], flagged


def test_where_a_slide_came_to_rest_is_not_where_it_released():
    """ "released at about 2,400 metres and came to rest at around 1,900
    metres" against "broke away at roughly 2,400 metres": the run-out and a
    hovering helicopter are other moments' elevations (``elevation_moment_verbs``
    of rules/units.yaml), so the release points agree and nothing conflicts;
    a release point told otherwise still does."""
    first = (
        "CHAMONIX, France (AFP) - Two skiers were killed on Tuesday when an avalanche swept down a slope "
        "above the glacier, rescuers said.\n\nThe avalanche released at about 2,400 metres and came to rest "
        "at around 1,900 metres, burying the pair.\n\nA rescue helicopter hovering at 50 metres lowered two "
        "rescuers to the debris."
    )
    second = (
        "Two off-piste skiers died on Tuesday after being caught by an avalanche near Chamonix.\n\n"
        "The slide broke away at roughly 2,400 metres, according to the mountain police."
    )
    found = findings_of(first, second, min_confidence=0)
    assert not [f for f in found if f.status.value in ("conflict", "possible_conflict")], found
    assert [s for s, _ in measure_findings("altitude", first, second) if s != "only_in_one"] == ["agree"]
    other = second.replace("2,400 metres", "3,100 metres")
    assert "conflict" in [s for s, _ in measure_findings("altitude", first, other)]
