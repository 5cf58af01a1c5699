"""Quantity phrases that may count people: "12", "twenty five", "dozens", "a", "both".

A count starts from a quantity: a numeral, number words, a vague quantity
("tens of thousands", "a handful") or an article before a people noun ("a
police officer").  This module reads the quantity whose last word is a
given token, with the interval it states and the noun it counts, and says
which group of people (if any) that noun names.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from reportcheck.details import VAGUE, CountDetails
from reportcheck.extract.core.base import RawClaim, lemma_of, text_of
from reportcheck.extract.core.numberfinder import find_numbers
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.money import is_sum_of_money
from reportcheck.models import ClaimKind, Value, ValueFrame


@dataclass(frozen=True)
class Quantity:
    """A quantity phrase: its tokens, the interval it states, the counted noun."""

    first: Token
    last: Token
    low: float
    high: float
    written: float
    noun: Token | None  # the counted noun, if any ("people" in "12 people")
    arg: Token  # the token whose syntactic role links to the outcome
    #: the rank of one person picked out of those reported ("a third victim": 3)
    rank: int | None = None
    #: a range two figures state ("30 to 40"), not a vague word ("dozens")
    ranged: bool = False
    #: a vague word's range ("dozens", "a handful"), not a figure
    vague: bool = False

    @property
    def individual(self) -> bool:
        """One person picked out of those reported ("a third victim"): never the total."""
        return self.rank is not None and self.rank > 1


def _noun_of(token: Token) -> Token | None:
    """The noun a quantity token counts: its head for "12 people" (the
    parser makes "10k" or "three dozens" a compound of it), the object of
    "of" for "one of the policemen" / "dozens of people"."""
    deps = ("nummod", "quantmod", "amod", "det", "compound")
    if token.dep_ in deps and token.head.pos_ in ("NOUN", "PROPN"):
        head = token.head
        harmed = head.lower_ in lexicon().harm_participle.values()
        if harmed and head.dep_ == "ROOT" and head.i == token.i + 1:
            return None  # a headline's "Two shot near ...": a participle ("fired one shot" counts shots)
        if head.i == token.i + 1 and head.lower_ in lexicon().outcome_word and people_group(head) is None:
            return None  # "12 dead and 30 hurt": no noun, the outcome word the parser tags one
        return token.head
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in ("NOUN", "PROPN"):
                return objects[0]
    return None


#: Mentions of find_numbers that are no count of their own: "a couple of" is
#: read as the vague quantity "a couple" (two or three).
_NOT_A_COUNT_START = ("a couple", "couple")
if not Doc.has_extension("rc_number_spans"):  # a Doc extension: the chunk joiner drops it
    Doc.set_extension("rc_number_spans", default=None)


def _number_spans(doc: Doc) -> dict[int, tuple[int, int, float]]:
    """Last token index -> (first token index, last token index, value) for every
    number :func:`find_numbers` reads in ``doc``: one reading of a number phrase
    ("twenty-four", "two dozen", "one hundred and twenty", "1.5 million", "20K")
    for every count builder, whatever the tokenizer made of its words."""
    cached: dict[int, tuple[int, int, float]] | None = doc._.rc_number_spans
    if cached is not None:
        return cached
    spans: dict[int, tuple[int, int, float]] = {}
    mentions = find_numbers(text_of(doc))
    for n, mention in enumerate(mentions):
        if mention.low is None or mention.text.lower().startswith(_NOT_A_COUNT_START):
            continue
        if n + 1 < len(mentions) and _bracketed_before(
            text_of(doc), mention.start, mention.end, mentions[n + 1].start
        ):
            continue  # "confirmed on Tuesday (19) six deaths": the day of the month, then the count
        if mention.low < 1 and mention.text.lower().startswith(("a ", "an ")):
            continue  # "a third victim": an ordinal after "a", read by _indefinite_person
        if in_a_name(text_of(doc), mention.start, mention.end):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if is_sum_of_money(text_of(doc), mention.start, mention.end):
            # "Rs 2.5 lakh to the grievously injured", "5 lakh taka each": a sum
            # counts no one, whatever outcome its words hang on
            for inner in span:
                spans[inner.i] = (-1, -1, 0.0)
            continue
        spans[span[-1].i] = (span[0].i, span[-1].i, mention.low)
        for inner in span[:-1]:
            spans.setdefault(inner.i, (-1, -1, 0.0))  # inside a number: no quantity ends here
    doc._.rc_number_spans = spans
    return spans


def _bracketed_before(text: str, start: int, end: int, next_start: int) -> bool:
    """Whether a numeral stands alone in brackets right before another number:
    "confirmed on Tuesday afternoon (19) six deaths", as translated wire copy
    from Brazil or Portugal writes the day of the month after its weekday.
    The parser hangs the bracketed day on the noun the next number counts.
    No weekday is looked for: a lone numeral in brackets right before a
    figure is never that figure's count ("two (2) men" is written the other
    way round, the bracket after)."""
    return (
        text[start - 1 : start] == "("
        and text[end : end + 1] == ")"
        and not text[end + 1 : next_start].strip()
    )


_HYPHENED_NAME = re.compile(r"\b[A-Z][A-Za-z]*-$")
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
_LAST_WORD = re.compile(r"([A-Za-z]+)\s+$")


def in_a_name(text: str, start: int, end: int) -> bool:
    """True for a number written as part of a name ("the MV Abhijan-10",
    "Flight 370", "Route 66"): a ship's, a flight's or a road's number is no
    count of anything, and a ferry's read as the people on board sets 10
    against 500.  After a prefix (``name_number_prefixes`` of
    rules/counts.yaml), or joined by a hyphen to a capitalised word with no
    capitalised word or word of an outcome after it (a headline's "NEWS-3
    DEAD" or "Follow-Up-1 Dead" is a count)."""
    if not text[start:end][:1].isdigit():
        return False
    before = text[max(0, start - 40) : start]
    if _HYPHENED_NAME.search(before):
        following = _NEXT_WORD.match(text, end)
        if following is None:
            return True
        word = following.group(1)
        return not word[0].isupper() and word.lower() not in lexicon().outcome_word
    last = _LAST_WORD.search(before)
    return last is not None and last.group(1) in lexicon().name_number_prefixes


def root_of(doc: Doc, first: int, last: int) -> Token:
    """The word of a number phrase that links it to the sentence ("dozen" in
    "two dozen"): the last whose head lies outside the phrase."""
    outside = [t for t in doc[first : last + 1] if not first <= t.head.i <= last or t.head.i == t.i]
    return outside[-1] if outside else doc[last]


@cache
def vague_last_words() -> frozenset[str]:
    """The words a vague quantity can end with ("dozens", "handful", "thousands")."""
    return frozenset(phrase.split()[-1] for phrase in lexicon().vague)


def _vague_quantity(token: Token) -> tuple[Token, Token, tuple[int, int]] | None:
    """ "dozens", "tens of thousands", "a handful" ending at ``token``."""
    vague = lexicon().vague
    if token.lower_ not in vague_last_words():
        return None  # most tokens: no vague phrase ends with them
    doc = token.doc
    for size in (4, 3, 2, 1):
        start = token.i - size + 1
        if start < 0:
            continue
        words = " ".join(t.lower_ for t in doc[start : token.i + 1])
        if words in lexicon().vague_needs_of and not _counts_on(doc, token.i + 1):
            return None  # "the bodies of a couple and their daughter": the pair, no vague count
        if words in vague:
            return doc[start], token, vague[words]
    return None


def _counts_on(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` goes on with a vague count: "of" ("a couple
    of people") or a plural noun ("a couple shots", "a couple people")."""
    if i >= len(doc):
        return False
    return doc[i].lower_ == "of" or doc[i].tag_ in ("NNS", "NNPS")


def whole_number_at(token: Token) -> int | None:
    """The whole number of one or more that ends at ``token`` ("10", "ten"), if any."""
    number = _number_spans(token.doc).get(token.i)
    if number is None or number[0] < 0 or number[2] < 1 or number[2] != int(number[2]):
        return None
    return int(number[2])


def quantity_at(token: Token) -> Quantity | None:
    """The quantity whose last word is ``token``, if it is one."""
    doc = token.doc
    number = _number_spans(doc).get(token.i)
    vague = _vague_quantity(token)
    if vague and (number is None or number[0] < 0 or vague[0].i <= number[0]):
        first, last, (low, high) = vague
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and nxt.like_num:
            return None  # "a dozen" in "a dozen 10-year-olds" style runs
        noun = _noun_of(token)
        arg = noun if noun is not None and token.head.i == noun.i else token
        written = low if low == high else (low + high) / 2
        return Quantity(first, last, low, high, written, noun, arg, vague=low != high)
    if number is None:
        if _lone_one(token):
            return Quantity(token, token, 1, 1, 1, None, token)
        if token.like_num:
            return None
        if (multiple := _toll_multiple(token)) is not None:
            return multiple
        if (fatal := _fatal_event(token)) is not None:
            return fatal
        if token.lower_ in ("a", "an", "another") and token.dep_ == "det":
            return _indefinite_person(token)
        if token.lower_ == "both" and token.dep_ in ("det", "predet"):
            quantity = _indefinite_person(token)
            return quantity and Quantity(token, token, 2, 2, 2, quantity.noun, quantity.arg)
        if token.lower_ == "another" and token.dep_ in ("dobj", "nsubjpass", "nsubj"):
            return Quantity(token, token, 1, 1, 1, None, token)
        if token.lower_ == "another" and token.dep_ == "conj" and lemma_of(token.head) == "leave":
            return Quantity(token, token, 1, 1, 1, None, token)  # "left one dead and another hurt"
        return _bare_person(token)
    start, end, value = number
    if start < 0 or value != int(value) or value < 0:
        return None
    root = root_of(doc, start, end)
    if root.pos_ not in ("NUM", "NOUN", "PRON", "DET", "ADJ", "PROPN", "X"):
        return None
    first, last = doc[start], doc[end]
    if first.i > 0 and doc[first.i - 1].lower_ == "no.":
        return None
    if _age_between_commas(first, last):
        return None
    if (listed := _shared_noun_list(doc, start, end, value)) is not None:
        return listed  # "three American and two British soldiers": five soldiers
    if _inside_shared_noun_list(doc, start):
        return None  # the "two British soldiers" of that list: counted with the first number
    noun = _noun_of(root)
    # "12 people were injured": the noun carries the role; "one of the
    # policemen sustained a wound": the number does.
    arg = _told_as_total(noun if noun is not None and root.head.i == noun.i else root)
    collective = _collective_of(root) if noun is None else None
    if collective is not None:  # "a family of four": the family is what the verb governs
        noun = arg = collective
        first = _determiner_of(collective)
    elif noun is None and _children_of(root):
        return None
    ranged = stated_range(doc, start, end, value)
    if ranged is not None:
        return _range_quantity(doc, ranged, noun, arg)
    if noun is not None and any(_second_figure(c) and end < c.i < noun.i for c in root.children):
        return None  # "toll rises to 15 and SIXTY people missing": the noun is the second figure's
    if (
        noun is None
        and _second_figure(root)
        and (shared := _noun_of(root.head)) is not None
        and shared.i > root.i
    ):
        noun, arg = shared, shared
    return _with_conjuncts(Quantity(first, last, value, value, value, noun, arg))


def _told_as_total(arg: Token) -> Token:
    """The word whose role links a count to its verb: the count itself, or
    the "total" it is told as ("A total of 14 people were killed", "rescued
    a total of 51 people"), which the parser makes the verb's subject or
    object (``total_wrappers`` of rules/counts.yaml).  A total that is no
    verb's argument leaves the role to the people's own noun ("the first of
    a total of four doctors murdered")."""
    wrapper = arg.head.head
    if arg.dep_ != "pobj" or arg.head.lower_ != "of" or lemma_of(wrapper) not in lexicon().total_wrappers:
        return arg
    return wrapper if wrapper.dep_ in _WRAPPER_ROLES else arg


#: the roles a "total" a count is told as has on its verb
_WRAPPER_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})


#: the words between two members of a list of numbers that share one noun
_LIST_JOINS = frozenset({"and", ",", "&"})


def _modifiers_after(doc: Doc, i: int) -> int:
    """The index after the one or two modifiers ("American", "Yemeni",
    "Palestinian") that follow a number at ``i - 1`` and name no noun of
    their own, or ``i`` when there are none."""
    j = i
    while j < len(doc) and j - i < 2 and doc[j].pos_ in ("ADJ", "PROPN") and doc[j].text[:1].isupper():
        j += 1
    return j


def _shared_noun_list(doc: Doc, start: int, end: int, value: float) -> Quantity | None:
    """ "Three American and two British soldiers were killed", "12 Somali and
    11 Yemeni pirates", "two Israeli, three Palestinian and one Jordanian
    civilians": numbers each with its own nationality or origin word, joined
    by "and" or commas, that share the one noun at the end.  Reporters
    write a toll of several nations so; each number counts some of the same
    people, so the count is their sum (read alone, the last number was the
    toll, and the first ones were lost).  Any plural noun ("pirates",
    "nationals", "soldiers"); only capitalised modifiers (a nation's, a
    city's, a tribe's word), so "two small and three large boats" is left alone."""
    if _modifiers_after(doc, end + 1) == end + 1:
        return None  # most numbers: no nation's word after them, no list to build
    by_start = {s: (s, e, v) for s, e, v in _number_spans(doc).values() if s >= 0}
    total, i, members = value, end + 1, 1
    while True:
        after = _modifiers_after(doc, i)
        if after == i or after >= len(doc):
            return None
        if doc[after].lower_ in _LIST_JOINS:
            nxt = after + 1
            if doc[after].text == "," and nxt < len(doc) and doc[nxt].lower_ == "and":
                nxt += 1
            member = by_start.get(nxt)
            if member is None or member[2] != int(member[2]) or member[2] < 1:
                return None
            total += member[2]
            members += 1
            i = member[1] + 1
            continue
        noun = doc[after]
        if members < 2 or noun.pos_ != "NOUN" or noun.tag_ != "NNS":
            return None
        head_of_list = doc[end + 1]
        # the word the verb governs: the noun, or the first modifier the parser made its subject/object
        arg = noun if noun.dep_ != "conj" else head_of_list
        return Quantity(doc[start], noun, total, total, total, noun, arg)


def _inside_shared_noun_list(doc: Doc, start: int) -> bool:
    """Whether the number at ``start`` is a later member of a list of numbers
    sharing one noun ("... and two British soldiers"): the list's first
    number counts it."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "and" and i - 1 >= 0 and doc[i - 1].text == ",":
        i -= 1
    if i < 0 or doc[i].lower_ not in _LIST_JOINS:
        return False
    j = i - 1
    while j >= 0 and i - j <= 2 and doc[j].pos_ in ("ADJ", "PROPN") and doc[j].text[:1].isupper():
        j -= 1
    if j == i - 1 or j < 0:
        return False
    spans = _number_spans(doc)
    first = spans.get(j)
    if first is None or first[0] < 0:
        return False
    return _shared_noun_list(doc, first[0], first[1], first[2]) is not None or _inside_shared_noun_list(
        doc, first[0]
    )


def _collective_of(number: Token) -> Token | None:
    """The group noun a number gives the size of: "a family of four",
    "Family of five killed", "a group of three" (``collective_nouns``)."""
    of = number.head
    if number.dep_ != "pobj" or of.lower_ != "of" or of.head.i >= number.i:
        return None
    group = of.head
    return group if lemma_of(group) in lexicon().collective_nouns else None


def _children_of(number: Token) -> bool:
    """ "Father of four killed", "a mother of two": a number after "of" and a
    relative counts that person's children, never the people an outcome befell."""
    of = number.head
    if number.dep_ != "pobj" or of.lower_ != "of" or of.head.i >= number.i:
        return False
    return people_group(of.head) == "relatives"


def _sized_collective(noun: Token) -> bool:
    """Whether a group noun has its size after "of" ("a family of five"):
    the number counts it, not its article."""
    for of in noun.children:
        if of.dep_ == "prep" and of.lower_ == "of":
            sizes = [c for c in of.children if c.dep_ == "pobj"]
            if any(group.i == noun.i for size in sizes if (group := _collective_of(size)) is not None):
                return True
    return False


def _determiner_of(noun: Token) -> Token:
    """The first word of a noun's phrase: its article, or the noun itself."""
    dets = [c for c in noun.children if c.dep_ == "det" and c.i < noun.i]
    return dets[0] if dets else noun


def _lone_one(token: Token) -> bool:
    """ "one is dead", "one was taken to a hospital": "one" as a clause's
    subject counts a person (the number reader leaves a lone "one" alone: it
    is most often a pronoun of things, "one of the cars", "the one")."""
    if (
        token.lower_ != "one"
        or token.tag_ not in ("CD", "PRP", "NN")
        or token.dep_ not in ("nsubj", "nsubjpass")
    ):
        return False
    before = token.doc[token.i - 1].lower_ if token.i else ""
    if before in NOT_A_LONE_ONE:
        return False  # "No-one was injured", "no one", "any one", "each one"
    return not any(c.dep_ in ("prep", "det", "amod") for c in token.children)


#: words right before "one" that make it no count of a person
NOT_A_LONE_ONE = frozenset({"-", "no", "any", "each", "every", "some"})


def _toll_multiple(token: Token) -> Quantity | None:
    """ "a double homicide", "a triple murder-suicide": the multiple of a
    death noun (``toll_multiples``; "suicide" only after "murder") counts the
    dead it tells of, the noun being what the sentence links to."""
    size = lexicon().toll_multiples.get(token.lower_)
    noun = token.head
    if size is None or token.dep_ != "amod" or noun.i <= token.i:
        return None
    lemma = lemma_of(noun)
    murder_suicide = lemma == "suicide" and any(lemma_of(c) == "murder" for c in noun.children)
    if lemma not in lexicon().death_nouns and not murder_suicide:
        return None
    return Quantity(token, token, size, size, size, noun, noun)


def _fatal_event(token: Token) -> Quantity | None:
    """ "investigating a fatal shooting", "a deadly stabbing on Elm Street",
    "a fatal hunting accident", "a fatal shooting death last week":
    one such event kills at least one person (an open count, which "two
    died" fits).  Not "the fatal shooting of Marcus Jones" (the "of" names
    whom it counts), nor "the victim of a fatal shooting" (the victim is),
    nor "non-fatal", nor a plural (a year's tally)."""
    lex = lexicon()
    noun = token.head
    if token.lower_ not in lex.fatal_adjectives or token.dep_ != "amod" or noun.tag_ != "NN":
        return None
    lemma = lemma_of(noun)
    if lemma not in lex.harm_nouns and lemma not in lex.death_nouns and lemma not in lex.fatal_event_nouns:
        return None
    if noun.i <= token.i:
        return None
    if token.i > 0 and token.doc[token.i - 1].lower_ in ("non", "-", "non-", "not"):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and people_group(noun.head.head) is not None:
        return None  # "the victim of a fatal shooting": the victim is counted
    return Quantity(token, token, 1, math.inf, 1, noun, noun)


def _second_figure(token: Token) -> bool:
    """Whether ``token`` is a figure the parser joined by "and" to one before
    it: in "toll rises to 15 and SIXTY people missing" (no range without
    "between") the noun after both is the second figure's; the first counts
    what was said before it."""
    return token.dep_ == "conj" and token.like_num and token.head.like_num and token.head.i < token.i


#: words between the two ends of a range: "30 to 40", "60-70", "two or three"
RANGE_JOINERS = frozenset({"to", "-", "–", "—", "or"})


@dataclass(frozen=True)
class _Range:
    """A stated range of two numbers and the end a count reads it from."""

    first: int  # token index of its first word ("between", or the low number)
    low_start: int  # token index of the low number's first word
    last: int  # token index of the high number's last word
    low: float
    high: float
    at_low_end: bool  # read from its low number (the parser hung the noun there)


def stated_range(doc: Doc, start: int, end: int, value: float) -> _Range | None:
    """The range a number at tokens ``start..end`` is one end of: "30 to 40
    missing people", "60-70 people", "two or three people", "between 5 and
    15 people".  Reporters give a range when a figure is not settled; either
    end alone would be set against another report's figure as if stated."""
    numbers = _number_spans(doc)
    before = numbers.get(start - 2) if start >= 2 else None
    if before is not None and before[0] >= 0 and _joins_range(doc, start - 1, before[0], before[2], value):
        first = before[0] - 1 if doc[start - 1].lower_ == "and" else before[0]
        return _Range(first, before[0], end, before[2], value, at_low_end=False)
    if end + 2 < len(doc):
        after = _number_starting_at(numbers, end + 2)
        if after is not None and _joins_range(doc, end + 1, start, value, after[2]):
            first = start - 1 if doc[end + 1].lower_ == "and" else start
            return _Range(first, start, after[1], value, after[2], at_low_end=True)
    return None


def _number_starting_at(
    numbers: dict[int, tuple[int, int, float]], first: int
) -> tuple[int, int, float] | None:
    """The number whose first token is ``first``: its words inside are keyed
    with no number of their own, so its last word is the first key past them."""
    last = first
    while (inner := numbers.get(last)) is not None and inner[0] < 0:
        last += 1
    found = numbers.get(last)
    return found if found is not None and found[0] == first else None


def _joins_range(doc: Doc, joiner: int, low_start: int, low: float, high: float) -> bool:
    """Whether the word at ``joiner`` makes a range of ``low`` (starting at
    token ``low_start``) and ``high``: "to", a dash, "or" between close
    figures ("two or three", not "one or 40"), "and" after "between"."""
    if not 0 < low < high:
        return False
    word = doc[joiner].lower_
    if word == "and":
        return low_start > 0 and doc[low_start - 1].lower_ == "between"
    if word == "or":
        return high - low <= max(1, high / 2)
    return word in RANGE_JOINERS


def _range_quantity(doc: Doc, ranged: _Range, noun: Token | None, arg: Token) -> Quantity | None:
    """The count a range states, read once: from the end the counted noun
    hangs on ("30 to 40 missing people": the high end; "between 5 and 15
    people": the parser's low end); the other end reads nothing."""
    if ranged.at_low_end and noun is None:
        return None  # the high end carries the noun
    if not ranged.at_low_end and noun is None and _noun_of(doc[ranged.low_start]) is not None:
        return None  # the low end carried it
    return Quantity(
        doc[ranged.first], doc[ranged.last], ranged.low, ranged.high, ranged.high, noun, arg, ranged=True
    )


def _age_between_commas(first: Token, last: Token) -> bool:
    """ "Boy, 11, shoots himself", "a woman, 34, was hurt": a number set off by
    commas right after a person is the person's age, never a count."""
    doc = first.doc
    if first.i < 2 or last.i + 1 >= len(doc) or doc[first.i - 1].text != "," or doc[last.i + 1].text != ",":
        return False
    return people_group(doc[first.i - 2]) is not None


#: Ordinals before a person: "a third teenager was hurt" singles out one person
#: (the two before may have died, or been hurt): a count of one, never the total.
ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
_ORDINAL_NUMERAL_RE = re.compile(r"(\d+)(?:st|nd|rd|th)")


def ordinal_value(token: Token) -> int | None:
    """ "third" -> 3, "4th" -> 4; None for any other word."""
    numeral = _ORDINAL_NUMERAL_RE.fullmatch(token.lower_)
    return int(numeral.group(1)) if numeral else ORDINALS.get(token.lower_)


def _indefinite_person(det: Token) -> Quantity | None:
    """ "a police officer" counts one person when an outcome governs it;
    "a third victim" is one person picked out of those reported."""
    noun = det.head
    if (noun.pos_ != "NOUN" and not is_age_person(noun)) or people_group(noun) is None:
        return None
    if lemma_of(noun) in lexicon().collective_nouns and _sized_collective(noun):
        return None  # "a family of five": the five are counted, not the one family
    if any(c.dep_ == "nummod" and det.i < c.i < noun.i for c in noun.children):
        return None  # "a further 546 people", "another 17 people": the number counts them
    between = det.doc[det.i + 1 : noun.i]
    if any((vague := _vague_quantity(t)) is not None and vague[0].i == det.i for t in between):
        return None  # "a few people", "a dozen pupils": the vague quantity counts them, not "a"
    for child in noun.children:
        if child.dep_ == "amod" and child.i < noun.i and (rank := ordinal_value(child)) is not None:
            return Quantity(det, det, 1, 1, 1, noun, noun, rank=rank)
    return _with_conjuncts(Quantity(det, det, 1, 1, 1, noun, noun))


#: determiners that single out one person in a list: "a boy and his grandmother"
SINGLING_DETERMINERS = frozenset({"a", "an", "the", "this", "his", "her", "their", "its"})


def conjunct_count(noun: Token) -> int | None:
    """The people a conjunct counts: "a woman", "his grandmother", "(her husband
    and) son", "(a woman and) 3-year-old daughter" 1, "two children" 2 (None:
    not a count of people).  A singular conjunct with no determiner shares the
    first one's ("her husband and son"), as a list of people is written."""
    if noun.pos_ not in ("NOUN", "ADJ") or people_group(noun) in (None, "attackers"):
        return None
    if _spared(noun):
        return None  # "four dead women and the unharmed child": not among those counted
    for child in noun.children:
        if child.dep_ == "nummod":
            number = _number_spans(noun.doc).get(child.i)
            if number is not None and number[0] >= 0 and number[2] == int(number[2]) and number[2] >= 1:
                return int(number[2])  # "four cabin crew", "two staff": a numeral counts a collective noun
            return None
    if noun.lower_ in NOT_ONE_PERSON:
        return None  # "a man and his family"
    if noun.tag_ in ("NNS", "NNPS") and not is_age_person(noun):
        return None  # "a man and relatives": how many relatives is not said
    for child in noun.children:
        if child.dep_ in ("det", "poss", "predet") and child.lower_ not in SINGLING_DETERMINERS:
            return None  # "a man and several relatives", "a man and all his children"
    return 1


def _spared(noun: Token) -> bool:
    """ "the unharmed child": a person a list names who is not among those counted."""
    return any(c.dep_ == "amod" and c.lower_ in lexicon().unharmed_words for c in noun.children)


def _with_conjuncts(quantity: Quantity) -> Quantity:
    """ "A man and a woman were shot", "two men and a teenager were wounded":
    people joined by "and", each counted, are one count of all of them (the
    verb governs the first).  Only counts in the subject or object the
    outcome reads; "a man and his son" is two.  A list going on with people
    of a number not said ("a man and his family", "a police officer and a
    state bomb disposal technician") counts at least those before them:
    read as exactly those, the one officer was set against another report's
    "two police officers" as a conflict."""
    noun = quantity.noun
    if noun is None or quantity.individual or people_group(noun) in (None, "attackers"):
        return quantity
    if _fate_after(noun):
        return quantity  # "left a teenager dead and two others with wounds": two counts
    total, last, open_ended = quantity.low, quantity.last, False
    conjuncts = [c for c in noun.children if c.dep_ == "conj" or listed_apposition(c)]
    while conjuncts:
        conjunct = conjuncts.pop(0)
        count = conjunct_count(conjunct)
        if count is None:
            if not may_be_more_people(conjunct):
                return quantity
            open_ended = True
            break
        total += count
        last = conjunct
        conjuncts += [c for c in conjunct.children if c.dep_ == "conj"]
    if last is quantity.last and not open_ended:
        return quantity
    if not open_ended and _broken_down(quantity, noun, total):
        return quantity
    # people of several groups ("a man and a woman") are people of no one group
    listed = [t for t in quantity.last.doc[noun.i + 1 : last.i + 1] if t.dep_ == "conj"]
    counted = noun if len({people_group(t) for t in [noun, *listed]}) == 1 else None
    return Quantity(
        quantity.first, last, total, math.inf if open_ended else total, total, counted, quantity.arg
    )


def _broken_down(quantity: Quantity, noun: Token, total: float) -> bool:
    """ "Five people, three men and two women, were killed", "three other
    residents -- a man and two children -- were hurt": people of a number
    written out after a generic noun, then told as who they were in a list
    whose members make that number.  The members are the same people, not
    more of them (read as a list, the five were ten).  Only after a generic
    noun: "two men, a woman and a child" is a list of four."""
    number = quantity.low
    if number < 2 or quantity.high != number or total != 2 * number:
        return False
    return _total_noun(noun) or _generic_noun(noun)


def _fate_after(noun: Token) -> bool:
    """ "a teenager dead (and two others wounded)": an outcome word the parser
    hangs after the person closes that person's count, and the people
    joined after it are counted apart.  A participle the parser hangs as a
    clause on the noun before the next person ("one man dead, two deputies
    wounded and four others injured") closes it too: read as a list, the
    two deputies and the four others were six wounded, and the four an
    increment on them made ten."""
    outcomes = lexicon().outcome_word
    joined = [c.i for c in noun.children if c.dep_ == "conj"]
    return any(
        c.i > noun.i
        and c.lower_ in outcomes
        and (c.dep_ in ("amod", "oprd") or (c.dep_ == "acl" and joined and c.i < min(joined)))
        for c in noun.children
    )


def listed_apposition(child: Token) -> bool:
    """ "One adult male, two adult females, and one child": a list's middle
    member the parse hangs on the first as an apposition; a member when it
    counts people ("two adult females") or is a bare noun of people ("a
    mother, father, and son") and the list goes on with "and" after it (not
    "a man, 35," nor "the victim, a woman")."""
    if child.dep_ != "appos" or child.i < child.head.i or conjunct_count(child) is None:
        return False
    if _total_noun(child.head):
        return False  # "five people, three men and two women": the total and its breakdown
    bare = child.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in child.children)
    if not bare and not any(c.dep_ == "nummod" for c in child.children) and not _definite_member(child):
        return False  # "the victim, a woman": one person named twice
    # "a mother, father, and toddler": a bare member between commas, which the
    # parse hangs on the first as an apposition (the "and" after it)
    return any(c.dep_ == "conj" for c in (*child.children, *child.head.children))


def _definite_member(child: Token) -> bool:
    """ "The captain, the first officer and the helmsman were arrested",
    "The woman, the man and the child were pronounced dead": a list of
    people each singled out by "the", whose middle member the parse hangs
    on the first as an apposition.  Only a bare "the" and a role of its
    own on both, with nothing after the member that describes it: "the
    victim, the owner of the shop" and "the driver, the victim's brother"
    name one person twice."""
    head = child.head

    def definite(noun: Token) -> bool:
        return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and not any(
            c.dep_ in ("poss", "prep", "relcl", "acl") for c in noun.children
        )

    return definite(child) and definite(head) and lemma_of(child) != lemma_of(head)


def may_be_more_people(conjunct: Token) -> bool:
    """Whether a conjunct the lexicon cannot count may still be people: "a
    police officer and a state bomb disposal technician", "a man and his
    family", "a woman and relatives".  Never an attacker ("and the gunman")
    or one spared ("and the unharmed child")."""
    if conjunct.pos_ != "NOUN" or people_group(conjunct) == "attackers":
        return False
    if _spared(conjunct):
        return False
    if any(c.i < conjunct.i and quantity_at(c) is not None for c in conjunct.children):
        return False  # "a woman and several relatives": a count of its own
    singled = any(c.dep_ in ("det", "poss", "nummod", "predet") for c in conjunct.children)
    # a bare plural is people only when the lexicon says so ("and relatives"),
    # not in a parse that joins "five people and (damaging) buildings"
    return (
        singled
        or _shares_article(conjunct)
        or (conjunct.tag_ == "NNS" and people_group(conjunct) is not None)
    )


def _shares_article(conjunct: Token) -> bool:
    """ "killing a police officer and OSP bomb technician": a headline drops
    the second article, and a bare singular noun after a person singled out
    by one ("a", "the", "his") shares it, as "her husband and son" does: one
    more person the lexicon has no word for."""
    if conjunct.tag_ != "NN" or any(c.dep_ in ("det", "poss") for c in conjunct.children):
        return False
    first = conjunct.head
    return any(c.dep_ in ("det", "poss") and c.lower_ in SINGLING_DETERMINERS for c in first.children)


#: roles of a headline's bare noun that an outcome can govern: "Teen dies",
#: "Woman wounded in ...", "Police: Man killed in ..." (an apposition)
BARE_NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "appos", "ROOT"})
#: children that make a noun no bare one: "a man", "his son", "two men", "all victims"
COUNTING_CHILDREN = frozenset({"det", "poss", "nummod", "quantmod", "predet"})
#: people nouns that, bare, name no one person ("people", "others", "the dead")
NOT_ONE_PERSON = frozenset(
    {"people", "other", "others", "dead", "injured", "wounded", "police", "family", "crew", "staff"}
)


def _bare_person(noun: Token) -> Quantity | None:
    """ "Teen dies after shooting", "Weatherford student killed in hunting
    mishap", "Boyle County man dies": headlines drop the article, and a
    singular people noun with no determiner, number or possessive counts
    one person as "a teen" would."""
    if noun.tag_ not in ("NN", "NNP") or noun.dep_ not in BARE_NOUN_ROLES:
        return None
    if noun.lower_ in NOT_ONE_PERSON or any(c.dep_ in COUNTING_CHILDREN for c in noun.children):
        return None
    if people_group(noun) is None:
        return None
    return Quantity(noun, noun, 1, 1, 1, noun, noun)


#: the words an age noun is measured in: "a 19-year-old", "the 6-month-old"
AGE_UNITS = frozenset({"year", "month", "week", "day"})


def is_age_person(token: Token) -> bool:
    """ "A 19-year-old was shot", "found a 56-year-old who had been shot": an
    age standing for the person (the parser makes "old" the argument, with
    "year" and its number below it).  "a 19-year-old man" is the man's."""
    if token.lower_ not in ("old", "olds") or token.dep_ in ("amod", "compound", "acomp", "attr"):
        return False
    return any(c.dep_ in ("npadvmod", "compound") and lemma_of(c) in AGE_UNITS for c in token.children)


#: the group of people named by their nation (rules/counts.yaml ``nationals``)
NATIONALS = "nationals"


def people_group(noun: Token | None) -> str | None:
    """ "all" for generic people nouns and people named by their age, a group
    name, "attackers", or None."""
    if noun is None:
        return "all"
    if is_age_person(noun):
        return "all"
    lex = lexicon()
    word, lemma = noun.lower_, lemma_of(noun)
    if word in lex.attackers or lemma in lex.attackers:
        return "attackers"
    whole = _member_of(noun)
    if whole is not None:
        return people_group(whole) or lex.people_group.get(lemma)
    found = lex.people_group.get(word) or lex.people_group.get(lemma)
    if found is None and noun.ent_type_ == "NORP" and noun.tag_ in ("NNPS", "NNS"):
        return NATIONALS  # "two Britons", "three Americans": people named by their nation
    if found == "all":
        return _sex_told(noun) or found
    return found


#: the count groups of one sex, which a word of sex before a noun of anyone gives its count
SEX_GROUPS = frozenset({"men", "women"})


def _sex_told(noun: Token) -> str | None:
    """ "A 45-year-old female bystander", "two male victims": the group of
    the sex a word before a noun of anyone (``generic_people``) tells, as
    "a woman" or "two men" tells it.  Read as everyone, the one woman was
    the whole toll, and another report's "two young men" wounded beside
    her was "more than the 1 in all"."""
    groups = lexicon().people_group
    told = {groups.get(c.lower_) for c in noun.children if c.dep_ == "amod"} & SEX_GROUPS
    return told.pop() if len(told) == 1 else None


def _member_of(noun: Token) -> Token | None:
    """ "15 members of medical staff", "two members of the crew": the people
    the members belong to, whose group the count is of."""
    if lemma_of(noun) != "member":
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
    return None


def count_value(quantity: Quantity) -> Value:
    """The value of a count of people, as every count claim shows it: "3",
    "20-25" for a range, "1 or more" for a list with a member no word counts
    ("a police officer and a technician")."""
    low, high = quantity.low, quantity.high
    if math.isinf(high):
        return Value(unit="people", written=quantity.written, low=low, high=None, label=f"{int(low)} or more")
    label = f"{int(low)}" if low == high else f"{int(low)}-{int(high)}"
    return Value(unit="people", written=quantity.written, low=low, high=high, label=label)


def other_count_claim(
    quantity: Quantity,
    reach: Token | None,
    *,
    subject: str,
    label: str,
    group: str,
    value: Value | None = None,
    frame: ValueFrame | None = None,
    act: str | None = None,
    as_size: bool | None = None,
) -> RawClaim:
    """A count of something other than a toll ("300 passengers aboard", "two
    rifles", "20 buildings destroyed"): its evidence runs from the figure to
    ``reach`` (the counted noun, or the last entry of a list) where that
    ends after the figure, and is anchored on the figure itself; ``act`` is
    the verb a generic count's things are told by (``CountDetails.act``) and
    ``as_size`` whether the figure is told as one thing's size
    (``CountDetails.as_size``)."""
    last = reach if reach is not None and reach.i > quantity.last.i else quantity.last
    return RawClaim(
        kind=ClaimKind.other_count,
        start=quantity.first.idx,
        end=last.idx + len(last.text),
        subject=subject,
        subject_label=label,
        value=count_value(quantity) if value is None else value,
        details=CountDetails(group=group, told=VAGUE if quantity.vague else None, act=act, as_size=as_size),
        anchor_start=quantity.first.idx,
        anchor_end=quantity.last.idx + len(quantity.last.text),
        frame=frame or ValueFrame(),
    )


def _total_noun(noun: Token) -> bool:
    """A noun that counts everyone of a toll, never one part of it ("five
    people, three men and two women" is a total with its breakdown, never a
    list to sum): ``total_people`` of rules/counts.yaml.  Where a breakdown's
    parts are summed against the number before them, any generic noun
    (:func:`_generic_noun`) may stand there ("four bystanders, two men and
    two women"); where they are not, only these say the number is the total."""
    total = lexicon().total_people
    return lemma_of(noun) in total or noun.lower_ in total


def _generic_noun(noun: Token) -> bool:
    """A noun of people of no group ("bystanders", "residents": ``generic_people``
    of rules/counts.yaml), by its lemma."""
    return lexicon().people_group.get(lemma_of(noun)) == "all"


def _list_member(noun: Token) -> int | None:
    """The first token of a counted part of a list of people ("3 adults",
    "1 child", "two women"), a numeral before a noun of people that is no
    total ("people", "victims") and no outcome ("3 dead"), or None."""
    if noun.pos_ != "NOUN" or people_group(noun) in (None, "attackers"):
        return None
    if _total_noun(noun) or noun.lower_ in lexicon().outcome_word:
        return None
    for child in noun.children:
        if child.dep_ == "nummod" and child.i < noun.i:
            number = _number_spans(noun.doc).get(child.i)
            if number is not None and number[0] >= 0 and number[2] == int(number[2]) and number[2] >= 1:
                return number[0]
    return None


def _member_value(noun: Token) -> int:
    number = next(c for c in noun.children if c.dep_ == "nummod" and c.i < noun.i)
    return int(_number_spans(noun.doc)[number.i][2])


def _member_starting_at(doc: Doc, start: int) -> Token | None:
    """The noun of a list member whose numeral starts at token ``start``."""
    for token in doc[start : min(start + 5, len(doc))]:
        if _list_member(token) == start:
            return token
    return None


def _next_member(doc: Doc, member: Token) -> Token | None:
    """The list member after one, past ",", ", and" or "and"."""
    joint = member.i + 1
    if joint < len(doc) and doc[joint].text == ",":
        joint += 1
    if joint < len(doc) and doc[joint].lower_ == "and":
        joint += 1
    return _member_starting_at(doc, joint) if joint > member.i + 1 and joint < len(doc) else None


def _total_then_parts(members: list[Token]) -> bool:
    """ "Four bystanders, two men and two women": a number of people of a
    generic noun followed by who they were, the parts making that number;
    a breakdown of one count, not a list to sum (read as one, the four were
    eight)."""
    head, parts = members[0], members[1:]
    if len(parts) < 2 or not _generic_noun(head):
        return False
    return _member_value(head) == sum(_member_value(m) for m in parts)


def comma_listed(quantity: Quantity) -> Quantity | None:
    """A headline's list of the parts of one group, joined by commas alone:
    "3 adults, 1 child found shot to death", "2 men, 1 woman killed in
    overnight shooting".  The outcome one part is given is the list's, and
    the count is the sum of the parts (read alone, "3 adults" was set
    against another report's four dead); None when the quantity is no
    part of such a list.  Lists joined by "and" are read by the parse
    (:func:`_with_conjuncts`)."""
    noun = quantity.noun
    if noun is None or quantity.last.i >= noun.i or quantity.first.i != _list_member(noun):
        return None  # no part, or a list the parse joined already ("two men, a woman and a child")
    doc = noun.doc
    members = [noun]
    first = quantity.first.i
    while first >= 2 and doc[first - 1].text == ",":
        before = doc[first - 2]
        start = _list_member(before)
        if start is None:
            break
        members.insert(0, before)
        first = start
    last = noun
    while (after := _next_member(doc, last)) is not None:
        members.append(after)
        last = after
    if len(members) < 2 or _total_then_parts(members):
        return None
    total = sum(_member_value(m) for m in members)
    counted = noun if len({people_group(m) for m in members}) == 1 else None
    return Quantity(doc[first], last, total, total, total, counted, quantity.arg)
