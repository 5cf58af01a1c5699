"""Names read apart from the parser: a surname spelled two ways, a first name told alone."""

from __future__ import annotations

import pytest

from reportcheck.knowledge.names import (
    given_name_matches,
    misprinted_surname,
    names_fit,
    names_match,
    names_someone_of,
    one_word_renamed,
    spelled_apart,
    spelling_variants,
    surname_spellings,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Bentley Leonard", "Bentley Lenhart"), ("Jahad Brumsey", "Jahad Ramsey"), ("Min Haung", "Min Huang")],
)
def test_one_first_name_and_close_surnames_are_spelled_apart(a, b):
    assert spelled_apart(a, b) and spelled_apart(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("John Casulo", "John Casullo"),  # one spelling by names_match already
        ("Maria Garcia", "Ana Garza"),  # two first names
        ("Leonard", "Lenhart"),  # no first name
        ("Bentley Leonard", "Bentley Morris"),  # surnames far apart
    ],
)
def test_others_are_not_spelled_apart(a, b):
    assert not spelled_apart(a, b)


@pytest.mark.parametrize(
    ("a", "b", "spellings"),
    [
        ("John Casulo", "John Casullo", ("Casulo", "Casullo")),
        ("Deshawn Beddles", "DeShawn Beedles", ("Beddles", "Beedles")),
        ("O'Bryan Spikes", "O’Bryan Spikes", None),  # one spelling, two apostrophes
        ("Raj Chohan", "Raj K. Chohan", None),
        ("James Poores", "James Poore", None),  # a possessive without its mark
        ("Casullo", "John Casulo", None),  # a surname alone shows no spelling of a full name
    ],
)
def test_surname_spellings(a, b, spellings):
    assert surname_spellings(a, b) == spellings


@pytest.mark.parametrize(
    ("given", "other", "other_given", "match"),
    [
        ("Ava", "Ava Grant", False, True),
        ("Tommie", "Dwayne Tommie", False, False),  # a first name is no surname
        ("Ava", "Ava", True, True),
        ("Ava", "Ava", False, True),
        ("Ava", "Grant", False, False),
        ("Stephen", "Steven Ruiz", False, True),  # a spelling of the first name
    ],
)
def test_a_first_name_alone_matches_as_a_first_name(given, other, other_given, match):
    assert given_name_matches(given, other, other_given=other_given) is match


@pytest.mark.parametrize(
    ("a", "b", "a_given", "b_given", "fits"),
    [
        ("Ava", "Ava Smith", True, False, True),  # "his daughter, Ava" is Ava Smith
        ("Ava Smith", "Ava", False, True, True),  # either side may be the first name alone
        ("Ava", "Brian Ava", True, False, False),  # a first name is never a surname
        ("Ava", "Brian Ava", False, False, True),  # a lone word of no such mark is a surname
        ("Ava Smith", "Ava Jones", False, False, False),
    ],
)
def test_names_fit_as_align_and_the_person_judge_both_ask(a, b, a_given, b_given, fits):
    assert names_fit(a, b, a_given=a_given, b_given=b_given) is fits


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Louis Anaya", "Luis Anaya", ("Louis", "Luis")),
        ("Erika Robinson", "Erica Robinson", ("Erika", "Erica")),
        ("Michael Lee", "Micheal Lee", ("Michael", "Micheal")),  # two letters swapped
        ("Sara Smith", "Sarah Smith", ("Sara", "Sarah")),
        ("Joe Smith", "Joey Smith", None),  # a pet form
        ("Kate Smith", "Katie Smith", None),
        ("Steve Lee", "Steven Lee", None),  # a short form a letter shorter
        ("Chris Lee", "Christopher Lee", None),  # a shortening, many letters off
        ("Mike Lee", "Michael Lee", None),
        ("Louis Anaya", "Luis Anayo", None),  # the surname differs: surname_spellings' case
        ("Ali Khan", "Aly Khan", None),  # too short to tell a spelling from another name
    ],
)
def test_given_name_spellings(a, b, expected):
    from reportcheck.knowledge.names import given_name_spellings

    assert given_name_spellings(a, b) == expected


