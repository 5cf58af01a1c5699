"""Towns of one name told with their states (compare/judges/places.py):
"Jackson, Miss." and "Jackson, Tenn." are two towns, so two reports that
give each as the scene disagree, while a town told with its state in one
report and bare in the other is read as the stated one.  The sentences are
written for these tests in the patterns of wire and local crime reports
(AP abbreviations, full state names, a dateline's state)."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import compare_reports
from reportcheck.compare.spots import STATE_NAMED_ELSEWHERE
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Finding, Status


def _places(a: str, b: str) -> list[Finding]:
    reports = [load_text(text, date=dt.date(2026, 3, 10)) for text in (a, b)]
    comparison = compare_reports(reports, same_incident=True)
    return [f for f in comparison.findings if f.kind is ClaimKind.location]


def _between(findings: list[Finding], name: str) -> list[Finding]:
    """The findings that set a place of ``name`` in one report against the other's."""
    return [
        f
        for f in findings
        if len({c.report for c in f.claims}) == 2 and all(c.evidence.text == name for c in f.claims)
    ]


def _written(findings: list[Finding], name: str) -> set[int]:
    """The reports whose ``name`` was read with its state written."""
    claims = [c for f in findings for c in f.claims]
    return {c.report for c in claims if c.evidence.text == name and c.place.within_written}


def test_one_town_name_in_two_stated_states_is_a_conflict_of_the_scene(pipeline):
    findings = _places(
        "A man was shot and killed Saturday night outside a bar in Jackson, Miss., police said.",
        "A man was shot and killed Saturday night outside a bar in Jackson, Tenn., police said.",
    )
    assert _written(findings, "Jackson") == {0, 1}
    between = _between(findings, "Jackson")
    assert [f.status for f in between] == [Status.conflict]
    assert "Mississippi" in between[0].explanation and "Tennessee" in between[0].explanation


def test_a_datelines_state_against_a_full_state_name(pipeline):
    findings = _places(
        "JACKSON, Tenn. (AP) — Two people were wounded Friday in a shooting at a gas station, police said.",
        "Two people were wounded Friday in a shooting at a gas station in Jackson, Mississippi, police said.",
    )
    assert _written(findings, "Jackson") | _written(findings, "JACKSON") == {0, 1}
    conflicts = [f for f in findings if f.status is Status.conflict]
    assert [sorted(c.evidence.text for c in f.claims) for f in conflicts] == [["JACKSON", "Jackson"]]
    assert "two places of one name" in conflicts[0].explanation


def test_a_county_of_one_name_in_two_states(pipeline):
    findings = _places(
        "A deputy was shot Tuesday while serving a warrant in Washington County, Pa., officials said.",
        "A deputy was shot Tuesday while serving a warrant in Washington County, Ohio, officials said.",
    )
    assert _written(findings, "Washington County") == {0, 1}
    assert [f.status for f in _between(findings, "Washington County")] == [Status.conflict]


def test_a_state_written_in_one_report_only_reads_the_other_alike(pipeline):
    findings = _places(
        "A guard was shot and killed Monday at a prison in Huntsville, Texas, officials said.",
        "A guard was shot and killed Monday at a prison in Huntsville, officials said.",
    )
    assert _written(findings, "Huntsville") == {0}
    assert [f.status for f in _between(findings, "Huntsville")] == [Status.agree]


def test_namesakes_that_are_no_scene_are_two_places_not_a_conflict(pipeline):
    findings = _places(
        "A Jackson, Miss., man was shot and killed Saturday in Memphis, police said.",
        "A Jackson, Tenn., man was shot and killed Saturday in Memphis, police said.",
    )
    assert _written(findings, "Jackson") == {0, 1}
    assert _between(findings, "Jackson") == []
    assert not any(f.status is Status.conflict for f in findings)


def _told(findings: list[Finding], name: str, flag: str) -> set[int]:
    """The reports whose ``name`` carries the place detail ``flag``."""
    claims = [c for f in findings for c in f.claims]
    return {c.report for c in claims if c.evidence.text.lower() == name.lower() and getattr(c.place, flag)}


