"""Events inside an incident: which event each value's clause tells.

A quake story gives the main shock, its aftershocks and the last big quake
("the strongest since a 7.1 temblor in 1999 that killed 2,400 people"); a
shooting story recalls an earlier one ("weeks after a driver shot eight
people"); an attack story recounts other strikes.  The incidents stage splits
a report by sentence; this module goes down to the clause, because one
sentence often mixes two events ("The 6.4 quake was followed by a 5.4
aftershock").  A value belongs to the event its clause tells: the parse path
from the value up to the sentence's root is searched for a word that turns to
another event (an aftershock, "since", "weeks after", "an earlier
shooting", "last year").  A whole sentence may tell another act of the same
day ("Meanwhile, air strikes on Aleppo killed 12"), and so may the ones
after it that go on with it (:func:`_other_acts`).  Values with no such word
stay with the incident's own event (``frame.event`` empty).

Each other event becomes an :class:`EventMention` of its report, with what
anchors it (its dates, magnitudes, places).  The align stage
(:func:`reportcheck.align.align_events`) matches mentions across reports by
:func:`same_event` and writes the shared id into ``claim.frame.event``; an
event matched with none keeps an id of its own and its values are never set
against another report's.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from reportcheck.details import DateForm
from reportcheck.extract.core.base import lemma_of, perfect
from reportcheck.extract.core.numbers import parse_number
from reportcheck.knowledge.calendar_days import weekdays_apart
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.events import event_lexicon
from reportcheck.knowledge.magnitudes import doublet_apart_words, doublet_range_words
from reportcheck.knowledge.names import names_match, people_lexicon
from reportcheck.knowledge.relative_days import writing_day_words
from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.knowledge.vocabulary import (
    DAY_NAME_WORDS,
    MAIN,
    MONTH_FORMS,
    WEEKDAY_NAMES,
    looks_like_year,
    tells,
)
from reportcheck.models import Claim, ClaimKind

if TYPE_CHECKING:
    from reportcheck.incidents import Incident
    from reportcheck.load import LoadedReport


class ReportEventRules(Strict):
    relation_nouns: dict[str, str]
    other_modifiers: list[str]
    later_modifiers: list[str]
    since_words: list[str]
    span_words: list[str]
    span_units: list[str]
    recall_links: list[str]
    recall_subject_stages: list[str]
    recall_news_subjects: list[str]
    named_recall_units: list[str]
    later_adverbs: list[str]
    past_spans: list[str]
    follow_verbs: dict[str, str]
    followed_shock_marks: list[str]
    largest_modifiers: list[str]
    further_words: list[str]
    singling_words: list[str]
    measured_event_nouns: list[str]
    same_shock_minutes: float
    day_span: float
    types: dict[str, list[str]]
    roundup_nouns: list[str]
    roundup_not_after: list[str]
    roundup_phrases: list[str]
    roundup_lead: int
    tally_nouns: list[str]
    tally_min_count: int
    tally_back_references: list[str]
    tally_periods: list[str]
    statistic_period_nouns: list[str]
    statistic_year_words: list[str]
    statistic_past_words: list[str]
    statistic_past_periods: list[str]
    statistic_record_verbs: list[str]
    statistic_toll_nouns: list[str]
    statistic_period_subjects: list[str]
    statistic_back_adverbs: list[str]
    statistic_back_nouns: list[str]
    tally_spans: list[str]
    tally_singled: list[str]
    series_nouns: list[str]
    indefinite_determiners: list[str]
    dated_noun_links: list[str]
    definite_determiners: list[str]
    day_links: list[str]
    possessive_own_within_days: int
    possessive_spot_prepositions: list[str]
    possessive_other_words: list[str]
    possessive_link_words: list[str]
    later_acts: list[str]
    indefinite_links: list[str]
    earlier_adverbs: list[str]
    earlier_span_units: list[str]
    generic_modals: list[str]
    several_nights: list[str]
    unrest_words: list[str]
    night_kinds: list[str]
    unrest_not_heads: list[str]
    carrying_pronouns: list[str]
    crossing_relations: list[str]
    other_act_openers: list[str]
    other_act_cause_marks: list[str]
    other_act_back_determiners: list[str]
    acted_lead_openers: list[str]
    other_act_opening_preps: list[str]
    separate_openers: list[str]
    rest_openers: list[str]
    other_act_asides: list[str]
    other_act_nouns: list[str]
    other_act_not_verbs: list[str]
    other_act_doers: list[str]
    other_act_own_roles: list[str]
    other_act_own_words: list[str]


#: what turns a value to another event: (relation, the word that opens it, event type)
Turn = tuple[str, Token, "str | None"]
#: a claim with the token its words hang from and the turn found for it, if any
Rooted = tuple[Claim, Token, "Turn | None"]


@cache
def report_event_rules() -> ReportEventRules:
    return load_rule_file("report_events.yaml", ReportEventRules)


@cache
def _type_of_word() -> dict[str, str]:
    return {word: kind for kind, words in report_event_rules().types.items() for word in words}


#: the relations whose events can be one: a "later" shock is an aftershock
RELATION_FAMILY = {
    "aftershock": "after",
    "later": "after",
    "second": "after",
    "foreshock": "before",
    "other": "other",
    "roundup": "other",
    "tally": "tally",
    "night": "night",
    "generic": "generic",
}
#: the counts a roundup's cue sentence sums over all the shootings it tells
ROUNDUP_TOTAL_KINDS = frozenset(
    {ClaimKind.killed, ClaimKind.injured, ClaimKind.missing, ClaimKind.arrested, ClaimKind.other_count}
)
#: how sure :func:`same_event` must be for two mentions to be one event
SAME_EVENT_THRESHOLD = 0.5


@dataclass
class EventMention:
    """Another event than the incident's own, as one report tells it."""

    id: str  #: report-local ("r0-e1"); never put in a group key (align maps it)
    incident: str  #: the report-local incident it lies in
    #: aftershock, foreshock, later, second (a doublet's: "magnitude 7.8 and
    #: 7.5 earthquakes"), other (earlier, separate), roundup, night, tally or
    #: generic (what such quakes are: "capable of producing magnitude 6 earthquakes")
    relation: str
    type: str | None  #: quake, shooting, attack, crash, fire; None when no event word says
    label: str  #: the words that named it
    claims: list[Claim] = field(default_factory=list)
    #: named by a plural ("at least four aftershocks"): the incident's
    #: aftershocks together, not one shock
    several: bool = False
    #: named as the largest of its kind ("the largest aftershock", "the
    #: strongest aftershock so far"): one shock each report can name once
    largest: bool = False

    def dates(self) -> list[tuple[float, float]]:
        return [
            (c.value.low, c.value.high)
            for c in self.claims
            if c.kind is ClaimKind.date and c.value.low is not None and c.value.high is not None
        ]

    def magnitudes(self) -> set[float]:
        return {c.value.low for c in self.claims if c.kind is ClaimKind.magnitude and c.value.low is not None}

    def clock_times(self) -> list[tuple[float, float]]:
        """The clock times told of it ("a 5.3 aftershock at 3:40 p.m."), no day part."""
        return [
            (c.value.low, c.value.high)
            for c in self.claims
            if c.kind is ClaimKind.time
            and c.time.period is None
            and c.value.low is not None
            and c.value.high is not None
        ]

    def places(self) -> set[str]:
        return {
            c.place.geonameid
            for c in self.claims
            if c.kind is ClaimKind.location and c.place.geonameid is not None
        }


# ------------------------------------------------------------ in one report


def _is_event_word(token: Token) -> bool:
    lex = event_lexicon()
    lemma = lemma_of(token)
    if token.pos_ in ("NOUN", "PROPN"):
        return lemma in lex.by_noun or lemma in _type_of_word()
    return token.pos_ == "VERB" and (lemma in lex.by_verb or lemma in _type_of_word())


def _has_span_unit(token: Token) -> bool:
    """ "two years after", "weeks before": a span of time measured from the word."""
    units = report_event_rules().span_units
    return any(c.dep_ == "npadvmod" and lemma_of(c) in units for c in token.children)


_PAST_SPAN = re.compile(r"\b(?:last|earlier this|earlier in the|previous|the previous)\s+(\w+)\b", re.I)


def _follows_a_span(clause: Token) -> bool:
    """ "The island was hit two years after the city of Bam was destroyed in
    a quake": the parse often makes "after" a preposition of the main verb
    with the clause's subject as its object and hangs the clause's verb
    from the main verb; the clause written right after such a span ("two
    years after", "weeks before", rules ``span_words``, ``span_units``)
    tells the earlier or later event all the same.  The parse may hang the
    subject's own place from the main verb too ("came less than a year after
    gunfire at a birthday party in north Harris County left three people
    dead"): a phrase of the main verb's between the span's object and the
    clause is the subject's, and the clause still follows the span."""
    rules = report_event_rules()
    for prep in clause.head.children:
        if prep.dep_ != "prep" or prep.i > clause.i or lemma_of(prep) not in rules.span_words:
            continue
        if not _has_span_unit(prep):
            continue
        hung = _phrases_hung_between(clause.head, prep.right_edge.i, clause.left_edge.i)
        between = clause.doc[prep.right_edge.i + 1 : clause.left_edge.i]
        if prep.right_edge.i < clause.left_edge.i and all(
            t.is_punct or t.is_space or t.i in hung for t in between
        ):
            return True
    return False


def _phrases_hung_between(verb: Token, start: int, end: int) -> set[int]:
    """The word indices of the prepositional phrases the parse hangs from
    ``verb`` wholly between ``start`` and ``end`` (both excluded): "at a
    birthday party in north Harris County" between "after gunfire" and the
    clause "left three people dead"."""
    hung: set[int] = set()
    for prep in verb.children:
        if prep.dep_ == "prep" and start < prep.left_edge.i and prep.right_edge.i < end:
            hung.update(t.i for t in prep.subtree)
    return hung


def _dated_elsewhere(node: Token, report_year: int | None) -> bool:
    """ "Earlier this year, ...", "last year", "in 2009": a modifier of the
    clause's word that dates it to another year, month or decade."""
    spans = report_event_rules().past_spans
    for child in node.children:
        if child.dep_ not in ("npadvmod", "advmod", "prep", "obl", "tmod"):
            continue
        text = " ".join(t.text for t in child.subtree)
        match = _PAST_SPAN.search(text)
        if match and match.group(1).lower().rstrip("s") in spans:
            return True
        if child.dep_ == "prep" and report_year is not None:
            years = [y for t in child.children if t.dep_ == "pobj" for y in _years_of(t)]
            if any(looks_like_year(year) and year < report_year for year in years):
                return True
    return False


def _years_of(pobj: Token) -> list[int]:
    """The years a preposition's object writes: "in 2009" itself, or the
    year of a full date ("on Sept. 6, 2015", "in December 2003") that the
    parse hangs from the month."""
    words = [pobj, *(c for c in pobj.children if c.dep_ in ("nummod", "npadvmod", "appos", "conj"))]
    return [int(t.text) for t in words if t.text.isdigit() and len(t.text) == 4]


def _modifiers(word: Token) -> set[str]:
    """The modifiers of an event noun ("a later blast"); a verb's adverb
    ("the man later died") tells the same event's aftermath."""
    if word.pos_ not in ("NOUN", "PROPN"):
        return set()
    return {lemma_of(c) for c in word.children if c.dep_ in ("amod", "det", "advmod")}


def _other_modified(word: Token) -> bool:
    """ "an earlier shooting", "another strike", "a separate incident"."""
    return bool(_modifiers(word) & set(report_event_rules().other_modifiers))


def _later_modified(word: Token) -> bool:
    """ "subsequent tremors", "a second blast": an event after the incident's own."""
    return bool(_modifiers(word) & set(report_event_rules().later_modifiers))


def _compared(since: Token) -> bool:
    """ "the strongest since", "the first ... since": "since" measures the
    incident against an older event.  Without a superlative it dates the
    aftermath from the incident itself ("aftershocks have hit since it was
    first rocked by a magnitude-5.9 quake")."""
    before = since.doc[since.sent.start : since.i]
    return any(t.tag_ in ("JJS", "RBS") or lemma_of(t) in ("first", "only") for t in before)


def _clause_subject_turn(node: Token, below: Token | None, past_lead: bool) -> tuple[str, Token] | None:
    """A verb whose subject is another event times and places that event:
    "A 5.1 aftershock followed at 4:20 p.m."; "The 6.4 quake was followed by
    a 5.4 aftershock at 3:10 p.m." (the time of what followed); "It was
    preceded by a 4.2 tremor at 2:50 a.m." (the time of what came before).
    The subject's own words (the 6.4 quake) are not under the turn."""
    rules = report_event_rules()
    if node.pos_ not in ("VERB", "AUX") or below is None or below.dep_ in ("nsubj", "nsubjpass"):
        return None
    for child in node.children:
        if child.dep_ in ("nsubj", "nsubjpass") and lemma_of(child) in rules.relation_nouns:
            return rules.relation_nouns[lemma_of(child)], child
        if child.dep_ in ("nsubj", "nsubjpass") and _is_event_word(child):
            if _other_modified(child):
                return "other", child  # "Another air strike killed five people"
            if _later_modified(child):
                return "later", child  # "subsequent tremors included a magnitude-5.6"
            if past_lead and _dated_noun(child):
                return "other", child  # "A 2016 pileup on the same road involved 30 vehicles"
    relation = rules.follow_verbs.get(lemma_of(node))
    if relation is not None:
        for agent in (c for c in node.children if c.dep_ == "agent"):
            for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                if _is_event_word(pobj) or lemma_of(pobj) in rules.relation_nouns:
                    return rules.relation_nouns.get(lemma_of(pobj), relation), pobj
    return None


def _clause_object_turn(node: Token, below: Token | None) -> tuple[str, Token] | None:
    """A verb whose object is one shock of another event times that shock:
    "The institute recorded a magnitude 4.2 aftershock at 10:02 hours",
    "residents felt a strong aftershock at 3:15 p.m." (the time the parse
    hangs on the verb is the aftershock's, never the main shock's).  One
    shock only (a singular noun): "logged 23 aftershocks by 11:00" is a
    tally's time."""
    if node.pos_ not in ("VERB", "AUX") or below is None:
        return None
    nouns = report_event_rules().relation_nouns
    for child in node.children:
        if child.dep_ == "dobj" and child.i != below.i and child.tag_ == "NN" and lemma_of(child) in nouns:
            return nouns[lemma_of(child)], child
    return None


