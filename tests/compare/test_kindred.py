"""Figures of one fact kept apart by their words (compare/kindred.py): the
hurt beside the injured, a condition's share beside its whole.  Shown
together where they fit, never set against each other as a conflict."""

from __future__ import annotations

from reportcheck.align import group_claims
from reportcheck.compare import compare_groups
from reportcheck.models import (
    Claim,
    ClaimKind,
    Evidence,
    Finding,
    Status,
    Value,
    ValueFrame,
    details_from_attrs,
)


def count(report: int, n: int, kind: str = "injured", scope: str | None = None, hurt: bool = False) -> Claim:
    """A count of victims: "hurt" is the counts component's people harmed
    whom the words leave alive ("were taken to a hospital", "are in stable
    condition"), an other_count of subject ``harmed:hurt``."""
    subject = "harmed:hurt" if hurt else "victims"
    kind = "other_count" if hurt else kind
    attrs = {"role": "victims", "group": "all", **({"harmed": "hurt"} if hurt else {})}
    text = f"{n} {subject} ({scope or 'total'}) r{report}"
    evidence = Evidence(
        text=text, start=n * 10, end=n * 10 + 1, sentence=text, sentence_start=0, sentence_end=1
    )
    return Claim(
        id=f"r{report}-{kind}-{subject}-{n}-{scope}",
        report=report,
        kind=ClaimKind(kind),
        subject=subject,
        subject_label=f"people {kind}",
        value=Value(unit="people", written=n, low=n, high=n, label=str(n)),
        evidence=evidence,
        details=details_from_attrs(ClaimKind(kind), attrs),
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
