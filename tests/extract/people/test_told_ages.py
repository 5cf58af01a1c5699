"""Ages told another way than "N-year-old": a hedged age set off after its
bearer ("a boy, about 4,", "Ann Ruiz, around 30,"), an age told by a
birthday ("would have turned 2 later this month" is 1, "had just turned
18" is 18), and "aged 15 or 16" (one age, the range between).  Each is the
age of the person the sentence tells, and nothing else is read as one
("around 20,000 protesters", "turned 18 pages", "she would have turned
30": a pronoun no one can pair).  The sentences are written for these tests
after how reporters write."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text, findings_of


def _ages(pipeline, text):
    return [c for c in claims_of_text(pipeline, text) if c.kind.value == "age"]


HEDGED = [
    ("Deputies found a toddler and a boy, about 4, inside the trailer.", ("unnamed:boy", 4, "about")),
    ("A witness said a man, around 30, ran toward the river.", ("unnamed:man", 30, "around")),
    ("The girl, approximately 6, was taken to a hospital.", ("unnamed:girl", 6, "approximately")),
    ("Officers said the suspect, aged about 25, fled on foot.", ("unnamed:suspect", 25, "about")),
    ("A woman, roughly 40, was hurt.", ("unnamed:woman", 40, "roughly")),
    ("Ann Ruiz, around 30, was wounded in the leg.", ("person:ruiz", 30, "around")),
]


@pytest.mark.parametrize(("text", "expected"), HEDGED, ids=[h[0][:40] for h in HEDGED])
def test_a_hedged_age_set_off_after_its_bearer_is_read_with_its_hedge(pipeline, text, expected):
    """ "a boy, about 4,": the boy's age, 4, told loosely (the hedge is kept)."""
    subject, age, hedge = expected
    ages = [(c.subject, c.value.low, [h.cue for h in c.hedges]) for c in _ages(pipeline, text)]
    assert ages == [(subject, float(age), [hedge])]


@pytest.mark.parametrize(
    "text",
    [
        "Around 20,000 protesters marched, and a crowd, about 300, gathered at the gate.",
        "The fire burned for hours, about 4, before crews arrived.",
        "Two men, about 30, were seen leaving the bar.",
    ],
)
def test_a_hedged_number_after_no_one_persons_noun_is_no_age(pipeline, text):
    """A crowd's size, a clock after a clause, a group ("two men, about 30"): no one's age."""
    assert _ages(pipeline, text) == []


BIRTHDAYS = [
    ("Linette Cano would have turned 2 later this month.", ("person:cano", 1)),
    ("Rosa Lee and her daughter, Mia Lee, who would have turned 3 next week, died.", ("person:mia lee", 2)),
    ("Tom Banks would have turned 6-years-old on Saturday.", ("person:banks", 5)),
    ("Carla Ortiz would have been 30 on Friday.", ("person:ortiz", 29)),
    ("Dana Reyes would have celebrated her 5th birthday in May.", ("person:reyes", 4)),
    ("The victim, who was to turn 5 next month, died at the scene.", ("unnamed:victim", 4)),
    ("Carl Vance had just turned 18.", ("person:vance", 18)),
    ("Jo Park turned 21 last week.", ("person:park", 21)),
]


@pytest.mark.parametrize(("text", "expected"), BIRTHDAYS, ids=[b[0][:40] for b in BIRTHDAYS])
def test_an_age_told_by_a_birthday_is_the_age_at_the_time(pipeline, text, expected):
    """A birthday still to come gives the age a year below its number, one
    just past the number itself; the bearer is the verb's subject."""
    subject, age = expected
    ages = [(c.subject, c.value.low, c.value.high) for c in _ages(pipeline, text)]
    assert ages == [(subject, float(age), float(age))]


@pytest.mark.parametrize(
    "text",
    [
        "She would have turned 30 on Friday.",
        "Paul Hart turned 18 pages of the report.",
        "The toll would have been 30 without the barrier.",
        "Mark Diaz would have celebrated 30 years of marriage.",
    ],
)
def test_no_birthday_is_read_without_a_bearer_or_a_birthday(pipeline, text):
    """A pronoun names no one to pair; "turned 18 pages", "would have been
    30" of a toll, "30 years of marriage" are no birthdays."""
    assert _ages(pipeline, text) == []


def test_aged_one_number_or_another_is_one_age_between_them(pipeline):
    """ "aged 15 or 16" is 15 to 16, not 15."""
    ages = [
        (c.value.low, c.value.high) for c in _ages(pipeline, "A boy, aged 15 or 16, was shot in the arm.")
    ]
    assert ages == [(15.0, 16.0)]


