"""A figure a report itself gives as disputed between two sources.

Disaster, attack and crash reports often put two sources' counts of one
thing side by side and say so: "the fire service said nine people were
unaccounted for, while relatives waiting at the ghat claimed at least 15";
"While the police confirmed 11 deaths, residents said over 20 people were
killed"; "The governor's office put the toll at 17 ... The municipal fire
corps, however, said it had counted 19 bodies".  An editor reads such a pair
as one figure in dispute inside that report, not as two tolls.  Set value
against value, the other report's one figure conflicts with each side of the
dispute, one false alarm per figure.  Read as a dispute instead:

- the other report's figure that matches either side (agrees with it or can
  hold it: "23" against "over 20") is no conflict with the other side;
- a count that lies between the dispute's figures ("12 missing" against
  "nine ... at least 15") is compatible: the report itself leaves the count
  open between them (a reading of an agency, a magnitude or a depth, is
  each agency's own, so a third agency's reading between two is still set
  against the report's own);
- a figure that matches neither is one conflict, with the figure the report
  gives first (its own lead figure; the rival source's figure is told as
  the dispute), not one per figure.

The pair is read from the words that tie its two figures (``rules/disputes.yaml``):
two counts of one group in one sentence, the later after a word of contrast
("while", "but", "whereas", "although", a semicolon), or a sentence opening
with "While"; or in two sentences in a row, the second telling the contrast
("However", ", however,", "But").  Each figure must be attributed, and to
two sources (:func:`reportcheck.knowledge.agencies.same_source`).  Never a
dispute: a rival count the speaker's own sentence tells ("three confirmed
dead, while other estimates put the toll at seven", one speaker's words),
one source's two figures ("police later raised the toll to four" is an
update), a part ("two of them", "died on the spot"), a risen toll, a later death, a restated
or derived count, a rival's update ("the toll had risen to nine", "later said"), counts of two
places, days or scopes ("in Kandi" against "in Rampur", "in total") or of two groups ("four
adults" against "six children"): read as a dispute, any of these would hide the other report's
true conflict with the first figure.  Two
agencies' readings of a magnitude or a depth are the report's dispute by
their sources alone (:func:`reportcheck.compare.sources.side_by_side`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from reportcheck.compare.clusters import Cluster
from reportcheck.compare.judges import Verdict
from reportcheck.compare.sources import MEASURED_BY_AGENCIES, shared_source, side_by_side, whose
from reportcheck.knowledge.agencies import same_source
from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.knowledge.vocabulary import alternation, tells
from reportcheck.models import Claim, ClaimKind, Status

#: the verdict on two clusters of one group (compare's ``Decide``)
Judge = Callable[[Cluster, Cluster], "Verdict | None"]


class DisputeRules(Strict):
    """``rules/disputes.yaml``."""

    #: the kinds of count a report gives as disputed between sources
    kinds: list[ClaimKind]
    #: words that set a second source's figure against the first's in one sentence
    contrast_words: list[str]
    #: words that open a sentence whose figure comes before the contrast ("While ...,")
    leading_contrasts: list[str]
    #: words that tell the next sentence's figure as a rival ("However", "But")
    next_sentence_contrasts: list[str]
    #: words after a figure that tell it of another set than the other figure's
    apart_words: list[str]
    #: prepositions of the phrases (place, day, scope) that may tell two figures apart
    qualifying_prepositions: list[str]
    #: nouns of a count that name no group of their own ("people", "deaths", "bodies")
    any_group_nouns: list[str]
    #: words of the rival's telling that make its figure an update of the first
    update_words: list[str]
    #: how many characters may stand between two sentences in a row
    sentence_gap: int


@cache
def dispute_rules() -> DisputeRules:
    return load_rule_file("disputes.yaml", DisputeRules)


@dataclass(frozen=True)
class Dispute:
    """The clusters of one report's figures in dispute, in reading order:
    the first is the report's own lead figure."""

    figures: tuple[Cluster, ...]

    @property
    def lead(self) -> Cluster:
        return self.figures[0]

    def holds(self, cluster: Cluster) -> bool:
        return any(cluster is figure for figure in self.figures)


