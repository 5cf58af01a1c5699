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
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from itertools import combinations

from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE
from reportcheck.compare.fates import named_people
from reportcheck.compare.judges.verdict import quoted_sentences
from reportcheck.compare.one_victim import HARM_KINDS, OneVictim, one_victims, same_one_victim
from reportcheck.compare.person_findings import person_conflict
from reportcheck.details import SHOOTER_ANOTHER, SHOOTER_SELF
from reportcheck.knowledge.names import people_lexicon
from reportcheck.knowledge.vocabulary import SUSPECT
from reportcheck.models import Claim, Finding, GroupKey

#: how a reader sees each reading
_TOLD = {SHOOTER_SELF: "shot themself", SHOOTER_ANOTHER: "shot by someone else"}


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


def _named_shooters(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[str, str], dict[int, list[Claim]]]:
    """(incident, person) -> report -> the counts of that named person that tell who fired."""
    named = named_people(groups)
    told: dict[tuple[str, str], dict[int, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for key, claims in groups.items():
        for claim in claims:
            person = named.get((claim.report, claim.evidence.start))
            if person is not None and claim.kind in HARM_KINDS and claim.count.shooter:
                told[(key[0], person[0])][claim.report].append(claim)
    return told


def _one_victim_shooters(
    groups: Mapping[GroupKey, list[Claim]], one: Mapping[tuple[str, int], OneVictim]
) -> dict[str, dict[int, list[Claim]]]:
    """incident -> report -> the counts that tell who fired, in each report
    that tells of one victim only and of no attacker harmed."""
    harmed_attackers = _attackers_harmed(groups)
    told: dict[str, dict[int, list[Claim]]] = defaultdict(dict)
    for (incident, report), victim in sorted(one.items()):
        if (incident, report) in harmed_attackers or _a_suspect(victim.counts):
            continue
        shooters = [c for c in victim.counts if c.count.shooter]
        if shooters and len(victim.sexes) <= 1:
            told[incident][report] = shooters
    return told


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
    sides: Mapping[int, list[Claim]],
    incident: str,
    person: str,
    min_confidence: float,
    one: Mapping[tuple[str, int], OneVictim] | None = None,
) -> list[Finding]:
    """One conflict for each two reports of one person that each tell one
    shooter, the one the person, the other someone else."""
    single = {r: claims for r, claims in sides.items() if len({c.count.shooter for c in claims}) == 1}
    findings = []
    for first, second in combinations(sorted(single), 2):
        a, b = _firmest(single[first]), _firmest(single[second])
        if one is not None and not _one_person(one[(incident, first)], one[(incident, second)]):
            continue  # each report's one victim, but two people
        if a.count.shooter != b.count.shooter:
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


def _firmest(claims: list[Claim]) -> Claim:
    """A report's reading told as fact before one it hedges (in report order)."""
    return min(claims, key=lambda c: (c.count.shooter_hedge is not None, c.evidence.start))


def _hedged(a: Claim, b: Claim) -> str | None:
    """Why the finding is only possible: the words that hedge either
    reading ("police believe he shot himself", "an apparently self-inflicted
    wound"), or None where both are told as fact."""
    words = [f"'{c.count.shooter_hedge}'" for c in (a, b) if c.count.shooter_hedge]
    return f"who fired hedged: {', '.join(words)}" if words else None


def _conflict(a: Claim, b: Claim, incident: str, person: str, min_confidence: float) -> Finding:
    """The finding: both sentences quoted, graded as any conflict of one
    person; a possible conflict where either report hedges who fired."""
    who = a.evidence.text.strip() if person != "victim" else "the victim"
    hedged = _hedged(a, b)
    return person_conflict(
        a,
        b,
        incident=incident,
        subject=f"{person}:shooter",
        label=f"who shot {who}",
        explanation=(
            f"{who}: {_TOLD[a.count.shooter or '']} in one report, "
            f"{_TOLD[b.count.shooter or '']} in the other: {quoted_sentences(a, b)}"
        ),
        reason=f"same person: {who}" if person != "victim" else "each report tells of one victim only",
        min_confidence=min_confidence,
        unsure=hedged,
        doubted=hedged is not None,
    )
