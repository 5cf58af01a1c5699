"""Finding a publication date or dateline in the head of a report.

A report's own date anchors every relative date in it ("on Tuesday", "last
week"), so the loader looks for it where pages put it: a date line under the
headline ("Updated 5/5/2010 1:41 PM", "22 Jul 2013"), a labelled line
("Published: March 3, 2015"), the start of the first paragraph ("SPRINGFIELD,
Ill. (December 26, 2015) -"), or the path of the page's address.  Regexes
isolate a complete date (day, month and year) and python-dateutil parses the
piece; a month and day without a year ("Nov 27 (Reuters) -") gives no date,
and a number is never taken for a date on its own.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil import parser as date_parser

from reportcheck.knowledge.calendar_days import other_order
from reportcheck.knowledge.datelines import DATELINE_HEAD
from reportcheck.knowledge.vocabulary import MONTH_FORMS, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES, alternation

#: a month name or abbreviation, longer forms first ("sept" before "sep")
_MONTH = rf"(?:{alternation(MONTH_FORMS)})\.?"
#: every written form of a weekday (lower case: names and abbreviations) -> its number
_WEEKDAY_NUMBERS = {**{name.lower(): n for n, name in enumerate(WEEKDAY_NAMES)}, **WEEKDAY_ABBREVIATIONS}
_WEEKDAY_NAMES = alternation(_WEEKDAY_NUMBERS)
_WEEKDAY = rf"(?:{_WEEKDAY_NAMES})\.?"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"

#: complete dates as reporters and web pages write them
DATE_PATTERN = re.compile(
    rf"(?:\b{_WEEKDAY},?\s+)?"
    rf"(?:\b{_MONTH}\s+{_DAY},?\s+(?:{_WEEKDAY}\s+)?{_YEAR}\b"  # July 21, 2013 / Sun Sep 15 2013
    rf"|\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"  # 22 Jul 2013 / Monday 10th June 2013
    rf"|\b{_DAY}-{_MONTH}-{_YEAR}\b"  # 01-Jul-2025 (a web stamp: "Updated 22:36, 01-Jul-2025")
    rf"|\b{_YEAR}-(?:0?[1-9]|1[0-2])-(?:3[01]|[12]\d|0?[1-9])\b"  # 2008-11-27
    r"|\b(?:0?[1-9]|1[0-2])/(?:3[01]|[12]\d|0?[1-9])/(?:(?:19|20)\d{2}|\d{2})\b"  # 5/5/2010, 04/28/09
    r"|\b(?:3[01]|[12]\d|0?[1-9])/(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}\b"  # 22/07/2013
    rf"|\b(?:3[01]|[12]\d|0?[1-9])\.(?:0?[1-9]|1[0-2])\.{_YEAR}\b)",  # 22.07.2013
    re.IGNORECASE,
)

#: words a date line may hold besides the date: labels, times, zones, weekdays
_DATE_LINE_NOISE = re.compile(
    r"\b(?:first|last|originally|published|updated?|posted|modified|created|edited|date[ds]?|on|at|by|"
    r"am|pm|a\.m|p\.m|et|edt|est|ct|cdt|cst|mt|mdt|mst|pt|pdt|pst|gmt|bst|utc|ist|cet|cest|uk|"
    rf"{_WEEKDAY_NAMES})\b|\b\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?\s*(?:[ap]\.?m\.?)?|[^\w\s]|\d+",
    re.IGNORECASE,
)
#: a date line is short, and besides the date holds at most this many other words (an agency, a byline)
MAX_DATE_LINE_LENGTH = 120
MAX_OTHER_WORDS_ON_DATE_LINE = 3

#: a line ending in a full stop (not that of "p.m.") reads as prose
_PROSE_END = re.compile(r"(?<![ap]\.)[a-z0-9]\.[\"')]?\Z", re.IGNORECASE)

#: "Published: ...", "Updated ...": a line that says it holds the page's date
_DATE_LABEL = re.compile(
    r"^(?:first\s+|last\s+|originally\s+)?(?:published|updated|posted|modified|created|dated?|edited)\b",
    re.IGNORECASE,
)

#: before a date at the start of a paragraph: nothing, a place and a bracket ("SPRINGFIELD, Ill. ("),
#: a place in capitals ("WASHINGTON, "), a place and a comma ("Washington D.C., "), a town and its
#: country, each with its comma ("Medellín, Colombia, "), a town and an agency's credit in brackets
#: ("Katowice (PAP) ") or a wire dateline's city and region ("MERVAN, Dasht Province, ",
#: knowledge/datelines.py); not a preposition, which makes the date part of a sentence ("On
#: Tuesday, Oct. 10, 1972, ...")
_DATELINE_PREFIX = re.compile(
    r"(?!(?i:on|in|at|by|since|from|until|before|after|last|early|late|during|through)\b)"
    r"(?:(?:[A-Z][\w.'-]*,?\s+){0,5}\(\s*|(?:[A-Z]{2,}[A-Z.'-]*,?\s+){1,4}|"
    r"(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*,\s+(?:[A-Z][\w.'-]*,\s+)?|"
    r"(?:[A-Z][\w.'-]*\s+){0,2}[A-Z][\w.'-]*\s+\([A-Z][A-Za-z]{1,11}\)\s+|"
    rf"{DATELINE_HEAD.pattern}|)"  # "MERVAN, Dasht Province, "
)

#: a date in a page address: /2013-09-18/, /2004/07/28/, -2013-04-24-
_URL_DATE = re.compile(r"[/_-]((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)")
_URL = re.compile(r"(?:https?://|www\.)\S+")

#: dates further from today than this are not believed (a year typed wrong, a version number)
EARLIEST_YEAR = 1900


@dataclass(frozen=True)
class FoundDate:
    """A date and the words it was read from."""

    date: dt.date
    text: str


#: a date written with dots ("06.04.2017"): the European and Russian order, day first
_DOTTED_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")


def parse_date_piece(piece: str) -> dt.date | None:
    """Parse an isolated date string with dateutil, or None if it is not a real date.

    dateutil reads an ambiguous "06.04.2017" month first, as in "6/4/2017"; pages
    that write dates with dots put the day first ("Article posted on 08.07.2012"
    above a fight of 7 July), so a dotted date is read day first.  Slashed dates
    keep the month first: American pages write them so, and a first number above
    12 ("22/07/2013") still reads as a day.
    """
    day_first = bool(_DOTTED_DATE.fullmatch(piece))
    try:
        parsed = date_parser.parse(piece, fuzzy=False, default=dt.datetime(2000, 1, 1), dayfirst=day_first)
    except (ValueError, OverflowError, TypeError):
        return None
    latest_year = dt.date.today().year + 1
    if not EARLIEST_YEAR <= parsed.year <= latest_year:
        return None
    return _by_weekday(piece, parsed.date())


#: a slashed date whose two numbers may each be the month ("04/03/2025")
_EITHER_ORDER = re.compile(r"\b(0?[1-9]|1[0-2])/(0?[1-9]|1[0-2])/(?:(?:19|20)\d{2}|\d{2})\b")
#: the weekday a date piece opens with ("Tuesday 04/03/2025")
_LEADING_WEEKDAY = re.compile(rf"\s*({_WEEKDAY_NAMES})\b", re.IGNORECASE)


def _by_weekday(piece: str, parsed: dt.date) -> dt.date:
    """The reading of a slashed date its own weekday names: "Tuesday
    04/03/2025" on a page written day first (a Syrian or British outlet) is
    4 March, a Tuesday, not 3 April, a Thursday; a date whose weekday fits
    the month-first reading, or that names none, keeps it."""
    weekday = _LEADING_WEEKDAY.match(piece)
    either = _EITHER_ORDER.search(piece)
    if weekday is None or either is None or int(either.group(1)) == int(either.group(2)):
        return parsed
    wanted = _WEEKDAY_NUMBERS[weekday.group(1).lower()]
    if parsed.weekday() == wanted:
        return parsed
    swapped = other_order(parsed)
    return swapped if swapped is not None and swapped.weekday() == wanted else parsed


def unsure_order(piece: str) -> bool:
    """Whether a slashed date may be read both ways and nothing in it says
    which: "3/6/2023" is 6 March on an American page and 3 June on a
    British, Syrian or Indian one, and no month word or written weekday
    decides (a weekday that fits one reading does: :func:`_by_weekday`).
    "13/06/2023", "6/30/2023" and "4/4/2023" have one reading."""
    either = _EITHER_ORDER.search(piece)
    if either is None or int(either.group(1)) == int(either.group(2)):
        return False
    weekday = _LEADING_WEEKDAY.match(piece)
    if weekday is None:
        return True
    parsed = parse_date_piece(piece)
    wanted = _WEEKDAY_NUMBERS[weekday.group(1).lower()]
    return parsed is None or parsed.weekday() != wanted


def settled_order(found: FoundDate, others: list[dt.date]) -> FoundDate | None:
    """A page date, in the order another date of the page gives it where its
    own figures read both ways (:func:`unsure_order`): "9/10/2010" under an
    address dated /2010/09/10/ is 10 September.  None where nothing decides
    (the caller keeps only its year); a date of one reading is returned as
    it is."""
    if not unsure_order(found.text):
        return found
    swapped = other_order(found.date)
    if swapped is None:
        return found
    for reading in (found.date, swapped):
        if reading in others:
            return FoundDate(reading, found.text)
    return None


def _dates_in(line: str) -> list[tuple[re.Match[str], dt.date]]:
    found = []
    for match in DATE_PATTERN.finditer(line):
        parsed = parse_date_piece(match.group().strip())
        if parsed is not None:
            found.append((match, parsed))
    return found


def date_line_date(line: str) -> FoundDate | None:
    """The date of a line that is a date line ("22 Jul 2013", "Updated 5/5/2010 1:41 PM")."""
    found = _dates_in(line)
    if not found:
        return None
    match, parsed = found[0]
    if _DATE_LABEL.match(line) and len(line) <= MAX_DATE_LINE_LENGTH * 2:
        return FoundDate(parsed, match.group().strip())
    if len(line) > MAX_DATE_LINE_LENGTH or _reads_as_sentence(line):
        return None
    rest = line[: match.start()] + " " + line[match.end() :]
    other_words = _DATE_LINE_NOISE.sub(" ", rest).split()
    if len(other_words) > MAX_OTHER_WORDS_ON_DATE_LINE:
        return None
    return FoundDate(parsed, match.group().strip())


def _reads_as_sentence(line: str) -> bool:
    """A line ending in a full stop after a word is prose, and a date in prose is an event's date."""
    return bool(_PROSE_END.search(line))


