"""People's names: their parts, the key a person is aligned by, and whether two names are one person.

Reports write one person's name in many ways ("Mr. LaCalamita", "Anthony
LaCalamita", "Syed Farook" and "Syed Rizwan Farook", "Askhar" and "Askar").
The people extractor keys each person by surname, the aligner and the
comparer match names across reports, the digest and the fact sheet key
named people the same way: all of them read names through this module.
The words that are no part of a name (honorifics, suffixes) are data
(``rules/people.yaml``, read with the roles the people extractor gives).
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from itertools import combinations

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from reportcheck.knowledge.gazetteer.names import normalise
from reportcheck.knowledge.rules import Strict, load_rule_file


class AgeNouns(Strict):
    """Nouns of a child and of a grown-up (``ages`` in rules/people.yaml)."""

    young: list[str]
    grown: list[str]


class PeopleRules(Strict):
    roles: dict[str, list[str]]
    attack_verbs: list[str]
    harm_verbs: list[str]
    custody_verbs: list[str]
    custody_objects: dict[str, list[str]]
    custody_places: dict[str, list[str]]
    death_states: dict[str, list[str]]
    own_death_verbs: list[str]
    state_verbs: list[str]
    custody_states: list[str]
    care_conditions: list[str]
    care_moves: list[str]
    care_places: list[str]
    care_verbs: list[str]
    honorifics: list[str]
    suffixes: list[str]
    not_name_words: list[str]
    not_name_first_words: list[str]
    place_prepositions: list[str]
    sexes: dict[str, list[str]]
    sex_pronouns: dict[str, list[str]]
    sex_titles: dict[str, list[str]]
    own_pronouns: dict[str, list[str]]
    taking_verbs: list[str]
    own_taken: list[str]
    ages: AgeNouns
    later_death: list[str]
    later_stage: list[str]
    later_stage_years: int
    birthday_min_days: int
    age_list_bounds: list[str]
    age_list_open_ends: list[str]
    age_list_said: list[str]
    group_list_children: list[str]
    group_list_kin: dict[str, list[str]]
    spared_verbs: list[str]
    spared_states: list[str]
    spared_places: list[str]
    group_list_apart: list[str]
    age_list_in_order: list[str]
    age_list_times: list[str]
    relative_pronouns: list[str]
    age_hedges: list[str]
    age_hedge_reach: int
    age_decade_parts: dict[str, list[int]]
    age_teen_parts: dict[str, list[int]]
    birthday_ahead: list[str]
    birthday_past: list[str]
    predicate_age_verbs: list[str] = []
    predicate_age_stress: list[str] = []
    predicate_age_story_roles: list[str] = []
    predicate_age_other_times: list[str] = []
    current_age_words: list[str] = []
    earlier_age_openers: list[str] = []
    age_at_event_verbs: list[str] = []
    age_at_event_phrases: list[str] = []
    age_at_event_bare: list[str] = []
    age_after_name_words: list[str] = []
    bracket_tally_preps: list[str] = []
    person_trades: list[str] = []
    firm_like_roles: list[str] = []
    age_bearer_roles: list[str] = []
    age_bearer_parts: list[str] = []
    age_described_roles: list[str] = []
    unique_roles: list[str] = []
    unique_role_max_years: float = 0
    unique_role_band_reach: float = 0
    part_roles: dict[str, list[str]] = {}
    part_several: list[str] = []
    part_responder_words: list[str] = []
    part_vehicles: dict[str, list[str]] = {}
    age_tie_verbs: list[str] = []
    naming_participles: list[str] = []
    identifying_words: list[str] = []
    retold_age_nouns: list[str] = []
    offices: dict[str, list[str]] = {}
    government_offices: dict[str, list[str]] = {}
    office_lieutenants: list[str] = []
    one_officer_ranks: list[str] = []
    office_unsure: list[str] = []
    office_others: list[str] = []
    office_body_words: list[str] = []
    identified_dead: list[str] = []
    kin_plurals: list[str] = []
    household_nouns: list[str] = []
    birthday_when: list[str]
    ranks: dict[str, list[str]]
    rank_modifiers: list[str]
    rank_neutral: list[str]
    rank_changes: list[str]
    stand_in_pronouns: list[str]
    finding_verbs: list[str]
    found_harmed: list[str]
    given_name_kin: list[str]
    first_name_others: list[str] = []
    office_titles: list[str] = []
    title_abbreviations: list[str] = []
    given_name_pet_endings: list[str]
    given_name_short_forms: dict[str, list[str]] = {}
    name_form_endings: list[str]
    surname_particles: list[str] = []
    transliterated_consonants: list[tuple[str, str]] = []
    plain_letters: dict[str, str] = {}
    name_articles: list[str] = []
    renamed_roles_apart: list[str] = []
    renamed_role_nouns_apart: list[str] = []
    given_name_shared_start: int = 3
    verbs_read_as_nouns: list[str] = []


@dataclass(frozen=True)
class PeopleLexicon:
    role_of: dict[str, str]
    honorifics: frozenset[str]
    suffixes: frozenset[str]
    attack_verbs: frozenset[str] = frozenset()
    harm_verbs: frozenset[str] = frozenset()
    custody_verbs: frozenset[str] = frozenset()
    not_name_words: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()
    #: a noun's sex ("boy" -> "male"): two unnamed people of different sexes are two people
    sex_of: dict[str, str] = field(default_factory=dict)
    #: a pronoun's sex ("she" -> "female"), kept apart from the nouns: only a mention's head is a pronoun
    pronoun_sex: dict[str, str] = field(default_factory=dict)
    #: nouns of a child ("girl", "toddler") and of a grown-up ("father"): one is never the other
    young: frozenset[str] = frozenset()
    grown: frozenset[str] = frozenset()
    #: words telling a death came after the harm ("died later in hospital")
    later_death: tuple[str, ...] = ()
    #: words of a later court stage ("jury", "sentence"): an age told there is a later age
    later_stage: frozenset[str] = frozenset()
    #: how many years an age at a later court stage may be above the age at the crime
    later_stage_years: int = 0
    #: a title's sex ("mrs" -> "female"), said of the name after it
    title_sex: dict[str, str] = field(default_factory=dict)
    #: a possessive or reflexive pronoun's sex ("his", "herself"), said of the subject of its verb
    own_pronoun_sex: dict[str, str] = field(default_factory=dict)
    #: verbs of taking a thing from someone: their object's possessive is not the subject's
    taking_verbs: frozenset[str] = frozenset()
    #: what one takes of one's own ("took his own life")
    own_taken: frozenset[str] = frozenset()
    #: how many days apart two reports must be for a birthday to be likely between them
    birthday_min_days: int = 0
    #: words before a list of ages that make it a range or a bound ("between 18 and 25 years old")
    age_list_bounds: tuple[str, ...] = ()
    #: words after a list of ages that leave it open ("ages 18 and older")
    age_list_open_ends: tuple[str, ...] = ()
    #: verbs a list of ages said of its people follows ("the children were 3 and 4")
    age_list_said: tuple[str, ...] = ()
    #: nouns of a group of children whose listed ages another report may give child by child
    group_list_children: frozenset[str] = frozenset()
    #: the kin class of a noun of kin ("son" -> "child", "niece" -> "nephew"): one kin is not another
    group_list_kin: dict[str, str] = field(default_factory=dict)
    #: verbs whose subject only saw ("saw the shooting"), states of no harm ("unharmed")
    spared_verbs: frozenset[str] = frozenset()
    spared_states: frozenset[str] = frozenset()
    #: the noun of "in front of" whose object only saw ("in front of his children")
    spared_places: frozenset[str] = frozenset()
    #: words on a group's noun that set it apart from those told before ("two other kids")
    group_list_apart: frozenset[str] = frozenset()
    #: words after a list of ages that pair it in order with its people ("respectively")
    age_list_in_order: tuple[str, ...] = ()
    #: words before a singular "age" that make its numbers one person's two times ("at age 16 and 17")
    age_list_times: tuple[str, ...] = ()
    #: pronouns a clause on people starts with ("the boys who were arrested")
    relative_pronouns: frozenset[str] = frozenset()
    #: words that hedge an age set off after its bearer ("a boy, about 4,")
    age_hedges: tuple[str, ...] = ()
    #: years either side a hedged age reaches ("about 4": 3 to 5)
    age_hedge_reach: int = 0
    #: the years of a decade "early", "mid", "late" cover, from its first ("early": 0 to 4)
    age_decade_parts: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: the years of the teens each covers ("late": 16 to 19)
    age_teen_parts: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: verbs of a birthday still to come: the age before it ("would have turned 2": 1)
    birthday_ahead: tuple[str, ...] = ()
    #: verbs of a birthday just past: the age it gives ("had just turned 18": 18)
    birthday_past: tuple[str, ...] = ()
    #: forms of "be" a bare age is said after ("The victim was 23.")
    predicate_age_verbs: tuple[str, ...] = ()
    #: words of stress between them and the age ("was only 4")
    predicate_age_stress: tuple[str, ...] = ()
    #: words in a bare age's sentence that tell it of another time ("when", "ago", "then")
    predicate_age_other_times: frozenset[str] = frozenset()
    #: roles that make an unnamed person's bare age the story's own ("The victim was 19.")
    predicate_age_story_roles: frozenset[str] = frozenset()
    #: words right before an age that tell it is the age today ("Andre Wilson, now 19")
    current_age_words: frozenset[str] = frozenset()
    #: words right after "N years old" that tell of an earlier time ("was 19 years old when ...")
    earlier_age_openers: frozenset[str] = frozenset()
    #: verbs (lemmas, "pass away" with its particle) whose "at age N" is their subject's age then
    age_at_event_verbs: frozenset[str] = frozenset()
    age_at_event_phrases: tuple[str, ...] = ()
    age_at_event_bare: tuple[str, ...] = ()
    #: words between a name and its set-off age ("Davon Coleman, also 18")
    age_after_name_words: tuple[str, ...] = ()
    #: prepositions that make a bracketed figure after a name a tally, no age ("from Ghotki (14)")
    bracket_tally_preps: frozenset[str] = frozenset()
    #: nouns of a person by what they were doing or do ("the driver, 27,", "the actress, 26,")
    person_trades: frozenset[str] = frozenset()
    #: nouns of a part a firm plays as often as a person ("the owner", "the operator")
    firm_like_roles: frozenset[str] = frozenset()
    #: nouns of a role (``age_bearer_roles``) or of one part in the event (``age_bearer_parts``)
    #: an age told of another noun tied to them is keyed by (extract/people/bearers.py)
    age_bearer_nouns: dict[str, str] = field(default_factory=dict)
    #: nouns of a role (``age_described_roles``) that give a description tied to them
    #: their role while the description stays the age's key ("the victim, a 19-year-old woman")
    age_described_nouns: dict[str, str] = field(default_factory=dict)
    #: verbs whose "as" ties a description to their subject or object ("identified as a 22-year-old man")
    age_tie_verbs: frozenset[str] = frozenset()
    #: participles that give a name to the noun before them ("a man named ...", "the driver, surnamed Long")
    naming_participles: frozenset[str] = frozenset()
    #: words of a sentence that identifies a person ("His family identified him as ...")
    identifying_words: frozenset[str] = frozenset()
    #: plain nouns of one person a bare "The 64-year-old" opening the next sentence tells again
    retold_age_nouns: frozenset[str] = frozenset()
    #: the office a title's words name ("fire chief" -> fire chief, "coroner" -> coroner)
    office_of: dict[str, str] = field(default_factory=dict)
    #: offices a report may name a second holder of (a trial's prosecutors): at most a possible conflict
    office_unsure: frozenset[str] = frozenset()
    #: words on an office's title that tell another holder than the one in office ("deputy", "former")
    office_others: frozenset[str] = frozenset()
    #: offices of governments that stack (governors): one holder only where both titles tell one place
    placed_offices: frozenset[str] = frozenset()
    #: ranks whose one named holder per report, of one first name, is one officer ("Sgt. Dana ...")
    one_officer_ranks: frozenset[str] = frozenset()
    #: words of the kind of body an office's title names before it ("County", "Police")
    office_body_words: frozenset[str] = frozenset()
    #: nouns of the dead whose name "identified as" gives is a victim ("The dead were identified as")
    identified_dead: frozenset[str] = frozenset()
    #: roles one person holds in an incident, which align pairs a role-only age with a name by
    unique_roles: frozenset[str] = frozenset()
    #: how far apart two ages of one role's holder may lie and still be paired
    unique_role_max_years: float = 0
    #: how far apart two ages of one role's holder on the two sides of 18 may
    #: lie and still be one person's ("a 17-year-old boy" and "Vail, 18")
    unique_role_band_reach: float = 0
    #: a part's noun in apposition to a name -> the part's role ("the pilot, Joseph Ruiz")
    part_of: dict[str, str] = field(default_factory=dict)
    #: words on a part's noun that tell a second holder ("the other driver")
    part_several: frozenset[str] = frozenset()
    #: words of a responder's vehicle after a part's noun ("the captain of the rescue vessel")
    part_responder_words: frozenset[str] = frozenset()
    #: a vehicle's word -> its kind, which tells two drivers apart ("lorry" -> truck, "HGV" -> truck)
    vehicle_of: dict[str, str] = field(default_factory=dict)
    #: plural nouns of kin before a name that are no part of it ("Brothers Jaden Smith")
    kin_plurals: frozenset[str] = frozenset()
    #: nouns of a household after a surname that make it no one's name ("the Osborne family")
    household_nouns: frozenset[str] = frozenset()
    #: words after a bare "turned N"/"turns N" that make it a birthday ("turned 18 last week")
    birthday_when: tuple[str, ...] = ()
    #: a rank word's rank before a name ("lt" -> "lieutenant"): two ranks of one person differ
    rank_of: dict[str, str] = field(default_factory=dict)
    #: words that make another rank of the rank after them ("deputy chief")
    rank_modifiers: frozenset[str] = frozenset()
    #: words of a title run that say nothing of the rank ("Police Lt.", "Det. Sgt.")
    rank_neutral: frozenset[str] = frozenset()
    #: word beginnings of a rank of another time ("promoted", "then-", "retired")
    rank_changes: tuple[str, ...] = ()
    #: words of a count that may stand for anyone told before them ("he", "who")
    stand_in_pronouns: frozenset[str] = frozenset()
    #: verbs of coming upon a person ("was found dead"): the one found harmed is a victim
    finding_verbs: frozenset[str] = frozenset()
    #: states of a person found that tell harm ("found unresponsive")
    found_harmed: frozenset[str] = frozenset()
    #: nouns of kin a lone name right after is a first name of ("his father, David,")
    given_name_kin: frozenset[str] = frozenset()
    #: words after which a lone first name is another person's ("his friend Brandon", "also named Ben")
    first_name_others: frozenset[str] = frozenset()
    #: titles of an office or calling ("Rev.") beside honorifics, ranks and office roles
    office_titles: frozenset[str] = frozenset()
    #: ranks and titles written short before a name ("Sgt."), whose stop ends no sentence
    title_abbreviations: frozenset[str] = frozenset()
    #: endings of a first name's pet form ("Joey", "Katie"), longest first
    given_name_pet_endings: tuple[str, ...] = ()
    #: a first name -> the other first names that are it or its short form ("mike" <-> "michael")
    given_name_forms: dict[str, frozenset[str]] = field(default_factory=dict)
    #: letters a name adds or swaps at its end to make another form ("Daniel"/"Daniela")
    name_form_endings: frozenset[str] = frozenset()
    #: particles a surname is written with or without ("LaCalamita"/"Calamita")
    surname_particles: frozenset[str] = frozenset()
    #: consonants written for one sound, each with the letters it is folded to ("v" -> "b")
    transliterated_consonants: tuple[tuple[str, str], ...] = ()
    #: letters no diacritic's removal makes plain, as outlets type them ("ł" -> "l", "ß" -> "ss")
    plain_letters: dict[int, str] = field(default_factory=dict)
    #: the Arabic article as outlets write it before a surname ("al", "el")
    name_articles: frozenset[str] = frozenset()
    #: roles many people of a story hold, whose names one word apart may be two people's
    renamed_roles_apart: frozenset[str] = frozenset()
    #: nouns of a role that tell any of its many holders ("official")
    renamed_role_nouns_apart: frozenset[str] = frozenset()
    #: the letters a first name and its short form share at their start ("Kathryn"/"Katie": 3)
    given_name_shared_start: int = 3
    #: a headline's verbs the tagger takes for a noun after an age ("16-year-old dies")
    verbs_read_as_nouns: frozenset[str] = frozenset()
    #: verbs that tell custody by their object ("face" of "face murder charges")
    custody_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    #: passive verbs that tell custody by the object of their preposition ("held in the county jail")
    custody_places: dict[str, frozenset[str]] = field(default_factory=dict)
    #: passive verbs that tell a death by their complement ("was pronounced dead")
    death_states: dict[str, frozenset[str]] = field(default_factory=dict)
    #: verbs whose subject, with no object, is the one who died ("died", "drowned")
    own_death_verbs: frozenset[str] = frozenset()
    #: verbs of being whose "in" tells where a person is ("was in custody", "remains in the hospital")
    state_verbs: frozenset[str] = frozenset()
    #: nouns after a verb of being's "in" that tell custody ("was in police custody")
    custody_states: frozenset[str] = frozenset()
    #: words before "condition" that tell a person hurt ("in critical condition")
    care_conditions: frozenset[str] = frozenset()
    #: passive verbs that take a person to a place of care ("taken to a hospital")
    care_moves: frozenset[str] = frozenset()
    #: phrases of places of care ("hospital", "medical center")
    care_places: tuple[str, ...] = ()
    #: passive verbs that put a person in care ("was hospitalized")
    care_verbs: frozenset[str] = frozenset()
    #: words that open a span of a saint's namesake, no person (``not_name_first_words``)
    not_name_first_words: frozenset[str] = frozenset()

    def one_holder_part(self, noun: str) -> str | None:
        """The part of one holder a person's noun names ("driver", "pilot":
        ``part_roles`` that are ``unique_roles``), None for any other noun:
        align pairs the two reports' holders by it, and the comparer weighs
        their two ages as one person's."""
        part = self.part_of.get(noun)
        return part if part in self.unique_roles else None


