"""Ages told another way than "N-year-old": hedged, or by a birthday.

Reporters who are not sure of an age set it off after the person with a
hedge ("the bodies of a 3-year-old girl and a boy, about 4,", "Ann Ruiz,
around 30, was wounded"); and a child's or a victim's age is often told by
the birthday they missed or just had ("Linette, who would have turned 2
later this month", "Kenny would have turned 6-years-old on Saturday", "Ruiz
had just turned 18").  Read one "N-year-old" at a time, the hedged age was
lost and the birthday's number was taken for the age, a year too old for a
birthday still to come ("would have turned 6" is 5 at the death).

A hedged age keeps its hedge (the cue finder reads the word before it), so
the comparer grades it as loosely told; a coming birthday gives the age a
year below its number, a past one the number itself.  The bearer is found
as for any age: a named person (by the report's key), else the singular
noun of a person the age is set off after or the birthday verb's subject
is ("the boy, who would have turned 5").  A pronoun ("she would have turned
30") names no one the aligner can pair, and is not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from reportcheck.details import EVENT_AGE, PREDICATE_AGE
from reportcheck.extract.core.base import lemma_of, text_of
from reportcheck.extract.core.numbers import parse_number
from reportcheck.extract.core.pronouns import antecedent
from reportcheck.extract.dates.rules import date_rules
from reportcheck.extract.people.bearers import Bearer, part_of_thing, part_role, person_nouns, tied_bearer
from reportcheck.knowledge.names import PeopleLexicon, people_lexicon
from reportcheck.knowledge.vocabulary import person_subject, phrase_alternatives


@dataclass(frozen=True)
class ToldAge:
    """An age read here: where it is written, its figure, whose it is.

    ``subject``/``label`` are the claim's; ``role`` is that of an unnamed
    bearer; ``anchor`` the offsets of the number (what the hedge is found
    around)."""

    start: int
    end: int
    age: float
    subject: str
    label: str
    role: str | None
    anchor: tuple[int, int]
    told: str  # "hedged", "set_off", "birthday", "decade", "predicate" or "event"
    #: the top of a range ("in his 20s": 29), None for one age
    high: float | None = None
    #: the sex a description tied to the bearer's role gives them ("The suspect, a man in his 50s")
    sex: str | None = None
    #: where the noun an age is set off after starts ("The pilot, 33,": "pilot"), None for other ages
    noun_at: int | None = None


def _words(phrases: tuple[str, ...]) -> str:
    """Whole phrases as alternatives of a pattern, longest first, a
    phrase's words parted by any space."""
    return phrase_alternatives(sorted(phrases, key=len, reverse=True))


#: what may end a hedged age set off after its bearer: a comma (not of "20,000"), a stop, a dash,
#: a bracket, or the verb or clause that follows it ("a man, about 30 was shot")
_SET_OFF_END = r"(?=\s*(?:,(?!\d)|;|\.(?!\d)|\)|—|–|--|$)|\s+(?:and|who|was|were|is|had|has)\b)"


@cache
def _hedged() -> re.Pattern[str]:
    """ ", about 4,", ", aged around 30,": a hedged age set off by a comma."""
    hedges = _words(people_lexicon().age_hedges)
    return re.compile(
        rf",\s+(?:aged?\s+)?(?P<hedge>{hedges})\s+(?P<n>\d{{1,3}}){_SET_OFF_END}",
        re.IGNORECASE,
    )


_NUMBER = r"(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:st|nd|rd|th)?"
_OLD = r"(?P<old>[- ]years?[- ]old)?"


@cache
def _birthday() -> re.Pattern[str]:
    """ "would have turned 2", "had just turned 18", "turns 29 on", "would
    have celebrated her 5th birthday": a birthday verb and its number."""
    lex = people_lexicon()
    when = _words(lex.birthday_when)
    return re.compile(
        rf"\b(?:(?P<ahead>{_words(lex.birthday_ahead)})|(?P<past>{_words(lex.birthday_past)}))"
        rf"\s+(?:(?:his|her|their)\s+)?{_NUMBER}{_OLD}(?P<birthday>\s+birthday)?"
        rf"(?P<when>\s+(?:{when})\b)?",
        re.IGNORECASE,
    )


