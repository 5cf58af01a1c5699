"""A day part of a named day given as the time of an event.

Reporters time an incident by a day part as often as by the clock: one
report has "shot early Sunday morning", another "shortly after 2 a.m.";
one "died Saturday night", another "at 8:40 p.m."; one "the fire broke
out on Tuesday evening", another "at 7:15 p.m.".  The day part is read as
the hours reporters name by it (``said_of`` in rules/timeofday.yaml): it
fits a clock time of the other report (a compatible finding), and it
contradicts one only when the clock lies beyond those hours by a margin
(``day_part_margin``) and outside the small hours, since "Friday night" is
said of 7 p.m. and of 1 a.m. but no one calls 1 p.m. "Saturday morning".  A
day part beside the report's own clock time stays out of the way of that
clock's comparison.  Sentences written for these tests after the patterns
of such reports."""

from __future__ import annotations

import pytest

from reportcheck.api import compare_reports

from ...conftest import claims_of_text

DAY_PARTS = [
    ("Four people were shot early Sunday morning outside a bar.", "early Sunday morning"),
    ("The teenager died Saturday night at a hospital.", "night"),
    ("A fire broke out on Tuesday evening in the warehouse.", "evening"),
    ("Two men were wounded last night in a drive-by shooting.", "last night"),
    ("The gunman opened fire in the early morning hours Friday.", "in the early morning"),
    ("The crash happened late Wednesday night on the interstate.", "late Wednesday night"),
]

NOT_A_TIME = [
    # a day part with no day named: nothing a reader can place
    "Members hid in the basement during morning services.",
    "By late afternoon, tape surrounded the house.",
    # the time of a statement, not of the event
    '"Pray for us," the mayor said late Thursday night.',
    "The sheriff said on Monday morning that the road was still closed.",
]


def _day_parts(pipeline, sentence: str):
    return [c for c in claims_of_text(pipeline, sentence) if c.kind.value == "time" and c.time.period]


@pytest.mark.parametrize(("sentence", "text"), DAY_PARTS, ids=[s[:40] for s, _ in DAY_PARTS])
def test_a_day_part_of_a_named_day_is_a_time(pipeline, sentence, text):
    found = _day_parts(pipeline, sentence)
    assert [c.evidence.text for c in found] == [text]
    assert found[0].value.low is not None and found[0].value.high > found[0].value.low


@pytest.mark.parametrize("sentence", NOT_A_TIME, ids=[s[:40] for s in NOT_A_TIME])
def test_a_day_part_that_times_nothing(pipeline, sentence):
    assert _day_parts(pipeline, sentence) == []


def test_the_hours_reporters_name_by_a_day_part(pipeline):
    """'early Sunday morning' holds 2 a.m., 'Friday night' 7:30 p.m."""
    (early,) = _day_parts(pipeline, "Four people were shot early Sunday morning outside a bar.")
    assert early.value.low <= 120 <= early.value.high
    (night,) = _day_parts(pipeline, "The teenager died Friday night at a hospital.")
    assert night.value.low <= 19 * 60 + 30 <= night.value.high


def _time_findings(first: bytes, second: bytes):
    comparison = compare_reports([("a.txt", first), ("b.txt", second)], min_confidence=0.0)
    return [
        (f.status.value, sorted(c.evidence.text for c in f.claims))
        for f in comparison.findings
        if f.kind.value == "time" and f.status.value != "only_in_one"
    ]


def test_a_fitting_day_part_and_clock_time_are_compatible():
    found = _time_findings(
        b"Three men were shot early Saturday morning outside a club on Pine Street, police said.",
        b"Police said three men were shot at about 1:40 a.m. outside a club on Pine Street.",
    )
    assert found == [("compatible", ["1:40 a.m.", "early Saturday morning"])], found


def test_a_day_part_never_contradicts_a_clock_time():
    found = _time_findings(
        b"A woman was stabbed Monday evening in a parking lot on Elm Road.",
        b"A woman was stabbed at 2:20 a.m. in a parking lot on Elm Road.",
    )
    assert not any(status.endswith("conflict") for status, _ in found), found