def _name_forms(short_forms: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """Each first name of ``given_name_short_forms`` with the names it is one
    name with: the full name with its short forms, each short form with the
    full name and the other short forms ("mike", "mick": "michael")."""
    forms: dict[str, set[str]] = {}
    for full, shorts in short_forms.items():
        names = {full, *shorts}
        for name in names:
            forms.setdefault(name, set()).update(names - {name})
    return {name: frozenset(others) for name, others in forms.items()}


@cache
def people_lexicon() -> PeopleLexicon:
    rules = load_rule_file("people.yaml", PeopleRules)
    role_of = {w: role for role, words in rules.roles.items() for w in words}
    return PeopleLexicon(
        role_of,
        frozenset(rules.honorifics),
        frozenset(rules.suffixes),
        frozenset(rules.attack_verbs),
        frozenset(rules.harm_verbs),
        frozenset(rules.custody_verbs),
        frozenset(rules.not_name_words),
        frozenset(rules.place_prepositions),
        {word: sex for sex, words in rules.sexes.items() for word in words},
        {word: sex for sex, words in rules.sex_pronouns.items() for word in words},
        frozenset(rules.ages.young),
        frozenset(rules.ages.grown),
        tuple(rules.later_death),
        frozenset(rules.later_stage),
        rules.later_stage_years,
        {word: sex for sex, words in rules.sex_titles.items() for word in words},
        {word: sex for sex, words in rules.own_pronouns.items() for word in words},
        frozenset(rules.taking_verbs),
        frozenset(rules.own_taken),
        rules.birthday_min_days,
        tuple(rules.age_list_bounds),
        tuple(rules.age_list_open_ends),
        age_list_said=tuple(rules.age_list_said),
        group_list_children=frozenset(rules.group_list_children),
        group_list_kin={word: kin for kin, words in rules.group_list_kin.items() for word in words},
        spared_verbs=frozenset(rules.spared_verbs),
        not_name_first_words=frozenset(rules.not_name_first_words),
        spared_states=frozenset(rules.spared_states),
        spared_places=frozenset(rules.spared_places),
        group_list_apart=frozenset(rules.group_list_apart),
        age_list_in_order=tuple(rules.age_list_in_order),
        age_list_times=tuple(rules.age_list_times),
        relative_pronouns=frozenset(rules.relative_pronouns),
        age_hedges=tuple(rules.age_hedges),
        age_hedge_reach=rules.age_hedge_reach,
        age_decade_parts={k: (v[0], v[-1]) for k, v in rules.age_decade_parts.items()},
        age_teen_parts={k: (v[0], v[-1]) for k, v in rules.age_teen_parts.items()},
        birthday_ahead=tuple(rules.birthday_ahead),
        birthday_past=tuple(rules.birthday_past),
        predicate_age_verbs=tuple(rules.predicate_age_verbs),
        predicate_age_stress=tuple(rules.predicate_age_stress),
        predicate_age_other_times=frozenset(rules.predicate_age_other_times),
        predicate_age_story_roles=frozenset(rules.predicate_age_story_roles),
        current_age_words=frozenset(rules.current_age_words),
        earlier_age_openers=frozenset(rules.earlier_age_openers),
        age_at_event_verbs=frozenset(rules.age_at_event_verbs),
        age_at_event_phrases=tuple(rules.age_at_event_phrases),
        age_at_event_bare=tuple(rules.age_at_event_bare),
        age_after_name_words=tuple(rules.age_after_name_words),
        bracket_tally_preps=frozenset(rules.bracket_tally_preps),
        person_trades=frozenset(rules.person_trades),
        firm_like_roles=frozenset(rules.firm_like_roles),
        age_bearer_nouns={w: r for w, r in role_of.items() if r in rules.age_bearer_roles}
        | {w: w for w in rules.age_bearer_parts},
        age_described_nouns={w: r for w, r in role_of.items() if r in rules.age_described_roles},
        age_tie_verbs=frozenset(rules.age_tie_verbs),
        naming_participles=frozenset(rules.naming_participles),
        identifying_words=frozenset(rules.identifying_words),
        retold_age_nouns=frozenset(rules.retold_age_nouns),
        office_of={
            word: office
            for offices in (rules.offices, rules.government_offices)
            for office, words in offices.items()
            for word in words
        },
        office_unsure=frozenset(rules.office_unsure),
        office_others=frozenset(rules.office_others) | frozenset(rules.office_lieutenants),
        one_officer_ranks=frozenset(rules.one_officer_ranks),
        placed_offices=frozenset(rules.government_offices),
        office_body_words=frozenset(rules.office_body_words),
        identified_dead=frozenset(rules.identified_dead),
        unique_roles=frozenset(rules.unique_roles),
        unique_role_max_years=rules.unique_role_max_years,
        unique_role_band_reach=rules.unique_role_band_reach,
        part_of={word: role for role, words in rules.part_roles.items() for word in words},
        part_several=frozenset(rules.part_several),
        part_responder_words=frozenset(rules.part_responder_words),
        vehicle_of={word: kind for kind, words in rules.part_vehicles.items() for word in words},
        kin_plurals=frozenset(rules.kin_plurals),
        verbs_read_as_nouns=frozenset(rules.verbs_read_as_nouns),
        household_nouns=frozenset(rules.household_nouns),
        birthday_when=tuple(rules.birthday_when),
        rank_of={word: rank for rank, words in rules.ranks.items() for word in words},
        rank_modifiers=frozenset(rules.rank_modifiers),
        rank_neutral=frozenset(rules.rank_neutral),
        rank_changes=tuple(rules.rank_changes),
        stand_in_pronouns=frozenset(rules.stand_in_pronouns),
        finding_verbs=frozenset(rules.finding_verbs),
        found_harmed=frozenset(rules.found_harmed),
        given_name_kin=frozenset(rules.given_name_kin),
        first_name_others=frozenset(rules.first_name_others),
        office_titles=frozenset(rules.office_titles),
        title_abbreviations=frozenset(rules.title_abbreviations),
        given_name_pet_endings=tuple(sorted(rules.given_name_pet_endings, key=len, reverse=True)),
        given_name_forms=_name_forms(rules.given_name_short_forms),
        name_form_endings=frozenset(rules.name_form_endings),
        surname_particles=frozenset(rules.surname_particles),
        transliterated_consonants=tuple(sorted(rules.transliterated_consonants, key=lambda p: -len(p[0]))),
        plain_letters=str.maketrans(rules.plain_letters),
        name_articles=frozenset(rules.name_articles),
        renamed_roles_apart=frozenset(rules.renamed_roles_apart),
        renamed_role_nouns_apart=frozenset(rules.renamed_role_nouns_apart),
        given_name_shared_start=rules.given_name_shared_start,
        custody_objects={verb: frozenset(nouns) for verb, nouns in rules.custody_objects.items()},
        custody_places={verb: frozenset(nouns) for verb, nouns in rules.custody_places.items()},
        death_states={verb: frozenset(words) for verb, words in rules.death_states.items()},
        own_death_verbs=frozenset(rules.own_death_verbs),
        state_verbs=frozenset(rules.state_verbs),
        custody_states=frozenset(rules.custody_states),
        care_conditions=frozenset(rules.care_conditions),
        care_moves=frozenset(rules.care_moves),
        care_places=tuple(rules.care_places),
        care_verbs=frozenset(rules.care_verbs),
    )


#: a run of initials with its stops inside ("p.k" of "P.K. Mohapatra", "j.r")
_INITIALS = re.compile(r"[a-z](?:\.[a-z])+")


#: a nickname written inside a name, in brackets or quotes ("Luis Gerardo (Jerry) Ortiz",
#: 'Robert "Bobby" Smith'); spaces on both sides, so "O'Brien" holds none
_NICKNAME = re.compile(r"""(?<=\s)(?:\(([^()]+)\)|"([^"]+)"|“([^“”]+)”|'([^']+)'|‘([^‘’]+)’)(?=\s)""")


def nicknames(name: str) -> list[str]:
    """The nicknames written inside a name, lower case, without a leading
    "the" ('Vincent "The Chin" Gigante': "chin")."""
    found = []
    for match in _NICKNAME.finditer(name):
        words = next(g for g in match.groups() if g is not None).lower().split()
        if words and words[0] == "the":
            words = words[1:]
        if words:
            found.append(" ".join(w.strip(".") for w in words))
    return found


def name_parts(name: str) -> list[str]:
    """The words of a name without honorifics, initials, suffixes or a
    nickname written inside it (:func:`nicknames`)."""
    lex = people_lexicon()
    name = _NICKNAME.sub(" ", name)
    words = [w.strip(".,'\"").lower() for w in re.split(r"[\s]+", name)]
    words = [w for w in words if w and w not in lex.honorifics and w not in lex.suffixes]
    # initials are no name to match by: "J." and "P.K." as the single letters they stand for
    words = [w for w in words if (len(w) > 1 or not w.isalpha()) and not _INITIALS.fullmatch(w)]
    if words and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]
    return words


