"""Noise audit: how many conflicts ``compare`` raises on same-incident pairs, no gold needed.

Run ``python benchmarks/noise_audit.py [--corpus ecbplus|gvc|both] [--limit N]
[--many-figures] [--sample K --sample-out PATH]`` (``--help`` lists the rest).

What it measures.  Two articles on one incident mostly agree: a conflict
``compare`` raises on such a pair is either a real disagreement between the
outlets (a toll updated, an age misprinted) or noise (two events, two
measures, two people read as one fact; a misread figure).  The gold pairs
(``../shared/eval``) are few; this audit runs ``compare`` over every
same-incident pair of two corpora beside the repository and counts the
conflicts it reports, so a rule change that makes the tool noisier shows at
once, at scale, without anyone writing gold findings:

* ``../shared/corpus/ecbplus_dev``: the pairs of ``pairs_incidents.jsonl``;
* ``../shared/corpus/semeval_gvc_dev``: every two articles whose annotation
  shares an ``incident`` (a Gun Violence Archive id).

For each corpus it prints the pairs run, the pairs with at least one
conflict, conflicts per pair split into cross-report and internal (inside one
report; an article's internal conflicts count again in every pair it is in,
as ``compare`` would print them), conflicts by claim kind, and the time taken.
It also counts the facts the two reports are found to share: the findings
that pair a value of one report with a value of the other as ``agree`` or
``compatible`` (aligned findings, per pair and by kind).  Two reports of one
incident share most of their facts, so more aligned findings per pair, with
no more conflicts, means more of each report's facts are matched with the
other's (``--pairs`` adds each pair's count with ``--aligned``).

Conflicts are counted as ``compare`` reports them: a conflict under the
threshold (``--min-confidence``, default the settings') is a possible conflict
and is not counted; ``--min-confidence 0`` counts every one.  The sample
records each conflict's confidence and reasons (benchmarks/confidence_fit.py
sets the weights on read samples).

A count is not a rate of error: how many of the conflicts are false is read,
not computed.  ``--sample K --sample-out PATH`` draws K distinct conflicts at
random (seeded) across the run and writes them as JSONL for a reader, with
the two article paths, the finding and each claim's text and sentence; the
reader records a verdict per id (``{"id", "verdict": true|false,
"error_class"}``) and ``--classify READINGS [SECOND_READINGS]`` prints the
table (true, false, false by error class, share false) and, given two
readers' files, where they agree.  The sample file quotes the articles'
sentences, so it belongs outside the repository (the texts are for research
use only; nothing of them is kept in the project).

Random pairs carry fewer figures than the stories where conflicts hide
(quakes with aftershocks, strikes on several places, shootings with several
victims): ``--many-figures`` runs instead the ``--limit`` pairs whose two
articles carry the most numeric claims (kinds in ``NUMERIC_KINDS``), ranked
by the poorer article of the two (a figure can only conflict with a figure
the other article gives too), which needs every article of the corpus
extracted first.

Each distinct article is loaded and extracted once in this process (an
article is in many pairs) and each pair is cross-checked with the library's
``cross_check``, with the working directory's settings, as ``reportcheck
compare`` would.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPORA = {
    "ecbplus": SHARED / "corpus" / "ecbplus_dev",
    "gvc": SHARED / "corpus" / "semeval_gvc_dev",
}
#: the claim kinds counted as figures for --many-figures
NUMERIC_KINDS = ("killed", "injured", "time", "date", "distance", "depth", "magnitude", "age")
#: the error classes a reader may give a false conflict (others are accepted and counted too)
ERROR_CLASSES = (
    "different event",
    "different measure",
    "different scope",
    "different people",
    "extraction error",
)


# ------------------------------------------------------------------ pairs


@dataclass(frozen=True)
class Pair:
    """Two articles of one incident; paths are absolute, ``rel_*`` relative to ``shared``."""

    corpus: str
    id: str
    a: Path
    b: Path

    def rel(self, path: Path, shared: Path) -> str:
        try:
            return str(path.relative_to(shared))
        except ValueError:
            return str(path)


def ecbplus_pairs(folder: Path) -> list[Pair]:
    """The pairs of ``pairs_incidents.jsonl``, in file order."""
    pairs = []
    with (folder / "pairs_incidents.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            pairs.append(
                Pair(
                    "ecbplus",
                    f"{row['incident']}:{row['a']}|{row['b']}",
                    folder / row["a"],
                    folder / row["b"],
                )
            )
    return pairs


def gvc_pairs(folder: Path) -> list[Pair]:
    """Every two articles whose annotation names the same ``incident``, by document id."""
    members: dict[str, list[str]] = defaultdict(list)
    for path in sorted((folder / "annotations").glob("*.json")):
        incident = json.loads(path.read_text(encoding="utf-8")).get("incident")
        if incident is not None and (folder / "text" / f"{path.stem}.txt").is_file():
            members[str(incident)].append(path.stem)
    pairs = []
    for incident in sorted(members):
        for a, b in itertools.combinations(sorted(members[incident]), 2):
            pairs.append(
                Pair("gvc", f"{incident}:{a}|{b}", folder / "text" / f"{a}.txt", folder / "text" / f"{b}.txt")
            )
    return pairs


PAIR_BUILDERS = {"ecbplus": ecbplus_pairs, "gvc": gvc_pairs}


def articles_of(pairs: Iterable[Pair]) -> list[Path]:
    """The distinct articles of some pairs, in order of first appearance."""
    return list(dict.fromkeys(path for pair in pairs for path in (pair.a, pair.b)))


def random_pairs(pairs: Sequence[Pair], limit: int | None, seed: int) -> list[Pair]:
    """``limit`` pairs chosen at random (seeded), kept in their corpus order; all without a limit."""
    if limit is None or limit >= len(pairs):
        return list(pairs)
    chosen = set(random.Random(seed).sample(range(len(pairs)), limit))
    return [pair for index, pair in enumerate(pairs) if index in chosen]


def many_figure_pairs(pairs: Sequence[Pair], figures: dict[Path, int], limit: int | None) -> list[Pair]:
    """The ``limit`` pairs whose poorer article carries the most numeric claims (ties:
    the pair with more in all, then corpus order), most first: a pair of a 40-figure
    roundup and a two-line brief sets at most two figures against each other."""
    ranked = sorted(
        range(len(pairs)),
        key=lambda i: (
            -min(figures[pairs[i].a], figures[pairs[i].b]),
            -(figures[pairs[i].a] + figures[pairs[i].b]),
            i,
        ),
    )
    return [pairs[i] for i in ranked[: limit if limit is not None else len(pairs)]]


# ------------------------------------------------------------------ extraction and checking


def extract_all(paths: Sequence[Path], model: str | None, batch: int = 16) -> dict[Path, object]:
    """Each article loaded and extracted once, numbered by its place in ``paths``."""
    from reportcheck.api import extract_reports
    from reportcheck.load import load_report

    extracted: dict[Path, object] = {}
    for start in range(0, len(paths), batch):
        chunk = list(paths[start : start + batch])
        loaded = [load_report(path) for path in chunk]
        indices = range(start, start + len(chunk))
        for path, report in zip(chunk, extract_reports(loaded, indices, model=model), strict=True):
            extracted[path] = report
    return extracted


def numeric_claims(report: object) -> int:
    return sum(1 for claim in report.claims if str(claim.kind) in NUMERIC_KINDS)


@dataclass
class PairResult:
    pair: Pair
    conflicts: list = field(default_factory=list)  # the conflict findings
    aligned: list = field(default_factory=list)  # the agree and compatible findings across the two reports

    @property
    def internal(self) -> int:
        return sum(1 for f in self.conflicts if f.internal)

    @property
    def cross(self) -> int:
        return len(self.conflicts) - self.internal


def check_pairs(
    pairs: Sequence[Pair],
    extracted: dict[Path, object],
    numbers: dict[Path, int],
    tolerances,
    min_confidence: float | None = None,
):
    """Each pair cross-checked as ``compare`` would; its conflict findings kept
    (not its possible conflicts: ``min_confidence`` 0 keeps every one a conflict)."""
    from reportcheck.api import cross_check
    from reportcheck.models import Status

    shared = (Status.agree, Status.compatible)
    results = []
    for pair in pairs:
        graded = {} if min_confidence is None else {"min_confidence": min_confidence}
        findings, _ = cross_check(
            [extracted[pair.a], extracted[pair.b]], tolerances, [numbers[pair.a], numbers[pair.b]], **graded
        )
        conflicts = [f for f in findings if f.status is Status.conflict]
        aligned = [f for f in findings if f.status in shared and len({c.report for c in f.claims}) == 2]
        results.append(PairResult(pair, conflicts, aligned))
    return results


# ------------------------------------------------------------------ figures


@dataclass
class CorpusFigures:
    corpus: str
    selection: str
    pairs: int
    articles: int
    with_conflict: int
    cross: int
    internal: int
    distinct_internal: int
    by_kind: Counter
    aligned: Counter  # agree and compatible findings across the two reports, by kind
    seconds_extract: float
    seconds_check: float

    @property
    def conflicts(self) -> int:
        return self.cross + self.internal

    def lines(self) -> list[str]:
        per = (lambda n: f"{n / self.pairs:.2f}") if self.pairs else (lambda n: "-")
        kinds = ", ".join(f"{kind} {count}" for kind, count in self.by_kind.most_common()) or "none"
        return [
            f"{self.corpus} ({self.selection}): {self.pairs} pairs of {self.articles} articles, "
            f"{self.with_conflict} with a conflict",
            f"  conflicts {self.conflicts} ({per(self.conflicts)} per pair): cross-report {self.cross} "
            f"({per(self.cross)} per pair), internal {self.internal} ({per(self.internal)} per pair; "
            f"{self.distinct_internal} distinct)",
            f"  by kind: {kinds}",
            f"  aligned findings {sum(self.aligned.values())} ({per(sum(self.aligned.values()))} per pair): "
            + (", ".join(f"{kind} {count}" for kind, count in self.aligned.most_common()) or "none"),
            f"  time: extract {self.seconds_extract:.0f} s, cross-check {self.seconds_check:.1f} s",
        ]


def conflict_key(finding) -> tuple:
    """One conflict however many pairs print it: its claims' reports and evidence spans
    (an internal conflict of an article recurs in each pair the article is in)."""
    return (
        finding.kind.value,
        finding.subject,
        tuple(sorted((c.report, c.evidence.start, c.evidence.end) for c in finding.claims)),
    )


def figures_of(
    corpus: str, selection: str, results: Sequence[PairResult], seconds_extract: float, seconds_check: float
) -> CorpusFigures:
    by_kind: Counter = Counter(f.kind.value for r in results for f in r.conflicts)
    internal = {conflict_key(f) for r in results for f in r.conflicts if f.internal}
    return CorpusFigures(
        corpus=corpus,
        selection=selection,
        pairs=len(results),
        articles=len(articles_of(r.pair for r in results)),
        with_conflict=sum(1 for r in results if r.conflicts),
        cross=sum(r.cross for r in results),
        internal=sum(r.internal for r in results),
        distinct_internal=len(internal),
        by_kind=by_kind,
        aligned=Counter(f.kind.value for r in results for f in r.aligned),
        seconds_extract=seconds_extract,
        seconds_check=seconds_check,
    )


# ------------------------------------------------------------------ sample for reading


def sample_id(pair: Pair, finding, side: dict[int, str]) -> str:
    """A name for one conflict that does not hang on how the run numbered the articles:
    the pair (for an internal conflict, its article, which many pairs share), the
    kind and subject, each claim's article and span."""
    spans = sorted((side.get(c.report, "?"), c.evidence.start, c.evidence.end) for c in finding.claims)
    where = pair.id
    if finding.internal and spans:
        where = (pair.a if spans[0][0] == "a" else pair.b).name
        spans = [(start, end) for _, start, end in spans]
    key = [pair.corpus, where, finding.kind.value, finding.subject, spans]
    return f"{pair.corpus}-{hashlib.sha1(json.dumps(key).encode()).hexdigest()[:10]}"


