"""parse_number, find_numbers and number_precision on the ways reporters write figures."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportcheck.extract.core.numberfinder import find_numbers
from reportcheck.extract.core.numbers import number_precision, parse_number


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1,200", 1200),
        ("2.5", 2.5),
        ("10 1/2", 10.5),
        ("1/4", 0.25),
        (".08", 0.08),
        ("2½", 2.5),
        ("twenty-five", 25),
        ("a hundred", 100),
        ("one hundred and five", 105),
        ("a", 1),
        ("an", 1),
        ("one", 1),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("half a", 0.5),
        ("a couple of", 2),
        ("two thirds", 2 / 3),
        ("one and a half", 1.5),
        ("two million", 2_000_000),
        ("2.5 million", 2_500_000),
        ("five and a half million", 5_500_000),
        ("13 lakh", 1_300_000),
        ("10k", 10_000),
        ("1.2bn", 1_200_000_000),
        ("-4/5", -0.8),
        ("minus five", -5),
        ("nine point nought four", 9.04),
    ],
)
def test_parse_number(written, value):
    assert parse_number(written) == pytest.approx(value)


@pytest.mark.parametrize(
    "written", ["", "one of the policemen", "dozens", "10m", "several", "fifth", "first"]
)
def test_parse_number_refuses_what_is_no_single_number(written):
    assert parse_number(written) is None


@pytest.mark.parametrize(
    ("written", "value", "precision"),
    [
        ("20", 20, 0.5),
        ("2.5", 2.5, 0.05),
        ("five", 5, 0.5),
        ("half", 0.5, 0.25),
        ("a mile and a half", 1.5, 0.25),
        ("1/4", 0.25, 0.125),
        ("10 1/2", 10.5, 0.25),
        ("1,200", 1200, 0.5),
        ("2.5 million", 2_500_000, 50_000),
        ("two hundred", 200, 50),
    ],
)
def test_number_precision(written, value, precision):
    assert number_precision(written, value) == pytest.approx(precision)


def _found(text):
    return [(m.text, m.low) for m in find_numbers(text)]


def test_find_numbers_in_news_sentences():
    text = "One of the policemen sustained a gunshot wound; the perpetrators shot 11 soldiers and injured 15."
    assert _found(text) == [("One", 1), ("11", 11), ("15", 15)]
    text = "Twenty-six people died, a dozen were hurt and about 1,200 residents fled."
    assert _found(text) == [("Twenty-six", 26), ("a dozen", 12), ("1,200", 1200)]


def test_find_numbers_skips_ordinals_units_and_pronouns():
    assert _found("on the 4th floor, the twenty-fifth day") == []
    assert _found("a 29km road and 180ml of liquid") == []
    assert _found("the one you mentioned") == []
    assert _found("she liked that one") == []


def test_find_numbers_counts_one_after_a_that_of_saying():
    # "that" opening a clause after a verb of saying or ordering points at nothing
    assert _found("police said that one man was arrested") == [("one", 1)]
    assert _found("the judge ordered that one person be held") == [("one", 1)]
    assert _found("at that one moment") == []
    assert _found("dozens of homes and several hundred million people") == []


def test_find_numbers_reads_money_scales_after_a_currency_sign_only():
    assert _found("it cost £10m") == [("10m", 10_000_000)]
    assert _found("a 10m wall") == []


def test_find_numbers_keeps_years_and_dotted_runs_apart():
    assert _found("In 2005, 192.168.1.2") == [("2005", 2005), ("192", 192), ("168", 168), ("1", 1), ("2", 2)]
    assert _found("on 5/17/2018, open 24/7") == [("5", 5), ("17", 17), ("2018", 2018), ("24", 24), ("7", 7)]


def test_find_numbers_offsets_and_precision():
    (mention,) = find_numbers("about 2.5 million people")
    assert (mention.start, mention.end, mention.dimension, mention.unit) == (6, 17, "number", "")
    assert mention.precision == pytest.approx(50_000)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 ,.-/½aehinortuwvfsxdz", max_size=60))
def test_mentions_quote_the_text_and_never_overlap(text):
    found = find_numbers(text)
    for mention in found:
        assert mention.text == text[mention.start : mention.end]
    for first, second in zip(found, found[1:], strict=False):
        assert first.end <= second.start


def test_find_numbers_reads_lakh_and_crore_beside_a_sum():
    """People counted in lakh and crore are read with their value, so that
    "2.1 lakh people" meets "210,000 people"; a sum in lakh beside them is a
    number too (the count extractor, not the finder, sets it aside)."""
    found = _found("over 2.1 lakh people hit, 1.5 crore affected, Rs 2 lakh to each family")
    assert found == [("2.1 lakh", 210_000), ("1.5 crore", 15_000_000), ("2 lakh", 200_000)]


def test_find_numbers_reads_a_million_m_after_a_rupee_sign():
    assert _found("a loss of Rs 5m") == [("5m", 5_000_000)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sign glued to the figure: the whole sum, never its last digit group
        ("and Rs250,000 to each of the injured", [("250,000", 250_000)]),
        ("KSh40,000 to each family", [("40,000", 40_000)]),
        ("Rs1.5 million for the kin", [("1.5 million", 1_500_000)]),
        # letters that are no currency: a road, a rifle, a code hold no figure
        ("on the N71 near Brask, 1,300 people", [("1,300", 1_300)]),
        ("an R5 rifle", []),
        # a digit group after a thousands comma is no number of its own
        ("P30,000 for each of the wounded", []),
        # ... but one or two digits after "digit," are a list written without spaces
        ("guests in rooms 2,3 and 7", [("2", 2), ("3", 3), ("7", 7)]),
        ("on 12,13 and 14 May", [("12", 12), ("13", 13), ("14", 14)]),
    ],
)
def test_a_figure_glued_to_letters_is_a_sum_or_nothing(text, expected):
    assert _found(text) == expected
