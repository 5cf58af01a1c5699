"""Judging two places: gazetteer places, streets and venues, spots and stages.

A place agrees with another by its gazetteer entry or its spelling, and is
compatible with a region that contains it; the places a report names in
words rather than by the gazetteer (where someone died, where a weapon was,
a venue or a street, a spot told against another) each have their own
judge here.  The gazetteer lookups are remembered, since a batch judges the
same few names for every pair of reports.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportcheck.compare.judges.verdict import Verdict
from reportcheck.knowledge.gazetteer import get_gazetteer
from reportcheck.knowledge.gazetteer.names import area_nouns, normalise, spelled_alike, unglided
from reportcheck.knowledge.tolerance import DEFAULT, Tolerances
from reportcheck.knowledge.venues import guarded_street_forms, same_hospital, venue_rules
from reportcheck.knowledge.vocabulary import (
    DATELINE_ROLE,
    DEATH_STAGE,
    HOSPITAL,
    QUARTER_KINDS,
    RELATIVE_PLACE,
    SCENE,
    STREET,
    TOWN_KINDS,
    UNRESOLVED_PREFIX,
    VENUE,
    WEAPON_PLACE,
)
from reportcheck.knowledge.weapons import holds_every_spot
from reportcheck.models import Claim, Status


def judge_location(a: Claim, b: Claim, tol: Tolerances = DEFAULT) -> Verdict | None:
    text = f"{a.evidence.text.strip()} vs {b.evidence.text.strip()}"
    if a.subject == HOSPITAL and b.subject == HOSPITAL:
        return _judge_hospitals(a, b, text)
    if DEATH_STAGE in (a.place.kind, b.place.kind):
        return _judge_stages(a, b, text)
    if WEAPON_PLACE in (a.place.kind, b.place.kind):
        return _judge_spots(a, b, text)
    if RELATIVE_PLACE in (a.place.kind, b.place.kind):
        return _judge_relative(a, b, text)
    if {a.place.kind, b.place.kind} & {VENUE, STREET}:
        return _judge_named_spots(a, b, text)
    if QUARTER_KINDS & {a.place.kind, b.place.kind}:
        return _judge_quarters(a, b, text)
    if a.place.geonameid == b.place.geonameid:
        around = a.place.around or b.place.around
        if around and a.place.around != b.place.around:
            place = a.value.name or a.evidence.text.strip()
            return Verdict(Status.compatible, f"{text}: one report says {around} {place}", 0.5)
        return Verdict(Status.agree, f"{text}: the same place")
    if _namesakes_in_two_states(a, b):
        return _judge_namesakes(a, b, text)
    gazetteer = get_gazetteer()
    if _same_place(gazetteer, *_without_shared_noun(a.value.name or "", b.value.name or "")):
        return Verdict(Status.agree, f"{text}: spellings of one place")
    if _unresolved(a, b) and any(spelled_alike(x, y) for x in _written(a) for y in _written(b)):
        return Verdict(Status.agree, f"{text}: spellings of one place")
    for outer, inner in ((a, b), (b, a)):
        if _contains(gazetteer, outer, inner):
            return Verdict(
                Status.compatible, f"{inner.evidence.text.strip()} lies in {outer.evidence.text.strip()}", 1.0
            )
    return None


def _judge_hospitals(a: Claim, b: Claim, text: str) -> Verdict:
    """Two hospitals one person was taken to (extract/places/care.py; align
    pairs them person by person): one hospital's names agree, a short name
    or a campus is compatible ("Comer Children's Hospital" and "University
    of Chicago Medicine Comer Children's Hospital").  Two hospitals conflict
    only as one move of one person: where the ones taken are several ("the
    victims were taken to"), each report may name another's hospital, and
    where a report tells more than one stop of care (a transfer, "later
    airlifted to", or two hospitals), the other's may be another stop, as
    where one report tells where they were taken and the other where they
    stayed or died ("taken to Mercy Hospital" against "died at Lakeview
    Hospital": a transfer one report leaves out)."""
    same = same_hospital(a.value.name or "", b.value.name or "")
    if same:
        return Verdict(Status.agree, f"{text}: the same hospital")
    if same is None:
        return Verdict(Status.compatible, f"{text}: one report names the hospital more fully", 0.5)
    if a.place.group or b.place.group:
        return Verdict(Status.compatible, f"{text}: several were taken to hospital, maybe to both", 1.0)
    if a.place.more_stops or b.place.more_stops:
        return Verdict(Status.compatible, f"{text}: a report tells more than one stop of care", 1.0)
    if bool(a.place.care_stay) != bool(b.place.care_stay):
        return Verdict(
            Status.compatible, f"{text}: one tells where they were taken, one where they were later", 1.0
        )
    return Verdict(Status.conflict, f"{text}: two hospitals for one person taken to hospital", 1.0)


#: the roles that make a town the story's own: where it happened, or the
#: wire dateline's town, which is where the reporter tells it happened
SCENE_ROLES = frozenset({SCENE, DATELINE_ROLE})


def _namesakes_in_two_states(a: Claim, b: Claim) -> bool:
    """Two towns (or counties) of one name that each report writes with the
    state or country it lies in, and the two differ: "Jackson, Miss." and
    "Jackson, Tenn." are two towns, not spellings of one.  A name written
    with its state in one report only is left to the gazetteer's reading of
    the other against the first's (``_same_place``): "Huntsville" alone in
    a story of "Huntsville, Texas" is that town, however the larger Alabama
    city ranks alone."""
    if not (a.place.within_written and b.place.within_written):
        return False
    if a.place.kind != b.place.kind or a.place.kind not in TOWN_KINDS:
        return False
    if (a.place.country, a.place.region) == (b.place.country, b.place.region):
        return False
    return normalise(a.value.name or "") == normalise(b.value.name or "")


def _judge_namesakes(a: Claim, b: Claim, text: str) -> Verdict | None:
    """Two namesakes in two stated states: a conflict where each report
    tells its town as the scene (or files from it and tells no other
    scene), since one event has one scene; else no verdict, as a report
    names homes and the places of an arrest beside the scene.  A report
    that names both namesakes itself gives no verdict either."""
    if a.place.namesake_named or b.place.namesake_named:
        return None  # a report that names both namesakes tells them apart itself
    if not (_told_as_scene(a) and _told_as_scene(b)):
        return None
    where_a, where_b = (_town_and_state(c) for c in (a, b))
    return Verdict(Status.conflict, f"{text}: two places of one name, {where_a} and {where_b}", 1.0)


def _told_as_scene(claim: Claim) -> bool:
    """A town the report tells as the scene, or its dateline's town where
    the report tells no other town as the scene."""
    if claim.place.stated_as == DATELINE_ROLE:
        return not claim.place.scene_elsewhere
    return claim.place.stated_as in SCENE_ROLES


def _town_and_state(claim: Claim) -> str:
    """ "Jackson, Mississippi": the town with the state or country it was read in."""
    outer = claim.place.region_name or claim.place.country or ""
    return f"{claim.value.name}, {outer}" if outer else claim.value.name or ""


def _without_shared_noun(a: str, b: str) -> tuple[str, str]:
    """Two names to spell against each other, without the area's noun both
    end in ("Marvak county", "Marpak county" -> "Marvak", "Marpak"): the
    noun they share makes any two names look alike."""
    words_a, words_b = a.split(), b.split()
    if not (_ends_in_area_noun(words_a) and _ends_in_area_noun(words_b)):
        return a, b
    if words_a[-1].lower() != words_b[-1].lower():
        return a, b
    return " ".join(words_a[:-1]), " ".join(words_b[:-1])


def _ends_in_area_noun(words: list[str]) -> bool:
    """Whether a name's words end in an area's noun after a name ("Raqqa province")."""
    return len(words) > 1 and words[-1].lower() in area_nouns()


def _written(claim: Claim) -> set[str]:
    """A place's names to spell against one the gazetteer lacks: the
    gazetteer's ("Ar Raqqah") and the report's, without an area's word
    ("Raqqa province" is "Raqqa"), never with it: a noun two names share
    makes any two look alike ("Marvak county" and "Marpak county" are two
    counties, as "Marvak" and "Marpak" are two names); each also without the
    letters transliteration adds (:func:`unglided`: "Ghowr" is "Ghor")."""
    names = set()
    for name in (claim.value.name or "", claim.place.surface or ""):
        words = name.split()
        if _ends_in_area_noun(words):
            words = words[:-1]
        names |= {" ".join(words), unglided(" ".join(words))}
    return {n for n in names if n}


def _unresolved(a: Claim, b: Claim) -> bool:
    """Whether a place of the two is one the gazetteer lacks ("the town of
    Urum Alkobra"): only its spelling can say it is the other's."""
    return any((c.place.geonameid or "").startswith(UNRESOLVED_PREFIX) for c in (a, b))


def _judge_relative(a: Claim, b: Claim, text: str) -> Verdict | None:
    """Where one spot lies from another: one relation agrees; "next to" and
    "across the street" exclude each other, unless the two reports place the
    spot against different grounds ("next to the shop", "across from the
    school"); a relation with no ground ("across the street") is from the scene."""
    if a.place.kind != b.place.kind:
        return None
    if a.value.name == b.value.name:
        return Verdict(Status.agree, f"{text}: the same place")
    grounds = {a.place.place_words, b.place.place_words}
    if None not in grounds and len(grounds) > 1:
        return None  # placed against two different spots
    return Verdict(Status.conflict, f"{text}: one spot cannot be {a.value.name} and {b.value.name}", 1.0)


def _judge_quarters(a: Claim, b: Claim, text: str) -> Verdict | None:
    """Two named quarters of a town (extract/places/villages.py): one name,
    however spelled, agrees, and a name that holds the other's ("the South
    Side Bridgeport neighborhood", "the Bridgeport neighborhood") is
    compatible; two names are a conflict where both reports
    tell their quarter as the scene ("stormed the bar in the San Juanico
    neighbourhood of Celaya" against "wounded in the attack in the Las
    Fuentes neighborhood"), as one scene lies in one quarter; else no
    verdict, as a report names where a victim lived or a suspect was caught
    beside the scene.  Two quarters of two kinds (an industrial zone, a
    numbered sector, any other: vocabulary's ``QUARTER_KINDS``) are no
    verdict, as a works zone lies in some neighbourhood of another name, and
    two names of other figures ("Sector 15", "Sector 16") are never one
    spelled twice.  Quarters of two towns both written and both told as the
    scene conflict all the same ("the Boribana quarter of Attécoubé" against
    "the Gobelet quarter of Cocody"): one scene lies in one quarter of one
    town, and the towns, often ones the model tags no place, say no more.
    A quarter against a place of another kind, named otherwise, is
    no verdict: the gazetteer's reading of its name is some other place ("San
    Juanico" is a village elsewhere), and a compatible "lies in" verdict
    against the other report's town would outrank, and so hide, the
    conflict with the other report's own quarter."""
    numbered = _numbers(a.value.name or "") == _numbers(b.value.name or "")
    if numbered and any(spelled_alike(x, y) for x in _written(a) for y in _written(b)):
        return Verdict(Status.agree, f"{text}: the same quarter")
    if a.place.kind != b.place.kind:
        return None
    if _one_name_within(a.value.name or "", b.value.name or ""):
        return Verdict(Status.compatible, f"{text}: one quarter's name holds the other's", 1.0)
    if a.place.stated_as != SCENE or b.place.stated_as != SCENE:
        return None
    why = f"one scene told in two quarters, {a.value.label} and {b.value.label}"
    towns = {a.place.place_words, b.place.place_words}
    if None not in towns and len(towns) > 1:
        why = f"{why}, of two towns"  # the scene lies in one town too
    return Verdict(Status.conflict, f"{text}: {why}", 1.0)


def _numbers(name: str) -> list[str]:
    """The figures of a quarter's name ("Sector 15": ["15"]), which no
    spelling changes: "Sector 15" and "Sector 16" are two sectors."""
    return re.findall(r"\d+", name)


def _one_name_within(a: str, b: str) -> bool:
    """Whether the words of one name are a run of the other's ("Bridgeport" in "South Side Bridgeport")."""
    shorter, longer = sorted((normalise(a).split(), normalise(b).split()), key=len)
    return bool(shorter) and any(
        longer[i : i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1)
    )


def _judge_stages(a: Claim, b: Claim, text: str) -> Verdict | None:
    """Where someone died: stages on the way from the scene to hospital."""
    if a.place.kind != b.place.kind:
        return None
    va, vb = a.value, b.value
    if va.low == vb.low and va.high == vb.high:
        return Verdict(Status.agree, f"{text}: the same place of death")
    # both are stages (their kinds are equal): a stage's value is its ranks, both bounds set
    assert va.low is not None and va.high is not None and vb.low is not None and vb.high is not None
    if va.low <= vb.high and vb.low <= va.high:
        return Verdict(Status.compatible, f"{text}: one phrase allows the other", 1.0)
    return Verdict(Status.conflict, f"{text}: a death cannot happen in both places", 1.0)


def _judge_spots(a: Claim, b: Claim, text: str) -> Verdict | None:
    """Where a weapon was: the same head noun agrees; naming the other's
    spot ("a shed behind the house" / "the house") is compatible."""
    if a.place.kind != b.place.kind:
        return None
    if a.value.name == b.value.name:
        return Verdict(Status.agree, f"{text}: the same spot")
    if any(holds_every_spot(c.value.name or "") for c in (a, b)):
        return Verdict(Status.compatible, f"{text}: the scene holds the spot named more closely", 1.0)
    words_a, words_b = a.place.place_words or "", b.place.place_words or ""
    if re.search(rf"\b{re.escape(b.value.name or '')}", words_a) or re.search(
        rf"\b{re.escape(a.value.name or '')}", words_b
    ):
        return Verdict(Status.compatible, f"{text}: one spot is named within the other", 1.0)
    return Verdict(Status.conflict, f"{text}: different spots", 1.0)


def _judge_named_spots(a: Claim, b: Claim, text: str) -> Verdict | None:
    """Two venues or two streets (extract/places/venues.py): the same name
    agrees; a name whose words hold the other's ("Mr. G's Supper Club" in
    "Mr. G's Supper Club and Entertainment Center", "Memorial" in "Memorial
    Drive") or that gives a block the other leaves out is compatible.  A
    report names many venues and streets (the scene, the suspect's home, where
    a car was found), so different names are no verdict, and two numbers on
    one street (:func:`_judge_numbers`) are set against each other only where
    a report tells its address as the scene; the confidence grading keeps
    them possible conflicts unless both do.  Two numbered streets that differ
    only in their number ("Northwest 172nd Terrace", "Northwest 177th
    Terrace") are no verdict either: read on the corpora, a story in a city
    of numbered streets names the cross street, the corner of the arrest and
    a witness's street beside the scene (ECB+ topic 21 alone raised some
    forty such pairs for one misprint in GVC).  Two streets whose sides of
    town are both written and differ ("North 5th Street", "South 5th
    Street") are two streets, no verdict; a side written by one report only
    leaves them comparable."""
    if a.place.kind != b.place.kind or _other_side(a, b):
        return None
    words_a, words_b = (a.value.name or "").split(), (b.value.name or "").split()
    same = words_a == words_b
    if not same and a.place.kind == STREET:
        shorter, longer = sorted((words_a, words_b), key=len)
        same = len(longer) == len(shorter) + 1 and longer[:-1] == shorter  # "memorial" / "memorial drive"
    if same:
        numbers = {a.place.place_words, b.place.place_words}
        if None not in numbers:
            told = _judge_numbers(a, b, text)
            if told is not None or len(numbers) > 1:
                return told
        if len(numbers) == 1 and words_a == words_b:
            return Verdict(Status.agree, f"{text}: the same {a.place.kind}")
        return Verdict(Status.compatible, f"{text}: the same {a.place.kind}, one told more closely", 0.5)
    if a.place.kind == STREET:
        return _judge_suffixes(a, b, words_a, words_b, text)
    shorter, longer = sorted((words_a, words_b), key=len)
    if a.place.kind == VENUE and len(shorter) >= 2 and " ".join(shorter) in " ".join(longer):
        return Verdict(Status.compatible, f"{text}: one name is part of the other", 0.5)
    return None


def _judge_suffixes(a: Claim, b: Claim, words_a: list[str], words_b: list[str], text: str) -> Verdict | None:
    """One street's name with two street words ("Skyline Road", "Skyline
    Drive"; "Childers Street", "Childers Drive"): one of the two reports
    names the street wrongly, a conflict where both tell their street as the
    scene; else no verdict, as a town may hold an Oak Lane and an Oak Road
    and a report gives homes and the places of an arrest beside the scene.
    Numbered streets ("79th Street", "79th Place") and numbered roads are
    left out: a grid city gives one figure to several streets, and a road's
    designation is written many ways.  Read on the corpora, all three such
    pairs of same-incident reports were one scene told two ways, each
    report telling its street as the scene.  Each must be read as a street by
    its form (``street_form``: a number, "on" before it, a corner), not by
    its name alone, which may be a complex's ("the Maple Terrace
    apartments" stands on Maple Avenue).  A street word of the USPS list
    read only by its form ("Village Square" against "Village Drive"; a
    subdivision often has a Townsgate Circle off its Townsgate Road) is set
    against another only where both reports number the street in one block
    ("at 8800 Village Square", "the 8800 block of Village Drive")."""
    kinds = set(venue_rules().street_suffixes)
    guarded = set(guarded_street_forms().values())
    if len(words_a) < 2 or len(words_a) != len(words_b) or words_a[:-1] != words_b[:-1]:
        return None
    if not {words_a[-1], words_b[-1]} <= kinds | guarded or not any(w.isalpha() for w in words_a[:-1]):
        return None
    if {words_a[-1], words_b[-1]} & guarded and not _one_block(a, b):
        return None
    if a.place.stated_as != SCENE or b.place.stated_as != SCENE:
        return None
    if not (a.place.street_form and b.place.street_form):
        return None  # "at the Maple Terrace complex": a name with a street's word may be a venue's
    street_a, street_b = (c.place.surface or c.evidence.text.strip() for c in (a, b))
    why = f"one street named {street_a} and {street_b}, both told as the scene"
    return Verdict(Status.conflict, f"{text}: {why}", 1.0)


def _one_block(a: Claim, b: Claim) -> bool:
    """Both streets numbered (a house or a block), in the same block of a hundred."""
    numbers = [c.place.place_words for c in (a, b)]
    if not all(n and n.isdigit() for n in numbers):
        return False
    return len({int(n) // BLOCK for n in numbers if n}) == 1


def _other_side(a: Claim, b: Claim) -> bool:
    """Both streets written with a side of town, and the sides differ."""
    sides = {a.place.direction, b.place.direction}
    return None not in sides and len(sides) > 1


#: the houses of one block: "the 1200 block" holds 1200 to 1299
BLOCK = 100


def _judge_numbers(a: Claim, b: Claim, text: str) -> Verdict | None:
    """Two numbers on one street: a house inside the other's block ("1249"
    in "the 1200 block") is compatible, and
    two others are two spots, a conflict only if a report tells its address
    as the scene (the grading says how sure: ``address_not_scene``); else
    no verdict, as a report gives the homes and the places a suspect was
    caught on the scene's street too.  The same number is left to the names."""
    house_a, house_b = int(a.place.place_words or 0), int(b.place.place_words or 0)
    block_a, block_b = bool(a.place.block), bool(b.place.block)
    if house_a == house_b and block_a == block_b:
        return None  # the same number: the names decide (_judge_named_spots)
    if (block_a or block_b) and house_a // BLOCK == house_b // BLOCK:
        return Verdict(Status.compatible, f"{text}: the house lies in the block", 0.5)
    if SCENE not in (a.place.stated_as, b.place.stated_as):
        return None
    what = "blocks" if block_a and block_b else "addresses"
    told = "both" if a.place.stated_as == b.place.stated_as else "one"
    return Verdict(
        Status.conflict, f"{text}: two {what} on one street, {told} told as the scene", abs(house_a - house_b)
    )


#: names remembered by the lookups below; a batch judges the same few place
#: names again for every pair of reports in a group
LOOKUP_CACHE = 1 << 16


@lru_cache(maxsize=LOOKUP_CACHE)
def _same_place(gazetteer, a: str, b: str) -> bool:
    """Gazetteer.same_place, remembered: it ranks every reading of both names."""
    return gazetteer.same_place(a, b)


@lru_cache(maxsize=LOOKUP_CACHE)
def _candidates(gazetteer, name: str) -> tuple:
    """Gazetteer.candidates, remembered (the ranking is the costly part of judging places)."""
    return tuple(gazetteer.candidates(name))


def _contains(gazetteer, outer: Claim, inner: Claim) -> bool:
    """True if any reading of ``outer``'s name contains ``inner``'s place."""
    return _names_contain(
        gazetteer,
        outer.place.surface or outer.value.name or "",
        inner.place.surface or inner.value.name or "",
        inner.place.geonameid,
    )


@lru_cache(maxsize=LOOKUP_CACHE)
def _names_contain(gazetteer, outer_name: str, inner_name: str, inner_id: str | None) -> bool:
    inner_places = _candidates(gazetteer, inner_name)
    outer_places = _candidates(gazetteer, outer_name)
    if not inner_places or not outer_places:
        return False
    inner_best = [p for p in inner_places if str(p.geonameid) == inner_id] or inner_places[:1]
    return any(gazetteer.contains(o, i) and o.kind != "city" for o in outer_places for i in inner_best)
