"""Distances, heights, depths and other measured quantities as claims.

The string parser (:mod:`reportcheck.extract.quantities.finders`) reads the number
and unit; this component decides what the quantity measures from the words
around it ("tall" -> height, "deep"/"depth" -> depth, otherwise a distance;
a distance from no place in a sentence about depth or shallowness is a depth)
and, for distances, what it is measured from: "20km from Russia's border"
and "five miles from Rostov's border" both measure from the border, while
"35 miles southwest of Bandar Abbas" measures from a city
(:mod:`reportcheck.extract.quantities.anchors`).  Only distances from the
same anchor are compared.  A length of a thing ("a 40-mile-long
fault", "the convoy stretched 3 km"), a width and a rate ("3 cm a year") are
not where the event was: each has its own measure (the claim's
``frame.measure``, see :func:`measure_of`).  A figure given twice, "200 miles
(320 km)", is one statement and so one claim that may be read either way.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from reportcheck.details import QuantityDetails
from reportcheck.extract.core.base import RawClaim, add_claim, lemma_of, register_extractor
from reportcheck.extract.core.mentions import Mention
from reportcheck.extract.core.named import subject_name
from reportcheck.extract.quantities.anchors import anchor_key, key_of
from reportcheck.extract.quantities.falls import drop_of, fall_verb
from reportcheck.extract.quantities.finders import find_quantities
from reportcheck.extract.quantities.money import money_claims
from reportcheck.extract.quantities.terms import term_claims
from reportcheck.extract.quantities.units import unit_rules
from reportcheck.extract.quantities.weather import RAINFALL, SNOWFALL, amount_place, weather_amount
from reportcheck.knowledge.vocabulary import (
    CORDON,
    FALL,
    FLOOD_MARK,
    RADIUS,
    RECORD,
    UNANCHORED,
    WATER_FORECAST,
    WATER_LEVEL,
    WATER_OVER_MARK,
    WATER_RISE,
    alternation,
    spaced_alternation,
)
from reportcheck.models import ClaimKind, Interval, Value, ValueFrame

_HEIGHT = re.compile(
    r"^\W*(?:tall|high|in height|above|in the air)\b|^[^\d]{0,12}\b(?:height|tall)\b", re.IGNORECASE
)
_DEPTH = re.compile(
    r"^\W*(?:deep|below|beneath|underground|under\s+the|in\s+depth)\b|^[^\d]{0,12}\bdepths?\b", re.IGNORECASE
)
#: a depth or height word just before the figure, no other figure between ("a depth of about 10 km")
_DEPTH_BEFORE = re.compile(r"\bdepths?\b[^\d,;]{0,25}$", re.IGNORECASE)
_HEIGHT_BEFORE = re.compile(r"\b(?:height|tall)\b[^\d,;]{0,25}$", re.IGNORECASE)
#: a sentence about how deep something is ("the quake was very shallow - only 5.4 miles")
_DEPTH_TALK = re.compile(r"\b(?:shallow(?:er|est)?|deep(?:er|est)?|depths?)\b", re.IGNORECASE)
#: words that make an unanchored length a reach, not a depth ("felt as far as 200 miles")
_REACH = re.compile(r"\b(?:felt|far|away|wide|across|radius|long|stretch\w*|spread)\b", re.IGNORECASE)
#: a figure per unit of time is a rate, not where anything is ("slips 3 cm a year")
_RATE = re.compile(
    r"^\W*(?:per|an?|each|every)\s+(?:year|month|week|day|hour|minute|second|annum)\b"
    r"|^\W*(?:[a-z]+\s+)?(?:per|a|each|every)\s+(?:game|match|season|race|lap|trip|capita|person)\b"
    r"|^\s*/\s*(?:yr|year|h|hr|hour|s|sec|day)\b|^\W*(?:annually|yearly|a\s+year)\b",
    re.IGNORECASE,
)
#: a volume per unit of time is a flow, never a volume moved ("releasing 3,000
#: cubic metres of water per second", "4,500 m3 a second")
_FLOW = re.compile(
    r"^\W*(?:of\s+(?:[a-z]+\s+){1,2})?(?:per|an?|each|every)\s+(?:second|minute|hour|day)\b|^\s*/\s*(?:s|sec|h|hr)\b",
    re.IGNORECASE,
)
FLOW = "volume:flow"
#: a figure of how long or wide a thing is ("a 40-mile-long fault", "the convoy
#: stretched 3 km", "a rupture of 50 km"), not of where the event was
_LENGTH_AFTER = re.compile(
    r"^\W*(?:-\s*)?(?:long|in\s+length|in\s+extent|stretch(?:es)?\s+of|section\s+of|segment\s+of|length\s+of)\b",
    re.IGNORECASE,
)
_LENGTH_BEFORE = re.compile(
    r"\b(?:length|lengths|stretch(?:ed|es|ing)?|extend(?:ed|s|ing)?|rupture[ds]?|runs?|ran|spann?(?:ed|s|ing)?)"
    r"\b(?:\s+(?:of|for|over|along|about|around|some|nearly|almost|roughly|approximately|more\s+than|up\s+to))*\s*$",
    re.IGNORECASE,
)
#: "a 10-metre boat", "a 3-mile tailback": a figure written as an adjective
#: before a noun is the size of that thing (unless a relation word follows:
#: "a 20-mile-long fault" and "10-km deep" are read by the rules below)
_ADJECTIVE_FIGURE = re.compile(r"[\da-z]\s?-\s?[A-Za-z]+$")
#: a person's build: "a 6-foot, 200-pound man", "5-foot-9, 198 pounds", "described as 6-foot-3"
_BUILD = re.compile(r"\b(?:pounds?|lbs?|weigh\w*|described|build|slim|stocky|heavyset)\b", re.IGNORECASE)
#: dimensions: "8-by-12 feet", "50m by 50m"
_DIMENSIONS_AFTER = re.compile(r"^\s*(?:-\s*)?(?:by|x)\s*\d", re.IGNORECASE)
_DIMENSIONS_BEFORE = re.compile(r"\d\s*(?:-\s*)?(?:by|x)\s*-?\s*$", re.IGNORECASE)
_RELATION_WORDS = frozenset(
    {
        "from",
        "of",
        "away",
        "off",
        "outside",
        "inside",
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "deep",
        "tall",
        "high",
        "wide",
        "long",
        "below",
        "beneath",
        "under",
        "underground",
        "and",
        "or",
        "to",
    }
)
_WIDTH = re.compile(r"^\W*(?:-\s*)?(?:wide|across|in\s+(?:width|diameter))\b", re.IGNORECASE)
_WIDTH_BEFORE = re.compile(r"\b(?:width|diameter)\b[^\d,;]{0,25}$", re.IGNORECASE)
_BRACKETED_AFTER = re.compile(r"^\s*\([^()]{0,40}\)")
_CLOSING_BRACKET = re.compile(r"\s*[)\]]")
_COMPASS = r"(?:north|south|east|west)"
_BEARING = re.compile(
    rf"^\)?\s*(?:\([^)]{{0,40}}\)\s*)?"
    rf"(?P<bearing>{_COMPASS}(?:[- ]?{_COMPASS}){{0,2}}(?:ern)?|(?-i:[NSEW]{{1,3}})(?=\s))?"
    r"\s*(?P<rel>from|of|away|outside|off|inside|short of|(?-i:before(?=\s+[A-Z])))\b",
    re.IGNORECASE,
)


def compass_point(written: str) -> str:
    """ "north-northeast" and "NNE" -> "NNE"; "southwestern" -> "SW"."""
    words = re.findall(r"north|south|east|west|[nsew]", written.lower())
    return "".join(w[0] for w in words).upper()


def _classify(
    doc: Doc, sent: Span, mention: Mention, fall: Token | None
) -> tuple[ClaimKind, str, str, QuantityDetails]:
    """(kind, subject key, subject label, details) for a length mention; the
    details hold the written unit.  ``fall`` is the verb of falling the
    figure is the length of, if any (:func:`fall_verb`): a fall unless the
    figure is a rate.

    The words right after the figure decide first ("10 km deep", "3 cm a
    year", "a 40-mile-long fault", "12 miles north of Ridgeway"), then the
    words right before it ("a depth of 10 km", "stretched for 3 km"); a depth
    word further back never claims a figure that another figure stands
    between ("a depth of 8 km, 30 km north of the town": one depth, one
    distance)."""
    written = QuantityDetails(written_unit=mention.written_unit)
    # past a conversion in brackets: "15 kilometres (9 miles) beneath"
    after = _BRACKETED_AFTER.sub("", sent.text[mention.end : mention.end + 80], count=1)[:30]
    before = sent.text[max(0, mention.start - 40) : mention.start]
    if _rainfall(mention, before, after):
        return ClaimKind.other_quantity, RAINFALL, "rainfall", written
    fallen = weather_amount(sent, mention, sent.text[: mention.start], after)
    if fallen is not None:  # "Orchard Park recorded 49 inches", "bringing another 1 to 2 feet"
        return ClaimKind.other_quantity, fallen, fallen.replace(":", " "), written
    if _RATE.search(after):
        return ClaimKind.other_quantity, "rate", "rate", written
    if _altitude(before, after):
        return _altitude_claim(doc, sent, mention, after, written)
    if fall is not None:
        return ClaimKind.distance, FALL, "height of the fall", written
    water = _water_level(sent, mention)
    if water is not None:
        return ClaimKind.height, water, WATER_LABELS[water], written
    if _HEIGHT.search(after) or _HEIGHT_BEFORE.search(before) or _build(sent, mention):
        if _sizes_summit(after, worded=True):  # "the 1,584-meter-high volcano": its own height
            return ClaimKind.height, SUMMIT, "height of the summit", written
        return ClaimKind.height, "height", "height", written
    if _DIMENSIONS_AFTER.search(after) or _DIMENSIONS_BEFORE.search(before):
        return _length(doc, sent, mention, written)
    if _path_before().search(before):
        return (
            ClaimKind.distance,
            f"length:{PATH}",
            f"length of the {PATH}",
            written,
        )  # "on the ground for 6.3 miles"
    if _WIDTH.search(after) or _WIDTH_BEFORE.search(before):
        return ClaimKind.distance, "width", "width", written
    if _LENGTH_AFTER.search(after) or _LENGTH_BEFORE.search(before):
        return _length(doc, sent, mention, written)
    if _DEPTH.search(after) or _DEPTH_BEFORE.search(before) or _underground_level(sent, after):
        if _whole_depth(before, after):  # "a total depth of about 1,500 metres": the shaft's own
            return ClaimKind.depth, WHOLE_DEPTH, "total depth", written
        return ClaimKind.depth, "depth", "depth", written
    if _cordon_size(before, after):
        return ClaimKind.distance, CORDON, "size of the cordon", written  # "a 200-metre cordon"
    if _zone_radius(sent, before, after):
        return ClaimKind.distance, RADIUS, "radius", written  # "within a 1.5 km radius"
    if _sized_noun(mention, after):
        if _sizes_summit(after, worded=False) and _thing_measured(doc, sent, mention) in _summit_nouns():
            # "a 3,776-metre mountain": its height, not a length; "a 12-km mountain road" the road's
            return ClaimKind.height, SUMMIT, "height of the summit", written
        return _length(doc, sent, mention, written)
    if _bare_elevation(sent, mention, before, after):
        if _summit_height(before, after):
            return ClaimKind.height, SUMMIT, "height of the summit", written
        place = _place_at_elevation(doc, sent, mention)
        if place is not None:  # "left the Korvi hut at 2,000 metres": the hut's, not the party's
            return ClaimKind.distance, f"{ALTITUDE}:{place}", f"altitude of the {place}", written
        moment = _moment_at_elevation(doc, sent, mention)
        if moment is not None:  # "came to rest at around 1,900 metres": the run-out's, not the release's
            return ClaimKind.distance, f"{ALTITUDE}:{moment}", f"altitude told by '{moment}'", written
        return _altitude_claim(doc, sent, mention, after, written)
    named = _place_before(doc, sent, mention, after)
    if named is not None:
        key, text, facing = named
        details = written.replace(bearing=facing, anchor=text)
        return ClaimKind.distance, f"from:{key}", f"distance from {text}", details
    match = _BEARING.match(sent.text[mention.end :])
    if match:
        bearing = compass_point(match.group("bearing")) if match.group("bearing") else None
        if match.group("rel").lower() != "away":
            anchor = anchor_key(doc, sent.start_char + mention.end + match.end())
            if anchor:
                key, text = anchor
                details = written.replace(bearing=bearing, anchor=text)
                if _destination(sent, mention, before):
                    return (
                        ClaimKind.distance,
                        f"to:from:{key}",
                        f"distance of a destination from {text}",
                        details,
                    )
                return ClaimKind.distance, f"from:{key}", f"distance from {text}", details
        return ClaimKind.distance, "away", "distance away", written.replace(bearing=bearing)
    # measured from nowhere in a sentence about depth: "very shallow - only 5.4 miles (8.7 km)"
    if _DEPTH_TALK.search(sent.text) and not _REACH.search(sent.text):
        return ClaimKind.depth, "depth", "depth", written
    return ClaimKind.distance, UNANCHORED, "distance", written


#: a radius around the scene ("within a 2 km radius", "a radius of 3 km"):
#: an evacuation or an exclusion zone's size, which two reports state as one
#: figure, unlike the other bare distances (compare/confidence.py ``_bare_distances``)
_RADIUS_AFTER = re.compile(r"^\W*radius\b", re.IGNORECASE)
_RADIUS_BEFORE = re.compile(r"\bradius\s+of\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)


class _ZonePatterns(NamedTuple):
    """The words round a figure that tell it as the size of a zone round the scene."""

    sized: re.Pattern[str]  # "a 300 m exclusion zone": a zone noun right after
    sized_before: re.Pattern[str]  # "an exclusion zone of about 300 metres"
    cordon: re.Pattern[str]  # "a 200-metre cordon": a cordon noun right after
    cordon_before: re.Pattern[str]  # "a cordon of about 200 metres"
    within: re.Pattern[str]  # "within a quarter-mile", "within about 300 feet" right before
    cleared: re.Pattern[str]  # a word of clearing or keeping people out, anywhere in the sentence


@cache
def _zone_patterns() -> _ZonePatterns:
    """:class:`_ZonePatterns` from ``zone_nouns``, ``cordon_nouns`` and
    ``zone_words`` of rules/units.yaml."""
    rules = unit_rules()
    nouns = spaced_alternation(rules.zone_nouns)
    cordons = spaced_alternation(rules.cordon_nouns)
    hedge = r"(?:[a-z]+\s+){0,2}"
    return _ZonePatterns(
        sized=re.compile(rf"^\s*-?\s*(?:{nouns})\b", re.IGNORECASE),
        sized_before=re.compile(rf"\b(?:{nouns})\s+of\s+{hedge}$", re.IGNORECASE),
        cordon=re.compile(rf"^\s*-?\s*(?:{cordons})\b", re.IGNORECASE),
        cordon_before=re.compile(rf"\b(?:{cordons})\s+of\s+{hedge}$", re.IGNORECASE),
        within=re.compile(rf"\bwithin\s+{hedge}$", re.IGNORECASE),
        cleared=re.compile(rf"\b(?:{spaced_alternation(rules.zone_words)})\b", re.IGNORECASE),
    )


#: "to a hospital ", "to the mooring ": a place gone to, right before a figure
_TO_A_PLACE = re.compile(r"\bto\s+(?:a|an|the)\s+(?:[a-z-]+\s+){1,2}$", re.IGNORECASE)


def _destination(sent: Span, mention: Mention, before: str) -> bool:
    """Whether a distance tells where people or a craft were taken, not where
    the incident was: "The injured pilot was taken to a hospital 30
    kilometers east of Biyangdo", "towed to a mooring 2 km from Mulifanua"
    (``destination_verbs`` of rules/units.yaml, before the figure)."""
    if not _TO_A_PLACE.search(before):
        return False
    verbs = unit_rules().destination_verbs
    start = sent.start_char + mention.start
    return any(t.idx < start and t.pos_ == "VERB" and lemma_of(t) in verbs for t in sent)


def _cordon_size(before: str, after: str) -> bool:
    """Whether a length sizes a police cordon ("a 200-metre cordon", "a
    cordon of 200 metres": ``cordon_nouns``), a zone of its own: "evacuated
    buildings within 100 metres and set up a 500-metre cordon" tells two
    zones, so a cordon never meets a cleared zone's radius."""
    zone = _zone_patterns()
    return bool(zone.cordon.search(after) or zone.cordon_before.search(before))


def _zone_radius(sent: Span, before: str, after: str) -> bool:
    """Whether a length is the radius of a zone round the scene: "within a
    1.5 km radius", "a radius of 3 km from the crater", a figure sizing an
    exclusion zone, or "within" a figure in a sentence that tells of an
    evacuation (``zone_nouns``, ``zone_words``).  Read
    before the place a figure is told from: "within a radius of 5 km from the
    eruption centre" and another report's "within a 7-km radius of the
    crater" are one zone's size told round two names of one spot."""
    if _RADIUS_AFTER.search(after) or _RADIUS_BEFORE.search(before):
        return True
    zone = _zone_patterns()
    if zone.sized.search(after) or zone.sized_before.search(before):
        return True
    return bool(zone.within.search(before)) and _tells_clearing(sent)


def _tells_clearing(sent: Span) -> bool:
    """Whether a sentence tells of clearing or keeping people out
    (``zone_words``) by a word that is no mere description of people:
    "Evacuated families were housed in schools within 5 km of their villages"
    tells where evacuees went, not the zone cleared."""
    doc = sent.doc
    for match in _zone_patterns().cleared.finditer(sent.text):
        span = doc.char_span(
            sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand"
        )
        if span is not None and span.root.dep_ != "amod":
            return True
    return False


#: a bearing alone after a figure: "Marwick 90 km west", "Dunmore, 300 km to the east"
_BARE_BEARING = re.compile(
    rf"^\s*(?:to\s+the\s+)?(?P<bearing>{_COMPASS}(?:[- ]?{_COMPASS}){{0,2}})\b(?!\s+(?:of|from)\b)",
    re.IGNORECASE,
)
#: entity types a name before a bare bearing may have (the small model tags
#: unfamiliar towns ORG, or nothing)
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "ORG", ""})
_OPPOSITE = {"N": "S", "S": "N", "E": "W", "W": "E"}