def initialled(name: str) -> bool:
    """Whether a name is written as initials and one surname ("R. Sundaram",
    "P.K. Menon"): a surname with the first name told, not a surname alone."""
    honorifics = people_lexicon().honorifics
    words = [w for w in name.split() if w.strip(".,").lower() not in honorifics]
    if len(words) < 2 or len(name_parts(name)) != 1:
        return False
    return all(re.fullmatch(r"(?:[A-Z]\.)+", w) for w in words[:-1])


def person_key(name: str) -> str:
    """The alignment key of a person: the surname, lower case."""
    parts = name_parts(name)
    return parts[-1] if parts else name.lower()


def names_someone_of(sentence: str, own_name: str, surnames: set[str]) -> bool:
    """Whether ``sentence``, the sentence of a mention of ``own_name``,
    names by a whole word, written as a name (capitalised), one of
    ``surnames`` (``person_key`` keys of the people a report tells in a
    background incident) other than the mention's own ("Dell was charged in
    Young's death"; "Youngblood was charged" names no Young, and neither
    does "a young man")."""
    own = set(name_parts(own_name))
    return any(
        match.group()[:1].isupper()
        for surname in sorted(surnames - own)
        for match in re.finditer(rf"\b{re.escape(surname)}\b", sentence, re.IGNORECASE)
    )


