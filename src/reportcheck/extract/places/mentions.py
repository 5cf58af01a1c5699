"""Spans of a Doc that may name a place, before any is looked up.

Entities of the labels the model gives place names, rightly or not; "X
region" phrases; the towns before an agency word ("Houston Police
Department"); the town an outlet is named after in the page title ("CBS
Chicago"); a town written as a modifier of a resident or an incident
("Anytown teens", "the Riverton shooting").  Each is a :class:`Mention`: what to look up, and where it came
from, which decides the evidence it needs (:mod:`.spans`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from reportcheck.extract.core.base import text_of
from reportcheck.extract.places.persons import POSSESSIVES, person_names
from reportcheck.knowledge.day_parts import ends_a_clock
from reportcheck.knowledge.gazetteer.names import (
    area_nouns,
    name_abbreviations,
    place_rules,
    settlement_nouns,
    word_set,
)
from reportcheck.knowledge.points import point_area_before
from reportcheck.knowledge.timezones import place_clock_at
from reportcheck.load.titles import outlet_segments

ENTITY_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"})
#: a label the model gives "Banstead, Surrey" (a town and its county) as if
#: it were a title: taken only in that shape, a name, a comma and another
TITLE_LABEL = "WORK_OF_ART"


@dataclass(frozen=True)
class Mention:
    """A span that may name a place: char offsets, what to look up, where it came from."""

    start: int
    end: int
    query: str
    label: str
    words: int = 1
    #: looked up by GeoNames' main names only: a guess at where a name starts
    #: ("Houston" of "Man Shot By Houston Police"), an outlet's words
    main_names_only: bool = False
    #: written after "in" ("shot in Wetumpka"): the words say it is a place
    after_in: bool = False
    #: a lone name the report writes elsewhere as a person's ("Sarah Palin",
    #: "Palin told reporters", "Sgt. Lawrence"; :mod:`.persons`): no place
    #: unless the words here say one is meant
    person_like: bool = False
    #: its sentence tells of a crossing of borders ("immigrated from Naples",
    #: "back from an overseas trip to London"; ``abroad_cues`` of rules/places.yaml): a
    #: namesake in the report's home state does not outrank the name's
    #: reading abroad (``Gazetteer.resolve``'s ``tied_abroad``)
    tied_abroad: bool = False
    #: the words before it place a person or a move, not the scene ("moved
    #: from Texas", "arrested in Missouri"; ``background_cues`` of
    #: rules/places.yaml): a state so named places none of the report's
    #: bare towns (spans.py's ``_context``)
    background: bool = False


def _capitalised(text: str) -> bool:
    return bool(text) and text[0].isupper()


def _trim(span: Span) -> Span:
    """A span without a leading determiner or a trailing possessive or punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].pos_ == "DET" or doc[start].is_punct or doc[start].lower_ == "the"):
        start += 1
    while end > start and (doc[end - 1].text in ("'s", "’s", "'", "’") or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end]


def _name_run_before(doc: Doc, i: int) -> int:
    """Start of the run of capitalised words (with inner hyphens, and
    abbreviations such as "St." that names open with) ending at ``i``."""
    start = i
    while start > 0:
        token = doc[start - 1]
        joins = token.text in ("-", "'", "’") and start >= 2 and _capitalised(doc[start - 2].text)
        word = _capitalised(token.text) and (token.is_alpha or _is_name_abbreviation(token.text))
        if not (joins or word):
            break
        start -= 1
    while start < i and (doc[start].text in ("-", "'", "’") or doc[start].lower_ == "the"):
        start += 1
    return start


def _is_name_abbreviation(text: str) -> bool:
    """ "St.", "Ft.", "Mt.": an abbreviated word of a place's name (``name_abbreviations``)."""
    return text.endswith(".") and text[:-1].lower() in name_abbreviations()


def region_phrases(doc: Doc) -> list[Mention]:
    """ "X region", "X province", "X oblast" ... written after a capitalised name."""
    area_words = area_nouns()
    mentions = []
    for token in doc:
        if token.lower_ not in area_words or token.i == 0:
            continue
        start = _name_run_before(doc, token.i)
        if start == token.i or _continues_name(doc, token.i):
            continue
        span = doc[start : token.i + 1]
        mentions.append(Mention(span.start_char, span.end_char, span.text, "PHRASE", len(span)))
    return mentions


