"""The words of events (``rules/events.yaml``): which verbs and nouns name
the attack, the call, the arrest, a later death.

The extractors tie each value to the event word that governs it
(:mod:`reportcheck.extract.core.events`); the incident grouping, the
aligner and the comparer's confidence read the same words to tell events
apart.  The lexicon lives here, under all of them, so none re-reads the file
or reaches into an extractor for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from reportcheck.knowledge.day_parts import clock_minutes
from reportcheck.knowledge.rules import Strict, load_rule_file

#: the event of what came after the incident (rules/events.yaml
#: ``aftermath``): a day measured from the attack, a state that went on
AFTERMATH_EVENT = "aftermath"
#: the event of a day still to come (rules/events.yaml ``plan``): a plan's,
#: an expected action's, a forecast's or a warning's, never an incident's
PLAN_EVENT = "plan"


class EventRule(Strict):
    label: str
    verbs: list[str]
    nouns: list[str]
    #: verbs that name this event only with one of these words beside them
    #: ("die" + "hospital": a later death, not the attack)
    qualified: dict[str, list[str]] = {}
    #: qualified verbs that name this event only with one of these words as
    #: their subject ("the gun went off", not "the alarm went off")
    subjects: dict[str, list[str]] = {}
    #: verbs that name this event after one of these verbs: conjoined with it
    #: or modifying its subject ("taken to a hospital and died", "a boy
    #: wounded Friday died Saturday")
    later: dict[str, list[str]] = {}
    #: verbs that name this event in a "where" clause on one of these places
    #: ("the medical center where she died")
    where: dict[str, list[str]] = {}
    #: verbs that name this event when they act on a person: their object or
    #: passive subject is none of these words ("was fired from his job", not
    #: "shots were fired")
    person_object: dict[str, list[str]] = {}
    #: verbs that name this event when a clock time of their own hangs on
    #: them and nothing in their clause ties them to the incident ("died at
    #: 4:15 a.m.": the moment of death; "died at 3 a.m. when the roof
    #: collapsed" is the collapse's time)
    clocked: list[str] = []
    #: verbs that name this event when every word they act on (object,
    #: passive subject, with its conjuncts) is one of these ("the suspect was
    #: shot by police": the attacker's end, not the attack)
    patients: dict[str, list[str]] = {}
    #: for ``patients``: the words of a doer the verb may name (its subject or
    #: "by" agent, or a word compounded on it); a verb naming another doer
    #: keeps its own event ("the suspect was shot by a store clerk")
    doers: list[str] = []
    #: for ``patients``: the doers one verb may name, in place of ``doers``
    #: ("received a message" is the call where the police received it, never
    #: where the victim did)
    verb_doers: dict[str, list[str]] = {}
    #: an event of a person's earlier life (a marriage, a move, a hiring):
    #: only a day names it, set against the same person's day of it
    life: bool = False
    #: verbs that name this event only in the active voice ("moved to
    #: Texas", not "the suspect was moved to a jail")
    active_only: list[str] = []
    #: verbs that name this event only as a past participle ("was born in
    #: 1989", "Hsu, born in 1989,"; never "the storm bore down in 2019")
    participle_only: list[str] = []
    #: verbs that name this event only with no direct object: "the ferry
    #: sank at 10 a.m." is the disaster, "INS Tabar sank a trawler on
    #: November 18" an act on a vessel, one strike a report may tell of a
    #: campaign beside its main story
    objectless: list[str] = []
    #: verbs whose object, not their subject, bears the event ("the Trail
    #: Blazers hired him" is his hiring)
    bearer_objects: list[str] = []
    #: verbs whose object tells one such event of a person from another
    #: ("joined the FBI", "joined the gang unit")
    object_scoped: list[str] = []
    #: a moment that cannot come before the attack it follows (a death from
    #: the wounds, an arrest): one report's time of it before the other's
    #: time of the attack is a conflict (compare/moments.py)
    after_incident: bool = False
    #: an occasion that goes on for a while, during which the attack may
    #: happen: its day is the attack's when a "when" clause of the attack
    #: hangs on it ("the hearing was under way Tuesday when shots rang out")
    occasion: bool = False
    #: a day of this event is aligned as a day of the incident (the scene
    #: after the attack: compare/judges/days.py sets it in order against one)
    incident_day: bool = False


class WindowStarts(Strict):
    """Where a day part's start lies near midnight (``window_starts`` in
    rules/events.yaml), as clocks ("HH:MM"): from ``late_from`` to midnight
    ("late Saturday night", from 22:00) or from midnight to ``early_until``
    ("early Sunday", from 00:00)."""

    late_from: str
    early_until: str

    def minutes(self) -> tuple[int, int]:
        """The two clocks in minutes after midnight: (late_from, early_until)."""
        return clock_minutes(self.late_from), clock_minutes(self.early_until)


class LaterAct(Strict):
    """A later act a reporter dates (``later_acts`` in rules/events.yaml):
    the events its days are read as, the words its sentence tells it by,
    the words that tell another or a planned one, and whom it is of
    (``if_named`` or ``suspect``)."""

    events: list[str]
    words: list[str]
    vetoes: list[str] = []
    person: Literal["if_named", "suspect"]
    #: what a finding of its two days is of ("day of the release from hospital"),
    #: whatever event the date reader tied each day to
    label: str = ""


class MomentRules(Strict):
    """How compare/moments.py sets a later moment against the attack
    (``moments`` in rules/events.yaml, where each is said)."""

    clock_margin: float
    period_margin: float
    #: minutes a clock time of the attack or of a response must lie beyond
    #: the hours reporters name by the other report's day part of it
    day_part_margin: float
    #: the moments whose day part is set against the other report's clock
    #: (the attack, responders' arrival; not a call: a report may tell several)
    day_part_moments: list[str]
    #: the moments a story has one of, whose two clock times conflict
    single_moments: list[str] = ["incident"]
    far_before: float
    joining: list[str]
    #: cue categories (rules/cues.yaml) whose words may join a time and its day
    joining_cues: list[str]
    on_the_spot: list[str]
    relative_attack: list[str]
    later_death: list[str]
    #: the words of a death a day of death's own sentence must tell (compare/death_days.py)
    death_words: list[str] = []
    #: words of a killing, and of another victim, that tell a second death (compare/death_days.py)
    killing_words: list[str] = []
    other_dead: list[str] = []
    #: verbs of dying whose later day is a day of death (extract/dates/later_deaths.py)
    dying_verbs: list[str] = []
    #: days after the attack a death told on a verb of dying may come
    #: (``death_day_max_after``), and the prepositions that put such a death at
    #: the attack's scene (``death_day_scene_preps``): extract/dates/later_deaths.py
    death_day_max_after: int = 0
    #: days after the attack's a day of the scene may lie (compare/judges/days.py;
    #: the events of the scene are the lexicon's ``incident_days``)
    scene_day_max_after: int = 1
    scene_day_max_before: int = 3
    death_day_scene_preps: list[str] = []
    arrest_words: list[str]
    arrest_ties: list[str]
    charged: list[str]
    charges: list[str]
    arrest_vetoes: list[str]
    #: the responses to the attack (a call, responders' arrival), set in
    #: order against the other report's time of the attack on the same night
    responses: list[str]
    response_margin: float
    response_within: float
    responders: list[str]
    response_ties: list[str]
    #: the report's one call told as the call itself ("the 911 call came in
    #: at 5:47 p.m."): a responder and a tie to the shots at once
    response_definite: list[str] = []
    response_vetoes: list[str]
    #: words that make an "after" phrase the call's own cause, a report of
    #: the shots ("after several 911 callers reported shots fired")
    response_causes: list[str] = []
    #: ... of those, the words of shots heard ("shots fired", "gunfire"), not
    #: of someone found shot: a cause that makes a late call a conflict
    response_heard: list[str] = []
    #: how a finding names each response ("the call")
    response_names: dict[str, str]
    #: words that open the sentence after a response and tell what the
    #: responders found there ("Upon arrival, deputies found ..."): its tie
    #: to the shots counts for the response
    response_followups: list[str]
    #: the clocks between which a day part's own start lies near midnight
    #: ("early Sunday" from 00:00, "late Saturday night" from 22:00): a
    #: response clearly before it is out of order
    window_starts: WindowStarts
    #: a day's narrowing words that put the attack in the hours after its
    #: midnight ("early Sunday")
    window_parts: list[str]
    #: minutes after the shooting within which the corpora's calls and
    #: arrivals came, beyond the two times' widening (compare/responses.py)
    response_after_within: float
    #: words of a response's sentence that tell a discovery ("a body", "found
    #: dead"): a call that may come long after the shots, never set against them
    response_discoveries: list[str]
    #: words of a response's sentence that tell a call to another matter than
    #: the shots' first report (a call back, another shooting, an arrest, a
    #: transfer, a hospital, a victim dropped off): never set against them
    response_other_matters: list[str]
    #: the incident's nouns that an alert may come before, a warning of what
    #: is coming (a storm, a flood): never a tie of a call to one report's
    #: own time of the incident (compare/moments.py, internal order)
    alerted_ahead: list[str] = []
    #: words of a call's sentence that tell a warning or another moment than
    #: the incident's first report (compare/moments.py, internal order)
    internal_order_vetoes: list[str] = []
    #: words of a long event in either sentence, whose call comes long before its shots
    internal_order_long_events: list[str] = []
    #: acts a story may tell several of, set against each other only as one
    #: act each report tells once, and those of them paired person by person
    #: (compare/one_act.py)
    one_acts: list[str] = []
    one_act_by_person: list[str] = []
    #: the words a call's own sentence must hold to be set so (compare/one_act.py)
    one_act_call_words: list[str] = []
    #: the emergency line a call's sentence may name instead of a responder
    one_act_emergency_lines: list[str] = []
    #: a floor's ordinal ("the second floor") that tells no other call
    one_act_place_ordinals: list[str] = []
    #: minutes beyond which two reports' one call are two calls (or two
    #: incidents' calls), unless they lie within ``one_act_twelve_hours_slack``
    #: of twelve hours apart, one clock with a.m. and p.m. mixed up
    one_act_clock_within: float = 240
    one_act_twelve_hours_slack: float = 60
    #: later acts a reporter dates, each told once of one person (a surgery,
    #: a release from hospital, a charge, an arraignment, a funeral), and the
    #: words that tell a day as such an act's plan or another of it
    #: (compare/one_act.py)
    later_acts: dict[str, LaterAct] = {}
    later_act_vetoes: list[str] = []
    #: words that tell a later act of one of several people ("the other officer")
    later_act_several: list[str] = []

    def on_the_spot_words(self) -> frozenset[str]:
        """The words of ``on_the_spot`` after their verb ("at the scene",
        "instantly"): a sentence holding one tells a death on the spot
        whatever verb or day stands before it ("died Saturday at the scene")."""
        return frozenset(phrase.split(" ", 1)[-1] for phrase in self.on_the_spot)


class ApproachRules(Strict):
    """An attacker's coming to the target in the attack's sentence
    (``approach`` in rules/events.yaml)."""

    verbs: list[str] = []
    doers: list[str] = []
    goal_preps: list[str] = []
    goal_objects: list[str] = []
    #: verbs of an armed threat, with an object ("pointed a rifle at the
    #: clerk", "demanded cash"), whose coming is the attack's moment
    threats: list[str] = []


class StoryAgentRules(Strict):
    """The story's own agent told as a clause's doer (``story_agents`` in
    rules/events.yaml): a storm's name, a flood's water."""

    #: nouns a storm's own name follows ("Hurricane Ines")
    storm_nouns: list[str] = []
    #: nouns of the water a flood story tells as its flood ("the river")
    flood_water: list[str] = []
    #: words of a report that tell a flood
    flood_words: list[str] = []
    #: words before "water" that make it the water people drink ("bottled water")
    water_supply_words: list[str] = []
    #: verbs of order whose passive agent is another event ("preceded by a foreshock")
    order_verbs: list[str] = []
    #: verbs of another moment of the agent's life than its harm ("receded")
    agent_other_moments: list[str] = []
    #: verbs of what people felt after the harm ("stunned by the killing")
    felt_after: list[str] = []
    #: adverbs telling an earlier time of the agent's ("last burst its banks in 2007")
    agent_earlier_words: list[str] = []
    #: particles of the water's going back ("went back within its banks")
    agent_retreat_particles: list[str] = []


class EventRules(Strict):
    events: dict[str, EventRule]
    light_verbs: list[str]
    reported_verbs: list[str]
    #: event -> verbs that name it only as the parse head of a value
    governing_verbs: dict[str, list[str]] = {}
    #: verbs that do or undergo the event noun they take as object
    object_carriers: list[str]
    #: prepositions that aim a verb at someone ("fired upon")
    aimed_preps: list[str]
    #: verbs whose agent names the event they time ("was followed by")
    agent_carriers: list[str]
    #: auxiliaries of a clause told as future ("will", "would")
    future_auxiliaries: list[str]
    #: verbs whose "to" clause is meant to happen ("expects to reopen")
    intent_verbs: list[str]
    #: verbs whose "to" clause is meant to happen only in the progressive
    #: ("was going to start a new job Monday")
    intent_progressive: list[str] = []
    #: participles written as prepositions of time ("following a quarrel")
    preposition_participles: list[str] = []
    #: nouns that name an event only with one of their words before them ("drone strike")
    qualified_nouns: dict[str, list[str]] = {}
    #: participles of the harm done that mark their verb as the attack's ("..., killing 27")
    toll_participles: list[str] = []
    #: participles telling what a place is, never an act ("the plant run by ...")
    standing_participles: list[str] = []
    #: a toll's own verbs of change and its nouns ("the death toll rose to 19 on Sunday")
    tally_subjects: list[str] = []
    tally_verbs: list[str] = []
    #: event nouns that name their event only with no "of" phrase ("release")
    of_less_nouns: list[str] = []
    #: prepositions of what came first ("following the release of water")
    trigger_preps: list[str] = []
    #: an attacker's coming to the target ("the bomber drove toward the gate")
    approach: ApproachRules = ApproachRules()
    #: makes and models an aircraft is named by ("the Bell 212 went down")
    aircraft_names: list[str] = []
    #: the story's own agent told as a clause's doer ("the river burst its banks")
    story_agents: StoryAgentRules = StoryAgentRules()
    #: prepositions of a time a toll was counted to ("by Sunday ... had been killed")
    tally_preps: list[str]
    #: the words opening a clause of what happened during an occasion ("when
    #: a gunman opened fire", "as shots rang out")
    during_marks: list[str] = []
    #: words before a "when" clause's noun that tell another event than the
    #: incident ("when a second fire broke out")
    during_other_event_words: list[str] = []
    #: prepositions that make an occasion the scene of what happened there
    #: ("gunfire erupted at a funeral on Saturday")
    occasion_scene_preps: list[str] = []
    #: prepositions naming whom an occasion is held for ("a vigil for a teen killed Friday")
    occasion_honoree_preps: list[str] = []
    #: words the tokenizer must keep whole ("wed", not "we 'd")
    whole_words: list[str] = []
    #: days a life event's day must end before the dateline
    life_min_days_back: int = 7
    moments: MomentRules


#: the dependencies of a word that qualifies an event noun before it
#: ("drone strike", "aerial strike", "an emergency landing")
NOUN_QUALIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


@dataclass(frozen=True)
class EventLexicon:
    by_verb: dict[str, str]
    by_noun: dict[str, str]
    labels: dict[str, str]
    light_verbs: frozenset[str]
    reported_verbs: frozenset[str]
    #: verb -> (words, event) pairs from the rules' ``qualified`` lists
    qualified: dict[str, tuple[tuple[frozenset[str], str], ...]]
    #: verb -> the event it names when a value hangs on it in the parse
    governing: dict[str, str]
    #: verb -> (words, event) pairs from the rules' ``later`` lists
    later: dict[str, tuple[tuple[frozenset[str], str], ...]]
    #: verb -> (words, event) pairs from the rules' ``where`` lists
    where: dict[str, tuple[tuple[frozenset[str], str], ...]]
    #: verb -> (words that are no person, event) pairs from ``person_object``
    person_object: dict[str, tuple[tuple[frozenset[str], str], ...]]
    object_carriers: frozenset[str]
    aimed_preps: frozenset[str]
    agent_carriers: frozenset[str]
    future_auxiliaries: frozenset[str]
    intent_verbs: frozenset[str]
    tally_preps: frozenset[str]
    #: verb -> the event a clock time of its own names (``clocked``)
    clocked: dict[str, str]
    #: verb -> (words acted on, event) pairs from the rules' ``patients`` lists
    patients: dict[str, tuple[tuple[frozenset[str], str], ...]]
    #: event -> the doers its ``patients`` verbs may name
    doers: dict[str, frozenset[str]]
    #: the events of a person's earlier life (``life: true``)
    life: frozenset[str] = frozenset()
    #: event -> its verbs named only in the active voice
    active_only: dict[str, frozenset[str]] = field(default_factory=dict)
    #: verbs whose object bears the life event they name
    bearer_objects: frozenset[str] = frozenset()
    #: verbs whose object tells one life event from another
    object_scoped: frozenset[str] = frozenset()
    whole_words: tuple[str, ...] = ()
    life_min_days_back: int = 7
    #: (verb, event) -> the subjects it needs to name that event (``subjects``)
    subjects: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    #: the moments that cannot come before the attack (``after_incident``)
    after_incident: frozenset[str] = frozenset()
    #: the occasions the attack may happen during (``occasion``)
    occasions: frozenset[str] = frozenset()
    #: the words opening a clause of what happened during one (``during_marks``)
    during_marks: frozenset[str] = frozenset()
    #: the prepositions of an occasion's scene (``occasion_scene_preps``)
    scene_preps: frozenset[str] = frozenset()
    #: the prepositions naming whom an occasion is held for (``occasion_honoree_preps``)
    honoree_preps: frozenset[str] = frozenset()
    #: verbs that name their event only with no direct object (``objectless``)
    objectless: frozenset[str] = frozenset()
    #: verbs of intent only in the progressive (``intent_progressive``)
    intent_progressive: frozenset[str] = frozenset()
    #: participles written as prepositions of time (``preposition_participles``)
    preposition_participles: frozenset[str] = frozenset()
    #: nouns that name an event only with one of their words before them (``qualified_nouns``)
    qualified_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    #: participles of the harm done that mark their verb as the attack's (``toll_participles``)
    toll_participles: frozenset[str] = frozenset()
    #: participles telling what a place is (``standing_participles``)
    standing_participles: frozenset[str] = frozenset()
    #: events whose days are aligned as days of the incident (``incident_day``):
    #: the scene's (extract/dates/scene_days.py)
    incident_days: frozenset[str] = frozenset()
    #: a toll's nouns and its verbs of change (``tally_subjects``, ``tally_verbs``)
    tally_subjects: frozenset[str] = frozenset()
    tally_verbs: frozenset[str] = frozenset()
    #: event nouns that name their event only with no "of" phrase (``of_less_nouns``)
    of_less_nouns: frozenset[str] = frozenset()
    #: prepositions of what came first (``trigger_preps``)
    trigger_preps: frozenset[str] = frozenset()
    #: an attacker's coming to the target (``approach``)
    approach: ApproachRules = field(default_factory=ApproachRules)
    #: makes and models an aircraft is named by (``aircraft_names``)
    aircraft_names: frozenset[str] = frozenset()
    #: (verb, event) -> the doers that verb may name for that event (``verb_doers``)
    verb_doers: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    #: the story's own agent told as a clause's doer (``story_agents``)
    story_agents: StoryAgentRules = field(default_factory=StoryAgentRules)
    #: event -> its verbs that name it only as a past participle (``participle_only``)
    participle_only: dict[str, frozenset[str]] = field(default_factory=dict)

    #: the words telling a "when" clause another event (``during_other_event_words``)
    during_other_event: frozenset[str] = frozenset()

    def qualified_noun(self, lemma: str, qualifier_lemmas: Iterable[str]) -> bool:
        """Whether a noun that names the attack only with a word of its own
        before it (``qualified_nouns``: "drone strike", "emergency landing")
        has one among ``qualifier_lemmas``, the lemmas of its children whose
        dependency is one of ``NOUN_QUALIFIER_DEPS``: the extractors and the
        incidents stage read such a noun alike."""
        qualifiers = self.qualified_nouns.get(lemma, frozenset())
        return any(word in qualifiers for word in qualifier_lemmas)

    def day_of(self, event: str) -> tuple[str, str, str]:
        """(subject, label, frame measure) of a day tied to ``event``: a named
        event other than the incident (an arrest, a death in hospital, a
        hearing, a funeral) has its own day, labelled as its time is ("day
        of death"); any other day may be the incident's.  Every extractor
        that keys a day by its event builds the key here."""
        if event in self.labels and event != "incident" and event not in self.incident_days:
            return event, self.labels[event].replace("time of", "day of", 1), f"date:{event}"
        return "incident", "day of the incident", "date:incident"


@cache
def event_lexicon() -> EventLexicon:
    rules = load_rule_file("events.yaml", EventRules)
    by_verb = {v: key for key, rule in rules.events.items() for v in rule.verbs}
    by_noun = {n: key for key, rule in rules.events.items() for n in rule.nouns}
    labels = {key: rule.label for key, rule in rules.events.items()}
    return EventLexicon(
        by_verb,
        by_noun,
        labels,
        frozenset(rules.light_verbs),
        frozenset(rules.reported_verbs),
        _pairs(rules, "qualified"),
        {verb: key for key, verbs in rules.governing_verbs.items() for verb in verbs},
        _pairs(rules, "later"),
        _pairs(rules, "where"),
        _pairs(rules, "person_object"),
        frozenset(rules.object_carriers),
        frozenset(rules.aimed_preps),
        frozenset(rules.agent_carriers),
        frozenset(rules.future_auxiliaries),
        frozenset(rules.intent_verbs),
        frozenset(rules.tally_preps),
        {verb: key for key, rule in rules.events.items() for verb in rule.clocked},
        _pairs(rules, "patients"),
        {key: frozenset(rule.doers) for key, rule in rules.events.items() if rule.doers},
        frozenset(key for key, rule in rules.events.items() if rule.life),
        {key: frozenset(rule.active_only) for key, rule in rules.events.items() if rule.active_only},
        frozenset(v for rule in rules.events.values() for v in rule.bearer_objects),
        frozenset(v for rule in rules.events.values() for v in rule.object_scoped),
        tuple(rules.whole_words),
        rules.life_min_days_back,
        {
            (verb, key): frozenset(words)
            for key, rule in rules.events.items()
            for verb, words in rule.subjects.items()
        },
        frozenset(key for key, rule in rules.events.items() if rule.after_incident),
        frozenset(key for key, rule in rules.events.items() if rule.occasion),
        frozenset(rules.during_marks),
        frozenset(rules.occasion_scene_preps),
        frozenset(rules.occasion_honoree_preps),
        objectless=frozenset(v for rule in rules.events.values() for v in rule.objectless),
        during_other_event=frozenset(rules.during_other_event_words),
        intent_progressive=frozenset(rules.intent_progressive),
        preposition_participles=frozenset(rules.preposition_participles),
        qualified_nouns={noun: frozenset(words) for noun, words in rules.qualified_nouns.items()},
        toll_participles=frozenset(rules.toll_participles),
        standing_participles=frozenset(rules.standing_participles),
        incident_days=frozenset(key for key, rule in rules.events.items() if rule.incident_day),
        tally_subjects=frozenset(rules.tally_subjects),
        tally_verbs=frozenset(rules.tally_verbs),
        of_less_nouns=frozenset(rules.of_less_nouns),
        trigger_preps=frozenset(rules.trigger_preps),
        approach=rules.approach,
        aircraft_names=frozenset(rules.aircraft_names),
        verb_doers={
            (verb, key): frozenset(words)
            for key, rule in rules.events.items()
            for verb, words in rule.verb_doers.items()
        },
        story_agents=rules.story_agents,
        participle_only={
            key: frozenset(rule.participle_only) for key, rule in rules.events.items() if rule.participle_only
        },
    )


@cache
def moment_rules() -> MomentRules:
    """The rules of a later moment told before the attack (compare/moments.py)."""
    return load_rule_file("events.yaml", EventRules).moments


def subject_fits(verb: str, event: str, subjects: set[str], words: Iterable[str] = ()) -> bool:
    """Whether a verb's subjects (lemmas) let it name the event: "go off"
    names the incident with a gun or a bomb as its subject only (``subjects``
    in rules/events.yaml); a verb with no such list names it with any.  A
    list for the verb with one of its qualifying ``words`` ("come off
    track") is that word's alone: the tram comes off the tracks, the plane
    comes down."""
    lexicon = event_lexicon().subjects
    for word in words:
        own = lexicon.get((f"{verb} {word}", event))
        if own is not None and own & subjects:
            return True
    rest = [w for w in words if (f"{verb} {w}", event) not in lexicon]
    if words and not rest:
        return False
    needed = lexicon.get((verb, event))
    return needed is None or bool(needed & subjects)


def _pairs(rules: EventRules, field: str) -> dict[str, tuple[tuple[frozenset[str], str], ...]]:
    """verb -> (words, event) pairs of one of the rules' verb-qualifying lists."""
    pairs: dict[str, list[tuple[frozenset[str], str]]] = {}
    for key, rule in rules.events.items():
        for verb, words in getattr(rule, field).items():
            pairs.setdefault(verb, []).append((frozenset(words), key))
    return {verb: tuple(found) for verb, found in pairs.items()}


def incident_words(words: dict[str, str]) -> dict[str, str]:
    """``words`` (an event lexicon's nouns or verbs, word -> event) without
    the events of a person's earlier life and the states of the aftermath
    ("remained", "underwent"): a wedding, a move home or a stay in hospital
    is no event an incident is told by, and the same-event model was trained
    on the incident words alone (its shipped classes must stay those)."""
    left_out = event_lexicon().life | {AFTERMATH_EVENT}
    return {word: event for word, event in words.items() if event not in left_out}
