"""A wire dateline run into the story's first sentence does not cost it its toll.

Parsed with the dateline, the small model took the victim's name for the
city's apposition ("RIVERTON, Utah - Jane Doe, 22, was shot": "Doe" an appos
of "RIVERTON", the city the subject of "shot") or the dateline for the
subject of the story's verb, and the lede's count was lost, though the same
sentence without the dateline gives it.  The story is parsed apart from the
dateline and the dateline hung on it again (extract/core/lines.py), so the
report keeps one sentence there.  Sentences are invented; the forms are the
corpora's ("APOPKA, Fla. - Name, 16, ...", "NAPLES, Fla.- A 17-year-old died after
being shot ...").
"""

from __future__ import annotations

import pytest

from reportcheck.extract.core.lines import dateline_story_start
from tests.conftest import claims_of_text


def _counts(pipeline, text: str) -> list[tuple[str, str]]:
    return [
        (c.kind.value, c.evidence.text)
        for c in claims_of_text(pipeline, text)
        if c.kind.value in ("killed", "injured")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "RIVERTON, Utah - Jane Doe, 22, was shot and wounded "
            "on Elm Street on Saturday night, police said.",
            ("injured", "Jane Doe"),
        ),
        (
            "RIVERTON, Utah -- Mary Ann Roe, 41, was shot and killed "
            "on Elm Street on Saturday night, police said.",
            ("killed", "Mary Ann Roe"),
        ),
        (
            "OAKDALE, Fla.- A 17-year-old died after being shot in the "
            "jaw while in a car at a mall, police said Tuesday.",
            ("killed", "A 17-year-old"),
        ),
        (
            "OAKDALE, Tenn. - A 3-year-old is recovering with non-life-threatening "
            "injuries after he shot himself in the hand Tuesday night.",
            ("injured", "A 3-year-old"),
        ),
    ],
)
def test_the_lede_after_a_dateline_keeps_its_count(pipeline, text, expected):
    assert expected in _counts(pipeline, text)


def test_the_dateline_stays_in_the_ledes_sentence(pipeline):
    text = "RIVERTON, Utah - Jane Doe, 22, was shot and wounded on Elm Street on Saturday night."
    doc = pipeline(text)
    assert len(list(doc.sents)) == 1
    assert doc[0].head == doc[0].sent.root  # the dateline hangs on the story's root
    claim = next(c for c in claims_of_text(pipeline, text) if c.kind.value == "injured")
    assert claim.evidence.sentence.startswith("RIVERTON, Utah - ")


@pytest.mark.parametrize(
    "text",
    [
        "RIVERTON, Utah -\nJane Doe, 22, was shot on Saturday.",  # a dateline on its own line
        "Police said Jane Doe, 22, was shot on Saturday.",  # no dateline
        "RIVERTON - - Jane Doe was shot.",  # the dash runs on into no story
    ],
)
def test_no_story_start_without_a_dateline_run_into_it(pipeline, text):
    assert dateline_story_start(pipeline.make_doc(text)) is None