def _place_before(doc: Doc, sent: Span, mention: Mention, after: str) -> tuple[str, str, str] | None:
    """(key, text, bearing of the event from the place) when a place is named
    right before a figure that only gives a bearing: "felt in Marwick 90
    kilometres west" puts the quake east of Marwick."""
    match = _BARE_BEARING.match(after)
    if match is None:
        return None
    start = sent.start_char + mention.start
    before = doc.char_span(max(sent.start_char, start - 30), start, alignment_mode="contract")
    if before is None:
        return None
    tokens = [t for t in before if not t.is_punct]
    if not tokens or tokens[-1].pos_ != "PROPN" or tokens[-1].ent_type_ not in _PLACE_ENTITIES:
        return None
    place = tokens[-1]
    bearing = "".join(_OPPOSITE[letter] for letter in compass_point(match.group("bearing")))
    return key_of(place), place.text, bearing


#: the thing a tornado's track is the length of, by whichever noun (``path_nouns``)
PATH = "path"


@cache
def _path_before() -> re.Pattern[str]:
    """A phrase of a path's length right before the figure, past up to two
    hedge words (``path_before``): "was on the ground for an estimated 6.3
    miles", "tracked 9 miles"."""
    phrases = spaced_alternation(unit_rules().path_before)
    return re.compile(rf"\b(?:{phrases})\s+(?:[a-z]+\s+){{0,2}}$", re.IGNORECASE)


