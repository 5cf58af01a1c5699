"""Who shot the victim: one report's "shot himself" against another's "was
shot by his brother" for one person is a conflict quoting both sentences; an
open question, a possibility, a murder-suicide's gunman and a report of two
people harmed are not (tests/compare/shooter_cases.yaml)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from reportcheck.api import compare_reports
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Status

CASES = yaml.safe_load((Path(__file__).parent / "shooter_cases.yaml").read_text(encoding="utf-8"))


def _shooter_findings(first: str, second: str):
    reports = [load_text(text, date=dt.date(2026, 3, 10)) for text in (first, second)]
    found = compare_reports(reports, same_incident=True).findings
    return [f for f in found if f.subject.endswith(":shooter")]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_who_shot_the_victim_across_reports(pipeline, case):
    found = _shooter_findings(case["a"], case["b"])
    expected = {True: [Status.conflict], False: [], "possible": [Status.possible_conflict]}[case["conflict"]]
    assert [f.status for f in found] == expected, [f.explanation for f in found]


def test_the_conflict_quotes_both_sentences(pipeline):
    (finding,) = _shooter_findings(CASES[0]["a"], CASES[0]["b"])
    assert finding.status is Status.conflict
    assert finding.kind is ClaimKind.person
    assert "shot themself in one report, shot by someone else in the other" in finding.explanation
    assert CASES[0]["a"] in finding.explanation and CASES[0]["b"] in finding.explanation
    assert sorted(c.count.shooter for c in finding.claims) == ["another", "self"]


@pytest.mark.parametrize(
    ("text", "shooter"),
    [
        ("Deputies said the boy died by suicide at a home in Reno on Sunday.", "self"),
        ("Police said the woman died of suicide in her car on Friday.", "self"),
        ("Police said the girl died by apparent suicide on Monday.", "self"),
        ("Police said the man died in a murder-suicide on Monday.", None),
        ("Police said the boy died of a gunshot wound on Monday.", None),
    ],
)
def test_a_death_by_suicide_is_read_as_self(pipeline, text, shooter):
    """The one who died is counted either way; only "by/of suicide" unhedged tells who fired."""
    from reportcheck.api import extract_reports

    (extracted,) = extract_reports([load_text(text, date=dt.date(2026, 3, 10))], [0])
    counts = [c for c in extracted.claims if c.kind is ClaimKind.killed]
    assert counts, text
    assert {c.count.shooter for c in counts} == {shooter}


@pytest.mark.parametrize(
    ("text", "shooter", "hedge"),
    [
        (
            "Police said a 4-year-old girl died Saturday of an apparently self-inflicted gunshot wound.",
            "self",
            "apparently",
        ),
        ("Police believe the boy shot himself in the head on Monday in Akron.", "self", "believe"),
        (
            "The boy apparently shot himself in the head on Monday in Akron, police said.",
            "self",
            "apparently",
        ),
        ("Police said the girl died by apparent suicide on Monday.", "self", "apparent"),
        (
            "A 7-year-old boy was shot by a suspected gang member on Monday in Akron, police said.",
            "another",
            None,
        ),
        ("Deputies said the boy died by suicide at a home in Reno on Sunday.", "self", None),
        (
            "A teen allegedly killed by a friend was remembered at a vigil in Trenton on Sunday.",
            "another",
            "allegedly",
        ),
        ("A 16-year-old died after being shot by his cousin, police believe.", "another", "believe"),
    ],
)
def test_a_hedged_reading_of_who_fired_is_kept_with_its_hedge(pipeline, text, shooter, hedge):
    """A hedge ("police believe", "apparently") keeps the reading and names
    the word; a hedge of another phrase ("a suspected gang member") does not."""
    from reportcheck.api import extract_reports

    (extracted,) = extract_reports([load_text(text, date=dt.date(2026, 3, 10))], [0])
    read = {
        (c.count.shooter, c.count.shooter_hedge)
        for c in extracted.claims
        if c.count is not None and c.count.shooter
    }
    assert read == {(shooter, hedge)}, text


def test_a_hedged_conflict_says_which_word_hedges_it(pipeline):
    case = next(c for c in CASES if c["name"].startswith("police believe"))
    (finding,) = _shooter_findings(case["a"], case["b"])
    assert finding.status is Status.possible_conflict
    assert "who fired hedged: 'believe'" in finding.reasons
    assert "both stated without hedge" not in finding.reasons
    assert case["a"] in finding.explanation and case["b"] in finding.explanation


SHOT_BY_A_DEPUTY = (
    "A man was shot by a deputy outside a store in Ogden early Friday, the sheriff's office said."
)


@pytest.mark.parametrize(
    "hedged",
    [
        "Police believe the man shot himself in the chest outside a store in Ogden early Friday.",
        "The man apparently shot himself in the chest outside a store in Ogden early Friday.",
    ],
)
def test_a_hedge_of_who_fired_is_no_firm_statement_to_the_grading(pipeline, hedged):
    """The grading is told the reading is hedged: the weight of two firm
    statements ("both stated without hedge") is not counted for it, as for a
    doubt of the clause, while the same reading told as fact keeps it."""
    firm = "The man shot himself in the chest outside a store in Ogden early Friday."
    (told,) = _shooter_findings(firm, SHOT_BY_A_DEPUTY)
    (doubted,) = _shooter_findings(hedged, SHOT_BY_A_DEPUTY)
    assert "both stated without hedge" in told.reasons
    assert "both stated without hedge" not in doubted.reasons
    assert any(r.startswith("who fired hedged: ") for r in doubted.reasons)
    assert doubted.confidence < told.confidence
