"""Every ``--help`` as a user reads it, held against checked-in snapshots.

typer and click render the help, and their releases have changed it unasked
(a ``<bool>`` placeholder after every flag, markup swallowing
``reportcheck[dask]``).  The dependency bounds in pyproject.toml keep a tested
range; these snapshots make any change within it visible.  After a deliberate
change, regenerate them with ``REPORTCHECK_UPDATE_HELP=1 python -m pytest tests/cli/test_help.py``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from reportcheck.cli import app
from reportcheck.cli.application import all_commands

DATA = Path(__file__).parent  # the case files sit beside this module

SNAPSHOTS = DATA / "help"
#: the width the snapshots are taken at (COLUMNS)
WIDTH = "100"
runner = CliRunner()


def _commands() -> dict[str, Any]:
    """Command name -> the click command typer builds (typer vendors its own click)."""
    return all_commands()


def _help(*words: str) -> str:
    result = runner.invoke(
        app, [*words, "--help"], env={"COLUMNS": WIDTH, "NO_COLOR": "1"}, prog_name="reportcheck"
    )
    assert result.exit_code == 0, result.output
    return result.stdout


HELP_PAGES = {"reportcheck": ()} | {f"reportcheck {name}": (name,) for name in _commands()}


@pytest.mark.parametrize("page", list(HELP_PAGES))
def test_help_matches_its_snapshot(page):
    shown = _help(*HELP_PAGES[page])
    snapshot = SNAPSHOTS / (page.replace(" ", "_") + ".txt")
    if os.environ.get("REPORTCHECK_UPDATE_HELP"):
        snapshot.write_text(shown, encoding="utf-8")
    assert snapshot.is_file(), f"{snapshot.name} is missing: regenerate (see this module's docstring)"
    assert shown == snapshot.read_text(encoding="utf-8")


def test_every_snapshot_belongs_to_a_command():
    expected = {page.replace(" ", "_") + ".txt" for page in HELP_PAGES}
    assert {path.name for path in SNAPSHOTS.glob("*.txt")} == expected


def _help_texts(command: Any) -> list[str]:
    texts = [command.help or ""]
    texts += [getattr(param, "help", None) or "" for param in command.params]
    return [text for text in texts if text]


def _plain(rendered: str) -> str:
    """The rendered help with its box drawing and line wrapping undone."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", rendered).split())


@pytest.mark.parametrize("name", list(_commands()))
def test_no_help_text_loses_a_bracketed_word(name):
    """typer reads help as rich markup, where ``[dask]`` is a style tag and vanishes."""
    shown = _plain(_help(name))
    for text in _help_texts(_commands()[name]):
        for bracketed in re.findall(r"\[[^\]\[]+\]", text.replace("\\[", "[")):
            assert " ".join(bracketed.split()) in shown, f"{bracketed} vanished from `{name} --help`"


@pytest.mark.parametrize("name", list(_commands()))
def test_flags_show_no_value_placeholder(name):
    """A flag such as --force or --all takes no value, so its row names no type."""
    for line in _help(name).splitlines():
        if re.search(r"--(force|all|recursive|help|quiet)\b", line):
            assert not re.search(r"<bool>|BOOLEAN", line), line


def test_version_flag_prints_the_versions_and_stops():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert re.fullmatch(r"reportcheck \d+\.\d+\.\d+\S*", lines[0])
    assert lines[1].startswith("spaCy 3.8")
    assert "default model en_core_web_sm" in lines[1]
    assert runner.invoke(app, ["version"]).stdout == result.stdout


def test_a_command_imports_only_its_own_module():
    """``reportcheck compare`` registers and imports the compare command alone (see
    reportcheck.cli.application): batch's engines and the fact-sheet checker stay unloaded."""
    import subprocess
    import sys

    script = (  # printed at exit: the command leaves without returning (reportcheck.cli._leave)
        "import atexit, sys\n"
        "from reportcheck.cli import main\n"
        "atexit.register(lambda: print(' '.join(sorted(sys.modules))))\n"
        "sys.argv = ['reportcheck', 'compare', '--help']\n"
        "main()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    loaded = set(done.stdout.split())
    assert "reportcheck.cli.compare" in loaded
    unwanted = {
        "reportcheck.cli.batch",
        "reportcheck.cli.check",
        "reportcheck.cli.extract",
        "reportcheck.batch",
        "reportcheck.facts.check",  # the checker; the check JSON's records (facts.result) are the contract's
        "reportcheck.facts.load",
        "dask",
    }
    assert not loaded & unwanted
    assert not any(name == "dask" or name.startswith("dask.") for name in loaded)
