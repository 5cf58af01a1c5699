"""A whole told only as the sum of its listed parts, beside the part in dispute.

"The ferry was carrying 312 passengers and 67 crew members" here and "279
passengers and 67 crew" there differ in one thing: the passengers.  The
extract stage keeps each list's parts (scope ``subgroup:KIND``,
extract/counts/aboard.py) and its sum as the whole, so the compare stage
finds the passengers 312 against 279 and the wholes 379 against 346, the
same 33 people twice.  One discrepancy, one row: the wholes' conflict is
dropped where a conflict of one part between the same two reports, of the
same thing counted, accounts for all of the wholes' difference and no other
part of theirs is in dispute.  Wholes that differ by more than the part do
(a report that also counts people the other's list leaves out) stay, and so
does a whole a report states in words of its own ("An Mi-8 carrying 22
people has gone missing" in the lede, the list further down): a figure the
reporter wrote is a claim an editor checks, not the tool's sum.
"""

from __future__ import annotations

from reportcheck.models import Finding, Status

#: the scope of a part of a listed whole ("subgroup:passenger")
SUBGROUP_PREFIX = "subgroup:"
#: the statuses that dispute a figure
DISPUTED = (Status.conflict, Status.possible_conflict)


def drop_wholes_told_by_parts(findings: list[Finding]) -> list[Finding]:
    """``findings`` without a conflict of two wholes that a single part's
    conflict already tells (see the module's docstring)."""
    return [f for f in findings if not _told_by_a_part(f, findings)]


def _told_by_a_part(finding: Finding, findings: list[Finding]) -> bool:
    """Whether a cross-report conflict of unscoped wholes differs by exactly
    what the one disputed part of the same two reports differs by."""
    if finding.status not in DISPUTED or finding.internal or any(c.frame.scope for c in finding.claims):
        return False
    reports = {c.report for c in finding.claims}
    if len(reports) != 2:
        return False
    disputed_parts = [
        f
        for f in findings
        if f.status in DISPUTED
        and not f.internal
        and (f.incident, f.kind, f.subject) == (finding.incident, finding.kind, finding.subject)
        and {c.report for c in f.claims} == reports
        and all((c.frame.scope or "").startswith(SUBGROUP_PREFIX) for c in f.claims)
    ]
    if len(disputed_parts) != 1 or not _only_sums_of(finding, disputed_parts[0]):
        return False
    return _differences(disputed_parts[0]) & _differences(finding) != set()


def _only_sums_of(whole: Finding, part: Finding) -> bool:
    """Whether every figure of the wholes is the sum of a list whose
    disputed part it spans ("220 passengers and 40 crew members"), none a
    whole its report states on its own ("a ferry with 260 people aboard")."""
    return all(
        any(
            p.report == w.report and w.evidence.start <= p.evidence.start and p.evidence.end <= w.evidence.end
            for p in part.claims
        )
        for w in whole.claims
    )


def _differences(finding: Finding) -> set[float]:
    """The differences between one report's figures and the other's."""
    first, *_ = sorted({c.report for c in finding.claims})
    mine = [c.value.low for c in finding.claims if c.report == first and c.value.low is not None]
    theirs = [c.value.low for c in finding.claims if c.report != first and c.value.low is not None]
    return {abs(a - b) for a in mine for b in theirs}
