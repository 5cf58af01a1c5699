"""Dates in news text (``reportcheck.extract.dates.finders``), case by case.

The cases are data:

* ``date_cases.yaml`` (beside this module): news sentences (some quoted from ECB+, Cybulska &
  Vossen 2014, CC BY 3.0) with the phrase and the day(s) it must mean, and
  sentences that hold no date at all;
* ``tests/data/recognizers_text/datetime_date.jsonl``: the Recognizers-Text English
  date cases (MIT licence, Microsoft) in the forms news uses, scored for a
  pass rate; ``date_scope.yaml`` lists the cases left out and why, and
  ``datetime_date_no_result.jsonl`` holds their sentences with no date.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from reportcheck.errors import ReportcheckError
from reportcheck.extract.core.mentions import Mention
from reportcheck.extract.dates.finders import find_dates
from reportcheck.extract.dates.rules import DateRules
from reportcheck.knowledge.rules import load_rule_file
from reportcheck.knowledge.vocabulary import MONTH_FORMS, MONTH_NAMES, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES

from ...conftest import DATA

NEWS = yaml.safe_load(Path(__file__).with_name("date_cases.yaml").read_text(encoding="utf-8"))
RT = DATA / "recognizers_text"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
#: the pass rate the in-scope Recognizers-Text cases must reach
RT_TARGET = 0.85


def _day(iso: str) -> float:
    return float(date.fromisoformat(iso).toordinal())


def _reference(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _case_id(case: dict[str, Any]) -> str:
    return f"{case['span']} @ {case['reference']}: {case['sentence'][:40]}"


def _the_mention(sentence: str, reference: date | None, span: str) -> Mention:
    mentions = find_dates(sentence, reference)
    matching = [m for m in mentions if m.text == span]
    assert len(matching) == 1, f"expected one {span!r}, got {[m.text for m in mentions]}"
    return matching[0]


# --------------------------------------------------------------------------
# news sentences
# --------------------------------------------------------------------------


@pytest.mark.parametrize("case", NEWS["cases"], ids=[_case_id(c) for c in NEWS["cases"]])
def test_news_case(case):
    mention = _the_mention(case["sentence"], _reference(case["reference"]), case["span"])
    expect = case["expect"]
    assert (mention.dimension, mention.unit) == ("date", "day")
    if "date" in expect:
        assert (mention.low, mention.high) == (_day(expect["date"]), _day(expect["date"]))
        assert dict(mention.attrs)["resolved"] == expect["date"]
    if "range" in expect:
        first, last = expect["range"]
        assert (mention.low, mention.high) == (_day(first), _day(last))
        assert dict(mention.attrs)["range"] == f"{first}/{last}"
    if expect.get("unplaced"):
        assert (mention.low, mention.high) == (-math.inf, math.inf)
    for key, value in expect.get("attrs", {}).items():
        assert dict(mention.attrs).get(key) == value, (key, mention.attrs)
    if "alternatives" in expect:
        assert list(mention.alternatives) == [(_day(a), _day(b)) for a, b in expect["alternatives"]]
    if "precision" in expect:
        assert mention.precision == expect["precision"]


@pytest.mark.parametrize("case", NEWS["not_dates"], ids=[c["why"] for c in NEWS["not_dates"]])
def test_not_a_date(case):
    assert [m.text for m in find_dates(case["sentence"], date(2013, 7, 24))] == []


def test_restated_date_agrees_with_the_relative_word():
    """ "yesterday (July 21st)" gives two mentions that name the same day."""
    sentence = "A Waitrose supermarket caught fire yesterday (July 21st), causing damage."
    first, second = find_dates(sentence, date(2013, 7, 22))
    assert (first.text, second.text) == ("yesterday", "July 21st")
    assert (first.low, first.high) == (second.low, second.high)
    assert "'yesterday' read against the dateline 2013-07-22" in first.notes


def test_unplaced_phrases_keep_what_is_known():
    """Without a dateline a comparer can still match "on Sunday" with
    "Sunday's quake", and "Dec. 26" with "December 26"."""
    a = _the_mention("It struck on Sunday.", None, "Sunday")
    b = _the_mention("Sunday's quake was the worst.", None, "Sunday's")
    assert dict(a.attrs)["weekday"] == dict(b.attrs)["weekday"] == "Sunday"
    c = _the_mention("It struck on Dec. 26.", None, "Dec. 26")
    d = _the_mention("It struck on December 26.", None, "December 26")
    assert dict(c.attrs)["month_day"] == dict(d.attrs)["month_day"] == "12-26"
    assert all((m.low, m.high) == (-math.inf, math.inf) for m in (a, b, c, d))


def test_a_written_weekday_picks_the_year():
    """ "Thursday, December 11" without a year: the December 11 that was a
    Thursday, even when the default rule would pick another year."""
    mention = _the_mention(
        "She died Thursday, December 11, at 85.", date(2009, 12, 1), "Thursday, December 11"
    )
    assert dict(mention.attrs)["resolved"] == "2008-12-11"


@pytest.mark.parametrize("reference", [date.min, date.max, date(1, 1, 2), date(9999, 12, 30)])
def test_datelines_at_the_calendar_ends_do_not_raise(reference):
    text = "Yesterday, last week, next year, on Dec. 26, next Tuesday and three years ago, in October."
    for mention in find_dates(text, reference):
        assert mention.low <= mention.high


def test_leap_day_without_a_year():
    mention = _the_mention("It happened on Feb 29.", date(2017, 3, 22), "Feb 29")
    assert dict(mention.attrs)["resolved"] == "2016-02-29"


# --------------------------------------------------------------------------
# Recognizers-Text cases
# --------------------------------------------------------------------------


def _read_jsonl(name: str) -> list[dict[str, Any]]:
    lines = (RT / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


RT_CASES = _read_jsonl("datetime_date.jsonl")
RT_SCOPE = yaml.safe_load((RT / "date_scope.yaml").read_text(encoding="utf-8"))
#: the result types whose timex names a day or days
RT_DATE_TYPES = {"datetimeV2.date", "datetimeV2.daterange", "datetimeV2.datetime"}


def _month_range(year: int, month: int) -> tuple[date, date]:
    after = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, 1), after - timedelta(days=1)


def _timex_side(text: str) -> tuple[str, Any] | None:
    """One end of a Recognizers range: a full date or a month-day."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        try:
            return "day", date.fromisoformat(text)
        except ValueError:
            return "month_day", text[5:]
    if re.fullmatch(r"XXXX-\d\d-\d\d", text):
        return "month_day", text[5:]
    return None


