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
or died at the scene is.  A death told as later
against the other report's living person is an update, shown as compatible
with both sentences (a change of state the earlier report does not deny).

Unnamed people are mostly left out: "the officer was killed" and "an
officer was wounded" are often two officers.  Only the one unnamed person
of a sex each report tells of by a noun ("a woman was shot", "one woman
critically injured"), and no other of that noun's sex, is one person here,
and only for that update: "one woman critically injured" against "She was in
critical condition ... but has since died" (:func:`_unnamed_updates`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from itertools import combinations

from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE
from reportcheck.compare.person_findings import person_conflict, person_update
from reportcheck.details import SEX_BY_NOUN, SEX_BY_PRONOUN
from reportcheck.knowledge.condition import alive_after, died_later
from reportcheck.knowledge.vocabulary import (
    INDIVIDUAL,
    ONE_OF_SEX,
    VICTIMS_ROLE,
    besides_another,
    is_named_person,
)
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


def identified_nouns(groups: Mapping[GroupKey, list[Claim]]) -> dict[int, dict[int, str]]:
    """report -> offset of a noun -> the shared key of the one named person
    the report identifies as that noun ("The man killed was identified as
    Ana Ruiz", "A man was critically injured.  Police identified him as
    ..."; ``identified_noun`` of the person's details); a noun two names are
    given to is none's."""
    told: dict[int, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for key, claims in groups.items():
        if not is_named_person(key.kind, key.subject):
            continue
        for claim in claims:
            if claim.kind is ClaimKind.person and claim.person.identified_noun is not None:
                told[claim.report][claim.person.identified_noun].add(key[2])
    return {
        report: {offset: next(iter(keys)) for offset, keys in nouns.items() if len(keys) == 1}
        for report, nouns in told.items()
    }


def _fates(
    groups: Mapping[GroupKey, list[Claim]],
    named: Mapping[tuple[int, int], tuple[str, str]],
    nouns: Mapping[int, Mapping[int, str]],
) -> dict[tuple[str, str], dict[int, list[Claim]]]:
    """(incident, person) -> report -> the counts of that one named person
    (``named``, :func:`named_people`): a count told of the name, or of the
    noun the report identifies as the name (``nouns``,
    :func:`identified_nouns`: "The man killed was identified as ...")."""
    fates: dict[tuple[str, str], dict[int, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for key, claims in groups.items():
        if key[1] not in (ClaimKind.killed.value, ClaimKind.injured.value):
            continue
        for claim in claims:
            person = named.get((claim.report, claim.evidence.start))
            if person is not None and claim.count.group == INDIVIDUAL:
                fates[(key[0], person[0])][claim.report].append(claim)
            elif person is None and claim.value.low == claim.value.high == 1:
                # "A man was critically injured. ... Police identified him as ..."
                subject = _identified_of(claim, nouns)
                if subject is not None:
                    fates[(key[0], subject)][claim.report].append(claim)
    return fates


def _identified_of(claim: Claim, nouns: Mapping[int, Mapping[int, str]]) -> str | None:
    """The named person a count of one is told of by the noun the report
    identifies as that person: the noun stands inside the count's words."""
    evidence = claim.evidence
    told = {key for at, key in nouns.get(claim.report, {}).items() if evidence.start <= at < evidence.end}
    return next(iter(told)) if len(told) == 1 else None


def fate_findings(
    groups: Mapping[GroupKey, list[Claim]], min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> list[Finding]:
    """A conflict for each named person one report says was killed and
    another says was hurt and alive, never saying they died, then the
    updates of the one unnamed person of a sex (:func:`_unnamed_updates`);
    the named people and the nouns they are identified as read once for
    both."""
    named = named_people(groups)
    nouns = identified_nouns(groups)
    findings = []
    for (incident, person), by_report in sorted(_fates(groups, named, nouns).items()):
        for first, second in combinations(sorted(by_report), 2):
            finding = _fate_conflict(by_report[first], by_report[second], incident, person, min_confidence)
            if finding is not None:
                findings.append(finding)
    return findings + _unnamed_updates(groups, named, nouns)


def _fate_conflict(
    side_a: list[Claim], side_b: list[Claim], incident: str, person: str, min_confidence: float
) -> Finding | None:
    for dead, _, hurt, words in _dead_against_alive(side_a, side_b):
        killed = dead[0]
        name = killed.evidence.text.strip()
        later = [c for c in dead if died_later(c)]
        if later:
            return _update(later[0], hurt, words, incident, person, name, f"same person: {name}")
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
            ordered=True,
        )
    return None


def _dead_against_alive(
    side_a: list[Claim], side_b: list[Claim], *, later_only: bool = False
) -> Iterator[tuple[list[Claim], list[Claim], Claim, str]]:
    """Each way round, one side's deaths of a person (``later_only``: told as
    coming later, "has since died") where the other side tells no death and
    tells the person alive: (the deaths, the other side, its first claim of
    the person alive, the words that say so)."""
    for dead_side, hurt_side in ((side_a, side_b), (side_b, side_a)):
        dead = [c for c in dead_side if c.kind is ClaimKind.killed and (not later_only or died_later(c))]
        if not dead or any(c.kind is ClaimKind.killed for c in hurt_side):
            continue
        living = [(c, words) for c in hurt_side if (words := alive_after(c)) is not None]
        if living:
            yield dead, hurt_side, *living[0]


def _update(
    dead: Claim, hurt: Claim, words: str, incident: str, subject: str, name: str, reason: str
) -> Finding:
    """The compatible finding of a person alive in one report (``words``:
    "critically injured") whom the other says died later ("has since died")."""
    return person_update(
        dead,
        hurt,
        incident=incident,
        subject=subject,
        label=f"what happened to {name}",
        explanation=(
            f"{name}: alive in one report ({words}), died later in the other: an update, not a conflict"
        ),
        reasons=[reason, "the death is told as coming after the harm the other report tells"],
    )


#: the kinds of the counts that tell an unnamed person's fate
_FATE_KINDS = frozenset({ClaimKind.killed.value, ClaimKind.injured.value, ClaimKind.other_count.value})


def _one_unnamed(
    groups: Mapping[GroupKey, list[Claim]],
    named: Mapping[tuple[int, int], tuple[str, str]],
    identified: Mapping[int, Mapping[int, str]],
) -> dict[tuple[str, str], dict[int, list[Claim]]]:
    """(incident, sex) -> report -> the counts of the one unnamed victim of
    that sex a report tells of by a noun ("a woman", "one woman"), with the
    counts a pronoun of that sex tells ("she died"); a report that tells
    two such people (two nouns, "another woman", a named person of that sex)
    has none here (``named`` and ``identified``: see :func:`_fates`)."""
    told: dict[tuple[str, str], dict[int, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for key, claims in groups.items():
        if key[1] not in _FATE_KINDS:
            continue
        for claim in claims:
            details = claim.count
            single = claim.value.low == 1 and claim.value.high == 1
            if details.role != VICTIMS_ROLE or details.sex is None or not single:
                continue
            told[(key[0], details.sex)][claim.report].append(claim)
    found: dict[tuple[str, str], dict[int, list[Claim]]] = {}
    for (incident, sex), by_report in told.items():
        one: dict[int, list[Claim]] = {}
        for report, claims in by_report.items():
            nouns = [c for c in claims if c.count.sex_by == SEX_BY_NOUN]
            if not nouns or any(c.count.sex_by not in (SEX_BY_NOUN, SEX_BY_PRONOUN) for c in claims):
                continue  # none told by a noun, or one told by a name, a title or kin
            groups_told = {c.count.group for c in nouns if c.count.group != INDIVIDUAL}
            if len(groups_told) > 1 or any(_besides(c) for c in nouns):
                continue  # "a woman ... a girl", "another woman": two people ("the woman" is the one told)
            if any((c.report, c.evidence.start) in named or _identified_of(c, identified) for c in claims):
                continue  # a named person's, or the noun a name is identified as: the name's fate
            one[report] = claims
        if len(one) > 1:
            found[(incident, sex)] = one
    return found


def _besides(claim: Claim) -> bool:
    """ "another woman", "a second woman", "one woman on the ground": one
    besides someone told before (extract/counts/scope.py)."""
    return besides_another(claim.frame.scope)


def _unnamed_updates(
    groups: Mapping[GroupKey, list[Claim]],
    named: Mapping[tuple[int, int], tuple[str, str]],
    identified: Mapping[int, Mapping[int, str]],
) -> list[Finding]:
    """A compatible finding for the one unnamed person of a sex two reports
    each tell of, alive in one ("one woman critically injured") and told in
    the other as dying later ("has since died"): the later report's update.
    A death not told as later is left alone: two unnamed women may be two."""
    findings = []
    for (incident, sex), by_report in sorted(_one_unnamed(groups, named, identified).items()):
        for first, second in combinations(sorted(by_report), 2):
            side_a, side_b = by_report[first], by_report[second]
            for later, hurt_side, hurt, words in _dead_against_alive(side_a, side_b, later_only=True):
                noun = next(c for c in hurt_side if c.count.sex_by == SEX_BY_NOUN).evidence.text.split()[-1]
                name = f"the {noun.lower()}"
                reason = f"one person: the one {noun.lower()} each report tells of, unnamed"
                findings.append(
                    _update(later[0], hurt, words, incident, f"{ONE_OF_SEX}:{sex}:fate", name, reason)
                )
                break
    return findings
