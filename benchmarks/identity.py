"""Record reportcheck's output and check that a later build prints the same bytes.

Run ``python benchmarks/identity.py record DIR`` before a change that must
not change behaviour (a restructuring), and ``python benchmarks/identity.py
check DIR`` after it.  ``--only NAME`` (repeatable) runs one set, ``--limit N``
the first N items of each set (for ``sample``, the first N of its outputs
in the order listed below; a quick run; ``check`` uses the limit each set
was recorded with unless given a smaller one).  ``pick-ecbplus`` rewrites the
checked-in list of ECB+ texts (seeded; it should never need to).

The sets (the cwd is the repository, so every path the output names is
relative, e.g. ``../shared/corpus/gvdb_dev/text/1003.txt``):

* ``sample``: the sample pair (``data/sample_reports/novoshakhtinsk``):
  ``compare`` in every format (table at a fixed width of 140 columns, json,
  csv, markdown, html, xlsx) and, with ``--all``, as table and json;
  ``check`` of each report against ``factsheet.yaml`` in every format
  (table, json, github, junit); ``extract`` of each report as table and json;
* ``pairs``: ``compare --format json`` on every pair of
  ``../shared/eval/dev_pairs.jsonl`` (paths relative to that file's folder);
* ``gvdb``: ``extract --format json`` on every text of
  ``../shared/corpus/gvdb_dev/text`` (by file name);
* ``ecbplus``: ``extract --format json`` on the texts listed in
  ``benchmarks/data/identity_ecbplus.txt`` (200 of ``ecbplus_dev/text``,
  drawn with seed 12; the list is checked in, never the texts);
* ``batch``: ``batch --format json`` on the first 100 texts of that list,
  copied into a temporary folder ``ecbplus100`` (the cwd of that run);
* ``gvdb_table``: the stdout of ``benchmarks/gvdb_dev.py`` (run with this
  interpreter; its stderr carries only progress lines and is not kept; its
  stdout has no timing lines).

Each command runs in this process through typer's ``CliRunner`` (the spaCy
pipeline loads once), exactly as the console script would parse and render
it; settings come from the repository's pyproject.toml (it has no
``[tool.reportcheck]``).  The code run is this checkout's ``src/`` (put first
on ``sys.path``, and on ``PYTHONPATH`` for gvdb_dev.py), whatever reportcheck
the virtualenv has installed.

``record`` writes ``DIR/manifest.json`` (per output: file, sha256, exit
status, stderr) and every output as a file, ``DIR/<set>/<name>``, so a
difference can be shown.  DIR must be outside the repository: the corpora
are for research use and their texts must not be copied into it.
``check`` re-runs the sets and prints, per set, "N identical, M differ",
a short unified diff for the first few differences, and exits 1 when
anything differs (an output, an exit status, stderr, or an output missing
or new).

Everything compares byte for byte, except what is legitimately variable:

* the ``schema_version`` key that the restructuring adds to the JSON
  outputs: removed from JSON text wherever it stands (any level), as text,
  so indentation, key order and every other byte still compare exactly;
* absolute paths of the repository, ``../shared`` and the temporary folder,
  replaced by ``<repo>``, ``<shared>`` and ``<tmp>`` in every text output
  and stderr (no output names one today: the paths given are relative);
* xlsx: compared by sheet cell values (the writer pins its zip and document
  timestamps, so today its bytes are deterministic too; a difference in
  bytes with equal cells is reported as a note, not a failure).

An output identical only after normalising is counted as identical and
the count of such outputs is printed.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SRC = REPO / "src"
SHARED = (REPO.parent / "shared").resolve()
SAMPLE = "data/sample_reports/novoshakhtinsk"
DEV_PAIRS = SHARED / "eval" / "dev_pairs.jsonl"
GVDB_TEXT = SHARED / "corpus" / "gvdb_dev" / "text"
ECBPLUS_TEXT = SHARED / "corpus" / "ecbplus_dev" / "text"
ECBPLUS_LIST = Path(__file__).resolve().parent / "data" / "identity_ecbplus.txt"
ECBPLUS_SEED = 12
ECBPLUS_COUNT = 200
BATCH_COUNT = 100
BATCH_FOLDER = "ecbplus100"
#: the terminal width the table renderings are made at
COLUMNS = "140"
#: the environment every command sees: a fixed width; colour never forced
ENV = {"COLUMNS": COLUMNS, "LINES": "50", "FORCE_COLOR": None, "TTY_COMPATIBLE": None}
SETS = ("sample", "pairs", "gvdb", "ecbplus", "batch", "gvdb_table")
#: differences shown in full (as a unified diff) per set
SHOWN_DIFFS = 3
DIFF_LINES = 40
MANIFEST = "manifest.json"


@dataclass
class Output:
    """One recorded output: the bytes a command printed (or wrote), its exit status and stderr."""

    name: str
    data: bytes
    exit: int
    stderr: str


@dataclass
class Context:
    limit: int | None
    tmp: Path


# -- running commands ---------------------------------------------------------------------------


def use_this_checkout() -> None:
    """Import reportcheck from this checkout's src/, not from wherever the venv points."""
    if str(SRC) not in sys.path:
        sys.path.insert(0, str(SRC))