def sample_record(result: PairResult, finding, selection: str, shared: Path, side: dict[int, str]) -> dict:
    """One conflict for a reader: the pair, the finding, each claim's article (a or b),
    text and sentence; ``verdict`` and ``error_class`` left for the reading."""
    pair = result.pair
    return {
        "id": sample_id(pair, finding, side),
        "corpus": pair.corpus,
        "selection": selection,
        "pair": pair.id,
        "a": pair.rel(pair.a, shared),
        "b": pair.rel(pair.b, shared),
        "kind": finding.kind.value,
        "subject": finding.subject,
        "subject_label": finding.subject_label,
        "internal": finding.internal,
        "incident": finding.incident,
        "explanation": finding.explanation,
        "confidence": finding.confidence,
        "reasons": finding.reasons,
        "claims": [
            {
                "article": side.get(c.report, "?"),
                "report": c.report,
                "text": c.evidence.text,
                "sentence": c.evidence.sentence,
                "value": c.value.label or c.value.name or c.value.written,
            }
            for c in finding.claims
        ],
        "verdict": None,
        "error_class": None,
    }


def draw_sample(
    results: Sequence[tuple[str, PairResult]],
    k: int,
    seed: int,
    shared: Path,
    numbers: dict[Path, int],
    exclude: frozenset[str] = frozenset(),
) -> list[dict]:
    """``k`` distinct conflicts at random (seeded) across the run; each conflict once
    however many pairs print it (the first pair it appears in) and however many
    copies of a page state it in the same words, none of ``exclude`` (the ids of a
    sample this one is added to)."""
    seen: set[tuple] = set()
    pool = []
    for selection, result in results:
        side = {numbers[result.pair.a]: "a", numbers[result.pair.b]: "b"}
        for finding in result.conflicts:
            sentences = sorted(c.evidence.sentence for c in finding.claims)
            keys = {
                (result.pair.corpus, "conflict", conflict_key(finding)),
                (result.pair.corpus, "wording", finding.kind.value, finding.explanation, *sentences),
            }
            if seen & keys:
                continue
            seen |= keys
            record = sample_record(result, finding, selection, shared, side)
            if record["id"] not in exclude:
                pool.append(record)
    return random.Random(seed).sample(pool, min(k, len(pool)))