def _expected(timex: str) -> tuple[str, Any] | None:
    """What a Recognizers timex says, in terms a mention can be checked by."""
    timex = timex.split("T")[0] if re.match(r"(\d{4}|XXXX)-\d\d-\d\dT", timex) else timex
    if side := _timex_side(timex):
        return side
    patterns: list[tuple[str, Any]] = [
        (r"XXXX-XX-(\d\d)", lambda m: ("day_of_month", str(int(m[1])))),
        (r"XX(\d\d)-(\d\d-\d\d)", lambda m: ("century_free", (int(m[1]), m[2]))),
        (r"XXXX-WXX-(\d)", lambda m: ("weekday", WEEKDAYS[int(m[1]) - 1])),
        (r"(\d{4})-(\d\d)", lambda m: ("range", _month_range(int(m[1]), int(m[2])))),
        (r"XXXX-(\d\d)", lambda m: ("month", m[1])),
        (r"(\d{4})", lambda m: ("range", (date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)))),
        (r"(\d{4})-W(\d\d)", lambda m: ("range", _iso_week(int(m[1]), int(m[2])))),
        (r"\(([^,]+),([^,]+),P[^)]+\)", lambda m: ("pair", (_timex_side(m[1]), _timex_side(m[2])))),
    ]
    for pattern, build in patterns:
        if m := re.fullmatch(pattern, timex):
            return build(m)
    return None


def _iso_week(year: int, week: int) -> tuple[date, date]:
    monday = date.fromisocalendar(year, week, 1)
    return monday, monday + timedelta(days=6)


def _readings(mention: Mention) -> list[tuple[date, date]]:
    spans = [(mention.low, mention.high), *mention.alternatives]
    return [(date.fromordinal(int(a)), date.fromordinal(int(b))) for a, b in spans if not math.isinf(a)]


