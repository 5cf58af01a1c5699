"""What happened to each person: one report's dead against another's living.

A count of one named person ("Isaac Duran, 19, was shot and killed",
"Officer Dana Ruiz was critically wounded") says what happened to that
person.  The align stage keys a named person by who they are (the person
claims' shared subject, :func:`reportcheck.align.person_subjects`), so the
same person's fate can be read in each report: killed in one and alive in
the other is a difference an editor must see, which the counts alone hide
("1 killed" and "1 injured" are counts of different tolls, never compared).

Only what cannot both be true is a conflict: a report that says the person
was hurt and also that they died tells the same story as one that says they
were killed ("wounded, later died in hospital"), and a death told as coming
after the harm ("died later in hospital", "has since died": ``later_death``
in rules/people.yaml) moves on from another report's "critical condition"
without denying it.  A report that tells only a wound ("suffered a gunshot
wound") leaves the person's fate open, so it is no conflict; one that says
the person is alive after it ("in critical condition", "is expected to
survive", "seriously injured") against one that says they were shot dead
or died at the scene is.  Unnamed
people are left out: "the officer was killed" and "an officer was wounded"
are often two officers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from itertools import combinations

from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE
from reportcheck.compare.person_findings import person_conflict
from reportcheck.knowledge.condition import alive_after, died_later
from reportcheck.knowledge.vocabulary import INDIVIDUAL, is_named_person
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey


def named_people(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[int, int], tuple[str, str]]:
    """(report, start of the name) -> (shared person key, name) of every named person."""
    named = {}
    for key, claims in groups.items():
        if not is_named_person(key.kind, key.subject):
            continue  # who called or found: the name's own person claim stands for the person
        for claim in claims:
            named[(claim.report, claim.evidence.start)] = (key[2], claim.value.name or claim.evidence.text)
    return named


def _fates(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[str, str], dict[int, list[Claim]]]:
    """(incident, person) -> report -> the counts of that one named person."""
    named = named_people(groups)
    fates: dict[tuple[str, str], dict[int, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for key, claims in groups.items():
        if key[1] not in (ClaimKind.killed.value, ClaimKind.injured.value):
            continue
        for claim in claims:
            person = named.get((claim.report, claim.evidence.start))
            if person is not None and claim.count.group == INDIVIDUAL:
                fates[(key[0], person[0])][claim.report].append(claim)
    return fates


def fate_findings(
    groups: Mapping[GroupKey, list[Claim]], min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> list[Finding]:
    """A conflict for each named person one report says was killed and
    another says was hurt and alive, never saying they died."""
    findings = []
    for (incident, person), by_report in sorted(_fates(groups).items()):
        for first, second in combinations(sorted(by_report), 2):
            finding = _fate_conflict(by_report[first], by_report[second], incident, person, min_confidence)
            if finding is not None:
                findings.append(finding)
    return findings


def _fate_conflict(
    side_a: list[Claim], side_b: list[Claim], incident: str, person: str, min_confidence: float
) -> Finding | None:
    for dead_side, hurt_side in ((side_a, side_b), (side_b, side_a)):
        dead = [c for c in dead_side if c.kind is ClaimKind.killed]
        if not dead or any(died_later(c) for c in dead) or any(c.kind is ClaimKind.killed for c in hurt_side):
            continue
        living = [(c, words) for c in hurt_side if (words := alive_after(c)) is not None]
        if not living:
            continue
        killed, (hurt, words) = dead[0], living[0]
        name = killed.evidence.text.strip()
        return person_conflict(
            killed,
            hurt,
            incident=incident,
            subject=person,
            label=f"what happened to {name}",
            explanation=f"{name}: killed in one report, alive in the other ({words})",
            reason=f"same person: {name}",
            min_confidence=min_confidence,
            kind=ClaimKind.killed,
            about=None,
            in_report_order=True,
        )
    return None
