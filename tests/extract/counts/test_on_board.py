"""The people on board a crashed plane, train, bus or ship (extract/counts/aboard.py):
a list of passengers and crew read part by part beside its sum, and a toll of
everyone on board read as the number on board too.  Sentences written for
these tests in the shape of wire crash reports."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text

ON_BOARD = "people on board"


def _on_board(pipeline, text: str) -> list[tuple[float | None, str, str | None]]:
    claims = claims_of_text(pipeline, text)
    return sorted((c.value.low, c.evidence.text, c.frame.scope) for c in claims if c.subject == ON_BOARD)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "It carried 54 passengers and three crew.",
            [(3, "three crew", "subgroup:crew"), (54, "54 passengers", "subgroup:passenger")],
        ),
        (
            "The jet had 131 passengers and seven crew, the airline said.",
            [(7, "seven crew", "subgroup:crew"), (131, "131 passengers", "subgroup:passenger")],
        ),
        (
            "There were 180 passengers and six crew members aboard the ferry.",
            [(6, "six crew members", "subgroup:crew"), (180, "180 passengers", "subgroup:passenger")],
        ),
    ],
)
def test_passengers_and_crew_are_parts_beside_their_sum(pipeline, text, parts):
    """ "68 passengers and four crew" against "66 passengers and six crew":
    the sums agree (72), the parts do not, so each part is a count of its own."""
    got = _on_board(pipeline, text)
    whole = [g for g in got if g[2] is None]
    assert len(whole) == 1 and whole[0][0] == sum(p[0] for p in parts)
    assert [(g[0], g[1], g[2]) for g in got if g[2] is not None] == parts


@pytest.mark.parametrize(
    "text",
    [
        # a list of other kinds than passengers and crew stays one sum
        "The plane was carrying 174 adult passengers, 10 infants, two pilots and four cabin crew.",
        # "had" says nothing of a vehicle without passengers and crew
        "The family had three children and two dogs.",
    ],
)
def test_other_lists_are_not_split(pipeline, text):
    assert all(scope is None for _, _, scope in _on_board(pipeline, text))


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("A turboprop crashed near the airport on Friday, killing all 47 people on board.", 47),
        ("All 133 people aboard the jet were killed when it crashed on take-off.", 133),
    ],
)
def test_a_toll_of_everyone_on_board_counts_those_on_board(pipeline, text, number):
    claims = claims_of_text(pipeline, text)
    assert [c.value.low for c in claims if c.kind.value == "killed"] == [number]
    assert [c.value.low for c in claims if c.subject == ON_BOARD] == [number]


def test_a_toll_of_some_on_board_does_not(pipeline):
    """ "killing 12 people on board" need not be everyone on board."""
    claims = claims_of_text(pipeline, "The crash killed 12 people on board the bus.")
    assert [c.value.low for c in claims if c.kind.value == "killed"] == [12]
    assert not [c for c in claims if c.subject == ON_BOARD]


@pytest.mark.parametrize(
    ("text", "whole", "parts"),
    [
        # the parser leaves "10 crew" out of the list: read word by word
        (
            "A ferry with 58 passengers and 10 crew sank in rough seas off Sulawesi island on Tuesday.",
            68,
            [(10, "10 crew", "subgroup:crew"), (58, "58 passengers", "subgroup:passenger")],
        ),
        (
            "A bus carrying 45 passengers and a driver plunged into a gorge.",
            46,
            [(1, "a driver", "subgroup:crew"), (45, "45 passengers", "subgroup:passenger")],
        ),
        # travellers a vehicle carries are its passengers, whatever the report calls them
        (
            "A coach carrying 28 tourists and the driver overturned near Lake Brenna on Sunday.",
            29,
            [(1, "the driver", "subgroup:crew"), (28, "28 tourists", "subgroup:passenger")],
        ),
        (
            "A bus with 36 pilgrims and a driver on board plunged into a ravine.",
            37,
            [(1, "a driver", "subgroup:crew"), (36, "36 pilgrims", "subgroup:passenger")],
        ),
    ],
)
def test_a_list_the_parser_did_not_join_is_read_word_by_word(pipeline, text, whole, parts):
    """ "a ferry with 58 passengers and 10 crew", "45 passengers and a
    driver": each part once, and their sum as everyone on board."""
    got = _on_board(pipeline, text)
    assert [g[0] for g in got if g[2] is None] == [whole]
    assert [g for g in got if g[2] is not None] == parts


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # ECB+ (CC BY 3.0), topic 12, 12_4ecb: a cruise ship's passengers and crew
        (
            "The threat of pirates recently prompted a German cruise ship"
            " to evacuate some 420 passengers and crew.",
            420,
        ),
        ("The liner was carrying 2,000 passengers and crew when it ran aground.", 2000),
    ],
)
def test_passengers_and_crew_with_no_figure_of_their_own_are_everyone(pipeline, text, number):
    """ "some 420 passengers and crew" counts everyone on board, not the
    passengers, so it is never set against another report's passengers."""
    claims = claims_of_text(pipeline, text)
    assert [(c.value.low, c.frame.scope) for c in claims if c.subject == ON_BOARD] == [(number, None)]
    assert not [c for c in claims if c.subject == "count:passenger"]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("There were 191 passengers on board.", "subgroup:passenger"),
        ("The bus was carrying 45 passengers when it left the road.", "subgroup:passenger"),
        # "the captain" who said it is no one more on board (a list's last part follows "and")
        ("The ferry carried 62 passengers, the captain said.", "subgroup:passenger"),
        # the crew alone, and the owner who said it is no one on board
        # (after ECB+ 12_8ecb: "Sixteen crew members were aboard the ship, said ..., owner of the ...")
        (
            "Sixteen crew members were aboard the trawler, said Somchai Wong, owner of the vessel.",
            "subgroup:crew",
        ),
        # a nationality narrows no part: all the crew, all the passengers
        # (after ECB+ 12_2ecbplus: "The three boats had a total of 26 Somali crew onboard.")
        ("The two skiffs had a total of 19 Somali crew onboard.", "subgroup:crew"),
        ("The ferry was carrying 150 Filipino passengers when it sank.", "subgroup:passenger"),
        # the sentence counts the crew in: the whole
        ("There were 191 passengers, including crew members, on board the flight.", None),
        ("A bus carrying 42 pilgrims plunged off the mountain road at dawn.", "subgroup:passenger"),
        ("The ferry was carrying 310 tourists when it struck a reef.", "subgroup:passenger"),
        # people, not passengers: the whole
        ("The bus was carrying 40 people when it left the road.", None),
    ],
)
def test_passengers_alone_are_the_passengers_part(pipeline, text, scope):
    """ "191 passengers on board" leaves the crew out: set against another
    report's passengers, and as a part against its "197 people on board"
    (the crew alone likewise)."""
    assert [s for _, _, s in _on_board(pipeline, text)] == [scope]