def _month_day(d: date) -> str:
    return f"{d.month:02d}-{d.day:02d}"


def _satisfies(mention: Mention, expected: tuple[str, Any]) -> bool:
    """Whether a mention says what the timex says (its main reading or a kept
    alternative; for a weekday- or month-day-only timex, the attribute)."""
    kind, value = expected
    attrs = dict(mention.attrs)
    readings = _readings(mention)
    if kind == "day":
        return (value, value) in readings
    if kind == "month_day":
        return attrs.get("month_day") == value or any(a == b and _month_day(a) == value for a, b in readings)
    if kind == "century_free":
        return any(a == b and (a.year % 100, _month_day(a)) == value for a, b in readings)
    if kind in {"weekday", "month", "day_of_month"}:
        return attrs.get(kind) == value
    if kind == "range":
        return value in readings
    return kind == "pair" and any(_pair_matches(value, first, last) for first, last in readings)


def _pair_matches(value: tuple[Any, Any], first: date, last: date) -> bool:
    """A Recognizers range: its end may be exclusive, so the last day or the day after."""
    (start_kind, start), (end_kind, end) = value

    def same(kind: str, want: Any, got: date) -> bool:
        return got == want if kind == "day" else _month_day(got) == want

    return same(start_kind, start, first) and any(
        same(end_kind, end, last + timedelta(days=k)) for k in (0, 1)
    )


def _rt_problems(case: dict[str, Any]) -> list[str]:
    """Why a case fails: a date result not found, or a date found where the
    case has no result at all."""
    reference = case.get("Context", {}).get("ReferenceDateTime")
    mentions = find_dates(case["Input"], date.fromisoformat(reference[:10]) if reference else None)
    problems = []
    for result in case["Results"]:
        timex = (result.get("Resolution") or {}).get("values", [{}])[0].get("timex", "")
        expected = _expected(timex) if result["TypeName"] in RT_DATE_TYPES else None
        if expected is None:
            continue
        start, end = result["Start"], result["End"] + 1
        hits = [m for m in mentions if m.start < end and start < m.end]
        if not any(_satisfies(m, expected) for m in hits):
            problems.append(f"{result['Text']!r} ({timex}): got {[(m.text, m.attrs) for m in hits]}")
    for m in mentions:
        if not any(m.start < r["End"] + 1 and r["Start"] < m.end for r in case["Results"]):
            problems.append(f"{m.text!r} is not a result")
    return problems


def test_recognizers_scope_splits_the_upstream_cases():
    """The in-scope file and the exclusions together are the upstream file;
    every exclusion has a known reason, and no case is both in and out."""
    excluded = RT_SCOPE["excluded"]
    assert len(RT_CASES) + len(excluded) == RT_SCOPE["source_cases"]
    assert {e["reason"] for e in excluded} <= set(RT_SCOPE["reasons"])
    assert not {e["Input"] for e in excluded} & {c["Input"] for c in RT_CASES}
    for case in RT_CASES:
        for result in case["Results"]:
            if result["TypeName"] in {"datetimeV2.date", "datetimeV2.daterange"}:
                timex = result["Resolution"]["values"][0]["timex"]
                assert _expected(timex) is not None, f"in scope but unreadable timex {timex}"


def test_recognizers_in_scope_pass_rate():
    failures = {c["Input"]: p for c in RT_CASES if (p := _rt_problems(c))}
    rate = 1 - len(failures) / len(RT_CASES)
    print(
        f"Recognizers-Text dates: {len(RT_CASES) - len(failures)}/{len(RT_CASES)} in scope pass ({rate:.1%})"
    )
    assert rate >= RT_TARGET, json.dumps(failures, indent=1, default=str)


@pytest.mark.parametrize("case", _read_jsonl("datetime_date_no_result.jsonl"), ids=lambda c: c["Input"][:40])
def test_recognizers_sentences_without_dates(case):
    assert [m.text for m in find_dates(case["Input"], date(2018, 6, 26))] == []


# --------------------------------------------------------------------------
# robustness
# --------------------------------------------------------------------------


