"""Where one person was hit: "behind her left ear" here, "behind her right ear" there.

The count extractor writes on the count of one person harmed the sites its
words give (``wound`` of the count's details) and whether they tell one
wound only (``wound_single``).  Two reports' sites for the same person are
set against each other here, never one victim's against another's: the
person is the same where both counts name one person the align stage joins
(a named person's key), or where each report tells of one victim only.

A report may tell fewer wounds than another ("in the chest" against "in the
chest and arm"), and a part holds the parts inside it ("in the head" and
"in the jaw": ``holds`` of rules/wounds.yaml), so sites differ only where
neither holds the other.  Two conflicts an editor must see are told apart:
one part on two sides ("behind her left ear" against "behind her right
ear"), each report giving that one site only; and two sites apart where one
report says the person was hit once ("a single gunshot wound to the chest"
against "a gunshot wound to the shoulder").  Two reports that each give the
person one site, with no word of one wound and none of more, set their
sites against each other by region (``regions`` of rules/wounds.yaml): "shot
in the chest" against "shot in the head" is a conflict, "in the chest"
against "in the back" at most a possible one (one bullet's way in and out,
or two wounds).  In the GVC same-incident pairs (356 pairs, 92 where both
reports give a site), the sites no part holding the other explained were,
for one victim, a side against the other, a single wound against another
site, or two regions apart; the rest were a region against a part in it
("head", "jaw"), another victim's wound, or a report telling more wounds
("head and torso", "multiple times").  So a report whose words tell more
wounds than its sites ("shot multiple times in the torso", "gunshot wounds
to the chest", "including in the head": ``wound_several``) may list some
of them only, and is set against the other only where a report says the
person was hit once.
A report whose own sites for the person do not fit each other (two accounts
quoted) is left out.  The extractor reads another site told later of the
person and both sites of one bullet's path, so such a report gives two
sites, not one; a site told as a graze (``wound_graze``), often left out by
another report, is at most a possible conflict.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from itertools import combinations
from typing import NamedTuple

from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE
from reportcheck.compare.fates import named_people
from reportcheck.compare.judges.verdict import quoted_sentences
from reportcheck.compare.one_victim import (
    ONE_VICTIM,
    ONE_VICTIM_REASON,
    OneVictim,
    one_victims,
    same_one_victim,
)
from reportcheck.compare.person_findings import person_conflict
from reportcheck.knowledge.wounds import regions_apart, site_part, site_side, sites_fit, sites_near
from reportcheck.models import Claim, Finding, GroupKey

#: said of two sites next to each other, told of one wound
NEAR = "parts next to each other: may be one wound told two ways"
#: said of two sites of one region or of two regions next to each other,
#: each report giving one site with no word of one wound
ONE_REGION = "one region or two next to each other: may be one bullet's way in and out, or two wounds"
#: said of a site told as a graze: a graze is often left out by another report
GRAZE = "a graze, which another report may leave out"


class _Apart(NamedTuple):
    """Two counts whose sites cannot both be right: why, and the check's own
    doubt (:data:`NEAR`, :data:`ONE_REGION`, :data:`GRAZE`), which makes the
    finding a possible conflict, or None."""

    a: Claim
    b: Claim
    why: str
    doubt: str | None = None

    def explained(self) -> str:
        return f"{self.why} ({self.doubt})" if self.doubt else self.why


def _sites(claim: Claim) -> list[str]:
    return [s.strip() for s in (claim.count.wound or "").split(",") if s.strip()]


def _wounded(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[str, str], dict[int, list[Claim]]]:
    """(incident, person) -> report -> the counts of that person that give a site."""
    named = named_people(groups)
    one = one_victims(groups)
    by_person: dict[tuple[str, str], dict[int, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for key, claims in groups.items():
        for claim in claims:
            told = claim.count.wound or claim.count.wound_several
            if not told or claim.count.role != "victims" or claim.count.attacker == "included":
                continue
            person = named.get((claim.report, claim.evidence.start))
            if person is not None:
                by_person[(key.incident, person[0])][claim.report].append(claim)
            if one.get((key.incident, claim.report)):  # the report's one victim, named or not
                by_person[(key.incident, ONE_VICTIM)][claim.report].append(claim)
    return by_person


def _fits_itself(claims: list[Claim]) -> bool:
    """Whether a report's sites for the person fit each other (a single
    wound told at two sites apart is two accounts)."""
    sites = [s for c in claims for s in _sites(c)]
    single = any(c.count.wound_single for c in claims)
    if single and any(not sites_fit(a, b) for a, b in combinations(sites, 2)):
        return False
    return not any(site_part(a) == site_part(b) and not sites_fit(a, b) for a, b in combinations(sites, 2))


def wound_findings(
    groups: Mapping[GroupKey, list[Claim]], min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> list[Finding]:
    """A conflict for each person two reports say was hit at sites that
    cannot both be right."""
    findings: list[Finding] = []
    told: set[tuple[str, str]] = set()
    one = one_victims(groups)
    for (incident, person), by_report in sorted(_wounded(groups).items()):
        sides = {r: cs for r, cs in by_report.items() if _fits_itself(cs)}
        for first, second in combinations(sorted(sides), 2):
            if person == ONE_VICTIM and not _same(one, incident, first, second):
                continue  # each report's one victim, but two people
            found = _differ(sides[first], sides[second])
            if found is not None:
                if (found.a.id, found.b.id) in told:
                    continue  # the one victim, also named in both reports
                told.add((found.a.id, found.b.id))
                findings.append(_wound_conflict(found, incident, person, min_confidence))
    return findings


def _same(one: Mapping[tuple[str, int], OneVictim], incident: str, first: int, second: int) -> bool:
    """Whether two reports' one victims may be one person (no age, sex or name sets them apart)."""
    return same_one_victim(one[(incident, first)], one[(incident, second)])


