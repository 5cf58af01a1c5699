"""Score ``compare`` on the written pair sets kept in ``benchmarks/written_pairs/``.

Run ``python benchmarks/written_pairs.py [SET ...] [--from DIR] [--details]
[--keep DIR] [--scorer PATH]``.  With no SET every set folder under DIR
(default ``benchmarks/written_pairs``) is scored.

Why these sets.  The development pairs (``../shared/eval``) are few and
have been read many times; the project is judged on held-back pairs from
other incidents and outlets.  Each stop, readers who write no rules write
new sets the way other outlets write (a set's README says which outlets
and what was planted), and the tool runs on them *blind* before any change
of that stop: only the score lines and incident decisions are read.  The
next stop reads and diagnoses them.  Kept here, they survive the work area
of any one session and measure every later change.

Each set is a folder with ``gold.jsonl`` (the schema of
``../shared/eval/dev_pairs.jsonl``: paths of the two texts relative to the
folder, findings with kind, status, internal, the values and sentences as
written; every pair ``exhaustive``; two-incident pairs have
``"same_incident": false`` and no findings) and the texts under
``texts/``.  The texts are fictional incidents in real places, written for
the project: they are under its licence.

What it prints.  For each set, the line of the project's own scorer
(``../shared/eval/score_pairs.py``, run unchanged on the outputs, so the
figures are the ones its README defines: conflicts found, false alarms,
aligned, spurious conflicts, precision) and the incident decisions
(``incident_match``) on pairs of one incident and on pairs of two; then the
totals.  ``compare`` runs in this process with its defaults (one model
load for all pairs), exactly as ``reportcheck compare A B --format json``.
``--keep DIR`` writes each pair's JSON there (to diff two builds);
``--details`` passes the scorer's per-finding outcomes through.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SETS = REPO / "benchmarks" / "written_pairs"
SCORER = REPO.parent / "shared" / "eval" / "score_pairs.py"
SCORE_LINE = re.compile(
    r"conflicts found (\d+)/(\d+); false alarms (\d+)/(\d+); aligned (\d+)/(\d+); "
    r"unverified conflicts (\d+)(?:; spurious conflicts (\d+); precision (\d+)/(\d+))?"
)
#: the scorer's figures in the order it prints them (``benign`` twice: false alarms' and aligned's base)
FIELDS = (
    "found", "conflicts", "false_alarms", "benign", "aligned", "benign_", "unverified", "spurious", "precise",
    "flagged",
)  # fmt: skip


@dataclass
class SetResult:
    """One set's scorer line, parsed, and its incident decisions."""

    name: str
    score_line: str
    figures: dict[str, int] = field(default_factory=dict)
    decisions: dict[bool, Counter] = field(default_factory=lambda: {True: Counter(), False: Counter()})


def set_folders(names: list[str], sets: Path = SETS) -> list[Path]:
    """The set folders asked for under ``sets`` (all, in name order, when none is)."""
    if not names:
        return sorted(path.parent for path in sets.glob("*/gold.jsonl"))
    folders = [sets / name for name in names]
    for folder in folders:
        if not (folder / "gold.jsonl").is_file():
            known = ", ".join(path.parent.name for path in sorted(sets.glob("*/gold.jsonl")))
            raise SystemExit(f"written_pairs: {folder}: no gold.jsonl (sets: {known or 'none'})")
    return folders


