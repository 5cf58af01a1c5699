"""Two incidents of one kind in one town, days apart, the later report recalling
the earlier in a background clause ("It was the second shooting this week; on
Monday, ..."; "The blast came two days after a car bomb killed five"; "The
quake follows a 5.8 tremor"): ``different``, the shared name, street and toll
being the recalled incident's.  A follow-up of one incident recalls it too
("Monday's shooting", "the blaze") and stays ``same`` or ``unsure``.  Every
report here is written for these tests."""

from __future__ import annotations

import pytest

from reportcheck.incident_match import DIFFERENT, SAME, recalled_parts

from .conftest import incident_match_of

EARLIER = {
    "shooting": (
        "GARY, Ind. - A 20-year-old man was shot and killed Tuesday night on Pine Street, police said.\n\n"
        "Officers found Tyrell Mason, 20, at about 10:15 p.m. in the 300 block of Pine Street."
    ),
    "bombing": (
        "KIRKUK, Iraq - A car bomb exploded at a crowded cattle market in Kirkuk on Sunday, killing six "
        "people and wounding 19, police said.\n\nThe bomb went off at about 9 a.m."
    ),
    "quake": (
        "QUITO - An earthquake of magnitude 5.6 struck northern Ecuador on Monday, damaging homes in "
        "Imbabura province, the Geophysical Institute said.\n\nThe quake hit at 4:27 a.m."
    ),
    "fire": (
        "AKRON, Ohio - Two people died in a house fire early Saturday on Grant Street, fire officials "
        "said.\n\nFirefighters were called at 2:50 a.m. to the home in the 600 block of Grant Street."
    ),
}

LATER = {
    "shooting": (  # the ordinal, the recalled incident in the next sentence
        "GARY, Ind. - Two teenagers were wounded in a shooting Friday afternoon on Maple Lane, police "
        "said.\n\nThe boys, 15 and 16, were shot at about 3:40 p.m. in the 900 block of Maple Lane.\n\n"
        "It was the third shooting in the city this week. On Tuesday, Tyrell Mason, 20, was killed on "
        "Pine Street."
    ),
    "bombing": (  # "<own> came N days after a <recalled>"
        "KIRKUK, Iraq - A bomb planted in a parked van killed 13 people near a bus station in Kirkuk on "
        "Thursday, officials said.\n\nThe explosion struck at about 1:20 p.m.\n\n"
        "Thursday's blast came four days after a car bomb killed six people at a cattle market."
    ),
    "quake": (  # "<own> follows a <recalled>"
        "QUITO - A magnitude 6.1 earthquake struck northern Ecuador on Thursday, killing three people in "
        "Imbabura province, officials said.\n\nThe quake struck at 10:12 p.m.\n\n"
        "The quake follows a 5.6 tremor that hit the province on Monday."
    ),
    "fire": (  # the ordinal told of the report's own incident, the recalled one after a semicolon
        "AKRON, Ohio - A 6-year-old girl died Monday in an apartment fire on Exchange Street, fire "
        "officials said.\n\nCrews arrived at 7:05 p.m.\n\nThe fire was the second deadly blaze in the "
        "city in three days; on Saturday, two people were killed in a fire on Grant Street."
    ),
}


@pytest.mark.parametrize("kind", sorted(EARLIER))
@pytest.mark.parametrize("order", ["earlier first", "later first"])
def test_a_report_recalling_the_others_incident_as_an_earlier_one_is_another_incident(kind, order):
    first, second = EARLIER[kind], LATER[kind]
    if order == "later first":
        first, second = second, first
    match = incident_match_of(first, second)
    assert match.decision == DIFFERENT, match.evidence
    recalled = [e.detail for e in match.evidence if "recalls as an earlier incident" in e.detail]
    assert recalled, match.evidence


