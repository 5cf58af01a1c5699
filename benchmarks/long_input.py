"""Extraction time on long inputs: chunked parsing and the claim index, before and after.

Run ``python benchmarks/long_input.py`` (``--sizes 1000000 5000000``).  The
input is the ECB+ development texts (``shared/corpus/ecbplus_dev/text``,
CC BY 3.0) concatenated, repeated as needed, cut to each size.  For each
size the script times :func:`reportcheck.extract.extract_claims` (the whole
pipeline and claim building) as the code now runs it, and with ``--before``
also as it ran before issue 5: one Doc for the whole text and the linear
overlap scan in ``add_claim``.  A run that goes past ``--timeout`` seconds is
reported as such (it runs in a child process that is then stopped).
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "ecbplus_dev" / "text"


def corpus_text(size: int) -> str:
    """``size`` characters of ECB+ texts, one blank line between texts, repeated as needed."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.rglob("*.txt"))]
    whole = "\n\n".join(text.strip() for text in texts) + "\n\n"
    repeated = whole * (size // len(whole) + 1)
    end = repeated.rfind("\n\n", 0, size)
    return repeated[: end if end > size // 2 else size]


def _linear_add_claim(doc, claim) -> None:
    """add_claim as it was: every existing claim scanned for each new one."""
    from reportcheck.extract.core.base import claims_of

    existing = claims_of(doc)
    for other in existing:
        if other.kind == claim.kind and other.start < claim.end and claim.start < other.end:
            return
    existing.append(claim)


def _use_old_code() -> None:
    """Patch in the pre-issue-5 behaviour: one Doc, linear overlap scan."""
    import reportcheck.extract as extract
    from reportcheck.extract.core import base

    extract.CHUNK_CHARS = 10**9
    base.add_claim.__code__ = _linear_add_claim.__code__


def _time_extraction(size: int, before: bool, queue) -> None:
    if before:
        _use_old_code()
    from reportcheck.extract import extract_claims
    from reportcheck.load import load_text
    from reportcheck.pipeline import build_pipeline

    nlp = build_pipeline()
    report = load_text(corpus_text(size), path=f"<{size:,} chars>")
    started, cpu_started = time.perf_counter(), time.process_time()
    _, claims = extract_claims(nlp, report, 0)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((wall, cpu, len(claims), peak_mib))


def measure(size: int, before: bool, timeout: float) -> str:
    """One timing, run in a child process so a slow run can be stopped and memory is per run."""
    queue = multiprocessing.get_context("fork").Queue()
    child = multiprocessing.get_context("fork").Process(target=_time_extraction, args=(size, before, queue))
    child.start()
    child.join(timeout)
    if child.is_alive():
        child.terminate()
        child.join()
        return f"> {timeout:.0f} s (stopped)"
    if queue.empty():
        return f"failed (exit {child.exitcode})"
    wall, cpu, claims, peak_mib = queue.get()
    rate = size / cpu / 1000
    memory = f"{peak_mib:,.0f} MiB"
    return f"CPU {cpu:7.1f} s ({rate:5.1f}k chars/s)  wall {wall:7.1f} s  {claims:6,} claims  {memory}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 5_000_000])
    parser.add_argument("--before", action="store_true", help="also time the pre-issue-5 code")
    parser.add_argument("--timeout", type=float, default=1200.0, help="seconds before a run is stopped")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    for size in args.sizes:
        print(f"{size:>10,} chars  now:    {measure(size, False, args.timeout)}", flush=True)
    for size in args.sizes if args.before else ():
        print(f"{size:>10,} chars  before: {measure(size, True, args.timeout)}", flush=True)


if __name__ == "__main__":
    main()
