"""Times of day as claims: "around 12am", "at noon", "1353 (1023 GMT)".

The string parser (:mod:`reportcheck.extract.times.finders`) reads the clock
value; this component ties each time to the event it times (see
:mod:`reportcheck.extract.core.events`) so that the time of the attack is never
set against the time the fire service was called.  Day parts on their own
("in the morning") are periods, not clock times, and are left to the date.
"""

from __future__ import annotations

from spacy.tokens import Doc

from reportcheck.details import TimeDetails
from reportcheck.extract.core.base import RawClaim, add_claim, register_extractor
from reportcheck.extract.core.events import REPORTED_MINUTES, event_lexicon, event_of_time, time_reported
from reportcheck.extract.times.finders import find_times
from reportcheck.models import ClaimKind, Interval, Value


def _label(minutes: float) -> str:
    minutes = minutes % (24 * 60)
    return f"{int(minutes // 60):02d}:{int(minutes % 60):02d}"


def extract_times(doc: Doc) -> None:
    for sent in doc.sents:
        for mention in find_times(sent.text):
            reading = dict(mention.attrs)
            if "period" in reading:
                continue
            start = sent.start_char + mention.start
            end = sent.start_char + mention.end
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            event, label = event_of_time(span)
            named_event = event in event_lexicon().labels
            if not named_event:
                # unnamed events are aligned with the incident, but a conflict
                # needs both times tied to one named event (see judge_time)
                label = "time of the incident"
            point = mention.low == mention.high
            # "the blast was reported at 6:10 a.m.": at 6:10 or shortly before
            reported = point and named_event and time_reported(span)
            value = Value(
                unit="min",
                written=mention.low if point else None,
                precision=0.0,
                low=mention.low - REPORTED_MINUTES if reported else mention.low,
                high=mention.high,
                alternatives=[Interval(low=lo, high=hi) for lo, hi in mention.alternatives],
                label=_label(mention.low) if point else f"{_label(mention.low)}-{_label(mention.high)}",
            )
            # the finder's loosely keyed reading becomes the typed record here
            details = TimeDetails.from_attrs({**reading, "event": event})
            subject = event if named_event else "incident"
            add_claim(
                doc,
                RawClaim(ClaimKind.time, start, end, subject, label, value, details, list(mention.notes)),
            )


register_extractor("reportcheck_times", extract_times)
