"""Dates as claims: "on Wednesday", "yesterday (July 21st)", "Dec. 26".

The string parser (:mod:`reportcheck.extract.dates.finders`) resolves each phrase
against the report's own dateline; this component records the day (or the
range of days, or just the weekday when no dateline is known) and the event
it dates.  Dates of named non-incident events (an arrest, a hearing, a
death in hospital) keep their own subject and measure (``date:arrest``) so
they are not set against the day of the incident.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import replace

from spacy.tokens import Doc

from reportcheck.details import DateDetails, DateForm
from reportcheck.extract.core.base import RawClaim, add_claim, lemma_of, register_extractor
from reportcheck.extract.core.events import event_of, event_of_clock_day, life_bearer
from reportcheck.extract.core.mentions import Mention
from reportcheck.extract.dates.aftermath import AFTERMATH, dates_aftermath
from reportcheck.extract.dates.death_offsets import add_death_offsets
from reportcheck.extract.dates.filing_day import relabel_filing_day
from reportcheck.extract.dates.finders import find_dates
from reportcheck.extract.dates.forecasts import forecast_day
from reportcheck.extract.dates.later_deaths import relabel_later_deaths
from reportcheck.extract.dates.own_action import own_action
from reportcheck.extract.dates.possessive import attributive_of_incident, possessive_of_incident
from reportcheck.extract.dates.quoted import from_said_day
from reportcheck.extract.dates.scene_days import scene_event
from reportcheck.knowledge.calendar_days import coming_weekday, other_order
from reportcheck.knowledge.events import PLAN_EVENT, event_lexicon
from reportcheck.knowledge.timezones import UNIVERSAL_ZONES, named_clock_letters
from reportcheck.models import ClaimKind, Interval, Value, ValueFrame

#: the events a day still to come is told apart from: the incident's, a
#: statement's, the aftermath's, a plan's, or none the lexicon names
_UNNAMED_EVENTS = frozenset({"incident", "unknown", "statement", AFTERMATH, PLAN_EVENT})

_INDEFINITE = re.compile(r"\b(?:a|an|one)\s+$", re.IGNORECASE)
_YEAR = re.compile(r"\d{4}")
#: an open bracket whose words end on a universal clock: "(1947 GMT", "(19:47 UTC on"
_UNIVERSAL_RENDERING = re.compile(
    r"\([^()]*\d\s*(?:"
    + "|".join(sorted((re.escape(z) for z in UNIVERSAL_ZONES), key=len, reverse=True))
    + r")\.?,?\s+(?:on\s+)?$",
    re.IGNORECASE,
)
#: a clock on a named zone right before a day: "1:40 a.m. ET ", "5:45 p.m. EDT on "
_NAMED_CLOCK_BEFORE = re.compile(
    r"\d(?:\s*[ap]\.?\s?m\.?)?\s*(?-i:"
    + "|".join(sorted(named_clock_letters(), key=len, reverse=True))
    + r"),?\s+(?:on\s+)?$",
    re.IGNORECASE,
)
#: a bracket opening on the same moment's local clock: " (11:40 p.m. local time"
_LOCAL_RENDERING_AFTER = re.compile(
    r"^[.,]?\s*\(\s*[^()]{0,12}\d(?:\s*[ap]\.?\s?m\.?)?\s+local\s+time\b", re.IGNORECASE
)


def _universal_day(before: str) -> bool:
    """ "hit at 3:47 a.m. local time (1947 GMT Saturday)": a day written in the
    brackets that render a local clock in universal time is the day on the
    universal clock, which near midnight is not the local one.  The local day
    is the report's to tell elsewhere; this one dates nothing of the scene."""
    return bool(_UNIVERSAL_RENDERING.search(before))


def _zone_day(before: str, after: str) -> bool:
    """A day written on a named zone's clock that the report also renders on
    the scene's: "9:40 p.m. Friday (1:40 a.m. ET Saturday)", "early Tuesday
    local time (5:45 p.m. ET Monday)", "12:40 a.m. ET Sunday (11:40 p.m.
    local time Saturday)".  Wire and network copy gives the readers' clock
    beside the local one, and near midnight the two days differ: the zoned
    day is that clock's, not the incident's.  A zoned clock standing alone
    ("2:11 p.m. ET on Wednesday" of a Florida shooting) is the scene's own
    clock and keeps its day."""
    if not _NAMED_CLOCK_BEFORE.search(before):
        return False
    bracketed = before.rfind("(") > before.rfind(")")
    return bracketed or bool(_LOCAL_RENDERING_AFTER.match(after))


