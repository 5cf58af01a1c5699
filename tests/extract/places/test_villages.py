"""Villages the gazetteer lacks, named as villages, are places and never
people (extract/places/villages.py).  Sentences written for these tests."""

from __future__ import annotations

import pytest

from reportcheck.api import extract_report
from reportcheck.load import load_text
from reportcheck.models import ClaimKind


def _claims(text: str):
    return extract_report(load_text(text), 0).claims


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("Residents of the village of Ostrovka said the shelling began at dawn.", "Ostrovka"),
        ("The flood cut off the hamlet of Verkhnyaya Zaimka for two days.", "Verkhnyaya Zaimka"),
        ("Two homes burned in Zarechnoye village on Sunday, said Ivan Petrov.", "Zarechnoye"),
    ],
)
def test_an_unknown_village_is_a_place_not_a_person(pipeline, text, village):
    claims = _claims(text)
    places = [c for c in claims if c.kind is ClaimKind.location and c.place.kind == "village"]
    assert [c.value.name for c in places] == [village]
    assert places[0].place.geonameid == f"unresolved:{village.lower()}"
    assert village not in [c.value.name for c in claims if c.kind is ClaimKind.person]


def test_an_adjective_before_village_names_no_village(pipeline):
    claims = _claims("Athletes returned to the Olympic village after the race.")
    assert not [c for c in claims if c.kind is ClaimKind.location]


@pytest.mark.parametrize(
    ("text", "town", "noun"),
    [
        # the shapes of Syrian-war wire copy, names made up for these tests
        ("Jets struck a clinic in the town of Deir Marqab on Tuesday.", "Deir Marqab", "town"),
        ("Four medics were killed in another raid on the town of Tell Qasrin.", "Tell Qasrin", "town"),
        ("The convoy was hit near the town of Kafr al-Zaytun west of the city.", "Kafr al-Zaytun", "town"),
        # a home town the gazetteer lacks (or a reporter misspelt), as US copy writes it
        ("The victim, 22, was from the Ohio suburb of Glenvarra.", "Glenvarra", "suburb"),
    ],
)
def test_an_unknown_town_is_a_place_not_a_person(pipeline, text, town, noun):
    """ "the town of X", "the suburb of X" say X is a place as "the village of X" does."""
    claims = _claims(text)
    places = [c for c in claims if c.kind is ClaimKind.location and c.place.kind == "village"]
    assert [(c.value.name, c.value.label) for c in places] == [(town, f"{town} ({noun})")]
    assert town not in [c.value.name for c in claims if c.kind is ClaimKind.person]


def test_a_name_the_gazetteer_lacks_after_a_city_noun_is_no_village(pipeline):
    """ "the city of Raqa": a spelling of a known city the gazetteer misses,
    not a place of its own (``cities`` of ``settlement_nouns``)."""
    claims = _claims("Jets struck the city of Qarmalun and the town of Tell Qasrin on Sunday.")
    places = [c.value.name for c in claims if c.kind is ClaimKind.location and c.place.kind == "village"]
    assert places == ["Tell Qasrin"]


def test_a_known_town_keeps_its_gazetteer_place(pipeline):
    claims = _claims("Firefighters were called to a plant in the town of Baytown, Texas.")
    places = {c.value.name: c.place.kind for c in claims if c.kind is ClaimKind.location}
    assert places.get("Baytown") == "city"


def test_a_town_named_once_as_a_town_is_a_place_wherever_named(pipeline):
    """A report says once what the name is; its other mentions are the same place."""
    claims = _claims(
        "The aid convoy was hit in the town of Tell Qasrin on Monday. "
        "UN officials said the convoy travelling to Tell Qasrin had clearance."
    )
    places = [c for c in claims if c.kind is ClaimKind.location and c.value.name == "Tell Qasrin"]
    assert len(places) == 2
    assert "Tell Qasrin" not in [c.value.name for c in claims if c.kind is ClaimKind.person]