def test_a_part_listed_under_everyone_on_board_is_that_part(pipeline):
    """ "72 people on board, including ... four crew members": the crew's part."""
    text = (
        "The plane had 72 people on board, including 66 adult passengers, two infants and four crew members."
    )
    assert _on_board(pipeline, text) == [(4, "four crew members", "subgroup:crew"), (72, "72 people", None)]


@pytest.mark.parametrize(
    ("headline", "scope"),
    [
        # a word before the passengers narrows them in a Title Case headline as in the story
        ("Bus Carrying 38 Young Passengers On Board Overturns Near Quito", None),
        ("Ferry With 52 Elderly Passengers On Board Capsizes Off Lombok", None),
        # a word of nationality still narrows no part there
        ("Ferry With 52 Filipino Passengers On Board Capsizes Off Lombok", "subgroup:passenger"),
        ("Trawler With 14 Somali Crew On Board Sinks In Gulf Of Aden", "subgroup:crew"),
    ],
)
def test_a_title_case_headline_narrows_its_parts_as_the_story_does(pipeline, headline, scope):
    """In a headline in Title Case every word is capitalised, so a capital
    tells no nationality there: "38 Young Passengers" is some of the
    passengers, as "38 young passengers" is (``_nationality``)."""
    text = f"{headline}\n\nThe vessel sank on Monday, officials said."
    assert [s for _, t, s in _on_board(pipeline, text) if t[:1].isdigit()] == [scope]


