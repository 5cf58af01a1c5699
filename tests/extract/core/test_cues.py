"""Hedges, bounds and sources on claims (tests/extract/core/cue_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ...conftest import claims_of_text

DATA = Path(__file__).parent  # the case files sit beside this module

CASES = yaml.safe_load((DATA / "cue_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["sentence"][:50] for c in CASES])
def test_cues_and_source(pipeline, case):
    claims = claims_of_text(pipeline, case["sentence"])
    matching = [c for c in claims if case["claim"] in c.evidence.text]
    assert matching, [c.evidence.text for c in claims]
    claim = matching[0]
    assert sorted(h.cue for h in claim.hedges) == sorted(case["cues"])
    assert claim.source == case["source"]
