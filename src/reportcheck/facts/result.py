"""The result of checking an article against a fact sheet.

One :class:`FactCheck` per fact, in the sheet's order: its status, the
article's claims it was set against (with their line numbers, for CI
annotations) and why.  The renderers in :mod:`reportcheck.export.checkout`
turn a :class:`CheckResult` into a table, JSON, GitHub annotations or JUnit.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from reportcheck.knowledge.rules import Strict
from reportcheck.models import Claim, ClaimKind, ReportInfo, Status


class FactStatus(StrEnum):
    conflict = "conflict"
    compatible = "compatible"
    agree = "agree"
    missing = "missing-from-article"


#: the order a reader needs: conflicts first, omissions last
FACT_STATUS_ORDER = {
    FactStatus.conflict: 0,
    FactStatus.compatible: 1,
    FactStatus.agree: 2,
    FactStatus.missing: 3,
}


class ArticleMention(Strict):
    """One claim of the article set against a fact, and the verdict on the pair."""

    status: Status
    explanation: str
    line: int  #: 1-based line of the claim in the article file
    claim: Claim


class FactCheck(Strict):
    """One fact of the sheet and what the article makes of it."""

    field: str  #: where in the sheet: "time", "people[0].age", "distances[1]"
    line: int  #: 1-based line of the fact in the sheet
    kind: ClaimKind
    subject_label: str
    written: str  #: the fact as the sheet writes it
    source: str | None = None
    tolerance: str | None = None
    status: FactStatus
    explanation: str
    fact: Claim
    mentions: list[ArticleMention] = Field(default_factory=list)

    @property
    def conflicts(self) -> list[ArticleMention]:
        return [m for m in self.mentions if m.status is Status.conflict]

    def shown_mentions(self) -> list[ArticleMention]:
        """The mentions a reader needs: those that earned the fact its status,
        and for a conflict the article's agreeing words too ("noon" beside "12am")."""
        wanted = {self.status.value} | ({Status.agree.value} if self.status is FactStatus.conflict else set())
        return [m for m in self.mentions if m.status.value in wanted]


class CheckResult(Strict):
    report: ReportInfo
    facts_path: str
    incident: str | None = None
    facts: list[FactCheck]

    @property
    def has_conflict(self) -> bool:
        return any(f.status is FactStatus.conflict for f in self.facts)

    def summary(self) -> dict[str, int]:
        """How many facts have each status, in reading order."""
        return {status.value: sum(1 for f in self.facts if f.status is status) for status in FactStatus}
