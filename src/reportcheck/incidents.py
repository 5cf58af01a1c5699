"""Incidents: which event each sentence (and so each claim) is about.

Reports recount older events: the first sample report adds an October attack
in Belgorod (11 killed, 15 injured) to a story about one wounded policeman.
Comparing those figures with the main story would raise false alarms, so
each report is split into the main incident and background incidents, and
background incidents are matched across reports by their dates and places.

The rule follows how reporters write: a background incident opens with a
sentence that dates an event to a time that cannot be the main incident's
("In October, ... opened fire on soldiers in Belgorod") and runs until the
report comes back to the main story (its place, "today", "the latest").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from reportcheck.details import DateForm
from reportcheck.extract.core.base import lemma_of
from reportcheck.incident_events import EventMention, find_events
from reportcheck.knowledge.events import NOUN_QUALIFIER_DEPS, event_lexicon
from reportcheck.knowledge.names import names_match
from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.knowledge.vocabulary import BIRTHDAY, MAIN, PLACE_KIND_RANK
from reportcheck.knowledge.wholes import toll_of, wholes
from reportcheck.load.factbox import fact_line_numbers
from reportcheck.models import Claim, ClaimKind, Value

if TYPE_CHECKING:
    from reportcheck.load import LoadedReport

#: sentences at the top of a report that set the main incident's day
LEAD_SENTENCES = 4
#: days before a dateline that a report's own incident can fall on
WEEK = 7.0
#: sentences after the lede that still tell the lead's own event
LEAD_AFTER_LEDE = 2
#: fewer words than this make a "sentence" before the lede a piece of furniture
FRAGMENT_WORDS = 3
#: opening characters of a sentence that, found in the headline, make it a piece of the headline
HEADLINE_PIECE = 24
#: days before the lede's month and day past which a month and day is another event's
HALF_YEAR = 183
#: words at most from a yardstick's cue to its date ("record of 8.6m set in 2023")
YARDSTICK_WORDS = 8
#: the tags of a finite verb, which with its subject opens a clause of its own
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: the kinds of claim that tell an event's toll
_TOLL_KINDS = frozenset({ClaimKind.killed, ClaimKind.injured, ClaimKind.missing})
#: tokens at most before a series frame's verb ("The fatal shooting marks")
SERIES_SUBJECT_WORDS = 4
#: tokens at most from a series frame's verb to its ordinal ("was at least the sixth")
SERIES_ORDINAL_WORDS = 4
#: tokens at most from a series frame's ordinal to its noun ("the second apparently accidental gunshot death")
SERIES_NOUN_WORDS = 5
#: an ordinal as written ("third", "45th")
_ORDINAL_WORD = re.compile(
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))$"
)
#: a span a series frame counts in, besides ``series_spans``: "in 2016",
#: "of 2016", "in two days", "within 24 hours", "in just over a week"
_SERIES_SPAN = re.compile(
    r"\b(?:(?:in|of|during) (?:19|20)\d\d\b"
    r"|(?:in|within) (?:just |less than |more than |just over |the (?:last|past) )?"
    r"(?:[\w-]+ )?(?:hours|days|weeks|months|years|a week|a month|a year)\b)"
)
#: the kinds of aside a sentence of the main story may be (see ``IncidentSplitter._aside_kind``)
TALLY, SERIES, SIDE_EVENT = "tally", "series", "side event"
#: the claims of a series frame that stay the story's: its places ("the third
#: fatal fire in Kaunas") and people (the source, "Harbison said")
_SERIES_KEEPS = frozenset({ClaimKind.location, ClaimKind.person})
#: date phrases that name a month, a year or a span, not a day
COARSE_DATE_FORMS = {DateForm.MONTH, DateForm.MONTH_YEAR, DateForm.YEAR, DateForm.PERIOD, DateForm.AGO}


class IncidentRules(Strict):
    background_phrases: list[str]
    aside_cues: list[str]
    return_phrases: list[str]
    own_time_spans: list[str]
    future_starts: list[str]
    victim_verbs: list[str]
    victim_nouns: list[str]
    other_harm_cues: list[str]
    fronted_date_words: list[str]
    fronted_past_spans: list[str]
    earlier_elsewhere_cues: list[str]
    yardstick_cues: list[str]
    ranked_cues: list[str]
    told_again_determiners: list[str]
    recalled_determiners: list[str]
    tally_span_openers: list[str]
    tally_span_units: list[str]
    tally_openers: list[str]
    series_verbs: list[str]
    series_nouns: list[str]
    series_spans: list[str]
    side_openers: list[str]
    separate_openers: list[str]
    neighbour_openers: list[str]
    neighbour_lead_adverbs: list[str]


@cache
def incident_rules() -> IncidentRules:
    return load_rule_file("incidents.yaml", IncidentRules)


@dataclass
class Incident:
    """An incident as one report tells it."""

    id: str
    label: str
    sentences: list[tuple[int, int]] = field(default_factory=list)  # original offsets
    dates: list[Claim] = field(default_factory=list)
    places: list[Claim] = field(default_factory=list)
    #: other events its clauses tell (aftershocks, an earlier shooting)
    events: list[EventMention] = field(default_factory=list)

    def add(self, claim: Claim) -> None:
        claim.incident = self.id
        if claim.kind is ClaimKind.date:
            self.dates.append(claim)
        elif claim.kind is ClaimKind.location and claim.place.geonameid is not None:
            self.places.append(claim)


#: events of the lexicon that are incidents of their own (a riot is one,
#: though its day is never the shooting's that sparked it)
_INCIDENT_EVENTS = frozenset({"incident", "unrest"})


def _has_event_word(sent: Span) -> bool:
    """An incident verb or noun that tells of an event ("he did not shoot
    the girl" tells of none)."""
    lex = event_lexicon()
    for token in sent:
        lemma = lemma_of(token)
        negated = any(c.dep_ == "neg" for c in token.children)
        if lex.by_verb.get(lemma) in _INCIDENT_EVENTS and token.pos_ == "VERB" and not negated:
            return True
        if lex.by_noun.get(lemma) in _INCIDENT_EVENTS and (token.pos_ == "NOUN" or _names_event(token)):
            return True
        if token.pos_ == "NOUN" and _qualified_event(token):
            return True
        if _event_doer_told_anew(token):
            return True
    return False


#: subject and subject-like relations of a clause's doer; the parser takes
#: a bare "-ing" subject for an auxiliary ("Last week shelling damaged a
#: school": "shelling" aux of "damaged")
_DOER_DEPS = frozenset({"nsubj", "aux"})


def _event_doer_told_anew(token: Token) -> bool:
    """An event of the story's kind brought in as the doer of its clause,
    whatever the verb of harm ("Last August a similar storm in the region
    damaged more than 400 houses", "Last week shelling damaged a school"):
    an incident noun or a storm noun (``story_agents.storm_nouns``) as the
    subject, written as the word itself whatever tag the parser gave it
    ("shelling" as an auxiliary), and told anew (rules
    ``told_again_determiners``): "the storm damaged 400 houses" is the
    story's own storm again.  The word is read as written and by its lemma:
    the parser takes a gerund subject for a verb ("In 2010, flooding at a
    mine in the same province trapped 153 workers", "flooding" a verb of
    lemma "flood"), and with a verb of plight, no verb of the incident, only
    the doer tells the older event.  The sentence still needs a date that
    cannot be the main incident's day to open a background incident."""
    if token.dep_ not in _DOER_DEPS or token.head.pos_ != "VERB" or token.i > token.head.i:
        return False
    if not any(_event_noun_form(form) for form in (token.lower_, lemma_of(token))):
        return False
    if token.dep_ == "aux" and not token.lower_.endswith("ing"):
        return False
    again = incident_rules().told_again_determiners
    return not any(c.dep_ in ("det", "poss") and c.lower_ in again for c in token.children)


def _event_noun_form(form: str) -> bool:
    """Whether ``form`` (a word as written or its lemma) is an incident noun
    of the event lexicon or a storm noun (``story_agents.storm_nouns``)."""
    lex = event_lexicon()
    return lex.by_noun.get(form) in _INCIDENT_EVENTS or form in lex.story_agents.storm_nouns


def _qualified_event(noun: Token) -> bool:
    """A noun that names the attack only with a word of its own before it
    (``qualified_nouns`` of rules/events.yaml): "In March, a cargo flight
    made an emergency landing near Yopal" tells an incident as "In 2022, a
    plane crashed" does, while a normal flight's landing tells none."""
    words = (lemma_of(c) for c in noun.children if c.dep_ in NOUN_QUALIFIER_DEPS)
    return event_lexicon().qualified_noun(lemma_of(noun), words)


def _counts_as_event(lemma: str) -> bool:
    """An incident noun or a death noun of the event lexicon ("fire",
    "shooting", "death"), the noun a series frame counts."""
    return event_lexicon().by_noun.get(lemma) in _INCIDENT_EVENTS | {"death"}


def _names_someone(token: Token) -> bool:
    """A person's name or a personal pronoun: "Smith was the third victim"
    and "He was the second man shot" tell of a person of the story, never a
    series frame's "It" or "The shooting"."""
    return token.ent_type_ == "PERSON" or token.lower_ in ("he", "she", "they", "i", "we", "you")


def _opens_clause(token: Token) -> bool:
    """A finite verb with a subject of its own ("records show that ..."),
    not a unit the tagger takes for a verb ("6.9m", "m" tagged as in "I'm")."""
    return token.tag_ in _FINITE_TAGS and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children
    )