def test_a_day_part_beside_a_clock_leaves_the_clocks_alone():
    """A report giving 'Sunday morning' beside its own clock times: the day
    part must not take a clock's place as the other report's partner (a
    fitting day part would hide what the clocks say)."""
    first = (
        b"The shooting began at 9:50 a.m. on Hill Avenue. The gunman fired again at 10:35 a.m., police said."
    )
    second = b"Police said the shooting began at 9:50 a.m. on Hill Avenue."
    with_day_part = second + b" It was the third shooting on the avenue since Sunday morning began."
    plain = _time_findings(first, second)
    assert any(status.endswith("conflict") for status, _ in plain), plain
    clocks = [f for f in _time_findings(first, with_day_part) if "Sunday morning" not in " ".join(f[1])]
    assert clocks == plain


OUTSIDE = [
    # responders' arrival: "Saturday morning" against "about 1 p.m. on Saturday"
    (
        b"Deputies arrived at the home on Elm Street Saturday morning after neighbors heard gunshots.",
        b"Deputies arrived at the home on Elm Street about 1 p.m. on Saturday, the sheriff said.",
        ["morning", "1 p.m."],
    ),
    # the attack: "Tuesday evening" against "10:15 a.m. Tuesday"
    (
        b"A man was shot and wounded Tuesday evening outside a store on Grant Avenue, police said.",
        b"Police said a man was shot at 10:15 a.m. Tuesday outside a store on Grant Avenue.",
        ["evening", "10:15 a.m."],
    ),
]


@pytest.mark.parametrize(("first", "second", "words"), OUTSIDE, ids=["arrival", "attack"])
def test_a_clock_hours_outside_a_day_part_contradicts_it(first, second, words):
    """No reporter names 1 p.m. "Saturday morning" or 10:15 a.m. "Tuesday
    evening": a clock time of the same moment (the attack, responders'
    arrival) hours outside the day part is a conflict."""
    found = _time_findings(first, second)
    conflicts = [claims for status, claims in found if status == "conflict"]
    assert len(conflicts) == 1, found
    assert conflicts[0] == sorted(words), conflicts


def test_a_clock_just_past_a_day_part_fits_it():
    """ "about 12:15 p.m." is within the margin past a morning: a late
    morning told two ways, not a contradiction."""
    first = b"Deputies arrived at the home on Elm Street Saturday morning after neighbors heard gunshots."
    second = b"Deputies arrived at the home on Elm Street about 12:15 p.m. on Saturday, the sheriff said."
    comparison = compare_reports([("a.txt", first), ("b.txt", second)], min_confidence=0.0)
    times = [f for f in comparison.findings if f.kind.value == "time"]
    assert {c.evidence.text for f in times for c in f.claims} == {"morning", "12:15 p.m."}
    assert not any(f.status.value.endswith("conflict") for f in times), times


def test_a_day_part_of_another_moment_is_not_set_against_a_clock():
    """The call's morning against the arrest's afternoon clock: two moments."""
    found = _time_findings(
        b"A neighbor called 911 Saturday morning after hearing gunshots on Elm Street, police said.",
        b"Officers arrested the suspect at 3:30 p.m. Saturday on Elm Street.",
    )
    assert not any(status.endswith("conflict") for status, _ in found), found


CALLOUTS = [
    b"A SWAT team and other area police agencies were called to a farmhouse about 1 p.m. on Saturday.",
    b"Hostage negotiators were called in around 1 p.m. Saturday at the farmhouse on Elm Street.",
]


@pytest.mark.parametrize("callout", CALLOUTS, ids=["swat", "negotiators"])
def test_a_call_out_of_a_unit_is_not_the_911_call(callout):
    """A SWAT team or negotiators called out at 1 p.m. come after the first
    responders found what they faced, often hours after a neighbor's call:
    the call's morning is no conflict with it.  Both times are still read."""
    first = b"A neighbor called 911 Saturday morning after hearing gunshots on Elm Street, police said."
    comparison = compare_reports([("a.txt", first), ("b.txt", callout)], min_confidence=0.0)
    claims = [c for f in comparison.findings for c in f.claims]
    read = {c.evidence.text: c.frame.measure for c in claims if c.kind.value == "time"}
    assert read == {"morning": "time:call", "1 p.m.": "time:callout"}, read
    times = [f for f in comparison.findings if f.kind.value == "time"]
    assert not any(f.status.value.endswith("conflict") for f in times), times