FOLLOW_UPS = {
    "shooting": (  # an arrest: "Tuesday's shooting", "came two days after a gunman opened fire"
        "GARY, Ind. - Police on Thursday arrested a 22-year-old man in Tuesday's shooting that killed "
        "Tyrell Mason, 20, on Pine Street.\n\nThe arrest in the shooting came two days after a gunman "
        "opened fire on Mason in the 300 block of Pine Street."
    ),
    "bombing": (  # a toll that rose
        "KIRKUK, Iraq - The toll from Sunday's car bomb at the cattle market in Kirkuk rose to nine on "
        "Tuesday, officials said.\n\nThree of the wounded died in hospital. "
        "The bomb went off at 9 a.m. Sunday."
    ),
    "quake": (  # the search after it
        "QUITO - Rescuers searched damaged homes in Imbabura province on Tuesday after an earthquake "
        "struck northern Ecuador on Monday.\n\nThe 5.6 quake was followed by several aftershocks."
    ),
    "fire": (  # a vigil days on
        "AKRON, Ohio - Neighbors gathered Monday for a vigil for the two people who died in Saturday's "
        "fire on Grant Street.\n\nThe vigil came two days after the blaze, which officials said began "
        "in the kitchen."
    ),
}


@pytest.mark.parametrize("kind", sorted(FOLLOW_UPS))
def test_a_follow_up_recalling_its_own_incident_is_not_another_incident(kind):
    match = incident_match_of(EARLIER[kind], FOLLOW_UPS[kind])
    assert match.decision != DIFFERENT, match.evidence


@pytest.mark.parametrize(
    ("sentence", "recalled"),
    [
        ("It was the second shooting in the area this week; on Monday, a man was hurt.", " in the area"),
        ("This is at least the third fatal crash on the road this year.", " on the road"),
        ("The stabbing was the second in the city since Friday.", " the city"),
        ("Sunday's quake is the latest temblor to hit the island.", " to hit"),
        ("The attack came a week after a suicide bomber killed 12 at a checkpoint.", "a suicide bomber"),
        ("Wednesday's fire followed another blaze on the same block.", "another blaze"),
        # a distance in days: the recalled clause whatever its words
        ("The airstrikes came three days after army rockets hit the nearby town.", "army rockets"),
        ("The stabbing came four days after two teens were shot on Elm Street.", "two teens"),
        ("Friday's landslide came a week after heavy rain buried a school.", "heavy rain"),
        # a distance in hours: someone or something brought in as new
        ("The fire comes less than 24 hours after a man in his 80s died in a house fire in Ardee.", "a man"),
        ("The crash came just hours after two cyclists were hit on the N4.", "two cyclists"),
        # "the second day in a row": the day is the ordinal's noun
        ("It was the second day in a row that ice caused a pile-up on the M9.", " that ice"),
        ("It is the third night in a row that a blaze has hit the estate.", " that a blaze"),
    ],
)
def test_the_clause_that_recalls_another_incident_of_the_kind(sentence, recalled):
    start = recalled_parts(sentence, sentence)
    assert start is not None
    assert sentence[start:].startswith(recalled)


@pytest.mark.parametrize(
    "sentence",
    [
        "The arrest came two days after the shooting on Elm Street.",  # "the": its own incident
        "Monday's shooting that killed 19-year-old Jalen Brooks remains under investigation.",
        "The blast happened in a crowded market where a bomb had gone off before.",  # no link verb
        "The arrest in the killing came a day after a gunman-led robbery was reported.",  # no such noun
        "A second blast went off minutes later.",  # two blasts of one attack
        "It was the second time he had been arrested.",
        # a distance in days before a follow-up's opener: its own incident or an act of it
        "The vigil came two days after the blaze on Grant Street.",
        "The shooting came a day after he was released from jail.",
        "The arrest came three days after Monday's bombing.",
        "The charge in the killing came two days after police found the body.",
        # a distance in hours before the incident's own earlier phase or a known thing
        "The blast came several hours after someone made a threatening phone call to the bank.",
        "The fire came hours after the storm knocked out power.",
        "The shooting happened hours after he was released.",
    ],
)
def test_no_recalled_incident_in_a_sentence_telling_its_own(sentence):
    assert recalled_parts(sentence, sentence) is None


