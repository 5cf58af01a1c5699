"""Date claims: resolved against the dateline, unless the day is indefinite."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.extract import ReportExtractor, run_pipeline
from reportcheck.load import load_text

CASES = [
    # (sentence, dateline, words, resolved ISO day or None, weekday)
    (
        "The shooting took place last Friday outside a school.",
        "2011-10-25",
        "last Friday",
        "2011-10-21",
        "Friday",
    ),
    ("Lopez is accused of spraying 13 shots on a Friday afternoon.", "2013-04-08", "Friday", None, "Friday"),
    ("A powerful earthquake hit southern Iran on Sunday.", "2005-11-28", "Sunday", "2005-11-27", "Sunday"),
]


@pytest.mark.parametrize(
    "sentence",
    [
        "The charge stemmed from a 2004 incident in which he beat a cellmate.",
        "Records show an 1998 arrest for burglary.",
    ],
)
def test_a_year_after_an_article_is_that_year(pipeline, sentence):
    """ "a 2004 incident": the article goes with the incident, the year is one year."""
    report = load_text(sentence, date=dt.date(2012, 5, 2))
    claims = ReportExtractor(report, 0).claims(run_pipeline(pipeline, report.text, report.date))
    years = [c.value for c in claims if c.kind.value == "date"]
    assert len(years) == 1
    year = int(years[0].label[:4])
    assert (years[0].low, years[0].high) == (
        dt.date(year, 1, 1).toordinal(),
        dt.date(year, 12, 31).toordinal(),
    )


def test_a_model_year_after_an_article_dates_nothing(pipeline):
    """ "a 2011 silver Accord": a car's model, not a day of the story."""
    report = load_text(
        "The woman was struck by a 2011 silver Accord outside the mall.", date=dt.date(2012, 5, 2)
    )
    claims = ReportExtractor(report, 0).claims(run_pipeline(pipeline, report.text, report.date))
    years = [c.value for c in claims if c.kind.value == "date"]
    assert [(v.low, v.high) for v in years] in ([], [(None, None)])


@pytest.mark.parametrize("sentence, dateline, words, iso, weekday", CASES, ids=[c[0][:40] for c in CASES])
def test_date_claim(pipeline, sentence, dateline, words, iso, weekday):
    report = load_text(sentence, date=dt.date.fromisoformat(dateline))
    claims = ReportExtractor(report, 0).claims(run_pipeline(pipeline, report.text, report.date))
    dates = [c for c in claims if c.kind.value == "date" and words in c.evidence.text]
    assert dates, [(c.kind.value, c.evidence.text) for c in claims]
    value = dates[0].value
    if iso is None:
        assert value.low is None and value.high is None
    else:
        assert value.low == value.high == dt.date.fromisoformat(iso).toordinal()
    assert dates[0].date.weekday == weekday
