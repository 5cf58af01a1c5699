"""Two incidents of one town and one night whose reports quote one duty
officer: the officer named by a police rank or role beside a verb of saying
("Officer Lucinda Harwick said", "said Sgt. Mike Miller", "according to Lt.
Joe Heffernan") is the force's voice, quoted of every shooting and crash of
the night, and no person of either incident's own (``_quoted_by_rank`` of
:mod:`reportcheck.incident_match`): that both reports quote the officer no
longer keeps a report that tells the other's shooting beside its own
("Earlier Saturday night, ...") from being set apart (``earlier_events``).
(Both quoting one officer still counts for one incident where nothing sets
the two apart: ECB+'s reports of one shooting quote one lieutenant.)  An officer named beside the harm (shot,
hurt) is a person of the incident, named by every report of it.  The shape
is the local copy's of two shootings an hour apart (diag50a C1, genre50a
pair 11); every report here is written for these tests, its people, streets
and towns invented."""

from __future__ import annotations

import pytest

from reportcheck.incident_match import DIFFERENT, SAME, _quoted_by_rank

from .conftest import incident_match_of

#: (the text before a name, the text after it, whether the name is quoted by rank alone)
QUOTED = [
    ("on a report of shots fired, Officer ", " said.", True),
    ("the car was found empty, said Sgt. ", ".", True),
    ("according to police Lt. ", " of the East precinct.", True),
    ("Capt. ", " told reporters on Sunday.", True),
    ("Detective ", ", who spoke at the scene, said", False),  # said, but not beside the name
    ("Officer ", " was shot in the shoulder.", False),  # an officer of the incident
    ("Mr. ", " said he heard three shots.", False),  # a witness, no rank
    ("and Sgt. ", " were treated for smoke inhalation.", False),
]


@pytest.mark.parametrize(("before", "after", "quoted"), QUOTED)
def test_a_name_after_a_police_rank_beside_a_verb_of_saying_is_the_force_s_voice(before, after, quoted):
    assert _quoted_by_rank(before, after) is quoted


#: the earlier shooting's report, the later shooting's report that tells the
#: earlier one in a paragraph of its own, both quoting one duty officer
NIGHTS = {
    "officer said": (
        "Man shot during carjacking attempt at Dunmore gas station\n\nDUNMORE CITY POLICE "
        "DEPARTMENT\nNews release - Saturday, May 9, 2026\n\nAt approximately 8:40 p.m. on Saturday, "
        "officers responded to the Petro-Stop at 1200 Halsey Avenue on a report of a person shot. "
        "Upon arrival, officers located a 41-year-old man with a gunshot wound to the arm. He was "
        "taken to St. Brendan's Medical Center with injuries that are not life-threatening.\n\n"
        "The man was sitting in his car when another man approached and demanded the keys, Officer "
        "Maria Delgado said.",
        "Man killed at Dunmore convenience store, second gas-station shooting of the night\n\n"
        "DUNMORE - A 26-year-old man was shot and killed Saturday night in the parking lot of a "
        "Kwik-Fill store on Orchard Road, Dunmore police said.\n\nOfficers were called to the 900 block "
        "of Orchard Road at about 10:05 p.m., Officer Maria Delgado said. The man died at the scene.\n\n"
        "Earlier Saturday night, about 8:40 p.m., a 41-year-old man was shot in the arm during an "
        "attempted carjacking at a gas station on Halsey Avenue, about two miles away.\n\n"
        '"Right now we have nothing that connects the two," Delgado said.',
    ),
    "said sergeant": (
        "Teen wounded outside Marlow Heights corner store\n\nMARLOW HEIGHTS - A 17-year-old boy was "
        "shot in the leg outside a corner store on Pruitt Street on Friday evening, police said.\n\n"
        "The boy was hit at about 7:15 p.m. and taken to a hospital in stable condition, said Sgt. "
        "Dwayne Okafor.",
        "Woman killed in Marlow Heights drive-by\n\nMARLOW HEIGHTS - A 33-year-old woman was shot "
        "and killed on her porch on Kessler Lane late Friday, said Sgt. Dwayne Okafor.\n\nShots were "
        "fired from a passing car at about 11:30 p.m.\n\nEarlier Friday evening, a 17-year-old boy "
        "was shot in the leg outside a corner store on Pruitt Street.",
    ),
}


@pytest.mark.parametrize("case", sorted(NIGHTS))
@pytest.mark.parametrize("order", ["earlier first", "later first"])
def test_two_shootings_of_one_night_quoting_one_duty_officer_are_two_incidents(case, order):
    earlier, later = NIGHTS[case]
    first, second = (earlier, later) if order == "earlier first" else (later, earlier)
    match = incident_match_of(first, second)
    assert match.decision == DIFFERENT, match.evidence
    assert any("tells as another event beside its own" in e.detail for e in match.evidence), match.evidence


#: two reports of one shooting naming the officer who was shot: a person of the incident
OFFICER_SHOT = (
    "CALDER FALLS - A police officer was shot in the shoulder during a traffic stop on Route 9 early "
    "Sunday, and the driver was arrested after a short chase.\n\nOfficer Kyle Brennan, 29, was taken "
    "to Calder General Hospital, where he was in stable condition.",
    "CALDER FALLS - The man accused of shooting Officer Kyle Brennan during a traffic stop on Route 9 "
    "appeared in court on Monday.\n\nBrennan, 29, was struck in the shoulder early Sunday. He is "
    "expected to recover, police said.",
)


def test_an_officer_who_was_shot_is_still_a_person_both_reports_name():
    match = incident_match_of(*OFFICER_SHOT)
    assert match.decision == SAME, match.evidence
    assert any(e.kind == "person" and e.strength == "strong" for e in match.evidence), match.evidence


def test_two_reports_of_one_shooting_quoting_one_officer_are_still_one_incident():
    _, later = NIGHTS["said sergeant"]
    again = (
        "MARLOW HEIGHTS - Police are looking for the people in a passing car who shot and killed a "
        "33-year-old woman on her porch on Kessler Lane on Friday night.\n\nThe shots were fired at "
        "about 11:30 p.m., Sgt. Dwayne Okafor said. The woman died at the scene."
    )
    match = incident_match_of(later, again)
    assert match.decision != DIFFERENT, match.evidence