#: surname similarity (0-100) above which two surnames are spellings of one
#: name: "Askhar"/"Askar" scores 91, "Jones"/"Jonas" 80 (not matched).
SURNAME_SIMILARITY = 85


def _first_names_compatible(a: list[str], b: list[str]) -> bool:
    """First names agree when one is missing, an initial of, or a spelling of the other."""
    if not a or not b:
        return True
    x, y = a[0], b[0]
    if y in people_lexicon().given_name_forms.get(x, frozenset()):
        return True  # "Mike" and "Michael", "Bill" and "William": one name, short and in full
    if x[0] != y[0]:
        return False
    if len(x) == 1 or len(y) == 1 or x.startswith(y) or y.startswith(x):
        return True
    if max(fuzz.ratio(x, y), fuzz.ratio(_spelling_key(x), _spelling_key(y))) >= 75:
        return True
    # vowels written otherwise, as names heard over a police radio are: Javon/Jovan, Devon/Davon
    return min(len(x), len(y)) >= LONG_NAME and _consonants(x) == _consonants(y)


#: a first name this long is told by its consonants; shorter ones (Jan, Jon, Jen) are other names
LONG_NAME = 5


def _consonants(name: str) -> str:
    return re.sub(r"[aeiouy]", "", _spelling_key(name))


