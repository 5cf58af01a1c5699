"""Deaths a report tells came after its first toll: a running total.

A local story updated in place keeps its first toll and adds the death that
came later: "One man is dead and two others were injured ... Two others were
taken to Regional One in critical condition; one later died at the
hospital".  The report's toll is then the first figure plus the later
deaths, and another report's "Two men died" agrees with it.  Here a count of
the dead followed by the words of a later death (``later_death_phrases`` of
rules/counts.yaml) is marked ``later_death``; the comparer adds it to the
report's earlier toll (:mod:`reportcheck.compare.running`).

A follow-up tells the same from the other end: "The death toll climbed to 11
on Wednesday after two more of the injured died", "A fourth person has died",
"as the toll rose to nine when a wounded man died", "recovered four more
bodies, raising the toll to 10", "rose by five to 23", "Nine people have now
died ... after a further three died", "rose to seven when the body of a man
was found", "Three more people drowned ..., taking the toll to 41", "Two
people injured in the collision died overnight, raising the death toll to
11", "recovered the bodies of three more miners, raising the death toll to
nine", "rose to three after rescuers recovered the body of a 34-year-old
man", "The woman shot during Monday's attack died on Tuesday, bringing the
death toll to three".  Its toll is the new one, and the deaths it names
tell the toll before them (9; three; eight; six; 18; six; six; 38; nine;
six; two; two).
Such a count is marked ``toll_rise`` (earlier, current), and the comparer
reads another report's figure equal to the earlier toll as the toll told
before the update.
"""

from __future__ import annotations

import re

from reportcheck.extract.core.numbers import parse_number
from reportcheck.extract.counts.scope import INCREMENT, PART
from reportcheck.knowledge.casualties import TollRisePatterns, later_death_after, lexicon, toll_rise_patterns
from reportcheck.models import Claim, ClaimKind


def _tells_later_death(claim: Claim) -> bool:
    """An exact count of the dead whose next words say the deaths came later."""
    value, evidence = claim.value, claim.evidence
    if claim.kind is not ClaimKind.killed or value.low is None or value.low != value.high:
        return False
    after = evidence.sentence[evidence.end - evidence.sentence_start :]
    return bool(later_death_after().match(after))


def mark_later_deaths(claims: list[Claim]) -> list[Claim]:
    """``claims`` of one report, each count of deaths told as later marked
    ``later_death``, each toll told as risen by deaths it names ``toll_rise``
    and the count of those deaths scoped as the rise's increment."""
    later = [
        claim.model_copy(update={"details": claim.details.model_copy(update={"later_death": True})})
        if claim.details is not None and _tells_later_death(claim)
        else claim
        for claim in claims
    ]
    marked = _with_named_causes([_with_rise(claim) for claim in later])
    risen = {c.evidence.sentence_start for c in marked if c.count is not None and c.count.toll_rise}
    added = {
        c.count.toll_rise[1] - c.count.toll_rise[0]
        for c in marked
        if c.count is not None and c.count.toll_rise
    }
    return [
        _as_increment(c) if c.evidence.sentence_start in risen else _bodies_of_the_rise(c, added)
        for c in marked
    ]


def _with_named_causes(claims: list[Claim]) -> list[Claim]:
    """``claims``, each toll told as risen by a count of the dead right after
    it ("rose to six after a 23-year-old woman died", "rose to nine after a
    girl and a man died") marked ``toll_rise`` and that count scoped as the
    rise's increment: the people named are the new dead, never the toll."""
    marked = list(claims)
    for at, toll in enumerate(claims):
        cause = _named_cause(toll, claims)
        if cause is None or toll.details is None or toll.value.low is None or cause.value.low is None:
            continue
        rise = (toll.value.low - cause.value.low, toll.value.low)
        marked[at] = toll.model_copy(update={"details": toll.details.model_copy(update={"toll_rise": rise})})
        increment = cause.frame.model_copy(update={"scope": INCREMENT})
        marked[claims.index(cause)] = cause.model_copy(update={"frame": increment})
    return marked


def _named_cause(toll: Claim, claims: list[Claim]) -> Claim | None:
    """The one count of the dead that follows a risen toll's figure after a
    cause opener ("rose to nine on Friday after a girl and a man died"),
    fewer than the toll, or None.  A toll whose rise was read otherwise
    ("after two more died") or told with no rise words is left alone."""
    value, evidence = toll.value, toll.evidence
    if toll.kind is not ClaimKind.killed or value.low is None or value.low != value.high:
        return None
    if toll.frame.scope is not None or toll.count.toll_rise:
        return None
    patterns = toll_rise_patterns()
    sentence, start = evidence.sentence, evidence.sentence_start
    if not patterns.before_figure.search(sentence[: evidence.start - start]):
        return None
    causes = [
        claim
        for claim in claims
        if claim.kind is ClaimKind.killed
        and claim.evidence.sentence_start == start
        and claim.evidence.start >= evidence.end
        and patterns.cause_opener.match(sentence[evidence.end - start : claim.evidence.start - start])
        and _dies_in_own_words(claim, patterns)
        and claim.value.low is not None
        and claim.value.low == claim.value.high
        and 1 <= claim.value.low < value.low
    ]
    return causes[0] if len(causes) == 1 else None


#: how far after the named dead their death's words may end ("a 23-year-old
#: woman died", "four bodies were recovered from", "three children who were
#: hurt in the blast died")
_OWN_DEATH_REACH = 40


