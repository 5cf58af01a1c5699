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
from reportcheck.compare.cross_findings import in_report_order
from reportcheck.compare.judges.verdict import quoted_sentences
from reportcheck.compare.person_findings import person_agreement, person_conflict, person_only_in_one
from reportcheck.knowledge.callers import APART, CALLED, SAME, is_caller_subject, is_responder, roles_relation
from reportcheck.knowledge.names import names_match
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey


def is_caller_group(key: GroupKey) -> bool:
    """Whether a group holds callers or finders, which this module compares, not the person judge."""
    return key.kind == ClaimKind.person.value and is_caller_subject(key.subject)


def caller_findings(
    groups: Mapping[GroupKey, list[Claim]], min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> list[Finding]:
    """Agreements, conflicts and callers told by one report only, per group of callers or finders."""
    findings: list[Finding] = []
    for key, claims in sorted(groups.items()):
        if not is_caller_group(key):
            continue
        by_report: dict[int, list[Claim]] = {}
        for claim in in_report_order(claims):
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
    alike, else one conflict where each report gives one caller only, by
    role or by name.  The police who found the victim on a call answered
    are beside any other finder, not instead of one: their agreement ("officers
    found" and "police found") leaves the other finders to be set against
    each other, and they are no second finder of a report."""
    agreed = [(a, b) for a in side_a for b in side_b if _same(a, b)]
    found = [_agreement(a, b, key) for a, b in _first_of_each(agreed)]
    if any(not is_responder(a.person.caller) for a, _ in agreed):
        return found
    clash = _clash(_not_responders(side_a), _not_responders(side_b), key, min_confidence)
    return found + ([clash] if clash is not None else [])


def _clash(side_a: list[Claim], side_b: list[Claim], key: GroupKey, min_confidence: float) -> Finding | None:
    """The conflict of two reports that each give one caller, by role or by
    name, who cannot be one person; None where either gives several or none."""
    one_a, one_b = _one_caller(side_a), _one_caller(side_b)
    if one_a is not None and one_b is not None:
        if roles_relation(one_a.person.caller or "", one_b.person.caller or "") != APART:
            return None
        reason = f"two callers who cannot be one person: {one_a.person.caller} and {one_b.person.caller}"
        return _conflict(one_a, one_b, key, min_confidence, reason)
    named_a, named_b = _one_named(side_a), _one_named(side_b)
    if named_a is None or named_b is None:
        return None
    if not _names_apart(named_a.value.name or "", named_b.value.name or ""):
        return None
    reason = f"two named callers who cannot be one person: {named_a.value.name} and {named_b.value.name}"
    return _conflict(named_a, named_b, key, min_confidence, reason, named=True)


def _not_responders(side: list[Claim]) -> list[Claim]:
    """The report's callers and finders but the police or rescuers, who find
    a victim beside whoever found them first."""
    return [c for c in side if not is_responder(c.person.caller)]


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
    if not side or any(c.person.several or not c.person.caller for c in side):
        return None
    roles = {c.person.caller for c in side}
    return side[0] if len(roles) == 1 else None


def _one_named(side: list[Claim]) -> Claim | None:
    """The report's one caller by name, where every caller it tells is named
    and all the names can be one person ("Tom Reed" and "Reed")."""
    if not side or any(c.person.several or not c.value.name for c in side):
        return None
    first = side[0]
    return first if all(names_match(first.value.name or "", c.value.name or "") for c in side) else None


def _names_apart(a: str, b: str) -> bool:
    """Whether two names cannot be one person: they do not match, and they
    are not each one word, which may be a first name and a surname of one
    person ("Antonio" and "LeGrier")."""
    return not names_match(a, b) and not (len(a.split()) == 1 and len(b.split()) == 1)


def _agreement(a: Claim, b: Claim, key: GroupKey) -> Finding:
    who = a.person.caller or a.value.name or a.value.label
    return person_agreement(
        a,
        b,
        incident=key.incident,
        subject=key.subject,
        label=a.subject_label,
        explanation=f"{a.evidence.text.strip()} vs {b.evidence.text.strip()}: the same {who}",
    )


def _conflict(
    a: Claim, b: Claim, key: GroupKey, min_confidence: float, reason: str, *, named: bool = False
) -> Finding:
    """Two callers who cannot be one person, graded as a person's finding.
    A call either report does not tell as THE call is at most a possible
    conflict: several people may have called.  So is a finding either report
    does not tell as the one who found ("was found by his mother", "the
    person who found"): "a neighbor found her" and "her mother found her"
    may both hold, the two having come upon her together.  Two named
    callers are at most a possible conflict whatever the words: a named
    caller is as often the shooter or the victim who called as the one
    whose call got help sent (``named``)."""
    several = not (a.person.the_call and b.person.the_call)
    why = "a call, not the call: several people may have called"
    if not key.subject.endswith(CALLED):
        why = "a finder, not the one who found: several people may have found the victim together"
    unsure = f"a report tells {why}" if several else None
    if named:
        unsure = "two named callers: the shooter, the victim and others each may have called"
    return person_conflict(
        a,
        b,
        incident=key.incident,
        subject=key.subject,
        label=a.subject_label,
        explanation=f"{a.evidence.text.strip()} in one report, {b.evidence.text.strip()} in the other: "
        + quoted_sentences(a, b),
        reason=reason,
        min_confidence=min_confidence,
        unsure=unsure,
    )


def _only_in_one(claim: Claim, key: GroupKey) -> Finding:
    return person_only_in_one(claim, incident=key.incident, subject=key.subject, label=claim.subject_label)