def _needs_time(verb: str) -> bool:
    """A bare "turned"/"turns" or a "would have been" is a birthday only
    with "years old", "birthday" or a time after its number ("turned 18
    last week", "would have been 30 on Friday"): "turned 18 pages", "would
    have been 30 minutes"."""
    words = verb.lower().split()
    return len(words) == 1 or words[-1] in ("been", "celebrated")


#: the decades written as words ("in his forties")
_DECADE_WORDS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
    "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
#: "in his 20s", "in her early thirties", "in his mid-40s", "in her late teens", "in his 20's"
_DECADE = re.compile(
    r"\bin\s+(?:his|her)\s+(?:(?P<part>early|mid|late)(?:-|\s+))?"
    r"(?P<decade>teens|[1-9]0'?s|" + "|".join(_DECADE_WORDS) + r")\b",
    re.IGNORECASE,
)


def _decade_range(part: str | None, decade: str) -> tuple[int, int] | None:
    """The years "early 30s", "late teens" cover (rules/people.yaml)."""
    lex = people_lexicon()
    word = (part or "").lower()
    if decade.lower() == "teens":
        return lex.age_teen_parts.get(word)
    first = _DECADE_WORDS.get(decade.lower()) or int(decade[:2])
    years = lex.age_decade_parts.get(word)
    return None if years is None else (first + years[0], first + years[1])


def told_ages(
    doc: Doc,
    people: list[Span],
    keys: dict[int, str],
    role_of: Callable[[Token], str | None],
) -> list[ToldAge]:
    """Every hedged age set off after its bearer and every age told by a
    birthday in ``doc`` whose bearer the sentence names or describes."""
    return [
        *_hedged_ages(doc, people, keys, role_of),
        *_set_off_ages(doc, people, keys, role_of),
        *_birthday_ages(doc, people, keys, role_of),
        *_decade_ages(doc, people, keys, role_of),
        *_predicate_ages(doc, people, keys, role_of),
        *_event_ages(doc, people, keys, role_of),
    ]


def _decade_ages(
    doc: Doc, people: list[Span], keys: dict[int, str], role_of: Callable[[Token], str | None]
) -> list[ToldAge]:
    """ "a man in his 20s" (the noun the words qualify), "the mother, who is
    in her 20s" (the subject of the verb they follow): a range of ages."""
    found = []
    for match in _DECADE.finditer(text_of(doc)):
        years = _decade_range(match.group("part"), match.group("decade"))
        span = doc.char_span(match.start(), match.start() + 2, alignment_mode="expand")
        if years is None or span is None:
            continue
        head = span[0].head
        if head.pos_ in ("NOUN", "PROPN"):
            person = _person_at(people, keys, head)
            bearer = (
                Bearer(person_subject(keys[person.start]), f"age of {person.text}", None)
                if person is not None
                else _noun_bearer(head, role_of)
            )
        elif head.pos_ in ("AUX", "VERB"):
            bearer = _bearer_of_verb(doc, people, keys, role_of, head)
        else:
            bearer = None
        if bearer is None:
            continue
        subject, label, role, sex = bearer
        anchor = (match.start(), match.end())
        found.append(
            ToldAge(
                match.start(),
                match.end(),
                float(years[0]),
                subject,
                label,
                role,
                anchor,
                "decade",
                years[1],
                sex,
            )
        )
    return found


@cache
def _predicate() -> re.Pattern[str]:
    """ "was 18.", "who is 44,", "was only 4 when": a bare age after a form
    of "be", ending its clause (a stop, a comma, "and" with no number after
    it, or "when", which :func:`_of_an_earlier_time` reads); "was 18 feet",
    "were 14 and 15" are not, nor "was 18 at the time of the shooting",
    which a report writes beside the person's age today ("Andrew Lopez, 20,
    ... who was 18 at the time of the shooting")."""
    lex = people_lexicon()
    return re.compile(
        rf"\b(?:{_words(lex.predicate_age_verbs)})\s+(?:(?:{_words(lex.predicate_age_stress)})\s+)?"
        r"(?P<n>\d{1,3})(?=\s*(?:[,;)]|\.(?!\d)|$)|\s+and\s+(?!\d)|\s+when\b)",
        re.IGNORECASE,
    )


