"""Markdown markup removed from .md reports, offsets kept.

A journalist's notes or a CMS export in Markdown carry markup ("## ",
"**", "[text](url)") that is not part of what the report says.  These
edits drop the markup and keep the words, so a link's text still reads as
a sentence and every claim still maps back to the user's file.
"""

from __future__ import annotations

import re

from reportcheck.load.offsets import Edit

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown")

_LINE_RULES = [
    re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M),  # heading markers
    re.compile(r"(?<=\S)[ \t]+#+[ \t]*$", re.M),  # closing heading markers (after text: linear)
    re.compile(r"^[ \t]{0,3}>[ \t]?", re.M),  # block quotes
    re.compile(r"^[ \t]*[-*+][ \t]+", re.M),  # bullets
    re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.M),  # horizontal rules
    re.compile(r"^[ \t]{0,3}\[[^\]\n]{1,100}\]:[ \t]+\S+[^\n]*$", re.M),  # link definitions
]
_IMAGE = re.compile(r"!\[[^\]\n]{0,300}\]\([^)\n]{0,500}\)")
_LINK = re.compile(r"(\[)([^\]\n]{1,300})(\]\([^)\n]{0,500}\))")
_STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n]{1,500}?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])([^\n*_]{1,500}?)(?<=[^\s*_])\1(?![\w*])")
_CODE = re.compile(r"`+")


def is_markdown(path: str) -> bool:
    return path.lower().endswith(MARKDOWN_SUFFIXES)


def _wrapped(pattern: re.Pattern[str], text: str) -> list[Edit]:
    """Edits that drop a pattern's opening and closing groups, keeping group 2."""
    edits = []
    for match in pattern.finditer(text):
        edits.append(Edit(match.start(1), match.end(1)))
        closing = match.lastindex if match.lastindex and match.lastindex >= 3 else None
        if closing:
            edits.append(Edit(match.start(3), match.end(3)))
        else:
            edits.append(Edit(match.end(2), match.end()))
    return edits


def markdown_edits(text: str) -> list[Edit]:
    """Non-overlapping edits that strip Markdown markup from ``text``."""
    edits = [Edit(m.start(), m.end()) for rule in _LINE_RULES for m in rule.finditer(text)]
    edits += [Edit(m.start(), m.end()) for m in _IMAGE.finditer(text)]
    edits += _wrapped(_LINK, text)
    edits += _wrapped(_STRONG, text)
    edits += _wrapped(_EMPHASIS, text)
    edits += [Edit(m.start(), m.end()) for m in _CODE.finditer(text)]
    chosen: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, -(e.end - e.start))):
        if edit.start == edit.end:
            continue
        if chosen and edit.start < chosen[-1].end:
            continue
        chosen.append(edit)
    return chosen