def dateline_date(line: str) -> FoundDate | None:
    """The date opening a paragraph: "SPRINGFIELD, Ill. (Jan. 7, 2016) -", "Monday, Dec 14, 2015 ..."."""
    for match, parsed in _dates_in(line[:80]):
        if _DATELINE_PREFIX.fullmatch(line[: match.start()]):
            return FoundDate(parsed, match.group().strip())
        break
    return None


#: what parts a page's masthead line: "Outlet | Section | Monday, September 15, 2025",
#: "Name · CBC News · Posted: Apr 21, 2026 4:12 PM ADT"
_MASTHEAD_SEPARATOR = re.compile(r"\s+[|·]\s+")


def masthead_date(line: str) -> FoundDate | None:
    """The date of a masthead line whose parts are an outlet, a section, a
    byline and the date ("Steelville Star-Ledger | News | June 25, 2025",
    "Source: Xinhua | 2025-07-05 15:02:47 | Editor: huaxia"): the first part
    that is a date line of its own (:func:`date_line_date`).  Read whole,
    such a line holds too many other words to be a date line, and the page's
    date then stays in the body, read as the day of the incident while the
    incident's "Saturday" resolves against nothing."""
    parts = _MASTHEAD_SEPARATOR.split(line)
    if len(parts) < 2 or len(line) > MAX_DATE_LINE_LENGTH or _reads_as_sentence(line):
        return None
    return next((found for part in parts if (found := date_line_date(part)) is not None), None)


