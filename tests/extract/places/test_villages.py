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
