"""Who called the police, who found the victim: two reports' callers set
against each other (tests/compare/caller_cases.yaml).  Two roles that
cannot be one person, each told as THE call or as the finder, conflict;
two callers told as any call are a possible conflict (several people call
911), and so are two named callers (the shooter and the victim call
too); one role told two ways agrees, and so do the police who found the
victim in both, beside the other finders; several callers, a relative, and
police "calling for backup" are set against nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from reportcheck.api import compare_reports
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Status

CASES = yaml.safe_load((Path(__file__).parent / "caller_cases.yaml").read_text(encoding="utf-8"))
#: the statuses that set two reports' callers against each other
_PAIRED = {Status.conflict, Status.possible_conflict, Status.agree}


def _caller_findings(first: str, second: str):
    reports = [load_text(text, date=dt.date(2026, 3, 10)) for text in (first, second)]
    found = compare_reports(reports, same_incident=True).findings
    return [f for f in found if f.subject.startswith("caller:")]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_callers_across_reports(pipeline, case):
    found = _caller_findings(case["a"], case["b"])
    assert {f.subject for f in found}, "no caller or finder read"
    paired = [f for f in found if f.status in _PAIRED]
    if case.get("status", "") is None:
        assert paired == [], [f.explanation for f in paired]
        assert {f.status for f in found} == {Status.only_in_one}
        return
    expected = case.get("statuses") or [case["status"]]
    assert [f.status.value for f in paired] == expected, [f.explanation for f in found]


def test_the_conflict_quotes_both_sentences_and_roles(pipeline):
    (finding,) = _caller_findings(CASES[0]["a"], CASES[0]["b"])
    assert finding.status is Status.conflict
    assert finding.kind is ClaimKind.person
    assert CASES[0]["a"] in finding.explanation and CASES[0]["b"] in finding.explanation
    assert sorted(c.person.caller or "" for c in finding.claims) == ["brother", "girlfriend"]
    assert finding.confidence is not None and finding.reasons[0].startswith("two callers")


def test_police_who_found_the_victim_are_no_second_victim(pipeline):
    """The police's "officers found a girl, Tanya Reed, suffering from a
    gunshot wound" is a finder's claim, not a second named person harmed in
    that sentence beside the girl: each report still tells one victim, whose
    sexes are set against each other."""
    told = "suffering from a gunshot wound on a porch in Dayton on Saturday night, police said."
    a, b = f"Officers found an 11-year-old girl, Tanya Reed, {told}", f"Officers found a boy {told}"
    reports = [load_text(text, date=dt.date(2026, 3, 10)) for text in (a, b)]
    found = compare_reports(reports, same_incident=True).findings
    finders = [f for f in found if f.subject == "caller:found"]
    assert [f.status for f in finders] == [Status.agree]
    assert {c.person.caller for c in finders[0].claims} == {"police"}
    sexes = [f.status for f in found if f.subject.endswith(":sex")]
    assert sexes == [Status.conflict], [f.subject for f in found]
