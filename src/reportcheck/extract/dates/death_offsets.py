"""A day of death told by its distance from the shooting: "died the next day".

Reporters date a death that came after the shooting by the shooting itself
("was taken to a hospital, where he died the next day", "succumbed to his
wounds two days later", "died three days after being shot") as often as by
its own weekday.  Such a phrase names no day by itself, so the date finders
leave it; here it is counted from the day of the attack the report tells
first (its first day tied to the incident) and kept as a day of death
(``date:death``), so that it meets the other report's "died Sunday" and the
report's own ("shot Friday ... died the next day ... died Monday" contradicts
itself: compare/death_days.py).  The words are ``death_offsets`` in
``rules/dates.yaml``; a report with no day of the attack gets no such day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Span, Token
from text_to_num import text2num

from reportcheck.details import DateDetails, DateForm
from reportcheck.extract.core.base import RawClaim, add_claim, claims_of, lemma_of
from reportcheck.extract.dates.rules import DeathOffsets, date_rules
from reportcheck.knowledge.events import event_lexicon, moment_rules
from reportcheck.knowledge.vocabulary import WEEKDAY_NAMES, alternation
from reportcheck.models import ClaimKind, Value, ValueFrame


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(the death's words, the distances) of the rule files, or None without
    them.  The death's words are the ones compare/death_days.py tests a day
    of death by (``death_words`` in rules/events.yaml): one list, so a day
    counted here is never one that check then refuses."""
    rules = date_rules().death_offsets
    if rules is None:
        return None
    verbs = alternation(moment_rules().death_words)
    fixed = alternation(rules.phrases)
    objects = alternation(rules.after_objects)
    counted = "|".join(re.escape(w) for w in rules.counted if w != "after")
    number = r"(?P<n>\d{1,2}|[a-z]+)\s+days?"
    distance = rf"\b(?:(?P<fixed>{fixed})|{number}\s+(?:(?P<later>{counted})|after\s+(?:{objects})))\b"
    return re.compile(rf"\b(?:{verbs})\b", re.IGNORECASE), re.compile(distance, re.IGNORECASE)


def _days(match: re.Match[str], rules: DeathOffsets) -> int | None:
    """The days a distance names: the fixed phrase's, or the count's."""
    if match.group("fixed"):
        return rules.phrases[" ".join(match.group("fixed").lower().split())]
    words = match.group("n").lower()
    if words.isdigit():
        return int(words)
    try:
        number = text2num(words, "en")
    except ValueError:
        return None
    return number if 0 < number < 60 else None


def _distances(sent: Span) -> Iterator[tuple[re.Match[str], int]]:
    """Each distance in the sentence near a word of death, with its days."""
    patterns, rules = _patterns(), date_rules().death_offsets
    if patterns is None or rules is None:
        return
    deaths, distances = patterns
    verbs = [m.span() for m in deaths.finditer(sent.text)]
    if not verbs:
        return
    for match in distances.finditer(sent.text):
        near = any(max(start - match.end(), match.start() - end) <= rules.within for start, end in verbs)
        days = _days(match, rules) if near else None
        if days is not None:
            yield match, days


@cache
def _back_pattern() -> re.Pattern[str] | None:
    """A distance back to the attack written right after a day of death
    (``back_distances`` or "N days", then "after"), with the day's own day
    part ("died Saturday night, a day after ...") let between."""
    rules = date_rules().death_offsets
    if rules is None or not rules.back_distances:
        return None
    fixed = alternation(rules.back_distances)
    parts = alternation(date_rules().dayparts)
    distance = rf"(?:{fixed}|(?:\d{{1,2}}|[a-z]+)\s+days?)"
    return re.compile(rf"^(?:\s+(?:{parts})\b)?,?\s+(?P<distance>{distance})\s+after\b", re.IGNORECASE)


def told_after_the_attack(day: Span) -> bool:
    """Whether the day ``day`` of a death is followed by its distance back
    to the attack ("died Saturday, a day after he and his brother were
    shot", "two days after being shot", "hours after"), a word of the attack
    following "after" in the sentence: the day is the death's, whatever the
    parse ties it to.  The attack's day is not counted back from it: the
    other report's own "died Tuesday" is often read as the attack's day, and
    the two would conflict (review 24a q08)."""
    pattern = _back_pattern()
    if pattern is None:
        return False
    sent = day.sent
    match = pattern.match(sent.text[day.end_char - sent.start_char :])
    if match is None:
        return False
    end = day.end_char + match.end("distance")
    return any(tells_the_attack(token) for token in sent if token.idx >= end)


def tells_the_attack(token: Token) -> bool:
    """Whether the word names the attack ("shot", "a shooting")."""
    lexicon, lemma = event_lexicon(), lemma_of(token)
    return lexicon.by_verb.get(lemma) == "incident" or lexicon.by_noun.get(lemma) == "incident"


def _attack_day(doc: Doc) -> RawClaim | None:
    """The report's first day tied to the attack that names a day or a
    weekday: what its later deaths are counted from."""
    days = [
        c
        for c in claims_of(doc)
        if c.kind is ClaimKind.date
        and c.date.event == "incident"
        and c.date.form != DateForm.AFTER_ATTACK
        and (c.value.placed_day() is not None or c.date.weekday)
    ]
    return min(days, key=lambda c: c.start, default=None)


def _counted(attack: RawClaim, days: int) -> tuple[Value, DateDetails]:
    """The day ``days`` after the attack's day: placed where the attack's is,
    else its weekday moved on."""
    placed = attack.value.placed_day()
    if placed is not None:
        day = placed + dt.timedelta(days=days)
        ordinal = float(day.toordinal())
        value = Value(unit="day", written=ordinal, low=ordinal, high=ordinal, label=day.isoformat())
        weekday = WEEKDAY_NAMES[day.weekday()]
        return value, DateDetails(
            event="death", form=DateForm.AFTER_ATTACK, resolved=day.isoformat(), weekday=weekday
        )
    assert attack.date.weekday is not None
    weekday = WEEKDAY_NAMES[(WEEKDAY_NAMES.index(attack.date.weekday) + days) % 7]
    return Value(unit="day", label=weekday), DateDetails(
        event="death", form=DateForm.AFTER_ATTACK, weekday=weekday
    )


def add_death_offsets(doc: Doc) -> None:
    """A day of death for each distance from the shooting told of a death."""
    attack = _attack_day(doc)
    if attack is None:
        return
    attack_words = doc.text[attack.start : attack.end]
    for sent in doc.sents:
        for match, days in _distances(sent):
            start, end = sent.start_char + match.start(), sent.start_char + match.end()
            value, details = _counted(attack, days)
            note = f"'{match.group(0)}' counted {days} day(s) from the attack's day '{attack_words}'"
            subject, label, measure = event_lexicon().day_of("death")
            add_claim(
                doc,
                RawClaim(
                    ClaimKind.date,
                    start,
                    end,
                    subject,
                    label,
                    value,
                    details,
                    [note],
                    frame=ValueFrame(measure=measure),
                ),
            )