def _earlier_new_event(node: Token) -> Token | None:
    """ "Earlier on Sunday a 3.9 quake jolted the island": a clause with
    "earlier" (on the verb, or on its preposition as the parse often has
    it) whose subject is an event noun brought in as new tells an event
    before the report's own; its subject's own values are that event's."""
    if node.pos_ not in ("VERB", "AUX"):
        return None
    adverbs = set(report_event_rules().earlier_adverbs)
    near = [node, *(c for c in node.children if c.dep_ in ("prep", "agent"))]
    if any(c.dep_ == "advmod" and c.lower_ in adverbs for word in near for c in word.children):
        subject = next(
            (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and _indefinite_event(c)), None
        )
        if subject is not None:
            return subject
    # "The area had been hit by a 4.1 quake two weeks earlier", "About 40
    # minutes earlier, residents had felt a smaller tremor": an "earlier"
    # measured back by a span sets a new event of any link (agent, object)
    # apart from the report's own. Only an event that is the clause's
    # subject, object or agent: "He was wounded in a shooting two days
    # earlier" (a death follow-up) names, through "in", what its victim went
    # through, the report's own incident told back from the death
    event = indefinite_opener(node)
    if event is None or event.i == node.i or not _acting_event(event):
        return None
    units = set(report_event_rules().earlier_span_units)
    measured = any(
        c.dep_ == "advmod"
        and c.lower_ in adverbs
        and any(m.dep_ == "npadvmod" and lemma_of(m) in units for m in c.children)
        for word in (*near, event)
        for c in word.children
    )
    return event if measured else None


def _later_new_event(node: Token) -> Token | None:
    """ "On Sept. 7, 2017, a magnitude 8.2 quake killed nearly 100 people,
    and less than two weeks later a 7.1 quake killed more than 370": a
    clause with "later" (rules ``later_adverbs``) measured by a span of days
    or more (``span_units``) whose subject is an event noun brought in as new
    tells an event after the one told before it; the subject.  The parse
    often hangs "later" on the first verb of two joined: it is the second's
    when written before that one's subject.  Minutes and hours do not count
    ("Minutes later, a second blast ..." may be one attack's)."""
    if node.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not _indefinite_event(subject):
        return None
    later_adverbs = report_event_rules().later_adverbs
    holders = [node, node.head] if node.dep_ == "conj" else [node]
    measured = any(
        c.dep_ == "advmod" and c.lower_ in later_adverbs and c.i < subject.i and _has_span_unit(c)
        for holder in holders
        for c in holder.children
    )
    return subject if measured else None


def _span_before(word: Token) -> str | None:
    """The unit of a span written right before ``word`` ("hours after", "a
    day after", "about 30 minutes after"), lemma; None when there is none."""
    if word.i <= word.sent.start:
        return None
    span = word.doc[word.i - 1]
    return lemma_of(span) if span.dep_ == "npadvmod" else None


def _linked_recall(link: Token, opener: Token) -> str | None:
    """The span's unit where ``opener`` ("after", "before") follows a verb
    that sets the report's own event beside another (rules
    ``recall_links``: "The shooting came hours after ...") with a span of
    ``earlier_span_units`` written right before it; else None."""
    rules = report_event_rules()
    if lemma_of(link) not in rules.recall_links or link.i > opener.i:
        return None
    unit = _span_before(opener)
    return unit if unit in rules.earlier_span_units else None


def _recalled_clause(clause: Token, mark: Token) -> bool:
    """ "The shooting came hours after two people were killed at a basketball
    court": a clause after "after" on a linking verb, measured by minutes or
    hours (:func:`_linked_recall`; a span of days or more is read where the
    parse hangs it on the clause, ``span_units``), telling the harm of
    someone new.  "Mr Buckley's death came a day after 36-year-old Duncan
    Rait was killed ..." (ECB+ 23_5ecbplus, the span hung on "came") stays
    with the main incident, where it meets the other reports' stories of
    that fall."""
    unit = _linked_recall(clause.head, mark)
    rules = report_event_rules()
    return (
        unit is not None
        and unit not in rules.span_units
        and _links_own_event(clause.head)
        and _harms_someone_new_in(clause)
    )


def _links_own_event(link: Token) -> bool:
    """Whether the linking verb's subject is the report's own event ("The
    shooting came hours after ...", "The blast happened minutes after ..."):
    only then is what follows the span another incident.  "The arrest came
    hours after two people were killed at the bar", "The announcement came
    hours after a shooting at a school" set a later act beside the report's
    own incident, which the clause after "after" then tells.  A death's noun
    (rules ``recall_subject_stages``) is the report's own: "His death came
    hours after ..."."""
    subjects = [c for c in link.children if c.dep_ == "nsubj"]
    stages = report_event_rules().recall_subject_stages
    return bool(subjects) and (
        _incident_noun(subjects[0]) or event_lexicon().by_noun.get(lemma_of(subjects[0])) in stages
    )


def _harms_someone_new_in(clause: Token) -> bool:
    """ "two people were killed and four wounded", "36-year-old Duncan Rait
    was killed", "a 2-year-old boy died": a verb of the incident whose
    patient (or, with no object, its subject) is no pronoun and no known
    noun, so someone the report has not told; "he was shot", "the victim
    died", "police arrived" are not."""
    if clause.pos_ != "VERB" or event_lexicon().by_verb.get(lemma_of(clause)) != "incident":
        return False
    patients = [c for c in clause.children if c.dep_ in ("nsubjpass", "dobj")]
    if not patients:
        patients = [c for c in clause.children if c.dep_ == "nsubj"]
    return bool(patients) and patients[0].pos_ != "PRON" and not _known(patients[0])


def _recalled_object(pobj: Token, prep: Token) -> bool:
    """ "happened about 30 minutes after a non-fatal shooting", "comes six
    years after the Black Summer bushfires": the object of a measured
    "after" on a linking verb (:func:`_linked_recall`) that is an event
    brought in as new, or, past ``named_recall_units``, one named by its own
    name; either where the linking verb's subject is the report's event noun
    (:func:`_links_own_event`)."""
    unit = _linked_recall(prep.head, prep)
    if unit is None or not _links_own_event(prep.head):
        return False
    if _new_event_named(pobj):
        return True
    rules = report_event_rules()
    return unit in rules.named_recall_units and _incident_noun(pobj) and _named_event(pobj)


def _incident_noun(token: Token) -> bool:
    """ "the fire", "the shooting", "bushfires": a noun of an incident (the
    event lexicon's ``incident`` or a word of ``types``), never one of a
    later act ("the sentencing", "the trial")."""
    lemma = lemma_of(token)
    return token.pos_ in ("NOUN", "PROPN") and (
        event_lexicon().by_noun.get(lemma) == "incident" or lemma in _type_of_word()
    )


def _named_event(noun: Token) -> bool:
    """ "the Black Summer bushfires", "the collapse of Spectrum Garments": an
    event noun a proper name stands before or after "of"."""
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i for c in noun.children):
        return True
    named_after = (g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    return any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in named_after)


def _acting_event(event: Token) -> bool:
    """The event noun is its clause's subject or object ("a smaller tremor
    was felt", "residents had felt a tremor") or the agent of a passive ("had
    been hit by a 4.1 quake"), not the "in"/"for" phrase of what befell a
    person ("was wounded in a shooting")."""
    return event.dep_ in ("nsubj", "nsubjpass", "dobj") or (
        event.dep_ == "pobj" and event.head.dep_ == "agent"
    )


def _generic_event(node: Token) -> Token | None:
    """ "A magnitude-6.0 quake can cause severe damage", "Quakes of magnitude 7
    could level the town": a new event noun or a bare plural under "can",
    "could", "may" tells what such an event does, no event of
    the report's (past the lead; "may have killed" guesses at the report's
    own and stays)."""
    if node.pos_ not in ("VERB", "AUX"):
        return None
    auxiliaries = [c for c in node.children if c.dep_ == "aux"]
    modal = any(c.lower_ in report_event_rules().generic_modals for c in auxiliaries)
    if not modal or any(lemma_of(c) == "have" for c in auxiliaries):
        return None
    return next((c for c in node.children if c.dep_ == "nsubj" and _such_events(c)), None)


def _such_events(token: Token) -> bool:
    """ "a quake" or a bare plural ("Earthquakes of magnitude 7 could level the
    town"): events of a kind, as a generic statement names them."""
    bare_plural = (
        token.tag_ == "NNS"
        and lemma_of(token) in _type_of_word()
        and not any(c.dep_ in ("det", "poss", "nummod") for c in token.children)
    )
    return bare_plural or _indefinite_event(token)


def _shock_followed(below: Token | None) -> Token | None:
    """The event word after "of" in "an aftershock of Monday's magnitude 5.4
    quake", when the path from a value comes up to the relation noun through
    it: the value is that shock's, the one the aftershock follows, never the
    aftershock's own (and "it was not an aftershock of ..." names no
    aftershock at all)."""
    if below is None or below.dep_ != "prep" or lemma_of(below) != "of":
        return None
    # the parse may hang the quake on "magnitude" ("of Monday's magnitude 5.4
    # earthquake": "magnitude" the object, "earthquake" in apposition)
    return next((t for t in below.subtree if t.i != below.i and _is_event_word(t)), None)


def _turn(
    node: Token, below: Token | None, report_year: int | None, past_lead: bool
) -> tuple[str, Token] | None:
    """The relation to the incident's own event that ``node`` opens (and
    the word that names that event), if any; ``below`` is the path's node
    before it; ``past_lead``: the word is past the lead, where "last year",
    "in 2009" turn to another event."""
    rules = report_event_rules()
    lemma = lemma_of(node)
    if lemma in rules.relation_nouns and node.pos_ in ("NOUN", "PROPN"):
        followed = _shock_followed(below)
        if followed is not None:
            return "other", followed  # "an aftershock of Monday's magnitude 5.4 quake": that quake's
        return rules.relation_nouns[lemma], node
    head = node.head
    if node.dep_ in ("pobj", "pcomp") and head is not node:
        if lemma_of(head) in rules.since_words and _compared(head):
            return "other", node  # "the strongest since a 7.1 in 1999"
        if head.dep_ == "agent" and lemma_of(head.head) in rules.follow_verbs:
            return rules.follow_verbs[lemma_of(head.head)], node  # "was followed/preceded by a 5.4 tremor"
        measured = lemma_of(head) in rules.span_words and _has_span_unit(head)
        if past_lead and measured and _new_event_named(node):
            return "other", node  # "came two days after a magnitude 5.8 tremor off Ibaraki"
        if past_lead and lemma_of(head) in rules.span_words and _recalled_object(node, head):
            return "other", node  # "comes six years after the Black Summer bushfires"
    if node.dep_ in ("advcl", "pcomp", "relcl", "conj", "ccomp"):
        for mark in (c for c in node.children if c.dep_ == "mark"):
            word = lemma_of(mark)
            if word in rules.since_words and _compared(mark):
                return "other", node  # "the deadliest since a gunman killed 26"
            if word in rules.span_words and (_has_span_unit(node) or _has_span_unit(mark)):
                return "other", node  # "weeks after a driver shot eight people"
            if past_lead and word in rules.span_words and _recalled_clause(node, mark):
                return "other", node  # "came hours after two people were killed"
        if node.dep_ == "advcl" and _follows_a_span(node):
            return "other", node  # "two years after the city of Bam was destroyed"
    later = _later_new_event(node)
    if later is not None:
        return "later", later  # "and less than two weeks later a 7.1 quake killed more than 370"
    earlier = _earlier_new_event(node) or (_generic_event(node) if past_lead else None)
    if earlier is not None:
        return "other", earlier
    subject = _clause_subject_turn(node, below, past_lead) or _clause_object_turn(node, below)
    if subject is not None:
        return subject
    if _is_event_word(node) and _other_modified(node):
        return "other", node  # "an earlier shooting", "a separate incident"
    if _is_event_word(node) and _later_modified(node):
        return "later", node
    if _struck_later(node):
        return "second", node  # "and the 7.5 tremor that struck nine hours later"
    if past_lead and _generic_shocks(node):
        return "generic", node  # "faults capable of producing magnitude 6 earthquakes"
    if past_lead and _is_event_word(node) and _dated_noun(node):
        return "other", node  # "A June quake of magnitude 5.1", "a 2019 pileup"
    if node.pos_ not in ("VERB", "AUX", "NOUN"):
        return None
    if (past_lead and _dated_elsewhere(node, report_year)) or _prep_modifier_turn(node):
        return "other", node
    return None


#: how many words before a doublet's first figure a range word may stand
#: ("between 5.5 and 6.0", "between magnitude 5.5 and 6.0")
DOUBLET_RANGE_REACH = 2


def _second_of_doublet(last: Token) -> Turn | None:
    """ "On Feb. 6, 2023, magnitude 7.8 and 7.5 earthquakes killed more than
    53,000", "the twin earthquakes of magnitude 7.8 and 7.5": a magnitude's
    figure written right after another figure and "and" tells a second
    shock, the doublet's later one (two magnitudes of one shock are never
    written so); ``last`` is the claim's last word.  Read from the words,
    not the parse, which joins the two figures in many ways.  Never the end
    of a range ("between 5.5 and 6.0": ``doublet_range_words`` of
    rules/magnitudes.yaml), nor
    two agencies' figures of one shock ("5.6 and 5.9 respectively", "4.9
    and 5.0 on two scales": ``doublet_apart_words``), nor "5.6 or 5.9"."""
    doc = last.doc
    start = last.sent.start
    figure = next((t for t in reversed(doc[max(start, last.i - 2) : last.i + 1]) if t.like_num), None)
    if figure is None:
        return None
    words = [t for t in doc[start : figure.i] if lemma_of(t) != "magnitude"]
    if len(words) < 2 or words[-1].lower_ != "and" or not _magnitude_figure(words[-2]):
        return None
    if any(t.lower_ in doublet_range_words() for t in words[-2 - DOUBLET_RANGE_REACH : -2]):
        return None
    if any(t.lower_ in doublet_apart_words() for t in doc[figure.i + 1 : last.sent.end]):
        return None
    return "second", figure, "quake"


def _magnitude_figure(word: Token) -> bool:
    """A figure written as a magnitude: to a tenth ("7.8") or after the word
    ("magnitude 7"), never a count or a day ("on March 3 and 4")."""
    if not word.like_num:
        return False
    return "." in word.text or (word.i > 0 and lemma_of(word.doc[word.i - 1]) == "magnitude")


def _shock_noun(word: Token) -> bool:
    """A noun for a quake (rules ``types``: quake, tremor, aftershock ...)."""
    return word.pos_ in ("NOUN", "PROPN") and _type_of_word().get(lemma_of(word)) == "quake"


def _struck_later(word: Token) -> bool:
    """ "the magnitude 7.8 earthquake of Feb. 6, 2023, and the 7.5 tremor
    that struck nine hours later": a shock noun whose own clause puts it a
    span "later" (rules ``later_adverbs``, measured by a span of any unit:
    a shock hours after another is another shock, as a blast minutes after
    one may not be another attack) is a shock after the one told before."""
    if not _shock_noun(word):
        return False
    later = set(report_event_rules().later_adverbs)
    clauses = [c for c in word.children if c.dep_ in ("relcl", "acl")]
    return any(
        adverb.dep_ == "advmod"
        and adverb.lower_ in later
        and any(m.dep_ == "npadvmod" for m in adverb.children)
        for clause in clauses
        for adverb in clause.children
    )


