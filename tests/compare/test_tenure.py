"""Years of service are set against the same person's years only
(extract/counts/generic.py, align's person scopes for tenure).

Written after ECB+ topic 22 (the Kraft plant shooting, CC BY 3.0): one
outlet has "the fifteen-year employee, 43-year-old Yvonne Hiller, was
suspended", another "Yvonne Hiller, was suspended from her job at Kraft,
where she'd worked for 15 years"; and after police-shooting reports that
give an officer's years on the force beside a victim's years at work
("a 12-year veteran of the department", "has been with the department for
15 years").  Names, places and figures are varied."""

from __future__ import annotations

from tests.conftest import measure_findings


def _tenures(*texts: str) -> list[tuple[str, list[str]]]:
    return measure_findings("years employed", *texts)


TWO_PEOPLE = (
    "OAKDALE, Calif. -- A store clerk was shot and killed Tuesday during a robbery, police said. "
    "The clerk, Ramon Diaz, 45, had worked at the store for nine years, his brother said. "
    "Officer Dana Webb, a 12-year veteran of the department, fired at the robber."
)


def test_one_officers_years_told_two_ways_conflict():
    other = (
        "OAKDALE, Calif. -- A store clerk was shot and killed Tuesday during a robbery, police said. "
        "Officer Dana Webb, who has been with the department for 15 years, fired at the robber."
    )
    assert _tenures(TWO_PEOPLE, other) == [
        ("conflict", ["12-year", "15 years"]),
        ("only_in_one", ["nine years"]),
    ]


def test_the_clerks_years_never_meet_the_officers():
    """Each report names two people's years: only the same person's are set side by side."""
    other = (
        "OAKDALE, Calif. -- A store clerk was shot and killed Tuesday during a robbery, police said. "
        "Ramon Diaz had been employed at the store for six years. "
        "Officer Dana Webb fired at the robber. Webb, a 12-year veteran, was placed on leave."
    )
    tenures = _tenures(TWO_PEOPLE, other)
    assert ("conflict", ["nine years", "six years"]) in tenures
    assert ("agree", ["12-year", "12-year"]) in tenures
    assert not [t for t in tenures if t[0] != "agree" and "12-year" in t[1] and len(t[1]) > 1]


def test_the_one_employee_named_in_one_report_and_she_in_the_other_agree():
    """Each report gives one person's years; one names her, the other says "she"."""
    first = (
        "CHICAGO -- Two people were killed in a shooting at a plant on Friday. "
        "Authorities say the shooting began after the fifteen-year employee, 43-year-old Lena Marsh, "
        "was suspended."
    )
    second = (
        "CHICAGO -- Two people were killed in a shooting at a plant on Friday. "
        "The shooting happened moments after the employee, Lena Marsh, was suspended from her job, "
        "where she had worked for 15 years."
    )
    assert _tenures(first, second) == [("agree", ["15 years", "fifteen-year"])]


def test_two_people_named_apart_are_not_one_tenure():
    """One report's one figure is Marsh's, the other's is another worker's."""
    first = (
        "CHICAGO -- Two people were killed in a shooting at a plant on Friday. "
        "The gunman, Lena Marsh, was a fifteen-year employee."
    )
    second = (
        "CHICAGO -- Two people were killed in a shooting at a plant on Friday. "
        "One of the dead, Tom Ferris, had worked at the plant for 30 years."
    )
    assert ("conflict", ["30 years", "fifteen-year"]) not in _tenures(first, second)


def test_he_is_the_one_man_whose_years_the_other_report_gives():
    """ "He was a 15-year veteran" after a sentence naming someone else: the
    pronoun is the one man whose years the other report tells, not the woman
    whose years it also tells (ECB+ topic 16's pattern, varied)."""
    first = (
        "LAKEWOOD, Calif. -- A sheriff's deputy was shot and killed Friday outside a home, authorities said. "
        "Deputy Paul Vega had gone to the home to speak to a witness, Undersheriff Sam Hale said. "
        "The deputy, who was married last year, is survived by his wife, Hale said. "
        "He was a 15-year veteran of the department."
    )
    second = (
        "LAKEWOOD, Calif. -- A sheriff's deputy was shot and killed Friday outside a home, authorities said. "
        "Vega, 35, a 16-year veteran of the department, had hoped to become a detective. "
        "A neighbor, Mrs. Ann Ruiz, a 20-year county employee, found him on her porch."
    )
    tenures = _tenures(first, second)
    assert ("conflict", ["15-year", "16-year"]) in tenures
    assert not [t for t in tenures if "20-year" in t[1] and len(t[1]) > 1]
