"""A spot told more closely by one report than by the other.

Two reports of one incident often place it at different granularity: one
names the street or the building ("on central Stadiou Avenue", "in front of
her First Street home", "the Rana Plaza building"), the other only the town
("in central Athens", "on an Albany street").  The align stage keeps streets
and venues apart from towns (subjects ``street``, ``venue`` and ``place``),
since a report names many of them (the scene, the hospital, where a suspect
was caught) and GeoNames holds none, so each is "only in one report" though
the two reports plainly agree on where it happened.

This module pairs such an unpaired street or venue with the other report's
town when the street's own report puts the incident in that one town and in
no other (its only scene town, ``stated_as`` "scene"): the street lies in
it, as far as the reports tell, and the two are compatible.  Only the first
such spot of a report is paired (the lede's, most often the scene); a
venue of care or custody (a hospital, a jail: ``care_words`` of
``rules/venues.yaml``) never is, nor is a town the other report gives as
someone's home, a hospital's town, a resident's, a street's name or a
source's name.  It never makes a conflict: two spots of one event may both
hold.
"""

from __future__ import annotations

from collections.abc import Mapping

from reportcheck.compare.cross_findings import cross_finding
from reportcheck.knowledge.venues import venue_rules
from reportcheck.knowledge.vocabulary import STREET, TOWN_KINDS, VENUE
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey, Status

#: the align subject of a town, region or country
PLACE = "place"
#: a street or a venue written as where the incident happened (extract/places/venues.py)
SCENE = "scene"
#: what a town may be to its story and still be where it happened
#: (extract/places/roles.py): the scene, the dateline's town, or merely named
SCENE_ROLES = frozenset({"scene", "dateline", None})


def _unpaired(findings: list[Finding]) -> dict[str, Finding]:
    """claim id -> the only-in-one finding that lists it."""
    return {c.id: f for f in findings if f.status is Status.only_in_one for c in f.claims}


def _of_care(claim: Claim) -> bool:
    """A hospital's, a jail's or a court's name: where people were taken, not the scene."""
    words = set((claim.value.name or "").lower().split())
    return bool(words & set(venue_rules().care_words))


def _towns(claims: list[Claim]) -> set[str]:
    """The gazetteer ids of the towns ``claims`` put the incident in."""
    return {
        c.place.geonameid or ""
        for c in claims
        if c.place.kind in TOWN_KINDS and c.place.stated_as == "scene" and not c.place.named_in
    }


def _may_be_scene(claim: Claim) -> bool:
    """A town's mention that may be the scene's: not a home's, a hospital's,
    a resident's, a street's name or a source's, nor a court's or a jail's
    ("arraigned in New Bedford District Court")."""
    return claim.place.stated_as in SCENE_ROLES and not claim.place.named_in


#: the order a town's mentions are taken in: where the words put the incident,
#: the dateline's, then one merely named ("a Philadelphia judge")
PARTNER_ORDER = {"scene": 0, "dateline": 1, None: 2}


def _town_partner(town: str, claims: list[Claim]) -> Claim | None:
    """The mention of ``town`` among the other report's ``claims`` that may be
    the scene's, one that says so first ("in Northeast Philadelphia" before
    "a Philadelphia judge"), in reading order."""
    mentions = [c for c in claims if c.place.geonameid == town and _may_be_scene(c)]
    return min(mentions, key=lambda c: (PARTNER_ORDER[c.place.stated_as], c.evidence.start), default=None)


def _first_scene_spot(spots: list[Claim], unpaired: Mapping[str, Finding]) -> Claim | None:
    """The first unpaired street or venue of one report told as the scene, not of care."""
    for spot in sorted(spots, key=lambda c: c.evidence.start):
        if spot.id in unpaired and spot.place.stated_as == SCENE and not _of_care(spot):
            return spot
    return None


def _spot_finding(spot: list[Claim], town: Claim, incident: str) -> Finding:
    """The street's or venue's mentions and the other report's town, compatible."""
    name = spot[0].evidence.text.strip()
    place = town.evidence.text.strip()
    explanation = (
        f"{name} vs {place}: report {spot[0].report + 1} puts the {spot[0].place.kind} in {place}, "
        f"one report tells the spot more closely"
    )
    return cross_finding(
        Status.compatible, town, incident=incident, explanation=explanation, claims=[*spot, town]
    )


def _by_event(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple, tuple[list[Claim], list[Claim]]]:
    """(incident, event) -> (its towns and wider places, its streets and venues)."""
    found: dict[tuple, tuple[list[Claim], list[Claim]]] = {}
    for key, claims in sorted(groups.items(), key=lambda item: tuple(map(str, item[0]))):
        incident, kind, subject, event = key[:4]
        if kind != ClaimKind.location.value or subject not in (PLACE, STREET, VENUE):
            continue
        places, spots = found.setdefault((incident, event), ([], []))
        (places if subject == PLACE else spots).extend(claims)
    return found


def spot_findings(groups: Mapping[GroupKey, list[Claim]], findings: list[Finding]) -> list[Finding]:
    """``findings`` with each report's first unpaired street or venue told as
    the scene paired with the other report's mention of its report's only
    scene town, its only-in-one dropped."""
    unpaired = _unpaired(findings)
    added: list[Finding] = []
    dropped: set[int] = set()
    for (incident, _), (towns, spots) in _by_event(groups).items():
        reports = sorted({c.report for c in [*spots, *towns]})
        for report in reports:
            own_towns = _towns([c for c in towns if c.report == report])
            spot = _first_scene_spot([c for c in spots if c.report == report], unpaired)
            if len(own_towns) != 1 or spot is None:
                continue
            (town,) = own_towns
            partners = (
                _town_partner(town, [c for c in towns if c.report == r]) for r in reports if r != report
            )
            partner = next((p for p in partners if p is not None), None)
            if partner is None:
                continue
            alone = unpaired[spot.id]
            added.append(_spot_finding([c for c in alone.claims if c.report == report], partner, incident))
            dropped.add(id(alone))
    return [f for f in findings if id(f) not in dropped] + added