#: spellings English names vary by: Bryan/Brian, Stephen/Steven, Katherine/Kathryn
_SPELLING_VARIANTS = (("ph", "v"), ("y", "i"), ("th", "t"), ("ck", "k"), ("ae", "e"))


def _spelling_key(name: str) -> str:
    """A name with its variant spellings folded and doubled letters single."""
    for written, folded in _SPELLING_VARIANTS:
        name = name.replace(written, folded)
    return re.sub(r"(.)\1", r"\1", name)


def generations(name: str) -> frozenset[str]:
    """The generational suffixes a name is written with ("Jose Garcia Sr.":
    {"sr"}; "Henry Ford II": {"ii"}), lower case, without stops."""
    suffixes = people_lexicon().suffixes
    return frozenset(w for w in re.split(r"[\s.,]+", name.lower()) if w in suffixes)


def generations_differ(a: str, b: str) -> bool:
    """Whether two names carry different generational suffixes: "Jose Garcia
    Sr." and "Jose Garcia Jr." are a father and a son, two people; a suffix
    on one name only ("Jose Garcia" and "Jose Garcia Jr.") says nothing."""
    ga, gb = generations(a), generations(b)
    return bool(ga and gb and ga != gb)


def first_names_differ(a: str, b: str) -> bool:
    """Whether two full names of one surname write their first names as two
    words, neither an initial, a start or the pet form of the other ("Maria"
    and "Mario", "Jeremy" and "Jerry"; not "J." and "Jose", "Chris" and
    "Christopher", "Joe" and "Joey"): where one report writes both, and says
    more that sets the two apart, they are two people."""
    pa, pb = name_parts(a), name_parts(b)
    if len(pa) < 2 or len(pb) < 2:
        return False
    x, y = letters_only(pa[0]), letters_only(pb[0])
    if not x or not y or x.startswith(y) or y.startswith(x):
        return False
    return _pet_stem(x) != _pet_stem(y)


def names_match(a: str, b: str) -> bool:
    """True when two written names can be one person (never two of
    different generational suffixes: :func:`generations_differ`)."""
    pa, pb = name_parts(a), name_parts(b)
    if not pa or not pb or generations_differ(a, b):
        return False
    if fuzz.ratio(pa[-1], pb[-1]) < SURNAME_SIMILARITY:
        return False
    if _first_names_compatible(pa[:-1], pb[:-1]):
        return True
    # "Jerry Ortiz" is "Luis Gerardo (Jerry) Ortiz": a nickname stands for the first name
    firsts_a = [pa[:-1]] + [nick.split() for nick in nicknames(a)]
    firsts_b = [pb[:-1]] + [nick.split() for nick in nicknames(b)]
    return any(_first_names_compatible(x, y) for x in firsts_a for y in firsts_b if x and y)


#: surname similarity (0-100) from which two names of one first name may be
#: one person whose surname a report misspelt, where more than the name says
#: so (one age): "Leonard"/"Lenhart" 71, "Brumsey"/"Ramsey" 77, "Haung"/"Huang" 80
SPELLED_APART_SIMILARITY = 70


def spelled_apart(a: str, b: str) -> bool:
    """Two full names of one first name whose surnames are close but under
    :data:`SURNAME_SIMILARITY` ("Bentley Leonard" and "Bentley Lenhart").

    Not enough alone to make one person of them (Garcia and Garza are two
    families): the aligner joins such names only where each report gives
    the person the same age, and the comparer then shows the two spellings."""
    pa, pb = name_parts(a), name_parts(b)
    if len(pa) < 2 or len(pb) < 2 or names_match(a, b) or generations_differ(a, b):
        return False
    if pa[0] != pb[0] and not _first_names_compatible(pa[:1], pb[:1]):
        return False
    return fuzz.ratio(pa[-1], pb[-1]) >= SPELLED_APART_SIMILARITY


def letters_only(word: str) -> str:
    """A surname's letters only, lower case: "O'Bryan" and "O’Bryan",
    "DeShawn" and "Deshawn" are one spelling."""
    return re.sub(r"[^a-z]", "", word.lower())


def surname_spellings(a: str, b: str) -> tuple[str, str] | None:
    """The two surnames, as written, of two full names of one person whose
    surnames are spelled differently ("John Casulo" and "John Casullo"), or
    None where both write it alike or either gives no first name."""
    pa, pb = name_parts(a), name_parts(b)
    if len(pa) < 2 or len(pb) < 2 or letters_only(pa[-1]) == letters_only(pb[-1]):
        return None
    short, long = sorted((letters_only(pa[-1]), letters_only(pb[-1])), key=len)
    if long == short + "s":
        return None  # "James Poores sex life": a possessive written without its mark, or a family's plural
    return _as_written(a, pa[-1]), _as_written(b, pb[-1])


