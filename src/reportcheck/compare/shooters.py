"""Who shot the victim: "he shot himself" in one report, "was shot by his friend" in another.

Reports of a child's, a hunter's or a teenager's shooting often disagree on
the one thing an editor must get right: whether the person hit fired the
shot ("accidentally shot himself", "died of a self-inflicted gunshot wound",
"took her own life") or someone else did ("was shot by his cousin", "a
12-year-old boy accidentally shot his brother").  The extractor reads it from
the grammar of the clause that hurt the person and sets it on that person's
count (``CountDetails.shooter``, :mod:`reportcheck.extract.counts.shooter`),
where the report states it as fact or hedges it ("police believe he shot
himself", "an apparently self-inflicted wound": ``CountDetails.shooter_hedge``);
two readings apart are a conflict where both are told as fact, a possible
conflict where either is hedged.

Two reports are set against each other for one person: a named person (the
align stage's shared key of the name, as :mod:`.fates` pairs them), or the
one victim each report tells of (no figure over one, not one dead beside one
hurt, no attacker harmed: a gunman who shot
himself after shooting others is the attacker, never the victim).  A report
that tells both of one person ("the passenger shot himself in the hand; the
bullet struck the driver" reads two people) is left alone.

A report may tell who fired by who held the gun when it went off ("Police
say Cole was handling the gun when it went off and struck his brother"; the
person claim's ``held_gun``, :mod:`reportcheck.extract.people.holders`):
where that report tells of one victim, names them, and the holder is not
that victim, someone else fired at the victim.  A holder who is the victim,
or of a report that names no victim (the holder may be the one hit), tells
nothing here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations

from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE
from reportcheck.compare.fates import named_people
from reportcheck.compare.judges.verdict import quoted_sentences
from reportcheck.compare.one_victim import (
    HARM_KINDS,
    ONE_VICTIM_REASON,
    OneVictim,
    one_victims,
    same_one_victim,
)
from reportcheck.compare.person_findings import person_conflict
from reportcheck.details import SHOOTER_ANOTHER, SHOOTER_SELF
from reportcheck.knowledge.names import people_lexicon
from reportcheck.knowledge.vocabulary import SUSPECT
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey

#: how a reader sees each reading
_TOLD = {SHOOTER_SELF: "shot themself", SHOOTER_ANOTHER: "shot by someone else"}


@dataclass(frozen=True)
class _Reading:
    """One report's word on who fired: the claim that tells it (a count's
    ``shooter`` or a holder's person claim), the reading and its hedge."""

    claim: Claim
    who: str
    hedge: str | None = None

    @property
    def told(self) -> str:
        """How a reader sees it: a holder's name says who fired."""
        if self.claim.kind is ClaimKind.person:
            return f"{_TOLD[self.who]} ({self.claim.evidence.text.strip()} held the gun when it went off)"
        return _TOLD[self.who]


def _count_readings(claims: Iterable[Claim]) -> list[_Reading]:
    """The readings of the counts that tell who fired."""
    return [_Reading(c, c.count.shooter, c.count.shooter_hedge) for c in claims if c.count.shooter]