#: the label of an area written right after an event's point ("made
#: landfall in Palanas, Catanduanes"): the words say an area is meant
POINT_AREA_LABEL = "POINT_AREA"
#: the most words of such an area's name ("Camarines Sur", "Eastern Samar")
MAX_POINT_AREA_WORDS = 3


def point_area_mentions(doc: Doc) -> list[Mention]:
    """Areas written right after an event's point and its place ("with
    its epicentre at Ramidanda in Jajarkot", "made landfall in Palanas,
    Catanduanes": :func:`reportcheck.knowledge.points.point_area_before`),
    which the model often leaves untagged or takes for a person's name: the
    run of capitalised words there, looked up as an area only
    (``spans._acceptable``)."""
    words = place_rules().point_words
    mentions = []
    for sent in doc.sents:
        if not any(w in sent.text.lower() for w in words):
            continue
        for token in sent:
            if (
                not (_capitalised(token.text) and token.is_alpha)
                or token.i > sent.start
                and _capitalised(doc[token.i - 1].text)
            ):
                continue
            before = doc.text[sent.start_char : token.idx]
            if not point_area_before().search(before):
                continue
            end = token.i
            while end < sent.end and end - token.i < MAX_POINT_AREA_WORDS and _capitalised(doc[end].text):
                end += 1
            span = doc[token.i : end]
            mention = Mention(span.start_char, span.end_char, span.text, POINT_AREA_LABEL, len(span), True)
            mentions.append(mention)
    return mentions


def _continues_name(doc: Doc, i: int) -> bool:
    """ "Texas Department of Criminal Justice", "Ohio State University": an
    organisation's name goes on past the region word."""
    if i + 1 >= len(doc) or not _capitalised(doc[i].text):
        return False
    following = doc[i + 1]
    return following.lower_ == "of" or (_capitalised(following.text) and following.is_alpha)


def _person_words(doc: Doc) -> set[str]:
    """Words of multi-word PERSON names: "Roman" is a person once "Roman Biryukov" is.

    An outlet's name the model took for a person ("Chicago Tribune") ends
    with a media word and names no one; nor does an agency's ("Surrey
    Police", "Kent Fire and Rescue" after "a fire in Surrey"): the words of
    such names stay free to name places elsewhere in the report.
    """
    suffixes = word_set("outlet_suffixes")
    words: set[str] = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON" or sum(t.is_alpha for t in ent) < 2 or ent[-1].lower_ in suffixes:
            continue
        if _agency_word().search(ent.text) or _names_an_area(ent):
            continue
        words.update(t.lower_ for t in ent if t.is_alpha)
    return words


def _names_an_area(ent: Span) -> bool:
    """ "Savar Upazila", "Ganjam District": a name the model took for a
    person that ends in an area's word names a place, and its words stay
    free to name the town elsewhere ("in Savar")."""
    return ent[-1].lower_ in area_nouns()


@cache
def _agency_words() -> str:
    """The agency words as a regex alternation, apostrophes optional ("Sheriffs Office")."""
    words = sorted(place_rules().agency_words, key=len, reverse=True)
    return "|".join(re.escape(w).replace("'", "['’]?") for w in words)


@cache
def agency_after() -> re.Pattern[str]:
    """An agency word right after a name."""
    return re.compile(rf"\s+(?:{_agency_words()})(?![\w'’-])", re.IGNORECASE)


@cache
def _agency_word() -> re.Pattern[str]:
    """An agency word standing on its own in a text, any case."""
    return re.compile(rf"(?<![\w'’-])(?:{_agency_words()})(?![\w'’-])", re.IGNORECASE)


@cache
def newspaper_after() -> re.Pattern[str]:
    """A newspaper's name right after its town's ("Chicago Tribune", "St.
    Louis Post-Dispatch", "Dallas Morning News"), capitalised as names are;
    not a place named after such a word ("the Anytown Post Office", "Times
    Square")."""
    words = sorted(place_rules().newspaper_words, key=len, reverse=True)
    names = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    not_a_place = r"(?!\s+(?:Office|Square)\b)"
    return re.compile(rf"\s+(?:(?:Daily|Morning|Evening|Sunday)\s+)?(?:{names})(?![\w-]){not_a_place}")


#: the most words before an agency word tried as its town ("Man Shot By Houston Police")
MAX_AGENCY_NAME_WORDS = 5