#: the shortest first name whose one-letter variant is read as a spelling ("Ali"/"Aly" no)
SPELT_GIVEN_NAME = 4


def given_name_spellings(a: str, b: str) -> tuple[str, str] | None:
    """The two first names, as written, of two full names of one surname
    whose first names are one letter apart ("Louis Anaya" and "Luis Anaya",
    "Erika" and "Erica", "Michael" and "Micheal"), or None.

    A name a letter longer or shorter by a pet form's ending ("Joe"/"Joey",
    "Kate"/"Katie": ``given_name_pet_endings``) is the name told familiarly,
    and a shortening ("Chris"/"Christopher") or another name of one person
    ("Mike"/"Michael") is more than one letter off: neither is a spelling."""
    pa, pb = name_parts(a), name_parts(b)
    if len(pa) < 2 or len(pb) < 2 or letters_only(pa[-1]) != letters_only(pb[-1]):
        return None
    x, y = letters_only(pa[0]), letters_only(pb[0])
    if x == y or min(len(x), len(y)) < SPELT_GIVEN_NAME or OSA.distance(x, y) != 1:
        return None
    if _pet_stem(x) == _pet_stem(y):
        return None
    return _as_written(a, pa[0], first=True), _as_written(b, pb[0], first=True)


#: the shortest first name whose two-letter variant is read as a spelling ("Dave"/"David" no)
SPELT_GIVEN_NAME_FAR = 5


def given_name_spellings_far(a: str, b: str) -> tuple[str, str] | None:
    """The two first names, as written, of two full names of one surname
    whose first names are two letters apart, the first letter alike, each
    of at least :data:`SPELT_GIVEN_NAME_FAR` letters ("Ezekiel"/"Ezequiel",
    "Bryant"/"Brian"), or None.

    Two letters apart, two names are as often two people (a brother and a
    sister: "Charlene"/"Charlie"; "Daniel"/"Danielle", which one name
    begins with the other, is never read) as one misspelt: the comparer asks
    this only of one person both reports give the same role."""
    pa, pb = name_parts(a), name_parts(b)
    if len(pa) < 2 or len(pb) < 2 or letters_only(pa[-1]) != letters_only(pb[-1]):
        return None
    x, y = letters_only(pa[0]), letters_only(pb[0])
    if min(len(x), len(y)) < SPELT_GIVEN_NAME_FAR or x[0] != y[0] or x.startswith(y) or y.startswith(x):
        return None
    if OSA.distance(x, y) != 2 or _pet_stem(x) == _pet_stem(y):
        return None
    return _as_written(a, pa[0], first=True), _as_written(b, pb[0], first=True)


def misspelt(a: str, b: str) -> bool:
    """Whether two name words of one report can be one name misspelt:
    "Osborne"/"Obsorne", "Haung"/"Huang", "Kameisha"/"Kamesha", one letter
    added, dropped, changed or two swapped (OSA distance 1), both of at
    least :data:`SPELT_GIVEN_NAME` letters, the first letter alike.

    A typist slips inside a word, rarely on its capital ("Hayes"/"Mayes"
    are two people); a pet form ("Joe"/"Joey": ``given_name_pet_endings``)
    is the name told familiarly, and a letter added or swapped at the end
    by ``name_form_endings`` makes another name ("Daniel"/"Daniela",
    "Alejandro"/"Alejandra") or a plural ("Owen"/"Owens"): none of these is
    a spelling to check.  Whether the two words are one person's is for the
    caller to say."""
    x, y = letters_only(a), letters_only(b)
    if x == y or min(len(x), len(y)) < SPELT_GIVEN_NAME or x[0] != y[0] or OSA.distance(x, y) != 1:
        return False
    if _pet_stem(x) == _pet_stem(y):
        return False
    endings = people_lexicon().name_form_endings
    short, long = sorted((x, y), key=len)
    if len(short) < len(long):
        return not (long.startswith(short) and long[-1] in endings)
    return not (x[:-1] == y[:-1] and x[-1] in endings and y[-1] in endings)


#: the fewest letters of the longer of two names one letter apart read as one
#: name spelled two ways (a fifth of it or less: "Erika"/"Erica", "Rait"/"Raite";
#: "Erin"/"Eric", "Jon"/"Joan" are other names)
SPELLING_VARIANT_LENGTH = 5


def spelling_variants(a: str, b: str, *, surname: bool) -> bool:
    """Whether two written forms of one person's first name or surname are
    spellings of one name, which two reports of the person agree on
    (the evaluation's rule: "Joe"/"Jo", "Askhar"/"Askar"), not two names.

    One name spelled two ways: alike once the spellings English names vary
    by are folded ("Rachael"/"Rachel", "Robyn"/"Robin", "Massoud"/"Masoud",
    "Welborn"/"Wellborn"); one letter apart in a name of at least
    :data:`SPELLING_VARIANT_LENGTH` letters, the first letter alike
    ("Erika"/"Erica", "Louis"/"Luis", "Lonfair"/"Lanfair", "Rait"/"Raite");
    a long name with its vowels written otherwise ("Javon"/"Jovan"); a
    surname with or without its particle ("LaCalamita"/"Calamita").  Two
    names stay two where the first letter differs ("Brumsey"/"Ramsey"),
    more than a letter or the vowels differ ("Leonard"/"Lenhart",
    "Bryant"/"Brian", "Warren"/"Walker"), or a first name ends otherwise,
    which makes another name ("Daniel"/"Daniela", "Carla"/"Carly")."""
    x, y = letters_only(a), letters_only(b)
    if not x or not y:
        return False
    if x == y or _spelling_key(x) == _spelling_key(y):
        return True
    if surname and _particle_apart(x, y):
        return True
    if x[0] != y[0] or (not surname and x[-1] != y[-1]):
        return False
    if OSA.distance(x, y) == 1 and max(len(x), len(y)) >= SPELLING_VARIANT_LENGTH:
        return True
    long_enough = min(len(x), len(y)) >= LONG_NAME
    return long_enough and len(x) == len(y) and _consonants(x) == _consonants(y)


#: the most letters two surnames of one first name may differ by and still be one name misprinted
MISPRINT_DISTANCE = 2


