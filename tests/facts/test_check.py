"""``reportcheck check``: an article against a fact sheet, end to end.

The sample sheet holds what the first report and the ministry say (20 km
from the border, attack at noon, one officer wounded): report A agrees
with it, report B conflicts on the time and the distance."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from reportcheck.api import extract_report
from reportcheck.cli import app
from reportcheck.export.checkout import render_check_github, render_check_junit
from reportcheck.facts.check import check_fact, check_report
from reportcheck.facts.claims import fact_claims
from reportcheck.facts.load import load_factsheet, parse_sheet_yaml, validate_sheet
from reportcheck.load import load_report

from ..conftest import ROOT, SAMPLES

DATA = Path(__file__).parent  # the case files sit beside this module

runner = CliRunner()
REPORT_A = str(SAMPLES / "report_a.txt")
REPORT_B = str(SAMPLES / "report_b.txt")
SHEET = str(SAMPLES / "factsheet.yaml")
SHEET_FACTS = 7  # place, time, injured, person, age, distance, weapon
CASES = yaml.safe_load((DATA / "factsheets" / "check_cases.yaml").read_text(encoding="utf-8"))
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _check(*args: str):
    return runner.invoke(app, ["check", *args], env={"COLUMNS": "140"})


@pytest.fixture(scope="module")
def table_a():
    return _check(REPORT_A, "--facts", SHEET)


@pytest.fixture(scope="module")
def table_b():
    return _check(REPORT_B, "--facts", SHEET)


@pytest.fixture(scope="module")
def github_b():
    return _check(REPORT_B, "--facts", SHEET, "--format", "github")


@pytest.fixture(scope="module")
def json_b():
    return _check(REPORT_B, "--facts", SHEET, "--format", "json")


@pytest.fixture(scope="module")
def junit_a(tmp_path_factory):
    out = tmp_path_factory.mktemp("junit") / "check.xml"
    result = _check(REPORT_A, "--facts", SHEET, "-o", str(out))
    return result, out


@pytest.fixture(scope="module")
def result_a():
    return check_report(REPORT_A, load_factsheet(SHEET))


def test_first_report_agrees_with_the_sheet(table_a):
    assert table_a.exit_code == 0, table_a.output
    assert "0 conflict, 0 compatible, 4 agree, 3 missing from article" in table_a.stdout


def test_second_report_conflicts_with_the_sheet(table_b):
    assert table_b.exit_code == 1, table_b.output
    assert "2 conflict, 0 compatible, 5 agree, 0 missing from article" in table_b.stdout


def test_a_piped_table_is_as_wide_as_columns_says():
    result = runner.invoke(app, ["check", REPORT_A, "--facts", SHEET], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in result.stdout.splitlines()) == 100


def test_github_format_annotates_the_conflicting_lines(github_b):
    assert github_b.exit_code == 1
    lines = github_b.stdout.splitlines()
    errors = [line for line in lines if line.startswith("::error ")]
    assert len(errors) == 2
    text = (SAMPLES / "report_b.txt").read_text(encoding="utf-8").splitlines()
    for error, words in zip(errors, ("'12am'", "'five miles'"), strict=True):
        match = re.match(r"::error file=([^,]+),line=(\d+),title=([^:]+)::(.+)$", error)
        assert match, error
        assert match[1] == REPORT_B
        assert words.strip("'") in text[int(match[2]) - 1]
        assert words in match[4]
        assert "%3A" in match[3]  # "reportcheck: ..." escaped as a property
    assert "factsheet.yaml:10) has time: noon" in errors[0]
    assert lines[-1].endswith("2 conflict, 0 compatible, 5 agree, 0 missing from article")
    assert not [line for line in lines if line.startswith("::notice")]


def test_github_format_gives_a_notice_per_fact_the_article_leaves_out(result_a):
    lines = render_check_github(result_a).splitlines()
    notices = [line for line in lines if line.startswith("::notice ")]
    assert len(notices) == 3
    assert all(n.startswith(f"::notice file={REPORT_A},title=reportcheck%3A ") for n in notices)
    assert any("does not name Roman Biryukov" in n for n in notices)
    assert not [line for line in lines if line.startswith("::error")]


def test_junit_has_one_testcase_per_fact(junit_a):
    result, out = junit_a
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    root = ET.parse(out).getroot()
    cases = root.findall("./testsuite/testcase")
    assert len(cases) == SHEET_FACTS
    assert root.get("tests") == str(SHEET_FACTS)
    assert root.get("failures") == "0" and not root.findall(".//failure")
    skipped = [c.get("name") for c in cases if c.find("skipped") is not None]
    assert skipped == ["time: noon", "people[0].name: Roman Biryukov", "people[0].age: 27"]
    assert all(c.get("file") == SHEET for c in cases)


def test_junit_conflicts_are_failures_and_output_is_deterministic(result_a):
    result_b = check_report(REPORT_B, load_factsheet(SHEET))
    xml = render_check_junit(result_b)
    root = ET.fromstring(xml)
    failures = root.findall(".//testcase/failure")
    assert root.get("failures") == "2" and len(failures) == 2
    assert f"{REPORT_B}:4: conflict: '12am'" in failures[0].text
    assert "timestamp" not in xml and "time=" not in xml
    assert render_check_junit(result_b) == xml


def test_json_lists_every_fact_with_article_lines(json_b):
    data = json.loads(json_b.stdout)
    assert data["has_conflict"] is True
    assert data["summary"]["conflict"] == 2
    time = next(f for f in data["facts"] if f["field"] == "time")
    assert time["status"] == "conflict"
    assert {(a["line"], a["claim"]["text"], a["status"]) for a in time["article"]} == {
        (4, "12am", "conflict"),
        (9, "noon", "agree"),
    }
    assert "text" not in data["report"]


def test_background_incident_figures_are_not_set_against_the_sheet(result_a):
    """Report A's October attack (11 killed, 15 injured) is background."""
    injured = next(f for f in result_a.facts if f.field == "injured")
    assert injured.status.value == "agree"
    assert all(m.claim.incident == "main" for m in injured.mentions)
    assert all("15" not in m.claim.evidence.text for m in injured.mentions)


