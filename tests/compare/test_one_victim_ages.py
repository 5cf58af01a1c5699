"""Two reports that each tell of one victim tell the same person's age:
"The victim was 19" against "a 22-year-old man was shot and killed" is a
conflict, whichever noun or description each report gives the victim
("the victim, a 24-year-old woman", "identified as a 41-year-old man",
"the man who died was 38") and though a headline counts "a fatal
shooting" (one or more).  A report of two victims keeps them apart; a
hedged age ("in his 20s") holds the other's.  Invented sentences after US
shooting reports."""

from __future__ import annotations

from reportcheck.models import Status

from ..conftest import age_pairs

KILLED = "A man was shot and killed on Alder Street on Friday night, police said. "
FATAL = "Police investigate fatal shooting on Alder Street\n\n"


def test_the_victim_was_19_against_a_22_year_old_man_killed():
    a = KILLED + "The victim was 19. Officers found him in a parked car."
    b = FATAL + "A 22-year-old man was shot and killed on Alder Street on Friday night."
    assert ([19.0], [22.0], Status.conflict) in age_pairs(a, b)


def test_a_description_tied_to_the_victim_meets_the_other_reports_victim():
    a = "A woman was shot and killed outside a bar on Fremont Avenue early Sunday. "
    a += "The victim, a 24-year-old woman, died at the scene."
    b = "A 27-year-old woman was fatally shot outside a bar on Fremont Avenue early Sunday, deputies said."
    assert ([24.0], [27.0], Status.conflict) in age_pairs(a, b)


def test_the_victim_identified_as_against_the_man_who_died():
    a = KILLED + "Police identified the victim as a 41-year-old man."
    b = "A man was shot dead on Alder Street on Friday night. The man who died was 38, police said."
    assert ([41.0], [38.0], Status.conflict) in age_pairs(a, b)


def test_two_victims_in_one_report_are_not_the_other_reports_one():
    a = "A 22-year-old man was killed and a 30-year-old man was wounded on Alder Street on Friday night."
    b = KILLED + "The victim, 24, died at the scene."
    assert all(not (x and y) for x, y, _ in age_pairs(a, b))


def test_a_hedged_age_holds_the_other_reports():
    a = KILLED + "The victim was a man in his 20s."
    b = FATAL + "A 22-year-old man was shot and killed on Alder Street on Friday night."
    assert ([20.0], [22.0], Status.compatible) in age_pairs(a, b)
    older = FATAL + "A 32-year-old man was shot and killed on Alder Street on Friday night."
    assert ([20.0], [32.0], Status.conflict) in age_pairs(a, older)


def test_the_victims_age_is_never_the_suspects():
    a = KILLED + "The victim was 19. A 25-year-old man was arrested at the scene."
    b = KILLED + "The suspect, a 27-year-old man, was taken into custody."
    assert all(not (x and y) for x, y, _ in age_pairs(a, b) if 19.0 in x)
