"""Places as claims, resolved in the GeoNames gazetteer.

The model often mislabels places ("Novoshakhtinsk" as an organisation), so
:func:`reportcheck.extract.places.find_places` checks candidate spans against
GeoNames; each place keeps its country and first-level region so the
comparer can tell a place from the region that contains it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from reportcheck.extract.base import RawClaim, add_claim, register_extractor
from reportcheck.extract.places import find_places
from reportcheck.models import ClaimKind, Value


def extract_locations(doc: Doc) -> None:
    for start, end, place, surface in find_places(doc):
        attrs = {
            "place_kind": place.kind,
            "country": place.country,
            "geonameid": str(place.geonameid),
            "surface": surface,
        }
        if place.region:
            attrs["region"] = place.region
        if place.region_name:
            attrs["region_name"] = place.region_name
        value = Value(name=place.name, label=f"{place.name} ({place.kind}, {place.country})")
        add_claim(doc, RawClaim(ClaimKind.location, start, end, "place", "place", value, attrs))


register_extractor("reportcheck_locations", extract_locations)
