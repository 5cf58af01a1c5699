"""Figures paired by who gave them: one source's figure against the same source's.

Quake, attack and disaster reports put several sources' figures side by
side: "Tehran's seismologic center said 5.9, but the U.S. Geological Survey
said 6.1"; "the center said it struck 20 kilometers down, the provincial
administration said 6".  Set value against value, every other report's
figure conflicts with all but one of them.  Reporters and editors read them
by source instead:

- when both reports attribute a figure to one source (the USGS in both),
  those two are the figures to compare, whatever else each report gives:
  a difference means the source's figure was reported differently;
- a figure the other report attributes to a source this report pairs with
  its own figure of that source is not set against this report's other
  sources' figures;
- when this report gives several sources' figures and the other report's
  figure is one of them, the reports agree on that source's figure: the
  other figures are other sources', not a contradiction.

Sources are matched through the knowledge layer's agency keys
(:mod:`reportcheck.knowledge.agencies`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from reportcheck.compare.judges import Verdict
from reportcheck.knowledge.agencies import same_source, source_key, source_label
from reportcheck.models import Claim, ClaimKind, Status

#: kinds whose figures reporters attribute one per source (a magnitude, a
#: depth, a time, a toll); a source names many places, people and weapons,
#: and an age is a person's, so those are paired by value alone
SOURCED_KINDS = {
    ClaimKind.magnitude,
    ClaimKind.depth,
    ClaimKind.distance,
    ClaimKind.height,
    ClaimKind.time,
    ClaimKind.killed,
    ClaimKind.injured,
    ClaimKind.missing,
    ClaimKind.arrested,
    ClaimKind.other_count,
    ClaimKind.other_quantity,
}


class HasMembers(Protocol):
    """A cluster: the mentions of one value in one report."""

    @property
    def members(self) -> list[Claim]: ...

    @property
    def rep(self) -> Claim: ...


def sources_of(cluster: HasMembers) -> list[str]:
    """The sources the mentions of one value are attributed to, in reading order."""
    return list(dict.fromkeys(c.source for c in cluster.members if c.source and c.source.strip()))


def shared_source(a: HasMembers, b: HasMembers) -> tuple[str, str] | None:
    """The pair of phrases by which two clusters name one source, if they do."""
    for x in sources_of(a):
        for y in sources_of(b):
            if same_source(x, y):
                return x, y
    return None


def same_source_partners(cluster: HasMembers, others: Sequence[HasMembers]) -> list:
    """The other report's values attributed to this value's source (none: [])."""
    return [other for other in others if shared_source(cluster, other)]


def paired_by_source_elsewhere(cluster: HasMembers, partner: HasMembers, side: Sequence[HasMembers]) -> bool:
    """Whether ``partner`` is attributed to a source whose figure this report
    gives in another value: "the USGS put the depth at 10 km, the center at
    20" against "the USGS said half a mile" sets half a mile against the 10
    km, not against the center's 20."""
    return any(other is not cluster and shared_source(other, partner) for other in side)


#: a cluster type: the compare stage's, or a test's stand-in
ClusterT = TypeVar("ClusterT", bound=HasMembers)


@dataclass(frozen=True)
class SourceAgreement:
    """A compatible verdict by source and the reasons that say why."""

    verdict: Verdict
    reasons: list[str]


def whose(cluster: HasMembers) -> str:
    """The source a value is first attributed to ("the report itself" if none)."""
    names = sources_of(cluster)
    return names[0] if names else "the report itself"


def agreed_source_figure(
    cluster: ClusterT,
    partner: ClusterT,
    side: Sequence[ClusterT],
    judge: Callable[[ClusterT, ClusterT], Verdict | None],
) -> SourceAgreement | None:
    """A compatible verdict when this report gives another source's figure
    that agrees with ``partner``: "the center said 5.9, the USGS 6.1" against
    "5.9" agrees on the center's figure; the USGS's 6.1 is another source's.

    Only where the report tells the two figures apart by source (at least
    one attributed, and not both to one source), and the partner is not
    attributed to this value's own source (then the two are compared)."""
    if shared_source(cluster, partner):
        return None
    for other in side:
        if other is cluster or not (sources_of(cluster) or sources_of(other)):
            continue
        if shared_source(other, cluster):
            continue
        verdict = judge(other, partner)
        if verdict is None or verdict.status is not Status.agree:
            continue
        mine, theirs, agreed = cluster.rep.evidence.text, partner.rep.evidence.text, other.rep.evidence.text
        n = cluster.rep.report + 1
        explanation = (
            f"{mine} vs {theirs}: report {n} gives {mine} as the figure of {whose(cluster)} and "
            f"{agreed} as that of {whose(other)}, which the other report gives too"
        )
        reasons = [
            f"agrees with the figure of {whose(other)} the other report also gives",
            f"{mine} is another source's figure: {whose(cluster)}",
        ]
        return SourceAgreement(Verdict(Status.compatible, explanation), reasons)
    return None


def source_pair_reason(cluster: HasMembers, partner: HasMembers) -> list[str]:
    """ "both attribute it to the USGS" for two values paired by their source."""
    shared = shared_source(cluster, partner)
    return [f"both attribute it to {source_label(*shared)}"] if shared else []


#: what agencies each measure with their own instruments, so that a report
#: gives their readings side by side: a quake's magnitude and depth.  A time or
#: an age two officials give differently is a contradiction the report holds.
MEASURED_BY_AGENCIES = {ClaimKind.magnitude, ClaimKind.depth}


def side_by_side(a: HasMembers, b: HasMembers) -> bool:
    """Two readings one report gives as two named sources' ("the center said
    it struck 20 km down, the provincial administration 6 km"): the report
    tells who measured what, it does not contradict itself.  Only for what
    agencies measure, both naming a source (not "witnesses" or "he"), and
    not one source.  A magnitude is only ever an agency's reading, so one
    named agency is enough there: "A magnitude 7.5 earthquake shook northern
    Peru" beside "Peru's Geophysical Institute (IGP) gave a magnitude of
    8.0" is the lead's agency beside another the report names (the dev
    convention: two sources' readings are disputed, no conflict).  Two
    magnitudes neither attributes are the report's own and may conflict."""
    if a.rep.kind not in MEASURED_BY_AGENCIES:
        return False
    named_a = [s for s in sources_of(a) if source_key(s) is not None]
    named_b = [s for s in sources_of(b) if source_key(s) is not None]
    if a.rep.kind is ClaimKind.magnitude:
        return bool(named_a or named_b) and shared_source(a, b) is None
    return bool(named_a and named_b) and shared_source(a, b) is None
