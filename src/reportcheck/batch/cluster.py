"""``batch --engine dask``: extraction and grouping on a Dask distributed cluster.

A day's copy outgrows one machine's cores long before its grouping does, so
the work that scales with the reports runs on the cluster:

1. the reports' bytes are read here and shipped (workers need no shared
   disk), in chunks of consecutive reports; each worker extracts and
   summarises them exactly as a local worker process does
   (:func:`~reportcheck.batch.work.extract_chunk`);
2. the blocking keys are split into shares and each share's pairs are
   counted on a worker (:func:`~reportcheck.batch.grouping.count_blocks`);
   the counts are added up and the reports joined into groups here;
3. the groups are cross-checked here, as the local engine does.

Every step is the local engine's own function on the same inputs, and the
results are put back in report order, so the output is byte-identical to
``--engine local``.  Each worker builds the spaCy pipeline once, when it
joins (:class:`PipelinePlugin`), and a lock keeps a multi-threaded worker to
one extraction at a time (spaCy pipelines are not meant to be shared
between threads): start workers with ``--nthreads 1`` and as many of them as
there are cores.

Dask is an optional extra (``pip install 'reportcheck[dask]'``); it is
imported only here, so the other commands never pay for it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportcheck.api import ExtractOptions
from reportcheck.batch.grouping import (
    BlockCounts,
    Grouping,
    Key,
    check_positions,
    combine_counts,
    count_blocks,
    link_groups,
    report_blocks,
)
from reportcheck.batch.summary import ReportSummary
from reportcheck.batch.work import Done, Failure, Progress, chunks_of, extract_chunk, raise_first_failure
from reportcheck.errors import ReportcheckError
from reportcheck.load import BYTES_PER_CHAR
from reportcheck.load.decode import read_report_bytes
from reportcheck.load.inputs import ReportSource

#: shares of the blocking keys per worker for pair counting
SHARES_PER_WORKER = 2
#: how long to wait for the scheduler to answer
CONNECT_TIMEOUT = "30s"

_EXTRACTING = threading.Lock()


def _distributed():
    """The distributed module, or the one-line error saying how to get it."""
    try:
        import distributed
    except ImportError:
        raise ReportcheckError(
            "extra-missing", "--engine dask needs Dask: pip install 'reportcheck[dask]'"
        ) from None
    return distributed


@dataclass
class DaskSettings:
    """Where to run: a scheduler's address, or None for a cluster on this machine."""

    scheduler: str | None = None
    workers: int = 1  #: worker processes of the local cluster when no scheduler is given


# ------------------------------------------------------------- tasks (run on workers)


def extract_locked(chunk: list[tuple[int, ReportSource]], options: ExtractOptions) -> list[Done | Failure]:
    """The local engine's :func:`~reportcheck.batch.work.extract_chunk`, one
    chunk at a time per worker process however many threads it runs."""
    with _EXTRACTING:
        return extract_chunk(chunk, options, True)


def count_share(share: list[tuple[Key, list[int]]], size: int, max_block: int) -> BlockCounts:
    return count_blocks(share, size=size, max_block=max_block)


# ------------------------------------------------------------- the client side


def _with_bytes(source: ReportSource, max_chars: int) -> ReportSource:
    """The source with its bytes, read here as ``load_report`` reads them."""
    if source.data is not None:
        return source
    data = read_report_bytes(Path(source.name), max_chars * BYTES_PER_CHAR)
    return ReportSource(source.name, data, source.date)


def _chunks(sources: Sequence[ReportSource], max_chars: int) -> Iterator[list[tuple[int, ReportSource]]]:
    """The local engine's chunks, each source with its bytes (workers need no shared disk)."""
    for chunk in chunks_of(sources):
        yield [(index, _with_bytes(source, max_chars)) for index, source in chunk]


def _shares(blocks: dict[Key, list[int]], count: int) -> list[list[tuple[Key, list[int]]]]:
    """The blocks dealt round-robin into ``count`` shares (the biggest spread out)."""
    ordered = sorted(blocks.items(), key=lambda item: -len(item[1]))
    shares: list[list[tuple[Key, list[int]]]] = [[] for _ in range(count)]
    for position, item in enumerate(ordered):
        shares[position % count].append(item)
    return [share for share in shares if share]


def _client(settings: DaskSettings):
    distributed = _distributed()
    if settings.scheduler:
        try:
            return distributed.Client(settings.scheduler, timeout=CONNECT_TIMEOUT), None
        except (OSError, TimeoutError) as error:
            raise ReportcheckError(
                "cluster-unreachable", f"no Dask scheduler answered at {settings.scheduler} ({error})"
            ) from None
    cluster = distributed.LocalCluster(
        n_workers=settings.workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
    return distributed.Client(cluster), cluster


def _extract(client, sources, options: ExtractOptions, progress: Progress | None) -> list[Done]:
    distributed = _distributed()
    futures = [
        client.submit(extract_locked, chunk, options, pure=False)
        for chunk in _chunks(sources, options.max_chars)
    ]
    results: list[list] = [[] for _ in futures]
    position = {future.key: number for number, future in enumerate(futures)}
    finished = 0
    for future in distributed.as_completed(futures):
        results[position[future.key]] = future.result()
        finished += len(results[position[future.key]])
        if progress:
            progress(min(finished, len(sources)), len(sources))
    return raise_first_failure(item for chunk in results for item in chunk)


def _group(client, summaries: Sequence[ReportSummary], *, min_shared, max_block, day_tolerance) -> Grouping:
    check_positions(summaries)
    grouping = Grouping(groups=[])
    blocks = report_blocks(summaries, day_tolerance)
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    shares = _shares(blocks, workers * SHARES_PER_WORKER)
    futures = client.map(count_share, shares, size=len(summaries), max_block=max_block, pure=False)
    candidates = combine_counts(client.gather(futures), size=len(summaries), grouping=grouping)
    return link_groups(summaries, candidates, grouping, min_shared=min_shared, day_tolerance=day_tolerance)


def extract_and_group_on_dask(
    sources: Sequence[ReportSource],
    options: ExtractOptions,
    settings: DaskSettings,
    *,
    min_shared: int,
    max_block: int,
    day_tolerance: int,
    progress: Progress | None = None,
) -> tuple[list[Done], Grouping]:
    """The reports extracted and summarised, and grouped, on the cluster."""
    client, cluster = _client(settings)
    try:
        _distributed()
        from reportcheck.batch.dask_plugin import PipelinePlugin

        client.register_plugin(PipelinePlugin(options.model))
        done = _extract(client, sources, options, progress)
        summaries = [summary for _, summary in done if summary is not None]
        grouping = _group(
            client, summaries, min_shared=min_shared, max_block=max_block, day_tolerance=day_tolerance
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return done, grouping