CALLS = [
    # the call's own minute, as reporters write it
    b"Police were called to a farmhouse on Elm Street about 1 p.m. on Saturday.",
    # an earlier call about something else, hours before the shots
    b"Ian Webb, 35, was shot on Elm Street after a 911 call about 2:10 p.m. Saturday reported gunfire.",
]


@pytest.mark.parametrize("second", CALLS, ids=["called-to", "later-call"])
def test_a_day_part_of_a_call_is_not_set_against_a_clock(second):
    """A report may tell several calls ("a woman called 911 Saturday morning
    to report a man yelling ... Hours later, he was shot"), so a call's day
    part is not set against the other report's clock of a call; both are
    still read as the call ("police were called to the farmhouse about 1
    p.m." is the call itself)."""
    first = b"A woman called 911 Saturday morning to report a man yelling outside her home on Elm Street."
    comparison = compare_reports([("a.txt", first), ("b.txt", second)], min_confidence=0.0)
    claims = [c for f in comparison.findings for c in f.claims if c.kind.value == "time"]
    measures = {c.evidence.text: c.frame.measure for c in claims}
    assert measures.get("morning") == "time:call", measures
    assert any(m == "time:call" and t != "morning" for t, m in measures.items()), measures
    times = [f for f in comparison.findings if f.kind.value == "time"]
    assert not any(f.status.value.endswith("conflict") for f in times), times


DAY_EDGES = [
    # "early" alone before the day: the small hours and the first of the morning
    ("Two men were killed early Sunday in a shooting outside a bar.", "early Sunday", 2 * 60),
    ("A teenager was shot early on Tuesday near the park, police said.", "early on Tuesday", 4 * 60 + 50),
    # "late" alone before the day: the late evening
    ("A man was shot late Saturday outside his home on Elm Street.", "late Saturday", 21 * 60 + 45),
    ("The gunman opened fire late on Friday at the gas station.", "late on Friday", 23 * 60 + 30),
]


@pytest.mark.parametrize(("sentence", "text", "fits"), DAY_EDGES, ids=[s[:40] for s, _, _ in DAY_EDGES])
def test_early_or_late_alone_before_a_day_is_a_day_part(pipeline, sentence, text, fits):
    """ "early Sunday" is "early Sunday morning" with the noun left off: a day
    part holding the hours reporters name by it (2 a.m., 4:50 a.m.), and
    "late Saturday" one holding the late evening (9:45 p.m., 11:30 p.m.)."""
    (found,) = _day_parts(pipeline, sentence)
    assert found.evidence.text == text
    assert found.value.low <= fits <= found.value.high
    assert found.value.high <= 24 * 60


def test_early_or_late_with_its_own_day_part_is_that_part(pipeline):
    """ "late Saturday night" stays the night's phrase; a statement's "early
    Saturday" times nothing."""
    (night,) = _day_parts(pipeline, "A man was shot late Saturday night outside his home.")
    assert night.evidence.text == "late Saturday night"
    assert _day_parts(pipeline, "Police said early Saturday that the suspect had fled.") == []


def test_early_day_fits_a_small_hours_clock_and_not_the_afternoon():
    fits = _time_findings(
        b"Two men were killed early Sunday in a shooting outside a bar on Main Street, police said.",
        b"Police said two men were killed at about 2 a.m. outside a bar on Main Street.",
    )
    assert fits == [("compatible", ["2 a.m.", "early Sunday"])], fits
    outside = _time_findings(
        b"Two men were killed early Sunday in a shooting outside a bar on Main Street, police said.",
        b"Police said two men were killed at about 3 p.m. outside a bar on Main Street.",
    )
    assert outside == [("conflict", ["3 p.m.", "early Sunday"])], outside


