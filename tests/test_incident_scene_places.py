"""The places an incident's profile is built from are its own scene's: not
the place of a separate event a report tells beside its own ("Across the
border, a separate landslide ... killed several people in Kisoro District
on the same night"), nor a mountain whose slopes hold every landslide of
its region ("Mt Muhabura"); and a quake told from two countries shares the
regions one report calls its scene and the other tells its dead in ("Across
the border, Iranian officials reported 40 deaths in Kermanshah province").

The shapes come from real cross-border copy (a quake deep under the Hindu
Kush told from Islamabad and from Faizabad; two landslides on the slopes of
one mountain told from either side of its border); every report here is
written for these tests, with other towns, mountains and figures."""

from __future__ import annotations

import pytest

from reportcheck.incident_match import DIFFERENT, SAME, _mountain_name, _named_apart

from .conftest import incident_match_of

#: a quake told by a report filed in one country (its cities jolted, its own
#: dead) and by one filed in the next, whose provinces the first report
#: tells deaths in
QUAKES_TOLD_ACROSS = [
    (
        "SULAYMANIYAH, Iraq — A 6.1 magnitude earthquake jolted Sulaymaniyah, Erbil, Kirkuk and "
        "other cities of the region on Sunday night, leaving three people dead in Darbandikhan.\n\n"
        "Across the border, Iranian officials reported 40 deaths and hundreds of injuries in "
        "Kermanshah province, according to state television.",
        "KERMANSHAH, Iran — At least 41 people were killed when a powerful earthquake struck "
        "Kermanshah province on Sunday night, officials said.\n\nMost of the dead were in Sarpol-e "
        "Zahab, where dozens of houses collapsed.",
    ),
    (
        "KERMANSHAH, Iran — A strong earthquake shook Kermanshah, Sarpol-e Zahab and several other "
        "towns late on Sunday, injuring 60 people across Kermanshah province.\n\nIraqi officials said "
        "seven people were killed in Sulaymaniyah province.\n\nThe quake was the strongest in the "
        "region in years.",
        "HALABJA, Iraq — Seven people died and 35 others were hurt when an earthquake rocked "
        "Sulaymaniyah province late on Sunday, local officials said.\n\nThe quake destroyed homes "
        "in Halabja and Darbandikhan.",
    ),
]


@pytest.mark.parametrize("first, second", QUAKES_TOLD_ACROSS)
def test_a_quake_shares_the_regions_one_report_tells_harm_in(first, second):
    match = incident_match_of(first, second)
    assert match.decision != DIFFERENT, match.evidence
    assert any(e.relation == "shared" and e.detail.startswith("both in") for e in match.evidence), (
        match.evidence
    )


#: ... and the near-miss: the first report names the other's province only
#: as a place the quake was felt in, where it tells no harm
QUAKE_FELT_ACROSS = (
    "SULAYMANIYAH, Iraq — A 6.1 magnitude earthquake killed three people in Darbandikhan on Sunday "
    "night, local officials said.\n\nThe quake was also felt in Kermanshah province.",
    "KERMANSHAH, Iran — At least 41 people were killed when a powerful earthquake struck "
    "Kermanshah province on Sunday night, officials said.",
)


def test_a_province_the_quake_was_only_felt_in_shares_no_region():
    match = incident_match_of(*QUAKE_FELT_ACROSS)
    assert not any(e.detail.startswith("both in") for e in match.evidence), match.evidence


#: two landslides of one night on the two sides of one mountain, one report
#: telling the other's as a separate landslide
LANDSLIDES_APART = [
    (
        "Four people died after a landslide buried homes in Nyarusiza, Kisoro District, following "
        "heavy rains on the slopes of Mt Muhabura on Wednesday night.\n\nThe Resident District "
        "Commissioner said the landslide struck at about 11pm.",
        "Two people died when a landslide swept away a house near Musanze on the slopes of Mt "
        "Muhabura on Wednesday night, police said.\n\nThe landslide struck at about 10pm.\n\n"
        "Across the border, a separate landslide on the Ugandan side of the mountain was reported "
        "to have killed several people in Kisoro District on the same night.",
    ),
    (
        "Five villagers were killed on Friday night when mud buried their houses in Bundibugyo "
        "District, officials said.\n\nThe slide came down from the Rwenzori Mountains at around "
        "9pm.",
        "Three children died in Goma on Friday night when a wall collapsed after hours of rain, "
        "city officials said.\n\nIn an unrelated landslide in Bundibugyo District, five people were "
        "killed, Ugandan media reported.",
    ),
]


@pytest.mark.parametrize("first, second", LANDSLIDES_APART)
def test_a_separate_events_place_and_a_mountain_are_no_place_of_the_incident(first, second):
    match = incident_match_of(first, second)
    assert match.decision != SAME, match.evidence
    assert not any(e.relation == "shared" and e.kind == "place" for e in match.evidence), match.evidence


@pytest.mark.parametrize(
    "label",
    [
        "a separate landslide on the Ugandan side of the mountain",
        "an unrelated shooting",
        "a separate deadly crash",
        "In an unrelated landslide",
    ],
)
def test_an_event_named_apart(label):
    assert _named_apart(label)


@pytest.mark.parametrize(
    "label",
    [
        "another shooting",  # "Another nearby shooting comes amid a spike": the story's own
        "the earlier shooting",  # a trial story's retold rampage
        "a shooting that police linked to a separate robbery",  # the word is the clause's
    ],
)
def test_an_event_not_named_apart(label):
    assert not _named_apart(label)


@pytest.mark.parametrize("name", ["Mt Elgon", "Mt. Muhabura", "Mount Kenya", "the Rwenzori Mountains"])
def test_a_mountains_name(name):
    assert _mountain_name().fullmatch(name)


@pytest.mark.parametrize(
    "name", ["Mount Pleasant Elementary School", "Mountain View Apartments", "Kaboriot", "Sefton Gun Range"]
)
def test_a_spot_named_after_a_mountain_is_no_mountain(name):
    assert not _mountain_name().fullmatch(name)
