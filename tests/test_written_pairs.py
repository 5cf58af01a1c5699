"""The written pair sets (benchmarks/written_pairs/) stay scoreable: every gold
value and sentence stands verbatim in its text, so the scorer can match it.

A gold value the text does not hold can never be found, and a set that drifts
so (a text edited, a value retyped) would measure nothing; the sets are data
written by hand, so this is checked for each of them, not assumed.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SETS = REPO / "benchmarks" / "written_pairs"
KINDS = {
    "killed", "injured", "missing", "arrested", "other_count", "time", "date", "location", "distance",
    "depth", "height", "magnitude", "age", "person", "weapon", "other_quantity",
}  # fmt: skip
STATUSES = {"conflict", "compatible", "agree", "disputed"}


def _load_benchmark():
    spec = importlib.util.spec_from_file_location("written_pairs", REPO / "benchmarks" / "written_pairs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["written_pairs"] = module
    spec.loader.exec_module(module)
    return module


def _pairs():
    for gold in sorted(SETS.glob("*/gold.jsonl")):
        for number, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                yield pytest.param(gold.parent, json.loads(line), id=f"{gold.parent.name}:{number}")


def _flat(value) -> list[str]:
    if value is None:
        return []
    return [str(item) for item in value] if isinstance(value, list) else [str(value)]


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def test_sets_are_there():
    assert len(list(SETS.glob("*/gold.jsonl"))) >= 2


@pytest.mark.parametrize(("folder", "pair"), list(_pairs()))
def test_gold_stands_in_its_texts(folder: Path, pair: dict):
    texts = {side: _squeeze((folder / pair[side]).read_text(encoding="utf-8")) for side in ("a", "b")}
    assert pair.get("exhaustive") is True
    if pair.get("same_incident") is False:
        assert pair["findings"] == [], "a pair of two incidents lists no finding"
    for finding in pair["findings"]:
        assert finding["kind"] in KINDS and finding["status"] in STATUSES
        internal = finding.get("internal") or False
        assert internal in (False, "a", "b")
        sides = [internal] if internal else ["a", "b"]
        if internal:
            assert len(_flat(finding[internal])) == 2, "an internal finding holds the report's two values"
        for side in sides:
            for written in _flat(finding.get(side)) + _flat(finding.get(f"{side}_quote")):
                assert _squeeze(written) in texts[side], f"{side}: {written!r} is not in {pair[side]}"


def test_score_line_is_read_as_the_scorer_prints_it():
    module = _load_benchmark()
    line = (
        "pairs with errors 0; conflicts found 14/34; false alarms 2/61; aligned 40/61; "
        "unverified conflicts 2; spurious conflicts 2; precision 14/17"
    )
    figures = module.read_score_line(line)
    assert figures["found"] == 14 and figures["conflicts"] == 34 and figures["spurious"] == 2
    assert (figures["precise"], figures["flagged"]) == (14, 17)
    assert module.read_score_line("scorer failed: no such file") == {}


def test_a_scorer_that_stops_half_way_is_no_score_line(tmp_path: Path):
    """A scorer that printed detail lines and then failed on one gold finding."""
    module = _load_benchmark()
    failing = tmp_path / "score_pairs.py"
    failing.write_text(
        "import sys\nprint('  set_01: conflict killed toll -> found')\n"
        "sys.exit('ValueError: not enough values to unpack')\n",
        encoding="utf-8",
    )
    folder = tmp_path / "a_set"
    (folder / "texts").mkdir(parents=True)
    (folder / "gold.jsonl").write_text("", encoding="utf-8")
    result = module.score_set(folder, tmp_path, failing, details=False)
    assert result.score_line == "scorer failed: ValueError: not enough values to unpack"
    assert result.figures == {}


def test_an_unknown_set_is_named_in_one_line():
    module = _load_benchmark()
    with pytest.raises(SystemExit, match="no gold.jsonl"):
        module.set_folders(["no-such-set"])
