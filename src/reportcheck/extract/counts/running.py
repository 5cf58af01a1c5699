"""Deaths a report tells came after its first toll: a running total.

A local story updated in place keeps its first toll and adds the death that
came later: "One man is dead and two others were injured ... Two others were
taken to Regional One in critical condition; one later died at the
hospital".  The report's toll is then the first figure plus the later
deaths, and another report's "Two men died" agrees with it.  Here a count of
the dead followed by the words of a later death (``later_death_phrases`` of
rules/counts.yaml) is marked ``later_death``; the comparer adds it to the
report's earlier toll (:mod:`reportcheck.compare.running`).
"""

from __future__ import annotations

from reportcheck.knowledge.casualties import later_death_after
from reportcheck.models import Claim, ClaimKind


def _tells_later_death(claim: Claim) -> bool:
    """An exact count of the dead whose next words say the deaths came later."""
    value, evidence = claim.value, claim.evidence
    if claim.kind is not ClaimKind.killed or value.low is None or value.low != value.high:
        return False
    after = evidence.sentence[evidence.end - evidence.sentence_start :]
    return bool(later_death_after().match(after))


def mark_later_deaths(claims: list[Claim]) -> list[Claim]:
    """``claims`` of one report, each count of deaths told as later marked ``later_death``."""
    return [
        claim.model_copy(update={"details": claim.details.model_copy(update={"later_death": True})})
        if claim.details is not None and _tells_later_death(claim)
        else claim
        for claim in claims
    ]
