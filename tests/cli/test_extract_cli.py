"""``reportcheck extract``: the claims of one report, as a table or JSON."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from reportcheck.cli import app
from reportcheck.export.claims import line_number
from reportcheck.export.jsonout import claim_out

from ..conftest import SAMPLES

runner = CliRunner()
REPORT_A = SAMPLES / "report_a.txt"
ORIGINAL_A = REPORT_A.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def extracted_json():
    result = runner.invoke(app, ["extract", str(REPORT_A), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return result, json.loads(result.stdout)


def _claims(out):
    return [claim for incident in out["incidents"] for claim in incident["claims"]]


def test_json_has_the_report_block(extracted_json):
    _, out = extracted_json
    report = out["report"]
    assert report["path"] == str(REPORT_A)
    assert len(report["sha256"]) == 64 and report["encoding"] == "utf-8"
    assert report["headline"].startswith("Russian 'deserter' gunman")
    assert "text" not in report


def test_claims_carry_the_compare_json_fields_and_a_line(extracted_json):
    from reportcheck.api import extract_report
    from reportcheck.load import load_report

    _, out = extracted_json
    claims = _claims(out)
    expected = {
        c.id: {**claim_out(c).model_dump(mode="json"), "line": line_number(ORIGINAL_A, c.evidence.start)}
        for c in extract_report(load_report(REPORT_A), 0).claims
    }
    assert sorted(c["id"] for c in claims) == sorted(expected)
    for claim in claims:
        assert claim == expected[claim["id"]]
        assert ORIGINAL_A[claim["start"] : claim["end"]] == claim["text"]
        assert claim["line"] == ORIGINAL_A[: claim["start"]].count("\n") + 1


def test_claims_are_listed_under_their_incident_main_first(extracted_json):
    _, out = extracted_json
    ids = [incident["id"] for incident in out["incidents"]]
    assert ids[0] == "main" and len(ids) == len(set(ids))
    for incident in out["incidents"]:
        assert all(claim["incident"] == incident["id"] for claim in incident["claims"])
        starts = [claim["start"] for claim in incident["claims"]]
        assert starts == sorted(starts)
    # the October attack in Belgorod the report recalls: its 11 dead are background, not main
    background = [i for i in out["incidents"] if "October" in i["label"]]
    assert len(background) == 1
    assert any(c["kind"] == "killed" and c["text"].startswith("11") for c in background[0]["claims"])
    main = out["incidents"][0]
    assert not any(c["kind"] == "killed" and c["text"].startswith("11") for c in main["claims"])


def test_summary_counts_claims_by_kind(extracted_json):
    _, out = extracted_json
    claims = _claims(out)
    assert sum(out["summary"].values()) == len(claims)
    assert out["summary"]["distance"] == sum(1 for c in claims if c["kind"] == "distance")


def test_json_is_deterministic(extracted_json):
    result, _ = extracted_json
    again = runner.invoke(app, ["extract", str(REPORT_A), "--format", "json"])
    assert again.stdout == result.stdout


def test_table_shows_claims_with_line_hedges_and_sources():
    report_b = SAMPLES / "report_b.txt"
    result = runner.invoke(app, ["extract", str(report_b)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert str(report_b) in out and "main incident" in out
    row = next(line for line in out.splitlines() if "five miles" in line)
    assert "distance" in row and "8.05 km" in row and "around" in row and "The department" in row
    assert row.split("│")[1].strip() == "4"  # the line the claim stands on
    assert "claims in" in out.splitlines()[-1]


@pytest.mark.parametrize("columns, width", [("100", 100), (None, 140)])
def test_a_piped_table_is_as_wide_as_columns_says(columns, width):
    result = runner.invoke(app, ["extract", str(SAMPLES / "report_b.txt")], env={"COLUMNS": columns})
    assert result.exit_code == 0, result.stderr
    assert max(len(line) for line in result.stdout.splitlines()) == width


def test_output_file_and_force(tmp_path):
    target = tmp_path / "claims.json"
    first = runner.invoke(app, ["extract", str(REPORT_A), "-o", str(target)])
    assert first.exit_code == 0 and first.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["report"]["path"] == str(REPORT_A)
    refused = runner.invoke(app, ["extract", str(REPORT_A), "-o", str(target)])
    assert refused.exit_code == 2 and "output-exists" in refused.stderr
    forced = runner.invoke(app, ["extract", str(REPORT_A), "-o", str(target), "--force", "--format", "table"])
    assert forced.exit_code == 0
    assert target.read_text(encoding="utf-8").startswith(str(REPORT_A))


def test_standard_input():
    result = runner.invoke(app, ["extract", "-", "--format", "json"], input=REPORT_A.read_bytes())
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["report"]["path"] == "<stdin>"


@pytest.mark.parametrize(
    "args, code",
    [
        (["extract", "{tmp}"], "file-is-directory"),
        (["extract", "{tmp}/missing.txt"], "file-missing"),
        (["extract", str(REPORT_A), "-o", "{tmp}/claims.csv"], "bad-option"),
        (["extract", str(REPORT_A), "--date", "soon"], "bad-option"),
    ],
    ids=["directory", "missing", "unknown-extension", "bad-date"],
)
def test_trouble_is_one_line_and_exit_2(tmp_path, args, code):
    result = runner.invoke(app, [arg.format(tmp=tmp_path) for arg in args])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and code in result.stderr
    assert "Traceback" not in result.output
