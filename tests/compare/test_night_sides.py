"""Two days a day apart are one night only across its midnight.

Reporters date a shooting at 1 a.m. by the evening before ("Friday night")
or by the morning it fell in ("early Saturday"), so the day judge lets a
night and the next day's small hours date one event.  It must not let two
nights of two days ("Friday night" and "Saturday night"), or a night and
the next day's late hours ("Thursday night" and "late on Friday"), pass as
one; a clock time counts by its side of midnight: after 9 p.m. on the
earlier day, before 5 a.m. on the later.  The sentences are invented.
"""

from __future__ import annotations

import pytest

from reportcheck.extract.times.finders import midnight_offset
from reportcheck.models import ClaimKind, Status

from ..conftest import findings_of


def _date_finding(*texts: str):
    [finding] = [f for f in findings_of(*texts) if f.kind is ClaimKind.date and f.subject == "incident"]
    return finding


@pytest.mark.parametrize(
    ("sentence", "offset"),
    [
        ("Jordan Ellis was shot at 11:45 p.m. Friday.", -15),
        ("Jordan Ellis was shot at 12:30 a.m. Saturday.", 30),
        ("Jordan Ellis was shot at 4:10 a.m. Saturday.", 250),
        ("Jordan Ellis was shot Saturday.", None),
        # a cue of one side puts a midnight on it (its reach from a round hour)
        ("The boat sank shortly before midnight on Saturday.", -40),
        ("Jordan Ellis was shot just after midnight Sunday.", 40),
        ("The trawler went down before midnight Tuesday.", -1),
        # ... with none, a midnight stays on both sides
        ("Jordan Ellis was shot around midnight Saturday.", 0),
        ("The fire broke out at midnight on Friday.", 0),
        # an early evening's clock counts only beside its weekday
        ("Jordan Ellis was shot Saturday at about 7:30 p.m.", -270),
        ("Jordan Ellis was shot at 8 p.m. on Saturday.", -240),
        ("Jordan Ellis, shot Saturday, died at 8:30 p.m.", None),
    ],
)
def test_a_clock_time_keeps_its_side_of_midnight(sentence, offset):
    assert midnight_offset(sentence) == offset


NIGHT = "Dana Price, 27, was shot {} on Elm Street in Dolton, police said."


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        ("Friday night", "Saturday night", Status.conflict),
        ("on Saturday night", "on Friday night", Status.conflict),
        ("Thursday night", "late on Friday", Status.conflict),
        ("Friday night", "early Saturday", Status.compatible),
        ("late Friday", "shortly after midnight Saturday", Status.compatible),
        ("Friday", "at 1:15 a.m. Saturday", Status.compatible),
        ("at 11:40 p.m. Friday", "Saturday", Status.compatible),
        ("at 4:20 a.m. Friday", "Saturday", Status.conflict),
        # both told at one late hour: a day apart by the clock (review25 od02)
        ("Saturday at about 11 p.m.", "Sunday at about 11 p.m.", Status.conflict),
        ("at 11:30 p.m. Friday", "at 10:50 p.m. Saturday", Status.conflict),
        # ... the later day's small hours still meet the earlier's night
        ("Saturday at about 11 p.m.", "at 12:20 a.m. Sunday", Status.compatible),
        # the earlier day's clock an hour or more before midnight against
        # the later day's words of its small hours or morning: two moments
        ("at around 11 p.m. on Friday night", "early Saturday", Status.conflict),
        ("Friday at about 10:15 p.m.", "on Saturday morning", Status.conflict),
        # ... nearer midnight the two may round to one night
        ("at 11:40 p.m. Friday", "early Saturday", Status.compatible),
        ("at around 11 p.m. on Friday", "overnight into Saturday", Status.compatible),
        # the later day told before its own midnight or at an evening hour is
        # that day's evening, a day after the earlier night (genre50b 15:
        # "sank shortly before midnight on Saturday" / "on Friday night")
        ("on Friday night", "shortly before midnight on Saturday", Status.conflict),
        ("just before midnight Saturday", "late on Friday", Status.conflict),
        ("Friday night", "on Saturday at about 7:30 p.m.", Status.conflict),
        ("at 8:15 p.m. Saturday", "late Friday", Status.conflict),
        # ... but after its midnight, or at a midnight of either side, or an
        # earlier day told before its own midnight, it may be the one night
        ("on Friday night", "shortly after midnight on Saturday", Status.compatible),
        ("Friday night", "around midnight Saturday", Status.compatible),
        ("shortly before midnight on Friday", "early Saturday", Status.compatible),
        ("shortly before midnight Friday", "Saturday", Status.compatible),
        ("overnight Friday", "Saturday", Status.compatible),
        # ... and an afternoon clock of the later day is left to its words
        ("Friday night", "Saturday, police said at a 3 p.m. briefing,", Status.compatible),
        # ... as is an early evening's clock with no weekday beside it: a
        # briefing's or a death's, the shooting maybe the small hours
        ("Friday night", "Saturday, police told reporters at a 7 p.m. briefing,", Status.compatible),
        ("Friday night", "Saturday and died at 8:30 p.m.", Status.compatible),
    ],
)
def test_one_night_only_across_its_midnight(pipeline, first, second, status):
    finding = _date_finding(NIGHT.format(first), NIGHT.format(second))
    assert finding.status is status, finding.explanation
    words = " ".join(c.evidence.text for c in finding.claims)
    assert all(day in words for day in ("Friday", "Saturday") if day in first + second)
    if status is Status.compatible:
        assert "a day apart around midnight" in finding.explanation


def test_a_night_told_on_both_days_is_no_conflict_with_either(pipeline):
    """ "late Friday or early Saturday" against "Saturday": the report
    leaves both sides of the night open, so neither of its days is set
    against the other report's as a conflict."""
    findings = findings_of(NIGHT.format("late Friday or early Saturday"), NIGHT.format("Saturday"))
    days = [f for f in findings if f.kind is ClaimKind.date and f.subject == "incident"]
    assert days and all(f.status is not Status.conflict for f in days)
