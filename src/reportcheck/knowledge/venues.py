"""The words of venues and streets (``rules/venues.yaml``).

Three stages read them: the venue extractor (names of clubs, fairgrounds,
streets) and the roundup matcher (a street both reports name: one
normaliser, :func:`street_name`, for both), the place roles (a town that begins a hospital's or a court's
name is no scene) and the comparer's spots (a venue of care is never set
beside the other report's scene town), so they live here, under all three.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from reportcheck.knowledge.gazetteer.names import name_abbreviations, normalise
from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.knowledge.vocabulary import tells


class StreetPrefixes(Strict):
    """The street words written before a street's name in another language:
    those read in any case ("rue", "calle") and those that are English words
    too, read only capitalised ("Via", "Place")."""

    any_case: list[str]
    capitalised: list[str]
    capitalised_not_names: list[str]


class CareDestinationRules(Strict):
    """The words of the hospital a casualty was taken to (``care_destination``)."""

    heads: list[str]
    carry_words: list[str]
    stay_words: list[str]
    reach: int
    later_words: list[str]
    part_nouns: list[list[str]]
    not_people_words: list[str]
    body_words: list[str]
    several_words: list[str]
    generic_words: list[str]


class VenueRules(Strict):
    venue_heads: list[str]
    water_heads: list[str]
    heads_before_of: list[str]
    venue_inner: list[str]
    not_names: list[str]
    generic_names: list[str]
    street_suffixes: dict[str, list[str]]
    street_prefixes: StreetPrefixes
    street_prefix_particles: list[str]
    small_street_words: list[str]
    guarded_suffix_next_words: list[str]
    usps_suffixes_not_read: list[str]
    usps_forms_not_read: list[str]
    venues_after_street: list[str]
    numbered_street_suffixes: dict[str, list[str]]
    street_directions: dict[str, list[str]]
    street_ordinals: dict[str, int]
    street_ordinal_tens: dict[str, int]
    care_words: list[str]
    care_destination: CareDestinationRules
    road_openers: list[str]
    road_heads: list[str]
    road_joined: list[str]
    dispatch_verbs: list[str]
    home_before: list[str]
    cross_words: list[str]
    cross_bare: list[str]
    cross_joints: list[str]
    cross_openers: list[str]
    cross_reach: int
    english_street_countries: list[str]
    detour_words: list[str]
    detour_route_words: list[str]


#: the street word of every numbered road's key ("Route 81", "I-81" and
#: "Interstate 81" are "81 highway"), however it is designated
ROAD_KIND = "highway"


@cache
def venue_rules() -> VenueRules:
    return load_rule_file("venues.yaml", VenueRules)


def hospital_words(name: str) -> frozenset[str]:
    """The words of a hospital's name that tell it from another, each as the
    gazetteer's spelling key writes it (case, accents and a possessive's
    "'s" dropped: "Comer's Children's Hospital" -> {"comer"}, "Waitākere
    Hospital" -> {"waitakere"}); none for a name of generic words only
    ("Children's Hospital"), which names no hospital of its own."""
    generic = {key for word in venue_rules().care_destination.generic_words for key in _word_keys(word)}
    return frozenset(key for word in name.split() for key in _word_keys(word) if key not in generic)


def _word_keys(word: str) -> list[str]:
    """One word of a hospital's name as :func:`hospital_words` keys it, a
    hyphened one as its parts ("UW-Madison": "uw", "madison"), a saint's or
    a mount's abbreviation written out ("St. Joseph's", "Saint Joseph")."""
    abbreviations = name_abbreviations()
    return [abbreviations.get(key, key) for key in normalise(_POSSESSIVE.sub("", word)).split()]


#: a possessive's ending, dropped from a hospital's word ("Comer's")
_POSSESSIVE = re.compile(r"['’]s?$")


