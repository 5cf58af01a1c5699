"""The README stays true: its commands and options are the real ones."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from reportcheck.cli import app
from reportcheck.errors import CATALOGUE

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = 'pip install ".[test]" && python -m pytest'
    assert f"    {test_command}\n" in README
    assert f"\n{test_command}\n" in ci


def test_readme_sample_command_names_real_files():
    command = re.search(r"^    pip install \. && (reportcheck compare .*)$", README, re.M)
    assert command, "the README's first command is missing"
    for path in command.group(1).split()[2:]:
        assert (ROOT / path).is_file(), path


def test_options_in_readme_exist():
    usage = re.search(r"^    reportcheck compare (.*)$", README, re.M).group(1)
    help_text = CliRunner().invoke(app, ["compare", "--help"], env={"COLUMNS": "200"}).stdout
    for option in re.findall(r"--[a-z-]+", usage):
        assert option in help_text, option


def test_error_codes_in_readme_exist():
    for code in re.findall(r"\[([a-z]+(?:-[a-z]+)+)\]", README):
        assert code in CATALOGUE, code


def test_readme_sample_output_is_current():
    """The sample table's rows and summary line in the README are what the tool
    prints now (scripts/update_readme_sample.py rewrites them)."""
    command = re.search(r"^    pip install \. && reportcheck compare (.*)$", README, re.M).group(1).split()
    result = CliRunner().invoke(app, ["compare", *[str(ROOT / p) for p in command]])
    assert result.exit_code == 1
    printed = [line.rstrip() for line in result.stdout.splitlines()]
    block = README[README.index("```\n┏") + 4 : README.index("\n```", README.index("```\n┏") + 4)]
    summary = block.splitlines()[-1]
    assert summary in printed
    quoted_rows = [line for line in block.splitlines() if line.startswith("│")]
    assert quoted_rows and all(row in printed for row in quoted_rows)
