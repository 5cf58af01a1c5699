"""How reporters word casualty counts: the counts rules as lookups.

Which verbs, participles, adjectives and nouns state that people were
killed, injured, arrested or went missing, which nouns name groups of people
(police, attackers), which vague quantities ("dozens") stand for which
numbers: ``rules/counts.yaml``, turned into lookups once.  The counts
extractor reads it to find counts, and the digest to tell a count of
attackers from one of victims and whether a report's lead tells of a
death (:func:`tells_of_a_death`); neither owns it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.knowledge.vocabulary import alternation, spaced_alternation


class CountRules(Strict):
    transitive_verbs: dict[str, list[str]]
    charge_verbs: list[str]
    intransitive_verbs: dict[str, list[str]]
    outcome_words: dict[str, list[str]]
    fatal_verbs: list[str]
    fatal_modifiers: list[str]
    fatal_complements: list[str]
    not_fatal_to_death: list[str]
    short_of_death: list[str]
    fire_verbs: list[str]
    harm_verbs: dict[str, str]
    condition_words: list[str]
    death_words: list[str]
    not_a_death: list[str]
    death_nouns: list[str]
    harm_nouns: dict[str, str]
    fatal_adjectives: list[str]
    fatal_event_nouns: list[str]
    body_nouns: list[str]
    hospital_verbs: list[str]
    hospital_nouns: list[str]
    recovery_verbs: list[str]
    injury_verbs: list[str]
    injury_nouns: list[str]
    outcome_nouns: dict[str, list[str]]
    arrest_denial_determiners: list[str] = []
    arrest_denial_pronouns: list[str] = []
    arrest_denial_verbs: list[str] = []
    arrest_denial_yet: list[str] = []
    toll_nouns: list[str]
    toll_particles: list[str]
    number_nouns: list[str]
    toll_multiples: dict[str, int]
    tally_nouns: dict[str, list[str]]
    life_verbs: list[str]
    rate_words: list[str]
    corps_groups: list[str]
    whole_groups: list[str] = []
    attacker_groups_by_act: list[str] = []
    attackers_tally: str = "shooters"
    on_board_words: list[str]
    carrying_verbs: list[str]
    name_number_prefixes: list[str]
    on_board_parts: dict[str, list[str]]
    on_board_having_verbs: list[str]
    on_board_rescue_verbs: list[str]
    on_board_taking_verbs: list[str]
    on_board_one_words: list[str]
    on_board_invariant_plurals: list[str]
    carrying_preps: list[str]
    riding_preps: list[str] = []
    vehicle_nouns: list[str]
    journey_verbs: list[str]
    everyone_words: list[str]
    present_nouns: list[str]
    present_places: list[str]
    crowd_nouns: list[str]
    crowd_verbs: list[str]
    crowd_events: list[str]
    rescue_verbs: list[str]
    rescue_alive_verbs: list[str]
    rescue_alive_words: list[str]
    rescue_reporting_verbs: list[str]
    rescue_undone_words: list[str]
    custody_nouns: list[str]
    custody_verbs: list[str]
    custody_states: list[str]
    questioning_nouns: list[str]
    questioning_holds: list[str]
    unharmed_words: list[str]
    unrealised_modifiers: list[str]
    not_name_words: list[str]
    generic_people: list[str]
    total_people: list[str]
    total_wrappers: list[str]
    groups: dict[str, list[str]]
    kinds_of_people: dict[str, list[str]]
    attackers: list[str]
    collective_nouns: list[str]
    one_person_articles: list[str]
    one_more_words: list[str]
    vague: dict[str, tuple[int, int]]
    vague_needs_of: list[str]
    vague_said_of: dict[str, tuple[int, int]] = {}
    other_counts: dict[str, list[str]]
    hyphen_tallies: dict[str, list[str]] = {}
    hyphen_wholes: dict[str, list[str]] = {}
    additional_words: list[str]
    still_missing_words: list[str]
    staying_tally_words: list[str]
    staying_tally_joins: list[str]
    staying_tallies: list[str]
    increment_words: list[str]
    subgroup_words: list[str]
    origin_preps: list[str]
    origin_verbs: list[str]
    fronted_share_preps: list[str]
    distributive_words: list[str]
    toll_pronouns: list[str]
    place_share_preps: list[str]
    headline_borrowed_hedges: list[str]
    seen_verbs: list[str]
    seen_records: list[str]
    severity_adverbs: dict[str, str]
    severity_adjectives: dict[str, str]
    care_stage_words: list[str]
    enclosure_nouns: list[str]
    enclosure_preps: list[str]
    remaining_verbs: list[str]
    part_markers: dict[str, list[str]]
    part_clause_ends: list[str]
    part_sentence_breaks: list[str]
    age_words: list[str]
    definite_determiners: list[str]
    another_part_words: list[str]
    taken_to_hospital_verbs: list[str]
    hospitalized_verbs: list[str]
    hospitalized_share_verbs: list[str]
    harmed_group_nouns: list[str]
    partial_area_nouns: list[str]
    partial_area_prepositions: list[str]
    partial_area_markers: list[str]
    partial_area_lead_adverbs: list[str]
    other_area_marks: list[str]
    breakdown_prepositions: list[str]
    breakdown_figure_words: list[str]
    wider_sum_words: list[str]
    wider_spread_words: list[str]
    wider_spread_over_area: list[str]
    wider_spread_whole_areas: list[str]
    neighbour_words: list[str]
    place_share_verbs: list[str]
    share_clause_marks: list[str]
    period_preps: list[str]
    period_words: list[str]
    period_units: list[str]
    period_spans: list[str]
    stretch_days: list[str]
    stretch_day_preps: list[str]
    cumulative_toll_words: list[str]
    apart_adverbs: list[str]
    apart_counting_verbs: list[str]
    apart_negated_verbs: list[str]
    counted_place_nouns: list[str]
    counted_place_preps: list[str]
    place_speech_verbs: list[str]
    place_own_words: list[str]
    elsewhere_words: list[str]
    zero_so_far_words: list[str]
    zero_reported_words: list[str]
    unrelated_charges: list[str]
    seen_doing_verbs: list[str]
    incident_charges: list[str]
    linked_case_words: list[str]
    attacker_included: list[str]
    attacker_excluded: list[str]
    later_death_phrases: list[str]
    restating_clause_deps: list[str]
    restating_incident_preps: list[str]
    restating_event_determiners: list[str]
    restating_total_openers: list[str]
    toll_rise_words: list[str]
    dead_number_verbs: list[str]
    dead_number_qualifiers: list[str]
    dead_number_rise_verbs: list[str]
    dead_number_stand_verbs: list[str]
    dead_number_bring_verbs: list[str]
    toll_rise_more_words: list[str]
    toll_rise_more_before: list[str]
    toll_rise_of_the: list[str]
    toll_rise_deaths: list[str]
    toll_rise_ordinals: dict[str, int]
    toll_rise_ordinal_articles: list[str]
    toll_rise_more_nouns: list[str]
    toll_rise_one_hurt: list[str]
    toll_rise_one_person: list[str]
    toll_rise_died_of_wounds: list[str]
    toll_rise_body_of: list[str]
    toll_rise_hurt_people: list[str]
    toll_rise_bodies_of: list[str]
    toll_rise_body_found: list[str]
    toll_rise_body_finding: list[str]
    toll_rise_hurt_participles: list[str]
    toll_rise_hurt_after: list[str]
    toll_rise_hurt_breaks: list[str]
    toll_rise_hurt_others: list[str]
    toll_now_after: list[str]
    toll_rise_cause_openers: list[str]
    toll_rise_by_words: list[str]
    live_entry_stamp: str
    live_entry_min: int
    attacker_suicide: list[str]
    suicide_attempt_verbs: list[str]
    suicide_nouns: list[str]
    shooter_verbs: list[str]
    shooter_reflexives: dict[str, list[str]]
    harm_reflexives: list[str]
    shooter_modals: list[str]
    no_shooter_agents: list[str]
    suicide_death_preps: list[str]
    suicide_hedges: list[str]
    self_inflicted: list[str]
    shooter_doubt: list[str]
    shooter_hearsay: list[str]
    shooter_hedges: list[str]


@dataclass(frozen=True)
class Lexicon:
    """The rule file turned into lookups (word -> outcome / group)."""

    transitive: dict[str, str]
    #: verbs of an arrest that count the people charged ("have been charged")
    charge_verbs: frozenset[str]
    intransitive: dict[str, str]
    outcome_word: dict[str, str]
    fatal_verbs: frozenset[str]
    fatal_modifiers: frozenset[str]
    fatal_complements: frozenset[str]
    #: verbs whose "to death" tells no death ("sentenced to death", "scared to death")
    not_fatal_to_death: frozenset[str]
    #: "nearly", "half": a "to death" short of one
    short_of_death: frozenset[str]
    #: "burnt alive", "burned beyond recognition": the dead of a fire
    fire_verbs: frozenset[str]
    harm_participle: dict[str, str]
    condition_words: frozenset[str]
    death_nouns: frozenset[str]
    harm_nouns: dict[str, str]
    fatal_adjectives: frozenset[str]
    fatal_event_nouns: frozenset[str]
    body_nouns: frozenset[str]
    hospital_verbs: frozenset[str]
    hospital_nouns: frozenset[str]
    recovery_verbs: frozenset[str]
    injury_verbs: frozenset[str]
    injury_nouns: frozenset[str]
    outcome_noun: dict[str, tuple[str, ...]]
    #: "not made any arrests", "yet to make an arrest", "not arrested anyone":
    #: the words of an arrest denied by its verb (no one held)
    arrest_denial_determiners: frozenset[str]
    arrest_denial_pronouns: frozenset[str]
    arrest_denial_verbs: frozenset[str]
    arrest_denial_yet: frozenset[str]
    toll_nouns: frozenset[str]
    toll_particles: frozenset[str]
    number_nouns: frozenset[str]
    toll_multiples: dict[str, int]
    tally_noun: dict[str, str]
    life_verbs: frozenset[str]
    rate_words: tuple[str, ...]
    #: groups one member of which makes a bare "another N" more of them
    corps_groups: frozenset[str]
    #: groups of plain kinds of people whose count, alone of its toll in a
    #: report and told as no share, is the report's whole count ("Two men
    #: were arrested", "Eight miners were killed")
    whole_groups: frozenset[str]
    #: groups of people an attack verb of their own clause makes the attackers ("two men opened fire")
    attacker_groups_by_act: frozenset[str]
    #: the tally (an ``other_counts`` group) such a count of attackers joins
    attackers_tally: str
    on_board_words: tuple[str, ...]
    carrying_verbs: frozenset[str]
    #: "Flight", "Route": a number right after one of these (as written) is part of a name
    name_number_prefixes: frozenset[str]
    #: "passengers", "crew": the word of each part of the people on board, by part
    on_board_part_of: dict[str, str]
    #: "have": a verb of having whose passengers and crew were on board
    on_board_having: frozenset[str]
    #: "hoist", "winch": verbs that lift the rescued onto any craft ("hoisted on board the helicopter")
    on_board_rescue: frozenset[str]
    #: "take", "bring": verbs that do so only onto a responder's craft ("taken aboard the rescue vessel")
    on_board_taking: frozenset[str]
    #: "a", "one": a word that counts one part of a list of people on board ("and a driver")
    on_board_one: frozenset[str]
    #: "crew": a part noun whose singular counts several ("10 crew")
    on_board_invariant_plurals: frozenset[str]
    #: "with": a vehicle's phrase of the people it carried ("a ferry with 58 passengers")
    carrying_preps: frozenset[str]
    #: "on", "in", "aboard": "500 passengers were on the train", people a vehicle held
    riding_preps: frozenset[str]
    vehicle_nouns: frozenset[str]
    #: "arriving from Nairobi with 72 passengers": a vehicle's verb of a journey
    #: whose "with" tells who was on board
    journey_verbs: frozenset[str]
    #: "all": a toll of everyone ("killing all 62 people on board")
    everyone: frozenset[str]
    present_nouns: frozenset[str]
    present_places: frozenset[str]
    crowd_nouns: frozenset[str]
    crowd_verbs: frozenset[str]
    crowd_events: frozenset[str]
    #: "rescued", "saved": their object is a count of people rescued
    rescue_verbs: frozenset[str]
    #: "pulled ... alive", "dug out alive": a count of people rescued by its "alive"
    rescue_alive_verbs: frozenset[str]
    rescue_alive_words: frozenset[str]
    #: "said", "believed": a rescue told under them is told ("were said to have been rescued")
    rescue_reporting: frozenset[str]
    #: "not", "could", "to": a rescue with one on its verb was not done ("could not be rescued")
    rescue_undone: frozenset[str]
    #: "in custody", "into custody": the people held (arrested)
    custody_nouns: frozenset[str]
    custody_verbs: frozenset[str]
    custody_states: frozenset[str]
    #: "held for questioning": the nouns of the "for" phrase, the verbs that hold so
    questioning_nouns: frozenset[str]
    questioning_holds: frozenset[str]
    unharmed_words: frozenset[str]
    unrealised_modifiers: frozenset[str]
    not_name_words: frozenset[str]
    people_group: dict[str, str]
    #: nouns that count everyone of a toll, never a part ("people", "victims")
    total_people: frozenset[str]
    #: nouns a count is told as, the counted after "of" ("a total of 14 people")
    total_wrappers: frozenset[str]
    #: a noun of people -> the kind it names, which no other kind's figure counts
    #: ("firemen" -> "firefighter"; "pilots" and "nurses" are both workers)
    kind_of_people: dict[str, str]
    attackers: frozenset[str]
    collective_nouns: frozenset[str]
    #: "a", "an": a count of one person told as a person ("a woman was rescued"), no group's size
    one_person: frozenset[str]
    #: those and "another" ("another passenger"): one more such person
    one_person_or_more: frozenset[str]
    vague: dict[str, tuple[int, int]]
    #: vague phrases that are one only before "of" ("a couple of")
    vague_needs_of: frozenset[str]
    #: vague words -> the figures reporters name by them, wider than their reading ("several": 2-19)
    vague_said_of: dict[str, tuple[int, int]]
    other_group: dict[str, str]
    #: a tally -> the nouns a hyphened figure of its noun counts it before ("a two-car collision")
    hyphen_tallies: dict[str, frozenset[str]]
    #: a tally -> the nouns its hyphened figure's units make up ("a three-car train crash"), no tally
    hyphen_wholes: dict[str, frozenset[str]]
    additional: frozenset[str]
    #: "still", "remain": a count of the missing told as those not yet found
    still_missing: frozenset[str]
    #: "remain", "stay", "still": a tally told as what stays behind, a part of it
    staying_tally: frozenset[str]
    #: "with", "along": the words joining a tally to the subject it stays beside
    staying_tally_joins: frozenset[str]
    #: "fire engines", "hostages": the tallies some of which stay while others leave
    staying_tallies: frozenset[str]
    increment: frozenset[str]
    subgroup: frozenset[str]
    #: "from": the preposition before the place a share of a toll came from
    origin_preps: frozenset[str]
    #: "be": the verbs a share of a toll is told to come from a place by
    origin_verbs: frozenset[str]
    #: "of", "among": a fronted preposition naming the toll ("Of those dead, four were ...")
    fronted_share_preps: frozenset[str]
    #: "each", "apiece": a figure told once for each of several (no share of its own)
    distributive: frozenset[str]
    #: "them", "those": a fronted "of" that names the toll told just before
    toll_pronouns: frozenset[str]
    #: "in": the preposition before the place a share of a toll died or was hurt in
    place_share_preps: frozenset[str]
    #: "lower_bound", "nearly": the hedges of a story's figure its headline's bare figure takes
    headline_borrowed_hedges: frozenset[str]
    #: verbs of showing and seeing: the harmed they show are those seen, a part
    seen: frozenset[str]
    #: what shows a toll, not some of it ("figures show 12 dead")
    seen_records: frozenset[str]
    #: "seriously" -> "serious": how badly the people of an injured count are hurt
    severity: dict[str, str]
    #: "serious" -> "serious", "minor" -> "minor": the same, told on the wounds suffered
    severity_adjectives: dict[str, str]
    #: "still", "remain": the injured not yet sent home, a share of all hurt
    care_stage: frozenset[str]
    #: "truck", "wreckage": where some of the harmed were or still lie, a part of the toll
    enclosures: frozenset[str]
    #: "in", "aboard": the words that put the harmed in one of `enclosures`
    enclosure_preps: frozenset[str]
    #: "remain": the dead not yet taken out of the wreck
    remaining: frozenset[str]
    #: "at the scene", "aboard", "after jumping": a figure of one stage, manner or part of the scene
    #: (every word of every part, in the rule file's order)
    part_markers: tuple[str, ...]
    #: "on the spot" -> "at the scene": the name of the part each of `part_markers` tells
    part_names: dict[str, str]
    #: "and", ",": the words that end the clause a figure's part marker is read in
    part_clause_ends: frozenset[str]
    #: ";", ".": the marks that end the rest of a sentence another part is read in
    part_sentence_breaks: frozenset[str]
    #: "old": the word of an age ("72-year-old", "34 years old")
    age_words: frozenset[str]
    #: "the", "those": a determiner pointing back to people already counted
    definite: frozenset[str]
    #: "later", "a fifth": the rest of a sentence telling another part of the toll
    another_part: tuple[str, ...]
    #: "take", "rush": verbs that take the injured to hospital (with a hospital noun)
    taken_to_hospital: frozenset[str]
    #: "hospitalize": verbs that say so alone
    hospitalized: frozenset[str]
    #: "hospitalize": verbs that say so alone, a share beside a larger toll of the hurt
    hospitalized_share: frozenset[str]
    #: "the injured", "the wounded": the harmed as a group after "none of"
    harmed_groups: frozenset[str]
    #: "province", "town": an area word that makes a fronted "In X province," one area's toll
    partial_areas: frozenset[str]
    #: "alone": "In Amatrice alone," one area's toll
    partial_markers: frozenset[str]
    #: "in": the word that fronts one area's toll ("In Aleppo province, ...")
    partial_openers: frozenset[str]
    #: "in", "from": the word before each place of a toll broken down in one sentence
    breakdown_preps: frozenset[str]
    #: "each": a word a left-out figure of that breakdown may carry ("one each in Monze")
    breakdown_figure_words: frozenset[str]
    #: "in all", "in total": a toll summed (see ``wider_sum_words`` in rules/counts.yaml)
    wider_sum_words: tuple[str, ...]
    #: "across", "statewide": a toll spread over places wider than the incident's
    wider_spread_words: frozenset[str]
    #: "across": a spread word only before a capitalised name or an area noun
    wider_spread_over_area: frozenset[str]
    #: "country", "nation": an area "across" spreads a toll over in small letters
    wider_spread_whole_areas: frozenset[str]
    #: "neighbouring": the name after it is a place
    neighbours: frozenset[str]
    #: "meanwhile": a discourse adverb that may stand before a fronted area's "in"
    partial_lead_adverbs: frozenset[str]
    #: "also": in a fronted area's "where" clause, the event came there too
    other_area_marks: frozenset[str]
    #: "report", "record": the verbs whose place subject tells that place's share
    #: ("Zimbabwe reported 31 deaths")
    place_share_verbs: frozenset[str]
    #: "while": a clause it opens beside one area's share tells another's
    share_clause_marks: frozenset[str]
    #: "in the last 24 hours": the words of a fronted stretch of time a toll is of
    period_preps: frozenset[str]
    period_words: frozenset[str]
    period_units: frozenset[str]
    #: "weekend": a stretch named by its own word ("Over the weekend, ...")
    period_spans: frozenset[str]
    #: "Monday" and "on": the days a figure of one day or stretch is told by
    stretch_days: frozenset[str]
    stretch_day_preps: frozenset[str]
    #: "bringing the toll to", "since June", "so far": a toll told as cumulative
    cumulative_toll_words: tuple[str, ...]
    #: "separately" and "include": a figure kept out of the toll ("counted separately")
    apart_adverbs: frozenset[str]
    apart_counting_verbs: frozenset[str]
    apart_negated_verbs: frozenset[str]
    #: "towns" and "in": a figure told over a number of places ("in two towns")
    counted_place_nouns: frozenset[str]
    counted_place_preps: frozenset[str]
    #: "say": a place's verb of saying whose toll is a share beside another place's
    place_speech_verbs: frozenset[str]
    place_own_words: frozenset[str]
    #: "elsewhere": a zero of places the report has not named
    elsewhere: frozenset[str]
    #: "no immediate reports of deaths", "so far": a zero of the hour it was told at
    zero_so_far: re.Pattern[str]
    #: "no reported deaths", "no injuries have been reported": a zero of what has come to light
    zero_reported: frozenset[str]
    #: charges of something other than the incident ("an outstanding warrant")
    unrelated_charges: frozenset[str]
    #: verbs of seeing whose clause tells what the people arrested were seen doing
    seen_doing_verbs: frozenset[str]
    #: charges of the incident's harm ("murder"), which make an arrest the incident's
    incident_charges: frozenset[str]
    #: "connected", "linked": a sentence that ties two cases together
    linked_cases: frozenset[str]
    attacker_phrase: re.Pattern[str]
    attacker_suicide: re.Pattern[str]
    suicide_attempt_verbs: frozenset[str]
    suicide_nouns: frozenset[str]
    #: verbs whose subject fired at their object ("shot his brother")
    shooter_verbs: frozenset[str] = frozenset()
    #: reflexive objects ("himself") -> the sex each states ("any": none)
    shooter_reflexives: dict[str, str] = field(default_factory=dict)
    #: objects that make the subject of a verb of harm the one harmed ("shot
    #: himself", "shot myself"): the shooter's reflexives and ``harm_reflexives``
    reflexives: frozenset[str] = frozenset()
    #: modals that leave a clause of who fired a possibility ("may have shot himself")
    shooter_modals: frozenset[str] = frozenset()
    #: agents of a passive "shot by" that are no person ("a stray bullet")
    no_shooter_agents: frozenset[str] = frozenset()
    #: prepositions of a death by a suicide noun ("died by suicide")
    suicide_death_preps: frozenset[str] = frozenset()
    #: words before a suicide noun that leave it open ("an apparent suicide")
    suicide_hedges: frozenset[str] = frozenset()
    #: words before a wound that say the one hurt fired it ("self-inflicted")
    self_inflicted: frozenset[str] = frozenset()
    #: verbs above a clause of who fired that leave it open or deny it
    shooter_doubt: frozenset[str] = frozenset()
    #: verbs of being told, passive, above such a clause ("officers were told he shot himself")
    shooter_hearsay: frozenset[str] = frozenset()
    #: words that hedge a clause of who fired without leaving it open
    #: ("police believe he shot himself", "an apparently self-inflicted
    #: wound"): the reading is kept, marked hedged, and is at most a possible conflict
    shooter_hedges: frozenset[str] = frozenset()


def _invert(mapping: dict[str, list[str]]) -> dict[str, str]:
    return {word: key for key, words in mapping.items() for word in words}


@cache
def lexicon() -> Lexicon:
    rules = load_rule_file("counts.yaml", CountRules)
    people = {w: "all" for w in rules.generic_people}
    people.update(_invert(rules.groups))
    outcome_noun: dict[str, tuple[str, ...]] = {}
    for key, words in rules.outcome_nouns.items():
        for w in words:
            outcome_noun[w] = ("killed", "injured") if key == "both" else (key,)
    return Lexicon(
        transitive=_invert(rules.transitive_verbs),
        arrest_denial_determiners=frozenset(rules.arrest_denial_determiners),
        arrest_denial_pronouns=frozenset(rules.arrest_denial_pronouns),
        arrest_denial_verbs=frozenset(rules.arrest_denial_verbs),
        arrest_denial_yet=frozenset(rules.arrest_denial_yet),
        charge_verbs=frozenset(rules.charge_verbs),
        intransitive=_invert(rules.intransitive_verbs),
        outcome_word=_invert(rules.outcome_words),
        fatal_verbs=frozenset(rules.fatal_verbs),
        fatal_modifiers=frozenset(rules.fatal_modifiers),
        fatal_complements=frozenset(rules.fatal_complements),
        not_fatal_to_death=frozenset(rules.not_fatal_to_death),
        short_of_death=frozenset(rules.short_of_death),
        fire_verbs=frozenset(rules.fire_verbs),
        harm_participle=dict(rules.harm_verbs),
        condition_words=frozenset(rules.condition_words),
        death_nouns=frozenset(rules.death_nouns),
        harm_nouns=dict(rules.harm_nouns),
        fatal_adjectives=frozenset(rules.fatal_adjectives),
        fatal_event_nouns=frozenset(rules.fatal_event_nouns),
        body_nouns=frozenset(rules.body_nouns),
        hospital_verbs=frozenset(rules.hospital_verbs),
        hospital_nouns=frozenset(rules.hospital_nouns),
        recovery_verbs=frozenset(rules.recovery_verbs),
        injury_verbs=frozenset(rules.injury_verbs),
        injury_nouns=frozenset(rules.injury_nouns),
        outcome_noun=outcome_noun,
        toll_nouns=frozenset(rules.toll_nouns),
        toll_particles=frozenset(rules.toll_particles),
        number_nouns=frozenset(rules.number_nouns),
        toll_multiples=dict(rules.toll_multiples),
        tally_noun=_invert(rules.tally_nouns),
        life_verbs=frozenset(rules.life_verbs),
        rate_words=tuple(rules.rate_words),
        corps_groups=frozenset(rules.corps_groups),
        whole_groups=frozenset(rules.whole_groups),
        attacker_groups_by_act=frozenset(rules.attacker_groups_by_act),
        attackers_tally=rules.attackers_tally,
        on_board_words=tuple(rules.on_board_words),
        carrying_verbs=frozenset(rules.carrying_verbs),
        name_number_prefixes=frozenset(rules.name_number_prefixes),
        on_board_part_of={word: part for part, words in rules.on_board_parts.items() for word in words},
        on_board_having=frozenset(rules.on_board_having_verbs),
        on_board_rescue=frozenset(rules.on_board_rescue_verbs),
        on_board_taking=frozenset(rules.on_board_taking_verbs),
        on_board_one=frozenset(rules.on_board_one_words),
        on_board_invariant_plurals=frozenset(rules.on_board_invariant_plurals),
        carrying_preps=frozenset(rules.carrying_preps),
        riding_preps=frozenset(rules.riding_preps),
        vehicle_nouns=frozenset(rules.vehicle_nouns),
        journey_verbs=frozenset(rules.journey_verbs),
        everyone=frozenset(rules.everyone_words),
        present_nouns=frozenset(rules.present_nouns),
        present_places=frozenset(rules.present_places),
        crowd_nouns=frozenset(rules.crowd_nouns),
        crowd_verbs=frozenset(rules.crowd_verbs),
        crowd_events=frozenset(rules.crowd_events),
        rescue_verbs=frozenset(rules.rescue_verbs),
        rescue_alive_verbs=frozenset(rules.rescue_alive_verbs),
        rescue_alive_words=frozenset(rules.rescue_alive_words),
        rescue_reporting=frozenset(rules.rescue_reporting_verbs),
        rescue_undone=frozenset(rules.rescue_undone_words),
        custody_nouns=frozenset(rules.custody_nouns),
        custody_verbs=frozenset(rules.custody_verbs),
        custody_states=frozenset(rules.custody_states),
        questioning_nouns=frozenset(rules.questioning_nouns),
        questioning_holds=frozenset(rules.questioning_holds),
        unharmed_words=frozenset(rules.unharmed_words),
        unrealised_modifiers=frozenset(rules.unrealised_modifiers),
        not_name_words=frozenset(rules.not_name_words),
        people_group=people,
        total_people=frozenset(rules.total_people),
        total_wrappers=frozenset(rules.total_wrappers),
        kind_of_people=_invert(rules.kinds_of_people),
        attackers=frozenset(rules.attackers),
        collective_nouns=frozenset(rules.collective_nouns),
        one_person=frozenset(rules.one_person_articles),
        one_person_or_more=frozenset(rules.one_person_articles) | frozenset(rules.one_more_words),
        vague=dict(rules.vague),
        vague_needs_of=frozenset(rules.vague_needs_of),
        vague_said_of=dict(rules.vague_said_of),
        other_group=_invert(rules.other_counts),
        hyphen_tallies={group: frozenset(nouns) for group, nouns in rules.hyphen_tallies.items()},
        hyphen_wholes={group: frozenset(nouns) for group, nouns in rules.hyphen_wholes.items()},
        additional=frozenset(rules.additional_words),
        still_missing=frozenset(rules.still_missing_words),
        staying_tally=frozenset(rules.staying_tally_words),
        staying_tally_joins=frozenset(rules.staying_tally_joins),
        staying_tallies=frozenset(rules.staying_tallies),
        increment=frozenset(rules.additional_words) | frozenset(rules.increment_words),
        subgroup=frozenset(rules.subgroup_words),
        origin_preps=frozenset(rules.origin_preps),
        origin_verbs=frozenset(rules.origin_verbs),
        fronted_share_preps=frozenset(rules.fronted_share_preps),
        distributive=frozenset(rules.distributive_words),
        toll_pronouns=frozenset(rules.toll_pronouns),
        place_share_preps=frozenset(rules.place_share_preps),
        headline_borrowed_hedges=frozenset(rules.headline_borrowed_hedges),
        seen=frozenset(rules.seen_verbs),
        seen_records=frozenset(rules.seen_records),
        severity=dict(rules.severity_adverbs),
        severity_adjectives=dict(rules.severity_adjectives),
        care_stage=frozenset(rules.care_stage_words),
        enclosures=frozenset(rules.enclosure_nouns),
        enclosure_preps=frozenset(rules.enclosure_preps),
        remaining=frozenset(rules.remaining_verbs),
        part_markers=tuple(word for words in rules.part_markers.values() for word in words),
        part_names={word: name for name, words in rules.part_markers.items() for word in words},
        part_clause_ends=frozenset(rules.part_clause_ends),
        part_sentence_breaks=frozenset(rules.part_sentence_breaks),
        age_words=frozenset(rules.age_words),
        definite=frozenset(rules.definite_determiners),
        another_part=tuple(rules.another_part_words),
        taken_to_hospital=frozenset(rules.taken_to_hospital_verbs),
        hospitalized=frozenset(rules.hospitalized_verbs),
        hospitalized_share=frozenset(rules.hospitalized_share_verbs),
        harmed_groups=frozenset(rules.harmed_group_nouns),
        partial_areas=frozenset(rules.partial_area_nouns),
        partial_markers=frozenset(rules.partial_area_markers),
        partial_openers=frozenset(rules.partial_area_prepositions),
        breakdown_preps=frozenset(rules.breakdown_prepositions),
        breakdown_figure_words=frozenset(rules.breakdown_figure_words),
        wider_sum_words=tuple(rules.wider_sum_words),
        wider_spread_words=frozenset(rules.wider_spread_words),
        wider_spread_over_area=frozenset(rules.wider_spread_over_area),
        wider_spread_whole_areas=frozenset(rules.wider_spread_whole_areas),
        neighbours=frozenset(rules.neighbour_words),
        partial_lead_adverbs=frozenset(rules.partial_area_lead_adverbs),
        other_area_marks=frozenset(rules.other_area_marks),
        place_share_verbs=frozenset(rules.place_share_verbs),
        share_clause_marks=frozenset(rules.share_clause_marks),
        period_preps=frozenset(rules.period_preps),
        period_words=frozenset(rules.period_words),
        period_units=frozenset(rules.period_units),
        period_spans=frozenset(rules.period_spans),
        stretch_days=frozenset(rules.stretch_days),
        stretch_day_preps=frozenset(rules.stretch_day_preps),
        cumulative_toll_words=tuple(rules.cumulative_toll_words),
        apart_adverbs=frozenset(rules.apart_adverbs),
        apart_counting_verbs=frozenset(rules.apart_counting_verbs),
        apart_negated_verbs=frozenset(rules.apart_negated_verbs),
        counted_place_nouns=frozenset(rules.counted_place_nouns),
        counted_place_preps=frozenset(rules.counted_place_preps),
        place_speech_verbs=frozenset(rules.place_speech_verbs),
        place_own_words=frozenset(rules.place_own_words),
        elsewhere=frozenset(rules.elsewhere_words),
        zero_so_far=re.compile(rf"\b(?:{spaced_alternation(rules.zero_so_far_words)})\b", re.IGNORECASE),
        zero_reported=frozenset(rules.zero_reported_words),
        unrelated_charges=frozenset(rules.unrelated_charges),
        seen_doing_verbs=frozenset(rules.seen_doing_verbs),
        incident_charges=frozenset(rules.incident_charges),
        linked_cases=frozenset(rules.linked_case_words),
        attacker_phrase=_attacker_phrase(rules),
        attacker_suicide=_attacker_suicide(rules.attacker_suicide),
        suicide_attempt_verbs=frozenset(rules.suicide_attempt_verbs),
        suicide_nouns=frozenset(rules.suicide_nouns),
        shooter_verbs=frozenset(rules.shooter_verbs),
        shooter_reflexives={w: sex for sex, words in rules.shooter_reflexives.items() for w in words},
        reflexives=frozenset(w for words in rules.shooter_reflexives.values() for w in words)
        | frozenset(rules.harm_reflexives),
        shooter_modals=frozenset(rules.shooter_modals),
        no_shooter_agents=frozenset(rules.no_shooter_agents),
        suicide_death_preps=frozenset(rules.suicide_death_preps),
        suicide_hedges=frozenset(rules.suicide_hedges),
        self_inflicted=frozenset(rules.self_inflicted),
        shooter_doubt=frozenset(rules.shooter_doubt),
        shooter_hearsay=frozenset(rules.shooter_hearsay),
        shooter_hedges=frozenset(rules.shooter_hedges),
    )


@dataclass(frozen=True)
class Restating:
    """The words of a toll told again by a definite article ("the 13
    victims who died", ``restating_*`` of rules/counts.yaml)."""

    determiners: frozenset[str]
    clause_deps: frozenset[str]
    #: the prepositions that tie the people to the incident itself ("in the attack")
    incident_preps: frozenset[str] = frozenset()
    #: the determiners of the story's own event ("the attack")
    event_determiners: frozenset[str] = frozenset()
    #: the words opening a clause that tells the whole toll again ("In total,")
    total_openers: frozenset[str] = frozenset()


@cache
def restating() -> Restating:
    """The words of a toll told again (``restating_*`` of rules/counts.yaml)."""
    rules = load_rule_file("counts.yaml", CountRules)
    lex = lexicon()
    return Restating(
        lex.definite | lex.everyone,
        frozenset(rules.restating_clause_deps),
        frozenset(rules.restating_incident_preps),
        frozenset(rules.restating_event_determiners),
        frozenset(rules.restating_total_openers),
    )


@cache
def later_death_after() -> re.Pattern[str]:
    """The words right after a count of the dead that tell the deaths came
    after the report's first toll ("one later died at the hospital",
    ``later_death_phrases`` of rules/counts.yaml), the phrase beginning within
    40 characters of it with no ".", ";" or ":" between."""
    rules = load_rule_file("counts.yaml", CountRules)
    return re.compile(rf"^[^.;:]{{0,40}}?\b(?:{alternation(rules.later_death_phrases)})\b", re.IGNORECASE)


@dataclass(frozen=True)
class TollRisePatterns:
    """The words of a toll told as risen by deaths the report tells
    (``toll_rise_*`` of rules/counts.yaml), as patterns."""

    #: the rise's words ending within 15 characters before the toll's figure
    before_figure: re.Pattern[str]
    #: "two more ... died", "a further three ... died": group ``n`` or ``further`` the figure
    more: re.Pattern[str]
    #: "one of the wounded ... died": group ``n`` the figure
    of_the: re.Pattern[str]
    #: "A fourth person has died": group ``ordinal`` the ordinal word
    ordinal: re.Pattern[str]
    ordinals: dict[str, int]
    #: "four more bodies": group ``n`` the figure
    more_bodies: re.Pattern[str]
    #: "a wounded man died": group ``n`` the article (one)
    one_hurt: re.Pattern[str]
    #: "a 45-year-old woman died of her injuries": group ``n`` the article (one)
    one_died_of_wounds: re.Pattern[str]
    #: "the body of a man was found": group ``n`` the article (one)
    one_body: re.Pattern[str]
    #: "rescuers recovered the body of a man": group ``n`` the article (one)
    one_body_found: re.Pattern[str]
    #: "The woman shot on Monday died": group ``one`` the determiner (one person)
    one_hurt_died: re.Pattern[str]
    #: "two people injured in the crash died": group ``n`` the figure
    hurt_died: re.Pattern[str]
    #: "the bodies of three more miners": group ``n`` the figure
    bodies_of: re.Pattern[str]
    #: "have now died" right after the toll's figure
    now_after: re.Pattern[str]
    #: "on Friday after " between a toll's figure and a count of the dead who raised it
    cause_opener: re.Pattern[str]
    #: a death's words (``toll_rise_deaths``) anywhere, for the named dead's own verb
    deaths: re.Pattern[str]
    #: "rose by" right before a rise's figure ("rose by five to 23")
    by_before: re.Pattern[str]


def _after_hurt(words: list[str]) -> str:
    """The words that may follow a bare participle of harm, as a pattern: a
    word whole, a mark as it is."""
    return "|".join(rf"{re.escape(w)}\b" if w[-1].isalnum() else re.escape(w) for w in words)


@cache
def toll_rise_patterns() -> TollRisePatterns:
    """The words of a toll a report says rose by the deaths it tells."""
    rules = load_rule_file("counts.yaml", CountRules)
    deaths = alternation(rules.toll_rise_deaths)
    figure = r"(?P<n>\d+|[a-z]+)"
    more = alternation(rules.toll_rise_more_words)
    hurt = spaced_alternation(rules.toll_rise_hurt_participles)
    # a clause of another's death between the harm and "died": "..., while two other passengers died"
    others = alternation(rules.toll_rise_hurt_others)
    other_clause = rf"\b(?:{alternation(rules.toll_rise_hurt_breaks)})\s+(?:{others}|\d+)\b"
    dead_number_risen = "|".join(_dead_number_told(rules, stands=False))
    return TollRisePatterns(
        before_figure=re.compile(
            rf"(?:\b(?:{_rise_words(rules.toll_rise_words)})\b|{dead_number_risen})[^.;:\d]{{0,15}}$",
            re.IGNORECASE,
        ),
        more=re.compile(
            rf"\b(?:(?:{spaced_alternation(rules.toll_rise_more_before)})\s+(?P<further>\d+|[a-z]+)"
            rf"|{figure}\s+(?:{more}))\b"
            rf"[^.;:]{{0,{MORE_CAUSE_REACH}}}?\b(?:{deaths})\b",
            re.IGNORECASE,
        ),
        of_the=re.compile(
            rf"\b{figure}\s+of\s+the\s+(?:{alternation(rules.toll_rise_of_the)})\b[^.;:]{{0,50}}?\b(?:{deaths})\b",
            re.IGNORECASE,
        ),
        ordinal=re.compile(
            rf"\b(?:{alternation(rules.toll_rise_ordinal_articles)})\s+"
            rf"(?P<ordinal>{alternation(rules.toll_rise_ordinals)})\s+(?:[a-z-]+\s+){{0,3}}?"
            rf"(?:{deaths})\b",
            re.IGNORECASE,
        ),
        ordinals=dict(rules.toll_rise_ordinals),
        more_bodies=re.compile(
            rf"\b{figure}\s+(?:{more})\s+(?:{alternation(rules.toll_rise_more_nouns)})\b", re.IGNORECASE
        ),
        one_hurt=re.compile(
            rf"\b(?P<n>an?)\s+(?:{alternation(rules.toll_rise_one_hurt)})\s+"
            rf"(?:{alternation(rules.toll_rise_one_person)})\b[^.;:]{{0,50}}?\b(?:{deaths})\b",
            re.IGNORECASE,
        ),
        one_died_of_wounds=re.compile(
            rf"\b(?P<n>an?)\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(rules.toll_rise_one_person)})\b[^.;:]{{0,50}}?"
            rf"\b(?:{spaced_alternation(rules.toll_rise_died_of_wounds)})\b",
            re.IGNORECASE,
        ),
        one_body=re.compile(
            rf"\b(?:{spaced_alternation(rules.toll_rise_body_of)})\s+(?P<n>an?)\s+(?:[\w-]+\s+){{0,2}}?"
            rf"(?:{alternation(rules.toll_rise_one_person)})\b[^.;:]{{0,{MORE_CAUSE_REACH}}}?"
            rf"\b(?:{spaced_alternation(rules.toll_rise_body_found)})\b",
            re.IGNORECASE,
        ),
        one_body_found=re.compile(
            rf"\b(?:{spaced_alternation(rules.toll_rise_body_finding)})\s+(?:{spaced_alternation(rules.toll_rise_body_of)})"
            rf"\s+(?P<n>an?)\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(rules.toll_rise_one_person)})\b",
            re.IGNORECASE,
        ),
        one_hurt_died=re.compile(
            rf"\b(?P<one>the|an?)\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(rules.toll_rise_one_person)})\s+"
            rf"(?:who\s+(?:was|had\s+been)\s+(?:{hurt})\b"
            rf"|(?:{hurt})\b(?=\s*(?:{_after_hurt(rules.toll_rise_hurt_after)})))"
            rf"(?:(?!{other_clause})[^.;:]){{0,{MORE_CAUSE_REACH}}}?\b(?:{deaths})\b",
            re.IGNORECASE,
        ),
        hurt_died=re.compile(
            rf"\b(?!an?\b){figure}\s+(?:(?:{spaced_alternation(rules.toll_rise_hurt_people)})\s+)?"
            rf"(?:{alternation(rules.toll_rise_one_hurt)})\b[^.;:]{{0,{MORE_CAUSE_REACH}}}?\b(?:{deaths})\b",
            re.IGNORECASE,
        ),
        bodies_of=re.compile(
            rf"\b(?:{spaced_alternation(rules.toll_rise_bodies_of)})\s+(?!an?\b){figure}(?:\s+(?:{more}))?\b",
            re.IGNORECASE,
        ),
        by_before=re.compile(rf"\b(?:{spaced_alternation(rules.toll_rise_by_words)})\s+$", re.IGNORECASE),
        deaths=re.compile(rf"\b(?:{deaths})\b", re.IGNORECASE),
        cause_opener=re.compile(
            rf"^[^.;:]{{0,40}}?\b(?:{alternation(rules.toll_rise_cause_openers)})\s+$", re.IGNORECASE
        ),
        now_after=re.compile(
            rf"^\s+(?:\w+\s+)?(?:{spaced_alternation(rules.toll_now_after)})\b", re.IGNORECASE
        ),
    )


#: the words of a rise phrase that name the dead themselves ("bringing the
#: number of people killed to", "the number of confirmed deaths to"), not a
#: toll of any count ("rose to" may end "the number of injured rose to 158")
_DEAD_WORDS = frozenset({"dead", "deaths", "killed", "died"})


@cache
def dead_number_before() -> re.Pattern[str]:
    """The rise words naming the dead, ending within 15 characters before a
    figure ("bringing the number of confirmed deaths from Wednesday's blast
    to four"): the figure is a toll of the dead however the parser hangs it
    (it often hangs "to four" on "killed" of "people killed", out of reach
    of the number noun)."""
    rules = load_rule_file("counts.yaml", CountRules)
    dead = [w for w in rules.toll_rise_words if _DEAD_WORDS & set(w.split()) and "number" in w.split()]
    told = "|".join(_dead_number_told(rules, stands=True))
    return re.compile(rf"(?:\b(?:{_rise_words(dead)})\b|{told})[^.;:\d]{{0,15}}$", re.IGNORECASE)


def _plural(noun: str) -> str:
    """The plural of a tally noun ("fatality": "fatalities", "body": "bodies")."""
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


def _dead_number_told(rules: CountRules, *, stands: bool) -> list[str]:
    """The words of "the number of" the dead told up to its figure
    (``dead_number_*`` of rules/counts.yaml), as pattern alternatives: risen
    ("the number of people confirmed dead in the floods has risen to"),
    brought ("bringing the number of deceased to") and, with ``stands``,
    told as it stands ("the number of confirmed deaths stands at")."""
    killed_nouns = [_plural(noun) for noun in rules.tally_nouns.get("killed", [])]
    dead = spaced_alternation([*rules.outcome_words["killed"], *killed_nouns, *rules.dead_number_verbs])
    number = (
        rf"(?:(?:{alternation(rules.dead_number_qualifiers)})\s+)?(?:{alternation(rules.number_nouns)})\s+of\s+"
        rf"(?:[\w'-]+\s+){{0,3}}?(?:{dead})\b(?:\s+(?:from|of|in|by|at)\s+[^.;:\d]{{1,{TOLL_OF_REACH}}}?)?"
    )
    told = [
        rf"\b{number}\s+(?:{spaced_alternation(rules.dead_number_rise_verbs)})\b",
        rf"\b(?:{alternation(rules.dead_number_bring_verbs)})\s+the\s+{number}\s+to\b",
    ]
    if stands:
        told.append(rf"\b{number}\s+(?:{spaced_alternation(rules.dead_number_stand_verbs)})\b")
    return told


#: how far "two more" may stand from the verb of their deaths: a relative
#: clause of where they were hurt fits ("Two more workers who were injured in
#: Saturday's explosion at a fireworks unit near the town succumbed")
MORE_CAUSE_REACH = 120

#: the words between a rise's "toll" and its "to" that name what the toll is
#: of ("the toll from Saturday's landslide to", "the death toll in this
#: year's floods, landslides and storms to")
TOLL_OF_REACH = 60


def _rise_words(words: list[str]) -> str:
    """The rise words as one alternation; one ending in "to" may name what
    the toll is of before it ("raising the toll from Saturday's landslide to")."""
    forms = []
    for phrase in sorted(words, key=len, reverse=True):
        head, _, last = phrase.rpartition(" ")
        spaced = r"\s+".join(re.escape(word) for word in phrase.split())
        if last == "to" and ("toll" in head.split() or head.endswith(("dead", "deaths", "killed"))):
            lead = r"\s+".join(re.escape(word) for word in head.split())
            # "the number of people killed by the floods to": "by" only after "killed",
            # never after a toll ("raising the toll by five to 23" is a rise by five)
            preps = "from|of|in|by" if head.endswith("killed") else "from|of|in"
            spaced = rf"{lead}(?:\s+(?:{preps})\s+[^.;:\d]{{1,{TOLL_OF_REACH}}}?)?\s+to"
        forms.append(spaced)
    return "|".join(forms)


@cache
def _death_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words of a death and the phrases that hold one but tell of none, as patterns."""
    rules = load_rule_file("counts.yaml", CountRules)
    words = re.compile(rf"\b(?:{spaced_alternation(rules.death_words)})\b", re.IGNORECASE)
    not_a_death = re.compile(rf"\b(?:{spaced_alternation(rules.not_a_death)})\b", re.IGNORECASE)
    return words, not_a_death


def tells_of_a_death(text: str) -> bool:
    """Whether a text has a word of death in it ("attempted murder" is none).

    Written once here because the outcomes reader asks it of a whole report
    and the digest of a report's lead: two copies would drift apart."""
    words, not_a_death = _death_patterns()
    return bool(words.search(not_a_death.sub(" ", text)))


def _attacker_suicide(phrases: list[str]) -> re.Pattern[str]:
    """ "killed himself", "took her own life", "a murder-suicide": anywhere in a report."""
    forms = []
    for phrase in sorted(phrases, key=len, reverse=True):
        form = r"\s+".join(re.escape(word) for word in phrase.split())
        form = form.replace("himself", "(?:him|her|them)sel(?:f|ves)").replace("his", "(?:his|her|their)")
        forms.append(form)
    return re.compile(rf"\b(?:{'|'.join(forms)})\b", re.IGNORECASE)


def _attacker_phrase(rules: CountRules) -> re.Pattern[str]:
    """ "..., including the gunman" / "not counting the attacker" after a count."""

    attackers = alternation([*rules.attackers, "himself", "herself"])
    return re.compile(
        rf"^[^.;]{{0,60}}?\b(?:(?P<excluded>{alternation(rules.attacker_excluded)})"
        rf"|(?P<included>{alternation(rules.attacker_included)}))"
        rf"\s+(?:the\s+|a\s+|one\s+|two\s+)?(?:[\w-]+\s+)?(?:{attackers})s?\b",
        re.IGNORECASE,
    )


@cache
def casualty_words() -> frozenset[str]:
    """Every word (a lemma, lower case) the count readers know a casualty
    by: the verbs and words of an outcome ("kill", "die", "dead", "shoot"),
    the nouns of people and their groups ("man", "toddler", "officer") and
    of attackers.  A headline written in Title Case hides these from the
    tagger ("Five Shot, One Killed Outside Store" is read as a name); the
    loader writes them in lower case there
    (:mod:`reportcheck.load.headline_case`).  Not the nouns of an event
    ("Shootings", "Murders"): a headline's plural event tells a roundup of
    incidents, and one that names "Gang-Related Shootings" in passing must
    not be read as one."""
    lex = lexicon()
    return frozenset(
        {
            *lex.transitive,
            *lex.intransitive,
            *lex.outcome_word,
            *lex.fatal_verbs,
            *lex.fatal_modifiers,
            *lex.fatal_complements,
            *lex.harm_participle,
            *lex.harm_participle.values(),
            *lex.body_nouns,
            *lex.injury_nouns,
            *lex.outcome_noun,
            *lex.people_group,
            *lex.attackers,
        }
    )


@cache
def live_entry_rule() -> tuple[re.Pattern[str], int]:
    """The clock stamp opening a live blog's entry line, and how many such
    lines make a report a live blog (``live_entry_*`` of rules/counts.yaml)."""
    rules = load_rule_file("counts.yaml", CountRules)
    return re.compile(rules.live_entry_stamp), rules.live_entry_min


def vague_said_of(words: str) -> tuple[int, int] | None:
    """The figures reporters name by the vague word of a count's words
    ("several others": 2-19, ``vague_said_of`` of rules/counts.yaml), or
    None where the words tell no such word or a longer vague phrase that
    keeps its own span ("several hundred", "several dozen")."""
    lex = lexicon()
    said = f" {' '.join(words.lower().split())} "
    told = [phrase for phrase in lex.vague if f" {phrase} " in said]
    if not told:
        return None
    return lex.vague_said_of.get(max(told, key=len))
