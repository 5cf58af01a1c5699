"""List items: the marker that opens a line is taken out, the item read as a sentence.

The shapes are written for these tests after how pages and wire copy set out
facts (a bulleted summary above a story, a dashed list of victims, numbered
points, a checked list); the figures, names and places are made up.
"""

from __future__ import annotations

import pytest

from reportcheck.load import load_text

from ..conftest import claims_of_text
from .test_load import assert_exact_map

#: (original text, the cleaned text load must hand on)
SHAPES = [
    (
        "Blast levels grain silo\n  \u2022 Eight people were taken to hospital\n  \u2022 Two workers missing",
        "Blast levels grain silo\nEight people were taken to hospital\nTwo workers missing",
    ),
    (
        "Storm toll rises\n- 12 killed, 40 injured in the coastal district\n- Power cut to 3,000 homes",
        "Storm toll rises\n12 killed, 40 injured in the coastal district\nPower cut to 3,000 homes",
    ),
    (
        "What we know:\n* Magnitude: 6.1\n* Depth: 10 km\n+ Aftershocks felt in two towns",
        "What we know:\nMagnitude: 6.1\nDepth: 10 km\nAftershocks felt in two towns",
    ),
    (
        "The victims:\n\u2014 Dana Ortiz, 31, of Elm Road (critical)\n\u2013 Sam Lee, 19, of Bay Street",
        "The victims:\nDana Ortiz, 31, of Elm Road (critical)\nSam Lee, 19, of Bay Street",
    ),
    (
        "Police said:\n1. Four men were arrested\n2) Two guns were seized\n(3) One officer was hurt",
        "Police said:\nFour men were arrested\nTwo guns were seized\nOne officer was hurt",
    ),
    (
        "Key points\n\u25b8 300 homes flooded\n\u25aa\u00a0Three bridges closed\n\u00b7 A school shut",
        "Key points\n300 homes flooded\nThree bridges closed\nA school shut",
    ),
    (
        "Advice for parents\n\u201c\u2022 Keep calm, the counsellor said.\n\u2713 Talk to your child",
        'Advice for parents\n"Keep calm, the counsellor said.\nTalk to your child',
    ),
]

#: lines that open with a number, a dash or an asterisk but are no list item: kept as they are
NOT_ITEMS = [
    "5.9 quake jolts island\nA quake of magnitude 5.9 struck on Sunday.",
    "**Update** Police named the man.\n--She saw the van at 9 p.m.",
    "*Police corrected the ages of the children on Monday.",
    "A. J. Brown, 24, was arrested.\n-5 degrees was the low that night.",
    "10 dead as bus plunges into gorge\nTen people died.",
    "(c) Subsection (b) of the law does not apply to officers.",  # a letter: or a copyright sign
]


@pytest.mark.parametrize("original, cleaned", SHAPES)
def test_list_marker_is_taken_out_offsets_kept(original, cleaned):
    report = load_text(original)
    assert report.text == cleaned
    assert_exact_map(report)
    assert not report.dropped  # markup, not furniture: nothing reported as dropped


@pytest.mark.parametrize("original", NOT_ITEMS)
def test_lines_that_are_no_list_item_keep_their_start(original):
    assert load_text(original).text == original


def test_a_related_link_with_a_bullet_is_still_furniture():
    """Furniture is decided before markers are taken out: a bulleted link to another story still goes."""
    report = load_text("Gunman kills two at depot\n\u2022 Related: Man held after depot shooting\nTwo died.")
    assert report.text == "Gunman kills two at depot\nTwo died."
    assert [item.rule for item in report.dropped]


@pytest.mark.parametrize(
    "text, kind, quoted",
    [
        (
            "Fire guts warehouse\n\u2022 179 people have been hospitalized and 24 are critical",
            "injured",
            "179 people",
        ),
        (
            "Bus crash on highway\n- 37 passengers were taken to hospital\n- Driver arrested",
            "injured",
            "37 passengers",
        ),
        (
            "Ferry capsizes\n1. 61 people are missing after the ferry sank\n2. Rescue resumes",
            "missing",
            "61 people",
        ),
        ("Quake hits north\n\u25aa 212 people were hurt in the quake", "injured", "212 people"),
    ],
)
def test_a_list_item_opening_with_its_count_is_read(pipeline, text, kind, quoted):
    claims = claims_of_text(pipeline, text)
    found = [c for c in claims if c.kind.value == kind and c.evidence.text == quoted]
    assert found, [(c.kind.value, c.evidence.text) for c in claims]
    report = load_text(text)
    start, end = found[0].evidence.start, found[0].evidence.end
    assert report.original[start:end] == quoted
    item = next(line for line in load_text(text).text.split("\n") if quoted in line)
    assert found[0].evidence.sentence == item  # the whole item, its marker outside


@pytest.mark.parametrize(
    "text",
    [
        "Quake hits north\n212 people were hurt in the quake\nRoads closed",
        "Toll climbs\n17 bodies have been recovered so far\n",
        "Flood update\nAbout 40 families were moved to shelters overnight",
    ],
)
def test_a_line_is_not_cut_after_its_first_word(pipeline, text):
    """The parser read a line opening with a bare number as a one-word sentence ("212" | "people were
    hurt"); a line's second token starts no sentence unless a full stop stands before it."""
    from reportcheck.extract import run_pipeline

    doc = run_pipeline(pipeline, load_text(text).text)
    lines = [line for line in doc.text.split("\n") if line]
    assert [sentence.text.strip() for sentence in doc.sents] == lines
