"""How sure a conflict is, and why: the confidence and reasons of a finding.

Two values the judges find incompatible are a real conflict only when they
speak of the same thing.  Most false alarms read in the noise audit were two
events, two people or two scopes of a count set against each other; a
reader sees that in the articles, the comparer only in what the extract
stage left on the claims.  This module weighs that evidence (the frame slots
filled, hedges and sources on both sides, one report or two, how far apart
the values are, how many values of the kind the reports give, the kind's
record, a clock time read both ways) as additive log-odds whose weights are
data (``rules/confidence.yaml``), and says each piece of evidence in words,
so an editor can see why a conflict is ranked where it is.

A conflict under the threshold (``--min-confidence``, settings key
``min_confidence``, default :data:`DEFAULT_MIN_CONFIDENCE`) becomes a
``possible_conflict``: listed after the conflicts, not counted for the exit
status.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from reportcheck.compare.judges import figure_words
from reportcheck.compare.judges.days import page_year_use
from reportcheck.compare.judges.numeric import UNANCHORED_DISTANCE
from reportcheck.compare.scopes import COUNT_KINDS, generic_count
from reportcheck.details import EVENT_AGE, PREDICATE_AGE, TimeDetails
from reportcheck.knowledge.agencies import same_source, source_label
from reportcheck.knowledge.events import event_lexicon
from reportcheck.knowledge.generic_counts import generic_count_rules, one_size
from reportcheck.knowledge.names import letters_only, name_parts, people_lexicon
from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.knowledge.tolerance import APPROXIMATE, hedge_reach, widened
from reportcheck.knowledge.vocabulary import (
    CHARGED,
    CROWD,
    DATELINE_FORMS,
    GROUP_PREFIX,
    MONEY_PREFIX,
    SCENE,
    STREET,
    TENURE,
    TERM_PREFIX,
    UNANCHORED,
    UNNAMED_PREFIX,
    is_person_subject,
)
from reportcheck.models import Claim, ClaimKind, Cue, Interval, Status

#: below this confidence a conflict is a possible_conflict; set on the read
#: noise-audit conflicts (benchmarks/confidence_fit.py), not on the dev pairs
DEFAULT_MIN_CONFIDENCE = 0.1


class EvidenceWeights(Strict):
    """One weight (log-odds) per piece of evidence; ``rules/confidence.yaml`` says each."""

    same_event: float
    same_measure: float
    same_scope: float
    same_bearer: float
    no_hedge: float
    hedged: float
    different_sources: float
    same_source: float
    internal: float
    close: float
    far_apart: float
    crowded: float
    clock_alternatives: float
    twelve_hours: float
    digits_swapped: float
    unknown_role: float
    sum_or_term: float
    crowd: float
    address_not_scene: float
    scene_by_shared_road: float
    order_far: float
    order_tied: float
    order_near: float
    response_window: float
    response_late: float
    earlier_account: float
    charged_count: float
    headline_figure: float
    page_year: float
    update_stamp: float
    inferred_half: float
    predicate_age: float
    event_age: float
    named_in_full: float
    growing_tally: float
    scene_tally: float
    one_dead_each: float
    bare_distance: float


class CueCategories(Strict):
    """What the cue categories say of a figure (``cues`` in ``rules/confidence.yaml``).

    just_after / just_before are in none, deliberately: they bound a clock
    time, and the extract stage already made the span they reach the value
    the judge compares (extract/__init__.py, ``bounded_by_cues``), so
    counting them as a hedge too would soften the same words twice."""

    soft: frozenset[str]
    doubt: frozenset[str]
    earlier: frozenset[str]
    telling_verbs: frozenset[str]
    lower_bounds: frozenset[str]
    upper_bounds: frozenset[str]


class ConfidenceRules(Strict):
    """``rules/confidence.yaml``: the bias, each kind's weight, the evidence
    weights and the cue categories each hedge evidence reads."""

    bias: float
    kinds: dict[ClaimKind, float]
    evidence: EvidenceWeights
    cues: CueCategories
    #: the tallies of a response that grows while it goes on (``growing_tally``)
    growing_tallies: frozenset[str] = frozenset()


@cache
def confidence_rules() -> ConfidenceRules:
    return load_rule_file("confidence.yaml", ConfidenceRules)


@dataclass(frozen=True)
class Spread:
    """When two values of a unit are close (a revision, a misprint) and when far
    apart (more often two things): an absolute difference, or a ratio of the
    larger to the smaller value where ``ratio`` is set."""

    close: float
    far: float
    ratio: bool = False


#: unit -> its spread; units not listed (names) are neither close nor far
SPREADS = {
    "min": Spread(close=60, far=180),
    "day": Spread(close=2, far=7),
    "years": Spread(close=2, far=5),
    "magnitude": Spread(close=0.3, far=1.0),
    "people": Spread(close=1.34, far=3.0, ratio=True),
    "m": Spread(close=1.34, far=3.0, ratio=True),
}
#: a ratio spread's other units (speeds, weights...) behave like distances
RATIO_SPREAD = Spread(close=1.34, far=3.0, ratio=True)
MINUTES_A_DAY = 24 * 60
#: two clock times this near to twelve hours apart are one time with a.m. and p.m. mixed up
AM_PM_SLACK = 15
#: the crowded weight counts at most this many times (a roundup of ten values is
#: no surer a false alarm than one of five)
MOST_CROWDED = 3


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence: its weight's name (None: words only, no weight),
    its words, and how many times the weight counts (two hedged values)."""

    weight: str | None
    reason: str
    times: int = 1