def _plain_count(claim: Claim) -> bool:
    """A count that stands as a figure of its own: no risen toll, later
    death, derived, restated or scoped count (those tell an update or a
    part, never a second source's figure)."""
    details = claim.count
    return not (
        details.toll_rise or details.later_death or details.derived or details.restated or claim.frame.scope
    )


def _before(claim: Claim) -> str:
    """The words of a claim's sentence before it."""
    evidence = claim.evidence
    return evidence.sentence[: evidence.start - evidence.sentence_start]


def _between(first: Claim, second: Claim) -> str:
    """The words between two claims of one sentence."""
    evidence = first.evidence
    offset = evidence.sentence_start
    return evidence.sentence[evidence.end - offset : second.evidence.start - offset]


def _opens_with(text: str, words: Sequence[str]) -> bool:
    """Whether ``text`` begins (after quotes and spaces) with one of ``words``."""
    return re.match(rf"\W*(?:{alternation(words)})\b", text, re.IGNORECASE) is not None


def _contrast(first: Claim, second: Claim) -> bool:
    """Whether a report's words set ``second`` against ``first`` (in reading
    order): one sentence with a word of contrast between them or opening it
    ("While the police confirmed 11 deaths, residents said over 20"), or the
    next sentence telling the contrast before its figure."""
    rules = dispute_rules()
    a, b = first.evidence, second.evidence
    if a.sentence_start == b.sentence_start:
        between = _between(first, second)
        return (
            tells(between, rules.contrast_words)
            or ";" in between
            or _opens_with(_before(first), rules.leading_contrasts)
        )
    if not 0 <= b.sentence_start - a.sentence_end <= rules.sentence_gap:
        return False
    return tells(_before(second), rules.next_sentence_contrasts)


def _tail(claim: Claim, until: int | None = None) -> str:
    """The words of a claim's sentence after it, to ``until`` (an offset in
    the text) or the sentence's end."""
    evidence = claim.evidence
    offset = evidence.sentence_start
    end = len(evidence.sentence) if until is None else until - offset
    return evidence.sentence[evidence.end - offset : end]


def _first_clause_tail(first: Claim, second: Claim) -> str:
    """The words after the first figure up to the comma or contrast that
    ends its clause (in one sentence: "While the police confirmed 11 deaths,
    residents said more than 20" ends at the comma, before the rival's
    words), or to its sentence's end."""
    if first.evidence.sentence_start != second.evidence.sentence_start:
        return _tail(first)
    between = _between(first, second)
    rules = dispute_rules()
    stop = re.search(rf"[,;]|\b(?:{alternation(rules.contrast_words)})\b", between, re.IGNORECASE)
    return between if stop is None else between[: stop.start()]


def _qualifiers(text: str) -> set[str]:
    """The phrases of place, day or scope a figure's words carry ("in
    Kandi", "on wednesday", "in the truck"), each a preposition and the
    word after it (with "the"), in lower case."""
    prepositions = alternation(dispute_rules().qualifying_prepositions)
    found = re.finditer(rf"\b({prepositions})\s+((?:the\s+)?[\w'-]+)", text, re.IGNORECASE)
    return {f"{m.group(1)} {m.group(2)}".lower() for m in found}


def _told_apart(first: Claim, second: Claim) -> bool:
    """Whether the words after two figures tell them of two sets, not one
    count in dispute: a word of another set after either ("nine were killed
    across the district since Monday", "two more died"), or phrases of place,
    day or scope after both that differ ("five people were killed in Kandi,
    while officials said nine people were killed in Rampur").  A rival's
    figure for another place, day or vehicle is no dispute: read as one, it
    would hide the other report's true conflict with the first."""
    rules = dispute_rules()
    tails = (_first_clause_tail(first, second), _tail(second))
    if any(tells(tail, rules.apart_words) for tail in tails):
        return True
    firsts, seconds = (_qualifiers(tail) for tail in tails)
    return bool(firsts and seconds) and firsts != seconds


