"""Line breaks end sentences.

A news text's lines are headlines, datelines, captions and paragraphs; the
statistical parser, trained on running prose, sometimes reads a headline and
the first paragraph as one sentence ("2 Dead, 1 Wounded ... Kraft Plant
September 10, 2010 10:14 AM Police say ...").  This component runs before
the parser and marks the first token after every line break as a sentence
start, and the second token of a line as none, which the parser then respects.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token


def mark_line_starts(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if _after_break(previous) and not token.is_space:
            token.is_sent_start = True
            _keep_with_next(doc, token)
    if len(doc):
        _keep_with_next(doc, doc[0])
    return doc


def _after_break(token: Token) -> bool:
    return "\n" in token.text or "\n" in token.whitespace_


def _keep_with_next(doc: Doc, first: Token) -> None:
    """A line's first word is no sentence of its own: the parser, reading a line
    that opens with a bare number and no full stop before it ("179 people have
    been hospitalized", a list item whose marker load took out), cut it after
    "179" and the count was never read.  Only a full stop, a question or an
    exclamation mark after the first word lets the parser start a sentence there."""
    if first.i + 1 >= len(doc) or _after_break(first) or first.text in SENTENCE_ENDS:
        return
    following = doc[first.i + 1]
    if not following.is_space:
        following.is_sent_start = False


#: a line's first token after which a sentence may start
SENTENCE_ENDS = frozenset({".", "!", "?", "...", "\u2026"})


@Language.factory("reportcheck_line_breaks")
def make_line_breaks_component(nlp: Language, name: str):
    return mark_line_starts
