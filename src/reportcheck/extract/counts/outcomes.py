"""Settle what "shot" leaves open: who of the people harmed was injured.

"A gunman shot three people, killing one" states an injured count without
a word for it: three harmed, one dead, so two injured.  "Two men were shot
Sunday night" in a report that mentions no death states two injured.  The
counts component records such phrases as "people shot" (see
``harm_verbs`` in rules/counts.yaml); this component, run after it, adds the
injured figure where the report settles the outcome, quoting the words it is
derived from.  Where the report also tells of a death it cannot tie to the
people harmed, nothing is derived: a wrong figure is worse than none; save
for a group told recovering ("nine officers are recovering"), alive and hurt
whoever died.

A figure read from a report that tells of no death is still everyone hit:
its ``details.derived`` is :data:`ALL_HARMED`, so the compare stage can set
it against another report's wounded plus dead ("shot three people" against
"one dead, two injured": :mod:`reportcheck.compare.scopes`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from reportcheck.details import ALL_HARMED, FROM_HARMED, CountDetails
from reportcheck.extract.core.base import RawClaim, add_claim, claims_of, register_extractor, text_of
from reportcheck.extract.core.numbers import parse_number
from reportcheck.extract.counts.linking import recovers
from reportcheck.knowledge.casualties import tells_of_a_death
from reportcheck.knowledge.vocabulary import INDIVIDUAL
from reportcheck.models import ClaimKind, Value

#: "Three people were shot, one fatally": the fatal share after a harmed count
_FATAL_SHARE = re.compile(r"^[^,.;]{0,40},\s*(?P<n>[\w-]+)(?:\s+of\s+them)?\s+fatally\b", re.IGNORECASE)


def _tells_of_a_death(doc: Doc) -> bool:
    return tells_of_a_death(text_of(doc))


def _point(claim: RawClaim) -> int | None:
    value = claim.value
    if value.low is None or value.low != value.high:
        return None
    return int(value.low)


def _injured(harmed: RawClaim, count: int, end: int, note: str, derived: str = FROM_HARMED) -> RawClaim:
    """An injured claim derived from a harmed count, quoting ``harmed`` to ``end``."""
    group = harmed.count.group or "all"
    role = harmed.count.role or "victims"
    return RawClaim(
        kind=ClaimKind.injured,
        start=harmed.start,
        end=end,
        subject=role,
        subject_label="people injured" if role == "victims" else f"{role} injured",
        value=Value(
            unit="people", written=float(count), low=float(count), high=float(count), label=str(count)
        ),
        # one person's sex stays theirs when left hurt ("the woman was shot", 1)
        details=CountDetails(
            role=role,
            group=group,
            derived=derived,
            sex=harmed.count.sex if count == 1 else None,
            sex_by=harmed.count.sex_by if count == 1 else None,
        ),
        notes=[note],
        anchor_start=harmed.anchor_start,
        anchor_end=harmed.anchor_end,
        frame=harmed.frame,  # "four of the (nine) officers" stays a part
    )


def _fatal_share(doc: Doc, harmed: RawClaim, start: int, number: int, end: int) -> RawClaim:
    """ "one fatally" after "three people were shot": a killed count."""
    return RawClaim(
        kind=ClaimKind.killed,
        start=start,
        end=end,
        subject=harmed.count.role or "victims",
        subject_label="people killed",
        value=Value(unit="people", written=number, low=number, high=number, label=str(number)),
        details=CountDetails(role=harmed.count.role or "victims", group=harmed.count.group or "all"),
    )


def _killed_in_sentence(doc: Doc, harmed: RawClaim) -> tuple[int, int] | None:
    """(deaths, end offset) stated beside a harmed count in its sentence."""
    sent = doc.char_span(harmed.start, harmed.end, alignment_mode="expand")
    if sent is None:
        return None
    sentence = sent.sent
    killed = [
        c
        for c in claims_of(doc)
        if c.kind is ClaimKind.killed
        and sentence.start_char <= c.start < sentence.end_char
        and c.start > harmed.start
        and c.count.role == harmed.count.role
        and c.count.group != INDIVIDUAL
    ]
    if len(killed) == 1 and (deaths := _point(killed[0])) is not None:
        return deaths, killed[0].end
    share = _FATAL_SHARE.match(text_of(doc)[harmed.end : sentence.end_char])
    if share:
        number = parse_number(share.group("n"))
        if number is not None:
            start = harmed.end + share.start("n")
            add_claim(doc, _fatal_share(doc, harmed, start, int(number), harmed.end + share.end("n")))
            return int(number), harmed.end + share.end()
    return None


def _derive(doc: Doc, harmed: RawClaim, death_told: bool) -> RawClaim | None:
    total = _point(harmed)
    if total is None:
        return None
    killed = _killed_in_sentence(doc, harmed)
    if killed is not None:
        deaths, end = killed
        if 0 <= deaths < total:
            return _injured(harmed, total - deaths, end, f"derived: {total} harmed, {deaths} killed")
        return None
    if not death_told:
        note = f"derived: {total} harmed, the report tells of no death"
        return _injured(harmed, total, harmed.end, note, ALL_HARMED)
    if total >= 2 and _recovering(doc, harmed):
        return _injured(harmed, total, harmed.end, f"derived: {total} recovering, alive and hurt")
    return None


def _recovering(doc: Doc, harmed: RawClaim) -> bool:
    """Whether a group's count is told recovering ("nine officers are
    recovering", "the two others are expected to survive": ``recovery_verbs``
    of rules/counts.yaml): hurt and alive, so injured, even in a report that
    tells of a death elsewhere (which leaves "were taken to a hospital"
    open: one of them may be the dead)."""
    span = doc.char_span(harmed.start, harmed.end, alignment_mode="expand")
    if span is None:
        return False
    noun = span.root
    return noun.dep_ == "nsubj" and recovers(noun.head)


def settle_outcomes(doc: Doc) -> None:
    death_told = _tells_of_a_death(doc)
    harmed = [c for c in claims_of(doc) if c.kind is ClaimKind.other_count and c.count.harmed is not None]
    for claim in harmed:
        injured = _derive(doc, claim, death_told)
        if injured is not None:
            add_claim(doc, injured)


register_extractor("reportcheck_outcomes", settle_outcomes)