@dataclass(frozen=True)
class Graded:
    confidence: float
    reasons: list[str]

    def status(self, min_confidence: float) -> Status:
        """A conflict at or above the threshold, else a possible conflict:
        the one rule every check that builds its own finding applies."""
        return Status.conflict if self.confidence >= min_confidence else Status.possible_conflict


def grade(
    a: Claim,
    b: Claim,
    *,
    internal: bool,
    crowd: int,
    about: ClaimKind | None = None,
    person: str | None = None,
    extra: Sequence[Evidence] = (),
    doubted: bool = False,
) -> Graded:
    """The confidence (0-1, two decimals) that ``a`` and ``b`` really conflict, with the reasons.

    ``crowd`` is how many distinct values the busier of the two reports gives
    for the group (one report's, when ``internal``); two values both reports
    attribute to one source are paired by it, so the crowd counts no more.
    ``about`` is the kind of a finding that sets something other than the
    two claims' figures against each other (the sex two counts of one victim
    state): its own kind's record weighs, and the figures' spread, crowd and
    scope say nothing and are left out.  ``person`` is who the align stage
    paired the two claims as, where it paired them person by person
    (:attr:`reportcheck.models.GroupKey.person`).  ``extra`` is evidence
    only the caller can see (what else a report's sentence tells of the
    person: :mod:`reportcheck.compare.victim_sex`).  ``doubted`` is a doubt
    of the claim only the caller sees (a hedge of who fired:
    :mod:`reportcheck.compare.shooters`), which the caller says: it weighs
    as the claims' own doubt does (:func:`_hedges`)."""
    rules = confidence_rules()
    kind = about or a.kind
    figures = about is None
    found = [
        *evidence(a, b, internal=internal, crowd=crowd, figures=figures, person=person, doubted=doubted),
        *extra,
    ]
    logit = rules.bias + rules.kinds.get(kind, 0.0)
    weights = rules.evidence.model_dump()
    reasons = []
    for item in found:
        if item.weight is not None:
            logit += weights[item.weight] * item.times
        reasons.append(item.reason)
    reasons.append(_kind_reason(kind, rules.kinds.get(kind, 0.0)))
    confidence = 1 / (1 + math.exp(-logit))
    return Graded(round(confidence, 2), reasons)


def evidence(
    a: Claim,
    b: Claim,
    *,
    internal: bool,
    crowd: int,
    figures: bool = True,
    person: str | None = None,
    doubted: bool = False,
) -> list[Evidence]:
    """Every piece of evidence the two claims carry, in a fixed order; without
    ``figures``, none of what their values' spread, crowd or scope say;
    with ``person``, the two were paired as that person's; ``doubted``, the
    caller's doubt of the claim (:func:`grade`)."""
    return [
        *_frame(a, b, figures=figures, person=person),
        *_hedges(a, b, doubted=doubted),
        *_earlier(a, b),
        *_sources(a, b),
        *([Evidence("internal", "one report states both")] if internal else []),
        *(_spread(a, b, person) if figures else []),
        *([] if not figures or _one_source(a, b) or _group_age(a) else _crowd(a, crowd)),
        *_clock(a, b),
        *_page_year(a, b),
        *_update_stamp(a, b),
        *_inferred_half(a, b),
        *(_predicate_age(a, b) if figures else []),
        *(_event_age(a, b) if figures else []),
        *(_named_in_full(a, b) if figures else []),
        *_role(a, b),
        *_money(a),
        *_growing(a),
        *_marching(a),
        *_charged(a, b),
        *_address(a, b),
        *_bare_distances(a, b, crowd),
    ]


def _frame(a: Claim, b: Claim, *, figures: bool = True, person: str | None = None) -> list[Evidence]:
    """What the frames say, in a reader's words.

    A null event is the incident's own story (the events stage names every
    other event it finds), so two null events are the same event, said in
    words but given no weight: the readings the weights were fitted on held
    the old tool's conflicts, whose events were all null.  Scope is a count's
    alone; a null scope is the total.  Two claims the align stage paired as
    one ``person``'s (a day of that person's earlier life, a fall) are the
    same bearer's however each report calls them ("the resident" and "the
    deputy"; "a 36-year-old climber" and "Duncan Rait, 36")."""
    found = []
    fa, fb = a.frame, b.frame
    if fa.event and fa.event == fb.event:
        found.append(Evidence("same_event", f"same event: {fa.event}"))
    elif fa.event is None and fb.event is None:
        story = "the main incident" if a.incident == "main" else "the background incident's own"
        found.append(Evidence(None, f"same event: {story}"))
    if fa.measure and fa.measure == fb.measure:
        found.append(Evidence("same_measure", f"same measure: {measure_words(fa.measure)}"))
    elif _anchor(a) and _anchor(a) == _anchor(b):
        found.append(Evidence("same_measure", f"same measure: distance from the {_anchor(a)}"))
    if a.kind in COUNT_KINDS and figures:
        if fa.scope and fa.scope == fb.scope:
            found.append(Evidence("same_scope", f"same scope: {fa.scope} of {a.subject_label}"))
        elif fa.scope is None and fb.scope is None:
            found.append(Evidence(None, f"same scope: all {a.subject_label}"))
        else:
            found.append(Evidence(None, "scope not told apart"))
    if fa.bearer and fa.bearer == fb.bearer:
        found.append(Evidence("same_bearer", f"same bearer: {fa.bearer}"))
    elif person is not None:
        # a claim with no measure of its own (a hospital taken to) is told by its subject
        told = measure_words(fa.measure) if fa.measure else a.subject_label.removeprefix("the ")
        found.append(Evidence("same_bearer", f"same person's {told}"))
    return found


