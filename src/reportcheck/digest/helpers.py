"""What every rule of the digest reads: where a report's parts stand, its main incident's claims.

The lead (the first sentences), the title and the dateline weigh on the
city; the order of sentences on every fact; whether a mention of one person
is a name ("Isaac Duran") or not ("he", "the victim") on counts and people.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportcheck.knowledge.vocabulary import MAIN
from reportcheck.models import Claim, ClaimKind

if TYPE_CHECKING:
    from reportcheck.models import ExtractedReport

#: words that open a mention of one person without naming them
UNNAMED_OPENERS = frozenset({"he", "she", "him", "her", "the", "a", "an", "this", "that", "one"})


@dataclass(frozen=True)
class Layout:
    """Where a report's parts stand, in the offsets its claims point into.

    The city rules look at the lead (the first sentences), the dateline and
    the page title, whose tail names the outlet ("« CBS Chicago").
    """

    sentence_starts: tuple[int, ...] = ()
    text: str = ""
    title: tuple[int, int] | None = None

    @classmethod
    def of(cls, extracted: ExtractedReport) -> Layout:
        report = extracted.report
        starts = tuple(start for incident in extracted.incidents for start, _ in incident.sentences)
        at = report.original.find(report.headline) if report.headline else -1
        title = (at, at + len(report.headline)) if report.headline and at >= 0 else None
        return cls(starts, report.original, title)

    def in_title(self, claim: Claim, sentence: int) -> bool:
        """Whether a claim stands in the page title (failing a known title, the first sentence)."""
        if self.title is None:
            return sentence == 0
        return self.title[0] <= claim.evidence.start < self.title[1]


def main_claims(claims: Iterable[Claim]) -> list[Claim]:
    """The claims about the report's own story (background incidents left out)."""
    return [c for c in claims if c.incident == MAIN]


def of_kind(claims: Iterable[Claim], kind: ClaimKind) -> list[Claim]:
    return [c for c in claims if c.kind is kind]


def sentence_rank(claims: Sequence[Claim], sentence_starts: Sequence[int] = ()) -> dict[int, int]:
    """The reading position of each sentence (by its start offset).

    Given the report's sentence starts, the true position; otherwise the
    order of the sentences that hold claims, which keeps the lead first.
    """
    starts = sorted(set(sentence_starts) | {c.evidence.sentence_start for c in claims})
    return {start: rank for rank, start in enumerate(starts)}


def is_named(text: str) -> bool:
    """Whether a mention of one person is a name ("Isaac Duran"), not "he" or "the victim"."""
    words = text.split()
    return bool(words) and text[:1].isupper() and words[0].lower() not in UNNAMED_OPENERS