def _predicate_ages(
    doc: Doc, people: list[Span], keys: dict[int, str], role_of: Callable[[Token], str | None]
) -> list[ToldAge]:
    """ "Gladys Ruiz, who was 44,", "the victim was 23.", "the boy was only
    4": a bare age said of the subject of "be", which "N-year-old" readers
    never see.  The subject is a named person (by the report's key, through
    a relative pronoun to the name it follows, or a "he"/"she" standing for
    a name in its sentence or the one before) or a singular person's noun;
    never a count ("three were 18") nor an age of an earlier time ("When
    Sean Combs was only 3, his father was shot", "was 19 when he was first
    arrested", a sentence that names a year)."""
    found = []
    for match in _predicate().finditer(text_of(doc)):
        age = _age(match.group("n"))
        number = doc.char_span(match.start("n"), match.end("n"))
        if age is None or number is None or len(number) != 1:
            continue
        verb = number[0].head
        if number[0].dep_ not in ("attr", "acomp") or lemma_of(verb) != "be":
            continue
        if _of_an_earlier_time(number[0]):
            continue
        bearer = _verb_bearer(doc, people, keys, role_of, verb)
        if bearer is not None:
            number_at = (match.start("n"), match.end("n"))
            found.append(_told_age(bearer, match.start(), number_at, age, PREDICATE_AGE))
    return found


def _verb_bearer(
    doc: Doc, people: list[Span], keys: dict[int, str], role_of: Callable[[Token], str | None], verb: Token
) -> Bearer | None:
    """Whose an age told of a verb is ("who was 44", "died at age 95"): the
    verb's subject or object (:func:`_bearer_of_verb`), else the name a
    "he" or "she" stands for (:func:`_pronoun_bearer`)."""
    return _bearer_of_verb(doc, people, keys, role_of, verb) or _pronoun_bearer(people, keys, verb)


def _told_age(bearer: Bearer, start: int, number: tuple[int, int], age: float, how: str) -> ToldAge:
    """An age of ``bearer`` whose words run from ``start`` to the end of its
    ``number`` (the offsets of the figure's words, its anchor), told ``how``:
    every reader of this module makes its age so."""
    subject, label, role, sex = bearer
    return ToldAge(start, number[1], age, subject, label, role, number, how, sex=sex)


@cache
def _at_age() -> re.Pattern[str]:
    """ "at age 95", "at the age of 85" (``age_at_event_phrases``), or a
    bare "at 77" ending its clause (``age_at_event_bare``; not "at 10 a.m.",
    "at 30 Porter St."): rules/people.yaml."""
    lex = people_lexicon()
    return re.compile(
        rf"\b(?:(?:{_words(lex.age_at_event_phrases)})\s+(?P<n>\d{{1,3}})\b"
        rf"|(?:{_words(lex.age_at_event_bare)})\s+(?P<bare>\d{{1,3}})(?=\s*(?:[,;]|\.(?!\d)|$)))",
        re.IGNORECASE,
    )


#: subject labels of the clause an age at an event is told in
_SUBJECTS = ("nsubj", "nsubjpass")


def _event_ages(
    doc: Doc, people: list[Span], keys: dict[int, str], role_of: Callable[[Token], str | None]
) -> list[ToldAge]:
    """ "Mark Felt died Thursday at age 95", "LaToya was killed at age 15",
    "died in federal prison at 77": the age of the subject of a verb of
    death or attack at that event (``age_at_event_verbs``).  Read one
    "age N" at a time, the age was left to no one and never met the age
    another report gives the person.  Not an age at another event ("At the
    age of 10, Page began to act"), nor one whose sentence names a year
    (:func:`_year_told`), nor an active "killed" or "shot" whose object
    the age may be of; the bearer is read through the parse, so the
    comparer holds a conflict on it possible only."""
    found = []
    for match in _at_age().finditer(text_of(doc)):
        group = "n" if match.group("n") else "bare"
        age = _age(match.group(group))
        number = doc.char_span(match.start(group), match.end(group))
        at = doc.char_span(match.start(), match.start() + len(match.group().split()[0]))
        if age is None or number is None or at is None or len(number) != 1:
            continue
        verb = _event_verb(at[0])
        if verb is None or _year_told(number[0]):
            continue
        bearer = _verb_bearer(doc, people, keys, role_of, verb)
        if bearer is not None:
            number_at = (match.start(group), match.end(group))
            found.append(_told_age(bearer, match.start(), number_at, age, EVENT_AGE))
    return found


