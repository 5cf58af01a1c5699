"""Names of three to six words that the model cuts in two.

Spanish, Portuguese and Arabic names run to two given names and two
surnames ("Jorge Ramiro Salcedo Ibarra", "Ana Paula dos Santos Silva",
"Carlos Eduardo Mendez Rojas"), and the small model tags such a name as two PERSON
entities side by side ("Jorge Ramiro" and "Salcedo Ibarra") or leaves its
last words untagged ("Carlos Eduardo" of "Carlos Eduardo Mendez Rojas").
Cut in two, one person became two, or lost the surname the other report
names them by: the age told after the name went to a person no other
report names, and the other report's "Salcedo Ibarra, 34" met nothing.

This module makes such a name one span again: two person spans with
nothing between them but a space (or a surname particle, "dos", "de la"),
and a person span followed by one or two capitalised proper nouns no
entity holds.  Only words written in Title Case inside a sentence that is
not itself set in Title Case (a headline's "Teen Shot To Death" is no
name), on one line, none a role, title or word of events, so that a caption
or a heading run into the next line's name ("FOR KAYLA BROOKS Denise
Harlow") and a title before a name ("Pike County Sheriff Tom Garber") stay
apart.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from reportcheck.knowledge.names import people_lexicon, title_before
from reportcheck.knowledge.title_case import title_cased

#: the most words a name made whole may have ("Ana Paula dos Santos Silva")
MOST_WORDS = 6
#: the most untagged words a name's end may run on by ("Mendez Rojas")
MOST_UNTAGGED = 2


def untagged_name_word(token: Token) -> bool:
    """Whether a token may be a word of a name the model left untagged: a
    capitalised proper noun of letters, outside any entity, no word of
    bodies or events, and no title, rank or role word."""
    lex = people_lexicon()
    return (
        token.is_alpha
        and token.is_title
        and token.pos_ == "PROPN"
        and token.ent_type_ == ""
        and token.lower_ not in lex.not_name_words
        and token.lower_ not in lex.role_of
        and title_before(token.text) is None
    )


def whole_long_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with every long name the model cut made one span: two
    spans side by side (:func:`_joined`) and a span whose untagged last
    words follow it (:func:`_run_on`).  The spans keep their order (the
    readers after take a surname's first full name in it)."""
    by_start = {span.start: span for span in spans}
    held: set[int] = set()  # the starts of second halves a joined name holds
    made = []
    for span in spans:
        if span.start in held:
            continue
        second = next((by_start[i] for i in _halves_start(doc, span) if i in by_start), None)
        joined = None if second is None else _joined(doc, span, second)
        if joined is not None and second is not None:
            held.add(second.start)
            span = joined
        made.append(_run_on(doc, span))
    return [span for span in made if span.start not in held]  # a second half listed before its first


def _halves_start(doc: Doc, first: Span) -> range:
    """Where a second half of a name may start after ``first``: right after
    it, or after one or two surname particles."""
    return range(first.end, min(first.end + 3, len(doc)))


def _joined(doc: Doc, first: Span, second: Span) -> Span | None:
    """The one name two spans write where only a space or surname
    particles stand between them ("Jorge Ramiro" "Salcedo Ibarra",
    "Paula" "dos" "Santos Silva"), both plain names in one sentence not
    set in Title Case; else None."""
    between = doc[first.end : second.start]
    particles = people_lexicon().surname_particles
    if any(not token.is_lower or token.lower_ not in particles for token in between):
        return None
    whole = doc[first.start : second.end]
    if len(whole) > MOST_WORDS or not _plain_name(first) or not _plain_name(second):
        return None
    if any("\n" in token.whitespace_ for token in whole[:-1]) or not _in_one_plain_sentence(whole):
        return None
    return whole


def _run_on(doc: Doc, span: Span) -> Span:
    """``span`` widened over the one or two untagged name words right after
    it ("Carlos Eduardo" + "Mendez Rojas"), where no further capitalised word
    follows them (a run of capitals is a body's or a place's name:
    "Benton Township Police") and the sentence is not set in Title Case."""
    if not _plain_name(span) or "\n" in span[-1].whitespace_:
        return span
    end = span.end
    while end < len(doc) and end - span.end < MOST_UNTAGGED and _continues(doc[end]):
        end += 1
    if end == span.end or end - span.start > MOST_WORDS:
        return span
    if end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        return span
    whole = doc[span.start : end]
    return whole if _in_one_plain_sentence(whole) else span


def _continues(token: Token) -> bool:
    """An untagged name word in the same sentence and line as the name
    before it."""
    before = token.doc[token.i - 1]
    return not token.is_sent_start and before.whitespace_ == " " and untagged_name_word(token)


def _plain_name(span: Span) -> bool:
    """Words of a name only: each capitalised and not all capitals ("KAYLA
    BROOKS" is a heading), no role, title or word of events ("Sheriff",
    "Shooting"), no possessive ("Tasker's Watering Hole")."""
    lex = people_lexicon()
    for token in span:
        if token.text in ("-", "'") and 0 < token.i - span.start < len(span) - 1:
            continue  # "Hartley-Vance", "O'Neal"
        if not token.is_alpha or not token.is_title:
            return False
        if token.lower_ in lex.role_of or token.lower_ in lex.not_name_words or title_before(token.text):
            return False
    return True


def _in_one_plain_sentence(span: Span) -> bool:
    """Whether a span lies in one sentence that is not set in Title Case (a
    headline's words are all capitalised, names or not)."""
    sent = span[0].sent
    if span[-1].sent.start != sent.start:
        return False
    return not title_cased([t.text for t in sent if t.is_alpha])
