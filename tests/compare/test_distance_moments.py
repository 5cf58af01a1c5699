"""One moving person's two distances in one report (recall14 r14_10 shape):
"in a ground blind about 150 to 200 yards from Green" is where he stood,
"about 70 to 80 yards from Green when he shot" where he was at the shot.
Distances of two moments are two facts: never one report's contradiction,
and a distance of the other report is set against the one of its own
moment first (``moment`` of the details, rules/units.yaml).  Sentences
invented in the patterns of hunting-accident reports."""

from __future__ import annotations

import pytest

from reportcheck.api import compare_reports
from reportcheck.extract.quantities.component import distance_moment
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Status

from ..conftest import claim_quoting

STOOD = (
    "Officers said Harlan Voss was hunting from a ground blind about 150 to 200 yards"
    " from Mara Quill and did not see her."
)
SHOT = (
    "Officers said Voss crept toward the decoys and was about 70 to 80 yards from Mara Quill when he fired."
)


@pytest.mark.parametrize(
    ("after", "moment"),
    [
        (" from the clerk when he was shot, according to police.", "shot"),
        (" from the deer stand when he pulled the trigger.", "shot"),
        (" away from the shooter at the time of the shooting.", "shot"),
        (" from where the gunman fired, police said.", "shot"),
        (" from the cabin and did not know she was there.", None),
        (" from the house, police said.", None),
    ],
)
def test_the_moment_a_distance_is_told_at(after, moment):
    assert distance_moment(after) == moment


def test_the_moments_are_read_on_the_claims(pipeline):
    stood = claim_quoting(pipeline, STOOD, "distance", "150 to 200 yards")
    shot = claim_quoting(pipeline, SHOT, "distance", "70 to 80 yards")
    assert (stood.quantity.moment, shot.quantity.moment) == (None, "shot")
    assert stood.frame.measure == shot.frame.measure  # one anchor: only the moment tells them apart


def _distances(*texts: str):
    comparison = compare_reports([load_text(t) for t in texts], same_incident=True, min_confidence=0)
    return [f for f in comparison.findings if f.kind is ClaimKind.distance]


def test_two_moments_of_one_report_are_no_internal_conflict(pipeline):
    found = _distances(f"{STOOD} {SHOT}", "Voss, 48, of Easton was charged on Monday.")
    assert not any(f.internal for f in found)
    assert sorted(len(f.claims) for f in found) == [1, 1]


def test_one_moment_told_twice_in_one_report_still_conflicts(pipeline):
    """Negative: two distances at the shot in one report are its contradiction."""
    other = "Voss was about 120 yards from Mara Quill when he fired, the warden said."
    found = _distances(f"{SHOT} {other}", "Voss, 48, of Easton was charged on Monday.")
    assert any(f.internal and f.status in (Status.conflict, Status.possible_conflict) for f in found)


def test_the_other_reports_distance_meets_the_one_of_its_moment(pipeline):
    """Report 2's 90 yards at the shot is set against report 1's 70 to 80 at
    the shot, not agreed away by report 1's blind, which lay 90 yards off."""
    blind = STOOD.replace("150 to 200 yards", "90 yards")
    other = "Voss was about 90 yards from Mara Quill when he fired, the warden said."
    found = _distances(f"{blind} {SHOT}", other)
    paired = [f for f in found if len({c.report for c in f.claims}) == 2]
    assert len(paired) == 1
    assert {c.quantity.moment for c in paired[0].claims} == {"shot"}
    assert paired[0].status in (Status.conflict, Status.possible_conflict)
