"""The typed details of a claim, one record per family of claim kinds.

A claim's value says how much or which; its details say what else the
extractor learnt about it: a place's gazetteer kind and region, a count's
group, a time's event, a distance's bearing.  Each claim kind has one family
of details (:data:`reportcheck.models.DETAILS_OF_KIND`): places, dates, times,
quantities, counts, people, weapons.  A key two families share (``event`` of
dates and times, ``role`` of counts and people) is declared once, in a base
record both inherit.

The records are frozen: a stage that learns more about a claim (a time's UTC
offset) gives the claim a new record.  The JSON writers get today's flat
``attrs`` object from :meth:`ClaimDetails.attrs_json` (the JSON keys, string
values, sorted); the extractors whose finders carry loosely keyed readings
(dates, times) turn them into a record with :meth:`ClaimDetails.from_attrs`,
which rejects any key the family does not know.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Self

from pydantic import ConfigDict, Field

from reportcheck.knowledge.rules import Strict


class ClaimDetails(Strict):
    """The base of every family: frozen, by field name or by JSON key."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @classmethod
    def from_attrs(cls, attrs: Mapping[str, Any]) -> Self:
        """The record of loosely keyed details (JSON keys); an unknown key raises."""
        return cls.model_validate(dict(attrs), by_alias=True, by_name=False)

    def replace(self, **changes: Any) -> Self:
        """A copy with ``changes`` (by field name), validated: an unknown field raises.

        Built from the fields themselves, not from a dump, so that a detail
        kept out of the JSON (``DateDetails.midnight_offset``) is kept here."""
        kept = {name: value for name, value in self if value is not None}
        return self.model_validate({**kept, **changes})

    def attrs_json(self) -> dict[str, str]:
        """The details as the JSON writes them: JSON keys, string values, sorted."""
        dumped = self.model_dump(by_alias=True, exclude_none=True)
        return {key: str(dumped[key]) for key in sorted(dumped)}


# ------------------------------------------------------------------ places


class PlaceDetails(ClaimDetails):
    """What is known of a place claim (kind location)."""

    #: the gazetteer's kind ("city", "district", "region", "country"), or a
    #: stage of death ("death_stage") or a weapon's place ("weapon_place")
    kind: str | None = Field(default=None, alias="place_kind")
    #: the gazetteer's id (a number as text), or "unresolved:NAME" in a fact sheet
    geonameid: str | None = None
    country: str | None = None  # ISO country code
    region: str | None = None  # first-level region code
    region_name: str | None = None
    #: the name as written; a capital named by reference ("the Syrian capital") its city's name
    surface: str | None = None
    named_in: str | None = None  # "outlet" / "agency": the place is part of a source's name
    #: what the words around it make of the place: "dateline", "scene" ("shot in
    #: Dolton"), "home" ("of Millbury"), "street", "part_of_city", "care" ("taken to a
    #: hospital in Macon"), "resident" ("a Dolton man"), "boundary" ("on the Elbert County
    #: line") (extract/places/roles.py); a street's "detour" ("use State Highway 2 as an
    #: alternative", extract/places/venues.py)
    stated_as: str | None = None
    around: str | None = None  # "near", "outside", "the outskirts of"
    victim: str | None = None  # whose place of death
    #: the words of a weapon's place ("trash can"); a street's house or block number
    #: ("13200"); a quarter's town, in small letters ("the Dhamankar Naka area of
    #: Bhiwandi": "bhiwandi")
    place_words: str | None = None
    #: a street's number is a block's ("the 1200 block of Elm Street"), not a house's
    block: bool | None = None
    #: the compass word before a street's name, written out ("Northwest 172nd Terrace": "northwest")
    direction: str | None = None
    #: a street read as one by its form, not by its name alone: a house or
    #: block number before it, "on"/"along"/"off" before it, or a corner
    #: ("Elm Street and Third Avenue") (extract/places/venues.py)
    street_form: bool | None = None
    #: the state or country the place lies in is written with its name in
    #: the report ("Jackson, Miss.", a dateline's "JACKSON, Tenn."), here or
    #: at another mention of the same place: two such places of one name in
    #: two states are two towns (compare/judges/places.py)
    within_written: bool | None = None
    #: of a town ``within_written`` only because the report names its state
    #: elsewhere, not with it nor in a dateline ("in Athens" and "in Ohio"):
    #: weak evidence, so a namesake conflict on it is a possible one
    #: (compare/spots.py's ``namesakes_by_state_named``)
    within_named_elsewhere: bool | None = None
    #: the report also writes, with its state, another place of this name in
    #: another state ("a Jackson man ... in Jackson, Miss." under "JACKSON,
    #: Tenn."): it tells both namesakes apart itself, so neither is set
    #: against the other report's namesake (compare/judges/places.py)
    namesake_named: bool | None = None
    #: of the hospital someone was taken to (subject ``hospital``): the report
    #: tells more than one stop of care, a transfer ("later airlifted to") or
    #: two hospitals, so another report's other hospital may be another stop
    more_stops: bool | None = None
    #: of the hospital someone was taken to: the ones taken are several ("the
    #: victims were taken to"), who may have gone to several hospitals
    group: bool | None = None
    #: of the hospital someone was taken to: told by a verb of staying ("died
    #: at", "in critical condition at"), not of carrying ("taken to"), so it
    #: may be a later stop than another report's hospital they were taken to
    care_stay: bool | None = None
    #: of a dateline's place: the report tells another town as the scene,
    #: so the dateline is where the story was filed, not where it happened
    scene_elsewhere: bool | None = None