def gold_pairs(folder: Path) -> list[dict]:
    lines = (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def compare_json(a: Path, b: Path) -> str:
    """What ``reportcheck compare A B --format json`` prints, computed in this process."""
    from reportcheck.api import compare_reports
    from reportcheck.export.jsonout import render_json

    return render_json(compare_reports([a, b]))


def decision_of(output: str) -> str:
    match = json.loads(output).get("incident_match") or {}
    return str(match.get("decision", "none"))


def score_set(folder: Path, out_dir: Path, scorer: Path, details: bool) -> SetResult:
    """Compare every pair of one set into ``out_dir``, then score the outputs with the scorer."""
    result = SetResult(folder.name, "")
    pairs = gold_pairs(folder)
    names = Counter(Path(pair["a"]).name for pair in pairs)
    if any(count > 1 for count in names.values()):
        raise SystemExit(f"written_pairs: {folder}: two pairs' first texts share a file name")
    for pair in pairs:
        output = compare_json(folder / pair["a"], folder / pair["b"])
        (out_dir / f"{Path(pair['a']).name}.json").write_text(output, encoding="utf-8")
        result.decisions[bool(pair.get("same_incident", True))][decision_of(output)] += 1
    # the scorer runs a command per pair: here it reads the output already computed
    template = f'cat {shlex.quote(str(out_dir))}/"$(basename {{a}})".json'
    command = [sys.executable, str(scorer), str(folder / "gold.jsonl"), "--cmd", template]
    printed = subprocess.run(command + (["--details"] if details else []), capture_output=True, text=True)
    lines = printed.stdout.splitlines()
    if details:
        print("\n".join(line for line in lines[:-1]))
    result.score_line = _score_line(printed)
    result.figures = read_score_line(result.score_line)
    return result


def _score_line(printed: subprocess.CompletedProcess[str]) -> str:
    """The scorer's totals line, or why there is none.

    A scorer that stops half-way (a gold finding it cannot read) has printed
    detail lines already; its last one must not pass for the set's totals.
    """
    lines = printed.stdout.splitlines()
    if printed.returncode != 0 or not lines:
        reason = (printed.stderr.strip().splitlines() or [f"exit {printed.returncode}"])[-1]
        return f"scorer failed: {reason[-200:]}"
    return lines[-1]


def read_score_line(line: str) -> dict[str, int]:
    """The scorer's totals line as figures (empty when the line is not one)."""
    found = SCORE_LINE.search(line)
    if not found:
        return {}
    numbers = [int(group) if group else 0 for group in found.groups()]
    return dict(zip(FIELDS, numbers, strict=True))


def decisions_line(result: SetResult) -> str:
    def told(counter: Counter) -> str:
        return ", ".join(
            f"{name} {counter[name]}" for name in ("same", "unsure", "different") if counter[name]
        )

    one, two = result.decisions[True], result.decisions[False]
    return f"  incident_match: one incident ({told(one) or 'none'}); two incidents ({told(two) or 'none'})"


def totals_line(results: list[SetResult]) -> str:
    total: Counter = Counter()
    for result in results:
        total.update(result.figures)
    return (
        f"all {len(results)} sets: conflicts found {total['found']}/{total['conflicts']}; "
        f"false alarms {total['false_alarms']}/{total['benign']}; "
        f"aligned {total['aligned']}/{total['benign']}; "
        f"spurious conflicts {total['spurious']}; precision {total['precise']}/{total['flagged']}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set folders under --from (default: all)")
    parser.add_argument("--from", dest="folder", type=Path, default=SETS, help="where the sets are")
    parser.add_argument("--details", action="store_true", help="the scorer's outcome for every gold finding")
    parser.add_argument("--keep", type=Path, help="write each pair's compare JSON under DIR/SET/")
    parser.add_argument("--scorer", type=Path, default=SCORER, help="the project's score_pairs.py")
    args = parser.parse_args(argv)
    if not args.scorer.is_file():
        raise SystemExit(f"written_pairs: {args.scorer}: the scorer is missing (see ../shared/eval)")
    results = []
    for folder in set_folders(args.sets, args.folder):
        with tempfile.TemporaryDirectory() as scratch:
            out_dir = args.keep / folder.name if args.keep else Path(scratch)
            out_dir.mkdir(parents=True, exist_ok=True)
            result = score_set(folder, out_dir, args.scorer, args.details)
        results.append(result)
        print(f"{result.name}: {result.score_line}")
        print(decisions_line(result))
    if len(results) > 1:
        print(totals_line(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
