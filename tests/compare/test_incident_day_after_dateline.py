"""A day of the incident told after the page's own date of the same day.

A press release or a flash update dates itself on a line of its own
("Qarnah, 14 March 2026") and tells the attack's day later ("The strike took
place at about 9:00 on Saturday 14 March"); both are one day, folded into
one cluster. The day told of the attack speaks for that cluster, so the
other report's day of the attack ("on Sunday" under a dateline of March 16)
is set against it and a day apart with no late hour between them is a
conflict. The sentences are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import compare_reports
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Status

WIRE = (
    "QARNAH, March 16, 2026 (Gulf Wire) - A drone strike hit a wedding party in the village of "
    "Qarnah on Sunday, killing at least nine people, medical sources said.\n"
)


@pytest.mark.parametrize(
    ("release", "day_words"),
    [
        (
            "Qarnah, 14 March 2026\n\n"
            "Our clinic received 20 wounded people after a drone strike hit a wedding party in Qarnah.\n\n"
            "The strike took place at about 9:00 on Saturday 14 March, when guests had gathered.\n",
            "Saturday 14 March",
        ),
        (
            "Flash Update No. 2 (14 March 2026)\n\n"
            "On the morning of 14 March, a drone strike hit a wedding party in Qarnah village, "
            "reportedly killing eight people.\n",
            "14 March",
        ),
    ],
    ids=["a release's dateline, then the strike's day", "an update's date, then the strike's day"],
)
def test_the_attack_s_day_speaks_for_the_page_s_date(release, day_words):
    reports = [load_text(WIRE, date=dt.date(2026, 3, 16)), load_text(release, date=dt.date(2026, 3, 14))]
    findings = compare_reports(reports).findings
    conflicts = [
        f
        for f in findings
        if f.kind is ClaimKind.date and f.status in (Status.conflict, Status.possible_conflict)
    ]
    assert any(
        "Sunday" in {c.evidence.text for c in f.claims}
        and any(day_words in c.evidence.text for c in f.claims)
        for f in conflicts
    ), [(f.status.value, [c.evidence.text for c in f.claims]) for f in findings if f.kind is ClaimKind.date]