def _differ(side_a: list[Claim], side_b: list[Claim]) -> _Apart | None:
    """The two counts whose sites cannot both be right, and why, or None.

    A report whose words tell more wounds than its sites ("shot multiple
    times in the torso", "gunshot wounds", "including") may list some of
    them only: its sites are set against the other's only where a report
    says the person was hit once."""
    several = any(c.count.wound_several for c in (*side_a, *side_b))
    for a in side_a:
        for b in side_b:
            apart = _why_apart(a, b, several)
            if apart is not None:
                return apart
    return None if several else _one_site_each(side_a, side_b)


def _one_site_each(side_a: list[Claim], side_b: list[Claim]) -> _Apart | None:
    """Two reports that each give the person one site (however often told:
    "in the head", "a gunshot wound to the head"), with no word of one wound
    and none of more, at sites neither of which holds the other.

    In the GVC same-incident pairs such sites were a real difference each
    time they were one person's ("in the leg" against "in the left
    shoulder"); a report that tells two sites apart of its own (two wounds,
    or two accounts quoted) is left out.  Regions apart ("head" and
    "chest") are a conflict; one region or two neighbouring ones ("chest"
    and "back") may be one bullet's way in and out, so a possible conflict
    (:data:`ONE_REGION`)."""
    sites_a = [(c, s) for c in side_a for s in _sites(c)]
    sites_b = [(c, s) for c in side_b for s in _sites(c)]
    if not sites_a or not sites_b or not _one_site(sites_a) or not _one_site(sites_b):
        return None
    if any(sites_fit(x, y) for _, x in sites_a for _, y in sites_b):
        return None
    (a, site_a), (b, site_b) = sites_a[0], sites_b[0]
    apart = all(regions_apart(x, y) for _, x in sites_a for _, y in sites_b)
    doubt = None if apart else ONE_REGION
    if any(c.count.wound_graze for c in (*side_a, *side_b)):
        doubt = GRAZE
    return _Apart(
        a, b, f"one site each, no word of more wounds: {site_a} in one report, {site_b} in the other", doubt
    )


def _one_site(sites: list[tuple[Claim, str]]) -> bool:
    """Whether a report's sites for the person may all be one wound ("the
    head", "the back of the head")."""
    return all(sites_fit(x, y) for (_, x), (_, y) in combinations(sites, 2))


def _why_apart(a: Claim, b: Claim, several: bool = False) -> _Apart | None:
    sites_a, sites_b = _sites(a), _sites(b)
    if len(sites_a) != 1 or len(sites_b) != 1 or sites_fit(sites_a[0], sites_b[0]):
        return None
    site_a, site_b = sites_a[0], sites_b[0]
    if site_part(site_a) == site_part(site_b) and site_side(site_a) and site_side(site_b) and not several:
        return _Apart(a, b, f"{site_a} in one report, {site_b} in the other")
    if a.count.wound_single or b.count.wound_single:
        doubt = NEAR if sites_near(site_a, site_b) else None
        doubt = GRAZE if a.count.wound_graze or b.count.wound_graze else doubt
        return _Apart(a, b, f"one wound: {site_a} in one report, {site_b} in the other", doubt)
    return None


def _wound_conflict(apart: _Apart, incident: str, person: str, min_confidence: float) -> Finding:
    """The finding: both sentences quoted, graded as a person's finding; a
    possible conflict where the check itself doubts (may be one wound, or two)."""
    a, b = apart.a, apart.b
    who = "the victim" if person == ONE_VICTIM else (a.evidence.text.strip() or person)
    return person_conflict(
        a,
        b,
        incident=incident,
        subject=f"{person}:wound",
        label=f"where {who} was hit",
        explanation=f"{who}: {apart.explained()}: {quoted_sentences(a, b)}",
        reason=ONE_VICTIM_REASON if person == ONE_VICTIM else f"same person: {who}",
        min_confidence=min_confidence,
        unsure="" if apart.doubt else None,
        ordered=True,
    )