def agency_mentions(doc: Doc) -> list[Mention]:
    """The towns named by the local agencies (police, sheriff, fire) in a report.

    The capitalised words before an agency word name its town or county,
    whether the model took the whole for an organisation ("Houston Police
    Department") or not ("Conroe police officer", "Memphis officers said",
    "Los Angeles County coroner's records").  A title-case headline runs
    other words into the name ("Man Shot By Houston Police"), so each tail
    of the run is a mention; the longest that names a place wins.
    """
    mentions = []
    for match in _agency_word().finditer(text_of(doc)):
        agency = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if agency is None:
            continue
        end = agency.start
        start = max(_name_run_before(doc, end), end - MAX_AGENCY_NAME_WORDS)
        while start < end and any(t.is_stop and t.lower_ != "the" for t in doc[start:end]):
            start += 1  # "CHIEF OF POLICE" in a transcript in capitals: no town
        for first in range(start, end):
            span = _all_capitalised(doc[first:end])
            if span is not None and span.start == first:
                tail = first > start
                mentions.append(
                    Mention(
                        span.start_char, span.end_char, span.text, "AGENCY", len(span), main_names_only=tail
                    )
                )
    return mentions


#: the most words before a resident's or an incident's noun tried as a town ("Poplar Bluff teen")
MAX_MODIFIER_NAME_WORDS = 3


