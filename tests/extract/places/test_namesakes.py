"""Which of several places of one name a report means (Surrey, Richmond,
Portland...), from the report's own evidence: a region or county written
after the name, its other places and their readings, the clock it states,
then population (Gazetteer.resolve, clock_countries, find_place_mentions).
Cases in namesake_cases.yaml beside this module."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportcheck.knowledge.gazetteer import Gazetteer, clock_countries, get_gazetteer, home_countries

from ...conftest import claims_of_text

CASES = yaml.safe_load((Path(__file__).parent / "namesake_cases.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return get_gazetteer()


def _case_id(case: dict) -> str:
    return " ".join(str(case.get(key, "")) for key in ("name", "context", "clock")).strip()


@pytest.mark.parametrize("case", CASES["resolve"], ids=_case_id)
def test_resolve(gazetteer: Gazetteer, case: dict) -> None:
    context = [gazetteer.resolve(name) for name in case.get("context", [])]
    assert all(context), f"context {case.get('context')} does not resolve"
    readings = [p for name in case.get("readings", []) for p in gazetteer.readings(name)]
    place = gazetteer.resolve(
        case["name"],
        context=[p for p in context if p is not None],
        clock_countries=clock_countries(case.get("clock", "")),
        readings=readings,
    )
    assert place is not None, case
    expect = case["expect"]
    got = {"country": place.country, "kind": place.kind, "region": place.region}
    assert {key: got[key] for key in expect} == expect, place


@pytest.mark.parametrize("case", CASES["clocks"], ids=lambda case: case["text"])
def test_clock_countries(case: dict) -> None:
    found = clock_countries(case["text"])
    if case.get("empty"):
        assert found == {}
        return
    for country in case["has"]:
        assert found.get(country) == case["weight"], (country, found)


@pytest.mark.parametrize("case", CASES["homes"], ids=lambda case: case["text"])
def test_home_countries(case: dict) -> None:
    found = home_countries(case["text"])
    assert found == (frozenset() if case.get("empty") else frozenset(case["has"])), found


@pytest.mark.parametrize("case", CASES["texts"], ids=lambda case: case["text"][:40])
def test_places_in_text(pipeline, case: dict) -> None:
    claims = [c for c in claims_of_text(pipeline, case["text"]) if c.kind.value == "location"]
    for want in case["places"]:
        found = [c for c in claims if (c.place.surface or c.evidence.text) == want["surface"]]
        assert len(found) > want.get("at", 0), (want, [(c.evidence.text, c.value.label) for c in claims])
        claim = found[want.get("at", 0)]
        assert claim.place.country == want["country"], claim.value.label
        if "region" in want:
            assert claim.place.region == want["region"], claim.place.region_name
    surfaces = {c.place.surface or c.evidence.text for c in claims}
    assert not surfaces & set(case.get("absent", [])), surfaces


def test_gmt_of_a_british_fire_is_read_on_london_time() -> None:
    """The ECB+ fire report (topic 14, 14_1ecb.txt, quoted from the ECB+
    corpus) times the fire "at about 2045 GMT": its places are Surrey and
    Banstead in England, so the time is read on London's clock, not
    Vancouver's (the Surrey of British Columbia is ten times larger)."""
    from reportcheck.api import extract_report
    from reportcheck.load import load_text

    text = (
        "Fire and police units are still at the scene of a fire which gutted a Waitrose supermarket "
        "in Surrey.\n"
        "More than 50 firefighters tackled the blaze at the store in High Street, Banstead, which broke out "
        "on the roof at about 2045 GMT on Friday.\n"
        "Surrey Police said firefighters, along with two fire tenders, and police officers would remain at "
        "the scene until Monday.\n"
    )
    claims = extract_report(load_text(text), 0).claims
    places = {(c.evidence.text, c.place.country) for c in claims if c.kind.value == "location"}
    assert ("Banstead", "GB") in places and ("Surrey", "GB") in places, places
    gmt = [c for c in claims if c.kind.value == "time" and c.evidence.text == "2045 GMT"]
    assert gmt and gmt[0].time.local_zone == "Europe/London"
    assert gmt[0].time.utc_offset in (0, 60)


def test_a_town_below_geonames_floor_needs_its_state(gazetteer: Gazetteer) -> None:
    """A postal town (no population known) is never read from its name alone,
    and GeoNames' own town is not doubled by the USPS's spelling of it."""
    assert gazetteer.resolve("Ochopee") is None
    florida = gazetteer.resolve("Florida")
    assert florida is not None
    town = gazetteer.resolve("Ochopee", context=[florida])
    assert town is not None and (town.kind, town.region) == ("city", "FL")
    missouri = [p for p in gazetteer.candidates("Saint Louis") if p.region == "MO" and p.kind == "city"]
    assert [p.name for p in missouri] == ["St. Louis"]


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Toledo police said a fight broke out at Junction and Belmont avenues early Sunday.", "Belmont"),
        ("The family lived off a dirt road in Hudson, on Florida's Gulf coast.", "Gulf"),
        (
            "DETROIT - A man was shot south of Jefferson and east of Clairpointe Ave. "
            "His brother lives in Tennessee.",
            "Jefferson",
        ),
    ],
)
def test_a_bare_word_is_no_county_without_a_named_state(pipeline, text: str, surface: str) -> None:
    """A street's or a coast's word is read as no county by the bare county
    rule (spans._county_by_bare_name): a small town of the report's own
    country gives way only to a county of a state the report names, and a
    word read as no place stays none."""
    claims = [c for c in claims_of_text(pipeline, text) if c.kind.value == "location"]
    assert {"Toledo", "Hudson", "Detroit", "DETROIT"} & {c.evidence.text for c in claims}
    read = [c.value.name for c in claims if c.evidence.text == surface]
    assert not any(name.endswith((" County", " Parish")) for name in read), read


@pytest.mark.parametrize("name", ["A2", "M25", "E6", "I-95", "A58"])
def test_a_road_number_is_no_place(gazetteer: Gazetteer, name: str) -> None:
    """A road's number is never read as a town, though GeoNames keeps "A2"
    as Ann Arbor's nickname: "the Spur Tree Hill section of the A2" in a
    Jamaican report is the road (Gazetteer._may_be_place)."""
    assert gazetteer.resolve(name) is None
    assert gazetteer.resolve(name, context=[gazetteer.resolve("Michigan")]) is None


def test_a_parish_stays_unread_beside_no_place_of_its_country(gazetteer: Gazetteer) -> None:
    """Jamaica's parishes are read only beside a place of Jamaica
    (``regions_beside_country``): "St. Elizabeth" alone is a hospital's
    saint or a Missouri village, never the parish, and a bare "Westmoreland"
    in a Pennsylvania story stays unread, as before the parishes were read."""
    assert gazetteer.resolve("St Elizabeth") is None
    pennsylvania = [p for p in (gazetteer.resolve("Pennsylvania"),) if p is not None]
    assert gazetteer.resolve("Westmoreland", context=pennsylvania) is None