@pytest.mark.parametrize(
    ("text", "province"),
    [
        # the shape of AFP's "the northern province of Raqa" (FA-KES), names made up for these tests
        (
            "Eleven fighters were killed in raids on Sunday in the northern province of Deir Harqal.",
            "Deir Harqal",
        ),
        ("Shelling hit two villages in the governorate of Tell Maruf overnight.", "Tell Maruf"),
    ],
)
def test_an_unknown_province_is_a_region_the_gazetteer_lacks(pipeline, text, province):
    places = [c for c in _claims(text) if c.kind is ClaimKind.location]
    assert [(c.value.name, c.place.kind, c.place.geonameid) for c in places] == [
        (province, "region", f"unresolved:{province.lower()}")
    ]


def test_a_province_the_gazetteer_lacks_agrees_with_another_spelling(pipeline):
    """ "the province of Raqa" against "Raqqa province": one province, two
    transliterations (the gazetteer knows only the second, as Ar Raqqah)."""
    import datetime as dt

    from reportcheck.api import compare_reports
    from reportcheck.models import Status

    reports = [
        load_text(text, date=dt.date(2014, 8, 18))
        for text in (
            "Thirty militants were killed in air raids on Sunday in the northern province of Raqa, a monitor"
            " said.",
            "Warplanes struck militant bases in Raqqa province on Sunday, killing 30 fighters.",
        )
    ]
    findings = [f for f in compare_reports(reports).findings if f.kind is ClaimKind.location]
    paired = {(f.status, tuple(sorted({c.evidence.text for c in f.claims}))) for f in findings}
    assert (Status.agree, ("Raqa", "Raqqa province")) in paired


@pytest.mark.parametrize(
    ("text", "village", "country"),
    [
        (
            "A car bomb killed six civilians in the Syrian border town of Khirbet Dalla on Friday.",
            "Khirbet Dalla",
            "SY",
        ),
        ("Gunmen stormed the Iraqi village of Umm Sakhar overnight, officials said.", "Umm Sakhar", "IQ"),
        (
            "Shelling hit Ukraine's eastern town of Kalynove Pole on Monday, the mayor said.",
            "Kalynove Pole",
            "UA",
        ),
    ],
)
def test_the_words_before_a_village_tell_its_country(pipeline, text, village, country):
    """ "the Syrian border town of X", "Ukraine's eastern town of X": the
    country a wire story abroad names for a town the gazetteer lacks; the
    village's claim carries it, and so does the same name told again."""
    places = [c for c in _claims(text) if c.kind is ClaimKind.location and c.value.name == village]
    assert places and {c.place.country for c in places} == {country}


@pytest.mark.parametrize(
    "text",
    [
        "Police searched the Sicilian village of Santa Vrenna on Tuesday.",  # a region's adjective
        "Looters raided the village of Oskarovo before dawn, said Petrov.",  # no country told
        # a nationality word of another noun phrase: the article opens the town's own
        "Russian jets bombed the town of Kafr Sallum on Monday, activists said.",
        "Turkish drones struck a village of Deir Hamra overnight, a monitor said.",
    ],
)
def test_no_country_is_read_from_other_words_before_a_village(pipeline, text):
    places = [c for c in _claims(text) if c.kind is ClaimKind.location and c.place.kind == "village"]
    assert places and all(c.place.country is None for c in places), [
        (c.value.name, c.place.country) for c in places
    ]


