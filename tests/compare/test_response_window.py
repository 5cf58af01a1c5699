"""A call or responders' arrival set against the other report's time of the
shooting: compatible within the minutes the corpora show, a possible
conflict hours after it or clearly before the hours of its day part; never
for a discovery, another day, another matter, or a report that times the
shooting itself (tests/compare/response_window_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportcheck.models import ClaimKind, Finding, Status
from tests.conftest import findings_of

CASES = yaml.safe_load((Path(__file__).parent / "response_window_cases.yaml").read_text(encoding="utf-8"))


def _window(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.subject.startswith("window:")]


def _times_read(findings: list[Finding]) -> set[tuple[int, str, str | None]]:
    """(report, text, event) of every time either report was read to give."""
    return {
        (c.report, c.evidence.text, c.time.event)
        for f in findings
        for c in f.claims
        if c.kind is ClaimKind.time
    }


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_a_response_against_the_shooting(pipeline, case):
    findings = findings_of(case["a"], case["b"])
    read = _times_read(findings)
    (response, event), (attack, attack_event) = case["read"]["response"], case["read"]["attack"]
    assert (0, response, event) in read, read
    assert (1, attack, attack_event) in read, read
    found = _window(findings)
    if case["status"] == "none":
        assert not found, [f.explanation for f in found]
        return
    (finding,) = found
    assert finding.status is Status(case["status"]), finding.explanation
    assert case["reason"] in finding.reasons[0], finding.reasons
    assert [c.report for c in finding.claims] == [0, 1]


def test_the_possible_conflict_says_why_it_is_no_firm_one(pipeline):
    """Both sentences quoted, the hours given, and the reason it stays a
    possible conflict (the times are approximations, a call may be about a
    later discovery) among its reasons."""
    case = next(c for c in CASES if c["name"] == "an arrival at noon against a shooting Saturday night")
    (finding,) = _window(findings_of(case["a"], case["b"]))
    assert finding.confidence is not None and finding.confidence < 0.1
    assert f'"{case["a"]}"' in finding.explanation and f'"{case["b"]}"' in finding.explanation
    assert "before the earliest hour of the shooting (18:00)" in finding.explanation
    assert any("a later discovery" in reason for reason in finding.reasons)


def test_either_report_may_hold_the_response(pipeline):
    case = CASES[0]
    (finding,) = _window(findings_of(case["b"], case["a"]))
    assert finding.status is Status.compatible
    assert [c.report for c in finding.claims] == [1, 0]


def test_the_times_the_window_tells_are_not_also_only_in_one(pipeline):
    case = CASES[0]
    findings = findings_of(case["a"], case["b"])
    (window,) = _window(findings)
    told = {c.id for c in window.claims}
    alone = [f for f in findings if f.status is Status.only_in_one and {c.id for c in f.claims} <= told]
    assert not alone, [f.explanation for f in alone]


def test_a_call_inside_the_day_part_still_fits_it(pipeline):
    """The window leaves a call inside the shooting's day part to the
    kindred findings, which show the two times as fitting."""
    case = next(c for c in CASES if c["name"].startswith("a call inside the shooting's day part"))
    both = {0, 1}
    fits = [
        f
        for f in findings_of(case["a"], case["b"])
        if f.status is Status.compatible and {c.report for c in f.claims} == both and f.kind is ClaimKind.time
    ]
    assert fits, "the call and the day part are not shown together"
