"""Line breaks end sentences.

A news text's lines are headlines, datelines, captions and paragraphs; the
statistical parser, trained on running prose, sometimes reads a headline and
the first paragraph as one sentence ("2 Dead, 1 Wounded ... Kraft Plant
September 10, 2010 10:14 AM Police say ...").  This component runs before
the parser and marks the first token after every line break as a sentence
start, and the second token of a line as none, which the parser then respects.
A wire dateline run into the story's first sentence, and a headline's
leading label ("Police: Two dead, 14 hurt": :mod:`reportcheck.extract.core.headline_labels`),
are parsed apart from the words after them and hung on them again after the
parse (``reportcheck_dateline_join``).
"""

from __future__ import annotations

from itertools import accumulate
from typing import TYPE_CHECKING, cast

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from reportcheck.extract.core.base import text_of
from reportcheck.extract.core.headline_labels import headline_labels
from reportcheck.knowledge.abbreviations import (
    dated_abbreviations,
    mid_sentence_abbreviations,
    month_words,
    weekday_words,
)
from reportcheck.knowledge.datelines import DATELINE, DATELINE_REACH
from reportcheck.knowledge.day_parts import clock_goes_on_words, clock_halves, clock_lead_words
from reportcheck.knowledge.names import people_lexicon
from reportcheck.knowledge.timezones import place_clock_at
from reportcheck.knowledge.title_case import title_cased, unstopped
from reportcheck.load.factbox import fact_line_numbers
from reportcheck.load.headline_case import known_word

if TYPE_CHECKING:
    from thinc.types import Ints2d

#: the token attributes the dateline's join rewrites
_TREE: list[int | str] = ["HEAD", "DEP"]


def headline_like(sentence: Span) -> bool:
    """Whether a sentence may be a headline: the text's first, or a line
    with no full stop (:func:`unstopped`)."""
    return sentence.start == 0 or unstopped(sentence.text)


def in_title_case(sent: Span) -> bool:
    """Whether the sentence is set in Title Case as the file has it.  In the
    report's first sentence, its headline, the words the loader lowered for
    the tagger (:func:`reportcheck.load.headline_case.known_word`) count as
    capitalised, and no other word may be in small letters; elsewhere the
    words are as written ("61-year-old Kathryn Gomes and 48-year-old Robin
    Mendes are the victims" is a sentence of known words and names).  The
    readers for which a capital tells something (a name, a nationality) ask
    it first: in such a line every word has one."""
    words = [t.text for t in sent if t.is_alpha]
    if title_cased(words):
        return True
    if text_of(sent.doc)[: sent.start_char].strip():
        return False
    if any(w.islower() and not known_word(w) for w in words):
        return False  # "the news conference": a sentence's own small letters
    return title_cased([w.title() if known_word(w.lower()) else w for w in words])