def _dies_in_own_words(claim: Claim, patterns: TollRisePatterns) -> bool:
    """Whether the named dead's own words tell their death ("three children
    died", "four bodies were recovered"), not another deed of theirs ("a man
    shot his neighbour ... and then died" names no new dead the rise counts)."""
    sentence, start = claim.evidence.sentence, claim.evidence.sentence_start
    tail = sentence[claim.evidence.end - start : claim.evidence.end - start + _OWN_DEATH_REACH]
    own = claim.evidence.text + tail.split(",")[0]
    death = patterns.deaths.search(own)
    return death is not None and death.start() <= len(claim.evidence.text) + _OWN_DEATH_REACH // 2


def _bodies_of_the_rise(claim: Claim, added: set[float]) -> Claim:
    """A count of bodies ("all eight bodies recovered belonged to people
    earlier declared missing") as many as the deaths a rise of the report's
    toll tells ("risen to 31 after rescuers recovered eight more bodies"):
    the report speaks again of those bodies, the rise's increment, never of
    its whole toll."""
    if claim.kind is not ClaimKind.killed or claim.frame.scope is not None or claim.count.toll_rise:
        return claim
    value = claim.value
    words = claim.evidence.text.lower().split()
    if value.low is None or value.low != value.high or value.low not in added:
        return claim
    if not words or words[-1] not in lexicon().body_nouns:
        return claim
    return claim.model_copy(update={"frame": claim.frame.model_copy(update={"scope": INCREMENT})})


def _as_increment(claim: Claim) -> Claim:
    """A count of the dead inside the words that tell the deaths that raised
    its sentence's toll ("after two more injured people died"), scoped as
    the rise's increment: never the toll itself.  A count of the hurt there
    ("Two people injured in the crash died overnight, raising the toll to
    11") counts those of the hurt who died: a part of the injured, never all."""
    if claim.kind not in _RISE_KINDS or claim.frame.scope is not None or claim.count.toll_rise:
        return claim
    start = claim.evidence.start - claim.evidence.sentence_start
    patterns = toll_rise_patterns()
    causes = [m.span() for p in _causes(patterns) for m in p.finditer(claim.evidence.sentence)]
    if not any(low <= start < high for low, high in causes):
        return claim
    scope = INCREMENT if claim.kind is ClaimKind.killed else PART
    return claim.model_copy(update={"frame": claim.frame.model_copy(update={"scope": scope})})


#: the kinds of count the words of a rise's deaths may hold: the dead, and the hurt who died
_RISE_KINDS = frozenset({ClaimKind.killed, ClaimKind.injured})


def _added_deaths(sentence: str) -> float | None:
    """How many deaths a sentence tells raised the toll ("after two more of
    the injured died": 2, "one of the wounded died": 1), if one figure."""
    patterns = toll_rise_patterns()
    found = {
        value
        for pattern in _causes(patterns)
        for match in pattern.finditer(sentence)
        if (value := parse_number(_figure(match))) is not None and value >= 1
    }
    return found.pop() if len(found) == 1 else None


def _causes(patterns: TollRisePatterns) -> tuple[re.Pattern[str], ...]:
    """The patterns of the deaths a sentence tells raised its toll."""
    return (
        patterns.more,
        patterns.of_the,
        patterns.more_bodies,
        patterns.one_hurt,
        patterns.one_died_of_wounds,
        patterns.one_body,
        patterns.one_body_found,
        patterns.one_hurt_died,
        patterns.hurt_died,
        patterns.bodies_of,
    )


def _figure(match: re.Match[str]) -> str:
    """The figure's words of a cause's match: one for a person told by a
    determiner ("The woman shot on Monday died")."""
    groups = match.groupdict()
    return groups.get("n") or groups.get("further") or ("one" if groups.get("one") else "")


def toll_rise(claim: Claim) -> tuple[float, float] | None:
    """(earlier, current) of a count of the dead whose sentence tells the
    toll rose by the deaths it names, or None."""
    value, evidence = claim.value, claim.evidence
    if claim.kind is not ClaimKind.killed or value.low is None or value.high is None:
        return None
    patterns = toll_rise_patterns()
    if value.low < value.high:  # "rose by five to 23": the rise, then the toll it reached
        before = evidence.sentence[: evidence.start - evidence.sentence_start]
        if patterns.by_before.search(before):
            return (value.high - value.low, value.high)
        return None
    sentence = evidence.sentence
    before = sentence[: evidence.start - evidence.sentence_start]
    after = sentence[evidence.end - evidence.sentence_start :]
    # "climbed to 11 ... after two more died", "Nine people have now died after a further three died"
    if patterns.before_figure.search(before) or patterns.now_after.match(after):
        added = _added_deaths(sentence)
        if added is not None and added < value.low:
            return (value.low - added, value.low)
        return None
    ordinals = {patterns.ordinals[m.group("ordinal").lower()] for m in patterns.ordinal.finditer(sentence)}
    if len(ordinals) == 1 and value.low == 1:  # "A fourth person has died": the person counted
        rank = ordinals.pop()
        return (float(rank - 1), float(rank))
    return None


def _with_rise(claim: Claim) -> Claim:
    rise = toll_rise(claim) if claim.details is not None else None
    if rise is None or claim.details is None:
        return claim
    return claim.model_copy(update={"details": claim.details.model_copy(update={"toll_rise": rise})})
