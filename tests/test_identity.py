"""``benchmarks/identity.py`` records outputs and tells a changed byte from the allowed schema_version."""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("identity_benchmark", ROOT / "benchmarks" / "identity.py")
identity = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = identity  # its dataclasses look their module up
_spec.loader.exec_module(identity)


@pytest.mark.parametrize(
    "dump",
    [lambda o: json.dumps(o, indent=2), json.dumps, lambda o: json.dumps(o, separators=(",", ":"))],
    ids=["indented", "spaced", "compact"],
)
def test_schema_version_is_dropped_at_any_level_and_nothing_else(dump):
    plain = {"findings": [{"kind": "time", "value": 720}], "summary": {"conflicts": 1}}
    versioned = {
        "schema_version": "2",
        "findings": [{"kind": "time", "value": 720, "schema_version": 2}],
        "summary": {"conflicts": 1, "schema_version": "2.0"},
    }
    assert identity.drop_schema_version(dump(versioned)) == dump(plain)


@pytest.mark.slow
def test_record_then_check_passes_and_a_changed_byte_fails(tmp_path, capsys):
    baseline = tmp_path / "baseline"
    # the sample set's first two outputs: compare as a table and as JSON
    assert identity.main(["record", str(baseline), "--only", "sample", "--limit", "2"]) == 0
    manifest = json.loads((baseline / "manifest.json").read_text())
    assert sorted(manifest["sets"]["sample"]["outputs"]) == ["compare.json", "compare.table.txt"]
    assert identity.main(["check", str(baseline), "--only", "sample"]) == 0
    assert "sample: 2 identical, 0 differ" in capsys.readouterr().out

    recorded_json = baseline / "sample" / "compare.json"
    recorded_json.write_text(recorded_json.read_text().replace("{\n", '{\n  "schema_version": "1",\n', 1))
    table = baseline / "sample" / "compare.table.txt"
    table.write_text(table.read_text().replace("conflict", "confl1ct", 1))
    assert identity.main(["check", str(baseline), "--only", "sample"]) == 1
    out = capsys.readouterr().out
    assert "sample: 1 identical, 1 differ (1 identical only after normalising)" in out
    assert "-│ confl1ct" in out and "+│ conflict" in out
