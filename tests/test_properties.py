"""Properties that must hold for any input, checked with hypothesis.

* the text extractors never crash on arbitrary text, and every mention they
  return points at the words it was read from;
* the claim index of ``add_claim`` keeps exactly the claims the old linear
  scan kept;
* the comparer: a report compared with itself has no conflict, and
  compare(a, b) is compare(b, a) with the reports swapped;
* reflowing a report's whitespace (double spaces, tabs, CRLF, indents,
  extra blank lines) changes no finding.

Claims for the comparer are drawn from what the pipeline really extracts
from the sample reports (so they carry real attributes), with their values
sometimes scaled so that conflicts occur.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import re
from collections import Counter
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportcheck.align import group_claims
from reportcheck.api import compare_extracted, extract_report
from reportcheck.compare import compare_groups
from reportcheck.extract.core.base import RawClaim, add_claim, add_claim_by_subject, claims_of
from reportcheck.extract.core.numberfinder import find_numbers
from reportcheck.extract.dates.finders import find_dates
from reportcheck.extract.quantities.finders import find_quantities
from reportcheck.extract.times.finders import find_times
from reportcheck.load import load_report, load_text
from reportcheck.models import Claim, ClaimKind, Status, Value

from .conftest import SAMPLES

REPORT_A = SAMPLES / "report_a.txt"
REPORT_B = SAMPLES / "report_b.txt"
#: words the extractors look for, so that generated text often holds something to find
VOCABULARY = [
    "at least", "about", "nearly", "more than", "up to", "some", "around", "between", "and", "to", "-",
    "1", "2", "12", "20", "150", "1,000", "2.5", "10:30", "7.15", "noon", "midnight", "a.m.", "pm", "GMT",
    "km", "miles", "mile", "feet", "foot", "ft", "inches", "kg", "mph", "metres", "m", "'", '"', "½",
    "one", "two", "twenty", "five", "hundred", "thousand", "million", "half", "a", "dozen", "third",
    "January", "March", "May", "Sunday", "today", "yesterday", "last", "week", "on", "the", "of",
    "2010", "2024", "3rd", "31", "year-old", "killed", "injured", "people", "Police", "said", ".", ",",
    "(", ")", "\n", "\n\n", " ", "  ",
]  # fmt: skip
REFERENCE = dt.date(2024, 3, 10)

text_like = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(VOCABULARY), max_size=60).map(" ".join),
    st.lists(st.sampled_from(VOCABULARY), max_size=60).map("".join),
)


# ------------------------------------------------------------------ extractors


def _check_mentions(text: str, mentions) -> None:
    for mention in mentions:
        assert 0 <= mention.start <= mention.end <= len(text)
        assert mention.text == text[mention.start : mention.end]
        assert not (mention.low > mention.high)  # NaN-safe: a NaN bound fails here too


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_like)
def test_find_numbers_never_crashes(text):
    _check_mentions(text, find_numbers(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_like)
def test_find_quantities_never_crashes(text):
    _check_mentions(text, find_quantities(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_like)
def test_find_times_never_crashes(text):
    _check_mentions(text, find_times(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_like, st.sampled_from([None, REFERENCE]))
def test_find_dates_never_crashes(text, reference):
    _check_mentions(text, find_dates(text, reference))


@pytest.mark.parametrize("finder", [find_numbers, find_quantities])
def test_a_numeral_too_long_for_a_float_gives_no_infinite_value(finder):
    text = "1" * 400 + " km"
    assert all(math.isfinite(m.low) and math.isfinite(m.high) for m in finder(text))


# ------------------------------------------------------------------ claim index


class _FakeDoc:
    """Just enough of a Doc for add_claim: the two extension slots it uses."""

    class _Underscore:
        rc_claims = None
        rc_claim_index = None

    def __init__(self):
        self._ = self._Underscore()


def _linear_keeps(claims: list[RawClaim]) -> list[RawClaim]:
    kept: list[RawClaim] = []
    for claim in claims:
        if not any(o.kind == claim.kind and o.start < claim.end and claim.start < o.end for o in kept):
            kept.append(claim)
    return kept


spans = st.tuples(
    st.sampled_from([ClaimKind.time, ClaimKind.distance, ClaimKind.killed]),
    st.integers(0, 60),
    st.integers(0, 12),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(spans, max_size=40))
def test_claim_index_keeps_what_the_linear_scan_kept(drawn):
    claims = [RawClaim(kind, start, start + length, "s", "s", Value()) for kind, start, length in drawn]
    doc = _FakeDoc()
    for claim in claims:
        add_claim(doc, claim)
    assert claims_of(doc) == _linear_keeps(claims)


def _linear_keeps_by_subject(drawn: list[tuple[RawClaim, bool]]) -> list[RawClaim]:
    """What add_claim and add_claim_by_subject kept when the second scanned every claim."""
    kept: list[RawClaim] = []
    for claim, by_subject in drawn:
        if not any(
            o.kind == claim.kind
            and (o.subject == claim.subject or not by_subject)
            and o.start < claim.end
            and claim.start < o.end
            for o in kept
        ):
            kept.append(claim)
    return kept


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(spans, st.sampled_from(["caller:called", "caller:found", "person:doe"]), st.booleans()),
        max_size=40,
    )
)
def test_claim_index_by_subject_keeps_what_the_linear_scan_kept(drawn):
    """A caller's claim is refused only by one of its own kind and subject
    on its words; a claim of any subject added by ``add_claim`` after it
    still sees it (the two adders share one index)."""
    claims = [
        (RawClaim(kind, start, start + length, subject, subject, Value()), by_subject)
        for (kind, start, length), subject, by_subject in drawn
    ]
    doc = _FakeDoc()
    for claim, by_subject in claims:
        (add_claim_by_subject if by_subject else add_claim)(doc, claim)
    assert claims_of(doc) == _linear_keeps_by_subject(claims)


def test_claim_index_notices_a_list_changed_behind_its_back():
    doc = _FakeDoc()
    add_claim(doc, RawClaim(ClaimKind.time, 0, 5, "s", "s", Value()))
    doc._.rc_claims = [RawClaim(ClaimKind.time, 10, 15, "s", "s", Value())]
    add_claim(doc, RawClaim(ClaimKind.time, 0, 5, "s", "s", Value()))
    add_claim(doc, RawClaim(ClaimKind.time, 12, 13, "s", "s", Value()))
    assert [(c.start, c.end) for c in claims_of(doc)] == [(10, 15), (0, 5)]
    claims_of(doc).append(
        RawClaim(ClaimKind.time, 20, 25, "caller:called", "s", Value())
    )  # appended beside the index
    add_claim_by_subject(doc, RawClaim(ClaimKind.time, 22, 23, "caller:called", "s", Value()))
    add_claim_by_subject(doc, RawClaim(ClaimKind.time, 22, 23, "caller:found", "s", Value()))
    assert [(c.start, c.subject) for c in claims_of(doc)][-2:] == [
        (20, "caller:called"),
        (22, "caller:found"),
    ]


# ------------------------------------------------------------------ comparer


@pytest.fixture(scope="module")
def claim_pool() -> list[Claim]:
    """Every claim the pipeline finds in the two sample reports."""
    pool = []
    for index, path in enumerate((REPORT_A, REPORT_B)):
        pool += extract_report(load_report(path), index).claims
    return pool


NUMERIC_SCALES = [1.0, 1.0, 1.0, 0.5, 2.0, 1.05]


def _as_report(drawn: list[tuple[Claim, float]], report: int, side: str) -> list[Claim]:
    """The drawn claims as report ``report``'s, ids saying which side and position they are."""
    claims = []
    for number, (claim, scale) in enumerate(drawn):
        value = claim.value
        if scale != 1.0 and value.written is not None and value.low is not None:
            value = value.model_copy(
                update={
                    "written": value.written * scale,
                    "low": value.low * scale,
                    "high": None if value.high is None else value.high * scale,
                    "alternatives": [],
                }
            )
        claims.append(
            claim.model_copy(
                update={"id": f"{side}-{number:03d}", "report": report, "incident": "main", "value": value}
            )
        )
    return claims