def measure_words(measure: str) -> str:
    """A frame's measure as a reader says it: "time:arrest" -> "time of the arrest",
    "date:contained" -> "day the fire was contained", "distance:from border" ->
    "distance from the border", "length:ferry" -> "length of the ferry". A time's or
    day's words are the event lexicon's label, so a new event is named where it is added."""
    head, _, rest = measure.partition(":")
    if not rest:
        return measure
    label = event_lexicon().labels.get(rest) if head in {"time", "date"} else None
    if label:
        return label if head == "time" else label.replace("time", "day", 1)
    if head == "distance":
        if rest.startswith("from "):
            return f"distance from the {rest.removeprefix('from ')}"
        return f"distance {rest}"
    if head in {"time", "date"}:
        return f"{'time' if head == 'time' else 'day'} of the {rest}"
    return f"{head} of the {rest}"


def _anchor(claim: Claim) -> str | None:
    """The named place a distance is measured from, as the align stage keys it
    ("from:border"): two distances from one anchor measure the same thing."""
    if claim.kind is not ClaimKind.distance or not claim.subject.startswith("from:"):
        return None
    return claim.subject.removeprefix("from:") or None


def _soft(claim: Claim, categories: frozenset[str] | None = None, *, firm: tuple[Cue, ...] = ()) -> list[str]:
    """The words of ``claim``'s cues of ``categories`` (the soft ones by
    default), leaving out the ``firm`` bounds that exclude the other figure."""
    categories = confidence_rules().cues.soft if categories is None else categories
    return sorted({c.text.lower() for c in claim.hedges if c.category in categories and c not in firm})


def _excluding_bounds(claim: Claim, other: Claim) -> list[Cue]:
    """The bounds of ``claim`` that rule out ``other``'s figure: "at least 22
    killed" cannot hold beside "three killed" however either was rounded.

    A bound is no rounding: "at least N" and "more than N" exclude every
    figure below N, "up to N", "as many as N" and "fewer than N" every figure
    above it.  The other figure is taken with its own rounding and hedge
    (:func:`widened`: "about 20" reaches 18-22) and must lie wholly past the
    bound's written figure N, not merely past the strict bound: a firm
    "1,400 injured" beside "more than 1,400" is most often the same round
    figure written twice, so the strict bound still counts as a hedge there.

    Only a bound against a stated figure of the same set counts: a vague
    word ("dozens more were treated") is no figure to exclude, and a part
    against a total ("at least 27 children" beside "three people had died
    since") rests on the other count being the total, which the extract
    stage often cannot tell (those who died later, in one hospital)."""
    written, unit = claim.value.written, claim.value.unit
    if written is None or not unit or unit != other.value.unit or not _stated(other):
        return []
    if (claim.count.group or "all") != (other.count.group or "all"):
        return []
    readings = widened(other)
    below = bool(readings) and all(r.high is not None and r.high < written for r in readings)
    above = bool(readings) and all(r.low is not None and r.low > written for r in readings)
    cues = confidence_rules().cues
    return [
        cue
        for cue in claim.hedges
        if (cue.category in cues.lower_bounds and below) or (cue.category in cues.upper_bounds and above)
    ]


def _beyond_hedged_age(claim: Claim, other: Claim) -> list[Cue]:
    """The rounding words of a hedged age ("a boy, about 4") that do not
    reach ``other``'s age: "about 4" may be told of a 3- or a 5-year-old
    (``age_hedge_reach`` of rules/people.yaml), not of a 7-year-old, so
    there the hedge softens nothing and the difference is as firm as two
    stated ages."""
    written = claim.value.written
    if claim.kind is not ClaimKind.age or other.kind is not ClaimKind.age or written is None:
        return []
    if not _stated(claim) or not _stated(other) or other.value.written is None:
        return []
    if abs(other.value.written - written) <= people_lexicon().age_hedge_reach:
        return []
    return [cue for cue in claim.hedges if cue.category == APPROXIMATE]


def _beyond_hedged_reach(claim: Claim, other: Claim) -> list[Cue]:
    """The rounding words of a hedged figure ("about 30 km", "some 300 km")
    whose reach does not meet ``other``'s: reporters round to a figure's
    last significant digit, so "about 30 km" is 25-35 km and "about 50km"
    45-55 km (:func:`hedge_reach`), and no one distance is told as both.
    There the hedge explains none of the difference and softens nothing:
    the two differ as firmly as two stated figures (README rule 1: a hedge
    covers normal rounding, not any difference).  Only figures of one unit
    rounded by their digits (distances, depths, counts, magnitudes: not
    clock times, days or ages, which have their own reach).

    :func:`_exclusions` takes these words only where both figures are
    hedged and neither reaches the other: beside a firm figure far from
    it ("about 15 miles north of" the office, "a motorist 50 miles north
    of" the city), the firm one was most often another measure in the
    noise audit's reading (3 of the 4 such ECB+ conflicts), which the
    fitted ``hedged`` weight stands for; two figures both told as rounded
    of one measure are one figure rounded two ways, or a disagreement.
    Across two reports only: one report telling two hedged figures far
    apart tells two things ("plunged some 300 meters into a ravine" and
    "the city of Sucre, about 190 kilometers to the west"), which its own
    writer did not mean as one."""
    if claim.kind is ClaimKind.age or claim.value.unit != other.value.unit or claim.report == other.report:
        return []
    cues = [cue for cue in claim.hedges if cue.category == APPROXIMATE]
    if not cues:
        return []
    mine, theirs = hedge_reach(claim), hedge_reach(other)
    if not mine or not theirs or any(x.overlaps(y) for x in mine for y in theirs):
        return []
    return cues


