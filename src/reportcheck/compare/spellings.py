"""One person's surname spelled two ways: "John Casulo" here, "John Casullo" there.

The align stage joins two spellings of one name as one person (rapidfuzz,
:func:`reportcheck.knowledge.names.names_match`), and, for a surname
further off, one first name with one age ("Bentley Leonard, 4" and
"Bentley Lenhart, 4"): the person's other facts are then set against each
other.  The name itself is a fact too, and a misspelt name is what a
reader writes in about first.  Which report has it right the tool cannot
tell, and two spellings may both be in use (a family's, a court's), so the
finding is a possible conflict, never a conflict: both surnames and both
sentences shown, for the editor to check.  A first name spelled two ways
under one surname ("Louis Anaya" against "Luis Anaya", "Erika"/"Erica") is
shown the same way where the two are one letter apart; a shortening or a
pet form ("Chris"/"Christopher", "Joe"/"Joey") is how reporters vary first
names, no spelling (:func:`reportcheck.knowledge.names.given_name_spellings`),
and first names further apart ("Javon"/"Jovan") are left alone: the
surname already ties the two and which letters differ says too little.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import combinations

from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE
from reportcheck.compare.judges.verdict import quoted_sentences
from reportcheck.compare.person_findings import person_conflict
from reportcheck.knowledge.names import given_name_spellings, letters_only, name_parts, surname_spellings
from reportcheck.knowledge.vocabulary import is_named_person
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey


def _fullest(claims: list[Claim], report: int) -> Claim | None:
    """A report's first mention of the person by the most words of name
    (a first name and a surname at least), or None."""
    named = [c for c in claims if c.report == report and c.kind is ClaimKind.person and c.value.name]
    named = [c for c in named if len(name_parts(c.value.name or "")) >= 2]
    if not named:
        return None
    return min(named, key=lambda c: (-len(name_parts(c.value.name or "")), c.evidence.start))


def _one_spelling(claims: list[Claim], report: int) -> bool:
    """Whether a report writes the person's surname one way only: a report
    that itself spells it two ways has no one spelling to set against."""
    named = [
        name_parts(c.value.name)
        for c in claims
        if c.report == report and c.kind is ClaimKind.person and c.value.name and name_parts(c.value.name)
    ]
    firsts = {parts[0] for parts in named if len(parts) > 1}
    # "Kaleb was pronounced dead" after "Kaleb Morris": a first name alone, no spelling of the surname
    spelt = {letters_only(parts[-1]) for parts in named if len(parts) > 1 or parts[0] not in firsts}
    return len(spelt) <= 1


def _given_names(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[int, str], set[str]]:
    """Each report's first names of each surname, over all its people
    ("Jon Smith" and "Joan Smith", however aligned, are two first names of
    "smith"), and a lone word of a person's group that is not the surname
    ("Luis" after "Louis Anaya"): a report that writes both spellings is
    not set against the other."""
    names: dict[tuple[int, str], set[str]] = {}
    for key, claims in groups.items():
        if not is_named_person(key.kind, key.subject):
            continue
        full = [name_parts(c.value.name or "") for c in claims if c.kind is ClaimKind.person]
        surnames = {letters_only(parts[-1]) for parts in full if len(parts) > 1}
        for claim in claims:
            parts = name_parts(claim.value.name or "") if claim.kind is ClaimKind.person else []
            if len(parts) > 1:
                names.setdefault((claim.report, letters_only(parts[-1])), set()).add(letters_only(parts[0]))
            elif len(parts) == 1 and letters_only(parts[0]) not in surnames:
                for surname in surnames:
                    names.setdefault((claim.report, surname), set()).add(letters_only(parts[0]))
    return names


def spelling_findings(
    groups: Mapping[GroupKey, list[Claim]], min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> list[Finding]:
    """A possible conflict for each person two reports name with one first
    name and two spellings of the surname, or with one surname and two
    spellings of the first name (one letter apart, no pet form), unless a
    report writes both first names itself."""
    findings = []
    given = _given_names(groups)
    for key, claims in sorted(groups.items()):
        if not is_named_person(key.kind, key.subject):
            continue
        reports = sorted({c.report for c in claims})
        for first, second in combinations(reports, 2):
            a, b = _fullest(claims, first), _fullest(claims, second)
            if a is None or b is None or not (_one_spelling(claims, first) and _one_spelling(claims, second)):
                continue
            spellings = surname_spellings(a.value.name or "", b.value.name or "")
            if spellings is not None:
                findings.append(_spelling_finding(a, b, key, "surname", spellings, min_confidence))
            firsts = given_name_spellings(a.value.name or "", b.value.name or "")
            surname = letters_only(name_parts(a.value.name or "")[-1])
            if firsts is not None and not any(
                {letters_only(n) for n in firsts} <= given.get((r, surname), set()) for r in (first, second)
            ):
                findings.append(_spelling_finding(a, b, key, "first name", firsts, min_confidence))
    return findings


def _spelling_finding(
    a: Claim, b: Claim, key: GroupKey, part: str, spellings: tuple[str, str], min_confidence: float
) -> Finding:
    """The finding: the name's ``part`` ("surname", "first name") in both
    spellings and both sentences, a possible conflict."""
    return person_conflict(
        a,
        b,
        incident=key.incident,
        subject=f"{key.subject}:{part}",
        label=f"{a.value.name}'s {part}",
        explanation=(
            f"the {part} is spelled {spellings[0]} in one report, {spellings[1]} in the other: "
            f"{quoted_sentences(a, b)}"
        ),
        reason=f"same person: {a.value.name} and {b.value.name}",
        min_confidence=min_confidence,
        unsure="",
    )
