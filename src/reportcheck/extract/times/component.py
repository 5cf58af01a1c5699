"""Times of day as claims: "around 12am", "at noon", "1353 (1023 GMT)".

The string parser (:mod:`reportcheck.extract.times.finders`) reads the clock
value; this component ties each time to the event it times (see
:mod:`reportcheck.extract.core.events`) so that the time of the attack is never
set against the time the fire service was called.  Day parts on their own
("in the morning") are periods, not clock times, and are left to the date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from reportcheck.details import TimeDetails
from reportcheck.extract.core.base import RawClaim, add_claim, lemma_of, register_extractor
from reportcheck.extract.core.cues import find_cues
from reportcheck.extract.core.events import REPORTED_MINUTES, event_of_time, time_reported
from reportcheck.extract.core.mentions import Mention
from reportcheck.extract.core.sources import source_rules
from reportcheck.extract.times.finders import find_times, said_of_range
from reportcheck.extract.times.settle import ambiguity_note, clause_note
from reportcheck.knowledge.events import event_lexicon
from reportcheck.knowledge.timezones import UNIVERSAL_ZONES
from reportcheck.knowledge.vocabulary import DAY_NAME_WORDS, WEEKDAY_NAMES
from reportcheck.models import ClaimKind, Interval, Value, ValueFrame


def _label(minutes: float) -> str:
    minutes = minutes % (24 * 60)
    return f"{int(minutes // 60):02d}:{int(minutes % 60):02d}"


#: the end of the bracket of "3:15 p.m. (1215 GMT)", "0220 GMT (10:20 a.m.
#: local time)" (one time in two clocks, its bracket opening right after it
#: or after its day: ``_BRACKETED_AFTER_DAY``), past a day or a zone's name
#: ("(2310 GMT Saturday)")
_CLOSING = re.compile(r"[^()\[\]\d]{0,20}[)\]]")


#: "9:40 p.m. Friday (1:40 a.m. ET Saturday)", "1 a.m. local time on Sunday
#: (1700 GMT Saturday)": a day may stand between a time and its rendering on
#: another clock, named or universal
_BRACKETED_AFTER_DAY = re.compile(
    r"\s*(?:(?:on\s+)?(?:" + "|".join(name.lower() for name in WEEKDAY_NAMES) + r")\.?,?\s*)?[(\[]\s*",
    re.IGNORECASE,
)


def _universal(mention: Mention) -> bool:
    return dict(mention.attrs).get("tz", "").lower() in UNIVERSAL_ZONES


def _zone_named(mention: Mention) -> str:
    return dict(mention.attrs).get("tz", "").lower()


def _other_clock(text: str, first: Mention, second: Mention) -> bool:
    """ "9:40 p.m. Friday (1:40 a.m. ET Saturday)": the bracketed time is the
    same moment on a named clock of the readers' (Eastern time for a story
    from Alaska), not a second time of the story's own clock.  Both clocks
    are local ones (a universal time is :func:`_renderings`' other case)."""
    zones = _zone_named(first), _zone_named(second)
    return (
        _BRACKETED_AFTER_DAY.fullmatch(text, first.end, second.start) is not None
        and bool(zones[1])
        and zones[0] != zones[1]
        and not (_universal(first) or _universal(second))
        and first.low == first.high
        and second.low == second.high
    )


def _story_clock(first: Mention, second: Mention) -> Mention:
    """Of one moment on two clocks, the scene's: the first, unless the
    bracket names the local clock ("12:40 a.m. ET Sunday (11:40 p.m. local
    time Saturday)": network copy leads with its readers' clock and gives
    the scene's in brackets)."""
    return second if _zone_named(second) == "local" and _zone_named(first) != "local" else first


def _renderings(text: str, mentions: list[Mention]) -> Iterator[tuple[Mention, Mention | None, int]]:
    """Each time with its rendering on the other clock, if one follows in
    brackets, and where the statement ends: the local time is the claim,
    the universal one tells the offset the report gives its local clock; a
    rendering on another named local clock is dropped (:func:`_other_clock`)."""
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        closing = _CLOSING.match(text, second.end) if second is not None else None
        paired = (
            second is not None
            and closing is not None
            and _BRACKETED_AFTER_DAY.fullmatch(text, first.end, second.start) is not None
            and _universal(first) != _universal(second)
            and first.low == first.high
            and second.low == second.high
        )
        if paired:
            assert second is not None and closing is not None  # paired says so
            local, universal = (second, first) if _universal(first) else (first, second)
            yield local, universal, closing.end()
            index += 2
        elif second is not None and closing is not None and _other_clock(text, first, second):
            # the story's clock is the claim; the readers' is its rendering
            yield _story_clock(first, second), None, closing.end()
            index += 2
        else:
            yield first, None, first.end
            index += 1


def _stated_offset(local: Mention, universal: Mention) -> int:
    """Minutes the local clock is ahead of universal time, as the report gives them."""
    offset = (local.low - universal.low) % 1440
    return int(offset - 1440 if offset > 840 else offset)


#: words before a clock word that make it a time ("at Noon Tuesday"), not part of a name
_TIME_PREPOSITIONS = frozenset(
    {"at", "by", "until", "till", "before", "after", "around", "about", "from", "since"}
)


def _name_word(token: Token | None) -> bool:
    """A capitalised word beside a clock word that is a name's other word,
    no date's (``DAY_NAME_WORDS``)."""
    return token is not None and token.is_title and token.is_alpha and token.lower_ not in DAY_NAME_WORDS


def _in_a_name(span: Span) -> bool:
    """A time written as a capitalised word inside a name ("High Noon Gun Range",
    "near Midnight Sun Apartments"), not a clock time ("at Noon on Sunday",
    "Midnight Tuesday", "NOON: police said")."""
    if not span.text[:1].isupper() or any(ch.isdigit() for ch in span.text) or span.text.isupper():
        return False
    doc, sent = span.doc, span.sent
    before = doc[span.start - 1] if span.start > sent.start else None
    after = doc[span.end] if span.end < sent.end else None
    if before is not None and before.lower_ in _TIME_PREPOSITIONS:
        return _name_word(after)
    return _name_word(before) or _name_word(after)


#: a day named right before a day part or in it ("Friday night", "early
#: Sunday morning", "last night", "this morning") or right after it ("in the
#: early morning hours Sunday"): a day part without one ("by late afternoon",
#: "during morning") times nothing a reader can place
_DATE_ALTERNATION = "|".join(sorted(DAY_NAME_WORDS))
_DAY_WORDS = rf"(?:{_DATE_ALTERNATION}|yesterday|last|this)"
_DAY_BEFORE = re.compile(rf"\b{_DAY_WORDS}\b(?:[\s,]+[\w-]+){{0,3}}\s*$", re.IGNORECASE)
_DAY_AFTER = re.compile(rf"^\s*(?:hours\s+)?(?:of\s+|on\s+)?(?:{_DATE_ALTERNATION})\b", re.IGNORECASE)
#: day parts that name the hours on their own ("tonight", "in the early hours")
_SELF_DATED = frozenset({"early_hours"})


def _when_said(span: Span) -> bool:
    """A day part that dates a statement ("the mayor said late Wednesday
    night", "police said on Thursday morning"), not the event told of."""
    verb = _verb_of(span)
    return verb is not None and lemma_of(verb) in _saying()


def _said_of(text: str, mention: Mention, reading: dict[str, str]) -> Mention | None:
    """A day part of a named day given alone as the time of an event ("died
    Friday night", "shot early Thursday morning") with the hours reporters
    name by it (:func:`said_of_range`): set against another report's clock
    time it fits or is left unpaired (:func:`reportcheck.compare.judges.clock.judge_time`)."""
    said = said_of_range(reading["period"], reading.get("mod"))
    if said is None:
        return None
    dated = mention.text.lower() in ("tonight", "overnight") or reading["period"] in _SELF_DATED
    named_day = _DAY_BEFORE.search(text[max(0, mention.start - 40) : mention.end]) or _DAY_AFTER.match(
        text[mention.end : mention.end + 30]
    )
    if not dated and named_day is None:
        return None
    weekday = _weekday_named(named_day.group(0)) if named_day is not None else None
    if weekday is not None:
        reading["weekday"] = weekday
    return replace(mention, low=said[0], high=said[1], alternatives=())


_WEEKDAY_WORD = re.compile(rf"\b(?:{'|'.join(WEEKDAY_NAMES)})\b", re.IGNORECASE)


def _weekday_named(words: str) -> str | None:
    """The one weekday named beside a day part ("early Sunday", "Sunday
    evening", "in the early morning hours Sunday"), so that the comparer
    reads the part and its day as one stretch of the week: "early Sunday"
    and "Sunday evening" are hours apart, not either side of one midnight."""
    named = {m.group(0).capitalize() for m in _WEEKDAY_WORD.finditer(words)}
    return named.pop() if len(named) == 1 else None


#: the cue categories that bound a time to one side of its clock
_SIDE_CATEGORIES = frozenset({"just_after", "just_before"})


def _clock_anchor(doc: Doc, span: Span, clock_start: int) -> int:
    """Where the words that qualify a time look from: the clock itself where
    a day part is written before it with a bound between them ("Saturday
    night, after 10:30 p.m."), so the bound reaches the clock; else the
    time's own start.  (A rounding hedge there, "last night around 10:30",
    is left as it was read: a change of its own.)"""
    clock = doc.char_span(clock_start, span.end_char, alignment_mode="expand")
    if clock_start <= span.start_char or clock is None or not len(clock):
        return span.start_char
    bounded = any(
        span.start <= start and end <= clock.start and rule.category in _SIDE_CATEGORIES
        for start, end, rule in find_cues(span.sent)
    )
    return clock.start_char if bounded else span.start_char


def _verb_of(span: Span) -> Token | None:
    """The verb a phrase hangs on: its root or the root's nearest verb above."""
    return next((t for t in (span.root, *span.root.ancestors) if t.pos_ in ("VERB", "AUX")), None)


def _when_on(day: Span, clock_verb: Token, day_verb: Token | None) -> bool:
    """ "on Saturday night when shots were fired at 11:30": the clock's verb
    heads a "when" clause written right after the day part and hanging on
    it (or on the day part's own verb, where the parser puts it)."""
    when = next((c for c in clock_verb.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
    if when is None or day.doc.text[day.end_char : when.idx].strip(" ,"):
        return False
    head = clock_verb.head
    return day.start <= head.i < day.end or (head == day_verb and lemma_of(head) not in _saying())


def _saying() -> list[str]:
    return source_rules().reporting_verbs


def _one_event(day: Span, clock: Span) -> bool:
    """Whether the parse ties a day part and a bare clock of one clause to one
    event: the same verb (not a verb of saying, which dates the statement), or
    the clock's verb in a "when" clause on the day part.  A day part of
    another verb (a vigil, a gathering, the death "and died that night", a
    news conference, "police told reporters Tuesday morning") settles nothing."""
    day_verb, clock_verb = _verb_of(day), _verb_of(clock)
    if clock_verb is None:
        return False
    if day_verb == clock_verb:
        return lemma_of(clock_verb) not in _saying()
    return _when_on(day, clock_verb, day_verb)


def _settled(mention: Mention, sent: Span, settled_from: str) -> Mention:
    """The clock with the note of the day part of its clause that settled
    it (sentence offsets "start:end" from the finder), written here where
    the parse has tied the two, not before."""
    start, end = (int(x) for x in settled_from.split(":"))
    return replace(mention, notes=(*mention.notes, clause_note(mention.low, sent.text[start:end])))


def _settling_day_part(sent: Span, clock: Span, settled_from: str) -> str | None:
    """The words of the day part that settled ``clock`` (sentence offsets
    "start:end" from the finder) where the parse ties the two to one event, else None."""
    start, end = (int(x) for x in settled_from.split(":"))
    day = sent.doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
    if day is None or not len(day) or not _one_event(day, clock):
        return None
    return day.text


def _unsettled(mention: Mention, unsettled: str) -> Mention:
    """The clock given its two readings back (a.m. first) with the ambiguity
    note, its day part dropped."""
    first, second = (float(x) for x in unsettled.split(":"))
    notes = (*mention.notes, ambiguity_note(first, second))
    attrs = tuple((k, v) for k, v in mention.attrs if k != "day_part")
    return replace(mention, low=first, high=first, alternatives=((second, second),), notes=notes, attrs=attrs)


def time_measure(event: str) -> str:
    """The frame's measure of a time: "time:incident" for the incident and
    for times tied to no named event (they may time it), else the named
    event's own ("time:arrest", "time:statement")."""
    return f"time:{event}" if event in event_lexicon().labels else "time:incident"


def extract_times(doc: Doc) -> None:
    for sent in doc.sents:
        for mention, universal, statement_end in _renderings(sent.text, find_times(sent.text)):
            reading = dict(mention.attrs)
            clock_start = int(reading.pop("clock_start", mention.start))
            settled_from = reading.pop("settled_from", None)
            unsettled = reading.pop("unsettled", None)
            said_of = mention.said_of
            if "period" in reading:
                said = _said_of(sent.text, mention, reading)
                if said is None:
                    continue
                mention = said
            start = sent.start_char + mention.start
            end = sent.start_char + mention.end
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or _in_a_name(span):
                continue
            if "period" in reading and _when_said(span):
                continue
            inferred_from = None
            if settled_from is not None and unsettled is not None:
                inferred_from = _settling_day_part(sent, span, settled_from)
                if inferred_from is None:
                    mention = _unsettled(mention, unsettled)
                    reading.pop("day_part", None)
                else:
                    mention = _settled(mention, sent, settled_from)
            event, label = event_of_time(span)
            named_event = event in event_lexicon().labels
            if not named_event:
                # unnamed events are aligned with the incident, but a conflict
                # needs both times tied to one named event (see judge_time)
                label = "time of the incident"
            point = mention.low == mention.high
            # "the blast was reported at 6:10 a.m.": at 6:10 or shortly before
            reported = point and named_event and time_reported(span)
            low, high = mention.low - REPORTED_MINUTES if reported else mention.low, mention.high
            if said_of is not None:
                # "mid-afternoon": its minute as written, the hours it is said of
                low, high = said_of
            value = Value(
                unit="min",
                written=mention.low if point else None,
                precision=0.0,
                low=low,
                high=high,
                alternatives=[Interval(low=lo, high=hi) for lo, hi in mention.alternatives],
                label=_label(mention.low) if point and said_of is None else f"{_label(low)}-{_label(high)}",
            )
            # the finder's loosely keyed reading becomes the typed record here
            details = TimeDetails.from_attrs({**reading, "event": event})
            if inferred_from is not None:
                details = details.replace(inferred_from=inferred_from)
            if universal is not None:
                details = details.replace(utc_offset=_stated_offset(mention, universal))
                start = min(start, sent.start_char + universal.start)
                end = sent.start_char + statement_end
            subject = event if named_event else "incident"
            raw = RawClaim(
                ClaimKind.time,
                start,
                end,
                subject,
                label,
                value,
                details,
                list(mention.notes),
                anchor_start=_clock_anchor(doc, span, sent.start_char + clock_start),
                anchor_end=span.end_char,
                frame=ValueFrame(measure=time_measure(event)),
            )
            add_claim(doc, raw)


register_extractor("reportcheck_times", extract_times)
