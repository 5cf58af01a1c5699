"""Tolls told by place, by day or kept apart, read from two reports' words
and weighed as such: a place's figure against the other report's figure for
the same place, a day's figure and a figure counted apart never against the
other report's toll."""

from __future__ import annotations

import pytest

from reportcheck.api import compare_reports
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Status


def _conflicts(first: str, second: str) -> list[tuple[float | None, ...]]:
    comparison = compare_reports([load_text(first), load_text(second)])
    return [
        tuple(sorted({c.value.low for c in f.claims}))
        for f in comparison.findings
        if f.status is Status.conflict and f.kind in (ClaimKind.killed, ClaimKind.injured)
    ]


def _report(headline: str, body: str) -> str:
    return f"{headline}\n\nMAPUTO (Reuters) - {body}\n"


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        # the same province's figures differ: a conflict of that place's share
        ("Nine people died in Manica province and four in Tete, the relief agency said.", [(4.0, 5.0)]),
        # ... a place's figure above the other report's figure for that place too
        ("Nine people died in Manica province and eight in Tete, the relief agency said.", [(5.0, 8.0)]),
        # ... and as many in each place agree
        ("Nine people died in Manica province and five in Tete, the relief agency said.", []),
    ],
)
def test_a_places_share_told_with_its_verb_left_out_meets_the_same_places_share(pipeline, other, expected):
    first = _report(
        "Floods kill 14 in Mozambique",
        "Floods have killed 14 people in central Mozambique this week. Nine people died in Manica province "
        "and five in Tete, the relief agency said on Monday.",
    )
    second = _report(
        "Mozambique flood toll at 14", f"Floods have killed 14 people in central Mozambique. {other}"
    )
    assert _conflicts(first, second) == expected


def test_a_figure_counted_apart_is_never_set_against_the_other_reports_toll(pipeline):
    first = _report(
        "Cyclone toll reaches 26",
        "The cyclone's toll stands at 26, officials said on Friday. Four people killed in a mudslide "
        "near the border are counted separately.",
    )
    second = _report("Cyclone kills 26", "The cyclone has killed 26 people, officials said on Friday.")
    assert _conflicts(first, second) == []
    # ... while the toll itself is still weighed
    third = _report("Cyclone kills 22", "The cyclone has killed 22 people, officials said on Friday.")
    assert _conflicts(first, third) == [(22.0, 26.0)]


def test_a_days_figure_beside_the_weeks_toll_is_no_toll(pipeline):
    first = _report(
        "Rains kill 23 this week",
        "Heavy rains have killed 23 people across the country this week, officials said. Six people drowned "
        "on Tuesday when a boat capsized on the Zambezi.",
    )
    second = _report("Rains leave 23 dead", "Twenty-three people have died in heavy rains, officials said.")
    assert _conflicts(first, second) == []


def test_a_places_share_told_as_some_of_the_toll_meets_the_same_places_share(pipeline):
    first = _report(
        "Shelling kills 11",
        "Army shelling killed 11 civilians in Hama province on Sunday, nine of them in Kafr Zita, "
        "a monitor said.",
    )
    # ... the same town's figures differ: a conflict of that town's share, beside the totals'
    second = _report(
        "Shelling kills 13",
        "Army shelling killed 13 civilians in Hama province on Sunday, six of them in Kafr Zita, "
        "a monitor said.",
    )
    assert (6.0, 9.0) in _conflicts(first, second)
    # ... and as many in that town is no conflict of the town's share, only of the totals
    third = second.replace("six of them", "nine of them")
    assert all(9.0 not in found for found in _conflicts(first, third))