# ------------------------------------------------------------ dates, times


class WhenDetails(ClaimDetails):
    """What dates and times share."""

    #: the event the time or day is of ("incident", "arrest", "other:say",
    #: "unknown"), read from the parse.  Not :attr:`ValueFrame.event`, which
    #: the trust work will give every value.
    event: str | None = None


class DateForm(StrEnum):
    """How a date was written, the ``form`` of a date claim: set by the date
    finders (extract/dates) and read by the incidents stage and the comparer,
    which tell a report's own day ("on Sunday", "yesterday") from a dateline
    or an older event's day ("on Sept. 6, 2015") by it.  One name each, so a
    reader that tests a form cannot spell one no finder writes.  Members are
    strings, so the JSON keeps the words it always wrote."""

    FULL_DATE = "full_date"  # "May 29, 2008"
    MONTH_DAY = "month_day"  # "Dec. 26", "July 21st"
    NUMERIC_DATE = "numeric_date"  # "11/28/05"
    ISO_DATE = "iso_date"  # "2017-04-06"
    HOLIDAY = "holiday"  # "Christmas Day"
    DAY_OF_MONTH = "day_of_month"  # "on the 13th"
    WEEKDAY = "weekday"  # "on Sunday", "last Friday"
    #: a day word counted from the dateline ("yesterday", "overnight", "last
    #: night"): the words an update stamp may misdate by days
    RELATIVE_DAY = "relative_day"
    AGO = "ago"  # "three days ago"
    PERIOD = "period"  # "last week", "the weekend"
    MONTH = "month"  # "in December"
    MONTH_YEAR = "month_year"  # "in December 2003"
    YEAR = "year"  # "in 2005"
    #: a day of death counted from the report's day of the attack ("died the
    #: next day": extract/dates/death_offsets.py), no day written
    AFTER_ATTACK = "after_attack"