def _counted_noun(claim: Claim) -> str | None:
    """The noun a count's words end in ("five people": "people"), lower case;
    None for a bare figure ("put the toll at nine")."""
    words = claim.evidence.text.split()
    last = words[-1].lower().strip(".,;:") if len(words) > 1 else ""
    return last if last.isalpha() else None


def _two_groups(first: Claim, second: Claim) -> bool:
    """Whether two counts name two groups by their nouns ("four adults"
    against "six children", "two men" against "three women"): both nouns
    name a group of their own and differ, so the counts add, never dispute."""
    nouns = {_counted_noun(first), _counted_noun(second)}
    generic = set(dispute_rules().any_group_nouns)
    return None not in nouns and len(nouns) == 2 and not nouns & generic


def _told_as_update(first: Claim, second: Claim) -> bool:
    """Whether the rival's words (after the first figure in one sentence, or
    its own sentence's before the contrast) tell its figure as an update
    ("while the police said the toll had risen to nine", "But officials
    later said nine people had died"): a later count, never a dispute, so
    the other report's figure between the two stays a conflict with it."""
    if first.evidence.sentence_start == second.evidence.sentence_start:
        rival = _between(first, second)
    else:
        rival = _before(second)
    return tells(rival + _tail(second), dispute_rules().update_words)


def _two_sources(first: Claim, second: Claim) -> bool:
    """Whether two figures are two sources': each attributed, and not to one
    source.  A rival count told by the speaker's own sentence ("three people
    had been confirmed dead, while other estimates put the toll at seven",
    both read as the relief commissioner's) is no dispute: the editors of
    the development pairs set the other report's 17 against both figures
    (pages_dev cyclone_phailin_2013)."""
    if not (first.source and second.source):
        return False
    return not same_source(first.source, second.source)


def _one_act(first: Claim, second: Claim) -> bool:
    """Whether two counts of things tell one act where both name theirs:
    "40 homes were destroyed, while the Red Cross said 200 were damaged"
    counts two sets, not one in dispute."""
    acts = {first.count.act, second.count.act}
    return None in acts or len(acts) == 1


def _told_as_disputed(a: Cluster, b: Cluster) -> bool:
    """Whether a mention of each of two counts of one report is told as a
    second source's figure set against the first's."""
    for x in a.members:
        for y in b.members:
            first, second = sorted((x, y), key=lambda c: c.evidence.start)
            plain = _plain_count(first) and _plain_count(second) and _one_act(first, second)
            if (
                plain
                and _contrast(first, second)
                and _two_sources(first, second)
                and not _told_apart(first, second)
                and not _told_as_update(first, second)
                and not _two_groups(first, second)
            ):
                return True
    return False


def _disputed_pair(a: Cluster, b: Cluster, decide: Judge) -> bool:
    """Whether two clusters of one report are two sources' figures of one
    thing: readings two agencies give, or counts told as disputed, that
    cannot both hold."""
    kind = a.rep.kind
    verdict = decide(a, b)
    if verdict is None or verdict.status is not Status.conflict:
        return False
    if kind in MEASURED_BY_AGENCIES:
        return side_by_side(a, b)
    return kind in dispute_rules().kinds and _told_as_disputed(a, b)


def disputes(side: list[Cluster], decide: Judge) -> list[Dispute]:
    """The disputes one report tells in a group (``side``: its clusters in
    reading order).  A cluster of the same figure as a side of a dispute,
    told elsewhere ("11 persons were killed" beside "While the police
    confirmed 11 deaths, ..."), belongs to that side."""
    found: list[Dispute] = []
    for i, a in enumerate(side):
        for b in side[i + 1 :]:
            if any(d.holds(a) and d.holds(b) for d in found) or not _disputed_pair(a, b, decide):
                continue
            told = [c for c in side if any(_same(c, f, decide) for f in (a, b))]
            found.append(Dispute(tuple(told)))
    return found


