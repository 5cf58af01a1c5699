"""Two streets with no name in common, each report's one street of the scene.

Reporters place a fire, a crash or a shooting by the street of the house
or the road it happened on ("called to the house on Shangan Road", "the
crash happened on Mill Lane"), and two reports of one incident that put it
on two unlike streets contradict each other: one of them has the wrong
street.  The align stage groups streets by name, and the place judge sets
two names against each other only where they share their words
(compare/judges/places.py: "Skyline Road" against "Skyline Drive"), since a
report names many streets beside the scene's: the victim's home, a
closure or a diversion, where a suspect was caught, a hospital's street, a
cross street.  Read on the GVC same-incident pairs, every pair of scene
streets with no name in common was such a street of the story, never two
scenes (compare/corners.py), so this check asks more of each report:

- the street is told as the scene (``stated_as`` "scene": a locative and a
  word of the incident in its sentence, or responders sent to it), the
  main incident's;
- it is the report's only such street once the streets both reports name
  are left out (a street both give is a street of the story, the hospital's
  "at Temple Street" as much as a shared cross street);
- its sentence names no other street (a corner, "between Oak Road and Elm
  Road"), tells no closure, diversion, flight, finding, arrest, home or
  hospital (``elsewhere_words`` of rules/scene_streets.yaml, ``other_act_words``
  of rules/corners.yaml), and puts no "near" or "off" before it
  (``beside_before``);
- neither report names the other's street anywhere, and the two are no
  numbered road ("M50", "Route 9": a road's designation is written many
  ways) nor one street told two ways (the place judge's and
  compare/blocks.py's test of one street).

Such a pair is a conflict graded at a moderate confidence
(``scene_streets_apart`` of rules/confidence.yaml): a report may still
place the scene by a neighbour's street, and the finding says which two
streets and why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from reportcheck.compare.blocks import one_street, streets_by_incident
from reportcheck.compare.confidence import Evidence, grade
from reportcheck.compare.corners import of_another_act
from reportcheck.compare.cross_findings import cross_finding, replacing_only_in_one
from reportcheck.compare.judges.places import one_name_within
from reportcheck.knowledge.gazetteer.names import spelled_alike
from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.knowledge.vocabulary import MAIN, SCENE, alternation, tells
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey, Status

#: why two scene streets with no name in common conflict
TWO_SCENES = (
    "each report tells one street of the scene, another than the other's, and names the other's nowhere"
)


class SceneStreetRules(Strict):
    """``rules/scene_streets.yaml``."""

    elsewhere_words: list[str]
    beside_before: list[str]


@cache
def _rules() -> SceneStreetRules:
    return load_rule_file("scene_streets.yaml", SceneStreetRules)


@cache
def _beside_before() -> re.Pattern[str]:
    """The words that end right before a street placed beside the spot ("near Oak Road")."""
    return re.compile(rf"(?i:\b(?:{alternation(_rules().beside_before)}))\s+(?:the\s+)?$")


def _numbered(claim: Claim) -> bool:
    """A street or road with a figure in its name ("m50", "route 9", "68th street")."""
    return any(ch.isdigit() for ch in claim.value.name or "")


def _told_elsewhere(claim: Claim, streets: list[Claim]) -> bool:
    """Whether the street's own sentence makes it another spot of the story
    than the scene: another street in it, a closure, a flight, a finding,
    an arrest, a home or a hospital, or "near" right before the street."""
    sentence = claim.evidence.sentence
    if any(c.evidence.sentence_start == claim.evidence.sentence_start and c.id != claim.id for c in streets):
        return True
    if tells(sentence, _rules().elsewhere_words) or of_another_act(sentence):
        return True
    before = sentence[: claim.evidence.start - claim.evidence.sentence_start]
    return _beside_before().search(before[-40:]) is not None


def _one_street(a: Claim, b: Claim) -> bool:
    """Whether two street keys may name one street: told with or without a
    street word, or with another (:func:`one_street`), spelled alike
    ("Independence Street", "Independent Street"), or one name a run of the
    other's ("High Street", "Banstead High Street"; "Wellington's High
    Street"): a street both reports name, however written, is no second scene."""
    name_a, name_b = a.value.name or "", b.value.name or ""
    return one_street(a, b, kinds=False) or spelled_alike(name_a, name_b) or one_name_within(name_a, name_b)