# ------------------------------------------------------------------ readings


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _verdict(value) -> bool | None:
    if isinstance(value, bool) or value is None:
        return value
    text = str(value).strip().lower()
    if text in ("true", "t", "yes", "1"):
        return True
    if text in ("false", "f", "no", "0"):
        return False
    raise ValueError(f"verdict {value!r} is neither true nor false")


def classify_table(readings: Sequence[dict]) -> list[str]:
    """The table of one reader's verdicts: true, false, false by error class, share false."""
    verdicts = [(_verdict(r.get("verdict")), _error_class(r)) for r in readings]
    judged = [(v, c) for v, c in verdicts if v is not None]
    true = sum(1 for v, _ in judged if v)
    false = [c or "unclassified" for v, c in judged if not v]
    lines = [
        "| verdict | conflicts |",
        "| --- | --- |",
        f"| true | {true} |",
        f"| false | {len(false)} |",
    ]
    for error_class, count in Counter(false).most_common():
        lines.append(f"| false: {error_class} | {count} |")
    share = f"{len(false) / len(judged):.0%}" if judged else "-"
    lines.append(f"| share false | {share} ({len(false)} of {len(judged)}) |")
    if len(judged) < len(verdicts):
        lines.append(f"| not judged | {len(verdicts) - len(judged)} |")
    return lines