_runner = None


def invoke(name: str, args: list[str], output_file: Path | None = None) -> Output:
    """``reportcheck ARGS`` in this process; its stdout (or ``output_file``) as the output."""
    global _runner
    from typer.testing import CliRunner

    from reportcheck.cli import app

    if _runner is None:
        _runner = CliRunner()
    result = _runner.invoke(app, args, env=ENV)
    stderr = result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        stderr += f"exception: {type(result.exception).__name__}: {result.exception}\n"
    written = output_file is not None and output_file.exists()
    data = output_file.read_bytes() if written else result.stdout_bytes
    return Output(name, data, result.exit_code, stderr)


def warm_place_index() -> None:
    """Build the place index before any output is recorded: a first run's
    notice on stderr ("building the place index...") is no difference."""
    invoke("index", ["index", "--quiet"])


@contextmanager
def working_directory(path: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


def relative(path: Path) -> str:
    """A path as the repository sees it: ``../shared/...``."""
    return os.path.relpath(path.resolve(), REPO)


def first(items: list, limit: int | None) -> list:
    return items if limit is None else items[:limit]


# -- the sets -----------------------------------------------------------------------------------

EXTENSIONS = {"table": "table.txt", "json": "json", "csv": "csv", "markdown": "md", "html": "html"}
CHECK_EXTENSIONS = {"table": "table.txt", "json": "json", "github": "github.txt", "junit": "junit.xml"}


def sample_set(context: Context) -> Iterator[Output]:
    return islice(sample_outputs(context), context.limit)


def sample_outputs(context: Context) -> Iterator[Output]:
    a, b = f"{SAMPLE}/report_a.txt", f"{SAMPLE}/report_b.txt"
    facts = f"{SAMPLE}/factsheet.yaml"
    for fmt, ext in EXTENSIONS.items():
        yield invoke(f"compare.{ext}", ["compare", a, b, "--format", fmt])
    xlsx = context.tmp / "compare.xlsx"
    yield invoke("compare.xlsx", ["compare", a, b, "--format", "xlsx", "-o", str(xlsx)], output_file=xlsx)
    for fmt in ("table", "json"):
        yield invoke(f"compare-all.{EXTENSIONS[fmt]}", ["compare", a, b, "--all", "--format", fmt])
    for letter, report in (("a", a), ("b", b)):
        for fmt, ext in CHECK_EXTENSIONS.items():
            yield invoke(f"check-{letter}.{ext}", ["check", report, "--facts", facts, "--format", fmt])
        for fmt in ("table", "json"):
            yield invoke(f"extract-{letter}.{EXTENSIONS[fmt]}", ["extract", report, "--format", fmt])


def dev_pairs() -> list[dict]:
    with DEV_PAIRS.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def pairs_set(context: Context) -> Iterator[Output]:
    for pair in first(dev_pairs(), context.limit):
        a, b = (relative(DEV_PAIRS.parent / pair[side]) for side in ("a", "b"))
        yield invoke(f"{pair['id']}.json", ["compare", a, b, "--format", "json"])


def gvdb_texts() -> list[Path]:
    return sorted(GVDB_TEXT.glob("*.txt"))


def gvdb_set(context: Context) -> Iterator[Output]:
    for path in first(gvdb_texts(), context.limit):
        yield invoke(f"{path.stem}.json", ["extract", relative(path), "--format", "json"])


def ecbplus_names() -> list[str]:
    """The checked-in list: paths under ecbplus_dev/text, one a line ('#' starts a comment)."""
    lines = ECBPLUS_LIST.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def ecbplus_set(context: Context) -> Iterator[Output]:
    for name in first(ecbplus_names(), context.limit):
        path = ECBPLUS_TEXT / name
        yield invoke(f"{path.stem}.json", ["extract", relative(path), "--format", "json"])


def batch_set(context: Context) -> Iterator[Output]:
    names = first(ecbplus_names()[:BATCH_COUNT], context.limit)
    folder = context.tmp / BATCH_FOLDER
    folder.mkdir()
    for name in names:
        target = folder / Path(name).name
        if target.exists():
            raise SystemExit(f"identity: two listed ECB+ texts are named {target.name}")
        shutil.copyfile(ECBPLUS_TEXT / name, target)
    with working_directory(context.tmp):
        yield invoke("batch.json", ["batch", BATCH_FOLDER, "--format", "json"])


def gvdb_table_set(context: Context) -> Iterator[Output]:
    command = [sys.executable, str(REPO / "benchmarks" / "gvdb_dev.py")]
    if context.limit is not None:
        command += ["--limit", str(context.limit)]
    path = os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))
    done = subprocess.run(command, cwd=REPO, capture_output=True, env={**os.environ, "PYTHONPATH": path})
    # stderr holds progress lines ("  50/400 articles") only, unless it failed
    stderr = "" if done.returncode == 0 else done.stderr.decode("utf-8", "replace")
    yield Output("gvdb_dev.txt", done.stdout, done.returncode, stderr)


