"""Snow and rain told as a bare length: how much fell, where, and whether it is still to come.

Weather copy gives a snow total or a rain amount without a measure noun
beside the figure: "The hamlet of Hamburg measured 52 inches", "Orchard Park
recorded 49 inches", "Hamburg's total of 52 inches", "49 inches fell", and a
forecast as "bringing another 1 to 2 feet", "calling for another 25 to 40
millimetres", "with up to 40 mm expected".  Read as plain distances, every
two of them (a town's total, another town's, a forecast) were set against
each other.  Here such a figure is a snowfall or a rainfall (its own
measure), keyed by the place whose total it is (the frame's scope), and a
figure told as still to come is a forecast, a measure of its own beside the
observed amount (``weather_*`` and ``snow_words`` of rules/units.yaml).

The figure must be told by the words of snow or rain in its sentence (a
word of snow or rain right beside it, or a verb of measuring, bringing or
falling with such a word in the sentence), or, for snow, by a verb of
measuring or a total in a report that names snow (a storm's story names its
snow in the lede and its towns' totals below).  A calibre ("a 9 mm
pistol"), a person's height ("5 foot 5 inches tall"), "within inches of"
and a fall ("fell 25 feet") are read before this or never reach it.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from reportcheck.extract.core.mentions import Mention
from reportcheck.extract.quantities.units import unit_rules
from reportcheck.knowledge.vocabulary import alternation, spaced_alternation

#: the measures of how much snow fell and how much rain fell
SNOWFALL = "snowfall"
RAINFALL = "rainfall"
#: the suffix of an amount told as still to come ("another 1 to 2 feet")
FORECAST = "forecast"
#: the written units snow and rain are told in (a metre of snow is written so, never bare)
_WEATHER_UNITS = frozenset({"inch", "foot", "centimeter", "millimeter"})
#: how many times a report must name snow for its bare totals to be snow's
_SNOW_STORY = 2
#: how many words a word of the forecast may stand before its figure ("is
#: expected to bring 10 inches"); further back it is another verb's ("the
#: storm, which could be the worst in years, dumped 30 inches of snow")
_FORECAST_REACH = 4
#: where a Doc keeps whether it is a snow story
_SNOW_STORY_KEY = "rc_snow_story"
#: a hedge or two between a verb and its figure ("another", "more than", "an additional"),
#: never another word ("got within 5 feet of the door" tells no snow)
_HEDGE = (
    r"(?:(?:another|an?|additional|more|less|than|nearly|about|around|some|up|to|at|least|almost|over|"
    r"roughly|just|under|only|approximately)\s+){0,3}"
)
#: a relation word right after the figure: a distance from something ("5 feet of the door", "away")
_RELATION_AFTER = re.compile(
    r"^\s*(?:\([^()]{0,40}\)\s*)?(?:from|away|off|short of|of\s+(?:the|a|an|his|her|their)\b)", re.I
)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """The words that tell a bare length as snow or rain (rules/units.yaml)."""
    rules = unit_rules()
    snow, rain = alternation(rules.snow_words), alternation(rules.rain_words)
    totals = alternation(rules.rain_total_words)
    return {
        "snow_after": re.compile(rf"^\s*(?:of\s+)?(?:[a-z]+\s+)?(?:{snow})\b", re.I),
        "snow_before": re.compile(rf"\b(?:{snow})\b(?:\s+(?:{totals}))?\s+of\s+{_HEDGE}$", re.I),
        "snow": re.compile(rf"\b(?:{snow})\b", re.I),
        "rain": re.compile(rf"\b(?:{rain})\b", re.I),
        "measured": re.compile(rf"\b(?:{spaced_alternation(rules.weather_amount_verbs)})\s+{_HEDGE}$", re.I),
        "fell": re.compile(rf"^\s*(?:{spaced_alternation(rules.weather_fell_after)})\b", re.I),
        "forecast_before": re.compile(
            rf"\b(?:{spaced_alternation(rules.forecast_words)})(?:\s+[\w'’-]+){{0,{_FORECAST_REACH}}}\s+$",
            re.I,
        ),
        "forecast_after": re.compile(rf"^\s*(?:{spaced_alternation(rules.forecast_after)})\b", re.I),
    }


def weather_amount(sent: Span, mention: Mention, before: str, after: str) -> str | None:
    """The measure of a length told as snow or rain that fell or is to fall
    (:data:`SNOWFALL`, :data:`RAINFALL`, either with ``:forecast``), or None
    for any other length.  ``before`` and ``after`` are the sentence's words
    on either side of the figure."""
    if mention.written_unit not in _WEATHER_UNITS:
        return None
    found = _patterns()
    if _RELATION_AFTER.search(after):
        return None
    told = bool(found["measured"].search(before) or found["fell"].search(after))
    forecast = _forecast(before, after)
    fallen: str | None = None
    if found["snow_after"].search(after) or found["snow_before"].search(before):
        fallen = SNOWFALL
    elif told or forecast:
        fallen = _precipitation_named(sent, mention, told)
    if fallen is None:
        return None
    return f"{fallen}:{FORECAST}" if forecast else fallen


def _precipitation_named(sent: Span, mention: Mention, told: bool) -> str | None:
    """Snow or rain, whichever the sentence names nearest before the figure
    (else after it); snow where the sentence names neither but the figure
    is measured or fell in a report that names snow (``told``)."""
    found = _patterns()
    before = sent.text[: mention.start]
    words = [(m.start(), SNOWFALL) for m in found["snow"].finditer(before)]
    words += [(m.start(), RAINFALL) for m in found["rain"].finditer(before)]
    if words:
        return max(words)[1]
    rest = sent.text[mention.end :]
    later = [(m.start(), SNOWFALL) for m in found["snow"].finditer(rest)]
    later += [(m.start(), RAINFALL) for m in found["rain"].finditer(rest)]
    if later:
        return min(later)[1]
    return SNOWFALL if told and mention.written_unit != "millimeter" and _snow_story(sent.doc) else None


def _forecast(before: str, after: str) -> bool:
    """Whether an amount is told as still to come: a word of the forecast a
    few words before it in its clause ("another 1 to 2 feet", "could drop
    up to", "calling for") or right after it ("40 mm expected")."""
    clause = re.split(r"[,;:]\s+(?:and|but|while|though|although)\b|\.\s", before)[-1]
    return bool(_patterns()["forecast_before"].search(clause) or _patterns()["forecast_after"].search(after))


def _snow_story(doc: Doc) -> bool:
    """Whether a report names snow at least :data:`_SNOW_STORY` times."""
    cached: bool | None = doc.user_data.get(_SNOW_STORY_KEY)
    if cached is None:
        cached = len(_patterns()["snow"].findall(doc.text)) >= _SNOW_STORY
        doc.user_data[_SNOW_STORY_KEY] = cached
    return cached


def amount_place(sent: Span, mention: Mention) -> str | None:
    """The place whose amount a figure is, lower case: the name the verb's
    subject gives ("Orchard Park recorded", "The hamlet of Hamburg
    measured"), the owner of the total ("Hamburg's total of"), or the place
    after "fell in"; None where none is named (a storm's "more than 4 feet
    of snow" on "parts of western New York")."""
    doc = sent.doc
    span = doc.char_span(
        sent.start_char + mention.start, sent.start_char + mention.end, alignment_mode="expand"
    )
    if span is None:
        return None
    node: Token = span.root
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        owner = _owner(node)
        if owner is not None:
            return owner
        node = node.head
    for child in node.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return _name(child) or _of_name(child)
    return None


def _owner(noun: Token) -> str | None:
    """ "Hamburg's total": the place a total is of."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return _name(child)
    return None


def _name(noun: Token) -> str | None:
    """A proper noun's name with its compounds ("Orchard Park"), lower case."""
    if noun.pos_ != "PROPN":
        return None
    words = [t for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [noun]
    return " ".join(t.lower_ for t in words)


def _of_name(noun: Token) -> str | None:
    """ "the hamlet of Hamburg": the name after a place noun and "of"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for place in child.children:
                if place.dep_ == "pobj":
                    return _name(place)
    return None