def misprinted_surname(a: str, b: str) -> bool:
    """Whether two surnames one person is given are one name with a
    consonant misprinted: a consonant added, dropped or changed
    ("Embleton"/"Emberton", "Alapaki-Ramsey"/"Alapai-Ramsey",
    "Kjærsgaard"/"Kjærgaard", "Wetzler"/"Welzler" of ECB+), at most
    :data:`MISPRINT_DISTANCE` letters apart, the first letter alike, each of
    at least :data:`LONG_NAME` letters.

    Reporters vary a name's vowels and doubled letters, and write one sound
    of another script by several consonants ("Alishbandi"/"Alishvandi",
    "Askhar"/"Askar": ``transliterated_consonants`` of rules/people.yaml):
    those are one name spelled two ways, which the reports agree on
    ("Chisanga"/"Chisenga", "Elliot"/"Eliot", "Muhiuddin"/"Mahiuddin").  A
    consonant is how a name is told apart from another name, so two
    reports whose consonants differ give one of them the name wrong."""
    x, y = _folded(a), _folded(b)
    if x == y or min(len(x), len(y)) < LONG_NAME or x[0] != y[0] or OSA.distance(x, y) > MISPRINT_DISTANCE:
        return False
    short, long = sorted((x, y), key=len)
    if _particle_apart(x, y) or long == short + "s":
        return False  # "LaCalamita"/"Calamita"; "Poore"/"Poores", a family's plural
    return _sounded_consonants(x) != _sounded_consonants(y)


def _folded(word: str) -> str:
    """A name's letters, diacritics dropped, lower case ("Peñasquitos":
    "penasquitos"), a letter of its own as outlets type it ("Wałęsa":
    "walesa", ``plain_letters`` of rules/people.yaml)."""
    plain = unicodedata.normalize("NFKD", word.lower().translate(people_lexicon().plain_letters))
    return letters_only("".join(ch for ch in plain if not unicodedata.combining(ch)))


def _sounded_consonants(word: str) -> str:
    """A name's consonants as they sound: one letter for the letters written
    for one sound, an "h" after a consonant or between vowels and a "w"
    after a vowel (a glide) dropped, doubled letters single."""
    word = re.sub(r"(?<=[aeiou])w(?![aeiouy])", "", word)  # a glide: "Rowhani"/"Rouhani", "Newman"/"Neumann"
    for written, folded in people_lexicon().transliterated_consonants:
        word = word.replace(written, folded)
    word = re.sub(r"(?<=[^aeiouy])h|h$|(?<=[aeiouy])h(?=[aeiouy])", "", word)  # "Khamenehi"/"Khamenei"
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", word))


def _particle_apart(x: str, y: str) -> bool:
    """Whether one surname is the other written with a particle before it
    ("lacalamita", "calamita"), the rest at least :data:`LONG_NAME` letters."""
    short, long = sorted((x, y), key=len)
    # a short rest is a word of its own, not a surname: "dash" is no "d'" + "ash"
    return (
        len(short) >= LONG_NAME
        and long.endswith(short)
        and long[: -len(short)] in people_lexicon().surname_particles
    )


def name_words(name: str) -> list[str]:
    """The words of a name (:func:`name_parts`) as outlets of other
    countries write them alike: accents and apostrophes dropped ("Milić",
    "Milic"), a hyphen's two halves two words ("Jae-hoon": "jae", "hoon"),
    and the Arabic article one word however spelled ("El-Hammadi",
    "Al Hammadi": ``name_articles``)."""
    articles = people_lexicon().name_articles
    words = normalise(" ".join(name_parts(name))).split()
    return ["al" if word in articles else word for word in words]


def _sounded(word: str) -> str:
    """A name word's consonants as heard: doubled letters single, no vowel,
    no "h" ("John"/"Jon", "Ahmed"/"Ahmad"), a "y" a vowel save before one
    ("Jaylen"/"Jaylan", "Aly"/"Ali"; "Hyun" keeps it), the Arabic "q" a "k"
    as transliterations write it ("Tariq"/"Tarek", "Qasim"/"Kasim")."""
    word = re.sub(r"(.)\1", r"\1", word.replace("q", "k"))
    return re.sub(r"[aeiouh]|y(?![aeiou])", "", word)


#: the fewest letters of a name word read as a name of its own: "Mo" of
#: Maurice, "RB" of Reggie Bush (ECB+) are a short form and initials
OTHER_NAME_LENGTH = 3


def other_name_word(x: str, y: str, *, first: bool = False) -> bool:
    """Whether two words of one person's name in two reports (of
    :func:`name_words`) are two names, one of them the report's slip: the
    first letter alike ("Azhar"/"Anwar", "Batista"/"Bastos", the Korean
    "Jae-hoon"/"Jae-hyun", "Milic"/"Miletic"), and the two no spelling of
    one name (:func:`spelling_variants`: "Erika"/"Erica", "Askhar"/"Askar"),
    nor one consonant for consonant, their vowels and an "h" written
    otherwise as transliterations are ("Mohammed"/"Muhammad",
    "Al-Hammadi"/"Al-Hamoudi", "Jung"/"Jeong"), nor one the start or the
    other form of the other ("Chris"/"Christopher", "Mike"/"Michael").  A
    ``first`` name sharing its first letters with the other
    (``given_name_shared_start``: "Kathryn"/"Katie", "Alexandros"/"Alexis")
    is its short or familiar form."""
    lex = people_lexicon()
    if min(len(x), len(y)) < OTHER_NAME_LENGTH or x[0] != y[0] or x.startswith(y) or y.startswith(x):
        return False
    if spelling_variants(x, y, surname=not first) or _sounded(x) == _sounded(y):
        return False
    if first and (y in lex.given_name_forms.get(x, frozenset()) or _pet_stem(x) == _pet_stem(y)):
        return False
    shared = len(os.path.commonprefix([x, y]))
    return not (first and shared >= lex.given_name_shared_start)


def one_word_renamed(a: str, b: str) -> bool:
    """Whether two full names are one name but for a word one report gives
    as another name (:func:`renamed_word`)."""
    return renamed_word(a, b) is not None


def renamed_word(a: str, b: str) -> int | None:
    """The place (0 the first) of the word two full names give as two
    names (:func:`other_name_word`), where they are one name but for it:
    "Raimundo Nonato Batista" and "Raimundo Nonato Bastos" (2), "Park
    Jae-hoon" and "Park Jae-hyun" (2), "Azhar Ali Jamali" and "Anwar Ali
    Jamali" (0); else None.  The two have as many words, one at least
    written alike and the rest alike or spelled as one
    (:func:`spelling_variants`: "Ramiro Ceballos Urquidi", "Ramiro Cevallos
    Urquiza").  A word dropped ("Raimundo Batista"), an initial ("J.
    Smith"), an accent or a hyphen is no other name, nor is the first name
    of a name of two words, its surname alike: one surname with two first
    names is as often two people, a father and his son (both "the owner"),
    two of one force's spokesmen of a common surname ("Ahmed Khan", "Asif
    Khan"), or the first name told familiarly ("Mikhail"/"Misha",
    "Katarzyna"/"Kasia", "Dmitry"/"Dima").  Whether the two are one person
    (one role in one story) is the caller's to say: alone, two such names
    are as often two people, a sister and a brother."""
    words_a, words_b = name_words(a), name_words(b)
    if len(words_a) != len(words_b) or len(words_a) < 2 or generations_differ(a, b):
        return None
    apart = [(i, x, y) for i, (x, y) in enumerate(zip(words_a, words_b, strict=True)) if x != y]
    if not apart or len(apart) == len(words_a):
        return None
    renamed = [i for i, x, y in apart if other_name_word(x, y, first=i == 0)]
    spelled = [i for i, x, y in apart if spelling_variants(x, y, surname=i > 0)]
    if not renamed or len(renamed) + len(spelled) < len(apart):
        return None
    if renamed[0] == 0 and len(words_a) == 2:
        return None  # "Ahmed Khan"/"Asif Khan": two people; "Misha"/"Mikhail Petrov": a familiar form
    return renamed[0]


