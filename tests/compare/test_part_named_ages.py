"""The one holder of a part in an accident (the pilot, the driver: ``part_roles``
of rules/people.yaml) that one report tells by the part and an age only ("The
dead were the pilot, 52, and a flight nurse") and the other names ("The pilot,
Karen Ames, 49, ... were killed") is one person whatever the verb makes them
(the victim too), so their ages are set against each other.  Also the one man
a report names as "pronounced dead", the victim as much as one who "died".
Not where a report tells two holders of the part, nor where one is the
victim and the other the one arrested, nor across sexes.  Invented sentences
after crash and shooting reports."""

from __future__ import annotations

from reportcheck.models import Status

from ..conftest import age_pairs

TOLD_BY_PART = (
    "A medical helicopter crashed in a pasture near Dillon on Monday night, officials said. "
    "The dead were the pilot, 52, and a flight nurse, 31. The patient survived."
)
NAMED_PILOT_KILLED = (
    "A medical helicopter went down near Dillon on Monday night. The pilot, Karen Ames, 49, "
    "and flight nurse Joel Pratt, 31, were killed, the sheriff said. The patient survived."
)


def _paired(pairs, first: float, second: float) -> Status:
    """The status of the one finding pairing the two ages."""
    found = [status for a, b, status in pairs if a == [first] and b == [second]]
    assert len(found) == 1, pairs
    return found[0]


def _kept_apart(pairs, first: float, second: float) -> None:
    assert not [p for p in pairs if p[0] == [first] and p[1]], pairs
    assert ([first], [], Status.only_in_one) in pairs, pairs
    assert ([], [second], Status.only_in_one) in pairs, pairs


def test_the_pilot_told_by_part_meets_the_named_pilot_who_was_killed():
    assert _paired(age_pairs(TOLD_BY_PART, NAMED_PILOT_KILLED), 52.0, 49.0) is Status.conflict


def test_the_named_pilot_meets_the_pilot_told_by_part_the_other_way_round():
    assert _paired(age_pairs(NAMED_PILOT_KILLED, TOLD_BY_PART), 49.0, 52.0) is Status.conflict


def test_a_crew_list_s_pilot_meets_the_pilot_who_died():
    """The part set after the name in a list of the crew, and the other
    report's pilot told by the part and an age as one of the dead."""
    a = (
        "A cargo plane crashed after takeoff from Mombasa on Thursday, killing all three crew. "
        "The crew were Capt. Peter Kamau, 45, the pilot; First Officer Grace Wanjiru, 30; "
        "and flight engineer Samuel Mwangi, 57."
    )
    b = (
        "A cargo plane crashed shortly after takeoff from Mombasa on Thursday. The pilot, 42, "
        "and two other crew members died, the civil aviation authority said."
    )
    assert _paired(age_pairs(a, b), 45.0, 42.0) is Status.conflict


def test_the_driver_who_died_meets_the_named_driver():
    a = (
        "A tour bus overturned on Route 6 near Wellfleet on Friday, injuring 14 passengers. "
        "The driver, 58, died at the scene, state police said."
    )
    b = (
        "The driver of the tour bus that overturned on Route 6 near Wellfleet on Friday, "
        "Walter Beane, 61, was killed, state police said. Fourteen passengers were hurt."
    )
    assert _paired(age_pairs(a, b), 58.0, 61.0) is Status.conflict


def test_a_driver_arrested_is_not_the_driver_who_died():
    """The negative: in a crash of two vehicles, the driver one report says
    died is not the driver the other says was arrested."""
    a = (
        "Two cars collided on Route 6 near Wellfleet on Friday night. "
        "The driver, 58, died at the scene, state police said."
    )
    b = (
        "State police arrested the driver, Walter Beane, 61, after a crash on Route 6 near "
        "Wellfleet on Friday night left one person dead."
    )
    _kept_apart(age_pairs(a, b), 58.0, 61.0)


def test_two_drivers_keep_the_part_apart():
    """The negative: a report telling both drivers gives no one the part."""
    a = (
        "A pickup and a van collided on Route 6 near Wellfleet on Friday. "
        "The driver, 58, died at the scene, state police said."
    )
    b = (
        "Both drivers were hurt when a pickup and a van collided on Route 6 near Wellfleet on "
        "Friday. The driver of the van, Walter Beane, 61, was killed."
    )
    _kept_apart(age_pairs(a, b), 58.0, 61.0)


