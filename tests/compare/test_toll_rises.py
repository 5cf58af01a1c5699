"""A follow-up's toll told as risen by deaths it names (reportcheck.compare.running).

A later report gives the new toll and says what raised it: "The death toll
climbed to 11 on Wednesday after two more injured people died in hospital",
"one of the wounded died on Tuesday, bringing the toll to six", "A fourth
person has died".  The toll before those deaths (9; five; three) is then told
too, and another report's figure equal to it is that toll told before the
update, no conflict.  A figure equal to neither, and a rise told with no
cause ("the toll rose to 15"), stay conflicts (eval conventions, rule 4).
Invented reports in the shapes of wire follow-ups (genre27 04, 41)."""

from __future__ import annotations

import pytest

from reportcheck.api import compare_reports, extract_report
from reportcheck.load import load_text
from reportcheck.models import Status


@pytest.mark.parametrize(
    ("text", "rise"),
    [
        (
            "The death toll from Monday's landslide in Sindhupalchok rose to 14 on Thursday after three more "
            "of the injured died in hospital, officials said.",
            (11.0, 14.0),
        ),
        (
            "One of the wounded died at Mercy Hospital on Saturday, bringing the death toll to seven, "
            "police said.",
            (6.0, 7.0),
        ),
        (
            "A further two people died overnight, raising the death toll to 23, the provincial health "
            "office said.",
            (21.0, 23.0),
        ),
        (
            "A third victim has died after Friday's stabbing at the Oakridge mall, police said Sunday.",
            (2.0, 3.0),
        ),
    ],
)
def test_a_rise_told_with_its_deaths_tells_the_toll_before(text, rise):
    claims = extract_report(load_text(text), 0).claims
    rises = {c.count.toll_rise for c in claims if c.kind.value == "killed" and c.count.toll_rise}
    assert rises == {rise}, [(c.evidence.text, c.count.toll_rise) for c in claims if c.kind.value == "killed"]


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from the blast at the fertilizer depot rose to 15 on Friday, officials said.",
        "Two people were shot dead and the third victim died on the way to the hospital, police said.",
    ],
)
def test_a_rise_with_no_deaths_named_tells_no_earlier_toll(text):
    claims = extract_report(load_text(text), 0).claims
    assert not [c for c in claims if c.count is not None and c.count.toll_rise], [
        (c.evidence.text, c.count.toll_rise) for c in claims if c.kind.value == "killed"
    ]


EARLIER = (
    "KATHMANDU, Aug. 12 - A landslide buried a dozen homes in Sindhupalchok district on Monday, "
    "killing {toll} people and injuring 30 others, police said."
)
LATER = (
    "KATHMANDU, Aug. 14 - The death toll from Monday's landslide in Sindhupalchok district rose to 14 "
    "on Wednesday {cause}, officials said."
)


def _across(earlier: str, later: str, kind: str = "killed") -> list:
    """The findings of ``kind`` that set the two reports' figures against each other."""
    found = compare_reports([load_text(earlier), load_text(later)], min_confidence=0.0)
    return [f for f in found.findings if f.kind.value == kind and len({c.report for c in f.claims}) == 2]


def _conflicts(findings: list) -> list:
    return [f for f in findings if f.status in (Status.conflict, Status.possible_conflict)]


def test_the_other_reports_figure_is_the_toll_before_the_update():
    killed = _across(EARLIER.format(toll="11"), LATER.format(cause="after three more of the injured died"))
    assert not _conflicts(killed), [(f.status, f.explanation) for f in killed]
    assert any(f.status is Status.compatible and "an update" in f.explanation for f in killed), [
        (f.status, f.explanation) for f in killed
    ]


@pytest.mark.parametrize(
    ("toll", "cause"),
    [
        ("eight", "after three more of the injured died"),  # 14 - 3 is 11, not eight
        ("11", ""),  # a rise with no deaths named: rule 4's plain update, a conflict
    ],
)
def test_a_figure_the_update_does_not_explain_still_conflicts(toll, cause):
    killed = _across(EARLIER.format(toll=toll), LATER.format(cause=cause).replace("  ", " "))
    assert _conflicts(killed), [(f.status, f.explanation) for f in killed]
    assert not any("an update" in f.explanation for f in killed)


BAR_SHOOTING = (
    "Three people were killed and nine wounded when a gunman opened fire outside a bar on Elm Street "
    "late Friday, police said."
)
FOURTH_DEATH = (
    "A fourth person has died after Friday's shooting outside a bar on Elm Street, police said Sunday. "
)


def test_a_fourth_death_makes_the_other_reports_three_its_earlier_toll():
    killed = _across(BAR_SHOOTING, FOURTH_DEATH + "The death toll now stands at four.")
    assert not _conflicts(killed), [(f.status, f.explanation) for f in killed]


def test_the_wounded_who_died_since_are_counted_in_the_earlier_reports_wounded():
    """Three killed and nine wounded, then "A fourth person has died" and
    eight others wounded: the fourth was one of the nine."""
    injured = _across(
        BAR_SHOOTING, FOURTH_DEATH + "Eight other people were wounded, one of them critically.", "injured"
    )
    assert not _conflicts(injured), [(f.status, f.explanation) for f in injured]


def test_wounded_that_the_deaths_since_do_not_explain_still_conflict():
    injured = _across(
        BAR_SHOOTING, FOURTH_DEATH + "Six other people were wounded, one of them critically.", "injured"
    )
    assert _conflicts(injured), [(f.status, f.explanation) for f in injured]
