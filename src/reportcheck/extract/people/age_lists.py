"""Ages given as a list, one age per person: every number its own age.

Reporters give the ages of two or more people at once: "a 25- and
35-year-old" (a suspended hyphen), "two women -- 68 and 48-years-old", "two
men, 21 and 24 years old", "the victims, 19 and 22,", "a man and a woman,
ages 68 and 48", "John Smith and Jane Doe, 19 and 22".  Read one
"N-year-old" at a time, only the last number was an age and the first was
lost; read one "Name, N" at a time, "Jane Doe, 19 and 22" gave Doe the
first number, which is Smith's.

Each number of such a list is an age of its own, with its own evidence.
Where the list stands beside a chain of people as many as its numbers
("John Smith and Jane Doe, 19 and 22", "a man and a woman, 68 and 48",
"Smith and Doe were 19 and 22, respectively"), the numbers are theirs in
order; otherwise they are unnamed ages of the noun the list is told of
("the victims, 19 and 22": a victim each), or of the noun the last
"N-year-old" qualifies, as a single age is.  Not a list: a range ("between
18 and 25 years old", "ages 18 to 25"), an open end ("ages 18 and older"),
and a bare pair of numbers not told of people ("12 and 13 years" in
prison, a score).  An age one is not sure of ("a 16- or 17-year-old", "16
or 17 years old") is one person's age, read as the range between its
numbers (tie :data:`EITHER`), so it holds with another report's 16 and
with its 17.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from reportcheck.extract.core.base import lemma_of, text_of
from reportcheck.extract.core.numbers import parse_number
from reportcheck.extract.people.spared import possessor, spared
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.names import people_lexicon
from reportcheck.knowledge.vocabulary import person_subject, phrase_alternatives

_N = r"\d{1,3}"
#: numbers before "years old": "25- and 35-year-old", "68 and 48-years-old", "12, 14 and 15-year-olds",
#: "sisters-8-and 10-year-old girls"
_BEFORE_OLD = re.compile(rf"\b{_N}-?(?:\s*,\s*{_N}-?)*,?\s*\band\s+{_N}[- ]years?[- ]olds?\b", re.IGNORECASE)
#: one age written as two numbers, one or the other: "a 15- or 16-year-old", "15 or 16 years old"
_EITHER_OLD = re.compile(rf"\b{_N}-?\s+or\s+{_N}[- ]years?[- ]olds?\b", re.IGNORECASE)
#: "ages 68 and 48", "aged 30 and 41", "ages 6, 9 and 14", "girls age 6 and 8", the numbers its group
#: "numbers"; a group's list ("two women, ages 41 and 45") is read with it too (:mod:`group_ages`);
#: a hedge before the numbers ("ages about 4 and 6": ``age_hedges`` of rules/people.yaml) is read
#: as the list's, its group "hedge"
AGES_LIST = re.compile(
    rf"\b(?:aged|ages|age)\s+(?:(?P<hedge>{'|'.join(re.escape(w) for w in people_lexicon().age_hedges)})\s+)?"
    rf"(?P<numbers>{_N}(?:\s*,\s*{_N})*,?\s+and\s+{_N})\b",
    re.IGNORECASE,
)
_MEMBER = re.compile(_N)
#: how a list set off after its people starts: "John Smith and Jane Doe, 19 and 22", "two women -- 68 and 48"
_SET_OFF = re.compile(r"(?:,|—|–|--|\()\s*$")
#: two numbers with a comma before "and": each a person's own ("Ruiz, 29, and 31-year-old Lee")
_PER_PERSON = re.compile(r",\s*and\b", re.IGNORECASE)
#: the tie of a range or a bound written as a list: no age is read in it
BOUND = "bound"
#: the tie of one person's age written as two numbers ("a 15- or 16-year-old"): an age between them
EITHER = "either"
#: how far the parse is walked up from a list's first number to the people it is told of
_WALK = 5


def _either(words: tuple[str, ...]) -> str:
    """Whole words of rules/people.yaml as alternatives of a pattern, a
    phrase's words parted by any space."""
    return phrase_alternatives(words)


@cache
def _bare() -> re.Pattern[str]:
    """Bare numbers set off after people or said of them (", 19 and 22,",
    "were 16, 14, 9 and 10.", "were 19 and 22 respectively")."""
    in_order = _either(people_lexicon().age_list_in_order)
    return re.compile(
        rf"\b{_N}(?:\s*,\s*{_N})*,?\s+and\s+{_N}(?=\s*(?:,|;|\.(?!\d)|\)|—|–|--|$)|\s+(?:{in_order})\b)",
        re.IGNORECASE,
    )


