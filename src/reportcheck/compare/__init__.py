"""Compare stage: turn aligned claims into findings.

Within each group (one incident, one kind, one subject) repeated mentions of
the same value in one report are folded into one cluster.  Each cluster is
paired with the closest cluster of the other report; the pair's verdict is
the finding.  A report that states two values which cannot both hold gets an
internal finding.  A cluster with no partner is listed as ``only_in_one``,
never as a conflict.
"""

from __future__ import annotations

from itertools import combinations

from reportcheck.align import group_claims
from reportcheck.compare.judges import RANK, Verdict, judge
from reportcheck.compare.tolerance import DEFAULT, Tolerances
from reportcheck.models import STATUS_ORDER, Claim, ClaimKind, Finding, Status

#: kinds for which two different values in one report are a contradiction;
#: a report may name many places, people, weapons and days without contradicting itself.
INTERNAL_KINDS = {
    ClaimKind.time,
    ClaimKind.distance,
    ClaimKind.magnitude,
    ClaimKind.age,
    ClaimKind.height,
    ClaimKind.depth,
}
#: kinds a report names several of (many places, people, weapons), so one
#: without a matching partner is not a contradiction of the other report.
SET_KINDS = {ClaimKind.location, ClaimKind.person}


def clusters(claims: list[Claim]) -> list[Claim]:
    """One representative per distinct value, in reading order."""
    seen: dict[tuple, Claim] = {}
    for claim in sorted(claims, key=lambda c: c.evidence.start):
        v = claim.value
        if claim.kind is ClaimKind.person:
            key = (claim.subject,)  # one person however the report names them
        else:
            key = (
                v.name.lower() if v.name else None,
                v.low,
                v.high,
                claim.attrs.get("group"),
                claim.attrs.get("tz"),
            )
        seen.setdefault(key, claim)
    return list(seen.values())


def _best(claim: Claim, partners: list[Claim], tol: Tolerances) -> tuple[Claim, Verdict] | None:
    best = None
    for partner in partners:
        verdict = judge(claim, partner, tol)
        if verdict is None:
            continue
        rank = (RANK[verdict.status], verdict.distance, partner.evidence.start)
        if best is None or rank < best[0]:
            best = (rank, partner, verdict)
    return (best[1], best[2]) if best else None


def _finding(a: Claim, b: Claim, verdict: Verdict, incident: str, internal: bool) -> Finding:
    claims = sorted([a, b], key=lambda c: (c.report, c.evidence.start))
    return Finding(
        status=verdict.status,
        kind=a.kind,
        subject=a.subject,
        subject_label=a.subject_label,
        internal=internal,
        incident=incident,
        explanation=verdict.explanation,
        claims=claims,
    )


def _cross_findings(side_a: list[Claim], side_b: list[Claim], incident: str, tol: Tolerances):
    pairs: dict[tuple[str, str], Finding] = {}
    paired: set[str] = set()
    single = len(side_a) == 1 and len(side_b) == 1
    for claims, others in ((side_a, side_b), (side_b, side_a)):
        for claim in claims:
            best = _best(claim, others, tol)
            if best is None:
                continue
            partner, verdict = best
            if verdict.status is Status.conflict and claim.kind is ClaimKind.weapon and not single:
                continue  # reports list several weapons; only one against one can contradict
            a, b = sorted([claim, partner], key=lambda c: c.report)
            pairs.setdefault((a.id, b.id), _finding(a, b, verdict, incident, internal=False))
            paired.update({a.id, b.id})
    return list(pairs.values()), paired


def _internal_findings(side: list[Claim], incident: str, tol: Tolerances, paired: set[str]) -> list[Finding]:
    found = []
    for a, b in combinations(side, 2):
        if a.kind not in INTERNAL_KINDS:
            continue
        verdict = judge(a, b, tol)
        if verdict is not None and verdict.status is Status.conflict:
            found.append(_finding(a, b, verdict, incident, internal=True))
            paired.update({a.id, b.id})
    return found


def _only_in_one(claim: Claim, incident: str) -> Finding:
    return Finding(
        status=Status.only_in_one,
        kind=claim.kind,
        subject=claim.subject,
        subject_label=claim.subject_label,
        internal=False,
        incident=incident,
        explanation=f"only report {claim.report + 1} states this: {claim.evidence.text.strip()}",
        claims=[claim],
    )


def compare_claims(
    claims: list[Claim], incident_ids: dict[tuple[int, str], str], tol: Tolerances = DEFAULT
) -> list[Finding]:
    """Every finding for the claims of two reports, most important first."""
    findings: list[Finding] = []
    for (incident, _kind, _subject), group in sorted(group_claims(claims, incident_ids).items()):
        side_a = clusters([c for c in group if c.report == 0])
        side_b = clusters([c for c in group if c.report == 1])
        cross, paired = _cross_findings(side_a, side_b, incident, tol)
        findings += cross
        for side in (side_a, side_b):
            findings += _internal_findings(side, incident, tol, paired)
            findings += [_only_in_one(c, incident) for c in side if c.id not in paired]
    return sort_findings(findings)


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Conflicts first, then by incident (main first), kind and position."""

    def key(f: Finding):
        first = f.claims[0]
        return (
            STATUS_ORDER[f.status],
            f.incident != "main",
            f.incident,
            f.kind.value,
            first.report,
            first.evidence.start,
        )

    return sorted(findings, key=key)