class DateDetails(WhenDetails):
    """What is known of a date claim."""

    form: str | None = None  # what was written: "full_date", "weekday", "year", ...
    resolved: str | None = None  # the ISO day, when one day
    range: str | None = None  # "FIRST/LAST" ISO days, when a span of days
    year: int | None = None
    month: str | None = None  # two digits
    month_day: str | None = None  # "MM-DD"
    day_of_month: int | None = None
    weekday: str | None = None
    weekday_mismatch: str | None = None  # the weekday the date really falls on
    relative: str | None = None  # "yesterday", "last friday", "four years ago"
    holiday: str | None = None
    inferred_year: int | None = None  # the year chosen for a date written without one
    #: of a weekday or a month and day not placed in a year (the report has no
    #: date): the year the page's copyright line gives (load/dates.py,
    #: ``PageYear``), with its words and offsets in the original; the comparer
    #: reads the month and day in it only where nothing better places it
    page_year: int | None = None
    page_year_text: str | None = None
    page_year_start: int | None = None
    page_year_end: int | None = None
    daypart: str | None = None  # "morning" of "Saturday morning"
    part: str | None = None  # "early", "mid", "late" of a month or year
    #: the clock time nearest midnight that the date's sentence states, as
    #: minutes after midnight (positive: "12:30 a.m." 30) or before it
    #: (negative: "11:45 p.m." -15), or None with no clock time: the comparer
    #: reads a late hour of the earlier day or an early hour of the later one
    #: by it, so that two days a day apart may date one night.  Read once by
    #: the extractor from the sentence the JSON quotes, so it is kept out of
    #: the JSON's ``attrs`` (the contract is unchanged)
    midnight_offset: float | None = Field(default=None, exclude=True)
    #: True when the date's sentence puts the event in the night whatever day
    #: it names ("an overnight fire Friday"); read and kept like ``midnight_offset``
    overnight: bool = Field(default=False, exclude=True)
    #: the words of the page's update stamp ("Updated: Monday, July 7, 2014
    #: 6:44 PM EDT") when a day counted from the dateline ("overnight",
    #: "yesterday") was counted from it for want of any other date: the story
    #: may be older than its last update, so the comparer makes a difference
    #: resting on it at most a possible conflict.  Kept like ``midnight_offset``
    update_stamp: str | None = Field(default=None, exclude=True)
    #: True for a day written on a verb of dying ("died Monday", "died Sunday
    #: after accidentally shooting herself") that its sentence does not put at
    #: the scene: the attack came that day or before it, so the comparer reads
    #: an earlier day of the attack in the other report as compatible
    #: (extract/dates/later_deaths.py).  Kept like ``midnight_offset``
    died_on: bool = Field(default=False, exclude=True)
    #: True for a day written in the possessive of the incident's noun
    #: ("Monday's landslide", "Monday night's shooting"): the day the report
    #: names its incident by, which the comparer sets against the report's
    #: own day of the incident (extract/dates/possessive.py).  Kept like
    #: ``midnight_offset``
    possessive: bool = Field(default=False, exclude=True)


class TimeDetails(WhenDetails):
    """What is known of a clock-time claim."""

    tz: str | None = None  # the zone as written ("GMT", "local")
    day_part: str | None = None  # "morning" of "10 in the morning"
    #: a day part given alone as the time ("Friday night", "early Sunday
    #: morning"): its value is the hours reporters name by it, which fit a
    #: clock time of another report but never contradict one
    period: str | None = None
    mod: str | None = None  # "early" / "late" of such a day part
    #: the weekday named with such a day part ("Sunday" of "Sunday evening"):
    #: the clock judge reads the part on its day, one stretch of the week
    weekday: str | None = None
    utc_offset: int | None = None  # minutes, of the local zone a universal time is read in
    local_zone: str | None = None  # that zone's name ("Asia/Kolkata")
    #: True for a time on the clock of another country than the scene's whose
    #: places the report also names ("11:32 pm IST" of a quake in Nepal felt
    #: in India): read across to the scene's clock, it may still be the
    #: local time of a report whose main place is the wrong one, so the
    #: comparer reads it both ways and an agreement is only compatible
    #: (knowledge/timezones.py).  Kept out of the JSON like ``midnight_offset``
    both_clocks: bool = Field(default=False, exclude=True)
    #: the day part that settled a clock written with no a.m./p.m. from
    #: elsewhere in its clause ("Saturday night" of "on Saturday night when
    #: shots were fired at 11:30"): the half of the day is inferred, not
    #: stated, so a conflict resting on it is at most a possible one
    inferred_from: str | None = None


# -------------------------------------------------------------- quantities