def _stated(claim: Claim) -> bool:
    """A figure as written ("three", "about 20"), not a vague word's range ("dozens")."""
    value = claim.value
    return value.written is not None and value.low == value.high


def _figure(claim: Claim) -> str:
    """The written figure of a bound or a stated value (both have one here)."""
    written = claim.value.written
    if written is None:
        return claim.evidence.text.strip()
    return figure_words(written, claim.value.unit or "")


def _exclusions(a: Claim, b: Claim) -> tuple[tuple[Cue, ...], tuple[Cue, ...], list[Evidence]]:
    """Each side's bounds that exclude the other's figure, and their words
    ("at least 22 excludes 3")."""
    firm_a, firm_b = _excluding_bounds(a, b), _excluding_bounds(b, a)
    said = [
        Evidence(None, f"{cues[0].text.lower()} {_figure(bounded)} excludes {_figure(other)}")
        for cues, bounded, other in ((firm_a, a, b), (firm_b, b, a))
        if cues
    ]
    aged_a, aged_b = _beyond_hedged_age(a, b), _beyond_hedged_age(b, a)
    said += [
        Evidence(None, f"{cues[0].text.lower()} {_figure(hedged)} does not reach {_figure(other)}")
        for cues, hedged, other in ((aged_a, a, b), (aged_b, b, a))
        if cues
    ]
    far_a, far_b = _beyond_hedged_reach(a, b), _beyond_hedged_reach(b, a)
    if not (far_a and far_b):
        far_a, far_b = [], []
    else:
        said.append(Evidence(None, _beyond_rounding_words(a, far_a, b, far_b)))
    firm_a, firm_b = [*firm_a, *aged_a, *far_a], [*firm_b, *aged_b, *far_b]
    return tuple(firm_a), tuple(firm_b), said


def _beyond_rounding_words(a: Claim, cues_a: list[Cue], b: Claim, cues_b: list[Cue]) -> str:
    """ "about 30 km and about 50 km are too far apart for their rounding",
    with each figure's own hedge word, if any."""
    said = [
        f"{cues[0].text.lower()} {_figure(claim)}" if cues else _figure(claim)
        for claim, cues in ((a, cues_a), (b, cues_b))
    ]
    return f"{said[0]} and {said[1]} are too far apart for their rounding"


def _hedges(a: Claim, b: Claim, *, doubted: bool = False) -> list[Evidence]:
    """Hedges that widen a figure weigh against a conflict; a doubt of the
    clause ("allegedly", "believed to") alone is said, with no weight: the
    figure is no softer, nor is it vouched for.

    A bound that excludes the other figure (:func:`_excluding_bounds`) is
    said as such and is no hedge: "at least 22 killed" against "three
    killed" is a firm disagreement, not a rounding (the hedged weight was
    fitted on conflicts of values with "about", "around" or "more than":
    rules/confidence.yaml).  A doubt of the claim the caller tells
    (``doubted``: who fired, hedged) weighs as the clause's own: neither
    way, and the caller says it."""
    firm_a, firm_b, said = _exclusions(a, b)
    soft = [_soft(a, firm=firm_a), _soft(b, firm=firm_b)]
    hedged = [words for words in soft if words]
    if not hedged:
        words = sorted({w for claim in (a, b) for w in _soft(claim, confidence_rules().cues.doubt)})
        if words:
            return [*said, Evidence(None, f"figures firm, the claim doubted: {', '.join(words)}")]
        if doubted:
            return said
        if said:
            return [Evidence("no_hedge", f"the difference is no rounding: {said[0].reason}"), *said[1:]]
        return [Evidence("no_hedge", "both stated without hedge")]
    if len(hedged) == 1:
        return [*said, Evidence("hedged", f"one value hedged: {', '.join(hedged[0])}")]
    both = ", ".join(sorted({w for words in hedged for w in words}))
    return [*said, Evidence("hedged", f"both values hedged: {both}", times=2)]


def _earlier(a: Claim, b: Claim) -> list[Evidence]:
    """A figure one report tells as an earlier account ("police initially
    said two were killed") and does not replace: it may be the very figure
    the other report corrects, so the difference is at most a possible
    conflict (``earlier_account`` in rules/confidence.yaml)."""
    earlier = confidence_rules().cues.earlier
    for claim in (a, b):
        cue = next((c for c in claim.hedges if c.category in earlier), None)
        if cue is not None:
            return [Evidence("earlier_account", f"one report's figure is {_account(claim, cue)}")]
    return []


def _account(claim: Claim, cue: Cue) -> str:
    """ "what police initially said", or "an earlier account (earlier reports)"."""
    words = cue.text.lower()
    source = (claim.source or "").strip()
    if source and words.split()[-1] in confidence_rules().cues.telling_verbs:
        shown = source if any(ch.isupper() for ch in source[1:]) else source.lower()
        return f"what {shown} {words}"
    return f"an earlier account ({words})"


