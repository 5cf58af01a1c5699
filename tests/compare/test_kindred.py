"""Figures of one fact kept apart by their words (compare/kindred.py): the
hurt beside the injured, a condition's share beside its whole.  Shown
together where they fit, never set against each other as a conflict."""

from __future__ import annotations

import pytest

from reportcheck.align import group_claims
from reportcheck.compare import compare_groups
from reportcheck.models import (
    Claim,
    Finding,
    Status,
    ValueFrame,
)

from .claims import exact, people_count


def count(report: int, n: int, kind: str = "injured", scope: str | None = None, hurt: bool = False) -> Claim:
    """A count of victims: "hurt" is the counts component's people harmed
    whom the words leave alive ("were taken to a hospital", "are in stable
    condition"), an other_count of subject ``harmed:hurt``."""
    subject = "harmed:hurt" if hurt else "victims"
    kind = "other_count" if hurt else kind
    attrs = {"role": "victims", "group": "all", **({"harmed": "hurt"} if hurt else {})}
    text = f"{n} {subject} ({scope or 'total'}) r{report}"
    return people_count(
        report,
        exact(n),
        claim_id=f"r{report}-{kind}-{subject}-{n}-{scope}",
        text=text,
        start=n * 10,
        kind=kind,
        subject=subject,
        attrs=attrs,
        frame=ValueFrame(scope=scope),
    )


def findings(*claims: Claim) -> list[Finding]:
    return compare_groups(group_claims(list(claims), {}))


def paired(found: list[Finding], a: Claim, b: Claim) -> set[Status]:
    return {f.status for f in found if {a.id, b.id} <= {c.id for c in f.claims}}


def alone(found: list[Finding], claim: Claim) -> bool:
    return any(f.status is Status.only_in_one and claim.id in {c.id for c in f.claims} for f in found)


def test_the_hurt_agree_with_the_same_number_injured():
    # "the two other victims were taken to a hospital" / "the two wounded men"
    hurt, injured = count(0, 2, scope="part", hurt=True), count(1, 2)
    found = findings(hurt, injured)
    assert paired(found, hurt, injured) == {Status.agree}
    assert not alone(found, hurt) and not alone(found, injured)


def test_the_hurt_beside_another_number_of_injured_stay_apart():
    # "three are in stable condition" / "five people were wounded": three may be some of the five
    hurt, injured = count(0, 3, hurt=True), count(1, 5)
    found = findings(hurt, injured)
    assert paired(found, hurt, injured) == set()
    assert alone(found, hurt)
    assert not any(f.status is Status.conflict for f in found)


def test_the_hurt_of_the_same_report_are_no_partner():
    hurt, injured = count(0, 2, hurt=True), count(0, 2, scope="part")
    assert paired(findings(hurt, injured), hurt, injured) == set()


def test_a_share_by_condition_fits_the_whole():
    # "ten others seriously injured" / "20 injured"
    serious, whole = count(1, 10, scope="condition:serious"), count(0, 20)
    found = findings(serious, whole)
    assert paired(found, serious, whole) == {Status.compatible}
    assert not alone(found, serious)


def test_a_share_larger_than_the_whole_is_still_the_conflict():
    serious, whole = count(1, 30, scope="condition:serious"), count(0, 20)
    found = findings(serious, whole)
    assert paired(found, serious, whole) == {Status.conflict}


def test_a_share_with_its_like_in_the_other_report_is_paired_as_before():
    # both reports count the critically hurt: compared with each other, not the whole
    a, b, whole = (
        count(0, 2, scope="condition:critical"),
        count(1, 2, scope="condition:critical"),
        count(1, 9),
    )
    found = findings(a, b, whole)
    assert paired(found, a, b) == {Status.agree}
    assert paired(found, a, whole) == set()


# ------------------------------------------------------------ moments of one incident


def _moments(first: str, second: str, measures: bool = False) -> list[tuple[str, list[str]]]:
    """(status, quoted texts, or with ``measures`` the claims' measures) of
    the date and time findings of two reports."""
    import datetime as dt  # noqa: PLC0415

    from reportcheck.api import compare_reports  # noqa: PLC0415
    from reportcheck.load import load_text  # noqa: PLC0415

    comparison = compare_reports([load_text(t, date=dt.date(2026, 11, 30)) for t in (first, second)])
    return [
        (f.status.value, [(c.frame.measure or "") if measures else c.evidence.text for c in f.claims])
        for f in comparison.findings
        if f.kind.value in ("date", "time")
    ]