@pytest.fixture(scope="module")
def article_b():
    report = load_report(REPORT_B)
    claims = [c for c in extract_report(report, 0).claims if c.incident == "main"]
    return claims, report.original


@pytest.mark.parametrize("case", CASES, ids=[c["sheet"] for c in CASES])
def test_fact_against_report_b(case, article_b, pipeline):
    claims, original = article_b
    facts = {f.field: f for f in fact_claims(validate_sheet(case["sheet"], "facts.yaml"), pipeline)}
    checked = check_fact(facts[case["field"]], claims, original)
    assert checked.status.value == case["status"], checked.explanation
    assert sorted({m.line for m in checked.conflicts}) == case["conflict_lines"]


def test_check_reads_the_article_from_standard_input(json_b):
    """``check -`` as ``compare -`` and ``extract -``: the same verdicts, the article called <stdin>."""
    piped = runner.invoke(
        app,
        ["check", "-", "--facts", SHEET, "--format", "json"],
        input=(SAMPLES / "report_b.txt").read_bytes(),
    )
    assert piped.exit_code == json_b.exit_code == 1, piped.stderr
    from_stdin, from_file = json.loads(piped.stdout), json.loads(json_b.stdout)
    assert from_stdin["report"]["path"] == "<stdin>"
    assert [f["status"] for f in from_stdin["facts"]] == [f["status"] for f in from_file["facts"]]


def test_bad_options_exit_2_with_one_line(tmp_path):
    existing = tmp_path / "out.json"
    existing.write_text("{}", encoding="utf-8")
    for args in (
        [REPORT_A, "--facts", SHEET, "-o", str(existing)],
        [REPORT_A, "--facts", SHEET, "-o", str(tmp_path / "out.pdf")],
        [str(tmp_path / "missing.txt"), "--facts", SHEET],
        [REPORT_A, "--facts", str(tmp_path)],
    ):
        result = _check(*args)
        assert result.exit_code == 2, (args, result.output)
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert existing.read_text(encoding="utf-8") == "{}"


