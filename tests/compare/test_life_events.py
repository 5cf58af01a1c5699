"""Days of a person's earlier life across two reports: set against the same
person's day of the same event, never against the day of the incident.

The first pair is written after ECB+ 16_5ecbplus and 16_8ecbplus ("The
Diamond Bar resident was married two weeks ago", "The deputy, who was wed
about three weeks ago"; ECB+, CC BY 3.0), with other names and figures."""

from __future__ import annotations

from ..conftest import findings_of

SHOT = "A sheriff's deputy was shot and killed on Sunday outside an apartment in Lakewood.\n"


def _days(*texts: str) -> list[tuple[str, str, str | None]]:
    """(status, measure, the incident's or not) of every day finding."""
    return [
        (f.status.value, f.claims[0].frame.measure or "", f.claims[0].date.event)
        for f in findings_of(*texts)
        if f.kind.value == "date"
    ]


def _statuses(days: list[tuple[str, str, str | None]], measure: str) -> list[str]:
    return sorted(status for status, m, _ in days if m == measure)


def test_one_mans_wedding_told_on_two_days_conflicts():
    a = SHOT + "The Whittier resident was married three weeks ago to his second wife, Ana.\n"
    b = SHOT + "The deputy, who was wed about five weeks ago, is survived by his wife and a son.\n"
    days = _days(a, b)
    assert _statuses(days, "date:marriage") == ["conflict"]
    assert _statuses(days, "date:incident") == ["agree"]


def test_a_wedding_day_is_never_the_incidents():
    """A wedding weeks back against a shooting on Sunday: nothing to compare."""
    a = SHOT
    b = "A deputy was shot on Sunday in Lakewood. He was married two weeks ago, his brother said.\n"
    days = _days(a, b)
    assert _statuses(days, "date:incident") == ["agree"]
    assert _statuses(days, "date:marriage") == ["only_in_one"]


def test_a_move_home_and_a_move_away_are_two_events():
    """ "moved back to Millom six weeks ago" is a homecoming; "moved to Cardiff
    four years ago" is the move away: not one day told twice."""
    a = SHOT + "She moved to Cardiff four years ago with her two children.\n"
    b = SHOT + "She and her son moved back to Millom around six weeks ago.\n"
    days = _days(a, b)
    assert "conflict" not in _statuses(days, "date:move") + _statuses(days, "date:return")


def test_two_homecomings_a_month_apart_conflict():
    a = SHOT + "She returned to her home town with her son 12 weeks ago.\n"
    b = SHOT + "The pair had moved back to Millom around six weeks ago, a neighbour said.\n"
    assert _statuses(_days(a, b), "date:return") == ["conflict"]


def test_two_named_peoples_weddings_stay_apart():
    """Each report tells of one wedding, but of two people the reports name."""
    a = SHOT + "Deputy Carl Benton was married in 2019, a colleague said.\n"
    b = SHOT + "Sheriff Maria Quintero, who married in 2015, spoke at the scene.\n"
    assert "conflict" not in _statuses(_days(a, b), "date:marriage")


def test_one_named_persons_weddings_conflict():
    """The same name in both reports (with or without a rank) is one person."""
    a = SHOT + "Deputy Carl Benton was married in 2019, a colleague said.\n"
    b = SHOT + "Deputy Benton, who married in 2015, spoke to reporters last year.\n"
    assert _statuses(_days(a, b), "date:marriage") == ["conflict"]


def test_one_mans_wedding_days_are_the_same_persons_in_the_confidence():
    """The align stage paired "the Whittier resident" and "the deputy" as the one
    man whose wedding each report tells: the conflict's reasons call the two days
    the same person's, and their spread (two weeks apart) says nothing of two things."""
    a = SHOT + "The Whittier resident was married three weeks ago to his second wife, Ana.\n"
    b = SHOT + "The deputy, who was wed about five weeks ago, is survived by his wife and a son.\n"
    [conflict] = [f for f in findings_of(a, b) if f.status.value == "conflict" and f.kind.value == "date"]
    assert "same person's day of a marriage" in conflict.reasons
    assert not [r for r in conflict.reasons if r.startswith("values ")]
