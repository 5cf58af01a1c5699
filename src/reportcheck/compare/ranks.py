"""One named person's rank: "Lt. Chris Baldridge" here, "Sgt. Chris Baldridge" there.

The align stage joins the two names as one person, and two spellings of a
name agree; a rank is no spelling.  Two reports that give one person
different ranks disagree on a fact an editor must check (the extractor
reads the rank before the name: ``rank`` of the person's details, see
:mod:`reportcheck.extract.people.ranks`).  "Lieutenant" and "Lt." are one
rank.  A role ("Officer", "Deputy") is none, so it never meets a rank, and a
rank under a modifier meets its bare rank without a conflict ("Deputy
Chief" and, shortened, "Chief").  A report that itself gives the person two
ranks (promoted, or a slip inside it) is left out: which one the other
report should match is not known; so is a mention whose sentence tells a
rank of another time ("who was promoted last month", "retired Sgt.",
"then-Lt.", "acting Chief": ``rank_changes`` of rules/people.yaml).  The
align stage may join two people of one surname ("Lt. Miller said" against
"Sgt. Miller said"): unless both reports give a first and a last name, two
ranks are at most a possible conflict.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from itertools import combinations

from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE, Evidence
from reportcheck.compare.judges.verdict import quoted_sentences
from reportcheck.compare.person_findings import person_conflict
from reportcheck.knowledge.names import people_lexicon
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey

#: the evidence that two mentions of one surname may be two people
_SURNAME_ONLY = Evidence("unknown_role", "a report gives the surname only: may be two people of one name")


def _ranked(claims: list[Claim]) -> dict[int, list[Claim]]:
    """report -> the mentions of the person that give a rank, where all of
    that report's ranks for the person are one."""
    by_report: dict[int, list[Claim]] = {}
    for claim in claims:
        if claim.person.rank and not _another_time(claim.evidence.sentence):
            by_report.setdefault(claim.report, []).append(claim)
    return {r: cs for r, cs in by_report.items() if len({c.person.rank for c in cs}) == 1}


@cache
def _changes() -> re.Pattern[str]:
    """The word beginnings of a rank of another time, as one pattern."""
    stems = sorted(people_lexicon().rank_changes, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stems) + ")", re.IGNORECASE)


def _another_time(sentence: str) -> bool:
    """Whether a sentence tells a rank of another time ("who was promoted")."""
    return bool(_changes().search(sentence))


def _full_name(claims: list[Claim], report: int) -> bool:
    """Whether a report names the person by a first and a last name
    somewhere (a title dropped: "Sgt. Chris Baldridge", not "Lt. Miller")."""
    rank_words = set(people_lexicon().rank_of) | people_lexicon().honorifics
    for claim in claims:
        if claim.report != report:
            continue
        words = re.findall(r"[A-Za-z][A-Za-z'’-]*", claim.value.name or claim.evidence.text)
        if len([w for w in words if w.lower() not in rank_words]) >= 2:
            return True
    return False


def _ranks_differ(a: str, b: str) -> bool:
    """Whether two ranks cannot both be the person's: "deputy chief" and
    "chief" can (a shortened title), "lieutenant" and "sergeant" cannot."""
    return a != b and not a.endswith(f" {b}") and not b.endswith(f" {a}")


def rank_findings(
    groups: Mapping[GroupKey, list[Claim]], min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> list[Finding]:
    """A conflict for each named person two reports give different ranks."""
    findings = []
    for key, claims in sorted(groups.items()):
        if key.kind != ClaimKind.person.value:
            continue
        ranked = _ranked(claims)
        for first, second in combinations(sorted(ranked), 2):
            a, b = ranked[first][0], ranked[second][0]
            if _ranks_differ(a.person.rank or "", b.person.rank or ""):
                full = _full_name(claims, first) and _full_name(claims, second)
                findings.append(_rank_conflict(a, b, key, min_confidence, [] if full else [_SURNAME_ONLY]))
    return findings


def _rank_conflict(
    a: Claim, b: Claim, key: GroupKey, min_confidence: float, extra: list[Evidence]
) -> Finding:
    """The finding: both sentences quoted, graded as a person's finding."""
    name = a.value.name or a.evidence.text.strip()
    return person_conflict(
        a,
        b,
        incident=key.incident,
        subject=f"{key.subject}:rank",
        label=f"{name}'s rank",
        explanation=(
            f"{name}: {a.person.rank} in one report, {b.person.rank} in the other: {quoted_sentences(a, b)}"
        ),
        reason=f"same person: {name}",
        min_confidence=min_confidence,
        extra=extra,
    )
