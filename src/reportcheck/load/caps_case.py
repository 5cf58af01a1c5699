"""Passages in capitals, written the way the tagger reads news.

TV stations publish the anchor's script or the closed captions beside the
web story, in capitals ("SINCE THEN, THE DEPUTIES IDENTIFIED THE BOY AS
..."), and some pages set a headline or a kicker so.  spaCy's small model
reads no names in capitals: a victim the script names ("BENTLEY LEONARD")
is never set against the story's "Bentley Lenhart", and the odd run of
capitals it does tag ("JOSEPH SLAIGHT SURVIVED") is no name.  Of the
corpora's 1,646 articles, 8 hold such a passage (8 words or more with no
small letter).

The loader writes such a passage as the article would: each word in small
letters, save the first of a sentence, a word the article itself writes
with a capital in its other text and never in small letters (a name, a
town: "Bentley", "Jacksonville"; an acronym it writes in capitals stays
so), a country, a state or a large city the gazetteer knows ("WISCONSIN",
"TULSA"), and a word right after such a name that the article never writes in
small letters ("LEONARD" after "BENTLEY": the surname the story spells
otherwise), and the two words after an age ("27-YEAR-OLD MORGAN SLAIGHT")
that are no known word and that the article never writes in small letters
(the nouns of a person, "WOMAN", "MOTHER", are known words): a script names
a person there that the story may never name.  Words of page furniture ("BREAKING NEWS", a station's call
letters the article writes nowhere else) come out in small letters, so the
parser takes them for no one.  Only letters change case, so every offset,
and every claim's quoted text (read from the original file), stays as it
was.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from reportcheck.knowledge.gazetteer.lookup import get_gazetteer
from reportcheck.knowledge.title_case import headline_case_rules
from reportcheck.knowledge.vocabulary import AREA_KINDS
from reportcheck.load.headline_case import known_word
from reportcheck.load.offsets import Edit

#: a passage with no small letter, from a capital letter to a capital letter or a stop
_PASSAGE = re.compile(r"[A-Z][^a-z]*[A-Z.!?]")
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
#: a passage holds at least this many words of two letters or more
MIN_WORDS = 8
#: a sentence ends before the next word ("... THE YARD. STOCKTON ...")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+$")


@dataclass(frozen=True)
class _Usage:
    """How the article's text outside its passages in capitals writes each word (lower case)."""

    capital: frozenset[str]  # with a capital first letter inside a sentence, and never in small letters
    upper: frozenset[str]  # in capitals, as an acronym ("DCF", "UC")
    lower: frozenset[str]  # in small letters somewhere


def _passages(text: str) -> list[tuple[int, int]]:
    """The spans of the passages in capitals long enough to be a script's."""
    found = []
    for match in _PASSAGE.finditer(text):
        start, end = match.start(), match.end()
        line_end = text.find("\n", end)
        if re.search(r"[a-z]", text[end : line_end if line_end >= 0 else len(text)]):
            # "... AT 6:00.\n\nMILLBROOK, Ohio - A boy": the dateline of the story is no script's
            end = text.rfind("\n", start, end)
        words = [w for w in _WORD.findall(text[start:end]) if len(w) > 1] if end > start else []
        if len(words) >= MIN_WORDS:
            found.append((start, end))
    return found


def _usage(text: str, passages: list[tuple[int, int]]) -> _Usage:
    """How the rest of the article writes its words."""
    capital: Counter[str] = Counter()
    upper: set[str] = set()
    lower: set[str] = set()
    inside = [range(start, end) for start, end in passages]
    for match in _WORD.finditer(text):
        if any(match.start() in span for span in inside):
            continue
        word = match.group()
        key = word.lower()
        if word.islower():
            lower.add(key)
        elif word.isupper() and len(word) > 1:
            upper.add(key)
        elif word[0].isupper() and not _starts_sentence(text, match.start()):
            capital[key] += 1
    return _Usage(frozenset(capital) - frozenset(lower), frozenset(upper - lower), frozenset(lower))


def _starts_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 6) : at]
    return at == 0 or "\n" in before or bool(_SENTENCE_END.search(before))


