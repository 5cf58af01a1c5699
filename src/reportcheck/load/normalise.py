"""Character normalisation and whitespace tidying, as offset-keeping edits.

Reports copied from web pages mix curly and straight quotes, several dash and
space characters, Windows line ends and invisible characters.  The NLP
models and the rule files are written for plain ASCII punctuation, so these
are mapped to one form each; line breaks are kept because a paragraph break
is where a headline, a caption or a quoted statement ends.

Both passes return :class:`~reportcheck.load.offsets.Edit` lists; each
replacement is one character for one character, or a deletion, so every
surviving character still maps to the character it was made from.  A last
pass (:func:`em_dash_edits`) writes a dateline's em dash as "--", both of
which map to the one em dash.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reportcheck.knowledge.datelines import dateline_dash
from reportcheck.load.offsets import Edit

#: character -> what it becomes in the cleaned text ("" deletes it)
CHARACTER_MAP: dict[str, str] = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u2035", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u2036", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    **dict.fromkeys("\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a", " "),
    **dict.fromkeys("\u202f\u205f\u3000", " "),
    **dict.fromkeys("\r\x0b\x0c\x85\u2028\u2029", "\n"),
    **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", ""),
    # other C0 and C1 control characters carry nothing a reader sees
    **dict.fromkeys((chr(code) for code in range(0x20) if chr(code) not in "\t\n\r\x0b\x0c"), ""),
    **dict.fromkeys((chr(code) for code in range(0x7F, 0xA0) if code != 0x85), ""),
}

_CHARACTERS_TO_MAP = re.compile("\r\n|[" + re.escape("".join(CHARACTER_MAP)) + "]")

#: two or more spaces/newlines, or any at the very start or end of the text
_WHITESPACE_RUN = re.compile(r"[ \n]{2,}|\A[ \n]+|[ \n]+\Z")

#: at most this many line breaks in a row survive (one blank line between paragraphs)
MAX_LINE_BREAKS = 2


def character_edits(text: str) -> list[Edit]:
    """Edits that map quotes, dashes, spaces and line ends to one form each and drop invisible characters."""
    edits = []
    for match in _CHARACTERS_TO_MAP.finditer(text):
        found = match.group()
        if found == "\r\n":  # keep the LF, so it maps to the LF of the original
            edits.append(Edit(match.start(), match.start() + 1, ""))
        else:
            edits.append(Edit(match.start(), match.end(), CHARACTER_MAP[found]))
    return edits


#: what the em dash (and the horizontal bar) of the original text becomes once the
#: text is clean: :data:`CHARACTER_MAP` makes every dash "-" so furniture and list
#: patterns meet one form
EM_DASHES = frozenset("\u2014\u2015")


def em_dash_edits(text: str, original: str, to_source: Callable[[int], int]) -> list[Edit]:
    """Edits that write as "--" the em dash that closes a dateline.

    The em dash sets the dateline off the lede; "--" is how plain text (and
    the model's training text) writes it, while "-" reads as a hyphen: after
    "(AP) - " the name tagger misses "Darnell Hughes, 22," that it finds after
    "(AP) -- ".  Only the dash that closes a dateline opening a line, as the
    place extractor reads it (:func:`~reportcheck.knowledge.datelines.dateline_dash`),
    or a credit left alone ("(STMW) -"): a dash inside a sentence keeps the
    "-" every rule and parse was measured on.  Run last, once furniture and
    list markers (which expect "-") are out.
    """
    edits = []
    for line in re.finditer(r"(?m)^(?=\S)", text):
        i = dateline_dash(text, line.start())
        if i is not None and text[i] == "-" and original[to_source(i) : to_source(i) + 1] in EM_DASHES:
            edits.append(Edit(i, i + 1, "--"))
    return edits


def whitespace_edits(text: str) -> list[Edit]:
    """Edits that collapse space runs to one space, trim lines and keep at most one blank line.

    Expects text whose only whitespace is " " and "\\n" (after :func:`character_edits`).
    Kept characters are always characters of the run itself, so they map exactly.
    """
    edits: list[Edit] = []
    for match in _WHITESPACE_RUN.finditer(text):
        start, end = match.span()
        if start == 0 or end == len(text):
            edits.append(Edit(start, end))
            continue
        kept = [start + i for i, char in enumerate(match.group()) if char == "\n"][:MAX_LINE_BREAKS]
        if not kept:
            kept = [start]
        edits.extend(_delete_all_but(start, end, kept))
    return edits


def _delete_all_but(start: int, end: int, kept: list[int]) -> list[Edit]:
    """Deletions covering ``[start, end)`` except the single characters at ``kept`` (sorted)."""
    edits = []
    position = start
    for keep in kept:
        if keep > position:
            edits.append(Edit(position, keep))
        position = keep + 1
    if end > position:
        edits.append(Edit(position, end))
    return edits
