"""One act each report tells once (compare/one_act.py): the one call to
police each report times, the one arrest of one named person each dates,
the one later act (a surgery, a release from hospital, a charge, an
arraignment) each dates, set against each other; never a report's second
call, nor two people's arrests, nor a planned or second later act
(tests/compare/one_act_cases.yaml)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from reportcheck.models import Claim, ClaimKind, Finding, Status
from tests.conftest import findings_of

CASES = yaml.safe_load((Path(__file__).parent / "one_act_cases.yaml").read_text(encoding="utf-8"))


def _findings(first: str, second: str) -> list[Finding]:
    return findings_of(first, second, day=dt.date(2026, 4, 10))


def _act(claim: Claim) -> str | None:
    return claim.time.event if claim.kind is ClaimKind.time else claim.date.event


def _holding(findings: list[Finding], report: int, text: str, act: str) -> list[Finding]:
    """The findings quoting that report's value of that act."""
    return [
        f
        for f in findings
        if any(
            c.report == report
            and c.evidence.text == text
            and c.kind in (ClaimKind.time, ClaimKind.date)
            and _act(c) == act
            for c in f.claims
        )
    ]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_one_act_each(pipeline, case):
    findings = _findings(case["a"], case["b"])
    (a_text, a_act), (b_text, b_act) = case["read"]["a"], case["read"]["b"]
    of_a, of_b = _holding(findings, 0, a_text, a_act), _holding(findings, 1, b_text, b_act)
    assert of_a and of_b, [(f.status, [c.evidence.text for c in f.claims]) for f in findings]
    together = [f for f in of_a if f in of_b]
    if case["status"] == "none":
        assert not together, [f.explanation for f in together]
        return
    (finding,) = together
    assert finding.status is Status(case["status"]), finding.explanation
    act = case.get("act", a_act)  # a later act is named by its own name, its days by their event
    assert finding.reasons[0] == f"one {act} each report tells once", finding.reasons


def test_the_paired_values_are_not_also_only_in_one(pipeline):
    case = CASES[0]
    findings = _findings(case["a"], case["b"])
    alone = [f for f in findings if f.status is Status.only_in_one and f.kind is ClaimKind.time]
    assert not any(c.evidence.text in ("10:48 p.m.", "10:41 p.m.") for f in alone for c in f.claims)


def test_a_later_act_s_days_are_labelled_as_that_act_not_the_incident(pipeline):
    """A release told with "police said" is read as the incident's day or a
    statement's; paired, both days are the release's, after the incident."""
    findings = _findings(
        "Deputy Carla Nunez, who was shot at a motel on May 3, was released from the hospital Tuesday, "
        "police said.",
        "Deputy Carla Nunez, wounded at a motel on May 3, was released from the hospital on Wednesday.",
    )
    (finding,) = [f for f in findings if f.reasons and f.reasons[0] == "one release each report tells once"]
    assert finding.subject_label == "day of the release from hospital"
    assert finding.subject != "incident"
    assert {c.frame.measure for c in finding.claims} == {"date:aftermath"}