#: a report of one incident and a report of the next, which recalls the first
#: in a closing paragraph, its town the first report's scene: "The fire comes
#: less than 24 hours after ...", "It was the second day in a row that ...",
#: "It was the second apartment fire in two days. On Monday ...", "The crash
#: came two days after a Cessna 182 crashed ..." (the second reports' own
#: incidents a day or two after the first's)
RECALLED_NEXT_DAY = {
    "fog": (
        "Three killed in fog pile-up on A7 near Kestrel\n\nThree people were killed and nine injured "
        "in a pile-up of about 20 vehicles on the A7 near Kestrel on Thursday morning, police said.\n\n"
        "The crash happened at about 7:30 a.m. in dense fog.",
        "Fog pile-up on A9 near Brookhaven; five hurt\n\nAbout 30 vehicles collided on the A9 near "
        "Brookhaven on Friday morning in thick fog. Five people were injured, police said.\n\nThe "
        "collision happened around 8:20 a.m.\n\nIt was the second day in a row that fog caused a major "
        "collision in the province. On Thursday, three people died in a pile-up on the A7 near Kestrel.",
    ),
    "apartment fire": (
        "Fire leaves 20 families homeless in Eastfield\n\nPublished March 4, 2026\n\n"
        "Twenty families were left without a home on "
        "Wednesday after a fire destroyed part of an apartment complex on Larch Avenue in the Eastfield "
        "area of San Antonio, the fire department said.\n\nThe fire was reported at 2:15 p.m.",
        "Woman hurt in Westmoor apartment fire\n\nPublished March 5, 2026\n\n"
        "A woman was taken to hospital after a fire broke out "
        "on Thursday night in an apartment complex on Alder Road in the Westmoor area of San Antonio, "
        "the fire department said.\n\nThe call came in at 9:10 p.m.\n\nIt was the second apartment fire "
        "in San Antonio in two days. On Wednesday afternoon a blaze in Eastfield left 20 families "
        "without homes.",
    ),
    "plane": (
        "Two killed as small plane crashes in Hermosillo\n\nRegional Herald | May 7, 2026\n\nTwo people "
        "died on Wednesday afternoon when a light aircraft crashed shortly after taking off from the "
        "airport in Hermosillo, Sonora, officials said.\n\nThe plane came down in a field about 2 km "
        "from the runway.",
        "Three dead in light plane crash in Guaymas\n\nSonora Daily | May 8, 2026\n\n"
        "Three people died on Friday when a light "
        "aircraft crashed in farmland in Guaymas, Sonora, minutes after taking off from the town's "
        "airstrip.\n\nThe aircraft went down at around 10:40 a.m.\n\nThe crash came two days after a "
        "Piper Cherokee crashed shortly after taking off from the airport in Hermosillo, Sonora, "
        "killing the two people on board.",
    ),
}


@pytest.mark.parametrize("kind", sorted(RECALLED_NEXT_DAY))
@pytest.mark.parametrize("order", ["earlier first", "later first"])
def test_a_report_recalling_the_others_incident_a_day_or_two_before_is_another_incident(kind, order):
    first, second = RECALLED_NEXT_DAY[kind]
    if order == "later first":
        first, second = second, first
    match = incident_match_of(first, second)
    assert match.decision == DIFFERENT, match.evidence


#: a report recalling, the evening after, another fire in a town the other
#: report tells as its scene: that town is no place of its own incident
RECALLED_TOWN = (
    "Man dies in Castlebar house fire\n\nA man in his 80s has died following a fire at his home "
    "in Castlebar.\n\nThe alarm was raised at around 11pm on Saturday.",
    "Woman hurt in Westport house fire\n\nA woman in her 50s was taken to hospital after a fire at "
    "a house in Westport on Sunday evening.\n\nShe was treated for smoke inhalation.\n\n"
    "The fire comes less than 24 hours after a man in his 80s died in a house fire in Castlebar.",
)


def test_the_town_of_a_recalled_incident_is_no_place_the_reports_share():
    match = incident_match_of(*RECALLED_TOWN)
    assert match.decision != SAME, match.evidence
    assert not any(e.relation == "shared" and "Castlebar" in e.detail for e in match.evidence), match.evidence
