"""Every command on every bad input: a correct result, or one line naming the file and exit 2.

The commands are read from the typer app when the tests are collected, so a
command added later is covered without touching this file; how each is
called (two reports, one report, a folder, none) is worked out from its
arguments.  Each case checks: the exit code, no traceback and no crash, one
line on stderr naming the file (errors), stderr empty (correct results),
the inputs unchanged, and for commands with ``-o`` an existing output file
left as it was when the input is refused.
"""

from __future__ import annotations

import errno
import json
import os
import pathlib
import typing
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import pytest
from typer.models import ArgumentInfo, OptionInfo
from typer.testing import CliRunner

from reportcheck.cli import app
from reportcheck.cli.application import all_commands

from ..conftest import SAMPLES
from .conftest import snapshot
from .inputs import BAD_INPUTS, BASE, PAIR_ONLY, BadInput

pytestmark = pytest.mark.slow  # every command on every bad input

runner = CliRunner()
FACTSHEET = SAMPLES / "factsheet.yaml"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
#: findings that say two reports of the same text were read differently
MISREAD = {"conflict", "only_in_one"}


@dataclass(frozen=True)
class Usage:
    """How the matrix calls one command, worked out from its parameters."""

    name: str
    takes: str = "none"  #: "pair" (two or more reports), "one" (a report), "folder", "none"
    extra: tuple[str, ...] = ()  #: options it needs (--facts) or that make its output checkable (json)
    has_output: bool = False
    json: bool = False
    skip: str | None = None
    strict_stderr: bool = True  #: stderr must stay empty on a correct result


def _commands() -> dict[str, Callable]:
    """The app's commands by name, as their functions: their annotations say how to call them.

    Commands register when their module is imported (reportcheck.cli.application
    imports them on demand), so every one is asked for first."""
    all_commands()
    commands = {}
    for info in app.registered_commands:
        name = info.name or info.callback.__name__.replace("_", "-")
        commands[name] = info.callback
    return commands


def _parameters(function: Callable) -> list[tuple[type, object]]:
    """(type, typer's ArgumentInfo or OptionInfo) of each parameter of a command."""
    found = []
    for hint in typing.get_type_hints(function, include_extras=True).values():
        if typing.get_origin(hint) is typing.Annotated:
            bare, *extras = typing.get_args(hint)
            infos = [e for e in extras if isinstance(e, ArgumentInfo | OptionInfo)]
            if infos:
                found.append((bare, infos[0]))
    return found


def _flags(info: OptionInfo) -> set[str]:
    """--output, -o...: in the Annotated style typer keeps the first flag as the "default"."""
    decls = [*(info.param_decls or ())]
    if isinstance(info.default, str) and info.default.startswith("-"):
        decls.append(info.default)
    return {flag.strip() for decl in decls for flag in decl.split("/")}


def _choices(bare: type) -> list[str]:
    members = [arg for arg in typing.get_args(bare) if isinstance(arg, type)] or [bare]
    return [
        str(m.value) for kind in members if isinstance(kind, type) and issubclass(kind, Enum) for m in kind
    ]


def _is_path(bare: type) -> bool:
    """A Path, or a list of them."""
    return bare is Path or (typing.get_origin(bare) is list and typing.get_args(bare) == (Path,))


def usage_of(name: str, function: Callable) -> Usage:
    parameters = _parameters(function)
    arguments = [(bare, info) for bare, info in parameters if isinstance(info, ArgumentInfo)]
    options = [(bare, info) for bare, info in parameters if isinstance(info, OptionInfo)]
    flags = set().union(*(_flags(info) for _, info in options)) if options else set()
    if not arguments or not _is_path(arguments[0][0]):
        return Usage(name, skip=f"`{name}` takes no report")
    extra: list[str] = []
    if "--facts" in flags:
        if not FACTSHEET.exists():
            return Usage(name, skip=f"`{name}` needs --facts and {FACTSHEET.name} does not exist yet")
        extra += ["--facts", str(FACTSHEET)]
    wants_json = any("--format" in _flags(info) and "json" in _choices(bare) for bare, info in options)
    if wants_json:
        extra += ["--format", "json"]
    bare, info = arguments[0]
    if name == "batch" or info.file_okay is False:
        takes = "folder"
    elif typing.get_origin(bare) is list:
        takes = "pair"
    else:
        takes = "one"
    return Usage(
        name,
        takes,
        tuple(extra),
        has_output="--output" in flags,
        json=wants_json and takes != "folder",
        strict_stderr=takes != "folder",
    )


USAGES = [usage_of(name, command) for name, command in sorted(_commands().items())]


def _cases():
    for usage in USAGES:
        for case in BAD_INPUTS:
            marks = []
            if usage.skip:
                marks.append(pytest.mark.skip(reason=usage.skip))
            elif case.name in PAIR_ONLY and usage.takes != "pair":
                marks.append(pytest.mark.skip(reason=f"`{usage.name}` does not take two reports"))
            elif case.known_crash:
                marks.append(pytest.mark.xfail(strict=True, reason=case.known_crash))
            yield pytest.param(usage, case, id=f"{usage.name}-{case.name}", marks=marks)