def mark_line_starts(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if _after_break(previous) and not token.is_space:
            token.is_sent_start = True
            _keep_with_next(doc, token)
    if len(doc):
        _keep_with_next(doc, doc[0])
    keep_titles_with_names(doc)
    split_after_clock(doc)
    keep_abbreviations_with_next(doc)
    split_dateline(doc)
    split_headline_labels(doc)
    keep_fact_lines_whole(doc)
    return doc


def keep_fact_lines_whole(doc: Doc) -> None:
    """A fact box's line ("- Missing: 1", "Deaths: 2") is one sentence, its
    label with its figure: the parser cut some after the colon, and the count
    read from the line then quoted the bare figure "1" as its sentence, which
    tells a reader nothing (which lines are a fact box's:
    :func:`reportcheck.load.factbox.fact_line_numbers`).  Only up to the
    line's first full stop: a line that goes on with sentences of its own
    ("Casualties: Two men were killed. Three others were injured.") keeps
    them apart, as the parser cut them."""
    lines = text_of(doc).split("\n")
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    for number in sorted(fact_line_numbers(lines)):
        line = doc.char_span(starts[number], starts[number] + len(lines[number]), alignment_mode="expand")
        for token in line[1:] if line is not None else ():
            if token.nbor(-1).text in _SENTENCE_STOPS:
                break
            token.is_sent_start = False


#: the marks that end a sentence within a fact box's line
_SENTENCE_STOPS = frozenset({".", "!", "?"})


def keep_abbreviations_with_next(doc: Doc) -> None:
    """The stop of a short form ends no sentence where the next word goes on with it.

    The parser cut "shot at 2272 Scottwood Ave. | on Saturday night" and "on
    McCarran Blvd. | near ..." at the stop of most streets written short before a
    word in small letters, and "about 2:35 a.m. | Sunday in the South Deering
    neighborhood" at one in ten clock times told with their day: the place or the
    time lost the event it belongs to.  After a listed form's stop
    (``rules/abbreviations.yaml``), a word in small letters never starts a
    sentence, and a weekday or a month (or a clock's zone or holiday,
    ``clock_goes_on``) none after a clock time's or a street's.  A capital word
    there is left to the parser and to :func:`split_after_clock`: "at 10 p.m.
    The victim was ...", "at 1501 Milton St. The incident" are two sentences."""
    for token in doc[:-1]:
        form = _short_form(doc, token)
        if form is None or not token.whitespace_ or _after_break(token):
            continue
        following = doc[token.i + 1]
        if _goes_on_after(form, following):
            following.is_sent_start = False


def _short_form(doc: Doc, stop: Token) -> str | None:
    """The listed short form whose stop ``stop`` is, in lower case and without
    the stop ("ave", "p.m"), or None.  The tokenizer keeps some whole ("St.",
    "p.m.") and splits others from their stop ("Ave", "."; "5:30p.m", ".")."""
    forms = mid_sentence_abbreviations()
    if stop.text != "." and stop.text.endswith("."):
        form = stop.lower_[:-1]
        return form if form in forms else None
    if stop.text != "." or stop.i == 0 or doc[stop.i - 1].whitespace_:
        return None
    word = doc[stop.i - 1].lower_
    if word in forms and doc[stop.i - 1].text[:1].isalpha():
        return word
    return next((half for half in ("a.m", "p.m") if word.endswith(half) and half in forms), None)


def _goes_on_after(form: str, following: Token) -> bool:
    """Whether ``following``, right after the short form's stop, goes on with
    the sentence: a word in small letters; after a time or a street, a weekday,
    a month with its day's figure ("p.m. Sept. 19"; "on Elm Ave. April Jones
    said" may open a sentence on a name) or a clock's zone or holiday."""
    if following.is_alpha and following.is_lower:
        return True
    if form not in dated_abbreviations():
        return False
    word = following.text.rstrip(".")
    if word in month_words():
        return following.i + 1 < len(following.doc) and following.doc[following.i + 1].text[:1].isdigit()
    return word in weekday_words() or (form in ("a.m", "p.m") and _clock_goes_on(following))


def _place_clock(following: Token) -> bool:
    """Whether a clock named by a place or a nation opens at ``following``
    ("9:40 p.m. Moscow time", "11:32 p.m. Indian Standard Time")."""
    return place_clock_at(following.doc.text, following.idx)


def _clock_goes_on(following: Token) -> bool:
    """Whether the word after "a.m."/"p.m." goes on with the time: a zone, a
    weekday, a holiday (``clock_goes_on_words``) or a place's clock."""
    return following.text.rstrip(".") in clock_goes_on_words() or _place_clock(following)


def split_after_clock(doc: Doc) -> None:
    """A clock time closing a sentence ends it at the stop of "a.m."/"p.m.".

    The parser ran about one in five such sentences into the next ("sank at
    around 10 a.m. Fifty-eight people were rescued", "responded at 7:21 p.m.
    Upon arrival, police say"), and the time was tied to the next sentence's
    verb (a rescue, an arrival) instead of its own.  A capitalised word after
    the stop starts a sentence unless it goes on with the time (a weekday, a
    month, a zone, "Eastern": ``clock_goes_on_words``), is a short all-capital
    code, or the time opens its sentence ("At 8:04 p.m. Indiana officers were
    called"), where the stop ends no clause.  A word in lower case after the
    stop never starts one: the parser cut "blew up at 8:30 a.m. local time on
    Saturday" after "a.m.", and the time lost its verb to "local time"."""
    halves = clock_halves()
    for token in doc[1:-1]:
        following = doc[token.i + 1]
        if token.text not in halves or not token.whitespace_ or _after_break(token):
            continue
        word = following.text.rstrip(".")
        if word[:1].islower():  # "at 8:30 a.m. local time on Saturday": the stop ends nothing
            following.is_sent_start = False
            continue
        if not (word[:1].isupper() and word[:1].isalpha()) or _clock_goes_on(following):
            continue
        if word.isupper() and len(word) <= 4 or _clock_opens_sentence(doc, token):
            continue
        following.is_sent_start = True


def _clock_opens_sentence(doc: Doc, half: Token) -> bool:
    """Whether only the clock's figures and its lead words ("at about",
    "shortly after") stand between ``half`` ("a.m.") and the start of its
    sentence or line."""
    leads = clock_lead_words()
    for token in reversed(doc[: half.i]):
        if _after_break(token) or token.text in SENTENCE_ENDS:
            return True
        if not (token.lower_ in leads or _clock_figure(token)):
            return False
        if token.is_sent_start:
            return True
    return True


def keep_titles_with_names(doc: Doc) -> None:
    """A rank or title written short before a name ends no sentence: "said Sgt.
    Marty Earley", "and Sgt. Hoyt Teasley, a sheriff's deputy".  The parser
    cut more than half of them at the stop, so the speaker was lost to "said"
    and the last person of a list of the dead to its count.  The name's first
    word is marked as no sentence start (``title_abbreviations`` of
    ``rules/people.yaml``); a line break after the stop still ends the line."""
    titles = people_lexicon().title_abbreviations
    for token in doc[:-1]:
        name = _name_after_title(doc, token, titles)
        if name is not None:
            name.is_sent_start = False


def _name_after_title(doc: Doc, token: Token, titles: frozenset[str]) -> Token | None:
    """The capitalised word after ``token`` where ``token`` is a short title with its
    stop ("Sgt." read as one token, or "Sgt" and "." with no space between), else None."""
    if not token.text[:1].isupper():
        return None
    if token.text.endswith(".") and token.lower_[:-1] in titles:
        stop = token
    elif token.lower_ in titles and not token.whitespace_ and doc[token.i + 1].text == ".":
        stop = doc[token.i + 1]
    else:
        return None
    if stop.i + 1 >= len(doc) or _after_break(stop):
        return None
    name = doc[stop.i + 1]
    return name if name.text[:1].isupper() and name.is_alpha else None


def _clock_figure(token: Token) -> bool:
    """ "10", "10:15", "9.44", ":" or a number word: a clock time's figures."""
    return token.like_num or (token.text[:1].isdigit() and all(c.isdigit() or c in ":." for c in token.text))


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


def dateline_story_start(doc: Doc) -> int | None:
    """The index of the story's first word after a wire dateline run into it
    on one line ("STOCKTON, Calif. - John Smith, 22, was shot"), else None.

    Only a dateline that opens a line counts, and only when the story goes on
    after it on that line: a dateline on a line of its own is a sentence
    already."""
    text = doc.text
    match = next(DATELINE.finditer(text[:DATELINE_REACH]), None)
    if match is None or "\n" in match.group() or (match.start() and text[match.start() - 1] != "\n"):
        return None
    after = match.end() + len(text[match.end() :]) - len(text[match.end() :].lstrip(" \t"))
    if after >= len(text) or not (text[after].isalnum() or text[after] in "\"“'‘"):
        return None
    token = next((t for t in doc if t.idx >= after), None)
    if token is None or token.idx != after or token.i == 0:
        return None
    return token.i


def split_dateline(doc: Doc) -> None:
    """Let the parser read the story after a dateline as a sentence of its own.

    Parsed as one with the dateline, the story's subject is often taken for the
    city's apposition ("STOCKTON ... - John Smith, 22, was shot": "Smith" an
    appos of "STOCKTON", the subject of "shot") or the dateline's capitals for
    the subject, and the first sentence, which tells the toll, loses it.
    :func:`join_split_lines` makes the two one sentence again after the parse."""
    start = dateline_story_start(doc)
    if start is not None:
        doc[start].is_sent_start = True
        _keep_with_next(doc, doc[start])


def headline_story_starts(doc: Doc) -> list[int]:
    """The index of the first word after each headline label of ``doc``
    ("Police: | Two dead", :func:`~reportcheck.extract.core.headline_labels.headline_labels`)."""
    starts = []
    for label in headline_labels(doc.text):
        token = next((t for t in doc if t.idx >= label.story), None)
        if token is not None and token.idx == label.story and token.i > 0:
            starts.append(token.i)
    return starts


def split_headline_labels(doc: Doc) -> None:
    """Let the parser read a headline after its leading label as a sentence
    of its own: read with "Officials:" or "Police:", the label was taken for
    the subject or the root and the toll after it was lost ("Officials: Boy,
    15, who shot himself accidentally in head dies" told no death).
    :func:`join_split_lines` makes the two one sentence again after the parse."""
    for start in headline_story_starts(doc):
        doc[start].is_sent_start = True
        _keep_with_next(doc, doc[start])


def join_split_lines(doc: Doc) -> Doc:
    """Hang a dateline or a headline label parsed on its own
    (:func:`split_dateline`, :func:`split_headline_labels`) on the root of
    the sentence after it, as the parser does when it reads the two well,
    so they are one sentence, quoted together.  The parser alone had cut
    about half of the datelines apart ("HENRY COUNTY, Ind. (WISH) — A man
    ..."): those are one sentence now, and the report's later sentences are
    numbered one lower; a headline is numbered as it was before its label
    was parsed apart."""
    if not doc.has_annotation("DEP"):
        return doc
    dateline = dateline_story_start(doc)
    for start in ([dateline] if dateline is not None else []) + headline_story_starts(doc):
        _hang_on_next(doc, start)
    for start in headline_clause_starts(doc):
        _hang_on_before(doc, start)
    return doc


def headline_clause_starts(doc: Doc) -> list[int]:
    """The index of each sentence the parser began after a semicolon of
    the headline: the text's first line where it ends with no full stop ("ST
    bus plunges into Ambenali ghat gorge; | 12 dead").  The parser cut one
    such headline in fifteen of the written sets there, and the toll after
    the semicolon then stood in the report's second sentence, which no reader
    takes for the headline (:func:`reportcheck.knowledge.title_case.in_headline`):
    the headline's "12 dead" was never set against its lead's "Eleven
    passengers were killed".  A headline of one clause, or a first line that
    is a lead run on from it (a full stop at its end), is left as parsed."""
    start = next((t.i for t in doc if not t.is_space), None)
    if start is None:
        return []
    end = next((t.i + 1 for t in doc[start:] if _after_break(t)), len(doc))
    if not unstopped(doc[start:end].text):
        return []
    return [t.i + 1 for t in doc[start : end - 1] if t.text == ";" and doc[t.i + 1].is_sent_start]


def _hang_on_before(doc: Doc, start: int) -> None:
    """Hang the sentence opening at ``start`` on the root of the sentence
    ending before it, as a clause beside it (``parataxis``), as the parser
    reads most headlines of two clauses joined by a semicolon."""
    before, after = doc[start - 1].sent, doc[start].sent
    if before.end != start or after.start != start:
        return
    heads = cast("Ints2d", doc.to_array(_TREE))
    root = after.root.i
    heads[root, 0] = (before.root.i - root) % _UNSIGNED  # HEAD is stored as an offset, unsigned
    heads[root, 1] = doc.vocab.strings.add(CLAUSE_BESIDE_DEP)
    doc.from_array(_TREE, heads)


#: the range of the unsigned array a backward offset of HEAD wraps in
_UNSIGNED = 2**64
#: the relation a headline's clause after a semicolon is hung on the one before by
CLAUSE_BESIDE_DEP = "parataxis"


def _hang_on_next(doc: Doc, start: int) -> None:
    """Hang the sentence ending before ``start`` on the root of the sentence
    opening there, where the two are cut at ``start``."""
    before, after = doc[start - 1].sent, doc[start].sent
    if before.end != start or after.start != start:
        return
    heads = cast("Ints2d", doc.to_array(_TREE))
    root = before.root.i
    heads[root, 0] = after.root.i - root  # HEAD is stored as an offset
    heads[root, 1] = doc.vocab.strings.add(DATELINE_DEP)
    doc.from_array(_TREE, heads)


#: the relation the parser gives a dateline it reads with the story ("dep", unclassified)
DATELINE_DEP = "dep"


@Language.factory("reportcheck_dateline_join")
def make_dateline_join_component(nlp: Language, name: str):
    return join_split_lines
