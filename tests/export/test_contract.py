"""The JSON contract: shipped schemas, generated from the output models, that
every JSON output validates against (docs/contract.md)."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest
from typer.testing import CliRunner

from reportcheck.cli import app
from reportcheck.export.contract import OUTPUTS, SCHEMA_VERSION, output_json_schema

from ..conftest import ROOT, SAMPLES

runner = CliRunner()
SCHEMAS = ROOT / "src" / "reportcheck" / "schemas"
REPORT_A, REPORT_B = str(SAMPLES / "report_a.txt"), str(SAMPLES / "report_b.txt")
SHEET = str(SAMPLES / "factsheet.yaml")


def validator(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads(output_json_schema(name)))


@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_shipped_schema_file_is_what_the_models_give(name):
    printed = runner.invoke(app, ["schema", name])
    assert printed.exit_code == 0, printed.stderr
    assert printed.stdout == output_json_schema(name)
    shipped = SCHEMAS / f"{name}.schema.json"
    assert shipped.read_text(encoding="utf-8") == printed.stdout, (
        f"run: reportcheck schema {name} -o src/reportcheck/schemas/{name}.schema.json --force"
    )


@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_schemas_are_valid_and_name_their_version(name):
    schema = json.loads(output_json_schema(name))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION
    assert "schema_version" in schema["required"]


def test_schema_version_is_major_dot_minor():
    assert re.fullmatch(r"[1-9]\d*\.\d+", SCHEMA_VERSION)


@pytest.fixture(scope="module")
def outputs():
    """name -> the parsed JSON of the sample pair's compare, report A's extract, report B's check."""
    runs = {
        "comparison": ["compare", REPORT_A, REPORT_B, "--format", "json"],
        "extract": ["extract", REPORT_A, "--format", "json"],
        "check": ["check", REPORT_B, "--facts", SHEET, "--format", "json"],
    }
    parsed = {}
    for name, args in runs.items():
        result = runner.invoke(app, args)
        assert result.exit_code in (0, 1), result.stderr
        parsed[name] = json.loads(result.stdout)
    return parsed


@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_outputs_validate_against_their_schema(outputs, name):
    validator(name).validate(outputs[name])
    assert outputs[name]["schema_version"] == SCHEMA_VERSION


def test_the_outputs_exercise_every_shape_of_value(outputs):
    """Numbers, ranges and names all occur, so the validation above means something."""
    values = [c["value"] for f in outputs["comparison"]["findings"] for c in f["claims"]]
    assert any(isinstance(v, int) for v in values)
    assert any(isinstance(v, float) for v in values)
    assert any(isinstance(v, str) for v in values)
    assert any(isinstance(v, list) for v in values)


def test_schemas_reject_what_the_contract_does_not_hold(outputs):
    comparison = outputs["comparison"]
    check = validator("comparison")
    assert not check.is_valid({**comparison, "extra": 1})
    assert not check.is_valid({**comparison, "schema_version": "0.9"})
    missing = {key: value for key, value in comparison.items() if key != "summary"}
    assert not check.is_valid(missing)
    finding = {**comparison["findings"][0], "status": "maybe"}
    assert not check.is_valid({**comparison, "findings": [finding]})


def test_the_contract_is_documented_in_the_repository():
    """README and code point at docs/contract.md, not at a file outside the repository."""
    contract = (ROOT / "docs" / "contract.md").read_text(encoding="utf-8")
    for name in OUTPUTS:
        assert f"{name}.schema.json" in contract
    for status in ("agree", "compatible", "conflict", "only_in_one"):
        assert f"**{status}**" in contract
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/contract.md" in readme
    # the README's Accuracy section names the development pairs' README as where the pairs come
    # from (measuring, not the contract); nothing else may point outside the repository
    readme_without_accuracy = re.sub(r"\n## Accuracy\n.*?\n## ", "\n## ", readme, flags=re.S)
    assert "shared/eval/README" not in readme_without_accuracy
    for path in sorted((ROOT / "src").rglob("*.*")):
        if path.suffix in {".py", ".yaml", ".md"}:
            text = path.read_text(encoding="utf-8")
            assert "shared/eval/README" not in text, path