RUNNERS: dict[str, Callable[[Context], Iterator[Output]]] = {
    "sample": sample_set,
    "pairs": pairs_set,
    "gvdb": gvdb_set,
    "ecbplus": ecbplus_set,
    "batch": batch_set,
    "gvdb_table": gvdb_table_set,
}


def run_set(name: str, limit: int | None) -> tuple[list[Output], float]:
    started = time.perf_counter()
    outputs = []
    with tempfile.TemporaryDirectory(prefix="identity-") as tmp, working_directory(REPO):
        context = Context(limit, Path(tmp))
        for index, output in enumerate(RUNNERS[name](context), start=1):
            outputs.append(output)
            if index % 50 == 0:
                print(f"  {name}: {index} outputs, {time.perf_counter() - started:.0f} s", file=sys.stderr)
    seen = [output.name for output in outputs]
    if len(set(seen)) != len(seen):
        raise SystemExit(f"identity: set {name} names two outputs alike")
    return outputs, time.perf_counter() - started


# -- normalising and comparing ------------------------------------------------------------------

_SCALAR = r'(?:"(?:[^"\\\n]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)'
#: ``"schema_version": ...`` on a line of its own (indented JSON), with its comma if any
_VERSION_LINE = re.compile(r'\n[ \t]*"schema_version":[ \t]*' + _SCALAR + r"(,?)")
#: the same inside one line (compact JSON): before another key, or after one
_VERSION_BEFORE = re.compile(r'"schema_version":\s*' + _SCALAR + r"\s*,\s*")
_VERSION_AFTER = re.compile(r',\s*"schema_version":\s*' + _SCALAR)


def drop_schema_version(text: str) -> str:
    """JSON text without its ``schema_version`` keys, every other character kept."""
    if '"schema_version"' not in text:
        return text
    kept, position = [], 0
    for match in _VERSION_LINE.finditer(text):
        before = text[position : match.start()]
        if not match.group(1) and before.endswith(","):  # the object's last key: drop the comma before it
            before = before[:-1]
        kept.append(before)
        position = match.end()
    kept.append(text[position:])
    text = "".join(kept)
    text = _VERSION_AFTER.sub("", _VERSION_BEFORE.sub("", text))
    if '"schema_version"' in text:
        raise ValueError("a schema_version whose value is not a scalar")
    return text


#: the temporary folder of any run (its name is random), as written into stderr ("wrote ...")
ANY_RUN_FOLDER = re.compile(re.escape(tempfile.gettempdir()) + r"/identity-\w+")


def drop_paths(text: str, tmp: str | None = None) -> str:
    """Absolute paths of the repository, shared/ and the temporary folder as placeholders."""
    for path, placeholder in ((tmp, "<tmp>"), (str(REPO), "<repo>"), (str(SHARED), "<shared>")):
        if path:
            text = text.replace(path, placeholder)
    return ANY_RUN_FOLDER.sub("<tmp>", text)