def _generic_shocks(word: Token) -> bool:
    """ "faults capable of producing magnitude 6 earthquakes", "Earthquakes
    of magnitude 4-5 are registered there several times a year": a shock
    noun in the bare plural (no article, possessive, modifier, name, nor a
    count: its only number the magnitude, "magnitude 6" or "6.2") tells
    what such quakes are, no quake of the report's.  Aftershocks are the
    incident's own (``relation_nouns``), and two figures joined ("magnitude
    7.8 and 7.5 earthquakes") tell a doublet, two shocks."""
    if word.tag_ != "NNS" or not _shock_noun(word) or lemma_of(word) in report_event_rules().relation_nouns:
        return False
    if any(c.dep_ in ("det", "poss", "amod", "compound") for c in word.children):
        return False
    doc = word.doc
    for count in (c for c in word.children if c.dep_ == "nummod"):
        if "." not in count.text and (count.i == 0 or lemma_of(doc[count.i - 1]) != "magnitude"):
            return False  # "two magnitude 6 earthquakes", "Two quakes": counted shocks
    return not any(t.like_num and t.dep_ == "conj" and t.head.like_num for t in word.subtree)


def _dated_noun(word: Token) -> bool:
    """ "A June quake of magnitude 5.1 caused alarm", "a 2019 pileup on the
    same road involved 25 vehicles": an event noun brought in as new
    (``indefinite_determiners``) that a month or a year written before it
    dates (rules ``dated_noun_links``) is an event the report recalls.  Read
    past the lead only (the callers' ``past_lead``): a follow-up's lede names its own event so ("charged in a
    June shooting"); and "the 2013 shooting", made known, is as often a
    follow-up's own event told again in its body."""
    if word.pos_ not in ("NOUN", "PROPN"):
        return False
    rules = report_event_rules()
    if not any(c.dep_ == "det" and c.lower_ in rules.indefinite_determiners for c in word.children):
        return False
    for child in word.children:
        if child.dep_ not in rules.dated_noun_links or child.i > word.i:
            continue
        if child.lower_ in MONTH_FORMS and child.pos_ == "PROPN":
            return True
        if _names_year(child):
            return True
    return False


def _indefinite_event(token: Token) -> bool:
    """ "a quake", "an earthquake measuring 3.8", "a shooting": an event
    noun of a type (rules ``types``) the report brings in as new, not "the
    quake" it has told, nor "a statement" or "a hearing" (what was said or
    done of the report's own event)."""
    dets = set(report_event_rules().indefinite_determiners)
    brought_in = any(c.dep_ == "det" and c.lower_ in dets for c in token.children)
    return token.pos_ in ("NOUN", "PROPN") and (
        (lemma_of(token) in _type_of_word() and brought_in) or _measured_event(token)
    )


#: how many words before its noun a shock's "a magnitude" may open ("a
#: magnitude 4.6 event", "a magnitude-4.6 seismic event")
MEASURED_REACH = 4


def _measured_event(token: Token) -> bool:
    """ "a magnitude 4.6 event": a plain noun (rules ``measured_event_nouns``)
    that "a magnitude" written just before it makes a shock brought in as
    new, as seismologists' copy names one (the parse often leaves "a
    magnitude" the object and the noun beside it); "the event" alone is any
    happening."""
    if lemma_of(token) not in report_event_rules().measured_event_nouns:
        return False
    dets = set(report_event_rules().indefinite_determiners)
    before = token.doc[max(token.sent.start, token.i - MEASURED_REACH) : token.i]
    opened = [t for t in before if t.i > t.sent.start and t.nbor(-1).lower_ in dets]
    return any(lemma_of(t) == "magnitude" for t in opened)


def indefinite_opener(node: Token) -> Token | None:
    """The indefinite event noun ``node`` is or governs: the noun itself
    ("registered a quake measuring 3.8"), the clause's subject ("a 5.6 quake
    jolted the island"), its agent or object ("were killed by a quake in
    eastern China"), or what a "that" clause hangs on ("a suspect in a
    shooting that occurred Monday")."""
    if _indefinite_event(node):
        return node
    if node.dep_ == "relcl" and _indefinite_event(node.head):
        return node.head
    links = set(report_event_rules().indefinite_links)
    for child in node.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and _indefinite_event(child):
            return child
        if child.dep_ in ("agent", "prep") and lemma_of(child) in links:
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                if _indefinite_event(pobj):
                    return pobj
    return None


def _new_event_named(pobj: Token) -> bool:
    """ "after a magnitude 5.8 tremor", "after a 5.8 quake": the object of a
    measured "after"/"before" is an event brought in as new; the parse often
    makes "magnitude" the object with the event noun in apposition.  "two
    days after the quake" is the report's own event, told again."""
    dets = set(report_event_rules().indefinite_determiners)
    if not any(c.dep_ == "det" and c.lower_ in dets for c in pobj.children):
        return False
    named = [pobj, *(c for c in pobj.children if c.dep_ in ("appos", "compound"))]
    return any(lemma_of(t) in _type_of_word() and t.pos_ in ("NOUN", "PROPN") for t in named)


def _prep_modifier_turn(node: Token) -> bool:
    """ "In a separate incident, two men were wounded": the verb's own
    prepositional phrase names another event."""
    return any(_other_events_of(child) for child in node.children if child.dep_ == "prep")


def _other_events_of(prep: Token) -> list[Token]:
    """The event nouns a preposition names under one of ``other_modifiers``
    ("in a separate incident", "in an unrelated shooting")."""
    return [p for p in prep.children if p.dep_ == "pobj" and _is_event_word(p) and _other_modified(p)]


def _event_type(path: list[Token]) -> str | None:
    """The type of the nearest event word on the path (the value's own clause first)."""
    types = _type_of_word()
    for token in path:
        kind = types.get(lemma_of(token))
        if kind is not None and token.pos_ in ("NOUN", "PROPN", "VERB"):
            return kind
    return None


def find_turn(
    token: Token, report_year: int | None, past_lead: bool = True
) -> tuple[str, Token, str | None] | None:
    """(relation, the word that opens it, event type) when ``token`` sits in
    a clause about another event than the incident's own, else None.

    ``past_lead`` False (in the lead): a clause dated to last year is no other event (in the
    lead, "a girl killed by a stray bullet last year" is the story's own
    event, told in a report on the trial)."""
    path = [token, *token.ancestors]
    for index, node in enumerate(path):
        turn = _turn(node, path[index - 1] if index else None, report_year, past_lead)
        if turn is not None:
            relation, opener = turn
            kind = _event_type([opener, *path[: index + 1], *node.children]) or _event_type(path)
            return relation, opener, kind
        if _shock_aftershocks_follow(node):
            return None  # "Aftershocks are continuing ... after a magnitude 5.6 earthquake struck"
    return None