def _error_class(reading: dict) -> str:
    """The class as one spelling: readers write "different_event" and "Different event" alike."""
    return " ".join((reading.get("error_class") or "").replace("_", " ").lower().split()) or "-"


def agreement(first: Sequence[dict], second: Sequence[dict]) -> list[str]:
    """Where two readers agree on the conflicts both judged: verdict, and error class of
    the conflicts both call false; the disagreements listed by id."""
    one = {r["id"]: r for r in first if _verdict(r.get("verdict")) is not None}
    two = {r["id"]: r for r in second if _verdict(r.get("verdict")) is not None}
    both = sorted(one.keys() & two.keys())
    same = [i for i in both if _verdict(one[i]["verdict"]) == _verdict(two[i]["verdict"])]
    both_false = [i for i in same if not _verdict(one[i]["verdict"])]
    same_class = [i for i in both_false if _error_class(one[i]) == _error_class(two[i])]
    lines = [
        f"judged by both: {len(both)}; same verdict: {len(same)}"
        + (f" ({len(same) / len(both):.0%})" if both else ""),
        f"both false: {len(both_false)}; same error class: {len(same_class)}",
    ]
    for i in both:
        a, b = one[i], two[i]
        if i not in same or (i in both_false and i not in same_class):
            lines.append(f"  {i}: {a['verdict']} ({_error_class(a)}) / {b['verdict']} ({_error_class(b)})")
    return lines


# ------------------------------------------------------------------ run


@dataclass
class Run:
    """One corpus's pairs checked: its figures and its results (for the sample)."""

    figures: CorpusFigures
    results: list[PairResult]
    numbers: dict[Path, int]
    per_pair: list[str]
    tag: str  # the selection as the sample records it: all, random, many-figures


