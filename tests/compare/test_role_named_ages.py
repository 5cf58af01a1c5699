"""The one holder of a role in an incident that one report tells by the role
only ("a 31-year-old man was shot and killed", "police arrested a
20-year-old suspect") and the other names ("the victim, Marcus Bell, 33",
"Dante Reyes, 22, was arrested") is one person, so their ages are set
against each other even where they differ.  Not where a report tells
several holders of the role (two dead, two arrested), nor across roles (the
suspect is never the victim), nor across bands or sexes, nor ages far apart.
Invented sentences after shooting reports."""

from __future__ import annotations

from reportcheck.models import Status

from ..conftest import age_pairs

UNNAMED_VICTIM = (
    "A 31-year-old man was shot and killed late Tuesday outside a store on Grant Avenue in Toledo, "
    "police said. Officers found the victim in the parking lot and he died at the scene."
)
NAMED_VICTIM = (
    "Police on Wednesday identified the man killed in Tuesday's shooting on Grant Avenue in Toledo "
    "as Marcus Bell, 33. Bell was shot several times and died at the scene."
)


def _kept_apart(pairs, first: float, second: float) -> None:
    """No age of one report paired with the other's, and both ages read:
    each an only-in-one finding (an empty result would pass unread texts)."""
    assert not [p for p in pairs if p[0] and p[1]], pairs
    assert ([first], [], Status.only_in_one) in pairs, pairs
    assert ([], [second], Status.only_in_one) in pairs, pairs


def test_the_man_killed_meets_the_named_victim():
    assert ([31.0], [33.0], Status.conflict) in age_pairs(UNNAMED_VICTIM, NAMED_VICTIM)


def test_the_named_victim_meets_the_man_killed_the_other_way_round():
    assert ([33.0], [31.0], Status.conflict) in age_pairs(NAMED_VICTIM, UNNAMED_VICTIM)


def test_the_victim_told_by_role_meets_the_named_victim():
    a = (
        "A woman was fatally stabbed inside an apartment on Pine Street in Akron early Sunday. "
        "The victim, 45, was pronounced dead at a hospital, police said."
    )
    b = (
        "Akron police said Rosa Delgado, 47, was stabbed to death in her apartment on Pine Street "
        "early Sunday."
    )
    assert ([45.0], [47.0], Status.conflict) in age_pairs(a, b)


def test_two_dead_keep_the_unnamed_man_apart():
    """The negative: a report counting two dead may tell of another man."""
    b = (
        "Two men were killed in a shooting late Tuesday outside a store on Grant Avenue in Toledo. "
        "Marcus Bell, 33, was shot several times and died at the scene."
    )
    _kept_apart(age_pairs(UNNAMED_VICTIM, b), 31.0, 33.0)


def test_the_named_victim_is_never_the_unnamed_suspect():
    """The negative: a 20-year-old arrested is not the victim named at 22."""
    a = (
        "Police arrested a 20-year-old suspect Friday in the shooting on Grant Avenue in Toledo. "
        "A man was killed in the shooting."
    )
    b = "Marcus Bell, 22, was shot and killed Thursday on Grant Avenue in Toledo, police said."
    _kept_apart(age_pairs(a, b), 20.0, 22.0)


def test_a_boy_killed_is_not_a_named_grown_victim():
    """The negative: a child and a grown-up are two people whatever the role."""
    a = "A 16-year-old boy was shot and killed Saturday night on Lake Street in Gary, police said."
    b = "Darius Hill, 19, was shot and killed Saturday night on Lake Street in Gary, police said."
    _kept_apart(age_pairs(a, b), 16.0, 19.0)


def test_ages_far_apart_stay_apart():
    """The negative: a man of 24 and one of 52 are more likely two people
    than one told with two ages."""
    a = "A 24-year-old man was shot and killed Saturday night on Lake Street in Gary, police said."
    b = "Leon Price, 52, was shot and killed Saturday night on Lake Street in Gary, police said."
    _kept_apart(age_pairs(a, b), 24.0, 52.0)


SUSPECT_UNNAMED = (
    "A woman was shot and killed Monday afternoon on Saginaw Street in Flint, police said. "
    "A 20-year-old suspect was taken into custody hours later."
)


def test_the_suspect_in_custody_meets_the_man_charged():
    b = (
        "Kevin Ortega, 23, was charged Wednesday with murder in the death of a woman shot "
        "on Saginaw Street in Flint on Monday."
    )
    assert ([20.0], [23.0], Status.conflict) in age_pairs(SUSPECT_UNNAMED, b)


def test_two_arrested_keep_the_unnamed_suspect_apart():
    """The negative: with two men arrested, the one named may be the other."""
    b = (
        "Two men were arrested in the death of a woman shot on Saginaw Street in Flint on Monday. "
        "Kevin Ortega, 23, was charged with murder."
    )
    _kept_apart(age_pairs(SUSPECT_UNNAMED, b), 20.0, 23.0)


def test_a_suspect_of_an_earlier_case_is_not_the_story_s_suspect():
    """The negative: a story that retells an earlier killing names that
    case's suspect beside its own unnamed victim; the other report's
    unnamed suspect is not him."""
    a = (
        "A 16-year-old suspect was arrested Tuesday in the fatal shooting of a teenager on Oak Street "
        "in Dayton on Monday."
    )
    b = (
        "A 15-year-old was shot and killed on Oak Street in Dayton on Monday, police said. "
        "It is the second time in six months that a teen has been killed in the city. Tyrone Webb "
        "was shot near Elm Street on Aug. 4, 2015, and died. Jamal Wright, 17, was arrested in "
        "connection with Webb's killing. Wright pleaded guilty last December to manslaughter."
    )
    _kept_apart(age_pairs(a, b), 16.0, 15.0)


