"""A value the other report shares with one of this report's values is not
contradicted by this report's other values of the group: those are other
moments (or scopes) the report tells, and a report at odds with itself is
its own, internal, finding."""

from __future__ import annotations

from reportcheck.align import group_claims
from reportcheck.compare import compare_groups
from reportcheck.models import Claim, ClaimKind, Evidence, Status, Value, ValueFrame, details_from_attrs


def clock(report: int, minutes: int, start: int) -> Claim:
    label = f"{minutes // 60:02d}:{minutes % 60:02d}"
    evidence = Evidence(
        text=label, start=start, end=start + 5, sentence=label, sentence_start=0, sentence_end=5
    )
    return Claim(
        id=f"r{report}-time-{minutes}",
        report=report,
        kind=ClaimKind.time,
        subject="incident",
        subject_label="time of the incident",
        value=Value(unit="min", written=minutes, low=minutes, high=minutes, label=label),
        evidence=evidence,
        details=details_from_attrs(ClaimKind.time, {"event": "incident"}),
        frame=ValueFrame(measure="time:incident"),
    )


def cross_conflicts(*claims: Claim) -> list[str]:
    findings = compare_groups(group_claims(list(claims), {}), min_confidence=0.0)
    return [f.explanation for f in findings if f.status is Status.conflict and not f.internal]


def test_a_time_both_reports_give_leaves_the_other_moment_uncontradicted():
    # "it started at 10:15 a.m. ... a little after 11 a.m. the suspect was shot
    # by a SWAT officer" against "the shooting unfolded at 10:15 a.m."
    assert cross_conflicts(clock(0, 615, 10), clock(0, 660, 90), clock(1, 615, 10)) == []


def test_times_the_other_report_does_not_share_still_conflict():
    # "shots were fired at 9:30 p.m." against "the shooting happened at 10:30 p.m."
    assert len(cross_conflicts(clock(0, 1290, 10), clock(1, 1350, 10))) == 1
    # ... and a report giving two times, neither the other's, is set against it
    assert cross_conflicts(clock(0, 615, 10), clock(0, 660, 90), clock(1, 570, 10)) != []
