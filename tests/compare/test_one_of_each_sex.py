"""The one unnamed child (or grown-up) of a sex each report tells of is one
person: "his 3-year-old son" against "a boy, about 4" is set against each
other, and the son of 3 is not paired with the other report's girl of 3
(tests/compare/one_of_each_sex_cases.yaml)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from reportcheck.api import compare_reports
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Status

CASES = yaml.safe_load((Path(__file__).parent / "one_of_each_sex_cases.yaml").read_text(encoding="utf-8"))


def _age_findings(first: str, second: str):
    reports = [load_text(text, date=dt.date(2026, 3, 10)) for text in (first, second)]
    return [f for f in compare_reports(reports).findings if f.kind is ClaimKind.age]


def _ages_read(findings, report: int) -> list[float]:
    return sorted({c.value.low for f in findings for c in f.claims if c.report == report})


def _paired(findings) -> set[tuple[float, float]]:
    """(a's age, b's age) of each finding that holds an age of both reports."""
    pairs = set()
    for finding in findings:
        a = {c.value.low for c in finding.claims if c.report == 0}
        b = {c.value.low for c in finding.claims if c.report == 1}
        pairs.update((x, y) for x in a for y in b)
    return pairs


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_the_one_person_of_a_sex_pairs_by_who_it_is(pipeline, case):
    findings = _age_findings(case["a"], case["b"])
    assert _ages_read(findings, 0) == case["ages_a"]
    assert _ages_read(findings, 1) == case["ages_b"]
    paired = _paired(findings)
    for pair in case["pairs"]:
        assert tuple(pair) in paired, paired
    for pair in case["apart"]:
        assert tuple(pair) not in paired, paired


def test_the_daughter_of_5_against_the_girl_of_3_is_a_conflict(pipeline):
    """The ages differ by two years, unhedged: a conflict quoting both, and
    no "the 3-year-old: a son vs a girl" sex conflict is left."""
    case = CASES[0]
    findings = _age_findings(case["a"], case["b"])
    (girl,) = [f for f in findings if {c.value.low for c in f.claims} == {5, 3}]
    assert girl.status is Status.conflict
    assert [c.evidence.text for c in girl.claims] == ["5-year-old", "3-year-old"]
    reports = [load_text(text, date=dt.date(2026, 3, 10)) for text in (case["a"], case["b"])]
    assert not [f for f in compare_reports(reports).findings if f.subject.endswith(":sex")]


def test_a_hedged_age_is_judged_by_its_hedge(pipeline):
    """ "a boy, about 4" against "his 3-year-old son": set against each
    other, at most a possible conflict (the hedge widens the reach)."""
    case = CASES[0]
    (boy,) = [f for f in _age_findings(case["a"], case["b"]) if {c.value.low for c in f.claims} == {3, 4}]
    assert boy.status in (Status.conflict, Status.possible_conflict)
    assert [c.subject for c in boy.claims] == ["unnamed:son", "unnamed:boy"]