@pytest.mark.parametrize(
    ("first", "second", "pair"),
    [
        (
            "Marcus Reed, 31, called 911 three times early on Nov. 27 from his sister's apartment in "
            "Dayton. An officer shot him minutes later.",
            "The lawsuit describes what happened on Nov. 27, the night Officer Dan Price fatally shot "
            "Marcus Reed in Dayton.",
            ("agree", ["Nov. 27", "Nov. 27"]),
        ),
        (
            "Firefighters were called to the plant at 7:40 p.m. Wednesday, officials said.",
            "The plant exploded on Wednesday evening, shaking homes across the town of West.",
            ("agree", ["Wednesday", "Wednesday evening"]),
        ),
        (
            "Darnell Hicks was pronounced dead at the scene at 9:14 p.m., the medical examiner said.",
            "Darnell Hicks, 17, died Sunday night after he was shot on Elm Street in Gary.",
            ("compatible", ["9:14 p.m.", "night"]),
        ),
        (
            "Deputies were called to the house on Pine Road at about 10:30 p.m., the sheriff said.",
            "The shooting happened around 10:30 p.m. in the 300 block of Pine Road.",
            ("agree", ["10:30 p.m.", "10:30 p.m."]),
        ),
        # a day of death stands in for the day of the shooting the other report gives
        (
            "Keon Lutz, 9, died from a gunshot wound Saturday inside a home on Rose Street in Flint.",
            "A 9-year-old boy was accidentally shot on Saturday inside a house on Rose Street in Flint.",
            ("agree", ["Saturday", "Saturday"]),
        ),
        # a police shooting told as the suspect's end by one report, as the shooting by the other
        (
            "Troopers shot and killed the suspect at about 2:20 a.m. near Exit 14, police said.",
            "The shooting happened at about 2:20 a.m. near Exit 14 of the interstate.",
            ("agree", ["2:20 a.m.", "2:20 a.m."]),
        ),
    ],
)
def test_a_moment_told_by_one_report_fits_another_moment_of_the_other(pipeline, first, second, pair):
    # the day of the call and the day of the shooting, when each report gives only one;
    # a time of death within the day part the other report gives the incident
    assert pair in _moments(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the call report dates the shooting itself: its own day is the other's partner
        (
            "Ana Ruiz called police on Saturday about a break-in in Tulsa. "
            "Officers shot her neighbor on Sunday.",
            "Police shot and killed a man Saturday at a home in Tulsa, officials said.",
        ),
        # two days apart: a call days before is no day of the shooting, and no conflict either
        (
            "Ana Ruiz called police on Thursday to report a break-in at her home in Tulsa.",
            "Police shot and killed a man Saturday at a home in Tulsa, officials said.",
        ),
        # a morning death is not within the night
        (
            "Darnell Hicks was pronounced dead at the scene at 9:14 a.m., the medical examiner said.",
            "Darnell Hicks, 17, died Sunday night after he was shot on Elm Street in Gary.",
        ),
        # a clock time of death is never set against a clock time of the shooting
        (
            "Darnell Hicks was pronounced dead at the scene at 9:14 p.m., the medical examiner said.",
            "Darnell Hicks, 17, was shot at 8:50 p.m. on Elm Street in Gary.",
        ),
    ],
)
def test_moments_that_do_not_fit_or_have_their_own_partner_stay_apart(pipeline, first, second):
    found = _moments(first, second, measures=True)
    assert found, "the reports' dates and times were not read"
    assert not any(status in ("agree", "compatible") and len(set(of)) > 1 for status, of in found), found
    assert not any(status == "conflict" and "date:call" in of for status, of in found), found


@pytest.mark.parametrize(
    "end",
    [
        "Shortly after 11 a.m., the suspect was shot and killed by a SWAT officer.",
        "After a standoff of more than an hour, deputies shot the gunman at 11:05 a.m.",
    ],
)
def test_the_suspect_shot_by_police_later_is_no_time_of_the_shooting(pipeline, end):
    # the attacker's end after a standoff is a moment of its own: never a conflict
    # with the time the other report gives the shooting, nor inside its own report
    first = f"The gunman opened fire in a tire shop on Lamar Road at about 9:40 a.m. {end}"
    second = "The shooting started at 9:40 a.m. at a tire shop on Lamar Road, police said."
    found = _moments(first, second, measures=True)
    assert ("agree", ["time:incident", "time:incident"]) in found, found
    assert not any(status in ("conflict", "possible_conflict") for status, _ in found), found
