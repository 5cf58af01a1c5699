"""Precision and recall of the furniture that load drops, against hand labels.

Run ``python benchmarks/furniture_labels.py [CORPUS] [--labels FILE] [--misses]``.
The labels (``tests/load/furniture_labels.jsonl``) mark the page furniture of a
seeded sample of 40 articles of the SemEval-2018 Task 5 / GVC dev corpus
(default ``../shared/corpus/semeval_gvc_dev`` beside the repository), made by a
labeller who had not seen the rules: per article its id, the length of the
text and the SHA-256 of the file, and the furniture as character spans of the text with a
type (byline, caption, share, ad ...), never the text itself.

Each article is loaded as ``reportcheck`` loads it; what load drops
(``LoadedReport.dropped``, spans of the original text) is set against the
labelled spans character by character, counting only characters that are not
white space (a line's break or a trailing space is nobody's furniture).
Precision: of the characters dropped, the share labelled furniture; recall:
of the characters labelled furniture, the share dropped.  Recall is also given
by labelled type, and precision by the rule that dropped.  ``--misses`` lists
the stretches counted wrong (offsets and rule or type only).  The corpus is
for research only: nothing of its text is printed or kept.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from reportcheck.load import load_report  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "semeval_gvc_dev"
DEFAULT_LABELS = ROOT / "tests" / "load" / "furniture_labels.jsonl"


@dataclass
class Scores:
    """Character counts over the sample, overall, per labelled type and per rule."""

    dropped: int = 0
    labelled: int = 0
    both: int = 0
    labelled_by_type: Counter[str] | None = None
    found_by_type: Counter[str] | None = None
    dropped_by_rule: Counter[str] | None = None
    right_by_rule: Counter[str] | None = None
    articles: int = 0
    mismatched: int = 0

    def __post_init__(self) -> None:
        self.labelled_by_type = Counter()
        self.found_by_type = Counter()
        self.dropped_by_rule = Counter()
        self.right_by_rule = Counter()

    @property
    def precision(self) -> float:
        return self.both / self.dropped if self.dropped else 1.0

    @property
    def recall(self) -> float:
        return self.both / self.labelled if self.labelled else 1.0


def read_labels(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(corpus: Path, labels: list[dict], misses: list[str] | None = None) -> Scores:
    """Set what load drops against the labels, article by article."""
    scores = Scores()
    for record in labels:
        path = corpus / "text" / f"{record['id']}.txt"
        report = load_report(path)
        original = report.original
        if len(original) != record["length"] or record["sha256"] not in (_sha(original), report.sha256):
            scores.mismatched += 1
            continue
        scores.articles += 1
        labelled: dict[int, str] = {}
        for start, end, kind in record["furniture"]:
            for offset in range(start, end):
                if not original[offset].isspace():
                    labelled[offset] = kind
        dropped: dict[int, str] = {}
        for item in report.dropped:
            for offset in range(item.start, item.end):
                if not original[offset].isspace():
                    dropped[offset] = item.rule
        scores.labelled += len(labelled)
        scores.dropped += len(dropped)
        for offset, kind in labelled.items():
            assert scores.labelled_by_type is not None and scores.found_by_type is not None
            scores.labelled_by_type[kind] += 1
            if offset in dropped:
                scores.both += 1
                scores.found_by_type[kind] += 1
        for offset, rule in dropped.items():
            assert scores.dropped_by_rule is not None and scores.right_by_rule is not None
            scores.dropped_by_rule[rule] += 1
            if offset in labelled:
                scores.right_by_rule[rule] += 1
        if misses is not None:
            misses.extend(_misses(record["id"], labelled, dropped))
    return scores


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _misses(article: str, labelled: dict[int, str], dropped: dict[int, str]) -> list[str]:
    """Runs of characters labelled but kept, or dropped but not labelled (offsets only)."""
    lines = []
    for name, wrong in (
        ("kept, labelled", {o: k for o, k in labelled.items() if o not in dropped}),
        ("dropped, not labelled", {o: r for o, r in dropped.items() if o not in labelled}),
    ):
        start = previous = None
        for offset in sorted(wrong):
            if previous is not None and offset > previous + 2:
                lines.append(f"{article} {start}-{previous + 1} {name} ({wrong[start]})")
                start = None
            if start is None:
                start = offset
            previous = offset
        if start is not None and previous is not None:
            lines.append(f"{article} {start}-{previous + 1} {name} ({wrong[start]})")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    parser.add_argument("--misses", action="store_true", help="list the stretches counted wrong")
    args = parser.parse_args(argv)
    if not (args.corpus / "text").is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    misses: list[str] | None = [] if args.misses else None
    scores = score(args.corpus, read_labels(args.labels), misses)
    print(f"articles: {scores.articles} (text not as labelled: {scores.mismatched})")
    print(f"characters labelled furniture: {scores.labelled}, dropped: {scores.dropped}, both: {scores.both}")
    print(f"precision: {scores.precision:.1%}")
    print(f"recall:    {scores.recall:.1%}")
    assert scores.labelled_by_type is not None and scores.found_by_type is not None
    print("recall by labelled type:")
    for kind, count in scores.labelled_by_type.most_common():
        print(f"  {kind:<16} {scores.found_by_type[kind] / count:6.1%}  of {count}")
    assert scores.dropped_by_rule is not None and scores.right_by_rule is not None
    print("precision by rule:")
    for rule, count in scores.dropped_by_rule.most_common():
        print(f"  {rule:<28} {scores.right_by_rule[rule] / count:6.1%}  of {count}")
    for line in misses or []:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
