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