def slip_target(word: str, full: list[list[str]]) -> tuple[int, str] | None:
    """The first name (0) or surname (-1) of a report's full names (their
    words, letters only) that a word told alone is a slip of ("obsorne"
    against "brady osborne": (-1, "osborne")), where it is the one such
    word; None where the word is a word of a full name itself, is a slip of
    none or of several (two people it may be, whom no spelling picks)."""
    if any(word in words for words in full):
        return None
    targets = {(i, words[i]) for words in full for i in (0, -1) if misspelt(word, words[i])}
    return next(iter(targets)) if len(targets) == 1 else None


#: roles whose word before a name is a title ("Sgt.", "Mayor", "Judge"), not a part
_TITLED_ROLES = ("officer", "official", "lawyer")
#: words joining names in a list ("Mark and Mary Jones", "Kara, Kari and Joe Lane")
_LIST_WORDS = frozenset({"and", "or", "&"})
#: most words between two names a kin word may join ("and his wife, Joan Carter")
_KIN_JOIN_WORDS = 4


def title_before(before: str) -> str | None:
    """The title or office the text right before a name ends in ("Sgt.
    Hale", "Mayor Baker", "Rev. Hale"): an honorific, a rank (as its rank:
    "Lt." is "lieutenant"), an officer's or an official's role word, or
    ``office_titles``; None where there is none.  A surname alone so told
    is a person the report introduces by office, no slip of another name one
    letter off ("Sgt. Hale" beside "Michael Hall"), unless the report
    gave that name the same title ("Captain Chris Trocheck" ... "Captain
    Trockeck")."""
    found = re.search(r"([a-z]+)\.?\s*$", before.lower()[-24:])
    if found is None:
        return None
    lex = people_lexicon()
    word = found.group(1)
    if word in lex.rank_of:
        return lex.rank_of[word]
    titled = word in lex.honorifics or word in lex.office_titles or lex.role_of.get(word) in _TITLED_ROLES
    return word if titled else None


def joins_two_people(between: str) -> bool:
    """Whether the words between two names of one sentence make them two
    people: a list's "and", "or" or comma ("Mark and Mary Jones", "Dante
    Harris and Donte Harris", ages between: "Kara Lane, 30, and Kari Lane"),
    or a word of kin or partner close between ("John Carter and his wife,
    Joan Carter").  A report that writes two names so means two people,
    however close their spellings."""
    if re.search(r"[^\w\s,&'’-]", between):
        return False  # another clause, a quote or a sentence's stop between
    words = re.findall(r"[a-z'’]+|&", between.lower())
    if not words:
        return "," in between
    if all(w in _LIST_WORDS for w in words) and len(words) == 1:
        return True
    kin = people_lexicon().given_name_kin
    return len(words) <= _KIN_JOIN_WORDS and any(w.rstrip("s") in kin or w in kin for w in words)


def names_told_apart(told: list[tuple[tuple[str, ...], str | None]]) -> set[frozenset[str]]:
    """The pairs of name words a report tells as two people's: ``told`` is
    the report's named mentions in order, each its words (letters only) and
    the text from the mention before when both are in one sentence (else
    None).  Names one list or kin word joins (:func:`joins_two_people`) are
    two people, all of one list so; and two full names of one surname in
    one sentence under two first names ("Mark Jones and Mary Jones").  No
    word of the one is then a slip of the other's, anywhere in the report."""
    apart: set[frozenset[str]] = set()
    chain: list[tuple[str, ...]] = []
    sentence: list[tuple[str, ...]] = []
    for words, between in [*told, ((), None)]:
        if between is not None and joins_two_people(between):
            chain.append(words)
        else:
            apart |= _pairs_apart(chain)
            chain = [words]
        if between is None:
            fulls = [w for w in sentence if len(w) > 1]
            for a, b in combinations(fulls, 2):
                if a[-1] == b[-1] and a[0] != b[0]:
                    apart.add(frozenset({a[0], b[0]}))
            sentence = []
        sentence.append(words)
    return apart


def _pairs_apart(chain: list[tuple[str, ...]]) -> set[frozenset[str]]:
    """Each pair of differing words of two names of one list."""
    return {frozenset({x, y}) for a, b in combinations(chain, 2) for x in a for y in b if x != y}


def _pet_stem(name: str) -> str:
    """A first name without a pet form's ending ("joey", "joe": "jo")."""
    for ending in people_lexicon().given_name_pet_endings:
        if name.endswith(ending) and len(name) > len(ending) + 1:
            return name[: -len(ending)]
    return name


def _as_written(name: str, part: str, *, first: bool = False) -> str:
    """The name's ``part`` as the name writes it (its capitals kept): its
    surname, searched from the end, or with ``first`` its first name,
    searched from the start."""
    words = name.split()
    for word in words if first else reversed(words):
        if letters_only(word).startswith(letters_only(part)):
            return word.strip(".,'\"")[: len(part)]
    return part


def given_name_matches(given: str, other: str, *, other_given: bool) -> bool:
    """Whether a first name told alone ("Ava", "his father, David") can be
    the person another report names ``other``.

    A first name alone is the person whose first name it is ("Ava Smith"),
    or the same first name told alone; never a surname told alone nor a
    person of that surname ("Brian Ava"), as :func:`names_match` would take
    it, a lone word being a surname to it.  ``other_given`` says the other
    name is a first name told alone too."""
    pg, po = name_parts(given), name_parts(other)
    if len(pg) != 1 or not po:
        return False
    if len(po) == 1 and not other_given:
        return pg[0] == po[0]  # "Ava" against a lone "Ava": the one word, whichever it is
    first = po[0]
    return pg[0] == first or fuzz.ratio(_spelling_key(pg[0]), _spelling_key(first)) >= SURNAME_SIMILARITY


def names_fit(a: str, b: str, *, a_given: bool, b_given: bool) -> bool:
    """Whether two reports' names can be one person's: by :func:`names_match`,
    save that a first name told alone (``a_given``, ``b_given``: "his
    daughter, Ava") is matched as a first name (:func:`given_name_matches`),
    never as a surname.  One rule for align, which pairs people by it, and
    the person judge, which agrees the names align paired: the two must not
    drift apart, or a pair align made would be judged no one's."""
    if a_given:
        return given_name_matches(a, b, other_given=b_given)
    if b_given:
        return given_name_matches(b, a, other_given=False)
    return names_match(a, b)