class QuantityDetails(ClaimDetails):
    """What is known of a measured quantity (distance, height, depth, ...)."""

    written_unit: str | None = None  # the unit as written, normalised ("kilometer")
    bearing: str | None = None  # compass point of a distance ("NW")
    anchor: str | None = None  # the place a distance is from
    #: the act a distance is told at ("shot": "was 70 yards from Green when he
    #: shot"); distances of two moments are two facts (rules/units.yaml)
    moment: str | None = None


# ------------------------------------------------------------------ people


class PeopleDetails(ClaimDetails):
    """What counts of people and named people share."""

    #: a count's side ("victims", "attackers"); a person's part ("victim", "suspect")
    role: str | None = None
    #: "male" / "female": the sex the text states for the one person counted or
    #: named (a pronoun, "a woman", "Mrs. Ortiz", "put his hands up"), never
    #: guessed from a first name; two people of different stated sexes are
    #: never one person nor one count
    sex: str | None = None
    #: where the words of a count of one person told its sex: ``SEX_BY_NOUN``
    #: ("a 9-year-old girl"), ``SEX_BY_RELATION`` ("his aunt"),
    #: ``SEX_BY_PRONOUN`` ("she died") or
    #: ``SEX_BY_NAME`` (a title or the name's own pronoun, "Mr. Lee"); set
    #: once by the extractor, so the comparer knows a noun's sex (which two
    #: reports of one victim may contradict) without reading the text again
    sex_by: str | None = None


#: ``PeopleDetails.sex_by``: the sex a noun of one sex states ("a boy", "the woman")
SEX_BY_NOUN = "noun"
#: ``PeopleDetails.sex_by``: the sex a noun of kin with its possessor states
#: ("his aunt", "her daughter"): the person is told by their tie to someone
#: else, whose own harm the words are often about
SEX_BY_RELATION = "relation"
#: ``PeopleDetails.sex_by``: the sex a pronoun states ("found him dead")
SEX_BY_PRONOUN = "pronoun"
#: ``PeopleDetails.sex_by``: the sex a name's title or own pronoun states ("Mrs. Ortiz")
SEX_BY_NAME = "name"

#: ``CountDetails.derived`` of an injured figure derived from a harmed count
#: and the deaths told beside it ("shot three people, killing one": two injured)
FROM_HARMED = "harmed"
#: ``CountDetails.derived`` of an injured figure that is everyone harmed, in a
#: report that tells of no death ("a gunman shot three people"): the report
#: does not say none died, so another report's dead may be among them
ALL_HARMED = "all_harmed"
#: ``CountDetails.derived`` of a count of a group told as a share of a toll
#: ("Among the dead were three children", "30 missing, including five
#: firefighters"): the report's own total holds it, so it is never the
#: partner of the other report's total while that total has one of its own
SHARE = "share"


#: ``CountDetails.shooter``: the person hit fired the shot themself
SHOOTER_SELF = "self"
#: ``CountDetails.shooter``: another person fired the shot that hit them
SHOOTER_ANOTHER = "another"

#: ``CountDetails.told`` of a count told by a vague word ("dozens of people")
VAGUE = "vague"

#: ``CountDetails.floor_style``: floors numbered from the one above the
#: ground floor ("a first-floor flat" is one flight up), as British copy does
FLOORS_BRITISH = "british"
#: ``CountDetails.floor_style``: floors numbered from street level ("a
#: second-floor apartment" is one flight up), as American copy does
FLOORS_AMERICAN = "american"