def same_hospital(a: str, b: str) -> bool | None:
    """Whether two hospitals' names name one hospital: True where their own
    words (:func:`hospital_words`) are the same ("Jacobi Hospital", "Jacobi
    Medical Center"), None where one's hold the other's, a campus or a short
    name ("Comer Children's Hospital" in "University of Chicago Medicine
    Comer Children's Hospital"), False where neither holds the other."""
    words_a, words_b = hospital_words(a), hospital_words(b)
    if words_a == words_b:
        return True
    return None if words_a <= words_b or words_b <= words_a else False


#: where a sentence ends, for the words before a street in its own sentence
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def detour_street(text: str, start: int) -> bool:
    """Whether the street at ``start`` of ``text`` is the way round the
    scene, none of the incident's: written after one of
    ``detour_route_words`` in a sentence telling a detour (``detour_words``):
    "Motorists were told to use State Highway 2 and State Highway 1 via
    Taupō as an alternative", "traffic was diverted onto Oak Street".  The
    street the traffic was taken off stays the scene: "Traffic on Main
    Street was diverted onto Oak Street".  The venue extractor marks such a
    street (``stated_as`` "detour") and the incident match reads no shared
    street in it."""
    rules = venue_rules()
    opened = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    closed = _SENTENCE_END.search(text, start)
    sentence = text[opened : closed.start() if closed else len(text)]
    return tells(sentence, rules.detour_words) and tells(text[opened:start], rules.detour_route_words)


@cache
def direction_forms() -> dict[str, str]:
    """Each compass word as written before a street's name ("nw", "w") with
    the direction written out ("northwest", "west")."""
    return {form: word for word, forms in venue_rules().street_directions.items() for form in forms}


def _figure(number: int) -> str:
    """13 -> "13th", 21 -> "21st", 42 -> "42nd": an ordinal as a street sign writes it."""
    last = "th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{last}"


def _ordinal_value(words: list[str]) -> int | None:
    """ "thirteenth" -> 13, "twenty first" -> 21, "ninetieth" -> 90: an ordinal
    word, or a tens word and a unit's ordinal (rules/venues.yaml)."""
    rules = venue_rules()
    if len(words) == 1:
        return rules.street_ordinals.get(words[0])
    if len(words) == 2 and words[0] in rules.street_ordinal_tens:
        unit = rules.street_ordinals.get(words[1])
        return rules.street_ordinal_tens[words[0]] + unit if unit is not None and unit < 10 else None
    return None


def _joined_ordinal(word: str) -> str:
    """ "twenty-first" -> "21st"; any other word as it is ("martin-luther")."""
    value = _ordinal_value(word.split("-")) if "-" in word else None
    return word if value is None else _figure(value)


def street_name_words(words: list[str]) -> list[str]:
    """A street's name words (lower case) with its ordinal words as figures:
    ["forty", "second"] and ["forty-second"] -> ["42nd"], ["fifth"] ->
    ["5th"], so a report writing the number in words and one writing it in
    figures name one street.  A possessive's apostrophe is dropped: style
    books differ on it ("Bells Ferry Road", "Bell's Ferry Road")."""
    split = [_joined_ordinal(word.replace("'", "").replace("’", "")) for word in words]
    out: list[str] = []
    i = 0
    while i < len(split):
        for size in (2, 1):
            value = _ordinal_value(split[i : i + size]) if i + size <= len(split) else None
            if value is not None:
                out.append(_figure(value))
                i += size
                break
        else:
            out.append(split[i])
            i += 1
    return out


@cache
def usps_street_suffixes() -> dict[str, list[str]]:
    """USPS Publication 28 Appendix C1 (``data/usps_street_suffixes.csv``):
    each primary street suffix with its standard and common abbreviations."""
    text = (
        files("reportcheck.knowledge").joinpath("data/usps_street_suffixes.csv").read_text(encoding="utf-8")
    )
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    suffixes: dict[str, list[str]] = {}
    for row in rows[1:]:  # the header
        primary, abbreviations = row.split(",", 1)
        suffixes[primary] = [primary, *abbreviations.split()]
    return suffixes


