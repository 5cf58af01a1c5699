"""The end of a long event is timed apart from its start.

A siege, a standoff or a search has a start and an end hours apart; both
were read as the time of the incident, so one report's end ("police stormed
the cafe at 2:10am, ending a 16-hour siege") was set against the other's
start ("the siege started at 9.44am") as a conflict, and a report's own two
as an internal one.  The end is the event "ended" (``ended`` of
rules/events.yaml): a verb that says it ("ended", "was called off", "came to
an end") or a clause of "ending" on the verb of the time; ends are set
against ends, starts against starts.  Sentences invented in the forms of
wire reports of sieges and standoffs.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of_text, measure_findings


def _time_events(pipeline, text: str) -> dict[str, str | None]:
    return {c.evidence.text: c.time.event for c in claims_of_text(pipeline, text) if c.kind.value == "time"}


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("Police stormed the cafe at 2:10am on Tuesday, ending a 16-hour siege.", "2:10am"),
        ("The standoff ended at about 3:15 a.m. when the man surrendered.", "3:15 a.m."),
        ("The search for the missing climbers was called off at 6 p.m. on Sunday.", "6 p.m."),
        ("The siege came to an end at 11:40 p.m., police said.", "11:40 p.m."),
    ],
)
def test_the_end_of_a_long_event_is_its_own_moment(pipeline, text: str, clock: str) -> None:
    assert _time_events(pipeline, text).get(clock) == "ended"


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("Gunmen stormed the hotel at 9:30 p.m. on Monday, police said.", "9:30 p.m."),  # no end told
        ("A gunman opened fire at 10 p.m., ending the life of a 19-year-old.", "10 p.m."),  # no long event
        ("The shooting ended a party at 2 a.m. on Sunday.", "2 a.m."),  # a party is no siege
    ],
)
def test_an_end_of_no_long_event_stays_the_incident(pipeline, text: str, clock: str) -> None:
    assert _time_events(pipeline, text).get(clock) == "incident"


def test_ends_meet_ends_and_starts_meet_starts() -> None:
    a = "Police stormed the cafe at 2:10am Tuesday, ending a siege. It began at about 9.45am on Monday."
    b = "The siege started at 9.44am on Monday. The siege ended at 4:30am on Tuesday as police moved in."
    ends = measure_findings("time:ended", a, b)
    starts = measure_findings("time:incident", a, b)
    assert ("conflict", ["2:10am", "4:30am"]) in ends
    assert ("compatible", ["9.44am", "9.45am"]) in starts
    assert not any(status == "conflict" for status, _ in starts)