def test_a_report_that_names_both_namesakes_gives_no_verdict(pipeline):
    # a home town's namesake under the dateline, the scene the other Jackson
    findings = _places(
        "JACKSON, Tenn. (AP) — A Jackson man was arrested Sunday in the shooting death of a woman "
        "in Jackson, Miss., police said.",
        "JACKSON, Miss. (AP) — Police said a woman was shot and killed Saturday. "
        "A suspect from Jackson, Tenn., was arrested Sunday.",
    )
    assert _told(findings, "Jackson", "namesake_named") == {0, 1}
    assert not any(f.status is Status.conflict for f in findings)


def test_both_namesakes_in_one_report_against_one_in_the_other(pipeline):
    # the other report gives one Jackson only: still no verdict, the first tells them apart
    findings = _places(
        "A Jackson, Tenn., man was charged Monday in the killing of a clerk in Jackson, Miss., police said.",
        "A clerk was shot and killed Saturday at a store in Jackson, Tenn., police said.",
    )
    assert _told(findings, "Jackson", "namesake_named") == {0}
    assert not any(f.status is Status.conflict for f in findings)


def test_a_dateline_is_no_scene_where_the_report_tells_another(pipeline):
    # filed from one Columbus, the shooting told in Dayton: the datelines' namesakes do not clash
    findings = _places(
        "COLUMBUS, Ga. (AP) — A soldier was shot and killed Friday in Dayton, Ohio, police said.",
        "COLUMBUS, Ohio (AP) — A soldier was shot and killed Friday night, police said.",
    )
    assert _told(findings, "COLUMBUS", "scene_elsewhere") == {0}
    assert _between(findings, "COLUMBUS") == []


def test_a_dateline_with_no_other_scene_is_the_scene(pipeline):
    # negative: the dateline's town is the only town told, so two namesake datelines clash
    findings = _places(
        "COLUMBUS, Ga. (AP) — A soldier was shot and killed Friday outside a bar, police said.",
        "COLUMBUS, Ohio (AP) — A soldier was shot and killed Friday outside a bar, police said.",
    )
    assert _told(findings, "COLUMBUS", "scene_elsewhere") == set()
    assert [f.status for f in _between(findings, "COLUMBUS")] == [Status.conflict]


def test_a_state_named_elsewhere_in_the_report_stands_for_the_state_written(pipeline):
    """A bare town read in the state the report names by a county or the
    state itself ("the Athens County Sheriff's Office in southeastern
    Ohio") is that state's town as surely as "Athens, Ohio": two reports'
    Athens of two named states are two towns, not spellings of one, though
    only possibly in conflict: a state named apart from the town is weaker
    evidence than one written with it."""
    findings = _places(
        "A man was shot and killed early Saturday outside a bar in Athens, Georgia, police said.",
        "A man was shot and killed early Saturday outside a bar in Athens, police said. "
        "The Athens County Sheriff's Office in southeastern Ohio is investigating.",
    )
    assert _written(findings, "Athens") == {0, 1}
    assert _told(findings, "Athens", "within_named_elsewhere") == {1}
    between = _between(findings, "Athens")
    assert [f.status for f in between] == [Status.possible_conflict]  # weak: the state not written with it
    assert "Georgia" in between[0].explanation and "Ohio" in between[0].explanation


def test_a_county_of_the_state_alone_names_it(pipeline):
    findings = _places(
        "Two people were wounded Friday in a shooting at a gas station in Jackson, Miss., police said.",
        "Two people were wounded Friday in a shooting at a gas station in Jackson, police said. "
        "Madison County, Tennessee, deputies arrested a man.",
    )
    assert _written(findings, "Jackson") == {0, 1}
    assert [f.status for f in _between(findings, "Jackson")] == [Status.possible_conflict]