def _names_event(token: Token) -> bool:
    """The kind word of a named event ("In 2013, Typhoon Haiyan left more
    than 7,300 dead", "Hurricane Maria"): the parser makes it a proper noun
    compounded with the name, yet it tells the event as the noun does."""
    return token.pos_ == "PROPN" and token.dep_ == "compound" and token.head.pos_ == "PROPN"


def _placed(value: Value) -> tuple[float, float]:
    """A placed date's first and last day (a date's value has both bounds or neither)."""
    assert value.low is not None and value.high is not None
    return value.low, value.high


def _normal(text: str) -> str:
    """A phrase in lower case with its spaces made single."""
    return " ".join(text.lower().split())


def _is_ahead(date: Claim) -> bool:
    """ "later this month", "next week": a time still to come (rules ``future_starts``)."""
    text = _normal(date.evidence.text)
    return date.date.form == DateForm.PERIOD and any(
        text == start or text.startswith(start + " ") for start in incident_rules().future_starts
    )


#: the date forms that write a day with its year ("May 29, 2008", "11/28/05", "2017-04-06")
_YEARED_FORMS = frozenset({DateForm.FULL_DATE, DateForm.NUMERIC_DATE, DateForm.ISO_DATE})


def _written_day(date: Claim) -> dt.date | None:
    """The day a date claim writes with its year, if it is written so."""
    if date.date.form not in _YEARED_FORMS or date.value.low is None or date.value.low != date.value.high:
        return None
    return dt.date.fromordinal(int(date.value.low))


def _written_year(date: Claim) -> int | None:
    """The year a date claim places its day or span in, never one chosen
    for a date written without one."""
    if date.value.low is None or date.date.inferred_year is not None:
        return None
    return dt.date.fromordinal(int(date.value.low)).year


def _days_before(earlier: str, later: str) -> int:
    """How many days the month and day ``earlier`` ("01-18") lies before
    ``later`` ("01-28"), the year turning between them when it must."""
    first = dt.date(2000, *map(int, earlier.split("-")))
    last = dt.date(2000, *map(int, later.split("-")))
    return (last - first).days % 366


def _phrase_in(text: str, phrases: list[str]) -> str | None:
    lowered = text.lower()
    for phrase in phrases:
        if re.search(rf"(?<![\w]){re.escape(phrase)}", lowered):
            return phrase
    return None


