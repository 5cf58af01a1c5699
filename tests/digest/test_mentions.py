"""Whether two mentions of harmed people may be one person (digest/mentions.py).

The words of sex and age are the knowledge layer's (rules/people.yaml), the
ones the aligner reads: a noun listed there tells the digest a sex too.
"""

from __future__ import annotations

import pytest

from reportcheck.digest.mentions import can_be_one, sex_of
from reportcheck.knowledge.names import PeopleRules, people_lexicon
from reportcheck.knowledge.rules import load_rule_file


@pytest.mark.parametrize(
    ("first", "second", "one"),
    [
        # nouns of one sex the aligner and the digest both read
        ("a wounded woman", "the gunman", False),
        ("a 24-year-old schoolgirl", "the policeman", False),
        ("his fiancee", "she", True),
        ("her ex-husband", "a 30-year-old woman", False),
        ("the gunman", "he", True),
        # a child's noun is not a grown-up's, whatever the sex
        ("the toddler", "her mother", False),
        ("the child", "the victim", True),
        # ages differ
        ("a 12-year-old girl", "his 7-year-old daughter", False),
    ],
)
def test_sex_and_age_tell_two_mentions_apart(first, second, one):
    assert can_be_one(first, second) is one
    assert can_be_one(second, first) is one


def test_the_digest_reads_the_sex_of_every_noun_the_aligner_reads():
    lex = people_lexicon()
    for word, sex in lex.sex_of.items():
        assert sex_of(f"the {word}") == sex


def test_no_word_has_two_sexes_or_two_ages():
    rules = load_rule_file("people.yaml", PeopleRules)
    assert not set(rules.sexes["male"]) & set(rules.sexes["female"])
    assert not set(rules.sex_pronouns["male"]) & set(rules.sex_pronouns["female"])
    assert set(rules.sex_pronouns) == set(rules.sexes)
    assert not set(rules.ages.young) & set(rules.ages.grown)
