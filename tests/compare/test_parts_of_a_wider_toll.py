"""Figures for some of a wider toll, set against another report's: one
town's figure against the other report's figure for that town (never the
toll of several towns), bodies found since an earlier count and the missing
still missing against an earlier report's toll and missing (an update, not
a difference), a part larger than the other report's whole still a conflict.
Sentences written for these tests in the shapes wire reports use."""

from __future__ import annotations

import pytest

from reportcheck.api import compare_reports
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Status


def _conflicts(first: str, second: str, kind: ClaimKind = ClaimKind.killed) -> list[tuple[float | None, ...]]:
    comparison = compare_reports([load_text(first), load_text(second)])
    return sorted(
        tuple(sorted({c.value.low for c in f.claims}))
        for f in comparison.findings
        if f.status is Status.conflict and f.kind is kind
    )


def _report(headline: str, body: str) -> str:
    return f"{headline}\n\nIDLIB, Syria (AFP) - {body}\n"


@pytest.mark.parametrize(
    ("kafranbel", "expected"),
    [
        # the same town's figures differ: a conflict of that town's share (and
        # of the tolls the towns' figures come to)
        (8, [(7.0, 8.0), (11.0, 12.0)]),
        # ... as many in the town agree, and the two-town toll meets no town's figure
        (7, []),
    ],
)
def test_a_towns_figure_meets_the_other_reports_figure_for_that_town(kafranbel, expected):
    first = _report(
        "Eleven dead in strikes on two Idlib towns",
        "Air strikes killed 11 people in two towns in Idlib province on Sunday, a monitor said. "
        "Seven people were killed in Kafranbel and four in Maarrat, the monitor said.",
    )
    second = _report(
        "Strikes hit Idlib towns",
        f"Air strikes killed {kafranbel} civilians in the rebel-held town of Kafranbel on Sunday, "
        "rescuers said. "
        f"The strikes also hit the nearby town of Maarrat, where four people died. "
        f"That brings the day's toll in the province to {kafranbel + 4}.",
    )
    assert _conflicts(first, second) == expected


def test_bodies_found_since_an_earlier_count_are_no_toll():
    first = _report(
        "Ferry sinks on Lake Tana",
        "At least 12 bodies had been recovered by Monday evening after a ferry capsized on Lake Tana, "
        "and about 50 people were missing, officials said.",
    )
    second = _report(
        "Ferry toll climbs",
        "Divers recovered 21 more bodies on Tuesday and Wednesday, officials said. "
        "Thirty people were still missing on Wednesday.",
    )
    # 21 bodies found since Monday against Monday's 12; 30 still missing of the 50
    assert _conflicts(first, second) == []
    assert _conflicts(first, second, ClaimKind.missing) == []


def test_more_still_missing_than_the_other_report_ever_missed_stays_a_conflict():
    first = _report(
        "Mudslide buries homes",
        "Ten people were missing after a mudslide buried homes in the village of Kora on Friday, "
        "police said.",
    )
    second = _report(
        "Mudslide search goes on",
        "Rescuers found two more bodies on Saturday, and 14 people were still missing, police said.",
    )
    assert _conflicts(first, second, ClaimKind.missing) == [(10.0, 14.0)]


def test_the_still_missing_of_a_report_of_no_new_finds_are_its_count_of_the_missing():
    first = _report(
        "Boat capsizes on Lake Kyoga",
        "At least 20 people drowned and more than 60 were missing after a boat capsized on Lake Kyoga, "
        "a district official said on Tuesday.",
    )
    second = _report(
        "Lake Kyoga boat toll",
        "Twenty bodies have been recovered and 45 people are still missing after the boat sank, "
        "the district said on Tuesday.",
    )
    # the same day's counts of the missing: a difference, not an update
    assert _conflicts(first, second, ClaimKind.missing) == [(45.0, 61.0)]  # "more than 60"


@pytest.mark.parametrize(
    ("national", "expected"),
    [
        # the nation's toll above the province's share: no difference,
        # whether the province's figure is read in the headline or the body
        (52, []),
        # a share larger than the other report's whole stays a conflict
        (19, [(19.0, 23.0)]),
    ],
)
def test_a_headlines_place_figure_is_that_places_share(national, expected):
    first = _report(
        f"Rains kill {national} across the country",
        f"Heavy rains have killed {national} people across the country since Friday, "
        "the disaster agency said.",
    )
    second = _report(
        "Toll in Halvan province climbs to 23 as rivers rise",
        "Flooding has killed 23 people in Halvan province since Friday, among them six in the city of Tesk, "
        "the provincial governor said.",
    )
    assert _conflicts(first, second) == expected
