"""Which counts are their report's whole count of a toll.

A count told as no share ("Eight miners were killed", "Three people were
arrested": ``told_whole`` of the count, which the counts extractor sets) is
its report's whole count of the toll where the report tells no other figure
of that toll, or only the same figure again ("the two men", a headline's
"8 miners killed").  Which figures count as "other" depends on how much of
the report is known to tell one incident: the extractor asks over the whole
report, and the incidents stage asks again inside each incident, so that a
recalled disaster's toll ("In 2022, an explosion at a mine in Amasra killed
41 miners") no longer makes the lead's "Eight miners were killed" a part.
Both stages ask this one module, so the two answers differ only in what is
set beside the count.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Protocol, TypeVar

from reportcheck.details import CountDetails
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.vocabulary import CONDITION_SCOPE
from reportcheck.models import ClaimKind, Value, ValueFrame

#: the kinds of people counts a report tells a toll of
TOLL_KINDS = frozenset({ClaimKind.killed, ClaimKind.injured, ClaimKind.missing, ClaimKind.arrested})


class CountLike(Protocol):
    """What is read of a claim, raw or typed: its kind, value, frame and count."""

    @property
    def kind(self) -> ClaimKind: ...

    @property
    def value(self) -> Value: ...

    @property
    def frame(self) -> ValueFrame: ...

    @property
    def count(self) -> CountDetails: ...


def toll_of(claim: CountLike) -> tuple[str, str | None] | None:
    """Which toll a figure counts towards: its outcome and side.  "Three
    people were shot" (harmed, fate not told) is read as the injured."""
    if claim.kind in TOLL_KINDS:
        return claim.kind.value, claim.count.role
    if claim.kind is ClaimKind.other_count and claim.count.harmed is not None:
        return ClaimKind.injured.value, claim.count.role
    return None


def same_figure_again(other: CountLike, claim: CountLike) -> bool:
    """Another count of the same toll that tells the same figure again, of
    everyone or of a plain kind ("Two men were arrested ... the two men",
    a headline's "Blast kills 21" over "killed 21 miners"), also with the
    condition they are in (:func:`_condition_told_again`)."""
    group = other.count.group or "all"
    return (
        (group == "all" or group in lexicon().whole_groups)
        and (other.frame.scope is None or _condition_told_again(other, claim))
        and (other.value.low, other.value.high) == (claim.value.low, claim.value.high)
    )


def _condition_told_again(other: CountLike, claim: CountLike) -> bool:
    """ "six passengers hurt" in the lead, "Six passengers were lightly
    injured" below it: the same people told again with their condition
    (``condition:*`` scope), all of them in it, so no share that would make
    the lead's six a part of a larger toll.  Only of the same group: "Four
    people were injured ... four children were seriously hurt" is not
    read so, nor a different figure ("six injured, two seriously")."""
    scope = other.frame.scope or ""
    return scope.startswith(f"{CONDITION_SCOPE}:") and (other.count.group or "all") == (
        claim.count.group or "all"
    )


#: a claim as the stage asking has it: raw in the extractor, typed after it
C = TypeVar("C", bound=CountLike)


def _one_report(_: CountLike) -> Hashable:
    return None


def wholes(claims: Sequence[C], apart: Callable[[C], Hashable] = _one_report) -> list[bool]:
    """For each of one report's claims, whether it is the report's whole
    count of its toll: told as no share (``told_whole``) and, among the
    claims ``apart`` puts with it (the incident the incidents stage gave it;
    by default the whole report), the only figure of its toll but for the
    same figure told again."""
    flags = []
    for claim in claims:
        toll = toll_of(claim)
        if toll is None or not claim.count.told_whole:
            flags.append(False)
            continue
        beside = [
            other
            for other in claims
            if other is not claim and apart(other) == apart(claim) and toll_of(other) == toll
        ]
        flags.append(all(same_figure_again(other, claim) for other in beside))
    return flags