#: subjects that stand for a member of a group named after them ("one of the cables")
_MEMBER_WORDS = frozenset({"one", "first", "second", "third", "another", "each", "both"})


def _length(
    doc: Doc, sent: Span, mention: Mention, written: QuantityDetails
) -> tuple[ClaimKind, str, str, QuantityDetails]:
    """A length, keyed by the thing it is the length of when the parse names
    it ("a 10-metre boat", "the cable is 40,000 km long"): the lengths of two
    things in one story are no conflict."""
    thing = _thing_measured(doc, sent, mention)
    if thing is None:
        return ClaimKind.distance, "length", "length", written
    if thing in unit_rules().path_nouns:
        thing = PATH  # "an 11-mile track" is the length of the path another report gives
    return ClaimKind.distance, f"length:{thing}", f"length of the {thing}", written


def _mention_span(doc: Doc, sent: Span, mention: Mention) -> Span | None:
    """The tokens of a figure found in the sentence's text, widened to whole
    tokens (None only where spaCy finds no tokens there)."""
    start, end = sent.start_char + mention.start, sent.start_char + mention.end
    return doc.char_span(start, end, alignment_mode="expand")


def _thing_measured(doc: Doc, sent: Span, mention: Mention, *, noun_after: bool = True) -> str | None:
    """The thing a figure measures: the noun right after it ("a 10-metre
    boat"), unless ``noun_after`` is False, else the subject of its clause."""
    span = _mention_span(doc, sent, mention)
    if span is None:
        return None
    following = doc[span.end] if span.end < sent.end and noun_after else None
    if following is not None and following.pos_ == "NOUN":
        head = following
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        return lemma_of(head)
    for ancestor in span.root.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            subjects = [c for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass")]
            return _named_thing(subjects[0]) if subjects else None
    return None


def _named_thing(subject: Token) -> str | None:
    """The noun a clause's subject names: "one of the cables" -> "cable"."""
    if subject.lower_ in _MEMBER_WORDS:
        for child in subject.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                return lemma_of(objects[0]) if objects else None
        return None
    return lemma_of(subject) if subject.pos_ in ("NOUN", "PROPN") else None


#: the measure of how high a place or a craft is above the sea or the ground
ALTITUDE = "altitude"


@cache
def _altitude_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A word of altitude before a figure, no figure between ("altitudes of
    more than"), and a phrase of altitude right after it ("above sea level"):
    ``altitude_words`` and ``altitude_after`` of rules/units.yaml."""
    rules = unit_rules()
    before = re.compile(rf"\b(?:{alternation(rules.altitude_words)})\b[^\d,;]{{0,25}}$", re.IGNORECASE)
    after = re.compile(rf"^\W*(?:{spaced_alternation(rules.altitude_after)})\b", re.IGNORECASE)
    return before, after


def _altitude(before: str, after: str) -> bool:
    """Whether a length is an altitude (:func:`_altitude_patterns`)."""
    words_before, words_after = _altitude_patterns()
    return bool(words_before.search(before) or words_after.search(after))


def _altitude_claim(
    doc: Doc, sent: Span, mention: Mention, after: str, written: QuantityDetails
) -> tuple[ClaimKind, str, str, QuantityDetails]:
    """An altitude, keyed by the thing the clause says is that high ("a road
    that climbs to altitudes of ...": the road's), by no thing for a craft or
    for the party and its avalanche or lightning on a mountain
    (:func:`_craft_or_party`): reports name one craft, one slide, one party
    many ways.  The noun right after a figure "4,500 ft mean sea level" is the
    sea level's, never the thing's."""
    if _craft_or_party(doc, sent, mention):
        return ClaimKind.distance, ALTITUDE, "altitude", written
    sea_level = _altitude_patterns()[1].search(after) is not None
    thing = _thing_measured(doc, sent, mention, noun_after=not sea_level)
    if thing is None or thing in _altitude_unkeyed():
        return ClaimKind.distance, ALTITUDE, "altitude", written
    return ClaimKind.distance, f"{ALTITUDE}:{thing}", f"altitude of the {thing}", written


@cache
def _altitude_unkeyed() -> frozenset[str]:
    """The nouns whose altitude is the incident's own, keyed by no thing:
    ``altitude_craft`` and ``altitude_party`` of rules/units.yaml."""
    rules = unit_rules()
    return frozenset({*rules.altitude_craft, *rules.altitude_party})


def _craft_or_party(doc: Doc, sent: Span, mention: Mention) -> bool:
    """Whether the figure's clause tells a craft or the party as what is that
    high: the noun its "at" hangs on, or a subject or object of its verb
    ("Flight-tracking data showed the aircraft at about 500 metres", "the
    size 3 avalanche was triggered at about 8,200 feet", parsed with two
    subjects)."""
    span = _mention_span(doc, sent, mention)
    if span is None:
        return False
    unkeyed = _altitude_unkeyed()
    for ancestor in span.root.ancestors:
        if ancestor.pos_ == "NOUN" and ancestor.lower_ not in _HEDGES:
            return lemma_of(ancestor) in unkeyed
        if ancestor.pos_ in ("VERB", "AUX"):
            told = [c for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
            return any(lemma_of(c) in unkeyed or _named_thing(c) in unkeyed for c in told)
    return False


#: the hedge words between "at" and its figure ("at roughly 3,000 metres",
#: "at just over 900m"): no other word, so "at least 500 metres" stays a length
_HEDGES = frozenset(
    {
        "about",
        "around",
        "roughly",
        "approximately",
        "some",
        "nearly",
        "almost",
        "just",
        "over",
        "under",
        "close",
        "to",
    }
)
_AT_BEFORE = re.compile(rf"\bat\s+(?:(?:{alternation(_HEDGES)})\s+){{0,2}}$", re.IGNORECASE)
#: "about 3,500ft up when the strike happened": never "up to", "up from", "up a tree"
_UP_AFTER = re.compile(r"^\W{0,2}up\b(?!\s*(?:to|from|the|a|an|into|onto|and|-)\b)", re.IGNORECASE)
#: the measure of a mountain's own height told beside the party's elevation
SUMMIT = "summit"


def _bare_elevation(sent: Span, mention: Mention, before: str, after: str) -> bool:
    """Whether a figure told from no place is an elevation: a figure right
    after "at" ("released above them at roughly 3,000 metres", "the slope
    gave way at around 2,000ft") or before "up" ("about 3,500ft up"), from
    no place ("at about 500 feet from the bank" is a distance), of at least
    ``altitude_least_metres``, in a sentence naming a craft or one of
    ``altitude_party`` (rules/units.yaml).  Without them "at 20 feet" is a
    range or a gap, never a height."""
    if not (_AT_BEFORE.search(before) or _UP_AFTER.search(after)):
        return False
    rules = unit_rules()
    if mention.low < rules.altitude_least_metres or _BEARING.match(sent.text[mention.end :]):
        return False
    context = {*rules.altitude_craft, *rules.altitude_party}
    return any(lemma_of(token) in context or token.lower_ in context for token in sent)


@cache
def _summit_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A word of a summit right before "at" ("England's third-highest
    mountain at 950m") and one the figure names after it ("Mount Temple, at
    3,544 metres the highest peak"): ``summit_words`` of rules/units.yaml."""
    words = alternation(unit_rules().summit_words)
    before = re.compile(rf"\b(?:{words})\W{{0,3}}at\s+(?:[a-z]+\s+){{0,2}}$", re.IGNORECASE)
    after = re.compile(rf"^\W*(?:the|its)\s+(?:[\w-]+\s+){{0,2}}(?:{words})\b", re.IGNORECASE)
    return before, after


def _place_at_elevation(doc: Doc, sent: Span, mention: Mention) -> str | None:
    """The place written right before the "at" of a bare elevation ("had
    left the Korvi hut at 2,000 metres", "a camp at about 5,300 metres":
    ``elevation_places`` of rules/units.yaml): the elevation is that
    place's, keyed by it, never where the avalanche released or the party
    was ("the slope gave way at around 2,000ft" names no place)."""
    at = _at_of_elevation(doc, sent, mention)
    if at is None:
        return None
    place = lemma_of(doc[at.i - 1])
    return place if place in unit_rules().elevation_places else None


def _at_of_elevation(doc: Doc, sent: Span, mention: Mention) -> Token | None:
    """The "at" written right before a bare elevation (past its hedges,
    "at roughly 3,000 metres"), or None."""
    span = _mention_span(doc, sent, mention)
    if span is None:
        return None
    at = span.start - 1
    while at > sent.start and doc[at].lower_ in _HEDGES:
        at -= 1
    return doc[at] if at > sent.start and doc[at].lower_ == "at" else None


def _moment_at_elevation(doc: Doc, sent: Span, mention: Mention) -> str | None:
    """The verb of another moment a bare elevation's "at" hangs on ("came to
    rest at around 1,900 metres", "a helicopter hovering at 50 metres":
    ``elevation_moment_verbs`` of rules/units.yaml), up to two heads above
    it: that moment's elevation, keyed by it, so a report's run-out or a
    rescuer's hover is never set against the other report's release point."""
    at = _at_of_elevation(doc, sent, mention)
    if at is None:
        return None
    verbs = unit_rules().elevation_moment_verbs
    heads = [at.head, at.head.head]  # the root's head is itself: read twice, harmless
    return next((lemma_of(head) for head in heads if lemma_of(head) in verbs), None)


@cache
def _sized_summit_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A summit's noun right after a word of height ("-high volcano", "
    tall peak") and right after the figure ("-metre mountain")."""
    words = alternation(unit_rules().summit_words)
    worded = re.compile(rf"^\W*(?:high|tall)\s+(?:{words})\b(?!\s+of\b)", re.IGNORECASE)
    bare = re.compile(rf"^\s+(?:{words})\b(?!\s+of\b)", re.IGNORECASE)
    return worded, bare


@cache
def _summit_nouns() -> frozenset[str]:
    return frozenset(unit_rules().summit_words)


def _sizes_summit(after: str, *, worded: bool) -> bool:
    """Whether a figure is written as the size of a mountain or a volcano
    ("the 1,584-meter-high volcano" with ``worded``, "a 3,776-metre
    mountain" without): the summit's own height, which reporters set beside
    the eruption's column or the party's elevation, never one of those.
    Only the noun right after: "some 1,500 meters high above the peak" is
    the column's, and never one "of" something ("a 10-metre-high hill of
    debris").  Without a word of height the caller also asks that the noun
    be the one sized, no other noun's modifier ("a 12-km mountain road")."""
    pattern = _sized_summit_patterns()[0 if worded else 1]
    return bool(pattern.search(after))


#: the measure of a work's whole depth ("the shaft reaches a total depth of 1,500 metres")
WHOLE_DEPTH = "depth:whole"


@cache
def _whole_depth_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The words of a whole depth right before the figure (past two hedge
    words: "a total depth of about") and right after it ("deep in total",
    or a work's size, "-deep coal mine"): ``whole_depth_before``,
    ``whole_depth_after`` and ``underground_works`` of rules/units.yaml."""
    rules = unit_rules()
    before = re.compile(
        rf"\b(?:{alternation(rules.whole_depth_before)})\s+(?:[a-z]+\s+){{0,2}}$", re.IGNORECASE
    )
    works = alternation(rules.underground_works)
    after = re.compile(
        rf"^\W*(?:(?:{alternation(rules.whole_depth_after)})\b|-deep\s+(?:[a-z]+\s+)?(?:{works})\b)",
        re.IGNORECASE,
    )
    nouns = alternation([w for w in rules.underground_works if w not in _NO_WORK_NOUNS])
    work_before = re.compile(
        rf"\b(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:{nouns})\s+(?:[a-z]+\s+){{0,2}}$", re.IGNORECASE
    )
    return before, after, work_before


#: words of ``underground_works`` that name no work one measures ("miners", "underground")
_NO_WORK_NOUNS = frozenset({"miner", "miners", "mining", "underground"})
#: "deep" right after the figure: the work's size told after its noun ("a shaft about 30 metres deep")
_DEEP_AFTER = re.compile(r"^\W*deep\b(?!\s+(?:underground|below|beneath|under|inside|in)\b)", re.IGNORECASE)


def _whole_depth(before: str, after: str) -> bool:
    """Whether a depth is told as a work's whole ("reaches a total depth of
    about 1,500 metres", "about 90 metres deep in total", or written as the
    work's size, "the 300-metre-deep coal mine", "in a shaft about 30 metres
    deep dug by hand", never "trapped 240 metres deep underground"): how deep the
    shaft or the mine goes, told beside the level where the cage stopped or
    the miners were, a measure of its own that never conflicts with it."""
    words_before, words_after, work_before = _whole_depth_patterns()
    if words_before.search(before) or words_after.search(after):
        return True
    return bool(work_before.search(before) and _DEEP_AFTER.search(after))


def _summit_height(before: str, after: str) -> bool:
    """Whether an elevation is the mountain's own height, told beside the
    summit's word (:func:`_summit_patterns`), not where the party was."""
    words_before, words_after = _summit_patterns()
    return bool(words_before.search(before) or words_after.search(after))


def _build(sent: Span, mention: Mention) -> bool:
    """True for a person's height given in feet beside a weight or a
    description ("a 6-foot, 200-pound man", "5-foot-9, 198 pounds")."""
    if mention.written_unit not in ("foot", "inch") or not 1.2 <= mention.low <= 2.3:
        return False
    return _BUILD.search(sent.text[max(0, mention.start - 40) : mention.end + 40]) is not None


#: "level" right after a figure: "at the minus 540 metre level", "the 1,200-metre level"
_LEVEL_AFTER = re.compile(r"^\W*levels?\b", re.IGNORECASE)


def _underground_level(sent: Span, after: str) -> bool:
    """True for a mine's level named by its depth ("the blast occurred at the
    minus 540 metre level of the mine"): the figure before "level" in a
    sentence naming underground works (``underground_works``)."""
    if not _LEVEL_AFTER.search(after):
        return False
    works = unit_rules().underground_works
    return any(token.lower_ in works for token in sent)


def _sized_noun(mention: Mention, after: str) -> bool:
    """True for "a 10-metre craft": the figure sizes the noun after it."""
    if not _ADJECTIVE_FIGURE.search(mention.text):
        return False
    following = re.match(r"\s+([A-Za-z]+)", after)
    return following is not None and following.group(1).lower() not in _RELATION_WORDS


def _noun_after(doc: Doc, sent: Span, mention: Mention) -> bool:
    """ "the nine acre site", "a 500 hectare farm": a figure and its unit
    written before a noun, without a hyphen, size that noun."""
    span = _mention_span(doc, sent, mention)
    return span is not None and span.end < sent.end and doc[span.end].pos_ == "NOUN"


def _area(doc: Doc, sent: Span, mention: Mention) -> tuple[ClaimKind, str, str]:
    """An area: what a flood, a fire or a quake covered ("4,600 hectares of
    farmland were washed away", "an area of 120 square metres"), or, written
    before a noun, the size of that thing ("the 20,000-hectare reserve", "the
    nine acre site"), keyed by the thing so that it is never set against the
    land a fire burned."""
    after = sent.text[mention.end : mention.end + 30]
    sized = _sized_noun(mention, after) or _noun_after(doc, sent, mention)
    thing = _thing_measured(doc, sent, mention) if sized else None
    if thing is None:
        return ClaimKind.other_quantity, "area", "area"
    return ClaimKind.other_quantity, f"area:{thing}", f"area of the {thing}"


#: the pint unit of rain told as litres on a square metre (rules/units.yaml)
_LITRES_A_SQUARE_METRE = "liter / meter ** 2"


@cache
def _rain_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A rain word right after a figure ("180 mm of rain", "120mm rainfall")
    and one just before it ("a rainfall of 120 mm", "rain totals of 200mm")."""
    rules = unit_rules()
    words = alternation(rules.rain_words)
    totals = alternation(rules.rain_total_words)
    after = re.compile(rf"^\s*(?:of\s+)?(?:{words})\b", re.IGNORECASE)
    before = re.compile(rf"\b(?:{words})\b(?:\s+(?:{totals}))?\s+of\s+(?:[a-z]+\s+){{0,2}}$", re.IGNORECASE)
    return after, before


def _rainfall(mention: Mention, before: str, after: str) -> bool:
    """How much rain fell: a figure in litres per square metre, or a length
    a rain word follows or precedes (``rain_words`` of rules/units.yaml)."""
    if mention.written_unit == _LITRES_A_SQUARE_METRE:
        return True
    rain_after, rain_before = _rain_patterns()
    return bool(rain_after.search(after) or rain_before.search(before))


WATER_LABELS = {
    WATER_LEVEL: "water level",
    WATER_RISE: "rise of the water",
    WATER_OVER_MARK: "water level over a mark",
    RECORD: "record level",
    WATER_FORECAST: "water level forecast",
    FLOOD_MARK: "flood mark",
}
#: how many characters before a figure a water body may name the water
_WATER_REACH = 90


class _WaterPatterns(NamedTuple):
    """The words around a figure that tell which of the water's figures it is."""

    level: re.Pattern[str]  # "The Korrin River peaked at"
    rise: re.Pattern[str]  # "the river rose nearly" (how much it rose)
    mark: re.Pattern[str]  # "... above the danger mark" after the figure
    record: re.Pattern[str]  # "a record 14.4 metres", "the record of"
    rising: re.Pattern[str]  # "... and is still rising" after the figure
    flood_mark: re.Pattern[str]  # "flood stage of 6.5 metres"
    flood_mark_after: re.Pattern[str]  # "the 11.5-metre major flood level"
    forecast: re.Pattern[str]  # "was expected to peak at"


@cache
def _water_patterns() -> _WaterPatterns:
    """The water's level, its rise, a mark it is over, a record, a reading
    told as still rising, a flood mark and a forecast level (``water_*``,
    ``flood_marks`` and ``record_words`` of rules/units.yaml)."""
    rules = unit_rules()
    body = rf"\b(?:{alternation([*rules.water_bodies, *rules.water_gauges])})\b[^\d;]*?"
    hedge = r"(?:[a-z]+\s+){0,2}"
    level = re.compile(rf"{body}\b(?:{spaced_alternation(rules.water_level_verbs)})\s+{hedge}$", re.I)
    rise = re.compile(rf"{body}\b(?:{spaced_alternation(rules.water_rise_verbs)})\s+(?:by\s+)?{hedge}$", re.I)
    mark = re.compile(rf"^\s*(?:{spaced_alternation(rules.water_mark_after)})\b", re.I)
    record = re.compile(
        rf"\b(?:{spaced_alternation(rules.record_words)})\s+"
        rf"(?:(?:of|is|was|at|stands\s+at|stood\s+at)\s+{hedge})?$",
        re.I,
    )
    rising = re.compile(rf"^[^.;]*?\b(?:{spaced_alternation(rules.water_rising_after)})\b", re.I)
    marks = spaced_alternation(rules.flood_marks)
    flood_mark = re.compile(rf"\b(?:{marks})\b[^\d;]{{0,30}}?\b(?:of|is|was|at)\s+{hedge}$", re.I)
    flood_mark_after = re.compile(rf"^\s*-?\s*(?:{marks})\b", re.I)
    forecast = re.compile(rf"\b(?:{spaced_alternation(rules.water_forecast_words)})\b[^.;,]*$", re.I)
    return _WaterPatterns(level, rise, mark, record, rising, flood_mark, flood_mark_after, forecast)


@cache
def _level_verb() -> re.Pattern[str]:
    """A level's verb right before the figure, with no water body's word
    before it ("Kupa in Karlovac reaches 8.42 metres"): the level of a
    river the report names elsewhere (:func:`_told_rivers`)."""
    hedge = r"(?:[a-z]+\s+){0,2}"
    return re.compile(rf"\b(?:{spaced_alternation(unit_rules().water_level_verbs)})\s+{hedge}$", re.I)


@cache
def _body_then_level_verb() -> re.Pattern[str]:
    """A water body's word right before a level's verb, nothing between
    ("as river peaks at 12.4m", "Saint John River reaches 8.4 metres"): the
    water is the verb's subject however the parser reads a headline."""
    rules = unit_rules()
    body = alternation([*rules.water_bodies, *rules.water_gauges])
    verbs = spaced_alternation(rules.water_level_verbs)
    return re.compile(rf"\b(?:{body})\s+(?:{verbs})\s+(?:[a-z]+\s+){{0,2}}$", re.I)


def _level_of_water(sent: Span, mention: Mention, before: str, level: re.Pattern[str]) -> bool:
    """Whether a figure is a level of the water its clause tells of: a level
    verb after a water body's word ("The Korrin River peaked at"), or after
    a river the report names as one elsewhere ("Kupa in Karlovac reaches",
    :func:`_told_rivers`)."""
    by_level_word = bool(level.search(before))
    if not (by_level_word or _level_verb().search(before)):
        return False
    if _body_then_level_verb().search(before):
        return True  # a headline's "river peaks at 12.4m", which the parser reads as one noun
    subject = _water_subject(sent, mention)
    if subject is None:
        return False
    return by_level_word or river_name(subject) in _told_rivers(sent.doc)


def _water_level(sent: Span, mention: Mention) -> str | None:
    """Which of the water's figures a length is (:data:`WATER_LABELS`), or
    None for any other length."""
    found = _water_patterns()
    before = sent.text[max(0, mention.start - _WATER_REACH) : mention.start]
    after = _BRACKETED_AFTER.sub("", sent.text[mention.end :], count=1)
    if found.record.search(before[-40:]):
        return RECORD
    if found.flood_mark.search(before[-45:]) or found.flood_mark_after.search(after):
        return FLOOD_MARK  # "flood stage of 6.5 metres", "the 11.5-metre major flood level"
    if _level_of_water(sent, mention, before, found.level):
        if found.mark.search(after):
            return WATER_OVER_MARK
        return WATER_FORECAST if found.forecast.search(before) else WATER_LEVEL
    if found.rise.search(before) and _told_of_water(sent, mention):
        return WATER_RISE
    return None


@cache
def _water_body() -> re.Pattern[str]:
    """A water body's word (``water_bodies`` of rules/units.yaml)."""
    return re.compile(rf"\b(?:{alternation(unit_rules().water_bodies)})\b")


#: how many verbs up a figure's clause may pass to the verb with a subject ("rose and peaked at")
_SUBJECT_REACH = 3


def _told_of_water(sent: Span, mention: Mention) -> bool:
    """Whether the clause a figure stands in tells it of the water
    (:func:`_water_subject`)."""
    return _water_subject(sent, mention) is not None


def _water_subject(sent: Span, mention: Mention) -> Token | None:
    """The water the clause a figure stands in tells it of: the subject of
    its verb (or of the verb it is joined to, or the noun a relative clause
    is on) that names a water body ("The Korrin River peaked at", "Water
    levels at the gauge rose to", "the river, which crested at") or a river
    by its name at its gauge ("the Korana at the Mostanje gauge was at");
    None for a bridge, a bus, divers or a blaze the sentence tells beside a
    river ("The bridge over the river has a height of 12 metres", "the bus
    plunged into the river from a height of 15 metres")."""
    doc = sent.doc
    span = _mention_span(doc, sent, mention)
    if span is None:
        return None
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects: list[Token] = []
    for _ in range(_SUBJECT_REACH):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    for subject in subjects:
        if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            subject = verb.head  # "the river, which crested at"
        words = [t.lower_ for t in subject.lefts if t.dep_ == "compound"] + [subject.lower_]
        if _water_body().search(" ".join(words)) or _at_a_gauge(subject):
            return subject
        if river_name(subject) in _told_rivers(doc):
            return subject  # "The Korana, which flows into the Kupa, was at 560 centimetres"
    return None


def _at_a_gauge(subject: Token) -> bool:
    """ "The Korana at the Mostanje gauge", "the Sava at the Zupanja gauging
    station": a river named by its name alone, told at the gauge that reads
    it (``water_gauges`` of rules/units.yaml)."""
    gauges = _water_gauge()
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ != "at":
            continue
        for place in prep.children:
            words = [t.lower_ for t in place.lefts if t.dep_ in ("compound", "amod")] + [place.lower_]
            if place.dep_ == "pobj" and gauges.search(" ".join(words)):
                return True
    return False


@cache
def _water_gauge() -> re.Pattern[str]:
    """A gauge's word (``water_gauges`` of rules/units.yaml)."""
    return re.compile(rf"\b(?:{alternation(unit_rules().water_gauges)})$")


def water_bearer(sent: Span, mention: Mention) -> str | None:
    """The river a water level is told of, by its name (:func:`river_name`),
    so that two gauges' levels in one report are two rivers' and never one
    level told twice; None for "the river", "water levels" (no name)."""
    subject = _water_subject(sent, mention)
    return None if subject is None else river_name(subject)


def river_name(noun: Token) -> str | None:
    """A river's name as a noun gives it, lower case, without a water
    body's word: "The Kupa River" -> "kupa", "the Korana" -> "korana"; None
    for a noun with no name ("the river", "water levels")."""
    names = [t for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    if noun.pos_ == "PROPN":
        names.append(noun)
    words = [t.lower_ for t in names if not _water_body().fullmatch(t.lower_)]
    return " ".join(words) or None


def _told_rivers(doc: Doc) -> frozenset[str]:
    """The rivers a report names as rivers: a name before a water body's
    word ("the Kupa river", "the Korana and Mreznica rivers"), a name at a
    gauge ("the Kupa at the Kamensko gauge"), and the subject of a river's
    verb of flowing (``water_flow_verbs``: "The Korana, which flows into
    the Kupa").  Its other sentences then tell a level of such a river by
    its name alone: a headline's "Kupa in Karlovac reaches 8.42 metres"."""
    cached: frozenset[str] | None = doc.user_data.get(_RIVERS_KEY)
    if cached is not None:
        return cached
    flowing = frozenset(unit_rules().water_flow_verbs)
    found: set[str] = set()
    for token in doc:
        if token.pos_ != "PROPN":
            continue
        head = token.head
        if token.dep_ in ("compound", "conj") and _water_body().fullmatch(head.lower_) and head.i > token.i:
            found.add(token.lower_)  # "the Kupa river", "the Korana and Mreznica rivers"
        elif token.dep_ == "compound" and head.dep_ == "conj" and _water_body().fullmatch(head.head.lower_):
            found.add(token.lower_)
        elif _at_a_gauge(token) or _flows(token, flowing):
            found.add(river_name(token) or token.lower_)
    rivers = frozenset(found)
    doc.user_data[_RIVERS_KEY] = rivers
    return rivers


def _flows(noun: Token, flowing: frozenset[str]) -> bool:
    """ "The Korana, which flows into the Kupa", "the Sava flows through":
    a name that is the subject of a verb of flowing, or the noun a relative
    clause of such a verb is on."""
    if noun.dep_ in ("nsubj", "nsubjpass") and lemma_of(noun.head) in flowing:
        return True
    return any(
        c.dep_ == "relcl"
        and lemma_of(c) in flowing
        and any(s.dep_ == "nsubj" and s.tag_ in ("WDT", "WP") for s in c.children)
        for c in noun.children
    )


#: where a Doc keeps its :func:`_told_rivers`
_RIVERS_KEY = "rc_told_rivers"


def still_rising(sent: Span, mention: Mention) -> bool:
    """Whether a water level is told as still rising ("has reached 8.1 metres
    and is still rising"): the least its peak reached."""
    return bool(_water_patterns().rising.search(sent.text[mention.end :]))


def measure_of(kind: ClaimKind, subject: str) -> str:
    """The frame's measure of a quantity: "depth", "height", "width", "length", "fall", "altitude",
    "rate", "speed", "mass", or "distance:from ANCHOR" / "distance:away" /
    "distance" (the anchor as the subject has it, so the two never disagree)."""
    if kind is ClaimKind.distance:
        if subject == FALL:
            return FALL
        if subject.split(":")[0] == ALTITUDE:
            return ALTITUDE
        if subject in ("length", "width") or subject.startswith("length:"):
            return subject.split(":")[0]
        if subject.startswith("from:"):
            return f"distance:from {subject.removeprefix('from:')}"
        return "distance:away" if subject == "away" else "distance"
    if kind is ClaimKind.height and subject in WATER_LABELS:
        return subject
    return subject if kind is ClaimKind.other_quantity else kind.value


#: how a figure of one base unit is labelled in a smaller one, and below
#: what size: rain in millimetres ("300 mm"), a small area in square metres
#: ("120 m²", not "0.012 ha")
_SMALL_UNITS = {
    RAINFALL: ("mm", 1000.0, math.inf),
    SNOWFALL: ("cm", 100.0, math.inf),
    "ha": ("m²", 10000.0, 1.0),
}


def _small_unit_label(mention: Mention, measure: str | None) -> str | None:
    """The label of a rainfall in millimetres and of an area under a hectare
    in square metres, or None for every other figure."""
    small = _SMALL_UNITS.get((measure or "").split(":")[0]) or _SMALL_UNITS.get(mention.unit)
    if small is None or mention.high >= small[2]:
        return None
    unit, scale = small[0], small[1]
    low, high = mention.low * scale, mention.high * scale
    return f"{low:.4g} {unit}" if low == high else f"{low:.4g}-{high:.4g} {unit}"


def _figure(value: float) -> str:
    """A figure as a label writes it: "1,500,000" for a large one, never "1.5e+06"."""
    return f"{value:,.0f}" if abs(value) >= 100_000 else f"{value:g}"


def length_value(mention: Mention, measure: str | None = None) -> Value:
    point = mention.low == mention.high
    small = _small_unit_label(mention, measure)
    if small is not None:
        label = small
    elif mention.unit == "m":
        # a range in the unit of its high end, as reporters write it: "10-15 km", not "1e+04-1.5e+04 m"
        scale, unit = (1000, "km") if mention.high >= 1000 else (1, "m")
        low, high = mention.low / scale, mention.high / scale
        label = f"{low:.3g} {unit}" if point else f"{low:.3g}-{high:.3g} {unit}"
    else:
        least, most = _figure(mention.low), _figure(mention.high)
        label = f"{least} {mention.unit}" if point else f"{least}-{most} {mention.unit}"
    return Value(
        unit=mention.unit,
        written=mention.low if point else None,
        precision=mention.precision,
        low=mention.low,
        high=mention.high,
        label=label,
    )


def _with_rendering(raw: RawClaim, mention: Mention, end: int) -> RawClaim:
    """``raw`` with a second rendering of its figure ("200 miles (320 km)"):
    one statement, so one claim whose evidence spans both and whose value
    may be read either way."""
    other = length_value(mention)
    value = raw.value
    if other.low != value.low or other.high != value.high:
        value = value.model_copy(
            update={
                "alternatives": [*value.alternatives, Interval(low=other.low, high=other.high)],
                "precision": max(value.precision, other.precision),
            }
        )
    return replace(raw, end=end, value=value)


#: millimetre and inch figures this small are calibres when a weapon is named close after
#: ("a 5.56mm and a 7.62mm rifles"), never lengths
_CALIBRE_MOST = 0.02


def _calibre(sent: Span, mention: Mention) -> bool:
    if dict(mention.attrs).get("possible_calibre"):
        return True
    if mention.written_unit not in ("millimeter", "inch") or mention.high > _CALIBRE_MOST:
        return False
    following = re.findall(r"[a-z]+", sent.text[mention.end : mention.end + 40].lower())[:5]
    return any(word in unit_rules().weapon_nouns for word in following)


def _game_yardage(sent: Span, mention: Mention) -> bool:
    """True for yards gained in play ("two catches for 25 yards", "career
    highs of 59 receptions, 1,098 yards and seven touchdowns"): a sports
    record in a story about a player, not a distance of the incident; a
    season's total set against one game's would read as a conflict."""
    if mention.written_unit != "yard":
        return False
    words = set(re.findall(r"[a-z]+", sent.text.lower()))
    return not words.isdisjoint(unit_rules().game_words)


def extract_measures(doc: Doc) -> None:
    for sent in doc.sents:
        previous: RawClaim | None = None
        for mention in find_quantities(sent.text):
            start, end = sent.start_char + mention.start, sent.start_char + mention.end
            if _calibre(sent, mention) or _game_yardage(sent, mention):
                continue
            if previous is not None and "converted_from" in dict(mention.attrs):
                closing = _CLOSING_BRACKET.match(sent.text, mention.end)
                end = sent.start_char + (closing.end() if closing else mention.end)
                previous = _with_rendering(previous, mention, end)
                continue
            if previous is not None:
                add_claim(doc, previous)
            previous = _raw_claim(doc, sent, mention, start, end)
        if previous is not None:
            add_claim(doc, previous)
        for claim in [*money_claims(doc, sent), *term_claims(doc, sent)]:
            add_claim(doc, claim)


def _drop_sized(sent: Span, mention: Mention) -> bool:
    """ "a 60m drop", "a 30 m gorge": a figure right before a drop's noun
    (``drop_nouns`` of rules/units.yaml) sizes the drop."""
    following = re.match(r"\s*-?\s*(?:deep\s+)?([A-Za-z]+)", sent.text[mention.end :])
    return following is not None and following.group(1).lower() in unit_rules().drop_nouns


class _DropFallen(NamedTuple):
    """A depth or a length read as the height of a fall into a drop."""

    #: the verb of going into the drop, whose subject fell; None where the
    #: sentence tells none ("ending in a 34m drop")
    verb: Token | None


def _drop_fallen(doc: Doc, sent: Span, mention: Mention, kind: ClaimKind, subject: str) -> _DropFallen | None:
    """Whether a depth or a length is the height of a fall (:func:`drop_of`):
    the depth of a drop ("a ravine about 150 metres deep", "ending in a 34m
    drop"), or the size of one a vehicle or a person went into ("plunged
    into a 60-foot gorge").  None for any other figure."""
    if kind is not ClaimKind.depth and not subject.startswith("length"):
        if subject != UNANCHORED or not _drop_sized(sent, mention):
            return None
        kind = ClaimKind.depth  # "ending in a 60m drop": the drop's depth, a verb or none
    drop = drop_of(doc, sent, mention)
    if drop is None or (drop[1] is None and kind is not ClaimKind.depth):
        return None  # "the road runs along a 300-metre gorge": the gorge's length
    return _DropFallen(verb=drop[1])


def _raw_claim(doc: Doc, sent: Span, mention: Mention, start: int, end: int) -> RawClaim:
    bearer = None
    if mention.dimension == "length":
        verb = fall_verb(doc, sent, mention)
        kind, subject, label, details = _classify(doc, sent, mention, verb)
        fallen = _drop_fallen(doc, sent, mention, kind, subject)
        if fallen is not None:
            # "fell into a ravine about 150 metres deep": how far the bus fell
            verb, kind, subject, label = fallen.verb, ClaimKind.distance, FALL, "height of the fall"
        if subject == FALL and verb is not None:
            bearer = subject_name(verb)  # who fell
    elif mention.dimension == "area":
        kind, subject, label = _area(doc, sent, mention)
        details = QuantityDetails(written_unit=mention.written_unit)
    else:
        kind, subject, label = ClaimKind.other_quantity, mention.dimension, mention.dimension
        if mention.dimension == "volume" and _FLOW.search(sent.text[mention.end :]):
            subject, label = FLOW, "flow"  # "releasing 3,000 cubic metres of water per second"
        details = QuantityDetails(written_unit=mention.written_unit)
    measure = measure_of(kind, subject)
    if kind is ClaimKind.distance and subject.startswith(("from:", "away", ALTITUDE)):
        details = details.replace(moment=distance_moment(sent.text[mention.end :]))
    if mention.dimension == "speed" and _wind_speed(sent, mention):
        measure = SUSTAINED_WIND_SPEED if _sustained(sent, mention) else WIND_SPEED
    elif mention.dimension == "speed" and _speed_limit(sent, mention):
        measure = SPEED_LIMIT
    value = length_value(mention, measure)
    if subject in WATER_LABELS:
        bearer = water_bearer(sent, mention)  # whose river
    if subject == WATER_LEVEL and still_rising(sent, mention):
        value = value.model_copy(update={"high": None, "label": f"{value.label} and rising"})
    # a town's snow total is set only against that town's ("Hamburg 52 inches, Orchard Park 49")
    scope = amount_place(sent, mention) if subject.split(":")[0] == SNOWFALL else None
    return RawClaim(
        kind,
        start,
        end,
        subject,
        label,
        value,
        details,
        list(mention.notes),
        frame=ValueFrame(measure=measure, scope=scope, bearer=bearer or None),
    )


@cache
def _moment_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each act's pattern (rules/units.yaml): a joint word, at most four
    words, a verb of the act; or a phrase of the act's time."""
    rules = unit_rules()
    joints = alternation(rules.moment_joints)
    found = []
    for act in sorted({*rules.moment_verbs, *rules.moment_phrases}):
        verbs = spaced_alternation(rules.moment_verbs.get(act, []))
        phrases = spaced_alternation(rules.moment_phrases.get(act, []))
        parts = [rf"\b(?:{joints})\s+(?:[\w'’]+\s+){{0,4}}?(?:{verbs})\b"] if verbs else []
        parts += [rf"\b(?:{phrases})\b"] if phrases else []
        found.append((act, re.compile("|".join(parts), re.IGNORECASE)))
    return tuple(found)


def distance_moment(after: str) -> str | None:
    """The act a distance is told at, read in the words after its figure up
    to the clause's end ("... from Green when he shot": "shot"), or None:
    "in a ground blind about 150 yards from Green and didn't know she was
    there" tells where someone stood, at no act."""
    clause = re.split(r"[.;:!?]|,\s+(?:and|but)\b|\band\s+(?:didn|did|was|is|had|has)\b", after, maxsplit=1)[
        0
    ]
    return next((act for act, pattern in _moment_patterns() if pattern.search(clause)), None)


#: the measure of how fast the wind blew, apart from how fast anything moved
WIND_SPEED = "speed:wind"
#: the wind's sustained (average) speed, which lies under its peak gust
SUSTAINED_WIND_SPEED = "speed:wind:sustained"


#: the measure of the speed a road or track allows, apart from how fast anything went
SPEED_LIMIT = "speed:limit"


def _speed_limit(sent: Span, mention: Mention) -> bool:
    """True for a speed told as the limit of the road or track ("a stretch
    limited to 60 km/h", "the speed limit of 60 km/h", "in a 30 mph zone"):
    of the limit and travel words (``units.yaml``) in the few words before
    the figure the nearest is a limit word, or a limit noun follows the unit
    (first: "travelling at 70 mph in a 30 mph zone"), before any mark, as
    "110 mph; the limit is 45 mph" tells the limit of another figure.
    The train's "80 km/h" and the track's "60 km/h" are two facts, and set
    against each other across reports they read as a conflict."""
    rules = unit_rules()
    # the noun of the figure itself, so no word past a mark: "110 mph; the limit is 45 mph"
    after = re.findall(r"[a-z]+", re.split(r"[^\w\s-]", sent.text[mention.end :].lower(), maxsplit=1)[0])[:2]
    if any(word in rules.speed_limit_after for word in after):
        return True  # "travelling at 70 mph in a 30 mph zone": the noun after decides
    went = rules.speed_travel_words | rules.speed_limit_travel_words
    return _nearest_before_is(sent, mention, rules.speed_limit_words, went) is True


def _sustained(sent: Span, mention: Mention) -> bool:
    """True for a wind speed told as sustained, an average or a mean in the
    few words before it ("maximum sustained winds of 185 kph"): a measure of
    its own, set against another report's sustained wind, never against a
    peak ("winds of up to 240 kph") that lies above it (``units.yaml``)."""
    rules = unit_rules()
    before = re.findall(r"[a-z]+", sent.text[: mention.start].lower())[-rules.speed_word_window :]
    return any(word in rules.speed_sustained_words for word in before)


def _wind_speed(sent: Span, mention: Mention) -> bool:
    """True for a speed told as the wind's ("winds of 175 kph", "gusts of up
    to 90 mph", "175 kph winds"): of the travel and wind words
    (``units.yaml``) in the few words before the figure the nearest is a
    wind word, or a wind word follows the unit.  A storm's forward speed
    ("The storm moved north at 20 kph") or a car's set against the winds'
    would read as a conflict; speeds told neither way (a chase's "at speeds
    of up to 120 mph") keep the one measure speed and meet each other."""
    rules = unit_rules()
    nearest = _nearest_before_is(sent, mention, rules.speed_wind_words, rules.speed_travel_words)
    if nearest is not None:
        return nearest
    after = re.findall(r"[a-z]+", sent.text[mention.end :].lower())[:2]
    return any(word in rules.speed_wind_words for word in after)


def _nearest_before_is(
    sent: Span, mention: Mention, words: frozenset[str], travel: frozenset[str]
) -> bool | None:
    """Whether, of ``words`` and the ``travel`` words (``speed_travel_words``)
    in the few words before a speed, the nearest is one of ``words`` (True:
    the wind's or the limit's speed) or a travel word (False: how fast
    something went, "the train was doing 80 km/h", "moved north at 20
    kph"); None where the words hold neither."""
    rules = unit_rules()
    before = re.findall(r"[a-z]+", sent.text[: mention.start].lower())[-rules.speed_word_window :]
    for word in reversed(before):
        if word in words:
            return True
        if word in travel:
            return False
    return None


register_extractor("reportcheck_measures", extract_measures)