@cache
def _modifier_noun() -> re.Pattern[str]:
    """A resident's or an incident's noun standing on its own, any case."""
    rules = place_rules()
    words = sorted(
        {*rules.resident_nouns, *rules.incident_nouns, *rules.scene_nouns, *rules.area_nouns},
        key=len,
        reverse=True,
    )
    return re.compile(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, words))})(?![\w'’-])", re.IGNORECASE)


def modifier_mentions(doc: Doc) -> list[Mention]:
    """Towns named as a modifier of a resident or an incident: "2 Anytown
    teens charged", "Riverton man killed", "Teen Killed In St. Paul Shooting".

    Local reporting names the story's town so, and the model often leaves the
    name untagged, reading it as part of the noun phrase.  The name is the
    run of capitalised words before the noun after its last stop word or
    number (a title-case headline runs "Killed In" into it), looked up by
    main names only, and it needs more evidence than a tagged place (see
    ``spans._acceptable``).  No shorter tail is tried: "Glen Flora" is not
    Flora.
    """
    mentions = []
    for match in _modifier_noun().finditer(text_of(doc)):
        noun = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if noun is None:
            continue
        end = noun.start
        start = _name_run_before(doc, end)
        for i in range(start, end):
            if doc[i].is_stop or doc[i].like_num:
                start = i + 1
        span = _all_capitalised(doc[start:end])
        if span is not None and 0 < len(span) <= MAX_MODIFIER_NAME_WORDS and _owned_scene(doc, span, noun):
            mentions.append(Mention(span.start_char, span.end_char, span.text, "MODIFIER", len(span), True))
    return mentions


#: the words before a town's name and a home that make it a town: "his
#: Paterson home", "a Tacoma apartment" ("the Jackson home" is a family's)
SCENE_OWNERS = frozenset({"his", "her", "their", "its", "our", "my", "a", "an"})
#: and before an area's noun: "the Baytown area", "a North Philadelphia neighborhood"
AREA_OWNERS = SCENE_OWNERS | {"the"}


def _owned_scene(doc: Doc, span: Span, noun: Span) -> bool:
    """A name before a scene's noun ("home") is a town only after a
    possessive or an article, and before an area's ("area") also after
    "the"; any name before a resident's or an incident's."""
    rules = place_rules()
    noun_word = noun.text.lower()
    if noun_word in rules.area_nouns:
        return span.start > 0 and doc[span.start - 1].lower_ in AREA_OWNERS
    if noun_word not in rules.scene_nouns:
        return True
    return span.start > 0 and doc[span.start - 1].lower_ in SCENE_OWNERS


@cache
def _settlement_of() -> re.Pattern[str]:
    """ "the City of Vista", "the town of Elwood", "Borough of Glassboro",
    "the island of Qeshm", "the northern province of Raqa": a settlement's
    or an area's noun (``settlement_nouns``, written in lower case,
    capitalised or in capitals), "of" and a capitalised name of up to three
    words."""
    nouns = settlement_nouns("villages", "towns", "cities", "areas")
    written = {form for noun in nouns for form in _casings(noun)}
    pattern = "|".join(map(re.escape, sorted(written, key=lambda w: (-len(w), w))))
    return re.compile(rf"\b(?:{pattern})\s+of\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})")


def _casings(noun: str) -> tuple[str, ...]:
    return noun, noun.capitalize(), noun.upper()


def settlement_mentions(doc: Doc) -> list[Mention]:
    """Towns named after "the city of", "the town of": "in the City of
    Vista", "the town of Elwood".  The words say it is a place, whatever the
    model made of them (it tags "the City of" a place and leaves the name
    out); an agency's words after the name ("the City of Miami Police")
    end it."""
    agency = word_set("agency_words")
    mentions = []
    for match in _settlement_of().finditer(text_of(doc)):
        words = match.group("name").split()
        while words and words[-1].lower().strip(".") in agency:
            words.pop()
        if not words:
            continue
        if len(words[-1]) > 3:
            words[-1] = words[-1].rstrip(".")  # the sentence's full stop, not "St."
        name = " ".join(words)
        start = match.start("name")
        mentions.append(Mention(start, start + len(name), name, "PHRASE", len(words), True))
    return mentions


#: the most words of a town written after a street and a comma ("High Street, Banstead")
MAX_STREET_TOWN_WORDS = 3
#: what may follow a street's word before the town: its number or direction ("Road 41", "Road NE")
_STREET_SUFFIX = re.compile(r"\d{1,4}[A-Z]?|[NSEW]|[NS][EW]")
#: a word of a town's name after a street: "Banstead", "St." of "St. Paul"
_TOWN_WORD = re.compile(r"[A-Z][\w'’-]*\.?")
#: the label of a town written after a street and "in" ("on Mill Road in
#: Anytown"): the words say it is a town, so it needs less than a modifier's
STREET_IN_LABEL = "STREET_IN"


def street_town_mentions(doc: Doc) -> list[Mention]:
    """Towns written after a street: "the store in High Street, Banstead",
    "a house on Mill Lane, Hartfield", "in the 1200 block of Elm Street in
    Westfield", "on County Road 41 in Anytown".

    British and Irish reports place a scene with a comma, American ones with
    "in" (often after a block number); the model tags the street (FAC) and
    leaves the town untagged.  The street is a capitalised word and a
    capitalised street word (``street_words``), perhaps with its number or
    direction after it; the town the run of capitalised words after the
    comma or "in", looked up by main names only.  After a comma it is held
    to the evidence of a modifier's town, after "in" (``STREET_IN_LABEL``)
    to less (``spans._acceptable``).
    """
    streets = word_set("street_words")
    mentions = []
    for token in doc[1:-2]:
        if not (_capitalised(token.text) and token.lower_.rstrip(".") in streets):
            continue
        if not _capitalised(doc[token.i - 1].text):
            continue
        after = token.i + 1
        while after < len(doc) - 1 and after - token.i <= 2 and _STREET_SUFFIX.fullmatch(doc[after].text):
            after += 1
        joint = doc[after].text
        if joint not in (",", "in"):
            continue
        end = after + 1
        while end < len(doc) and end - after - 1 < MAX_STREET_TOWN_WORDS:
            word = doc[end]
            if not (_TOWN_WORD.fullmatch(word.text) and not word.is_stop):
                break
            end += 1
        span = doc[after + 1 : end]
        if len(span) and _ends_phrase(doc, end) and not (end < len(doc) and doc[end].text == "-"):
            label = "STREET_TOWN" if joint == "," else STREET_IN_LABEL
            mentions.append(Mention(span.start_char, span.end_char, span.text, label, len(span), True))
    return mentions


def _ends_phrase(doc: Doc, i: int) -> bool:
    """Whether a name ending before token ``i`` ends a noun phrase there: at
    punctuation, a preposition, a conjunction or the end, not before a verb
    ("on Oak Street, Jackson said": a speaker, not a town)."""
    return i >= len(doc) or doc[i].is_punct or doc[i].pos_ in ("ADP", "CCONJ", "SCONJ")


def _all_capitalised(span: Span) -> Span | None:
    """The span without a leading "the", if every word of it is capitalised."""
    span = _trim(span)
    if not len(span) or not all(_capitalised(t.text) for t in span if t.is_alpha):
        return None
    return span


#: a US broadcaster's call sign ("WPMT"); a channel's number ("FOX31") ends a run of words anyway
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}")
#: a station's web address with its town run in ("abc7chicago.com")
_STATION_DOMAIN = re.compile(r"(?P<station>[a-z]{2,4})\d*(?P<town>[a-z]{4,})\.(?:com|net|tv)")


def outlet_mentions(doc: Doc) -> list[Mention]:
    """The towns the outlet is named after, in the page title's outlet segments.

    "CBS Chicago", "The Augusta Chronicle", "FOX31 Denver", "Anytown
    News, NC", "abc7chicago.com": the capitalised words of the segment
    without the network or call sign before them and the media words after
    them (``outlet_prefixes``, ``outlet_suffixes``), with a state written
    after a comma.
    """
    line = text_of(doc).split("\n", 1)[0]
    mentions = []
    for start, end in outlet_segments(line):
        segment = doc.char_span(start, end, alignment_mode="contract")
        if segment is None:
            continue
        mentions += _outlet_run_mentions(segment) + _outlet_domain_mentions(segment)
    return mentions


def _outlet_run_mentions(segment: Span) -> list[Mention]:
    """Runs of capitalised words of an outlet segment, as town names."""
    prefixes, suffixes = word_set("outlet_prefixes"), word_set("outlet_suffixes")
    mentions = []
    run: list[Token] = []
    for token in [*segment, None]:
        if token is not None and token.is_alpha and _capitalised(token.text):
            run.append(token)
            continue
        state = _state_after(segment.doc, run[-1].i + 1) if run else ""
        while run and (run[0].lower_ in prefixes or _CALL_SIGN.fullmatch(run[0].text)):
            run = run[1:]
        while run and run[-1].lower_ in suffixes:
            run = run[:-1]
        if len(run) == 1 and run[0].text.isupper():
            run = []  # an acronym ("BT", "ESPN"), not a town
        if run:
            span = segment.doc[run[0].i : run[-1].i + 1]
            mentions.append(
                Mention(span.start_char, span.end_char, span.text + state, "OUTLET", len(span), True)
            )
        run = []
    return mentions


def _state_after(doc: Doc, i: int) -> str:
    """ ", NC" when a comma and a US state's code stand at token ``i`` ("Anytown News, NC")."""
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].text in place_rules().us_state_abbreviations:
        return f", {doc[i + 1].text}"
    return ""