def url_date(line: str) -> FoundDate | None:
    """The date in a page address's path ("/2013-09-18/", "/2004/07/28/")."""
    url = _URL.search(line)
    if not url:
        return None
    match = _URL_DATE.search(url.group())
    if not match:
        return None
    year, month, day = match.groups()
    parsed = parse_date_piece(f"{year}-{int(month):02d}-{int(day):02d}")
    return FoundDate(parsed, match.group().strip("/")) if parsed else None


def is_date_line(line: str) -> bool:
    """Whether a line is only a date (and its labels), so it is not a headline."""
    return date_line_date(line) is not None


# --- the page's own time stamps ---------------------------------------------------------------------

#: a label saying the stamp after it is the time the page changed, not when it first went up
_UPDATE_LABEL = re.compile(r"\b(?:updated?|modified|edited|revised)\b", re.IGNORECASE)
#: a clock time: "04:51 PM", "8:20AM", "23:36", "02.16PM", "9 p.m."
_CLOCK = re.compile(
    r"(?<![\d/.:-])(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d)(?:[:.][0-5]\d)?)?\s*"
    r"(?P<half>[ap])?(?(half)\.?\s?m\b\.?|)(?![\d/])",
    re.IGNORECASE,
)
#: how far from its date a stamp's clock time may stand
_CLOCK_REACH = 30


