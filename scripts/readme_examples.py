"""Keep README.md's examples true: rebuild every marked block from a real run, or check it.

An example in README.md is an HTML comment (invisible on GitHub) followed by
the block it produces, a fenced block or an indented one::

    <!-- example: reportcheck batch data/sample_reports/novoshakhtinsk tests/data/batch ; exit=1 rows=3 -->
    ```
    ...what that command prints...
    ```

The command is run in-process (the CLI's own code, one language model load
for all examples) from the repository root, with a fixed width (COLUMNS=140),
no colour, and the repository's and the scratch folder's absolute paths
replaced by relative ones. Options after `` ; ``:

``exit=N``
    the exit status the README promises (default 0); a different one is an error.
``stream=stderr``
    show what the command writes to standard error (the one-line errors).
``cwd=scratch`` or ``cwd=scratch/NAME``
    run in a scratch folder holding the small files of ``SCRATCH`` below
    (an empty notes.txt, a bad fact sheet...), so an error example can name them.
``rows=N`` or ``rows=PREFIX,PREFIX``
    abridge a table to its header and first N rows (or the rows whose first
    cell starts with one of the prefixes), closed by its bottom border; the
    title above the table is dropped, the caption and lines below it are kept.
``head=N`` and ``tail=N``
    abridge to the first N and last N lines, with a line "…" between them
    when both are given (``head`` alone: the output's start).
``from=TEXT``
    leave out the lines before the first one starting with TEXT.

An abridged block must be called abridged (or said to show how the output
starts) in the README's text before it. A block can also show a file of the
repository: ``<!-- file: PATH ; from=TEXT -->``.
When the README shows the command itself (an indented ``reportcheck ...``
line just before the marker), it must be the marker's command.

Run ``PYTHONPATH=src python scripts/readme_examples.py --update`` after a change
to what a command prints, and read the diff; ``--check`` (the default) exits 1
and shows a diff when a block differs from what the tool prints now.
tests/test_docs.py runs the check for every block.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import re
import shlex
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SAMPLES = "data/sample_reports/novoshakhtinsk"
#: the environment every example runs in: a fixed width and no colour, whatever the caller's terminal
ENV = {
    "COLUMNS": "140",
    "LINES": "50",
    "NO_COLOR": "1",
    "TERM": "dumb",
    "FORCE_COLOR": None,
    "TTY_COMPATIBLE": None,
    "TTY_INTERACTIVE": None,
}
#: files of the scratch folder error examples run in: path -> text, or a path of the repository to copy
SCRATCH: dict[str, str | Path] = {
    "notes.txt": "",
    "a.txt": ROOT / SAMPLES / "report_a.txt",
    "b.txt": ROOT / SAMPLES / "report_b.txt",
    "reports/": "",
    "facts.yaml": "incident: Gunman fires on police\npeople:\n  - name: Roman Biryukov\n    age: -27\n",
    "settings-typo/pyproject.toml": "[tool.reportcheck]\njbos = 2\n",
    "dates.csv": "path,date\na.txt,2023-08-02\nb.txt,May 2\n",
    "settings-typo/a.txt": ROOT / SAMPLES / "report_a.txt",
    "settings-typo/b.txt": ROOT / SAMPLES / "report_b.txt",
}
MARKER = re.compile(r"^<!-- (example|file): (.*?) -->$")
ELISION = "…"


@dataclass
class Example:
    """One marked block of the README: what to run and where its block lies."""

    kind: str  #: "example" (run a command) or "file" (show a file)
    command: str  #: the command line, or the file's path
    options: dict[str, str]
    line: int  #: the marker's line number (1-based)
    start: int  #: index of the block's first line in the README's lines
    end: int  #: index one past the block's last line
    fenced: bool
    shown: list[str] = field(default_factory=list)  #: the block's lines as the README has them

    @property
    def abridged(self) -> bool:
        return any(key in self.options for key in ("rows", "head", "tail"))

    @property
    def name(self) -> str:
        return f"README.md:{self.line}: {self.command}"


def parse(text: str) -> list[Example]:
    """Every marked block of the README, in order."""
    lines = text.split("\n")
    examples = []
    for index, line in enumerate(lines):
        match = MARKER.match(line)
        if not match:
            continue
        spec, _, opts = match.group(2).partition(" ; ")
        options = dict(item.split("=", 1) for item in opts.split())
        start = index + 1
        while start < len(lines) and not lines[start].strip():
            start += 1
        fenced = start < len(lines) and lines[start].startswith("```")
        if fenced:
            start, end = start + 1, start + 1
            while end < len(lines) and lines[end] != "```":
                end += 1
            if end == len(lines):
                raise ValueError(f"README.md:{index + 1}: the block after the marker is not closed")
            shown = lines[start:end]
        elif start < len(lines) and lines[start].startswith("    "):
            end = start
            while end < len(lines) and lines[end].startswith("    "):
                end += 1
            shown = [row[4:] for row in lines[start:end]]
        else:
            raise ValueError(f"README.md:{index + 1}: no fenced or indented block after the marker")
        examples.append(Example(match.group(1), spec.strip(), options, index + 1, start, end, fenced, shown))
    return examples


def shown_command(text: str, example: Example) -> str | None:
    """The indented ``reportcheck ...`` line just before the marker, if the README shows one."""
    lines = text.split("\n")
    index = example.line - 2
    while index >= 0 and not lines[index].strip():
        index -= 1
    if index >= 0 and lines[index].startswith("    reportcheck "):
        return lines[index].strip()
    return None


@contextlib.contextmanager
def scratch_folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="readme-examples-") as name:
        folder = Path(name)
        for path, content in SCRATCH.items():
            target = folder / path
            if path.endswith("/"):
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, Path):
                shutil.copyfile(content, target)
            else:
                target.write_text(content, encoding="utf-8")
        yield folder


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str


def run(command: str, cwd: str = ".") -> Run:
    """Run one ``reportcheck ...`` command line in-process, as a user would type it."""
    from typer.testing import CliRunner

    from reportcheck.cli import app

    args = shlex.split(command)
    if args[0] != "reportcheck":
        raise ValueError(f"an example runs reportcheck, not {args[0]!r}: {command}")
    with contextlib.ExitStack() as stack:
        if cwd == "." or not cwd:
            folder = ROOT
        elif cwd == "scratch" or cwd.startswith("scratch/"):
            folder = stack.enter_context(scratch_folder()) / cwd.removeprefix("scratch").lstrip("/")
        elif Path(cwd).is_absolute():  # a folder the caller made (the tests' own inputs)
            folder = Path(cwd)
        else:
            raise ValueError(f"cwd={cwd}: use scratch or scratch/NAME")
        stack.enter_context(contextlib.chdir(folder))
        result = CliRunner().invoke(app, args[1:], prog_name="reportcheck", env=ENV)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise RuntimeError(f"{command}: {result.exception!r}") from result.exception
        return Run(result.exit_code, _relative(result.stdout, folder), _relative(result.stderr, folder))


def _relative(text: str, folder: Path) -> str:
    for path in {folder, folder.resolve(), ROOT, ROOT.resolve()}:
        text = text.replace(f"{path}/", "").replace(str(path), ".")
    return text


def _table_rows(lines: list[str], wanted: str) -> list[str]:
    """The first table cut to its header and the wanted rows, closed by its bottom border."""
    top = next((i for i, line in enumerate(lines) if line.startswith("┏")), None)
    if top is None:
        raise ValueError("rows= needs a table, and the output has none")
    head_end = next(i for i in range(top, len(lines)) if lines[i].startswith("┡"))
    bottom = next(i for i in range(head_end, len(lines)) if lines[i].startswith("└"))
    rows: list[list[str]] = [[]]
    separator = None
    for line in lines[head_end + 1 : bottom]:
        if line.startswith("├"):
            separator = line
            rows.append([])
        else:
            rows[-1].append(line)
    if wanted.isdigit():
        chosen = rows[: int(wanted)]
    else:
        prefixes = tuple(wanted.split(","))
        chosen = [row for row in rows if row and row[0].split("│")[1].strip().startswith(prefixes)]
        if len(chosen) < len(prefixes):
            raise ValueError(f"rows={wanted}: only {len(chosen)} row(s) of the table start so")
    body: list[str] = []
    for number, row in enumerate(chosen):
        if number:
            body.append(separator or "")
        body.extend(row)
    # a centred title above the table is dropped; anything else before it is kept
    before = [line for line in lines[:top] if not line.startswith(" ")]
    return before + lines[top : head_end + 1] + body + lines[bottom:]


def render(example: Example) -> tuple[list[str], list[str]]:
    """The block's lines as the tool makes them now, and the problems found on the way."""
    problems = []
    if example.kind == "file":
        lines = (ROOT / example.command).read_text(encoding="utf-8").rstrip("\n").split("\n")
    else:
        result = run(example.command, example.options.get("cwd", "."))
        expected_exit = int(example.options.get("exit", "0"))
        if result.exit_code != expected_exit:
            problems.append(f"{example.name}: exits {result.exit_code}, the README says {expected_exit}")
        text = result.stderr if example.options.get("stream") == "stderr" else result.stdout
        lines = [line.rstrip() for line in text.rstrip("\n").split("\n")]
    if "from" in example.options:
        first = next((i for i, line in enumerate(lines) if line.startswith(example.options["from"])), None)
        if first is None:
            raise ValueError(f"{example.name}: no line starts with {example.options['from']!r}")
        lines = lines[first:]
    if "rows" in example.options:
        lines = _table_rows(lines, example.options["rows"])
    head, tail = int(example.options.get("head", 0)), int(example.options.get("tail", 0))
    if head and tail and head + tail < len(lines):
        lines = [*lines[:head], ELISION, *lines[-tail:]]
    elif head:
        lines = lines[:head]
    elif tail:
        lines = lines[-tail:]
    return lines, problems