ACROSS_MIDNIGHT = [
    # "early Tuesday" of a shooting the other report puts a quarter hour before midnight
    (
        b"A man was shot early Tuesday on Oak Street, police said.",
        b"A man was shot about 11:45 p.m. Monday on Oak Street, police said.",
        "early Tuesday",
        "11:45 p.m.",
    ),
    # the same with the noun kept, and no day beside the clock
    (
        b"A man was shot early Tuesday morning on Oak Street, police said.",
        b"A man was shot at 11:30 p.m. on Oak Street, police said.",
        "early Tuesday morning",
        "11:30 p.m.",
    ),
    # the small hours named outright
    (
        b"Two women were stabbed in the early hours of Sunday on Oak Street.",
        b"Two women were stabbed at 11:50 p.m. Saturday on Oak Street.",
        "in the early hours",
        "11:50 p.m.",
    ),
    # a morning, which reporters stretch back to midnight
    (
        b"A man was shot Tuesday morning on Oak Street, police said.",
        b"A man was shot about 11:40 p.m. Monday on Oak Street, police said.",
        "morning",
        "11:40 p.m.",
    ),
]


@pytest.mark.parametrize(
    ("first", "second", "part", "clock"),
    ACROSS_MIDNIGHT,
    ids=["early-day", "early-morning", "early-hours", "morning"],
)
def test_a_late_evening_clock_is_minutes_from_a_day_part_after_midnight(first, second, part, clock):
    """A day part opening at midnight ("early Tuesday", 00:00-08:00) lies a
    quarter hour after 11:45 p.m. Monday, not eight hours before it: the
    clock wraps, and reporters write "early Tuesday" of a shooting just
    either side of midnight.  Both times are read; neither is a conflict."""
    comparison = compare_reports([("a.txt", first), ("b.txt", second)], min_confidence=0.0)
    times = [f for f in comparison.findings if f.kind.value == "time"]
    assert {c.evidence.text for f in times for c in f.claims} == {part, clock}, times
    assert not any(f.status.value.endswith("conflict") for f in times), times


def test_a_day_part_far_from_the_clock_either_way_round_still_contradicts_it():
    """Around the clock, 3 p.m. is still seven hours past "early Tuesday"
    and 9 a.m. nine hours short of "late Saturday": conflicts."""
    afternoon = _time_findings(
        b"A man was shot early Tuesday on Oak Street, police said.",
        b"A man was shot at 3 p.m. on Oak Street, police said.",
    )
    assert afternoon == [("conflict", ["3 p.m.", "early Tuesday"])], afternoon
    morning = _time_findings(
        b"A man was shot late Saturday on Oak Street, police said.",
        b"A man was shot at 9 a.m. on Oak Street, police said.",
    )
    assert morning == [("conflict", ["9 a.m.", "late Saturday"])], morning


DISPATCHES = [
    b"Officers were dispatched at 1:25 p.m. Tuesday to a home on Elm Street after a report of shots fired.",
    b"Dispatchers sent deputies to the home on Elm Street around 1:25 p.m. Tuesday on a report of gunfire.",
]


@pytest.mark.parametrize("dispatch", DISPATCHES, ids=["dispatched", "sent"])
def test_a_dispatch_is_the_call_not_the_arrival(dispatch):
    """Responders dispatched or sent at 1:25 p.m. were sent on the call of
    that minute: the other report's "police were called to the home at 1:25
    p.m." is the same moment, and responders' arrival at 1:31 p.m. another."""
    call = b"Police were called to the home on Elm Street at 1:25 p.m. Tuesday on a report of shots fired."
    comparison = compare_reports([("a.txt", dispatch), ("b.txt", call)], min_confidence=0.0)
    times = [f for f in comparison.findings if f.kind.value == "time"]
    assert [(f.status.value, f.subject) for f in times] == [("agree", "call")], times
    arrival = b"Officers arrived at the home on Elm Street at 1:31 p.m. Tuesday on a report of shots fired."
    comparison = compare_reports([("a.txt", dispatch), ("b.txt", arrival)], min_confidence=0.0)
    subjects = sorted((f.status.value, f.subject) for f in comparison.findings if f.kind.value == "time")
    assert subjects == [("only_in_one", "arrival"), ("only_in_one", "call")], subjects
