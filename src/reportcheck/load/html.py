"""HTML saved from a browser: the article's words, not the page around them.

A page saved with "Save page as..." holds the story plus menus, cookie
banners, scripts, related links and the footer; fed to the NLP as text it
would yield claims from the markup and the furniture.  trafilatura (a
well-kept, offline main-text extractor) picks out the article's paragraphs
and the page's title and date; the loader then treats that text as the
report.  Evidence offsets for an HTML report therefore point into this
extracted text (a report's ``original``), not into the HTML file: a quote
cannot be located in markup that entities and tags break up anyway.
"""

from __future__ import annotations

import codecs
import datetime as dt
import logging
import re
from dataclasses import dataclass
from functools import cache

from reportcheck.errors import ReportcheckError

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
#: how far into a file the markers of an HTML page are looked for
SNIFF_CHARS = 2048
_HTML_MARKER = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
_DECLARED_CHARSET = re.compile(
    rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE
)
#: the libraries trafilatura logs through; their warnings must not reach the user's terminal
_CHATTY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")
#: past this size trafilatura's default settings silently give up on a page
MAX_PAGE_BYTES = 1 << 31


@dataclass(frozen=True)
class Article:
    """The main text of a page, one block per paragraph, and its metadata."""

    text: str
    title: str | None
    date: dt.date | None


def looks_like_html(path: str, head: str) -> bool:
    """An HTML page by its name (.html, .htm) or by a doctype or <html> tag near the top."""
    if path.lower().endswith(HTML_SUFFIXES):
        return True
    start = head[:SNIFF_CHARS].lstrip("\ufeff \t\r\n")
    return start.startswith("<") and _HTML_MARKER.search(start) is not None


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in its <meta charset> (or http-equiv), if Python knows it."""
    match = _DECLARED_CHARSET.search(data[: SNIFF_CHARS * 2])
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def extract_article(html: str, path: str) -> Article:
    """The article in ``html``: its paragraphs separated by blank lines, headed by its title."""
    _quiet_libraries()
    document = _main_text(html)
    body = document.text if document is not None and document.text else ""
    if not body.strip():
        body = _all_text(html)
    paragraphs = [" ".join(line.split()) for line in body.splitlines() if line.strip()]
    if not paragraphs:
        raise ReportcheckError("file-empty", "is an HTML page with no readable text in it", path)
    title = " ".join(document.title.split()) if document is not None and document.title else None
    if title and title not in paragraphs[0]:
        paragraphs.insert(0, title)
    date = _page_date(document.date if document is not None else None)
    return Article("\n\n".join(paragraphs) + "\n", title, date)


def _main_text(html: str):
    """trafilatura's reading of the page, or None when it cannot make one out."""
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
            config=_config(),
        )
    except Exception:  # a malformed page the parser chokes on: fall back to all its text
        return None


def _all_text(html: str) -> str:
    """Every visible word of the page, for pages too short or odd for main-text extraction."""
    import trafilatura

    try:
        return trafilatura.html2txt(html) or ""
    except Exception:  # as above: no text rather than a traceback
        return ""


@cache
def _config():
    """trafilatura's settings without its size limit: reportcheck's --max-chars is the one guard."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MAX_FILE_SIZE", str(MAX_PAGE_BYTES))
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def _page_date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


@cache
def _quiet_libraries() -> None:
    """Give the extraction libraries a handler so Python's last-resort one never prints their warnings."""
    for name in _CHATTY_LOGGERS:
        logging.getLogger(name).addHandler(logging.NullHandler())
