"""Years of other calendars written with a date ("12 June B.E. 2568 (2025)").

Thai official copy dates by the Buddhist Era, whose year is the Gregorian
one plus 543 ("May 18, 2568"), often with the Gregorian year in brackets;
Gulf, Iranian and Nepali copy write their own calendars' years beside the
Gregorian date ("10 Ramadan 1446 AH, corresponding to 10 March 2025", "in
2082 B.S.").  Read literally such a year puts the day five centuries off,
and one report's "May 18, 2568 (2025)" against the other's Sunday, May 18,
2025 becomes a contradiction of 198,000 days.

:func:`with_era_year` reads the year of a calendar date found by
:mod:`~reportcheck.extract.dates.calendar_phrases` in the light of what is
written around it: an era's mark (``other_eras`` of ``rules/dates.yaml``)
and a Gregorian year in brackets; :func:`era_marked_year` tells the year
finder which bare years are an era's.  What is left, an unmarked year far
ahead of the report's own, is :mod:`~reportcheck.extract.dates.resolve`'s
to leave unplaced (``far_year_ahead``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from reportcheck.details import DateForm
from reportcheck.extract.dates.rules import OtherEra, date_rules
from reportcheck.extract.dates.spec import Found


@cache
def _marks() -> dict[str, OtherEra]:
    """Each era's marks as written, to its era."""
    return {mark: era for era in date_rules().other_eras for mark in era.marks}


def _mark_pattern() -> str:
    """The marks, longest first, each a whole word ("BE", never "BEACH")."""
    marks = sorted(_marks(), key=lambda mark: (-len(mark), mark))
    return "|".join(re.escape(mark).replace(r"\ ", r"\s") for mark in marks)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What may follow a yearless date (a marked year, and its Gregorian
    year in brackets), a date's written year (a mark, a bracketed year) and
    a bare year (a mark)."""
    mark = _mark_pattern()
    if not mark:
        never = re.compile(r"(?!)")
        return never, never, never
    bracket = r"(?:\s{0,2}\(\s{0,2}(?P<bracket>[0-9]{4})\s{0,2}\))?"
    after = rf"(?:\s{{0,2}}(?P<after>{mark})(?![\w]))"
    marked_year = re.compile(
        rf"\s{{0,3}},?\s{{0,3}}(?:(?P<before>{mark})\s{{0,2}})?(?P<year>[0-9]{{4}})\b(?![.,:][0-9]){after}?{bracket}"
    )
    year_tail = re.compile(rf"{after}?{bracket}")
    bare_tail = re.compile(after)
    return marked_year, year_tail, bare_tail


def _gregorian(written: int, mark: str | None, bracket: str | None) -> int | None:
    """The Gregorian year of a date written with year ``written``, the era's
    ``mark`` and a year in brackets: the bracketed year where it is one of
    ``year_range`` and the written one is not, or where the written year is
    marked an era's; else an era's year less its offset; else None for an
    era of its own months."""
    low, high = date_rules().year_range
    if bracket is not None and low <= int(bracket) <= high and (mark or not low <= written <= high):
        return int(bracket)
    if mark is None:
        return written
    era = _marks()[mark]
    return written - era.offset if era.offset is not None else None


def with_era_year(text: str, found: Found) -> Found:
    """A calendar date with the year an era's mark or a bracketed Gregorian
    year gives it, the phrase taking them in: "12 June B.E. 2568 (2025)"
    and "May 18, 2568 (2025)" are 2025's, "12 June 2568 B.E." too; a year
    marked as an era of its own months ("1446 AH") gives the date no year.
    A date with no such words around it is returned as found."""
    spec = found.spec
    if spec.kind != "calendar" or spec.month is None:
        return found
    marked_year, year_tail, _ = _patterns()
    if spec.year is None:
        m = marked_year.match(text, found.end)
        if m is None or not (m.group("before") or m.group("after")):
            return found
        mark = m.group("before") or m.group("after")
        year = _gregorian(int(m.group("year")), mark, m.group("bracket"))
    else:
        m = year_tail.match(text, found.end)
        if m is None or not (m.group("after") or m.group("bracket")):
            return found
        year = _gregorian(spec.year, m.group("after"), m.group("bracket"))
    form = DateForm.FULL_DATE if year is not None else DateForm.MONTH_DAY
    if spec.form not in {DateForm.FULL_DATE, DateForm.MONTH_DAY}:
        form = spec.form
    return Found(found.start, m.end(), replace(spec, year=year, form=form))


def era_marked_year(text: str, end: int) -> bool:
    """Whether the bare four-digit year ending at ``end`` is marked an
    era's ("in 2082 B.S.", "since 1446 AH"): no Gregorian year to read."""
    return _patterns()[2].match(text, end) is not None
