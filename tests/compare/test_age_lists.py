"""A group's list of ages against the other report's ages of that group's
people, given one by one or as a list (tests/compare/age_list_cases.yaml):
the same ages agree, others conflict where the group is clearly one (the
same number of children), and a group set apart, of another size, sex or
of grown-ups of no role is not paired."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from reportcheck.api import compare_reports
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Status

from ..conftest import claims_of_text

CASES = yaml.safe_load((Path(__file__).parent / "age_list_cases.yaml").read_text(encoding="utf-8"))


def _list_findings(first: str, second: str):
    reports = [load_text(text, date=dt.date(2026, 3, 10)) for text in (first, second)]
    return [f for f in compare_reports(reports).findings if f.subject.endswith(":listed")]


def _listed(pipeline, case) -> list[float]:
    """The ages the list's report reads as one group's list."""
    claims = claims_of_text(pipeline, case["a"]) + claims_of_text(pipeline, case["b"])
    return sorted(c.value.low for c in claims if c.kind is ClaimKind.age and c.person.listed)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_a_groups_list_meets_the_groups_people(pipeline, case):
    assert _listed(pipeline, case) == case["listed"]
    findings = _list_findings(case["a"], case["b"])
    if case["status"] == "none":
        assert findings == []
        return
    assert [f.status for f in findings] == [Status(case["status"])]
    finding = findings[0]
    assert {c.report for c in finding.claims} == {0, 1}
    if finding.status is Status.conflict:
        assert finding.reasons[0].startswith("one group of")  # which age the other report gives whom


def test_the_conflict_names_whose_ages_differ(pipeline):
    case = CASES[0]
    (finding,) = _list_findings(case["a"], case["b"])
    reason = finding.reasons[0]
    assert "4 where report 1 gives Rose Reyes 5" in reason
    assert "7 where report 1 gives Lily Reyes 9" in reason
    assert "the home" in finding.explanation  # both sentences quoted


def test_a_listed_group_of_ecbplus_sons_meets_the_other_reports_boys():
    """ECB+ 16 (CC BY 3.0): "He is also survived by two sons, ages 6 and 16"
    and "the father of two boys, ages 6 and 16": one group, the same ages."""
    a = "Deputy Jerry Ortiz, 35, was shot on Friday. He is also survived by two sons, ages 6 and 16."
    b = "Ortiz, 35, was an Army veteran and the father of two boys, ages 6 and 16."
    findings = _list_findings(a, b)
    assert [f.status for f in findings] == [Status.agree]


def test_ecbplus_two_women_meet_the_women_named_with_ages():
    """ECB+ 32 (CC BY 3.0): 32_7ecb gives "the bodies of two women -- 68
    and 48-years-old", 32_1ecb the same women by name with 48 and 61, told in
    no role: the 68 is set against Catherine Gomes's 61, as a possible
    conflict (grown-ups of one incident may be others)."""
    a = (
        "Gary Gomes, 35, will face murder and kidnapping charges after police found the bodies of "
        "two women -- 68 and 48-years-old -- inside an Independent Street apartment."
    )
    b = (
        "The bodies of Robyn Mendes, 48, Gomes ' ex-girlfriend, and Gomes ' mother, Catherine Gomes, 61, "
        "were found by police and firefighters yesterday in a second-floor apartment on Independent Street."
    )
    (finding,) = _list_findings(a, b)
    assert finding.status is Status.possible_conflict
    assert "68 where report 2 gives Catherine Gomes 61" in finding.reasons[0]