def xlsx_cells(data: bytes) -> str:
    """Every non-empty cell of every sheet, one a line: ``sheet!A1<TAB>repr(value)``."""
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(data))
    lines = []
    for sheet in workbook.worksheets:
        lines.append(f"[{sheet.title}]")
        for row in sheet.iter_rows():
            cells = [cell for cell in row if cell.value is not None]
            lines += [f"{sheet.title}!{cell.coordinate}\t{cell.value!r}" for cell in cells]
    return "\n".join(lines) + "\n"


def comparable(name: str, data: bytes) -> str:
    """The output as the text that is compared (see the module docstring)."""
    if name.endswith(".xlsx"):
        return drop_paths(xlsx_cells(data)) if data else ""
    text = drop_paths(data.decode("utf-8", "surrogateescape"))
    return drop_schema_version(text) if name.endswith(".json") else text


@dataclass
class Verdict:
    same: bool
    normalised: bool = False  # equal only after normalising
    diff: str = ""
    note: str = ""


def diff_lines(old: str, new: str, label: str) -> str:
    before, after = old.splitlines(keepends=True), new.splitlines(keepends=True)
    lines = list(difflib.unified_diff(before, after, f"baseline/{label}", f"now/{label}", n=2))
    cut = len(lines) > DIFF_LINES
    shown = "".join(line if line.endswith("\n") else line + "\n" for line in lines[:DIFF_LINES])
    return shown + (f"... ({len(lines) - DIFF_LINES} more diff lines)\n" if cut else "")


def judge(label: str, recorded: dict, old_data: bytes, new: Output) -> Verdict:
    problems = []
    if recorded["exit"] != new.exit:
        problems.append(f"exit status {recorded['exit']} -> {new.exit}\n")
    old_stderr, new_stderr = drop_paths(recorded["stderr"]), drop_paths(new.stderr)
    if old_stderr != new_stderr:
        problems.append(diff_lines(old_stderr, new_stderr, label + " (stderr)"))
    if old_data == new.data:
        return Verdict(not problems, diff="".join(problems))
    try:
        old_text, new_text = comparable(new.name, old_data), comparable(new.name, new.data)
    except ValueError as error:
        return Verdict(False, diff="".join(problems) + f"cannot normalise: {error}\n")
    if old_text == new_text:
        note = "xlsx bytes differ, cell values identical" if new.name.endswith(".xlsx") else ""
        return Verdict(not problems, normalised=True, diff="".join(problems), note=note)
    return Verdict(False, diff="".join(problems) + diff_lines(old_text, new_text, label))


# -- record and check ---------------------------------------------------------------------------


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def chosen_sets(only: list[str] | None) -> list[str]:
    return list(only) if only else list(SETS)


def outside_repository(folder: Path) -> Path:
    folder = folder.resolve()
    if folder == REPO or REPO in folder.parents:
        raise SystemExit(f"identity: {folder} is in the repository; record outside it (research-use texts)")
    return folder


def describe_code() -> str:
    import reportcheck

    return str(Path(reportcheck.__file__).resolve().parent)


def record(folder: Path, only: list[str] | None, limit: int | None) -> int:
    folder = outside_repository(folder)
    manifest_path = folder / MANIFEST
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {"sets": {}}
    print(f"identity: recording into {folder} with reportcheck from {describe_code()}", file=sys.stderr)
    started = time.perf_counter()
    for name in chosen_sets(only):
        outputs, seconds = run_set(name, limit)
        target = folder / name
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        entries = {}
        for output in outputs:
            (target / output.name).write_bytes(output.data)
            entries[output.name] = {
                "file": f"{name}/{output.name}",
                "sha256": sha256(output.data),
                "exit": output.exit,
                "stderr": output.stderr,
            }
        manifest["sets"][name] = {"limit": limit, "seconds": round(seconds, 1), "outputs": entries}
        if name in ("ecbplus", "batch"):
            manifest["sets"][name]["list_sha256"] = sha256(ECBPLUS_LIST.read_bytes())
        manifest_path.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
        print(f"{name}: {len(outputs)} outputs recorded in {seconds:.1f} s", flush=True)
    print(f"record: {time.perf_counter() - started:.1f} s in all", flush=True)
    return 0