def _recased(word: str, *, first: bool, after_name: bool, usage: _Usage) -> tuple[str, bool]:
    """The word as the article would write it, and whether it is a name's word."""
    key = word.lower()
    if key == "i" or key.startswith(("i'", "i’")):
        return "I" + key[1:], False
    if key in usage.upper and not known_word(key):
        return word, False
    if known_word(key):
        # a word of grammar, a count, a casualty or a headline's verb ("SAID", "CHILDREN"): never a name
        return (key[0].upper() + key[1:] if first else key), False
    known = key in usage.capital or (key not in usage.lower and _large_place(key))
    name = known or (after_name and key not in usage.lower and len(key) > 1)
    if name or first:
        return key[0].upper() + key[1:], name
    return key, False


#: a city this populous is named in capitals as a state is ("TULSA", "OKLAHOMA")
LARGE_CITY = 250_000


@cache
def _large_place(word: str) -> bool:
    """Whether the gazetteer knows a word as a country, a state or region,
    or a large city ("WISCONSIN", "TULSA"): a script names them as the story
    would, and the story may never write them."""
    if len(word) < 4:
        return False
    return any(
        place.kind in AREA_KINDS or place.population >= LARGE_CITY
        for place in get_gazetteer().candidates(word.title())
    )


#: an age told before a person in capitals: "27-YEAR-OLD ", "60 YEAR OLD ", "27-YO "
_AGE_BEFORE = re.compile(r"\b\d{1,3}(?:[- ]YEARS?[- ]OLD|-YO)\s+$")


def _name_after_age(text: str, words: list[re.Match[str]], start: int, usage: _Usage) -> bool:
    """Whether the two words after an age in capitals are a person's name
    ("27-YEAR-OLD MORGAN SLAIGHT", "60-YEAR-OLD BRUCE O'BRIEN"), which the
    article names nowhere else: after an age stands the person, and the
    nouns of a person ("WOMAN", "MOTHER", "SUSPECT") are known words, so two
    words there that are no known word and that the article never writes in
    small letters are a first name and a surname."""
    if len(words) < 2 or text[words[0].end() : words[1].start()].strip():
        return False
    if not _AGE_BEFORE.search(text[max(start, words[0].start() - 16) : words[0].start()]):
        return False
    keys = [word.group().lower() for word in words]
    if keys[0] in usage.upper or any(_person_noun(key) for key in keys):
        return False  # "22-YEAR-OLD UAMS PHLEBOTOMIST": an acronym, a trade
    return all(len(key) > 1 and not known_word(key) and key not in usage.lower for key in keys)


#: a noun of a person this long ends a word that is a noun of a person too ("motorcyclist")
PERSON_NOUN_MIN = 5


def _person_noun(word: str) -> bool:
    """Whether a word no list knows is still a noun of a person: it ends in
    a trade's ending ("phlebotomist", "electrician": ``person_noun_endings``,
    not a surname's "-quist") or in a known noun of a person ("motorcyclist":
    "cyclist", "schoolteacher": "teacher").  A script describes a person so
    after an age ("30-YEAR-OLD BENTONVILLE MOTORCYCLIST") as often as it
    names one."""
    rules = headline_case_rules()
    if word.endswith(rules.person_noun_endings) and not word.endswith(rules.surname_endings):
        return True
    return any(
        known_word(word[cut:]) for cut in range(3, len(word) - PERSON_NOUN_MIN + 1) if word[cut:].isalpha()
    )


def caps_case_edits(text: str) -> list[Edit]:
    """Edits that write the words of every long passage in capitals as the
    rest of the article writes them (:func:`_recased`)."""
    passages = _passages(text)
    if not passages:
        return []
    usage = _usage(text, passages)
    edits: list[Edit] = []
    for start, end in passages:
        after_name, last = False, start
        words = list(_WORD.finditer(text, start, end))
        for at, match in enumerate(words):
            gap = text[last : match.start()]
            first = match.start() == start or bool(
                _SENTENCE_END.search(text[max(start, match.start() - 6) : match.start()])
            )
            after_name = after_name and gap.strip() == ""
            if not after_name and _name_after_age(text, words[at : at + 2], start, usage):
                after_name = True  # "27-YEAR-OLD MORGAN SLAIGHT": the first name, written as a name
            written, name = _recased(match.group(), first=first, after_name=after_name, usage=usage)
            if written != match.group():
                edits.append(Edit(match.start(), match.end(), written))
            after_name, last = name, match.end()
    return edits