def _day_label(ordinal: float) -> str:
    return dt.date.fromordinal(int(ordinal)).isoformat()


def _other_orders(mention: Mention, details: DateDetails) -> list[Interval]:
    """The day-first reading of a date written in numbers that may be read
    both ways ("3/6/2023": 6 March on an American page, 3 June on a British
    or Syrian one), kept beside the month-first reading so that neither is
    held as a firm day against the other report.  Only the written order is
    kept so: the finder's other alternatives (the coming weekday, another
    year) are guesses of its own, not two readings of what was written; and
    none when a weekday written beside it fits the order read."""
    if details.form != DateForm.NUMERIC_DATE or math.isinf(mention.low) or mention.low != mention.high:
        return []
    if details.weekday and not details.weekday_mismatch:
        return []  # "Tuesday 3/5": the weekday written fits the order read
    other = other_order(dt.date.fromordinal(int(mention.low)))
    return [
        Interval(low=lo, high=hi)
        for lo, hi in mention.alternatives
        if lo == hi and not math.isinf(lo) and dt.date.fromordinal(int(lo)) == other
    ]


def _value(low: float, high: float, details: DateDetails, other: list[Interval] | None = None) -> Value:
    """The day as far as it is known.  A day no dateline places is told by
    what the text wrote: its month and day before its weekday ("Monday
    evening, December 12th" is 12-12, its weekday kept in the details as a
    check), so the other report's "Dec. 13" is set against the date itself."""
    if math.isinf(low) or math.isinf(high):
        known = details.month_day or details.weekday or details.relative or "unresolved"
        return Value(unit="day", label=known)
    label = _day_label(low) if low == high else f"{_day_label(low)} to {_day_label(high)}"
    return Value(
        unit="day",
        written=low if low == high else None,
        low=low,
        high=high,
        label=label,
        alternatives=other or [],
    )


def _frame(span, event: str, measure: str) -> ValueFrame:
    """The frame of a day: its measure, and for a day of a person's earlier
    life (a marriage, a move home) who it is of (the bearer, which the align
    stage pairs across reports) and, where the rules scope the verb by its
    object, what was joined ("joined the FBI in 1942")."""
    if event not in event_lexicon().life:
        return ValueFrame(measure=measure)
    bearer, joined = life_bearer(span.root, event)
    return ValueFrame(measure=measure, bearer=bearer, scope=joined)


def _long_before(high: float, reference: dt.date | None) -> bool:
    """Whether a day ends longer before the report's dateline than the
    story's own days (``life_min_days_back`` in ``rules/events.yaml``): a
    marriage "two weeks ago" or a move "in 2009" is a person's earlier life,
    while "returned home on Saturday and shot his wife" or "officers moved in
    Friday" tells the incident's own days, whatever the verb."""
    if reference is None or math.isinf(high):
        return False
    return high < reference.toordinal() - event_lexicon().life_min_days_back


def _year_of_event(span) -> bool:
    """ "a 1999 incident", "a 2004 shooting": a year written before an event
    noun dates that event; "a 2013 Camry" is a model, no date at all."""
    if not _YEAR.fullmatch(span.text):
        return False
    return lemma_of(span.root.head) in event_lexicon().by_noun


def _coming(mention: Mention, details: DateDetails, reference: dt.date | None) -> tuple[Mention, DateDetails]:
    """A bare weekday told as a day still to come ("the warning stays in
    force until Friday") read as the coming one, not as the last one before
    the dateline, which the finder takes for every bare weekday; that
    reading is kept as the alternative."""
    if details.form != DateForm.WEEKDAY or details.relative or not details.weekday or reference is None:
        return mention, details
    coming = coming_weekday(details.weekday, reference)
    one_day = not math.isinf(mention.low) and mention.low == mention.high
    if coming is None or not one_day or coming.toordinal() == mention.low:
        return mention, details
    day = float(coming.toordinal())
    moved = replace(mention, low=day, high=day, alternatives=((mention.low, mention.high),))
    return moved, details.replace(resolved=coming.isoformat())


