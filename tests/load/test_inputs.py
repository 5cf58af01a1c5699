"""Command-line inputs: files, directories and standard input (load/inputs.py, compare)."""

from __future__ import annotations

import io
import json

import pytest
from typer.testing import CliRunner

from reportcheck.api import compare_reports
from reportcheck.cli import app
from reportcheck.errors import ReportcheckError
from reportcheck.load import load_report
from reportcheck.load.inputs import STDIN_NAME, ReportSource, expand_inputs, load_source

from ..conftest import SAMPLES

runner = CliRunner()
REPORT_A = SAMPLES / "report_a.txt"
REPORT_B = SAMPLES / "report_b.txt"


def _touch(path, text="Two people were hurt in Leeds on Monday.\n"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_files_are_kept_in_the_order_given(tmp_path):
    b, a = _touch(tmp_path / "b.txt"), _touch(tmp_path / "a.txt")
    assert [s.name for s in expand_inputs([b, a])] == [str(b), str(a)]


def test_a_directory_gives_its_visible_report_files_sorted_by_name(tmp_path):
    for name in ("b.md", "a.txt", "c.html", "d.htm", "e.markdown", "f.text", "Z.TXT"):
        _touch(tmp_path / name)
    for name in ("notes.docx", "data.json", ".hidden.txt", "sub/nested.txt"):
        _touch(tmp_path / name)
    (tmp_path / "folder.txt").mkdir()
    names = [s.name.removeprefix(f"{tmp_path}/") for s in expand_inputs([tmp_path])]
    assert names == ["Z.TXT", "a.txt", "b.md", "c.html", "d.htm", "e.markdown", "f.text"]


def test_recursive_reads_subfolders_but_not_hidden_ones(tmp_path):
    _touch(tmp_path / "a.txt")
    _touch(tmp_path / "sub" / "b.txt")
    _touch(tmp_path / "sub" / "deeper" / "c.txt")
    _touch(tmp_path / ".git" / "d.txt")
    names = [s.name.removeprefix(f"{tmp_path}/") for s in expand_inputs([tmp_path], recursive=True)]
    assert names == ["a.txt", "sub/b.txt", "sub/deeper/c.txt"]


def test_a_directory_without_reports_is_an_error(tmp_path):
    _touch(tmp_path / "readme.rst")
    with pytest.raises(ReportcheckError) as raised:
        expand_inputs([tmp_path])
    assert raised.value.code == "directory-empty"
    assert raised.value.path == str(tmp_path)


def test_standard_input_is_read_once_as_bytes():
    stdin = io.BytesIO("Caf\xe9 fire in Lyon\n".encode("cp1252"))
    sources = expand_inputs(["-"], stdin=stdin)
    assert sources == [ReportSource(STDIN_NAME, "Caf\xe9 fire in Lyon\n".encode("cp1252"))]
    loaded = load_source(sources[0])
    assert loaded.path == "<stdin>" and loaded.original.startswith("Café")


def test_standard_input_twice_is_an_error():
    with pytest.raises(ReportcheckError) as raised:
        expand_inputs(["-", "-"], stdin=io.BytesIO(b"text"))
    assert raised.value.code == "bad-option"


def test_a_missing_path_fails_when_loaded_with_the_load_error(tmp_path):
    sources = expand_inputs([tmp_path / "missing.txt"])
    with pytest.raises(ReportcheckError) as raised:
        load_source(sources[0])
    assert raised.value.code == "file-missing"


# ---------------------------------------------------------------- compare


@pytest.fixture(scope="module")
def pair_json():
    """The sample pair compared as two files, as a directory, and with report 1 on standard input."""
    as_files = runner.invoke(app, ["compare", str(REPORT_A), str(REPORT_B), "--format", "json"])
    as_directory = runner.invoke(app, ["compare", str(SAMPLES), "--format", "json"])
    from_stdin = runner.invoke(
        app, ["compare", "-", str(REPORT_B), "--format", "json"], input=REPORT_A.read_bytes()
    )
    return as_files, as_directory, from_stdin


def test_compare_a_directory_is_compare_of_its_files(pair_json):
    as_files, as_directory, _ = pair_json
    assert as_directory.exit_code == as_files.exit_code == 1
    assert as_directory.stdout == as_files.stdout


def test_compare_reads_standard_input_as_a_report(pair_json):
    as_files, _, from_stdin = pair_json
    assert from_stdin.exit_code == 1, from_stdin.stderr
    piped, files = json.loads(from_stdin.stdout), json.loads(as_files.stdout)
    assert [r["path"] for r in piped["reports"]] == ["<stdin>", str(REPORT_B)]
    assert piped["reports"][0]["sha256"] == files["reports"][0]["sha256"]
    assert piped["findings"] == files["findings"]


def test_compare_needs_two_reports_in_all(tmp_path):
    one = tmp_path / "one"
    _touch(one / "only.txt")
    result = runner.invoke(app, ["compare", str(one)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "at least two reports" in result.stderr
    assert "bad-option" in result.stderr


def test_compare_with_an_empty_directory_is_one_line(tmp_path):
    result = runner.invoke(app, ["compare", str(tmp_path), str(REPORT_B)])
    assert result.exit_code == 2
    assert (
        result.stderr.count("\n") == 1
        and "directory-empty" in result.stderr
        and str(tmp_path) in result.stderr
    )


def test_api_takes_loaded_reports_and_named_bytes():
    loaded = load_report(REPORT_A)
    comparison = compare_reports([loaded, ("piped.txt", REPORT_B.read_bytes())])
    assert [r.path for r in comparison.reports] == [str(REPORT_A), "piped.txt"]
    assert comparison.has_conflict