class CountDetails(PeopleDetails):
    """What is known of a count (killed, injured, missing, arrested, other)."""

    #: the sex told of a count's one victim away from the count's own words,
    #: weaker than a noun: by a pronoun that can stand for the victim alone
    #: ("the victim ... his family") or a noun of kin the victim is told as
    #: ("the victim, the son of ..."), ``sex_read_by`` ``SEX_BY_PRONOUN`` or
    #: ``SEX_BY_RELATION``; the word, its offsets in the original and its
    #: sentence are its evidence (:mod:`reportcheck.extract.core.told_sex`)
    sex_read: str | None = None
    sex_read_by: str | None = None
    sex_read_word: str | None = None
    sex_read_start: int | None = None
    sex_read_end: int | None = None
    sex_read_sentence: str | None = None

    group: str | None = None  # who or what is counted: "all", "police", "individual", "buildings"
    #: "included" / "excluded": whether the count takes in the attacker;
    #: "possible": a toll of a report that tells he killed himself
    attacker: str | None = None
    harmed: str | None = None  # the harm of a "people shot" count ("shot", "stabbed")
    #: "harmed": derived from a harmed count and the deaths beside it;
    #: "all_harmed": everyone harmed, in a report that tells of no death
    derived: str | None = None
    where: str | None = None  # the named place a count is limited to ("no injuries in Dubai")
    #: ``VAGUE`` for a count told by a word of no number ("dozens", "several",
    #: "scores"), whose range ``rules/counts.yaml`` gives: the extractor knows
    #: it from the words; the comparer and the digest let a figure the range
    #: holds stand for it
    told: str | None = None
    #: of a count of a thing no casualty word reads ("fired two missiles",
    #: extract/counts/generic.py): the lemma of the verb the counted things
    #: (or, for "a four-storey building collapsed", the thing they are the
    #: storeys of) are the subject, object or agent of, or the participle
    #: before them ("a collapsed eight-storey building").  Set by the
    #: extractor, so the comparer knows two reports' figures count what
    #: one act acted on
    act: str | None = None
    #: True where the figure is told as the size of one thing, hyphened before
    #: its noun ("a six-storey building", "a nine-storey block"), not counted
    #: as a set ("four floors were gutted", "approval for four floors"): the
    #: building's height, one fixed figure (extract/counts/generic.py), so two
    #: reports' differing figures cannot both be true (compare/confidence.py)
    as_size: bool | None = None
    #: of the floor a fire began on (subject ``floor:origin``): how the
    #: report's words number floors, ``FLOORS_BRITISH`` (the floor above the
    #: ground floor is the first: "a first-floor flat", "a six-storey block")
    #: or ``FLOORS_AMERICAN`` (the street-level floor is the first: "a
    #: second-floor apartment", "an eight-story building"), None where the
    #: words tell neither or both (extract/counts/floors.py); one floor
    #: apart across the two ways may be one floor (compare/judges/counts.py)
    floor_style: str | None = None
    #: where a count of one person says they were hit: the sites, comma-joined
    #: ("left ear", "abdomen, arm, hip"), read by the extractor from the
    #: person's own verb or wound noun (:mod:`reportcheck.extract.counts.wounds`)
    wound: str | None = None
    #: True where the words tell one wound only ("a single gunshot wound",
    #: "shot once"): two single wounds on sites apart cannot both be right
    wound_single: bool | None = None
    #: True where the words tell more wounds than the sites they give ("shot
    #: multiple times in the torso", "gunshot wounds to the chest", "shot
    #: twice", "including in the head"), with or without a site: the sites
    #: may be some of the wounds only, so another report's site elsewhere
    #: is no conflict
    wound_several: bool | None = None
    #: True where the person's own site is told as a graze ("was grazed in
    #: the head", "a graze wound to the arm"): a graze is often left out by
    #: another report, so a site elsewhere is at most a possible conflict
    wound_graze: bool | None = None
    #: who fired the shot that hit the one person counted: ``SHOOTER_SELF``
    #: ("shot himself", "a self-inflicted gunshot wound", "took her own life")
    #: or ``SHOOTER_ANOTHER`` ("was shot by his friend", "a boy shot his
    #: brother"), read from the grammar of the clause that hurt them and only
    #: where the report states it as fact (extract/counts/shooter.py); a
    #: victim's count only, never the attacker's own wound
    shooter: str | None = None
    #: the word that hedges the reading of ``shooter`` ("believe" of "police
    #: believe he shot himself", "apparently" of "an apparently self-inflicted
    #: wound"): the reading is told but not as fact, so a disagreement with
    #: another report's reading is at most a possible conflict
    shooter_hedge: str | None = None
    #: True for a count of deaths the report tells came after its first toll
    #: ("Two others were taken to Regional One; one later died at the
    #: hospital", ``later_death_phrases`` of rules/counts.yaml): the report's
    #: toll told before it plus this count is its running total
    #: (extract/counts/running.py, compare/running.py).  Kept out of the
    #: JSON's ``attrs`` (the contract is unchanged)
    later_death: bool = Field(default=False, exclude=True)
    #: (earlier, current) where the count's sentence tells the toll rose by
    #: deaths it names: "the death toll climbed to 11 after two more of the
    #: injured died" (9, 11), "A fourth person has died" (3, 4), set on the
    #: toll's figure or the ordinal person's count (``toll_rise_*`` of
    #: rules/counts.yaml, extract/counts/running.py).  Another report's
    #: figure equal to the earlier toll is that toll told before the update
    #: (compare/running.py).  Kept out of the JSON's ``attrs``
    toll_rise: tuple[float, float] | None = Field(default=None, exclude=True)
    #: True for a toll told again by a definite article, with nothing that
    #: picks some of the people out: "The 13 victims who died have been taken
    #: to hospital", "the four injured workers" (``restating_*`` of
    #: rules/counts.yaml, extract/counts/restated.py).  It points back at all
    #: the people of its outcome the report counts, so the report's other
    #: toll of that outcome, differing, is its own contradiction
    #: (compare/__init__.py).  Kept out of the JSON's ``attrs``
    restated: bool = Field(default=False, exclude=True)
    #: True for a count told as no share: an exact figure of everyone
    #: ("Three people were arrested") or of two or more of a plain kind of
    #: people (``whole_groups`` of rules/counts.yaml: "Two men were
    #: arrested", "Eight miners were killed"), never "two of the men" nor
    #: "including two miners" (extract/counts/scope.py).  Kept out of the
    #: JSON's ``attrs``
    told_whole: bool = Field(default=False, exclude=True)
    #: True for a part of a toll told as some of the people the report
    #: counts, by "of" and a pronoun or a definite noun: "one of the victims
    #: died after jumping", "two of them were children"
    #: (extract/counts/scope.py).  Its whole holds it, so a headline's toll
    #: is never that whole and the part together (compare/headlines.py).
    #: Kept out of the JSON's ``attrs``
    partitive: bool = Field(default=False, exclude=True)
    #: True for a count told as no share (``told_whole``) that is its
    #: report's only figure of its toll in its incident (or the same figure
    #: told again): a recalled disaster's toll is another incident's
    #: (knowledge/wholes.py, asked by extract/counts/scope.py over the
    #: report and by incidents.py inside each incident).  Two reports' such
    #: counts are their whole counts, which meet as two totals, never as a
    #: part and its whole (compare/judges/counts.py).  Kept out of the JSON's
    #: ``attrs``
    whole: bool = Field(default=False, exclude=True)
    #: True for a count of people rescued or found alive whom the report
    #: tells had been missing ("Rescuers found five people alive who had been
    #: missing", extract/counts/component.py): the report's missing count
    #: plus these is the count it had missing before they were found
    #: (compare/running.py).  Kept out of the JSON's ``attrs``
    found_missing: bool = Field(default=False, exclude=True)


