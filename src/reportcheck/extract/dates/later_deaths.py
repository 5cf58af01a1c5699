"""The day of "died Monday" where the report dates the attack on another day.

Reporters date a death in hospital by its own day and the attack by its own
("Two people were shot at a party on Sunday morning. ... Kendrick Moss, 21,
died Monday at a hospital"); the parse ties a day on "died" to the incident
unless the sentence itself says the death came later (``qualified`` and
``later`` of the death in rules/events.yaml).  So "died Monday" was set
against "on Sunday morning" as two days of the attack.  Here a day written
after a verb of dying (``dying_verbs`` in rules/events.yaml), not at
the scene, becomes a day of death (``date:death``) where the report has told
a different day of the attack before it (reporters tell the attack, then the
death): no one dies at the attack on a day other than the attack's.  So it
does where the death's own sentence dates the attack after it ("died
Saturday after being shot Friday") or counts the distance back to it ("died
Saturday, a day after he was shot", ``back_distances`` of rules/dates.yaml).  A day
of "the attack" told only after the death ("In Benton, police were
investigating the fatal shooting of a 2-year-old boy Tuesday") is as often
another story's.  A report whose only day is the one on "died" keeps it as the
attack's ("A boy died Sunday after accidentally shooting himself"), marked as
told on a death (``died_on``): the attack came that day or before it, so the
other report's "shot Saturday" is compatible with it, not a conflict
(compare/judges/days.py).  A death the sentence puts at the scene or in the
attack itself ("died at the scene", "died Saturday at his home", "died in the
police shooting early Saturday") dates the attack and is left unmarked.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from reportcheck.extract.core.base import RawClaim, claims_of, lemma_of
from reportcheck.extract.dates.death_offsets import tells_the_attack, told_after_the_attack
from reportcheck.extract.dates.relabel import as_day_of
from reportcheck.knowledge.events import moment_rules
from reportcheck.knowledge.vocabulary import tells
from reportcheck.models import ClaimKind

_EVENT = "death"


def relabel_later_deaths(doc: Doc) -> None:
    """Make each day on a verb of dying a day of death where the report
    has dated the attack on another day before it."""
    claims = claims_of(doc)
    attack_days = [c for c in claims if _attack_day(c)]
    for i, claim in enumerate(claims):
        if not _attack_day(claim):
            continue
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        if span is None or not _on_a_death(span):
            continue
        if (
            any(_another_day(claim, other) for other in attack_days if other.start < claim.start)
            or _attack_after_in_sentence(claim, span, attack_days)
            or told_after_the_attack(span)
        ):
            claims[i] = _as_death(claim)
        elif not _at_the_scene(span):
            claims[i] = _as_died_on(claim)


def _attack_after_in_sentence(claim: RawClaim, span: Span, attack_days: list[RawClaim]) -> bool:
    """Whether the death's own sentence goes on to date the attack on
    another day ("died Saturday after being shot Friday", "died Saturday
    of wounds suffered in a shooting Friday"): a word of the attack stands
    between the two days, so the later one is the attack's."""
    end = span.sent.end_char
    for other in attack_days:
        if claim.end < other.start < end and _another_day(claim, other):
            between = [t for t in span.sent if claim.end <= t.idx < other.start]
            if any(tells_the_attack(t) for t in between):
                return True
    return False


def _attack_day(claim: RawClaim) -> bool:
    return claim.kind is ClaimKind.date and claim.date.event == "incident"


def _on_a_death(span: Span) -> bool:
    """Whether the day is written after a verb of dying it hangs on ("died
    Monday at a hospital", "died on Tuesday"), in a sentence that does not
    tell the death at the scene."""
    verb = _verb_of(span.root)
    if verb is None or lemma_of(verb) not in moment_rules().dying_verbs or span.start < verb.i:
        return False
    # "died at the scene", "died Saturday at the scene"
    return not tells(span.sent.text, moment_rules().on_the_spot_words())


def _at_the_scene(span: Span) -> bool:
    """Whether the verb of dying the day hangs on is placed by a preposition
    of the scene (``death_day_scene_preps``: "died Saturday at his home",
    "died in a gun battle with police Wednesday"), other than the day's own
    ("died on Monday"): the death was at the attack, so its day is the
    attack's."""
    verb = _verb_of(span.root)
    if verb is None:
        return True
    preps = moment_rules().death_day_scene_preps
    own = {t.i for t in span} | {a.i for a in span.root.ancestors if a.i != verb.i and a.head.i == verb.i}
    return any(c.dep_ == "prep" and c.lower_ in preps and c.i not in own for c in verb.children)


def _as_died_on(claim: RawClaim) -> RawClaim:
    """The claim kept as the attack's day, marked as told on a death that
    may have come after it."""
    note = "a day on a verb of dying: the attack that day or before it"
    return replace(claim, details=claim.date.replace(died_on=True), notes=[*claim.notes, note])


def _verb_of(token: Token) -> Token | None:
    """The verb the day hangs on, through a preposition ("died on Monday")."""
    head = token.head
    if head.dep_ == "prep" and head.head is not head:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") and head is not token else None


def _another_day(claim: RawClaim, other: RawClaim) -> bool:
    """Whether ``other`` dates the attack on a day other than ``claim``'s:
    two days placed on the calendar a day or more apart, else two months
    and days, or two weekdays, that differ ("July 6" against "July 4")."""
    a, b = claim.value, other.value
    if a.placed_day() is not None and b.placed_day() is not None:
        assert a.low is not None and b.low is not None
        return abs(a.low - b.low) >= 1
    for first, second in (
        (claim.date.month_day, other.date.month_day),
        (claim.date.weekday, other.date.weekday),
    ):
        if first is not None and second is not None:
            return first != second
    return False


def _as_death(claim: RawClaim) -> RawClaim:
    """The claim as a day of death."""
    note = "a day on a verb of dying where the report dates the attack on another day"
    return as_day_of(claim, _EVENT, note)
