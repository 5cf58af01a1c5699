"""The floor a fire began on and the decks of a vessel told by a word.

Our own sentences, after how fire and ferry reports write them: an ordinal
floor hung on a verb of a fire's start ("broke out on the ninth floor", "a
blaze that started in a second-floor flat", "was reported ... on the 14th
floor"), never a floor the fire spread to or people jumped from, nor the
building's storeys; "double-decker" and "three-deck" both count decks.
"""

from __future__ import annotations

import pytest

from reportcheck.knowledge.vocabulary import ORIGIN_FLOOR
from tests.conftest import claims_of_text


def _floors(pipeline, sentence: str) -> list[tuple[str, float | None]]:
    return [
        (c.evidence.text, c.value.low)
        for c in claims_of_text(pipeline, sentence)
        if c.kind.value == "other_count" and c.subject == ORIGIN_FLOOR
    ]


@pytest.mark.parametrize(
    ("sentence", "floors"),
    [
        ("The blaze broke out on the ninth floor of the Marlow Tower late on Friday.", [("ninth floor", 9)]),
        ("A fire that started in a second-floor flat killed three people.", [("second-floor", 2)]),
        (
            "The fire was reported shortly after midnight in a unit on the 14th floor of the block.",
            [("14th floor", 14)],
        ),
        ("Flames erupted on the ground floor of the Kestrel Hotel.", [("ground floor", 0)]),
        ("The fire originated on the 3rd floor, investigators said.", [("3rd floor", 3)]),
        ("The gas blast happened at about 5 a.m. on the fourth floor of the block.", [("fourth floor", 4)]),
        ("The explosion happened in a flat on the eleventh floor of Tarrow House.", [("eleventh floor", 11)]),
        # something else that happened there: no fire's floor
        ("The robbery happened on the second floor, a guard said.", []),
        # where the fire went, where people were: another fact
        ("The flames spread to the twelfth floor within minutes.", []),
        ("Two guests jumped from the fourth floor to escape the smoke.", []),
        ("Residents of the sixth floor were evacuated.", []),
    ],
)
def test_the_floor_a_fire_began_on(pipeline, sentence, floors):
    assert _floors(pipeline, sentence) == floors


def test_the_floor_is_no_count_of_storeys(pipeline):
    """ "on the seventh floor of a 20-storey building": the floor of origin
    and the building's height are two facts, each under its own subject."""
    sentence = "The fire broke out on the seventh floor of a 20-storey building in Orvane."
    claims = claims_of_text(pipeline, sentence)
    told = sorted((c.subject, c.value.low) for c in claims if c.kind.value == "other_count")
    assert told == [("count:storey", 20), (ORIGIN_FLOOR, 7)]
    [floor] = [c for c in claims if c.subject == ORIGIN_FLOOR]
    assert floor.frame.measure == ORIGIN_FLOOR


@pytest.mark.parametrize(
    ("sentence", "floors"),
    [
        # a blast told by what it struck, after a Caspian wire's "The blast hit
        # an apartment on the fourth floor of a nine-storey building"
        ("The blast hit a flat on the sixth floor of a ten-storey block in Ostrava.", [("sixth floor", 6)]),
        ("An explosion rocked an apartment on the 11th floor of the Harlow Tower.", [("11th floor", 11)]),
        ("A gas explosion tore through a flat on the second floor early on Monday.", [("second floor", 2)]),
        # something else struck it, or a fire went on to wreck it: no floor of origin
        ("A drone hit the fifth floor of the building in Velmora.", []),
        ("The fire gutted the third floor before crews could reach it.", []),
        # a floor that is part of what the verb's subject tells
        ("Part of the second floor began to collapse as crews pulled back.", []),
        ("The second-floor fire started shortly after 3 a.m.", [("second-floor", 2)]),
    ],
)
def test_the_floor_a_blast_struck(pipeline, sentence, floors):
    assert _floors(pipeline, sentence) == floors


