"""A report that tells two deaths sets no day of death against the other
report's as one person's, and names are read on the sentence that tells the
death, a death at the scene's own (compare/death_days.py); a day inside "a
man shot on Wednesday died ..." is the shooting's, and "the following day"
is counted from it (extract/core/events.py).  Sentences invented after the
way reporters write it (review 23a pairs d01, d07b, d21, d22, d27), varied."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import compare_reports, extract_reports
from reportcheck.details import DateForm
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Status
from tests.conftest import findings_of

SUBJECT = "victim:death_day"
#: a Tuesday
DATELINE = dt.date(2026, 3, 10)


def _findings(*texts: str):
    found = findings_of(*texts, day=DATELINE, same_incident=True)
    return [f for f in found if f.subject == SUBJECT]


def _dates(text: str) -> list[tuple[str, str, str | None]]:
    """(words, event, form) of each date the report tells."""
    (extracted,) = extract_reports([load_text(text, date=DATELINE)], [0])
    return [
        (c.evidence.text, c.date.event, c.date.form) for c in extracted.claims if c.kind is ClaimKind.date
    ]


SCENE_ONE = (
    "Two men were shot outside a bar on Dale Street early Saturday, police said. "
    "Omar Reyes, 24, died at the scene."
)

TWO_DEATHS = [
    pytest.param(
        SCENE_ONE,
        "Two men were shot outside a bar on Dale Street early Saturday. Omar Reyes, 24, was pronounced dead "
        "at the scene. Luis Grant, 31, died Monday at Mercy Hospital, a police spokesman said.",
        id="a second named victim pronounced dead at the scene beside one dying Monday",
    ),
    pytest.param(
        "A man was killed and a woman wounded in a shooting on Birch Lane on Saturday night, police said. "
        "The man died at the scene.",
        "A woman wounded in a shooting on Birch Lane that killed a man Saturday night died Tuesday, "
        "police said.",
        id="a shooting that killed a man, told in the sentence of the other's death",
    ),
    pytest.param(
        "Two people were shot at a gas station on Route 9 on Saturday. One person died at the scene and the "
        "other was wounded, police said.",
        "A person wounded in a shooting at a gas station on Route 9 on Saturday died Monday, police said. "
        "Another victim was killed in the shooting.",
        id="another victim was killed",
    ),
    pytest.param(
        "Two cousins were shot on Friday night outside a store on Elm Street. "
        "Tyrell Banks, 19, died at the scene.",
        "Marcus Banks, 22, who was shot along with his cousin outside a store on Elm Street on Friday night, "
        "died Sunday, prosecutors said.",
        id="the scene's death names one cousin, the later death another",
    ),
]


@pytest.mark.parametrize(("a", "b"), TWO_DEATHS)
def test_two_deaths_are_not_set_against_each_other(pipeline, a, b):
    assert _findings(a, b) == []
    # the later day was read as a day of death: the check had it to set
    assert any(event == "death" for _, event, _ in _dates(b))


def test_one_victim_at_the_scene_against_a_later_day_still_conflicts(pipeline):
    """The negative case: one death, named alike, told at the scene and days later."""
    a = "A man was shot Friday outside a bar on Main Street. Omar Reyes, 24, was pronounced dead at the scene"
    b = "A man was shot Friday outside a bar on Main Street. Omar Reyes, 24, died Sunday at a hospital."
    (finding,) = _findings(a, b)
    assert finding.status is Status.conflict
    assert "Omar Reyes, 24, was pronounced dead at the scene" in finding.explanation


@pytest.mark.parametrize(
    ("text", "shot", "counted"),
    [
        (
            "A man shot in Milwaukee on Wednesday died the following day, police said.",
            "Wednesday",
            "Thursday",
        ),
        ("A woman stabbed in a park on Friday died two days later, police said.", "Friday", "Sunday"),
        (
            "A teenager wounded at a party on Saturday night died the next day, police said.",
            "Saturday",
            "Sunday",
        ),
    ],
)
def test_the_day_inside_the_shot_clause_is_the_attack(pipeline, text, shot, counted):
    dates = _dates(text)
    assert any(words.startswith(shot) and event == "incident" for words, event, _ in dates), dates
    (extracted,) = extract_reports([load_text(text, date=DATELINE)], [0])
    days = [c for c in extracted.claims if c.kind is ClaimKind.date and c.date.form == DateForm.AFTER_ATTACK]
    assert [c.date.weekday for c in days] == [counted]


def test_the_following_day_agrees_with_the_named_day(pipeline):
    a = "A man shot in Oak Creek on Wednesday died the following day, police said."
    b = "Victor Ruiz, 34, who was shot on the east side Wednesday, died Thursday, the medical examiner said."
    assert _findings(a, b) == []
    c = "Victor Ruiz, 34, who was shot on the east side Wednesday, died Saturday, the medical examiner said."
    (finding,) = _findings(a, c)
    assert finding.status is Status.conflict
    assert "the following day (2026-03-05)" in finding.explanation


def test_a_day_after_died_stays_the_day_of_death(pipeline):
    """The negative case: the day told after the verb is the death's."""
    dates = _dates("A man shot in Milwaukee died Wednesday, police said.")
    assert ("Wednesday", "death", "weekday") in [(w, e, f) for w, e, f in dates]