def _shock_aftershocks_follow(node: Token) -> bool:
    """ "Aftershocks are continuing to rattle Marlborough after a magnitude
    5.6 earthquake struck near Seddon", "Aftershocks shook the island again
    following Monday's magnitude 6.1 quake": an aftermath-first lede puts
    the report's own quake in a clause or phrase opened by one of
    ``followed_shock_marks`` under a verb whose subject is aftershocks told
    as a plural, the shocks that follow it; the values of that clause are
    the own quake's, never an aftershock's.  One aftershock told as a shock
    of its own ("A 5.4 aftershock struck after last month's 7.8 quake") is
    the report's own event, and the quake after "after" another: left to
    the subject's turn."""
    rules = report_event_rules()
    marks = set(rules.followed_shock_marks)
    if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in node.children):
        agents = [p for c in node.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        events = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")] + agents
    elif node.dep_ == "prep" and node.lower_ in marks:
        # the parse often makes "magnitude" the object and the quake its apposition
        objects = [c for c in node.children if c.dep_ == "pobj"]
        events = objects + [c for o in objects for c in o.children if c.dep_ in ("appos", "compound")]
    else:
        return False
    if not any(_is_event_word(e) and lemma_of(e) not in rules.relation_nouns for e in events):
        return False
    verb = node.head
    while verb.dep_ in ("xcomp", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(lemma_of(s) in rules.relation_nouns and s.tag_ == "NNS" for s in subjects)


def _claim_roots(doc: Doc, claims: list[Claim], report: LoadedReport) -> Iterator[tuple[Claim, Token, Token]]:
    """Each claim with the token its words hang from in the parse and its last token."""
    tokens = list(doc)
    starts = [report.to_original(token.idx) for token in tokens]
    for claim in claims:
        first = bisect_left(starts, claim.evidence.start)
        last = bisect_left(starts, claim.evidence.end)
        inside = tokens[first:last]
        if not inside:
            continue
        indices = {t.i for t in inside}
        root = next((t for t in inside if t.head.i not in indices or t.head is t), inside[-1])
        yield claim, root, inside[-1]


def _named_before(last: Token) -> tuple[str, Token, str | None] | None:
    """ "a magnitude 5.3 aftershock": a value written just before a word
    naming another event is that event's, whatever the parse made of it."""
    rules = report_event_rules()
    if last.i + 1 >= len(last.doc):
        return None
    following = last.doc[last.i + 1]
    relation = rules.relation_nouns.get(lemma_of(following))
    return (relation, following, _type_of_word().get(lemma_of(following))) if relation else None


def find_events(
    doc: Doc, claims: list[Claim], report: LoadedReport, incidents: list[Incident], lead: int
) -> None:
    """Find the other events the report's clauses tell and add each to its incident.

    In a background incident (already another event, split off by sentence)
    only its own aftershocks and foreshocks are told apart.  Claims of one
    clause opened by the same word are one mention; the align stage fills
    their ``frame.event``.  In the first ``lead`` sentences a date alone
    does not turn to another event: the lead tells the report's own."""
    lead_end = next((sent.end for i, sent in enumerate(doc.sents) if i == lead - 1), len(doc))
    by_id = {incident.id: incident for incident in incidents}
    year = report.date.year if report.date is not None else None
    mentions: dict[tuple[str, int], EventMention] = {}
    segment_of = _roundup_segments(doc, claims, report)
    claim_roots = list(_claim_roots(doc, claims, report))
    rooted = [
        (
            claim,
            root,
            _named_before(last)
            or (_second_of_doublet(last) if claim.kind is ClaimKind.magnitude else None)
            or _largest_of_told(claim, root)
            or find_turn(root, year, past_lead=root.i >= lead_end),
        )
        for claim, root, last in claim_roots
    ]
    rooted = _timed_with_shock(rooted, {claim.id: last for claim, _, last in claim_roots})
    days, own_days = _days_of([claim for claim, _, found in rooted if found is None])
    night_of = _nights(doc, rooted)
    # a report that dates its own event by no day of the incident ("police
    # were called at 5:45 p.m. Friday") is known by the days it names first
    named = sorted(
        ((c.evidence.start, d) for c, _, f in rooted if f is None and (d := _day_of_date(c)) is not None),
        key=lambda item: item[0],
    )
    year_dated = {c.evidence.sentence_start for c, _, found in rooted if found is None and _with_year(c)}
    lead_words = _lead_event_words(doc, lead_end)
    other_dated = _other_dated_events(rooted, _lead_own_day(rooted, lead_end), lead_words)
    recalled = _RecalledPlaces(_places_by_sentence(rooted))
    acts = _other_acts(doc, rooted, lead_end)
    turned: list[Rooted] = []
    for claim, root, found in rooted:
        sentence_days = days.get(claim.evidence.sentence_start, [])
        if found is None and claim.incident == MAIN and claim.id not in segment_of:
            found = acts.get(root.sent.start)  # a roundup's own shooting is its segment's
        if found is None and claim.incident == MAIN and other_dated:
            found = _in_other_dated(root, other_dated)
        if found is None and claim.incident == MAIN and root.i >= lead_end:
            found = _new_event_dated_apart(root, sentence_days, own_days)
            if found is None and _dated_apart(sentence_days, own_days):
                found = recalled.back_to(claim.evidence.sentence_start)
            if found is None and claim.evidence.sentence_start in year_dated:
                before = [d for start, d in named if start < claim.evidence.sentence_start]
                if _dated_apart(sentence_days, own_days or before):
                    found = _event_verb_turn(root)
        recalled.note(claim, found)
        if found is None and claim.id in night_of:
            found = ("night", night_of[claim.id], "unrest")
        if found is None and claim.incident == MAIN and root.i >= lead_end:
            found = _tally_turn(root, claim)
        if found is None and claim.incident == MAIN:
            found = _period_statistic(root, claim)  # "since January": a statistic, in the lead too
        if found is None and claim.incident == MAIN and claim.kind is ClaimKind.date:
            found = _since_a_day(root, claim, lead=True)  # "have killed 23 since Sunday": a start
        if found is None and claim.incident == MAIN and claim.id in segment_of:
            segment, opener = segment_of[claim.id]
            found = ("roundup", opener, "shooting")
        turned.append((claim, root, found))
    for claim, _, found in _carried_by_pronoun(turned, lead_end):
        if found is None or claim.incident not in by_id:
            continue
        relation, opener, kind = found
        if relation == "other" and claim.incident != MAIN:
            continue  # a background incident is that other event already
        key = (claim.incident, opener.i)
        if key not in mentions:
            local = f"r{claim.report}-{claim.incident}-e{len(mentions) + 1}"
            words = " ".join(t.text for t in opener.subtree)[:80]
            several = opener.tag_ in ("NNS", "NNPS")
            mention = EventMention(
                local, claim.incident, relation, kind, words, several=several, largest=_named_largest(opener)
            )
            mentions[key] = mention
            by_id[claim.incident].events.append(mention)
        mentions[key].claims.append(claim)


#: the kinds told of a shock right after its magnitude ("the strongest of
#: magnitude 4.8 at 6:05 a.m.", "a 5.1 tremor at a depth of 10 km")
SHOCK_DETAIL_KINDS = frozenset({ClaimKind.time, ClaimKind.depth})


def _timed_with_shock(rooted: list[Rooted], last_of: dict[str, Token]) -> list[Rooted]:
    """A time or depth written right after a magnitude that tells another
    shock is that shock's: "the strongest of magnitude 4.8 at 6:05 a.m.",
    "a 4.2 tremor at 2:50 a.m." (the parse often hangs the time on the
    sentence's verb, far from the shock).  Only prepositions and event nouns
    may stand between the two: "came two days after a 5.8 tremor, at 7:12
    a.m. on Wednesday" goes back to the report's own quake after the comma."""
    shocks = [
        (last_of[claim.id], found)
        for claim, _, found in rooted
        if found is not None and claim.kind is ClaimKind.magnitude and claim.id in last_of
    ]
    if not shocks:
        return rooted
    told: list[Rooted] = []
    for claim, root, found in rooted:
        if found is None and claim.kind in SHOCK_DETAIL_KINDS:
            found = next((turn for last, turn in shocks if _just_after(last, root.left_edge)), None)
        told.append((claim, root, found))
    return told


def _just_after(last: Token, first: Token) -> bool:
    """``first`` follows ``last`` in its sentence with only prepositions or
    an event noun between ("4.8 at 6:05", "4.2 tremor at")."""
    if last.sent.start != first.sent.start or first.i <= last.i:
        return False
    between = last.doc[last.i + 1 : first.i]
    return all(t.pos_ == "ADP" or lemma_of(t) in _type_of_word() for t in between)


def _named_largest(opener: Token) -> bool:
    """ "The largest aftershock", "the most powerful aftershock": an event
    noun named as the largest of its kind (rules ``largest_modifiers``), or
    the superlative that stands for it ("aftershocks followed, the largest a
    magnitude 4.1": :func:`_largest_of_told`)."""
    words = set(report_event_rules().largest_modifiers)
    if opener.tag_ == "JJS" and opener.lower_ in words:
        return True
    return any(c.dep_ == "amod" and " ".join(t.lower_ for t in c.subtree) in words for c in opener.children)


#: how many words after the superlative its magnitude may come ("the largest
#: a magnitude 4.1", "the strongest of them measuring 4.3")
LARGEST_REACH = 6


def _largest_of_told(claim: Claim, root: Token) -> Turn | None:
    """ "Dozens of aftershocks followed, the largest a magnitude 4.1", "More
    than 30 aftershocks rattled the region, the strongest measuring 4.3":
    a superlative (rules ``largest_modifiers``) standing alone for one of the
    aftershocks the sentence has just named, its magnitude a few words on,
    is the largest aftershock's, whatever the parse hangs the value from.
    So is a word for further shocks (rules ``further_words``: "a 5.5
    aftershock struck, and three more above magnitude 4.5 followed"), and a
    count that singles some of them out (:func:`_singled_out`: "several
    aftershocks during the morning, including one of magnitude 5.2").
    The superlative of an event noun ("the strongest quake in decades, a
    magnitude 7.1") names the report's own shock, and a value told between
    the aftershocks and the superlative ("aftershocks followed the 6.2
    quake") is not under it."""
    if claim.kind is not ClaimKind.magnitude:
        return None
    rules = report_event_rules()
    largest = {w for w in rules.largest_modifiers if " " not in w}
    further = set(rules.further_words)
    sent = root.sent
    for word in sent.doc[max(sent.start, root.i - LARGEST_REACH) : root.i]:
        if not (
            (word.tag_ == "JJS" and word.lower_ in largest) or word.lower_ in further or _singled_out(word)
        ):
            continue
        if (
            word.head.i != word.i
            and word.head.i > word.i
            and _is_event_word(word.head)
            and word.head.i < root.i
        ):
            continue  # "the strongest quake in decades, a magnitude 7.1"
        shocks = [
            t
            for t in sent.doc[sent.start : word.i]
            if t.pos_ == "NOUN" and lemma_of(t) in rules.relation_nouns
        ]
        if not shocks:
            continue
        between = sent.doc[shocks[-1].i + 1 : _count_start(word)]
        if any(t.like_num and not _clock_or_day(t) for t in between):
            continue
        return rules.relation_nouns[lemma_of(shocks[-1])], word, _type_of_word().get(lemma_of(shocks[-1]))
    return None


def _singled_out(word: Token) -> bool:
    """ "including one of magnitude 5.2", "including two measuring 5.4": a
    count written right after one of ``singling_words`` stands for some of
    the shocks named before it, not for a shock of its own."""
    if not word.like_num or word.i <= word.sent.start:
        return False
    return word.nbor(-1).lower_ in report_event_rules().singling_words


def _count_start(word: Token) -> int:
    """Where the count of ``word`` begins ("at least three more": the
    "three" and its "at least" count the further shocks, no value told
    of the shocks before them)."""
    start = word.i
    while start > word.sent.start and (
        word.doc[start - 1].like_num or word.doc[start - 1].head.i in range(start, word.i + 1)
    ):
        start -= 1
    return start


def _clock_or_day(number: Token) -> bool:
    """A number of a clock time or a day ("recorded 47 aftershocks by 9
    a.m., the largest of magnitude 4.2", "by March 3"): when the tally was
    taken, never a shock's value told between the aftershocks and their
    largest."""
    return number.ent_type_ in ("TIME", "DATE")


def _known(token: Token) -> bool:
    """ "the strikes", "this attack", "its victims", "Thursday's attack": a
    noun the report names as one it has told or one known (rules
    ``definite_determiners``, or a possessive)."""
    known = set(report_event_rules().definite_determiners)
    return any((c.dep_ == "det" and c.lower_ in known) or c.dep_ == "poss" for c in token.children)


def _act_noun(token: Token) -> bool:
    """An event noun of a type, or another noun of an act (rules
    ``other_act_nouns``); a gerund the parse tags a verb counts where it
    stands as a noun does ("Rebel shelling, meanwhile, killed four")."""
    lemma = lemma_of(token)
    nouns = report_event_rules().other_act_nouns
    as_noun = (
        token.pos_ in ("NOUN", "PROPN")
        or token.dep_ in ("nsubj", "nsubjpass", "csubj", "dobj", "pobj")
        or (token.dep_ == "advcl" and token.tag_ == "VBG")
    )
    return as_noun and (lemma in _type_of_word() or lemma in nouns or token.lower_ in nouns)


def _opens_other_act(sent: Span) -> Token | None:
    """ "In a separate attack, ...", "Also on Tuesday, in an unrelated
    shooting, ...": before its subject, the sentence's preposition (rules
    ``other_act_opening_preps``) names an event under one of
    ``other_modifiers``; the event noun."""
    subjects = [t.i for t in sent if t.dep_ in ("nsubj", "nsubjpass")]
    end = min([*subjects, sent.root.i])
    preps = set(report_event_rules().other_act_opening_preps)
    for token in sent[: end - sent.start]:
        # "In a separate attack", never "After rallying in two separate demonstrations"
        if token.dep_ != "prep" or token.lower_ not in preps:
            continue
        for pobj in _other_events_of(token):
            if not any(c.dep_ == "nummod" for c in pobj.children):
                return pobj
    return None


def _other_act_cue(sent: Span) -> str | None:
    """ "Meanwhile, ...", "Elsewhere, ...", "Also on Tuesday, ...", "Russian
    jets, meanwhile, ..." (rules ``other_act_openers``, ``other_act_asides``):
    the cue's words."""
    rules = report_event_rules()
    text = sent.text.lstrip(" \"'“‘").lower()
    for phrase in [*rules.separate_openers, *rules.rest_openers, *rules.other_act_openers]:
        if re.match(rf"{re.escape(phrase)}\b", text):
            return phrase
    return next((word for word in rules.other_act_asides if f", {word}," in text), None)


def _clause_heads(sent: Span) -> list[Token]:
    """The sentence's root, the verbs joined to it and the clauses it says
    ("a monitoring group said air strikes killed 12")."""
    heads, todo = [], [sent.root]
    while todo:
        head = todo.pop(0)
        heads.append(head)
        todo += [c for c in head.children if c.dep_ in ("conj", "ccomp") and c.pos_ in ("VERB", "AUX")]
    return heads


def _cause_clauses(sent: Span) -> list[Token]:
    """The clauses that tell how the sentence's harm came about, under a
    mark of rules ``other_act_cause_marks``: "four people died on Sunday
    night when a lorry and a matatu collided at Salgaa" tells its crash in
    the when-clause (which the parse may hang on "night" as well as on
    "died")."""
    marks = set(report_event_rules().other_act_cause_marks)
    return [
        clause
        for clause in sent
        if clause.dep_ in ("advcl", "relcl")
        and any(c.dep_ == "advmod" and c.lower_ in marks for c in clause.children)
    ]


def _apart_act_noun(sent: Span) -> Token | None:
    """ "Separately, one person was treated for minor injuries after a fire
    at an apartment in Tallaght": after an opener that says the act is apart
    (rules ``separate_openers``), an act noun brought in as new through a
    preposition of the sentence's own clause tells that act, whatever the
    verb ("treated", "was evacuated")."""
    for head in _clause_heads(sent):
        for prep in (c for c in head.children if c.dep_ == "prep"):
            for word in (g for g in prep.children if g.dep_ == "pobj"):
                if _act_noun(word) and not _known(word):
                    return word
    return None


def _new_act(sent: Span) -> Token | None:
    """The word that brings another act in as new in the sentence's own
    clause or a clause telling how its harm came about (:func:`_cause_clauses`):
    an act noun nothing made known ("air strikes on Aleppo killed 12", "were
    killed in air strikes", "a 4.1 quake shook"), or a verb of the incident
    whose subject is neither a pronoun nor a known noun, where the verb names
    an act ("a man was shot") or its subject a doer ("gunmen killed two
    policemen"); see rules ``other_act_openers``."""
    rules = report_event_rules()
    lex = event_lexicon()
    modals = {*rules.generic_modals, *event_lexicon().future_auxiliaries}
    for head in _clause_heads(sent) + _cause_clauses(sent):
        # "better intelligence was needed for a land attack", "a strike could
        # kill dozens": an act only thought of
        if any(c.dep_ == "aux" and c.lower_ in modals for c in head.children):
            continue
        incident_verb = lex.by_verb.get(lemma_of(head)) == "incident" and head.pos_ == "VERB"
        for child in head.children:
            # "government shelling on the town killed two": the parse makes
            # the gerund a clausal subject, or an adverbial clause
            gerund = child.dep_ == "advcl" and child.tag_ == "VBG"
            words = [child] if child.dep_ in ("nsubj", "nsubjpass", "csubj", "dobj") or gerund else []
            if child.dep_ in ("agent", "prep") and incident_verb:  # "12 were killed in air strikes"
                words = [g for g in child.children if g.dep_ == "pobj"]
            for word in words:
                if _act_noun(word) and not _known(word):
                    return word
        if not incident_verb or lemma_of(head) in rules.other_act_not_verbs:
            continue
        if any(c.dep_ == "neg" for c in head.children):
            continue
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and head.dep_ == "conj":  # "a man who ... intervened and was shot"
            subjects = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or subjects[0].pos_ == "PRON" or _known(subjects[0]):
            continue
        # "a man was shot", "gunmen killed two officers" tell an act; "three
        # people were injured", "a wall collapsed, killing two" only a harm,
        # which may be the story's own quake or storm elsewhere
        acting = lemma_of(head) in _type_of_word()
        if acting or (subjects[0].dep_ == "nsubj" and lemma_of(subjects[0]).lower() in _other_act_doers()):
            return head
    return None


@cache
def _other_act_doers() -> frozenset[str]:
    """The doers whose verb of the incident brings in an act: the attackers
    of rules/counts.yaml and ``other_act_doers`` besides (armies, their weapons)."""
    return frozenset({*lexicon().attackers, *report_event_rules().other_act_doers})


@cache
def _own_act_words() -> frozenset[str]:
    """The doers and harmed a story's own act is told by, made known: the
    nouns of ``other_act_own_roles`` (rules/people.yaml roles) and
    ``other_act_own_words`` besides."""
    rules = report_event_rules()
    roles = set(rules.other_act_own_roles)
    nouns = (word for word, role in people_lexicon().role_of.items() if role in roles)
    return frozenset({*nouns, *rules.other_act_own_words})


def _tells_own_act(sent: Span, places: set[str], main_places: set[str]) -> bool:
    """What makes a sentence opened as another act's the story's own after
    all: a known act word or doer ("the attack", "the gunman", rules
    :func:`_own_act_words`), or only places the lead names."""
    own = _own_act_words()
    for token in sent:
        if (
            token.pos_ in ("NOUN", "PROPN")
            and (_is_event_word(token) or lemma_of(token) in own)
            and _known(token)
        ):
            return True
    return bool(places) and places <= main_places


@dataclass
class _Lead:
    """What the lead tells of the report's own act: its places, its event
    words (lemmas) and the names of its people."""

    places: set[str]
    lemmas: set[str]
    names: list[str]
    #: whether a sentence of the lead tells the act by a verb of the incident
    #: ("gunmen opened fire", "a man was shot"), not only a later act's
    #: ("police arrested a man in connection with a shooting")
    acted: bool = False


def _harms_someone_new(sent: Span, lead: _Lead) -> bool:
    """ "Police said Robert Wright was struck in the abdomen": a verb of the
    incident whose patient is a name the lead never gave."""
    lex = event_lexicon()
    for head in _clause_heads(sent):
        if lex.by_verb.get(lemma_of(head)) != "incident" or head.pos_ != "VERB":
            continue
        for patient in (c for c in head.children if c.dep_ in ("nsubjpass", "dobj") and c.pos_ == "PROPN"):
            name = " ".join(t.text for t in patient.subtree if t.pos_ == "PROPN")
            if name and not any(names_match(name, other) for other in lead.names):
                return True
    return False


def _points_back_to_act(sent: Span) -> bool:
    """ "Dublin Fire Brigade said two units attended that incident": an event
    word under a determiner that points back (rules
    ``other_act_back_determiners``), right after a sentence telling another
    act, names that act ("the incident" may be the story's own)."""
    back = set(report_event_rules().other_act_back_determiners)
    return any(
        token.pos_ == "NOUN"
        and _is_event_word(token)
        and any(c.dep_ == "det" and c.lower_ in back for c in token.children)
        for token in sent
    )


def _continues_act(sent: Span, opener: Token, act_places: set[str], named: set[str], lead: _Lead) -> bool:
    """Whether ``sent`` (naming the places ``named``), right after a
    sentence telling another act, goes on telling it: it names a place the
    act's sentence named and the lead did not, and none the lead named; its
    subject is the act's noun made known again ("The strikes also wounded
    20") where the lead told its act by no such word, or a pronoun (rules
    ``carrying_pronouns``); or it tells the harm of someone the lead never
    named ("Police said Robert Wright was struck in the abdomen"), or points
    back to the act (:func:`_points_back_to_act`)."""
    if named & lead.places:
        return False
    if named & act_places or _harms_someone_new(sent, lead) or _points_back_to_act(sent):
        return True
    subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    subject = subjects[0]
    if subject.tag_ == "PRP" and subject.lower_ in report_event_rules().carrying_pronouns:
        return True
    lemma = lemma_of(opener)
    return (
        opener.pos_ in ("NOUN", "PROPN")
        and lemma_of(subject) == lemma
        and _known(subject)
        and lemma not in lead.lemmas
    )


def _other_acts(doc: Doc, rooted: list[Rooted], lead_end: int) -> dict[int, Turn]:
    """The sentences (by their first token) that tell another act than the
    report's own, each with its turn: one opened as another act's (rules
    ``other_act_openers``) and the sentences after it that go on with it."""
    places: dict[int, set[str]] = {}
    for claim, root, _ in rooted:
        if claim.kind is ClaimKind.location and claim.incident == MAIN and claim.place.geonameid:
            places.setdefault(root.sent.start, set()).add(claim.place.geonameid)
    names: dict[int, list[str]] = {}
    for claim, root, _ in rooted:
        if claim.kind is ClaimKind.person and claim.value.name:
            names.setdefault(root.sent.start, []).append(claim.value.name)
    # what the lead tells of the report's own act, grown as it is read (a
    # sentence of the lead that tells another act adds nothing)
    lead = _Lead(set(), set(), [])
    acts: dict[int, Turn] = {}
    current: tuple[Token, set[str]] | None = None
    for index, sent in enumerate(doc.sents):
        here = places.get(sent.start, set())
        opener = _opens_other_act(sent) if index else None
        cue = None if opener is not None or not index else _other_act_cue(sent)
        if cue is not None:
            # "Separately, a man was shot in East Toledo": said apart, the
            # act may be in the lead's own town
            apart = cue in report_event_rules().separate_openers
            rest = cue in report_event_rules().rest_openers  # "In the rest of the enclave, ..."
            opener = _new_act(sent)
            if opener is None and apart:
                opener = _apart_act_noun(sent)
            if cue in report_event_rules().acted_lead_openers and not lead.acted:
                opener = None  # an arrest's story: "Earlier Saturday, a gunman killed three" is its own act
            if (
                opener is not None
                and not rest
                and _tells_own_act(sent, set() if apart else here, lead.places)
            ):
                opener = None
        if opener is not None:
            current = (opener, here - lead.places)
        elif current is not None and not _continues_act(sent, *current, here, lead):
            current = None
        if current is not None:
            act = current[0]
            acts[sent.start] = ("other", act, _event_type([act, *act.subtree]) or _event_type(list(sent)))
        elif sent.start < lead_end:
            lead.places |= here
            lead.lemmas |= {lemma_of(t) for t in sent if _is_event_word(t)}
            lead.names += names.get(sent.start, [])
            lead.acted = lead.acted or _acts_by_verb(sent)
    return acts


def _acts_by_verb(sent: Span) -> bool:
    """Whether the sentence tells an act by a verb of the incident ("opened
    fire", "was shot and killed"), not by a noun alone ("arrested in
    connection with a shooting", "ordered flags lowered after the attack")."""
    lex = event_lexicon()
    return any(t.pos_ == "VERB" and lex.by_verb.get(lemma_of(t)) == "incident" for t in sent)


def _carried_by_pronoun(rooted: list[Rooted], lead_end: int) -> list[Rooted]:
    """ "The last major quake to hit the south was in February, when a 6.4
    temblor rocked Zarand.  It killed 612 people": a sentence whose subject
    is a pronoun (rules ``carrying_pronouns``) goes on with the sentence
    before; when every value of that one was turned to one other event,
    this sentence's values are that event's too (past the lead)."""
    pronouns = set(report_event_rules().carrying_pronouns)
    turns: dict[int, list[Turn | None]] = {}
    for _, root, found in rooted:
        turns.setdefault(root.sent.start, []).append(found)
    carried: dict[int, Turn] = {}
    for start in sorted(turns):
        sent = rooted[0][1].doc[start].sent
        if start < lead_end or start == 0 or any(found is not None for found in turns[start]):
            continue
        subject = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subject or subject[0].tag_ != "PRP" or subject[0].lower_ not in pronouns:
            continue
        before = sent.doc[start - 1].sent.start
        told = [carried[before]] if before in carried else turns.get(before, [])
        first = told[0] if told else None
        if first is not None and first[0] == "other" and all(_same_opener(f, first) for f in told):
            carried[start] = first
    return [
        (claim, root, carried.get(root.sent.start) if found is None and claim.incident == MAIN else found)
        for claim, root, found in rooted
    ]


def _same_opener(found: Turn | None, first: Turn) -> bool:
    return found is not None and found[1].i == first[1].i


def _places_by_sentence(rooted: list[Rooted]) -> dict[int, set[str]]:
    """The gazetteer places of the main incident's location claims, by sentence start."""
    places: dict[int, set[str]] = {}
    for claim, _, _ in rooted:
        if claim.kind is ClaimKind.location and claim.incident == MAIN and claim.place.geonameid:
            places.setdefault(claim.evidence.sentence_start, set()).add(claim.place.geonameid)
    return places


@dataclass
class _RecalledPlaces:
    """The places of the other events a report recalled, read in order.

    "The shooting came a day after a boy was shot in Benton. [...] In
    Benton, police were still investigating the shooting of the boy
    Tuesday": a story goes back to an event it recalled by its place, on
    that event's day; a later sentence dated apart from the report's own
    event and naming a place only a recalled event holds is that event's."""

    places_of_sentence: dict[int, set[str]]
    recalled: dict[str, tuple[Token, str | None]] = field(default_factory=dict)
    own: set[str] = field(default_factory=set)

    def note(self, claim: Claim, found: Turn | None) -> None:
        place = claim.place.geonameid if claim.kind is ClaimKind.location and claim.incident == MAIN else None
        if place is None:
            return
        if found is None:
            self.own.add(place)
        elif found[0] == "other":
            self.recalled.setdefault(place, (found[1], found[2]))

    def back_to(self, sentence_start: int) -> Turn | None:
        for place in sorted(self.places_of_sentence.get(sentence_start, set()) - self.own):
            if place in self.recalled:
                opener, kind = self.recalled[place]
                return "other", opener, kind
        return None


#: date forms that write the year: a reporter dates an older event so
#: ("on Sept. 6, 2015", "in December 2003"), the report's own by its day
YEAR_FORMS = frozenset({DateForm.FULL_DATE, DateForm.MONTH_YEAR, DateForm.YEAR, DateForm.ISO_DATE})


def _with_year(claim: Claim) -> bool:
    return claim.kind is ClaimKind.date and getattr(claim.details, "form", None) in YEAR_FORMS


def _day_of_date(claim: Claim) -> Day | None:
    return day_of(claim) if claim.kind is ClaimKind.date and claim.incident == MAIN else None


def _event_verb_turn(token: Token) -> Turn | None:
    """ "Aaron Lee was shot near Park Avenue on Sept. 6, 2015", told past the
    lead of a report whose own shooting fell on another day: a clause whose
    verb names an event of a type, in a sentence dated apart with its year
    written, tells an older event (the report's own would be dated by its
    day, and a later day of the same event tells its aftermath, not an
    event verb with a year)."""
    types = _type_of_word()
    for node in (token, *token.ancestors):
        if node.pos_ == "VERB" and lemma_of(node) in types:
            return "other", node, types[lemma_of(node)]
    return None


def _dated_apart(sentence_days: list[Day], own_days: list[Day]) -> bool:
    """A sentence dated only to days the report's own event cannot be on."""
    return bool(sentence_days and own_days) and not any(
        days_meet(day, own) for day in sentence_days for own in own_days
    )


#: a day a report gives: (first ordinal, last ordinal, weekday), either part None when unknown
Day = tuple[float | None, float | None, str | None]


def day_of(claim: Claim) -> Day | None:
    """The day a date claim names, resolved or only a weekday (a report
    with no date of its own says "Sunday" and "Monday" all the same)."""
    low, high = claim.value.low, claim.value.high
    weekday = getattr(claim.details, "weekday", None)
    if low is not None and high is not None and low == high and weekday is None:
        weekday = dt.date.fromordinal(int(low)).strftime("%A")
    if (low is None or high is None) and weekday is None:
        return None
    return low, high, weekday


def days_meet(a: Day, b: Day) -> bool:
    """Whether two days can be one, strictly (Sunday's quake and Monday's
    are two); a pair that cannot be told apart meets."""
    if a[0] is not None and a[1] is not None and b[0] is not None and b[1] is not None:
        return a[0] <= b[1] and b[0] <= a[1]
    if a[2] is not None and b[2] is not None:
        return a[2].lower() == b[2].lower()
    return True


def _days_of(claims: list[Claim]) -> tuple[dict[int, list[Day]], list[Day]]:
    """The days each sentence names (by its start) and the day of the
    report's own event: the first day the report gives it (reporters date
    their event before they recall another); ``claims`` are those no word
    already turned to another event ("The sixth aftershock shook the island
    on Monday" dates the aftershock)."""
    by_sentence: dict[int, list[Day]] = {}
    own: list[Day] = []
    for claim in sorted(claims, key=lambda c: c.evidence.start):
        day = day_of(claim) if claim.kind is ClaimKind.date else None
        if day is None:
            if not own and claim.kind is ClaimKind.date and _dates_own_event(claim) and _writing_day(claim):
                own.append(WRITING_DAY)
            continue
        by_sentence.setdefault(claim.evidence.sentence_start, []).append(day)
        if not own and _dates_own_event(claim):
            own.append(day)
    return by_sentence, own


#: the day of a report that dates its own event "today" and has no date to
#: resolve it by: no weekday it names is that day (:func:`days_meet`)
WRITING_DAY: Day = (None, None, "today")


def _writing_day(claim: Claim) -> bool:
    """ "before noon today", "this morning": a relative day of offset 0
    (rules/dates.yaml ``relative_days``), the day the report was written.  A
    reporter who dates the own event so names a weekday only for another
    day ("On Tuesday, an IED exploded in a commander's car"); the weekday
    of the day itself is written beside it ("today, Thursday"), one date
    claim."""
    relative = getattr(claim.details, "relative", None)
    return relative is not None and relative.lower() in writing_day_words()


#: how reporters date their own event ("on Sunday", "yesterday", "on March 3");
#: a full or numeric date is more often a dateline or a publication stamp
OWN_DAY_FORMS = frozenset({DateForm.WEEKDAY, DateForm.RELATIVE_DAY, DateForm.MONTH_DAY})


def _dates_own_event(claim: Claim) -> bool:
    """Whether a date claim dates the report's own event: of its main
    incident, of the incident itself (not a statement's or an arrest's
    day), and written as reporters date their event (:data:`OWN_DAY_FORMS`),
    not as a dateline or a publication stamp is ("06.04.2017 The attack in
    Idlib ...", "Date of publication 21 September 2016")."""
    measure = claim.frame.measure
    return (
        claim.incident == MAIN
        and claim.subject == "incident"
        and (measure is None or measure == "date:incident")
        and getattr(claim.details, "form", None) in OWN_DAY_FORMS
    )


def _new_event_dated_apart(
    token: Token, sentence_days: list[Day], own_days: list[Day]
) -> tuple[str, Token, str | None] | None:
    """ "On Saturday, a dozen people were killed by a quake in eastern
    China" in a story of Sunday's quake: an event noun brought in as new
    ("a quake", not "the quake") in a sentence dated to another day than
    the report's own event is another event.  Either alone is not: "a
    quake" retells the report's own one, a later day dates its aftermath."""
    if not sentence_days or not own_days:
        return None
    if any(days_meet(day, own) for day in sentence_days for own in own_days):
        return None
    for node in (token, *token.ancestors):
        opener = indefinite_opener(node) or _new_harm_dated_before(node) or _new_harm_after_a_link(node)
        if opener is not None:
            return "other", opener, _type_of_word().get(lemma_of(opener))
    opener = _told_just_before(token)
    if opener is not None:
        return "other", opener, _type_of_word().get(lemma_of(opener))
    return None


def _new_harm_dated_before(node: Token) -> Token | None:
    """ "Last Thursday, four herders were killed in a nearby village", "It was
    one of three shootings in 24 hours; early Saturday a 25-year-old man was
    wounded on Elm Street": past the lead, in a sentence dated apart from
    the report's own event (the caller's test), a verb of the incident whose
    day comes first and whose harmed are brought in as new (a count or "a",
    no name, pronoun or known noun) tells another event, however plain its
    words.  A day told after its clause ("a man was shot about 12:30 a.m.
    Monday") is as often the report's own event told by the other side of
    midnight, and is left be; so is a count in the perfect ("By Sunday, seven
    people had been killed"), a running tally."""
    harmed = _new_harmed(node)
    if harmed is None:
        return None
    return node if _names_a_day_on([node], before=harmed.left_edge.i) else None


def _new_harm_after_a_link(node: Token) -> Token | None:
    """ "It comes after a 23-year-old man was stabbed to death on London Road
    on Saturday afternoon", "This came after two men were shot and wounded
    outside a pub on Tuesday evening": past the lead, in a sentence dated
    apart from the report's own event (the caller's test), a verb of the
    incident told after a linking verb of the report's own news
    (:func:`_told_after_a_link`), whose harmed are brought in as new and
    whose clause (any verb of its coordination) names a day, wherever that
    day stands: the link puts that harm before the report's own, which
    :func:`_new_harm_dated_before` cannot take of a day told after its
    clause.  The first verb of the coordination opens the event."""
    if node.pos_ != "VERB":
        return None
    verbs = _coordinated_verbs(node)
    first = verbs[0]
    if not _told_after_a_link(first) or _new_harmed(first) is None:
        return None
    return first if _names_a_day_on(verbs) else None


def _new_harmed(verb: Token) -> Token | None:
    """The harmed of a verb of the incident (its patient, or the dead of a
    death a clause of a new act tells: :func:`_died_in_new_act`) where they
    are brought in as new (:func:`_brought_in_new`); None for any other
    verb, a harm told in the perfect ("By Sunday, seven people had been
    killed": a running tally, rules ``tally_*``) or a known harmed."""
    if verb.pos_ != "VERB" or event_lexicon().by_verb.get(lemma_of(verb)) != "incident":
        return None
    if perfect(verb, joined=True):
        return None
    harmed = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")] or _died_in_new_act(verb)
    return harmed[0] if harmed and _brought_in_new(harmed[0]) else None


def _names_a_day_on(verbs: list[Token], before: int | None = None) -> bool:
    """Whether a modifier of one of ``verbs`` that may carry a day (an
    adverb, a bare noun, a phrase of ``day_links``), before the token index
    ``before`` when given, names a weekday or a month (:func:`_names_a_day`)."""
    links = set(report_event_rules().day_links)
    days = [
        c
        for verb in verbs
        for c in verb.children
        if (c.dep_ in ("npadvmod", "advmod") or (c.dep_ == "prep" and c.lower_ in links))
        and (before is None or c.i < before)
    ]
    return any(_names_a_day(t) for day in days for t in day.subtree)


def _told_after_a_link(verb: Token) -> bool:
    """ "It comes after a man was stabbed", "The shooting came after two
    women were killed": a clause after "after" on a linking verb (rules
    ``recall_links``) whose subject is the report's own news, a pronoun
    (``recall_news_subjects``), or its own event (:func:`_links_own_event`);
    the link puts the clause's event before the report's own."""
    rules = report_event_rules()
    link = verb.head
    if verb.dep_ != "advcl" or link is verb or lemma_of(link) not in rules.recall_links:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in rules.span_words for c in verb.children):
        return False
    subjects = [c for c in link.children if c.dep_ == "nsubj"]
    news = bool(subjects) and subjects[0].lower_ in rules.recall_news_subjects
    return news or _links_own_event(link)


def _died_in_new_act(verb: Token) -> list[Token]:
    """ "On Sunday, four persons died when a building collapsed on Oke Arin
    Street": the subject of a verb of the incident that takes no object (a
    death), where a clause of how it came about (:func:`_cause_clauses`)
    tells an act brought in as new ("a building collapsed", "a boat
    capsized"): the dead are harmed as an object is.  "On Monday, two more
    of the injured died in hospital" tells no act, and stays the story's
    own toll rising."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(c.dep_ == "dobj" for c in verb.children):
        return []
    lex = event_lexicon()
    for clause in _cause_clauses(verb.sent):
        if clause.i < verb.i or lex.by_verb.get(lemma_of(clause)) != "incident":
            continue
        told = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if told and _brought_in_new(told[0]):
            return subjects
    return []


def _brought_in_new(noun: Token) -> bool:
    """ "a 25-year-old man", "four herders": a noun of people brought in as
    new by "a" or a count, no pronoun, name or known noun."""
    if noun.pos_ != "NOUN" or _known(noun):
        return False
    dets = set(report_event_rules().indefinite_determiners)
    return any((c.dep_ == "det" and c.lower_ in dets) or c.dep_ == "nummod" for c in noun.children)


def _names_a_day(token: Token) -> bool:
    """A weekday or a month's name ("early Saturday", "Last Thursday", "on May 3")."""
    return token.pos_ == "PROPN" and (token.text.capitalize() in WEEKDAY_NAMES or token.lower_ in MONTH_FORMS)


def _day_of_noun(date: Token) -> Token | None:
    """The event noun a day hangs on: "Thursday's attack" (a possessive),
    "the bombing on Thursday" (rules ``day_links``)."""
    head = date.head
    if date.dep_ == "prep" or head is date:
        return None
    if head.dep_ == "prep" and lemma_of(head) in report_event_rules().day_links:
        head = head.head
    elif date.dep_ != "poss":
        # "In the aftermath of the shooting Tuesday, a pastor announced":
        # a bare weekday after the noun, or one before it ("the Monday
        # morning shootings"), is as often the verb's day or the report's own
        return None
    return head if head.pos_ in ("NOUN", "PROPN") and lemma_of(head) in _type_of_word() else None


def _other_dated_events(rooted: list[Rooted], own_days: list[Day], lead_words: set[str]) -> dict[int, Token]:
    """The known event nouns each dated by a day of their own apart from the
    report's own day (rules ``definite_determiners``), by token index:
    "A drone strike killed 10 in Kabul on Sunday. The airport bombing on
    Thursday killed 169" tells Thursday's bombing, another event, in the
    lead.  A report whose lead gives its own event no day turns none, and a
    day in the possessive of the lead's own kind a day off names the
    report's own incident (:func:`_own_by_possessive`)."""
    found: dict[int, Token] = {}
    if not own_days:
        return found
    # a report naming two incidents by their days ("Wednesday night's shooting
    # came a day after Tuesday's shooting") names no slip of its own
    named_one = len(_possessive_days(rooted)) == 1
    for claim, root, turn in rooted:
        day = day_of(claim) if claim.kind is ClaimKind.date and turn is None else None
        if day is None or any(days_meet(day, own) for own in own_days):
            continue
        noun = _day_of_noun(root)
        if noun is None or not _known(noun):
            continue
        if named_one and _own_by_possessive(claim, noun, day, own_days, lead_words):
            continue
        found[noun.i] = noun
    return found


def _possessive_days(rooted: list[Rooted]) -> set[Day]:
    """The days a report names incidents by in the possessive ("Monday's
    landslide": ``possessive`` of the date's details)."""
    return {
        day
        for claim, _, _ in rooted
        if claim.kind is ClaimKind.date and claim.date.possessive and (day := day_of(claim)) is not None
    }


def _own_by_possessive(
    claim: Claim, noun: Token, day: Day, own_days: list[Day], lead_words: set[str]
) -> bool:
    """ "the motive for Monday night's shooting" in a story whose lead tells a
    man shot dead on Tuesday night: a day in the possessive of a noun the
    lead tells its own event by (the word, or one of its type: "killing"
    beside "shot dead"), no "other" or "earlier" on it (``other_modifiers``,
    ``possessive_other_words``), and within
    ``possessive_own_within_days`` of the lead's own day, names the report's
    own incident (a reporter's slip, or the other side of midnight, which
    the day judge weighs), not another incident; a noun with a spot of its
    own (``possessive_spot_prepositions``) tells another incident by it."""
    rules = report_event_rules()
    if not claim.date.possessive or _other_modified(noun):
        return False
    if _modifiers(noun) & set(rules.possessive_other_words):
        return False  # "Friday night's other shooting"
    if any(c.dep_ == "prep" and c.lower_ in rules.possessive_spot_prepositions for c in noun.children):
        return False  # "Tuesday's attack on a market in nearby Saraqeb": another incident's spot
    if _linked_to_an_incident(noun, frozenset(rules.possessive_link_words)):
        return False  # "the killing was linked to Monday's shooting": two incidents
    lemma = lemma_of(noun)
    if lemma not in lead_words and _type_of_word().get(lemma) not in lead_words:
        return False
    return any(_days_within(day, own, rules.possessive_own_within_days) for own in own_days)


def _linked_to_an_incident(noun: Token, link_words: frozenset[str]) -> bool:
    """Whether ``noun`` is the object of a word of linking whose subject is
    an incident's noun ("the killing was linked to Monday's shooting", "the
    blast was similar to Tuesday's explosion"): the sentence sets two
    incidents against each other."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    link = noun.head.head
    if lemma_of(link) not in link_words:
        return False
    bearer = link.head if link.dep_ == "acomp" else link
    subjects = (c for c in bearer.children if c.dep_ in ("nsubj", "nsubjpass"))
    return any(event_lexicon().by_noun.get(lemma_of(s)) == "incident" for s in subjects)


def _lead_event_words(doc: Doc, lead_end: int) -> set[str]:
    """The words (lemmas) of events the lead writes, and their types
    ("shot" and "shooting"): what the report calls its own event by."""
    types = _type_of_word()
    words: set[str] = set()
    for token in doc[:lead_end]:
        if token.pos_ not in ("NOUN", "PROPN", "VERB"):
            continue
        lemma = lemma_of(token)
        if lemma in types:
            words.update((lemma, types[lemma]))
        elif event_lexicon().by_noun.get(lemma) == "incident":
            words.add(lemma)
    return words


def _days_within(a: Day, b: Day, most: int) -> bool:
    """Whether two days lie at most ``most`` days apart: by their ordinals,
    else by their weekday names (the nearer way round the week)."""
    ends = (a[0], a[1], b[0], b[1])
    if all(end is not None and math.isfinite(end) for end in ends):
        gap = max(a[0] - b[1], b[0] - a[1], 0)  # type: ignore[operator]
        return gap <= most
    apart = weekdays_apart(a[2], b[2]) if a[2] is not None and b[2] is not None else None
    return apart is not None and apart <= most


def _lead_own_day(rooted: list[Rooted], lead_end: int) -> list[Day]:
    """The first day the lead gives the report's own event ("killed 10
    civilians in Kabul on Sunday"): a day first given deep in the body ("had
    been fired last Thursday") is no yardstick for another event's day."""
    for claim, root, turn in sorted(rooted, key=lambda item: item[0].evidence.start):
        day = day_of(claim) if claim.kind is ClaimKind.date else None
        if day is None or turn is not None or root.i >= lead_end or not _dates_own_event(claim):
            continue
        if not _dates_later_act(root):
            return [day]
    return []


def _dates_later_act(root: Token) -> bool:
    """Whether a day hangs on a later or a reporting act (rules
    ``later_acts``: "Police on Friday named the gunman", "died Monday"),
    not on the event itself (a verb like "shot" or an event noun like
    "Thursday's attack"): such a day is no yardstick for the event's own."""
    types = _type_of_word()
    for node in (root, *root.ancestors):
        if node.pos_ in ("NOUN", "PROPN") and lemma_of(node) in types:
            return False
        if node.pos_ == "VERB":
            return lemma_of(node) in report_event_rules().later_acts
    return False


def _in_other_dated(token: Token, others: dict[int, Token]) -> Turn | None:
    """The other dated event (see :func:`_other_dated_events`) whose noun
    phrase holds ``token`` or whose clause it is the subject of ("The
    airport bombing on Thursday killed 169 Afghans")."""
    for node in (token, *token.ancestors):
        if node.i in others:
            return "other", node, _type_of_word().get(lemma_of(node))
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i in others:
                return "other", child, _type_of_word().get(lemma_of(child))
    return None


def _told_just_before(token: Token) -> Token | None:
    """ "Maria Diaz, 27, was also killed in a hit-and-run accident.  She was
    hit around 5 a.m. Sunday in the Bronx": a sentence whose subject is a
    pronoun goes on with the sentence before; when that one brought in a
    new event ("a hit-and-run accident"), the day and place are that event's."""
    sent = token.sent
    root = sent.root
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" for c in root.children):
        return None
    if sent.start == 0:
        return None
    before = token.doc[sent.start - 1].sent
    return next((found for t in before if (found := indefinite_opener(t)) is not None), None)


def _several_nights(doc: Doc, dated: list[tuple[Claim, Token, Day]]) -> bool:
    """Whether a report tells unrest over several nights: it says so ("a
    third straight night", "two nights of rioting") or it dates unrest to
    two different days, as reporters date nights ("On Monday the crowd
    marched ... on Wednesday it turned violent"; not a page's stamps)."""
    rules = report_event_rules()
    unrest, types = set(rules.unrest_words), _type_of_word()
    if any(_tells_nights_of_unrest(sent, unrest) for sent in doc.sents):
        return True
    days = [
        day
        for claim, root, day in dated
        if getattr(claim.details, "form", None) in OWN_DAY_FORMS and _dates_unrest(root, unrest, types)
    ]
    return any(not days_meet(a, b) for a in days for b in days)


def _tells_nights_of_unrest(sent: Span, unrest: set[str]) -> bool:
    """Whether a sentence says the unrest went on for several nights or days
    (rules ``several_nights``: "a third straight night of rioting",
    "protesters poured into the streets for a second night"): the words of
    several days count only beside a word of unrest, for a story of one
    attack counts its days too ("three days of mourning", "searched for a
    second day", "on the second day of the trial", "after three days of
    deliberations"), and its injured are never a night's."""
    text = sent.text.lower()
    if not any(re.search(pattern, text) for pattern in report_event_rules().several_nights):
        return False
    return any(lemma_of(t) in unrest for t in sent)


def _verb_over(token: Token) -> Token | None:
    """The verb a claim's word is told under: the word itself or its nearest
    ancestor that is a verb ("killed" over "40 people have been killed"); a
    participle standing as a preposition ("44 people, including 29
    civilians": the parse's "including") is none, the count it hangs on is
    told under the verb above."""
    return next(
        (t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX") and t.dep_ != "prep"), None
    )


def _dates_unrest(date: Token, unrest: set[str], types: dict[str, str]) -> bool:
    """Whether a day word dates unrest: the verb it hangs on has an unrest
    word below it and names no event of a type itself ("the vigil turned
    violent Monday night", not "a vigil for the boy police shot on
    Saturday": the day of what set the unrest off)."""
    verb = _verb_over(date)
    if verb is None or lemma_of(verb) in types:
        return False
    return any(lemma_of(t) in unrest and not _names_crowd_disaster(t) for t in verb.subtree)


def _names_crowd_disaster(word: Token) -> bool:
    """ "a crowd crush", "a crowd surge", "crowd control": an unrest word
    written before one of ``unrest_not_heads`` names a crowd disaster or its
    policing, not unrest, so a day-after update ("The death toll from a
    crowd crush ... rose to five on Sunday") dates no second night."""
    heads = report_event_rules().unrest_not_heads
    return word.dep_ == "compound" and lemma_of(word.head) in heads


def _nights(doc: Doc, rooted: list[Rooted]) -> dict[str, Token]:
    """In a story of several nights of unrest, each arrest or injury count
    (rules ``night_kinds``) with the date word of the night it is told of:
    the last day the report named up to the end of its sentence ("On Wednesday the
    crowd turned ...  By the end 46 people had been arrested").  A count in
    a sentence naming an event of a type ("wounded in the shooting": what
    set the unrest off) stays with the report's own event; the date claims
    of a night go with its counts, so two reports' counts of one night meet
    by their day."""
    kinds = set(report_event_rules().night_kinds)
    types = _type_of_word()
    dated = sorted(
        (
            (claim, root, day)
            for claim, root, found in rooted
            if found is None
            and claim.incident == MAIN
            and claim.kind is ClaimKind.date
            and (day := day_of(claim)) is not None
        ),
        key=lambda item: item[0].evidence.start,
    )
    if not dated or not any(c.kind.value in kinds for c, _, _ in rooted) or not _several_nights(doc, dated):
        return {}
    nights: dict[str, Token] = {}
    for claim, root, found in rooted:
        if found is not None or claim.incident != MAIN or claim.kind.value not in kinds:
            continue
        if any(lemma_of(t) in types and t.pos_ in ("NOUN", "VERB") for t in root.sent):
            continue  # "wounded in the shooting": the event that set the unrest off
        before = [(c, r, d) for c, r, d in dated if c.evidence.start < claim.evidence.sentence_end]
        if not before:
            continue
        last_day = before[-1][2]
        same_night = [(c, r) for c, r, d in dated if d == last_day]
        opener = same_night[0][1]
        nights[claim.id] = opener
        nights.update((c.id, opener) for c, _ in same_night)
    return nights


def roundup_cue(sentences: list[Span]) -> int | None:
    """The index of the sentence that makes a report a roundup of many
    incidents, if any: one of its first sentences speaks of shootings in the
    plural ("10 dead in weekend shootings") or of a rash of them.  The
    phrases are whole words: "crash of air taxi" holds no "rash of"."""
    rules = report_event_rules()
    for index, sent in enumerate(sentences[: rules.roundup_lead]):
        if tells(sent.text, rules.roundup_phrases):
            return index
        for token in sent:
            plural = token.tag_ == "NNS" and lemma_of(token) in rules.roundup_nouns
            before = {lemma_of(t) for t in sent.doc[max(sent.start, token.i - 2) : token.i]}
            counted = any(c.dep_ == "nummod" for c in token.children)
            if plural and not counted and not before & set(rules.roundup_not_after):
                return index
    return None


def _tally_of(sent: Span, claim: Claim) -> Turn | None:
    """ "... had been killed in the city and 35 wounded in 29 separate
    shootings since Friday": a count in a sentence that sums many shootings
    is a city's or a weekend's tally, an event of its own beside the story's
    shooting (see ``tally_nouns`` in rules/report_events.yaml)."""
    if claim.kind not in ROUNDUP_TOTAL_KINDS:
        return None
    rules = report_event_rules()
    for token in sent:
        if token.tag_ != "NNS" or not _names_shootings(token):
            continue
        before = {lemma_of(t) for t in sent.doc[max(sent.start, token.i - 2) : token.i]}
        if before & set(rules.roundup_not_after):
            if before & set(rules.tally_back_references) and _counts_many_shootings(_sentence_before(sent)):
                return ("tally", token, "shooting")  # "injured in those shootings" after a tally
            continue
        counts = [_whole_number(c.text) for c in token.children if c.dep_ == "nummod"]
        if not counts or any(n is not None and n >= rules.tally_min_count for n in counts):
            return ("tally", token, "shooting")
    return None


def _sentence_before(sent: Span) -> Span | None:
    return sent.doc[sent.start - 1].sent if sent.start > 0 else None


def _counts_many_shootings(sent: Span | None) -> bool:
    """Whether a sentence counts shootings from ``tally_min_count`` up ("police
    reporting 3,165 shooting incidents through Nov. 16"), so that "those
    shootings" in the next sentence are the tally's, not the story's."""
    rules = report_event_rules()
    for token in sent or ():
        if token.tag_ == "NNS" and _names_shootings(token):
            counts = [_whole_number(c.text) for c in token.children if c.dep_ == "nummod"]
            if any(n is not None and n >= rules.tally_min_count for n in counts):
                return True
    return False


def _tally_turn(root: Token, claim: Claim) -> Turn | None:
    """The tally a count after the lead belongs to, if any (see ``tally_*`` in
    rules/report_events.yaml)."""
    return (
        _tally_of(root.sent, claim)
        or _since_a_day(root, claim)
        or _year_to_date(root, claim)
        or _one_of_a_span(root.sent, claim)
        or _series_tally(root, claim)
        or _past_period(root, claim)
    )


def _past_period(root: Token, claim: Claim) -> Turn | None:
    """ "Operators carried about 90,000 passengers last season", "The country
    recorded 18,000 workplace deaths in 2022": a count told over a whole past
    period is that period's statistic, never the story's own toll, whatever
    the tense.  The last period (``statistic_past_words`` before one of
    ``statistic_past_periods``) under any verb ("The quake, which killed 300
    people last year": that year's quake's toll, told back); a year named
    alone after one of ``statistic_year_words`` only under a verb of
    ``statistic_record_verbs`` ("A similar blast killed 12 workers in 2019"
    is an earlier event, read elsewhere).  The period's word is the opener."""
    if claim.kind not in ROUNDUP_TOTAL_KINDS:
        return None
    verb = _verb_over(root)
    if verb is None:
        return None
    rules = report_event_rules()
    recording = lemma_of(verb) in rules.statistic_record_verbs
    for holder in _tally_verbs(root, verb):
        for word in holder.children:
            last = any(
                d.dep_ in ("amod", "det") and d.lower_ in rules.statistic_past_words for d in word.children
            )
            if word.dep_ == "npadvmod" and lemma_of(word) in rules.statistic_past_periods and last:
                return ("tally", word, None)
            if recording and word.dep_ == "prep" and word.lower_ in rules.statistic_year_words:
                year = next((o for o in word.children if o.dep_ == "pobj" and _names_year(o)), None)
                if year is not None and not any(c.dep_ in ("compound", "nmod") for c in year.children):
                    return ("tally", year, None)
    return None


def _since_a_day(root: Token, claim: Claim, lead: bool = False) -> Turn | None:
    """ "Since June 26, at least 40 people have died in floods across the
    province", "The rains have killed 112 people since late June": a perfect
    verb run from a day (``since_words`` before a month, a weekday or a
    year: :func:`_dates_since`) counts the dead of a stretch up to now, and
    the day is the stretch's start, never the day of the report's incident
    (the day only where the verb counts people: :func:`_counts_people`).
    Past the lead only for counts: a lead's "has killed 12 since Sunday" is
    the story's own storm; but its day (``lead``) is still only the storm's
    start, never a day to set against the other report's dateline (unless
    told as the event's own: "since Sunday, when the quake struck").

    Beside :func:`_period_statistic`, which runs after it: this one reads
    any day after "since", a weekday and a month's day too ("since June
    26", "since Sunday"), but its counts only past the lead, where such a
    day is no longer the story's own; that one reads the lead too, but only
    a period's start ("since January", "since the truce took effect").
    Past the lead, a month or a year after "since" is read here first."""
    if claim.kind not in ROUNDUP_TOTAL_KINDS and claim.kind is not ClaimKind.date:
        return None
    verb = _verb_over(root)
    if verb is None:
        return None
    joined = _coordinated_verbs(verb)
    if not any(c.dep_ in ("aux", "auxpass") and lemma_of(c) == "have" for c in joined[0].children):
        return None
    rules = report_event_rules()
    for holder in dict.fromkeys([*_tally_verbs(root, verb), *joined]):
        for child in holder.children:
            if child.dep_ != "prep" or lemma_of(child) not in rules.since_words:
                continue
            dated = any(  # the day itself, not "since Friday's shooting" (an act of the story)
                o.dep_ == "pobj"
                and _dates_since(o)
                and not (lead and any(c.dep_ in ("relcl", "advcl", "acl") for c in o.children))
                for o in child.children
            )
            own_day = claim.kind is not ClaimKind.date or root in child.subtree  # the since's day itself
            if dated and own_day and (claim.kind is not ClaimKind.date or _counts_people(holder)):
                return ("tally", child, None)  # a stretch's toll of any kind (floods, shootings, a season's)
    return None


def _coordinated_verbs(verb: Token) -> list[Token]:
    """The verbs joined to ``verb`` in one coordination, the first (which
    carries the shared "have") first: "have killed 62 people, left 16
    missing and injured 71 others since June 10" is one perfect over three
    verbs, and the parse hangs the trailing "since" on the last of them
    only, though it dates all three counts."""
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX") and first.head.i != first.i:
        first = first.head
    joined = [first]
    stack = [first]
    while stack:
        node = stack.pop()
        for child in node.children:
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                joined.append(child)
                stack.append(child)
    return joined


def _dates_since(pobj: Token) -> bool:
    """ "Sunday", "June 26", "2011": the object of "since" that is a day
    itself (a weekday, a month or a year), not "since Friday's shooting"
    (an act of the story): a weekday's or a month's name, with or without a
    day of the month (``DAY_NAME_WORDS``)."""
    return pobj.lower_.rstrip(".") in DAY_NAME_WORDS or pobj.lower_ in MONTH_FORMS or _names_year(pobj)


def _counts_people(verb: Token) -> bool:
    """The verb's subject or object is counted ("at least 40 people have died",
    "have killed 112"): the verb tells a toll, not another act run from a day
    ("The navy has been carrying out patrols since October 23")."""
    return any(
        child.dep_ in ("nsubj", "nsubjpass", "dobj")
        and (child.tag_ == "CD" or any(t.dep_ == "nummod" for t in child.children))
        for child in verb.children
    )


#: how many prepositions deep a series noun may hang under the count's verb
#: ("killed in violations", "killed as a result of these violations")
SERIES_DEPTH = 2


def _series_tally(root: Token, claim: Claim) -> Turn | None:
    """ "Over 65 people have been killed as a result of these violations",
    "40 civilians died in breaches of the truce": a count whose verb is told
    through a plural of ``series_nouns`` counts the dead of a series of acts
    over a span (a truce's violations), not of the story's own attack.  Only
    through prepositions of the verb: in "the strike, which killed 20, was
    among the gravest violations" or "killed in the attack, one of dozens of
    violations" the count is the story's own."""
    if claim.kind not in ROUNDUP_TOTAL_KINDS:
        return None
    verb = _verb_over(root)
    if verb is None:
        return None
    nouns = set(report_event_rules().series_nouns)
    heads = [verb]
    for _ in range(SERIES_DEPTH):
        preps = [p for h in heads for p in h.children if p.dep_ == "prep"]
        objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        for found in objects:
            if found.tag_ == "NNS" and lemma_of(found) in nouns:
                return ("tally", found, "attack")
        heads = objects
    return None


def _year_to_date(root: Token, claim: Claim) -> Turn | None:
    """ "Nine officers have been fatally shot this year", "40 people have
    been killed in the city so far this year": a count whose perfect verb
    runs up to now over "this year" (``tally_periods``) is the year's tally."""
    if claim.kind not in ROUNDUP_TOTAL_KINDS:
        return None
    verb = _verb_over(root)
    if verb is None or not perfect(verb):
        return None
    periods = report_event_rules().tally_periods
    for holder in _tally_verbs(root, verb):
        for child in holder.children:
            this = any(d.dep_ == "det" and d.lower_ == "this" for d in child.children)
            if child.dep_ == "npadvmod" and lemma_of(child) in periods and this:
                return ("tally", child, "shooting")
    return None


def _period_statistic(root: Token, claim: Claim) -> Turn | None:
    """ "Since the ceasefire took effect in March, at least 180 civilians have
    been killed in the province", "The hospital has treated 240 gunshot
    victims since the start of the year": a count whose perfect verb runs
    from a "since" that opens a period (``statistic_period_*``), and the day
    that period starts from ("since the season began on June 4"), are a
    statistic of the period, one event with the "since" as its opener.  A
    weekday or the report's own event ("Since the quake struck Monday,
    rescuers have pulled 40 bodies") opens none.

    Beside :func:`_since_a_day` (a tally run from any day, past the lead
    only, read first there): this one reads the lead too, so it takes only
    what opens a period, never a weekday or a month's day, which in a lead
    may be the story's own; and it takes a period told by a noun or a
    clause ("since the start of the year", "since the truce took effect"),
    which that one does not."""
    if claim.kind is ClaimKind.date:
        return _period_start_day(root)
    if claim.kind not in ROUNDUP_TOTAL_KINDS:
        return None
    verb = _verb_over(root)
    while verb is not None and verb.lower_ in lexicon().subgroup and verb.head.i != verb.i:
        verb = _verb_over(verb.head)  # "212 civilian deaths, including 61 children": the share's statistic
    toll = _periods_toll(root, verb)
    if toll is not None:
        return ("tally", toll, None)
    if verb is None or not perfect(verb, joined=True):
        return None
    holders = [*_tally_verbs(root, verb), *_reporting_heads(verb)]
    for holder in holders:
        since = _since_period(holder) or _period_so_far(holder)
        if since is not None:
            return ("tally", since, None)
    return None


def _period_so_far(holder: Token) -> Token | None:
    """ "So far this year, the monitor has recorded 210 deaths", "95 people
    have been killed in 2024 alone": a perfect verb run over the current
    period ("this year", ``tally_periods`` with "this") or over a year
    named after one of ``statistic_year_words`` counts the period's dead up
    to now, in the lead too (past it :func:`_year_to_date` reads "this year"
    first).  The period's word is the opener."""
    rules = report_event_rules()
    for child in (holder, *_phrase_words(holder)):
        for word in child.children:
            this = any(d.dep_ == "det" and d.lower_ == "this" for d in word.children)
            if word.dep_ == "npadvmod" and lemma_of(word) in rules.tally_periods and this:
                return word
            if word.dep_ == "prep" and word.lower_ in rules.statistic_year_words:
                year = next((o for o in word.children if o.dep_ == "pobj" and _names_year(o)), None)
                if year is not None:
                    return year
    return None


def _periods_toll(root: Token, verb: Token | None) -> Token | None:
    """ "This year's toll stands at 140", "bringing the year's death toll to
    45": a count told as the toll (``statistic_toll_nouns``) of a period
    (``tally_periods`` as its possessor) is the period's statistic, whatever
    the tense.  The toll noun is the count's own head or its verb's subject
    or object."""
    rules = report_event_rules()
    nouns = [t for t in root.ancestors if t.pos_ == "NOUN"][:2]
    if verb is not None:
        nouns += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    for noun in nouns:
        if lemma_of(noun) not in rules.statistic_toll_nouns:
            continue
        for owner in (c for c in noun.children if c.dep_ == "poss"):
            if lemma_of(owner) in rules.tally_periods:
                return noun
    return None


def _reporting_heads(verb: Token) -> Iterator[Token]:
    """The verbs a count's clause is told under ("..., the monitor says";
    "officials said ... had died"), where the parse often hangs a fronted
    "Since ..." clause."""
    node = verb
    while node.dep_ in ("ccomp", "conj") and node.head.i != node.i:
        node = node.head
        yield node


def _since_period(holder: Token) -> Token | None:
    """The "since" among ``holder``'s children that opens a period: "since
    January", "since the start of the year" (a preposition), "since the truce
    took effect" (a clause whose subject is one of
    ``statistic_period_subjects``), or the "since" of a phrase under it
    (:func:`_phrase_words`), where the parse often hangs it: in "has
    documented the death of 44 people in areas controlled by the factions
    since the beginning of the year" it hangs from "controlled"."""
    rules = report_event_rules()
    for child in (c for node in (holder, *_phrase_words(holder)) for c in node.children):
        if lemma_of(child) not in rules.since_words:
            continue
        if child.dep_ == "prep" and any(_opens_period(o) for o in child.children if o.dep_ == "pobj"):
            return child
        if child.dep_ == "prep" and _points_back_to_period(child):
            return child
    for clause in (c for c in holder.children if c.dep_ == "advcl"):
        mark = _since_mark(clause)
        if mark is not None and _period_clause(clause):
            return mark
    return None


#: the links that keep a word in its verb's own phrase: its object, its
#: prepositions and their objects, a participle or a gerund without a
#: subject of its own ("in shelling of districts held by the rebels"); a
#: clause (relative, adverbial, reported) tells something else
PHRASE_LINKS = frozenset({"dobj", "prep", "pobj", "pcomp", "agent", "acl", "appos", "conj"})


def _phrase_words(holder: Token) -> Iterator[Token]:
    """The words of ``holder``'s own phrase below it (:data:`PHRASE_LINKS`),
    without the holder: a verb only as a preposition ("including"), a past
    participle after its noun ("districts held") or a gerund after a
    preposition ("in shelling")."""
    stack = [c for c in holder.children if _in_phrase(c)]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(c for c in node.children if _in_phrase(c))


def _in_phrase(word: Token) -> bool:
    if word.dep_ not in PHRASE_LINKS:
        return False
    if word.pos_ not in ("VERB", "AUX") or word.dep_ == "prep":
        return True
    return (word.dep_ == "acl" and word.tag_ == "VBN") or (word.dep_ == "pcomp" and word.tag_ == "VBG")


def _since_mark(clause: Token) -> Token | None:
    """The "since" (``since_words``) that opens a clause: "since the truce
    took effect"."""
    words = report_event_rules().since_words
    return next((m for m in clause.children if m.dep_ == "mark" and lemma_of(m) in words), None)


def _points_back_to_period(since: Token) -> bool:
    """ "Since then", "since that day" after a sentence whose subject names a
    period ("The monsoon reached the state on June 26. Since then, floods
    have killed 40"; ``statistic_back_*``): the "since" opens that period.
    After a sentence of the report's own event it opens none."""
    rules = report_event_rules()
    back = any(
        (o.dep_ in ("pcomp", "advmod", "pobj") and o.lower_ in rules.statistic_back_adverbs)
        or (
            o.dep_ == "pobj"
            and lemma_of(o) in rules.statistic_back_nouns
            and any(d.dep_ == "det" and d.lower_ == "that" for d in o.children)
        )
        for o in since.children
    )
    if not back or since.sent.start == 0:
        return False
    before = since.doc[since.sent.start - 1].sent
    subjects = set(rules.statistic_period_subjects)
    return any(t.dep_ in ("nsubj", "nsubjpass") and lemma_of(t) in subjects for t in before)


def _period_clause(clause: Token) -> bool:
    """ "the truce took effect", "the rainy season began": a clause whose
    subject names a period, no event of the report's."""
    subjects = set(report_event_rules().statistic_period_subjects)
    return any(c.dep_ in ("nsubj", "nsubjpass") and lemma_of(c) in subjects for c in clause.children)


def _opens_period(pobj: Token) -> bool:
    """ "January", "2011", "the start of the year", "the outbreak of the war":
    the object of "since" that names a period's start.  A month with a day
    ("since March 3") may be the incident's own day; "the start of the
    search" is the report's own rescue."""
    rules = report_event_rules()
    if pobj.lower_ in MONTH_FORMS and pobj.pos_ == "PROPN":
        return not any(c.dep_ == "nummod" and not _names_year(c) for c in pobj.children)
    if _names_year(pobj):
        return True
    if lemma_of(pobj) not in rules.statistic_period_nouns:
        return False
    of_objects = [o for p in pobj.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    periods = set(rules.statistic_period_nouns) | set(rules.statistic_period_subjects)
    return all(lemma_of(o) in periods or o.lower_ in MONTH_FORMS or _names_year(o) for o in of_objects)


def _names_year(token: Token) -> bool:
    """A four-digit word that may be a year ("since 2011", "a 2013
    shooting"), as :func:`looks_like_year` judges it."""
    return len(token.text) == 4 and token.text.isdigit() and looks_like_year(int(token.text))


def _period_start_day(root: Token) -> Turn | None:
    """The day a statistic's period runs from ("since January", "since the
    season began on June 4", "Since the ceasefire took effect in March, ...
    have been killed"): the "since" that opens the period, where the verb it
    hangs on (or the clause told under it) is in the perfect."""
    rules = report_event_rules()
    for node in (root, *root.ancestors):
        since: Token | None = None
        if node.dep_ == "pobj" and lemma_of(node.head) in rules.since_words and _opens_period(node):
            since = node.head
        elif node.dep_ == "advcl" and _period_clause(node):
            since = _since_mark(node)
        if since is None:
            continue
        anchor = since.head if since.dep_ == "prep" else node.head
        told = [anchor, *(c for c in anchor.children if c.dep_ in ("ccomp", "conj"))]
        perfects = any(perfect(v, joined=True) for v in told if v.pos_ in ("VERB", "AUX"))
        return ("tally", since, None) if perfects else None
    return None


def _tally_verbs(root: Token, verb: Token) -> Iterator[Token]:
    """The perfect verb and the participles that tell what befell the people
    counted: "there have been 104 people shot in the city this year", "...
    131 people wounded or killed by gunshots so far this year" (the period
    hangs from the participle, the perfect is the existential's)."""
    yield verb
    for node in (root, *root.ancestors):
        if node.i == verb.i:
            return
        for participle in node.children:
            if participle.dep_ == "acl" and participle.tag_ == "VBN":
                yield participle
                yield from (c for c in participle.children if c.dep_ == "conj" and c.tag_ == "VBN")


def _one_of_a_span(sent: Span, claim: Claim) -> Turn | None:
    """ "He was one of three people killed and 27 wounded over an eight-hour
    stretch", "the first of two teenagers killed over the weekend": the
    victim singled out of a count over a span of time (``tally_spans``) is
    one of a weekend's or a night's dead, told in a sentence of their own."""
    if claim.kind not in ROUNDUP_TOTAL_KINDS:
        return None
    rules = report_event_rules()
    spans = [
        t
        for t in sent
        if t.dep_ == "pobj" and t.head.lower_ in ("over", "during") and lemma_of(t) in rules.tally_spans
    ]
    if not spans:
        return None
    for token in sent:
        if token.lower_ not in rules.tally_singled or token.dep_ not in ("attr", "nsubj", "appos"):
            continue
        plural = [o for p in token.children if p.lower_ == "of" for o in p.children if o.tag_ == "NNS"]
        if any(any(c.dep_ == "nummod" for c in o.children) for o in plural):
            return ("tally", spans[0], "shooting")
    return None


def _names_shootings(token: Token) -> bool:
    """ "shootings", "homicides"; "shooting incidents", "separate shooting incidents"."""
    rules = report_event_rules()
    if lemma_of(token) in rules.roundup_nouns:
        return True
    return lemma_of(token) in rules.tally_nouns and any(
        c.dep_ in ("compound", "amod") and c.lower_ in rules.roundup_nouns for c in token.children
    )


def _whole_number(text: str) -> float | None:
    """ "29", "1,200", "seventeen" as a number."""
    return parse_number(text)


def _opens_incident(sent: Span, kinds: set[ClaimKind]) -> Token | None:
    """The verb of a roundup sentence that tells someone shot at a time or
    place ("In Humboldt Park, a 31-year-old man was shot at 12:45 a.m.")."""
    if not kinds & {ClaimKind.time, ClaimKind.location, ClaimKind.age}:
        return None
    lex = event_lexicon()
    for token in sent:
        negated = any(c.dep_ == "neg" for c in token.children)
        if token.pos_ == "VERB" and lex.by_verb.get(lemma_of(token)) == "incident" and not negated:
            return token
    return None


def _roundup_segments(doc: Doc, claims: list[Claim], report: LoadedReport) -> dict[str, tuple[int, Token]]:
    """In a roundup, each claim after the lead with the segment it lies in
    and the verb that opened it; empty for a report on one incident.

    A segment runs from a sentence that tells a shooting at a time, place
    or age to the next such sentence.  The counts of the cue sentence
    itself ("One dead, four wounded in overnight shootings") add up every
    shooting told: a segment of their own, never set against one
    shooting's toll in another report; the rest of the summary at the top
    stays with the report's own event."""
    sentences = list(doc.sents)
    cue = roundup_cue(sentences)
    if cue is None:
        return {}
    index_of = {report.to_original(sent.start_char): i for i, sent in enumerate(sentences)}
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        index = index_of.get(claim.evidence.sentence_start)
        if index is not None:
            by_sentence.setdefault(index, []).append(claim)
    segments: dict[str, tuple[int, Token]] = {
        claim.id: (cue, sentences[cue].root)
        for claim in by_sentence.get(cue, [])
        if claim.kind in ROUNDUP_TOTAL_KINDS
    }
    current: tuple[int, Token] | None = None
    for index in range(cue + 1, len(sentences)):
        here = by_sentence.get(index, [])
        # a day part ("shot Friday night") is no clock time a roundup entry opens with
        kinds = {c.kind for c in here if c.kind is not ClaimKind.time or c.time.period is None}
        opener = _opens_incident(sentences[index], kinds)
        if opener is not None:
            current = (index, opener)
        if current is not None:
            segments.update((c.id, current) for c in here)
    return segments


# ------------------------------------------------------------ across reports


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] + 1 and b[0] <= a[1] + 1


def _overlap_strictly(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def told_apart(a: EventMention, b: EventMention) -> bool:
    """Whether one report tells ``a`` and ``b`` as two events by itself: two
    segments of one roundup ("In Humboldt Park, a man was shot at 12:45
    a.m. ... In Gresham at 7:30 p.m. Saturday, a man was shot") are two
    shootings, whatever another report's summary links them through."""
    if a.relation != "roundup" or b.relation != "roundup" or a.id == b.id:
        return False
    reports = {c.report for c in a.claims} | {c.report for c in b.claims}
    return len(reports) == 1


def same_event(a: EventMention, b: EventMention) -> float:
    """How likely two mentions (of two reports, or of one) are one event.

    The rule: one relation family and one type (an unknown type matches
    any), at least one anchor shared (a date, a magnitude, a place) and none
    against (dates that cannot meet, two different magnitudes), or both
    the incident's aftershocks told together (:func:`_together`).  An
    aftershock's magnitude is its name: "a 5.4 aftershock" and "a 4.8
    aftershock" are two shocks, never a conflict, unless the two are one
    shock by what else names it (:func:`_one_shock`): its clock time, or
    the largest aftershock each report names.  This is the one place a
    learned same-event model (knowledge/same_event.py) would answer instead,
    from the mentions' words and anchors."""
    if RELATION_FAMILY[a.relation] != RELATION_FAMILY[b.relation]:
        return 0.0
    if a.type is not None and b.type is not None and a.type != b.type:
        return 0.0
    shared = 0
    dates_a, dates_b = a.dates(), b.dates()
    # a night of unrest is its day: Monday's arrests and Tuesday's are two counts
    meet = _overlap if RELATION_FAMILY[a.relation] != "night" else _overlap_strictly
    if dates_a and dates_b:
        if not any(meet(x, y) for x in dates_a for y in dates_b):
            return 0.0
        shared += 1
    one_shock = _one_shock(a, b)
    if one_shock is not None:
        return 1.0 if one_shock else 0.0
    mags_a, mags_b = a.magnitudes(), b.magnitudes()
    if mags_a and mags_b:
        if not mags_a & mags_b:
            return 0.0
        shared += 1
    if a.places() & b.places():
        shared += 1
    return 1.0 if shared or _together(a, b) else 0.0


#: the relation families of shocks before or after the incident's own
SHOCK_FAMILIES = frozenset({"after", "before"})


def _one_shock(a: EventMention, b: EventMention) -> bool | None:
    """Whether two shocks (aftershocks, foreshocks) are one by what names a
    shock besides its magnitude, or None when nothing says.

    Its clock time, in two reports: "a 5.3 aftershock at 3:40 p.m." and "a
    5.1 aftershock at 3:41 p.m." are one shock told with two magnitudes (rules
    ``same_shock_minutes``); one report's two mentions, even timed to the same
    minute, and two times apart leave it to the magnitudes
    (one magnitude at 2:15 and 2:45 p.m. is one shock timed two ways, two
    magnitudes at two times are two shocks).  The largest
    aftershock each report names ("The largest aftershock was a 5.1", "the
    strongest aftershock, of magnitude 5.4") is one shock.  And a report's
    largest aftershock meets another report's aftershock told bigger than
    it ("at least six aftershocks, including two of magnitude 5.4"): the
    largest cannot be smaller, so the two magnitudes are set against each
    other (never a doublet's second shock, relation "second": "magnitude
    7.8 and 7.5 earthquakes" tells no aftershock).  A set of aftershocks
    told together is timed by no one clock."""
    if RELATION_FAMILY[a.relation] not in SHOCK_FAMILIES:
        return None
    apart = {c.report for c in a.claims}.isdisjoint(c.report for c in b.claims)
    times_a, times_b = a.clock_times(), b.clock_times()
    if apart and times_a and times_b and not (a.several or b.several):
        # two reports' times (one report's two mentions are left to the magnitudes:
        # its two times, however close, are two shocks, and one time told twice
        # is one shock by its one magnitude)
        window = report_event_rules().same_shock_minutes
        if any(x[0] - window <= y[1] and y[0] - window <= x[1] for x in times_a for y in times_b):
            return True
    if a.largest and b.largest:
        return True
    if a.largest != b.largest and apart:
        largest, other = (a, b) if a.largest else (b, a)
        if other.relation == "second":
            return None  # a doublet's second shock is no aftershock the largest must top
        mags, others = largest.magnitudes(), other.magnitudes()
        if mags and others and max(others) > max(mags):
            return True
    return None


#: relations whose events told together ("at least four aftershocks") are
#: all the incident's: its aftershocks, its foreshocks
COLLECTIVE = frozenset({"aftershock", "foreshock"})


def _together(a: EventMention, b: EventMention) -> bool:
    """Two mentions of the incident's aftershocks told together ("at least
    four aftershocks", "four strong aftershocks") are one set, anchors or
    none: the quake's aftershocks are one, however a report counts them.
    One aftershock ("a 5.1 aftershock") is an event of its own."""
    return a.several and b.several and a.relation == b.relation and a.relation in COLLECTIVE


#: the event id a follow-up report's own event takes (see :func:`settle_follow_ups`)
FOLLOW_UP = "follow-up"
#: relations of an event told as before or beside the report's own
_EARLIER = ("other", "foreshock")


@dataclass
class _Told:
    """What one report says of one event: its days, magnitudes and claims."""

    days: list[Day] = field(default_factory=list)
    magnitudes: set[float] = field(default_factory=set)
    claims: list[Claim] = field(default_factory=list)

    def add(self, claim: Claim) -> None:
        self.claims.append(claim)
        day = day_of(claim) if claim.kind is ClaimKind.date and claim.subject == "incident" else None
        if day is not None:
            self.days.append(day)
        elif claim.kind is ClaimKind.magnitude and claim.value.low is not None:
            self.magnitudes.add(claim.value.low)


def _same_days(a: list[Day], b: list[Day]) -> bool:
    """A day in common, strictly: Sunday's quake and Monday's are two."""
    return any(days_meet(x, y) for x in a for y in b)


def _days_named(days: list[Day]) -> list[Day]:
    """The days that name a day or a week's day, not a month or a year."""
    return [
        day
        for day in days
        if day[2] is not None
        or (day[0] is not None and day[1] is not None and day[1] - day[0] <= report_event_rules().day_span)
    ]


def _is_told_earlier(own: _Told, earlier: _Told, follow_up_own: _Told) -> bool:
    """Whether ``earlier`` (an event another report recalls) is ``own``'s
    event while that report's own event is on other days.  The recalled
    event must be dated by a day ("Earlier on Sunday a 5.6 quake"): "a
    similar pileup in 2019" names a year no day of ``own`` can be told
    apart from, and is no retelling of it."""
    named = _days_named(earlier.days)
    if not own.days or not named or not follow_up_own.days:
        return False
    if _same_days(own.days, follow_up_own.days) or not _same_days(own.days, named):
        return False
    return not (own.magnitudes and earlier.magnitudes) or bool(own.magnitudes & earlier.magnitudes)


def settle_follow_ups(claims: list[Claim]) -> None:
    """A report on a second quake recalls the first ("Monday's earthquake
    was the second one to hit the island.  Earlier on Sunday a 5.6 quake
    jolted it"); a report of the first tells it as its own event.  When the
    earlier event one report recalls has another report's own days (and its
    magnitude), and the two reports' own events have no day in common, the
    recalling report is a follow-up: its own event's values take the event
    id ``main/follow-up`` (set only against another follow-up's) and the
    recalled event's values are the incident's own, set against the first
    report's.  Run after :func:`reportcheck.align.align_events` on the
    claims of the reports compared; it first undoes its own earlier
    marks (a report's claims are shared by every pair it is in)."""
    for claim in claims:
        if claim.frame.event is not None and claim.frame.event.endswith(f"/{FOLLOW_UP}"):
            claim.frame.event = None
    own: dict[int, _Told] = {}
    recalled: dict[int, dict[str, _Told]] = {}
    for claim in claims:
        if claim.incident != MAIN:
            continue
        event = claim.frame.event
        if event is None:
            own.setdefault(claim.report, _Told()).add(claim)
        elif event.rsplit("/", 1)[-1].rsplit("-", 1)[0] in _EARLIER:
            recalled.setdefault(claim.report, {}).setdefault(event, _Told()).add(claim)
    for report, events in sorted(recalled.items()):
        mine = own.get(report)
        if mine is None:
            continue
        match = next(
            (
                told
                for _, told in sorted(events.items())
                for other, theirs in sorted(own.items())
                if other != report and _is_told_earlier(theirs, told, mine)
            ),
            None,
        )
        if match is None:
            continue
        for claim in mine.claims:
            claim.frame.event = f"{MAIN}/{FOLLOW_UP}"
        for claim in match.claims:
            claim.frame.event = None
