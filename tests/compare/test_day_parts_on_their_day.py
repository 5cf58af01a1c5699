"""A day part told with its day, judged as one stretch of the week.

Reporters time a shooting by a day part of a named day ("early Sunday",
"Sunday evening", "late Saturday night").  Read on the clock alone, "early"
(00:00-08:00) and "evening" (16:00-24:00) meet at midnight, so "early Sunday"
against "Sunday evening" used to pass as compatible: the day and its part
are one statement, and on one Sunday those are hours apart.  "Saturday
night" and "early Sunday", a day apart, meet after midnight and stay
compatible: one night told from either side.  Sentences written for these
tests after the patterns of shooting reports."""

from __future__ import annotations

import pytest

from reportcheck.api import compare_reports

from ..conftest import claims_of_text


def _time_findings(first: str, second: str):
    comparison = compare_reports([("a.txt", first.encode()), ("b.txt", second.encode())], min_confidence=0.0)
    return [
        (f.status.value, sorted(c.evidence.text for c in f.claims))
        for f in comparison.findings
        if f.kind.value == "time" and f.status.value != "only_in_one"
    ]


def test_the_day_part_keeps_its_weekday(pipeline):
    """The claim says which day its hours are of."""
    claims = claims_of_text(pipeline, "A man was shot and killed early Sunday outside a bar on Pine Street.")
    (part,) = [c for c in claims if c.kind.value == "time"]
    assert (part.time.period, part.time.weekday) == ("morning", "Sunday")
    claims = claims_of_text(pipeline, "Two women were wounded in the early morning hours Friday on Oak Lane.")
    (part,) = [c for c in claims if c.kind.value == "time"]
    assert part.time.weekday == "Friday"


APART = [
    (
        "A man was shot and killed early Sunday outside a bar on Pine Street, police said.",
        "A man was shot and killed Sunday evening outside a bar on Pine Street.",
    ),
    (
        "Two teens were wounded Tuesday morning in a drive-by shooting on Elm Road.",
        "Two teens were wounded in a drive-by shooting on Elm Road late Tuesday night.",
    ),
    # a day apart, yet hours apart: the night before against the next evening
    (
        "A woman was shot late Saturday night in the parking lot of a club on Grant Avenue.",
        "A woman was shot Sunday evening in the parking lot of a club on Grant Avenue.",
    ),
]


APART_IDS = ["early-vs-evening", "morning-vs-late-night", "next-day"]


@pytest.mark.parametrize(("first", "second"), APART, ids=APART_IDS)
def test_parts_of_the_day_hours_apart_conflict(first, second):
    found = _time_findings(first, second)
    assert [status for status, _ in found] == ["conflict"], found


MEET = [
    # one night, told from either side of midnight
    (
        "A man was shot and killed late Saturday night outside a bar on Pine Street.",
        "A man was shot and killed early Sunday morning outside a bar on Pine Street.",
    ),
    # the afternoon runs into the evening
    (
        "Two men were wounded Friday afternoon in a shooting on Elm Road.",
        "Two men were wounded Friday evening in a shooting on Elm Road.",
    ),
]


@pytest.mark.parametrize(("first", "second"), MEET, ids=["one-night", "afternoon-evening"])
def test_parts_that_meet_are_compatible(first, second):
    found = _time_findings(first, second)
    assert [status for status, _ in found] == ["compatible"], found


def test_days_further_apart_are_left_to_the_days_judge():
    """ "Friday night" against "Sunday night": the days conflict already;
    the hours are not set against each other a second time."""
    found = _time_findings(
        "A man was shot Friday night outside a store on Main Street.",
        "A man was shot Sunday night outside a store on Main Street.",
    )
    assert found == [], found
    comparison = compare_reports(
        [
            ("a.txt", b"A man was shot Friday night outside a store on Main Street."),
            ("b.txt", b"A man was shot Sunday night outside a store on Main Street."),
        ],
        min_confidence=0.0,
    )
    days = [f.status.value for f in comparison.findings if f.kind.value == "date"]
    assert days == ["conflict"], days


def test_a_day_part_of_a_later_state_is_not_the_attacks():
    """ "Early Tuesday, police remained at the scene": the hours of the
    aftermath, neither agreeing with nor contradicting the attack's."""
    found = _time_findings(
        "A man was shot and killed early Sunday outside a bar on Pine Street. "
        "Early Tuesday, police remained at the scene.",
        "A man was shot and killed early Sunday outside a bar on Pine Street.",
    )
    assert found == [("agree", ["early Sunday", "early Sunday"])], found


def test_next_days_parts_short_of_midnight_are_the_days_judges():
    """ "Sunday afternoon" against "early Monday": no part reaches the
    midnight between them, so the days conflict and the hours are not
    counted as a second conflict of the same disagreement."""
    comparison = compare_reports(
        [
            ("a.txt", b"A man was shot and killed Sunday afternoon outside a bar on Pine Street."),
            ("b.txt", b"A man was shot and killed early Monday outside a bar on Pine Street."),
        ],
        min_confidence=0.0,
    )
    found = {f.kind.value: f.status.value for f in comparison.findings if f.kind.value in ("date", "time")}
    assert found == {"date": "conflict", "time": "only_in_one"}, found


#: one sentence that states two times states two moments, whatever the parse
#: hangs the second on: never a report's conflict with itself
ONE_SENTENCE = [
    "A teenager shot in Trenton early Friday was still in surgery Friday evening, police said.",
    "A woman who was shot early Sunday was awake Sunday evening, her brother said.",
]


@pytest.mark.parametrize("text", ONE_SENTENCE, ids=["in-surgery", "awake"])
def test_two_day_parts_of_one_sentence_never_conflict(pipeline, text):
    """Both day parts are read with their day, and still not set against each other."""
    claims = claims_of_text(pipeline, text)
    parts = sorted((c.time.weekday, c.time.period) for c in claims if c.kind.value == "time")
    assert len(parts) == 2 and parts[0][0] == parts[1][0], parts
    other = "A teenager was shot on the east side, police said. He is expected to survive."
    comparison = compare_reports([("a.txt", text.encode()), ("b.txt", other.encode())], min_confidence=0.0)
    assert not [f for f in comparison.findings if f.kind.value == "time" and f.status.value == "conflict"]


def test_the_day_parts_of_two_sentences_still_conflict(pipeline):
    """The negative: the same two day parts in two sentences of one report
    are two tellings of the attack's time, and conflict."""
    text = (
        "A teenager was shot in Trenton early Friday, police said. "
        "The teenager was shot Friday evening on the east side, a spokesman said."
    )
    other = "A teenager was shot on the east side, police said."
    comparison = compare_reports([("a.txt", text.encode()), ("b.txt", other.encode())], min_confidence=0.0)
    found = [f for f in comparison.findings if f.kind.value == "time" and f.status.value == "conflict"]
    assert found and all(f.internal for f in found)