def _one_source(a: Claim, b: Claim) -> bool:
    """Both values attributed to one source ("the USGS", "the U.S. Geological Survey")."""
    return same_source(a.source, b.source)


def _sources(a: Claim, b: Claim) -> list[Evidence]:
    sources = [s.strip() for s in (a.source, b.source) if s and s.strip()]
    if len(sources) == 2 and _one_source(a, b):
        return [Evidence("same_source", f"both attribute it to {source_label(*sources)}")]
    if len(sources) == 2 and sources[0].casefold() != sources[1].casefold():
        return [Evidence("different_sources", f"attributed to different sources: {sources[0]}; {sources[1]}")]
    if len(sources) == 2:
        return [Evidence(None, f"both attributed to {sources[0]}")]
    if len(sources) == 1:
        return [Evidence(None, f"one value attributed to {sources[0]}")]
    return []


def _centre(interval: Interval) -> float | None:
    if interval.low is None or interval.high is None:
        return interval.low if interval.high is None else interval.high
    return (interval.low + interval.high) / 2


def _readings(claim: Claim) -> list[float]:
    v = claim.value
    first = (
        v.written if v.written is not None and v.low == v.high else _centre(Interval(low=v.low, high=v.high))
    )
    more = [_centre(i) for i in v.alternatives]
    shift = _to_local_clock(claim)
    return [(x + shift) % MINUTES_A_DAY if shift else x for x in (first, *more) if x is not None]


def _to_local_clock(claim: Claim) -> int:
    """The minutes a time told on another clock than the scene's is moved
    by to be read on the scene's, as the clock judge reads it ("04:40 Moscow
    time" of a blast in the Urals is 06:40 there, an hour from "about 7:40
    a.m. local time", not three hours: close, not far apart); 0 for a local
    time, or one whose clock the report's places did not settle
    (``utc_offset`` unset: :func:`reportcheck.knowledge.timezones.localise_universal_times`)."""
    if claim.kind is not ClaimKind.time or (claim.time.tz or "").lower() in ("", "local"):
        return 0
    return int(claim.time.utc_offset or 0)


def _difference(x: float, y: float, unit: str, spread: Spread) -> float:
    if spread.ratio:
        low, high = sorted((abs(x), abs(y)))
        return math.inf if low == 0 else high / low
    apart = abs(x - y)
    return min(apart, MINUTES_A_DAY - apart % MINUTES_A_DAY) if unit == "min" else apart


def _named_both(*claims: Claim) -> bool:
    """Whether every age is told of a name of two words or more: swapped
    digits are a misprint of one person's age only there.  A surname alone
    may be a son ("Halvorsen, 45" against "Mark Halvorsen, 54"), and two
    descriptions may be two people a report tells ("A 63-year-old man and a
    40-year-old woman died" against "A 36-year-old man was killed")."""
    return all(
        is_person_subject(c.subject) and c.person.person and len(name_parts(c.person.person)) > 1
        for c in claims
    )


def _one_part_holder(a: Claim, b: Claim) -> str | None:
    """The part both ages are of, in words ("bus driver"), where each is an
    unnamed age told by the noun of a part with one holder (``part_roles``
    and ``unique_roles`` of rules/people.yaml: "The bus driver, a
    45-year-old man" against "The bus driver, 54"; "The driver, a
    61-year-old" against "The driver of the coach, a 67-year-old") and the
    reports tell one kind of vehicle for it, at least one of them by name
    (``vehicle`` of the details).  Align paired the two as the one holder
    (and keeps the drivers of two kinds of vehicle apart), so "far apart:
    may be two people" excuses nothing and a digit swap is a misprint.  Two
    bare "the driver" ages stay far apart: a crash has a driver per vehicle,
    as do two ages of a report telling two such vehicles ("Two buses
    collided ... The bus driver, a 45-year-old man")."""
    parts = {_unnamed_part(c) for c in (a, b)}
    vehicles = {c.person.vehicle for c in (a, b)} - {None}
    if len(parts) != 1 or None in parts or len(vehicles) != 1:
        return None
    if any(c.person.vehicles_several for c in (a, b)):
        return None
    return f"{next(iter(vehicles))} {next(iter(parts))}"


def _unnamed_part(claim: Claim) -> str | None:
    """The part of one holder an unnamed age's noun names ("unnamed:driver"
    -> "driver"), None for any other age."""
    if not claim.subject.startswith(UNNAMED_PREFIX):
        return None
    return people_lexicon().one_holder_part(claim.subject.removeprefix(UNNAMED_PREFIX))


def digits_swapped(x: float, y: float) -> bool:
    """Whether two ages of two digits each are one another's digits swapped
    (45 and 54, 68 and 86): a slip of typing that reads as nine years or
    more apart, so "far apart: two people" would wrongly excuse it."""
    if x == y or not (x.is_integer() and y.is_integer()) or not (10 <= x < 100 and 10 <= y < 100):
        return False
    return str(int(x))[::-1] == str(int(y))


def _group_age(claim: Claim) -> bool:
    """A group's ages: a member's age and the group's range are one
    statement about the group, its members' ages no crowd of rival values."""
    return claim.kind is ClaimKind.age and claim.subject.startswith(GROUP_PREFIX)


