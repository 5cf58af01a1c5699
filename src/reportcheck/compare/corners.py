"""Two numbered streets of one grid told as the scene: "54th Avenue" against "51st Avenue".

A city laid out on a grid of numbered streets (Phoenix's avenues, a
Midwest town's streets) places a shooting by its numbered street and the
road that crosses it ("near 51st Avenue and Elm Road", "in the area of
54th Avenue between Elm and Oak roads").  The align stage groups streets by
name, so one report's "54th Avenue" and the other's "51st Avenue" are two
groups, and the place judge gives two numbered streets that differ only in
their number no verdict (compare/judges/places.py): a story in such a city
names the cross street, the corner of the arrest and a witness's street
beside the scene.  Two reports that each tell one numbered street of one
street word as the scene of the main incident, and name nothing else of the
grid, tell one spot on two streets, which editors flag.

Read on the GVC same-incident pairs (356 pairs, 73 with a street told as
the scene in both reports): no pair set two numbered streets of one word
against each other, and of the 15 pairs whose scene streets share no name
every one was a home, a neighbour's street, a café or a road told by two of
its names ("Tamiami Trail", "U.S. Highway 41"), never two scenes; so two
streets with no name in common are never set against each other here, and
only the grid's numbered streets are.  On the corpora the check raises
one possible conflict (GVC: "Northwest 172nd Terrace" against "177nd
Terrace", one report's misprint) and nothing on the 91 ECB+ pairs whose
articles both name numbered streets (a Queens shooting's 117th Street,
97th Avenue and the arrest's streets: a report naming two of the grid's
streets of a word is left alone).  The finding is a conflict where both
reports tell their street as the scene, or where one does and the other,
telling no street as the scene, names in its street's sentence the road
crossing the first ("Elm" in "in the area of 54th Avenue between Elm and
Oak roads" beside "shot near 51st Avenue and Elm Road"): one corner road,
two avenues.  One street told as the scene against another of no role, alone in its
sentence and sharing no road with it, is a possible conflict; a street of
no role told at a corner of its own is another spot of the story.  Left alone: a report
naming two numbered streets of the word (a corner of two avenues, a chase),
a report naming the other's numbered street anywhere (it is a street of its
story), two sides of town written and different ("North 5th Street",
"South 9th Street"), a home's or a hospital's street, another incident's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from reportcheck.compare.blocks import street_name_words, streets_by_incident
from reportcheck.compare.confidence import Evidence, grade
from reportcheck.compare.cross_findings import cross_finding, in_report_order, replacing_only_in_one
from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.knowledge.vocabulary import MAIN, SCENE, tells
from reportcheck.models import Claim, Finding, GroupKey, Status

#: a numbered street's key: "54th avenue", "3rd street" (a road's "9 highway" is none)
_NUMBERED = re.compile(r"(?P<number>\d+)(?:st|nd|rd|th) (?P<word>[a-z]+)")

#: why two numbered streets of one word, each the scene, conflict
TWO_STREETS = "one scene on two numbered streets of one grid, neither report naming the other's"
#: the reason added where a street of no role is placed as the scene by the
#: road both reports name (``scene_by_shared_road`` of rules/confidence.yaml)
SHARED_ROAD = "both reports name the road that crosses it, and the other report tells no street as the scene"
#: why one scene street against a street of no role is only possibly a conflict
ONE_SCENE = "only one report tells its numbered street as the scene"


class CornerRules(Strict):
    """``rules/corners.yaml``."""

    other_act_words: list[str]


@cache
def _rules() -> CornerRules:
    return load_rule_file("corners.yaml", CornerRules)


def _of_another_act(claim: Claim) -> bool:
    """A street told of another act than the scene in its own sentence
    ("officers arrested a suspect near 19th Street", "lives on 60th
    Avenue"): a street of the story, not a second scene (rules/corners.yaml)."""
    return claim.place.stated_as != SCENE and tells(claim.evidence.sentence, _rules().other_act_words)


def _grid_street(claim: Claim) -> tuple[int, str] | None:
    """A street of a grid by its number and street word: "54th avenue" ->
    (54, "avenue"); None for a street of a name."""
    match = _NUMBERED.fullmatch(claim.value.name or "")
    return (int(match.group("number")), match.group("word")) if match else None


def _grid(claims: Iterable[Claim], word: str) -> set[int]:
    """The numbers of the streets of ``word`` among ``claims``."""
    numbered = (_grid_street(c) for c in claims)
    return {found[0] for found in numbered if found is not None and found[1] == word}


def _beside(claim: Claim, streets: list[Claim]) -> list[Claim]:
    """The other streets of ``claim``'s own sentence."""
    sentence = claim.evidence.sentence_start
    return [c for c in streets if c.evidence.sentence_start == sentence and c.id != claim.id]


def _roads_beside(claim: Claim, streets: list[Claim]) -> list[Claim]:
    """The other streets of ``claim``'s own sentence, none numbered."""
    return [c for c in _beside(claim, streets) if _grid_street(c) is None and len(street_name_words(c)) >= 3]


def _corner_elsewhere(claim: Claim, streets: list[Claim]) -> bool:
    """Whether ``claim``'s sentence places it at a corner with another street
    (numbered or named): a street of no role told with its own cross street
    and sharing no road with the scene's is another corner of the story (the
    van stopped "at 88th Street and 35th Avenue" a few blocks from the
    scene), not the scene told two ways."""
    return bool(_beside(claim, streets))


def _shared_road(a: Claim, mine: list[Claim], b: Claim, theirs: list[Claim]) -> Claim | None:
    """A road one report names beside its numbered street whose name the
    other report's sentence of its own numbered street also writes ("Elm
    Road" beside "51st Avenue"; "between Elm and Oak roads" beside "54th
    Avenue": the street word may be shared by two names)."""
    for road in _roads_beside(b, theirs):
        if tells(a.evidence.sentence, [street_name_words(road)]):
            return road
    for road in _roads_beside(a, mine):
        if tells(b.evidence.sentence, [street_name_words(road)]):
            return road
    return None


def _pairs(streets: list[Claim], everywhere: Mapping[int, list[Claim]]) -> Iterable[tuple[Claim, Claim]]:
    """Numbered streets of one word, two reports, different numbers, each
    report naming only its own of the grid, at least one told as the scene,
    neither told as another role (a home, a hospital's)."""
    numbered = [(c, grid) for c in in_report_order(streets) if (grid := _grid_street(c)) is not None]
    # one pair of streets per grid word of two reports: their avenues, and their streets
    seen: set[tuple[int, int, str]] = set()
    for a, (number_a, word_a) in numbered:
        for b, (number_b, word_b) in numbered:
            if b.report <= a.report or (a.report, b.report, word_a) in seen:
                continue
            if word_a != word_b or number_a == number_b:
                continue
            roles = {a.place.stated_as, b.place.stated_as}
            if SCENE not in roles or not roles <= {SCENE, None}:
                continue
            sides = {a.place.direction, b.place.direction}
            if None not in sides and len(sides) > 1:
                continue  # "North 5th Street", "South 9th Street": two sides of a town
            own_a, own_b = (_grid(everywhere[c.report], word_a) for c in (a, b))
            if own_a != {number_a} or own_b != {number_b}:
                continue  # a report naming two of the grid's streets tells a corner or a chase
            seen.add((a.report, b.report, word_a))
            yield a, b


def _finding(a: Claim, b: Claim, status: Status, why: str, confidence: float, reasons: list[str]) -> Finding:
    """The finding of two reports' numbered streets, quoting both and ``why``."""
    where = f"{a.evidence.text.strip()} vs {b.evidence.text.strip()}"
    return cross_finding(
        status,
        a,
        incident=MAIN,
        explanation=f"{where}: {why}",
        claims=[a, b],
        confidence=confidence,
        reasons=reasons,
    )


def corner_findings(
    groups: Mapping[GroupKey, list[Claim]], findings: list[Finding], min_confidence: float
) -> list[Finding]:
    """``findings`` with each pair of the main incident's numbered streets
    of one grid told as the scene set against each other (module doc), and
    the only-in-one findings of the streets so paired dropped."""
    incidents = streets_by_incident(groups)
    streets = incidents.get(MAIN, [])
    everywhere: dict[int, list[Claim]] = {}
    for claims in incidents.values():
        for claim in claims:
            everywhere.setdefault(claim.report, [])
            if not _of_another_act(claim):
                everywhere[claim.report].append(claim)  # an arrest's street is no second scene
    added: list[Finding] = []
    for a, b in _pairs(streets, everywhere):
        mine, theirs = ([c for c in streets if c.report == r] for r in (a.report, b.report))
        road = _shared_road(a, mine, b, theirs)
        both = a.place.stated_as == b.place.stated_as == SCENE
        unroled = next((c for c in (a, b) if c.place.stated_as != SCENE), None)
        # the shared road that places the street of no role at the scene, if any
        placed = (
            road
            if unroled is not None and not any(c.place.stated_as == SCENE for c in everywhere[unroled.report])
            else None
        )
        extra = [Evidence("scene_by_shared_road", SHARED_ROAD)] if placed is not None else []
        graded = grade(a, b, internal=False, crowd=1, extra=extra)
        if both or placed is not None:
            why = TWO_STREETS
            if placed is not None:
                why = f"{TWO_STREETS}; {placed.evidence.text.strip()}: {SHARED_ROAD}"
            reasons = [TWO_STREETS, *graded.reasons]
            added.append(_finding(a, b, graded.status(min_confidence), why, graded.confidence, reasons))
        elif unroled is not None and not _corner_elsewhere(unroled, theirs if unroled is b else mine):
            reasons = [ONE_SCENE, *graded.reasons]
            added.append(_finding(a, b, Status.possible_conflict, ONE_SCENE, graded.confidence, reasons))
    return replacing_only_in_one(findings, added)