def _outlet_domain_mentions(segment: Span) -> list[Mention]:
    """A town run into a station's web address: "abc7chicago.com"."""
    prefixes = word_set("outlet_prefixes")
    mentions = []
    for token in segment:
        match = _STATION_DOMAIN.fullmatch(token.text)
        if match and match.group("station") in prefixes:
            start = token.idx + match.start("town")
            end = token.idx + match.end("town")
            mentions.append(Mention(start, end, match.group("town"), "OUTLET", main_names_only=True))
    return mentions


def entity_mentions(doc: Doc) -> list[Mention]:
    """Entity spans of the labels the model gives place names, rightly or not."""
    person_words, written_as_person = _person_words(doc), person_names(doc)
    ents = list(doc.ents)
    mentions = []
    for n, ent in enumerate(ents):
        if ent.label_ == TITLE_LABEL and "," in ent.text:
            span = _trim(ent)
            mentions.append(Mention(span.start_char, span.end_char, span.text, TITLE_LABEL, len(span)))
            continue
        if ent.label_ not in ENTITY_LABELS or _is_compound_modifier(ent) or _is_street(ent):
            continue
        if _names_a_clock(ent):
            continue
        following = ents[n + 1] if n + 1 < len(ents) else None
        whole = _trim(ent)
        for span in dict.fromkeys([*_with_capitals_before(whole), whole, _without_leading_directions(whole)]):
            if not len(span) or not _capitalised(span.text):
                continue
            query = span.text if ent.label_ == "PERSON" else _with_following_region(doc, span, following)
            label = _part_label(ent) if span.start > whole.start else _entity_label(ent)
            person_like = len(span) == 1 and span.text.lower() in person_words | written_as_person
            after_in = span.start > 0 and doc[span.start - 1].lower_ == "in"
            if person_like and span.end < len(doc) and doc[span.end].text in POSSESSIVES:
                after_in = False  # "charged in Jackson's death": the person's
            mention = Mention(
                span.start_char, span.end_char, query, label, len(span), False, after_in, person_like
            )
            mentions.append(mention)
    return mentions


#: labels the model gives a place by mistake that "in" before the name overrules
LOCATIVE_OVERRULES = frozenset({"ORG", "NORP", "FAC"})


