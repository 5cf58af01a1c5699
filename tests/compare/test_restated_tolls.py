"""A report whose toll told again differs from its own toll.

Our own reports (invented places), after how disaster and crash reports
restate their toll: "killed eight people ... The nine victims who died
were taken to the district hospital".  The definite article points back at
everyone of that outcome the report counts, so the two figures are the
report's own contradiction.  A toll the report says rose, a set picked out
("who died at the scene"), another group, or a figure only ever told bare
stays apart.
"""

from __future__ import annotations

from tests.conftest import findings_of, flagged

OTHER = "KORVI -- Floods swept through villages near Korvi on Sunday night, officials said."


def _internal(text: str, kind: str = "killed") -> list[list[float | None]]:
    found = flagged(findings_of(text, OTHER), kind)
    return [sorted(c.value.low for c in f.claims) for f in found if f.internal]


def test_a_restated_toll_that_differs_is_the_reports_contradiction():
    text = (
        "KORVI -- Flash floods near Korvi killed eight people on Sunday night, officials said. "
        "The nine victims who died have been taken to the Korvi district hospital, a doctor said."
    )
    assert _internal(text) == [[8, 9]]


def test_restated_injured_differing_from_the_injured_toll():
    text = (
        "DALLOW -- An explosion at a feed mill in Dallow injured six workers on Tuesday, the sheriff said. "
        "The four injured workers were flown to the burn unit in Tarvik."
    )
    assert _internal(text, "injured") == [[4, 6]]


def test_a_restated_toll_that_agrees_is_no_contradiction():
    text = (
        "KORVI -- Flash floods near Korvi killed nine people on Sunday night, officials said. "
        "The nine victims who died have been taken to the Korvi district hospital."
    )
    assert _internal(text) == []


def test_a_risen_toll_told_again_leaves_the_first_toll_as_earlier():
    text = (
        "KORVI -- Flash floods near Korvi killed eight people on Sunday night, officials said. "
        "By Monday the death toll had risen to nine. "
        "The nine victims who died have been taken to the Korvi district hospital."
    )
    assert _internal(text) == []


def test_a_set_picked_out_is_no_restatement():
    text = (
        "HOLLIN -- A bus overturned near Hollin on Friday, killing five people, police said. "
        "The two victims who died at the scene were seated in the front row."
    )
    assert _internal(text) == []


def test_two_bare_tolls_are_left_to_the_other_checks():
    text = (
        "HOLLIN -- A bus overturned near Hollin on Friday, killing five people, police said. "
        "Six people were killed, a hospital official said."
    )
    assert _internal(text) == []


def test_bodies_recovered_told_again_with_another_figure():
    text = (
        "TARVEN -- Rescuers recovered 38 bodies from the collapsed hostel in Tarven on Monday. "
        "The 28 bodies recovered were taken to the Tarven district morgue."
    )
    assert _internal(text) == [[28, 38]]


def test_homes_damaged_told_again_with_another_figure():
    text = (
        "MORSK -- The cyclone damaged 312 homes along the Morsk coast on Thursday. "
        "The 213 damaged homes will be rebuilt with state money."
    )
    assert _internal(text, "other_count") == [[213, 312]]


def test_homes_told_again_alike_or_without_their_outcome_stay_apart():
    alike = (
        "MORSK -- The cyclone damaged 312 homes along the Morsk coast on Thursday. "
        "The 312 damaged homes will be rebuilt with state money."
    )
    bare = (
        "MORSK -- The cyclone damaged 312 homes along the Morsk coast on Thursday. "
        "The 213 homes in the fishing quarter will be rebuilt with state money."
    )
    assert _internal(alike, "other_count") == []
    assert _internal(bare, "other_count") == []


def test_a_toll_told_again_by_the_agencys_head_is_still_the_reports():
    text = (
        "TARVEN -- Rescuers recovered 38 bodies from the collapsed hostel, the district rescue agency said. "
        '"The 28 bodies recovered were taken to the morgue," agency chief Darsa Velin said.'
    )
    assert _internal(text) == [[28, 38]]