def test_a_bare_town_with_no_state_named_still_reads_as_the_written_one(pipeline):
    """Negative: the second report names no state, so its bare town is
    read as the first's, and they agree."""
    findings = _places(
        "A man was shot and killed early Saturday outside a bar in Athens, Ohio, police said.",
        "A man was shot and killed early Saturday outside a bar in Athens, police said. "
        "Officers arrested a 20-year-old man.",
    )
    assert _written(findings, "Athens") == {0}
    assert [f.status for f in _between(findings, "Athens")] == [Status.agree]


#: a bare scene town with a state named as a person's home or the end of a
#: move, not the scene's (invented, in the patterns of wire crime stories)
MOVES = [
    (
        "Springfield",
        "A man was killed Sunday in Springfield, police said. A suspect was later arrested in Missouri.",
        "SPRINGFIELD, Ill. (AP) — A man was killed Sunday, police said.",
    ),
    (
        "Springfield",
        "A man was killed Sunday in Springfield, police said. A suspect was arrested Monday in Missouri.",
        "SPRINGFIELD, Ill. (AP) — A man was killed Sunday, police said.",
    ),
    (
        "Portland",
        "A woman was shot Friday in Portland, police said. The gunman fled to neighboring Oregon.",
        "PORTLAND, Maine (AP) — A woman was shot Friday, police said.",
    ),
    (
        "Columbus",
        "A woman was shot Friday in Columbus, police said. Her family lives in Georgia.",
        "COLUMBUS, Ohio (AP) — A woman was shot Friday, police said.",
    ),
    (
        "Bristol",
        "A woman was shot Friday in Bristol, police said. She grew up in Virginia.",
        "BRISTOL, Conn. (AP) — A woman was shot Friday, police said.",
    ),
    (
        "Athens",
        "A student was shot Friday near campus in Athens. The student had moved from Texas last year.",
        "ATHENS, Ga. (AP) — A student was shot Friday near campus, police said.",
    ),
]


@pytest.mark.parametrize(("town", "a", "b"), MOVES, ids=[m[1].split(".")[1][:30] for m in MOVES])
def test_a_state_of_a_move_or_a_home_places_no_bare_town(pipeline, town: str, a: str, b: str):
    """A state named where someone came from, lives or was caught says
    nothing of which namesake the bare scene town is: no conflict with the
    other report's town written with its state, which the bare one is read as."""
    findings = _places(a, b)
    assert _written(findings, town) == set()  # the bare town is not read in the move's state
    assert _written(findings, town.upper()) == {1}
    assert not any(f.status in (Status.conflict, Status.possible_conflict) for f in findings)


def test_a_state_named_as_the_scenes_places_the_town_weakly(pipeline):
    """Negative of the cues: "in Georgia" as where it happened is no move,
    so the bare town is read in Georgia; against another report's "ATHENS,
    Ohio" that is a possible conflict only, with the reason given."""
    findings = _places(
        "A student was shot Friday near campus in Athens, police said. "
        "It was the third shooting in Georgia this month.",
        "ATHENS, Ohio (AP) — A student was shot Friday near campus, police said.",
    )
    assert _told(findings, "Athens", "within_named_elsewhere") == {0}
    between = [f for f in findings if {c.evidence.text for c in f.claims} == {"Athens", "ATHENS"}]
    assert [f.status for f in between] == [Status.possible_conflict]
    assert STATE_NAMED_ELSEWHERE in between[0].reasons
    assert "Georgia" in between[0].explanation


def test_two_towns_written_with_their_states_stay_a_conflict(pipeline):
    """Negative: both reports write the state with the town; the rule of a
    state named elsewhere does not weaken that."""
    findings = _places(
        "ATHENS, Ga. (AP) — A student was shot Friday near campus, police said.",
        "ATHENS, Ohio (AP) — A student was shot Friday near campus, police said.",
    )
    assert _told(findings, "ATHENS", "within_named_elsewhere") == set()
    assert [f.status for f in _between(findings, "ATHENS")] == [Status.conflict]