def _entity_label(ent: Span) -> str:
    """The entity's label, or GPE for an organisation written as where
    something happened ("shot and killed in Frankford", the model's ORG):
    "in" comes before places, rarely before a company's or group's name."""
    if ent.label_ in LOCATIVE_OVERRULES and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "in":
        return "GPE"
    return ent.label_


#: the most words in capitals a name in capitals is extended by, leftwards
MAX_CAPITALS_BEFORE = 3


def _with_capitals_before(span: Span) -> list[Span]:
    """A name in capitals with each of the words in capitals before it that
    the model may have left out: "SALT LAKE CITY" where it tagged "LAKE
    CITY" (a dateline after a caption's "AP")."""
    if not span.text.isupper():
        return []
    spans, start = [], span.start
    while (
        start > 0
        and span.start - start < MAX_CAPITALS_BEFORE
        and span.doc[start - 1].is_alpha
        and span.doc[start - 1].text.isupper()
        and not span.doc[start - 1].is_stop
    ):
        start -= 1
        spans.append(span.doc[start : span.end])
    return spans


def _part_label(ent: Span) -> str:
    """The label of an entity's name without its leading directions.

    The model tags "West Philadelphia" a place (GPE, LOC): its rest names a
    place as surely, if the place is well known (see ``spans._acceptable``); under
    another label ("South Hartley" as an organisation) the rest is a guess.
    """
    return "PLACE_PART" if ent.label_ in ("GPE", "LOC") else "PART"


def _is_compound_modifier(ent: Span) -> bool:
    """ "Delhi-class destroyer", "New York-based group": a name used as a modifier."""
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].is_lower


def _names_a_clock(ent: Span) -> bool:
    """Whether the name names the clock of the time before it, not a place:
    "At 11:20 Moscow time, a message was received" of a mine in Kemerovo,
    "at 3 p.m. Beijing time", "at noon Moscow time".  Such a name is the wire's
    clock (Russian wire copy times every region's news in Moscow time), and
    read as a place it puts the incident in the capital and stops the clock
    being read on the scene's (``own in places`` of
    :func:`reportcheck.knowledge.timezones.localise_universal_times`).  A
    name with no clock before it is read as before ("flew to Moscow at the
    time", "Moscow time zone" alone says nothing of a time told)."""
    if ent.start == 0 or not place_clock_at(text_of(ent.doc), ent.start_char):
        return False
    before = ent.doc[ent.start - 1]
    return any(ch.isdigit() for ch in before.text) or ends_a_clock(before.text)


def _is_street(ent: Span) -> bool:
    """ "Albany Ave.", "Church Street": a street named after a place; not
    a town's street written as a common noun ("on an Albany street", "a
    posh Paris avenue", :func:`town_street`)."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_.rstrip(".") not in word_set("street_words"):
        return False
    return not town_street(doc, ent.start, ent.end)


def town_street(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at tokens ``start:end`` is a town written as the
    modifier of a street's common noun: "killed by a stray bullet on an
    Albany street", "from a boutique on a posh Paris avenue", "her Baghdad
    street".  The noun is in lower case and the name stands after an article
    or a possessive (``SCENE_OWNERS``), with at most one word between
    ("posh"); "Albany Street" and "on Albany street" name a street."""
    if end >= len(doc) or not doc[end].is_lower or doc[end].lower_ not in word_set("street_words"):
        return False
    before = [t.lower_ for t in doc[max(0, start - 2) : start]]
    return bool(before) and (before[-1] in SCENE_OWNERS or (len(before) == 2 and before[0] in SCENE_OWNERS))


def _without_leading_directions(span: Span) -> Span:
    """ "Southern Iran" -> "Iran": a direction written into the entity.

    Tried only when the whole span is no place ("North Carolina" is one),
    and held to the evidence a doubtful label needs ("South Hartley" is a
    street in York, Pennsylvania, not Hartley in Kent).
    """
    directions = word_set("direction_words")
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in directions:
        start += 1
    return span.doc[start : span.end]


def _with_following_region(doc: Doc, span: Span, following: Span | None) -> str:
    """ "Albany, N.Y.": a name followed by a comma and a state or country."""
    if following is None or following.label_ != "GPE":
        return span.text
    if text_of(doc)[span.end_char : following.start_char].strip() != ",":
        return span.text
    return f"{span.text}, {following.text}"