def _event_verb(at: Token) -> Token | None:
    """The verb of death or attack an "at" hangs on ("died ... at 95"), up
    a noun it may hang on instead ("died in federal prison at 77"), and the
    verb whose subject it shares ("was shot and killed at age 23"); none
    for another verb, or an active verb of attack with an object ("shot a
    man at 30": whose age?)."""
    verb = at.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    if not _of_death_or_attack(verb):
        return None
    for _ in range(3):
        if any(c.dep_ in _SUBJECTS for c in verb.children) or verb.dep_ != "conj":
            break
        verb = verb.head
    if any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return None
    return verb


def _of_death_or_attack(verb: Token) -> bool:
    """Whether a verb names a death or an attack (``age_at_event_verbs``;
    "pass away" only with its particle)."""
    verbs = people_lexicon().age_at_event_verbs
    lemma = lemma_of(verb)
    particles = (f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt")
    return verb.pos_ in ("VERB", "AUX") and (lemma in verbs or any(p in verbs for p in particles))


def _of_an_earlier_time(number: Token) -> bool:
    """An age of a time before the story's: its clause opens with "when"
    ("When Sean Combs was only 3, ..."), a clause of that time follows
    ("was 19 when he was first arrested": ``earlier_age_openers``), or its
    sentence names a year."""
    lex = people_lexicon()
    verb = number.head
    opener = lex.earlier_age_openers
    if any(c.dep_ == "mark" or c.dep_ == "advmod" and c.lower_ in opener for c in verb.children):
        return True  # "When he was 3", "until he was 18", "because she was 15" (said of then or of a rule)
    if any(t.lower_ in lex.predicate_age_other_times for t in number.sent) or _time_fronted(verb, lex):
        return True
    return told_of_then(number)


def told_of_then(age: Token) -> bool:
    """Whether an age's own words tie it to a time before the story's: a
    clause of that time follows it ("was 19 (years old) when he was first
    arrested": ``earlier_age_openers``) or its sentence names a year ("...
    in 2009, records show").  Shared by the predicate ages here and the "N
    years old" of extract/people/component.py."""
    lex = people_lexicon()
    after = next((t for t in age.doc[age.i + 1 : age.sent.end] if not t.is_punct), None)
    if after is not None and after.lower_ in lex.earlier_age_openers:
        return True
    return _year_told(age)


def _year_told(age: Token) -> bool:
    """Whether an age's sentence names a year ("... in 2009, records show").
    An age at a death or attack ("was killed at the age of 41 when a gunman
    opened fire") is already tied to that event: a "when" after it tells the
    event, not a time before the story's, so only a year sets it apart."""
    low, high = date_rules().year_article_range
    years = (t for t in age.sent if t.like_num and len(t.text) == 4 and t.text.isdigit())
    return any(low <= int(t.text) <= high for t in years)


#: dependency labels of a phrase set before the subject that tells when ("At the time of his
#: arrest, Hill was 15", "As a freshman, Ramos was 14", "Three years ago, Owens was 21")
_FRONTED = frozenset({"prep", "advmod", "npadvmod", "advcl"})


def _time_fronted(verb: Token, lex: PeopleLexicon) -> bool:
    """Whether a phrase hangs on the age's "be" before its subject: a
    reporter who sets a time or a stage of life before "X was 15" tells an
    age of then, not of the story (an age of the story is told plainly,
    "Hill was 19."); "Now, Hill is 20" (``current_age_words``) is of now."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    now = lex.current_age_words
    return any(c.i < subject.i and c.dep_ in _FRONTED and c.lower_ not in now for c in verb.children)


def _pronoun_bearer(people: list[Span], keys: dict[int, str], verb: Token) -> Bearer | None:
    """ "He was 18.": the named person a subject "he" or "she" stands for
    (:func:`antecedent`), only a name; a pronoun standing for a noun ("the
    man ... He was 30") or for no one sure says nothing."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.lower_ not in ("he", "she"):
        return None
    meant = antecedent(subject)
    person = _person_at(people, keys, meant) if meant is not None else None
    if person is None or _person_at(people, keys, subject) is not None:
        return None
    return Bearer(person_subject(keys[person.start]), f"age of {person.text}", None)


def _hedged_ages(
    doc: Doc, people: list[Span], keys: dict[int, str], role_of: Callable[[Token], str | None]
) -> list[ToldAge]:
    found = []
    text = text_of(doc)
    for match in _hedged().finditer(text):
        age = _age(match.group("n"))
        if age is None:
            continue
        bearer = _bearer_before(doc, people, keys, role_of, match.start())
        if bearer is None:
            continue
        person, start = bearer
        found.append(_told_age(person, start, (match.start("n"), match.end("n")), age, "hedged"))
    return found


#: a list of ages going on after the first ("71 and 49", "71, 49 and 30", "71 or 72")
_LIST_GOES_ON = re.compile(r"\s*(?:,|\band\b|\bor\b)\s*\d")


@cache
def _set_off() -> re.Pattern[str]:
    """ ", 27,", ", aged 22,": a bare age set off by a comma, as reporters
    give the age of a person they tell by a noun ("The driver, 27, died",
    "A man, 34, has been charged")."""
    return re.compile(rf",\s+(?:aged?\s+)?(?P<n>\d{{1,3}}){_SET_OFF_END}", re.IGNORECASE)


def _set_off_ages(
    doc: Doc, people: list[Span], keys: dict[int, str], role_of: Callable[[Token], str | None]
) -> list[ToldAge]:
    """The age set off right after a singular noun of one person ("the
    victim, 19,", "the gunman, 23, fled"): that person's, keyed by the noun
    and the role as an "N-year-old" before it would be ("the 27-year-old
    driver").  After a name the people component reads it; after a noun of
    a thing ("Route 9, 27") or a plural ("the suspects, 22 and 25", a
    group's) it is no one's here."""
    found = []
    text = text_of(doc)
    for match in _set_off().finditer(text):
        if _LIST_GOES_ON.match(text, match.end()):
            continue  # "A man and a woman, 71 and 49,": a list's first age, read in order elsewhere
        age = _age(match.group("n"))
        bearer = _bearer_before(doc, people, keys, role_of, match.start())
        if age is None or bearer is None or not bearer[0].subject.startswith("unnamed:"):
            continue
        # the number's words only: the noun before it is a count's ("Girl, 9, accidentally shoots herself")
        number_at = (match.start("n"), match.end("n"))
        told = _told_age(bearer[0], number_at[0], number_at, age, "set_off")
        found.append(replace(told, noun_at=bearer[1]))
    return found


def _birthday_ages(
    doc: Doc, people: list[Span], keys: dict[int, str], role_of: Callable[[Token], str | None]
) -> list[ToldAge]:
    found = []
    for match in _birthday().finditer(text_of(doc)):
        verb = match.group("ahead") or match.group("past")
        number = _age(match.group("n"))
        if number is None:
            continue
        timed = match.group("old") or match.group("birthday") or match.group("when")
        if _needs_time(verb) and not timed:
            continue
        if "celebrated" in verb.lower() and not match.group("birthday"):
            continue  # "would have celebrated 30 years of marriage"
        age = number - 1 if match.group("ahead") else number
        if age < 0:
            continue
        bearer = _subject_of(doc, people, keys, role_of, match.start(), match.end("n"))
        if bearer is None:
            continue
        end = match.end("old") if match.group("old") else match.end("n")
        found.append(_told_age(bearer, match.start(), (match.start(), end), age, "birthday"))
    return found


def _age(text: str) -> float | None:
    value = parse_number(text.replace("-", " "))
    if value is None or value != int(value) or not 0 <= value <= 120:
        return None
    return float(value)


def _person_at(people: list[Span], keys: dict[int, str], token: Token) -> Span | None:
    return next((s for s in people if s.start <= token.i < s.end), None)


def _noun_bearer(noun: Token, role_of: Callable[[Token], str | None]) -> Bearer | None:
    """ "unnamed:boy": a singular noun of a person (never "two men", a
    group's); "unnamed:suspect" where the sentence ties the noun to a role
    ("The suspect, a man in his 50s": :func:`tied_bearer`)."""
    if noun.tag_ in ("NNS", "NNPS") or noun.pos_ != "NOUN":
        return None
    lemma = lemma_of(noun)
    if lemma not in person_nouns() and noun.lower_ not in person_nouns():
        return None
    tied = tied_bearer(noun, role_of)
    if tied is not None:
        return tied
    # "the gunman", "the victim": the noun tells the role before the verb does
    return Bearer(f"unnamed:{lemma}", f"age of a {lemma}", part_role(noun, role_of))


def _bearer_before(
    doc: Doc,
    people: list[Span],
    keys: dict[int, str],
    role_of: Callable[[Token], str | None],
    comma: int,
) -> tuple[Bearer, int] | None:
    """Who a hedged age set off at ``comma`` is told of: the name or the
    person's noun ending right before the comma ("Ann Ruiz, about 30", "a
    boy, about 4"), with where the bearer starts."""
    span = doc.char_span(comma, comma + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    before = doc[span.start - 1]
    if before.idx + len(before.text) != comma:
        return None
    person = _person_at(people, keys, before)
    if person is not None and person.end == before.i + 1:
        return Bearer(person_subject(keys[person.start]), f"age of {person.text}", None), person.start_char
    noun = part_of_thing(before) or before  # "the driver of the matatu, aged 43": the driver's
    bearer = _noun_bearer(noun, role_of)
    if bearer is None:
        return None
    return bearer, noun.idx


#: dependency labels a verb is climbed through to the clause that has its subject
#: ("was going to turn 5": "turn" is the xcomp of "going")
_CLIMB = frozenset({"xcomp", "aux", "auxpass"})


def _subject_of(
    doc: Doc,
    people: list[Span],
    keys: dict[int, str],
    role_of: Callable[[Token], str | None],
    start: int,
    end: int,
) -> Bearer | None:
    """Whose birthday it is: the subject of its verb ("Kenny Kreuscher would
    have turned 6"), through a relative pronoun ("her daughter, Linette,
    who would have turned 2") or an apposition to a name; a name or a
    singular person's noun, never a pronoun."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return None
    return _bearer_of_verb(doc, people, keys, role_of, verbs[-1])


def _bearer_of_verb(
    doc: Doc,
    people: list[Span],
    keys: dict[int, str],
    role_of: Callable[[Token], str | None],
    verb: Token,
) -> Bearer | None:
    """The person a verb's clause tells an age of: its subject, climbed to
    through "was going to", past a relative pronoun to what it stands for."""
    for _ in range(4):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.dep_ not in _CLIMB:
            break
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.lower_ in people_lexicon().relative_pronouns and verb.dep_ == "relcl":
        subject = _antecedent(doc, subject, verb.head)
    person = _person_at(people, keys, subject)
    if person is None:
        named = [c for c in subject.children if c.dep_ == "appos"]
        person = next((p for c in named if (p := _person_at(people, keys, c)) is not None), None)
    if person is not None:
        return Bearer(person_subject(keys[person.start]), f"age of {person.text}", None)
    return _noun_bearer(subject, role_of)


def _antecedent(doc: Doc, pronoun: Token, parsed: Token) -> Token:
    """What a relative pronoun stands for: the word right before it (a
    comma between), which reporters write it after ("Rosa Lee and her
    daughter, Mia Lee, who would have turned 2": Mia, where the parser
    often hangs the clause on the first name of the list); the parser's
    head where that word is no noun or name."""
    i = pronoun.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i >= 0 and doc[i].pos_ in ("NOUN", "PROPN"):
        return doc[i]
    return parsed
