"""The one person each report ages, told with the two digits swapped.

Our own reports (invented names and places), after how wire and local copy
ages the one person it tells of, by a role's noun, by a plain noun or by
name: "The minibus driver, aged 34, is under police guard" against "the
driver of the minibus, aged 43, was among the survivors"; "A 67-year-old
woman was pulled from her flat" against "a 76-year-old female was removed";
"The deckhand, Cody Brandt, 23," against "A 32-year-old deckhand".  Where
each report ages that one person only, two ages whose digits are swapped
are a misprint of one age, not two people: a conflict.  Near misses: ages
not swapped (29 against 34, "in his 30s" against 34), a report that ages a
second person, two sexes, a suspect against a victim, a relative quoted.
"""

from __future__ import annotations

from tests.conftest import findings_of, flagged

DRIVER_A = (
    "KAMBURA -- Eleven people died when a minibus rammed a stalled lorry on the highway near Kambura "
    "on Saturday night, police said. The minibus driver, aged 34, is under police guard at the "
    "hospital, the county commander added."
)
DRIVER_B = (
    "KAMBURA -- Eleven passengers were killed on Saturday night when their minibus hit a broken-down "
    "lorry near Kambura. The county police commander said the driver of the minibus, aged 43, was "
    "among the survivors and would be questioned once he recovered."
)
WOMAN_A = (
    "COLTON -- Fire tore through an apartment building in Colton early on Tuesday. A 67-year-old woman "
    "was pulled from her apartment on the second floor and taken to hospital in critical condition, "
    "the fire chief said."
)
WOMAN_B = (
    "COLTON -- Firefighters battled a blaze at a Colton apartment block before dawn on Tuesday. One "
    "patient, a 76-year-old female, was removed from a second-floor apartment and transported to "
    "hospital in critical condition."
)
DECKHAND_A = (
    "BRIDGEPORT -- The Coast Guard suspended its search on Sunday for a towboat deckhand who fell "
    "overboard on the river near Bridgeport. The deckhand, Cody Brandt, 23, of Millford, fell from the "
    "head of a tow of barges at about 4:45 a.m. Saturday."
)
DECKHAND_B = (
    "BRIDGEPORT -- A 32-year-old towboat deckhand who went overboard on the river near Bridgeport "
    "before dawn on Saturday remained missing on Monday after the Coast Guard called off its search."
)


def _ages(*texts: str) -> list[tuple[str, list[float | None]]]:
    return [
        (f.status.value, sorted(c.value.low for c in f.claims)) for f in flagged(findings_of(*texts), "age")
    ]


def test_the_one_driver_each_report_ages_by_swapped_digits_is_one_misprinted_age():
    assert _ages(DRIVER_A, DRIVER_B) == [("conflict", [34, 43])]


def test_the_one_woman_each_report_ages_by_swapped_digits_is_a_conflict():
    assert _ages(WOMAN_A, WOMAN_B) == [("conflict", [67, 76])]


def test_a_name_and_a_role_aged_by_swapped_digits_are_one_person():
    assert _ages(DECKHAND_A, DECKHAND_B) == [("conflict", [23, 32])]


def test_ages_not_swapped_stay_apart():
    """29 against 34 is no misprint of one age: two ages left in their
    reports stay so, and "in his 30s" against 34 is no conflict at all."""
    assert _ages(DECKHAND_A, DECKHAND_B.replace("32-year-old", "29-year-old")) == []
    in_his_30s = DECKHAND_B.replace("A 32-year-old towboat deckhand", "A towboat deckhand in his 30s")
    assert _ages(DECKHAND_A.replace("23", "34"), in_his_30s) == []


