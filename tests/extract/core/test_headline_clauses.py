"""A headline of two clauses joined by a semicolon is one sentence, the headline.

"ST bus plunges into Ambenali ghat gorge; 12 dead": the parser cut about one
such headline in fifteen of the written sets after the semicolon, and the
toll after it stood in the report's second sentence, which no reader takes
for the headline, so its "12 dead" was never set against the lead's
"Eleven passengers were killed".  The clause after the semicolon is hung on
the one before (extract/core/lines.py).  The first three headlines are the
project's own written sets' (genre55a 02, genre56a 08, genre53b 01), each of
which the parser cut; a first line that ends with a full stop is a lead, and
is left as parsed.
"""

from __future__ import annotations

import pytest

from reportcheck.extract.core.lines import headline_clause_starts
from reportcheck.knowledge.title_case import in_headline
from tests.conftest import claims_of_text

BODY = "\n\nTARVIK -- Eleven passengers were killed on Tuesday, police said."


@pytest.mark.parametrize(
    ("headline", "kind", "figure"),
    [
        ("ST bus plunges into Ambenali ghat gorge; 12 dead", "killed", 12),
        ("Landslide kills five in northern Iran's Gilan province; three missing", "missing", 3),
        ("Selwyn slams east as hurricane makes landfall in St Thomas; four dead", "killed", 4),
        ("Lake-effect storm buries Buffalo area; 7 dead", "killed", 7),
    ],
)
def test_a_toll_after_a_headlines_semicolon_stands_in_the_headline(pipeline, headline, kind, figure):
    claims = [
        c
        for c in claims_of_text(pipeline, headline + BODY)
        if c.kind.value == kind and c.value.low == figure and c.evidence.start < len(headline)
    ]
    assert claims, headline
    assert all(in_headline(c.evidence) for c in claims)
    assert claims[0].evidence.sentence == headline


def test_a_lead_on_the_first_line_is_left_as_parsed(pipeline):
    from reportcheck.extract import run_pipeline

    text = "Two men were hurt in the crash; one of them was taken to hospital.\n\nPolice are investigating."
    doc = run_pipeline(pipeline, text)
    assert headline_clause_starts(doc) == []


def test_a_semicolon_below_the_headline_is_left_as_parsed(pipeline):
    from reportcheck.extract import run_pipeline

    text = "Bus crash near Tarvik\n\nTwo men were hurt in the crash; one of them was taken to hospital."
    doc = run_pipeline(pipeline, text)
    assert headline_clause_starts(doc) == []