def test_facts_option_is_required():
    result = _check(REPORT_A)
    assert result.exit_code == 2
    assert "--facts" in result.stderr


# ------------------------------------------------------------------ schema


@pytest.fixture(scope="module")
def printed_schema():
    result = runner.invoke(app, ["schema", "factsheet"])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_schema_command_prints_a_valid_json_schema(printed_schema):
    schema = json.loads(printed_schema)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert {"place", "time", "injured", "people", "distances", "weapon"} <= set(schema["properties"])


def test_schema_accepts_the_sample_sheet_and_rejects_a_bad_one(printed_schema):
    validator = jsonschema.Draft202012Validator(json.loads(printed_schema))
    data, _ = parse_sheet_yaml((SAMPLES / "factsheet.yaml").read_text(encoding="utf-8"))
    assert not list(validator.iter_errors(data))
    bad, _ = parse_sheet_yaml((DATA / "factsheets" / "bad" / "unknown_key.yaml").read_text(encoding="utf-8"))
    assert list(validator.iter_errors(bad))


def test_shipped_schema_file_is_what_the_command_prints(printed_schema):
    shipped = ROOT / "src" / "reportcheck" / "schemas" / "factsheet.schema.json"
    assert shipped.read_text(encoding="utf-8") == printed_schema, (
        "run: reportcheck schema factsheet -o src/reportcheck/schemas/factsheet.schema.json --force"
    )


def test_schema_output_is_deterministic(printed_schema):
    assert runner.invoke(app, ["schema", "factsheet"]).stdout == printed_schema


# ------------------------------------------------------------------ README


def _readme_block(after: str) -> str:
    start = README.index("```\n", README.index(after)) + 4
    return README[start : README.index("\n```", start)]


@pytest.mark.parametrize(
    ("fixture", "command"),
    [
        ("table_a", "reportcheck check data/sample_reports/novoshakhtinsk/report_a.txt"),
        ("table_b", "reportcheck check data/sample_reports/novoshakhtinsk/report_b.txt"),
    ],
)
def test_readme_check_output_is_current(fixture, command, request):
    printed = [line.rstrip() for line in request.getfixturevalue(fixture).stdout.splitlines()]
    block = _readme_block(f"    {command} --facts")
    rows = [line for line in block.splitlines() if line.startswith("│")]
    assert rows and all(row in printed for row in rows)
    assert block.splitlines()[-1] in printed


def _yaml_blocks() -> list[str]:
    return re.findall(r"```yaml\n(.*?)\n```", README, re.S)


def test_readme_workflow_installs_reportcheck_and_runs_check_with_github_format():
    workflows = [yaml.safe_load(b) for b in _yaml_blocks() if "jobs:" in b]
    assert len(workflows) == 1
    steps = [step for job in workflows[0]["jobs"].values() for step in job["steps"]]
    runs = [step.get("run", "") for step in steps]
    assert any("pip install" in run and "reportcheck" in run for run in runs)
    assert any("reportcheck check article.txt --facts facts.yaml --format github" in run for run in runs)


def test_readme_shows_the_sample_sheet_as_shipped():
    sheet = (SAMPLES / "factsheet.yaml").read_text(encoding="utf-8")
    body = "\n".join(line for line in sheet.splitlines() if not line.startswith("#")).strip()
    assert any(block.strip() == body for block in _yaml_blocks())


def test_readme_github_annotations_are_current(github_b):
    shown = [line for line in README.splitlines() if line.startswith("::")]
    printed = github_b.stdout.replace(f"{ROOT}/", "").splitlines()
    assert shown and all(line in printed for line in shown)


def test_options_in_readme_check_usage_exist():
    usage = re.search(r"^    reportcheck check ARTICLE (.*)$", README, re.M).group(1)
    help_text = runner.invoke(app, ["check", "--help"], env={"COLUMNS": "200"}).stdout
    for option in re.findall(r"--[a-z-]+", usage):
        assert option in help_text, option
