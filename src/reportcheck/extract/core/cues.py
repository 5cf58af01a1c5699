"""ConText-style cues: hedges, bounds and qualifiers attached to claims.

A claim's value means different things after "at least", "about" or
"reportedly".  The rules are data (``rules/cues.yaml``): each cue has a
direction and a scope, as in ConText (Chapman et al.) and medspaCy, so
"reportedly" qualifies the whole clause while "at least" binds only to the
number right after it.  Terminators ("but", ";") stop a sentence-wide cue.
"""

from __future__ import annotations

from functools import cache
from typing import Literal, get_args

from spacy.tokens import Span, Token

from reportcheck.extract.core.base import lemma_of
from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.models import Cue

#: cues that round or bound a figure (see :data:`FIGURE_CATEGORIES`)
FigureCategory = Literal[
    "approximate",
    "lower_bound",
    "strict_lower",
    "upper_bound",
    "strict_upper",
    "nearly",
    "just_after",
    "just_before",
]
Category = Literal[
    FigureCategory,
    "hedge",
    "preliminary",
    "revised",
    "superseded",
    "earlier_account",
    "negated",
]


class CueRule(Strict):
    literal: str
    category: Category
    direction: Literal["forward", "backward", "bidirectional"]
    scope: Literal["phrase", "sentence"]
    max_gap: int = 1
    #: the claim kinds the cue may qualify (empty: any): a bare "after" or
    #: "before" bounds a clock time, never a count ("after 3 people died")
    kinds: list[str] = []
    #: minutes a time cue of one side reaches from the clock time written
    #: ("shortly after 10:30 p.m." is 10:30-10:45): how reporters use the words
    reach: float | None = None
    #: minutes the cue reaches from a clock time on the whole hour, noon and
    #: midnight among them ("just before midnight" of 11:21 p.m.): a
    #: reporter who rounds to the hour rounds the reach with it; None: ``reach``
    round_reach: float | None = None
    #: a bare bound ("after 10 p.m.", "before midnight"): open on its side, so
    #: it reaches as far as a clock time without a day can (:data:`OPEN_REACH`)
    open: bool = False
    #: lemmas of the verb the cue's last word must modify (empty: any): an
    #: adverb that tells an earlier account only beside a verb of telling
    #: ("Earlier, the sheriff said", "police earlier said", "said earlier"),
    #: never beside the event ("Earlier, a 16-year-old boy was shot")
    governed_by: list[str] = []
    #: prepositions one of which the governing verb must also have, with a
    #: figure under it: "from" tells a replaced figure only beside the new one
    #: ("rose to 14 from 9"), never in "fell from three consecutive hooks"
    with_target: list[str] = []
    #: the claim subjects the cue is no bound of but names the figure's own
    #: fact: "up to" before a speed tells the highest the winds reached
    #: ("winds of up to 240 kph"), a point value another report's "winds of
    #: 180 kph" can contradict, where "up to 50 people may have died" bounds
    #: a count
    peak_of: list[str] = []
    #: the cue is a figure's own words and qualifies the claim it stands in:
    #: "a dozen casings" is told as loosely as "about 12" (a reporter's round
    #: word, not a count of twelve)
    within: bool = False
    #: how far below the peak another figure of the same fact may lie (a share
    #: of the peak): the wind's sustained speed or another agency's average
    #: beside the highest gust ("winds of 200 kph" and "up to 220 km per
    #: hour" tell one cyclone's wind)
    peak_spread: float = 0.0
    #: lemmas one of which must stand near the cue for it to tell a peak
    #: (empty: any): a wind's gust peaks, a car's speed in a chase is bounded
    #: (a wind's sustained speed is a measure of its own: units.yaml)
    peak_words: list[str] = []


class CueRules(Strict):
    terminators: list[str]
    #: per cue category, the dependency labels of a verb under a
    #: sentence-wide cue's clause head that starts a clause of its own the
    #: cue does not reach
    clause_barriers: dict[str, list[str]] = {}
    rules: list[CueRule]


@cache
def cue_rules() -> CueRules:
    return load_rule_file("cues.yaml", CueRules)


@cache
def _rules_by_first_word() -> dict[str, list[tuple[tuple[str, ...], CueRule]]]:
    """Index rules by their first word so each token is checked once."""
    index: dict[str, list[tuple[tuple[str, ...], CueRule]]] = {}
    for rule in cue_rules().rules:
        words = tuple(rule.literal.lower().split())
        index.setdefault(words[0], []).append((words, rule))
    return index


