"""Places as claims, resolved in the GeoNames gazetteer.

The model often mislabels places ("Novoshakhtinsk" as an organisation), so
:func:`reportcheck.extract.places.find_places` checks candidate spans against
GeoNames; each place keeps its country and first-level region so the
comparer can tell a place from the region that contains it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from reportcheck.extract.base import RawClaim, add_claim, register_extractor
from reportcheck.extract.places import Place, find_places, get_gazetteer
from reportcheck.models import ClaimKind, Value

#: A wire dateline opening a story: "COLTON, Ore. (KOIN) —", "MILWAUKEE —",
#: "BALTIMORE (WBFF) --", "ATHENS, Greece (AP) -", "INDIANAPOLIS (December 3, 2015) -".
#: The capitalised city is
#: where the story was filed, nearly always where the incident happened.
DATELINE = re.compile(
    r"(?m)(?:^|(?<=[a-z.!?\"”]))"
    r"(?P<city>[A-Z][A-Z.'\- ]{2,30}[A-Z])"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]{1,15}(?:\s[A-Z][a-z.]{1,15})?))?"
    r"\s*(?:\([A-Za-z0-9 ,.&/-]{1,30}\)\s*)?(?:—|--|-|–)\s"
)


def dateline_places(doc: Doc, found: list[tuple[int, int, Place, str]]) -> list[tuple[int, int, Place, str]]:
    """The city of a wire dateline, resolved with the region written after it."""
    gazetteer = get_gazetteer()
    context = [place for _, _, place, _ in found]
    places = []
    for match in DATELINE.finditer(doc.text[:600]):
        city = match.group("city").title()
        region = match.group("region")
        hints = [*context, *([gazetteer.best(region)] if region and gazetteer.best(region) else [])]
        place = gazetteer.resolve(city, context=hints)
        if place is not None and place.kind in ("city", "district", "region"):
            places.append((match.start("city"), match.end("city"), place, match.group("city")))
    return places


#: words before a place that put the spot around it, not in it: "the suburbs
#: of Chicago", "outside Kabul", "near Healdsburg"
AROUND = re.compile(
    r"\b(?P<around>(?:the\s+)?(?:suburbs?|outskirts|environs|vicinity)\s+of|outside(?:\s+of)?|near|nearby)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _around(doc: Doc, start: int) -> str | None:
    """ "suburbs of" when the place is written as the centre of a wider spot."""
    match = AROUND.search(doc.text[max(0, start - 40) : start])
    return " ".join(match.group("around").lower().split()) if match else None


def extract_locations(doc: Doc) -> None:
    found = find_places(doc)
    for start, end, place, surface in [*dateline_places(doc, found), *found]:
        attrs = {
            "place_kind": place.kind,
            "country": place.country,
            "geonameid": str(place.geonameid),
            "surface": surface,
        }
        around = _around(doc, start)
        if around:
            attrs["around"] = around
        if place.region:
            attrs["region"] = place.region
        if place.region_name:
            attrs["region_name"] = place.region_name
        value = Value(name=place.name, label=f"{place.name} ({place.kind}, {place.country})")
        add_claim(doc, RawClaim(ClaimKind.location, start, end, "place", "place", value, attrs))


register_extractor("reportcheck_locations", extract_locations)
