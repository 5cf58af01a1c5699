"""A figure in a clause that tells an account the report itself replaces
("police initially said the children were 3 and 4", "earlier reports said
two people had died", "an earlier version of this story incorrectly said
...") is the report's earlier figure where the report gives another value of
that fact, and stays the report's claim where it gives none
(extract/core/revisions.py, ``earlier_account`` in rules/cues.yaml).

The sentences are invented after how updated wire and local-TV stories keep
the account they correct (a footnote "police have corrected earlier
information, where the children were believed to be ages 3 and 4" under a
story of a 3-year-old son and a 5-year-old daughter); one is quoted from ECB+
(topic 18, CC BY 3.0, Cybulska & Vossen 2014).  Names, places and figures are
varied."""

from __future__ import annotations

import pytest

from reportcheck.knowledge.vocabulary import EARLIER_FIGURE
from tests.conftest import findings_of, kind_statuses, report_claims


def _read(text: str, kind: str) -> list[tuple[str, bool]]:
    """Each ``kind`` claim of ``text``: its words and whether it is framed as an earlier figure."""
    return [
        (c.evidence.text, (c.frame.measure or "").endswith(EARLIER_FIGURE))
        for c in report_claims(text)
        if c.kind.value == kind
    ]


def _earlier(text: str, kind: str) -> list[str]:
    return [words for words, earlier in _read(text, kind) if earlier]


@pytest.mark.parametrize(
    ("text", "kind", "earlier"),
    [
        # "initially said", the value replaced in another sentence
        (
            "Police initially said 4 people had been wounded in the shooting. "
            "On Sunday the department said 6 people were wounded.",
            "injured",
            ["4 people"],
        ),
        (
            "The coroner initially said the victim was a 31-year-old man. "
            "The coroner's office said Monday the victim was a 34-year-old man.",
            "age",
            ["31-year-old"],
        ),
        # a correction footnote on the children's ages
        (
            "The father shot his 6-year-old daughter and his 2-year-old son, police said. "
            "*Police have corrected earlier information, "
            "where the children were believed to be ages 2 and 3.",
            "age",
            ["3"],
        ),
        (
            "Officers found a 7-year-old girl and a 4-year-old boy dead in the home. "
            "Police corrected earlier information, which said the children were 4 and 5.",
            "age",
            ["5"],
        ),
        # "earlier reports said" / "originally reported that"
        (
            "Earlier reports said three people had been killed in the crash. "
            "The state patrol said Tuesday that two people were killed.",
            "killed",
            ["three people"],
        ),
        (
            "A man suspected of shooting three people, killing one, at an accounting firm was arrested. "
            "Local evening news in Michigan originally reported that two of the three victims died.",
            "killed",
            ["two of the three victims"],
        ),
        # "an earlier version of this story incorrectly said"
        (
            "Five people were hurt in the blast, fire officials said. "
            "An earlier version of this story incorrectly said 15 people were hurt.",
            "injured",
            ["15 people"],
        ),
        (
            "Deputies arrested 3 men after the raid. "
            "A previous version of this story incorrectly reported that 4 men were arrested.",
            "arrested",
            ["4 men"],
        ),
        # "previously reported", "had been listed as", "originally identified"
        (
            "Authorities previously reported 9 people missing after the flood. "
            "By Friday the county said 11 people were missing.",
            "missing",
            ["9 people"],
        ),
        (
            "The victim had been listed as a 22-year-old woman in the police report. "
            "Her family said the victim was a 24-year-old woman.",
            "age",
            ["22-year-old"],
        ),
    ],
)
def test_a_figure_of_an_account_the_report_replaces_is_an_earlier_figure(text, kind, earlier):
    assert _earlier(text, kind) == earlier
    # the replacing value is read and stays the report's own
    assert any(not was_earlier for _, was_earlier in _read(text, kind))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an earlier account and no other value of the fact: the report's only word on it
        ("Initial reports said the man had been shot 8 times in the upper body.", "other_count"),
        ("Police initially said 4 people had been wounded in the shooting at the bar.", "injured"),
        # the same value told again: nothing replaced
        (
            "Police initially said 2 people were killed. The sheriff confirmed Sunday that 2 people died.",
            "killed",
        ),
        # attribution is no correction
        ("Police said 4 people were wounded. Police said the gunman was 45.", "injured"),
        # "initially" of an action, not of an account
        (
            "The 19-year-old suspect initially fled on foot, police said. Two officers were injured.",
            "injured",
        ),
        # "believed" alone is a hedge
        (
            "The two children were believed to be ages 3 and 4. A 30-year-old man was also found.",
            "age",
        ),
    ],
)
def test_no_replacing_value_or_no_account_marks_nothing(text, kind):
    read = _read(text, kind)
    assert read, "the claims must be read"
    assert not any(earlier for _, earlier in read)


