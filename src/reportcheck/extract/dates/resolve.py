"""Reading a date phrase against the dateline: the calendar arithmetic.

:func:`resolve` places a :class:`~reportcheck.extract.dates.spec.Spec` on the
calendar (first and last day, alternatives, notes), by the news conventions
described in :mod:`reportcheck.extract.dates.finders`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from reportcheck.details import DateDetails, DateForm
from reportcheck.extract.dates.rules import date_rules
from reportcheck.extract.dates.spec import Spec
from reportcheck.extract.dates.words import weekday_names


@dataclass
class _Reading:
    """A spec placed on the calendar: first/last day or ``None`` when unknown."""

    first: date | None = None
    last: date | None = None
    attrs: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    alternatives: list[tuple[date, date]] = field(default_factory=list)
    precision: float = 0.0


def iso(d: date) -> str:
    return d.isoformat()


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def _add_months(d: date, months: int) -> date:
    """Same day ``months`` later, clamped to the month's end (Jan 31 + 1 -> Feb 28)."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, _month_end(year, month + 1).day))


def _week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _resolve_calendar(spec: Spec, ref: date | None) -> _Reading:
    assert spec.month is not None and spec.day is not None
    reading = _Reading(attrs={"month_day": f"{spec.month:02d}-{spec.day:02d}"})
    if spec.holiday:
        reading.attrs["holiday"] = spec.holiday
    if spec.weekday is not None:
        reading.attrs["weekday"] = weekday_names()[spec.weekday]
    year = _written_year(spec, ref, reading)
    if year is None:
        year = _short_year(spec, ref)
    if year is None and spec.year_offset is not None and ref is not None:
        year = ref.year + spec.year_offset
    if year is None:
        if ref is None:
            reading.notes.append("no year and no dateline: the day is not placed in a year")
            return reading
        year = _infer_year(spec, ref, reading)
        if year is None:
            return reading
    first = _valid_date(year, spec.month, spec.day)
    if first is None:
        reading.notes.append(f"{year}-{spec.month:02d}-{spec.day:02d} is not a calendar date")
        return reading
    last = (
        date(year, spec.month, spec.day2)
        if spec.day2 and spec.day2 <= _month_end(year, spec.month).day
        else first
    )
    reading.first, reading.last = first, last
    if spec.other_order:
        other = _valid_date(year, *spec.other_order)
        if other is not None:
            reading.alternatives.append((other, other))
            reading.notes.append(f"numbers read month first; {iso(other)} if day first")
    _check_weekday(spec, reading)
    return reading


def _written_year(spec: Spec, ref: date | None, reading: _Reading) -> int | None:
    """The year written with a date, unless it lies more than
    ``far_year_ahead`` years after the report's own (after ``year_range``'s
    last with no dateline): "May 18, 2568" is a Buddhist Era year with no
    mark (extract/dates/eras.py reads the marked ones), no Gregorian day
    five centuries on, and the date is read as if yearless."""
    if spec.year is None:
        return None
    rules = date_rules()
    latest = ref.year + rules.far_year_ahead if ref is not None else rules.year_range[1]
    if spec.year <= latest:
        return spec.year
    reading.notes.append(f"the year {spec.year} is far after the report's: another calendar's, not read")
    if spec.form is DateForm.FULL_DATE:
        reading.attrs["form"] = DateForm.MONTH_DAY  # read as written without its year
    return None


