"""What the words around a place make of it (extract/places/roles.py), read
once by the place extractor and recorded on the claim as ``stated_as``.

The sentences are written for these tests, in the patterns reporters use.
"""

from __future__ import annotations

import pytest

from reportcheck.api import extract_report
from reportcheck.extract.places.roles import place_role
from reportcheck.load import load_text
from reportcheck.models import ClaimKind


@pytest.mark.parametrize(
    ("before", "surface", "after", "role"),
    [
        ("A man was shot in ", "Dolton", " on Friday.", "scene"),
        ("Two people were wounded in far south suburban ", "Sauk Village", ".", "scene"),
        ("The boy was hanging out in a ", "Tacoma", " parking lot.", "scene"),
        ("The girl was struck inside her ", "Paterson", " home.", "scene"),
        ("Police arrested Ann Lowe, 31, of ", "Millbury", ".", "home"),
        ("The victim, a man from ", "Gary", ", died.", "home"),
        ("He was a lifelong resident of ", "Kennewick", ".", "home"),
        ("He grew up in the town of ", "Millbury", ".", "scene"),
        # every village's or town's noun of settlement_nouns (rules/places.yaml)
        ("Deputies found him in the borough of ", "Glassboro", " on Sunday.", "scene"),
        ("Three were hurt near the hamlet of ", "Verbank", " late Friday.", "scene"),
        # "lives in" makes a home though "in" stands before the town
        ("The suspect, who lives in ", "Dallas", ", was arrested.", "home"),
        ("She had been living in the ", "Fresno", " area for a year.", "home"),
        # a street and a comma before a town: an address's town, the scene
        ("Deputies went to 4410 West Elm Road, ", "Campbellsburg", ", after the call.", "scene"),
        ("The car crashed at ", "Concord", " and Market streets.", "street"),
        # a town as the modifier of a street's common noun is the scene; a street's own name is a street
        ("The girl was killed by a stray bullet on an ", "Albany", " street last year.", "scene"),
        ("Robbers raided a jeweller on a posh ", "Paris", " avenue.", "scene"),
        ("The crash happened on ", "Albany", " Street on Monday.", "street"),
        ("The crash happened on ", "Albany", " street on Monday.", "street"),
        ("Shots rang out near Beale and ", "Fond du Lac", " on Sunday.", "street"),
        ("It happened in the ", "Arlington", " neighborhood of the city.", "part_of_city"),
        # a sub-district after its province's possessive, itself after a locative: the scene
        ("A ferry sank in Koral province's ", "Veyan district", " on Sunday.", "scene"),
        ("Lightning killed two farmers in Nam Thong's ", "Ban Sai district", " on Friday.", "scene"),
        ("The bus overturned in Tarkand's ", "Lohari mandal", " late on Monday.", "scene"),
        ("Three died when a wall fell in Meru state's ", "Kashi taluk", ".", "scene"),
        # ... not a home's ("a man from"), nor a holder's possessive with no locative before it
        ("A farmer from Koral province's ", "Veyan district", " was among the dead.", None),
        ("Officials said Koral province's ", "Veyan district", " had the most rain.", None),
        # ... nor a town after a possessive, which is the modifier's reading's to tell
        ("The fire broke out in Koral's ", "Veyan", " market.", None),
        ("", "INDIANAPOLIS", " (December 3, 2015) – A man was shot.", "dateline"),
        ("Officers said ", "Dayton", " police arrived quickly.", None),
        # an incident's noun after the name puts the incident there; "drive-by" is no Drive
        ("Two men were hurt in the ", "Riverton", " shooting on Friday.", "scene"),
        ("Teen Killed in ", "Elmwood", " Murder-Suicide", "scene"),
        ("A girl was wounded in a ", "Lakeland", " drive-by on Sunday.", "scene"),
        ("Police closed ", "Lakeland", " Drive after the crash.", "street"),
        # an accident is the incident only after what was being done
        ("A deer hunter died in a ", "Pinewood", " hunting accident on Saturday.", "scene"),
        ("Man Identified In Fatal ", "Oakdale", " Hunting Accident", "scene"),
        ("The ", "Oakdale", " accident closed the highway for hours.", None),
        # a resident's noun after the name makes it the town someone is of
        ("A 16-year-old ", "Riverton", " boy was charged.", "resident"),
        ("Two ", "Salem", " teenagers were arrested.", "resident"),
        ("The ", "Denmark", " man said little during the hearing.", "resident"),
        ("Officers said ", "Dayton", " residents heard shots.", "resident"),
        ("The ", "Dayton", " manager said nothing.", None),
        # so does a home's noun: the town of the house it happened in
        ("Officers searched a ", "Tacoma", " residence on Friday.", "scene"),
        ("The couple was found dead in their ", "Elwood", " apartment.", "scene"),
        # a county's or state's edge names no place of the story
        ("It happened at the bridge on the ", "Wayne County", " line, deputies said.", "boundary"),
        ("The hunters were near the ", "Ohio", " border on Sunday.", "boundary"),
        ("Police chased him across the ", "Fulton County", " line.", "boundary"),
        ("He was shot in ", "Borderland", " on Friday.", "scene"),
        # where someone was taken after the shooting is no scene, though "in" stands before it
        ("The girl was airlifted to St. Mary's in ", "Tulsa", ", where she died.", "care"),
        ("Both men were taken to a ", "Fresno", " hospital with gunshot wounds.", "care"),
        ("His body will be sent to ", "Austin", " for an autopsy.", "care"),
        ("The boy was flown by helicopter to ", "Denver", " for treatment.", "care"),
        ("He was pronounced dead at Mercy Medical Center in ", "Redding", " shortly after 2 a.m.", "care"),
        ("The victim remains in critical condition at a hospital in ", "Macon", ".", "care"),
        ("An autopsy is scheduled to be performed in ", "Dayton", " on Monday.", "care"),
        # a town that begins a hospital's, a court's or a jail's name is that venue's, no scene
        ("He was arraigned Monday in ", "Lakewood", " District Court on murder charges.", "care"),
        ("The wounded were treated at ", "Tulsa", " Regional Medical Center.", "care"),
        ("The suspect is being held at the ", "Dayton", " city jail without bail.", "care"),
        ("Two men were shot in ", "Tulsa", " on Friday near a hospital.", "scene"),
        # where the shaking reached, or a blast was heard, names no place of the story
        ("Shaking was felt as far away as ", "Fresno", " and Reno.", "felt"),
        ("Shaking was felt as far away as Fresno and ", "Reno", ".", "felt"),
        ("Strong quake jolts southern Iran, felt in ", "Oman", "", "felt"),
        ("The blast was heard as far away as ", "Galveston", ", residents said.", "felt"),
        ("The quake struck near ", "Tonopah", " early Friday.", "scene"),
        ("It was felt strongly in the town and struck near ", "Bishop", " at 4 a.m.", "scene"),
        # ... but a hospital a gunman walked into, or one merely locked down, is
        ("A gunman opened fire at a hospital in ", "Reno", " on Monday.", "scene"),
        ("Schools were locked down, as was the medical center in ", "Salem", ".", "scene"),
        ("He drove to a bar in ", "Dolton", " and opened fire.", "scene"),
        # a part of the place told by a direction word of rules/places.yaml
        ("Shells hit a school in the town of Jarnak in northwestern ", "Syria", " on Monday.", "scene"),
        ("A landslide buried homes in southeastern ", "Turkey", " overnight.", "scene"),
        ("Flooding cut roads in central ", "Iraq", ".", "scene"),
        ("Two trains collided in upstate ", "New York", " late Friday.", "scene"),
        # the two ends of a road journey are no scene of its crash (journey_words)
        ("A minibus travelling from Ocho Rios to ", "Kingston", " ran off the road.", "route"),
        ("A truck traveling from ", "Spanish Town", " to May Pen overturned on Friday.", "route"),
        ("A truck traveling from Spanish Town to ", "May Pen", " overturned on Friday.", "route"),
        ("The van, driving to ", "Laredo", ", rolled over near Cotulla.", "route"),
        ("The family was on their way to ", "Kingston", " when the car left the road.", "route"),
        # ... never a flight's ends (a plane may crash landing there), nor a ride within a town
        ("The jet, a flight from Dubai to ", "Calicut", ", skidded off the runway.", None),
        ("A bus travelling through ", "Mandeville", " overturned on Monday.", None),
        ("Rescuers were evacuating the injured from Qeshm to ", "Bandar Abbas", ".", None),
    ],
)
def test_place_role(before, surface, after, role):
    assert place_role(surface, "city", len(before), before, after) == role


