"""The places of an incident's match: where the incident happened, not a
wire bureau's dateline or a namesake abroad of a small town; and the names
of the incident's own spots (a venue, a village the gazetteer does not
know, a named storm) both reports give, strong evidence of one incident
with a day or a region in common (``own_names`` of
``rules/incident_match.yaml``).  Every report here is written for these
tests: the towns, venues, villages and storms are invented."""

from __future__ import annotations

import pytest

from reportcheck.incident_match import DIFFERENT, SAME

from .conftest import incident_match_of

#: a small town's dateline whose last word the gazetteer knows abroad, and
#: the same shooting filed by a wire bureau in a bigger town of the state
NAMESAKES = [
    (
        "CORVILLE SPRINGS, Texas — A 17-year-old boy was killed and a girl was hurt in a shooting "
        "outside Greywolf Stadium after Friday night's football game, Corville Springs police said.\n\n"
        "Officers heard shots at about 10:15 p.m., police spokesperson Lt. Dana Ortiz said.",
        "AMARILLO, Texas (AP) — Two teenagers were arrested in the fatal shooting of a 17-year-old boy "
        "outside a high school football field in the Texas Panhandle after a game Friday night, police "
        "said Saturday.\n\nCorville Springs police said the shooting happened in a parking lot at Greywolf "
        "Stadium as fans were leaving.",
    ),
    (
        "OSAGE SPRINGS, Okla. — Two people were wounded when a man opened fire at the Redhawk Rodeo "
        "Arena on Saturday night, Osage Springs police said.\n\nThe gunman fled in a pickup truck.",
        "TULSA, Okla. (AP) — Police are searching for a man who shot and wounded two people at a rodeo "
        "arena in a small northeastern Oklahoma town on Saturday.\n\nOsage Springs police said the man "
        "fired into the crowd at the Redhawk Rodeo Arena after an argument.",
    ),
]


@pytest.mark.parametrize("first, second", NAMESAKES)
def test_a_namesake_abroad_and_a_bureau_dateline_set_no_report_apart(first, second):
    match = incident_match_of(first, second)
    assert match.decision != DIFFERENT, match.evidence
    assert not any(e.relation == "contradicting" and e.kind == "place" for e in match.evidence)
    assert any("incident's spot" in e.detail for e in match.evidence), match.evidence


#: two reports of one incident whose spot names are their strong evidence
SPOTS = [
    (  # a storm's name and a village the gazetteer does not know: two names
        "Cyclone Orvena killed at least nine people in the coastal village of Mbalutu and flattened "
        "hundreds of homes, provincial officials said.",
        "MAPUTO (Reuters) - Rescue teams reached Mbalutu after Cyclone Orvena tore through the coast, "
        "where officials put the toll at 11.",
    ),
    (  # a temple's name on the day both give
        "Six women died in a stampede at the Sri Vennaleshwara temple in Karnataka on March 8, 2026, "
        "during a festival, police said.",
        "At least seven devotees were killed when a crowd surged at the Vennaleshwara temple on the "
        "evening of March 8, 2026, a senior police officer said.",
    ),
    (  # a tavern's name the extractor misses in one report, on the day both give
        "Gunmen killed eight people at the Thandolwazi tavern in a township of the Eastern Cape late on "
        "March 7, 2026, police said.",
        "Police are hunting four gunmen after a mass shooting at a Thandolwazi tavern on March 7, 2026, "
        "left eight patrons dead.",
    ),
    (  # a village the gazetteer does not know, in a province both name
        "A magnitude 5.8 earthquake destroyed dozens of houses in the village of Tirkalu in Yala "
        "province, killing four people, officials said.",
        "Rescuers pulled two survivors from the rubble in Tirkalu, a farming village of Yala province, "
        "where the quake killed four.",
    ),
]


@pytest.mark.parametrize("first, second", SPOTS)
def test_a_spot_both_name_is_strong_evidence_of_one_incident(first, second):
    match = incident_match_of(first, second)
    assert match.decision == SAME, match.evidence
    assert any("incident's spot" in e.detail and e.strength == "strong" for e in match.evidence)