def check_one(text: str, example: Example) -> tuple[list[str], list[str]]:
    """The block as it should read, and every way the README's block falls short of it."""
    lines, problems = render(example)
    shown = shown_command(text, example)
    if example.kind == "example" and shown is not None and shown != example.command:
        problems.append(f"{example.name}: the README shows `{shown}`, the example runs `{example.command}`")
    if lines != example.shown:
        diff = difflib.unified_diff(example.shown, lines, "README.md", "real output", lineterm="", n=1)
        problems.append(f"{example.name}: the block differs from the real output:\n" + "\n".join(diff))
    return lines, problems


def update(text: str) -> tuple[str, list[str]]:
    """The README with every block rebuilt, and the problems an update cannot fix."""
    lines = text.split("\n")
    problems = []
    # from the last block back, so the earlier blocks' line numbers hold
    for example in reversed(parse(text)):
        new, found = check_one(text, example)
        problems += [p for p in found if "differs from the real output" not in p]
        block = new if example.fenced else ["    " + line if line else "" for line in new]
        lines[example.start : example.end] = block
    return "\n".join(lines), problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--update", action="store_true", help="rewrite the README's blocks from real runs")
    mode.add_argument("--check", action="store_true", help="exit 1 with a diff if a block is stale (default)")
    args = parser.parse_args(argv)
    # this checkout's reportcheck, even where another checkout is installed in the virtualenv
    sys.path.insert(0, str(ROOT / "src"))
    text = README.read_text(encoding="utf-8")
    if args.update:
        new, problems = update(text)
        if new != text:
            README.write_text(new, encoding="utf-8")
            print("README.md: examples rewritten; read the diff", file=sys.stderr)
    else:
        problems = [p for example in parse(text) for p in check_one(text, example)[1]]
        if problems:
            problems.append("run: PYTHONPATH=src python scripts/readme_examples.py --update")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