def _well_formed(text: str, mentions: list[Mention]) -> None:
    previous_end = 0
    for m in mentions:
        assert previous_end <= m.start < m.end <= len(text)
        assert m.text == text[m.start : m.end]
        assert m.low <= m.high
        assert math.isinf(m.low) == math.isinf(m.high)
        assert (m.dimension, m.unit) == ("date", "day")
        previous_end = m.end


DATEISH = st.sampled_from(
    [
        "May", "may", "March", "Dec.", "Sept", "29", "31st", "0", "99", "2008", "9999", "0001", ",", ".",
        "/", "-", "(", ")", "'s", "on", "in", "the", "of", "last", "next", "this", "past", "Tuesday",
        "Sun", "Sat", "night", "morning", "after", "before", "Christmas", "New", "Year's", "Eve",
        "yesterday", "tomorrow", "ago", "three", "a", "days", "weeks", "years", "week", "month", "year",
        "will", "early", "mid", "11/27/05", "2008-11-27", "08.07.2012", "Feb", "the 18th", "weekend",
    ]
)  # fmt: skip
REFERENCES = st.one_of(st.none(), st.dates(), st.sampled_from([date.min, date.max]))


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300), reference=REFERENCES)
def test_arbitrary_text_never_raises(text, reference):
    _well_formed(text, find_dates(text, reference))


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(DATEISH, max_size=30),
    separator=st.sampled_from([" ", "", ", ", "\n"]),
    reference=REFERENCES,
)
def test_date_like_text_never_raises(words, separator, reference):
    text = separator.join(words)
    _well_formed(text, find_dates(text, reference))


# --------------------------------------------------------------------------
# the rule file
# --------------------------------------------------------------------------


def test_rule_file_is_valid():
    rules = load_rule_file("dates.yaml", DateRules)
    assert set(rules.capitalised_only_months) <= set(MONTH_FORMS)


def test_weekdays_are_written_once():
    """Every abbreviation ("thurs", "tues") names one of the seven days, the one it shortens."""
    assert set(WEEKDAY_ABBREVIATIONS.values()) == set(range(7))
    assert all(WEEKDAY_NAMES[n].lower().startswith(a) for a, n in WEEKDAY_ABBREVIATIONS.items())


def test_months_are_written_once():
    assert sorted(set(MONTH_FORMS.values())) == list(range(1, 13))
    assert [MONTH_FORMS[name.lower()] for name in MONTH_NAMES] == list(range(1, 13))


def test_rule_file_rejects_unknown_capitalised_month(monkeypatch):
    from reportcheck.knowledge import rules as ruledata

    original = yaml.safe_load(ruledata.read_rule_text("dates.yaml"))
    broken = dict(original, capitalised_only_months=["may", "mayday"])
    monkeypatch.setattr(ruledata, "read_rule_text", lambda name: yaml.safe_dump(broken))
    with pytest.raises(ReportcheckError) as raised:
        load_rule_file("dates.yaml", DateRules)
    assert raised.value.code == "rules-invalid"


def test_rule_file_rejects_unknown_keys(monkeypatch):
    from reportcheck.knowledge import rules as ruledata

    original = yaml.safe_load(ruledata.read_rule_text("dates.yaml"))
    broken = dict(original, unexpected_key=1)
    monkeypatch.setattr(ruledata, "read_rule_text", lambda name: yaml.safe_dump(broken))
    with pytest.raises(ReportcheckError) as raised:
        load_rule_file("dates.yaml", DateRules)
    assert raised.value.code == "rules-invalid"


