"""Line breaks end sentences.

A news text's lines are headlines, datelines, captions and paragraphs; the
statistical parser, trained on running prose, sometimes reads a headline and
the first paragraph as one sentence ("2 Dead, 1 Wounded ... Kraft Plant
September 10, 2010 10:14 AM Police say ...").  This component runs before
the parser and marks the first token after every line break as a sentence
start, which the parser then respects.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def mark_line_starts(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        after_break = "\n" in previous.text or "\n" in previous.whitespace_
        if after_break and not token.is_space:
            token.is_sent_start = True
    return doc


@Language.factory("reportcheck_line_breaks")
def make_line_breaks_component(nlp: Language, name: str):
    return mark_line_starts