def _ranged_age(claim: Claim) -> bool:
    """One person's age told as a range ("in his 20s", "a 15- or 16-year-old")."""
    low, high = claim.value.low, claim.value.high
    return claim.kind is ClaimKind.age and low is not None and high is not None and low != high


def _day_part(claim: Claim) -> bool:
    """A day part given alone as a time ("Saturday morning"): how far a
    clock time lies outside its hours, not from their middle, says how far
    apart the two are (1 p.m. is an hour past a morning, not seven from 6 a.m.)."""
    return claim.kind is ClaimKind.time and claim.time.period is not None


def _spread(a: Claim, b: Claim, person: str | None = None) -> list[Evidence]:
    """Close or far apart, by the unit's spread.  Two days the align stage
    paired as one ``person``'s (of their wedding or move home) are neither:
    "far apart, may be two things" is what pairing them by person already
    ruled out, and "two weeks ago" against "three weeks ago" is a week apart
    whatever was meant.  Two heights of one person's fall are weighed by
    their spread like any two lengths."""
    unit = a.value.unit
    if not unit or unit != b.value.unit or (person is not None and a.kind is ClaimKind.date):
        return []
    spread = SPREADS.get(unit, RATIO_SPREAD)
    pairs = [(x, y) for x in _readings(a) for y in _readings(b)]
    if not pairs:
        return []
    apart = min(_difference(x, y, unit, spread) for x, y in pairs)
    if _group_age(a) or _ranged_age(a) or _ranged_age(b) or _day_part(a) or _day_part(b):
        # how far the member lies outside the group's range, not from its middle; so for one
        # person's range ("in his 20s" against 31: a year past it, not six from 25)
        apart = Interval(low=a.value.low, high=a.value.high).gap(Interval(low=b.value.low, high=b.value.high))
    if unit == "min" and abs(apart - MINUTES_A_DAY / 2) <= AM_PM_SLACK:
        return [Evidence("twelve_hours", "twelve hours apart: a.m. and p.m. mixed up")]
    holder = _one_part_holder(a, b) if unit == "years" else None
    if unit == "years" and (_named_both(a, b) or holder) and any(digits_swapped(x, y) for x, y in pairs):
        return [Evidence("digits_swapped", "the two digits swapped: a misprint")]
    if holder:
        return [Evidence(None, f"one {holder} in both: two ages of one person")]
    if apart >= spread.far:
        return [Evidence("far_apart", "values far apart: may be two different things")]
    if apart <= spread.close:
        return [Evidence("close", "values close: a revision or a misprint")]
    return []


def _crowd(a: Claim, crowd: int) -> list[Evidence]:
    if crowd <= 2:
        return []
    return [
        Evidence(
            "crowded",
            f"a report gives {crowd} values of {a.subject_label}",
            times=min(crowd - 2, MOST_CROWDED),
        )
    ]


def _clock(a: Claim, b: Claim) -> list[Evidence]:
    if a.kind is ClaimKind.time and (a.value.alternatives or b.value.alternatives):
        return [Evidence("clock_alternatives", "a clock time without a.m. or p.m.")]
    return []


def _page_year(a: Claim, b: Claim) -> list[Evidence]:
    """A weekday set against a month and day read in the year of a page's
    copyright line (compare/judges/days.py): said in words, so an editor
    sees which year the conflict rests on.  That year was the incident's in
    75 of 78 development articles, but a follow-up published a year later
    gives the same line with an earlier day, so the weight keeps the
    difference a possible conflict (rules/confidence.yaml ``page_year``)."""
    use = page_year_use(a, b) if a.kind is ClaimKind.date else None
    if use is None:
        return []
    return [Evidence("page_year", f"{use.reason()}: a weak year, so at most a possible conflict")]


def _update_stamp(a: Claim, b: Claim) -> list[Evidence]:
    """A day counted from the dateline ("overnight", "yesterday") of a report
    whose only date is its page's update stamp (extract/__init__.py
    ``with_update_stamp``): said in words, with the stamp, so an editor sees
    what the day was counted from; the story may be older than its last
    update, so a difference is at most a possible conflict
    (rules/confidence.yaml ``update_stamp``)."""
    if a.kind is not ClaimKind.date:
        return []
    counted = [_counted_from(c) for c in (a, b) if not c.date.update_stamp]
    return [Evidence(None, words) for words in counted if words] + [
        Evidence(
            "update_stamp",
            f"'{c.date.relative or c.evidence.text.strip()}' counted from the page's update stamp "
            f'("{c.date.update_stamp}"): the story may be older, so at most a possible conflict',
        )
        for c in (a, b)
        if c.date.update_stamp
    ][:1]


def _counted_from(claim: Claim) -> str | None:
    """What a day counted from the dateline was counted from, in words
    ("'overnight' read against the dateline 2014-07-07"), so that a conflict
    resting on it names its reference; None for a day written out."""
    if claim.date.form not in DATELINE_FORMS and claim.date.relative is None:
        return None
    return next((note for note in claim.notes if "dateline" in note), None)


def _inferred_half(a: Claim, b: Claim) -> list[Evidence]:
    """A clock whose a.m./p.m. the extract stage inferred from a day part of
    its clause (``TimeDetails.inferred_from``): said in words, so an editor
    sees the half of the day was not written, and weighed so the difference
    stays a possible conflict (rules/confidence.yaml ``inferred_half``)."""
    told = [d.inferred_from for d in (a.details, b.details) if isinstance(d, TimeDetails) and d.inferred_from]
    if a.kind is not ClaimKind.time or not told:
        return []
    return [
        Evidence(
            "inferred_half", f'the half of the day was inferred from "{told[0]}": at most a possible conflict'
        )
    ]


