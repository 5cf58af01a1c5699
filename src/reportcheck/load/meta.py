"""The headline and the date of a report, read from its first lines.

The headline names the incident in the writer's words and the date anchors
relative dates ("on Tuesday"), so both are worth finding; neither is worth
inventing.  Pages put a section label ("Great Britain"), the headline, a
date line and a byline above the body, in varying order; a text that starts
straight with the body has no headline, and the loader then says None
rather than promote the first sentence.
"""

from __future__ import annotations

import re

from reportcheck.load.dates import FoundDate, date_line_date, dateline_date, masthead_date, url_date

#: how many non-empty lines at the top are searched for the headline and the date
HEADER_LINES = 6
#: a line of at most this many words without closing punctuation is a section label, not a headline
MAX_LABEL_WORDS = 2
#: a headline is at most this long; a longer first line is a paragraph
MAX_HEADLINE_WORDS = 30
MAX_HEADLINE_CHARS = 250

_BYLINE = re.compile(r"^(?:by|from|written by|reporting by)\s+[A-Z]", re.IGNORECASE)
MAX_BYLINE_WORDS = 8
_ENDS_AS_PROSE = re.compile(r"[a-z0-9)\"' ]\.[\"')]?\Z")
_ENDS_AS_QUESTION_OR_CRY = re.compile(r"[?!][\"')]?\Z")
_URL_LINE = re.compile(r"\s*<?(?:https?://|www\.)\S+>?\s*")


def header_lines(text: str, count: int = HEADER_LINES) -> list[str]:
    """The first ``count`` non-empty lines of ``text``, trimmed."""
    lines = []
    for line in text.split("\n"):
        if line.strip():
            lines.append(line.strip())
            if len(lines) == count:
                break
    return lines


def find_headline(lines: list[str]) -> str | None:
    """The headline among the first lines of the cleaned text, or None if the text starts with the body."""
    for line in lines:
        if date_line_date(line) or _is_section_label(line) or _is_byline(line):
            continue
        return line if looks_like_headline(line) else None
    return None


def _is_section_label(line: str) -> bool:
    return len(line.split()) <= MAX_LABEL_WORDS and not _ENDS_AS_QUESTION_OR_CRY.search(line)


def _is_byline(line: str) -> bool:
    return bool(_BYLINE.match(line)) and len(line.split()) <= MAX_BYLINE_WORDS


def looks_like_headline(line: str) -> bool:
    """A headline is short and does not end like a sentence of prose.

    Headlines drop the full stop; a line ending "?" or "!" is a headline only
    when it is set in title case or capitals ("FIRED IN PHILLY!!"), since a
    body often opens with a question ("It's about time, right?").
    """
    words = line.split()
    if len(words) > MAX_HEADLINE_WORDS or len(line) > MAX_HEADLINE_CHARS:
        return False
    if _ENDS_AS_PROSE.search(line):
        return False
    if _ENDS_AS_QUESTION_OR_CRY.search(line):
        return _mostly_capitalised(words)
    return True


def _mostly_capitalised(words: list[str]) -> bool:
    lettered = [word for word in words if any(char.isalpha() for char in word)]
    if not lettered:
        return False
    capitalised = sum(1 for word in lettered if next(char for char in word if char.isalpha()).isupper())
    return capitalised / len(lettered) >= 0.6


def find_date(lines: list[str], original_head: list[str]) -> FoundDate | None:
    """The report's date: a date line or dateline in the first lines, else a date in the page's address.

    ``lines`` are the first lines of the cleaned text; ``original_head`` the
    first lines of the file, where a scraper's source address survives.
    """
    for line in lines:
        found = date_line_date(line) or dateline_date(line) or masthead_date(line)
        if found:
            return found
    for line in original_head:
        if _URL_LINE.fullmatch(line):
            found = url_date(line)
            if found:
                return found
    return None
