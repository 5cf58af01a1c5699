"""Times told as bounds: "after 10:30 p.m.", "shortly before 9", "sometime
after midnight" say a span on one side of the clock time, as far as
reporters mean by the words (``reach`` in rules/cues.yaml), not the clock
time itself.  A bare "after"/"before" bounds a clock time only, never a
count, and is open on its side as far as a clock without a day reaches
(half the clock, ``open`` in rules/cues.yaml).  A clock time written before "police said" times what was said.
Sentences written for these tests after the patterns of shooting reports
(a GVC report's "Saturday night, after 10:30 p.m., police said someone
opened fire"; GVDB's "shots were heard shortly before 2 p.m.")."""

from __future__ import annotations

import pytest

from reportcheck.models import ClaimKind, Status

from ...conftest import claims_of_text, kind_findings

BOUNDS = [
    # (sentence, the time's text, low, high, the cue's words)
    ("The shooting happened after 10:30 p.m. on Elm Street.", "10:30 p.m.", 1350, 2070, "after"),
    (
        "Saturday night, after 10:30 p.m., police said a gunman opened fire.",
        "10:30 p.m.",
        1350,
        2070,
        "after",
    ),
    # on the hour the writer rounded, and the reach rounds with it (round_reach)
    ("The shooting happened shortly after 10 p.m. on Elm Street.", "10 p.m.", 1320, 1360, "shortly after"),
    ("Shots rang out sometime after 11 p.m. near the park.", "11 p.m.", 1380, 1440, "sometime after"),
    ("The man was shot a little before 9 p.m. outside a store.", "9 p.m.", 1220, 1260, "a little before"),
    # to the half hour or the minute, a quarter of an hour
    ("The shots came shortly after 10:30 p.m. on Elm Street.", "10:30 p.m.", 1350, 1365, "shortly after"),
    ("Gunfire broke out just before 2:10 a.m. near a bar.", "2:10 a.m.", 115, 130, "just before"),
    # a bound up to midnight is the end of the day told, not the minutes
    # before the 00:00 that opens it
    ("The ferry sank just before midnight off the coast.", "midnight", 1400, 1440, "just before"),
    (
        "Fire crews reached the mill shortly before midnight on Tuesday.",
        "midnight",
        1400,
        1440,
        "shortly before",
    ),
    ("The blast shook the depot sometime before midnight.", "midnight", 1380, 1440, "sometime before"),
    ("Witnesses said the gunman fled before midnight.", "midnight", 720, 1440, "before"),
    # the other side of midnight stays on the day's first hour
    ("Gunfire erupted just after midnight outside a club.", "midnight", 0, 40, "just after"),
    ("The man was shot before 9 p.m. outside a store.", "9 p.m.", 540, 1260, "before"),
]


def _time(pipeline, text: str, written: str):
    times = [c for c in claims_of_text(pipeline, text) if c.kind is ClaimKind.time]
    return next(c for c in times if written in c.evidence.text)


@pytest.mark.parametrize(("text", "written", "low", "high", "cue"), BOUNDS)
def test_a_bounded_time_is_a_span_on_its_side(pipeline, text, written, low, high, cue):
    claim = _time(pipeline, text, written)
    assert (claim.value.low, claim.value.high) == (low, high)
    assert [h.text.lower() for h in claim.hedges] == [cue]


def test_a_longer_cue_is_one_cue_not_also_its_last_word(pipeline):
    claim = _time(pipeline, "It happened just after 6 p.m. on Friday.", "6 p.m.")
    assert [h.cue for h in claim.hedges] == ["just after"]


def test_a_bare_after_bounds_no_count(pipeline):
    """ "after 3 people were shot": the count is three, not more."""
    counts = [
        c
        for c in claims_of_text(pipeline, "Police arrived after 3 people were shot.")
        if c.kind is ClaimKind.injured
    ]
    assert counts and all(not c.hedges for c in counts)
    assert all(c.value.low == c.value.high == 3 for c in counts)


def test_a_fronted_time_before_said_times_what_was_said(pipeline):
    claim = _time(
        pipeline, "Saturday night, after 10:30 p.m., police said someone inside an SUV opened fire.", "10:30"
    )
    assert claim.time.event == "incident"


def test_a_time_after_said_of_the_saying_stays_its_own(pipeline):
    """The fronted time hangs on "said" only where what was said is an event
    of its own: "At 3 p.m., the mayor said the city would rebuild" is no time of
    the attack."""
    claim = _time(pipeline, "At 3 p.m. Tuesday, the mayor said the city would rebuild.", "3 p.m.")
    assert claim.time.event != "incident"


def test_two_bounds_that_cannot_meet_conflict(pipeline):
    (finding,) = kind_findings(
        "time",
        "The shooting happened shortly after 10:30 p.m. Saturday, police said.",
        "The shooting happened around 10 p.m. Saturday, police said.",
    )
    assert finding.status is Status.conflict


