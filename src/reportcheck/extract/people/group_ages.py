"""The ages of a group of people, given as a range or as a list.

Shooting and crash reports often give a group's ages at once: "four men aged
19 to 33 were wounded", "victims ranging in age from 17 to 49", "the injured
were between the ages of 24 and 30" (a range the whole group lies in), or
"two women, ages 41 and 45, were treated" (a list, one age per member).  A
listed member whose age lies outside the range another report gives the same
group is a conflict; read one number at a time, "aged 19 to 33" gave a
19-year-old person and the list gave nothing.

Each claim's subject is the group's noun ("group:man"), so only the same
kind of people are set against each other; a range is one claim with both
bounds, a list one claim per member (see ``compare.judges.people.judge_group_age``),
each carrying the list's size (``listed``), so the comparer can set the whole
list against another report's ages of that group's people one by one
(``compare.age_lists``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from reportcheck.details import PersonDetails
from reportcheck.extract.core.base import RawClaim, lemma_of, text_of
from reportcheck.extract.people.age_lists import AGES_LIST, open_end, set_apart
from reportcheck.extract.people.spared import possessor, spared
from reportcheck.knowledge.vocabulary import GROUP_PREFIX
from reportcheck.models import ClaimKind, Value

#: the subject prefix of a group's ages
GROUP = GROUP_PREFIX

_NUM = r"(\d{1,3})"
#: "aged 19 to 33", "ages 19-33", "ranging in age from 17 to 49", "between the ages of 24 and 30"
_RANGE = re.compile(
    rf"\b(?:(?:aged|ages)\s+(?:from\s+)?{_NUM}\s*(?:to|through|-|–)\s*{_NUM}"
    rf"|rang(?:ing|ed|e)\s+in\s+age\s+from\s+{_NUM}\s+to\s+{_NUM}"
    rf"|(?:aged\s+between|between\s+the\s+ages\s+of)\s+{_NUM}\s+and\s+{_NUM})\b",
    re.IGNORECASE,
)
_MEMBER = re.compile(r"\d{1,3}")


@dataclass(frozen=True)
class GroupAges:
    """One group's ages as written: the span, the group's noun and the ages
    (two bounds of a range, or each member's with its offsets)."""

    start: int
    end: int
    noun: Token
    span_range: tuple[int, int] | None
    members: list[tuple[int, int, int]]  # (age, start, end)


def group_ages(doc: Doc, role_of) -> list[RawClaim]:
    """Every group's ages in ``doc`` as age claims; ``role_of`` gives the
    role ("victim", "suspect") the group noun's verb gives it."""
    claims = []
    for found in _find(doc):
        role = role_of(found.noun)
        subject = f"{GROUP}{lemma_of(found.noun)}"
        label = f"ages of the {found.noun.lower_}"
        details = PersonDetails(
            person=f"the {found.noun.lower_}",
            role=role,
            kin_of=possessor(found.noun),
            spared=spared(found.noun) or None,
        )
        if found.span_range is not None:
            low, high = found.span_range
            value = Value(unit="years", low=low, high=high, label=f"{low} to {high}")
            claims.append(_claim(found.start, found.end, subject, label, value, details))
        if len(found.members) > 1 and not set_apart(found.noun):
            details = details.replace(listed=len(found.members))
        for age, start, end in found.members:
            value = Value(unit="years", written=age, low=age, high=age, label=f"{age}")
            claims.append(_claim(start, end, subject, label, value, details))
    return claims


def group_age_spans(doc: Doc) -> list[tuple[int, int]]:
    """Where groups' ages are written, so no single age is read inside them."""
    return [(found.start, found.end) for found in _find(doc)]


def _claim(start: int, end: int, subject: str, label: str, value: Value, details: PersonDetails) -> RawClaim:
    return RawClaim(
        kind=ClaimKind.age,
        start=start,
        end=end,
        subject=subject,
        subject_label=label,
        value=value,
        details=details,
    )


def _find(doc: Doc) -> list[GroupAges]:
    text = text_of(doc)
    found = []
    for match in _RANGE.finditer(text):
        low, high = (int(g) for g in match.groups() if g is not None)
        noun = _group_noun(doc, match.start())
        if noun is None or not low < high or open_end().match(text[match.end() :]):
            continue
        found.append(GroupAges(match.start(), match.end(), noun, (low, high), []))
    for match in AGES_LIST.finditer(text):
        if match.group().lower().startswith("age "):
            continue  # "girls age 6 and 8": a list of ages (age_lists), "age" of no group's list
        noun = _group_noun(doc, match.start())
        if noun is None or open_end().match(text[match.end() :]):
            continue
        base = match.start("numbers")
        listed = _MEMBER.finditer(match.group("numbers"))
        members = [(int(m.group()), base + m.start(), base + m.end()) for m in listed]
        found.append(GroupAges(match.start(), match.end(), noun, None, members))
    return found


def _group_noun(doc: Doc, char: int) -> Token | None:
    """The plural noun right before the ages ("six men aged", "two men, ages",
    "the injured were men between the ages of"): the group they are of."""
    span = doc.char_span(max(0, char - 40), char, alignment_mode="expand")
    if span is None:
        return None
    for token in reversed(list(span)):
        if token.idx >= char or token.is_punct:
            continue
        if token.tag_ == "NNS" or (token.pos_ == "NOUN" and lemma_of(token) != token.lower_):
            return token
        if token.lower_ in ("people", "children", "men", "women"):
            return token
        return None
    return None
