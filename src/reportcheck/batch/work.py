"""Extracting many reports, in this process or in worker processes.

Extraction is a pure function of a report's bytes and the options
(:func:`reportcheck.api.extract_source`), so reports can be extracted in any
order and anywhere.  With ``jobs > 1`` a ProcessPoolExecutor runs them; each
worker builds the spaCy pipeline once, when it starts, and reuses it for
every report it is given.  Results are put back in input order, so the
output never depends on which worker finished first.

Workers are started with "spawn": a fresh interpreter is slower to start
than a fork but never inherits a half-held lock from the parent's threads,
and it behaves the same on Linux, macOS and Windows.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass

from reportcheck.api import ExtractedReport, ExtractOptions, extract_source
from reportcheck.batch.summary import ReportSummary, summarise
from reportcheck.errors import ReportcheckError
from reportcheck.load.inputs import ReportSource

#: called after each report with (reports done, reports in all)
Progress = Callable[[int, int], None]
#: a report extracted, with its summary when one was asked for
Done = tuple[ExtractedReport, ReportSummary | None]


@dataclass(frozen=True)
class Failure:
    """A ReportcheckError crossing back from a worker (its fields pickle; the exception may not)."""

    code: str
    message: str
    path: str | None

    def error(self) -> ReportcheckError:
        return ReportcheckError(self.code, self.message, self.path)

    @classmethod
    def of(cls, error: ReportcheckError) -> Failure:
        return cls(error.code, error.message, None if error.path is None else str(error.path))


def _start_worker(model: str | None) -> None:
    """Build the pipeline when the worker starts, once for all its reports.

    Ctrl-C is the parent's to handle (it stops the pool and says so on one
    line); a worker that took it too would print a traceback of its own."""
    from reportcheck.pipeline import build_pipeline

    signal.signal(signal.SIGINT, signal.SIG_IGN)

    # a missing model: the first report raises it again and the parent reports it
    with contextlib.suppress(ReportcheckError):
        build_pipeline(model)
        from reportcheck.extract.places import get_gazetteer

        get_gazetteer()


#: tasks of the cross-check handed to a worker at once (most groups are one report)
MERGE_CHUNK = 8


@contextlib.contextmanager
def worker_pool(jobs: int, model: str | None) -> Iterator[ProcessPoolExecutor | None]:
    """``jobs`` worker processes for extraction and then the cross-check, or
    None for one job: this process does the work."""
    if jobs <= 1:
        yield None
        return
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_start_worker, initargs=(model,)
    )
    try:
        yield pool
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    # the workers free their memory and exit while this process writes the output
    pool.shutdown(wait=False)


def pool_mapper(pool: ProcessPoolExecutor | None) -> Callable[[Callable, Iterable], list]:
    """``map`` in the pool's workers (results in input order), or here."""
    if pool is None:
        return lambda function, items: [function(item) for item in items]
    return lambda function, items: list(pool.map(function, items, chunksize=MERGE_CHUNK))


def extract_one(source: ReportSource, index: int, options: ExtractOptions, summary: bool) -> Done:
    """Extract report ``index`` and, if asked, summarise it where it was extracted:
    the summary then costs the parent nothing, and any engine gets the same."""
    extracted = extract_source(source, index, options)
    return extracted, summarise(extracted, index) if summary else None


def _extract_in_worker(
    source: ReportSource, index: int, options: ExtractOptions, summary: bool
) -> Done | Failure:
    try:
        return extract_one(source, index, options, summary)
    except ReportcheckError as error:
        return Failure.of(error)


def extract_all(
    sources: Sequence[ReportSource],
    options: ExtractOptions,
    *,
    jobs: int = 1,
    progress: Progress | None = None,
) -> list[ExtractedReport]:
    """Every report extracted, report i with index i; the first bad file stops the run."""
    return [
        extracted for extracted, _ in extract_and_summarise(sources, options, jobs=jobs, progress=progress)
    ]


def extract_and_summarise(
    sources: Sequence[ReportSource],
    options: ExtractOptions,
    *,
    jobs: int = 1,
    progress: Progress | None = None,
    summary: bool = False,
    pool: ProcessPoolExecutor | None = None,
) -> list[Done]:
    """Every report extracted (and summarised when ``summary``), report i with
    index i, in ``pool`` when one is given (else in ``jobs`` new workers)."""
    if pool is not None and len(sources) > 1:
        return _extract_in_pool(pool, sources, options, progress, summary)
    if jobs <= 1 or len(sources) <= 1:
        done = []
        for index, source in enumerate(sources):
            done.append(extract_one(source, index, options, summary))
            if progress:
                progress(index + 1, len(sources))
        return done
    with worker_pool(min(jobs, len(sources)), options.model) as own:
        return _extract_in_pool(own, sources, options, progress, summary)


def _extract_in_pool(
    pool: ProcessPoolExecutor,
    sources: Sequence[ReportSource],
    options: ExtractOptions,
    progress: Progress | None,
    summary: bool,
) -> list[Done]:
    results: list[Done | None] = [None] * len(sources)
    pending: dict[Future, int] = {
        pool.submit(_extract_in_worker, source, index, options, summary): index
        for index, source in enumerate(sources)
    }
    finished = 0
    try:
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in sorted(done, key=pending.__getitem__):
                index = pending.pop(future)
                result = future.result()
                if isinstance(result, Failure):
                    raise result.error()
                results[index] = result
                finished += 1
                if progress:
                    progress(finished, len(sources))
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    return [result for result in results if result is not None]
