"""An age in brackets right after a name, as Irish, British and Indian
papers write it: "Declan Moran (34)", "Priya Nair (9)".  It is the
person's age as ", 34," would be.  A bracket holding a span of years, a
tally or a record after a name ("(1994-96)", "(2,110)", "(8-6)") is none,
nor a number written twice in words and figures ("Forty (40) persons"),
nor a figure after a name a preposition of place or source governs (a
toll's breakdown, "in Kano (12), Kaduna (8)"; "goals from Kelly Brennan (34)").
Invented sentences after such reports."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text


def _ages(pipeline, text):
    return [(c.subject, c.value.low) for c in claims_of_text(pipeline, text) if c.kind.value == "age"]


BRACKETED = [
    (
        "The victim, named locally as Fergal Quinlan (29), was pronounced dead at the scene.",
        ("person:quinlan", 29.0),
    ),
    ("Gardai said Ciaran Dolan (41) was arrested at a house in Ballyrowan.", ("person:dolan", 41.0)),
    (
        "Police said Mohan Lal Sharma (62) died on the way to the district hospital.",
        ("person:sharma", 62.0),
    ),
    ("Siobhan Kerrigan (7) was taken to Crumlin hospital with leg injuries.", ("person:kerrigan", 7.0)),
    ("Tributes were paid to Declan Moran (34) after the shooting in Carrowbeg.", ("person:moran", 34.0)),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETED, ids=[b[0][:40] for b in BRACKETED])
def test_an_age_in_brackets_after_a_name_is_the_person_s_age(pipeline, text, expected):
    assert expected in _ages(pipeline, text)


NOT_AGES = [
    "Coach Terrence Holloway (1994-96) led the side before the flood destroyed its ground.",
    "The striker passed Bernard Quayle (2,110) on the list before the stand collapsed.",
    "Forty (40) persons remain missing after the landslide in Barangay Tinago.",
    # a toll broken down by place, a minute of play after "from", a tally after a firm
    "The dead came from Ghotki (14), Sukkur (9) and Larkana (4) districts, officials said.",
    "Most of the victims were from Marbella Heights (6) and Old Quarry (3).",
    "Goals from Kelly Brennan (34) and Aoife Dunne (78) sealed the win before the stand collapsed.",
    "Police said Aldridge Holdings (34) and Venn Logistics (12) lost trucks in the blast.",
]


@pytest.mark.parametrize("text", NOT_AGES, ids=[t[:40] for t in NOT_AGES])
def test_a_bracketed_span_tally_or_figure_is_no_age(pipeline, text):
    assert _ages(pipeline, text) == []