@pytest.mark.parametrize(
    ("text", "whole", "parts"),
    [
        (
            "The air taxi was carrying six occupants: four passengers and two crew members.",
            6,
            [(2, "two crew members", "subgroup:crew"), (4, "four passengers", "subgroup:passenger")],
        ),
        (
            "The Twin Otter, carrying 12 people — ten passengers and two pilots — went down near Lubeni.",
            12,
            [(2, "two pilots", "subgroup:crew"), (10, "ten passengers", "subgroup:passenger")],
        ),
    ],
)
def test_a_count_of_everyone_told_part_by_part_is_not_added_to(pipeline, text, whole, parts):
    """ "six occupants: four passengers and two crew members" is six people,
    told again part by part, never twelve; the parts are claims of their own."""
    got = _on_board(pipeline, text)
    assert [g[0] for g in got if g[2] is None] == [whole]
    assert [g for g in got if g[2] is not None] == parts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The Airbus A320, arriving from Tarsenne with 143 passengers and six crew, overran the runway.",
            (149, None),
        ),
        (
            "The launch Meghla-3 left Chandpur with 85 passengers on Friday morning.",
            (85, "subgroup:passenger"),
        ),
        ("The ferry departed from Ostrava with 61 people shortly after noon.", (61, None)),
    ],
)
def test_a_vehicles_journey_with_people_counts_those_on_board(pipeline, text, count):
    """ "arriving from Nairobi with 72 passengers and four crew": the "with"
    of a vehicle's verb of a journey tells who was on board."""
    assert count in [(g[0], g[2]) for g in _on_board(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Marta Kovac arrived with two friends shortly before midnight.",
        "The van collided with two pedestrians on Elm Road.",
    ],
)
def test_a_persons_arrival_with_people_counts_no_one_on_board(pipeline, text):
    assert _on_board(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("The aircraft was carrying six people: the pilot and five passengers.", 6),
        ("The helicopter had five people on board: the pilot and four oil workers.", 5),
        ("The minibus was carrying nine people: the driver and eight farm workers.", 9),
    ],
)
def test_a_count_told_again_after_a_colon_with_an_unnumbered_part_is_not_added_to(pipeline, text, whole):
    """ "six people: the pilot and five passengers" (a crash report's own
    wording) is six, the list after the colon the same people again."""
    got = _on_board(pipeline, text)
    assert [g[0] for g in got if g[2] is None] == [whole]


def test_a_list_set_off_by_commas_is_still_added(pipeline):
    got = _on_board(
        pipeline, "The plane was carrying 174 adult passengers, 10 infants, two pilots and four cabin crew."
    )
    assert [g[0] for g in got if g[2] is None] == [190]


@pytest.mark.parametrize(
    "text",
    [
        # a rescue's own craft, whichever: the rescued, no count on board
        "Eleven crew members were hoisted on board the helicopter, the rescue centre said.",
        "Three fishermen were winched aboard a coastguard helicopter after the trawler sank.",
        "Two sailors were airlifted aboard a navy helicopter from the listing ship.",
        # a verb of taking only onto a responder's craft
        "Five people who had boarded a liferaft were taken aboard the rescue vessel at 0440 UTC.",
        "Four fishermen were taken on board a passing tanker.",
        "The last six crew were pulled aboard the lifeboat before the ship sank.",
    ],
)
def test_people_lifted_aboard_a_rescuers_craft_are_no_count_on_board(pipeline, text):
    """ "Eleven crew members were hoisted on board the helicopter" against "16
    persons on board": the rescued, never the people the ship carried."""
    assert _on_board(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Some 300 migrants were taken aboard the boat in Zuwara before it set off.", 300),
        ("The cargo ship had 16 people on board when the fire broke out.", 16),
        ("There were four people on board the helicopter when it came down.", 4),
    ],
)
def test_people_taken_aboard_the_incidents_own_craft_stay_on_board(pipeline, text, number):
    assert [g[0] for g in _on_board(pipeline, text) if g[2] is None] == [number]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # genre52a 08 b: "more than 500 passengers were on the train" beside "about 300 passengers on board"
        ("Metra officials said more than 500 passengers were on the train at the time of the crash.", 501),
        ("About 40 people were on the bus when it overturned on Friday.", 40),
        ("There were 40 people on the bus when it overturned.", 40),
        ("Some 60 pilgrims were aboard the ferry when it capsized.", 60),
    ],
)
def test_people_a_vehicle_held_told_by_be_are_on_board(pipeline, text, number):
    """ "N passengers were on the train", "There were N people on the bus":
    the people on board told by "be" and a preposition whose noun is a
    vehicle's (``riding_preps``), as often as by "aboard"."""
    assert [g[0] for g in _on_board(pipeline, text)] == [number]


@pytest.mark.parametrize(
    "text",
    [
        # a building, a car, a place: no vehicle of `vehicle_nouns`
        "About 100 people were in the building when the fire started.",
        "Four people were in a car when they were approached by a gunman.",
        # an outcome makes it a toll, not the people on board
        "Five people on the bus were injured in the crash.",
        # the count is not the subject of "be"
        "The driver said 40 people waited on the platform for the train.",
    ],
)
def test_people_in_no_vehicle_or_with_an_outcome_are_not_on_board(pipeline, text):
    assert _on_board(pipeline, text) == []