def check(folder: Path, only: list[str] | None, limit: int | None) -> int:
    folder = folder.resolve()
    if not (folder / MANIFEST).is_file():
        raise SystemExit(f"identity: no {MANIFEST} in {folder}; record a baseline there first")
    manifest = json.loads((folder / MANIFEST).read_text())
    print(f"identity: checking against {folder} with reportcheck from {describe_code()}", file=sys.stderr)
    started = time.perf_counter()
    failed = False
    for name in chosen_sets(only):
        if name not in manifest["sets"]:
            print(f"{name}: not recorded in {folder}")
            failed = True
            continue
        recorded = manifest["sets"][name]
        recorded_limit = recorded["limit"]
        smaller = limit is not None and (recorded_limit is None or limit < recorded_limit)
        run_limit = limit if smaller else recorded_limit
        if name in ("ecbplus", "batch") and recorded.get("list_sha256") != sha256(ECBPLUS_LIST.read_bytes()):
            print(f"{name}: {ECBPLUS_LIST.name} changed since the baseline was recorded")
        outputs, seconds = run_set(name, run_limit)
        same = normalised = 0
        differ: list[tuple[str, Verdict]] = []
        notes = []
        for output in outputs:
            entry = recorded["outputs"].get(output.name)
            if entry is None:
                differ.append((output.name, Verdict(False, diff="not in the baseline\n")))
                continue
            verdict = judge(f"{name}/{output.name}", entry, (folder / entry["file"]).read_bytes(), output)
            if verdict.note:
                notes.append(f"{output.name}: {verdict.note}")
            if verdict.same:
                same += 1
                normalised += verdict.normalised
            else:
                differ.append((output.name, verdict))
        produced = {output.name for output in outputs}
        missing = [key for key in recorded["outputs"] if key not in produced]
        if not smaller:
            differ += [(key, Verdict(False, diff="in the baseline, not produced now\n")) for key in missing]
        failed = failed or bool(differ)
        line = f"{name}: {same} identical, {len(differ)} differ"
        if normalised:
            line += f" ({normalised} identical only after normalising)"
        if smaller and missing:
            line += f"; {len(missing)} not re-run (--limit {limit})"
        print(f"{line}  [{seconds:.1f} s]", flush=True)
        for note in notes:
            print(f"  note: {note}")
        for key, verdict in differ[:SHOWN_DIFFS]:
            print(f"--- {name}/{key}")
            print(verdict.diff, end="")
        if len(differ) > SHOWN_DIFFS:
            more = ", ".join(key for key, _ in differ[SHOWN_DIFFS:])
            print(f"  ... and {len(differ) - SHOWN_DIFFS} more: {more}")
    outcome = "DIFFERENCES" if failed else "all identical"
    print(f"check: {time.perf_counter() - started:.1f} s in all; {outcome}")
    return 1 if failed else 0


def pick_ecbplus() -> int:
    """Write the seeded list of ECB+ texts (only when the list is to be replaced)."""
    names = sorted(path.relative_to(ECBPLUS_TEXT).as_posix() for path in ECBPLUS_TEXT.rglob("*.txt"))
    chosen = random.Random(ECBPLUS_SEED).sample(names, ECBPLUS_COUNT)
    header = (
        f"# {ECBPLUS_COUNT} of the {len(names)} texts under ../shared/corpus/ecbplus_dev/text, drawn with\n"
        f"# random.Random({ECBPLUS_SEED}).sample(sorted names) by `benchmarks/identity.py pick-ecbplus`;\n"
        f"# benchmarks/identity.py extracts each and batches the first {BATCH_COUNT}.  Names only: no text.\n"
    )
    ECBPLUS_LIST.parent.mkdir(exist_ok=True)
    ECBPLUS_LIST.write_text(header + "\n".join(chosen) + "\n", encoding="utf-8")
    print(f"wrote {len(chosen)} names to {ECBPLUS_LIST}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("record", "check", "pick-ecbplus"))
    parser.add_argument("folder", nargs="?", type=Path, help="where the baseline is (outside the repository)")
    parser.add_argument("--only", action="append", choices=SETS, help="run this set only (repeatable)")
    parser.add_argument("--limit", type=int, default=None, help="the first N items of each set")
    args = parser.parse_args(argv)
    if args.action == "pick-ecbplus":
        return pick_ecbplus()
    if args.folder is None:
        parser.error(f"{args.action} needs a folder")
    use_this_checkout()
    warm_place_index()
    if args.action == "record":
        return record(args.folder, args.only, args.limit)
    return check(args.folder, args.only, args.limit)


if __name__ == "__main__":
    sys.exit(main())