def _suffix_conflict(finding: Finding) -> bool:
    """A conflict of one street's name told with two street words ("Stadiou
    Avenue", "Stadiou Street": compare/judges/places.py)."""
    if finding.status is not Status.conflict or finding.subject != STREET or finding.internal:
        return False
    names = {tuple((c.value.name or "").split()) for c in finding.claims}
    return len(names) == 2 and len({n[:-1] for n in names}) == 1


def _scene_countries(groups: Mapping[GroupKey, list[Claim]], incident: str) -> set[str]:
    """The countries of the towns the reports put the incident in."""
    return {
        c.place.country or ""
        for key, claims in groups.items()
        if key[0] == incident and key[1] == ClaimKind.location.value and key[2] == PLACE
        for c in claims
        if c.place.kind in TOWN_KINDS and c.place.stated_as == "scene"
    } - {""}


def streets_abroad(groups: Mapping[GroupKey, list[Claim]], findings: list[Finding]) -> list[Finding]:
    """``findings`` with a street's two street words in a town abroad made a
    possible conflict.  Where street signs are in another language, the
    street word is the translator's ("Odos Stadiou" is "Stadiou Street" in
    one wire story and "Stadiou Avenue" in another); where they are in
    English (``english_street_countries`` of rules/venues.yaml), it is the
    street's own name, and two of them are one report's error."""
    home = set(venue_rules().english_street_countries)
    out = []
    for finding in findings:
        countries = _scene_countries(groups, finding.incident) if _suffix_conflict(finding) else set()
        if countries and not countries & home:
            reason = "a street abroad: its street word is the translator's"
            finding = finding.model_copy(
                update={"status": Status.possible_conflict, "reasons": [*finding.reasons, reason]}
            )
        out.append(finding)
    return out


#: the reason a namesake conflict placed by a state named elsewhere gives
STATE_NAMED_ELSEWHERE = "a town placed only by a state its report names elsewhere, not with the town"


def namesakes_by_state_named(findings: list[Finding]) -> list[Finding]:
    """``findings`` with a conflict of two namesake towns made a possible
    conflict where a town of the two is placed in its state only because its
    report names that state elsewhere (``within_named_elsewhere``, not
    "Athens, Ga." nor a dateline's "ATHENS, Ga."): a report names other
    states beside the scene's (where a suspect was caught, where a family
    lives), so "in Springfield" beside "in Missouri" is weak evidence that
    the town is Missouri's, not enough to say two reports disagree."""
    out = []
    for finding in findings:
        weak = any(c.place.within_named_elsewhere for c in finding.claims)
        if finding.status is Status.conflict and finding.kind is ClaimKind.location and weak:
            reasons = [*finding.reasons, STATE_NAMED_ELSEWHERE]
            finding = finding.model_copy(update={"status": Status.possible_conflict, "reasons": reasons})
        out.append(finding)
    return out


def _story_towns(groups: Mapping[GroupKey, list[Claim]], incident: str, report: int) -> set[str] | None:
    """The gazetteer ids of the cities one report puts the incident in: its
    dateline's and its scene's ("PLANO, Texas", "in Allen"), not a town of an
    agency's or an outlet's name ("Plano police").  None where it names a
    district too ("Brooklyn" lies in the other's "NEW YORK"; the gazetteer
    does not say which city holds a district), or where no dateline names
    its city (a scene's square or neighbourhood the gazetteer reads as a
    town lies in the other's city as often as not)."""
    told = [
        c
        for key, claims in groups.items()
        if key[0] == incident and key[1] == ClaimKind.location.value and key[2] == PLACE
        for c in claims
        if c.report == report
        and c.place.kind in TOWN_KINDS
        and c.place.stated_as in ("scene", "dateline")
        and not c.place.named_in
    ]
    if any(c.place.kind != "city" for c in told) or not any(c.place.stated_as == "dateline" for c in told):
        return None  # no dateline town: "Times Square" and "Manhattan" may both be the one city's
    return {c.place.geonameid or "" for c in told} - {""}


#: the reason a street finding of two reports in other towns is split
OTHER_TOWNS = "one street name in two reports whose towns differ"


def streets_in_other_towns(groups: Mapping[GroupKey, list[Claim]], findings: list[Finding]) -> list[Finding]:
    """``findings`` with a street judged across two reports whose towns
    contradict ("PLANO ... the 2200 block of Oak Court" against "the 2200
    block of Oak Court in Allen") split into what each report alone states:
    neighbouring towns each have their Oak Court, and a street's name says
    "the same street" only in one town.  Both reports must name a town of
    the incident, none in common."""
    out: list[Finding] = []
    for finding in findings:
        reports = sorted({c.report for c in finding.claims})
        if finding.subject != STREET or finding.internal or len(reports) != 2:
            out.append(finding)
            continue
        towns = [_story_towns(groups, finding.incident, r) for r in reports]
        if not towns[0] or not towns[1] or towns[0] & towns[1]:
            out.append(finding)
            continue
        for report in reports:
            own = [c for c in finding.claims if c.report == report]
            names = ", ".join(dict.fromkeys(c.evidence.text.strip() for c in own))
            out.append(
                finding.model_copy(
                    update={
                        "status": Status.only_in_one,
                        "claims": own,
                        "confidence": None,
                        "explanation": f"only report {report + 1} states this: {names}",
                        "reasons": [OTHER_TOWNS],
                    }
                )
            )
    return out