class IncidentSplitter:
    """Assigns sentences of one report to incidents, in reading order."""

    def __init__(self, doc: Doc, claims: list[Claim], report: LoadedReport, report_index: int):
        self.doc = doc
        self.report = report
        self.claims = claims
        self.report_index = report_index
        self.sentences = list(doc.sents)
        self.claims_by_sentence = self._group_claims()
        self.lede = self._lede()
        self.main_days = self._main_days()
        #: the words of the dates the lead ties to the incident itself
        self.lead_incident_dates = {
            c.evidence.text.lower() for c in self._lead_dates() if c.date.event == "incident"
        }
        #: (country, region) of the places the main story names, grown as it is read
        self.main_regions: set[tuple[str, str]] = set()
        #: the countries of the places the main story names, grown as it is read
        self.main_countries: set[str] = set()
        #: the months of the lede's unplaced dates of its incident ("last June")
        self.lede_months: set[str] = set()
        #: where the lead ends (exclusive): the headline to the lede and the
        #: sentences after it that still tell its event; set once, as the lede
        #: is, for every reader of the lead's people, dates and spans
        self.lead_end = min((self.lede or 0) + LEAD_AFTER_LEDE + 1, len(self.sentences))
        self._adopt_lede_dates()
        self.lead_weekdays = self._lead_weekdays()
        #: (start, end) in the Doc's text of each line of a fact box
        self.fact_lines = _fact_line_spans(doc.text)
        #: the names and ages of the people the lead tells of
        self.lead_names, self.lead_ages = self._lead_people()

    def _group_claims(self) -> dict[int, list[Claim]]:
        """Claims by sentence index (claims hold original offsets)."""
        index_of_start = {
            self.report.original_span(sent.start_char, sent.end_char)[0]: index
            for index, sent in enumerate(self.sentences)
        }
        grouped: dict[int, list[Claim]] = {}
        for claim in self.claims:
            index = index_of_start.get(claim.evidence.sentence_start)
            if index is not None:
                grouped.setdefault(index, []).append(claim)
        return grouped

    def _main_days(self) -> list[tuple[float, float]]:
        """Day intervals the main incident can fall on.

        With a dateline, the week before it (news reports what happened in
        the last days).  Besides, a date the lead ties to the incident itself
        ("a girl killed by a stray bullet last year", in a report on the
        trial): the main story may be an old one.  Without either, the
        day-level dates of the lead; a month or a year alone ("in December
        2012") sets nothing, since a report dates its own incident to a day.
        """
        days = []
        if self.report.date is not None:
            day = float(self.report.date.toordinal())
            days.append((day - WEEK, day + 1))
        lead = [c for c in self._lead_dates() if c.value.low is not None and c.value.high is not None]
        day_level = [c for c in lead if c.date.form not in COARSE_DATE_FORMS]
        incident_days = [c for c in day_level if c.date.event == "incident"]
        if incident_days:
            chosen = incident_days
        elif self.report.date is None and day_level:
            chosen = day_level
        else:  # "killed by a stray bullet last year": only a coarse date ties the lead to the incident
            chosen = [c for c in lead if c.date.event == "incident"][:1]
        days += [(first - 1, last + 1) for first, last in (_placed(c.value) for c in chosen)]
        return days

    def _lede(self) -> int | None:
        """The index of the lede: the first sentence of the body with a subject.

        A headline, a dateline ("ST. LOUIS (KTVI) -") or a kicker ("Update
        (May 11, 2016) --") before it is no sentence of the story."""
        headline = (self.report.headline or "").strip().lower()
        window = LEAD_SENTENCES
        for index, sent in enumerate(self.sentences):
            if index >= window:
                break
            text = sent.text.strip().lower()
            if index == 0 and headline and (text.startswith(headline) or headline.startswith(text)):
                continue
            if _is_fragment(sent) or (
                headline and len(text) >= HEADLINE_PIECE and text[:HEADLINE_PIECE] in headline
            ):
                # a dateline or credit the splitter cut off ("FOX43", "YORK,"), or the rest of a
                # headline it split ("BREAKING: | Teen girl in custody ... | WPMT"), is no sentence
                window += 1
                continue
            if any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in sent):
                return index
        return None

    def _adopt_lede_dates(self) -> None:
        """The lede's own dates are the main incident's, however far back.

        A follow-up story leads with its news and dates the incident it
        follows up as the past: "A teen has been charged in the shooting
        death of another teen over the weekend", "The murder trial of an
        employee who shot two co-workers two years ago starts Monday", "Nichols
        was found guilty last month of murder for the March 2005 rampage".
        The incident the lede names is the story's own; its dates join the
        main incident's days so that the body's account of it ("Horton was
        shot in October 2011") stays with it.  A comparison in the lede ("the
        fifth such operation since September") names another time and is
        left to the events within the incident."""
        if self.lede is None:
            return
        # the lines above the lede (a headline's deck: "15-year-old charged
        # in July shooting") tell the story's own event too
        for index in sorted({*range(1, self.lede + 1), self.lede}):
            for date in self.claims_by_sentence.get(index, []):
                if date.kind is not ClaimKind.date:
                    continue
                if self._is_distant(date):
                    self._adopt(index, date)
                elif date.date.month and date.value.low is None and not self._is_comparison(index, date):
                    self.lede_months.add(date.date.month)  # "in August shooting" ... "in early August"
        self._adopt_own_spans()

    def _adopt(self, index: int, date: Claim) -> None:
        """Make ``date`` a time of the main incident (unless it is a yardstick)."""
        if self._is_comparison(index, date):
            return
        self.lead_incident_dates.add(date.evidence.text.lower())
        if date.date.month and date.value.low is None:
            self.lede_months.add(date.date.month)  # "last June" ... "back in June"
        if date.value.low is not None and date.value.high is not None:
            first, last = _placed(date.value)
            self.main_days.append((first - 1, last + 1))

    def _adopt_own_spans(self) -> None:
        """ "A mother whose son was shot at a party is speaking out. Her son
        was one of six shot there over the weekend": a span counted back from
        the day of writing (rules ``own_time_spans``) in the sentences of the
        lead after the lede dates the lead's own event, not another one; a
        sentence that says it tells another ("in a separate incident last
        week") or compares ("the third this month") keeps it apart."""
        assert self.lede is not None
        spans = set(incident_rules().own_time_spans)
        for index in range(self.lede + 1, self.lead_end):
            if _phrase_in(self.sentences[index].text, incident_rules().background_phrases):
                continue
            for date in self.claims_by_sentence.get(index, []):
                own = date.kind is ClaimKind.date and _normal(date.evidence.text) in spans
                if own and self._is_distant(date):
                    self._adopt(index, date)

    def _lead_weekdays(self) -> set[str]:
        """The weekdays the lede, or the lead of its incident, gives its event
        ("An 8-year-old died in an accidental shooting Thursday")."""
        lede = self.claims_by_sentence.get(self.lede, []) if self.lede is not None else []
        lead = [c for c in self._lead_claims(ClaimKind.date) if c.date.event == "incident"]
        return {
            c.date.weekday
            for c in [*lede, *lead]
            if c.kind is ClaimKind.date and c.date.weekday and c.date.form not in COARSE_DATE_FORMS
        }

    def _lead_people(self) -> tuple[list[str], set[float]]:
        """The names and ages the lead gives (headline to the lede and the
        sentences after it that still tell its event): whom the story is about."""
        claims = [c for index in range(self.lead_end) for c in self.claims_by_sentence.get(index, [])]
        names = [c.value.name for c in claims if c.kind is ClaimKind.person and c.value.name]
        ages = {c.value.low for c in claims if c.kind is ClaimKind.age and c.value.low is not None}
        return names, ages

    def _dates_lead_harm(self, index: int, date: Claim) -> bool:
        """True when ``date`` dates the harm of a person the lead names (see
        :meth:`_harms_lead_person`): the word of harm the date hangs from
        ("the June 24 murder of Ortiz and on June 20, when a man was shot":
        June 24 is Ortiz's, June 20 another's), or, where it hangs from none,
        every harm its sentence tells."""
        harmed = _harmed(self.sentences[index])
        token = self._token_at(index, date.evidence.start)
        heads = {head.i for head, _ in harmed}
        while token is not None and token.i not in heads and token.head.i != token.i:
            token = token.head
        told = [patient for head, patient in harmed if token is not None and head.i == token.i]
        patients = told or [patient for _, patient in harmed]
        return bool(patients) and all(self._is_lead_person(patient) for patient in patients)

    def _token_at(self, index: int, start: int) -> Token | None:
        """The token of sentence ``index`` at an original offset."""
        for token in self.sentences[index]:
            first, last = self.report.original_span(token.idx, token.idx + len(token.text))
            if first <= start < max(last, first + 1):
                return token
        return None

    def _harms_lead_person(self, index: int) -> bool:
        """True when sentence ``index`` may tell the harm of a person the lead
        names (whose dates :meth:`_dates_lead_harm` picks): "Anderson, 15,
        died nearly six months ago", "the 7-year-old was gunned down two weeks
        ago", "a gun used to kill 7-year-old Amari Brown in July".  A follow-up
        tells its own shooting so, with the date of a later report; a
        sentence that says the harm is another's ("another 4-year-old died
        last year") does not (rules ``other_harm_cues``)."""
        if self._lead_dates_own_harm(index):
            return False
        sent = self.sentences[index]
        rules = incident_rules()
        cues = [*rules.other_harm_cues, *rules.background_phrases]
        return _phrase_in(sent.text, cues) is None

    def _lead_dates_own_harm(self, index: int) -> bool:
        """True when the lead dates a shooting to a day of its own ("a man
        shot and killed Tuesday night is related to a 3-year-old girl killed
        by a stray bullet"): the report is news of that shooting, and a harm
        told with an older date is another one, even of a person the lead
        names.  A follow-up's lead dates its news (a plea, a charge, a
        funeral), not the shooting; sentence ``index``, the one asked about,
        is not asked for its own date."""
        return any(
            c.kind is ClaimKind.date
            and c.date.event == "incident"
            and c.date.form not in COARSE_DATE_FORMS
            and bool(c.date.weekday or c.date.relative)  # a day of the news ("Tuesday night"), no "July 4"
            and not self._is_distant(c)
            for lead in range(self.lead_end)
            if lead != index
            for c in self.claims_by_sentence.get(lead, [])
        )

    def _is_lead_person(self, token: Token) -> bool:
        """A harmed token the lead names: a name or surname the lead gives
        ("Amari Brown", "her daughter Sani"), or an age the lead gives ("the
        7-year-old", "a 14-year-old boy")."""
        words = _person_words(token)
        names = [t.text for t in words if t.pos_ == "PROPN"]
        written = [name for name in [" ".join(names), *names] if name]
        if any(names_match(name, lead) for name in written for lead in self.lead_names):
            return True
        # "a 4-year-old boy" brings in someone new; "the 7-year-old", "her
        # 4-year-old daughter" point back to the one the lead told of
        if any(child.dep_ == "det" and child.lower_ in ("a", "an", "another") for child in token.children):
            return False
        text = " ".join(t.text for t in words)
        return any(float(age) in self.lead_ages for age in _AGE_WORD.findall(text))

    def _names(self, index: int) -> list[str]:
        """The names of the people sentence ``index`` names."""
        return [
            c.value.name
            for c in self.claims_by_sentence.get(index, [])
            if c.kind is ClaimKind.person and c.value.name
        ]

    def _names_lead_person(self, index: int, background_names: list[str]) -> bool:
        """True when a sentence inside a background incident names a person
        of the lead whom the background never named: "Their home is yards from
        where another man was killed by police last November. [...] Nobody has
        come forward about the night Jontay was shot" is the story's own
        victim again.  A person the background names too (a suspect whose
        earlier shooting it recounts) is that incident's as much as the
        lead's, so naming him returns nowhere."""
        for name in self._names(index):
            lead = any(names_match(name, other) for other in self.lead_names)
            if lead and not any(names_match(name, other) for other in background_names):
                return True
        return False

    def _lead_claims(self, kind: ClaimKind) -> list[Claim]:
        lead = range(min(LEAD_SENTENCES, len(self.sentences)))
        return [c for index in lead for c in self.claims_by_sentence.get(index, []) if c.kind is kind]

    def _lead_dates(self) -> list[Claim]:
        """The lead's dates that may date its incident: none that a sentence
        after the lede opens with to recall an older event ("In 2005, a
        magnitude 7.6 quake in the same region killed ...")."""
        return [c for c in self._lead_claims(ClaimKind.date) if not self._recalls(c)]

    def _recalls(self, date: Claim) -> bool:
        """A month, a year or a span that opens a sentence after a lede that
        dates its incident by the day ("In 2005, ...", "Two years ago, ...",
        "The 2011 quake ...", rules ``fronted_date_words``): the report turns
        to an older event, also where the report has no date to place it
        (:meth:`_recalls_unplaced`).  A follow-up's lede that dates no incident ("A man
        was sentenced Monday for killing a teenager") leaves "In June 2019,
        the boy was shot" the story's own."""
        if date.date.form not in COARSE_DATE_FORMS:
            return False
        index = self._sentence_of(date)
        if index is None or self.lede is None or index <= self.lede or not self._lede_dates_a_day():
            return False
        before = self._words_before(index, date)
        if before not in incident_rules().fronted_date_words:
            return False
        return (
            date.value.low is not None
            or date.date.form == DateForm.AGO
            or self._recalls_unplaced(date, before)
        )

    def _words_before(self, index: int, date: Claim) -> str:
        """The words of sentence ``index`` before ``date``, quotes trimmed:
        "" or "in" where the date opens it ("In 2010, he slapped her")."""
        sent = self.sentences[index]
        start, _ = self.report.original_span(sent.start_char, sent.end_char)
        return _normal(self.report.original[start : date.evidence.start]).strip(" \"'“‘")

    def _fronted(self, index: int, dates: list[Claim]) -> bool:
        """Every date of ``dates`` opens sentence ``index`` (rules
        ``fronted_date_words``): "In 2010, he slapped her so hard her glasses
        broke", "Last year, Ortiz won the Medal of Honor".  A report recalls
        an older event so in passing, as one paragraph of background."""
        words = incident_rules().fronted_date_words
        return bool(dates) and all(self._words_before(index, date) in words for date in dates)

    def _paragraph_opens(self, index: int) -> bool:
        """Sentence ``index`` opens a paragraph: a blank line stands between
        it and the sentence before (a page's paragraphs are so joined by
        the loader; a text of one sentence a line has none)."""
        if index < 1:
            return False
        before, sent = self.sentences[index - 1], self.sentences[index]
        end = self.report.original_span(before.start_char, before.end_char)[0]
        start = self.report.original_span(sent.start_char, sent.end_char)[0]
        gap = self.report.original[end:start]
        # the blank line may stand at the end of the sentence before or open this one
        blank = gap[len(gap.rstrip()) :] + sent.text[: len(sent.text) - len(sent.text.lstrip())]
        return _BLANK_LINE.search(blank) is not None

    def _leaves_recalled_paragraph(self, index: int, background_names: list[str]) -> bool:
        """A new paragraph after a background opened by a fronted date (see
        :meth:`_fronted`) is the main story again: "In 2010, he slapped her
        so hard her glasses broke, she told the court. She had filed for
        divorce.  ||  Tordil is being held without bond. He's due in court
        Monday."  A paragraph that names a person the background named
        still tells the older event ("In 2015, Dale Hunter shot dead nine
        people at a church.  ||  Hunter was sentenced to death"), and so
        does one whose first subject comes in anew by "a" or "an", the next
        of the older cases a roundup lists ("Last July alone, three minors
        were shot.  ||  A 3-year-old in Spring injured himself", GVC), or
        one whose first subject points back to it ("That gunman was never
        caught": :meth:`_points_back`)."""
        if not self._paragraph_opens(index) or self._told_anew(index) or self._points_back(index):
            return False
        # a page of one sentence a paragraph ("In October, two assailants
        # opened fire in Belgorod.  ||  Two perpetrators opened fire on a
        # group training inside, killing 11") breaks no telling at its blank
        # lines: only a paragraph of more sentences than one ends there
        if self._paragraph_opens(index - 1):
            return False
        return not any(names_match(name, other) for name in self._names(index) for other in background_names)

    def _recalls_unplaced(self, date: Claim, before: str) -> bool:
        """A fronted time a report with no date cannot place, after a lede
        that dates its incident by a weekday: a span back from the day of
        writing ("Last month, floods killed 40", rules
        ``fronted_past_spans``) or a month ("In March, a tremor killed
        two"): a report tells its own incident of the last days by its
        weekday, not by its month."""
        if _normal(date.evidence.text) in incident_rules().fronted_past_spans:
            return True
        return date.date.form == DateForm.MONTH and before == "in" and bool(self._lede_weekdays())

    @staticmethod
    def _unplaced_span(date: Claim) -> bool:
        """A span back from the day of writing that no date places ("Last
        month", "Earlier this year", rules ``fronted_past_spans``)."""
        return date.value.low is None and _normal(date.evidence.text) in incident_rules().fronted_past_spans

    def _lede_weekdays(self) -> set[str]:
        """The weekdays the lede gives its incident ("struck on Tuesday")."""
        assert self.lede is not None
        return {
            c.date.weekday
            for c in self.claims_by_sentence.get(self.lede, [])
            if c.kind is ClaimKind.date and c.date.event == "incident" and c.date.weekday
        }

    def _lede_dates_a_day(self) -> bool:
        """Whether the lede dates its incident, or a turn of it, by a day
        ("struck northern Pakistan on Tuesday", "the toll rose to 120 by
        Wednesday evening"), not a step of a later case ("was sentenced
        Monday")."""
        assert self.lede is not None
        return any(
            c.kind is ClaimKind.date
            and (c.date.event == "incident" or (c.date.event or "").startswith("other:"))
            and c.date.form not in COARSE_DATE_FORMS
            for c in self.claims_by_sentence.get(self.lede, [])
        )

    def _sentence_of(self, claim: Claim) -> int | None:
        """The index of the sentence a claim stands in."""
        return next((i for i, cs in self.claims_by_sentence.items() if any(c is claim for c in cs)), None)

    def _is_distant(self, date: Claim) -> bool:
        """True when ``date`` cannot be the main incident's day."""
        value = date.value
        if value.low is not None and value.high is not None and self.main_days:
            first, last = _placed(value)
            return all(last < low or first > high for low, high in self.main_days)
        if date.date.form not in COARSE_DATE_FORMS:
            # a day with no year ("May 29"): nothing says it is another day,
            # unless the lede gives its incident a month and day it lies well
            # after; a day with its year, unless no year of the report is near it
            return self._before_lede_day(date) or self._years_before_the_rest(date)
        # the lead's own date of the incident, said again, is not another time
        if date.date.month in self.lede_months and date.value.low is None:
            return False
        return date.evidence.text.lower() not in self.lead_incident_dates

    def _before_lede_day(self, date: Claim) -> bool:
        """A month and day with no year more than a week and less than half
        a year before the month and day the lede gives its own incident:
        "On 2 November, shelling of the same market killed 11 people" in a
        report of a strike "on Saturday, 21 November" tells an earlier
        attack.  A chronology's line ("Nov. 2: ...") is left alone."""
        told = date.date.month_day
        if date.date.form != DateForm.MONTH_DAY or not told or self._in_chronology(date):
            return False
        lede_days = [
            c.date.month_day for c in self._lead_dates() if c.date.event == "incident" and c.date.month_day
        ]
        try:
            return bool(lede_days) and all(
                WEEK < _days_before(told, day) < HALF_YEAR for day in lede_days if day
            )
        except ValueError:  # an impossible day written ("Sept. 31") places nothing
            return False

    def _years_before_the_rest(self, date: Claim) -> bool:
        """A day written with its year in a report whose lede dates its own
        incident by a weekday or a month and day and gives it no year
        ("Kumasi, March 30, GNA - Five persons died ... on Sunday evening"),
        where no other year the report gives (a date's, the page's) lies
        within a year of it: "Ghana recorded its worst stadium disaster on
        May 9, 2001, when 126 fans died" recalls a disaster of long ago,
        never the day of Sunday's crush.  A day on one of the lede's
        weekdays or months and days may be the lede's day told with its
        year, and stays."""
        day = _written_day(date)
        if day is None or self.lede is None:
            return False
        told = self._lede_unyeared_days()
        if not told or {day.strftime("%A"), day.strftime("%m-%d")} & told:
            return False
        other_years = [
            year
            for claim in self.claims
            if claim is not date and claim.kind is ClaimKind.date
            for year in (_written_year(claim), claim.date.page_year)
            if year is not None
        ]
        return all(year - day.year > 1 for year in other_years)

    def _lede_unyeared_days(self) -> set[str]:
        """The weekdays ("Sunday") and months and days ("03-30") with which
        the lede dates its own incident and gives it no year; a follow-up's
        lede dates its later act so ("received probation Thursday for
        shooting his friend 18 months ago"), and its incident may be old."""
        assert self.lede is not None
        return {
            told
            for c in self.claims_by_sentence.get(self.lede, [])
            if c.kind is ClaimKind.date and c.value.low is None and c.date.event == "incident"
            for told in (c.date.weekday, c.date.month_day)
            if told
        }

    def _in_yardstick(self, index: int, date: Claim) -> bool:
        """A date that dates only a yardstick the sentence measures its own
        event by, not the event itself: "breaking the previous record of
        8.6m set in 2023", "the worst flooding since 2015", "the first time
        since 2019" (rules ``yardstick_cues``).  The cue stands shortly
        before the date with no clause of its own between them ("Police
        records show that in 2012 he shot a man" dates the shooting by its
        own verb), and no event is named there ("since riots in 2008" is the
        riots' year); a toll after the date in its clause ("since 1999, when
        17,000 died"; not "since 2011, and two more were hurt") tells that
        time's own event too: such a sentence still opens a background
        incident."""
        token = self._token_at(index, date.evidence.start)
        if token is None:
            return False
        sent = self.sentences[index]
        cues = incident_rules().yardstick_cues
        lex = event_lexicon()
        cue = next(
            (t for t in reversed(sent[: token.i - sent.start]) if t.lower_ in cues),
            None,
        )
        if cue is None or token.i - cue.i > YARDSTICK_WORDS:
            return False
        if cue.lower_ in incident_rules().ranked_cues and not self._ranks(cue):
            return False  # "arrested three times since October": a tally from October on
        between = self.doc[cue.i + 1 : token.i]
        if any(
            _opens_clause(t)
            or lex.by_noun.get(lemma_of(t)) in _INCIDENT_EVENTS
            or lex.by_verb.get(lemma_of(t)) in _INCIDENT_EVENTS
            for t in between
        ):
            return False
        return not any(
            c.kind in _TOLL_KINDS
            and c.evidence.start >= date.evidence.end
            and not _CLAUSE_BREAK.search(self.report.original[date.evidence.end : c.evidence.start])
            for c in self.claims_by_sentence.get(index, [])
        )

    def _ranks(self, cue: Token) -> bool:
        """A superlative or an ordinal shortly before ``cue``, in its clause:
        "the worst flooding since", "the first time since", "the highest
        level since" rank the event against history; "arrested three times
        since October", "has killed 300 since 2015" count from a start."""
        sent = cue.sent
        for word in reversed(self.doc[max(sent.start, cue.i - YARDSTICK_WORDS) : cue.i]):
            if _opens_clause(word) or word.text in (";", ":"):
                return False
            if word.tag_ in ("JJS", "RBS") or word.ent_type_ == "ORDINAL":
                return True
        return False

    def _older_by_style(self, index: int, date: Claim) -> bool:
        """A month and day no year places ("A quake of magnitude 5.4 in the
        same region on Jan. 18 injured 40 people", "An April 3 earthquake of
        magnitude 7.4 ... killed 17"), after a lede that dates its incident by
        a weekday only: wire style names the weekday for the last week's days
        and the month and day for older ones, so the body's month and day is
        another, older event.  A dateline's month and day ("DUBAI, Jan 28
        (Reuters)") places it: a day of the week before the dateline's may be
        the story's own.  A report whose lede dates its incident by a month
        and day ("on Saturday, Jan. 18") leaves it the story's own."""
        if self.lede is None or index <= self.lede or self.report.date is not None:
            return False
        if date.date.form != DateForm.MONTH_DAY or date.value.low is not None or not date.date.month_day:
            return False
        if not self._lede_weekdays() or self._in_chronology(date):
            return False
        # "Just after 2 a.m. on Oct. 31, Shreveport Police patrol officers
        # responded" (GVC): a local story also dates a step of its own case
        # (the response, the arrest) by month and day; an older event is told
        # by what happened in it, the harm or the event itself
        event = date.date.event or ""
        if event != "incident" and not event.startswith("other:"):
            return False
        # "She was shot at a home in Marion on May 2" after "A woman died
        # Monday": a pronoun or a definite noun points back to the story's own
        # people; an older event comes in by an indefinite one ("A quake of
        # magnitude 5.4 ... on Jan. 18", "An April 3 earthquake")
        # "Gov. Palin stopped by the church this morning ... since she became
        # a candidate on Aug. 29" (ECB+ 13_18ecb): the story's own day again,
        # the month and day only a yardstick
        if _phrase_in(self.sentences[index].text, incident_rules().return_phrases) or self._is_comparison(
            index, date
        ):
            return False
        if any(
            c.kind is ClaimKind.date and c.date.month_day for c in self.claims_by_sentence.get(self.lede, [])
        ):
            return False
        return self._told_anew(index) and self._filed_week_apart(date)

    def _told_anew(self, index: int) -> bool:
        """The first subject of sentence ``index`` is a noun brought in by "a"
        or "an", not a pronoun or a noun the story already told ("the", "his")."""
        subjects = [t for t in self.sentences[index] if t.dep_ in ("nsubj", "nsubjpass")]
        first = subjects[0] if subjects else None
        return (
            first is not None
            and first.pos_ != "PRON"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in first.children)
        )

    def _points_back(self, index: int) -> bool:
        """The first subject of sentence ``index`` points back to the older
        event by "that" or "those" (``recalled_determiners``): "That gunman
        was never caught", "Those victims were never named"."""
        subjects = [t for t in self.sentences[index] if t.dep_ in ("nsubj", "nsubjpass")]
        back = incident_rules().recalled_determiners
        return bool(subjects) and any(c.dep_ == "det" and c.lower_ in back for c in subjects[0].children)

    def _filed_week_apart(self, date: Claim) -> bool:
        """No dateline's month and day lies within the week after ``date``'s."""
        assert self.lede is not None
        filed = [  # the dateline's month and day, above the lede
            c.date.month_day
            for i in range(self.lede)
            for c in self.claims_by_sentence.get(i, [])
            if c.kind is ClaimKind.date and c.date.month_day
        ]
        told = date.date.month_day or ""
        try:
            return bool(told) and all(_days_before(told, day) > WEEK for day in filed if day)
        except ValueError:  # an impossible day written ("Sept. 31") places nothing
            return False

    def _in_chronology(self, date: Claim) -> bool:
        """A month and day that labels a line of a chronology ("Jan. 5: Howard
        Atkinson shot to death ..."): a list of the year's cases names the
        story's own among them, so its lines are left as they were."""
        after = self.report.original[date.evidence.end : date.evidence.end + 2]
        return after.lstrip(" ").startswith(":")

    def _background_dates(self, index: int) -> list[Claim]:
        """The dates with which sentence ``index`` opens background incidents
        (the lede tells the story's own incident)."""
        if index < 1 or index == self.lede:
            return []
        sent = self.sentences[index]
        dates = [
            c for c in self.claims_by_sentence.get(index, []) if c.kind is ClaimKind.date and not _is_ahead(c)
        ]
        # "who would have turned 2 later this month": a birthday's day tells an
        # age, no other event; "who was born in 1989", "who joined the force in
        # 2010": a day of a person's earlier life (rules/events.yaml, life: true)
        # tells who they are, never an event the report recalls
        life = event_lexicon().life
        distant = [
            d
            for d in dates
            if (self._is_distant(d) or self._older_by_style(index, d))
            and d.date.event != BIRTHDAY
            and d.date.event not in life
            and not self._in_yardstick(index, d)
        ]
        if distant and (_has_event_word(sent) or self._tells_toll(index)):
            if not self._harms_lead_person(index):
                return distant
            # the follow-up's own shooting, told with its date; "a mile from
            # where Price was shot, a 4-year-old boy shot himself last year":
            # the date of another one harmed still opens its incident
            own = [date for date in distant if self._dates_lead_harm(index, date)]
            for date in own:
                self._adopt(index, date)
            return [date for date in distant if date not in own]
        if _phrase_in(sent.text, incident_rules().background_phrases) and dates:
            return dates[:1]
        return []

    def _is_comparison(self, index: int, date: Claim) -> bool:
        """ "the worst violence since riots in 2008": history as a yardstick.

        A sentence that starts in lower case continues the one before it (a
        stray character split them), so the cue may stand there."""
        sent = self.sentences[index]
        if index > 0 and sent.text[:1].islower():
            sent = self.sentences[index - 1]
        start, _ = self.report.original_span(sent.start_char, sent.end_char)
        before_date = self.report.original[start : date.evidence.start]
        return _phrase_in(before_date, incident_rules().aside_cues) is not None

    def _regions(self, index: int) -> set[tuple[str, str]]:
        """(country, first-level region) of the sub-national places in a sentence."""
        return {
            (c.place.country or "", c.place.region or "")
            for c in self.claims_by_sentence.get(index, [])
            if c.kind is ClaimKind.location and c.place.kind != "country" and c.place.region
        }

    def _countries(self, index: int) -> set[str]:
        """The countries of the places a sentence names."""
        return {
            c.place.country
            for c in self.claims_by_sentence.get(index, [])
            if c.kind is ClaimKind.location and c.place.country
        }

    def _earlier_elsewhere(self, index: int) -> bool:
        """A sentence after the lede telling what the main event did earlier in
        other countries, by a pluperfect of its course (rules
        ``earlier_elsewhere_cues``: "The storm had earlier hit Greece, Turkey
        and Bulgaria, killing 27 people"): its toll is another leg's, not the
        main incident's.  Only where every place it names lies in a country
        the main story has not named ("The gunman had earlier shot his wife
        at their home in Dolton" stays the story's own)."""
        if self.lede is None or index <= self.lede or not self.main_countries:
            return False
        if _phrase_in(self.sentences[index].text, incident_rules().earlier_elsewhere_cues) is None:
            return False
        countries = self._countries(index)
        return bool(countries) and not countries & self.main_countries

    def _earlier_label(self, index: int) -> str:
        """An earlier leg's label: the places its sentence names."""
        places = [
            c.value.name
            for c in self.claims_by_sentence.get(index, [])
            if c.kind is ClaimKind.location and c.value.name
        ]
        return "earlier, " + ", ".join(dict.fromkeys(places)) if places else "earlier"

    def _aside_kind(self, index: int) -> str | None:
        """What sentence ``index`` of the main story tells beside its
        incident, if anything: a tally of a period (:meth:`_opens_tally`), a
        series the incident is counted in (:meth:`_frames_series`) or a side
        event of the same night (:meth:`_opens_side_event`).  Such a
        sentence's days and figures are never the incident's; only a
        sentence after the lede is one."""
        if self.lede is None or index <= self.lede:
            return None
        if self._opens_tally(index):
            return TALLY
        if self._frames_series(index):
            return SERIES
        if self._opens_side_event(index) or self._neighbour_on_another_day(index):
            return SIDE_EVENT
        return None

    def _opening(self, index: int) -> str:
        """Sentence ``index`` in lower case with single spaces, opening
        quotes trimmed."""
        return _normal(self.sentences[index].text).lstrip(" \"'“‘")

    def _opens_tally(self, index: int) -> bool:
        """Sentence ``index`` opens with a span that tallies a period (rules
        ``tally_openers``; ``tally_span_openers`` with a unit of
        ``tally_span_units``): "In the last five years, 14 people have died
        in gas explosions", "So far this year, 46 people have drowned", never
        "In the past hour, rescuers pulled 14 bodies"."""
        rules = incident_rules()
        text = self._opening(index)
        if any(re.match(rf"{re.escape(opener)}(?![\w'’])", text) for opener in rules.tally_openers):
            return True
        units = "|".join(re.escape(unit) for unit in rules.tally_span_units)
        return any(
            re.match(rf"{re.escape(opener)} (?:[\w-]+ )?(?:{units})\b", text)
            for opener in rules.tally_span_openers
        )

    def _frames_series(self, index: int) -> bool:
        """Sentence ``index`` counts its subject the Nth of a kind over a
        span (rules ``series_verbs``, ``series_nouns``, ``series_spans``):
        "It is the third fatal fire in Kaunas since the New Year", "The
        shooting marks the sixth homicide in the county this year"."""
        return self._series_verb(index) is not None

    def _series_verb(self, index: int) -> Token | None:
        """The verb of a series frame in sentence ``index`` ("is" of "It is
        the third fatal fire ... since the New Year"), if it is one."""
        rules = incident_rules()
        sent = self.sentences[index]
        verb = next(
            (
                t
                for t in sent[: SERIES_SUBJECT_WORDS + 1]
                if t.lower_ in rules.series_verbs and t.i > sent.start
            ),
            None,
        )
        if verb is None or any(_names_someone(t) for t in self.doc[sent.start : verb.i]):
            return None
        end = min(verb.i + 1 + SERIES_ORDINAL_WORDS, sent.end)
        ordinal = next((t for t in self.doc[verb.i + 1 : end] if _ORDINAL_WORD.match(t.lower_)), None)
        if ordinal is None or not self._counted_event(ordinal):
            return None
        rest = _normal(self.doc[ordinal.i : sent.end].text)
        if _phrase_in(rest, rules.series_spans) is None and _SERIES_SPAN.search(rest) is None:
            return None
        return verb

    def _series_keeps(self, index: int, claims: list[Claim]) -> list[Claim]:
        """The claims of a series frame that stay the story's: those of its
        subject, the story's own event ("Monday's earthquake was the second
        one to hit Qeshm in the past 24 hours", ECB+ 20_5ecb), and its places
        and people (the series is told where the story is, "the third fatal
        fire in Kaunas"; the source, "Harbison said")."""
        verb = self._series_verb(index)
        assert verb is not None
        start = self.report.original_span(verb.idx, verb.idx + len(verb.text))[0]
        return [c for c in claims if c.kind in _SERIES_KEEPS or c.evidence.start < start]

    def _counted_event(self, ordinal: Token) -> bool:
        """An ordinal written as a rank ("the third", "the city's 45th"),
        whose noun shortly after is an event, a death or a word of
        ``series_nouns`` ("fire", "homicide", "such", "time")."""
        before = self.doc[ordinal.i - 1] if ordinal.i > 0 else None
        if before is None or before.lower_ not in ("the", "'s", "’s"):
            return False
        nouns = incident_rules().series_nouns
        after = self.doc[ordinal.i : min(ordinal.i + 1 + SERIES_NOUN_WORDS, ordinal.sent.end)]
        return any(
            t.lower_ in nouns or lemma_of(t) in nouns or (t.pos_ == "NOUN" and _counts_as_event(lemma_of(t)))
            for t in after
        )

    def _opens_side_event(self, index: int) -> bool:
        """Sentence ``index`` opens with a side event (rules ``side_openers``,
        ``separate_openers``) that tells a harm or another's doing (rules
        ``other_harm_cues``): "On the same night, firefighters also put out a
        burning car in the Dainava district; no one was hurt there",
        "Separately, a man was shot in East Toledo".  A same-night opener
        needs its event brought in anew: not "On the same night, the gunman
        also shot ..." (a subject told again); and no opener takes "On the
        same night, police arrested the suspect" (no harm, no other)."""
        rules = incident_rules()
        text = self._opening(index)
        separate = any(re.match(rf"{re.escape(opener)}\b", text) for opener in rules.separate_openers)
        same_night = any(re.match(rf"{re.escape(opener)}\b", text) for opener in rules.side_openers)
        if not separate and not (same_night and not self._subject_told_again(index)):
            return False
        return _phrase_in(text, rules.other_harm_cues) is not None or _has_event_word(self.sentences[index])

    def _neighbour_on_another_day(self, index: int) -> bool:
        """Sentence ``index`` tells what happened in an area next to the
        story's own (rules ``neighbour_openers``, after a discourse adverb of
        ``neighbour_lead_adverbs`` or none) on a day other than the one the
        lede gives its incident: "Meanwhile, in neighbouring Namisindwa
        district, two people died on Tuesday when their house collapsed", in
        a story of a landslide on Wednesday night.  Another area and another
        day make another event, whose toll and day are never the story's.
        With no day of its own, or the lede's, the sentence stays the story's
        (a share of its toll there: "In neighbouring Mozambique, 19 people
        died", extract/counts/scope.py); so does one with no lede day to
        tell the two apart."""
        rules = incident_rules()
        text = self._opening(index)
        adverbs = "|".join(re.escape(word) for word in rules.neighbour_lead_adverbs)
        texts = (text, re.sub(rf"^(?:{adverbs}),? ", "", text))
        openers = rules.neighbour_openers
        if not any(re.match(rf"{re.escape(opener)}\b", t) for opener in openers for t in texts):
            return False
        lede_days = [_placed(c.value) for c in self._lede_incident_days()]
        days = [
            _placed(c.value)
            for c in self.claims_by_sentence.get(index, [])
            if c.kind is ClaimKind.date
            and c.date.form not in COARSE_DATE_FORMS
            and c.value.low is not None
            and c.value.high is not None
        ]
        return bool(lede_days and days) and all(
            not any(low <= last and first <= high for first, last in lede_days) for low, high in days
        )

    def _lede_incident_days(self) -> list[Claim]:
        """The lede's own days of its incident, to the day ("on Wednesday
        night"), each with its value placed."""
        if self.lede is None:
            return []
        return [
            c
            for c in self.claims_by_sentence.get(self.lede, [])
            if c.kind is ClaimKind.date
            and c.date.event == "incident"
            and c.date.form not in COARSE_DATE_FORMS
            and c.value.low is not None
            and c.value.high is not None
        ]

    def _subject_told_again(self, index: int) -> bool:
        """The first subject of sentence ``index`` is a pronoun or a noun the
        story told before ("the gunman", "his brother": rules
        ``told_again_determiners``)."""
        subjects = [t for t in self.sentences[index] if t.dep_ in ("nsubj", "nsubjpass")]
        again = incident_rules().told_again_determiners
        return bool(subjects) and (
            subjects[0].pos_ == "PRON"
            or any(c.dep_ in ("det", "poss") and c.lower_ in again for c in subjects[0].children)
        )

    def _tells_toll(self, index: int) -> bool:
        """Sentence ``index`` tells a toll of people brought in anew, by "a"
        or a figure ("In June a man aged 58 drowned in the Sana", "Missouri
        recorded 46 drowning deaths in 2024"): a death no verb of the event
        lexicon tells still makes an event.  Never the story's own dead told
        again ("he passed away over the weekend", "were charged last week in
        Williams' death", GVC)."""
        for claim in self.claims_by_sentence.get(index, []):
            token = self._token_at(index, claim.evidence.start) if claim.kind in _TOLL_KINDS else None
            if token is not None and (token.like_num or token.lower_ in ("a", "an")):
                return True
        return False

    def _returns_to_main(
        self, index: int, background_regions: set[tuple[str, str]], *, by_weekday: bool = True
    ) -> bool:
        """True when a sentence is about the main story again: it says "today"
        or "the latest", gives the main incident's day, or names a place in a
        region the main story named and the background did not.

        A sentence that opens a background incident is asked too, with
        ``by_weekday`` False: "The shooting Monday night happened down the
        street from a July 2014 shooting" names the lead's weekday as the
        yardstick's, and the next sentence still tells the older shooting."""
        sent = self.sentences[index]
        if _phrase_in(sent.text, incident_rules().return_phrases):
            return True
        for claim in self.claims_by_sentence.get(index, []):
            # "A tremor shook southern Iran yesterday": the main incident's day again
            day_level = claim.kind is ClaimKind.date and claim.date.form not in COARSE_DATE_FORMS
            if day_level and claim.value.low is not None and self.main_days and not self._is_distant(claim):
                return True
            # with no dateline to place it, the lead's weekday again ("was
            # fatally shot about 5 p.m. Thursday") is the lead's day again
            unplaced = day_level and claim.value.low is None
            if by_weekday and unplaced and claim.date.weekday in self.lead_weekdays:
                return True
        return bool((self._regions(index) & self.main_regions) - background_regions)

    def split(self) -> list[Incident]:
        main = Incident(MAIN, "main incident")
        incidents = [main]
        current = main
        background_regions: set[tuple[str, str]] = set()
        background_names: list[str] = []
        #: whether the background being read was opened by a fronted date ("In 2010, ...")
        recalled = False
        for index, sent in enumerate(self.sentences):
            claims = self.claims_by_sentence.get(index, [])
            span = self.report.original_span(sent.start_char, sent.end_char)
            if any(start <= sent.start_char < end for start, end in self.fact_lines):
                # "Deaths: 15", "Date: 7 August 2020": a page's fact box states
                # its main incident, wherever the box stands
                current = main
                main.sentences.append(span)
                for claim in claims:
                    main.add(claim)
                continue
            openers = self._background_dates(index)
            if not openers:
                if current is not main and (
                    self._returns_to_main(index, background_regions)
                    or self._names_lead_person(index, background_names)
                    or (recalled and self._leaves_recalled_paragraph(index, background_names))
                ):
                    current = main
                if current is main and self._earlier_elsewhere(index):
                    # "The storm had earlier hit Greece, Turkey and Bulgaria,
                    # killing 27 people": an earlier leg of its path, an aside
                    incidents.append(self._aside(index, self._earlier_label(index), claims, len(incidents)))
                    continue
                kind = self._aside_kind(index) if current is main else None
                if kind is not None:
                    # "In the last five years, 14 people have died ...", "It is
                    # the third fatal fire in Kaunas since the New Year": an aside
                    # of one sentence; a series keeps the story's places and people
                    kept = self._series_keeps(index, claims) if kind == SERIES else []
                    for claim in kept:
                        main.add(claim)
                    rest = [c for c in claims if not any(c is k for k in kept)]
                    if rest:
                        incidents.append(self._aside(index, kind, rest, len(incidents)))
                    continue
                if current is main:
                    self.main_regions |= self._regions(index)
                    self.main_countries |= self._countries(index)
                else:
                    background_names += self._names(index)
                current.sentences.append(span)
                for claim in claims:
                    current.add(claim)
                continue
            opened = []
            for date in openers:
                incident = Incident(f"r{self.report_index}-bg{len(incidents)}", self._label(index, date))
                incident.sentences.append(span)
                incidents.append(incident)
                opened.append((date, incident))
            for claim in claims:
                _nearest_incident(claim, opened, self.report.original).add(claim)
            background_regions = self._regions(index)
            background_names = self._names(index)
            recalled = self._fronted(index, openers)
            # "the deadliest since the shooting at Sandy Hook in December
            # 2012, where 26 died": a comparison inside a sentence about the
            # main incident is an aside; the next sentence is main again.
            aside = self._returns_to_main(index, set(), by_weekday=False) or self._is_comparison(
                index, openers[0]
            )
            # "Last month, floods killed 40 in central Vietnam.  Four people
            # were missing.": an older event recalled by a span alone, with
            # no date of its own, ends at its own sentence
            aside = aside or all(self._unplaced_span(date) for date in openers)
            current = main if aside else opened[-1][1]
        main.label = _main_label(main)
        return incidents

    def _aside(self, index: int, label: str, claims: list[Claim], number: int) -> Incident:
        """Background incident ``number`` of sentence ``index`` alone, holding ``claims``."""
        sent = self.sentences[index]
        aside = Incident(f"r{self.report_index}-bg{number}", label)
        aside.sentences.append(self.report.original_span(sent.start_char, sent.end_char))
        for claim in claims:
            aside.add(claim)
        return aside

    def _label(self, index: int, date: Claim) -> str:
        places = [
            c.value.name
            for c in self.claims_by_sentence.get(index, [])
            if c.kind is ClaimKind.location and c.place.geonameid is not None
        ]
        where = f", {places[0]}" if places else ""
        return f"{date.evidence.text.strip()}{where}"


