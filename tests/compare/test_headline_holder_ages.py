"""A headline tells the one holder of a role by an age only ("Police shoot
man, 24, ..."; "Detroit man, 18, charged in brother's shooting death") and
leaves the name to its story ("His family identified him as Anselmo
Trujeque, 26").  The headline's age is then the named person's: set against
the story's (the report's own contradiction) and against the other report's
age of that person.  Not where the story names two people with ages and no
role, tells the role twice, or gives an age far from the headline's; nor
an age told in the story (it keeps the earlier rules).  Invented reports
after police-shooting and homicide copy (genre50a 06, GVC headlines)."""

from __future__ import annotations

from reportcheck.models import Status

from ..conftest import age_pairs

OTHER = (
    "Officers shot a man armed with a knife in an apartment hallway on Birch Street in Tacoma late "
    "Friday, police said. The man, 31, was taken to a hospital in critical condition."
)


def _headlined(headline: str, story: str) -> str:
    return f"{headline}\n\n{story}"


ROLELESS = _headlined(
    "Tacoma police shoot man, 29, holding knife in apartment hallway",
    "An officer shot and wounded a man holding a knife in the hallway of an apartment building on "
    "Birch Street late Friday, police said.\n\nOfficers told the man to drop the knife before one "
    "officer shot him as he moved toward them.\n\nHis family identified him as Ruben Aldana, 31. He "
    "remained in critical condition Saturday, his brother, Tomas Aldana, said.",
)


def test_the_headline_s_man_is_the_one_person_the_story_ages():
    pairs = age_pairs(ROLELESS, OTHER)
    assert ([29.0, 31.0], [], Status.conflict) in pairs, pairs  # the report's own contradiction
    assert ([29.0], [31.0], Status.conflict) in pairs, pairs  # and the other report's age


SUSPECT = _headlined(
    "Flint man, 19, charged in cousin's shooting death",
    "A Flint man has been charged with second-degree murder in the shooting death of his cousin "
    "on Saginaw Street, prosecutors said Monday.\n\nDorian Pike, 21, was arrested Sunday and "
    "charged with murder.",
)
SUSPECT_OTHER = (
    "Prosecutors charged Dorian Pike, 21, on Monday with second-degree murder in the shooting "
    "death of his cousin on Saginaw Street in Flint."
)


def test_the_headline_s_charged_man_is_the_named_suspect():
    pairs = age_pairs(SUSPECT, SUSPECT_OTHER)
    assert ([19.0, 21.0], [], Status.conflict) in pairs, pairs
    assert ([19.0], [21.0], Status.conflict) in pairs, pairs


def test_two_aged_people_without_roles_keep_the_headline_apart():
    """The negative: the story ages two people it gives no role, so the
    headline's man may be either (or neither)."""
    report = ROLELESS.replace("his brother, Tomas Aldana,", "his brother, Tomas Aldana, 27,")
    pairs = age_pairs(report, OTHER)
    assert not [p for p in pairs if 29.0 in p[0] and len(p[0]) > 1], pairs
    assert ([29.0], [], Status.only_in_one) in pairs, pairs


def test_an_age_far_from_the_named_person_s_stays_apart():
    report = ROLELESS.replace("man, 29,", "man, 44,")
    pairs = age_pairs(report, OTHER)
    assert ([44.0], [], Status.only_in_one) in pairs, pairs


def test_a_bystander_or_caller_aged_by_name_is_no_headline_holder():
    """The near-miss: the story ages by name, with no role, only someone it
    does not identify as the man ("\"I heard three shots,\" said Dana Ruiz,
    27"; "Kyle Moss, 26, called 911"): no sentence identifies that person, so
    the headline's age stays apart."""
    story = ROLELESS.split("\n\nHis family")[0]
    for told in ('"I heard three shots," said Dana Ruiz, 27, who lives below.', "Kyle Moss, 28, called 911."):
        pairs = age_pairs(f"{story}\n\n{told}", OTHER)
        assert not [p for p in pairs if 29.0 in p[0] and len(p[0]) > 1], pairs
