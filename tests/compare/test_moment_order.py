"""A later moment of the incident told before the attack it follows: one
report's time of a death or an arrest clearly before the other report's time
of the attack, on the same day, is a conflict, and so is a call or an
arrival tied to the shots before the shots; near misses, other days, hedged
day parts and calls of another matter are not
(tests/compare/moment_order_cases.yaml)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from reportcheck.api import compare_reports
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Status

CASES = yaml.safe_load((Path(__file__).parent / "moment_order_cases.yaml").read_text(encoding="utf-8"))


def _order_findings(first: str, second: str):
    reports = [load_text(text, date=dt.date(2026, 3, 10)) for text in (first, second)]
    return [f for f in compare_reports(reports).findings if f.subject.startswith("order:")]


def _times_read(first: str, second: str) -> set[tuple[int, str, str | None]]:
    """(report, text, event) of every time either report was read to give."""
    reports = [load_text(text, date=dt.date(2026, 3, 10)) for text in (first, second)]
    return {
        (c.report, c.evidence.text, c.time.event)
        for f in compare_reports(reports).findings
        for c in f.claims
        if c.kind is ClaimKind.time
    }


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_a_later_moment_before_the_attack(pipeline, case):
    found = _order_findings(case["a"], case["b"])
    assert bool(found) is case["conflict"], [f.explanation for f in found]


@pytest.mark.parametrize(
    "case", [c for c in CASES if "read" in c], ids=[c["name"] for c in CASES if "read" in c]
)
def test_no_finding_is_not_for_want_of_reading(pipeline, case):
    """A case where nothing is found still reads both times: the moment's
    in its report and the attack's in the other, with their events."""
    read = _times_read(case["a"], case["b"])
    (moment, event), (attack, attack_event) = case["read"]["moment"], case["read"]["attack"]
    assert (0, moment, event) in read, read
    assert (1, attack, attack_event) in read, read


def test_every_case_without_a_finding_says_what_must_be_read():
    assert all("read" in c for c in CASES if not c["conflict"])


def test_the_conflict_quotes_both_sentences_and_says_which_came_first(pipeline):
    (finding,) = _order_findings(CASES[0]["a"], CASES[0]["b"])
    assert finding.status is Status.conflict
    assert finding.kind is ClaimKind.time
    assert finding.subject == "order:death"
    assert finding.explanation.startswith('the death ("1:15 p.m. on Sunday", at the latest 13:15) came')
    assert 'hours before the attack ("Sunday night", at the earliest 18:00)' in finding.explanation
    assert '"He died just before 1:15 p.m. on Sunday, the coroner said."' in finding.explanation
    assert CASES[0]["b"] in finding.explanation
    assert finding.reasons[0] == "a death cannot come before the attack"
    assert [c.report for c in finding.claims] == [0, 1]


def test_either_report_may_hold_the_later_moment(pipeline):
    """The same pair the other way round gives the same one finding."""
    (finding,) = _order_findings(CASES[0]["b"], CASES[0]["a"])
    assert [c.report for c in finding.claims] == [1, 0]


def test_one_report_s_own_moments_are_not_set_in_order(pipeline):
    """Two moments inside one report are left to its reader: the audit keeps
    no conflict inside one report, and a report that tells a death before its
    own shooting most often tells two people's."""
    first = (
        "The man was pronounced dead at 9:40 a.m. Tuesday at Mercy Hospital. "
        "The shooting happened at about 4:30 p.m. Tuesday outside a liquor store."
    )
    assert not _order_findings(first, "A man was killed in a shooting on Elm Street, police said.")


def test_the_times_the_conflict_tells_are_not_also_only_in_one(pipeline):
    reports = [load_text(text, date=dt.date(2026, 3, 10)) for text in (CASES[1]["a"], CASES[1]["b"])]
    findings = compare_reports(reports).findings
    (order,) = [f for f in findings if f.subject.startswith("order:")]
    told = {c.id for c in order.claims}
    alone = [f for f in findings if f.status is Status.only_in_one and {c.id for c in f.claims} <= told]
    assert not alone, [f.explanation for f in alone]


def test_the_grade_says_how_far_before_and_how_firmly_tied(pipeline):
    """An arrest tied to the attack only by another sentence of its report
    is still a conflict hours before; one tied in its own sentence is graded
    firmer, and one an hour or two before less firmly than one hours before."""
    attack = "The clerk was shot at 8:10 p.m. Wednesday during a robbery, police said."
    elsewhere = (
        "A man was arrested in the killing of a store clerk, police said. "
        "Officers arrested Dale Price, 29, on Wednesday at about noon at his home."
    )
    own = "Officers arrested Dale Price, 29, in the killing at about noon Wednesday at his home."
    (by_report,) = _order_findings(elsewhere, attack)
    (by_clause,) = _order_findings(own, attack)
    assert by_report.status is Status.conflict
    assert by_clause.confidence > by_report.confidence
    assert "the later moment tied to the attack in its own sentence" in by_clause.reasons
    hours_near = "Officers arrested Dale Price, 29, in the killing at about 6 p.m. Wednesday at his home."
    (closer,) = _order_findings(hours_near, attack)
    assert closer.confidence < by_clause.confidence


INTERNAL = yaml.safe_load((Path(__file__).parent / "internal_order_cases.yaml").read_text(encoding="utf-8"))


def _one_report(text: str):
    reports = [
        load_text(t, date=dt.date(2026, 3, 10))
        for t in (text, "Crews worked through the day at the scene, officials said.")
    ]
    return compare_reports(reports).findings


@pytest.mark.parametrize("case", INTERNAL, ids=[c["name"] for c in INTERNAL])
def test_a_report_s_own_call_before_its_incident(pipeline, case):
    """One report's call, alert or message telling the incident, clearly
    before its own time of the incident, is an internal conflict
    (tests/compare/internal_order_cases.yaml); the two times are read
    whatever is found."""
    findings = _one_report(case["text"])
    found = [f for f in findings if f.subject.startswith("order:")]
    assert bool(found) is case["conflict"], [f.explanation for f in found]
    assert all(f.internal and f.subject == "order:call" for f in found)
    read = {(c.evidence.text, c.time.event) for f in findings for c in f.claims if c.kind is ClaimKind.time}
    assert (case["read"]["call"], "call") in read, read
    assert (case["read"]["incident"], "incident") in read, read
