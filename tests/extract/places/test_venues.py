"""Venues and streets below the gazetteer (extract/places/venues.py), and how
two reports' names of them are set side by side.  Sentences written for
these tests in the patterns of US crime and crash reports."""

from __future__ import annotations

import pytest

from reportcheck.extract.places.venues import street_spots, venue_spots
from reportcheck.models import ClaimKind, Status
from tests.conftest import findings_of


def _venues(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.key) for s in venue_spots(text)]


def _streets(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[s.start : s.end], s.key, s.number) for s in street_spots(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shots rang out at the Blue Heron Lounge shortly after 2 a.m.",
            [("Blue Heron Lounge", "blue heron lounge")],
        ),
        ("Three were hurt in a fight at Velvet nightclub.", [("Velvet nightclub", "velvet nightclub")]),
        (
            "The Pike County Fairgrounds were closed on Sunday.",
            [("Pike County Fairgrounds", "pike county fairgrounds")],
        ),
        (
            "A gunman opened fire at the Dawson county fairgrounds.",
            [("Dawson county fairgrounds", "dawson county fairgrounds")],
        ),
        (
            "He was shot inside Mrs. K's Bar and Grill Restaurant on Friday.",
            [("Mrs. K's Bar and Grill Restaurant", "mrs k's bar and grill restaurant")],
        ),
        # a title-case headline: the name starts after its last capitalised preposition
        ("Woman Killed In Shooting At Harbor Lights Club", [("Harbor Lights Club", "harbor lights club")]),
        # waters and universities, by name or with "of"
        ("The tanker sank in the Andaman Sea on Monday.", [("Andaman Sea", "andaman sea")]),
        ("Pirates were sighted in the Gulf of Oman at dawn.", [("Gulf of Oman", "gulf of oman")]),
        (
            "She studied at the University of Kansas before.",
            [("University of Kansas", "university of kansas")],
        ),
        # generic words alone name no venue
        ("He was taken to the Police Station, then to City Hall and the County Jail.", []),
        # a name ends with its line: the next line's first word is none of it
        ("Ships patrol the Gulf of Oman\nThe convoy left on Monday.", [("Gulf of Oman", "gulf of oman")]),
        ("FAITH BAPTIST\n\nCHURCH SHOOTING LEAVES TWO DEAD", []),
    ],
)
def test_a_named_venue_is_read_with_its_whole_name(text, expected):
    assert _venues(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It happened in the 4500 block of Orchard Drive.",
            [("4500 block of Orchard Drive", "orchard drive", "4500")],
        ),
        (
            "The car was stopped at 63rd St. and 12th Ave. by officers.",
            [("63rd St.", "63rd street", None), ("12th Ave.", "12th avenue", None)],
        ),
        ("A man was found on W. Lincoln Boulevard.", [("W. Lincoln Boulevard", "lincoln boulevard", None)]),
        ("Officers were called to 2210 Harmon at 9 p.m.", [("2210 Harmon", "harmon", "2210")]),
        # ... nor a street's: "Pike County" and the next line's "ST." are two lines
        ("Deputies searched Pike County\n\nST. LOUIS (AP) - A man was shot.", []),
        # a saint's town and a model year are no street
        ("He was flown to St. Louis in a 2015 Honda Civic, at 2015 Honda, police said.", []),
        # a name that goes on after a street's word is no street
        ("The Wall Street Journal and the Bay Road Gazette reported the shooting.", []),
        # a day or a month right after the street is no name of a saint or a person
        (
            "A man was shot at 1240 Elm Road Sunday night, police said.",
            [("1240 Elm Road", "elm road", "1240")],
        ),
        (
            "Two were hurt in the 1200 block of North 5th Street Saturday.",
            [("1200 block of North 5th Street", "5th street", "1200")],
        ),
        ("Crews closed Harbor Blvd. Monday morning.", [("Harbor Blvd.", "harbor boulevard", None)]),
        ("The fire on Oak Lane May 3 destroyed two homes.", [("Oak Lane", "oak lane", None)]),
    ],
)
def test_a_street_is_read_with_its_number(text, expected):
    assert _streets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a numbered street with its side of town, abbreviated or written out
        (
            "Officers were sent to the area of Southwest 148th Terrace and 31st Court.",
            [
                ("Southwest 148th Terrace", "148th terrace", None, False, "southwest"),
                ("31st Court", "31st court", None, False, None),
            ],
        ),
        (
            "Two men were shot in the 1700 block of North 9th Street on Sunday.",
            [("1700 block of North 9th Street", "9th street", "1700", True, "north")],
        ),
        (
            "He was found on NW 62nd St. after midnight.",
            [("NW 62nd St.", "62nd street", None, False, "northwest")],
        ),
        # "Place" and "Court" name a street after a figure only
        (
            "She was shot in the 7900 block of West 79th Place.",
            [("7900 block of West 79th Place", "79th place", "7900", True, "west")],
        ),
        ("He won First Place at the Superior Court fair.", []),
        # a numbered street in words is the same street as in figures
        ("The bar on Seventh Avenue was closed.", [("Seventh Avenue", "7th avenue", None, False, None)]),
        (
            "A house at 412 W. Third Street burned.",
            [("412 W. Third Street", "3rd street", "412", False, "west")],
        ),
        # ordinal words past twelfth, in one word, hyphenated or in two
        (
            "Shots were fired on Thirteenth Street and Twenty-First Avenue.",
            [
                ("Thirteenth Street", "13th street", None, False, None),
                ("Twenty-First Avenue", "21st avenue", None, False, None),
            ],
        ),
        (
            "A car hit a bus at 800 East Forty Second Street on Monday.",
            [("800 East Forty Second Street", "42nd street", "800", False, "east")],
        ),
        (
            "The crash closed Ninety-Ninth Street and Fiftieth Avenue.",
            [
                ("Ninety-Ninth Street", "99th street", None, False, None),
                ("Fiftieth Avenue", "50th avenue", None, False, None),
            ],
        ),
        # "North" that is the name itself, not a side of town
        ("Traffic on North Avenue was stopped.", [("North Avenue", "north avenue", None, False, None)]),
    ],
)
def test_a_numbered_street_is_read_with_its_side_of_town(text, expected):
    found = [(text[s.start : s.end], s.key, s.number, s.block, s.direction) for s in street_spots(text)]
    assert found == expected