@pytest.mark.parametrize(
    ("sentence", "floors"),
    [
        # the floor flames or smoke were seen coming from, as first reports
        # and fire services tell it before anyone says where the fire began
        # (after "flames were spotted coming from a third-floor flat",
        # "flames and smoke were seen coming from the fifth floor", "reported
        # heavy fire showing from the second floor")
        (
            "Crews were called at 4am after flames were spotted coming from a fourth-floor flat.",
            [("fourth-floor", 4)],
        ),
        (
            "The fire department says flames and smoke were seen coming from the ninth floor.",
            [("ninth floor", 9)],
        ),
        ("The first engine reported heavy fire showing from the third floor.", [("third floor", 3)]),
        (
            "A neighbour saw smoke and flames coming out of the first floor of the house.",
            [("first floor", 1)],
        ),
        ("Smoke was billowing from the 14th floor of the tower when crews arrived.", [("14th floor", 14)]),
        ("Flames were pouring out of the windows on the second floor.", [("second floor", 2)]),
        # a floor the report tells by a verb of the fire's start wins
        (
            "The fire started on the fourth floor. Smoke was later pouring from the sixth floor.",
            [("fourth floor", 4)],
        ),
        # no fire or smoke seen, several floors, or smoke going into a floor
        ("Someone was shouting for help from the third floor.", []),
        ("Flames were coming from the first and second floors.", []),
        ("Thick smoke poured into the seventh floor.", []),
        ("Residents were rescued from the second floor by ladder.", []),
        ("Firefighters found heavy smoke and flames on the second floor.", []),
        # flames sighted where a spreading fire had got to, not where it began
        ("Flames were seen coming from the fifth floor of the building as the fire spread upward.", []),
    ],
)
def test_the_floor_flames_were_seen_coming_from(pipeline, sentence, floors):
    assert _floors(pipeline, sentence) == floors


@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("The fire started in a first-floor flat in the four-storey block.", "british"),
        ("The fire started in a second-floor apartment of the four-story building.", "american"),
        # an apartment in a "nine-storey" block: words of both ways, no way told
        ("The fire started in an apartment on the fifth floor of a nine-storey building.", None),
        # a news story is no building's height
        ("The fire started on the third floor, the story said.", None),
    ],
)
def test_how_a_report_numbers_its_floors(pipeline, text, style):
    floors = [c for c in claims_of_text(pipeline, text) if c.subject == ORIGIN_FLOOR]
    assert [c.count.floor_style for c in floors] == [style]


@pytest.mark.parametrize(
    ("sentence", "decks"),
    [
        ("The double-decker ferry capsized in the Tolva river.", 2),
        ("A triple-decker launch sank off Kurani island.", 3),
        ("The three-deck vessel was carrying about 90 people.", 3),
    ],
)
def test_the_decks_of_a_vessel(pipeline, sentence, decks):
    counts = [c.value.low for c in claims_of_text(pipeline, sentence) if c.subject == "count:deck"]
    assert counts == [decks]


@pytest.mark.parametrize(
    "sentence",
    [
        "The double-decker ferry capsized in the Tolva river.",
        "A triple-decker launch sank off Kurani island.",
    ],
)
def test_a_decker_word_tells_the_vessels_size(pipeline, sentence):
    """A word of how many decks a vessel has is its size, as "a three-deck
    vessel" is, so two reports' figures are one fixed figure apart."""
    decks = [c for c in claims_of_text(pipeline, sentence) if c.subject == "count:deck"]
    assert [c.count.as_size for c in decks] == [True]


@pytest.mark.parametrize(
    ("sentence", "subject", "value"),
    [
        ("The fuselage broke into three pieces on impact.", "count:piece", 3),
        ("Pictures showed the jet lying in two sections beside the runway.", "count:piece", 2),
        ("The fire razed about 200 stalls at the Bantama market.", "count:shop", 200),
        ("Traders said some 120 kiosks were gutted.", "count:shop", 120),
    ],
)
def test_one_thing_by_two_names(pipeline, sentence, subject, value):
    """What a wreck broke into ("pieces", "sections") and a market's trading
    places ("shops", "stalls", "kiosks") are counted under one name."""
    counts = [c.value.low for c in claims_of_text(pipeline, sentence) if c.subject == subject]
    assert counts == [value]