def find_cues(sent: Span) -> list[tuple[int, int, CueRule]]:
    """Every cue in ``sent`` as (first token index, end token index, rule),
    none inside a longer one of its category: "shortly after" is one cue,
    not also "after" ("just under" stays both "nearly" and "under")."""
    found = []
    tokens = [t.lower_ for t in sent]
    index = _rules_by_first_word()
    for i, word in enumerate(tokens):
        for words, rule in index.get(word, ()):
            if tuple(tokens[i : i + len(words)]) == words and _governed(sent[i + len(words) - 1], rule):
                found.append((sent.start + i, sent.start + i + len(words), rule))
    return [hit for hit in found if not any(_holds(other, hit) for other in found)]


def _governed(last: Token, rule: CueRule) -> bool:
    """Whether the cue whose last word is ``last`` modifies a verb its rule
    asks for (any word where it asks for none)."""
    if not rule.governed_by:
        return True
    head = last.head
    if head is last or lemma_of(head) not in rule.governed_by:
        return False
    return not rule.with_target or any(
        child.dep_ == "prep" and child.lower_ in rule.with_target and any(t.like_num for t in child.subtree)
        for child in head.children
    )


def _holds(outer: tuple[int, int, CueRule], inner: tuple[int, int, CueRule]) -> bool:
    """Whether ``outer`` is a longer cue of the same category around ``inner``."""
    longer = outer[1] - outer[0] > inner[1] - inner[0]
    around = outer[0] <= inner[0] and inner[1] <= outer[1]
    return longer and around and outer[2].category == inner[2].category


def for_kind(hits: list[tuple[int, int, CueRule]], kind: str) -> list[tuple[int, int, CueRule]]:
    """``hits`` without the cues whose rule names other kinds than ``kind``."""
    return [hit for hit in hits if not hit[2].kinds or kind in hit[2].kinds]


def _tells_peak(hit: tuple[int, int, CueRule], subject: str, span: Span) -> bool:
    """Whether the cue ``hit`` tells the peak of the claim ``span`` of
    ``subject``: its rule names the subject and, where it asks for
    ``peak_words``, one stands within four words before the cue or two past
    the claim ("winds of up to 240 kph", "gusts up to 120 mph", "up to 200
    kph winds"), never a car's "speeds of up to 110 mph"."""
    rule = hit[2]
    if subject not in rule.peak_of:
        return False
    return _near_peak_word(hit, span)


def _near_peak_word(hit: tuple[int, int, CueRule], span: Span) -> bool:
    """Whether one of the cue's ``peak_words`` stands within four words
    before the cue or two past the claim ``span`` (true where it names none)."""
    rule = hit[2]
    if not rule.peak_words:
        return True
    sent = span.sent
    window = span.doc[max(sent.start, hit[0] - 4) : min(sent.end, span.end + 2)]
    return any(lemma_of(token) in rule.peak_words for token in window)


def for_subject(
    hits: list[tuple[int, int, CueRule]], subject: str, span: Span
) -> list[tuple[int, int, CueRule]]:
    """``hits`` without the cues that tell the peak of the claim ``span`` of
    ``subject`` (``peak_of``: "winds of up to 240 kph" is the wind's maximum,
    not a bound)."""
    return [hit for hit in hits if not _tells_peak(hit, subject, span)]


def peak_spread(hits: list[tuple[int, int, CueRule]], subject: str, span: Span) -> float | None:
    """The spread below its peak of the claim ``span`` of ``subject`` whose
    cue tells a peak (``peak_of``), or None when no cue does (see
    :func:`for_subject`)."""
    spreads = [hit[2].peak_spread for hit in hits if _tells_peak(hit, subject, span)]
    return max(spreads) if spreads else None


#: minutes a bare bound reaches: half the clock.  A clock time carries no day,
#: and the clock judge reads two times round midnight, so a bound open further
#: would meet the other side of its own time ("after 10 p.m." would hold 9:30
#: p.m. of the next day)
OPEN_REACH = 12 * 60.0


#: minutes in an hour: a clock time on a multiple of it is written to the hour
_HOUR = 60


@cache
def time_reach(literal: str, written: float | None = None) -> float | None:
    """Minutes the time cue ``literal`` reaches from its clock time
    ``written`` (:data:`OPEN_REACH` for a bare bound; ``round_reach`` from a
    time on the whole hour, where the rule gives one), or None."""
    rule = next((rule for rule in cue_rules().rules if rule.literal == literal), None)
    if rule is None:
        return None
    if rule.open:
        return OPEN_REACH
    if written is not None and written % _HOUR == 0 and rule.round_reach is not None:
        return rule.round_reach
    return rule.reach


def _terminated(sent: Span, first: int, last: int) -> bool:
    """True when a terminator token lies strictly between token indices."""
    terminators = set(cue_rules().terminators)
    doc = sent.doc
    return any(doc[i].lower_ in terminators for i in range(first + 1, last))