UNNAMED_MAN_DIED = (
    "A 26-year-old man died after being shot Sunday night on Maple Avenue in Rockford, police said. "
    "No arrests have been made."
)


def test_the_man_pronounced_dead_is_the_victim_the_other_report_tells_by_age():
    b = (
        "Rockford police identified the man killed in Sunday night's shooting on Maple Avenue. "
        "Jamal Ortiz, 29, was pronounced dead at a hospital. No arrests have been made."
    )
    assert _paired(age_pairs(UNNAMED_MAN_DIED, b), 26.0, 29.0) is Status.conflict


def test_declared_dead_the_other_way_round():
    b = (
        "Jamal Ortiz, 24, was declared dead at the scene of a shooting Sunday night on Maple Avenue "
        "in Rockford, police said. No arrests have been made."
    )
    assert _paired(age_pairs(b, UNNAMED_MAN_DIED), 24.0, 26.0) is Status.conflict


def test_a_woman_pronounced_dead_is_not_the_man_who_died():
    """The negative: the sexes differ, so two people."""
    b = (
        "Rockford police identified the woman killed in Sunday night's shooting on Maple Avenue. "
        "Tanya Ortiz, 29, was pronounced dead at a hospital, where she had been taken by her "
        "sister. No arrests have been made."
    )
    _kept_apart(age_pairs(UNNAMED_MAN_DIED, b), 26.0, 29.0)


DECADE_VICTIM = (
    "A woman was struck and killed by a pickup in a store parking lot in Eagan on Thursday evening, "
    "police said. The victim, who was in her 70s, died at a hospital."
)


def test_a_victim_told_by_her_decade_holds_the_named_victim_s_age():
    """ "in her 70s" and the other report's named victim of 73: one woman,
    the decade holds the age."""
    b = (
        "Doris Lindqvist, 73, of Apple Valley was hit by a pickup and killed in a store parking lot "
        "in Eagan on Thursday evening, police said."
    )
    assert _paired(age_pairs(DECADE_VICTIM, b), 70.0, 73.0) is Status.compatible


def test_a_named_victim_outside_the_decade_is_set_against_it():
    b = (
        "Doris Lindqvist, 82, of Apple Valley was hit by a pickup and killed in a store parking lot "
        "in Eagan on Thursday evening, police said."
    )
    assert _paired(age_pairs(b, DECADE_VICTIM), 82.0, 70.0) in (Status.conflict, Status.possible_conflict)


def test_a_decade_beside_two_dead_stays_apart():
    """The negative: a report of two dead may name the other woman."""
    b = (
        "Two women were killed when a pickup struck them in a store parking lot in Eagan on Thursday "
        "evening. Doris Lindqvist, 73, of Apple Valley died at a hospital."
    )
    _kept_apart(age_pairs(DECADE_VICTIM, b), 70.0, 73.0)


def test_a_pilot_identified_by_the_police_meets_the_pilot_told_by_part():
    """ "Police identified the pilot as NAME, 61": the verb's object gives
    the name its part as an apposition would, so the other report's "the
    pilot, a 58-year-old man" is that pilot."""
    a = (
        "A crop-spraying plane came down in a field outside Tarrow Bridge on Sunday. "
        "The pilot, a 58-year-old man, was pronounced dead at the scene."
    )
    b = (
        "A small plane crashed near Tarrow Bridge on Sunday afternoon. Police later identified "
        "the pilot as Oswin Haldane, 61, of Kerrow. He died at the scene."
    )
    assert _paired(age_pairs(a, b), 58.0, 61.0) is Status.conflict


def test_a_driver_named_by_officers_meets_the_driver_told_by_part():
    a = (
        "A lorry left the A94 near Glenmarrow on Friday night and overturned. "
        "Its driver, 47, died at the scene, officers said."
    )
    b = (
        "Officers named the driver as Callum Brisbane, 52, after a lorry overturned on the A94 "
        "near Glenmarrow on Friday night. He died at the scene."
    )
    # a driver's age is graded less surely than a pilot's; the point is that they meet
    assert _paired(age_pairs(a, b), 47.0, 52.0) in (Status.conflict, Status.possible_conflict)
