"""The load stage: one report file in, its cleaned text and metadata out.

:func:`load_report` reads and decodes a file (every failure a one-line
:class:`~reportcheck.errors.ReportcheckError`), then cleans the text for the
NLP: quotes, dashes and spaces normalised, page furniture dropped, a page
title glued to the body split off.  The cleaned ``text`` keeps an exact map
back to ``original`` so that every claim found can be shown where the user's
file has it.  The headline and the publication date are read from the top.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from reportcheck.errors import ReportcheckError
from reportcheck.load.caps_case import caps_case_edits
from reportcheck.load.dates import (
    FoundDate,
    PageStamp,
    PageYear,
    page_stamps,
    page_year,
    settled_order,
    url_date,
)
from reportcheck.load.decode import RAISE_LIMIT_HINT, decode_report_bytes, read_report_bytes
from reportcheck.load.furniture import Dropped, furniture_edits
from reportcheck.load.headline_case import headline_case_edits
from reportcheck.load.html import declared_charset, extract_article, looks_like_html
from reportcheck.load.lists import list_marker_edits
from reportcheck.load.markdown import is_markdown, markdown_edits
from reportcheck.load.meta import find_date, find_headline, header_lines
from reportcheck.load.normalise import character_edits, em_dash_edits, whitespace_edits
from reportcheck.load.offsets import Edit, OffsetMap, apply_edits

__all__ = ["DEFAULT_MAX_CHARS", "DroppedText", "LoadedReport", "load_bytes", "load_report", "load_text"]

#: the longest report accepted, in characters; files may hold 4 bytes per character
DEFAULT_MAX_CHARS = 5_000_000
BYTES_PER_CHAR = 4


@dataclass(frozen=True)
class DroppedText:
    """A stretch of the original dropped as page furniture, and the rule that dropped it."""

    rule: str
    start: int
    end: int


@dataclass(frozen=True)
class LoadedReport:
    """A report as the rest of reportcheck sees it."""

    path: str  #: as given
    sha256: str  #: of the raw bytes
    encoding: str  #: as detected: "utf-8", "utf-8-sig", "cp1252", "utf-16-le", ...
    original: str  #: the decoded file text, unchanged (an HTML page's article text); offsets refer to this
    text: str  #: the cleaned text handed to the NLP
    headline: str | None
    date: dt.date | None  #: publication date or dateline, if found (or as given)
    date_text: str | None  #: the words the date was read from
    offsets: OffsetMap = field(repr=False, compare=False)
    dropped: tuple[DroppedText, ...] = field(default=(), repr=False, compare=False)
    published: PageStamp | None = None  #: the page's publication stamp (dropped as furniture), if any
    updated: PageStamp | None = None  #: the page's latest update stamp, if any
    #: the year the page's copyright line gives it (load/dates.py), or its
    #: date line whose month and day are unsure ("3/6/2023"): a weak year
    #: for the month and day of a report with no date of its own
    page_year: PageYear | None = None

    def to_original(self, clean_offset: int) -> int:
        """The offset in ``original`` of the character at ``clean_offset`` in ``text``.

        Characters that survived cleaning map exactly; the end of ``text`` maps
        to the end of ``original``; a character inserted by cleaning (the line
        break after a glued title) maps to the next original character.
        """
        return self.offsets.to_source(clean_offset)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The stretch of ``original`` that ``text[start:end]`` was made from."""
        return self.offsets.source_span(start, end)


