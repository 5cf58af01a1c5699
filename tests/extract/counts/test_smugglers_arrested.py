"""The people arrested after a migrant boat sinks or a trafficking ring is
broken are most often told as "smugglers" or "traffickers" ("The coast
guard arrested three suspected smugglers"; "Two suspected smugglers were
arrested"), the suspects of such a story as "gunmen" are a shooting's: the
nouns are attackers' (``attackers`` of rules/counts.yaml), so the figure is
the report's count of people arrested, set against the other report's.  The
same nouns with no figure of an arrest ("boats supplied by smugglers") count
no one.  Sentences written for this test in the shapes wire copy uses
(genre57a 18 tells the first two)."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text

ARRESTED = [
    ("The coast guard arrested three suspected smugglers, Egyptian nationals aged 19, 23 and 31.", 3),
    ("Two suspected smugglers were arrested after survivors identified them.", 2),
    ("Police detained four traffickers at a checkpoint near the border on Sunday.", 4),
    ("Five alleged traffickers were arrested in the port of Kalamata on Tuesday.", 5),
]


@pytest.mark.parametrize(("text", "low"), ARRESTED, ids=[c[0][:48] for c in ARRESTED])
def test_smugglers_arrested_are_counted_as_arrested(pipeline, text, low):
    claims = claims_of_text(pipeline, text)
    arrested = [c for c in claims if c.kind.value == "arrested"]
    assert [c.value.low for c in arrested] == [low], [
        (c.kind.value, c.value.low, c.evidence.text) for c in claims
    ]
    assert arrested[0].count.group == "attackers"


NO_ARREST = [
    "Migrants often cross in flimsy and overcrowded boats supplied by smugglers.",
    "The survivors told investigators they had paid the traffickers 3,000 euros each.",
    "Police are questioning survivors in an attempt to identify the smugglers.",
]


@pytest.mark.parametrize("text", NO_ARREST, ids=[c[:48] for c in NO_ARREST])
def test_smugglers_with_no_arrest_count_no_one(pipeline, text):
    claims = claims_of_text(pipeline, text)
    assert not [c for c in claims if c.kind.value in ("arrested", "killed", "injured", "missing")], [
        (c.kind.value, c.value.low, c.evidence.text) for c in claims
    ]