def _another_event(before: str, span) -> str | None:
    """ "investigating a June 20 shooting", "a suspect in a 1999 incident": a
    day written between an indefinite article and an event noun dates another
    event of that kind than the story's (which is "the shooting", "Friday's
    shooting"), so it is kept as that other event's day, never the incident's.
    Only nouns of an incident: "at a Saturday press conference" keeps its
    statement's day."""
    if not _INDEFINITE.search(before):
        return None
    head = span.root.head
    noun = lemma_of(head)
    if head.i < span.end or event_lexicon().by_noun.get(noun) != "incident":
        return None  # "a Saturday press conference" is the story's own statement
    return f"other:{noun}"


def extract_dates(doc: Doc) -> None:
    reference = doc._.rc_reference_date
    for sent in doc.sents:
        # a quotation's "yesterday" counted from the day it was said ("said Wednesday")
        for mention in from_said_day(sent, find_dates(sent.text, reference), reference):
            start, end = sent.start_char + mention.start, sent.start_char + mention.end
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or _universal_day(sent.text[: mention.start]):
                continue
            if _zone_day(sent.text[: mention.start], sent.text[mention.end :]):
                continue
            # every day is aligned as a candidate day of the incident; only
            # days the parse ties to the incident itself can conflict
            event, _ = event_of(span.root, life=True)
            if event in event_lexicon().life and not _long_before(mention.high, reference):
                event, _ = event_of(span.root)  # "returned home on Saturday and shot his wife"
            # "just before midnight on Thursday": the clock's day, of the clock's event
            event = event_of_clock_day(span) or event
            # "The coroner's office on Saturday identified the victim": the step's day
            event = own_action(span, event) or event
            # "Police tape surrounded the home Monday evening": the scene's day
            event = scene_event(span, event) or event
            if event in ("incident", "unknown") or event.startswith("other:"):
                # "to mark a week since the shooting": a later action's day
                event = AFTERMATH if dates_aftermath(span) else event
            event = _another_event(sent.text[: mention.start], span) or event
            # "the Tuesday crash": the crash's own day, wherever the parse hangs it
            attributive = attributive_of_incident(span)
            event = "incident" if attributive else event
            # "the warning stays in force until Friday"; a day whose verb names
            # an event of its own keeps it ("will not reopen until Friday")
            coming = event in _UNNAMED_EVENTS or event.startswith("other:")
            coming = coming and forecast_day(span) and not attributive
            event = PLAN_EVENT if coming else event
            # the finder's loosely keyed reading becomes the typed record here
            details = DateDetails.from_attrs({**dict(mention.attrs), "event": event})
            if coming:
                mention, details = _coming(mention, details, reference)
            if attributive or possessive_of_incident(span):
                # "Monday's landslide", "the Monday landslide": the incident's day
                details = details.replace(possessive=True)
            subject, label, measure = event_lexicon().day_of(event)
            if _INDEFINITE.search(sent.text[: mention.start]) and not _year_of_event(span):
                # "on a Friday afternoon": some Friday, not the last one; "a
                # 1999 incident" is an incident of that one year
                details = details.replace(resolved=None)
                value = _value(-math.inf, math.inf, details)
            else:
                value = _value(mention.low, mention.high, details, _other_orders(mention, details))
            raw = RawClaim(
                ClaimKind.date,
                start,
                end,
                subject,
                label,
                value,
                details,
                list(mention.notes),
                frame=_frame(span, event, measure),
            )
            add_claim(doc, raw)
    # "died Monday" where the report dates the attack on another day
    relabel_later_deaths(doc)
    # "died the next day": counted from the day of the attack read above
    add_death_offsets(doc)
    # "LOKARA, Feb. 8 — ... attacked the village on Saturday night": the day of filing
    relabel_filing_day(doc)


register_extractor("reportcheck_dates", extract_dates)
