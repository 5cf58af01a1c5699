"""Two reports' only figures of a toll, one told by a plain kind of people
("Two men were arrested", genre52a 14), the other by everyone ("Three people
were arrested"), are two whole counts that contradict each other, never a
part and its whole; and an arrest denied by its verb ("police have not made
any arrests", genre52b 14) is no one held yet, which a later arrest updates."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import compare_reports
from reportcheck.load import load_text

LEAD = "A 24-year-old man was stabbed to death outside a pub in Corbridge on Friday night, police said. "


def _statuses(a: str, b: str, kind: str) -> list[str]:
    reports = [load_text(LEAD + text, date=dt.date(2026, 5, 4)) for text in (a, b)]
    findings = compare_reports(reports, min_confidence=0.0).findings
    return [
        f.status.value for f in findings if f.kind.value == kind and len({c.report for c in f.claims}) == 2
    ]


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        # the arrested told by their sex, or age, against everyone held
        (
            "Two men, aged 22 and 31, were arrested on Saturday morning.",
            "Three people were arrested on Saturday in connection with the stabbing.",
            "conflict",
        ),
        (
            "Police arrested three teenagers on Saturday.",
            "Two people have been arrested, police said on Saturday.",
            "conflict",
        ),
        # the same figure: one set of people
        (
            "Two women were arrested on Saturday.",
            "Two people were arrested on Saturday in connection with the stabbing.",
            "agree",
        ),
        # beside a total of its own report the kind is a part
        (
            "Three people were arrested on Saturday. Two men were held at a house in Hexham.",
            "Three people were arrested on Saturday in connection with the stabbing.",
            "agree",
        ),
        # an arrest denied by its verb against an arrest: none yet, then one
        (
            "Police have not made any arrests in the stabbing.",
            "Two men were arrested on Saturday in connection with the stabbing.",
            "compatible",
        ),
        (
            "Detectives have yet to make an arrest.",
            "Officers arrested a 19-year-old man on Saturday.",
            "compatible",
        ),
    ],
)
def test_whole_counts_of_the_arrested(a, b, status):
    assert status in _statuses(a, b, "arrested")


def test_a_kind_of_people_told_beside_its_reports_total_stays_a_part():
    """ "Eleven people died ... eight of them miners" against "Eight miners
    were killed": the miners are some of the first report's dead."""
    a = "Eleven people died in a gas explosion at the Dalvek pit on Friday, eight of them miners."
    b = "Eight miners were killed in a gas explosion at the Dalvek pit on Friday, officials said."
    assert "conflict" not in _statuses(a, b, "killed")


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        # the recalled disaster's toll is another incident's: the lead's
        # miners stay the report's whole toll, set against the other's total
        (
            "Seven miners were killed in a gas explosion at the Dalvek pit on Friday, officials said. "
            "In 2019, an explosion at a mine in nearby Orsk killed 30 miners.",
            "The death toll from Friday's gas explosion at the Dalvek pit has risen to 10, officials said.",
            "conflict",
        ),
        (
            "Seven miners were killed in a gas explosion at the Dalvek pit on Friday, officials said. "
            "Three years ago, a fire at a colliery in the same valley left 12 workers dead.",
            "Ten people were killed in a gas explosion at the Dalvek pit on Friday, officials said.",
            "conflict",
        ),
        # ... while beside its own report's total the kind stays a part,
        # recalled disaster or not
        (
            "Ten people died in a gas explosion at the Dalvek pit on Friday, including seven miners. "
            "In 2019, an explosion at a mine in nearby Orsk killed 30 miners.",
            "Seven miners were killed in a gas explosion at the Dalvek pit on Friday, officials said.",
            "compatible",
        ),
        (
            "Ten people died in a gas explosion at the Dalvek pit on Friday. Among the dead were seven "
            "miners. Last year, a fire at a colliery in the same valley left 12 workers dead.",
            "Seven miners were killed in a gas explosion at the Dalvek pit on Friday, officials said.",
            "compatible",
        ),
    ],
)
def test_a_recalled_disasters_toll_leaves_the_whole_count_whole(a, b, status):
    """A lead whose own toll is told by the trade of its dead, then an older
    disaster recalled with its own toll (the shape of genre51b 14: "Eight
    miners were killed ... In October 2022, a firedamp explosion at a TTK
    mine in the nearby Amasra district ... killed 41 miners"; names and
    figures invented): the older toll is another incident's figure."""
    reports = [load_text(text, date=dt.date(2026, 5, 4)) for text in (a, b)]
    findings = compare_reports(reports, min_confidence=0.0).findings
    statuses = [
        f.status.value
        for f in findings
        if f.kind.value == "killed" and f.incident == "main" and len({c.report for c in f.claims}) == 2
    ]
    assert status in statuses, [(f.status.value, f.explanation) for f in findings if f.kind.value == "killed"]
    if status != "conflict":
        assert "conflict" not in statuses


