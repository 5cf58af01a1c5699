"""Places as claims, resolved in the GeoNames gazetteer.

The model often mislabels places ("Novoshakhtinsk" as an organisation), so
:func:`reportcheck.knowledge.gazetteer.find_places` checks candidate spans against
GeoNames; each place keeps its country and first-level region so the
comparer can tell a place from the region that contains it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from reportcheck.details import PlaceDetails
from reportcheck.extract.core.base import RawClaim, add_claim, register_extractor, text_of
from reportcheck.extract.places.spans import find_place_mentions
from reportcheck.knowledge.datelines import DATELINE
from reportcheck.knowledge.gazetteer import Place, get_gazetteer, place_rules
from reportcheck.models import ClaimKind, Value


def dateline_places(doc: Doc, found: list[tuple[int, int, Place, str]]) -> list[tuple[int, int, Place, str]]:
    """The city of a wire dateline, resolved with the region written after it.

    A dateline names a place for sure, so a small town resolves with no
    other place of its region in the report ("HONESDALE —") or in the
    region written after it ("AUBURN, Ala." is Auburn, Alabama).  A town
    GeoNames lacks in that region is read as elsewhere only when it is large
    enough to resolve on its own: the name is still the story's.
    """
    gazetteer = get_gazetteer()
    context = [place for _, _, place, _ in found]
    small_town = place_rules().min_population_weak_label
    places = []
    for match in DATELINE.finditer(text_of(doc)[:600]):
        city = match.group("city").title()
        region = match.group("region")
        outer = gazetteer.resolve(region) if region else None
        if outer is not None and outer.kind in ("country", "region"):
            place = gazetteer.resolve(f"{city}, {region}", min_population=small_town)
            place = place or gazetteer.resolve(city, context=[*context, outer])
        else:
            place = gazetteer.resolve(city, context=context, min_population=small_town)
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
    match = AROUND.search(text_of(doc)[max(0, start - 40) : start])
    return " ".join(match.group("around").lower().split()) if match else None


def extract_locations(doc: Doc) -> None:
    """A location claim for each place named, the dateline's first.

    A place named only inside an agency's or an outlet's name ("Houston
    Police Department", "CBS Chicago") says so in ``named_in``.
    """
    mentions = find_place_mentions(doc)
    found = [(m.start, m.end, m.place, m.surface) for m in mentions]
    named_in = {(m.start, m.end): m.named_in for m in mentions if m.named_in}
    for start, end, place, surface in [*dateline_places(doc, found), *found]:
        details = PlaceDetails(
            kind=place.kind,
            country=place.country,
            geonameid=str(place.geonameid),
            surface=surface,
            named_in=named_in.get((start, end)),
            around=_around(doc, start) or None,
            region=place.region or None,
            region_name=place.region_name or None,
        )
        value = Value(name=place.name, label=f"{place.name} ({place.kind}, {place.country})")
        add_claim(doc, RawClaim(ClaimKind.location, start, end, "place", "place", value, details))


register_extractor("reportcheck_locations", extract_locations)
