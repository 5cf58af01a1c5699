"""A report's toll told before a later death, plus that death: its running total.

"One man is dead and two others were injured ... one later died at the
hospital" tells a toll of two, told as one and one more (the extractor marks
the later deaths, ``later_death`` of the count: extract/counts/running.py).
Another report's "Two men died" then agrees with the report's running total:
set against its first figure alone it is no conflict the report makes, so
such a conflict is shown as compatible, with the sum in its explanation.
"""

from __future__ import annotations

from collections.abc import Mapping

from reportcheck.models import Claim, ClaimKind, Finding, GroupKey, Status


def _later_deaths(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[int, str], tuple[float, float]]:
    """(report, incident) -> (its one first toll, the deaths it tells came
    after it), where the report tells later deaths and every other toll it
    gives is one figure.  "Two people died. One was killed at the scene; the
    other later died" gives two tolls, one of which already holds the later
    death: no running total is told there."""
    told: dict[tuple[int, str], dict[int, float]] = {}
    first: dict[tuple[int, str], set[tuple[float | None, float | None]]] = {}
    for key, claims in groups.items():
        if key.kind != ClaimKind.killed.value:
            continue
        for claim in claims:
            where = (claim.report, claim.incident)
            if claim.count.later_death and claim.value.low is not None:  # "one of them has since died"
                told.setdefault(where, {})[claim.evidence.start] = claim.value.low
            elif not key.scope:  # a part ("three of them") is no toll of all
                first.setdefault(where, set()).add((claim.value.low, claim.value.high))
    running = {}
    for where, values in told.items():
        tolls = first.get(where, set())
        if len(tolls) == 1 and (toll := next(iter(tolls)))[0] is not None and toll[0] == toll[1]:
            running[where] = (float(toll[0]), sum(values.values()))
    return running


def _point(claims: list[Claim]) -> float | None:
    """The one exact figure of a side's claims, if they give one."""
    values = {(c.value.low, c.value.high) for c in claims}
    if len(values) != 1:
        return None
    low, high = values.pop()
    return low if low is not None and low == high else None


def _running_total(finding: Finding, later: dict[tuple[int, str], tuple[float, float]]) -> str | None:
    """The explanation of a cross-report conflict of tolls that one report's
    first toll plus its later deaths resolves, or None."""
    reports = sorted({c.report for c in finding.claims})
    if finding.kind is not ClaimKind.killed or finding.internal or len(reports) != 2:
        return None
    for report in reports:
        if (report, finding.incident) not in later:
            continue
        first, added = later[(report, finding.incident)]
        own = [c for c in finding.claims if c.report == report and not c.count.later_death]
        other = _point([c for c in finding.claims if c.report != report])
        # the side is the first toll, or the later deaths alone ("one later died" against "Two men")
        if (not own or _point(own) == first) and other is not None and first + added == other:
            return (
                f"{first:g} first told, and {added:g} more the report says died later: "
                f"{first + added:g} in all, as the other report says"
            )
    return None


def running_total_findings(groups: Mapping[GroupKey, list[Claim]], findings: list[Finding]) -> list[Finding]:
    """``findings`` with each toll conflict a report's own later deaths
    resolve shown as compatible."""
    later = _later_deaths(groups)
    if not later:
        return findings
    out = []
    for finding in findings:
        why = _running_total(finding, later) if finding.status is not Status.agree else None
        if why and finding.status in (Status.conflict, Status.possible_conflict):
            finding = finding.model_copy(
                update={"status": Status.compatible, "explanation": why, "confidence": None, "reasons": []}
            )
        out.append(finding)
    return out
