"""The README stays true: its examples are what the tool prints, its commands and options the real ones.

Every output the README shows sits under a marker that scripts/readme_examples.py
runs (``PYTHONPATH=src python scripts/readme_examples.py --update`` rewrites
the blocks from real runs); the tests here run the same check for each block.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shlex
import sys
import tomllib

import pytest
import typer.main

from reportcheck.cli import app
from reportcheck.cli.application import all_commands
from reportcheck.errors import CATALOGUE
from reportcheck.settings import Settings, ToleranceSettings, load_settings

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
_spec = importlib.util.spec_from_file_location("readme_examples", ROOT / "scripts" / "readme_examples.py")
readme_examples = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("readme_examples", readme_examples)  # dataclasses look their module up
_spec.loader.exec_module(readme_examples)
EXAMPLES = readme_examples.parse(README)
COMMANDS = all_commands()
UPDATE = "PYTHONPATH=src python scripts/readme_examples.py --update"


def _fenced_blocks(text: str) -> list[tuple[int, str, list[str]]]:
    """(line number of the opening fence, info string, lines) of every fenced block."""
    blocks, lines, index = [], text.split("\n"), 0
    while index < len(lines):
        if lines[index].startswith("```"):
            end = lines.index("```", index + 1)
            blocks.append((index + 1, lines[index][3:], lines[index + 1 : end]))
            index = end
        index += 1
    return blocks


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


def test_error_codes_in_readme_exist():
    for code in re.findall(r"\[([a-z]+(?:-[a-z]+)+)\]", README):
        assert code in CATALOGUE, code


@pytest.mark.slow
@pytest.mark.parametrize("example", EXAMPLES, ids=[f"line{e.line}:{e.command[:60]}" for e in EXAMPLES])
def test_readme_example_is_what_the_tool_prints(example):
    """Each marked block is what its command prints now (abridged as its marker says),
    with the exit status the marker gives; the command the README shows is the one run."""
    _, problems = readme_examples.check_one(README, example)
    assert not problems, "\n".join(problems) + f"\nrun: {UPDATE}, then read the diff"


def test_every_shown_output_is_an_example():
    """A table, an error line, a CSV or Markdown sample in the README is under a marker,
    so no output can be quoted without a test."""
    marked_fences = {e.start for e in EXAMPLES if e.fenced}
    for line, info, lines in _fenced_blocks(README):
        output_rows = [row for row in lines if row.startswith(("┏", "reportcheck", "::"))]
        shows_output = info in ("csv", "markdown") or bool(output_rows)
        if shows_output:
            assert line in marked_fences, f"README.md:{line}: output shown without an example marker"
    marked_lines = {index for e in EXAMPLES if not e.fenced for index in range(e.start, e.end)}
    for index, row in enumerate(README.split("\n")):
        if row.startswith("    reportcheck: "):
            assert index in marked_lines, f"README.md:{index + 1}: error shown without an example marker"


def test_readme_has_its_examples():
    """The markers are found (a broken marker syntax would make every test above vacuous)."""
    runs = [e for e in EXAMPLES if e.kind == "example"]
    assert len(runs) >= 10
    assert {shlex.split(e.command)[1] for e in runs} >= {"compare", "check", "extract", "batch"}
    assert any(e.options.get("stream") == "stderr" for e in runs)


def test_abridged_examples_say_so():
    """An abridged block is called abridged (or said to show the output's start) just before it."""
    lines = README.split("\n")
    for example in EXAMPLES:
        if example.abridged:
            before = " ".join(lines[max(0, example.line - 12) : example.line - 1])
            assert re.search(r"abridged|starts", before), f"README.md:{example.line}: say it is abridged"


def _usage_lines() -> dict[str, str]:
    """Each command's usage line: an indented ``reportcheck NAME ...`` line listing options in brackets."""
    usage = {}
    for match in re.finditer(r"^    reportcheck ([a-z]+) (.*\[-.*)$", README, re.M):
        assert match.group(1) not in usage, f"two usage lines for {match.group(1)}"
        usage[match.group(1)] = match.group(2)
    return usage


def _options(command) -> list[list[str]]:
    return [[*p.opts, *p.secondary_opts] for p in command.params if p.param_type_name == "option"]


def test_every_command_is_in_the_readme():
    for name, command in COMMANDS.items():
        if command.hidden:
            continue
        assert f"reportcheck {name}" in README, f"the README never mentions `reportcheck {name}`"
        if _options(command):
            assert name in _usage_lines(), f"the README has no usage line for `reportcheck {name}`"
    for names in _options(typer.main.get_command(app)):
        assert any(f"reportcheck {option}" in README for option in names), f"the README lacks {names[0]}"


def test_commands_named_in_the_text_exist():
    for name in re.findall(r"`reportcheck ([a-z][\w-]*)", README):
        assert name in COMMANDS, f"the README names `reportcheck {name}`, which does not exist"


@pytest.mark.parametrize("name", sorted(_usage_lines()))
def test_usage_line_lists_the_options_of_help(name):
    """Every option `reportcheck NAME --help` lists is in the README's usage line, and the other way round."""
    usage = _usage_lines()[name]
    assert name in COMMANDS, f"the README gives a usage line for `reportcheck {name}`, which does not exist"
    options = _options(COMMANDS[name])
    written = set(re.findall(r"(?<![\w-])(--?[a-zA-Z][\w-]*)", usage))
    for names in options:
        assert written & set(names), f"`reportcheck {name}` has {names[0]}, the README's usage line lacks it"
    known = {option for names in options for option in names}
    assert written <= known, f"the README's usage line of {name} has {sorted(written - known)}, unknown to it"


def _command_lines() -> list[str]:
    """Every concrete reportcheck command line the README shows in code (usage lines left out)."""
    found = []
    for row in README.split("\n"):
        if not row.startswith("    "):
            continue
        for part in row.split("&&"):
            match = re.match(r"\s*(?:- run: )?(reportcheck [a-z].*)$", part)
            if match and "[" not in match.group(1):
                found.append(match.group(1))
    found += [e.command for e in EXAMPLES if e.kind == "example"]
    return list(dict.fromkeys(found))


@pytest.mark.parametrize("line", _command_lines())
def test_readme_command_lines_parse(line):
    """Each command the README shows names a real command and real options with valid values."""
    words = shlex.split(line, comments=True)
    for redirect in ("<", ">"):
        if redirect in words:
            words = words[: words.index(redirect)]
    name, args = words[1], words[2:]
    assert name in COMMANDS, f"no command `reportcheck {name}`"
    command = COMMANDS[name]
    try:
        command.make_context(name, list(args)).close()
    except Exception as error:  # noqa: BLE001 - click's usage errors, whatever module they come from
        pytest.fail(f"`{line}`: {error}")


def test_settings_example_is_accepted_and_complete(tmp_path):
    """The README's settings file is valid and names every setting and tolerance."""
    (_, _, lines), *_ = [b for b in _fenced_blocks(README) if b[1] == "toml"]
    text = "\n".join(lines)
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    load_settings(tmp_path)
    table = tomllib.loads(text)["tool"]["reportcheck"]
    assert set(table) == set(Settings.model_fields)
    assert set(table["tolerances"]) == set(ToleranceSettings.model_fields)


def _bad_input_messages() -> list[tuple[str, str]]:
    """(file, message) of each one-line error the README's "Bad input" table quotes."""
    section = README[README.index("## Bad input") : README.index("\n## ", README.index("## Bad input") + 1)]
    return re.findall(r"`([\w.]+): ([^`]*\[[a-z-]+\])`", section)


def _write_bad_input(folder, name: str) -> None:
    """Make the file the README's table names, as its row describes it."""
    path = folder / name
    makers = {
        "empty.txt": lambda: path.write_bytes(b""),
        "blank.txt": lambda: path.write_bytes(b" \n\t\r\n   \n"),
        "photo.txt": lambda: path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300)),
        "dump.txt": lambda: path.write_bytes(b"Police said\x00\x00 three were hurt.\n"),
        "blank.html": lambda: path.write_text("<html><head><title></title></head><body></body></html>\n"),
        "wire_dump.txt": lambda: path.open("wb").truncate(52_428_800),
        "six.txt": lambda: path.write_text("word " * 1_300_000),
        "folder": lambda: path.mkdir(),
        "missing.txt": lambda: None,
        "dangling.txt": lambda: path.symlink_to(folder / "nowhere.txt"),
        "locked.txt": lambda: (path.write_text("Police said three were hurt.\n"), path.chmod(0)),
        "loop.txt": lambda: path.symlink_to(path),
    }
    assert name in makers, f"the README's Bad input table names {name}: teach this test to make it"
    makers[name]()


@pytest.mark.parametrize(("name", "message"), _bad_input_messages())
def test_bad_input_table_quotes_real_messages(name, message, tmp_path):
    """Each error the "Bad input" table quotes is the one `reportcheck compare NAME b.txt` prints
    ("..." in the README stands for text left out)."""
    if name == "locked.txt" and os.geteuid() == 0:
        pytest.skip("root reads a file whatever its mode")
    _write_bad_input(tmp_path, name)
    (tmp_path / "b.txt").write_bytes((ROOT / "data/sample_reports/novoshakhtinsk/report_b.txt").read_bytes())
    run = readme_examples.run(f"reportcheck compare {name} b.txt", cwd=str(tmp_path))
    assert run.exit_code == 2
    pattern = re.escape(f"reportcheck: {name}: {message}").replace(re.escape("..."), ".*")
    assert re.fullmatch(pattern, run.stderr.strip()), run.stderr