#: how specific a place is, for naming the main incident by its most specific place
_PLACE_RANK = PLACE_KIND_RANK


def _main_label(main: Incident) -> str:
    """ "main incident: Novoshakhtinsk, Rostov, 12 September": where and when, if told."""
    places = sorted(main.places, key=lambda c: (_PLACE_RANK.get(c.place.kind or "", 4), c.evidence.start))
    where = places[0].value.name if places else None
    region = places[0].place.region_name if places else None
    days = [c for c in main.dates if c.date.event == "incident" and c.value.low is not None]
    when = days[0].value.label if days else None
    parts = [p for p in (where, region if region != where else None, when) if p]
    return "main incident: " + ", ".join(parts) if parts else "main incident"


#: an age as its words are joined by spaces ("7 - year - old", "7 - year old")
_AGE_WORD = re.compile(r"\b(\d{1,3})\s*-\s*years?\s*-?\s*old\b", re.IGNORECASE)


def _person_words(token: Token) -> list[Token]:
    """The words that say who a harmed token is: its modifiers ("7-year-old
    Amari Brown") and its apposition or name ("her daughter Sani"), never a
    possessor; a pronoun stands for the subject of its sentence ("McFarlane
    was shoveling snow when he was shot")."""
    if token.pos_ == "PRON" and token.lower_ in ("he", "she", "him", "her"):
        root = token.sent.root
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"]
        if not subjects:
            return [token]
        token = subjects[0]
    doc = token.doc
    words = [token]
    for child in token.children:
        # "Ortiz's brother-in-law was stabbed": the possessor is someone else
        if child.dep_ not in _NOT_WHO:
            words += list(doc[child.left_edge.i : child.right_edge.i + 1])
    return sorted(words, key=lambda t: t.i)


