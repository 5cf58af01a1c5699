"""Who fired the shot that hit one person (``CountDetails.shooter``): the
person themself ("shot himself", "a self-inflicted gunshot wound", "took her
own life") or another ("was shot by his friend", "a boy shot his brother"),
read only where the report states it as fact; a question, a possibility, a
claim the report drops and the attacker's own suicide tell none.  Sentences
written for this test in the shapes reporters use."""

from __future__ import annotations

import pytest

from reportcheck.models import ClaimKind

from ...conftest import claims_of_text

SELF = "self"
ANOTHER = "another"
HARM = (ClaimKind.killed, ClaimKind.injured, ClaimKind.other_count)

CASES = [
    # a reflexive object of a verb of shooting or killing
    ("A 6-year-old boy died Monday after he accidentally shot himself in the chest, deputies said.", SELF),
    ("Deputies say Tyler Moss, 15, fatally shot himself while cleaning a rifle.", SELF),
    ("The girl shot herself with her grandfather's pistol, police said.", SELF),
    # a wound the one hurt inflicted
    ("A 14-year-old girl died from a self-inflicted gunshot wound on Friday, officers said.", SELF),
    ("The man suffered a self-inflicted gunshot wound to the head, according to the coroner.", SELF),
    ("The boy was found dead of a self-inflicted gunshot wound in the garage.", SELF),
    # taking one's own life, by one's own hand
    ("The soldier took his own life on Sunday at the base.", SELF),
    ("The man died by his own hand, the coroner said.", SELF),
    # a person as the agent of a passive shooting
    ("Tyler Moss, 15, was shot by a friend who was showing off a handgun, police said.", ANOTHER),
    ("Ana Ruiz, 9, was shot and killed Saturday by her 13-year-old cousin, officers said.", ANOTHER),
    ("The teenager was fatally shot by his brother inside the home, the sheriff said.", ANOTHER),
    # a person as the subject of an active shooting
    ("A 12-year-old boy accidentally shot his 8-year-old sister on Sunday, police said.", ANOTHER),
    ("Police said Reed shot his friend during an argument over a video game.", ANOTHER),
    ("Witnesses said Carter shot him twice in the chest outside the store.", ANOTHER),
    ("Officers shot and killed the man after he pointed a rifle at them.", ANOTHER),
    # a passive shooting beside the count's own verb: a participle on the
    # person's noun, or "after being shot by" a person
    ("The father of a 19-year-old killed by a Chicago police officer spoke on Monday.", ANOTHER),
    ("A 13-year-old boy killed by police in Dayton on Wednesday was holding a toy gun.", ANOTHER),
    ("The man was pronounced dead at a hospital after being shot by officers, police said.", ANOTHER),
    ("Deputies said the teen died Friday after being shot by his cousin in a barn.", ANOTHER),
    # a headline's short reflexive "self"
    ("Girl, 4, fatally shoots self with father's pistol", SELF),
    ("Child shot self in north Dallas home", SELF),
    ("Deputies say Nolan Pratt, 9, accidentally shoots self with rifle", SELF),
    # a relative clause on the noun the report counts by another verb
    ("The 14-year-old who accidentally shot himself on Friday has died, deputies said.", SELF),
    ("A toddler who fatally shot himself in Oak County was identified Monday.", SELF),
    ("Kara Wells, 5, who shot herself with a pistol she found under a pillow, died Sunday.", SELF),
    ("Toddler who fatally shot self in Oak County identified", SELF),
    # a headline's shape the parser misreads ("shoots" a noun after a place,
    # "Boy" an interjection before an age), read by its words
    ("Teen in Marlow accidentally shoots, kills self with shotgun", SELF),
    ("Boy, 4, shoots self with gun found in nightstand", SELF),
    ("Girl, 5, shot self with pistol she found in a closet", SELF),
    ("Police: Child accidentally shoots, kills self in Dale County", SELF),
    ("15-year-old accidentally shoots self while cleaning rifle", SELF),
    # the fatal modifiers and reflexives of rules/counts.yaml, read in the headline's shape
    ("Hunter in Elk Ridge mortally shoots self with rifle", SELF),
    ("Teen, 16, accidentally shoots, kills himself with father's shotgun", SELF),
]

NONE = [
    # a question, a possibility, a claim dropped or denied
    "Investigators have not said who shot the girl, or whether the girl shot herself.",
    "Police are trying to determine if the boy shot himself.",
    "The teen may have accidentally shot himself, police said.",
    "Officers ruled out early reports that the boy shot himself.",
    "He first told officers that the child shot himself.",
    "Officers who arrived at the home were told the boy shot himself.",
    # no person fired
    "The woman was killed by a stray bullet on Elm Street.",
    "A 13-year-old boy killed by a stray bullet on Wednesday was playing outside.",
    "The boy died Sunday after being struck by a stray bullet, police said.",
    "Police said the man may have died after being shot by officers.",
    # a question of whether the wound was the person's own
    "Police are investigating whether the wound was self-inflicted.",
    "Police investigate whether teen's wound was self-inflicted",
    "A teen who police say may have shot himself was taken to a hospital.",
]