def test_venues_and_streets_are_claims_of_their_own_subjects(pipeline):
    from tests.conftest import claims_of_text

    claims = claims_of_text(pipeline, "A man was shot at the Red Fox Tavern on Elm Street in Dayton, Ohio.")
    subjects = {(c.subject, c.evidence.text) for c in claims if c.kind is ClaimKind.location}
    assert ("venue", "Red Fox Tavern") in subjects
    assert ("street", "Elm Street") in subjects
    assert ("place", "Dayton") in subjects


def _findings(a: str, b: str):
    return [f for f in findings_of(a, b) if f.kind is ClaimKind.location and f.subject in ("venue", "street")]


def test_two_reports_naming_one_venue_and_street_agree(pipeline):
    findings = _findings(
        "Four people were shot early Sunday at the Silver Palm Nightclub in the 2100 block of Pearl Avenue,"
        " police said.",
        "Police said four people were wounded at Silver Palm nightclub, at 2100 Pearl on Sunday.",
    )
    paired = {(f.status, tuple(c.evidence.text for c in f.claims)) for f in findings if len(f.claims) == 2}
    assert (Status.agree, ("Silver Palm Nightclub", "Silver Palm nightclub")) in paired
    assert (Status.compatible, ("2100 block of Pearl Avenue", "2100 Pearl")) in paired


def test_different_venues_and_streets_are_never_a_conflict(pipeline):
    findings = _findings(
        "Two men were shot at the Golden Gate Lounge on Walnut Street and taken to Mercy Hospital.",
        "Two men were shot at Club Rio on Chestnut Street and taken to St. Anne Hospital.",
    )
    assert findings
    assert all(f.status is Status.only_in_one for f in findings)


def _street_findings(a: str, b: str) -> list[tuple[Status, tuple[str, ...]]]:
    return [
        (f.status, tuple(c.evidence.text for c in f.claims))
        for f in _findings(a, b)
        if f.subject == "street" and len(f.claims) == 2
    ]