SCENE = "was found shot to death in a home on Elm Street in Dayton on Friday, police said."


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        # a coming birthday: the age below it
        (
            f"Linette Cano, who would have turned 2 later this month, {SCENE}",
            f"Linette Cano, 1, {SCENE}",
            "agree",
        ),
        (
            f"Linette Cano, who would have turned 2 later this month, {SCENE}",
            f"Linette Cano, 2, {SCENE}",
            "conflict",
        ),
        # a birthday just past: the number itself
        (f"Carl Vance, who had just turned 18, {SCENE}", f"Carl Vance, 18, {SCENE}", "agree"),
    ],
)
def test_a_birthday_age_is_set_against_the_other_reports(a, b, status):
    ages = [f for f in findings_of(a, b) if f.kind.value == "age"]
    assert [f.status.value for f in ages] == [status]


@pytest.mark.parametrize(
    ("other", "status"),
    [("4", "agree"), ("3", "possible_conflict"), ("5", "possible_conflict"), ("7", "conflict")],
)
def test_a_hedged_age_against_an_exact_one(other, status):
    """ "a boy, about 4" holds with a 4-year-old boy; against a 3- or a
    5-year-old, within the hedge's reach, it is a possible conflict; against
    a 7-year-old, beyond it, a conflict the hedge does not soften."""
    a = "A boy, about 4, was shot in the leg outside a store on Oak Street in Dayton on Friday."
    b = f"A {other}-year-old boy was shot in the leg outside a store on Oak Street in Dayton on Friday."
    ages = [f for f in findings_of(a, b) if f.kind.value == "age"]
    assert [f.status.value for f in ages] == [status]


def test_a_hedged_age_within_reach_is_said_beyond_it_is_firm():
    """The reasons say why: the hedge softens a year's difference, not three."""
    a = "A man, around 30, was shot in the leg outside a store on Oak Street in Dayton on Friday."
    b = "A 33-year-old man was shot in the leg outside a store on Oak Street in Dayton on Friday."
    [age] = [f for f in findings_of(a, b) if f.kind.value == "age"]
    assert any("does not reach" in reason for reason in age.reasons)


DECADES = [
    ("Police said a man in his 20s was shot on Elm Street.", ("unnamed:man", 20, 29)),
    ("The mother, who is in her early 30s, was not at home.", ("unnamed:mother", 30, 34)),
    ("The victim, a woman in her forties, died at the scene.", ("unnamed:woman", 40, 49)),
    ("Ann Ruiz, who was in her late teens, was wounded.", ("person:ruiz", 16, 19)),
    ("A man in his mid-50s stopped to help.", ("unnamed:man", 53, 57)),
]


@pytest.mark.parametrize(("text", "expected"), DECADES, ids=[d[0][:40] for d in DECADES])
def test_an_age_told_by_its_decade_is_a_range(pipeline, text, expected):
    """ "a man in his 20s": 20 to 29, "in her late teens" 16 to 19; the
    bearer is the noun the words qualify or the subject of their verb."""
    subject, low, high = expected
    ages = [(c.subject, c.value.low, c.value.high) for c in _ages(pipeline, text)]
    assert ages == [(subject, float(low), float(high))]


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses said several people in their late teens were playing with a gun.",
        "The condition is most common in women in their 30s.",
        "He spent his 20s in the Army.",
    ],
)
def test_a_groups_decade_is_no_ones_age(pipeline, text):
    """ "people in their late teens", "women in their 30s": a group's; "his 20s" as a time of life."""
    assert _ages(pipeline, text) == []


@pytest.mark.parametrize(
    ("other", "status"), [("26", "compatible"), ("20", "compatible"), ("31", "conflict")]
)
def test_a_decade_holds_every_age_inside_it(other, status):
    """ "a man in his 20s" holds with a 26-year-old man; a 31-year-old is
    outside it, graded by how far past its end (a year or two: close)."""
    a = "A man in his 20s was shot in the leg outside a store on Oak Street in Dayton on Friday."
    b = f"A {other}-year-old man was shot in the leg outside a store on Oak Street in Dayton on Friday."
    ages = [f for f in findings_of(a, b) if f.kind.value == "age"]
    assert [f.status.value for f in ages] == [status]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Mia Cano, who would have turned 2 later this month, died in the shooting.", "later this month"),
        ("Tom Banks would have been 6 on Saturday.", "Saturday"),
        ("Jo Park turned 21 last week and was shot on Monday.", "last week"),
    ],
)
def test_the_day_of_a_birthday_is_no_events(pipeline, text, day):
    """ "would have turned 2 later this month": the day tells an age, so it
    is a birthday's (``birthday``), not the incident's nor another event's."""
    [date] = [c for c in claims_of_text(pipeline, text) if c.kind.value == "date" and c.evidence.text == day]
    assert date.date.event == "birthday"