def test_a_bound_that_reaches_the_other_time_is_compatible(pipeline):
    """ "after 10 p.m." reaches 10:20 p.m.; read as 10 p.m. itself it would not."""
    (finding,) = kind_findings(
        "time",
        "The shooting happened after 10 p.m. Saturday, police said.",
        "The shooting happened at 10:20 p.m. Saturday, police said.",
    )
    assert finding.status is Status.compatible


@pytest.mark.parametrize(
    ("bounded", "other", "told"),
    [
        (
            "A man was shot and killed after 10 p.m. Saturday outside a home on Pier Road, police said.",
            "A man was fatally shot outside a home on Pier Road at about 11:30 p.m. Saturday.",
            "after 22:00 (10 p.m.)",
        ),
        (
            "The clerk was shot before 9 p.m. Tuesday during a robbery, police said.",
            "The clerk was shot at 7:10 p.m. Tuesday during a robbery.",
            "before 21:00 (9 p.m.)",
        ),
    ],
)
def test_a_bare_bound_is_open_on_its_side(pipeline, bounded, other, told):
    """ "after 10 p.m." is a lower bound: 11:30 p.m. lies within it, however
    far past the clock time written; the explanation quotes the bound."""
    (finding,) = kind_findings("time", bounded, other)
    assert finding.status is Status.compatible
    assert finding.explanation.startswith(told)


def test_a_bare_bound_still_excludes_its_far_side(pipeline):
    """ "after 10 p.m." excludes 9:15 p.m.: the bound is open on one side only."""
    (finding,) = kind_findings(
        "time",
        "A man was shot after 10 p.m. Saturday on Pier Road, police said.",
        "A man was shot at 9:15 p.m. Saturday on Pier Road, police said.",
    )
    assert finding.status in (Status.conflict, Status.possible_conflict)
    assert finding.explanation.startswith("after 22:00 (10 p.m.) vs 21:15")


def test_shortly_after_keeps_its_measured_reach(pipeline):
    """ "shortly after 10 p.m." reaches past the half hour, not the evening."""
    (finding,) = kind_findings(
        "time",
        "A man was shot shortly after 10 p.m. Saturday on Pier Road, police said.",
        "A man was shot at 11:30 p.m. Saturday on Pier Road, police said.",
    )
    assert finding.status in (Status.conflict, Status.possible_conflict)
    assert finding.explanation.startswith("shortly after 22:00 (10 p.m.)")


@pytest.mark.parametrize(
    ("bounded", "other"),
    [
        # sentences written for this test: a rounded hour against the
        # minute another report of the crash or shooting gives
        (
            "The two trains collided just before midnight on Tuesday near Kessel, officials said.",
            "The trains collided near Kessel at 11:24 p.m. Tuesday, the rail operator said.",
        ),
        (
            "The bus plunged into the gorge shortly before noon on Friday, police said.",
            "The bus plunged into the gorge at 11:43 a.m. Friday, the driver's company said.",
        ),
        (
            "A gunman opened fire on the crowd shortly after 2 p.m. Sunday, police said.",
            "Police said the gunman began firing at 2:27 p.m. Sunday.",
        ),
        (
            "The blast ripped through the market just after midnight, witnesses said.",
            "The explosion at the market came at 12:35 a.m., police said.",
        ),
    ],
)
def test_a_side_of_a_round_hour_reaches_the_minute_told(pipeline, bounded, other):
    """ "just before midnight" is how a reporter rounds 11:24 p.m., and
    "shortly after 2 p.m." 2:27 p.m.: a side of a clock on the whole hour
    reaches as far as a writer rounds to it (``round_reach``)."""
    (finding,) = kind_findings("time", bounded, other)
    assert finding.status is Status.compatible


@pytest.mark.parametrize(
    ("bounded", "other", "told"),
    [
        (
            "The two trains collided just before midnight on Tuesday near Kessel, officials said.",
            "The trains collided near Kessel at 10:15 p.m. Tuesday, the rail operator said.",
            "just before 00:00 (midnight)",
        ),
        (
            "The bus plunged into the gorge shortly before noon on Friday, police said.",
            "The bus plunged into the gorge at 9:30 a.m. Friday, police said.",
            "shortly before 12:00 (noon)",
        ),
        (
            "A gunman opened fire on the crowd shortly after 2:30 p.m. Sunday, police said.",
            "Police said the gunman began firing at 2:58 p.m. Sunday.",
            "shortly after 14:30 (2:30 p.m.)",
        ),
    ],
)
def test_a_clock_beyond_the_reach_still_conflicts(pipeline, bounded, other, told):
    """An hour and more off a rounded hour, or half an hour past a time to
    the half hour, is another time."""
    (finding,) = kind_findings("time", bounded, other)
    assert finding.status in (Status.conflict, Status.possible_conflict)
    assert finding.explanation.startswith(told)


def test_twelve_am_against_noon_stays_a_conflict(pipeline):
    """ "around 12am" is midnight (a writer may mean noon, the note says);
    against "at noon" the two are half a day apart."""
    (finding,) = kind_findings(
        "time",
        "The woman was attacked around 12am Monday in the parking lot, police said.",
        "The woman was attacked at noon Monday in the parking lot, police said.",
    )
    assert finding.status in (Status.conflict, Status.possible_conflict)
