"""The rank written before a person's name: "Lt. Chris Baldridge".

Reporters give an officer's rank as a title before the name, abbreviated or
spelled out ("Lt.", "Lieutenant"), often after the force's own word ("Police
Sgt. Ann Ruiz", "Sheriff's Capt. Dale Hart") or a word of the squad ("Det.
Sgt."), which say nothing of the rank and are read through.  A modifier
before a rank makes another rank ("Deputy Chief", "Assistant Chief").  A
role ("Officer", "Deputy", "Trooper") is no rank: the words are in
``ranks``, ``rank_modifiers`` and ``rank_neutral`` of rules/people.yaml.
"""

from __future__ import annotations

from spacy.tokens import Span

from reportcheck.knowledge.names import people_lexicon

#: how many words before a name a title run may take
TITLE_WORDS = 4


def rank_of(person: Span) -> str | None:
    """The rank of the title run right before ``person`` ("lieutenant",
    "deputy chief"), or None where the run holds no rank word."""
    found = _rank_run(person)
    return found[0] if found else None


def rank_start(person: Span) -> int | None:
    """The token where the title run of a rank before ``person``
    begins ("Sgt." of "Sgt. Chris Baldridge"), None where there is no rank:
    a sentence splitter often ends a sentence at "Sgt.", and the person's
    sentence is then quoted from there."""
    found = _rank_run(person)
    return found[1] if found else None


def _rank_run(person: Span) -> tuple[str, int] | None:
    """The rank of the title run before ``person`` and its first token."""
    lex = people_lexicon()
    doc = person.doc
    words: list[str] = []
    first = person.start
    for i in range(person.start - 1, max(person.start - 1 - TITLE_WORDS, -1), -1):
        word = doc[i].lower_.strip(".")
        if _abbreviation_stop(person, i):
            continue
        if word in lex.rank_of:
            words.insert(0, lex.rank_of[word])
        elif word in lex.rank_modifiers:
            words.insert(0, word)
        elif word not in lex.rank_neutral:
            break
        first = i
    if not any(word in lex.rank_of.values() for word in words):
        return None  # "Deputy Ann Ruiz", "Det. Ann Ruiz": a role, no rank
    return " ".join(words), first


def _abbreviation_stop(person: Span, i: int) -> bool:
    """Whether token ``i`` is the stop of an abbreviated rank ("Lt." split
    as "Lt" and "."), not the end of a sentence ("... said the chief.")."""
    doc = person.doc
    if doc[i].text != "." or i == 0 or doc[i - 1].whitespace_:
        return False
    word = doc[i - 1].lower_
    rank = people_lexicon().rank_of.get(word)
    return rank is not None and rank != word