def test_a_child_age_is_not_replaced_by_a_fathers():
    text = (
        "Police initially said the boy was a 4-year-old. "
        "The 36-year-old father was arrested at the home, police said."
    )
    assert ("4-year-old", False) in _read(text, "age")


def test_the_corrected_childs_age_is_not_set_against_the_other_reports_about_4():
    """The stale "4" of the correction footnote no longer agrees with the
    other report's "a boy, about 4" as the report's own age: the other
    report's one boy is this report's one boy (align's one person of a sex),
    so "about 4" is set against the boy's corrected age, 2, as a conflict;
    the footnote's "4" is left on its own."""
    a = (
        "The victims are a 35-year-old man and two children, a 2-year-old boy and a 6-year-old girl. "
        "*Police have corrected earlier information, where the children were believed to be ages 2 and 4."
    )
    b = (
        "Officers found the bodies of the children, a 2-year-old girl and a boy, about 4, "
        "along with the father."
    )
    findings = [f for f in findings_of(a, b) if f.kind.value == "age"]
    agreed = [{c.evidence.text for c in f.claims} for f in findings if f.status.value == "agree"]
    assert {"4", "boy, about 4"} not in agreed
    told = [f for f in findings if {"4", "boy, about 4"} & {c.evidence.text for c in f.claims}]
    assert [(f.status.value, sorted(c.evidence.text for c in f.claims)) for f in told] == [
        ("conflict", ["2-year-old", "boy, about 4"]),
        ("only_in_one", ["4"]),
    ]


def test_a_toll_an_earlier_report_gave_is_still_set_against_the_corrected_one():
    """Rule 4 of the eval conventions: the other report's figure is set
    against the current one, never against the earlier one it repeats."""
    a = "Earlier reports said three people had been killed. The state patrol said two people were killed."
    b = "Three people were killed in the crash on Interstate 80, the state patrol said."
    assert "conflict" in kind_statuses(a, b, "killed")


def test_the_other_reports_figure_that_was_one_reports_earlier_one_is_said_as_such():
    """Rule 4 on updates: the other report's "three" is still set against
    the current "two"; beside the earlier "three" it is one figure told at
    two times, compatible, with the reason."""
    a = "Earlier reports said three people had been killed. The state patrol said two people were killed."
    b = "Three people were killed in the crash on Interstate 80, the state patrol said."
    findings = [f for f in findings_of(a, b) if f.kind.value == "killed"]
    told = [f for f in findings if f.status.value == "compatible"]
    assert [sorted(c.evidence.text for c in f.claims) for f in told] == [["Three people", "three people"]]
    assert "earlier figure" in told[0].explanation


@pytest.mark.parametrize(
    ("a", "b", "said"),
    [
        (
            "A shooting at a party early Sunday left people dead, police said. "
            "Police initially said two people were killed.",
            "Three people were killed in a shooting at a party early Sunday, police said.",
            "one report's figure is what police initially said",
        ),
        (
            "Earlier reports said four people had been killed in the fire at the warehouse.",
            "Six people were killed in the fire at the warehouse, the fire chief said.",
            "one report's figure is an earlier account (earlier reports)",
        ),
    ],
)
def test_an_unreplaced_earlier_account_is_at_most_a_possible_conflict(a, b, said):
    """A figure a report tells only as an earlier account, with none of its
    own beside it, may be the very figure the other report corrects: the two
    are read and set against each other, but as a possible conflict whose
    reasons name the account, never as two firm statements."""
    (finding,) = [f for f in findings_of(a, b) if f.kind.value == "killed"]
    assert finding.status.value == "possible_conflict"
    assert said in finding.reasons
    assert "both stated without hedge" not in finding.reasons


def test_a_firm_figure_against_another_firm_one_is_still_a_conflict():
    """Without the earlier account the same two tolls conflict firmly."""
    a = "A shooting at a party early Sunday left people dead. Police said two people were killed."
    b = "Three people were killed in a shooting at a party early Sunday, police said."
    (finding,) = [f for f in findings_of(a, b) if f.kind.value == "killed"]
    assert finding.status.value == "conflict"