@cache
def _words_before(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words`` right before a list, as a pattern on the text
    before it: the bounds ("between 18 and 25"), the verbs of a list said
    of its people ("the children were 3 and 4"), "at" of "at age 16 and 17"."""
    return re.compile(rf"\b(?:{_either(words)})\s+$", re.IGNORECASE)


@cache
def _in_order() -> re.Pattern[str]:
    """ ", respectively" after a list: its ages are its people's in order."""
    return re.compile(rf"^,?\s*(?:{_either(people_lexicon().age_list_in_order)})\b", re.IGNORECASE)


@cache
def open_end() -> re.Pattern[str]:
    """The words after a list or a range that leave it open ("ages 18 and
    older": ``age_list_open_ends`` of rules/people.yaml), as a pattern on
    the text after it; a group's range or list so ended is none either, nor
    a single age ("aged 60 and over").  Not where a number follows: "a
    19-year-old and over 20 others", "and up to 30 more" go on to others."""
    ends = _either(people_lexicon().age_list_open_ends)
    return re.compile(rf"^\s*(?:and|or)\s+(?:{ends})\b(?!\s+(?:\S+\s+)?\d)", re.IGNORECASE)


@dataclass(frozen=True)
class AgeList:
    """One list of ages as written: its span, each member (age, start, end),
    the form ("old": before "years old"; "ages": after "ages"/"aged"; "bare")
    and how the list is tied to its people ("set off" after them, "said" of
    them by a verb, "respectively", or "" when it qualifies a noun)."""

    start: int
    end: int
    members: list[tuple[int, int, int]]
    form: str
    tie: str


@dataclass(frozen=True)
class Owner:
    """Whose an age of a list is: the subject, the label and the role."""

    subject: str
    label: str
    role: str | None
    #: the people are a group told by a plural noun ("the victims, 19 and 22"), not set apart
    group: bool = False
    #: whose kin the group is ("her" of "her two sons") and whether told spared (:mod:`spared`)
    kin_of: str | None = None
    spared: bool | None = None


#: whose a listed age is when the sentence does not say
UNTOLD = Owner("unnamed:person", "age of a person", None)


def find_age_lists(doc: Doc, taken: list[tuple[int, int]]) -> list[AgeList]:
    """Every list of ages in ``doc`` outside the spans ``taken`` (a group's
    ages :mod:`group_ages` reads), each once, in order of the text."""
    text = text_of(doc)
    found: dict[int, AgeList] = {}
    for form, pattern in (
        ("old", _BEFORE_OLD),
        ("either", _EITHER_OLD),
        ("ages", AGES_LIST),
        ("bare", _bare()),
    ):
        for match in pattern.finditer(text):
            if any(s <= match.start() < e or s < match.end() <= e for s, e in taken):
                continue
            if any(a.start <= match.start() < a.end for a in found.values()):
                continue  # "ages 68 and 48" is no bare list as well
            listed = _listed(text, match, form)
            if listed is not None:
                found[match.start()] = listed
    return [found[start] for start in sorted(found)]


def _listed(text: str, match: re.Match[str], form: str) -> AgeList | None:
    """The list a match is, or None where it is a range, a bound or no list."""
    before = text[max(0, match.start() - 24) : match.start()]
    lex = people_lexicon()
    if _words_before(lex.age_list_bounds).search(before) or open_end().match(text[match.end() :]):
        # "between 18 and 25 years old": a range, whose last number is no one's age either
        return AgeList(match.start(), match.end(), [], form, BOUND) if form in ("old", "either") else None
    numbers = match.group()
    offset = match.start()
    if form in ("old", "either"):
        numbers = re.split(r"[- ]years?[- ]old", numbers, flags=re.IGNORECASE)[0]
    elif form == "ages":
        offset, numbers = match.start("numbers"), match.group("numbers")  # the numbers after "ages"
    members = [(int(m.group()), offset + m.start(), offset + m.end()) for m in _MEMBER.finditer(numbers)]
    if len(members) < 2 or not all(0 < age <= 120 for age, _, _ in members):
        return None
    if form == "either":
        # "a 15- or 16-year-old": one age between the two, read where the last "N-year-old" is
        if members[0][0] >= members[1][0]:
            return None
        return AgeList(match.start(), match.end(), members, form, EITHER)
    if (
        form == "ages"
        and _words_before(lex.age_list_times).search(before)
        and match.group().lower().startswith("age ")
    ):
        return None  # "at age 16 and 17": one person at two times
    if len(members) == 2 and _PER_PERSON.search(numbers):
        return None  # "Ann Ruiz, 29, and 31-year-old Tom Lee": an age each, read one at a time
    tie = (
        "set off"
        if _SET_OFF.search(before)
        else "said"
        if _words_before(lex.age_list_said).search(before)
        else ""
    )
    if tie and _in_order().match(text[match.end() :]):
        tie = "respectively"
    if form == "bare" and not tie:
        return None  # "12 and 13 years", "won 21 and 14": a bare pair is an age only set off after people
    return AgeList(match.start(), match.end(), members, form, tie)


def list_owners(
    doc: Doc, found: AgeList, people: list[Span], keys: dict[int, str], role_of: Callable[[Token], str | None]
) -> list[Owner] | None:
    """Whose each age of a list is, or None where no people are told.

    The people the list is set off after or said of, found by the parse from
    its first number: a chain of names or of singular nouns as many as the
    ages, paired in order when the list is set off after them or said
    "respectively"; else the noun they are (a plural: "the victims"), each
    age an unnamed one of that noun."""
    if not found.tie or found.tie in (BOUND, EITHER):
        return None
    first = doc.char_span(found.members[0][1], found.members[0][2], alignment_mode="expand")
    if first is None:
        return None
    owner = _owner(first.root, people, len(found.members))
    if owner is None:
        return None
    if owner.pos_ == "NUM":
        return [UNTOLD] * len(found.members)  # "the two, 17 and 19": as many people as ages
    chain = _chain(owner)
    role = role_of(chain[0]) or relative_role(chain[0], role_of)
    paired = found.tie in ("set off", "respectively") and len(chain) == len(found.members) > 1
    if paired:
        owners = [_one_owner(token, people, keys, role) for token in chain]
        if all(o is not None for o in owners):
            return [o for o in owners if o is not None]
    if owner.tag_ in ("NNS", "NNPS") or lemma_of(owner) != owner.lower_:
        noun = lemma_of(owner)
        group = not set_apart(owner)
        kin_of, unhurt = possessor(owner), spared(owner) or None
        return [Owner(f"unnamed:{noun}", f"age of a {noun}", role, group, kin_of, unhurt)] * len(
            found.members
        )
    return [UNTOLD] * len(found.members)


def set_apart(noun: Token) -> bool:
    """Whether a group's noun is set apart from the people told before it
    ("two other kids, ages 13 and 21", "three more men"): its list is of
    another group than the one another report gives person by person."""
    apart = people_lexicon().group_list_apart
    return any(child.lower_ in apart for child in noun.children)


def relative_role(noun: Token, role_of: Callable[[Token], str | None]) -> str | None:
    """The role a relative clause on a noun of people gives them, its
    pronoun the clause's subject ("the man who died was 31", "the boys who
    were arrested were 14 and 15"): the role ``role_of`` gives the pronoun
    (the clause's verb's), which stands for the noun (``relative_pronouns``
    of rules/people.yaml)."""
    pronouns = people_lexicon().relative_pronouns
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        for subject in clause.children:
            if subject.dep_ in ("nsubj", "nsubjpass") and subject.lower_ in pronouns:
                return role_of(subject)
    return None


def _owner(token: Token, people: list[Span], listed: int) -> Token | None:
    """The person or people a list's first number is told of: up the parse
    to a name or a noun of people; through a verb ("were 19 and 22") to its
    subject, and through "who" to the noun it stands for."""
    current = token
    for _ in range(_WALK):
        if current.i != token.i and _of_people(current, people, listed):
            return current
        if current.pos_ in ("VERB", "AUX"):
            subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                subject = subjects[0]
                if subject.lower_ in people_lexicon().relative_pronouns and current.dep_ == "relcl":
                    subject = _of_whom(current.head, people)  # "the children, who were 16, 14, 9 and 10"
                return subject if _of_people(subject, people, listed) else None
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _of_whom(noun: Token, people: list[Span]) -> Token:
    """The people a clause's "who" stands for where the parser hangs it on
    the noun they are "of" ("the names of the women killed, who were 61 and
    48 years old": ECB+ 32): the people after "of", else the noun itself."""
    if _of_people(noun, people):
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and _of_people(pobj, people):
                    return pobj
    return noun


def _of_people(token: Token, people: list[Span], listed: int = 0) -> bool:
    """A name's head, a noun of people ("victims", "woman", "teens"), or
    "the two" of as many ages as it says."""
    if any(span.root.i == token.i for span in people):
        return True
    if token.pos_ == "NUM" and token.i > 0 and token.doc[token.i - 1].lower_ == "the":
        return parse_number(token.text) == listed > 1
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    return _person_noun(lemma_of(token)) or _person_noun(token.lower_)


def _person_noun(word: str) -> bool:
    lex, counts = people_lexicon(), lexicon()
    return (
        word in lex.sex_of
        or word in lex.young
        or word in lex.grown
        or word in lex.role_of
        or word in counts.people_group
        or word in counts.kind_of_people
        or word in counts.attackers
    )


def _chain(token: Token) -> list[Token]:
    """The people joined by "and" with ``token``, in order: "a man and a
    woman", "John Smith, Ann Ruiz and Jane Doe"."""
    top = token
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    chain, todo = [top], [top]
    while todo:
        for child in todo.pop().children:
            if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"):
                chain.append(child)
                todo.append(child)
    return sorted(chain, key=lambda t: t.i)


def _one_owner(token: Token, people: list[Span], keys: dict[int, str], role: str | None) -> Owner | None:
    """One person of a chain: a name ("person:doe") or a singular noun of
    people ("unnamed:woman"); None for a plural ("two men and a woman")."""
    for span in people:
        if span.root.i == token.i:
            return Owner(person_subject(keys[span.start]), f"age of {span.text}", None)
    if token.tag_ != "NN" or not _of_people(token, people):
        return None
    noun = lemma_of(token)
    return Owner(f"unnamed:{noun}", f"age of a {noun}", role)
