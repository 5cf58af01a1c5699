"""Whether two source phrases name one source (reportcheck.knowledge.agencies).

Reporters name one agency in many ways; two reports' figures are paired by
the source both attribute them to.  Phrases written in the shapes of quake,
storm and attack reports."""

from __future__ import annotations

import pytest

from reportcheck.knowledge.agencies import same_source, source_key, source_label


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the U.S. Geological Survey in Golden, Colo.", "the USGS"),
        ("The US Geological Survey (USGS)", "the United States Geological Survey"),
        ("Xinhua", "the Xinhua News Agency"),
        ("the European-Mediterranean Seismological Centre", "EMSC"),
        ("the Philippine Institute of Volcanology", "PIV"),  # an acronym no alias lists
        ("Quito's seismologic institute", "Quito seismological institute"),  # spelled two ways
        ("Houston police", "police"),
        ("The center", "the national earthquake monitoring center"),
        ("a spokesman for the Interior Ministry (told AFP)", "a spokesman for the Interior Ministry"),
        ("Kenya's Red Cross and the national disaster agency", "the Kenya Red Cross"),  # one of two named
        ("the Bureau of Alcohol, Tobacco, Firearms and Explosives", "the ATF"),
    ],
)
def test_one_source_named_two_ways(a, b):
    assert same_source(a, b)
    assert same_source(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the USGS", "the Chilean seismological service"),
        ("the fire department", "the police department"),
        ("Xinhua", "the provincial earthquake bureau"),
        ("witnesses", "witnesses"),  # two reports' witnesses need not be the same people
        ("he", "he"),
        ("a neighbour", "a neighbour"),
        ("state media", "state media"),
        (None, "the USGS"),
    ],
)
def test_different_or_unnamed_sources_are_not_one(a, b):
    assert not same_source(a, b)


def test_a_known_agency_is_named_by_its_short_name():
    assert source_key("the U.S. Geological Survey in Golden, Colo.").key == "USGS"
    assert source_label("the U.S. Geological Survey", "USGS") == "the USGS"
    assert source_label("the state news agency and the U.S. Geological Survey", "USGS") == "the USGS"
    assert source_label("the Kern County Sheriff's Office", "the Kern County Sheriff's Office in Bakersfield")
