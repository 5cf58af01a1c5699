"""Where it happened below the town: a named venue or a street.

Reports of one shooting or crash name the club, the fairgrounds, the
centre or the street where it happened ("at Cameo Nightclub", "the Hardin
County Fairgrounds", "the 13200 block of Memorial Drive", "at 117th Street
and 97th Avenue"), and two reports naming the same one agree on where it
was, though GeoNames holds neither.  The words are read from the text
(``rules/venues.yaml``): a capitalised name run ending in a venue or water
word ("Arabian Sea"), a head before "of" and a name ("the Gulf of Aden"),
and a name followed by a street suffix, with a house or block number before it.

A report names many venues and streets (the scene, the hospital, where a
suspect was caught), so the comparer only ever sets one name beside the same
name (:func:`reportcheck.compare.judges.places.judge_location`): the same venue or
street agrees, different ones are not a contradiction.  Each claim has a
subject of its own (``venue``, ``street``), so the judge never weighs it
against a town; one written as the scene (``stated_as`` "scene": a
locative before it, a word of the incident or of killing and wounding in
its sentence) may be set beside the other report's town by
:mod:`reportcheck.compare.spots`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from reportcheck.details import PlaceDetails
from reportcheck.extract.core.base import RawClaim, claims_of, lemma_of, register_extractor, text_of
from reportcheck.extract.core.events import qualified_event
from reportcheck.extract.places.care import care_destination, is_hospital_name, several_stops
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.events import event_lexicon
from reportcheck.knowledge.gazetteer.names import normalise
from reportcheck.knowledge.title_case import headline_case_rules, title_cased
from reportcheck.knowledge.venues import (
    ROAD_KIND,
    detour_street,
    direction_forms,
    guarded_street_forms,
    street_name_words,
    street_word_forms,
    venue_rules,
)
from reportcheck.knowledge.vocabulary import (
    DETOUR,
    HOME,
    HOSPITAL,
    MONTH_NAMES,
    SCENE,
    STREET,
    VENUE,
    WEEKDAY_NAMES,
    alternation,
    looks_like_year,
    spaced_alternation,
)
from reportcheck.models import ClaimKind, Value, ValueFrame

#: the space between two words of one name: never a line break ("Gulf of
#: Aden\nThe navy said", "METHODIST\n\nCHURCH NEWS": a name ends with its line)
_SP = r"[^\S\n]+"
#: a capitalised word of a name: "Cameo", "Mr.", "G's", "O'Neal"
_CAP = r"[A-Z][\w'’-]*\.?"
#: a word of a street's name: a capitalised word or an ordinal ("117th")
_STREET_WORD = r"(?:[A-Z][\w'’-]*|\d+(?:st|nd|rd|th))"


def _capitalised(words: list[str]) -> str:
    return alternation([w.capitalize() for w in words] + [w.upper() for w in words])


@cache
def _venue_pattern() -> re.Pattern[str]:
    rules = venue_rules()
    heads = alternation([*rules.venue_heads, *rules.water_heads])
    inner = alternation(rules.venue_inner)
    return re.compile(
        rf"\b(?P<name>{_CAP}(?:{_SP}(?:{_CAP}|of|&|and)){{0,5}}?)(?:{_SP}(?:{inner}))?{_SP}(?i:{heads})\b"
        rf"(?:{_SP}(?:and|&){_SP}{_CAP}(?:{_SP}{_CAP}){{0,3}}?{_SP}(?i:{heads})\b)?"
    )


@cache
def _of_pattern() -> re.Pattern[str]:
    """ "the Gulf of Aden", "the University of Illinois": a head, "of", a name of one or two words."""
    heads = _capitalised(venue_rules().heads_before_of)
    return re.compile(rf"\b(?:{heads}){_SP}of{_SP}(?:the{_SP})?[A-Z][\w'’-]+(?:{_SP}[A-Z][\w'’-]+)?")


@cache
def _street_pattern() -> re.Pattern[str]:
    rules = venue_rules()
    forms = [w for forms in rules.street_suffixes.values() for w in forms]
    suffixes = _capitalised(forms + [w for w in guarded_street_forms() if w not in forms])
    numbered = _capitalised([w for forms in rules.numbered_street_suffixes.values() for w in forms])
    directions = _capitalised(list(direction_forms()))
    return re.compile(
        rf"(?:\b(?P<number>\d{{1,6}}){_SP}(?P<block>block{_SP}of{_SP})?)?(?:\b(?P<direction>{directions})\.?{_SP})?"
        rf"(?:\b(?P<name>{_STREET_WORD}(?:{_SP}{_STREET_WORD}){{0,2}}?){_SP}(?P<suffix>{suffixes})"
        rf"|\b(?P<ordinal>\d+(?:st|nd|rd|th)){_SP}(?P<numbered>{numbered}))\b\.?"
        # a grid city's quadrant after the street word ("the 400 block of
        # 11th Street South", "25th Street West at", "Kiliam Road NE"): the
        # side of town, as a compass word before the name tells it
        rf"(?:{_SP}(?P<quadrant>{directions})\b)?"
        # "St. Louis", "Wall Street Journal": a saint or a name that goes
        # on, not a street; a day or a month after it is when, not a name
        # ("at 1240 Elm Road Sunday night", "on Oak Lane May 3"); so is a
        # compass word that opens a name ("Main Street West Virginia")
        rf"(?!\s+(?!(?:{_day_names()})\b)[A-Z][a-z])"
    )


@cache
def _road_pattern() -> re.Pattern[str]:
    """A numbered road ("Route 9", "State Route 4", "I-95", "U.S. Highway 41",
    "County Road 12"), with a house or block number before it ("13915 County
    Road 3", "the 2400 block of Highway 99"); not a share ("U.S. 1 in 5") nor
    a year ("the US 2020 census")."""
    rules = venue_rules()
    openers = alternation(rules.road_openers)
    heads = alternation(rules.road_heads)
    joined = alternation(rules.road_joined)
    return re.compile(
        rf"(?:\b(?P<number>\d{{1,6}}){_SP}(?P<block>block{_SP}of{_SP})?)?"
        rf"(?<![\w.-])(?:(?:{openers}){_SP})?(?:(?:{heads}){_SP}|(?:{joined}))"
        # a year is no road's figure ("the US 2020 census")
        rf"(?!(?:19|20)\d\d\b)(?P<figure>\d{{1,4}}[A-Z]?)\b"
        rf"(?![.,]\d|\s*(?:%|percent\b|in\s+\d|of\s+\d|million\b|billion\b))"
    )


def _day_names() -> str:
    """The weekday and month names (knowledge/vocabulary.py) that may follow a street."""
    return alternation([*WEEKDAY_NAMES, *MONTH_NAMES])


#: "at 13200 Memorial at 10:15 a.m.", "called to 2210 Harmon": a house number
#: and a street's name with no suffix
_BARE_ADDRESS = re.compile(
    rf"\b(?:at|to){_SP}(?P<number>\d{{3,6}}){_SP}(?P<name>[A-Z][a-z]+)(?=[^\S\n]*[,.;]|{_SP}(?:at|in|on|near)\b)"
)


@dataclass(frozen=True)
class Spot:
    """A venue or street as written: offsets, kind, its key and its house or block number."""

    start: int
    end: int
    kind: str
    key: str
    number: str | None = None
    #: the number is a block's ("the 1200 block of"), not a house's
    block: bool = False
    #: the compass word before the name, written out ("northwest")
    direction: str | None = None
    #: read as a street by its form (a number, "on" before it, a corner), not by its name only
    street_form: bool = False


def _words(text: str) -> list[str]:
    return [w.strip(".").lower().replace("’", "'") for w in text.split()]


def venue_spots(text: str) -> list[Spot]:
    """Every named venue: the name after the last word that is no part of
    one, unless only generic words are left ("Police Station")."""
    rules = venue_rules()
    cut, generic = set(rules.not_names), set(rules.generic_names)
    spots: list[Spot] = []
    for match in _venue_pattern().finditer(text):
        if spots and match.start() < spots[-1].end:
            continue  # the words of a hospital's head the last name was extended by
        words = match.group("name").split()
        keep = next((i for i in range(len(words), 0, -1) if _words(words[i - 1])[0] in cut), 0)
        name = words[keep:]
        if not name or all(w in generic for w in _words(" ".join(name))):
            continue
        start = match.start("name") + match.group("name").index(name[0]) if keep else match.start("name")
        after = _care_head_after().match(text, match.end())
        end = after.end() if after else match.end()
        surface = text[start:end]
        spots.append(Spot(start, end, VENUE, " ".join(_words(surface))))
    for match in _of_pattern().finditer(text):
        spots.append(Spot(match.start(), match.end(), VENUE, " ".join(_words(match.group()))))
    return spots


@cache
def _care_head_after() -> re.Pattern[str]:
    """A hospital's head right after a venue's name, written as a name's
    ("Temple University Hospital", "Vanderbilt University Medical Center"):
    the name ends at the first head, so the university's is extended to
    its hospital's (``care_destination.heads`` of rules/venues.yaml)."""
    heads = alternation([head.title() for head in venue_rules().care_destination.heads])
    return re.compile(rf"{_SP}(?:{heads})\b")


def _suffix_word(suffix: str) -> str:
    form = suffix.strip(".").lower()
    return street_word_forms().get(form, form)


def road_spots(text: str) -> list[Spot]:
    """Every numbered road: "Interstate 81", "Route 81" and "I-81" are one
    key, "81 highway" (rules/venues.yaml: reporters give one road different
    designations); a house or block number before it is kept."""
    spots = []
    for match in _road_pattern().finditer(text):
        number, block = match.group("number"), bool(match.group("block"))
        start = match.start()
        if number is not None and not block and looks_like_year(int(number)):
            number, start = None, match.end("number") + 1  # "in 2016 State Road 154": a year
        key = f"{match.group('figure').lower()} {ROAD_KIND}"
        spots.append(Spot(start, match.end(), STREET, key, number, block and number is not None))
    return spots


def street_spots(text: str) -> list[Spot]:
    """Every street named: "117th St." is "117th street", "E. Green Street"
    "green street"; "the 13200 block of Memorial Drive" keeps 13200; "at
    13200 Memorial" is "memorial" with no suffix."""
    cut = set(venue_rules().not_names)
    spots = road_spots(text)
    roads = [(spot.start, spot.end) for spot in spots]
    for match in _street_pattern().finditer(text):
        if any(match.start() < end and start < match.end() for start, end in roads):
            continue  # "County Road 3", "U.S. Highway 41": the numbered road's words
        words = match.group("name") or match.group("ordinal")
        name = street_name_words([w for w in _words(words) if w not in cut])
        if not name:
            continue
        written = match.group("direction") or match.group("quadrant")
        direction = direction_forms()[written.lower()] if written else None
        suffix_written = match.group("suffix") or match.group("numbered")
        suffix = _suffix_word(suffix_written)
        end = match.end()
        if match.group("quadrant"):
            end = match.end("quadrant")
        elif text[end - 1] == "." and suffix_written.lower() == suffix:
            end -= 1  # "on Orchard Drive.": the sentence's stop, not an abbreviation's
        key = " ".join([*name, suffix])
        number, block = match.group("number"), bool(match.group("block"))
        # "the Maple Terrace apartments": the complex's name, which may stand
        # on a street of a like name ("Maple Avenue"); it may agree with the
        # same name, never be set against another street's word
        venue_named = _venue_after().match(text, end) is not None
        form = number is not None or (not venue_named and _street_by_form(text, match.start(), end))
        guarded = suffix_written.strip(".").lower() in guarded_street_forms() and not _ORDINAL.fullmatch(
            words
        )
        if guarded and not _guarded_street(text, end, form, venue_named):
            continue  # "Times Square", "in Superior Court": no street's form around the word
        spots.append(
            Spot(match.start(), end, STREET, key, number, block and number is not None, direction, form)
        )
    for spot in [*prefixed_street_spots(text), *small_word_street_spots(text)]:
        if not any(spot.start < other.end and other.start < spot.end for other in spots):
            spots.append(spot)
    for match in _BARE_ADDRESS.finditer(text):
        number = match.group("number")
        if match.group("name").lower() in street_word_forms():
            continue  # "at 412 St. Marys Road": a saint's abbreviation, no street named "St"
        if not looks_like_year(int(number)):  # "at 2013 Toyota": a year, not a house
            spots.append(
                Spot(
                    match.start("number"),
                    match.end("name"),
                    STREET,
                    match.group("name").lower(),
                    number,
                    street_form=True,
                )
            )
    return spots


@cache
def _prefixed_street_pattern() -> re.Pattern[str]:
    """A street word written before the name, as in French, Italian, Spanish,
    Catalan and Portuguese ("rue de Lodi", "Place Vendôme", "Via della
    Conciliazione"): the word (``street_prefixes`` of rules/venues.yaml), a
    particle or none (``street_prefix_particles``), one to three capitalised
    words joined by a space, a hyphen or a particle."""
    rules = venue_rules()
    written = rules.street_prefixes.any_case
    any_case = alternation([f for w in written for f in (w, w.capitalize(), w.upper())])
    capitalised = alternation([w.capitalize() for w in rules.street_prefixes.capitalised])
    particle = rf"(?:{spaced_alternation(rules.street_prefix_particles)})(?:{_SP}|(?<=')|(?<=’))"
    word = r"[^\W\d_a-z][\w'’-]*"
    return re.compile(
        rf"\b(?P<word>{any_case}|{capitalised}){_SP}(?P<name>(?:{particle})?{word}"
        rf"(?:{_SP}(?:{particle})?{word}){{0,2}})(?![\w'’-])"
    )


#: what parts a street's particle from its name: a space or an elision's
#: apostrophe ("d'Aragó", "de l'Église")
_NAME_PARTS = re.compile(r"[\s'’]+")


def prefixed_street_spots(text: str) -> list[Spot]:
    """Every street named with its street word first ("on rue de Lodi",
    "near the upscale Place Vendome", "on Avenida Tecnológico"): only after
    a locative (a wire's "Image via Shutterstock" or "Saints place Pierre
    Thomas on injured reserve" is none), never with a day or a month for a
    name ("in Place Monday").  The key is the name without its particles,
    spelt as the gazetteer keys a name (accents dropped: "Vendôme" and
    "Vendome" are one), then the street word as written ("vendome place"):
    a translator's "Lodi Street" or "Rome Avenue" is another street word,
    never read against it."""
    days = {w.lower() for w in (*WEEKDAY_NAMES, *MONTH_NAMES)}
    rules = venue_rules()
    particles = {w for p in rules.street_prefix_particles for w in _NAME_PARTS.split(p) if w}
    english = set(rules.street_prefixes.capitalised)
    spots = []
    for match in _prefixed_street_pattern().finditer(text):
        written = [w for w in _NAME_PARTS.split(match.group("name")) if w and w not in particles]
        name = normalise(" ".join(written)).split()
        before = text[max(0, match.start() - 40) : match.start()]
        if not name or name[0] in days or not _AT_SPOT.search(before):
            continue
        if match.group("word").lower() in english and _english_word_unnamed(text, match.start(), name[0]):
            continue
        key = " ".join([*name, normalise(match.group("word"))])
        spots.append(Spot(match.start(), match.end(), STREET, key, street_form=True))
    return spots


@cache
def _small_word_street_pattern() -> re.Pattern[str]:
    """A capitalised name and a street word in small letters right after
    "on" or "along" (``small_street_words``): "outside a kiosk on
    Anexartisias street", "marched along Stadiou street"."""
    words = alternation(venue_rules().small_street_words)
    name = r"[^\W\d_a-z][\w'’-]+"
    return re.compile(rf"(?<![\w-])(?:on|along){_SP}(?P<name>{name}(?:{_SP}{name})?){_SP}(?P<word>{words})\b")


def small_word_street_spots(text: str) -> list[Spot]:
    """Every street named with its street word in small letters, as copy from
    Cyprus, Greece and the Balkans writes a street of a local name ("on
    Anexartisias street"): only right after "on" or "along", never with a
    day or a month for a name ("on Monday street"); keyed as the same street
    with its word capitalised is ("anexartisias street")."""
    days = {w.lower() for w in (*WEEKDAY_NAMES, *MONTH_NAMES)}
    spots = []
    for match in _small_word_street_pattern().finditer(text):
        name = normalise(match.group("name")).split()
        if not name or name[0] in days:
            continue
        key = " ".join([*name, _suffix_word(match.group("word"))])
        spots.append(Spot(match.start("name"), match.end(), STREET, key, street_form=True))
    return spots


def _english_word_unnamed(text: str, start: int, name: str) -> bool:
    """Whether a street word that is an English word too ("Via", "Place")
    names no street at ``start``: its line is set in Title Case ("Shelter
    in Place Order Lifted in Dayton", its grammar words aside, which the
    loader writes in lower case in a headline) or its name is one it never takes
    ("Via Rail", "Boulevard Brewing": ``capitalised_not_names``)."""
    if name in venue_rules().street_prefixes.capitalised_not_names:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    grammar = headline_case_rules().grammar_words
    return title_cased([w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if w.lower() not in grammar])


#: a street's name that is an ordinal alone ("61st Court", "West 79th Place"):
#: a numbered street, whose "Court" or "Place" is read anywhere
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _guarded_street(text: str, end: int, form: bool, venue_named: bool) -> bool:
    """Whether a name ending in a USPS street word read only by its form
    ("Circle", "Square", "Crossing", "Run") is a street: a house or block
    number or a street's words around it (``form``), no venue's noun after
    it, and after it no lower-case word but one a street's name is followed
    by (``guarded_suffix_next_words``: "at 8800 Village Square on the
    Northeast Side", not "on Pine Ridge reservation")."""
    if not form or venue_named:
        return False
    after = re.match(r"[^\S\n]+([a-z][\w.'’-]*)", text[end : end + 40])
    return after is None or after.group(1).lower() in _next_words()


@cache
def _next_words() -> frozenset[str]:
    return frozenset(venue_rules().guarded_suffix_next_words)


#: the words before a street that tell it is one: "on Maple Avenue", "along
#: the Elm Road", "off Route 9", "the corner of Oak Street", "on central
#: Stadiou Avenue" (a lower-case word of its part or its traffic between)
_ON_STREET = re.compile(
    rf"\b(?i:on|along|off|onto|down|up|crossing|corner{_SP}of|intersection{_SP}of){_SP}(?:the{_SP})?"
    rf"(?:[a-z]+{_SP})?$"
)


@cache
def _venue_after() -> re.Pattern[str]:
    """A venue noun right after a street-word name: "the Maple Terrace
    apartments", "Oak Lane townhomes", "the Cedar Drive apartment complex"."""
    nouns = spaced_alternation(venue_rules().venues_after_street)
    return re.compile(rf"{_SP}(?i:{nouns})\b")


#: "and" between two streets: "at Oak Street and Third Avenue" is a corner
_AND = re.compile(rf"{_SP}(?:and|&){_SP}")


def _street_by_form(text: str, start: int, end: int) -> bool:
    """Whether the words around a street make it a street ("shot on Maple
    Avenue", "at Oak Street and Third Avenue"), not only its name: a name
    with a street's word may be a venue's ("at the Maple Terrace complex",
    "the Skyline Drive shelter"), and two such names are no two streets
    (``street_form``, read by compare/judges/places.py)."""
    if _ON_STREET.search(text[max(0, start - 30) : start]):
        return True
    after = _AND.match(text, end)
    if after and _street_pattern().match(text, after.end()):
        return True
    before = text[max(0, start - 60) : start]
    return any(_ends_in_and(before, m.end()) for m in _street_pattern().finditer(before))


def _ends_in_and(before: str, end: int) -> bool:
    """A street ends at ``end`` and only "and" stands between it and the next."""
    joined = _AND.match(before, end)
    return joined is not None and joined.end() == len(before)


#: the words right before a spot that put something there: "on central
#: Stadiou Avenue", "in front of her First Street home", "at the Cameo
#: Nightclub", "at Smith's 1240 Elm Road home", "at his friend's Oak Street
#: apartment" (an article or a possessive and one more word may stand between)
_AT_SPOT = re.compile(
    r"\b(?:at|on|in|inside|outside|near|along|behind|in\s+front\s+of|across\s+from|off)\s+"
    r"(?:(?:the|a|an|his|her|their|its|[A-Z][\w-]*['’]s)\s+)?(?:[a-z]+(?:['’]s)?\s+)?$"
)


#: the event of rules/events.yaml that is the incident itself
INCIDENT = "incident"
#: the kinds of a casualty verb that tell the incident (not "arrested at 2088
#: Philip Street": an arrest's place is no scene)
HARM_KINDS = frozenset({"killed", "injured"})


@cache
def _care_before() -> re.Pattern[str]:
    """A care venue's word just before a street: "the 67th Precinct at Snyder
    Avenue", "taken to Mercy Hospital on Elm Street": the street is its address."""
    words = alternation(venue_rules().care_words)
    return re.compile(rf"(?i:\b(?:{words}))\s+(?:at|on|in|off|near)\s+(?:the\s+)?$")


def _told_as_scene(doc: Doc, spot: Spot) -> bool:
    """Whether the spot is written as where the incident happened: a
    locative right before it and, in its sentence, a word of the incident
    or of killing and wounding ("was slain in front of her First Street
    home", "broke the windows of a building on central Stadiou Avenue");
    not "the gun he had picked up at the Ida Yarbrough apartments", nor
    "architects of the Bangladesh University" (``stated_as`` "scene",
    read by compare/spots.py)."""
    text = text_of(doc)
    before = text[max(0, spot.start - 40) : spot.start]
    if _care_before().search(before):
        return False
    span = doc.char_span(spot.start, spot.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if _tells_incident(span.sent) and _AT_SPOT.search(before):
        return True
    if spot.kind != STREET or not (
        _sent_to(doc, span.start) or _AT_SPOT.search(before) and _responders(span.sent)
    ):
        return False
    following = doc[span.sent.end].sent if span.sent.end < len(doc) else None
    return _tells_incident(span.sent) or (following is not None and _tells_incident(following))


@cache
def _home_before() -> re.Pattern[str]:
    """The words that end right before a home's street (``home_before`` of
    rules/venues.yaml), with an optional "the" after them."""
    words = "|".join(f"(?:{w})" for w in venue_rules().home_before)
    return re.compile(rf"(?:{words})\s+(?:the\s+)?$")


def _told_as_home(text: str, spot: Spot) -> bool:
    """Whether the street is written as someone's home ("Jane Roe, 17, of
    the 400 block of Elm Street", "who lived in the 900 block of Oak
    Street"), not the scene: a report gives the victim's address beside the
    place of the shooting, and the two are different places of one story
    (``stated_as`` "home"; compare/blocks.py sets scene blocks only against
    each other).  Only an address (a house or block number) is read so: "the
    3 men lived at the Oak Road house" names the farm where they were shot
    too, and stays the scene's."""
    if spot.number is None:
        return False
    return bool(_home_before().search(text[max(0, spot.start - 40) : spot.start]))


def _responders(sentence: Span) -> bool:
    """A verb of responders sent or arriving in the sentence ("when police
    arrived at the home on Elm Road, they found ..."): what they found may be
    told in the next sentence."""
    verbs = set(venue_rules().dispatch_verbs)
    return any(token.pos_ == "VERB" and lemma_of(token) in verbs for token in sentence)


def _tells_incident(sentence: Span) -> bool:
    """A word of the incident or of killing and wounding in the sentence."""
    return any(
        _incident_word(lemma_of(token), token.pos_) or _qualified_incident(token)
        for token in sentence
        if token.pos_ in ("VERB", "NOUN")
    )


def _sent_to(doc: Doc, start: int) -> bool:
    """Responders sent to the street: "officers were called to the 1200
    block of Main Street", "deputies responded to 665 Oak Drive"
    (``dispatch_verbs`` of rules/venues.yaml before "to").  The scene, when
    the sentence or the next one tells the incident ("... on a report of a
    person shot"; "They found a man with a gunshot wound")."""
    i = start - 1
    if i >= 0 and doc[i].lower_ in ("the", "a"):
        i -= 1
    if i < 1 or doc[i].lower_ != "to":
        return False
    verbs = set(venue_rules().dispatch_verbs)
    return lemma_of(doc[i - 1]) in verbs or lemma_of(doc[i].head) in verbs


def _qualified_incident(token: Token) -> bool:
    """A verb that tells the incident only with a word of its own beside it
    (``qualified`` in rules/events.yaml): "the gun went off", "died at the scene";
    the event tie asks for the subject it needs, if any ("the alarm went off"
    is none), as it does for a clock time on the verb."""
    return token.pos_ == "VERB" and qualified_event(token, lemma_of(token)) == INCIDENT


def _incident_word(lemma: str, pos: str) -> bool:
    """An incident's verb or noun (rules/events.yaml), or a verb of killing
    or wounding (rules/counts.yaml), not of arresting."""
    events, harm = event_lexicon(), lexicon()
    if pos == "VERB":
        return (
            events.by_verb.get(lemma) == INCIDENT
            or harm.transitive.get(lemma) in HARM_KINDS
            or harm.intransitive.get(lemma) in HARM_KINDS
            or lemma in harm.fatal_verbs
        )
    return pos == "NOUN" and events.by_noun.get(lemma) == INCIDENT


def _role(doc: Doc, spot: Spot) -> str | None:
    """What the spot is to the story: a street told as the way round the
    scene ("use State Highway 2 as an alternative", :func:`detour_street`),
    someone's home, the scene, or merely named (None)."""
    text = text_of(doc)
    if spot.kind == STREET and detour_street(text, spot.start):
        return DETOUR
    return HOME if _told_as_home(text, spot) else SCENE if _told_as_scene(doc, spot) else None


def add_venues(doc: Doc) -> None:
    """A location claim (subject ``venue`` or ``street``) for each venue and street named.

    A venue is often named after its town ("Hardin County Fairgrounds"), and
    a place of death or of a weapon ("died at Mercy Hospital", "under a bench
    at the Elm Street apartments") holds the same characters; all stand, so
    this component runs last and appends its claims beside the others rather
    than through ``add_claim``, which keeps one claim of a kind per span.  A
    hospital someone was taken to is claimed as such (subject ``hospital``,
    :func:`_hospital_claim`) in its venue's stead."""
    text = text_of(doc)
    claims = claims_of(doc)
    taken: set[tuple[int, int]] = set()
    hospitals: list[RawClaim] = []
    for spot in [*venue_spots(text), *street_spots(text)]:
        if (spot.start, spot.end) in taken:
            continue
        taken.add((spot.start, spot.end))
        surface = text[spot.start : spot.end]
        role = _role(doc, spot)
        details = PlaceDetails(
            kind=spot.kind,
            surface=surface,
            place_words=spot.number,
            block=spot.block or None,
            direction=spot.direction,
            street_form=spot.street_form or None,
            stated_as=role,
        )
        value = Value(name=spot.key, label=f"{surface} ({spot.kind})")
        claim = RawClaim(ClaimKind.location, spot.start, spot.end, spot.kind, spot.kind, value, details)
        hospital = _hospital_claim(doc, spot, claim) if spot.kind == VENUE and role != HOME else None
        if hospital is not None:
            hospitals.append(hospital)
        claims.append(hospital or claim)
    if several_stops([c.value.name or "" for c in hospitals]):
        for hospital in hospitals:
            hospital.details = hospital.place.replace(more_stops=True)


def _hospital_claim(doc: Doc, spot: Spot, venue: RawClaim) -> RawClaim | None:
    """The venue's claim as the hospital someone was taken to (subject
    ``hospital``, its bearer the one taken: extract/places/care.py), or None
    where the venue is no hospital or the sentence takes no one there."""
    if not is_hospital_name(spot.key, venue.place.surface or ""):
        return None
    taken = care_destination(doc, spot.start, spot.end)
    if taken is None:
        return None
    details = venue.place.replace(
        more_stops=taken.later or None, group=taken.group or None, care_stay=taken.stayed or None
    )
    return replace(
        venue,
        subject=HOSPITAL,
        subject_label="the hospital taken to",
        details=details,
        frame=ValueFrame(bearer=taken.bearer),
    )


register_extractor("reportcheck_venues", add_venues)