def test_two_house_numbers_of_the_scene_on_one_street_conflict(pipeline):
    found = _street_findings(
        "A 19-year-old was shot and killed Saturday at his uncle's 2315 Mill Creek Road home, deputies said.",
        "Deputies said the teen was in the kitchen of the house at 2351 Mill Creek Road when he was shot.",
    )
    assert found == [(Status.conflict, ("2315 Mill Creek Road", "2351 Mill Creek Road"))]


def test_the_street_named_again_without_a_number_does_not_hide_the_conflict(pipeline):
    found = _street_findings(
        "A woman was shot and killed in the 1200 block of Elm Road on Friday. Officers closed Elm Road"
        " for hours.",
        "The woman was shot and killed at 1350 Elm Road on Friday, police said.",
    )
    assert (Status.conflict, ("1200 block of Elm Road", "1350 Elm Road")) in found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("1249 Bells Ferry Road", "1240 Bell’s Ferry Road"),
        ("412 Browns Mill Road", "421 Brown's Mill Road"),
        ("88 Kings Highway", "86 King's Highway"),
    ],
)
def test_a_street_written_with_and_without_its_apostrophe_is_one_street(pipeline, a, b):
    """Style books differ on a possessive in a street's name ("Bells Ferry",
    "Bell's Ferry"): the two spellings name one street, whose numbers meet."""
    found = _street_findings(
        f"A 20-year-old man was shot and killed Thursday at a home at {a}, deputies said.",
        f"Deputies said the man was shot Thursday in a bedroom of the home at {b}.",
    )
    assert found == [(Status.conflict, (a, b))]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("412 St. Marys Road", "980 St. Johns Road"),
        ("15 St. Paul Street", "2210 St. Charles Avenue"),
    ],
)
def test_streets_named_for_saints_are_not_one_street_st(pipeline, a, b):
    """ "St." before a name is a saint's, not a street's suffix: two such
    addresses are two streets, never two numbers of a street called "St"."""
    found = _street_findings(
        f"A man was shot and killed Friday at his home at {a}, deputies said.",
        f"Deputies said the man was shot Friday in the kitchen of the home at {b}.",
    )
    assert not [status for status, _ in found if status is not Status.agree], found


def test_ecbplus_two_blocks_of_the_scene_conflict(pipeline):
    """ECB+ topic 16 (CC BY 3.0): two reports of one deputy's killing put the scene in two blocks."""
    found = _street_findings(
        "Deputy Ortiz was shot to death outside an apartment in the 12000 block of East 223rd Street.",
        "The shooting occurred about 3:10 p.m. in the 12200 block of 223rd Street in Hawaiian Gardens.",
    )
    assert found == [(Status.conflict, ("12000 block of East 223rd Street", "12200 block of 223rd Street"))]


def test_a_house_inside_the_block_of_the_other_report_is_compatible(pipeline):
    found = _street_findings(
        "Two people were wounded in a shooting in the 4600 block of Lamar Avenue late Friday.",
        "Police said the two were shot outside a duplex at 4618 Lamar Avenue on Friday night.",
    )
    assert found == [(Status.compatible, ("4600 block of Lamar Avenue", "4618 Lamar Avenue"))]


def test_the_scenes_block_given_by_both_holds_against_another_block_of_the_story(pipeline):
    found = _street_findings(
        "A man was shot dead in the 200 block of Vale Road. Deputies found the gunman in the 900 block"
        " of Vale Road an hour later.",
        "The man was shot and killed in the 200 block of Vale Road early Monday, deputies said.",
    )
    assert found == [(Status.agree, ("200 block of Vale Road", "200 block of Vale Road"))]


def test_another_address_on_the_scenes_street_is_at_most_a_possible_conflict(pipeline):
    """The scene in one report, the suspect's home down the road in the other:
    a report names several addresses, and only two told as the scene conflict."""
    found = _findings(
        "A man was shot and killed in the 300 block of Dover Road on Tuesday, police said.",
        "Officers later arrested the suspect at his home at 1460 Dover Road, police said.",
    )
    streets = [(f.status, tuple(c.evidence.text for c in f.claims)) for f in found if f.subject == "street"]
    assert streets == [(Status.possible_conflict, ("300 block of Dover Road", "1460 Dover Road"))]


