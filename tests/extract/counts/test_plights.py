"""People a disaster left evacuated, displaced, homeless, trapped, stranded or
affected (extract/counts/plight.py, rules/plights.yaml): each plight a measure
of its own, hedged where the report only fears or believes it, and set only
against the same plight of another report.  Sentences written for these
tests in the shape of cyclone, flood, collapse and mine copy (invented
places and figures)."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of_text, findings_of

PLIGHTS = ("evacuated", "displaced", "homeless", "trapped", "stranded", "affected", "sheltered")


def _plights(pipeline, text: str) -> list[tuple[str, float | None, str | None]]:
    claims = claims_of_text(pipeline, text)
    return [
        (c.subject, c.value.low, c.frame.scope)
        for c in claims
        if c.kind.value == "other_count" and c.subject.split(" ", 1)[-1] in PLIGHTS
    ]


PLIGHT_CASES = [
    # a verb of the plight acting on the people, passive or active
    (
        "Some 9,500 people were evacuated from coastal Varesh before the storm arrived.",
        [("people evacuated", 9500)],
    ),
    ("Emergency crews evacuated 340 residents of Lower Ostrel overnight.", [("people evacuated", 340)]),
    (
        "About 2,700 people were pre-emptively evacuated in Tamborin before landfall.",
        [("people evacuated", 2700)],
    ),
    ("A total of 860 villagers have been displaced by the mudslide.", [("people displaced", 860)]),
    (
        "More than 4,100 people have fled to relief camps near Kessala, he added.",
        [("people displaced", 4101)],
    ),
    ("Some 600 residents were forced to flee their homes in Brevno.", [("people displaced", 600)]),
    # a state told on a verb of being or leaving, or on the noun
    ("The floods left 1,800 people homeless in the delta.", [("people homeless", 1800)]),
    ("Some 2,300 displaced people are staying in school buildings in Orvale.", [("people displaced", 2300)]),
    ("Around 35 hikers remain stranded on the ridge above Talvik.", [("people stranded", 35)]),
    ("At least 12 people are feared trapped under the collapsed hotel in Meradi.", [("people trapped", 12)]),
    ("Some 40 workers were believed trapped in the flooded shaft.", [("people trapped", 40)]),
    ("The storm affected 15,000 people across Kolva district.", [("people affected", 15000)]),
    # families are counted apart from people
    ("Firefighters evacuated about 45 families from nearby blocks.", [("families evacuated", 45)]),
    # a bare figure in a list of fates the parser hangs on the fate before it
    (
        "So far three miners have been found dead, six were rescued alive and two remain trapped below.",
        [("people trapped", 2)],
    ),
    ("The blast left five workers dead and four more trapped on Friday.", [("people trapped", 4)]),
    # people told by where they stay or were put: a refuge (rules/plights.yaml refuge_nouns, refuge_marks)
    ("Some 7,300 people were sheltering in evacuation centres across Dalvira.", [("people sheltered", 7300)]),
    ("About 1,940 residents are staying in 26 evacuation centers in Orlent.", [("people sheltered", 1940)]),
    ("Around 9,300 people have taken shelter in 61 relief camps in Korvath.", [("people sheltered", 9300)]),
    ("Some 410,000 people had been moved to cyclone shelters on Monday.", [("people sheltered", 410_000)]),
    ("Officials shifted 2,600 villagers to relief camps overnight.", [("people sheltered", 2600)]),
    ("About 70 families were shifted to two relief camps in Pelsk.", [("families sheltered", 70)]),
    ("Roughly 2,100 people had moved to the shelters by Sunday night.", [("people sheltered", 2100)]),
    # a night (or days) spent in a refuge
    ("Some 6,200 people were spending the night in shelters in Norvik.", [("people sheltered", 6200)]),
    ("About 900 villagers spent the night in tents outside Ardel.", [("people sheltered", 900)]),
    ("Some 3,400 residents spent two nights in relief camps near Kesh.", [("people sheltered", 3400)]),
]


@pytest.mark.parametrize(("text", "expected"), PLIGHT_CASES, ids=[c[0][:50] for c in PLIGHT_CASES])
def test_a_plight_is_read_with_its_measure(pipeline, text, expected):
    assert [(s, v) for s, v, _ in _plights(pipeline, text)] == expected


NO_PLIGHT_CASES = [
    # fled a scene, not a home
    "Three men fled the scene before officers arrived.",
    # an order, a plan, a denial: no one gone yet
    "About 5,000 residents of Pelmo were ordered to evacuate on Tuesday.",
    "Officials plan to evacuate 12,000 people from the low-lying wards.",
    "Engineers said the old dam could have trapped 300 people downstream.",
    # an evacuation to hospital is the hurt's
    "Four people were evacuated to hospital with burns.",
    # a vague figure holds no report to a number
    "Tens of thousands of people were displaced by the fighting.",
    # a share is no count of people
    "Fewer than 2 per cent of the region's farmers were affected by the frost.",
    "About 30% of residents were displaced, the survey found.",
    # staying at home, moved to a town or to care, told to move: no refuge, or not yet
    "About 300 residents of Brask stayed in their homes despite the warning.",
    "Five injured people were taken to the medical centre in Talgen.",
    "Some 40 families moved to Orvale after the mill closed.",
    "More than 6,000 people were told to move to shelters on Monday.",
    # a count still in shelters is no part of another report's people moved there
    "Some 380 people remained in shelters in Dalvira up to last night.",
    # a camp, tent or shelter another word makes no refuge (rules/plights.yaml not_refuge_marks)
    "Three men staying at a homeless shelter on Varrow Street were shot on Sunday night.",
    "Four of the wounded were taken to a medical tent near the Ostrel stadium.",
    "Eleven climbers were brought to base camp after the avalanche on Mount Keldra.",
    "Thirty migrants were taken to a detention camp outside Pernau.",
    "Seven soldiers were moved to an army camp after the ambush near Tolvi.",
    # a night spent in a home, or money spent on shelters, is no refuge
    "Four teenagers were spending the night at a friend's house in Lorne.",
    "About 300 donors spent $40,000 on shelters for the Ardel camp.",
    # the people who lived in a camp before the fire struck it
    "About 12,000 refugees live in the camp near Kelvara, officials said.",
]


@pytest.mark.parametrize("text", NO_PLIGHT_CASES, ids=[t[:50] for t in NO_PLIGHT_CASES])
def test_no_plight_where_none_happened(pipeline, text):
    assert _plights(pipeline, text) == []


def test_another_batch_evacuated_is_an_increment(pipeline):
    got = _plights(pipeline, "Another 700 people were evacuated from Serrat overnight.")
    assert got == [("people evacuated", 700, "increment")]


def test_feared_and_believed_are_hedges(pipeline):
    """ "feared trapped", "believed trapped": the report does not vouch for the figure."""
    for text in (
        "Nine people are feared trapped under the rubble of the market in Dorvan.",
        "Sixteen miners were believed trapped after the roof fell in Kalsk.",
    ):
        claims = [c for c in claims_of_text(pipeline, text) if c.subject == "people trapped"]
        assert claims and any(h.category == "hedge" for h in claims[0].hedges), text


LEAD = "Cyclone Orla made landfall near Port Sevran on Tuesday, killing four people. "


def test_two_reports_evacuated_counts_conflict():
    a = LEAD + "Some 31,000 people had been evacuated from low-lying areas before the cyclone hit."
    b = LEAD + "Authorities evacuated 9,000 people before the storm struck, the disaster agency said."
    found = [
        f
        for f in findings_of(a, b)
        if f.subject == "people evacuated" and len({c.report for c in f.claims}) == 2
    ]
    assert found and found[0].status.value in ("conflict", "possible_conflict")


def test_evacuated_and_displaced_are_never_set_against_each_other():
    """The people moved out before landfall are not the people the storm left
    without a home: two measures, no conflict between them."""
    a = LEAD + "Some 31,000 people were evacuated before the cyclone hit."
    b = LEAD + "About 6,000 people were displaced after the storm destroyed their homes."
    for f in findings_of(a, b):
        if {c.subject for c in f.claims} & {"people evacuated", "people displaced"}:
            assert len({c.subject for c in f.claims}) == 1
            assert f.status.value not in ("conflict", "possible_conflict")


def test_families_and_people_evacuated_are_never_set_against_each_other():
    a = LEAD + "Police evacuated about 80 families from the riverside."
    b = LEAD + "Police evacuated about 300 people from the riverside."
    for f in findings_of(a, b):
        subjects = {c.subject for c in f.claims}
        assert not {"families evacuated", "people evacuated"} <= subjects


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Two climbers are still stranded on the glacier above Vessen.", "part:still stranded"),
        ("By Sunday some 450 residents remained displaced in Kolva.", "part:still displaced"),
        ("Seven miners were killed and five others trapped when the roof gave way.", None),
    ],
)
def test_those_still_in_a_plight_are_a_part_of_all_who_were(pipeline, text, scope):
    """ "One miner is still trapped" after three were found dead: those not
    yet out when the report was written, a part of all who ever were."""
    assert [s for _, _, s in _plights(pipeline, text)] == [scope]


def test_still_trapped_is_held_by_the_first_hours_count():
    a = "A coal mine caved in near Darsk on Friday. Seven miners were killed and five others trapped."
    b = "A coal mine caved in near Darsk on Friday. Two more bodies were found. One miner is still trapped."
    found = [
        f
        for f in findings_of(a, b)
        if f.subject == "people trapped" and len({c.report for c in f.claims}) == 2
    ]
    assert all(f.status.value not in ("conflict", "possible_conflict") for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The typhoon lashed Orvane Island on Monday, knocking out power to about 18,000 households.",
            [("families without power", 18000, None)],
        ),
        ("About 6,500 homes in Kessala lost power overnight.", [("families without power", 6500, None)]),
        ("High winds left 42,000 customers without electricity.", [("people without power", 42000, None)]),
        (
            "Falling trees cut electricity to 3,100 customers in Tamborin.",
            [("people without power", 3100, None)],
        ),
        (
            "Crews worked to reconnect the 9,400 households that lost power, the utility said.",
            [("families without power", 9400, None)],
        ),
        (
            "Some 700 homes in Lower Ostrel were still without power on Wednesday.",
            [("families without power", 700, "part:still without power")],
        ),
    ],
)
def test_homes_cut_off_from_the_grid(pipeline, text, expected):
    """Households that lost power are told with the supply as the verb's
    object and the count after "to", in a relative clause or after
    "without": a plight of their own, never a count of no role nor a hurt."""
    claims = claims_of_text(pipeline, text)
    found = [
        (c.subject, c.value.low, c.frame.scope)
        for c in claims
        if c.kind.value in ("other_count", "injured") and "household" not in c.subject
    ]
    assert found == expected


def test_power_restored_is_no_count_of_homes_cut_off(pipeline):
    """A near miss: "restored power to 9,000 households" counts homes back
    on the grid, not those that lost it."""
    claims = claims_of_text(pipeline, "The utility restored power to 9,000 households by Tuesday.")
    assert not any("without power" in c.subject for c in claims)


def test_two_reports_counts_of_homes_without_power_conflict():
    a = "Storm Irla killed one person on Kessala on Monday, knocking out power to about 21,000 households."
    b = "Storm Irla killed one person on Kessala on Monday. By night 12,000 households had lost power."
    assert [f.status.value for f in findings_of(a, b) if f.subject == "families without power"] == [
        "conflict"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Two elderly residents died without power during the heat wave, officials said.",
        "Three patients who relied on oxygen machines died without electricity after the storm.",
        # the subject of an active "cut" cut the power, it did not lose it
        "Two utility workers who cut power to the line were killed when a pole fell on them.",
    ],
)
def test_the_dead_told_without_power_are_still_the_dead(pipeline, text):
    """A near miss of the homes cut off: "died without power" tells how they
    died; "without" on a verb marks the plight only after a verb of being
    left so ("left 42,000 customers without electricity", "remain without
    power")."""
    claims = claims_of_text(pipeline, text)
    assert [c.kind.value for c in claims if c.count is not None] == ["killed"], [
        (c.kind.value, c.subject) for c in claims
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fact line's label (a noun and its participle) names what the figure after its colon counts
        (
            "A storm surge swept coastal Varesh on Sunday, the agency said.\n\n"
            "Families affected: 5,400\nPeople affected: 21,000\n",
            [("families affected", 5400), ("people affected", 21000)],
        ),
        (
            "Cyclone Mira struck Tamborin late on Friday.\n\nHouseholds affected: 860\nAffected: 4,300\n",
            [("families affected", 860), ("people affected", 4300)],
        ),
        # things, not people: no count of people in a plight
        (
            "Floods hit Ostrel on Monday, officials said.\n\n"
            "Houses affected: 1,200\nPeople affected: 9,000\n",
            [("people affected", 9000)],
        ),
        (
            "A landslide buried part of Kessala on Monday.\n\nSchools affected: 18\nPersons affected: 300\n",
            [("people affected", 300)],
        ),
        # a label of the whole or a pronoun names no thing: the figure counts people
        (
            "Heavy rain flooded Dunmere on Tuesday.\n\nTotal affected: 6,800\nVillages affected: 12\n",
            [("people affected", 6800)],
        ),
        ("Floods hit the Varesh valley on Monday.\n\nThose affected: 2,500\n", [("people affected", 2500)]),
        # a colon before a clause of its own: that clause's figure, as ever
        ("Floods swept Tamborin. The agency said: 700 people were evacuated.", [("people evacuated", 700)]),
    ],
)
def test_a_fact_lines_label_names_what_its_figure_counts(pipeline, text, expected):
    got = [(subject, low) for subject, low, _ in _plights(pipeline, text)]
    assert sorted(got) == sorted((s, float(n)) for s, n in expected)
