"""``reportcheck batch``: a day's copy grouped into incidents and cross-checked.

The flow, each step its own module so another engine (dask) can run any of
them elsewhere:

1. :func:`~reportcheck.batch.work.extract_all`: every report extracted, a
   pure function of its bytes and the options, in worker processes with
   ``--jobs``;
2. :func:`~reportcheck.batch.summary.summarise`: each report boiled down to
   a small :class:`~reportcheck.batch.summary.ReportSummary`;
3. :func:`~reportcheck.batch.grouping.group_reports`: reports grouped into
   incidents by blocking on shared keys, never all N^2 pairs;
4. :func:`~reportcheck.batch.merge.merge_groups`: every group cross-checked
   and the results put into one Comparison that every renderer takes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportcheck.api import ExtractOptions
from reportcheck.batch.grouping import DEFAULT_MAX_BLOCK, Grouping, group_reports
from reportcheck.batch.merge import merge_groups
from reportcheck.batch.summary import ReportSummary, summarise
from reportcheck.batch.work import Progress, extract_and_summarise, pool_mapper, worker_pool
from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE
from reportcheck.knowledge.tolerance import DEFAULT, Tolerances
from reportcheck.load.inputs import ReportSource
from reportcheck.models import Comparison
from reportcheck.settings import DEFAULT_MIN_SHARED

__all__ = ["ENGINES", "BatchResult", "ReportSummary", "group_reports", "run_batch", "summarise"]

#: where the work runs: worker processes on this machine, or a Dask cluster
ENGINES = ("local", "dask")


@dataclass
class BatchResult:
    comparison: Comparison
    grouping: Grouping
    summaries: list[ReportSummary]


def run_batch(
    sources: Sequence[ReportSource],
    options: ExtractOptions,
    *,
    jobs: int = 1,
    tolerances: Tolerances = DEFAULT,
    min_shared: int = DEFAULT_MIN_SHARED,
    max_block: int = DEFAULT_MAX_BLOCK,
    progress: Progress | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> BatchResult:
    """Extract, summarise, group and cross-check a batch of reports.

    ``engine="dask"`` runs extraction and grouping on the Dask scheduler at
    ``scheduler`` (or on a cluster of ``jobs`` local worker processes when
    it is None); the result is the same as the local engine's."""
    day_tolerance = round(tolerances.date_days)
    if engine == "dask":
        from reportcheck.batch.cluster import DaskSettings, extract_and_group_on_dask

        done, grouping = extract_and_group_on_dask(
            sources,
            options,
            DaskSettings(scheduler, jobs),
            min_shared=min_shared,
            max_block=max_block,
            day_tolerance=day_tolerance,
            progress=progress,
        )
        extracted = [report for report, _ in done]
        summaries = [summary for _, summary in done if summary is not None]
        comparison = merge_groups(extracted, grouping.groups, tolerances, min_confidence=min_confidence)
        return BatchResult(comparison, grouping, summaries)
    with worker_pool(min(jobs, len(sources)), options.model) as pool:
        done = extract_and_summarise(sources, options, jobs=jobs, progress=progress, summary=True, pool=pool)
        extracted = [report for report, _ in done]
        summaries = [summary for _, summary in done if summary is not None]
        grouping = group_reports(
            summaries, min_shared=min_shared, max_block=max_block, day_tolerance=day_tolerance
        )
        comparison = merge_groups(
            extracted, grouping.groups, tolerances, pool_mapper(pool), min_confidence=min_confidence
        )
    return BatchResult(comparison, grouping, summaries)
