"""A headline's leading label: "Police: Two dead, 14 hurt", "UPDATE: Three dead in ...".

Local outlets open a headline on who said it or on a tag, and a colon:
"Officials: Boy, 15, who shot himself accidentally in head dies", "Akron
police: Four people shot in the head, killed", "UPDATE: 4-year-old dies".
Of about 110 such headlines in the GVC and GVDB texts, about 90 open on a
source (a force, officials, a sheriff, an agency written short: "NYPD",
"HCSO") and about 20 on a tag.  Parsed with its label, the headline is one
odd clause whose subject or root is the label: "Officials: Boy, 15, ...
dies" gave no death, "Police: 18-year-old man shot and killed near ..."
no killing, "Police: 23-year-old man shot, injured" no one hurt.

The line-breaks component (:mod:`reportcheck.extract.core.lines`) parses
the rest of such a line as a sentence of its own and hangs the label on it
again after the parse, as it does a wire dateline; a label naming a source
is then the source of the headline's claims
(:func:`reportcheck.extract.core.sources.sentence_source`), as "police
said" is.  The words are data (``rules/headline_labels.yaml``).

Not labels: a colon after a topic ("Manhunt: what we know", "Quake death
toll: 12", "Kraft Shooting: Yvonne Hiller Charged"), after a place
("Tulsa: ...", "MORENO VALLEY: ...") or before a quote ("Mayor: 'We will
rebuild'"), a clock time ("10:30"), and any label of a line that ends as
a sentence of prose does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reportcheck.knowledge.rules import Strict, load_rule_file


class HeadlineLabelRules(Strict):
    source_words: list[str]
    office_words: list[str]
    max_acronym_letters: int
    not_sources: list[str]
    tags: list[str]
    max_label_words: int


@cache
def headline_label_rules() -> HeadlineLabelRules:
    return load_rule_file("headline_labels.yaml", HeadlineLabelRules)


#: a line's opening words before a colon and the first character after it
#: ("Mesa County authorities: Boy"); the words may hold dots and
#: apostrophes ("Marion Co. Sheriff", "Sheriff's Office")
_LABEL = re.compile(r"(?P<label>[A-Z][\w.'’&-]*(?: [A-Za-z][\w.'’&-]*)*) ?: +(?=\S)")

#: the marks a line of prose ends with; a headline has none
_LINE_ENDS = ".!?"

#: a written character: none before a line makes it the text's first
_WRITTEN = re.compile(r"\S")

#: what may open the headline after a label; a quote makes the line a quote's
#: ("Mayor: 'We will rebuild'"), no headline's clause
_QUOTES = "\"'“‘"


@dataclass(frozen=True)
class HeadlineLabel:
    """A label opening a headline's line: its text, where the headline after
    it starts (a character offset), and whether it names a source."""

    text: str
    start: int
    story: int
    names_source: bool

    @property
    def end(self) -> int:
        """Where the label's words end (before the colon)."""
        return self.start + len(self.text)


def headline_labels(text: str) -> list[HeadlineLabel]:
    """The labels opening headline lines of ``text``: the text's first line,
    or a line that ends with no full stop (a repeated headline, a list of
    related stories), each line's label read by :func:`label_of_line`."""
    found: list[HeadlineLabel] = []
    start, first = 0, True
    for line in text.split("\n"):
        if line.strip():
            label = _headline_label(line, start, first=first)
            if label is not None:
                found.append(label)
            first = False
        start += len(line) + 1
    return found


def _headline_label(line: str, offset: int, *, first: bool) -> HeadlineLabel | None:
    """The label of ``line`` where the line may be a headline: the text's
    ``first`` line, or one that ends with no full stop."""
    if first or line.rstrip()[-1:] not in _LINE_ENDS:
        return label_of_line(line, offset)
    return None


def label_of_line(line: str, offset: int = 0) -> HeadlineLabel | None:
    """The label opening ``line`` (which stands at ``offset`` in its text), or None."""
    match = _LABEL.match(line)
    if match is None or line[match.end()] in _QUOTES:
        return None
    label = match.group("label")
    words = label.split()
    if len(words) > headline_label_rules().max_label_words:
        return None
    tag = label.lower() in headline_label_rules().tags
    if not tag and not names_a_source(words):
        return None
    return HeadlineLabel(label, offset + match.start(), offset + match.end(), names_source=not tag)


def names_a_source(words: list[str]) -> bool:
    """Whether a label's words name who said it: ending on a source's word
    ("Police", "Akron police", "Marion Co. Sheriff"; "Sheriff's Office"), or
    one word in capitals that is no caption's ("NYPD", "TBI", not "FILE")."""
    rules = headline_label_rules()
    lowered = [w.lower().removesuffix("'s").removesuffix("’s") for w in words]
    if len(lowered) > 1 and lowered[-1] in rules.office_words:
        lowered.pop()
    if lowered[-1] in rules.source_words:
        return True
    word = words[0]
    return (
        len(words) == 1
        and word.isalpha()
        and word.isupper()
        and 2 <= len(word) <= rules.max_acronym_letters
        and word.lower() not in rules.not_sources
    )


def label_at(text: str, offset: int) -> HeadlineLabel | None:
    """The label of the headline line starting at ``offset``, if any (a
    sentence the label opens starts there)."""
    if offset and text[offset - 1] != "\n":
        return None
    end = text.find("\n", offset)
    line = text[offset:] if end < 0 else text[offset:end]
    return _headline_label(line, offset, first=_WRITTEN.search(text, 0, offset) is None)