@pytest.mark.parametrize(
    ("text", "village"),
    [
        # Spanish, Portuguese and Italian names keep their small words; the names are made up
        (
            "Gunmen opened fire in the village of San Bartolo de las Piedras on Friday.",
            "San Bartolo de las Piedras",
        ),
        ("The river burst its banks in the town of Ribeira do Mato Alto overnight.", "Ribeira do Mato Alto"),
        ("Two buses collided near the town of Santa Lucía del Monte, police said.", "Santa Lucía del Monte"),
        ("The quake flattened homes in the hamlet of Castel di Ferrano.", "Castel di Ferrano"),
        # a small word with no capitalised word after it is the sentence's, not the name's
        ("Officials in the town of Varnomir do not expect the road to reopen.", "Varnomir"),
        ("The village of Ostrovka, de facto run by the militia, was shelled.", "Ostrovka"),
        ("Residents of the town of Kelbrook da capo sang the anthem.", "Kelbrook"),
    ],
)
def test_a_village_name_keeps_its_small_words(pipeline, text, village):
    """ "de", "del", "do", "di" between capitalised words are part of the
    name; one with no capitalised word after it stays out of it."""
    places = [c for c in _claims(text) if c.kind is ClaimKind.location and c.place.kind == "village"]
    assert [c.value.name for c in places] == [village]


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        (
            "Armed men killed six people at a wake in the municipality of Tierra Blanca de Abajo.",
            "Tierra Blanca de Abajo",
        ),
        ("The landslide buried 14 homes in the mountain municipality of Palvarejo on Monday.", "Palvarejo"),
        ("A bus fell into a ravine in a rural municipality of Ixtapaluca del Norte.", "Ixtapaluca del Norte"),
    ],
)
def test_an_unknown_municipality_before_its_name_is_the_scene_district(pipeline, text, municipality):
    """ "the municipality of X" is read as "X municipality" is: a district the gazetteer lacks."""
    places = [c for c in _claims(text) if c.kind is ClaimKind.location and c.place.kind == "district"]
    assert [(c.value.name, c.place.surface, c.place.stated_as) for c in places] == [
        (f"{municipality} municipality", f"{municipality} municipality", "scene")
    ]


def test_a_municipality_after_a_name_names_no_area(pipeline):
    """ "the Ostra municipality of Veldana": the name before the noun is the
    area's, the one after it another place's (left to the gazetteer)."""
    claims = _claims("Police found the bodies in the Ostra municipality of Veldana on Sunday.")
    areas = [c.place.surface for c in claims if c.kind is ClaimKind.location and c.place.kind == "district"]
    assert "Veldana municipality" not in areas


@pytest.mark.parametrize(
    ("text", "district"),
    [
        # the shape of Afghan wire copy (Pajhwok, Tolo): a district the model leaves untagged,
        # framed by its noun and "of"; names made up for these tests
        ("The bus hit a tanker at about 5am in the Sang Tarash district of the province.", "Sang Tarash"),
        ("Gunmen stormed a checkpoint in Zarkhan Kot district of Paktika province on Monday.", "Zarkhan Kot"),
        ("Two children died when a mortar round landed in the Deh Mirak district of Helmand.", "Deh Mirak"),
    ],
)
def test_an_untagged_name_framed_as_a_district_is_a_district(pipeline, text, district):
    """ "the X district of <the area that holds it>": the words say an area
    is meant, whatever the model made of the name."""
    places = [c for c in _claims(text) if c.kind is ClaimKind.location and c.place.kind == "district"]
    surfaces = [c.place.surface for c in places]
    assert f"{district} district" in surfaces
    assert next(c for c in places if c.place.surface == f"{district} district").place.geonameid == (
        f"unresolved:{district.lower()} district"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Officers of the Western district of the city were called to the shooting.",
        "The Police district of the capital sent two patrols.",
    ],
)
def test_a_common_word_before_district_of_names_no_district(pipeline, text):
    """A police district or a part of a city told by a common word names no
    area the gazetteer lacks."""
    claims = [c for c in _claims(text) if c.kind is ClaimKind.location]
    assert not [c for c in claims if (c.place.geonameid or "").startswith("unresolved:")]


