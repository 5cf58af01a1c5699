"""The wire dateline: "MILWAUKEE --", "COLTON, Ore. (KOIN) —" at the top of a story.

The city of a dateline is where the story was filed, nearly always where
the incident happened.  The place extractor resolves it in the gazetteer,
the digest ranks it first among a report's places, and the loader writes
the em dash that closes it as "--": all read the one pattern written here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reportcheck.knowledge.vocabulary import (
    FOREIGN_MONTH_ABBREVIATIONS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    WEEKDAY_NAMES,
)

if TYPE_CHECKING:
    from reportcheck.models import Claim

#: how far into a report its wire dateline may stand (characters): past a
#: web page's date stamp and teaser, short of the story's own sentences
DATELINE_REACH = 600

#: the words of a dateline's state, country or province after its town's
#: comma ("Ore.", "Greece", "Dasht Province"), in every dateline form below
_REGION_WORDS = r"[A-Z][A-Za-z.]{1,15}(?:\s[A-Z][a-z.]{1,15})?"
#: the words of a dateline's credit in brackets ("Reuters", "KOIN", "December 3, 2015")
_CREDIT_WORDS = r"[A-Za-z0-9 ,.&/-]{1,30}"
#: the dashes that close a dateline
_DASH = r"(?:—|--|-|–)"

#: A wire dateline opening a story: "COLTON, Ore. (KOIN) —", "MILWAUKEE —",
#: "BALTIMORE (WBFF) --", "ATHENS, Greece (AP) -", "INDIANAPOLIS (December 3, 2015) -".
#: The capitalised city is
#: where the story was filed, nearly always where the incident happened.
#: Web pages also run the dash into the story ("AUBURN, Ala. --Auburn",
#: "YORK, Pa.-A man": a lone hyphen only after an abbreviation's dot), put
#: the page's date stamp before it ("December 15, 2014 AUBURN, Ala. --"),
#: or lose the dash to a bad encoding ("SALT LAKE CITY ??? A").  A county
#: may stand abbreviated, its state followed by a comma ("ROCKBRIDGE CO., Va., -").
#: A credit in brackets may be followed by a hyphen run into the story
#: ("INDIANAPOLIS, Ind. (Jan. 8, 2016)-The", "HILLIARD, OH (WCMH) -Neighbors"), and
#: a teaser sentence of the page may stand before the dateline on its line
#: ("... no arrests have been made. ALBANY - Albany police are").
DATELINE = re.compile(
    r"(?m)(?:^|(?<=[a-z.!?\"”])|(?<=\d\d\d\d )|(?<=[a-z][.!?] ))"
    r"(?P<city>[A-Z][A-Z.'\- ]{2,30}[A-Z](?:(?<=\bCO)\.)?)"
    rf"(?:,\s*(?P<region>{_REGION_WORDS}),?)?"
    rf"\s*(?:\((?P<credit>{_CREDIT_WORDS})\)\s*)?"
    r"(?:(?:—|--|-|–|\?\?\?)\s|(?:—|--|–)(?=[A-Z])|(?<=\.)-(?=[A-Z][a-z ])"
    r"|(?:(?<=\))|(?<=\)\s))-(?=[A-Z][a-z]))"
)

#: the words before a wire dateline's month and day on its line: "MOGADISHU,",
#: "LIMA, Peru,", "MEMPHIS, Tenn.,", "MERVAN, Dasht Province,"
DATELINE_HEAD = re.compile(rf"[A-Z][A-Z.'\- ]{{2,30}}(?:,\s*{_REGION_WORDS})?,\s*")
#: what closes a dated dateline after its date: a credit in brackets and the
#: dash ("MOGADISHU, March 11 (Reuters) -", "LOKARA, Feb. 8, 2026 —")
DATELINE_AFTER_DATE = re.compile(rf"\s*(?:\({_CREDIT_WORDS}\)\s*)?{_DASH}\s+")

#: the words before a regional wire's dateline date, its town in Title Case:
#: "Shimla,", "Deoghar (Jharkhand),", "Bengaluru/Chennai/Kochi,", "Naogaon,"
#: (up to three capitalised words, towns joined by "/", the state in
#: brackets or after a comma); never a weekday, a month or a page's label
#: ("On Tuesday, October 25 at ...", "Updated Wednesday, Jan 5")
_TITLE_TOWN = (
    rf"(?!(?:On|In|At|By|Since|From|Updated|Posted|Published|Last|{'|'.join(WEEKDAY_NAMES)})\b)"
    r"[A-Z][a-z'\-]+(?:[ /][A-Z][a-z'\-]+){0,2}(?:\s\([A-Z][A-Za-z ]{1,20}\))?"
)
TITLE_DATELINE_HEAD = re.compile(rf"{_TITLE_TOWN}(?:,\s*{_REGION_WORDS})?,\s*")
#: what closes the date of a Title Case dateline, which alone tells it from a
#: sentence's "Fred LaRue, July 24": the agency's credit in brackets or after
#: a comma, or a dash ("Aug 10 (IANS)", "March 30, GNA -", "Nov 11 -")
TITLE_DATELINE_CLOSE = re.compile(
    rf"\s*(?:\([A-Z][A-Za-z]{{1,11}}\)|,\s*[A-Z]{{2,6}}\s*{_DASH}(?:\s|$)|{_DASH}(?:\s|$))"
)


def dateline_date_at(before: str, after: str) -> bool:
    """Whether a date is a wire dateline's, by the words before it on its
    line (``before``) and the words after it (``after``): a town in capitals
    (:data:`DATELINE_HEAD`, "MOGADISHU, March 11"), or a regional wire's town
    in Title Case whose date its credit or a dash closes ("Deoghar
    (Jharkhand), Aug 10 (IANS)", "Kumasi, March 30, GNA -"): the day the
    story was filed, not a day the body tells."""
    if DATELINE_HEAD.fullmatch(before):
        return True
    return bool(TITLE_DATELINE_HEAD.fullmatch(before) and TITLE_DATELINE_CLOSE.match(after))


def line_before(claim: Claim) -> str:
    """The words of a claim's line before it, read on the claim's own
    sentence: its offsets are the file's, its sentence's text the words
    around it."""
    ev = claim.evidence
    return ev.sentence[: max(0, ev.start - ev.sentence_start)].rsplit("\n", 1)[-1]


def opens_dateline(claim: Claim) -> bool:
    """Whether a date claim is its report's wire dateline's date
    (:func:`dateline_date_at`), by the words of its line on either side."""
    ev = claim.evidence
    after = ev.sentence[max(0, ev.end - ev.sentence_start) :].split("\n", 1)[0]
    return dateline_date_at(line_before(claim), after)


#: a month as a dateline writes it: "June", "Aug.", "Aug", "Sept." (longest
#: first, then in order, so the pattern's text is the same in every process)
_MONTH = (
    "(?:"
    + "|".join(sorted({*MONTH_NAMES, *(m.title() for m in MONTH_ABBREVIATIONS)}, key=lambda m: (-len(m), m)))
    + r")\.?"
)
#: a month as a wire in capitals writes it in a dated dateline: "AUG", "SEPT."
#: and another language's "AGO", "MARS", "GIU" (``FOREIGN_MONTH_ABBREVIATIONS``)
_CAPITAL_MONTH = (
    "(?:"
    + "|".join(
        sorted(
            {m.upper() for m in (*MONTH_NAMES, *MONTH_ABBREVIATIONS, *FOREIGN_MONTH_ABBREVIATIONS)},
            key=lambda m: (-len(m), m),
        )
    )
    + r")\.?"
)
#: the date a wire dateline gives after its town (and state), as wires write
#: it: "June 15", "Aug. 4", "Feb. 8, 2026", "16 September 2026"
DATELINE_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?)"
#: the date of a dated dateline as a wire in capitals writes it: "27 AGO",
#: "AUG 27", "3 MARS 2026"
_CAPITAL_DATE = (
    rf"(?:{_CAPITAL_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{_CAPITAL_MONTH}(?:,?\s+\d{{4}})?)"
)
#: the credit and the dash that close a dated dateline after its date (the
#: parser may end the sentence at the dash)
_DATED_CLOSE = rf"\s*(?:\((?P<credit>{_CREDIT_WORDS})\)\s*)?{_DASH}(?:\s|$)"
#: what follows the town of a dated wire dateline ("PORT SUDAN, June 15
#: (Nile Wire) —", "WARSAW, Aug 7 (Reuters) -", "LIMA, Peru, June 3 (Reuters)
#: -"): the state or country, the date, the credit and the dash
DATED_DATELINE_TAIL = re.compile(
    rf"(?:,\s*(?P<region>{_REGION_WORDS}))??,\s*(?:{DATELINE_DATE}|{_CAPITAL_DATE})" + _DATED_CLOSE
)
#: an agency's credit opening the line before the town, as Italian and other
#: wires' English services set it: "(ANSA) - LAMPEDUSA, 27 AGO -"
_LEADING_CREDIT = rf"(?:\({_CREDIT_WORDS}\)\s*{_DASH}\s*)?"
#: A wire's dated dateline opening a line: "PORT SUDAN, June 15 (Nile Wire) —",
#: "DHAKA, Aug 14 (UNB) —", "TACLOBAN CITY, Oct. 20 —".  Wires file from their
#: bureaus, so the town is where the story was filed, which the body may put
#: far from the incident; :data:`DATELINE` takes only the undated form (its
#: date is read by the loader and the filing day: :data:`DATELINE_HEAD`), and
#: :func:`dateline_matches` both, for the place extractor
DATED_DATELINE = re.compile(
    r"(?m)^" + _LEADING_CREDIT + r"(?P<city>[A-Z][A-Z.'\- ]{2,30}[A-Z])" + DATED_DATELINE_TAIL.pattern
)


def dateline_matches(text: str) -> list[re.Match[str]]:
    """The wire datelines near the top of ``text`` (within :data:`DATELINE_REACH`),
    undated (:data:`DATELINE`) and dated (:data:`DATED_DATELINE`), in text order,
    each with its ``city``, ``region`` and ``credit`` groups."""
    head = text[:DATELINE_REACH]
    undated = list(DATELINE.finditer(head))
    dated = [
        m
        for m in DATED_DATELINE.finditer(head)
        if not any(u.start("city") < m.end("city") and m.start("city") < u.end("city") for u in undated)
    ]
    return sorted([*undated, *dated], key=lambda m: m.start("city"))


#: A dateline a web page cut down to its credit, the city left out: "(STMW) -",
#: "(AP) --" at the start of a line.  Only the loader reads it (to write the
#: dash as "--"): it names no place for the extractor to resolve.
CREDIT_DATELINE = re.compile(rf"(?m)^\((?P<credit>{_CREDIT_WORDS})\)\s*{_DASH}(?=\s|[A-Z])")


def dateline_dash(text: str, start: int) -> int | None:
    """Where the dash that closes a dateline opening the line at ``start``
    stands (its last character), or None where the line opens with no
    dateline: :data:`DATELINE`, or the credit alone (:data:`CREDIT_DATELINE`)."""
    match = DATELINE.match(text, start) or CREDIT_DATELINE.match(text, start)
    if match is None:
        return None
    end = match.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return end - 1


#: A US broadcaster's call sign as a dateline credits it: "KGUN9-TV", "WUSA9",
#: "KMOV.com", "KMOX/AP", "WTHR 13" (FCC call signs begin with K west of the
#: Mississippi and W east of it).  Agencies abroad whose initials look alike
#: ("KUWAIT CITY (KUNA)") are listed in ``call_signs_abroad`` of rules/places.yaml.
CALL_SIGN = re.compile(
    r"(?P<sign>[KW][A-Z]{2,3})(?:[ -]?\d{1,2})?(?:-(?:TV|FM|AM|DT|CD|LP))?(?:\.com)?(?:/[A-Za-z]{2,8})?"
)
