"""Days still to come: a forecast's, a warning's, a stretch that runs on.

Weather and hazard copy dates what it expects as often as what happened:
"more storms are forecast for Friday", "a new band of rain was expected on
Tuesday", "the red warning stays in force until Friday", "issued an orange
warning for disruptive rain until Thursday", "warned of heavy rainfall ...
until Wednesday", "kept a storm alert in place until Wednesday", "more rain
is in the forecast through Tuesday".  Such a weekday is a coming day: read
back from the dateline, as a bare weekday is, it became last week's day and,
hung on no verb of its own, the day of the incident.

A day is such a day when (``forecast_days`` of rules/dates.yaml):

- a word that ends a stretch stands right before it ("until", "through")
  and its clause looks ahead: the clause is told as future or intended
  (:func:`~reportcheck.extract.core.events.planned`), its verb is in the
  present ("stays in force until Friday", "are being released until
  Monday"), or a word of a warning or a forecast tells the clause (the verb
  or a word above it, or their subject or object: "maintained an orange
  alert ... until Wednesday", "warning of further heavy rain ... until
  Tuesday evening");
- or it hangs on a verb of forecasting in the passive ("has been forecast
  for Wednesday", "rain was expected on Tuesday").

A stretch told in the past ("the old creamery stood until Tuesday", "the
search continued till Monday", "the warning had been in force until
Monday"), a past forecast in a relative clause ("the storm, which was
expected on Monday, arrived on Tuesday") keep their reading, and so does the day a
warning was issued ("the weather service warned on Tuesday"): both are days
gone by.  The day is given the ``plan`` event (rules/events.yaml), and a
bare weekday the coming one (:func:`coming_weekday`).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from reportcheck.extract.core.base import lemma_of, perfect
from reportcheck.extract.core.events import planned
from reportcheck.extract.dates.rules import date_rules

#: the verb tags of the present ("stays", "are"), never "has" of a perfect
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


@cache
def _stretch_end() -> re.Pattern[str]:
    """A stretch's end written right before the day: "until ", "through
    late ", "until at least "."""
    words = "|".join(re.escape(word) for word in date_rules().forecast_days.stretch_end_words)
    return re.compile(rf"\b(?:{words})\s+(?:at\s+least\s+)?(?:(?:late|early)\s+)?$", re.IGNORECASE)


def forecast_day(span: Span) -> bool:
    """Whether the day ``span`` is one still to come when the report was
    written: the end of a stretch its clause looks ahead to, or the day of
    what a passive verb of forecasting foretells."""
    verb = _clause_verb(span.root)
    if verb is None:
        return False
    before = span.doc[span.sent.start : span.start].text_with_ws
    if _stretch_end().search(before):
        if _pluperfect(verb):
            return False
        return planned(verb) or _present(verb) or _warned(verb)
    return _foretold(verb)


def _pluperfect(verb: Token) -> bool:
    """ "The warning had been in force until Monday, when the storm struck":
    a perfect on "had" tells a stretch that ended before a past moment, a
    day gone by even where a warning tells the clause."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _clause_verb(token: Token) -> Token | None:
    """The nearest verb above the day: the verb of its clause."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _present(verb: Token) -> bool:
    """ "The red warning stays in force", "details are being released": the
    clause's verb, or an auxiliary of it other than a perfect's "has", is in
    the present."""
    if verb.tag_ in _PRESENT_TAGS:
        return True
    if perfect(verb):
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in _PRESENT_TAGS for c in verb.children)


def _warned(verb: Token) -> bool:
    """Whether a word of a warning or a forecast tells the clause: the verb
    or one above it ("warning of further heavy rain ... until Tuesday"), or
    a word those verbs govern ("maintained an orange alert ... until
    Wednesday", "a dispersal order was put in place until Monday")."""
    words = set(date_rules().forecast_days.warning_words)
    for node in (verb, *verb.ancestors):
        if lemma_of(node) in words or any(lemma_of(c) in words for c in node.children):
            return True
    return False


def _foretold(verb: Token) -> bool:
    """ "More storms are forecast for Friday", "rain was expected on
    Tuesday": a verb of forecasting in the passive, whose subject is what
    is foretold for the day."""
    if lemma_of(verb) not in date_rules().forecast_days.forecast_verbs:
        return False
    passive = [c for c in verb.children if c.dep_ == "auxpass"]
    # "The storm, which was expected on Monday, arrived on Tuesday": a past
    # forecast told of a noun in a relative clause is what was foretold then
    if verb.dep_ == "relcl" and any(c.tag_ == "VBD" for c in passive):
        return False
    return bool(passive)
