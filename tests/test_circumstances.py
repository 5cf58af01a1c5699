"""Where a victim died and where the weapon was (tests/data/circumstance_cases.yaml).

Each case compares two short invented reports end to end, so the extractor,
the subject alignment and the judge are tested together."""

from __future__ import annotations

import pytest
import yaml

from reportcheck.api import compare_extracted, extract_report
from reportcheck.load import load_text

from .conftest import DATA

CASES = yaml.safe_load((DATA / "circumstance_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["rule"] for c in CASES])
def test_circumstance(case):
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
