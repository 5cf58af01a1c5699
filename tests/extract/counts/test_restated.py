"""A toll told again by a definite article.

Our own sentences (invented places), after how disaster and crash reports
restate their toll further down: "The nine victims who died were taken to
...", "the three injured workers were flown to ...".  Only the bare
restatement is marked: a phrase or clause that picks some out, a word
before the noun of another set ("remaining", "first"), or the whole of a
partitive is not.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of_text


def _restated(pipeline, text: str, kind: str) -> list[tuple[float | None, bool]]:
    return [(c.value.low, c.count.restated) for c in claims_of_text(pipeline, text) if c.kind.value == kind]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("The nine victims who died have been taken to the Korvi district hospital.", "killed", 9),
        ("The 14 people who were killed were buried in Salmet on Sunday.", "killed", 14),
        ("The three injured workers were flown to the burn unit in Dallow.", "injured", 3),
        ("The six wounded passengers were treated at Mercy General in Tarvik.", "injured", 6),
        ("Rescuers are still searching for the four missing fishermen off Pell Point.", "missing", 4),
        ("The 28 bodies recovered were taken to the morgue in Halvik.", "killed", 28),
        ("The 213 damaged homes will be rebuilt by the state, the minister said.", "other_count", 213),
        ("The 40 houses destroyed stood on the riverbank at Morsk.", "other_count", 40),
    ],
)
def test_a_toll_told_again(pipeline, text, kind, value):
    assert (value, True) in _restated(pipeline, text, kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Six people were killed when the bus overturned near Hollin.", "killed"),
        ("The two victims who died at the scene were in the front car.", "killed"),
        ("The two remaining injured passengers were flown to Tarvik.", "injured"),
        ("The three victims found in the cabin had died of smoke inhalation.", "killed"),
        ("At least 20 people were killed in the Ravna district.", "killed"),
        ("The 28 bodies recovered so far were taken to the morgue in Halvik.", "killed"),
        ("The two bodies recovered from the river were those of fishermen.", "killed"),
        ("The 213 homes will be rebuilt by the state, the minister said.", "other_count"),
        ("The 40 homes damaged in Morsk stood on the riverbank.", "other_count"),
    ],
)
def test_a_toll_or_a_set_picked_out_is_not_told_again(pipeline, text, kind):
    read = _restated(pipeline, text, kind)
    assert read, "the count must be read for its restatement to be judged"
    assert all(not restated for _, restated in read)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # after agency copy that recaps its toll further down (Belga: "In total,
        # 12 people were injured, most of them with smoke inhalation")
        ("In total, 11 people were injured, most of them with smoke inhalation.", "injured", 11),
        ("In all, nine people died in the fire, the mayor said.", "killed", 9),
        ("Altogether, 31 passengers were hurt.", "injured", 31),
        ("In total, four people have been killed in the attack.", "killed", 4),
    ],
)
def test_a_toll_recapped_in_total(pipeline, text, kind, value):
    assert (value, True) in _restated(pipeline, text, kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("In total, 12 were injured in Antwerp and three in Mechelen.", "injured"),
        ("In total, eight people were killed in the two attacks.", "killed"),
        ("Overall, 14 people died in floods across the region this year.", "killed"),
        ("Four people were injured in total at the Dallow plant.", "injured"),
    ],
)
def test_a_total_of_one_place_or_several_events_is_not_the_toll_recapped(pipeline, text, kind):
    read = _restated(pipeline, text, kind)
    assert read, "the count must be read for its restatement to be judged"
    assert all(not restated for _, restated in read)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # the toll opening its sentence as the whole of a partitive, then split
        # (after a Kyodo crash report: "Of the 19 injured, two were seriously hurt")
        ("Of the 14 injured, three were seriously hurt, the fire department said.", "injured", 14),
        ("Of the 23 wounded, five remain in hospital in Tarvik.", "injured", 23),
        # a party of no known role told again by "all" before the figure
        ("All five climbers were experienced mountaineers from Halvik.", "other_count", 5),
        ("All 12 fishermen were from the village of Pell.", "other_count", 12),
    ],
)
def test_a_whole_told_again_before_its_split_or_by_all(pipeline, text, kind, value):
    assert (value, True) in _restated(pipeline, text, kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the article alone may tell some of a party ("the two walkers")
        ("The two climbers were experienced mountaineers from Halvik.", "other_count"),
        ("Five climbers were roped together on the ridge.", "other_count"),
        # "all" before a noun a clause picks out
        ("All four fishermen who were on deck were thrown into the sea.", "other_count"),
    ],
)
def test_a_party_not_told_again_by_all(pipeline, text, kind):
    read = _restated(pipeline, text, kind)
    assert read, "the count must be read for its restatement to be judged"
    assert all(not restated for _, restated in read)