def _canonical(findings) -> Counter:
    """Findings as (status, kind, internal, the sides and positions of their claims), order aside."""
    return Counter(
        (f.status.value, f.kind.value, f.internal, tuple(sorted(c.id for c in f.claims))) for f in findings
    )


def _draw_report(data, pool: list[Claim]) -> list[tuple[Claim, float]]:
    """Claims of the pool, by position (so a failure prints short), each with a scale for its value."""
    picks = st.tuples(st.integers(0, len(pool) - 1), st.sampled_from(NUMERIC_SCALES))
    return [(pool[index], scale) for index, scale in data.draw(st.lists(picks, max_size=14))]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_a_report_compared_with_itself_has_no_conflict(claim_pool, data):
    drawn = _draw_report(data, claim_pool)
    findings = compare_groups(group_claims(_as_report(drawn, 0, "a") + _as_report(drawn, 1, "b"), {}))
    assert not [f for f in findings if f.status is Status.conflict and not f.internal]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_compare_a_b_mirrors_compare_b_a(claim_pool, data):
    first, second = _draw_report(data, claim_pool), _draw_report(data, claim_pool)
    forward = compare_groups(group_claims(_as_report(first, 0, "a") + _as_report(second, 1, "b"), {}))
    backward = compare_groups(group_claims(_as_report(second, 0, "b") + _as_report(first, 1, "a"), {}))
    assert _canonical(forward) == _canonical(backward)


# ------------------------------------------------------------------ whitespace reflow

#: each kind of whitespace -> what a different editor, export or email might have made of it
#: (the unchanged form last, so that the simplest example hypothesis shrinks to still changes everything)
REFLOWS = {
    " ": ["  ", "\t", " \u00a0", "   ", " "],
    "\n": [" \n", "\r\n", "\n  ", "\t\n", "\n"],
    "\n\n": ["\n\n\n", "\r\n\r\n", "\n \n", "\n\n\n\n", "\n\n"],
}
_WHITESPACE = re.compile(r"\n\n+|\n| ")


def reflow(text: str, rng: random.Random) -> str:
    return _WHITESPACE.sub(
        lambda m: rng.choice(REFLOWS[m.group()[:2] if m.group()[0] == "\n" else " "]), text
    )


def _finding_words(comparison) -> Counter:
    """Findings by status, kind and the words of their claims, whatever the offsets."""
    return Counter(
        (
            f.status.value,
            f.kind.value,
            f.internal,
            tuple(sorted((c.report, " ".join(c.evidence.text.split())) for c in f.claims)),
        )
        for f in comparison.findings
    )


@cache
def sample_pair():
    """The extracted report A, and B's text and its findings against A, computed once
    (not a fixture: hypothesis would print it with every failing example)."""
    first = extract_report(load_report(REPORT_A), 0)
    text_b = REPORT_B.read_text(encoding="utf-8")
    second = extract_report(load_text(text_b, path="b.txt"), 1)
    return first, text_b, _finding_words(compare_extracted([first, second]))


@settings(max_examples=4, deadline=None)
@given(st.randoms(use_true_random=False))
def test_reflowing_whitespace_changes_no_finding(rng):
    first, text_b, expected = sample_pair()
    reflowed = reflow(text_b, rng)
    second = extract_report(load_text(reflowed, path="b.txt"), 1)
    assert _finding_words(compare_extracted([first, second])) == expected