def run_corpus(
    corpus: str,
    folder: Path,
    *,
    limit: int | None,
    seed: int,
    many_figures: bool,
    model: str | None,
    tolerances,
    min_confidence: float | None = None,
    aligned: bool = False,
) -> Run:
    pairs = PAIR_BUILDERS[corpus](folder)
    started = time.perf_counter()
    if many_figures:
        articles = articles_of(pairs)  # every article counted before the top pairs are known
        extracted = extract_all(articles, model)
        figures = {path: numeric_claims(extracted[path]) for path in articles}
        chosen = many_figure_pairs(pairs, figures, limit)
        selection, tag = f"{len(chosen)} pairs with the most figures", "many-figures"
    else:
        chosen = random_pairs(pairs, limit, seed)
        articles = articles_of(chosen)
        extracted = extract_all(articles, model)
        every = len(chosen) == len(pairs)
        selection = "all pairs" if every else f"{len(chosen)} random pairs, seed {seed}"
        tag = "all" if every else "random"
    numbers = {path: index for index, path in enumerate(articles)}
    extracted_at = time.perf_counter()
    results = check_pairs(chosen, extracted, numbers, tolerances, min_confidence)
    done = time.perf_counter()
    per_pair = []
    for result in results:
        kinds = Counter(f.kind.value for f in result.conflicts)
        described = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
        extra = f" ({described})" if described else ""
        counts = f"{len(result.conflicts)}\tcross {result.cross}\tinternal {result.internal}"
        shared = f"\taligned {len(result.aligned)}" if aligned else ""
        per_pair.append(f"{result.pair.id}\t{counts}{extra}{shared}")
    return Run(
        figures_of(corpus, selection, results, extracted_at - started, done - extracted_at),
        results,
        numbers,
        per_pair,
        tag,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=["ecbplus", "gvc", "both"], default="both")
    parser.add_argument("--limit", type=int, default=None, help="pairs per corpus (random, seeded)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--many-figures",
        action="store_true",
        help="the --limit pairs whose articles carry the most numeric claims, not random ones",
    )
    parser.add_argument("--pairs", action="store_true", help="print each pair's conflicts")
    parser.add_argument(
        "--aligned", action="store_true", help="with --pairs, add each pair's count of aligned findings"
    )
    parser.add_argument("--sample", type=int, default=0, help="draw this many conflicts for reading")
    parser.add_argument(
        "--sample-out", type=Path, help="where the sample goes (JSONL, outside the repository)"
    )
    parser.add_argument("--append", action="store_true", help="add the sample to --sample-out's lines")
    parser.add_argument(
        "--classify",
        type=Path,
        nargs="+",
        metavar="READINGS",
        help="print the table of a reader's verdicts (two files: and where they agree)",
    )
    parser.add_argument("--shared", type=Path, default=SHARED, help="the folder holding corpus/")
    parser.add_argument(
        "--min-confidence",
        type=float,
        default=None,
        help="as compare's (default: the settings'); 0 counts every possible conflict as a conflict",
    )
    args = parser.parse_args(argv)

    if args.classify:
        readings = [read_jsonl(path) for path in args.classify]
        for path, rows in zip(args.classify, readings, strict=True):
            print(f"{path}:")
            print("\n".join(classify_table(rows)))
        if len(readings) == 2:
            print("\n".join(agreement(*readings)))
        return 0
    if args.sample and args.sample_out is None:
        parser.error("--sample needs --sample-out")
    if args.sample_out is not None and args.sample_out.resolve().is_relative_to(REPO):
        parser.error("the sample quotes the articles: write it outside the repository")

    from reportcheck.settings import load_settings

    settings = load_settings()
    corpora = ["ecbplus", "gvc"] if args.corpus == "both" else [args.corpus]
    corpus_dirs = {name: args.shared / "corpus" / CORPORA[name].name for name in corpora}
    missing = [str(path) for path in corpus_dirs.values() if not path.is_dir()]
    if missing:
        print(f"noise_audit: no corpus at {', '.join(missing)}", file=sys.stderr)
        return 2
    tagged: list[tuple[str, PairResult]] = []
    numbers: dict[Path, int] = {}
    for name in corpora:
        run = run_corpus(
            name,
            corpus_dirs[name],
            limit=args.limit,
            seed=args.seed,
            many_figures=args.many_figures,
            model=settings.model,
            tolerances=settings.tolerance_values(),
            min_confidence=settings.min_confidence if args.min_confidence is None else args.min_confidence,
            aligned=args.aligned,
        )
        if args.pairs:
            print("\n".join(run.per_pair))
        print("\n".join(run.figures.lines()), flush=True)
        tagged += [(run.tag, result) for result in run.results]
        numbers.update(run.numbers)
    if args.sample:
        earlier = args.sample_out.is_file() and args.append
        exclude = frozenset(r["id"] for r in read_jsonl(args.sample_out)) if earlier else frozenset()
        records = draw_sample(tagged, args.sample, args.seed, args.shared, numbers, exclude)
        args.sample_out.parent.mkdir(parents=True, exist_ok=True)
        mode = "a" if args.append else "w"
        with args.sample_out.open(mode, encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"sample: {len(records)} conflicts written to {args.sample_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