def shooter_findings(
    groups: Mapping[GroupKey, list[Claim]], min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> list[Finding]:
    """A conflict for each person one report says fired the shot that hit
    them and another says someone else fired."""
    findings = []
    for (incident, person), sides in sorted(_named_shooters(groups).items()):
        findings += _conflicts(sides, incident, person, min_confidence)
    done = {f.incident for f in findings}
    one = one_victims(groups, own_suicide=True)  # "a girl died of a self-inflicted wound" is a victim here
    for incident, sides in sorted(_one_victim_shooters(groups, one).items()):
        if incident not in done:
            findings += _conflicts(sides, incident, "victim", min_confidence, one)
    return findings


def _named_shooters(
    groups: Mapping[GroupKey, list[Claim]],
) -> dict[tuple[str, str], dict[int, list[_Reading]]]:
    """(incident, person) -> report -> the readings of the counts of that named person that tell who fired."""
    named = named_people(groups)
    told: dict[tuple[str, str], dict[int, list[_Reading]]] = defaultdict(lambda: defaultdict(list))
    for key, claims in groups.items():
        for claim in claims:
            person = named.get((claim.report, claim.evidence.start))
            if person is not None and claim.kind in HARM_KINDS and claim.count.shooter:
                told[(key[0], person[0])][claim.report] += _count_readings([claim])
    return told


def _one_victim_shooters(
    groups: Mapping[GroupKey, list[Claim]], one: Mapping[tuple[str, int], OneVictim]
) -> dict[str, dict[int, list[_Reading]]]:
    """incident -> report -> the readings of who fired, in each report that
    tells of one victim only and of no attacker harmed: its counts' and, where
    the count tells none, its holder's of the gun (:func:`_holder_readings`)."""
    harmed_attackers = _attackers_harmed(groups)
    holders = _holders(groups)
    told: dict[str, dict[int, list[_Reading]]] = defaultdict(dict)
    for (incident, report), victim in sorted(one.items()):
        if (incident, report) in harmed_attackers or _a_suspect(victim.counts):
            continue
        readings = _count_readings(victim.counts) or _holder_readings(
            holders.get((incident, report), []), victim
        )
        if readings and len(victim.sexes) <= 1:
            told[incident][report] = readings
    return told


def _holders(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[str, int], list[tuple[str, Claim]]]:
    """(incident, report) -> (person key, claim) of each named person told
    holding the gun when it went off."""
    found: dict[tuple[str, int], list[tuple[str, Claim]]] = defaultdict(list)
    for key, claims in groups.items():
        if key.kind != ClaimKind.person.value:
            continue
        for claim in claims:
            if claim.person.held_gun:
                found[(key.incident, claim.report)].append((key.subject, claim))
    return found


def _holder_readings(holders: list[tuple[str, Claim]], victim: OneVictim) -> list[_Reading]:
    """Someone else fired where the report names its one victim and tells
    another person held the gun when it went off ("Police say Cole was
    handling the gun when it went off and struck his brother, Amir").  A
    holder who is the victim, or of a report that names no victim, tells
    nothing: the one who held it may be the one hit."""
    victims = victim.named | victim.names
    if not victims:
        return []
    return [
        _Reading(claim, SHOOTER_ANOTHER, claim.person.held_hedge)
        for key, claim in holders
        if key not in victims
    ]


def _attackers_harmed(groups: Mapping[GroupKey, list[Claim]]) -> set[tuple[str, int]]:
    """(incident, report) of each report that tells an attacker killed or hurt
    (a gunman who shot himself after shooting others is counted so).  A toll
    marked as one that may count the attacker (``attacker`` "possible") is
    not enough: every report of a child who shot himself is so marked."""
    found = set()
    for key, claims in groups.items():
        for claim in claims:
            if claim.kind not in HARM_KINDS:
                continue
            if claim.count.role == "attackers":
                found.add((key[0], claim.report))
    return found


def _a_suspect(counts: Iterable[Claim]) -> bool:
    """Whether a count of the harmed calls its person by a suspect's noun
    ("the suspect shot himself", "the gunman was wounded"): the one who shot
    himself is then the attacker, never the victim the other report tells."""
    role_of = people_lexicon().role_of
    return any(
        role_of.get(word) == SUSPECT
        for c in counts
        for word in re.findall(r"[a-z]+", c.evidence.text.lower())
    )


def _conflicts(
    sides: Mapping[int, list[_Reading]],
    incident: str,
    person: str,
    min_confidence: float,
    one: Mapping[tuple[str, int], OneVictim] | None = None,
) -> list[Finding]:
    """One conflict for each two reports of one person that each tell one
    shooter, the one the person, the other someone else."""
    single = {r: readings for r, readings in sides.items() if len({x.who for x in readings}) == 1}
    findings = []
    for first, second in combinations(sorted(single), 2):
        a, b = _firmest(single[first]), _firmest(single[second])
        if one is not None and not _one_person(one[(incident, first)], one[(incident, second)]):
            continue  # each report's one victim, but two people
        if a.who != b.who:
            findings.append(_conflict(a, b, incident, person, min_confidence))
    return findings


def _one_person(a: OneVictim, b: OneVictim) -> bool:
    """Whether two reports' one victims are one person for who fired: nothing
    sets them apart (:func:`same_one_victim`), and where one report names its
    victim and the other does not, a sex or an age both tell ties them ("a
    man shot himself" is not "Dana Pruitt, 34, was shot by her boyfriend":
    a suicide nearby and a victim named are often two people)."""
    if not same_one_victim(a, b):
        return False
    if bool(a.named) == bool(b.named):
        return True
    return bool(a.sexes & b.sexes) or any(abs(x - y) <= 1 for x in a.ages for y in b.ages)


def _firmest(readings: list[_Reading]) -> _Reading:
    """A report's reading told as fact before one it hedges (in report order)."""
    return min(readings, key=lambda x: (x.hedge is not None, x.claim.evidence.start))


def _hedged(a: _Reading, b: _Reading) -> str | None:
    """Why the finding is only possible: the words that hedge either
    reading ("police believe he shot himself", "an apparently self-inflicted
    wound"), or None where both are told as fact."""
    words = [f"'{x.hedge}'" for x in (a, b) if x.hedge]
    return f"who fired hedged: {', '.join(words)}" if words else None


def _conflict(
    first: _Reading, second: _Reading, incident: str, person: str, min_confidence: float
) -> Finding:
    """The finding: both sentences quoted, graded as any conflict of one
    person; a possible conflict where either report hedges who fired."""
    a, b = first.claim, second.claim
    who = a.evidence.text.strip() if person != "victim" else "the victim"
    hedged = _hedged(first, second)
    return person_conflict(
        a,
        b,
        incident=incident,
        subject=f"{person}:shooter",
        label=f"who shot {who}",
        explanation=(
            f"{who}: {first.told} in one report, {second.told} in the other: {quoted_sentences(a, b)}"
        ),
        reason=f"same person: {who}" if person != "victim" else ONE_VICTIM_REASON,
        min_confidence=min_confidence,
        unsure=hedged,
        doubted=hedged is not None,
    )
