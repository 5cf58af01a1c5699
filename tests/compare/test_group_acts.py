"""Groups of officers, deputies or soldiers counted by what each did or
suffered (``act_held_groups`` of rules/generic_counts.yaml,
compare/scopes.py ``other_acts``): "two deputies returned fire" and "five
deputies were hurt" count two groups, which never conflict (one figure told
by two acts may agree); two counts of one act still conflict."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.models import Finding, Status
from tests.conftest import findings_of, set_against

OPEN_A = "A gunman opened fire on deputies outside a farmhouse near Pine Bluff on Sunday, the sheriff said. "
OPEN_B = "Deputies came under fire at a farmhouse near Pine Bluff on Sunday, officials said. "


def _findings(first: str, second: str) -> list[Finding]:
    return findings_of(first, second, day=dt.date(2026, 4, 10), min_confidence=0.0)


@pytest.mark.parametrize(
    ("a", "b", "a_text", "b_text"),
    [
        (
            "Two deputies returned fire.",
            "When three deputies ran to help the driver, they were shot.",
            "Two deputies",
            "three deputies",
        ),
        (
            "Four officers chased the driver across a field.",
            "Six officers surrounded the farmhouse.",
            "Four officers",
            "Six officers",
        ),
        (
            "Three soldiers were in the hospital.",
            "Five soldiers chased the gunmen into a field.",
            "Three soldiers",
            "Five soldiers",
        ),
    ],
    ids=["returned fire / ran to help", "chased / surrounded", "in hospital / chased"],
)
def test_counts_of_two_acts_are_two_groups(pipeline, a, b, a_text, b_text):
    findings = _findings(OPEN_A + a, OPEN_B + b)
    together = set_against(findings, a_text, b_text)
    assert not together, [(f.status, f.explanation) for f in together]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Two deputies were at the farmhouse.", "Two deputies returned fire."),
        ("Two deputies spotted the gunman in the barn.", "Two deputies shot the gunman."),
    ],
    ids=["no verb / returned fire", "spotted / shot"],
)
def test_one_figure_told_by_two_acts_may_agree(pipeline, a, b):
    findings = _findings(OPEN_A + a, OPEN_B + b)
    (finding,) = set_against(findings, "Two deputies", "Two deputies")
    assert finding.status is Status.agree, finding.explanation


def test_counts_of_one_act_are_still_set_against_each_other(pipeline):
    findings = _findings(OPEN_A + "Two deputies returned fire.", OPEN_B + "Three deputies returned fire.")
    (finding,) = set_against(findings, "Two deputies", "Three deputies")
    assert finding.status in (Status.conflict, Status.possible_conflict), finding.explanation


@pytest.mark.parametrize(
    ("a", "b", "a_text", "b_text"),
    [
        (
            "Three deputies fired at the gunman.",
            "Five deputies opened fire on the barn.",
            "Three deputies",
            "Five deputies",
        ),
        (
            "Two deputies discharged their weapons.",
            "Four deputies fired at him.",
            "Two deputies",
            "Four deputies",
        ),
        ("Five deputies shot at the gunman.", "Two deputies returned fire.", "Five deputies", "Two deputies"),
    ],
    ids=[
        "fired at / opened fire",
        "discharged weapons / fired",
        "shot at / returned fire",
    ],
)
def test_one_act_told_by_other_verbs_is_still_one_act(pipeline, a, b, a_text, b_text):
    """ "opened fire", "discharged their weapons" and "fired at" tell one act
    (``act_meanings`` of rules/generic_counts.yaml)."""
    findings = _findings(OPEN_A + a, OPEN_B + b)
    (finding,) = set_against(findings, a_text, b_text)
    assert finding.status in (Status.conflict, Status.possible_conflict), finding.explanation


@pytest.mark.parametrize(
    ("a", "b", "a_text", "b_text"),
    [
        (
            "Six deputies responded to the call.",
            "Eight deputies arrived at the farmhouse.",
            "Six deputies",
            "Eight deputies",
        ),
        (
            "Four officers were dispatched to the store.",
            "Seven officers responded to the store.",
            "Four officers",
            "Seven officers",
        ),
    ],
    ids=["responded / arrived", "dispatched / responded"],
)
def test_responders_are_no_one_act(pipeline, a, b, a_text, b_text):
    """More officers arrive after the first responders: "six deputies
    responded" and "eight deputies arrived" are no conflict (no
    ``act_meanings`` joins responding and arriving)."""
    findings = _findings(OPEN_A + a, OPEN_B + b)
    assert not [
        f
        for f in set_against(findings, a_text, b_text)
        if f.status in (Status.conflict, Status.possible_conflict)
    ]


def test_opening_a_door_is_no_fire(pipeline):
    findings = _findings(OPEN_A + "Two deputies opened the barn door.", OPEN_B + "Four deputies opened fire.")
    together = set_against(findings, "Two deputies", "Four deputies")
    assert not together, [(f.status, f.explanation) for f in together]
