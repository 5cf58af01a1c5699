"""Extracting many reports, in this process or in worker processes.

Extraction is a pure function of a report's bytes and the options
(:func:`reportcheck.api.extract_source`), so reports can be extracted in any
order and anywhere.  Reports go in chunks of :data:`CHUNK_REPORTS`, whose
texts the model parses in batches (:func:`extract_chunk`).  With
``jobs > 1`` a ProcessPoolExecutor runs the chunks; each worker builds the
spaCy pipeline once, when it starts, and reuses it for every chunk it is
given.  Results are put back in input order, so the output never depends on
which worker finished first.

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

from reportcheck.api import ExtractOptions, extract_reports
from reportcheck.batch.summary import ReportSummary, summarise
from reportcheck.errors import ReportcheckError
from reportcheck.load.inputs import ReportSource, load_source
from reportcheck.models import ExtractedReport

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


def warm_pipeline(model: str | None) -> None:
    """Build the pipeline and open the gazetteer in a worker, once for all its
    reports (a local worker process, or a dask worker when it joins)."""
    from reportcheck.knowledge.gazetteer import get_gazetteer
    from reportcheck.pipeline import build_pipeline

    # a missing model: the first report raises it again and the parent reports it
    with contextlib.suppress(ReportcheckError):
        build_pipeline(model)
        get_gazetteer()


def _start_worker(model: str | None) -> None:
    """Warm the worker when it starts.

    Ctrl-C is the parent's to handle (it stops the pool and says so on one
    line); a worker that took it too would print a traceback of its own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_pipeline(model)


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


#: reports per unit of extraction work: the model parses a chunk's reports in
#: batches, and a worker is handed a chunk at a time (little scheduling next
#: to spaCy, and a worker never waits long for the last chunk).  Every engine
#: and every --jobs cuts the same chunks, so they all give the same output.
CHUNK_REPORTS = 16


def extract_chunk(
    chunk: Sequence[tuple[int, ReportSource]], options: ExtractOptions, summary: bool
) -> list[Done | Failure]:
    """Load, extract and (if asked) summarise consecutive reports (index, source).

    The summary is made where the report was extracted, so it costs the
    parent nothing.  A bad file comes back as a Failure in its place and the
    chunk stops there: the caller raises the first one in report order."""
    loaded, failure = [], None
    for index, source in chunk:
        try:
            loaded.append((index, load_source(source, date=options.date, max_chars=options.max_chars)))
        except ReportcheckError as error:
            failure = Failure.of(error)
            break
    reports = [report for _, report in loaded]
    indices = [index for index, _ in loaded]
    results: list[Done | Failure] = []
    try:
        extracted_reports = extract_reports(reports, indices, model=options.model)
        for index, extracted in zip(indices, extracted_reports, strict=True):
            results.append((extracted, summarise(extracted, index) if summary else None))
    except ReportcheckError as error:  # a missing model
        return [*results, Failure.of(error)]
    return results if failure is None else [*results, failure]


def chunks_of(sources: Sequence[ReportSource]) -> list[list[tuple[int, ReportSource]]]:
    """The sources as chunks of :data:`CHUNK_REPORTS` consecutive (index, source)."""
    numbered = list(enumerate(sources))
    return [numbered[start : start + CHUNK_REPORTS] for start in range(0, len(numbered), CHUNK_REPORTS)]


def raise_first_failure(results: Iterable[Done | Failure]) -> list[Done]:
    """The results, in order, or the first Failure raised as its error."""
    done = []
    for item in results:
        if isinstance(item, Failure):
            raise item.error()
        done.append(item)
    return done


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
    chunks = chunks_of(sources)
    if pool is not None:  # its workers hold the pipeline: this process need not build one
        return _extract_in_pool(pool, chunks, len(sources), options, progress, summary)
    if jobs <= 1 or len(chunks) <= 1:
        done: list[Done] = []
        for chunk in chunks:
            done.extend(raise_first_failure(extract_chunk(chunk, options, summary)))
            if progress:
                progress(len(done), len(sources))
        return done
    with worker_pool(min(jobs, len(chunks)), options.model) as own:
        assert own is not None  # two jobs or more
        return _extract_in_pool(own, chunks, len(sources), options, progress, summary)


def _extract_in_pool(
    pool: ProcessPoolExecutor,
    chunks: list[list[tuple[int, ReportSource]]],
    total: int,
    options: ExtractOptions,
    progress: Progress | None,
    summary: bool,
) -> list[Done]:
    results: list[list[Done | Failure]] = [[] for _ in chunks]
    pending: dict[Future, int] = {
        pool.submit(extract_chunk, chunk, options, summary): number for number, chunk in enumerate(chunks)
    }
    finished = 0
    try:
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in sorted(done, key=pending.__getitem__):
                number = pending.pop(future)
                results[number] = future.result()
                finished += len(chunks[number])
                if progress:
                    progress(finished, total)
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    return raise_first_failure(item for chunk in results for item in chunk)
