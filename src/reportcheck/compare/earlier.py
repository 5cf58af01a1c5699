"""A report's earlier figure beside the same figure in the other report.

A figure its own report says was replaced ("up from 12", "police initially
said the children were 3 and 4" beside a 5-year-old daughter:
:mod:`reportcheck.extract.core.revisions`) is grouped apart from the
report's current figures, so it is never the report's statement against the
other report's.  Where the other report gives that very figure as its own
(an earlier report of the same toll), the two are one figure told at two
times: the finding says so, compatible, with the reason, instead of leaving
each alone.  The other report's figure is still set against the current one
on its own (the eval conventions, rule 4: a count that changed between an
earlier and a later report is a conflict where both cannot hold)."""

from __future__ import annotations

from collections.abc import Mapping

from reportcheck.compare.judges import judge
from reportcheck.knowledge.tolerance import DEFAULT, Tolerances
from reportcheck.knowledge.vocabulary import current_measure, is_earlier_measure
from reportcheck.models import Claim, Finding, GroupKey, Status


def _as_told_earlier(told: Claim, other: Claim, finding: Finding, tol: Tolerances) -> Finding | None:
    """The finding of ``other`` agreeing with ``told``, its report's earlier figure, or None."""
    verdict = judge(told, other, tol)
    if verdict is None or verdict.status not in (Status.agree, Status.compatible):
        return None
    explanation = (
        f"report {other.report + 1}'s {other.evidence.text.strip()} is report {told.report + 1}'s "
        f"earlier figure ({told.evidence.text.strip()}), which that report says was replaced"
    )
    return finding.model_copy(
        update={"status": Status.compatible, "explanation": explanation, "claims": [told, other]}
    )


def earlier_figure_findings(
    groups: Mapping[GroupKey, list[Claim]], findings: list[Finding], tol: Tolerances = DEFAULT
) -> list[Finding]:
    """``findings``, each earlier figure only one report gives set beside the
    other report's same current figure where that report gives it."""
    key_of = {c.id: key for key, group in groups.items() for c in group}
    out: list[Finding] = []
    for finding in findings:
        told = finding.claims[0]
        key = key_of.get(told.id)
        measure = current_measure(key.measure) if finding.status is Status.only_in_one and key else None
        if key is None or measure is None:
            out.append(finding)
            continue
        others = [c for c in groups.get(key._replace(measure=measure), []) if c.report != told.report]
        told_earlier = (_as_told_earlier(told, other, finding, tol) for other in others)
        out.append(next((f for f in told_earlier if f is not None), finding))
    return _with_corrections_noted(_without_alone_told(out))


def _with_corrections_noted(findings: list[Finding]) -> list[Finding]:
    """``findings``, each conflict that sets a report's current figure
    against the other report's figure that is the first report's earlier
    one ("Kevin was 13, but ..." beside the other report's 13-year-old)
    with that correction among its reasons: the other report most likely
    carries the figure the first one replaced, which an editor should see."""
    told_of: dict[str, list[Claim]] = {}
    for f in findings:
        if f.status is Status.compatible and is_earlier_measure(f.claims[0].frame.measure):
            told_of.setdefault(f.claims[1].id, []).append(f.claims[0])
    if not told_of:
        return findings
    return [_noting(f, told_of) if f.status is Status.conflict else f for f in findings]


def _noting(finding: Finding, told_of: Mapping[str, list[Claim]]) -> Finding:
    """``finding`` with a reason for each earlier figure one of its claims matches."""
    reports = {c.report for c in finding.claims}
    told = [t for c in finding.claims for t in told_of.get(c.id, []) if t.report in reports]
    notes = list(
        dict.fromkeys(
            f"report {t.report + 1} corrects its earlier figure ({t.evidence.text.strip()}), "
            f"which the other report gives: {t.evidence.sentence}"
            for t in told
        )
    )
    if not notes:
        return finding
    return finding.model_copy(update={"reasons": [*finding.reasons, *notes]})


def _without_alone_told(findings: list[Finding]) -> list[Finding]:
    """``findings`` without the "only in one" of a figure now set beside the
    other report's earlier figure: one figure, one row."""
    beside = {
        f.claims[1].id
        for f in findings
        if f.status is Status.compatible and is_earlier_measure(f.claims[0].frame.measure)
    }
    return [f for f in findings if not (_alone(f) and f.claims[0].id in beside)]


def _alone(finding: Finding) -> bool:
    return finding.status is Status.only_in_one and len(finding.claims) == 1