def test_two_passengers_unaccounted_for_against_three_missing():
    """A ferry fire's only figure of the missing in each report (genre53b 06's
    shape, invented names): two passengers unaccounted for against three
    people missing is a count that changed, not a part of it."""
    a = "Two passengers remain unaccounted for after fire broke out on the ferry Kaimoana on Thursday."
    b = "Three people are missing after a fire broke out on the inter-island ferry Kaimoana on Thursday."
    reports = [load_text(text, date=dt.date(2026, 5, 4)) for text in (a, b)]
    findings = compare_reports(reports, min_confidence=0.0).findings
    assert "conflict" in [f.status.value for f in findings if f.kind.value == "missing"]


def _injured_statuses(a: str, b: str) -> tuple[list[str], list[tuple[str, str]]]:
    reports = [load_text(text, date=dt.date(2026, 5, 4)) for text in (a, b)]
    findings = compare_reports(reports, min_confidence=0.0).findings
    mine = [f for f in findings if f.kind.value == "injured" and len({c.report for c in f.claims}) == 2]
    return [f.status.value for f in mine], [(f.status.value, f.explanation) for f in mine]


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        # the figure told again with the condition of all of them
        # (genre57a 13's shape, invented names): still the report's whole toll
        (
            "A ferry ran aground off Kestri on Thursday evening, leaving six passengers injured, the "
            "coast guard said. Six passengers were lightly injured, mostly from falls.",
            "Seven people were injured when a ferry hit rocks off Kestri on Thursday, the coast guard said.",
            "conflict",
        ),
        (
            "Four workers were hurt when a scaffold collapsed in Oberfeld on Monday, police said. "
            "Four workers were seriously injured and taken to hospital in Linz.",
            "Three people were injured when a scaffold collapsed in Oberfeld on Monday, police said.",
            "conflict",
        ),
        # a share of another size, or of another kind, stays a part
        (
            "Six people were injured when a ferry ran aground off Kestri on Thursday. "
            "Two were seriously injured, the coast guard said.",
            "Seven people were injured when a ferry hit rocks off Kestri on Thursday, the coast guard said.",
            "conflict",
        ),
        (
            "Six passengers were injured when a ferry ran aground off Kestri on Thursday. "
            "Two passengers were seriously injured, the coast guard said.",
            "Seven people were injured when a ferry hit rocks off Kestri on Thursday, the coast guard said.",
            "compatible",
        ),
    ],
)
def test_a_toll_told_again_with_its_condition_stays_whole(a, b, status):
    """ "six passengers injured ... Six passengers were lightly injured": the
    second sentence tells the same people's condition, no share of a larger
    toll, so the six stay the report's whole count against another's seven.
    A condition share of another figure ("two seriously") still makes the
    kind's count a part."""
    statuses, seen = _injured_statuses(a, b)
    assert status in statuses, seen
    if status != "conflict":
        assert "conflict" not in statuses, seen