def test_a_report_that_ages_a_second_person_keeps_them_apart():
    """ "A 76-year-old woman and a 40-year-old man were hurt": a report that
    ages two people may tell another person than the other report's one, so
    the two women's ages stay at most a possible conflict."""
    two = WOMAN_B.replace("in critical condition.", "in critical condition. A 40-year-old man was also hurt.")
    assert ("conflict", [67, 76]) not in _ages(WOMAN_A, two)
    two_dead = DECKHAND_B.replace(
        "A 32-year-old towboat deckhand", "A 32-year-old towboat deckhand and a 51-year-old pilot"
    )
    assert ("conflict", [23, 32]) not in _ages(DECKHAND_A, two_dead)


def test_a_child_aged_beside_the_grown_up_is_no_rival():
    """ "the teacher, Daniel Kiprop, 34" and "a 15-year-old herder" against
    "A 43-year-old teacher": the boy of 15 cannot be the teacher, so the
    teacher's swapped ages still conflict."""
    teacher_a = (
        "KAPSOWAR -- Bandits shot dead three people in a raid on a village near Kapsowar on Tuesday. The "
        "county commissioner said the teacher, Daniel Kiprop, 34, was shot as he tried to help his "
        "neighbours. A 15-year-old herder was also killed."
    )
    teacher_b = (
        "KAPSOWAR -- A 43-year-old teacher was among three people shot dead by bandits near Kapsowar early "
        "on Tuesday, police said."
    )
    assert ("conflict", [34, 43]) in _ages(teacher_a, teacher_b)


def test_a_suspect_and_a_victim_or_two_sexes_are_two_people():
    suspect = (
        "KAMBURA -- A 43-year-old man was arrested on Sunday over the killing of a shopkeeper in Kambura, "
        "police said."
    )
    victim = (
        "KAMBURA -- A 34-year-old man was shot dead in his shop in Kambura on Saturday night, police said."
    )
    assert ("conflict", [34, 43]) not in _ages(victim, suspect)
    man = WOMAN_B.replace("a 76-year-old female", "a 76-year-old man")
    assert ("conflict", [67, 76]) not in _ages(WOMAN_A, man)


def test_a_relative_quoted_with_an_age_is_not_the_person():
    relative = (
        "BRIDGEPORT -- The Coast Guard called off its search on Monday for a towboat deckhand who went "
        'overboard near Bridgeport. "He loved the river," said his mother, Jean Brandt, 32.'
    )
    assert ("conflict", [23, 32]) not in _ages(DECKHAND_A, relative)
    brother = relative.replace("said his mother, Jean Brandt, 32.", "said his 32-year-old brother.")
    assert ("conflict", [23, 32]) not in _ages(DECKHAND_A, brother)


def test_a_named_child_and_an_unnamed_grown_up_with_no_role_are_two_people():
    """ "A 16-year-old boy, Brian Otieno, drowned" against "A 61-year-old
    fisherman recovered the body of a boy who drowned": no role ties the
    fisherman to the boy, and a child's age and a grown-up's swapped are two
    people, not one age misprinted."""
    boy = (
        "KISUMU -- A 16-year-old boy, Brian Otieno, drowned in the lake near Kisumu on Sunday, police "
        "said. He had gone swimming with friends."
    )
    fisherman = (
        "KISUMU -- A 61-year-old fisherman recovered the body of a boy who drowned in the lake near "
        "Kisumu on Sunday, police said."
    )
    assert ("conflict", [16, 61]) not in _ages(boy, fisherman)


def test_an_unnamed_noun_the_named_one_is_never_told_by_is_another_person():
    """ "A 34-year-old man, Brian Otieno, drowned" against "A 43-year-old
    fisherman recovered the body": with no role in either, only a noun told
    beside the name too ("The deckhand, Cody Brandt") makes the two one."""
    man = (
        "KISUMU -- A 34-year-old man, Brian Otieno, drowned in the lake near Kisumu on Sunday, police "
        "said. He had gone swimming with friends."
    )
    fisherman = (
        "KISUMU -- A 43-year-old fisherman recovered the body of a man who drowned in the lake near "
        "Kisumu on Sunday, police said."
    )
    assert ("conflict", [34, 43]) not in _ages(man, fisherman)