def test_a_dateline_in_capitals_only_near_the_top():
    assert place_role("DAYTON", "city", 0, "", " - A man") == "dateline"
    assert place_role("DAYTON", "city", 2000, "", " - A man") is None
    assert place_role("Dayton", "district", 0, "", " - A man") is None


def test_claims_carry_what_their_words_say(pipeline):
    extracted = extract_report(
        load_text(
            "DAYTON, Ohio (AP) — A woman was shot in Kettering on Sunday. "
            "Police arrested Mark Dunn, 30, of Springfield."
        ),
        0,
    )
    stated = {
        c.value.name: c.place.stated_as
        for c in extracted.claims
        if c.kind is ClaimKind.location and c.place.kind == "city"
    }
    assert stated == {"Dayton": "dateline", "Kettering": "scene", "Springfield": "home"}


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("PHOENIX — A man was shot and killed near a bar late Sunday, police said.", "Phoenix"),
        ("KILLEEN, Texas (AP) — Two soldiers were wounded outside a store on Tuesday.", "Killeen"),
        ("EL PASO, Texas — Two people died after a shooting at an apartment complex.", "El Paso"),
        ("NEW YORK (Reuters) - A man was stabbed on a subway platform.", "New York"),
        # a wire's dated dateline: the bureau's town, one word or two
        ("WARSAW, Aug. 7 (Reuters) - A methane blast killed five miners in the south.", "Warsaw"),
        ("ADDIS ABABA, March 3 (Horn Wire) — Floods killed nine people in a village.", "Addis Ababa"),
        ("LIMA, Peru, 16 September 2026 — A landslide buried a bus in the Andes.", "Lima"),
    ],
)
def test_datelines_in_capitals_read_as_datelines(pipeline, text, city):
    """The wire pattern reads a dateline in capitals whatever label the model
    gives its words (it often tags them ORG)."""
    claims = extract_report(load_text(text), 0).claims
    datelines = [c for c in claims if c.kind is ClaimKind.location and c.place.stated_as == "dateline"]
    assert [c.value.name for c in datelines] == [city]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("A man was found dead in his Paterson home on Tuesday, police in New Jersey said.", "Paterson"),
        ("The woman was shot at her Killeen apartment late Sunday, Texas police said.", "Killeen"),
    ],
)
def test_a_town_before_a_home_is_the_scene_not_a_person(pipeline, text, city):
    """The model tags a town written before "home" a PERSON ("in his Paterson
    home"); after a possessive or an article it is the town of the scene."""
    claims = extract_report(load_text(text), 0).claims
    places = {c.value.name: c.place.stated_as for c in claims if c.kind is ClaimKind.location}
    assert places.get(city) == "scene"
    assert not [c for c in claims if c.kind is ClaimKind.person]


def test_a_family_name_before_a_home_stays_a_name(pipeline):
    """ "the Jackson home" is a family's: no town is read from it."""
    claims = extract_report(load_text("Police said the Jackson home was searched on Monday."), 0).claims
    assert [c.value.name for c in claims if c.kind is ClaimKind.person] == ["Jackson"]
    assert not [c for c in claims if c.kind is ClaimKind.location]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("A deputy on patrol in the City of Vista, California, found a man lying in the road.", "Vista"),
        ("Shots were fired at a house on Elm Street in the City of Norwich, N.Y., on Friday.", "Norwich"),
        ("Police said the shooting happened in the town of Aransas Pass, Texas.", "Aransas Pass"),
    ],
)
def test_a_town_after_the_city_of_is_a_place(pipeline, text, city):
    """ "the City of Vista": the model tags "the City of" a place and leaves
    the name out; the words say the name is a town's."""
    claims = extract_report(load_text(text), 0).claims
    assert city in [c.value.name for c in claims if c.kind is ClaimKind.location]