def test_all_the_people_hurt_in_the_attack_restate_the_toll():
    """ "all" before the figure, and a phrase that ties the people to the
    story's own event only, still point back at every one of them."""
    quantified = (
        "TERVALA -- A gunman opened fire at a market in Tervala on Monday. "
        "Six people were wounded, police said. "
        "Doctors were treating all five people wounded in the attack, two of whom are in critical condition."
    )
    relative = (
        "OSKEN -- A gas blast tore through a bakery in Osken on Saturday, injuring four people. "
        "The three people who were injured in Saturday's blast were flown to the burn unit in Tarvik."
    )
    victims_of = (
        "BRANO -- A coach plunged off a mountain road near Brano on Friday, killing 12 people. "
        "The 11 people killed in the crash were named by police on Sunday."
    )
    assert _internal(quantified, "injured") == [[5, 6]]
    assert _internal(relative, "injured") == [[3, 4]]
    assert _internal(victims_of) == [[11, 12]]


def test_people_hurt_in_another_event_or_place_stay_apart():
    """An event told with a word of its own ("the second blast", "a
    separate attack") may be another one, and a place picks some out."""
    second = (
        "OSKEN -- Two gas blasts tore through a bakery in Osken on Saturday, injuring four people. "
        "The three people who were injured in the second blast were flown to the burn unit."
    )
    separate = (
        "TERVALA -- A gunman opened fire at a market in Tervala on Monday. "
        "Six people were wounded, police said. "
        "Doctors were also treating all five people wounded in a separate attack."
    )
    place = (
        "BRANO -- A coach plunged off a mountain road near Brano on Friday, killing 12 people. "
        "The two victims killed in the front seats were named on Sunday."
    )
    assert _internal(second, "injured") == []
    assert _internal(separate, "injured") == []
    assert _internal(place) == []


def test_a_toll_recapped_in_total_that_differs_from_the_leads():
    # after agency copy: "Fourteen people were injured ... In total, 12 people were injured"
    text = (
        "DALLOW -- Eleven people were injured on Tuesday morning when a lorry caught fire in a tunnel "
        "under the river at Dallow, the fire brigade said.\n\n"
        "In total, nine people were injured, most of them with smoke inhalation, and two were taken "
        "to hospital."
    )
    assert _internal(text, "injured") == [[9, 11]]


def test_a_toll_told_again_as_the_whole_of_its_split():
    # after a Kyodo crash report: "Seventeen people were injured ... Of the 19
    # injured, two were seriously hurt"
    text = (
        "TARVIK -- Twelve people were injured when a commuter train hit a lorry at a level crossing "
        "in Tarvik on Thursday morning, police said.\n\n"
        "Of the 14 injured, three were seriously hurt, the local fire department said."
    )
    alike = text.replace("Of the 14 injured", "Of the 12 injured")
    share = text.replace("Of the 14 injured, three were", "Three of the 14 injured were")
    assert _internal(text, "injured") == [[12, 14]]
    assert _internal(alike, "injured") == []
    assert _internal(share, "injured") == []


def test_a_party_told_again_by_all_with_another_figure():
    # after a mountain rescue bulletin: "a party of four walkers ... All five
    # walkers were local to Cumbria"
    text = (
        "HALVIK -- Rescuers were called at 14:10 after a party of three climbers was caught by a rockfall "
        "on the north face above Halvik on Saturday.\n\n"
        "All four climbers were members of the Halvik alpine club."
    )
    assert _internal(text, "other_count") == [[3, 4]]


def test_a_party_and_some_of_it_stay_apart():
    """ "two climbers were airlifted" tells some of the party by what was
    done to them, and "the two climbers" may be two of it."""
    airlifted = (
        "HALVIK -- Rescuers were called at 14:10 after a party of five climbers was caught by a rockfall "
        "on the north face above Halvik on Saturday.\n\n"
        "Two climbers were airlifted to hospital. All five climbers were experienced mountaineers."
    )
    the_two = (
        "HALVIK -- Rescuers were called at 14:10 after a party of five climbers was caught by a rockfall "
        "on the north face above Halvik on Saturday.\n\n"
        "The two climbers were experienced mountaineers from the valley."
    )
    assert _internal(airlifted, "other_count") == []
    assert _internal(the_two, "other_count") == []