#: ``PersonDetails.told`` of an age said only after "was"/"is" ("Hill was 15.")
PREDICATE_AGE = "predicate"
#: ``PersonDetails.told`` of an age told at a death or an attack, its bearer
#: the verb's subject in the parse ("Mark Felt died Thursday at age 95")
EVENT_AGE = "event"


class PersonDetails(PeopleDetails):
    """What is known of a named person or of an age."""

    person: str | None = None  # whose age
    #: the name is a first name told alone, of someone whose full name the
    #: report never gives ("his daughter, Ava"): no surname to pair by
    given: bool | None = None
    #: the rank written before the person's name ("lieutenant" of "Lt. Chris
    #: Baldridge", "deputy chief"); a role ("Officer") is none.  Set by the
    #: extractor, so the comparer sets one report's rank against another's
    rank: str | None = None
    #: "later": the age is told at a later court stage (trial, verdict,
    #: sentencing), months or years after the crime
    stage: str | None = None
    #: "predicate": an age said after "was"/"is" ("Hill was 15."), weaker
    #: evidence than one set off after the name ("Hill, 19,"): a reporter
    #: writes it of a time he may not say; a conflict on it is at most possible.
    #: "event": an age told at a death or an attack ("died at age 95"), whose
    #: bearer the parse gives; a conflict on it is at most possible too
    told: str | None = None
    #: the day an age is told as of: its report's date (ISO), where the
    #: report has one; two ages a year apart are a birthday between the
    #: reports only when their days are weeks apart.  Kept out of the JSON,
    #: which gives each report's date once
    as_of: str | None = Field(default=None, exclude=True)
    #: the one part a named person played told by a noun beside the name
    #: ("The pilot, Greg Haines, 44, and a nurse were killed": ``part_roles``
    #: of rules/people.yaml) where the verb gives the person another role
    #: (the victim), so align still pairs them with the other report's
    #: "the pilot, 38".  Kept out of the JSON, as the role says the rest
    part: str | None = Field(default=None, exclude=True)
    #: the office one person holds at a time that a title or a noun beside
    #: the name gives a named person ("County Coroner Ann Ruiz", "the fire
    #: chief, Dale Brenner": ``offices`` of rules/people.yaml), so the
    #: comparer sets two reports' names of one office against each other.
    #: Kept out of the JSON
    office: str | None = Field(default=None, exclude=True)
    #: the place whose office that is, where the title tells it ("Harlan"
    #: of "Harlan County Coroner", "Cresswell" of "Mayor Tom Reese of nearby
    #: Cresswell"), lower case: two places' holders are two people.  Kept
    #: out of the JSON
    office_place: str | None = Field(default=None, exclude=True)
    #: the noun of ``roles`` (rules/people.yaml) that gives the name its
    #: role ("spokesman" of "Rescue 1122 spokesman Tahir Khan", "director"
    #: of "mine director Zoran Milić"): one role holds many nouns (a mayor
    #: and a spokesman are both officials), so the comparer sets two names
    #: against each other as one holder's only where the nouns are one.
    #: Kept out of the JSON
    role_noun: str | None = Field(default=None, exclude=True)
    #: of an unnamed age told of a part's noun: the kind of vehicle the noun
    #: is told of ("truck" of "the lorry driver", "the driver of the HGV";
    #: ``part_vehicles`` of rules/people.yaml), so align keeps a train's
    #: driver apart from a lorry's where the reports tell drivers of two
    #: kinds.  Kept out of the JSON
    vehicle: str | None = Field(default=None, exclude=True)
    #: of such an age: its report tells several vehicles of that kind ("Two
    #: buses collided", "a second bus"), so the part's noun may be of either
    #: and its one holder is not known.  Kept out of the JSON
    vehicles_several: bool | None = Field(default=None, exclude=True)
    #: of a named person given by "identified ... as": where the one noun
    #: the name is given to stands (its offset; "the man" of "The man
    #: killed was identified as Ana Ruiz", "a man" of "A man was critically
    #: injured.  Police identified him as ..."), so the comparer reads what
    #: that noun's count says happened as the named person's fate
    #: (:mod:`reportcheck.compare.fates`).  Set by the extractor, mapped to
    #: the original by the report's extractor.  Kept out of the JSON
    identified_noun: int | None = Field(default=None, exclude=True)
    #: of a claim of who raised the alarm or found the victim (subject
    #: ``caller:called`` / ``caller:found``, :mod:`reportcheck.extract.callers`):
    #: the role they are told by ("brother" of "the brother of the man"), set
    #: by the extractor so the comparer sets one report's against another's
    caller: str | None = None
    #: the caller or finder is several people ("witnesses", "her parents",
    #: "Marta and her daughter"): one of them may be the other report's
    several: bool | None = None
    #: the report tells this call as the one that got help sent ("the call
    #: came from", "received a call from", "the person who called")
    the_call: bool | None = None
    #: of an age written in a list told of a group by a plural noun ("two
    #: children, ages 4 and 7", "two women -- 68 and 48-years-old", "her 10-
    #: and 13-year-old daughters"): how many ages the list gives, the group's
    #: size.  Set by the extractor, so the comparer sets the whole list
    #: against another report's list or its ages of that group's people one
    #: by one (:mod:`reportcheck.compare.age_lists`); none for a group set
    #: apart from one told before ("two other kids, ages 13 and 21")
    listed: int | None = None
    #: whose kin a person or a listed group is told as: the possessor of
    #: the noun ("her" of "her two sons", "neighbor" of "a neighbor's
    #: children"), and for a named person the noun of kin told in apposition
    #: ("nephew" of "Her nephews, Leo Soto, 10"); a list's noun is its
    #: subject's.  Set by the extractor, so the comparer never sets one kin
    #: or household's list against another's (:mod:`reportcheck.compare.age_lists`)
    kin: str | None = None
    kin_of: str | None = None
    #: the words tell the person or group unharmed or only there to see
    #: ("were not hurt", "saw the shooting", "in front of his children"): a
    #: list so told is set only against people told alike
    spared: bool | None = None
    #: of a named person: the noun of their phrase or clause tells them one
    #: of a group the report tells of ("The bodies of Robyn Mendes, 48", "the
    #: victims have been identified as ...", "named the women as ..."); only
    #: such a person of no role is set against another report's list of the
    #: dead (:mod:`reportcheck.compare.age_lists`), never a speaker or an owner
    named_in_group: bool | None = None
    #: of a named person: told holding the gun when it went off ("X was
    #: handling a handgun when it went off"), so the one who fired
    #: (:mod:`reportcheck.extract.people.holders`); the comparer sets it
    #: against another report's "shot himself" of a victim who is not this
    #: person (:mod:`reportcheck.compare.shooters`).  ``held_hedge`` is the
    #: word that hedges it ("believe"), None where told as fact
    held_gun: bool | None = None
    held_hedge: str | None = None