@dataclass(frozen=True)
class PageStamp:
    """When a page says it was published or updated: a date, and the clock time if given."""

    kind: str  #: "published" or "updated"
    date: dt.date
    time: dt.time | None
    text: str  #: the words the date was read from

    def isoformat(self) -> str:
        """ "2013-07-15T16:51" (the page's local time, as it gives it), or "2013-07-15" without a time."""
        if self.time is None:
            return self.date.isoformat()
        return dt.datetime.combine(self.date, self.time).isoformat(timespec="minutes")


def page_stamps(text: str) -> list[PageStamp]:
    """The publication and update stamps in a stretch the furniture rules dropped as a time stamp.

    Each complete date is a stamp; it is an update stamp when an update label
    ("Updated:", "Last modified") stands between it and the stamp before it.
    Its clock time is the one right after it, else the one right before it.
    """
    stamps: list[PageStamp] = []
    found = _dates_in(text)
    previous_end = 0
    for index, (match, parsed) in enumerate(found):
        following_start = found[index + 1][0].start() if index + 1 < len(found) else len(text)
        before = text[previous_end : match.start()]
        after = text[match.end() : min(following_start, match.end() + _CLOCK_REACH)]
        kind = "updated" if _UPDATE_LABEL.search(before) else "published"
        clock = _clock_in(after, first=True) or _clock_in(before[-_CLOCK_REACH:], first=False)
        stamps.append(PageStamp(kind, parsed, clock, match.group().strip()))
        previous_end = match.end()
    return stamps


def _clock_in(text: str, *, first: bool) -> dt.time | None:
    times = []
    for match in _CLOCK.finditer(text):
        if match.group("minute") is None and match.group("half") is None:
            continue  # a bare number is not a time
        hour = int(match.group("hour"))
        half = (match.group("half") or "").lower()
        if half and not 1 <= hour <= 12:
            continue
        if half == "p" and hour != 12:
            hour += 12
        elif half == "a" and hour == 12:
            hour = 0
        times.append(dt.time(hour, int(match.group("minute") or 0)))
    if not times:
        return None
    return times[0] if first else times[-1]


# --- the page's year: a copyright line -------------------------------------------------------------

#: a year a copyright mark gives the page: "Copyright 2016 WXYZ", "© 2016", "(c) 2015",
#: "Copyright © 2016", "(TM and © Copyright 2016 ..."; a range "© 2000-2016" keeps its last year apart
COPYRIGHT_YEAR = re.compile(
    r"(?i)(?:\bcopyright\b|©|\(c\))(?:\s*(?:\bcopyright\b|©|\(c\)))*\s*"
    rf"(?P<year>{_YEAR})(?:\s*[-–]\s*(?P<last>{_YEAR}))?\b"
)


@dataclass(frozen=True)
class PageYear:
    """The one year a page's copyright marks give it, and where the first of them stands.

    Pages with no dateline and no publication stamp still carry their
    copyright line ("Copyright 2016 WXYZ. All rights reserved."), which the
    furniture rules drop.  Its year is the year the page was published (the
    incident's year in 75 of 78 such articles of the GVC and GVDB
    development sets; the three others were published in a January, under a
    footer of the year before or about the autumn before), so it is a weak
    year: the comparer reads a month and day written without a year in it
    only when no dateline, stamp or day of the other report places it."""

    year: int
    text: str  #: the copyright mark's words, as the original has them
    start: int  #: offsets in the original
    end: int


def page_year(original: str) -> PageYear | None:
    """The year the page's copyright marks agree on, or None.

    None when the marks give two years (a file photo's credit beside the
    page's line), and for a range ("© 2000-2016"): a site's footer of many
    years says when the site began and when the footer was last written,
    not when the page went up (no range in the development sets to say
    more)."""
    marks = list(COPYRIGHT_YEAR.finditer(original))
    if not marks or any(m.group("last") for m in marks):
        return None
    years = {int(m.group("year")) for m in marks}
    if len(years) != 1:
        return None
    first = marks[0]
    year = years.pop()
    if not EARLIEST_YEAR <= year <= dt.date.today().year + 1:
        return None
    return PageYear(year, first.group(), first.start(), first.end())
