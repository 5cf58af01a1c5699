"""Who called the police, who found the victim: one report's caller against another's.

The caller reader (:mod:`reportcheck.extract.callers`) writes on each claim
of ``caller:called`` or ``caller:found`` the role its words give the person
("brother", "neighbor") or their name, whether they are several people,
and whether the report tells the call as the one that got help sent.  The
align stage groups them by incident and act, so a caller is only set
against a caller, a finder against a finder.

Several people often call 911 about one shooting ("a neighbor heard shots
and called", "the wife called" can both hold), so the check is held back:
a conflict only where each report gives one caller by one role, the two
roles cannot be one person (a brother is not a girlfriend, a neighbor is not
the mother: :func:`reportcheck.knowledge.callers.roles_relation`), and
each report tells it as THE call ("the call came from", "the person who
called") or THE finder ("was found by his mother", "the person who found");
two callers told as any call, or two finders told as any finders (who may
have come upon the victim together), are at most a possible conflict.  A
report that names several callers, a witness, a friend or "a relative" (who
may be anyone the other report names), or a name against a role, is never
set against the other report.  The same role in both is an agreement ("his
mother" and "the boy's mother"; "his parents" and "his parents"), and so
is the same name ("Tom Reed").
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import combinations

from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE
from reportcheck.compare.judges.verdict import only_in_one_words, quoted_sentences
from reportcheck.compare.person_findings import person_conflict
from reportcheck.knowledge.callers import APART, CALLED, SAME, roles_relation
from reportcheck.knowledge.names import names_match
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey, Status

#: the group subjects of the two acts (extract/callers/component.py)
CALLER_PREFIX = "caller:"


def is_caller_group(key: GroupKey) -> bool:
    """Whether a group holds callers or finders, which this module compares, not the person judge."""
    return key.kind == ClaimKind.person.value and key.subject.startswith(CALLER_PREFIX)


def caller_findings(
    groups: Mapping[GroupKey, list[Claim]], min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> list[Finding]:
    """Agreements, conflicts and callers told by one report only, per group of callers or finders."""
    findings: list[Finding] = []
    for key, claims in sorted(groups.items()):
        if not is_caller_group(key):
            continue
        by_report: dict[int, list[Claim]] = {}
        for claim in sorted(claims, key=lambda c: (c.report, c.evidence.start)):
            by_report.setdefault(claim.report, []).append(claim)
        paired: set[str] = set()
        for first, second in combinations(sorted(by_report), 2):
            found = _pair(by_report[first], by_report[second], key, min_confidence)
            findings += found
            paired |= {c.id for f in found for c in f.claims}
        findings += [_only_in_one(c, key) for c in claims if c.id not in paired]
    return findings


def _pair(side_a: list[Claim], side_b: list[Claim], key: GroupKey, min_confidence: float) -> list[Finding]:
    """The findings of two reports' callers: every pair of one person told
    alike, else one conflict where each report gives one caller only."""
    agreed = [(a, b) for a in side_a for b in side_b if _same(a, b)]
    if agreed:
        return [_agreement(a, b, key) for a, b in _first_of_each(agreed)]
    one_a, one_b = _one_caller(side_a), _one_caller(side_b)
    if one_a is None or one_b is None:
        return []
    if roles_relation(one_a.person.caller or "", one_b.person.caller or "") != APART:
        return []
    return [_conflict(one_a, one_b, key, min_confidence)]


def _same(a: Claim, b: Claim) -> bool:
    """Whether two callers are one person (or one group) told alike: one
    name where both give a name, else one role told as one person in both or
    as several in both ("his parents" and "his parents")."""
    if a.value.name and b.value.name:
        return names_match(a.value.name, b.value.name)
    if a.person.caller and b.person.caller:
        several = bool(a.person.several) == bool(b.person.several)
        return roles_relation(a.person.caller, b.person.caller) == SAME and several
    return False


def _first_of_each(pairs: list[tuple[Claim, Claim]]) -> list[tuple[Claim, Claim]]:
    """One agreement per caller of the first report."""
    seen: set[str] = set()
    kept = []
    for a, b in pairs:
        if a.id not in seen:
            seen.add(a.id)
            kept.append((a, b))
    return kept


def _one_caller(side: list[Claim]) -> Claim | None:
    """The report's one caller by role, where it tells one person by one role
    and no one else (no name, no group of people beside it)."""
    if any(c.person.several or not c.person.caller for c in side):
        return None
    roles = {c.person.caller for c in side}
    return side[0] if len(roles) == 1 else None


def _agreement(a: Claim, b: Claim, key: GroupKey) -> Finding:
    who = a.person.caller or a.value.name or a.value.label
    return Finding(
        status=Status.agree,
        kind=ClaimKind.person,
        subject=key.subject,
        subject_label=a.subject_label,
        internal=False,
        incident=key.incident,
        explanation=f"{a.evidence.text.strip()} vs {b.evidence.text.strip()}: the same {who}",
        claims=[a, b],
    )


def _conflict(a: Claim, b: Claim, key: GroupKey, min_confidence: float) -> Finding:
    """Two callers who cannot be one person, graded as a person's finding.
    A call either report does not tell as THE call is at most a possible
    conflict: several people may have called.  So is a finding either report
    does not tell as the one who found ("was found by his mother", "the
    person who found"): "a neighbor found her" and "her mother found her"
    may both hold, the two having come upon her together."""
    several = not (a.person.the_call and b.person.the_call)
    why = "a call, not the call: several people may have called"
    if not key.subject.endswith(CALLED):
        why = "a finder, not the one who found: several people may have found the victim together"
    return person_conflict(
        a,
        b,
        incident=key.incident,
        subject=key.subject,
        label=a.subject_label,
        explanation=f"{a.evidence.text.strip()} in one report, {b.evidence.text.strip()} in the other: "
        + quoted_sentences(a, b),
        reason=f"two callers who cannot be one person: {a.person.caller} and {b.person.caller}",
        min_confidence=min_confidence,
        unsure=f"a report tells {why}" if several else None,
    )


def _only_in_one(claim: Claim, key: GroupKey) -> Finding:
    return Finding(
        status=Status.only_in_one,
        kind=ClaimKind.person,
        subject=key.subject,
        subject_label=claim.subject_label,
        internal=False,
        incident=key.incident,
        explanation=only_in_one_words(claim),
        claims=[claim],
    )
