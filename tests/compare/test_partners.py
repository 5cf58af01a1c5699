"""Which of a report's figures the other report's toll is set against: a
vague word ("dozens of people were killed") told beside a figure it holds
("at least 45 people died") is one toll told twice, and the figure speaks
for it, so two totals that cannot both hold are judged even where the vague
word, or a count of children, would fit the other total."""

from __future__ import annotations

from reportcheck.align import group_claims
from reportcheck.compare import compare_groups
from reportcheck.models import (
    Claim,
    Finding,
    Status,
    Value,
    ValueFrame,
)

from .claims import people_count

#: the ranges rules/counts.yaml gives the vague words used here
VAGUE = {"dozens": (24, 150), "scores": (40, 199)}


def count(report: int, said: str, group: str = "all", at: int = 0) -> Claim:
    """A killed count as written: "45 people", "dozens of people", "20 children"."""
    first = said.split()[0]
    attrs = {"role": "victims", "group": group}
    if first in VAGUE:
        attrs["told"] = "vague"  # as the extractor marks it
        low, high = VAGUE[first]
        value = Value(unit="people", written=(low + high) / 2, low=low, high=high, label=f"{low}-{high}")
    else:
        n = int(first)
        value = Value(unit="people", written=n, low=n, high=n, label=str(n))
    bearer = None if group == "all" else said.split()[-1]
    return people_count(
        report,
        value,
        claim_id=f"r{report}-{at:03d}",
        text=said,
        start=at,
        end=at + len(said),
        sentence_span=(at, at + len(said)),
        attrs=attrs,
        frame=ValueFrame(bearer=bearer),
    )


def findings(*claims: Claim) -> list[Finding]:
    found = compare_groups(group_claims(list(claims), {}), min_confidence=0.0)
    return [f for f in found if len({c.report for c in f.claims}) == 2]


def status_of(found: list[Finding], *texts: str) -> list[Status]:
    return [f.status for f in found if {c.evidence.text for c in f.claims} == set(texts)]


def test_the_figure_beside_a_vague_word_meets_the_other_total():
    # "dozens of people were killed ... at least 45 people died" /
    # "20 children were killed ... police said 60 people were killed"
    found = findings(
        count(0, "dozens of people", at=10),
        count(0, "45 people", at=90),
        count(1, "20 children", "children", at=10),
        count(1, "60 people", at=90),
    )
    assert status_of(found, "45 people", "60 people") == [Status.conflict]
    # the vague word is no conflict of its own: it is paired, and fits
    assert [f.status for f in found if "dozens of people" in {c.evidence.text for c in f.claims}] == [
        Status.compatible
    ]


def test_scores_yield_to_their_figure_whichever_report_comes_first():
    found = findings(
        count(0, "30 women", "women", at=10),
        count(0, "90 people", at=90),
        count(1, "scores of people", at=10),
        count(1, "130 people", at=90),
    )
    assert status_of(found, "90 people", "130 people") == [Status.conflict]


def test_a_vague_word_beside_a_figure_outside_it_stays_the_partner():
    # "dozens of people were killed ... three people died later in hospital" / "40 people":
    # the three is not the dozens told again
    found = findings(count(0, "dozens of people", at=10), count(0, "3 people", at=90), count(1, "40 people"))
    assert status_of(found, "dozens of people", "40 people") == [Status.compatible]


def test_a_vague_word_of_another_group_does_not_yield_to_the_total():
    # "dozens of children were among 86 killed" told as two counts / "40 children"
    found = findings(
        count(0, "dozens of children", "children", at=10),
        count(0, "86 people", at=90),
        count(1, "40 children", "children"),
    )
    assert status_of(found, "dozens of children", "40 children") == [Status.compatible]
    assert not [f for f in found if f.status is Status.conflict]


def test_two_vague_words_that_agree_stay_paired():
    found = findings(
        count(0, "dozens of people", at=10), count(0, "30 people", at=90), count(1, "dozens of people")
    )
    assert status_of(found, "dozens of people", "dozens of people") == [Status.agree]