@pytest.mark.parametrize(
    ("a", "b", "surname"),
    [
        ("Rachael", "Rachel", False),
        ("Robyn", "Robin", False),
        ("Erika", "Erica", False),
        ("Louis", "Luis", False),
        ("Javon", "Jovan", False),
        ("Lonfair", "Lanfair", True),
        ("Welborn", "Wellborn", True),
        ("Rait", "Raite", True),
        ("LaCalamita", "Calamita", True),
        ("Askhar", "Askar", True),
    ],
)
def test_spelling_variants_of_one_name(a, b, surname):
    assert spelling_variants(a, b, surname=surname)
    assert spelling_variants(b, a, surname=surname)


@pytest.mark.parametrize(
    ("a", "b", "surname"),
    [
        ("Warren", "Walker", True),  # two surnames, not one spelled two ways
        ("Brumsey", "Ramsey", True),  # the first letter differs
        ("Leonard", "Lenhart", True),
        ("Daniel", "Daniela", False),  # a man's name and a woman's
        ("Carla", "Carly", False),
        ("Erin", "Eric", False),  # too short for a letter to be a slip
        ("Bryant", "Brian", False),
        ("Rait", "Raite", False),  # a first name ending otherwise is another name
        ("Dash", "Ash", True),  # a particle's rest too short to be a surname of its own
        ("Oakes", "Akes", True),
        ("Dowd", "Owd", True),
    ],
)
def test_two_names_are_no_spelling_variants(a, b, surname):
    assert not spelling_variants(a, b, surname=surname)


@pytest.mark.parametrize(
    ("sentence", "own", "named"),
    [
        ("Marcus Dell, 31, was charged in Young's death.", "Marcus Dell", True),
        ("Ray Youngblood, 31, was charged with murder.", "Ray Youngblood", False),  # no Young in Youngblood
        ("A young man, Ray Dell, was charged with murder.", "Ray Dell", False),  # an adjective, no name
        ("Tia Young, 19, was charged in the killing.", "Tia Young", False),  # her own surname
        ("Police said Nora Webb's killer, Ray Dell, had fled.", "Ray Dell", True),
    ],
)
def test_a_sentence_naming_someone_of_a_background_incident(sentence, own, named):
    assert names_someone_of(sentence, own, {"young", "webb"}) is named


@pytest.mark.parametrize(
    ("a", "b", "match"),
    [
        ("Mike Pruett", "Michael Pruett", True),  # a short form that is no start of the name
        ("Bill Ostrander", "William Ostrander", True),
        ("Peggy Lund", "Margaret Lund", True),
        ("Mick Farrow", "Mike Farrow", True),  # two short forms of one name
        ("Tony Russo", "Anthony J. Russo", True),
        ("Mohammed Qureshi", "Muhammad Qureshi", True),  # a transliteration, by its spelling
        ("D. Pruett", "Dwayne Pruett", True),  # an initial
        ("Darnell Pruett", "Dwayne Pruett", False),  # two first names: two people
        ("Edward Cole", "Theodore Cole", False),  # both shortened "Ted", never one another
        ("Mike Farrow", "Mark Farrow", False),
    ],
)
def test_short_forms_of_a_first_name(a, b, match):
    assert names_match(a, b) is match
    assert names_match(b, a) is match


