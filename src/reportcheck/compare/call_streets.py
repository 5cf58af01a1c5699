"""The street each report sends the responders to, set against each other.

Police and fire service copy places an incident by the call's destination:
"Emergency services were called to a house on Heatherton Road about
1.30am" against "Police were called to Gladstone Road in Dandenong North
about 1.30am".  The align stage groups streets by name, so the two are two
groups, and the place judge gives two streets no verdict
(compare/judges/places.py): a report names many (the scene, where a car
was found, where a suspect was caught, a witness's street).  A general
scene-street conflict was tried and reverted (stop 51), since finds,
crews, cars and residents of other streets set it off.  The call's
destination is narrower: one act, told in one formula (``call_verbs`` and
``dwellings`` of ``rules/call_streets.yaml``), whose street is read only
when it follows the formula's words.

Read on the corpora (ECB+ subtopics, GVC incidents and GVDB pairs; 50
such streets in 50 articles): of the eight same-incident pairs whose two
articles both tell a called-to street, all eight name one street, two of
them spelled apart ("North Star Road", "North Starr Road") or with the
town's name before it ("High Street", "Wellington High Street"); none sets
two streets apart.  On the written sets, four pairs tell one called-to
street each: three the same street and one two streets (genre52b 16, a
conflict the gold lists).  So the finding is a conflict where each report
tells exactly one called-to street; the two are not one street by their
names (compare/blocks.py ``one_street``: spelled one letter apart, a
street word left out) nor one a run of the other's name; the report of
each names the other's street nowhere (a cross street or a street of the
chase, told beside its own); each street is told by its name alone (a
house number or a block, "the 400 block of Maple Avenue", may be read
along either street of a corner: compare/blocks.py weighs those), not
numbered (a grid's numbered streets are compare/corners.py's), and alone
in its sentence ("called to Ashby Road and later to Fenton Street" tells
a chase or a second call, "called to Ashby Road near Marlow Road" a
corner), in a sentence that tells no call of another moment before it
("Firefighters were later called to", "Police had been called to ... last
month", ``another_call``) nor an errand after it ("sent to Ashby Road to
search for the gunman", ``errands``).  Only the main incident's streets count.  Measured at its
introduction: nothing raised or lost on the noise audit (ECB+ and GVC,
default and every possible conflict), the dev pairs or the GVDB and GVC
digests; genre52b 16 found, no other written-set finding changed.

A report may put the scene on its street by the building struck instead,
right before "on" or "along" ("shot dead outside a kiosk on Makarios
Avenue", "ripped through the four-storey building on rue de Rome":
``scene_buildings``), read only where the place reader tells the street as
the scene and no possessive stands before the building ("the suspect's
home on"); such a street counts as the report's street of the scene as a
called-to street does, under the same guards.  Read on the corpora (ECB+,
GVC and GVDB same-incident pairs), 16 pairs tell a building on a street in
both reports, and every one names one street in both or the other's street
too; genre52b 11 and genre57a 08 each tell two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from reportcheck.compare.blocks import (
    has_number,
    one_street,
    street_name_words,
    streets_by_incident,
)
from reportcheck.compare.confidence import grade
from reportcheck.compare.cross_findings import (
    cross_finding,
    in_report_order,
    replacing_only_in_one,
)
from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.knowledge.vocabulary import MAIN, SCENE, alternation
from reportcheck.models import Claim, Finding, GroupKey

#: why two called-to streets conflict
ONE_CALL = "each report sends the responders to one street, and the two streets differ"
#: why two streets of the scene conflict where a report tells its street by the scene's building
ONE_SCENE = "each report puts the scene on one street, and the two streets differ"


class CallStreetRules(Strict):
    """``rules/call_streets.yaml``."""

    call_verbs: list[str]
    dwellings: list[str]
    another_call: list[str]
    errands: list[str]
    scene_buildings: list[str]


@cache
def _rules() -> CallStreetRules:
    return load_rule_file("call_streets.yaml", CallStreetRules)


@cache
def _called_to() -> re.Pattern[str]:
    """The words of the call's formula ending right before its street:
    "were called to a house on ", "responded to the 6500 block of ",
    "called out to "."""
    rules = _rules()
    verbs, dwellings = alternation(rules.call_verbs), alternation(rules.dwellings)
    return re.compile(
        rf"\b(?:{verbs})(?:\s+out)?\s+to\s+"
        rf"(?:(?:a|an|the)\s+(?:[\w-]+\s+)?(?:{dwellings})\s+(?:on|in|at)\s+)?"
        r"(?:the\s+)?(?:\d+\s+(?:block\s+of\s+)?)?$",
        re.IGNORECASE,
    )


@cache
def _building_on() -> re.Pattern[str]:
    """The words of a scene's building ending right before its street: "a
    kiosk on ", "the four-storey building on ", "a terraced house along "
    (``scene_buildings``, with an article and at most two words between,
    none a possessive: "the suspect's home on" is another spot)."""
    buildings = alternation(_rules().scene_buildings)
    return re.compile(
        rf"\b(?:a|an|the)\s+(?:(?![\w-]+['’]s?\s)[\w-]+\s+){{0,2}}(?:{buildings})\s+(?:on|along)\s+$",
        re.IGNORECASE,
    )


@cache
def _another_call() -> re.Pattern[str]:
    """A word of a call of another moment (``another_call``)."""
    return re.compile(rf"\b(?:{alternation(_rules().another_call)})\b", re.IGNORECASE)


@cache
def _errand() -> re.Pattern[str]:
    """An errand right after the street, in its clause (``errands``)."""
    return re.compile(rf"^[^,;.]*?\b(?:{alternation(_rules().errands)})\b", re.IGNORECASE)


def _called_to_street(claim: Claim) -> bool:
    """Whether the street follows the call's formula in its sentence, or
    the scene's building's (:func:`_building_on`, the street told as the
    scene: "shot outside a kiosk on Makarios Avenue"), and the sentence
    tells no call of another moment before it ("were later called to",
    "had been called to ... last month") nor an errand after it ("sent to
    ... to search for the gunman")."""
    before, after = _around(claim)
    return (
        (_called_to().search(before) is not None or _on_building(claim))
        and _another_call().search(before) is None
        and _errand().search(after) is None
    )


def _around(claim: Claim) -> tuple[str, str]:
    """The words of a claim's sentence before it and after it."""
    evidence = claim.evidence
    before = evidence.sentence[: evidence.start - evidence.sentence_start]
    return before, evidence.sentence[evidence.end - evidence.sentence_start :]


def _on_building(claim: Claim) -> bool:
    """Whether a street told as the scene follows the scene's building (:func:`_building_on`)."""
    return claim.place.stated_as == SCENE and _building_on().search(_around(claim)[0]) is not None


def _one_name_within(a: Claim, b: Claim) -> bool:
    """Whether one street's name is a run of the other's words ("high" in
    "wellington high"): the town's or a district's name written before it."""
    shorter, longer = sorted((street_name_words(a).split(), street_name_words(b).split()), key=len)
    return any(longer[i : i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1))


def _by_name(claim: Claim) -> bool:
    """A street told by its name alone: no grid number ("54th Avenue", a
    road's "Route 9"), no house number and no block ("the 400 block of
    Maple Avenue"): a block number may be read along either street of a
    corner, so two blocks on two streets are compare/blocks.py's to weigh."""
    return not has_number(claim) and not claim.place.block and claim.place.place_words is None


def _alone_in_sentence(claim: Claim, streets: list[Claim]) -> bool:
    """Whether no other street of its report stands in the street's sentence
    ("called to Ashby Road and later to Fenton Street", "called to Ashby
    Road near Marlow Road": a chase, a second call or a corner)."""
    return not any(
        c.report == claim.report
        and c.evidence.sentence_start == claim.evidence.sentence_start
        and not one_street(c, claim, kinds=False)
        for c in streets
    )


def _call_streets(streets: list[Claim]) -> dict[int, Claim]:
    """report -> its one called-to street of a name (not a number), where
    the report tells exactly one such street (its mentions of it aside),
    alone in its sentence."""
    found: dict[int, list[Claim]] = {}
    for claim in in_report_order(streets):
        if _called_to_street(claim):
            told = found.setdefault(claim.report, [])
            if not any(one_street(claim, other, kinds=False) for other in told):
                told.append(claim)
    return {
        report: told[0]
        for report, told in found.items()
        if len(told) == 1 and _by_name(told[0]) and _alone_in_sentence(told[0], streets)
    }


def _apart(a: Claim, b: Claim, everywhere: Mapping[int, list[Claim]]) -> bool:
    """Two called-to streets that are two streets: not one by their names,
    and neither report naming the other's street anywhere."""
    if one_street(a, b, kinds=False) or _one_name_within(a, b):
        return False
    return not any(one_street(c, b, kinds=False) for c in everywhere.get(a.report, [])) and not any(
        one_street(c, a, kinds=False) for c in everywhere.get(b.report, [])
    )


def _pairs(
    calls: Mapping[int, Claim], everywhere: Mapping[int, list[Claim]]
) -> Iterable[tuple[Claim, Claim]]:
    """Each two reports' called-to streets that are two streets."""
    reports = sorted(calls)
    for i, first in enumerate(reports):
        for second in reports[i + 1 :]:
            a, b = calls[first], calls[second]
            if _apart(a, b, everywhere):
                yield a, b


def call_street_findings(
    groups: Mapping[GroupKey, list[Claim]],
    findings: list[Finding],
    min_confidence: float,
) -> list[Finding]:
    """``findings`` with each two reports' called-to streets of the main
    incident set against each other where they differ (module doc), their
    only-in-one findings dropped."""
    incidents = streets_by_incident(groups)
    everywhere: dict[int, list[Claim]] = {}
    for claims in incidents.values():
        for claim in claims:
            everywhere.setdefault(claim.report, []).append(claim)
    added: list[Finding] = []
    for a, b in _pairs(_call_streets(incidents.get(MAIN, [])), everywhere):
        graded = grade(a, b, internal=False, crowd=1)
        where = f"{a.evidence.text.strip()} vs {b.evidence.text.strip()}"
        called = all(_called_to().search(_around(c)[0]) for c in (a, b))
        why = ONE_CALL if called else ONE_SCENE
        added.append(
            cross_finding(
                graded.status(min_confidence),
                a,
                incident=MAIN,
                explanation=f"{where}: {why}",
                claims=[a, b],
                confidence=graded.confidence,
                reasons=[why, *graded.reasons],
            )
        )
    return replacing_only_in_one(findings, added)