@pytest.mark.parametrize(
    "sentence",
    [
        "A girl was killed in a hunting accident over the weekend.",
        "The boy died in hospital nearly a week ago.",
        "Police said the two men were arrested over the weekend, and more than a day later charged.",
    ],
)
def test_a_day_is_no_amount_a_bound_word_is_said_of(sentence):
    """ "Over the weekend" is not "more than" the weekend: a bound word of an
    amount left such a day without an end, and comparing it with another
    report's day stopped the tool (an internal error on a GVC pair)."""
    from reportcheck.api import extract_report
    from reportcheck.load import load_text

    saturday = date(2014, 12, 27)  # the weekend so far is that one day: a single day, as bounds read
    claims = extract_report(load_text(sentence, date=saturday), 0).claims
    days = [c for c in claims if c.kind.value == "date"]
    assert days, "no day read"
    assert all((c.value.low is None) == (c.value.high is None) for c in days), [c.value for c in days]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # a yearless m/d: the swapped order is kept, not the next year's day
        (
            "Saturday, March 9, 2024\n\nTwo men were shot dead on 3/6 outside a bar in Dayton, police said.",
            [date(2024, 6, 3)],
        ),
        # the weekday written beside it decides the order: nothing kept
        ("Saturday, March 9, 2024\n\nTwo men were shot dead on Wednesday 3/6 outside a bar in Dayton.", []),
        (
            "Friday, May 10, 2024\n\nA woman was hurt in a crash on 5/8/2024 on Route 9, troopers said.",
            [date(2024, 8, 5)],
        ),
    ],
)
def test_a_numeric_date_keeps_only_its_other_order(text, other):
    from reportcheck.api import extract_report
    from reportcheck.load import load_text
    from reportcheck.models import ClaimKind

    (day,) = [c for c in extract_report(load_text(text), 0).claims if c.kind is ClaimKind.date]
    assert [date.fromordinal(int(a.low)) for a in day.value.alternatives] == other


@pytest.mark.parametrize(
    "lead",
    [
        "A roadside bomb killed six soldiers, the worst attack in the province since 2019, officials said.",
        "Gunmen shot dead four guards at a checkpoint, the deadliest raid in the city since March.",
        "A suicide bomber killed nine worshippers at a mosque, a year after a blast there in May killed two.",
    ],
)
def test_a_wire_datelines_day_stays_the_incidents_when_the_lead_dates_no_day_of_it(lead):
    from reportcheck.api import extract_report
    from reportcheck.load import load_text
    from reportcheck.models import ClaimKind

    claims = extract_report(load_text(f"KANDAHAR, June 12, 2024 (Reuters) - {lead}"), 0).claims
    (dateline,) = [c for c in claims if c.kind is ClaimKind.date and c.evidence.text.startswith("June 12")]
    assert dateline.details.event != "statement"


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        (
            "HERAT, Oct. 3, 2023 (Reuters) - A truck bomb killed eleven people at a market on Sunday night.",
            "Oct. 3",
        ),
        # a regional wire's town in Title Case, its date closed by the credit or a dash
        (
            "Tamale, March 30, GNA - Four people died in a crush at a rally in Tamale on Sunday evening.",
            "March 30",
        ),
        (
            "Ranchi (Jharkhand), Aug 10 (IANS) A bus overturned near Ranchi late on Saturday, killing nine.",
            "Aug 10",
        ),
        (
            "Mangaluru, Nov 11 - Two workers were killed when a wall collapsed at a site on Thursday.",
            "Nov 11",
        ),
    ],
)
def test_a_wire_datelines_day_is_the_filing_day_when_the_lead_tells_its_own(text, dated):
    from reportcheck.api import extract_report
    from reportcheck.load import load_text
    from reportcheck.models import ClaimKind

    claims = extract_report(load_text(text), 0).claims
    (dateline,) = [c for c in claims if c.kind is ClaimKind.date and c.evidence.text.startswith(dated)]
    assert dateline.details.event == "statement"


@pytest.mark.parametrize(
    "text",
    [
        "Tamale, March 30, GNA - Four people died in a crush at a rally in Tamale, police said.",
        # on a line of its own (ECB+ 12_3ecbplus: "Mumbai, Nov 11 -"), parsed apart from the lead
        "Tamale, March 30 -\nFour people died in a crush at a rally in Tamale yesterday, police said.",
    ],
)
def test_a_title_case_dateline_stays_as_read_when_the_lead_dates_no_day_of_it_or_stands_apart(text):
    from reportcheck.api import extract_report
    from reportcheck.load import load_text
    from reportcheck.models import ClaimKind

    claims = extract_report(load_text(text), 0).claims
    (dateline,) = [c for c in claims if c.kind is ClaimKind.date and c.evidence.text.startswith("March 30")]
    assert dateline.details.event != "statement"
