"""Dates in news text, resolved against the report's own dateline.

Two reports of one incident rarely write its date the same way: one says
"Sunday's quake", the other "on July 21".  Comparing them needs both turned
into days, and a report's relative words ("yesterday", "on Tuesday", "last
month") only name a day once read against that report's dateline, so
:func:`find_dates` takes the dateline as ``reference``.

Conventions of the returned :class:`Mention` records (dimension ``date``,
unit ``day``):

* ``low``/``high`` are proleptic ordinals (``date.toordinal()``) of the first
  and last day the phrase can mean: one day for "May 29, 2008", the month
  for "in October", the year for "in 2005".
* A phrase that cannot be placed on the calendar (a relative phrase with no
  dateline, "Dec. 26" with no dateline, "Feb 30") is still returned, with
  ``low=-inf`` and ``high=+inf``; its ``attrs`` say what is known
  (``weekday``, ``month_day``, ``month``, ``relative``), so a comparer can
  still match "on Sunday" with "Sunday's quake".
* News convention: a bare weekday is the most recent such day on or before
  the dateline (within six days); "next Tuesday" lies ahead.  A date without
  a year is its most recent occurrence on or before the dateline, unless the
  next one falls within ``yearless_lookahead_days`` or the clause before it
  speaks of the future ("will be held on September 6"); a bare month is the
  most recent one that began on or before the dateline, or the coming one
  after a future cue.  The other reading of an ambiguous phrase goes to
  ``alternatives`` (for a bare weekday after a future cue, the coming day).
* ``attrs`` keys: ``form`` (what was written), ``resolved`` (ISO day, when
  one day is known), ``range`` (``first/last``, for longer spans),
  ``weekday``, ``month_day`` (``MM-DD``), ``month``, ``day_of_month``,
  ``relative``, ``daypart`` ("Friday evening": the clock time is another
  component's job), ``part`` (early/mid/late), ``holiday``, ``year``,
  ``inferred_year`` (a year the text did not write) and ``weekday_mismatch``
  (the real weekday, when the written one does not fit the date).
* ``precision`` is half the unit of "N weeks/months/years ago" in days (3.5
  for "two weeks ago"), 0 otherwise.  Mentions come in text order and never
  overlap; "yesterday (July 21st)" gives two, which a comparer can check
  against each other.

The vocabulary (weekday names, relative words, fixed-date holidays, cue
words) is data in ``rules/dates.yaml``, the month names are in
:mod:`reportcheck.knowledge.vocabulary`.  This module is the entry point: it
runs the finders (:mod:`~reportcheck.extract.dates.calendar_phrases`,
:mod:`~reportcheck.extract.dates.relative_phrases`, over the patterns of
:mod:`~reportcheck.extract.dates.patterns`), keeps the longest phrases, joins
and shifts them, and has :mod:`~reportcheck.extract.dates.resolve` read each
against the dateline.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

from reportcheck.extract.core.mentions import Mention
from reportcheck.extract.core.numbers import longest_first
from reportcheck.extract.dates.calendar_phrases import (
    found_day_month,
    found_holidays,
    found_month,
    found_month_day,
    found_month_year,
    found_numeric,
    found_numeric_short,
    found_on_the_nth,
    found_years,
)
from reportcheck.extract.dates.eras import with_era_year
from reportcheck.extract.dates.patterns import date_patterns
from reportcheck.extract.dates.relative_phrases import (
    found_ago,
    found_periods,
    found_relative,
    found_weekdays,
    lone_relative_words,
)
from reportcheck.extract.dates.resolve import iso, resolve
from reportcheck.extract.dates.rules import date_rules
from reportcheck.extract.dates.spec import Found

# --------------------------------------------------------------------------
# public API
# --------------------------------------------------------------------------


def find_dates(text: str, reference: date | None) -> list[Mention]:
    """Every date phrase in ``text``, read against the dateline ``reference``.

    ``reference`` is the report's own date: relative phrases ("yesterday",
    "on Tuesday", "last month") are resolved against it.  With ``None`` they
    are still returned, unplaced (``low=-inf``, ``high=+inf``), with what is
    known in ``attrs``.  Mentions are in text order and never overlap.
    """
    candidates = [with_era_year(text, f) for finder in _FINDERS for f in finder(text)]
    found = _apply_shift_prefixes(text, _merge_weekdays(text, longest_first(candidates)))
    found = [f for f in found if not _calendar_yardstick(text, f)]
    found = [_with_tense(text, f) for f in _without_lone_words(found)]
    return [_mention(text, f, reference) for f in found]


def _without_lone_words(found: list[Found]) -> list[Found]:
    """The phrases found, less a relative word that dates an event only
    alone ("overnight") where the sentence names another day: "an overnight
    fire Friday" is Friday's, and the night is the Friday's own
    (``overnight`` of the date's details)."""
    lone = lone_relative_words()
    if not any(f.spec.kind == "relative" and f.spec.word in lone for f in found):
        return found
    kept = [f for f in found if not (f.spec.kind == "relative" and f.spec.word in lone)]
    days = {"calendar", "weekday", "relative", "day_of_month"}
    return kept if any(f.spec.kind in days for f in kept) else found


def _mention(text: str, found: Found, ref: date | None) -> Mention:
    spec = found.spec
    reading = resolve(spec, ref)
    attrs = {"form": spec.form, **reading.attrs}
    if spec.daypart:
        attrs["daypart"] = spec.daypart
    if spec.part:
        attrs["part"] = spec.part
    if reading.first is not None and reading.last is not None:
        if reading.first == reading.last:
            attrs["resolved"] = iso(reading.first)
        else:
            attrs["range"] = f"{iso(reading.first)}/{iso(reading.last)}"
        low, high = float(reading.first.toordinal()), float(reading.last.toordinal())
    else:
        low, high = -math.inf, math.inf
    return Mention(
        start=found.start,
        end=found.end,
        text=text[found.start : found.end],
        dimension="date",
        unit="day",
        low=low,
        high=high,
        precision=reading.precision,
        alternatives=tuple((float(a.toordinal()), float(b.toordinal())) for a, b in reading.alternatives),
        notes=tuple(reading.notes),
        attrs=tuple(attrs.items()),
    )


# --------------------------------------------------------------------------
# joining and shifting the phrases found
# --------------------------------------------------------------------------


_FINDERS: tuple[Callable[[str], Iterator[Found]], ...] = (
    found_holidays,
    found_month_day,
    found_day_month,
    found_month_year,
    found_month,
    found_numeric,
    found_numeric_short,
    found_on_the_nth,
    found_weekdays,
    found_relative,
    found_ago,
    found_periods,
    found_years,
)


#: what may stand between a weekday and the date it is written with:
#: "Friday, June 24", "Monday evening, December 12th", "Monday (Dec. 12)"
_WEEKDAY_GAP = re.compile(r"\.?\s{0,3}(?:,|(?P<bracket>\())?\s{0,3}")


def _merge_weekdays(text: str, found: list[Found]) -> list[Found]:
    """Join "Friday, June 24, 2005" into one phrase: the date carries the day,
    the weekday checks it (or picks the year of "Thursday, December 11").
    A date in brackets after its weekday ("Monday (Dec. 12)") is joined the
    same way, its closing bracket with it."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        gap = _WEEKDAY_GAP.fullmatch(text, prev.end, f.start) if prev is not None else None
        if (
            prev is not None
            and gap is not None
            and prev.spec.kind == "weekday"
            and not prev.spec.unit
            and prev.spec.day is None
            and f.spec.kind == "calendar"
            and f.spec.weekday is None
        ):
            end = f.end
            if gap.group("bracket"):
                closing = re.compile(r"\s{0,2}\)").match(text, end)
                if closing is None:
                    out.append(f)
                    continue
                end = closing.end()
            out[-1] = Found(
                prev.start, end, replace(f.spec, weekday=prev.spec.weekday, daypart=prev.spec.daypart)
            )
            continue
        out.append(f)
    return [
        f for f in out if not (f.spec.weekday_abbreviated and f.spec.kind == "weekday" and f.spec.day is None)
    ]


def _apply_shift_prefixes(text: str, found: list[Found]) -> list[Found]:
    """ "the morning after Christmas" is Dec 26 in the morning; "the night of
    May 29th" is May 29 at night.  Only for phrases that name one day."""
    rules = date_rules()
    out = []
    lower_bound = 0
    for f in found:
        one_day = f.spec.kind in {"calendar", "weekday", "relative", "day_of_month"} and f.spec.day2 is None
        m = (
            date_patterns().shift_prefix.search(text, max(lower_bound, f.start - 40), f.start)
            if one_day
            else None
        )
        if m:
            noun = m.group("noun").lower()
            spec = replace(
                f.spec,
                shift=f.spec.shift + rules.shift_words[m.group("rel").lower()],
                daypart=f.spec.daypart if noun == "day" else noun,
            )
            f = Found(m.start(), f.end, spec)
        out.append(f)
        lower_bound = f.end
    return out


def _calendar_yardstick(text: str, found: Found) -> bool:
    """Whether a day on the calendar is a yardstick some days off the day the
    sentence tells: "less than a week before the Fourth of July", "just days
    before Christmas", "ahead of New Year's Eve" (``holiday_yardsticks`` of
    rules/dates.yaml).  The day told is not the holiday's, so none is read;
    "the day after Christmas" names one day, and is read shifted."""
    if found.spec.kind != "calendar" or found.spec.day2 is not None:
        return False
    return date_patterns().holiday_yardstick.search(text, max(0, found.start - 40), found.start) is not None


def _with_tense(text: str, found: Found) -> Found:
    """Mark phrases whose reading depends on tense (a yearless date or month,
    a bare weekday) when the clause before them speaks of the future."""
    spec = found.spec
    tense_matters = (spec.kind in {"calendar", "month"} and spec.year is None and not spec.mode) or (
        spec.kind == "weekday" and not spec.mode and not spec.unit and spec.day is None
    )
    if tense_matters and _has_future_cue(text, found.start):
        return replace(found, spec=replace(spec, future_cue=True))
    return found


def _has_future_cue(text: str, start: int) -> bool:
    """True when the clause before a bare weekday speaks of the future ("will be
    held on Tuesday"): the upcoming day is then kept as an alternative."""
    window = text[max(0, start - 120) : start]
    cut = max(window.rfind("."), window.rfind("!"), window.rfind("?"), window.rfind("\n"))
    return bool(date_patterns().future_cue.search(window[cut + 1 :]))
