"""A live blog's tolls under earlier entries (reportcheck.extract.core.live_entries).

A live blog keeps each entry under its clock time: "09:10 – ... four dead",
"11:45 – ... six confirmed dead".  The four is the toll at 09:10, which the
later entry replaces: framed as an earlier figure, it is never set against
another report's evening toll.  A smaller figure under a later entry ("Among
the dead are two children") is a part, not a revision; a report with no
entry stamps is read as before.  Invented live blogs in the shape of genre42
17."""

from __future__ import annotations

from reportcheck.api import compare_reports, extract_report
from reportcheck.knowledge.vocabulary import is_earlier_measure
from reportcheck.load import load_text
from reportcheck.models import Status

BLOG = (
    "LIVE: Storm floods hit Valcarra\n"
    "Live updates | Thursday 3 October 2026\n\n"
    "08:30 – Heavy rain overnight has flooded the lower town of Valcarra.\n\n"
    "09:10 – The regional emergency service says the number of dead has risen to four.\n\n"
    "10:20 – Army engineers are on their way to the Valcarra bridge.\n\n"
    '11:45 – The mayor, Elena Brisco: "We have six confirmed dead and at least three people missing."\n\n'
    "12:30 – Among the dead are two children, the mayor said.\n"
)


def _killed(text: str) -> list[tuple[str, float | None, bool]]:
    claims = extract_report(load_text(text), 0).claims
    return [
        (c.evidence.text, c.value.low, is_earlier_measure(c.frame.measure))
        for c in claims
        if c.kind.value == "killed"
    ]


def test_an_earlier_entrys_toll_is_an_earlier_figure():
    killed = _killed(BLOG)
    assert ("four", 4.0, True) in killed, killed
    assert ("six", 6.0, False) in killed, killed


def test_a_later_entrys_smaller_figure_replaces_nothing():
    killed = _killed(BLOG)
    assert all(not earlier for _, value, earlier in killed if value == 6.0), killed


def test_a_story_without_entry_stamps_keeps_its_figures():
    story = (
        "VALCARRA, Oct 3 - The number of dead had risen to four by the morning. By noon the mayor said "
        "six people were confirmed dead."
    )
    assert not any(earlier for _, _, earlier in _killed(story))


def test_an_earlier_entrys_toll_is_no_conflict_with_the_evening_toll():
    evening = (
        "Floods kill six in Valcarra\n\nVALCARRA, Oct 3, 2026 - Floods killed six people in the town of "
        "Valcarra on Thursday, the regional emergency service said."
    )
    found = compare_reports([load_text(BLOG), load_text(evening)], min_confidence=0.0)
    across = [f for f in found.findings if len({c.report for c in f.claims}) == 2]
    killed = [f for f in across if f.kind.value == "killed"]
    assert not [f for f in killed if f.status in (Status.conflict, Status.possible_conflict)], [
        (f.status, [c.evidence.text for c in f.claims]) for f in killed
    ]


# The stamps themselves: a live blog's entries run newest first, each
# headed by its clock and a dash or a colon ("8:15 a.m.: Fire grows
# overnight", "5:15 a.m. ET — ..."); the stamp is the entry's time, a
# statement's, never the incident's.  A timeline's lines run oldest first
# and their clocks are the times of what they tell.
FIRE_BLOG = (
    "Live updates: Creek Fire forces evacuations near Alder Springs\n\n"
    "Updated 12:10 p.m. PT\n\n"
    "11:40 a.m.: Sheriff says two homes lost on Ridge Road\n\n"
    "Sheriff Dana Ortiz said two homes had burned.\n\n"
    "9:55 a.m.: Evacuation zone widened\n\n"
    "Fire officials said the blaze started at about 3:30 p.m. Sunday near a campground.\n\n"
    "7:20 a.m. - Crews return at first light\n\n"
    "Crews went back to the lines at dawn.\n"
)
TIMELINE = (
    "How the crash unfolded\n\n"
    "7:48 a.m.: The freight train strikes the stalled truck at the Elm Street crossing.\n\n"
    "8:02 a.m.: The first fire engines arrive.\n\n"
    "9:15 a.m.: The line reopens to traffic.\n"
)


def _times(text: str) -> list[tuple[str, str | None]]:
    claims = extract_report(load_text(text), 0).claims
    return [(c.evidence.text, c.frame.measure) for c in claims if c.kind.value == "time"]


def test_a_live_blogs_stamps_are_the_entries_times():
    times = dict(_times(FIRE_BLOG))
    assert times.get("11:40 a.m.") == "time:statement", times
    assert times.get("9:55 a.m.") == "time:statement", times
    assert times.get("7:20 a.m.") == "time:statement", times
    # the clock an entry tells stays the incident's
    assert times.get("3:30 p.m.") == "time:incident", times


def test_a_timelines_clocks_stay_the_times_of_what_they_tell():
    times = dict(_times(TIMELINE))
    assert times.get("7:48 a.m.") == "time:incident", times


def test_an_entry_stamp_is_no_conflict_with_the_other_reports_start():
    other = (
        "Creek Fire destroys two homes\n\nALDER SPRINGS, Calif. -- A wildfire that began shortly "
        "after 3 p.m. Sunday near a campground destroyed two homes, the sheriff said."
    )
    found = compare_reports([load_text(FIRE_BLOG), load_text(other)], min_confidence=0.0)
    clashes = [
        f
        for f in found.findings
        if f.kind.value == "time" and f.status in (Status.conflict, Status.possible_conflict)
    ]
    assert not clashes, [(f.status, [c.evidence.text for c in f.claims]) for f in clashes]