def _scene_street(mine: list[Claim], theirs: list[Claim]) -> Claim | None:
    """The one street ``mine`` (one report's streets) tells as the scene,
    the streets ``theirs`` also names left out; None where it tells none,
    or two, or where that street is written otherwise than as the scene
    alone somewhere in the report, or is numbered."""
    unshared = [c for c in mine if not any(_one_street(c, t) for t in theirs)]
    scenes = [c for c in unshared if c.place.stated_as == SCENE]
    names = {c.value.name for c in scenes}
    if len(names) != 1:
        return None
    found = [c for c in unshared if c.value.name in names]
    if any(c.place.stated_as not in (SCENE, None) or _told_elsewhere(c, mine) for c in found):
        return None
    first = min(scenes, key=lambda c: c.evidence.start)
    return None if _numbered(first) else first


def _pairs(streets: list[Claim]) -> Iterable[tuple[Claim, Claim]]:
    """The two reports' one scene streets, one pair per two reports."""
    reports = sorted({c.report for c in streets})
    for i, first in enumerate(reports):
        for second in reports[i + 1 :]:
            mine = [c for c in streets if c.report == first]
            theirs = [c for c in streets if c.report == second]
            a, b = _scene_street(mine, theirs), _scene_street(theirs, mine)
            if a is not None and b is not None:
                yield a, b


def scene_street_findings(
    groups: Mapping[GroupKey, list[Claim]], findings: list[Finding], min_confidence: float
) -> list[Finding]:
    """``findings`` with each two reports' one scene streets of the main
    incident set against each other where they differ (module doc), and
    the only-in-one findings of the streets so paired dropped."""
    streets = streets_by_incident(groups).get(MAIN, [])
    told = _set_together(findings)
    if _named_apart(groups):
        return findings
    added: list[Finding] = []
    for a, b in _pairs(streets):
        if frozenset((a.id, b.id)) in told:
            continue
        where = f"{a.evidence.text.strip()} vs {b.evidence.text.strip()}"
        graded = grade(a, b, internal=False, crowd=1, extra=[Evidence("scene_streets_apart", TWO_SCENES)])
        explanation = f"{where}: {TWO_SCENES}"
        reasons = [TWO_SCENES, *graded.reasons]
        added.append(
            cross_finding(
                graded.status(min_confidence),
                a,
                incident=MAIN,
                explanation=explanation,
                claims=[a, b],
                confidence=graded.confidence,
                reasons=reasons,
            )
        )
    return replacing_only_in_one(findings, added)


def _named_apart(groups: Mapping[GroupKey, list[Claim]]) -> bool:
    """Whether two reports each name people in full and none alike ("Tamika
    Rowe" in a city's roundup, "Alisha Mendez" in the story of one bar): the
    two may tell two shootings, and their streets are then two scenes."""
    names: dict[int, set[str]] = {}
    for key, claims in groups.items():
        if key[0] != MAIN or key[1] != ClaimKind.person.value:
            continue
        for claim in claims:
            name = (claim.value.name or "").lower()
            if len(name.split()) >= 2:
                names.setdefault(claim.report, set()).add(name)
    told = list(names.values())
    return len(told) == 2 and not told[0] & told[1]


def _set_together(findings: list[Finding]) -> set[frozenset[str]]:
    """The pairs of claim ids a finding other than only-in-one already sets
    against each other: one block number on two streets (compare/blocks.py)
    is at most a possible conflict, as two streets may cross at a block
    number no report tells, and this check leaves that reading alone."""
    return {frozenset(c.id for c in f.claims) for f in findings if f.status is not Status.only_in_one}