def test_numbered_streets_apart_by_their_number_are_two_streets(pipeline):
    """The scene's corner in one report, the corner where the driver was
    stopped in the other: in a city of numbered streets a story names several."""
    found = _street_findings(
        "The woman was struck by a van at 84th Street and 31st Avenue on Friday night, police said.",
        "Officers stopped the van a few blocks away, at 88th Street and 35th Avenue, police said.",
    )
    assert found == []


def test_a_numbered_street_in_words_and_in_figures_is_one_street(pipeline):
    found = _street_findings(
        "A woman was shot and killed at 1315 Thirteenth Street on Friday, police said.",
        "Police said the woman was shot and killed at 1315 13th Street on Friday.",
    )
    assert found == [(Status.agree, ("1315 Thirteenth Street", "1315 13th Street"))]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "A man was shot on East 35th Street early Sunday.",
            "A man was shot on West 35th Street early Sunday.",
        ),
        (
            "Two men were shot in the 1200 block of North 5th Street, police said.",
            "Police said two men were shot in the 1200 block of South 5th Street.",
        ),
        (
            "A woman was shot and killed at 1240 NW 12th Court on Friday.",
            "The woman was shot and killed at 1240 SW 12th Court on Friday.",
        ),
        (
            "A teen was shot dead in the 400 block of North 22nd Street on Monday.",
            "The teen was shot dead in the 700 block of South 22nd Street on Monday.",
        ),
    ],
)
def test_one_numbered_street_on_two_sides_of_town_is_two_streets(pipeline, a, b):
    """Both reports write the side of town and the sides differ: two streets
    that share a number, neither the same street nor two spots on one."""
    assert _street_findings(a, b) == []


def test_a_side_of_town_written_by_one_report_only_keeps_the_street_comparable(pipeline):
    found = _street_findings(
        "A man was shot and killed in the 1200 block of North 5th Street on Sunday.",
        "The man was shot and killed in the 1200 block of 5th Street on Sunday.",
    )
    assert [status for status, _ in found] == [Status.agree]


@pytest.mark.parametrize(
    ("text", "spot", "scene"),
    [
        ("A man was shot dead on Elm Street in Dayton on Friday.", "Elm Street", True),
        ("Two women died after rioters set fire to a bank on Korai Avenue.", "Korai Avenue", True),
        # a possessive before the address, and a gun that went off
        (
            "Jones shot his cousin at Miller's 880 Cedar Hill Road home on Friday.",
            "880 Cedar Hill Road",
            True,
        ),
        (
            "The rifle went off in a house along Northeast 41st Terrace, police said.",
            "Northeast 41st Terrace",
            True,
        ),
        # an alarm or a detector that went off is no shot fired, its street no scene
        ("A burglar alarm went off at 1800 Elm Road early Sunday.", "1800 Elm Road", False),
        ("The smoke detector went off in a house on Birch Lane after 3 a.m.", "Birch Lane", False),
        ("A homemade bomb went off outside a store on Walnut Street.", "Walnut Street", True),
        # a home searched later is no scene
        ("Deputies later searched his home at 55 Birch Road, police said.", "55 Birch Road", False),
        # no word of the incident in its sentence: where a gun was picked up, a suspect arrested
        ("He had picked up the gun at the Elm Court apartments.", "Elm Court apartments", False),
        ("Dan Souza was arrested late Tuesday at 1450 Acushnet Street.", "1450 Acushnet Street", False),
        # a care or custody venue's address, and a venue named in a source's title
        ("Two men were shot and taken to Mercy Hospital on Elm Street.", "Elm Street", False),
        (
            "After the shooting the crowd marched to the 71st Precinct at Empire Boulevard.",
            "Empire Boulevard",
            False,
        ),
        (
            "Architects of the Chittagong University said the building was unsafe after the collapse.",
            "Chittagong University",
            False,
        ),
    ],
)
def test_a_street_or_venue_is_the_scene_where_its_sentence_tells_the_incident(pipeline, text, spot, scene):
    from tests.conftest import claims_of_text

    claims = claims_of_text(pipeline, text)
    found = [c for c in claims if c.kind is ClaimKind.location and c.evidence.text == spot]
    assert found
    assert (found[0].place.stated_as == "scene") is scene