def _predicate_age(a: Claim, b: Claim) -> list[Evidence]:
    """An age said only after "was"/"is" ("Hill was 15." against "Hill,
    19,"): a bare "was N" may be of another time, so the difference is at
    most a possible conflict (rules/confidence.yaml ``predicate_age``).
    Not an unnamed person's told by their part in the incident ("The victim
    was 19.": ``predicate_age_story_roles`` of rules/people.yaml)."""
    if a.kind is not ClaimKind.age or not any(_timeless_predicate(c) for c in (a, b)):
        return []
    return [Evidence("predicate_age", "an age said only after was/is, perhaps of another time")]


def _timeless_predicate(claim: Claim) -> bool:
    """A bare predicate age that may be of another time than the story's."""
    if claim.person.told != PREDICATE_AGE:
        return False
    roles = people_lexicon().predicate_age_story_roles
    return not (claim.subject.startswith("unnamed:") and claim.person.role in roles)


def _event_age(a: Claim, b: Claim) -> list[Evidence]:
    """An age told at a death or an attack ("Felt died at the age of 95"):
    its bearer is the verb's subject, found through the parse, so a
    difference resting on it is at most a possible conflict
    (rules/confidence.yaml ``event_age``)."""
    if a.kind is not ClaimKind.age or EVENT_AGE not in (a.person.told, b.person.told):
        return []
    return [Evidence("event_age", "an age told at a death or an attack, its bearer read through the parse")]


def _named_in_full(a: Claim, b: Claim) -> list[Evidence]:
    """Two ages of one person both reports name in full, first name and
    surname written alike ("Mark Halvorsen, 54" against "Mark Halvorsen,
    45"), one of them with middle names the other leaves out ("Salim bin
    Hamad Al Rawahi, 48" against "Salim Al Rawahi, a 43-year-old",
    :func:`_one_name`): the age's own record (two ages are mostly two people) does not
    hold of them, so the identity weighs for the conflict
    (rules/confidence.yaml ``named_in_full``).  A surname alone, a first
    name alone or two spellings are not enough: two men of one surname are
    often father and son, and a name spelled two ways is the spellings
    check's to show."""
    if a.kind is not ClaimKind.age or b.kind is not ClaimKind.age:
        return []
    name, other = _full_name(a), _full_name(b)
    if name is None or other is None or not _one_name(name, other):
        return []
    if name != other and a.report == b.report:
        return []  # one report printing "John Smith" and "his son, John Paul Smith" tells two people
    return [Evidence("named_in_full", f"one person named in full in both: {a.person.person}")]


def _full_name(claim: Claim) -> tuple[str, ...] | None:
    """The words of the name an age is told of, first name to surname
    (case and stops dropped), or None for a name of one word, a first name
    told alone or a group's age."""
    name = claim.person.person
    if not name or claim.person.given or _group_age(claim):
        return None
    parts = [letters_only(part) for part in name_parts(name)]
    parts = [part for part in parts if part]
    return tuple(parts) if len(parts) >= 2 else None


