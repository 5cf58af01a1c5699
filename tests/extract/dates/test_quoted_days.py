"""A quotation's relative day is the speaker's (src/reportcheck/extract/dates/quoted.py):
"'He was shot yesterday,' the sheriff said Wednesday" in a report dated
Friday is Tuesday.  Sentences written for these tests after the shape of
statements quoted in shooting reports ("... they've flown in today to
retrieve the body," he told NZ Newswire on Sunday: ECB+ 23_8ecbplus)."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.extract import ReportExtractor, run_pipeline
from reportcheck.load import load_text

DATELINE = dt.date(2026, 3, 13)  # a Friday


def _day(pipeline, sentence: str, words: str) -> str:
    report = load_text(sentence, date=DATELINE)
    claims = ReportExtractor(report, 0).claims(run_pipeline(pipeline, report.text, report.date))
    days = [c for c in claims if c.kind.value == "date" and c.evidence.text == words]
    assert days, [(c.kind.value, c.evidence.text) for c in claims]
    return days[0].value.label


@pytest.mark.parametrize(
    ("sentence", "words", "day"),
    [
        (
            '"He was shot yesterday and died at the hospital," Sheriff Dan Moore said Wednesday.',
            "yesterday",
            "2026-03-10",
        ),
        (
            "“The gunman opened fire last night in the lot,” spokesman Tom Hale told reporters on Tuesday.",
            "last night",
            "2026-03-09",
        ),
        (
            'Sheriff Dan Moore said Wednesday: "He was shot two days ago outside his home."',
            "two days ago",
            "2026-03-09",
        ),
    ],
    ids=["yesterday", "last night, curly quotes", "ago, quote after the verb"],
)
def test_a_quoted_relative_day_counts_from_the_day_it_was_said(pipeline, sentence, words, day):
    assert _day(pipeline, sentence, words) == day


@pytest.mark.parametrize(
    "sentence",
    [
        # indirect speech: the reporter's own "yesterday", from his dateline
        "A man was shot yesterday outside his home, Sheriff Dan Moore said Wednesday.",
        # said on the dateline's day: nothing to recount
        '"He was shot yesterday," the sheriff said Friday.',
        # no day of the saying
        '"He was shot yesterday," the sheriff said.',
    ],
    ids=["indirect speech", "said on the dateline", "undated statement"],
)
def test_other_relative_days_count_from_the_dateline(pipeline, sentence):
    assert _day(pipeline, sentence, "yesterday") == "2026-03-12"
