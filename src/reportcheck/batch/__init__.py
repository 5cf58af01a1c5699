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
from reportcheck.batch.work import Progress, extract_all
from reportcheck.compare.tolerance import DEFAULT, Tolerances
from reportcheck.load.inputs import ReportSource
from reportcheck.models import Comparison
from reportcheck.settings import DEFAULT_MIN_SHARED

__all__ = ["BatchResult", "ReportSummary", "group_reports", "run_batch", "summarise"]


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
) -> BatchResult:
    """Extract, summarise, group and cross-check a batch of reports."""
    extracted = extract_all(sources, options, jobs=jobs, progress=progress)
    summaries = [summarise(report, index) for index, report in enumerate(extracted)]
    day_tolerance = round(tolerances.date_days)
    grouping = group_reports(
        summaries, min_shared=min_shared, max_block=max_block, day_tolerance=day_tolerance
    )
    return BatchResult(merge_groups(extracted, grouping.groups, tolerances), grouping, summaries)