# ----------------------------------------------------------------- weapons


class WeaponDetails(ClaimDetails):
    """What is known of a weapon claim."""

    weapon_class: str | None = Field(default=None, alias="class")  # the taxonomy's class
    ancestors: str | None = None  # the class's ancestors, comma-joined, sorted
    calibre: str | None = None  # "357 caliber"
    maker: str | None = None  # a named gun's maker: "Colt", "Glock"
    model: str | None = None  # a named gun's model: "AR-15", "19", "Kalashnikov" (AK-47, AKM)


AnyDetails = (
    PlaceDetails | DateDetails | TimeDetails | QuantityDetails | CountDetails | PersonDetails | WeaponDetails
)

#: the records read where a claim is of another family: every field unset
_EMPTY_PLACE = PlaceDetails()
_EMPTY_DATE = DateDetails()
_EMPTY_TIME = TimeDetails()
_EMPTY_QUANTITY = QuantityDetails()
_EMPTY_COUNT = CountDetails()
_EMPTY_PERSON = PersonDetails()
_EMPTY_WEAPON = WeaponDetails()


class DetailViews:
    """Typed reads of a claim's ``details``: ``claim.place.kind``.

    A claim holds the one record of its kind's family; reading another
    family gives an empty record (every field ``None``), as a missing key did
    when details were a dict."""

    if TYPE_CHECKING:
        details: AnyDetails | None

    @property
    def place(self) -> PlaceDetails:
        return self.details if isinstance(self.details, PlaceDetails) else _EMPTY_PLACE

    @property
    def date(self) -> DateDetails:
        return self.details if isinstance(self.details, DateDetails) else _EMPTY_DATE

    @property
    def time(self) -> TimeDetails:
        return self.details if isinstance(self.details, TimeDetails) else _EMPTY_TIME

    @property
    def quantity(self) -> QuantityDetails:
        return self.details if isinstance(self.details, QuantityDetails) else _EMPTY_QUANTITY

    @property
    def count(self) -> CountDetails:
        return self.details if isinstance(self.details, CountDetails) else _EMPTY_COUNT

    @property
    def person(self) -> PersonDetails:
        return self.details if isinstance(self.details, PersonDetails) else _EMPTY_PERSON

    @property
    def weapon(self) -> WeaponDetails:
        return self.details if isinstance(self.details, WeaponDetails) else _EMPTY_WEAPON