def _valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _short_year(spec: Spec, ref: date | None) -> int | None:
    """A two-digit year ("11/28/05") in the century that puts it at most 20
    years after the dateline (2049 at most with no dateline)."""
    if spec.short_year is None:
        return None
    yy = spec.short_year
    ceiling = (ref.year if ref else 2029) + 20
    year = (ceiling // 100) * 100 + yy
    return year - 100 if year > ceiling else year


def _infer_year(spec: Spec, ref: date, reading: _Reading) -> int | None:
    """The year of a yearless date: the most recent occurrence on or before the
    dateline, the coming one when it is near or the clause is in the future
    tense, or, where that occurrence lies further from the dateline than a
    report's week, the one a written weekday fits.  The other occurrence
    becomes an alternative."""
    assert spec.month is not None and spec.day is not None
    candidates = [d for y in range(ref.year - 8, ref.year + 9) if (d := _valid_date(y, spec.month, spec.day))]
    if not candidates:
        reading.notes.append(f"{spec.month:02d}-{spec.day:02d} is not a calendar date")
        return None
    past = [d for d in candidates if d < ref]
    future = [d for d in candidates if d >= ref]
    chosen, other, why = _pick_occurrence(past, future, ref, spec.future_cue)
    if spec.weekday is not None and not _within_the_reports_week(chosen, ref):
        fitting = [
            d for d in (past[-1:] + future[:1] + past[-2:-1] + future[1:2]) if d.weekday() == spec.weekday
        ]
        if fitting:
            chosen, other, why = fitting[0], None, "the one its weekday fits"
    if other is not None and not spec.day2:
        reading.alternatives.append((other, other))
    reading.attrs["inferred_year"] = str(chosen.year)
    reading.notes.append(f"no year written: {chosen.year}, {why} by the dateline {iso(ref)}")
    return chosen.year


def _within_the_reports_week(chosen: date, ref: date) -> bool:
    """Whether the occurrence a yearless date is read as lies within
    ``weekday_keeps_year_days`` of the dateline.  A weekday written with
    such a day ("early Saturday, March 8" in a report of March 8, 2026, a
    Sunday) is the reporter's slip, never a sign of a year before or after:
    the day keeps the report's year, and :func:`_check_weekday` says the
    weekday does not fit.  Further back ("on Friday, Jan. 22" in a trial
    story of the next winter) the weekday may still pick the year."""
    return abs((chosen - ref).days) <= date_rules().weekday_keeps_year_days


def _pick_occurrence(
    past: list[date], future: list[date], ref: date, future_cue: bool
) -> tuple[date, date | None, str]:
    """The occurrence a yearless date means, the other one, and why.

    Reports are mostly about what has happened, so the past one wins unless
    the coming one is within the look-ahead (or is the dateline itself) or
    a future-tense cue precedes the phrase."""
    recent = past[-1] if past else None
    upcoming = future[0] if future else None
    if upcoming is not None and (recent is None or future_cue):
        return upcoming, recent, "the coming one (future tense)" if future_cue else "the coming one"
    if upcoming is not None and (upcoming - ref).days <= date_rules().yearless_lookahead_days:
        return upcoming, recent, "the coming one, within the look-ahead"
    assert recent is not None
    return recent, upcoming, "the most recent one"


def _check_weekday(spec: Spec, reading: _Reading) -> None:
    if spec.weekday is None or reading.first is None:
        return
    if reading.first.weekday() != spec.weekday:
        actual = weekday_names()[reading.first.weekday()]
        reading.attrs["weekday_mismatch"] = actual
        reading.notes.append(
            f"written as a {weekday_names()[spec.weekday]}, but {iso(reading.first)} is a {actual}"
        )


def _resolve_weekday(spec: Spec, ref: date | None) -> _Reading:
    assert spec.weekday is not None
    name = weekday_names()[spec.weekday]
    reading = _Reading(attrs={"weekday": name})
    if spec.word:
        reading.attrs["relative"] = f"{spec.word} {name.lower()}"
    if spec.day is not None:
        reading.attrs["day_of_month"] = str(spec.day)
    if ref is None:
        reading.notes.append(f"'{name}' needs a dateline to name a day")
        return reading
    if spec.day is not None:
        return _weekday_with_day(spec, ref, reading)
    if spec.anaphoric:
        reading.notes.append(f"'{name}' is counted from the narrated time, not the dateline")
        return reading
    if spec.unit == "week":
        day = _week_start(ref) + timedelta(weeks=spec.offset, days=spec.weekday)
        reading.first = reading.last = day
        reading.notes.append(f"{name} of the week {spec.offset:+d} from the dateline {iso(ref)}")
        return reading
    day, alternative, how = _weekday_by_mode(spec.weekday, spec.mode or "past_or_same", ref)
    if spec.future_cue and not spec.mode:
        alternative = ref + timedelta(days=(spec.weekday - ref.weekday()) % 7 or 7)
        how += "; future tense nearby, so the coming one is an alternative"
    reading.first = reading.last = day
    if alternative is not None:
        reading.alternatives.append((alternative, alternative))
    reading.notes.append(f"'{name}' read as {how}, against the dateline {iso(ref)}")
    return reading


def _weekday_by_mode(weekday: int, mode: str, ref: date) -> tuple[date, date | None, str]:
    """The day a modified weekday names, an alternative reading, and how."""
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    if mode == "past_or_same":
        return ref - timedelta(days=back), None, "the most recent such day on or before the dateline"
    if mode in {"past", "past_ambiguous"}:
        day = ref - timedelta(days=back or 7)
        same_week = mode == "past_ambiguous" and _week_start(day) == _week_start(ref)
        alt = day - timedelta(days=7) if same_week else None
        return day, alt, "the most recent such day before the dateline"
    if mode in {"future", "future_ambiguous"}:
        day = ref + timedelta(days=ahead or 7)
        same_week = mode == "future_ambiguous" and _week_start(day) == _week_start(ref)
        alt = day + timedelta(days=7) if same_week else None
        return day, alt, "the first such day after the dateline"
    return _week_start(ref) + timedelta(days=weekday), None, "that day of the dateline's week"


def _weekday_with_day(spec: Spec, ref: date, reading: _Reading) -> _Reading:
    """ "Monday 21": the nearest day within a month that is both."""
    assert spec.weekday is not None and spec.day is not None
    for distance in range(0, 32):
        for day in (ref - timedelta(days=distance), ref + timedelta(days=distance)):
            if day.weekday() == spec.weekday and day.day == spec.day:
                reading.first = reading.last = day
                reading.notes.append(
                    f"the nearest {weekday_names()[spec.weekday]} the {spec.day} to {iso(ref)}"
                )
                return reading
    reading.notes.append("no such weekday and day within a month of the dateline")
    return reading


def _resolve_day_of_month(spec: Spec, ref: date | None) -> _Reading:
    assert spec.day is not None
    reading = _Reading(attrs={"day_of_month": str(spec.day)})
    if ref is None:
        reading.notes.append("a day of the month needs a dateline")
        return reading
    months = [_add_months(ref.replace(day=1), k) for k in range(-12, 13)]
    days = [d for m in months if (d := _valid_date(m.year, m.month, spec.day))]
    past = [d for d in days if d <= ref]
    chosen, other = past[-1], next((d for d in days if d > ref), None)
    reading.first = reading.last = chosen
    if other is not None:
        reading.alternatives.append((other, other))
    reading.notes.append(f"the most recent {spec.day} on or before the dateline {iso(ref)}")
    return reading


def _resolve_relative(spec: Spec, ref: date | None) -> _Reading:
    reading = _Reading(attrs={"relative": spec.word})
    if ref is None:
        reading.notes.append(f"'{spec.word}' needs a dateline to name a day")
        return reading
    reading.first = reading.last = ref + timedelta(days=spec.offset)
    reading.notes.append(f"'{spec.word}' read against the dateline {iso(ref)}")
    return reading


def _resolve_ago(spec: Spec, ref: date | None) -> _Reading:
    reading = _Reading(attrs={"relative": spec.word})
    reading.precision = 0.0 if spec.unit == "day" else date_rules().ago_units[spec.unit] / 2
    if ref is None:
        reading.notes.append("'ago' needs a dateline")
        return reading
    months = date_rules().ago_months.get(spec.unit)
    if months is not None and float(months * spec.amount).is_integer():
        day = _add_months(ref, -int(months * spec.amount))  # "a year and a half ago": 18 months
    else:
        day = ref - timedelta(days=round(spec.amount * date_rules().ago_units[spec.unit]))
    reading.first = reading.last = day
    within = f", give or take {reading.precision:g} days" if reading.precision else ""
    reading.notes.append(f"{spec.amount:g} {spec.unit}(s) before the dateline {iso(ref)}{within}")
    return reading


def _resolve_period(spec: Spec, ref: date | None) -> _Reading:
    reading = _Reading(attrs={"relative": spec.word})
    if ref is None:
        reading.notes.append(f"'{spec.word}' needs a dateline")
        return reading
    if spec.mode == "rolling":
        first, last = _rolling(spec.unit, spec.offset, ref)
    else:
        first, last = _calendar_period(spec.unit, spec.offset, ref)
        if spec.mode == "before":
            last = min(last, ref)
        elif spec.mode == "after":
            first = max(first, ref)
    reading.first, reading.last = first, last
    reading.notes.append(f"'{spec.word}' read against the dateline {iso(ref)}")
    return reading


def _calendar_period(unit: str, offset: int, ref: date) -> tuple[date, date]:
    """The week (Monday-Sunday), weekend, month or year ``offset`` from the dateline's."""
    if unit in {"week", "weekend"}:
        start = _week_start(ref) + timedelta(weeks=offset)
        return (
            (start + timedelta(days=5), start + timedelta(days=6))
            if unit == "weekend"
            else (start, start + timedelta(days=6))
        )
    if unit == "month":
        start = _add_months(ref.replace(day=1), offset)
        return start, _month_end(start.year, start.month)
    return date(ref.year + offset, 1, 1), date(ref.year + offset, 12, 31)


def _rolling(unit: str, direction: int, ref: date) -> tuple[date, date]:
    """ "the past week": the seven days up to the dateline (or after it)."""
    if unit == "week":
        other = ref + timedelta(days=7 * direction)
    elif unit == "month":
        other = _add_months(ref, direction)
    else:
        other = _add_months(ref, 12 * direction)
    return (other, ref) if direction < 0 else (ref, other)


def _resolve_weekend(spec: Spec, ref: date | None) -> _Reading:
    reading = _Reading(attrs={"relative": spec.word})
    if ref is None:
        reading.notes.append("'the weekend' needs a dateline")
        return reading
    offset = 0 if ref.weekday() >= 5 else -1
    reading.first, reading.last = _calendar_period("weekend", offset, ref)
    reading.last = min(reading.last, ref)
    reading.notes.append(f"the most recent weekend on or before the dateline {iso(ref)}")
    return reading


def _resolve_month(spec: Spec, ref: date | None) -> _Reading:
    assert spec.month is not None
    reading = _Reading(attrs={"month": f"{spec.month:02d}"})
    if spec.word:
        reading.attrs["relative"] = spec.word
    year = _written_year(spec, ref, reading)
    if year is None and spec.year_offset is not None and ref is not None:
        year = ref.year + spec.year_offset
    if year is None:
        if ref is None:
            reading.notes.append("a month without a year needs a dateline")
            return reading
        year = _month_year(spec.month, spec.mode, ref, spec.future_cue)
        reading.attrs["inferred_year"] = str(year)
        other = _month_year(spec.month, spec.mode, ref, not spec.future_cue)
        if other != year:
            reading.alternatives.append((date(other, spec.month, 1), _month_end(other, spec.month)))
        which = "the coming one (future tense)" if spec.future_cue else "by the rule for its word"
        reading.notes.append(f"no year written: {year}, {which}, against the dateline {iso(ref)}")
    reading.first, reading.last = date(year, spec.month, 1), _month_end(year, spec.month)
    return reading


def _month_year(month: int, mode: str, ref: date, future_cue: bool) -> int:
    """ "in October": the last October begun by the dateline (the coming one
    after a future cue); "last May": the last May before the dateline's
    month; "next March": the first after it; "this May": the dateline's."""
    if mode == "this":
        return ref.year
    if mode == "next":
        return ref.year if month > ref.month else ref.year + 1
    if mode == "last":
        return ref.year if month < ref.month else ref.year - 1
    if future_cue:
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year if month <= ref.month else ref.year - 1


def _resolve_year(spec: Spec, ref: date | None) -> _Reading:
    assert spec.year is not None
    reading = _Reading(attrs={"year": str(spec.year)})
    reading.first, reading.last = date(spec.year, 1, 1), date(spec.year, 12, 31)
    return reading


_RESOLVERS: dict[str, Callable[[Spec, date | None], _Reading]] = {
    "calendar": _resolve_calendar,
    "day_of_month": _resolve_day_of_month,
    "weekday": _resolve_weekday,
    "relative": _resolve_relative,
    "ago": _resolve_ago,
    "period": _resolve_period,
    "weekend": _resolve_weekend,
    "month": _resolve_month,
    "year": _resolve_year,
}


def resolve(spec: Spec, ref: date | None) -> _Reading:
    """Place a spec on the calendar.  A dateline at the calendar's ends (year 1
    or 9999) can push the arithmetic off it; the phrase is then kept, unplaced."""
    try:
        reading = _RESOLVERS[spec.kind](spec, ref)
        return _shifted(reading, spec) if spec.shift else reading
    except (OverflowError, ValueError):
        return _Reading(attrs={"form": spec.form}, notes=["the date falls outside the calendar"])


def _shifted(reading: _Reading, spec: Spec) -> _Reading:
    """Move a reading by the days of "the morning after", in attrs too."""
    step = timedelta(days=spec.shift)
    if reading.first is not None and reading.last is not None:
        reading.first, reading.last = reading.first + step, reading.last + step
    reading.alternatives = [(a + step, b + step) for a, b in reading.alternatives]
    if "month_day" in reading.attrs:
        moved = date(2000, int(reading.attrs["month_day"][:2]), int(reading.attrs["month_day"][3:])) + step
        reading.attrs["month_day"] = f"{moved.month:02d}-{moved.day:02d}"
    if "weekday" in reading.attrs and spec.weekday is not None:
        reading.attrs["weekday"] = weekday_names()[(spec.weekday + spec.shift) % 7]
    reading.attrs.pop("holiday", None)
    reading.notes.append(f"shifted {spec.shift:+d} day(s) by the words before it")
    return reading


def page_year_weekday_note(details: DateDetails) -> str | None:
    """A note where a month and day written with a weekday and no year
    ("Monday evening, December 12th") does not fall on that weekday in the
    year of its page's copyright line, nor, for a day of December or
    January, in the year beside it (a page of early January tells of last
    December's shooting under this year's footer).  Only a note: the year is
    the page's guess, never the report's, so no conflict is made of it."""
    if details.page_year is None or not details.weekday or not details.month_day:
        return None
    month, day = (int(part) for part in details.month_day.split("-"))
    years = [details.page_year]
    if month in (1, 12):
        years += [details.page_year + (1 if month == 1 else -1)]
    days = []
    for year in years:
        try:
            days.append(date(year, month, day))
        except ValueError:
            continue
    if not days or any(weekday_names()[d.weekday()] == details.weekday for d in days):
        return None
    first = days[0]
    return (
        f"written as a {details.weekday}, but {first.strftime('%B')} {day} of {details.page_year}, "
        f"the year of the page's copyright line, is a {weekday_names()[first.weekday()]}"
    )