# One person's name with one word another name, as reports of one incident
# from two outlets give it (patterns of written sets: a ship's captain, a
# mine director, a Korean fire chief, a Pakistani spokesman; varied).
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Raimundo Nonato Batista", "Raimundo Nonato Bastos"),  # a surname another surname
        ("Rui Carvalho Batista", "Rui Carvalho Bastos"),
        ("Zoran Milić", "Zoran Miletić"),  # an accent is no difference, two letters more are
        ("Goran Milic", "Goran Miletic"),
        ("Park Jae-hoon", "Park Jae-hyun"),  # one half of a Korean given name
        ("Lee Min-hoon", "Lee Min-hyun"),
        ("Azhar Ali Jamali", "Anwar Ali Jamali"),  # a first name another first name
        ("Shahid Khan Yousafzai", "Sajid Khan Yousafzai"),
        ("Ramiro Ceballos Urquidi", "Ramiro Cevallos Urquiza"),  # one word spelled, one another name
    ],
)
def test_one_word_another_name(a, b):
    assert one_word_renamed(a, b) and one_word_renamed(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zoran Milić", "Zoran Milic"),  # an accent
        ("Park Jae-hoon", "Park Jaehoon"),  # a hyphen: as many words no more
        ("Park Jae-hoon", "Park Jae-hun"),  # romanised two ways
        ("Kim Jung-ho", "Kim Jeong-ho"),
        ("Mohammed Ali Khan", "Muhammad Ali Khan"),  # transliterated two ways
        ("Mohammed Al-Hammadi", "Mohammed El-Hammadi"),  # the article spelled two ways
        ("Mohammed Al-Hammadi", "Mohammed Al-Hamoudi"),  # vowels only: a transliteration
        ("Ahmed Raza", "Ahmad Raza"),
        ("Jon Owen", "John Owen"),  # an "h" written or not
        ("Jaylen Okafor", "Jaylan Okafor"),  # one letter: a spelling (the evaluation's rule)
        ("Martin Etchegaray", "Martin Echegaray"),
        ("J. Smith", "John Smith"),  # an initial
        ("Raimundo Batista", "Raimundo Nonato Batista"),  # a word dropped
        ("Katie Jenkin", "Kathryn Jenkin"),  # a familiar form of the first name
        ("Alexandros Pappas", "Alexis Pappas"),
        ("Mike Pruitt", "Michael Pruitt"),
        ("Maurice Cheeks", "Mo Cheeks"),  # a short form of two letters
        ("Jose Garcia Sr.", "Jose Garcia Jr."),  # a father and a son
        ("Kevin Ortega", "Luis Ferrer"),  # two names
        ("Kevin Ahles", "Tom Ahles"),  # two first letters: two people
        ("Ahmed Khan", "Asif Khan"),  # one common surname, two first names: two spokesmen of one force
        ("Robert Okafor", "Richard Okafor"),  # a father and a son, both the owner
        ("Jeffrey Payne", "Jason Payne"),  # the fire chief and the acting fire chief
        ("Mikhail Petrov", "Misha Petrov"),  # a familiar form of the first name
        ("Katarzyna Nowak", "Kasia Nowak"),
        ("Dmitry Volkov", "Dima Volkov"),
        ("Ahmed Tariq", "Ahmed Tarek"),  # the Arabic "q" transliterated as "k"
        ("Qasim Ali Shah", "Kasim Ali Shah"),
    ],
)
def test_no_word_another_name(a, b):
    assert not one_word_renamed(a, b) and not one_word_renamed(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Embleton", "Emberton"),  # a consonant changed
        ("Alapaki-Ramsey", "Alapai-Ramsey"),  # a consonant dropped
        ("Kjærsgaard", "Kjærgaard"),
        ("Jianping", "Jianming"),
        ("Dzhambazov", "Dzhambazki"),  # an ending of two letters, a consonant among them
    ],
)
def test_a_consonant_added_dropped_or_changed_is_a_misprint(a, b):
    assert misprinted_surname(a, b) and misprinted_surname(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Chisanga", "Chisenga"),  # a vowel
        ("Molloy", "Malloy"),
        ("Nakamaru", "Nakamura"),  # vowels swapped about one consonant
        ("Fiddler", "Fidler"),  # a letter doubled
        ("Alishbandi", "Alishvandi"),  # one sound of another script: b/v (ECB+)
        ("Askhar", "Askar"),  # an h after a consonant
        ("Kougias", "Kouyias"),  # a soft g written as the y it sounds (ECB+)
        ("Peñalosa", "Penalosa"),  # a diacritic
        ("LaCalamita", "Calamita"),  # a particle
        ("Poore", "Poores"),  # a family's plural
        ("Leonard", "Lenhart"),  # three letters apart: two names, another check's
        ("Hayes", "Mayes"),  # the first letter: two names
        ("Ivanov", "Ivanoff"),  # a Russian final "v" written "ff"
        ("Stephens", "Stevens"),  # "ph" for "v"
        ("Joseph", "Josef"),
        ("Gorbachev", "Gorbatchev"),  # the French "tch"
        ("Abdulrahman", "Abdurrahman"),  # the article's "l" spoken as the "r" after it
        ("Rouhani", "Rowhani"),  # a "w" after a vowel, a glide
        ("Neumann", "Newman"),
        ("Khamenei", "Khamenehi"),  # an "h" between vowels
        ("Wałęsa", "Walesa"),  # a letter no diacritic's removal makes plain, typed without it
        ("Strauß", "Strauss"),
        ("Przybyłowski", "Przybylowski"),
        ("Đoković", "Djokovic"),
    ],
)
def test_vowels_doubled_letters_and_sounds_are_no_misprint(a, b):
    assert not misprinted_surname(a, b) and not misprinted_surname(b, a)
