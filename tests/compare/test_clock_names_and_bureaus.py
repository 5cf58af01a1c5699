"""A clock told by a place's name and a clock told from the bureau's seat.

Russian and Central Asian wire copy times every region's news on the
capital's clock ("At 11:20 Moscow time, a message was received"), and a
company's news release is datelined at its head office, not at the mine
("VANCOUVER, British Columbia ... near Keno City, Yukon ... 2:40 a.m.
Pacific Time").  Neither the clock's name nor the head office is a place of
the incident: read as one, it makes the wire's clock the scene's own, so
the time is never read across and an agreement shows as hours apart
(extract/places/mentions.py ``_names_a_clock``; knowledge/timezones.py
``_filed_from``).  A time read across is weighed by its gap on the scene's
clock, not as written (compare/confidence.py ``_to_local_clock``).
Sentences written for these tests after genre58a 01 and 03 and genre58b 15
of benchmarks/written_pairs."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.models import ClaimKind

DAY = dt.date(2026, 2, 19)


def _reports(*texts: str):
    from reportcheck.load import load_text

    return [load_text(text, date=DAY) for text in texts]


def _times(first: str, second: str, min_confidence: float = 0.0) -> list[tuple[str, str]]:
    """(status, explanation) of each time finding across the two reports."""
    from reportcheck.api import compare_reports

    found = compare_reports(_reports(first, second), min_confidence=min_confidence).findings
    return [
        (f.status.value, f.explanation)
        for f in found
        if f.kind is ClaimKind.time and len({c.report for c in f.claims}) == 2
    ]


def _places(text: str) -> list[str]:
    from reportcheck.api import extract_report

    claims = extract_report(_reports(text)[0], 0).claims
    return [c.value.name for c in claims if c.kind is ClaimKind.location]


MINE = (
    "KEMEROVO, Feb 19 (Interfax) - Two miners were killed after a methane explosion at a coal mine in "
    "Prokopyevsk district of Kemerovo region.\n\n{clock}"
)
CLOCK_OPENS = '"At 11:20 Moscow time, a message was received about a methane flash," the ministry said.'
CLOCK_ENDS = "The methane flash occurred at 11:20 Moscow time, the ministry said."
LOCAL = (
    "KEMEROVO - Two miners died in a methane flash at a mine in Prokopyevsk district on Thursday. "
    "The flash occurred at {clock} local time, the regional emergencies directorate said."
)


@pytest.mark.parametrize("clock", [CLOCK_OPENS, CLOCK_ENDS])
def test_a_clocks_name_after_a_time_is_no_place(clock):
    assert "Moskva" not in _places(MINE.format(clock=clock))


@pytest.mark.parametrize(
    "sentence",
    [
        # near-misses: the city named with no clock before it stays a place
        "Officials in Moscow said at the time that the mine was safe.",
        "The ministry in Moscow sent a commission to the mine at 11:20.",
    ],
)
def test_the_city_named_otherwise_stays_a_place(sentence):
    assert "Moskva" in _places(MINE.format(clock=sentence))


@pytest.mark.parametrize(
    ("clock", "local", "status"),
    [
        # Kemerovo keeps Moscow's clock plus four hours
        (CLOCK_ENDS, "15:20", "agree"),
        (CLOCK_ENDS, "16:20", "conflict"),
    ],
)
def test_a_time_on_the_capitals_clock_is_read_on_the_scenes(clock, local, status):
    found = _times(MINE.format(clock=clock), LOCAL.format(clock=local))
    assert [s for s, _ in found if "11:20" in _] == [status], found


RELEASE = (
    "VANCOUVER, British Columbia, Nov. 18, 2026 (NEWSWIRE) -- Keno Silverline Mining Corp. regrets to "
    "report that a contractor was fatally injured in a fall-of-ground incident at the Company's Silver "
    "Basin Mine, near Keno City, Yukon, early this morning.\n\n"
    "The incident occurred at approximately {clock} in an active stope of the underground workings. "
    "\n\nKeno Silverline is a Canadian silver producer focused on the Keno Hill district of central Yukon. "
    "The Silver Basin Mine, located approximately 55 kilometres northeast of the Village of Mayo, employs "
    "approximately 310 employees and contractors."
)
NEWS = (
    "WHITEHORSE - A 41-year-old man died early Wednesday when rock fell from the roof of a stope at the "
    "Silver Basin Mine near Mayo.\n\nThe rockfall happened around {clock}, RCMP said."
)


@pytest.mark.parametrize(
    ("release", "news", "status"),
    [
        # the Yukon keeps UTC-7 all year: 2:40 Pacific is 3:40 there
        (RELEASE.format(clock="2:40 a.m. Pacific Time"), NEWS.format(clock="3:40 a.m."), "agree"),
        (RELEASE.format(clock="2:40 a.m. Pacific Time"), NEWS.format(clock="2:40 a.m."), "conflict"),
    ],
)
def test_a_release_from_head_office_is_read_on_the_mines_clock(release, news, status):
    found = _times(release, news)
    assert [s for s, _ in found if "02:40" in _ or "2:40" in _] == [status], found


def test_a_release_filed_where_the_scene_is_keeps_its_clock():
    """Near-miss: datelined where the incident is, the zone written is the
    scene's own, and the same clock agrees as written."""
    release = (
        "VANCOUVER, British Columbia, Nov. 18, 2026 (NEWSWIRE) -- A worker was killed at the "
        "Company's warehouse in Vancouver early this morning.\n\nThe incident occurred at "
        "approximately 2:40 a.m. Pacific Time."
    )
    news = "VANCOUVER - A worker died early Wednesday at a warehouse in Vancouver. It happened at 2:40 a.m."
    assert [s for s, _ in _times(release, news)] == ["agree"]


URALS = (
    "NIZHNY TAGIL - Four people died after a gas explosion in an apartment building on Sadovaya "
    'Street in Nizhny Tagil on Wednesday. "The explosion of household gas occurred at 04:40 Moscow '
    'time in an apartment on the fourth floor," the ministry said.'
)
URALS_LOCAL = (
    "NIZHNY TAGIL - A gas explosion destroyed part of an apartment building on Sadovaya Street in "
    "Nizhny Tagil on Wednesday. The explosion occurred at about {clock} local time, officials said."
)


@pytest.mark.parametrize(
    ("clock", "status"),
    [
        # Yekaterinburg's clock is Moscow's plus two: 04:40 MSK is 06:40, an hour from 7:40
        ("7:40 a.m.", "conflict"),
        # near-misses: the same moment, or within the "about"
        ("6:40 a.m.", "agree"),
        ("6:45 a.m.", "compatible"),
    ],
)
def test_a_gap_read_across_is_weighed_on_the_scenes_clock(clock, status):
    found = _times(URALS, URALS_LOCAL.format(clock=clock), min_confidence=0.1)
    assert [s for s, _ in found if "04:40" in _] == [status], found