def _same(cluster: Cluster, figure: Cluster, decide: Judge) -> bool:
    verdict = decide(cluster, figure)
    return cluster is figure or (verdict is not None and verdict.status is Status.agree)


def dispute_of(cluster: Cluster, found: Sequence[Dispute]) -> Dispute | None:
    """The dispute a cluster is a side of, if any."""
    return next((d for d in found if d.holds(cluster)), None)


@dataclass(frozen=True)
class DisputeReading:
    """A conflict read against a report's dispute: ``verdict`` and
    ``reasons`` to give instead, or ``leave_out`` (another figure of the
    dispute is the one to set against the other report's)."""

    leave_out: bool
    verdict: Verdict | None = None
    reasons: tuple[str, ...] = ()


def _within(figure: Claim, dispute: Dispute) -> bool:
    """Whether a count lies between the figures of a dispute ("12" between
    "nine" and "at least 15"): the report leaves the count open there."""
    low, high = figure.value.low, figure.value.high
    if low is None or high is None:
        return False
    lows = [f.rep.value.low for f in dispute.figures]
    highs = [f.rep.value.high for f in dispute.figures]
    floor = min(-math.inf if v is None else v for v in lows)
    ceiling = max(math.inf if v is None else v for v in highs)  # "at least 15" has no top
    return floor <= low and high <= ceiling


def _figures_told(dispute: Dispute) -> str:
    """ "nine (the fire service) against 15 passengers (relatives ...)"."""
    sides = []
    for figure in dispute.figures:
        told = f"{figure.rep.evidence.text} ({whose(figure)})"
        if told not in sides:
            sides.append(told)
    return " against ".join(sides)


def read_against_dispute(
    mine: Cluster, theirs: Cluster, own: Sequence[Dispute], other: Sequence[Dispute], decide: Judge
) -> DisputeReading | None:
    """A conflict between ``mine`` and the other report's ``theirs`` read
    against the disputes either report tells (``own``: those of ``mine``'s
    report); None where neither is a side of one, or where both reports
    attribute the two figures to one source: then those two are compared,
    whichever the report gives first (:mod:`.sources`)."""
    if shared_source(mine, theirs):
        return None
    for cluster, partner, found in ((mine, theirs, own), (theirs, mine, other)):
        dispute = dispute_of(cluster, found)
        if dispute is None:
            continue
        rest = [f for f in dispute.figures if f is not cluster]
        if any(_holds(decide, f, partner) for f in rest):
            return DisputeReading(leave_out=True)  # the other side of the dispute pairs with it
        if cluster.rep.kind not in MEASURED_BY_AGENCIES and _within(partner.rep, dispute):
            n = cluster.rep.report + 1
            explanation = (
                f"{partner.rep.evidence.text} lies between the figures report {n} gives as disputed: "
                f"{_figures_told(dispute)}"
            )
            reason = f"report {n} gives the figure as disputed between sources"
            return DisputeReading(False, Verdict(Status.compatible, explanation), (reason,))
        if cluster is not dispute.lead and not any(f is cluster for f in _lead_figures(dispute, decide)):
            return DisputeReading(leave_out=True)  # one conflict, with the report's lead figure
    return None


def _holds(decide: Judge, figure: Cluster, partner: Cluster) -> bool:
    verdict = decide(figure, partner)
    return verdict is not None and verdict.status in (Status.agree, Status.compatible)


def _lead_figures(dispute: Dispute, decide: Judge) -> list[Cluster]:
    """The clusters of the dispute's lead figure (the lead told again apart)."""
    return [f for f in dispute.figures if _same(f, dispute.lead, decide)]