def load_report(
    path: str | os.PathLike[str], *, date: dt.date | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> LoadedReport:
    """Read, decode and clean one report file; raise ReportcheckError on any problem with the file."""
    shown = os.fspath(path)
    data = read_report_bytes(Path(path), max_bytes=max_chars * BYTES_PER_CHAR)
    return load_bytes(data, path=shown, date=date, max_chars=max_chars)


def load_bytes(
    data: bytes, *, path: str = "<bytes>", date: dt.date | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> LoadedReport:
    """Decode and clean a report's bytes (standard input, an upload) as :func:`load_report` does a file."""
    if len(data) > max_chars * BYTES_PER_CHAR:
        raise ReportcheckError(
            "file-too-large",
            f"is more than {max_chars * BYTES_PER_CHAR:,} bytes, the limit ({RAISE_LIMIT_HINT})",
            path,
        )
    html = looks_like_html(path, data[:4096].decode("latin-1"))
    decoded = decode_report_bytes(data, path, declared=declared_charset(data) if html else None)
    if len(decoded.text) > max_chars:
        raise ReportcheckError(
            "file-too-large",
            f"holds {len(decoded.text):,} characters; the limit is {max_chars:,} ({RAISE_LIMIT_HINT})",
            path,
        )
    return _build(decoded.text, path, hashlib.sha256(data).hexdigest(), decoded.encoding, date)


def load_text(text: str, *, path: str = "<text>", date: dt.date | None = None) -> LoadedReport:
    """Clean an in-memory text as :func:`load_report` cleans a file's (tests, standard input)."""
    if not text.strip():
        raise ReportcheckError("file-empty", "holds no text", path)
    raw = text.encode("utf-8", errors="surrogatepass")
    return _build(text, path, hashlib.sha256(raw).hexdigest(), "utf-8", date)


def _build(original: str, path: str, sha256: str, encoding: str, date: dt.date | None) -> LoadedReport:
    page_date = None
    if looks_like_html(path, original):  # the article's text becomes the report: offsets point into it
        article = extract_article(original, path)
        original, page_date = article.text, article.date
    text, offsets, dropped, glued_headline = _clean(original, markdown=is_markdown(path))
    headline = glued_headline or find_headline(header_lines(text))
    published, updated = _page_stamps(original, dropped)
    found = None if date is not None else find_date(header_lines(text), header_lines(original, 3))
    # last, once the headline and the date are read as written: the text the
    # parser reads has a Title Case headline's known words in lower case
    text, case_map = apply_edits(text, _case_edits(text, headline))
    offsets = offsets.then(case_map)
    if date is None and published is not None:  # the page's own stamp is its date; --date wins over it
        found = FoundDate(published.date, published.text)
    if date is None and found is None and updated is not None:
        found = FoundDate(updated.date, updated.text)
    year = page_year(original)
    if (
        date is None
        and found is not None
        and (settled := settled_order(found, _url_dates(original))) != found
    ):
        # "3/6/2023": the month and day may be either number unless the page's
        # address dates it; the year is sure
        if settled is None:
            year = year or _year_of(found, original)
        found = settled
    date = date if date is not None or found else page_date
    return LoadedReport(
        path=path,
        sha256=sha256,
        encoding=encoding,
        original=original,
        text=text,
        headline=headline,
        date=date if date is not None else (found.date if found else None),
        date_text=found.text if found else None,
        offsets=offsets,
        dropped=dropped,
        published=published,
        updated=updated,
        page_year=year,
    )


def _url_dates(original: str) -> list[dt.date]:
    """The dates in the page addresses among the file's first lines."""
    found = (url_date(line) for line in header_lines(original, HEAD_STAMP_LINES))
    return [f.date for f in found if f is not None]


def _year_of(found: FoundDate, original: str) -> PageYear | None:
    """The year of a page date whose month and day are unsure ("3/6/2023",
    :func:`reportcheck.load.dates.unsure_order`): a weak year, as a
    copyright line's is, that dates a month and day the body writes."""
    start = original.find(found.text)
    if start < 0:
        return None
    return PageYear(found.date.year, found.text, start, start + len(found.text))


def _case_edits(text: str, headline: str | None) -> list[Edit]:
    """The letters the parser must read in another case: a Title Case
    headline's known words (load/headline_case.py) and the words of a long
    passage in capitals (load/caps_case.py), in text order, never two on
    one letter."""
    headline_edits = headline_case_edits(text, headline)
    taken = [(e.start, e.end) for e in headline_edits]
    caps = [e for e in caps_case_edits(text) if not any(s < e.end and e.start < t for s, t in taken)]
    return sorted(headline_edits + caps, key=lambda e: e.start)


#: furniture rules whose dropped text is a time stamp of the page
STAMP_RULES = frozenset(
    {
        "byline",
        "published-stamp",
        "updated-stamp",
        "update-stamp-prefix",
        "stamp-at-line-end",
        "date-stamp",
        "masthead-stamp",
    }
)
#: a bare date line ("July 21, 2013 4:51 PM") or a masthead's ("Valley Times | News | June
#: 25, 2025") is the page's stamp only among its first lines
HEAD_ONLY_STAMPS = frozenset({"date-stamp", "masthead-stamp"})
HEAD_STAMP_LINES = 8


def _page_stamps(
    original: str, dropped: tuple[DroppedText, ...]
) -> tuple[PageStamp | None, PageStamp | None]:
    """The page's publication stamp (the first) and update stamp (the latest) among the dropped stamps."""
    published: PageStamp | None = None
    updated: PageStamp | None = None
    for item in dropped:
        if item.rule not in STAMP_RULES:
            continue
        if item.rule in HEAD_ONLY_STAMPS and _line_number(original, item.start) >= HEAD_STAMP_LINES:
            continue
        for stamp in page_stamps(original[item.start : item.end]):
            if stamp.kind == "published" and published is None:
                published = stamp
            elif stamp.kind == "updated" and (updated is None or _later(stamp, updated)):
                updated = stamp
    return published, updated


def _line_number(text: str, offset: int) -> int:
    """How many non-empty lines stand before ``offset``."""
    return sum(1 for line in text[:offset].split("\n")[:-1] if line.strip())


def _later(stamp: PageStamp, other: PageStamp) -> bool:
    return (stamp.date, stamp.time or dt.time()) > (other.date, other.time or dt.time())


def _clean(
    original: str, *, markdown: bool = False
) -> tuple[str, OffsetMap, tuple[DroppedText, ...], str | None]:
    """The cleaned text, its map to ``original``, what was dropped, and a glued title's headline.

    Passes: strip Markdown markup (.md files), normalise characters, tidy
    whitespace, drop furniture (and split a glued title), tidy again, take
    list items' markers out (:mod:`reportcheck.load.lists`), write em dashes
    as "--"; each pass's map
    is composed onto the last.
    """
    text, offsets = original, OffsetMap.identity(len(original))
    if markdown:
        text, markdown_map = apply_edits(text, markdown_edits(text))
        offsets = offsets.then(markdown_map)
    normalised, character_map = apply_edits(text, character_edits(text))
    offsets = offsets.then(character_map)
    tidied, tidy_map = apply_edits(normalised, whitespace_edits(normalised))
    offsets = offsets.then(tidy_map)
    furniture = furniture_edits(tidied)
    unfurnished, furniture_map = apply_edits(tidied, furniture.edits)
    tidy, final_tidy_map = apply_edits(unfurnished, whitespace_edits(unfurnished))
    unmarked, marker_map = apply_edits(tidy, list_marker_edits(tidy))
    dropped = tuple(_in_original(item, offsets) for item in furniture.dropped)
    offsets = offsets.then(furniture_map).then(final_tidy_map).then(marker_map)
    headline = furniture.glued_title.headline if furniture.glued_title else None
    # a glued title's headline was read before, as the first line: it keeps its dashes as read
    dashes = [
        e
        for e in em_dash_edits(unmarked, original, offsets.to_source)
        if not headline or "\n" in unmarked[: e.start]
    ]
    cleaned, dash_map = apply_edits(unmarked, dashes)
    offsets = offsets.then(dash_map)
    return cleaned, offsets, dropped, headline or None


def _in_original(item: Dropped, offsets: OffsetMap) -> DroppedText:
    start, end = offsets.source_span(item.start, item.end)
    return DroppedText(item.rule, start, end)
