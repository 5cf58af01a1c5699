"""The scoring of benchmarks/gvdb_dev.py on made-up annotations: the
victims-only counts and the forms the annotated city takes ("Town (Place)",
"X (county)", "X County").  No corpus text is used, except by the last test,
which runs the script on the real corpus when it is there.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from reportcheck.digest.model import CityFact, CountFact, Digest

from .conftest import ROOT

BENCHMARK = ROOT / "benchmarks" / "gvdb_dev.py"
SEMEVAL = ROOT.parent / "shared" / "corpus" / "semeval_gvc_dev"


@pytest.fixture(scope="module")
def bench():
    """benchmarks/gvdb_dev.py as a module (benchmarks/ is no package)."""
    spec = importlib.util.spec_from_file_location("gvdb_dev_scoring", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gazetteer(bench):
    return bench.get_gazetteer()


def annotation(city: str = "", state: str = "", **counts) -> dict:
    base = {"n_killed": 0, "n_injured_not_killed": 0, "city": city, "state": state}
    return {**base, **counts}


def digest(killed: int | None = None, injured: int | None = None, city: CityFact | None = None) -> Digest:
    return Digest(
        killed=CountFact(value=killed) if killed is not None else None,
        injured=CountFact(value=injured) if injured is not None else None,
        city=city,
    )


def town(name: str, region: str, region_name: str, kind: str = "city") -> CityFact:
    return CityFact(name=name, kind=kind, region=region, region_name=region_name, country="US")


def verdicts(bench, gazetteer, gold: dict, found: Digest) -> dict[str, tuple[bool, bool]]:
    """figure -> (new verdict, old verdict)"""
    return {
        o.field: (o.correct, o.old_correct) for o in bench.score_article("a1", gold, found, [], gazetteer)
    }


# ------------------------------------------------------------------ counts


@pytest.mark.parametrize(
    ("killed", "injured", "victims_killed", "victims_injured", "found_killed", "found_injured", "right"),
    [
        (2, 1, 1, 1, 1, 1, (True, True)),  # the suspect killed as well: the article counts the victim
        (2, 1, 1, 1, 2, 1, (True, True)),  # ... or everyone
        (3, 2, 3, 1, 3, 1, (True, True)),  # a wounded gunman left out of the injured
        (3, 2, 3, 1, 2, 0, (False, False)),  # neither figure
        (0, 4, 0, 4, 0, 3, (True, False)),
    ],
)
def test_killed_and_injured_right_on_the_total_or_the_victims_only(
    bench, gazetteer, killed, injured, victims_killed, victims_injured, found_killed, found_injured, right
):
    gold = annotation(
        n_killed=killed,
        n_injured_not_killed=injured,
        n_killed_victims_only=victims_killed,
        n_injured_victims_only=victims_injured,
    )
    got = verdicts(bench, gazetteer, gold, digest(found_killed, found_injured))
    assert (got["killed"][0], got["injured"][0]) == right
    # the old scorer asked for the total alone
    assert got["killed"][1] == (found_killed == killed)
    assert got["injured"][1] == (found_injured == injured)


def test_counts_without_victims_only_fields_stay_exact(bench, gazetteer):
    """The GVDB layout has no victims-only figures: the total alone is right."""
    got = verdicts(bench, gazetteer, annotation(n_killed=2), digest(1))
    assert got["killed"] == (False, False)
    assert verdicts(bench, gazetteer, annotation(n_killed=2), digest(2))["killed"] == (True, True)


def test_a_digest_without_counts_reads_as_zero(bench, gazetteer):
    gold = annotation(n_killed=1, n_killed_victims_only=0)
    assert verdicts(bench, gazetteer, gold, digest())["killed"] == (True, False)


# -------------------------------------------------------------- city forms


def test_gold_city_forms(bench):
    assert bench.gold_city("Lakewood (Eastgate)").places == ("Lakewood", "Eastgate")
    assert bench.gold_city("Dayton (county)") == bench.GoldCity((), ("Dayton County",))
    assert bench.gold_city("Orleans Parish").counties == ("Orleans Parish",)
    assert bench.gold_city("southwest Tulsa").places == ("southwest Tulsa", "Tulsa")
    assert bench.gold_city("Canton").places == ("Canton",)
    assert bench.gold_city("Akron / Canton").places == ("Akron", "Canton")


def test_gold_city_that_caught_the_page_head(bench):
    head = "publication date: 3/4/2016\nTwo hurt in store robberyMARIETTA"
    assert bench.gold_city(head).places == ("MARIETTA",)
    glued = "publication date: 5/6/2015Man shot | KXYZ.com\nSAINT PAUL"
    assert bench.gold_city(glued).places == ("SAINT PAUL",)
    assert bench.gold_city("2015Toledo").places == ("Toledo",)
    assert bench.page_head_city("Toledo") == "Toledo"
    assert bench.page_head_city("publication date: 3/4/2016\nno city here") == (
        "publication date: 3/4/2016\nno city here"
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("gold", "state", "found", "new", "old"),
    [
        # a town and, in brackets, the place within or beside it: either is right
        ("Memphis (Frayser)", "Tennessee", town("Frayser", "TN", "Tennessee"), True, False),
        ("Memphis (Frayser)", "Tennessee", town("Memphis", "TN", "Tennessee"), True, False),
        ("New York (Brooklyn)", "New York", town("Brooklyn", "NY", "New York"), True, False),
        ("Memphis (Frayser)", "Tennessee", town("Nashville", "TN", "Tennessee"), False, False),
        # a county, written two ways: the digest names the county itself
        ("Cobb (county)", "Georgia", town("Cobb County", "GA", "Georgia", "district"), True, True),
        ("Cobb County", "Georgia", town("Cobb County", "GA", "Georgia", "district"), True, True),
        ("Cobb County", "GA - Georgia", town("Cobb County", "GA", "Georgia", "district"), True, True),
        ("Cobb (county)", "Georgia", town("Fulton County", "GA", "Georgia", "district"), False, False),
        # the gazetteer holds no town's county: a town is not counted for a county
        ("Cobb (county)", "Georgia", town("Marietta", "GA", "Georgia"), False, False),
        # the District of Columbia is the city of Washington
        (
            "Washington",
            "District of Columbia",
            town("District of Columbia", "DC", "District of Columbia", "region"),
            True,
            False,
        ),
        ("Little Rock", "Arkansas", town("Arkansas", "AR", "Arkansas", "region"), False, False),
        # what the old scorer counted right stays right
        ("Dayton", "Ohio", town("Dayton", "OH", "Ohio"), True, True),
    ],
)
def test_city_forms_score(bench, gazetteer, gold, state, found, new, old):
    got = verdicts(bench, gazetteer, annotation(gold, state), digest(city=found))
    assert got["city"] == (new, old)
    assert got["city_strict"][0] == new


@pytest.mark.slow
@pytest.mark.skipif(not (SEMEVAL / "annotations").is_dir(), reason="the semeval_gvc_dev corpus is not here")
def test_script_runs_on_the_real_corpus():
    run = subprocess.run(
        [sys.executable, str(BENCHMARK), str(SEMEVAL), "--limit", "20", "--ceiling-sample", "3"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=600,
    )
    out = run.stdout
    assert "victims-only figure" in out
    assert 'the annotation\'s "city" field' in out
    assert "old scorer" in out
    assert "ceiling sample: 3 misses" in out
    killed = next(line for line in out.splitlines() if line.startswith("killed "))
    assert killed.count("/20 (") == 3  # new, without annotation errors, old
