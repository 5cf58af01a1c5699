"""A report's mentions of one value in a group, folded into one cluster.

The comparer sets clusters, not single mentions, against each other: a
report that says "five people were killed" in its lede and "the five dead"
below tells one figure, and the first mention speaks for it.  This sits
apart from the comparer's package so that every module of ``compare`` that
reads clusters (the weapons' one gun, the headline's figure) imports the
type from here, never from the package that imports them.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportcheck.knowledge.vocabulary import STREET
from reportcheck.models import Claim, ClaimKind


@dataclass
class Cluster:
    """The mentions of one value in one report; the first one speaks for all."""

    members: list[Claim]

    @property
    def rep(self) -> Claim:
        return self.members[0]

    @property
    def sex(self) -> str | None:
        """The sex its members state of the one person they count, if any
        does (:func:`clusters` never joins two)."""
        return next((m.count.sex for m in self.members if m.count.sex), None)


def clusters(claims: list[Claim]) -> list[Cluster]:
    """Claims of one report grouped by value, in reading order; a count of
    one person whose stated sex differs from a cluster's (the man's "him",
    the woman's "she") starts a cluster of its own, and so does each house
    or block number on one street."""
    grouped: dict[tuple, list[Cluster]] = {}
    ordered: list[Cluster] = []
    for claim in sorted(claims, key=lambda c: c.evidence.start):
        v = claim.value
        if claim.kind is ClaimKind.person:
            key: tuple = (claim.subject,)  # one person however the report names them
        else:
            unresolved = v.name is None and v.low is None and v.high is None
            key = (
                v.name.lower() if v.name else None,
                v.low,
                v.high,
                # a value with no interval ("May 29" with no year) is told apart by its words
                (v.label, claim.date.month, claim.date.part) if unresolved else None,
                claim.count.group,
                claim.time.tz,
                _address_number(claim),
                # "an AK-47" and "an R5 assault rifle" are two guns of one class
                (claim.weapon.maker, claim.weapon.model),
            )
        alike = grouped.setdefault(key, [])
        cluster = next((c for c in alike if _same_sex(c, claim)), None)
        if cluster is not None:
            cluster.members.append(claim)
        else:
            alike.append(Cluster([claim]))
            ordered.append(alike[-1])
    return ordered


def _address_number(claim: Claim) -> tuple[str | None, bool | None] | None:
    """A street's house or block number: "the 300 block of Elm Road" where
    the man was shot and "the 800 block" where the gunman was caught are two
    places of one report, each set against the other report's on its own."""
    if claim.kind is not ClaimKind.location or claim.subject != STREET:
        return None
    return claim.place.place_words, claim.place.block


def _same_sex(cluster: Cluster, claim: Claim) -> bool:
    """Whether a claim may join a cluster: no sex stated, or the one its members state."""
    return claim.count.sex is None or cluster.sex in (None, claim.count.sex)
