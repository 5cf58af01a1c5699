"""A toll told before a later death, plus that death (reportcheck.compare.running).

Local stories updated in place keep their first toll and add the death that
came after it: "One man is dead and two others were injured ... Two others
were taken to Regional One in critical condition; one later died at the
hospital" (genre26 us01; invented reports in that shape)."""

from __future__ import annotations

import pytest

from reportcheck.api import compare_reports, extract_report
from reportcheck.load import load_text
from reportcheck.models import Status

UPDATED = (
    "One man is dead and two others were injured after a shooting outside a nightclub on "
    "Winchester Road early Sunday, police said. Two others were taken to Regional One in critical "
    "condition; {later}, police said."
)
OTHER = (
    "Two men died and a third was wounded in a shooting outside a nightclub on Winchester Road early Sunday."
)


@pytest.mark.parametrize("later", ["one later died at the hospital", "one of them has since died"])
def test_a_later_death_the_report_tells_is_read(later):
    claims = extract_report(load_text(UPDATED.format(later=later)), 0).claims
    marked = [c for c in claims if c.kind.value == "killed" and c.count.later_death]
    assert [c.value.low for c in marked] == [1], [(c.evidence.text, c.count.later_death) for c in claims]
    first = [c for c in claims if c.kind.value == "killed" and c.evidence.text == "One man"]
    assert first and not first[0].count.later_death


@pytest.mark.parametrize("later", ["one later died at the hospital", "one of them has since died"])
def test_the_first_toll_and_a_later_death_are_the_other_reports_sum(later):
    found = compare_reports([load_text(UPDATED.format(later=later)), load_text(OTHER)], min_confidence=0.0)
    killed = [f for f in found.findings if f.kind.value == "killed"]
    assert not [f for f in killed if f.status in (Status.conflict, Status.possible_conflict)], [
        (f.status, f.explanation) for f in killed
    ]
    assert any(f.status is Status.compatible and "died later" in f.explanation for f in killed)


def test_a_toll_that_already_holds_the_later_death_still_conflicts():
    """Negative: "Two people died. One was killed at the scene; the other later
    died" tells a toll of two that holds the later death; three elsewhere is a
    conflict, not two plus one."""
    first = load_text(
        "Two people died in a shooting outside a nightclub on Winchester Road early Sunday, police "
        "said. One was killed at the scene and another man later died at the hospital."
    )
    other = load_text(
        "Three people died in a shooting outside a nightclub on Winchester Road early Sunday, police said."
    )
    found = compare_reports([first, other], min_confidence=0.0).findings
    killed = [f for f in found if f.kind.value == "killed"]
    assert any(f.status in (Status.conflict, Status.possible_conflict) for f in killed), [
        (f.status, f.explanation) for f in killed
    ]
    assert not any("died later" in f.explanation for f in killed)
