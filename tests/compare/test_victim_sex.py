"""The one victim's sex: a noun of one sex in each report of one victim,
different in the two, is a conflict; a pronoun, a child of no stated sex or
a report of two people harmed is not (tests/compare/victim_sex_cases.yaml)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from reportcheck.api import compare_reports
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Status

CASES = yaml.safe_load((Path(__file__).parent / "victim_sex_cases.yaml").read_text(encoding="utf-8"))


def _sex_findings(first: str, second: str):
    reports = [load_text(text, date=dt.date(2026, 3, 10)) for text in (first, second)]
    return [f for f in compare_reports(reports).findings if f.subject.endswith(":sex")]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_one_victims_sex_across_reports(pipeline, case):
    found = _sex_findings(case["a"], case["b"])
    assert bool(found) is case["conflict"], [f.explanation for f in found]
    if "status" in case:
        assert [f.status.value for f in found] == [case["status"]], [f.reasons for f in found]


def test_the_conflict_quotes_both_nouns(pipeline):
    (finding,) = _sex_findings(CASES[0]["a"], CASES[0]["b"])
    assert finding.status is Status.conflict
    assert finding.kind is ClaimKind.person
    assert finding.explanation.startswith("the victim: An 11-year-old girl vs A boy")
    assert [c.count.sex_by for c in finding.claims] == ["noun", "noun"]


def test_the_reasons_speak_of_the_person_not_of_the_figures(pipeline):
    """One and one are the counts' figures, not what differs: no "values close"."""
    (finding,) = _sex_findings(CASES[0]["a"], CASES[0]["b"])
    assert finding.reasons[0] == "each report tells of one victim only"
    assert "person: no record either way" in finding.reasons
    assert not [r for r in finding.reasons if "values" in r or "scope" in r or r.startswith("injured")]


def test_a_pronoun_is_recorded_as_a_pronoun(pipeline):
    report = load_text("Police found him dead in the car on Tuesday.", date=dt.date(2026, 3, 10))
    from reportcheck.api import extract_reports

    (extracted,) = extract_reports([report], [0])
    told = [c.count.sex_by for c in extracted.claims if c.kind is ClaimKind.killed]
    assert told == ["pronoun"]


def test_an_age_s_sex_conflict_quotes_both_sentences(pipeline):
    """Where the sex is told by the noun of an age, the finding names the age
    and quotes each report's sentence, so an editor sees who is meant."""
    case = next(c for c in CASES if c["name"] == "an age's noun with no count of the harmed")
    reports = [load_text(text, date=dt.date(2026, 3, 10)) for text in (case["a"], case["b"])]
    (finding,) = [f for f in compare_reports(reports).findings if f.subject.endswith(":sex")]
    assert finding.subject_label == "the 12-year-old's sex"
    assert finding.explanation.startswith("the 12-year-old: a girl in one report, a boy in the other")
    assert case["a"] in finding.explanation and case["b"] in finding.explanation
    assert [c.kind for c in finding.claims] == [ClaimKind.age, ClaimKind.age]


def test_one_finding_where_counts_and_ages_both_tell_the_sex(pipeline):
    """A girl and a boy each counted as the one victim and each given an age:
    one conflict, the counts', not a second of the ages."""
    found = _sex_findings(
        "An 11-year-old girl was shot and killed Saturday night on a porch in Dayton, police said.",
        "Police said an 11-year-old boy was fatally shot Saturday night on a porch in Dayton.",
    )
    assert [f.subject for f in found] == ["victim:sex"]