LATER_DEATHS = [
    pytest.param(
        "Two people died after a shooting at a house party on Elm Street on Sunday morning, police said.",
        "Tanya Ross, 19, was killed at the scene and Devon Hill, 21, died Monday at a hospital.",
        "Monday",
        id="died Monday at a hospital, the attack on Sunday morning",
    ),
    pytest.param(
        "A man was shot at an apartment complex on Saturday, police said.",
        "A man was shot at an apartment complex on Saturday. The man died Tuesday, police said later.",
        "Tuesday",
        id="died Tuesday, police said later",
    ),
    pytest.param(
        "A man was shot at a park on Oak Street on July 4, police said.",
        "A man shot at a park on Oak Street on July 4 has died. Ray Cole, 37, died July 6 at a hospital.",
        "July 6",
        id="died July 6 beside an attack on July 4",
    ),
]


@pytest.mark.parametrize(("a", "b", "died"), LATER_DEATHS)
def test_a_day_on_died_beside_another_attack_day_is_a_day_of_death(pipeline, a, b, died):
    assert (died, "death") in [(w, e) for w, e, _ in _dates(b)]
    reports = [load_text(text, date=DATELINE) for text in (a, b)]
    found = compare_reports(reports, same_incident=True).findings
    assert not [f for f in found if f.status is Status.conflict and f.subject == "incident"], [
        f.explanation for f in found if f.status is Status.conflict
    ]


def test_a_day_on_died_with_no_other_attack_day_stays_the_attack(pipeline):
    """The negative case: the report's only day, on "died", is the attack's."""
    dates = _dates(
        "A 7-year-old boy died Sunday after accidentally shooting himself at his home on Elm Street."
    )
    assert [(w, e) for w, e, _ in dates] == [("Sunday", "incident")]


def test_a_day_on_died_at_the_scene_stays_the_attack(pipeline):
    """The negative case: a death at the scene is the attack's own day."""
    text = "Police said a man was shot on Friday night. Omar Reyes, 24, died Saturday at the scene."
    assert ("Saturday", "incident") in [(w, e) for w, e, _ in _dates(text)]


def test_an_attack_day_told_after_the_death_is_no_anchor(pipeline):
    """The negative case: another story's day told after "died Wednesday"
    leaves that day the attack's, and two unnamed deaths told on two days
    in one report are no internal conflict."""
    text = (
        "A 6-year-old boy died Wednesday after he was shot in Pine Bluff, police said. "
        "In Conway, police were investigating the fatal shooting of a 2-year-old girl Tuesday. "
        "The toddler died Tuesday at a hospital after being shot at her home, police said."
    )
    assert ("Wednesday", "incident") in [(w, e) for w, e, _ in _dates(text)]
    assert _findings(text, "A 6-year-old boy died after being shot Wednesday in Pine Bluff.") == []
