"""The one area of a kind each report puts the incident in, set against each other.

Reports abroad place an incident by its administrative areas, each written
with its kind's noun: "shelled the village in the Vasylivka district",
"its epicentre in the Arequipa region", "in Razih district, Saada
governorate".  The place judge gives two different towns no verdict, since
a report names many (homes, hospitals, towns the shaking was felt in); but
two areas of one kind ("district" and "district", "region" and "region")
cannot hold one another, so where each report names exactly one area of
that kind and tells it as where the incident happened, and the two differ,
one of them is wrong: "in the Vasylivka district" against "a village in the Polohy
district".

The area's noun must be the same word in both (``region_words`` and
``district_words`` of ``rules/places.yaml``): an upazila lies in a
district and a district in a province, so two kinds say nothing.  A
report that names two areas of the kind (a flood "in Tarpur district and
Kessipur district", a victim taken to a hospital of another district) is
left alone, and so is a pair the gazetteer
puts one inside the other or reads as one place, or spells alike.

The point of a quake or a storm is told with the area that holds it:
"with its epicentre at Dhaurikhet in Rukum West district", "made landfall
in Palanas, Catanduanes", "landfall near Gopalpur, Odisha".  Such a
report may name other areas of the kind as well (the ones the shaking or
the storm reached), but the area written right after the point's own
phrase is the one the event's point lies in; where each report tells one
such area, both of one kind (two districts, two provinces), and the two
differ, the point is told two ways (``_centre_area_pairs``).  An area
missing from either report, or one the gazetteer puts inside the other,
says nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import NamedTuple

from reportcheck.compare.confidence import grade
from reportcheck.compare.cross_findings import cross_finding, replacing_only_in_one
from reportcheck.compare.incident_claims import claims_by_incident
from reportcheck.compare.judges.places import judge_location
from reportcheck.incident_match import point_event_told, point_told_first, spread_centre, spread_told
from reportcheck.knowledge.gazetteer.lookup import coordinates, distance_km
from reportcheck.knowledge.gazetteer.names import (
    area_nouns,
    normalise,
    place_rules,
    spelled_alike,
    unglided,
)
from reportcheck.knowledge.points import (
    NEAR_PREPOSITIONS,
    one_of_several,
    point_area_before,
    point_town_before,
)
from reportcheck.knowledge.vocabulary import PLACE_KINDS, SCENE
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey, Status

#: the align subject of a town, region or country
PLACE = "place"

#: why the two are set against each other
ONE_AREA = "each report puts the incident in one {noun} of its own, and one {noun} cannot lie in another"
#: why two areas of the event's point are set against each other
ONE_CENTRE = "each report puts the {cue} in one {noun} of its own, and one {noun} cannot lie in another"

#: why two towns of the event's point are set against each other
ONE_POINT = "each report puts the {cue} at a town of its own, and neither lies in the other"

#: the kinds of place that are a point itself: a town the gazetteer knows, a village it lacks
POINT_TOWN_KINDS = frozenset({PLACE_KINDS[0], "village"})

#: the kinds of area that hold a point and none of which holds another of
#: its kind: a district, a province or region (never a town, which is the
#: point itself, nor a country, which holds the districts of any two reports)
CENTRE_HOLDERS = frozenset(PLACE_KINDS[1:3])


def _area(claim: Claim) -> tuple[str, str] | None:
    """(the area's noun, its name without it) of a place written with an
    area's noun after its name ("Polohy district" -> ("district", "polohy"))."""
    words = normalise(claim.place.surface or "").split()
    if len(words) < 2 or words[-1] not in area_nouns():
        return None
    return words[-1], " ".join(words[:-1])


def _noun_as_written(claim: Claim, noun: str) -> str:
    """An area's noun as its name writes it ("LGA" of "Faskari LGA"), for
    the reason a reader sees; ``noun`` (normalised) where it is not the
    name's last word."""
    words = (claim.place.surface or "").split()
    return words[-1] if words and normalise(words[-1]) == noun else noun


def _scene_areas(claims: list[Claim], spreads: bool = False) -> dict[str, Claim]:
    """noun -> the one area of that noun one report names, where it names
    one only and tells it as where the incident happened (its first such
    mention).  A report naming two districts, whatever it makes of the
    second ("killed 14 people in Barunda district and Kessipur district"),
    may tell an incident over both, or a home or a hospital in the other.
    ``spreads``: the report tells an event that reaches over several areas
    (a quake, a flood, a storm: ``spread_over_regions`` of
    rules/incident_types.yaml), whose scene area is one only where its
    sentence tells the event's point ("its epicentre in the Ketari
    province", ``spread_centres``), not "destroyed homes in the Ulmana
    province", one of the areas it reached."""
    named: dict[str, set[str]] = {}
    scenes: dict[str, Claim] = {}
    for claim in sorted(claims, key=lambda c: c.evidence.start):
        area = _area(claim)
        if area is None:
            continue
        named.setdefault(area[0], set()).add(area[1])
        if spreads and not _point_sentence(claim.evidence.sentence):
            continue
        if claim.place.stated_as == SCENE:
            scenes.setdefault(area[0], claim)
    return {noun: claim for noun, claim in scenes.items() if len(named[noun]) == 1}


def _point_sentence(sentence: str) -> bool:
    """Whether a sentence of a report of a spreading event tells one point:
    the event's own ("its epicentre in the Ketari province"), or that of an
    event that strikes one spot, told before the flood's or the storm's words
    ("A landslide triggered by torrential rains buried homes in Rudbar
    county"), whose area is the one area of its scene."""
    return spread_centre().search(sentence) is not None or point_told_first(sentence)


#: what :func:`_centre_area` gives a place told as the area of one of
#: several points ("made a second landfall in Baliwasan, Masbate")
SEVERAL = "several"


def _centre_area(claim: Claim) -> str | None:
    """The point's word of a place its sentence tells as the area holding
    the event's point, right after the point's phrase ("with its epicentre
    at Ramidanda in Jajarkot district": "epicentre"), or ``SEVERAL`` where
    the phrase tells one of several points ("a second landfall in");
    None for any other place, for a country, and for a town told at once
    after the point's preposition, which is the point itself ("landfall
    near Ralapur")."""
    if claim.place.kind in (None, "country"):
        return None
    before = claim.evidence.sentence[: claim.evidence.start - claim.evidence.sentence_start]
    told = point_area_before().search(before)
    if told is None or (told.group("point") is None and claim.place.kind not in CENTRE_HOLDERS):
        return None
    return SEVERAL if one_of_several(before, told) else told.group("word").lower()


def _centre_areas(claims: list[Claim]) -> dict[str, tuple[str, Claim]]:
    """area kind -> (the point's word, the area one report tells as
    holding the event's point), where it tells one such place only,
    whatever its kind, and no point as one of several: a report telling a
    second landfall, or a place the gazetteer reads as a town where the
    other reads a province ("in Baliwasan, Masbate": the town or the
    province), sets nothing."""
    told = [(word, claim) for claim in claims if (word := _centre_area(claim)) is not None]
    if any(word == SEVERAL for word, _ in told):
        return {}
    if len({normalise(claim.place.surface or claim.evidence.text) for _, claim in told}) != 1:
        return {}
    word, claim = min(told, key=lambda item: item[1].evidence.start)
    if claim.place.kind not in CENTRE_HOLDERS:
        return {}
    return {claim.place.kind: (word, claim)}


class _PointTown(NamedTuple):
    """A town one report tells as the event's point itself: the point's
    word ("landfall", "came ashore"), whether the report puts the point
    only near the town ("landfall near Gopalpur"), and the town's claim."""

    word: str
    near: bool
    claim: Claim


def _point_town(claim: Claim) -> _PointTown | str | None:
    """The point a town's sentence tells it as (:func:`point_town_before`:
    "made landfall over San Ildefonso", "came ashore near the town of
    Dingalan Sur"), ``SEVERAL`` where the phrase tells one of several
    points ("made a second landfall near"), None for any other place."""
    if claim.place.kind not in POINT_TOWN_KINDS:
        return None
    before = claim.evidence.sentence[: claim.evidence.start - claim.evidence.sentence_start]
    told = point_town_before().search(before)
    if told is None:
        return None
    if one_of_several(before, told):
        return SEVERAL
    return _PointTown(
        told.group("word").lower(), told.group("preposition").lower() in NEAR_PREPOSITIONS, claim
    )


def _point_towns(claims: list[Claim]) -> dict[str, Claim]:
    """ "town" -> the one town a report tells as the event's point, where it
    tells one only (however often), and no point as one of several: a storm
    that came ashore twice, or a report that tells two towns of its point,
    sets nothing."""
    told = [point for claim in claims if (point := _point_town(claim)) is not None]
    if not told or any(point == SEVERAL for point in told):
        return {}
    towns = [point for point in told if isinstance(point, _PointTown)]
    if len({normalise(p.claim.place.surface or p.claim.evidence.text) for p in towns}) != 1:
        return {}
    return {"town": min(towns, key=lambda p: p.claim.evidence.start).claim}


def _apart_km(a: Claim, b: Claim) -> float | None:
    """How far apart two towns the gazetteer places lie, or None where it
    cannot place either (a village it lacks)."""
    here, there = coordinates(a.place.geonameid), coordinates(b.place.geonameid)
    return distance_km(here, there) if here is not None and there is not None else None


def _close_by(a: Claim, b: Claim) -> bool:
    """Whether two towns lie within ``point_towns_near_km`` of each other:
    a storm's landfall or a quake's epicentre near the one is near the
    other ("near Puri" against "near Konark")."""
    apart = _apart_km(a, b)
    return apart is not None and apart <= place_rules().point_towns_near_km


def _one_place(a: Claim, b: Claim) -> bool:
    """Whether the two may be one area or one hold the other: the place
    judge's verdict (the same entry, a spelling, a containment), or two
    names spelled alike, each without its area's noun: the noun both share
    makes any two names look alike ("Rudsar county" and "Rudbar county" are
    two counties, as "Rudsar" and "Rudbar" are two names)."""
    if judge_location(a, b) is not None:
        return True
    return spelled_alike(*(unglided(_bare_name(claim)) for claim in (a, b)))


def _bare_name(claim: Claim) -> str:
    """An area's name without its noun ("rudsar" of "Rudsar county"), any
    other place's name as written."""
    area = _area(claim)
    return area[1] if area is not None else claim.place.surface or ""


def _place_group(key: GroupKey) -> bool:
    """Whether a group holds gazetteer places (towns, districts, regions)."""
    return key.kind == ClaimKind.location.value and key.subject == PLACE


def _sentences_by_report(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[str, int], set[str]]:
    """(incident, report) -> the sentences its claims of that incident stand in."""
    found: dict[tuple[str, int], set[str]] = {}
    for key, claims in groups.items():
        for claim in claims:
            found.setdefault((key[0], claim.report), set()).add(claim.evidence.sentence)
    return found


def _paired(findings: list[Finding]) -> set[frozenset[str]]:
    """The claim ids two by two that a finding other than only-in-one already sets together."""
    pairs: set[frozenset[str]] = set()
    for finding in findings:
        if finding.status is Status.only_in_one:
            continue
        ids = [c.id for c in finding.claims]
        pairs |= {frozenset((x, y)) for x in ids for y in ids if x != y}
    return pairs


def _area_pairs(
    groups: Mapping[GroupKey, list[Claim]], findings: list[Finding]
) -> Iterator[tuple[str, str, Claim, Claim]]:
    """(incident, area noun, one report's area, the other's) for each two
    areas of one noun two reports each tell as the incident's only one of
    that noun, which no finding sets together yet and which may not be one."""
    paired = _paired(findings)
    sentences = _sentences_by_report(groups)
    for incident, places in claims_by_incident(groups, _place_group).items():
        reports = sorted({c.report for c in places})
        areas = {
            r: _scene_areas(
                [c for c in places if c.report == r],
                spreads=any(spread_told(s) for s in sentences.get((incident, r), ())),
            )
            for r in reports
        }
        for noun, a, b in _differing_pairs(areas, paired):
            if _two_point_events(a, b):
                continue
            yield incident, ONE_AREA.format(noun=_noun_as_written(a, noun)), a, b
        centres = list(_centre_area_pairs(incident, places, paired))
        yield from centres
        if any(spread_told(s) for r in reports for s in sentences.get((incident, r), ())):
            told = {frozenset((a.report, b.report)) for *_, a, b in centres}
            for found in _point_town_pairs(incident, places, paired):
                if frozenset((found[2].report, found[3].report)) not in told:
                    yield found  # else two areas of the point already tell the towns apart


def _two_point_events(a: Claim, b: Claim) -> bool:
    """Whether the two areas' sentences tell two events that strike one spot
    each ("Lightning struck and killed two farmers in Kandy district" against
    "A landslide ... killed two people in Matale district"): one storm's two
    scenes, not one scene told in two areas."""
    kinds = point_event_told(a.evidence.sentence), point_event_told(b.evidence.sentence)
    return None not in kinds and kinds[0] != kinds[1]


def _point_town_pairs(
    incident: str, places: list[Claim], paired: set[frozenset[str]]
) -> Iterator[tuple[str, str, Claim, Claim]]:
    """(incident, why, one report's town, the other's) for each two towns
    two reports tell as the event's point itself ("made landfall over San
    Ildefonso" against "came ashore near the town of Dingalan Sur"), which
    may not be one place, nor one inside the other, nor close by."""
    reports = sorted({c.report for c in places})
    towns = {r: _point_towns([c for c in places if c.report == r]) for r in reports}
    for _, a, b in _differing_pairs(towns, paired):
        if _close_by(a, b):
            continue
        point = _point_town(a)
        cue = point.word if isinstance(point, _PointTown) else "point"
        yield incident, ONE_POINT.format(cue=cue), a, b


def _differing_pairs(
    told: Mapping[int, Mapping[str, Claim]], paired: set[frozenset[str]]
) -> Iterator[tuple[str, Claim, Claim]]:
    """(key, one report's area, the other's) for each two reports that both
    tell an area under one key (``told``: report -> an area's noun or a
    point's area kind -> the area), which no finding sets together yet
    (``paired``, which each pair then joins) and which may not be one place.
    A key one report tells no area of (none, or several) sets nothing."""
    reports = sorted(told)
    for i, first in enumerate(reports):
        for second in reports[i + 1 :]:
            for key, a in told[first].items():
                b = told[second].get(key)
                if b is None or frozenset((a.id, b.id)) in paired or _one_place(a, b):
                    continue
                paired.add(frozenset((a.id, b.id)))
                yield key, a, b


def _centre_area_pairs(
    incident: str, places: list[Claim], paired: set[frozenset[str]]
) -> Iterator[tuple[str, str, Claim, Claim]]:
    """(incident, why, one report's area, the other's) for each two areas
    of one kind two reports tell as holding the event's point
    ("epicentre at Dhaurikhet in Rukum West district" against "epicentre
    at Ramidanda in Jajarkot district"), which may not be one."""
    reports = sorted({c.report for c in places})
    centres = {r: _centre_areas([c for c in places if c.report == r]) for r in reports}
    areas = {r: {kind: claim for kind, (_, claim) in told.items()} for r, told in centres.items()}
    for kind, a, b in _differing_pairs(areas, paired):
        cue = centres[a.report][kind][0]
        yield incident, ONE_CENTRE.format(cue=cue, noun=kind), a, b


def _maybe_near(a: Claim, b: Claim) -> bool:
    """Whether two towns of the event's point may both hold: one report puts
    the point only near its town ("landfall near Dingalan Sur"), and the
    gazetteer cannot tell the towns far apart, so the other's town may be
    the one near it."""
    points = [_point_town(a), _point_town(b)]
    if not any(isinstance(p, _PointTown) and p.near for p in points):
        return False
    return _apart_km(a, b) is None


def area_findings(
    groups: Mapping[GroupKey, list[Claim]], findings: list[Finding], min_confidence: float
) -> list[Finding]:
    """``findings`` with each two areas of one kind two reports tell as the
    incident's only one set against each other (:mod:`.areas`), and the
    only-in-one findings of their claims dropped."""
    added: list[Finding] = []
    for incident, why, a, b in _area_pairs(groups, findings):
        graded = grade(a, b, internal=False, crowd=1)
        status = graded.status(min_confidence)
        if _maybe_near(a, b):
            status = Status.possible_conflict  # "landfall near X" against "over Y": Y may be near X
        added.append(
            cross_finding(
                status,
                a,
                incident=incident,
                explanation=f"{a.evidence.text.strip()} vs {b.evidence.text.strip()}: {why}",
                claims=(a, b),
                confidence=graded.confidence,
                reasons=[why, *graded.reasons],
            )
        )
    return replacing_only_in_one(findings, added)