# A report confirming the one victim ("No one else was hurt", "No other
# injuries were reported", "Nobody else was injured") counts no second
# person: the pairing holds (review39 pair 04, invented).
CONFIRMING = [
    "No one else was hurt.",
    "No other injuries were reported.",
    "Nobody else was injured in the shooting.",
]


def test_a_sentence_confirming_one_victim_keeps_the_pairing():
    for sentence in CONFIRMING:
        a = f"{UNNAMED_VICTIM} {sentence}"
        assert ([31.0], [33.0], Status.conflict) in age_pairs(a, NAMED_VICTIM), sentence
        b = f"{NAMED_VICTIM} {sentence}"
        assert ([31.0], [33.0], Status.conflict) in age_pairs(UNNAMED_VICTIM, b), sentence


def test_a_second_person_hurt_still_keeps_the_unnamed_man_apart():
    """The negative: one dead and one hurt are two people."""
    a = f"{UNNAMED_VICTIM} A second man was wounded in the leg."
    pairs = age_pairs(a, NAMED_VICTIM)
    assert ([31.0], [33.0], Status.conflict) not in pairs, pairs


# A teenager is a boy to one reporter and a man to the next: near 18 the
# one suspect's age differs by a year or two across the line ("a 17-year-old
# boy has been charged" against "Police charged Jordan Vail, 18"), and the
# two ages are set against each other (genre40 pair 07, review39 pair 06,
# invented).  A boy of 16 and a man of 19 stay two people (above).


def test_the_boy_charged_at_17_meets_the_man_charged_at_18():
    a = (
        "A 16-year-old boy was shot at a park in Easton on Friday evening, and a 17-year-old boy "
        "has been charged in the shooting, police said."
    )
    b = "Police charged Dion Marsh, 18, of Easton in the shooting of a teenager at a park on Friday."
    assert ([17.0], [18.0], Status.conflict) in [p for p in age_pairs(a, b) if p[0] == [17.0]]


def test_the_one_arrested_at_17_meets_the_man_held_at_19():
    a = (
        "A man was stabbed to death at the Main Street bus depot in Utica on Tuesday night. "
        "A 17-year-old was arrested nearby minutes later, police said."
    )
    b = (
        "Corey Platt, 19, was arrested Tuesday night and charged with murder in the stabbing of a man "
        "at the Main Street bus depot in Utica."
    )
    assert ([17.0], [19.0], Status.conflict) in age_pairs(a, b)


def test_a_girl_of_15_is_not_a_woman_of_19():
    """The negative: across 18, ages more than two years apart are two people."""
    a = "A 15-year-old girl was arrested Sunday in the fatal stabbing of a man on Elm Street in Erie."
    b = "Police arrested Kara Lind, 19, on Sunday in the fatal stabbing of a man on Elm Street in Erie."
    _kept_apart(age_pairs(a, b), 15.0, 19.0)


CHARGED_BY_AGE_NAMED_APART = (
    "BRENTWOOD, Ohio (AP) - A 24-year-old man has been charged with murder after a shooting outside a "
    "diner on Lake Road left one man dead, police said Monday. Caleb Ortman was arrested early Sunday, "
    "about an hour after the shooting, according to a police statement."
)
NAMED_WITH_AGE = (
    "Caleb Ortman, 21, was arrested about an hour after a man was shot dead outside a diner on Lake "
    "Road in Brentwood late Saturday, police said. He is being held on a murder charge."
)


def test_the_man_charged_by_age_is_the_suspect_the_report_names_apart():
    """ "A 24-year-old man has been charged ... Caleb Ortman was arrested":
    one suspect, told by his age in one sentence and by his name in
    another, so the other report's "Caleb Ortman, 21," is set against 24."""
    assert ([24.0], [21.0], Status.conflict) in age_pairs(CHARGED_BY_AGE_NAMED_APART, NAMED_WITH_AGE)


def test_two_arrested_keep_the_man_charged_apart_from_the_one_named():
    """The negative: a report counting two arrested may charge the other one."""
    a = CHARGED_BY_AGE_NAMED_APART.replace(
        "Caleb Ortman was arrested early Sunday", "Caleb Ortman and another man were arrested early Sunday"
    ).replace("Police said two men were arrested.", "")
    a += " Two men were arrested in all."
    pairs = age_pairs(a, NAMED_WITH_AGE)
    assert ([24.0], [21.0], Status.conflict) not in pairs, pairs


def test_two_unnamed_ages_of_the_man_charged_still_meet_where_no_report_ages_his_name():
    """Both reports tell the man charged by his age, one names him apart
    with no age: the two unnamed ages meet as they are, and agree."""
    a = (
        "A 58-year-old man was charged with murder on Saturday after a shooting at a warehouse party in "
        "Dunmore, police said. Constable Ray Holt said Victor Amsel is accused of shooting a co-worker."
    )
    b = (
        "A 58-year-old Dunmore man was charged Saturday in the fatal shooting at a warehouse party. "
        "Victor Amsel faces one count of murder, police said."
    )
    assert ([58.0], [58.0], Status.agree) in age_pairs(a, b)
