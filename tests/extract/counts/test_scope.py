"""The scope of casualty counts, case by case from scope_cases.yaml: a part,
an increment (summed with the count it adds to), a figure for one of several
places, or the total (no scope)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ...conftest import claims_of_text

CASES = yaml.safe_load((Path(__file__).parent / "scope_cases.yaml").read_text(encoding="utf-8"))
CASUALTIES = {"killed", "injured", "missing", "arrested"}


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_scope(pipeline, case):
    claims = claims_of_text(pipeline, case["text"])
    got = sorted(
        (c.kind.value, c.value.low, c.evidence.text, c.frame.scope or "")
        for c in claims
        if c.kind.value in CASUALTIES
    )
    want = sorted((e["kind"], float(e["low"]), e["text"], e["scope"] or "") for e in case["expect"])
    assert got == want


@pytest.mark.parametrize(
    ("text", "bearer"),
    [
        ("Eighteen people were killed in the crash. The dead included two pilots.", "pilot"),
        ("Three firemen were hurt when the wall fell.", "firefighter"),
        ("Three kids were hurt when the wall fell.", None),  # may be the "girls" of another report
        ("Twelve people died in the blast, including three firefighters.", "firefighter"),
        ("Two officers were wounded in the exchange of fire.", None),  # police words are synonyms
        ("Five people were wounded in the exchange of fire.", None),  # a total
    ],
)
def test_a_count_of_a_kind_of_people_carries_the_kind(pipeline, text, bearer):
    """ "two pilots" and "three nurses" are both workers; the bearer tells the kinds apart."""
    # sentences written for this test
    claims = claims_of_text(pipeline, text)
    kinds = [c.frame.bearer for c in claims if c.kind.value in CASUALTIES and c.value.low not in (12, 18)]
    assert kinds == [bearer]
