"""A fact box's figures: the label is the outcome ("Deaths: 15"), or each figure's word is.

The boxes are written for these tests after how pages of quakes, crashes and
derailments set out their figures; the figures, names and places are made up.
"""

from __future__ import annotations

import pytest

from reportcheck.load import load_text

from ...conftest import claims_of_text, conflict_kinds

QUAKE_BOX = (
    "Strong quake hits mountain province\n"
    "A strong earthquake shook the mountain province on Sunday, officials said.\n"
    "In 1998 a quake in the same valley killed 300 people.\n"
    "\n"
    "Magnitude: 6.4\n"
    "Depth: 12 km\n"
    "Deaths: 23\n"
    "Injured: 300+\n"
    "Missing: 7\n"
)

CRASH_BOX = (
    "Airliner skids off wet runway\n"
    "The jet overshot the runway while landing in heavy rain on Friday night.\n"
    "\u25ba Casualties: 17 dead, 172 injured\n"
    "\u25ba Related: Pilots warned of runway last year\n"
    "\u2022 Fatalities 17\n"
)

#: an infobox's rows, label and value apart by a tab or several spaces
INFOBOX = "Express derails near junction\nNine coaches left the track.\n\nKilled\t\t11\nInjured     64\n"


def _read(pipeline, text: str) -> list[tuple[str, str, str, str]]:
    return [
        (c.kind.value, c.value.label, c.evidence.text, c.incident)
        for c in claims_of_text(pipeline, text)
        if c.kind.value in ("killed", "injured", "missing", "magnitude")
    ]


def test_a_quake_box_gives_the_main_incident_its_figures(pipeline):
    read = _read(pipeline, QUAKE_BOX)
    for claim in [
        ("magnitude", "6.4", "Magnitude: 6.4", "main"),
        ("killed", "23", "Deaths: 23", "main"),  # after a background paragraph: still the main incident's
        ("injured", "300 or more", "Injured: 300+", "main"),
        ("missing", "7", "Missing: 7", "main"),
    ]:
        assert claim in read, read


def test_a_crash_box_reads_each_outcome_of_its_casualties(pipeline):
    read = _read(pipeline, CRASH_BOX)
    assert ("killed", "17", "17 dead", "main") in read
    assert ("injured", "172", "172 injured", "main") in read
    assert ("killed", "17", "Fatalities 17", "main") in read
    assert not [r for r in read if "Pilots" in r[2]]


def test_an_infobox_row_quotes_the_original_with_its_spaces(pipeline):
    claims = claims_of_text(pipeline, INFOBOX)
    report = load_text(INFOBOX)
    killed = next(c for c in claims if c.kind.value == "killed")
    injured = next(c for c in claims if c.kind.value == "injured")
    assert (killed.value.label, injured.value.label) == ("11", "64")
    assert report.original[killed.evidence.start : killed.evidence.end] == "Killed\t\t11"
    assert report.original[injured.evidence.start : injured.evidence.end] == "Injured     64"


def test_an_encyclopedia_infobox_flattened_to_lines_is_read(pipeline):
    """An infobox copied as text: each row a label, one space, a value."""
    text = (
        "Quake strikes border region\nA quake struck the border region before dawn on Monday.\n\n"
        "Magnitude 5.7 Mw\nDepth 8.5 km\nCasualties 41 dead, 1,020+ injured\nNon-fatal injuries 1,020\n"
    )
    read = [(kind, label, quoted) for kind, label, quoted, _ in _read(pipeline, text)]
    assert read == [
        ("magnitude", "5.7", "Magnitude 5.7"),
        ("killed", "41", "41 dead"),
        ("injured", "1020 or more", "1,020+ injured"),
        ("injured", "1020", "Non-fatal injuries 1,020"),
    ]


def test_a_summary_row_of_several_facts_reads_each(pipeline):
    text = "Bus plunges into gorge\nThe bus left the road on Tuesday.\n\nDead: 14 | Injured: 31; Missing: 2\n"
    read = _read(pipeline, text)
    assert [(kind, label, quoted) for kind, label, quoted, _ in read] == [
        ("killed", "14", "Dead: 14"),
        ("injured", "31", "Injured: 31"),
        ("missing", "2", "Missing: 2"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Casualties: 40",  # dead, or dead and hurt? no outcome: not read
        "Deaths: not yet known",
        "Missing: Girl, 12, last seen on Monday",
    ],
)
def test_a_box_line_without_an_outcome_or_a_figure_gives_no_count(pipeline, line):
    text = f"Ferry capsizes in river\nThe ferry overturned on Tuesday.\n\n{line}\n"
    assert not [r for r in _read(pipeline, text) if r[2].startswith(line.split(":")[0])]


def test_two_boxes_that_differ_conflict_and_that_agree_do_not():
    box = "Quake strikes valley\nA quake struck the valley on Monday.\n\nMagnitude: 5.8\nDeaths: {deaths}\n"
    assert "killed" in conflict_kinds(box.format(deaths=12), box.format(deaths=31))
    assert "killed" not in conflict_kinds(box.format(deaths=12), box.format(deaths=12))
    prose = "Quake strikes valley\nA quake of magnitude 5.8 struck the valley on Monday, killing 12 people.\n"
    assert conflict_kinds(box.format(deaths=12), prose) == []