def _one_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two full names are one person's name, written alike or with
    the middle words one of them leaves out: police release a full name
    that one report prints ("William Evan Hall", "Salim bin Hamad Al
    Rawahi") and the other shortens to first name and surname ("William
    Hall", "Salim Al Rawahi").  The first name and the surname must be the
    same and every word of the shorter name must stand, in order, in the
    longer; two first names or two surnames are two people.  One report
    that prints both forms tells two people by them (father and son,
    :func:`_named_in_full`)."""
    short, long = sorted((a, b), key=len)
    if short[0] != long[0] or short[-1] != long[-1]:
        return False
    words = iter(long)
    return all(word in words for word in short)


def _role(a: Claim, b: Claim) -> list[Evidence]:
    """A count of things whose role the tool does not know (extract/counts/generic.py):
    two such figures may count two sets of the thing (the ships escorted, the
    ships that got away).  Where both reports tell the things by the same
    verb of the incident ("the Houthis fired two missiles" against "fired
    three missiles", "was hit by four strikes" against "hit by three
    strikes", "a four-storey building collapsed" against "a three-storey
    building collapsed"), the two figures count the one set that verb acts
    on: the role is known, so no ``unknown_role`` weight holds the
    difference down (the rest of the evidence weighs as for any count).
    Nor does it where both tell a building's storeys as its size ("a
    five-storey block was hit" against "a nine-storey block was destroyed",
    ``one_size``): one fixed height, whatever verb each report tells; nor
    where the things are ones a scene gives up one set of ("54 shell
    casings" found against "more than 60 casings" recovered,
    ``scene_tallies``), held only moderately (``scene_tally``); nor within
    one report that counts the things and then tells them again by "all"
    ("a party of four walkers ... All five walkers were local":
    ``restated`` of the count), which points back at the set it counted."""
    if generic_count(a) and a.frame.measure != TENURE:  # years of service are one person's
        what = a.frame.bearer or a.subject_label
        verb = shared_act(a, b)
        if verb is not None:
            return [Evidence(None, f"a count of {what} both reports tell by one verb: '{verb}'")]
        if one_size(a, b):
            return [
                Evidence(None, f"a count of {what} both reports tell as one thing's size: one fixed figure")
            ]
        if _party_told_again(a, b):
            return [Evidence(None, f"a count of {what} the report tells again as all of them: one set")]
        if what in generic_count_rules().scene_tallies:
            return [
                Evidence("scene_tally", f"a count of {what} found at the scene: one set, a search may add")
            ]
        return [Evidence("unknown_role", f"a count of {what} whose role is not known: may be two sets")]
    return []


def _party_told_again(a: Claim, b: Claim) -> bool:
    """Whether one report counts a set of things and tells it again by
    "all" (``restated`` of one count): the figures count one set."""
    return a.report == b.report and (a.count.restated or b.count.restated)


def shared_act(a: Claim, b: Claim) -> str | None:
    """The verb two counts of things both tell their things by ("fired",
    ``CountDetails.act``), or None: what ties two figures to one set, here
    and where the comparer asks whether a report's other figure holds the
    other report's (compare/__init__.py ``_agreed_elsewhere``)."""
    if not generic_count(a) or not generic_count(b):
        return None
    act = a.count.act
    return act if act is not None and act == b.count.act else None


def _growing(a: Claim) -> list[Evidence]:
    """A count of what responders sent ("22 firefighting units", "six
    ambulances"): one response, whose size grows while it goes on, so two
    figures may be two hours of it (``growing_tallies``)."""
    group = a.subject.split(":")[0]
    if a.kind is ClaimKind.other_count and group in confidence_rules().growing_tallies:
        return [Evidence("growing_tally", f"a count of {group} sent: grows while the response goes on")]
    return []


def _money(a: Claim) -> list[Evidence]:
    """A sum of money or a prison term (extract/quantities/money.py,
    terms.py): reports give the sums of earlier thefts, of another party's
    suit, a defendant's earlier terms, beside the one of the incident, so two
    of one role may be of two things."""
    if a.subject.startswith((MONEY_PREFIX, TERM_PREFIX)):
        return [Evidence("sum_or_term", f"{a.subject_label}: may be of another theft, suit or case")]
    return []


def _marching(a: Claim) -> list[Evidence]:
    """The size of a crowd that marched (extract/counts/crowd.py): a report of
    a nationwide strike gives the crowds of several towns and the whole."""
    if a.subject.startswith(CROWD):
        return [
            Evidence("crowd", "a crowd's size: a report may give the crowds of several towns and the whole")
        ]
    return []


def _charged(a: Claim, b: Claim) -> list[Evidence]:
    """The number of people charged (extract/counts: "Two people have been
    charged"): prosecutors charge more as a case goes on, so a report written
    later may give more than another, or than its own headline; a difference
    is for an editor to read, never firm.  Not the people one report names
    as charged against its own number: both told as the report stands."""
    own_names = a.report == b.report and bool(a.frame.scope or b.frame.scope)
    if a.subject == CHARGED and not own_names:
        return [Evidence("charged_count", "the number charged grows as a case goes on: may be of two days")]
    return []


def _address(a: Claim, b: Claim) -> list[Evidence]:
    """Two addresses on one street (compare/judges/places.py): a report gives
    the suspect's home or where a car was found beside the scene, so only two
    addresses both told as the scene may stand as a conflict."""
    if a.kind is not ClaimKind.location or a.place.kind != STREET:
        return []
    if a.place.stated_as == SCENE and b.place.stated_as == SCENE:
        return [Evidence(None, "both reports tell the address as the scene")]
    return [
        Evidence(
            "address_not_scene",
            "an address not told as the scene: may be a home, or where a car or a suspect was found",
        )
    ]


def _bare_distances(a: Claim, b: Claim, crowd: int) -> list[Evidence]:
    """Two distances told from nowhere: no place they are measured from, no
    bearing, no one whose they are, no moment ("Hamburg measured 52 inches",
    "bringing another 1 to 2 feet", "a 40-mile stretch" told as "40 miles"),
    where a report gives two or more such figures (``crowd``, or one
    report's own two).  Such figures may be a snow total, a forecast, a
    depth of water, a stretch of road, and nothing says which of one report
    is which of the other's, so a difference is at most a possible conflict,
    said as such.  The one bare distance each report gives ("the pursuit
    continued for about 12 miles" against "the chase covered roughly 7
    miles") is most often one fact and keeps its grading, as do falls,
    lengths of a named thing, radii and distances from a place."""
    if crowd < 2 or not (_bare_distance(a) and _bare_distance(b)):
        return []
    return [Evidence("bare_distance", "two distances from no place, of no one: may measure two things")]


def _bare_distance(claim: Claim) -> bool:
    """A distance the extract stage measured from no place, of no bearer,
    at no moment and in no event of its own (``UNANCHORED_DISTANCE``), and
    no radius ("within a 1.5 km radius" against "a 2 km radius": one
    zone's size, which stays graded as any figure)."""
    return (
        claim.kind is ClaimKind.distance
        and claim.subject == UNANCHORED
        and claim.frame.measure == UNANCHORED_DISTANCE
        and not claim.frame.bearer
        and not claim.frame.event
        and not claim.quantity.bearing
        and not claim.quantity.anchor
        and not claim.quantity.moment
    )


def _kind_reason(kind: ClaimKind, weight: float) -> str:
    words = kind.value.replace("_", " ")
    if weight < 0:
        return f"{words}: often a false alarm"
    if weight > 0:
        return f"{words}: often real"
    return f"{words}: no record either way"
