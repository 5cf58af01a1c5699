"""One Comparison for a whole batch, so every renderer works on it.

Each group of reports is cross-checked on its own, with the reports keeping
their numbers in the batch (report 7 is report 7 in every finding), and the
results are put together: all reports, the findings of every group, and the
incidents with ids prefixed by their group ("g3:main", "g3:r7-bg1").  A
report no other report was grouped with is a group of its own, listed as a
single report; its contradictions with itself (12am vs noon) are kept,
claims only it states are not (nothing else could state them).  A report
byte-identical to an earlier one of its group is not cross-checked again:
the group's label says which report it repeats.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import PurePath

from reportcheck.api import cross_check, report_info
from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE
from reportcheck.knowledge.tolerance import DEFAULT, Tolerances
from reportcheck.knowledge.vocabulary import MAIN
from reportcheck.models import STATUS_ORDER, Comparison, ExtractedReport, Finding, IncidentInfo, Status


def group_id(number: int) -> str:
    """The id of the n-th group (from 1)."""
    return f"g{number}"


def _label(incident: IncidentInfo, single: bool, copies: dict[int, int] | None = None) -> str:
    """ "main incident, reports 1, 4, 9" (numbered from 1 as the renderers number
    them; the id says the group), or "..., single report 5" for a lone report;
    copies left out of the cross-check are named: "(report 12 repeats report 1)"."""
    numbers = [str(cover.report + 1) for cover in incident.reports]
    if single:
        label = f"{incident.label}, single report {numbers[0]}"
    else:
        label = f"{incident.label}, report{'s' if len(numbers) > 1 else ''} {', '.join(numbers)}"
    covered = {cover.report for cover in incident.reports}
    repeats = [
        f"report {copy + 1} repeats report {first + 1}"
        for copy, first in (copies or {}).items()
        if first in covered
    ]
    return f"{label} ({'; '.join(repeats)})" if repeats else label


def distinct_members(
    extracted: Sequence[ExtractedReport] | Mapping[int, ExtractedReport], members: list[int]
) -> tuple[list[int], dict[int, int]]:
    """The group's reports less exact copies, and each copy with the report it repeats.

    A report byte-identical to an earlier one of its group (the same story
    filed twice, or by two feeds) has the same claims, so cross-checking it
    would only add an agreement per claim per copy: a group of 25 copies
    would give 300 pairs of them."""
    first_of: dict[tuple[str, str], int] = {}
    distinct, copies = [], {}
    for member in members:
        report = extracted[member].report
        key = (report.sha256, PurePath(report.path).suffix.lower())
        if key in first_of:
            copies[member] = first_of[key]
        else:
            first_of[key] = member
            distinct.append(member)
    return distinct, copies


def _batch_order(finding: Finding) -> tuple:
    """Conflicts first; then group by group (g2 before g10), each group's main incident first."""
    group, _, incident = finding.incident.partition(":")
    first = finding.claims[0]
    return (
        STATUS_ORDER[finding.status],
        -(finding.confidence or 0.0),
        int(group.removeprefix("g")),
        incident != MAIN,
        incident,
        finding.kind.value,
        first.report,
        first.evidence.start,
    )


def _prefixed(finding: Finding, group: str) -> Finding:
    return finding.model_copy(update={"incident": f"{group}:{finding.incident}"})


def check_group(
    extracted: Sequence[ExtractedReport] | Mapping[int, ExtractedReport],
    members: list[int],
    group: str,
    tolerances: Tolerances,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> tuple[list[Finding], list[IncidentInfo]]:
    """The findings and incidents of one group, ids prefixed with the group's."""
    distinct, copies = distinct_members(extracted, members)
    single = len(distinct) == 1
    findings, incidents = cross_check(
        [extracted[m] for m in distinct], tolerances, distinct, min_confidence=min_confidence
    )
    if single:
        findings = [f for f in findings if f.internal and f.status is not Status.only_in_one]
    tagged = [
        incident.model_copy(
            update={"id": f"{group}:{incident.id}", "label": _label(incident, single, copies)}
        )
        for incident in incidents
    ]
    return [_prefixed(f, group) for f in findings], tagged


#: map(function, items) -> results in order: built-in map here, a process
#: pool's or a Dask cluster's map elsewhere
Mapper = Callable[[Callable, Iterable], list]


def _check_task(task: tuple) -> tuple[list[Finding], list[IncidentInfo]]:
    """One group's cross-check, as a picklable task for a worker."""
    reports, members, group, tolerances, min_confidence = task
    return check_group(dict(zip(members, reports, strict=True)), members, group, tolerances, min_confidence)


def check_tasks(
    extracted: Sequence[ExtractedReport],
    groups: list[list[int]],
    tolerances: Tolerances,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> list[tuple]:
    """A task per group, carrying only that group's reports."""
    return [
        ([extracted[m] for m in members], members, group_id(number), tolerances, min_confidence)
        for number, members in enumerate(groups, start=1)
    ]


def merge_groups(
    extracted: Sequence[ExtractedReport],
    groups: list[list[int]],
    tolerances: Tolerances = DEFAULT,
    mapper: Mapper | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> Comparison:
    """Cross-check every group and put the results into one Comparison.

    Groups are numbered by their first report; their incidents are listed
    with the groups that conflict first, as an editor reads them.  Groups
    are independent, so ``mapper`` may check them anywhere (worker
    processes); the results are the same."""
    tasks = check_tasks(extracted, groups, tolerances, min_confidence)
    results = (mapper or (lambda f, items: list(map(f, items))))(_check_task, tasks)
    checked = []
    for number, (findings, incidents) in enumerate(results, start=1):
        conflicted = any(f.status is Status.conflict for f in findings)
        checked.append((not conflicted, number, findings, incidents))
    checked.sort(key=lambda item: item[:2])
    return Comparison(
        reports=[report_info(e.report) for e in extracted],
        findings=sorted((f for _, _, group_findings, _ in checked for f in group_findings), key=_batch_order),
        incidents=[incident for _, _, _, group_incidents in checked for incident in group_incidents],
    )