@pytest.mark.parametrize(
    "text", ["Jon Figg turned himself in on Friday.", "The car turned onto Elm Street on Friday."]
)
def test_a_turn_with_no_age_is_no_birthday(pipeline, text):
    [date] = [c for c in claims_of_text(pipeline, text) if c.kind.value == "date"]
    assert date.date.event != "birthday"


def test_a_birthdays_day_opens_no_background_incident(pipeline):
    """The sentence telling a victim's coming birthday stays with the
    story's incident: its ages are set against the other report's."""
    text = (
        "Police said Rosa Lee, 26, and her daughter were shot dead in their Houston home on Friday.\n"
        "Authorities said Jon Figg is charged with capital murder in the deaths of Rosa Lee and her "
        "daughter, Mia Cano, who would have turned 2 later this month."
    )
    ages = [c for c in claims_of_text(pipeline, text) if c.kind.value == "age"]
    assert ages and {c.incident for c in ages} == {"main"}


PREDICATES = [
    ("Maria Lopez, who was 44, taught chemistry at the high school.", ("person:lopez", 44)),
    ("Gladys Tordil, who is 44, teaches chemistry.", ("person:tordil", 44)),
    ("Jeff Banks, who lived in Akron, was 26.", ("person:banks", 26)),
    ("Records show Carl Webb was 29 and lived in Dayton.", ("person:webb", 29)),
    ("Police said the victim, who was 18, died at the scene.", ("unnamed:victim", 18)),
    ("The boy was only 4.", ("unnamed:boy", 4)),
    ("Ben Ortiz was shot Friday outside his home. He was 18.", ("person:ortiz", 18)),
]


@pytest.mark.parametrize(("text", "expected"), PREDICATES, ids=[p[0][:40] for p in PREDICATES])
def test_a_bare_age_said_of_its_subject_is_read(pipeline, text, expected):
    """ "Gladys Tordil, who was 44,", "the boy was only 4", "He was 18." after
    the name: a bare age after "be" is the subject's (through a relative
    pronoun or a pronoun standing for a name)."""
    subject, age = expected
    ages = [(c.subject, c.value.low, c.value.high) for c in _ages(pipeline, text)]
    assert ages == [(subject, float(age), float(age))]


@pytest.mark.parametrize(
    "text",
    [
        "Three of the victims were 18.",
        "When Sean Miller was only 3, his father was shot to death.",
        "Until she was 18, Ann Cole lived with her aunt.",
        "Dan Reed was 19 when he was first arrested.",
        "The score was 21.",
        "Paul Hart was 18 feet from the door.",
        "The man said he was 30.",
        # told against the age today ("Andrew Lopez, 20, ... who was 18 at the time"): left alone
        "Derek Hall was 15 at the time of the shooting.",
        # a time or a stage of life set before the subject: an age of then
        "At the time of his first arrest, Dan Reed was 15.",
        "As a freshman, Jose Ramos was 14 and already a standout wrestler, his coach said.",
        "Three years ago, Lisa Owens was 21.",
        "Back then, Tony Webb was 16.",
        # a "when" or "while" anywhere in the sentence
        "His friend said Tony Diaz was 12 and living with his aunt when his father died.",
        "Carla Dunn was 17 and a student while her brother served in the Army.",
    ],
)
def test_a_bare_number_after_be_of_no_one_or_of_then_is_no_age(pipeline, text):
    """A count ("three were 18"), an age of an earlier time ("When Sean
    Miller was only 3", "was 19 when he was first arrested"), a number of a
    thing or a measure, a pronoun standing for no name: no age read."""
    assert _ages(pipeline, text) == []


def test_a_bare_age_is_set_against_the_other_reports():
    """ "Maria Lopez, who was 44," against "Maria Lopez, 45,": one person's two ages."""
    a = f"Maria Lopez, who was 44, {SCENE}"
    ages = [f for f in findings_of(a, f"Maria Lopez, 45, {SCENE}") if f.kind.value == "age"]
    # a bare "was 44" may be of another time: at most a possible conflict
    assert [f.status.value for f in ages] == ["possible_conflict"]
    assert "an age said only after was/is, perhaps of another time" in ages[0].reasons
    ages = [f for f in findings_of(a, f"Maria Lopez, 44, {SCENE}") if f.kind.value == "age"]
    assert [f.status.value for f in ages] == ["agree"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the age at the crime set off after the name, a bare "is" of today beside it
        (
            "Andre Wilson, 16, was charged as an adult Wednesday. Wilson is 17.",
            ("person:wilson", 16.0),
        ),
        # an age set off after the name, a bare "was" of an earlier day
        (
            "Marcus Hill, 19, was shot Friday. Relatives said Hill was 15 and living alone.",
            ("person:hill", 19.0),
        ),
    ],
)
def test_a_bare_age_gives_way_to_another_age_of_the_person(pipeline, text, kept):
    """A report that gives the person an age set off after the name gives
    the age it means: a bare "was N"/"is N" of another figure is then of
    another time, and is dropped, not set against it inside the report."""
    ages = [(c.subject, c.value.low) for c in _ages(pipeline, text) if c.subject == kept[0]]
    assert ages == [kept]


