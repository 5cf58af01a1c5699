"""Relative days inside a quotation, counted from the day it was said.

"'He was shot yesterday,' the sheriff said Wednesday" in a report dated
Friday: the sheriff's "yesterday" is Tuesday, the day before he spoke, not
the day before the dateline.  A quotation's "yesterday", "last night",
"this morning" or "two days ago" is the speaker's, so where the sentence
dates the saying by a named day outside the quotation ("said Wednesday",
"told reporters on Tuesday"), the relative day inside it is read against
that day.  Indirect speech is left alone: a reporter writing "a man was
shot yesterday, the sheriff said Wednesday" has put the day in his own
words, counted from his dateline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Span

from reportcheck.details import DateForm
from reportcheck.extract.core.events import event_of
from reportcheck.extract.core.mentions import Mention
from reportcheck.extract.dates.finders import find_dates

#: date forms counted from the speaker's day: "yesterday", "last night", "two days ago"
SPEAKER_FORMS = frozenset({DateForm.RELATIVE_DAY, DateForm.AGO})
#: forms that name the day of the saying itself ("said Wednesday").  A
#: calendar day ("said on March 3") was meant too, but the set named the
#: finders' kind "calendar", which is no form, so only a weekday ever
#: matched; reading the calendar forms here is a change of output, left to a
#: change that measures it.
_NAMED_FORMS = frozenset({DateForm.WEEKDAY})
_OPENING = "“"
_CLOSING = "”"


def inside_quote(text: str, offset: int) -> bool:
    """Whether ``offset`` of a sentence lies inside a quotation: after an
    unclosed curly opening mark, or after an odd number of straight ones."""
    before = text[:offset]
    if before.rfind(_OPENING) > before.rfind(_CLOSING):
        return True
    return before.count('"') % 2 == 1


def said_day(sent: Span, mentions: Iterable[Mention]) -> dt.date | None:
    """The one day the sentence dates a statement by, outside any quotation
    ("the sheriff said Wednesday"): a named weekday or calendar day the
    parse ties to a verb of saying."""
    days = set()
    for mention in mentions:
        attrs = dict(mention.attrs)
        if attrs.get("form") not in _NAMED_FORMS or "resolved" not in attrs:
            continue
        if inside_quote(sent.text, mention.start):
            continue
        span = sent.doc.char_span(
            sent.start_char + mention.start, sent.start_char + mention.end, alignment_mode="expand"
        )
        if span is not None and event_of(span.root)[0] == "statement":
            days.add(dt.date.fromisoformat(attrs["resolved"]))
    return days.pop() if len(days) == 1 else None


def from_said_day(sent: Span, mentions: list[Mention], reference: dt.date | None) -> list[Mention]:
    """The sentence's date mentions, a quotation's relative days read
    against the day its statement is dated by (:func:`said_day`) when that
    is not the dateline; every other mention as found."""
    if reference is None or not any(_form(m) in SPEAKER_FORMS for m in mentions):
        return mentions
    said = said_day(sent, mentions)
    if said is None or said == reference:
        return mentions
    recounted = {(m.start, m.end): m for m in find_dates(sent.text, said)}
    out = []
    for mention in mentions:
        again = recounted.get((mention.start, mention.end))
        quoted = _form(mention) in SPEAKER_FORMS and inside_quote(sent.text, mention.start)
        if quoted and again is not None and _form(again) == _form(mention):
            note = f"inside a quotation said on {said.isoformat()}: counted from that day"
            mention = replace(again, notes=(*again.notes, note))
        out.append(mention)
    return out


def _form(mention: Mention) -> str | None:
    return dict(mention.attrs).get("form")
