"""One person told by a role in one report and by a description tied to
that role in the other ("The driver, a 67-year-old man" against "the
69-year-old driver"; "A man in his 50s was detained" against "The suspect,
a man aged 49") has one age, set against the other's.  A victim's age is
never set against a suspect's.  Invented sentences after crash and
stabbing reports."""

from __future__ import annotations

from reportcheck.models import Status

from ..conftest import age_pairs

KNIFE = "Three people were hurt in a knife attack on Parnell Street in Dublin on Thursday. "
STABBING = "A man was stabbed on Parnell Street in Dublin on Thursday. "
CRASH = "A car mounted the pavement on Hay Street in Perth on Friday evening, injuring three people. "


def test_the_driver_told_by_a_description_meets_the_driver():
    a = CRASH + "The driver, a 67-year-old man, stopped at the scene and is helping police."
    b = CRASH + "The 69-year-old driver remained at the scene."
    assert ([67.0], [69.0], Status.conflict) in age_pairs(a, b)


def test_the_suspect_told_by_a_description_meets_the_man_detained():
    a = KNIFE + "A man in his 50s was detained at the scene."
    b = KNIFE + "The suspect, a man aged 49, was arrested."
    pairs = age_pairs(a, b)
    assert any(x == [50.0] and y == [49.0] and s is Status.conflict for x, y, s in pairs)


def test_a_victims_age_is_never_set_against_a_suspects():
    a = STABBING + "The 49-year-old victim died in hospital."
    b = STABBING + "The suspect, a 52-year-old man, was arrested."
    assert all(not (x and y) for x, y, _ in age_pairs(a, b))


def test_the_suspect_told_by_a_description_meets_the_same_age_of_no_role():
    """ "A 61-year-old man surrendered to police" tells no role, so it may be
    the suspect the other report ties the age to; the ages agree."""
    shop = "A gunman opened fire at a warehouse office in Vancouver on Friday afternoon. "
    a = shop + "The suspect, a 61-year-old man, walked into the office and fired."
    b = shop + "A 61-year-old man surrendered to officers shortly after 6 p.m."
    assert ([61.0], [61.0], Status.agree) in age_pairs(a, b)


def test_a_driver_hurt_is_the_driver_of_the_other_report():
    """One driver is one person whatever the verb makes them: "The driver, a
    44-year-old Austrian, was slightly hurt" (a victim by the verb) meets "the
    48-year-old driver" of the other report."""
    coach = "A coach carrying tourists overturned on a road near Lienz on Monday, injuring 19 people. "
    a = coach + "The driver, a 44-year-old Austrian, was slightly hurt and was questioned by police."
    b = coach + "The 48-year-old driver told investigators the brakes had failed."
    found = [(x, y, s) for x, y, s in age_pairs(a, b, min_confidence=0) if x and y]
    assert found and found[0][:2] == ([44.0], [48.0])
    assert found[0][2] in (Status.conflict, Status.possible_conflict)