def cues_for(
    sent: Span,
    claim_start_token: int,
    claim_end_token: int,
    found: list[tuple[int, int, CueRule]] | None = None,
) -> list[tuple[int, int, CueRule]]:
    """The cues of ``sent`` whose scope covers the claim's tokens [start, end).

    ``found`` is the sentence's :func:`find_cues`, when the caller has it
    already (a sentence with several claims is scanned once)."""
    hits = []
    for cue_start, cue_end, rule in find_cues(sent) if found is None else found:
        if cue_start < claim_end_token and claim_start_token < cue_end:
            if rule.within and claim_start_token <= cue_start and cue_end <= claim_end_token:
                hits.append((cue_start, cue_end, rule))  # "a dozen casings": the figure's own word
            continue  # the cue is part of the claim's own words
        before = cue_end <= claim_start_token
        if rule.scope == "phrase":
            looks_forward = rule.direction in ("forward", "bidirectional") and before
            looks_backward = rule.direction in ("backward", "bidirectional") and not before
            gap = claim_start_token - cue_end if before else cue_start - claim_end_token
            if (looks_forward or looks_backward) and gap <= rule.max_gap:
                hits.append((cue_start, cue_end, rule))
            continue
        if before and rule.direction == "backward" or not before and rule.direction == "forward":
            continue
        lo, hi = (cue_end - 1, claim_start_token) if before else (claim_end_token - 1, cue_start)
        head = _cue_head(sent, cue_start, cue_end, rule)
        if not _terminated(sent, lo, hi) and _in_clause_of(head, sent.doc[claim_start_token], rule.category):
            hits.append((cue_start, cue_end, rule))
    return hits


#: cues that round or bound a figure: they govern a number ("about 20",
#: "over 40"), never a name ("handed over Smith") nor a thing counted only by
#: its article ("a call about a woman")
FIGURE_CATEGORIES = frozenset(get_args(FigureCategory))


def figure_cues(
    hits: list[tuple[int, int, CueRule]], span: Span, *, named: bool, one: bool
) -> list[tuple[int, int, CueRule]]:
    """``hits`` without the figure cues that cannot govern the claim ``span``.

    ``named``: the claim's value is a name (a person, a place, a weapon).
    ``one``: its value is one; written "a"/"an" ("a woman"), the article is
    no figure a hedge could round: "about a woman" is what a call was about."""
    by_article = one and span[0].lower_ in ("a", "an")
    if not (named or by_article):
        return hits
    return [hit for hit in hits if hit[2].category not in FIGURE_CATEGORIES]


def _cue_head(sent: Span, cue_start: int, cue_end: int, rule: CueRule) -> Token:
    """The token whose clause a sentence-wide cue reaches: its first word;
    for an earlier account the first word that is no auxiliary, so "had been
    listed as" reaches the clause of "listed", not of "had" alone."""
    doc = sent.doc
    if rule.category == "earlier_account":
        if rule.governed_by:
            return doc[cue_end - 1].head
        for i in range(cue_start, cue_end):
            if doc[i].pos_ != "AUX":
                return doc[i]
    return doc[cue_start]


def _clause_head(token: Token) -> Token:
    """The verb heading the clause a token stands in (the sentence root at most)."""
    for candidate in (token, *token.ancestors):
        if candidate.dep_ == "ROOT":
            return candidate
        # "According to preliminary data, ...": a prepositional verb form heads no clause
        if candidate.pos_ in ("VERB", "AUX") and candidate.dep_ not in ("prep", "pcomp"):
            return candidate
    return token


def _in_clause_of(cue: Token, claim: Token, category: str) -> bool:
    """A sentence-wide cue reaches only the claims of its own clause and the
    clauses below it: "reportedly" in "..., where residents reportedly heard
    shots" does not hedge the "20km" of the main clause."""
    head = _clause_head(cue)
    inside = head.left_edge.i <= claim.i <= head.right_edge.i and (claim == head or head in claim.ancestors)
    return inside and not _past_barrier(head, claim, category)


def _past_barrier(head: Token, claim: Token, category: str) -> bool:
    """Whether ``claim`` stands in a clause hung on the cue's clause
    ``head`` as a barrier of the cue's ``category`` (``clause_barriers``): "The quake, initially
    reported as a 6.6, struck at a depth of 5 miles" is parsed with "struck"
    a conjunct of "reported", and the depth is no part of what was reported
    first."""
    barriers = cue_rules().clause_barriers.get(category, [])
    if not barriers or claim == head:
        return False
    below = next(t for t in (claim, *claim.ancestors) if t.head == head)
    return below.dep_ in barriers and below.pos_ in ("VERB", "AUX")


def to_cue_records(sent: Span, hits, to_original) -> list[Cue]:
    """Cue models with offsets mapped into the original file."""
    records = []
    doc = sent.doc
    for start, end, rule in hits:
        span = doc[start:end]
        o_start = to_original(span.start_char)
        o_end = to_original(span.end_char - 1) + 1
        records.append(
            Cue(category=rule.category, cue=rule.literal, text=span.text, start=o_start, end=o_end)
        )
    return records
