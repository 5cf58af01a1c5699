"""A day told by the scene after the attack (responders coming to it, the
tape around it) is set in order against the other report's day of the
attack: it may be that day or the next, never a day before
(extract/dates/scene_days.py, compare/judges/days.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ...conftest import claim_quoting, findings_of

CASES = yaml.safe_load((Path(__file__).parent / "scene_day_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[f"{c['sentence'][:40]}|{c['value']}" for c in CASES])
def test_a_day_of_the_scene(pipeline, case):
    claim = claim_quoting(pipeline, case["sentence"], "date", case["value"])
    assert (claim.date.event == "scene") is case["scene"], claim.date.event
    if case["scene"]:
        assert claim.subject == "incident"  # aligned with the day of the attack


def _day_findings(first: str, second: str, **options) -> list[tuple[str, list[str]]]:
    return [
        (f.status.value, sorted(c.evidence.text for c in f.claims))
        for f in findings_of(first, second, **options)
        if f.kind.value == "date" and len({c.report for c in f.claims}) == 2
    ]


SHOT_ON_MARCH_3 = "A man was shot and killed inside his home on Birch Road on March 3, police said.\n"


@pytest.mark.parametrize(
    "scene",
    [
        "Police tape surrounded the home on Birch Road Monday evening, March 2, as detectives worked.\n",
        "Officers responded to the home on Birch Road about 6:30 p.m. on March 2 and found a man dead.\n",
        "Crime scene tape blocked Birch Road on the evening of March 1.\n",
    ],
    ids=["tape", "responded", "blocked"],
)
def test_a_scene_before_the_attack_conflicts(pipeline, scene):
    found = _day_findings(scene, SHOT_ON_MARCH_3, min_confidence=0)
    assert [status for status, _ in found] == ["conflict"], found


@pytest.mark.parametrize(
    "scene",
    [
        # the attack's day, and the morning after a night's shooting
        "Police tape surrounded the home on Birch Road on March 3 as detectives worked.\n",
        "Crime scene tape blocked Birch Road on the morning of March 4.\n",
    ],
    ids=["same day", "next morning"],
)
def test_a_scene_on_the_day_or_the_next_is_no_conflict(pipeline, scene):
    found = _day_findings(scene, SHOT_ON_MARCH_3, min_confidence=0)
    assert found and all(status in ("agree", "compatible") for status, _ in found), found


@pytest.mark.parametrize(
    "later",
    [
        # lingering: a later day, never set in order
        "Investigators were still at the home on Birch Road on March 1.\n",
        # days after: another scene, nothing said
        "Police tape surrounded the home on Birch Road on March 7.\n",
    ],
    ids=["still", "days after"],
)
def test_a_lingering_or_far_scene_says_nothing(pipeline, later):
    found = _day_findings(later, SHOT_ON_MARCH_3, min_confidence=0)
    assert all(status != "conflict" for status, _ in found), found


def test_a_scene_before_a_day_told_on_a_death_is_no_conflict(pipeline):
    # the one report dates the attack only by the death, which may come the day after the scene
    died = "A 6-year-old boy died Tuesday morning after he was hurt in an accidental shooting at a home.\n"
    scene = "Deputies responded to the home on Larch Court at about 7 p.m. Monday evening.\n"
    found = _day_findings(died, scene, min_confidence=0)
    assert found and all(status != "conflict" for status, _ in found), found


@pytest.mark.parametrize(("died_on", "compatible"), [("March 20", True), ("April 1", True), ("May 9", False)])
def test_a_scene_before_a_death_only_within_the_days_a_death_may_come(pipeline, died_on, compatible):
    # as for two days of the attack (death_day_max_after): a death may come
    # days after the scene, not two months
    from reportcheck.compare.judges.days import _scene_against_attack
    from reportcheck.compare.judges.verdict import Verdict
    from reportcheck.models import Status

    died_text = f"A 44-year-old man died on {died_on} after he was shot at a home."
    died = claim_quoting(pipeline, died_text, "date", died_on)
    scene_text = "Deputies responded to the home at about 7 p.m. on March 2."
    scene = claim_quoting(pipeline, scene_text, "date", "March 2")
    assert died.date.died_on and scene.date.event == "scene"
    (verdict,) = _scene_against_attack(scene, died, Verdict(Status.conflict, "days apart", 1.0)) or (None,)
    assert (verdict is not None and verdict.status is Status.compatible) is compatible, verdict