def test_a_bare_age_like_the_set_off_one_is_kept(pipeline):
    """ "Carl Webb, 29, ... Carl Webb was 29": the same figure twice, both read."""
    text = "Carl Webb, 29, was shot. Records show Carl Webb was 29 and lived in Dayton."
    ages = [(c.subject, c.value.low, c.person.told) for c in _ages(pipeline, text)]
    assert ages == [("person:webb", 29.0, None), ("person:webb", 29.0, "predicate")]


EVENT_AGES = [
    # ECB+ topic 4 (CC BY 3.0) tells "Mark Felt ... died Thursday at the age of 95"
    ("Mark Felt, the FBI man known as Deep Throat, died Thursday at the age of 95.", ("person:felt", 95)),
    ("Vincent Gigante, who died yesterday in federal prison at 77, ran the family.", ("person:gigante", 77)),
    ("Lena Hart was shot and killed at age 23 outside her home.", ("person:hart", 23)),
    ("Tom Reyes passed away Monday at age 81, his family said.", ("person:reyes", 81)),
    ("Ben Ortiz grew up in Akron. He was killed at age 15 in a drive-by shooting.", ("person:ortiz", 15)),
    # a "when" after an age at a death tells that death, not an earlier time
    ("Nora Vance was killed at the age of 52 when a gunman opened fire in the store.", ("person:vance", 52)),
    ("Tyrell Banks was shot and killed at age 23 outside a store on Fulton Avenue.", ("person:banks", 23)),
    ("Luis Ortega was shot and killed at age 19 when he stepped outside.", ("person:ortega", 19)),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_AGES, ids=[e[0][:40] for e in EVENT_AGES])
def test_an_age_at_a_death_or_an_attack_is_its_subjects(pipeline, text, expected):
    """ "died Thursday at the age of 95", "was shot and killed at age 23",
    "died ... at 77": the age of the verb's subject at that event, told
    through the parse (``told`` "event")."""
    subject, age = expected
    ages = [(c.subject, c.value.low, c.person.told) for c in _ages(pipeline, text)]
    assert ages == [(subject, float(age), "event")]


@pytest.mark.parametrize(
    "text",
    [
        # an age at another event of the person's life: of another time
        "At the age of 10, Ann Page began to act in school plays.",
        "Dan Felt told a magazine at age 91 that he was the source.",
        "Ann Page began to act at age 10 when her family moved to Ohio.",
        # a sentence that names a year
        "Jerome Hill was shot and killed at age 23 on July 26, 2000.",
        "Rita Diaz was shot at age 19 when she lived in Dayton in 2004.",
        # an active verb of attack with an object: whose age?
        "Carl Webb shot a man at 30, police said.",
        # a bound, a clock time, an address
        "Children under the age of 14 cannot buy a gun.",
        "Dana Ruiz died at 10 a.m. on Saturday.",
        "A man was shot dead at 30 Porter Street.",
    ],
)
def test_an_age_at_no_death_or_attack_of_the_subject_is_not_read_so(pipeline, text):
    """An "at age N" of another event, of a year told, of an active "shot"
    with an object, and a number after "at" that is no age: no age of the
    subject told at the event."""
    assert [c for c in _ages(pipeline, text) if c.person.told == "event"] == []


def test_an_age_at_a_death_is_at_most_a_possible_conflict():
    """ "Mark Felt died at age 95" against "Mark Felt, 91,": the bearer is
    read through the parse, so the disagreement is only possible; the same
    figure agrees."""
    a = f"Mark Felt died Thursday at age 95. {SCENE}"
    ages = [f for f in findings_of(a, f"Mark Felt, 91, died Thursday. {SCENE}") if f.kind.value == "age"]
    assert [f.status.value for f in ages] == ["possible_conflict"]
    ages = [f for f in findings_of(a, f"Mark Felt, 95, died Thursday. {SCENE}") if f.kind.value == "age"]
    assert [f.status.value for f in ages] == ["agree"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jim Salas, 18, was charged in the death of Davon Coleman, also 18.", ("person:coleman", 18.0)),
        ("Police said Ana Ruiz, 31, and her cousin, Rosa Diaz, also 31, were hurt.", ("person:diaz", 31.0)),
    ],
)
def test_an_age_set_off_after_also_is_the_names(pipeline, text, expected):
    """ "Davon Coleman, also 18": the age set off after the name is his,
    "also" between (``age_after_name_words``)."""
    assert expected in [(c.subject, c.value.low) for c in _ages(pipeline, text)]
