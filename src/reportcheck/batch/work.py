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
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass

from reportcheck.api import ExtractedReport, ExtractOptions, extract_source
from reportcheck.errors import ReportcheckError
from reportcheck.load.inputs import ReportSource

#: called after each report with (reports done, reports in all)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class _Failure:
    """A ReportcheckError crossing back from a worker (its fields pickle; the exception may not)."""

    code: str
    message: str
    path: str | None

    def error(self) -> ReportcheckError:
        return ReportcheckError(self.code, self.message, self.path)


def _start_worker(model: str | None) -> None:
    """Build the pipeline when the worker starts, once for all its reports.

    Ctrl-C is the parent's to handle (it stops the pool and says so on one
    line); a worker that took it too would print a traceback of its own."""
    from reportcheck.pipeline import build_pipeline

    signal.signal(signal.SIGINT, signal.SIG_IGN)

    # a missing model: the first report raises it again and the parent reports it
    with contextlib.suppress(ReportcheckError):
        build_pipeline(model)


def _extract_in_worker(
    source: ReportSource, index: int, options: ExtractOptions
) -> ExtractedReport | _Failure:
    try:
        return extract_source(source, index, options)
    except ReportcheckError as error:
        return _Failure(error.code, error.message, None if error.path is None else str(error.path))


def extract_all(
    sources: Sequence[ReportSource],
    options: ExtractOptions,
    *,
    jobs: int = 1,
    progress: Progress | None = None,
) -> list[ExtractedReport]:
    """Every report extracted, report i with index i; the first bad file stops the run."""
    if jobs <= 1 or len(sources) <= 1:
        done = []
        for index, source in enumerate(sources):
            done.append(extract_source(source, index, options))
            if progress:
                progress(index + 1, len(sources))
        return done
    return _extract_in_pool(sources, options, min(jobs, len(sources)), progress)


def _extract_in_pool(
    sources: Sequence[ReportSource], options: ExtractOptions, jobs: int, progress: Progress | None
) -> list[ExtractedReport]:
    results: list[ExtractedReport | None] = [None] * len(sources)
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_start_worker, initargs=(options.model,)
    ) as pool:
        pending: dict[Future, int] = {
            pool.submit(_extract_in_worker, source, index, options): index
            for index, source in enumerate(sources)
        }
        finished = 0
        try:
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in sorted(done, key=pending.__getitem__):
                    index = pending.pop(future)
                    result = future.result()
                    if isinstance(result, _Failure):
                        raise result.error()
                    results[index] = result
                    finished += 1
                    if progress:
                        progress(finished, len(sources))
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return [result for result in results if result is not None]