#: the dependents of a harmed word that do not say who was harmed: a
#: possessor ("Ortiz's brother-in-law"), a clause, a preposition's phrase
_NOT_WHO = frozenset({"poss", "det", "relcl", "acl", "prep", "punct", "cc", "conj", "case", "advcl"})


def _harmed(sent: Span) -> list[tuple[Token, Token]]:
    """The words of harm of a sentence, each with a token it tells was harmed (rules ``victim_verbs``,
    ``victim_nouns``): the subject of a passive or of "die" ("Smith was
    shot", "Smith died"), the object ("killed Smith"; "shot herself" is its
    subject's harm), the head a relative clause hangs from ("the girl who
    was shot"), the "of" of a noun ("the death of Smith")."""
    rules = incident_rules()
    found: list[tuple[Token, Token]] = []
    for token in sent:
        lemma = lemma_of(token)
        if token.pos_ == "VERB" and lemma in rules.victim_verbs:
            found += [(token, patient) for patient in _verb_patients(token, lemma)]
        elif token.pos_ == "NOUN" and lemma in rules.victim_nouns:
            of = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
            found += [(token, patient) for patient in of]
    return found


def _verb_patients(verb: Token, lemma: str) -> list[Token]:
    """The one harmed by one verb of harm (see :func:`_harmed`)."""
    subject_deps = ("nsubjpass", "nsubj") if lemma == "die" else ("nsubjpass",)
    patients = [c for c in verb.children if c.dep_ in (*subject_deps, "dobj")]
    out = []
    for patient in patients:
        if patient.lower_ in ("himself", "herself"):  # "shot herself": the subject's harm
            doer = verb if any(c.dep_ == "nsubj" for c in verb.children) else verb.head
            out += [c for c in doer.children if c.dep_ == "nsubj"]
        elif verb.dep_ == "relcl" and (patient.tag_ in ("WDT", "WP") or patient.lower_ in ("who", "that")):
            out.append(verb.head)  # "the girl who was shot"
        else:
            out.append(patient)
    return out


