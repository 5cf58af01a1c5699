"""Headlines glued to the first sentence, as a flattened web page leaves them.

Text scraped from a page's title and body often runs the two together with
no break: "Two officers suspended - Example TribuneTwo officers were
suspended on ...".  Left so, the NLP reads one long sentence whose
subject is "Example TribuneTwo officers".  The junction shows as a
lower-case letter (or a digit, a bracket, a station's call sign) running
straight into the capital that starts the body; :func:`find_glued_title`
finds it so the loader can put a line break there, and works out the
headline without the outlet's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: how a page title separates the headline from the outlet's name (after dash normalisation)
TITLE_SEPARATOR = re.compile(r" (?:\||-|«|»|::|•) |: ")

#: the longest title considered, in characters
MAX_TITLE_LENGTH = 300
#: the body after a junction must be at least this long
MIN_BODY_LENGTH = 30
#: without a title separator, a junction is believed only in a flattened page: the text's only
#: line, or a first line this long
MIN_FLATTENED_LINE_LENGTH = 400

#: lower-case letters that must precede a camel-case junction, after / without a separator
MIN_LOWER_RUN_AFTER_SEPARATOR = 3
MIN_LOWER_RUN_WITHOUT_SEPARATOR = 3
#: in a line that is not a flattened page, the body after a junction must be a paragraph this long
#: (a headline alone, "Obama names surgeon general: MacArthur fellow ...", is not split)
MIN_BODY_LENGTH_IN_PARAGRAPHS = 100
#: after a separator, the outlet's name between it and the junction is at most this long
MAX_OUTLET_LENGTH = 80


@dataclass(frozen=True)
class Junction:
    """One kind of place where a title runs into the body."""

    name: str
    pattern: re.Pattern[str]
    needs_separator: bool


#: a dateline in capitals after a call sign: "ANYTOWN (WXYZ)", "ST. PAUL, Minn.", "ANYTOWN --"
_CAPITALS_DATELINE = r"[A-Z]{2,}\.?(?: [A-Z.]{2,})*(?:,| \(| -|:)"

JUNCTIONS: tuple[Junction, ...] = (
    # "Example TimesJane Doe, a 19-year-old", "abc9.comWhen", "shootingANYTOWN"
    Junction("camel-case", re.compile(r"(?<=[a-z])(?=[A-Z])"), needs_separator=False),
    # "Fox 99ANYTOWN", "FOX99A 17-year-old", "FOX99Police are" (but not "FOX9Now.com")
    Junction(
        "digit-capitals",
        re.compile(r"(?<=\d)(?=(?:[A-Z]{2,}|A|I)\b|[A-Z][a-z]+\b(?!\.))"),
        needs_separator=True,
    ),
    # "... Sports(John Smith/...", "Parking Lot(Anytown, OH)", "WXYZ Home[Update"
    Junction("bracket", re.compile(r"(?<=[a-z.])(?=[(\[][A-Z])"), needs_separator=False),
    # "| WXYZANYTOWN (WXYZ)": a US broadcaster's four-letter call sign before a dateline in capitals
    Junction(
        "call-sign", re.compile(r"(?<=\b[KW][A-Z]{3})(?=" + _CAPITALS_DATELINE + ")"), needs_separator=True
    ),
    # "Springfield, ILSPRINGFIELD - Two men": a US state's code before a dateline in capitals
    Junction(
        "state-code", re.compile(r"(?<=, [A-Z]{2})(?=" + _CAPITALS_DATELINE + ")"), needs_separator=True
    ),
    # "Anytown News, NCAnytown Daily News", "| WXYZPort Anytown", "FOX Anytown, NCA person"
    Junction("capitals-word", re.compile(r"(?<=[A-Z]{2})(?=[A-Z][a-z]{2,}\b|A [a-z])"), needs_separator=True),
    # "Anytown |A 13-year-old boy"
    Junction("bare-pipe", re.compile(r"(?<= \|)(?=[^\s|])"), needs_separator=False),
    # "Elm Dr.ANYTOWN, Nev.", "near mall 'shaken'Police said"
    Junction("punctuation-capital", re.compile(r"(?<=[a-z][.'\"?!])(?=[A-Z])"), needs_separator=False),
    # "CBS Anytown7:15 PM Update"
    Junction("clock-time", re.compile(r"(?<=[a-z])(?=\d{1,2}:\d{2}\b)"), needs_separator=True),
)

#: a junction is not one if the word after it is the rest of a web address ("AnytownNews.com")
_DOMAIN_REST = re.compile(r"[A-Za-z0-9-]*\.(?:com|net|org|tv|us|co\.uk)\b")
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?][\"']? [A-Z]")
_LOWER_RUN = re.compile(r"[a-z]+\Z")


@dataclass(frozen=True)
class GluedTitle:
    """Where the body starts in the first line, and the headline the title holds."""

    body_start: int
    title: str
    headline: str


def find_glued_title(line: str, *, only_line: bool = False) -> GluedTitle | None:
    """The junction of a title glued to the first sentence of ``line``, or None.

    ``only_line`` says the line is the whole text, as in a flattened page, where
    a junction without a title separator is believable even in a short text.
    """
    if len(line) < MIN_BODY_LENGTH + 10:
        return None
    window = line[: MAX_TITLE_LENGTH + 1]
    separator_ends = [match.end() for match in TITLE_SEPARATOR.finditer(window)]
    flattened = only_line or len(line) >= MIN_FLATTENED_LINE_LENGTH
    candidates = [
        position
        for junction in JUNCTIONS
        for position in _positions(junction, window)
        if _acceptable(junction, position, line, separator_ends, flattened)
    ]
    if not candidates:
        return None
    body_start = min(candidates)
    title = line[:body_start].rstrip(" |")
    return GluedTitle(body_start, title, headline_without_outlet(title))


def _positions(junction: Junction, window: str) -> list[int]:
    return [match.start() for match in junction.pattern.finditer(window)]


def _acceptable(
    junction: Junction, position: int, line: str, separator_ends: list[int], flattened: bool
) -> bool:
    """Whether a junction at ``position`` is believable in this line."""
    body_length = len(line) - position
    if not 10 <= position <= MAX_TITLE_LENGTH or body_length < MIN_BODY_LENGTH:
        return False
    if not flattened and body_length < MIN_BODY_LENGTH_IN_PARAGRAPHS:
        return False
    title = line[:position]
    if len(title.split()) < 2 or _DOMAIN_REST.match(line, position):
        return False
    last_separator = max((end for end in separator_ends if end <= position), default=None)
    after_separator = last_separator is not None and position - last_separator <= MAX_OUTLET_LENGTH
    if junction.needs_separator and not after_separator:
        return False
    if not after_separator and (not flattened or _SENTENCE_END.search(title)):
        return False
    if junction.name == "camel-case":
        run = _LOWER_RUN.search(title)
        needed = MIN_LOWER_RUN_AFTER_SEPARATOR if after_separator else MIN_LOWER_RUN_WITHOUT_SEPARATOR
        return run is not None and len(run.group()) >= needed
    return True


#: a trailing title segment that names an outlet: no lower-case word except small ones, or one token
_OUTLET_SMALL_WORDS = {"and", "of", "the", "for", "in", "on", "at", "&", "a", "de", "la", "news"}
MAX_OUTLET_WORDS = 8


def headline_without_outlet(title: str) -> str:
    """The headline of a page title: "Headline | Outlet" and "Headline - Outlet" lose the outlet."""
    for separator in (" | ", " « ", " » ", " :: "):
        if separator in title:
            head = title.split(separator, 1)[0].strip()
            if head:
                return head
    segments = title.split(" - ")
    while len(segments) > 1 and _names_an_outlet(segments[-1]):
        segments.pop()
    head = " - ".join(segments)
    if ": " in head:
        before, _, last = head.rpartition(": ")
        if before and len(last.split()) == 1 and last[:1].isupper():  # "...: Gothamist"
            head = before
    return head.strip()


#: separators after which a page title names its outlet ("Headline | Outlet",
#: "Headline - Outlet, ST", "Headline « Outlet"); not ": ", which also opens a headline
OUTLET_SEPARATOR = re.compile(r" (?:\||-|«|»|::|•) ")


def outlet_segments(line: str) -> list[tuple[int, int]]:
    """Where a page title names its outlet: (start, end) of each segment after
    the headline that reads as a name ("Headline | Local News - Example
    Times", "Headline - Anytown News, NC").  Outlets are named after their
    town ("CBS Chicago", "The Augusta Chronicle"), a weak hint of the story's
    city.  ``line`` is the title (a report's first line); a longer line is no
    title and has none.
    """
    if len(line) > MAX_TITLE_LENGTH:
        return []
    separators = list(OUTLET_SEPARATOR.finditer(line))
    segments = []
    for n, separator in enumerate(separators):
        end = separators[n + 1].start() if n + 1 < len(separators) else len(line)
        segment = line[separator.end() : end]
        if len(segment) <= MAX_OUTLET_LENGTH and _names_an_outlet(segment):
            segments.append((separator.end(), end))
    return segments


def _names_an_outlet(segment: str) -> bool:
    words = segment.split()
    if not words or len(words) > MAX_OUTLET_WORDS:
        return False
    if len(words) == 1:
        return True
    return all(
        word[:1].isupper() or word[:1].isdigit() or word.lower() in _OUTLET_SMALL_WORDS for word in words
    )
