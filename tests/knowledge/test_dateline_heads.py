"""Which dates open a wire dateline (knowledge/datelines.py
``dateline_date_at``): a town in capitals before the date whatever follows,
or a regional wire's town in Title Case whose date its agency's credit or a
dash closes.  The shapes are those of Indian, Bangladeshi, Ghanaian and
Nigerian agency copy (PTI, IANS, UNB, GNA, NAN) with invented towns; the
near-misses are the shapes of page stamps and sentences met in the corpora
("On Tuesday, October 25 at 8:33 p.m.", "Updated Wednesday, Jan 5 at 5:53
PM", a name and a date "..., July 24")."""

from __future__ import annotations

import pytest

from reportcheck.knowledge.datelines import dateline_date_at


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Rampura (Jharkhand), ", " (IANS) Six pilgrims"),
        ("Belpur, ", " (PTI) Twelve people"),
        ("Koranda, ", ", GNA - Five persons"),
        ("Sitalpur, ", " (UNB) - Five people"),
        ("Navapur, ", " -"),
        ("Belpur/Koranda/Navapur, ", " (IANS): Nine passengers"),
        ("KORANDA, ", " (Reuters) -"),
        ("LIMA, Peru, ", " (Reuters) -"),
    ],
)
def test_a_dateline_date(before, after):
    assert dateline_date_at(before, after)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("On Tuesday, ", " at 8:33 p.m. a deputy"),
        ("Updated Wednesday, ", " at 5:53 PM"),
        ("Sunday, ", "-2005 at 16:12"),
        ("Sunday, ", " - The"),
        ("Former mayor Ravi Menon, ", ""),
        ("The shooting happened Friday, ", " around 7:30 p.m."),
        ("Police said, ", " -"),
        # a Title Case town with nothing that closes a dateline after its date
        ("Belpur, ", " was the day the bridge fell"),
    ],
)
def test_no_dateline_date(before, after):
    assert not dateline_date_at(before, after)
