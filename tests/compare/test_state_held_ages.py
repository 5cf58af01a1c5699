"""An unnamed person's age whose role only the sentence's place for them
tells ("was in custody", "taken to a hospital in critical condition") meets
the other report's holder of that role: the suspect it names, or its one
unnamed woman.  Invented reports in the shapes of a police release and a
newspaper's story of one shooting or fire (genre50a 13 and 01)."""

from __future__ import annotations

import datetime as dt

from reportcheck.api import compare_reports
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Status


def _age_conflicts(first: str, second: str) -> list[set[float | None]]:
    reports = [load_text(text, date=dt.date(2026, 3, 10)) for text in (first, second)]
    findings = compare_reports(reports).findings
    return [
        {c.value.low for c in f.claims}
        for f in findings
        if f.kind is ClaimKind.age and f.status in (Status.conflict, Status.possible_conflict)
    ]


SUSPECT_NAMED = (
    "Two men were wounded in a shooting outside Brookfield Mall on Saturday. Investigators identified "
    "the suspect as Dorian Whitcombe, 20, of Elmira. Officers located Whitcombe at an apartment and took "
    "him into custody."
)
SUSPECT_HELD = (
    "A 22-year-old man was in custody late Saturday after gunfire outside Brookfield Mall wounded two "
    "young men. Police said the suspect fled on foot."
)


def test_a_man_in_custody_is_the_suspect_the_other_report_names(pipeline):
    assert {20.0, 22.0} in _age_conflicts(SUSPECT_NAMED, SUSPECT_HELD)


WOMAN_RESCUED = (
    "A fire tore through an apartment building on Harlan Street on Tuesday. A 58-year-old woman was "
    "pulled from her apartment and taken to Riverside Medical Center in critical condition."
)
WOMAN_PATIENT = (
    "Crews fought a fire at an apartment building on Harlan Street on Tuesday. One patient, a "
    "85-year-old female, was carried from the second floor and transported to Riverside Medical Center "
    "in critical condition."
)


def test_the_one_woman_taken_to_hospital_is_the_other_reports_one_woman(pipeline):
    """The two women's ages, 58 and 85, are set against each other as one
    woman's (a possible conflict, so far apart), no longer two ages each
    only in one report."""
    assert {58.0, 85.0} in _age_conflicts(WOMAN_RESCUED, WOMAN_PATIENT)


def test_a_woman_in_custody_is_not_the_other_reports_woman_in_hospital(pipeline):
    """Near-miss: the suspect of one report and the victim of the other
    are two people, whatever their sexes and ages."""
    held = (
        "A fire tore through an apartment building on Harlan Street on Tuesday. A 58-year-old woman "
        "was in custody on Wednesday."
    )
    assert _age_conflicts(held, WOMAN_PATIENT) == []