@pytest.mark.parametrize(
    ("text", "area"),
    [
        # Nigerian copy: a village placed in its local government area, written in full or short
        (
            "Residents of Tungar Dutse village in the Gidan Rimi Local Government Area of Zamfara State "
            "said bandits killed 14 people.",
            "Gidan Rimi",
        ),
        ("Bandits attacked Kurmi community in Tundun Wada LGA of the state on Friday night.", "Tundun Wada"),
        ("The attack on Gwadabe happened in Mairuwa Local Government Area late on Sunday.", "Mairuwa"),
    ],
)
def test_a_local_government_area_is_read_as_one_lga(pipeline, text, area):
    """ "X Local Government Area" and "X LGA" are one area, "X LGA", a
    district-level place the gazetteer lacks, told as the scene."""
    places = [c for c in _claims(text) if c.kind is ClaimKind.location and c.place.kind == "district"]
    assert [(c.place.surface, c.place.geonameid) for c in places] == [
        (f"{area} LGA", f"unresolved:{area.lower()} lga")
    ]


def test_an_areas_chairman_names_no_place_of_the_story(pipeline):
    claims = _claims("Bandits killed nine people on Friday, the Mairuwa LGA chairman, Musa Danladi, said.")
    assert not [c for c in claims if c.kind is ClaimKind.location and c.place.kind == "district"]


@pytest.mark.parametrize(
    ("text", "county"),
    [
        # Chinese copy writes the county in small letters, often one GeoNames lacks or knows only elsewhere
        ("Four people died in a blast at a chemical plant in Haoling county, Yancheng.", "Haoling"),
        ("A landslide buried six homes in Lixiang county in the early hours, Xinhua said.", "Lixiang"),
    ],
)
def test_a_county_in_small_letters_the_gazetteer_lacks_is_a_district(pipeline, text, county):
    places = [c for c in _claims(text) if c.kind is ClaimKind.location and c.place.kind == "district"]
    assert [c.place.surface for c in places] == [f"{county} county"]


def test_an_area_of_a_neighbouring_state_is_no_area_of_the_story(pipeline):
    """ "in X LGA of neighbouring Y State": the area of an earlier or nearby
    incident the report recalls, another than its own."""
    claims = _claims(
        "Eleven people died when a canoe capsized in Tundun Wada LGA on Tuesday. It came a day after "
        "nine died near Gwadabe in Mairuwa Local Government Area of neighbouring Zamfara State."
    )
    areas = [c.place.surface for c in claims if c.kind is ClaimKind.location and c.place.kind == "district"]
    assert areas == ["Tundun Wada LGA"]


@pytest.mark.parametrize(
    ("text", "area"),
    [
        # Indian, Thai, Vietnamese and Cambodian copy places a village in its sub-district
        (
            "A boiler blast at a rice mill in Gollapadu village in Irukonda mandal killed two.",
            "Irukonda mandal",
        ),
        ("Two farmers were killed by lightning in Hosadur taluk on Monday.", "Hosadur taluk"),
        ("A fire gutted 40 stalls at a market in Tan Phu commune on Friday night.", "Tan Phu commune"),
        ("The boat capsized near Ban Khok in Nong Saeng amphoe, police said.", "Nong Saeng amphoe"),
    ],
)
def test_a_sub_district_noun_makes_an_area_of_the_story(pipeline, text, area):
    places = [c for c in _claims(text) if c.kind is ClaimKind.location and c.place.kind == "district"]
    assert [(c.place.surface, c.place.stated_as) for c in places] == [(area, "scene")]


def test_a_village_of_a_named_mandal_is_no_village_named_after_the_mandal(pipeline):
    """ "Gollapadu village of Irukonda mandal": the "of" tells the mandal
    holding the village, read as the area, not as a village "Irukonda"."""
    claims = _claims("A boiler blast at a rice mill in Gollapadu village of Irukonda mandal killed two.")
    places = [(c.place.surface, c.place.kind) for c in claims if c.kind is ClaimKind.location]
    assert ("Irukonda mandal", "district") in places
    assert ("Irukonda", "village") not in places


def test_a_commune_of_no_name_is_no_area(pipeline):
    """ "a hippie commune", "the Paris Commune" in small letters or as a name: no sub-district."""
    claims = _claims("He had lived in a hippie commune in Oregon before the shooting.")
    assert not [c for c in claims if c.kind is ClaimKind.location and c.place.kind == "district"]
