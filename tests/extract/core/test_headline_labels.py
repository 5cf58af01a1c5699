"""A headline's leading label ("Police:", "UPDATE:", "NYPD:") costs it no toll.

Parsed with its label, a headline was one odd clause whose subject or root
was the label, and the toll after it was lost: "Police: 18-year-old man shot
and killed near ..." read no killing, "Police: 23-year-old man shot, injured
near ..." no one hurt.  The rest of the line is parsed apart from the label
and the label hung on it again (extract/core/lines.py), and a label naming a
source is the source of the headline's claims, as "police said" is
(extract/core/headline_labels.py).  The headlines are invented after the
corpora's shapes ("Police: N-year-old man shot and killed near ...", "Akron
police: Four people shot ...", "UPDATE: Three dead in ... murder-suicide",
"HCSO: Child shot in ..."); the ECB+ one is quoted as the corpus has it.
"""

from __future__ import annotations

import pytest

from reportcheck.extract.core.headline_labels import headline_labels, label_of_line
from tests.conftest import claims_of_text

BODY = "\n\nThe shooting happened on Friday night, and the investigation goes on."


def _tolls(pipeline, headline: str) -> list[tuple[str, float | None, str | None]]:
    """The killed and injured counts read in ``headline`` (over a neutral
    body): kind, figure and source."""
    claims = claims_of_text(pipeline, headline + BODY)
    return [
        (c.kind.value, c.value.written, c.source)
        for c in claims
        if c.kind.value in ("killed", "injured") and c.evidence.start < len(headline)
    ]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # "Police: 18-year-old man shot and killed near N. 20th & Highland"
        ("Police: 24-year-old woman shot and killed near W. 31st & Elm", ("killed", 1, "Police")),
        ("Deputies: 19-year-old man shot and killed outside Lakeview bar", ("killed", 1, "Deputies")),
        # "Police: 23-year-old man shot, injured near Richards & Meinecke"
        ("Police: 31-year-old man shot, injured near Cedar & Vine", ("injured", 1, "Police")),
        ("MPD: 40-year-old man shot, injured near 17th & Walnut", ("injured", 1, "MPD")),
        # "Cops: Queens Woman Killed In Hit-And-Run" (ECB+ 13_3)
        ("Cops: Queens Woman Killed In Hit-And-Run", ("killed", 1, "Cops")),
        # "Police: 7-year-old girl dies after shooting in Salisbury"
        ("Police: 9-year-old boy dies after shooting in Millbrook", ("killed", 1, "Police")),
        (
            "Harlan County sheriff: 6-year-old girl dies after shooting at home",
            ("killed", 1, "Harlan County sheriff"),
        ),
        ("Sheriff's Office: Two men killed in shooting near Dover", ("killed", 2, "Sheriff's Office")),
        # a tag names no source
        ("UPDATE: Two dead in Lakeport murder-suicide", ("killed", 2, None)),
        ("BREAKING: Three killed in shooting at Lakeport bar", ("killed", 3, None)),
    ],
)
def test_the_headline_after_a_label_keeps_its_toll(pipeline, headline, expected):
    assert expected in _tolls(pipeline, headline)


def test_a_reporting_verb_after_a_tag_names_the_source(pipeline):
    """ "NEW INFORMATION: Police say ...": the verb's subject is the source."""
    tolls = _tolls(pipeline, "NEW INFORMATION: Police say mother fatally shot her 2 children")
    assert tolls and all(source == "Police" for _, _, source in tolls)


def test_a_place_in_the_label_is_no_claim_of_the_label(pipeline):
    """ "Naples police: Teen shot ...": Naples is no statement of Naples police."""
    claims = claims_of_text(pipeline, "Dayton police: Teen shot in head at Riverside Mall" + BODY)
    dayton = [c for c in claims if c.kind.value == "location" and c.evidence.text == "Dayton"]
    assert dayton and all(c.source is None for c in dayton)


@pytest.mark.parametrize(
    ("line", "label", "names_source"),
    [
        ("Police: Two dead, 14 homes burned", "Police", True),
        ("Akron police: Four people shot in the head, killed", "Akron police", True),
        ("Marion Co. Sheriff: Armed man shot at home", "Marion Co. Sheriff", True),
        ("Sheriff office: Man found in ditch was shot", "Sheriff office", True),
        ("Connecticut State Police: 16-year-old boy dies", "Connecticut State Police", True),
        ("NYPD: Man shot his family, killing 3", "NYPD", True),
        ("BNPB: Eight dead, 1,027 houses damaged", "BNPB", True),
        ("Officials: 5 killed in blast", "Officials", True),
        ("Coroner: Man, 34, shot dead in Elm Park", "Coroner", True),
        ("Report: Woman, son in Roundup murder-suicide identified", "Report", True),
        ("UPDATE: Three dead in Lakeport murder-suicide", "UPDATE", False),
        ("VIDEO: Baby shot in act of road rage", "VIDEO", False),
        ("The Latest: Mayor issues police shooting statement", "The Latest", False),
        ("NEW INFORMATION: Suspect in critical condition", "NEW INFORMATION", False),
    ],
)
def test_a_label_is_read(line, label, names_source):
    found = label_of_line(line)
    assert found is not None
    assert (found.text, found.names_source) == (label, names_source)
    assert line[found.story :].strip() == line.split(": ", 1)[1]


@pytest.mark.parametrize(
    "line",
    [
        "Manhunt: what we know",
        "Quake death toll: 12",
        "Kraft Shooting: Yvonne Hiller Charged With Two Counts Of Murder",  # ECB+ 27
        "Mayor: 'We will rebuild'",
        'Police: "We found him in the car"',
        "Tulsa: Man shot outside store",
        "MORENO VALLEY: Man stable after shooting",
        "FILE: 3-year-old child shot and killed in Hamilton",
        "Box office: Thriller tops the weekend",
        "Death on Division: Police confirm victim's death",
        "Police said at 10:30 that two were hurt",
        "Police were called to the home: two were hurt",
    ],
)
def test_a_colon_that_is_no_label(line):
    assert label_of_line(line) is None


def test_a_label_opens_a_headline_line_only():
    """The text's first line, or a line with no full stop: not a paragraph."""
    text = (
        "Police: Two men shot near Elm & Vine\n\n"
        "Police: The two men were taken to hospital.\n\n"
        "UPDATE: Both men are in stable condition\n"
    )
    assert [label.text for label in headline_labels(text)] == ["Police", "UPDATE"]
