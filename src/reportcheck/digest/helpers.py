"""What every rule of the digest reads: where a report's parts stand, its main incident's claims.

The lead (the first sentences), the title and the dateline weigh on the
city; the order of sentences on every fact; whether a mention of one person
is a name ("Isaac Duran") or not ("he", "the victim") on counts and people.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportcheck.knowledge.vocabulary import MAIN, is_earlier_measure
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

    def lead(self, sentences: int) -> str:
        """The title and the first ``sentences`` sentences of the report."""
        starts = sorted(set(self.sentence_starts))
        end = starts[sentences] if len(starts) > sentences else len(self.text)
        title = self.text[self.title[0] : self.title[1]] if self.title else ""
        return f"{title}\n{self.text[:end]}"

    def before(self, start: int, sentences: int) -> str:
        """The sentence at ``start`` and the ``sentences`` sentences before it."""
        starts = sorted(set(self.sentence_starts))
        earlier = [s for s in starts if s < start][-sentences:] if sentences else []
        end = next((s for s in starts if s > start), len(self.text))
        return self.text[earlier[0] if earlier else start : end]

    def in_title(self, claim: Claim, sentence: int) -> bool:
        """Whether a claim stands in the page title (failing a known title, the first sentence)."""
        if self.title is None:
            return sentence == 0
        return self.title[0] <= claim.evidence.start < self.title[1]


#: the sentences at the top of a report in which its own story opens
STORY_OPENS_WITHIN = 4


def _tells_of_victims(claim: Claim) -> bool:
    """A count of people killed, injured or harmed ("three people were shot")."""
    if claim.kind in (ClaimKind.killed, ClaimKind.injured):
        return True
    return claim.kind is ClaimKind.other_count and claim.count.harmed is not None


def story_claims(claims: Sequence[Claim], sentence_starts: Sequence[int] = ()) -> list[Claim]:
    """The claims with the report's own story as its main incident.

    A report on the charges, the court hearing or the funeral after a
    shooting tells the shooting as an earlier event ("Two men were charged
    Tuesday in last week's shooting death of a teenager"), and the incident
    splitter rightly keeps it apart from the day's news; but the shooting is
    what the report is about.  When the main incident counts no victims, a
    background incident that opens in the lead and does count them is the
    story: its claims join the main incident's (whose places, the dateline's
    among them, still name where it was filed).  A report whose main
    incident counts victims keeps its background incidents apart.
    """
    if any(c.incident == MAIN and _tells_of_victims(c) for c in claims):
        return list(claims)
    rank = sentence_rank(claims, sentence_starts)
    opens: dict[str, int] = {}
    for claim in claims:
        if claim.incident not in (None, MAIN):
            at = rank.get(claim.evidence.sentence_start, 0)
            opens[claim.incident] = min(opens.get(claim.incident, at), at)
    told = {c.incident for c in claims if c.incident in opens and _tells_of_victims(c)}
    leading = sorted((at, incident) for incident, at in opens.items() if incident in told)
    leading = [(at, incident) for at, incident in leading if at < STORY_OPENS_WITHIN]
    if not leading:
        return list(claims)
    story = leading[0][1]
    return [c.model_copy(update={"incident": MAIN}) if c.incident == story else c for c in claims]


def current_claims(claims: Iterable[Claim]) -> list[Claim]:
    """The claims without the figures the report says were replaced ("up
    from 12", "police initially said the children were 3 and 4" beside the
    ages it gives now): an earlier figure is no fact the report now states."""
    return [c for c in claims if not is_earlier_measure(c.frame.measure)]


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
