"""Fact sheets: safe loading, validation errors that name the line and field,
and facts read into the claims the comparer sets against an article."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from reportcheck.cli import app
from reportcheck.errors import ReportcheckError
from reportcheck.facts.claims import fact_claims
from reportcheck.facts.load import MAX_DEPTH, MAX_FACTSHEET_BYTES, load_factsheet, validate_sheet

from ..conftest import SAMPLES

DATA = Path(__file__).parent  # the case files sit beside this module

runner = CliRunner()
BAD = sorted((DATA / "factsheets" / "bad").glob("*.yaml"))
VALUE_CASES = yaml.safe_load((DATA / "factsheets" / "values.yaml").read_text(encoding="utf-8"))
SHEET = SAMPLES / "factsheet.yaml"


def _expected(path: Path) -> str:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# expect: "), f"{path.name} must open with '# expect: ...'"
    return first.removeprefix("# expect: ").replace("{path}", str(path))


def _error_for(path: Path, pipeline) -> ReportcheckError:
    """The error a sheet gets, whether from validation or from reading its values."""
    with pytest.raises(ReportcheckError) as caught:
        fact_claims(load_factsheet(path), pipeline)
    return caught.value


@pytest.mark.parametrize("path", BAD, ids=[p.stem for p in BAD])
def test_bad_sheet_error_names_line_and_field(path, pipeline):
    line = _error_for(path, pipeline).one_line()
    assert line.startswith(_expected(path)), line
    assert "\n" not in line


def test_bad_sheets_cover_the_issue():
    names = {p.stem for p in BAD}
    assert {"alias_bomb", "python_tag", "list_sheet", "unknown_key", "unknown_nested_key"} <= names


def test_bad_sheets_fail_on_the_command_line_with_one_line_and_exit_2():
    """Loading the sheet comes first, so these fail before the article is read."""
    for name in ("alias_bomb", "python_tag", "unknown_key", "list_sheet"):
        path = DATA / "factsheets" / "bad" / f"{name}.yaml"
        result = runner.invoke(app, ["check", str(SAMPLES / "report_a.txt"), "--facts", str(path)])
        assert result.exit_code == 2, (name, result.output)
        assert result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"reportcheck: {path}"), result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("place: " + "[" * 10_000 + "]" * 10_000, 1),
        ("place:\n  " + "- " * 10_000 + "x", 2),
        ("place: " + "{a: " * 10_000 + "x" + "}" * 10_000, 1),
    ],
    ids=["flow-sequences", "block-sequences", "flow-mappings"],
)
def test_10000_deep_nesting_is_refused_with_one_line(tmp_path, text, line):
    path = tmp_path / "deep.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["check", str(SAMPLES / "report_a.txt"), "--facts", str(path)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"reportcheck: {path}:{line}: nested more than {MAX_DEPTH} levels deep; refused [facts-unsafe]\n"
    )


def test_alias_bomb_is_refused_before_it_expands():
    path = DATA / "factsheets" / "bad" / "alias_bomb.yaml"
    with pytest.raises(ReportcheckError) as caught:
        load_factsheet(path)
    assert caught.value.code == "facts-unsafe"


def test_an_anchor_without_aliases_is_harmless():
    loaded = validate_sheet("place: &where Novoshakhtinsk\n", "facts.yaml")
    assert loaded.sheet.place.value == "Novoshakhtinsk"


def test_python_tag_never_runs(tmp_path):
    marker = tmp_path / "ran"
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(f'time: !!python/object/apply:os.system ["touch {marker}"]\n', encoding="utf-8")
    with pytest.raises(ReportcheckError) as caught:
        load_factsheet(sheet)
    assert caught.value.code == "facts-unsafe"
    assert not marker.exists()


def test_oversized_sheet_is_refused(tmp_path):
    sheet = tmp_path / "facts.yaml"
    sheet.write_text("# " + "x" * MAX_FACTSHEET_BYTES + "\nplace: Novoshakhtinsk\n", encoding="utf-8")
    with pytest.raises(ReportcheckError) as caught:
        load_factsheet(sheet)
    assert caught.value.code == "file-too-large"


def test_missing_sheet_is_a_file_error(tmp_path):
    with pytest.raises(ReportcheckError) as caught:
        load_factsheet(tmp_path / "nope.yaml")
    assert caught.value.code == "file-missing"


def test_sample_sheet_is_valid_and_keeps_lines():
    loaded = load_factsheet(SHEET)
    assert loaded.sheet.time.value == "noon"
    lines = SHEET.read_text(encoding="utf-8").splitlines()
    assert lines[loaded.line_of(("time",)) - 1].startswith("time:")
    assert lines[loaded.line_of(("people", 0, "age")) - 1].strip() == "age: 27"
    assert "20 km from the border" in lines[loaded.line_of(("distances", 0)) - 1]


# ------------------------------------------------------------ fact values


def _claim_of(case: dict, pipeline):
    loaded = validate_sheet(case["sheet"], "facts.yaml")
    facts = {f.field: f for f in fact_claims(loaded, pipeline)}
    return facts[case["field"]]


@pytest.mark.parametrize("case", VALUE_CASES, ids=[c["sheet"].strip() for c in VALUE_CASES])
def test_fact_value_becomes_the_claim_an_article_would_give(case, pipeline):
    fact = _claim_of(case, pipeline)
    claim = fact.claim
    assert claim.report == 1
    assert claim.kind.value == case["kind"]
    assert claim.subject == case["subject"]
    if "low" in case:
        assert claim.value.low == pytest.approx(case["low"])
    if "high" in case:
        assert claim.value.high == (None if case["high"] is None else pytest.approx(case["high"]))
    if "precision" in case:
        assert claim.value.precision == pytest.approx(case["precision"])
    if "name" in case:
        assert claim.value.name == case["name"]
    if "alternatives" in case:
        assert len(claim.value.alternatives) == case["alternatives"]
    for key, value in case.get("attrs", {}).items():
        assert claim.attrs_json().get(key) == value


def test_fact_evidence_is_its_line_in_the_sheet(pipeline):
    loaded = load_factsheet(SHEET)
    facts = {f.field: f for f in fact_claims(loaded, pipeline)}
    time = facts["time"]
    lines = SHEET.read_text(encoding="utf-8").splitlines()
    assert lines[time.line - 1] == "time:"
    assert time.claim.evidence.sentence == "time:"
    assert SHEET.read_text(encoding="utf-8")[time.claim.evidence.start :].startswith("time:")
    assert time.claim.source == "Russian interior ministry"
    assert [f.field for f in facts.values()] == sorted(facts, key=lambda name: facts[name].line)


def test_date_tolerance_overrides_the_day_either_side(pipeline):
    loaded = validate_sheet("date: {value: 2022-11-02, tolerance: 0 days}\n", "facts.yaml")
    (fact,) = fact_claims(loaded, pipeline)
    assert fact.tolerances.date_days == 0
    assert fact.tolerance == "0 days"
