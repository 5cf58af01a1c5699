"""Names written with a nickname between first name and surname.

Reporters give a person's nickname in brackets or quotes inside the name:
"Deputy Luis Gerardo (Jerry) Ortiz", 'Robert "Bobby" Smith', "Xavier 'Zae'
Reed".  The model cuts such a name at the bracket ("Luis Gerardo") or
starts it inside the quotes ('Bobby" Smith'), so the surname the report
uses later ("the murder of Ortiz") is never tied to the person.  This
module finds the whole written name and makes it one person span, from the
first name to the surname; :func:`reportcheck.knowledge.names.nicknames`
reads the nickname back as an alias of the first name.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from reportcheck.extract.core.base import text_of
from reportcheck.knowledge.names import people_lexicon

#: a capitalised word of a name: "Luis", "O'Neal", "J.J." (no hyphen: "(R-Texas)" is a party and state)
_WORD = r"[A-Z][A-Za-z.'’]*"
#: first name(s), a nickname of one to three words in one pair of marks, then the surname
_NICKNAMED = re.compile(
    rf"\b(?P<first>{_WORD}(?: {_WORD})?) "
    rf"(?:\((?P<b>{_WORD}(?: {_WORD}){{0,2}})\)"
    rf'|"(?P<q>{_WORD}(?: {_WORD}){{0,2}})"'
    rf"|“(?P<c>{_WORD}(?: {_WORD}){{0,2}})”"
    rf"|'(?P<s>{_WORD}(?: {_WORD}){{0,2}})'"
    rf"|‘(?P<t>{_WORD}(?: {_WORD}){{0,2}})’)"
    rf" (?P<last>[A-Z][a-z][A-Za-z'’-]*)\b"
)


def written_with_nickname(text: str) -> bool:
    """Whether ``text`` is all one name written around a nickname."""
    match = _NICKNAMED.fullmatch(text)
    return match is not None


def nicknamed_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with every name written around a nickname made whole: the
    spans that overlap such a name are replaced by one span from the first
    name to the surname (and a suffix the model kept: "Mitchell II").  Only
    a name the model tagged at least in part is made whole, so "Houston
    (Metro Video) Image" or "Cinnaminson (N.J.) High" stay no one's."""
    text = text_of(doc)
    for match in _NICKNAMED.finditer(text):
        touched = [s for s in spans if s.start_char < match.end() and match.start() < s.end_char]
        whole = _whole_name(doc, match, touched)
        if whole is None:
            continue
        spans = sorted([s for s in spans if s not in touched] + [whole], key=lambda s: s.start)
    return spans


def _whole_name(doc: Doc, match: re.Match[str], touched: list[Span]) -> Span | None:
    """The span of the whole name a nickname match writes, or None where no
    person span touches it or its words are a title and a place."""
    if not touched:
        return None
    lex = people_lexicon()
    inside = [s.start_char for s in touched if match.start("first") <= s.start_char < match.end("first")]
    # "Deputy Luis Gerardo": where the model starts the name, after its title; else one first name
    one_first = match.end("first") - len(match.group("first").split(" ")[-1])
    start = min(inside) if inside else one_first
    span = doc.char_span(start, match.end(), alignment_mode="expand")
    if span is None:
        return None
    begin = span.start
    while begin < span.end and (
        doc[begin].lower_.strip(".") in lex.role_of or doc[begin].lower_.strip(".") in lex.rank_of
    ):
        begin += 1  # "Deputy Luis ...": a title is no part of the name
    if begin == span.end or not doc[begin].text[:1].isalpha():
        return None  # 'Police Chief "AJ" Perez': a title, no first name; the model's spans stand
    end = span.end
    while (
        end < len(doc)
        and any(s.start <= end < s.end for s in touched)
        and doc[end].lower_.strip(".,") in lex.suffixes
    ):
        end += 1  # "William "Billy" Mitchell II"
    if end - begin < 3 or doc[end - 1].lower_ in lex.not_name_words:
        return None
    return doc[begin:end]
