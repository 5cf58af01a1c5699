"""Counts of kinds of people: a share of a toll one report tells ("including
five firefighters") is set against the other report's count of that kind
("six firefighters were reported missing"), never against a count of another
kind of the same group ("three nurses"), and a total against the other
report's total before any count of a group it "can" hold."""

from __future__ import annotations

from reportcheck.align import group_claims
from reportcheck.compare import compare_groups
from reportcheck.models import (
    Claim,
    Finding,
    Status,
    ValueFrame,
)

from .claims import exact, people_count


def count(
    report: int,
    n: int,
    kind: str = "killed",
    group: str = "all",
    bearer: str | None = None,
    share: bool = False,
) -> Claim:
    text = f"{n} {bearer or 'people'}"
    attrs = {"role": "victims", "group": group} | ({"derived": "share"} if share else {})
    return people_count(
        report,
        exact(n),
        claim_id=f"r{report}-{kind}-{n}-{bearer}",
        text=text,
        start=n,
        kind=kind,
        attrs=attrs,
        frame=ValueFrame(bearer=bearer),
    )


def findings(*claims: Claim) -> list[Finding]:
    found = compare_groups(group_claims(list(claims), {}))
    return [f for f in found if len({c.report for c in f.claims}) == 2]


def texts(finding: Finding) -> set[str]:
    return {c.evidence.text for c in finding.claims}


def test_a_kind_is_set_against_the_same_kind():
    # "30 missing, including five firefighters" / "six firefighters have been reported missing"
    found = findings(
        count(0, 30, "missing"),
        count(0, 5, "missing", "workers", "firefighter", share=True),
        count(1, 6, "missing", "workers", "firefighter"),
    )
    paired = [f for f in found if texts(f) == {"5 firefighter", "6 firefighter"}]
    assert [f.status for f in paired] == [Status.conflict]


def test_two_kinds_of_one_group_are_never_set_against_each_other():
    # "among the dead were two pilots" / "three nurses were killed": two sets of workers
    found = findings(count(0, 2, "killed", "workers", "pilot"), count(1, 3, "killed", "workers", "nurse"))
    assert found == []
    # ... nor agree when the figures happen to match
    assert findings(count(0, 3, "killed", "women", "woman"), count(1, 3, "killed", "children", "child")) == []


def test_a_total_is_set_against_the_other_total_before_a_kind_it_can_hold():
    # "30 to 40 missing, including five firefighters" / "60 people missing": the totals conflict,
    # though five firefighters "can be part of" 60
    found = findings(
        count(0, 35, "missing"),
        count(0, 5, "missing", "workers", "firefighter", share=True),
        count(1, 60, "missing"),
    )
    assert [f.status for f in found if texts(f) == {"35 people", "60 people"}] == [Status.conflict]
    assert not any(f.status is Status.conflict and "5 firefighter" in texts(f) for f in found)


def test_a_count_of_a_group_told_alone_is_still_the_totals_partner():
    # "64 workers died" / "76 bodies": a figure the report gives as its own, not as a share of
    # its total, stays the closest partner of the other report's toll (which may be a part of it)
    found = findings(count(0, 86), count(0, 64, "killed", "workers", "worker"), count(1, 76))
    assert [f.status for f in found if texts(f) == {"64 worker", "76 people"}] == [Status.compatible]


def test_a_kind_larger_than_the_other_reports_total_conflicts():
    # "among the dead were 12 children" / "ten people were killed"
    found = findings(count(0, 12, "killed", "children", "child"), count(1, 10, "killed"))
    assert [f.status for f in found] == [Status.conflict]
