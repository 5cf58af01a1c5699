"""Coordinates of the gazetteer's towns and the distance between two."""

from __future__ import annotations

import pytest

from reportcheck.knowledge.gazetteer.lookup import coordinates, distance_km, get_gazetteer


def _town(name: str, region: str):
    return next(p for p in get_gazetteer().candidates(name) if p.kind == "city" and p.region == region)


@pytest.mark.parametrize(
    ("first", "second", "low", "high"),
    [
        (("Ridgecrest", "CA"), ("Tonopah", "NV"), 250, 290),
        (("Lubbock", "TX"), ("San Angelo", "TX"), 250, 300),
        (("Ridgecrest", "CA"), ("Inyokern", "CA"), 5, 25),
    ],
)
def test_towns_far_apart_and_near(first, second, low, high):
    a, b = coordinates(_town(*first).geonameid), coordinates(_town(*second).geonameid)
    assert a is not None and b is not None
    assert low < distance_km(a, b) < high
    assert distance_km(a, b) == pytest.approx(distance_km(b, a))


def test_a_county_has_no_coordinates():
    county = next(p for p in get_gazetteer().candidates("Kern County") if p.kind == "district")
    assert coordinates(county.geonameid) is None
    assert coordinates(None) is None
    assert coordinates("not-an-id") is None
