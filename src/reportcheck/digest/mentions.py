"""What a mention of one person says of who they are: sex and age.

A report tells of several people one mention at a time ("a wounded
12-year-old girl", "his 7-year-old daughter", "he"), and the count rules
ask whether two mentions can be one person: a girl hurt is not the man who
later "killed himself", and a 12-year-old hurt is not "his 7-year-old
daughter" found dead.  Only what the words themselves say is read; a
mention that says nothing of sex or age fits anyone.  The nouns and
pronouns of each sex, of a child and of a grown-up are the knowledge
layer's (``sexes``, ``sex_pronouns`` and ``ages`` in rules/people.yaml),
the ones the aligner tells unnamed people apart by.
"""

from __future__ import annotations

import re

from reportcheck.knowledge.names import people_lexicon

#: "12-year-old", "12 year old"
AGE = re.compile(r"\b(\d{1,3})[- ]year[- ]old\b", re.IGNORECASE)


def _head(text: str) -> str:
    """The last word of a mention, lower case, without punctuation or "'s"."""
    words = [w.strip(".,;:'’\"").lower() for w in text.split()]
    words = [w.removesuffix("'s").removesuffix("’s") for w in words if w]
    return words[-1] if words else ""


def sex_of(text: str) -> str | None:
    """ "female" or "male" as the mention's head word or pronoun says, else None ("the victim")."""
    head = _head(text)
    lex = people_lexicon()
    return lex.sex_of.get(head) or lex.pronoun_sex.get(head)


def age_of(text: str) -> int | None:
    """The age a mention gives ("a 12-year-old girl" -> 12), if any."""
    found = AGE.search(text)
    return int(found.group(1)) if found else None


def _young(text: str) -> bool | None:
    """True for a child's noun, False for a grown-up's, None for neither ("the victim")."""
    head = _head(text)
    lex = people_lexicon()
    return True if head in lex.young else False if head in lex.grown else None


def can_be_one(first: str, second: str) -> bool:
    """Whether two mentions may be one person: no sex, age or child's noun said of both tells them apart."""
    for said in (sex_of, age_of, _young):
        pair = (said(first), said(second))
        if None not in pair and pair[0] != pair[1]:
            return False
    return True
