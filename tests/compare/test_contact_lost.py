"""The time contact with an aircraft or a vessel was lost is one moment of
the story (``single_moments`` of rules/events.yaml): two reports' clocks of
it conflict, and neither is set against the other's time of the crash,
which may come later.  Invented sentences in the forms air and sea copy
uses (genre56b 08: "air traffic control lost contact with it at 09:35
hours" / "it lost contact with air traffic control at 11:35 local time")."""

from __future__ import annotations

from reportcheck.models import ClaimKind, Status
from tests.conftest import findings_of


def _time_statuses(first: str, second: str) -> list[tuple[Status, list[str]]]:
    return [
        (f.status, sorted(c.evidence.text for c in f.claims))
        for f in findings_of(first, second)
        if f.claims and f.claims[0].kind is ClaimKind.time and len({c.report for c in f.claims}) == 2
    ]


def test_two_clocks_of_contact_lost_conflict(pipeline):
    a = (
        "A light plane crashed in the Selwa wetlands on Thursday. The aircraft took off from Rundu "
        "airport and air traffic control lost contact with the plane at 08:50 hours, police said."
    )
    b = (
        "Five people died when a charter plane crashed in the Selwa wetlands. The Cessna was "
        "carrying four tourists when it lost contact with air traffic control at 10:50 local time."
    )
    assert (Status.conflict, ["08:50", "10:50 local time"]) in _time_statuses(a, b)


def test_contact_lost_is_not_the_crash_time(pipeline):
    a = "A helicopter crashed near Varro on Monday. Radar contact with the helicopter was lost at 2:10 p.m."
    b = "A helicopter crashed near Varro on Monday. The helicopter crashed at 2:55 p.m., officials said."
    found = _time_statuses(a, b)
    assert not [s for s, _ in found if s in (Status.conflict, Status.possible_conflict)], found
