"""Count extraction, case by case from tests/extract/counts/count_cases.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ...conftest import claims_of_text

DATA = Path(__file__).parent  # the case files sit beside this module

CASES = yaml.safe_load((DATA / "count_cases.yaml").read_text(encoding="utf-8"))
COUNT_KINDS = {"killed", "injured", "missing", "arrested", "other_count"}


def claims_in(pipeline, sentence: str):
    """The casualty counts and known tallies of a sentence; the counts of other
    things ("count:boat", extract/counts/generic.py) are tested in test_generic.py."""
    claims = claims_of_text(pipeline, sentence)
    return [c for c in claims if c.kind.value in COUNT_KINDS and not c.subject.startswith("count:")]


@pytest.mark.parametrize("case", CASES, ids=[c["sentence"][:50] for c in CASES])
def test_counts(pipeline, case):
    claims = claims_in(pipeline, case["sentence"])
    got = sorted((c.kind.value, c.subject, c.value.low, c.value.high) for c in claims)
    want = sorted((e["kind"], e["subject"], e["low"], e["high"]) for e in case["expect"])
    assert got == want
    for expected in case["expect"]:
        alike = [c for c in claims if c.kind.value == expected["kind"] and c.subject == expected["subject"]]
        # the claim quoting the words (a share of a toll beside the toll: "including three children")
        claim = next((c for c in alike if expected["text"] in c.evidence.text), alike[0])
        assert expected["text"] in claim.evidence.text
        if "group" in expected:
            assert claim.count.group == expected["group"]
        if "hedge" in expected:
            assert expected["hedge"] in [h.text for h in claim.hedges]