def arguments(usage: Usage, case: BadInput, inputs: dict[str, Path]) -> list[str]:
    bad = inputs[case.name]
    if usage.takes == "folder":
        # a path problem is given as the folder itself; a bad file, in its folder
        path_problem = (case.is_error and not bad.exists()) or bad.is_dir() or bad.is_symlink()
        reports = [str(bad if path_problem else bad.parent)]
    elif usage.takes == "pair":
        partner = inputs[f"good:{case.partner or case.twin or 'base'}"]
        reports = [str(bad), str(partner)]
    else:
        reports = [str(bad)]
    return [usage.name, *reports, *usage.extra]


def deny_reading(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """What chmod 000 does to a user who is not root, for the tests that run as root."""
    real_open = pathlib.Path.open

    def open_unless_target(self, *args, **kwargs):
        if os.path.abspath(self) == os.path.abspath(target):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", open_unless_target)


def run(usage: Usage, case: BadInput, inputs: dict[str, Path], monkeypatch, extra=()):
    if case.name == "no-read-permission" and IS_ROOT:
        deny_reading(monkeypatch, inputs[case.name])
    try:
        return runner.invoke(app, [*arguments(usage, case, inputs), *extra])
    finally:
        monkeypatch.undo()


def assert_no_crash(result) -> None:
    everything = result.stdout + result.stderr
    assert "Traceback" not in everything
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"the command crashed: {result.exception!r}") from result.exception


def assert_refused(result, usage: Usage, case: BadInput, bad: Path) -> None:
    assert result.exit_code == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    if usage.takes == "folder" and len(lines) != 1:  # a batch may report each refused file on its line
        assert bad.name in result.stderr
        return
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("reportcheck: ")
    assert str(bad) in lines[0] or bad.name in lines[0]
    assert any(f"[{code}]" in lines[0] for code in case.errors), lines[0]


def assert_correct(result, usage: Usage, case: BadInput) -> None:
    assert result.exit_code in (0, 1), result.stdout + result.stderr
    if usage.strict_stderr:
        assert result.stderr == ""
    if not usage.json:
        return
    output = json.loads(result.stdout)
    if case.twin and usage.takes == "pair":
        assert result.exit_code == 0
        misread = [f for f in output["findings"] if f["status"] in MISREAD]
        assert not misread, misread


@pytest.mark.parametrize(("usage", "case"), list(_cases()))
def test_command_on_bad_input(usage: Usage, case: BadInput, inputs, monkeypatch):
    before = snapshot(*{inputs[case.name].parent, inputs["good:base"].parent})
    result = run(usage, case, inputs, monkeypatch)
    assert_no_crash(result)
    if case.is_error:
        assert_refused(result, usage, case, inputs[case.name])
    else:
        assert_correct(result, usage, case)
    assert snapshot(*{inputs[case.name].parent, inputs["good:base"].parent}) == before


def _refusal_cases():
    for usage in USAGES:
        if usage.skip or not usage.has_output:
            continue
        for case in BAD_INPUTS:
            if case.is_error:
                yield pytest.param(usage, case, id=f"{usage.name}-{case.name}")


@pytest.mark.parametrize(("usage", "case"), list(_refusal_cases()))
def test_refused_input_leaves_output_file_alone(usage: Usage, case: BadInput, inputs, monkeypatch, tmp_path):
    output = tmp_path / "findings.json"
    output.write_text('{"kept": true}\n', encoding="utf-8")
    result = run(usage, case, inputs, monkeypatch, extra=["-o", str(output), "--force"])
    assert_no_crash(result)
    assert result.exit_code == 2
    assert output.read_text(encoding="utf-8") == '{"kept": true}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["findings.json"]


#: commands that still write -o over one of their own input reports when given --force (none now)
OVERWRITES_ITS_INPUT: set[str] = set()


def _output_onto_input_cases():
    for usage in USAGES:
        if usage.skip or not usage.has_output:
            continue
        marks = []
        if usage.name in OVERWRITES_ITS_INPUT:
            reason = f"`{usage.name} REPORT -o REPORT --force` replaces the report with the findings"
            marks.append(pytest.mark.xfail(strict=True, reason=reason))
        yield pytest.param(usage, id=usage.name, marks=marks)


@pytest.mark.parametrize("usage", list(_output_onto_input_cases()))
def test_output_never_replaces_an_input_report(usage: Usage, tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(BASE, encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text(BASE, encoding="utf-8")
    given = {"folder": [tmp_path], "pair": [report, other], "one": [report]}[usage.takes]
    reports = [str(path) for path in given]
    result = runner.invoke(app, [usage.name, *reports, *usage.extra, "-o", str(report), "--force"])
    assert_no_crash(result)
    assert report.read_text(encoding="utf-8") == BASE
    assert result.exit_code == 2
