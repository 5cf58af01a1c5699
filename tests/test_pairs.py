"""Two short invented reports compared end to end (tests/data/pair_cases.yaml).

Each case tests one rule of how reporters write through the extractor, the
subject alignment and the judge together: where a victim died, where the
weapon was, spellings of places and names, a place and its suburbs."""

from __future__ import annotations

import pytest
import yaml

from reportcheck.api import compare_extracted, extract_report
from reportcheck.load import load_text

from .conftest import DATA

CASES = yaml.safe_load((DATA / "pair_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["rule"] for c in CASES])
def test_pair(case):
    reports = [load_text(case[side]) for side in ("a", "b")]
    comparison = compare_extracted([extract_report(r, i) for i, r in enumerate(reports)])
    statuses = {
        f.status.value
        for f in comparison.findings
        if f.subject_label.startswith(case["subject"]) and f.status.value != "only_in_one"
    }
    found = [(f.status.value, f.subject_label) for f in comparison.findings]
    if case["expect"] == "none":
        assert not statuses, found
    else:
        assert statuses == {case["expect"]}, found
