"""A clock with no a.m./p.m. settled by a day part elsewhere in its clause.

"on Saturday night when shots were fired at 11:30" times the shots at
11:30 p.m.: the day part and the clock time one event.  But reporters put a
day part of another event in the same clause as often: the vigil that
followed ("The shooting, which happened at 11:30, prompted a vigil Saturday
night"), the death ("was shot at 2:30 and died that night"), a statement
("police told reporters Tuesday morning"), a news conference, a second
moment ("heard shots Saturday morning and again at 10:30").  The parse must
tie the two (one verb, or the clock's "when" clause on the day part), and
a half of the day so inferred is never a firm conflict.  Sentences written
for these tests after the patterns of such reports (review 23b's pairs,
varied)."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text, findings_of

TIED = [
    # the clock's verb in a "when" clause on the day part
    (
        "Neighbors were at a block party on Friday night when shots were fired at 10:40.",
        "10:40",
        22 * 60 + 40,
    ),
    ("It was late Sunday evening when a gunman opened fire at 9:15 outside the store.", "9:15", 21 * 60 + 15),
    # one verb
    ("A man was shot Saturday night outside a bar at about 11:20.", "11:20", 23 * 60 + 20),
]

OTHER_VERB = [
    # a relative clause of the shooting, the day part on the vigil
    ("The shooting, which happened at 11:40, led to a march Sunday night on Oak Street.", "11:40"),
    # a gathering, the clock in a relative clause of the place
    ("Neighbors gathered Monday evening at the spot where Dana Wills was shot at 10:10.", "10:10"),
    # a coordinated second verb: the death
    ("Officers said Ray Tull, 44, was shot at 3:15 and died that night at a hospital.", "3:15"),
    # a news conference: a verb of saying
    ("At a briefing Thursday morning, the sheriff said the shooting happened at 9:50 near the park.", "9:50"),
    # a statement after the clock
    ("A boy was shot at 7:25 near Lincoln Middle School, police told reporters Friday morning.", "7:25"),
    # "again": a second moment
    ("Neighbors said they heard gunfire Sunday morning and again at 11:05 outside the diner.", "11:05"),
]


def _clock(pipeline, sentence: str, text: str):
    found = [
        c for c in claims_of_text(pipeline, sentence) if c.kind.value == "time" and c.evidence.text == text
    ]
    assert len(found) == 1, [c.evidence.text for c in claims_of_text(pipeline, sentence)]
    return found[0]


@pytest.mark.parametrize(("sentence", "text", "minutes"), TIED, ids=[s[:40] for s, _, _ in TIED])
def test_a_day_part_of_the_clocks_own_event_settles_it(pipeline, sentence, text, minutes):
    clock = _clock(pipeline, sentence, text)
    assert clock.value.low == minutes and not clock.value.alternatives
    assert clock.time.inferred_from
    # the note names the day part, written once the parse has tied the two
    said = [n for n in clock.notes if n.endswith("in its clause")]
    reading = f"{int(minutes) // 60:02d}:{int(minutes) % 60:02d}"
    assert len(said) == 1 and f"read as {reading} by '" in said[0], clock.notes


@pytest.mark.parametrize(("sentence", "text"), OTHER_VERB, ids=[s[:40] for s, _ in OTHER_VERB])
def test_a_day_part_of_another_verb_settles_nothing(pipeline, sentence, text):
    clock = _clock(pipeline, sentence, text)
    assert clock.value.alternatives, "the clock keeps both readings"
    assert not any(n.endswith("in its clause") for n in clock.notes), clock.notes
    assert clock.time.inferred_from is None and clock.time.day_part is None


def test_a_conflict_on_an_inferred_half_is_only_possible():
    """The half the day part gave is an inference: set against a clock twelve
    hours off, the finding is a possible conflict that says so."""
    first = "Neighbors were at a block party on Friday night when shots were fired at 10:40, police said."
    second = "Police said a man was shot about 10:40 a.m. Friday at the block party."
    times = [
        f for f in findings_of(first, second) if f.kind.value == "time" and f.status.value != "only_in_one"
    ]
    assert [f.status.value for f in times] == ["possible_conflict"], times
    assert any("inferred from" in r for r in times[0].reasons), times[0].reasons