def test_one_venue_and_no_day_to_tell_is_weak():
    """A jeweller's robbed twice, years apart, in undated stories: the name alone is no proof."""
    first = (
        "Armed robbers stole jewels worth millions from the Halvorsen Hotel in the city centre, police said."
    )
    second = "Thieves disguised as workmen raided the Halvorsen Hotel and escaped with rings and watches."
    match = incident_match_of(first, second)
    assert match.decision != SAME, match.evidence
    assert [e.strength for e in match.evidence if "incident's spot" in e.detail] == ["weak"], match.evidence


def test_one_venue_weeks_apart_is_two_incidents_not_one():
    first = (
        "A 22-year-old man was shot and wounded outside the Copperline Lounge on March 2, 2024, police said."
    )
    second = "Two men were killed in a shooting outside the Copperline Lounge on April 20, 2024, police said."
    match = incident_match_of(first, second)
    assert match.decision != SAME, match.evidence
    spot = [e for e in match.evidence if "incident's spot" in e.detail]
    assert spot and all(e.strength == "weak" for e in spot), match.evidence


def test_generic_words_of_a_venue_are_no_spot():
    first = (
        "A magnitude 5.4 earthquake damaged homes in two provinces, the National Emergency Operations "
        "Center said on Monday."
    )
    second = (
        "A magnitude 6.0 quake cracked walls in a mountain district, the National Emergency Operations "
        "Center said on Tuesday."
    )
    match = incident_match_of(first, second)
    assert not any("incident's spot" in e.detail for e in match.evidence), match.evidence


@pytest.mark.parametrize(
    "first, second",
    [
        (
            "The quake struck at 06:33 local time near the town of Dashtak at a depth of 8 km, according "
            "to the Varnholt Seismological Center of Quenby University.",
            "A magnitude 4.7 quake struck on Thursday near the village of Rudbar, the Varnholt "
            "Seismological Center said.",
        ),
        (
            "Floodwaters cut off the village of Temmel on Sunday, according to the Osterby Flood Centre.",
            "A river burst its banks near Pellmarsh on Wednesday, the Osterby Flood Centre said.",
        ),
    ],
)
def test_an_agency_both_quote_is_no_spot(first, second):
    """Every report of a region's quakes or floods quotes the same agency:
    its name is who tells the incident, not where it happened."""
    match = incident_match_of(first, second)
    assert not any("incident's spot" in e.detail for e in match.evidence), match.evidence


def test_a_measuring_agency_named_without_a_verb_of_saying_is_no_spot():
    """Two quakes of one week, the second told "about 40 km northeast of"
    the first's village and measured by a centre named with no verb of
    saying ("The Varnholt Seismological Centre measured it at 5.5"): the
    centres' word is who measured the quakes, not where they struck, and
    leaves the village alone, one spot word, no proof of one quake."""
    first = (
        "A magnitude 5.2 earthquake killed one person near the village of Tazhkuh on Tuesday, "
        "according to the Kestran Seismological Center."
    )
    second = (
        "A magnitude 5.6 earthquake killed three people near the village of Marvandeh on Saturday, about "
        "40 km northeast of Tazhkuh, the Kestran Seismological Center said. The Varnholt Seismological "
        "Centre measured it at 5.5."
    )
    match = incident_match_of(first, second)
    assert match.decision != SAME, match.evidence
    spots = [e for e in match.evidence if "incident's spot" in e.detail]
    assert all("Seismological" not in e.detail and e.strength == "weak" for e in spots), match.evidence


def test_the_dateline_town_read_in_another_state_is_no_place_of_the_incident():
    """ "SUITLAND, Ohio" read as the Maryland town (a namesake in another
    state of the same country) sets the report against no Ohio report of
    the shooting."""
    first = (
        "SUITLAND, Ohio (WSTL) - One man is dead and two people are hurt after a shooting outside the "
        "Brassfield Tavern late Saturday night, Suitland police said.\n\nPolice arrested Dorian Mulvey, "
        "24, at his home in Suitland on Sunday."
    )
    second = (
        "SUITLAND, Ohio (AP) - A 24-year-old man has been charged with murder after a shooting outside a "
        "tavern in this small southeastern Ohio city left one man dead and two people wounded, police said "
        "Monday.\n\nDorian Mulvey was arrested early Sunday, about an hour after gunfire erupted in the "
        "parking lot of the Brassfield Tavern, according to a police statement."
    )
    match = incident_match_of(first, second)
    against = [e for e in match.evidence if e.relation == "contradicting" and e.kind == "place"]
    assert not against, match.evidence
    assert any("incident's spot" in e.detail for e in match.evidence), match.evidence