@pytest.mark.parametrize(
    ("line", "kind", "low", "high", "quoted"),
    [
        # a count written in words is read as any number word is (extract/core/numbers.py)
        ("Deaths: Two", "killed", 2, 2, "Deaths: Two"),
        ("Killed: twenty-three", "killed", 23, 23, "Killed: twenty-three"),
        ("Injured: Twelve (four critically)", "injured", 12, 12, "Injured: Twelve"),
        ("Missing: at least three", "missing", 3, None, "Missing: at least three"),
        # a vague word is its range (rules/counts.yaml), "a dozen" twelve
        ("Injured: Dozens", "injured", 24, 150, "Injured: Dozens"),
        ("Wounded: a dozen", "injured", 12, 12, "Wounded: a dozen"),
        # a word of nobody is a zero
        ("Fatalities: none", "killed", 0, 0, "Fatalities: none"),
        ("Dead: None reported", "killed", 0, 0, "Dead: None reported"),
    ],
)
def test_a_box_value_in_words_is_counted(pipeline, line, kind, low, high, quoted):
    text = f"Ferry capsizes in river\nThe ferry overturned on Tuesday.\n\nMagnitude: 5.1\n{line}\n"
    claims = [c for c in claims_of_text(pipeline, text) if c.kind.value == kind]
    assert [(c.value.low, c.value.high, c.evidence.text) for c in claims] == [(low, high, quoted)]


@pytest.mark.parametrize(
    "line", ["Deaths: not yet known", "Missing: a girl, 12, last seen on Monday", "Crew: 6"]
)
def test_words_that_are_no_count_give_none(pipeline, line):
    # a crew's size is no toll: "Crew:" is no fact label, and no count of people hurt
    text = f"Ferry capsizes in river\nThe ferry overturned on Tuesday.\n\nMagnitude: 5.1\n{line}\n"
    kinds = ("killed", "injured", "missing")
    assert not [c for c in claims_of_text(pipeline, text) if c.kind.value in kinds and c.evidence.start > 60]


def test_a_box_time_is_read_as_a_time(pipeline):
    text = "Quake strikes valley\nA quake struck the valley.\n\nMagnitude: 5.8\nTime: 4:03 a.m. local time\n"
    times = [c for c in claims_of_text(pipeline, text) if c.kind.value == "time"]
    assert [(c.value.low, c.evidence.text[:9]) for c in times] == [(243, "4:03 a.m.")]


def test_a_box_in_words_and_one_in_figures_agree():
    box = "Quake strikes valley\nA quake struck the valley on Monday.\n\nMagnitude: 5.8\nDeaths: {deaths}\n"
    assert "killed" not in conflict_kinds(box.format(deaths="Two"), box.format(deaths=2))
    assert "killed" in conflict_kinds(box.format(deaths="Two"), box.format(deaths=9))


#: an agency bulletin's damage report, a list of labelled figures after a
#: heading (after genre57b 08's, varied): the parser cut some of its lines
#: after the colon, so a count quoted the bare figure as its sentence
BULLETIN_BOXES = [
    "Preliminary damage report (cut-off 06:00 horas):\n- Deaths: 2\n- Missing: 1\n"
    "- People evacuated: 3,124\n",
    "Situation as of 6 p.m.:\n\u2022 Missing: 4\n\u2022 Dead: 3\n\u2022 Injured: 12\n",
    "Figures from the regional office:\nMissing: 1\nDeaths: 2\nInjured: 9\n",
]


@pytest.mark.parametrize("box", BULLETIN_BOXES)
def test_a_fact_line_is_the_sentence_of_its_count(pipeline, box):
    text = (
        "Floods kill two in the south\n\nTwo people died on Monday when the river burst its banks, "
        "the emergency agency said.\n\n" + box + "\nRescuers went on searching on Tuesday.\n"
    )
    lines = [line.lstrip("-\u2022 ") for line in box.splitlines()]
    counted = [c for c in claims_of_text(pipeline, text) if c.kind.value in ("killed", "injured", "missing")]
    boxed = [c for c in counted if any(c.evidence.text in line for line in lines[1:])]
    assert len(boxed) >= 2, counted
    for claim in boxed:
        assert claim.evidence.sentence.strip().lstrip("-\u2022 ") in lines, claim.evidence


def test_a_fact_line_s_own_sentences_stay_apart(pipeline):
    """A line read as a fact box's that goes on past its first full stop is
    one sentence only up to it: "Three others were injured in Wayanad." is a
    sentence of its own, as the parser cut it."""
    text = (
        "FLOOD UPDATE - Kerala\n\nCasualties: Two men were killed. Three others were injured in Wayanad.\n"
        "\nRain continues.\n"
    )
    injured = [c for c in claims_of_text(pipeline, text) if c.kind.value == "injured"]
    assert [c.evidence.sentence.strip() for c in injured] == ["Three others were injured in Wayanad."]
