"""``benchmarks/noise_audit.py`` builds its pairs, counts conflicts and tables readings.

The corpora are written here, in the two layouts the script reads, from
sentences of our own (no corpus text), so the script runs without them.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("noise_audit", ROOT / "benchmarks" / "noise_audit.py")
noise_audit = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = noise_audit  # its dataclasses look their module up
_spec.loader.exec_module(noise_audit)

SHOT_34 = (
    "Man shot in Springfield\n\nJohn Harlow, 34, was shot and killed on Main Street in Springfield "
    "on Friday night, police said. No one else was hurt.\n"
)
SHOT_43 = (
    "Springfield shooting\n\nJohn Harlow, 43, died after he was shot on Main Street in Springfield "
    "on Friday night, police said.\n"
)
SHOT_BRIEF = "Police seek gunman\n\nPolice in Springfield are looking for the man who shot John Harlow.\n"
OTHER = "Fire at a barn\n\nA barn burned down near Shelbyville on Sunday. Nobody was hurt.\n"


def _write(folder, name, text):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


@pytest.fixture
def shared(tmp_path):
    """A ``shared`` folder with a tiny corpus of each layout."""
    gvc = tmp_path / "corpus" / "semeval_gvc_dev"
    for doc, text, incident in [
        ("d1", SHOT_34, 7),
        ("d2", SHOT_43, 7),
        ("d3", SHOT_BRIEF, 7),
        ("d4", OTHER, 9),
    ]:
        _write(gvc / "text", f"{doc}.txt", text)
        _write(gvc / "annotations", f"{doc}.json", json.dumps({"incident": incident}))
    ecb = tmp_path / "corpus" / "ecbplus_dev"
    _write(ecb / "text" / "1", "1_1ecb.txt", SHOT_34)
    _write(ecb / "text" / "1", "1_2ecb.txt", SHOT_43)
    _write(ecb / "text" / "2", "2_1ecb.txt", OTHER)
    rows = [
        {"incident": "ecbplus_1a", "a": "text/1/1_1ecb.txt", "b": "text/1/1_2ecb.txt"},
        {"incident": "ecbplus_2a", "a": "text/2/2_1ecb.txt", "b": "text/1/1_1ecb.txt"},
    ]
    _write(ecb, "pairs_incidents.jsonl", "".join(json.dumps(row) + "\n" for row in rows))
    return tmp_path


def test_pairs_are_same_incident_articles(shared):
    gvc = noise_audit.gvc_pairs(shared / "corpus" / "semeval_gvc_dev")
    assert [pair.id for pair in gvc] == ["7:d1|d2", "7:d1|d3", "7:d2|d3"]  # d4 has no partner
    ecb = noise_audit.ecbplus_pairs(shared / "corpus" / "ecbplus_dev")
    assert [pair.a.name for pair in ecb] == ["1_1ecb.txt", "2_1ecb.txt"]
    assert len(noise_audit.articles_of(ecb)) == 3


def test_random_and_many_figure_choices(shared):
    pairs = noise_audit.gvc_pairs(shared / "corpus" / "semeval_gvc_dev")
    chosen = noise_audit.random_pairs(pairs, 2, seed=1)
    assert len(chosen) == 2 and chosen == noise_audit.random_pairs(pairs, 2, seed=1)
    assert chosen == [pair for pair in pairs if pair in chosen]  # corpus order kept
    assert noise_audit.random_pairs(pairs, None, seed=1) == pairs
    d1, d2, d3 = (pairs[0].a, pairs[0].b, pairs[1].b)
    top = noise_audit.many_figure_pairs(pairs, {d1: 3, d2: 5, d3: 0}, 1)
    assert [pair.id for pair in top] == ["7:d1|d2"]

    # the poorer article ranks: a roundup of 40 figures beside a brief of 1
    # sets at most one figure against the other, two reports of 6 and 6 up to six
    paths = {name: Path(f"/{name}.txt") for name in ("roundup", "brief", "first", "second")}
    lopsided = noise_audit.Pair("gvc", "1:roundup|brief", paths["roundup"], paths["brief"])
    balanced = noise_audit.Pair("gvc", "2:first|second", paths["first"], paths["second"])
    counts = {paths["roundup"]: 40, paths["brief"]: 1, paths["first"]: 6, paths["second"]: 6}
    ranked = noise_audit.many_figure_pairs([lopsided, balanced], counts, None)
    assert [pair.id for pair in ranked] == ["2:first|second", "1:roundup|brief"]


def test_classify_table_and_agreement():
    first = [
        {"id": "x1", "verdict": True, "error_class": None},
        {"id": "x2", "verdict": False, "error_class": "different people"},
        {"id": "x3", "verdict": "false", "error_class": "extraction error"},
        {"id": "x4", "verdict": None},
    ]
    second = [
        {"id": "x1", "verdict": False, "error_class": "different event"},
        {"id": "x2", "verdict": False, "error_class": "different people"},
        {"id": "x3", "verdict": False, "error_class": "different measure"},
    ]
    table = noise_audit.classify_table(first)
    assert "| true | 1 |" in table and "| false | 2 |" in table
    assert "| false: different people | 1 |" in table
    assert "| share false | 67% (2 of 3) |" in table and "| not judged | 1 |" in table
    lines = noise_audit.agreement(first, second)
    assert lines[0] == "judged by both: 3; same verdict: 2 (67%)"
    assert lines[1] == "both false: 2; same error class: 1"
    assert [line.split(":")[0].strip() for line in lines[2:]] == ["x1", "x3"]


@pytest.mark.slow
def test_a_run_counts_conflicts_and_writes_a_sample(shared, tmp_path, capsys):
    """The whole script on the tiny corpora: the age 34 against 43 is a cross-report conflict
    (graded a possible one by default: two ages nine years apart are mostly two people, so
    the run counts every conflict with --min-confidence 0)."""
    out = tmp_path / "reading" / "sample.jsonl"
    code = noise_audit.main(
        ["--shared", str(shared), "--corpus", "gvc", "--pairs", "--sample", "5", "--sample-out", str(out)]
        + ["--min-confidence", "0"]
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert "gvc (all pairs): 3 pairs of 3 articles" in printed
    assert "7:d1|d2\t" in printed and "age" in printed
    assert "aligned findings " in printed
    records = [json.loads(line) for line in out.read_text().splitlines()]
    ages = [r for r in records if r["kind"] == "age"]
    assert ages and not ages[0]["internal"] and ages[0]["selection"] == "all"
    assert {c["article"] for c in ages[0]["claims"]} == {"a", "b"}
    assert ages[0]["a"] == "corpus/semeval_gvc_dev/text/d1.txt"
    assert len({r["id"] for r in records}) == len(records)
    assert 0 <= ages[0]["confidence"] <= 1 and ages[0]["reasons"]


def test_possible_conflicts_are_not_counted(shared, capsys):
    """At a threshold of 1 every conflict is a possible one, and the run counts none."""
    assert noise_audit.main(["--shared", str(shared), "--corpus", "gvc", "--min-confidence", "1"]) == 0
    assert "conflicts 0 (0.00 per pair)" in capsys.readouterr().out


def test_the_sample_stays_out_of_the_repository(shared):
    with pytest.raises(SystemExit):
        noise_audit.main(
            ["--shared", str(shared), "--sample", "1", "--sample-out", str(ROOT / "sample.jsonl")]
        )


def test_aligned_findings_are_counted_per_pair_and_in_all(shared, capsys):
    """--aligned adds each pair's agree and compatible findings across its two
    reports to its line; the figures sum them up."""
    assert noise_audit.main(["--shared", str(shared), "--corpus", "gvc", "--pairs", "--aligned"]) == 0
    printed = capsys.readouterr().out
    pair_lines = [line for line in printed.splitlines() if "\tcross " in line]
    assert len(pair_lines) == 3
    per_pair = [int(line.rsplit("\taligned ", 1)[1]) for line in pair_lines]
    total = re.search(r"aligned findings (\d+) \((\d+\.\d\d) per pair\)", printed)
    assert total is not None and int(total.group(1)) == sum(per_pair)
    assert total.group(2) == f"{sum(per_pair) / 3:.2f}"