@cache
def guarded_street_forms() -> dict[str, str]:
    """The USPS street words read only where a street's form goes with them
    ("at 8800 Village Square", "on Montego Circle": ``guarded_suffix_next_words``
    in rules/venues.yaml), each form as written with its primary name:
    every USPS suffix but the street words read anywhere (``street_suffixes``;
    ``numbered_street_suffixes``, read anywhere after an ordinal, are guarded
    after a name: "Townsgate Court", never "Superior Court"), a venue's or a water's head (and its
    plural), and the words and abbreviations the rules leave out.  A form
    that is also a primary name stands for itself ("walk", not "walks")."""
    rules = venue_rules()
    own = set(rules.street_suffixes)  # a numbered street's "Place" or "Court" is guarded after a name
    own_forms = {f for forms in rules.street_suffixes.values() for f in forms}
    left_out = {
        *rules.usps_suffixes_not_read,
        *rules.venue_heads,
        *rules.water_heads,
        *rules.venues_after_street,
    }
    suffixes = usps_street_suffixes()
    read = [
        p
        for p in suffixes
        if p not in own and p not in left_out and p.removesuffix("s") not in left_out | own
    ]
    forms_left_out = {*rules.usps_forms_not_read, *own_forms, *left_out}
    guarded: dict[str, str] = {}
    for primary in read:
        for form in suffixes[primary]:
            if form not in forms_left_out and (form == primary or form not in suffixes):
                guarded.setdefault(form, primary)
    return guarded


@cache
def street_word_forms() -> dict[str, str]:
    """Each street word as written ("st", "ave", "pl", "cir") with the word
    it stands for ("street", "avenue", "place", "circle"), numbered
    streets' and the guarded USPS words' too."""
    rules = venue_rules()
    kinds = [*rules.street_suffixes.items(), *rules.numbered_street_suffixes.items()]
    return {**guarded_street_forms(), **{form: word for word, forms in kinds for form in forms}}


def street_name(text: str) -> tuple[str, str | None] | None:
    """ "W. 165th St." -> ("165th", "street"), "Fifth Avenue" -> ("5th",
    "avenue"), "West 79th Place" -> ("79th", "place"), "Ridge Road" ->
    ("ridge", "road"): a street's own name (lower case, without its side of
    town, its ordinal in figures) and its kind of street, if written."""
    words = [w.strip(".,").lower() for w in text.split()]
    while words and words[0] in direction_forms():
        words = words[1:]
    kind = street_word_forms().get(words[-1]) if words else None
    if kind is not None:
        words = words[:-1]
    name = street_name_words(words)
    return (" ".join(name), kind) if name else None


def _ordinal_words(number: int) -> list[str]:
    """13 -> ["thirteenth"], 42 -> ["forty-second", "forty second"]: how an
    ordinal street's figure is written in words (rules/venues.yaml)."""
    rules = venue_rules()
    words = [w for w, n in rules.street_ordinals.items() if n == number]
    tens, unit = divmod(number, 10)
    if not words and tens >= 2 and unit:
        ten = next((w for w, n in rules.street_ordinal_tens.items() if n == tens * 10), None)
        last = next((w for w, n in rules.street_ordinals.items() if n == unit), None)
        words = [f"{ten}-{last}", f"{ten} {last}"] if ten and last else []
    return words


def name_pattern(name: str) -> str:
    """A pattern (no flags) of every way a street's name (as :func:`street_name`
    gives it) may be written: its ordinal in figures or in words, any space
    between words, and the possessive's apostrophe :func:`street_name_words`
    drops ("bells ferry" matches "Bell's Ferry" and "Bells Ferry")."""
    return "|".join(r"\s+".join(map(_word_pattern, spelling.split())) for spelling in name_spellings(name))


def _word_pattern(word: str) -> str:
    if len(word) > 1 and word.endswith("s"):
        return re.escape(word[:-1]) + "['’]?s"
    return re.escape(word)


def name_spellings(name: str) -> list[str]:
    """A street's name (as :func:`street_name` gives it) and, for a numbered
    street, its ordinal in words: "5th" -> ["5th", "fifth"]."""
    figure = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", name)
    return [name, *(_ordinal_words(int(figure.group(1))) if figure else [])]