def _harm_shooters(pipeline, text: str) -> set[str | None]:
    claims = claims_of_text(pipeline, text)
    return {c.count.shooter for c in claims if c.kind in HARM and c.count.role == "victims"}


@pytest.mark.parametrize(("sentence", "shooter"), CASES, ids=[c[0][:50] for c in CASES])
def test_who_fired_is_read(pipeline, sentence, shooter):
    assert shooter in _harm_shooters(pipeline, sentence)
    assert ({SELF, ANOTHER} - {shooter}).isdisjoint(_harm_shooters(pipeline, sentence))


@pytest.mark.parametrize("sentence", NONE, ids=[s[:50] for s in NONE])
def test_no_shooter_where_the_report_leaves_it_open(pipeline, sentence):
    assert _harm_shooters(pipeline, sentence) <= {None}


@pytest.mark.parametrize(
    "sentence",
    [
        "A man shot his wife at their home and then turned the gun on himself, police said.",
        "The gunman killed two coworkers before taking his own life.",
        "A woman shot her son in Reno on Friday. She then killed herself.",
        "The suspect shot himself as deputies closed in on the house.",
        "Police said a man fatally shot a woman and her son and then killed himself in Yuma.",
        # the headline's "self" and a relative clause of the attacker's suicide
        "Mother kills three children, then fatally shoots self in Clay County standoff",
        "Police said a man who shot his wife and then himself died at the scene.",
        "The gunman, who shot himself after killing two coworkers, was identified as Dale Price.",
    ],
)
def test_the_attackers_own_suicide_is_no_victims_shooter(pipeline, sentence):
    """A murder-suicide: the one who shot himself after shooting others is
    the attacker, and his wound says nothing of who shot the victims."""
    claims = claims_of_text(pipeline, sentence)
    assert not [c for c in claims if c.kind in HARM and c.count.shooter == SELF]


def test_a_hedged_relative_clause_keeps_its_hedge(pipeline):
    """ "a boy who apparently shot himself": the reading is kept, hedged."""
    text = "A 4-year-old boy who apparently shot himself in the head early Tuesday has died."
    claims = claims_of_text(pipeline, text)
    read = [(c.count.shooter, c.count.shooter_hedge) for c in claims if c.kind in HARM and c.count.shooter]
    assert read == [(SELF, "apparently")]


def test_the_subject_of_a_relative_clause_fired_nothing(pipeline):
    """ "the truck her uncle was driving and shot herself": the parser may join
    the main clause's verb to the relative clause's; the uncle shot no one."""
    text = "The girl found a pistol in the truck her uncle was driving and shot herself in the hand."
    claims = claims_of_text(pipeline, text)
    assert not [c for c in claims if "uncle" in c.evidence.text and c.count.shooter]


def test_a_reflexive_of_the_other_sex_is_not_the_subjects(pipeline):
    """ "the car his aunt was driving and shot himself": a misparse may make
    the aunt the subject of "shot himself"; "himself" is not hers."""
    text = "Eli, 6, found a pistol on the seat of the van his aunt was driving and shot himself in the arm."
    claims = claims_of_text(pipeline, text)
    assert not [c for c in claims if "aunt" in c.evidence.text and c.count.shooter]


@pytest.mark.parametrize(
    ("headline", "kind"),
    [
        ("Teen in Marlow accidentally shoots, kills self with shotgun", ClaimKind.killed),
        ("Boy, 4, shoots self with gun found in nightstand", ClaimKind.other_count),
    ],
)
def test_a_misparsed_headline_counts_its_person(pipeline, headline, kind):
    """The headline's person is counted once, dead where it says "kills", and
    told as the one who fired."""
    claims = claims_of_text(pipeline, headline)
    counted = [c for c in claims if c.kind is kind and c.count.shooter == SELF]
    assert [(c.evidence.text, c.value.low, c.value.high) for c in counted] == [
        (headline.split()[0].rstrip(","), 1, 1)
    ]


@pytest.mark.parametrize(
    "headline",
    [
        "Gunman in Marlow kills self after standoff",  # the attacker's suicide
        "Girl, 6, accidentally shoots himself",  # a reflexive not hers: a misprint or a misparse
        "Teen says friend accidentally shot him",  # no reflexive
    ],
)
def test_the_headline_shape_does_not_overreach(pipeline, headline):
    assert SELF not in _harm_shooters(pipeline, headline)