#: a blank line: the loader joins a page's paragraphs so
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas|as)\s+|;\s+")


def _fact_line_spans(text: str) -> list[tuple[int, int]]:
    """Where the lines of a fact box ("Deaths: 15") stand in ``text``."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    return [(starts[n], starts[n] + len(lines[n])) for n in sorted(fact_line_numbers(lines))]


def _nearest_incident(claim: Claim, opened: list[tuple[Claim, Incident]], original: str) -> Incident:
    """The incident whose date shares the claim's clause, else the nearest before it.

    "killed more than 31,000 in Bam in 2003, and 600 were killed in Zarand in
    February": each clause of a sentence that recounts two older events
    belongs to the event it dates.
    """

    def clause(offset: int) -> int:
        start = claim.evidence.sentence_start
        return len(_CLAUSE_BREAK.findall(original[start:offset]))

    here = clause(claim.evidence.start)
    same_clause = [incident for date, incident in opened if clause(date.evidence.start) == here]
    if same_clause:
        return same_clause[0]
    before = [incident for date, incident in opened if date.evidence.start <= claim.evidence.start]
    return before[-1] if before else opened[0][1]


def split_incidents(doc: Doc, claims: list[Claim], report: LoadedReport, report_index: int) -> list[Incident]:
    """Split a report into incidents and set ``claim.incident`` for each
    claim; each incident holds the other events its clauses tell."""
    incidents = IncidentSplitter(doc, claims, report, report_index).split()
    _settle_wholes(claims)
    find_events(doc, claims, report, incidents, LEAD_SENTENCES)
    return incidents


def _settle_wholes(claims: list[Claim]) -> None:
    """Each count's ``whole`` asked again inside its incident: "Eight miners
    were killed" is its report's whole toll though the report recalls "In
    2022, an explosion at a mine in Amasra killed 41 miners", a background
    incident's figure, which over the whole report made it a part."""
    for claim, whole in zip(claims, wholes(claims, apart=lambda c: c.incident), strict=True):
        if toll_of(claim) is not None and claim.count.told_whole and whole != claim.count.whole:
            claim.details = claim.count.replace(whole=whole)


def _is_fragment(sent: Span) -> bool:
    """A piece of page furniture the sentence splitter made a sentence of:
    fewer than three words ("BREAKING:", "FOX43", "YORK,").  Such pieces
    before the lede must not use up the lines the lede is looked for in."""
    return sum(1 for token in sent if token.is_alpha) < FRAGMENT_WORDS
