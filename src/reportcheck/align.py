"""Align stage: which incidents, and which claims, of the reports match.

Claims are compared only within one incident and one subject.  The main
incidents of two reports align; background incidents align when their dates
overlap ("In September ... Irkutsk" and "In September ... Ust-Ilimsk"), or,
when no date sets them apart, when they name one town, or, naming no towns
to set against each other, when the same-event model trained on ECB+
(:mod:`reportcheck.knowledge.same_event`) takes them for one event; never
when a day the opening sentence of one tells falls on none of the other's
days of the same thing (:func:`_days_apart`).  People are matched by name with
rapidfuzz and token rules (:func:`reportcheck.knowledge.names.names_match`),
so "Syed Farook" is "Syed Rizwan Farook" and "Mr. LaCalamita" is "Anthony
LaCalamita".
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from itertools import combinations
from typing import TYPE_CHECKING

from reportcheck.incident_events import (
    SAME_EVENT_THRESHOLD,
    EventMention,
    report_event_rules,
    same_event,
    told_apart,
)
from reportcheck.incidents import Incident
from reportcheck.knowledge.events import event_lexicon, incident_words
from reportcheck.knowledge.names import (
    first_names_differ,
    letters_only,
    name_parts,
    names_fit,
    names_match,
    names_someone_of,
    people_lexicon,
    person_key,
    spelled_apart,
)
from reportcheck.knowledge.title_case import in_headline
from reportcheck.knowledge.venues import venue_rules
from reportcheck.knowledge.vocabulary import (
    ADULT_AGE,
    DEATH_PLACE_PREFIX,
    FALL,
    HOSPITAL,
    INDIVIDUAL,
    MAIN,
    MONTH_NAMES,
    ONE_AGE,
    ONE_OF_SEX,
    SHOTS,
    SHOTS_HIT,
    SUSPECT,
    TENURE,
    TOWN_KINDS,
    UNNAMED_PREFIX,
    VENUE,
    VICTIM,
    WATER_LEVEL,
    WATER_MEASURES,
    is_named_person,
    is_person_subject,
    person_subject,
    several_arrested,
    tells,
)
from reportcheck.models import Claim, ClaimKind, GroupKey, IncidentCoverage, IncidentInfo, SentenceSpan

if TYPE_CHECKING:
    from reportcheck.knowledge.same_event import EventMention as ModelMention

# ---------------------------------------------------------------- incidents


def _dates_overlap(a: Incident, b: Incident) -> bool:
    return any(_claims_overlap(da, db) for da in a.dates for db in b.dates)


def _claims_overlap(da: Claim, db: Claim) -> bool:
    """Two dates that can be one: intervals that meet, or, one unresolved, the same written date."""
    va, vb = da.value, db.value
    if va.low is not None and vb.low is not None:
        # a bound left open ("since 2009") runs on without end
        high_a = va.high if va.high is not None else math.inf
        high_b = vb.high if vb.high is not None else math.inf
        # a day either side for two days (one night told as Friday and as Saturday);
        # 1998 and 1999, a week and the next, are apart
        slack = 1 if high_a - va.low < 1 and high_b - vb.low < 1 else 0
        return va.low <= high_b + slack and vb.low <= high_a + slack
    return _same_written_date(da.evidence.text, db.evidence.text)


def _days(incident: Incident) -> dict[str, list[Claim]]:
    """The single days the sentence that opens an incident dates it to, by
    what each is the day of.  Those are its own days; a later sentence's day
    tells what came after ("the break happened on 8 October ... restored
    services on 14 October"), which another report's account of the break
    need not tell."""
    if not incident.dates:
        return {}
    opener = min(incident.dates, key=lambda d: d.evidence.start).evidence.sentence
    days: dict[str, list[Claim]] = defaultdict(list)
    for date in incident.dates:
        if date.evidence.sentence == opener and date.value.placed_day() is not None:
            days[date.subject].append(date)
    return days


def _days_apart(a: Incident, b: Incident) -> bool:
    """A day the opening sentence of one incident dates it to, of what the
    other's dates too, that falls on none of the other's days: "the June 24 murder of Ortiz and on
    June 20, when a man was shot" against "the June 20, 2005 attempted
    murder": a date that differs sets the two apart, however another date
    meets, and a date that kept them one could never be a date they differ on."""
    days_a, days_b = _days(a), _days(b)
    for subject in days_a.keys() & days_b.keys():
        for first, second in ((days_a[subject], days_b[subject]), (days_b[subject], days_a[subject])):
            if any(not any(_claims_overlap(d, other) for other in second) for d in first):
                return True
    return False


def _same_written_date(a: str, b: str) -> bool:
    """Two dates, one with no interval, that write the same month ("In
    September"), or the same year with no months that differ ("a 1999
    incident" / "in 1999")."""
    months_a, months_b = _month_words(a), _month_words(b)
    if months_a & months_b:
        return True
    years = set(_YEAR.findall(a)) & set(_YEAR.findall(b))
    return bool(years) and not (months_a and months_b)


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _dates_silent(a: Incident, b: Incident) -> bool:
    """No date of one incident can be set against a date of the other."""
    return not any(da.value.low is not None and db.value.low is not None for da in a.dates for db in b.dates)


def _towns(incident: Incident) -> set[str | None]:
    return {p.place.geonameid for p in incident.places if p.place.kind in TOWN_KINDS}


def _places_shared(a: Incident, b: Incident) -> bool:
    """Both name one town or district ("the 2003 quake in Bam" / "Bam's earthquake")."""
    return bool(_towns(a) & _towns(b))


def _places_differ(a: Incident, b: Incident) -> bool:
    """Both name towns or districts, and none is the same."""
    towns_a, towns_b = _towns(a), _towns(b)
    return bool(towns_a) and bool(towns_b) and not towns_a & towns_b


_MONTHS = re.compile(rf"\b({'|'.join(name.lower() for name in MONTH_NAMES)})\b", re.I)


def _month_words(text: str) -> set[str]:
    return {m.lower() for m in _MONTHS.findall(text)}


def _same_undated(a: Incident, b: Incident) -> bool:
    """Two incidents no date sets apart: one town is one incident, other towns
    are others; where neither names towns to set against each other, the model decides."""
    if _places_shared(a, b):
        return True
    return not _places_differ(a, b) and _model_says_same(a, b)


def _model_says_same(a: Incident, b: Incident) -> bool:
    """Where no date sets the two apart: the same-event model trained on ECB+
    (:mod:`reportcheck.knowledge.same_event`) weighs their event words, places,
    numbers, names and older-event cues.  Imported here, on first use."""
    from reportcheck.knowledge.same_event import same_event_model  # noqa: PLC0415

    model = same_event_model()
    mentions = _event_mention(a, model.event_class), _event_mention(b, model.event_class)
    return model.probability(*mentions) >= model.threshold


@cache
def _event_words() -> tuple[dict[str, str], dict[str, str]]:
    """The event lexicon (``rules/events.yaml``) by the model's stems: its nouns, then its verbs."""
    from reportcheck.knowledge.same_event import stem_classes  # noqa: PLC0415

    lex = event_lexicon()
    return stem_classes(incident_words(lex.by_noun)), stem_classes(incident_words(lex.by_verb))


def _event_mention(incident: Incident, event_class: Callable[[str], str | None]) -> ModelMention:
    """A background incident as the model reads it: the sentence that opens it,
    its event word, dates and places.  The event word is the first event noun
    of the lexicon there ("the quake", "the shooting" name the event better
    than "struck" or "opened fire"), else its first event verb; its class is
    the one the model was trained with (``event_class``)."""
    from reportcheck.knowledge.same_event import EventMention as ModelMention  # noqa: PLC0415
    from reportcheck.knowledge.same_event import stem  # noqa: PLC0415

    nouns, verbs = _event_words()
    claims = [*incident.dates, *incident.places]
    sentence = min(claims, key=lambda c: c.evidence.start).evidence.sentence if claims else incident.label
    words = re.findall(r"[A-Za-z-]+", sentence)
    head = next((w for w in words if stem(w) in nouns), None)
    head = head or next((w for w in words if stem(w) in verbs), "")
    return ModelMention(
        head,
        sentence,
        event_class(head) if head else None,
        tuple(c.evidence.text for c in incident.dates),
        tuple(c.value.name or "" for c in incident.places),
    )


def align_incidents(
    incidents: list[list[Incident]], numbers: list[int] | None = None
) -> dict[tuple[int, str], str]:
    """Map (report, incident id) to a shared incident id.

    Main incidents share ``main``, and so does a background incident that
    is another report's main incident (:func:`_crossed_mains`).  A
    background incident of a later report takes the id of the first
    background incident of an earlier report whose
    dates overlap (or name the same month when no year is known), or, when
    neither gives a date to set against the other's, that names the same
    town or, naming no town to set against the other's, that the same-event
    model takes for the same event; the others keep ids of their own and are
    never compared.  ``numbers`` are the reports' indices (their claims'
    ``report``) when not 0, 1, 2... (a batch group).
    """
    numbers = list(range(len(incidents))) if numbers is None else numbers
    crossed = _crossed_mains(incidents)
    shared: dict[tuple[int, str], str] = {}
    for position, report_incidents in enumerate(incidents):
        for incident in report_incidents:
            shared[(position, incident.id)] = incident.id
        if position in crossed:
            shared[(position, crossed[position])] = MAIN
    for later in range(1, len(incidents)):
        taken: set[str] = set()
        for earlier in range(later):
            for a in incidents[earlier]:
                if shared[(earlier, a.id)] == MAIN:
                    continue
                for b in incidents[later]:
                    if shared[(later, b.id)] == MAIN or b.id in taken:
                        continue
                    if _same_background(a, b):
                        shared[(later, b.id)] = shared[(earlier, a.id)]
                        taken.add(b.id)
                        break
    return {(numbers[position], incident): ident for (position, incident), ident in shared.items()}


def _mains_apart(a: Incident, b: Incident) -> bool:
    """Two main incidents told days apart, or in other towns: a court story
    of 2007 and the report of the 2005 killing it retells."""
    return (not _dates_silent(a, b) and not _dates_overlap(a, b)) or _places_differ(a, b)


def _crossed_mains(incidents: list[list[Incident]]) -> dict[int, str]:
    """Report positions whose background incident is another report's main
    incident, with that background incident's id.

    News is told from two angles: a trial story retells as background the
    killing another outlet reported the day it happened ("was killed June
    24, 2005 outside an apartment ... in Hawaiian Gardens" beside the 2005
    report's own story), a follow-up retells the escape another report led
    with.  When the two main incidents are set apart (days apart, other
    towns), the first background incident of one report whose dates overlap
    the other's main incident, and whose towns do not differ from it, is that
    main incident; its values are then compared with that main incident's
    (and with its own report's main incident, which stays ``main`` too: a
    trial story retells the killing in its lead as well).  A report whose
    main incident another report has already taken that way is not crossed
    in turn (two agencies leading with each other's strike: one crossing is
    enough)."""
    crossed: dict[int, str] = {}
    mains = [next((i for i in report if i.id == MAIN), None) for report in incidents]
    for position, report in enumerate(incidents):
        own = mains[position]
        if own is None:
            continue
        for other, main in enumerate(mains):
            if other == position or other in crossed or main is None or not _mains_apart(own, main):
                continue
            told = [b for b in incidents[other] if b.id != MAIN]
            found = next((b for b in report if b.id != MAIN and b.dates and _retells(b, main, told)), None)
            if found is not None:
                crossed[position] = found.id
                break
    return crossed


def _retells(background: Incident, main: Incident, told: list[Incident]) -> bool:
    """A background incident whose dates overlap a main incident's, in no
    other town, and that no background incident of the other report
    (``told``) tells: a charging story and a verdict story that both retell
    the killing as background share that background, not one's main."""
    if not _dates_overlap(background, main) or _places_differ(background, main):
        return False
    return not any(_same_background(background, b) for b in told)


def _same_background(a: Incident, b: Incident) -> bool:
    """Two background incidents that are one: dates that overlap, or no dates
    to set apart and one town (or the model's word); never two with a day
    that sets them apart (:func:`_days_apart`)."""
    if _days_apart(a, b) or _unplaced_apart(a, b):
        return False
    return _dates_overlap(a, b) or (_dates_silent(a, b) and _same_undated(a, b))


def _unplaced_apart(a: Incident, b: Incident) -> bool:
    """Two backgrounds dated only by words no date places ("Last month,
    floods killed 40" / "Earlier this year, floods killed 25"), and by
    different words: nothing says the two recall one event, and the
    model's guess would set two old events' figures against each other."""
    if not a.dates or not b.dates or any(d.value.low is not None for d in (*a.dates, *b.dates)):
        return False
    written_a = {" ".join(d.evidence.text.lower().split()) for d in a.dates}
    written_b = {" ".join(d.evidence.text.lower().split()) for d in b.dates}
    if written_a & written_b:
        return False
    return not any(_same_written_date(da.evidence.text, db.evidence.text) for da in a.dates for db in b.dates)


def incident_table(
    incidents: list[list[Incident]], shared: dict[tuple[int, str], str], numbers: list[int] | None = None
) -> list[IncidentInfo]:
    """The aligned incidents with the sentences each report spends on them.

    The main incident comes first, then background incidents in the order the
    reports first tell them.  ``numbers`` as for :func:`align_incidents`."""
    numbers = list(range(len(incidents))) if numbers is None else numbers
    table: dict[str, IncidentInfo] = {}
    for report, report_incidents in zip(numbers, incidents, strict=True):
        for incident in report_incidents:
            shared_id = shared[(report, incident.id)]
            info = table.setdefault(shared_id, IncidentInfo(id=shared_id, label=incident.label, reports=[]))
            info.reports.append(
                IncidentCoverage(
                    report=report,
                    label=incident.label,
                    sentences=[SentenceSpan(start=s, end=e) for s, e in incident.sentences],
                )
            )
    return sorted(table.values(), key=lambda info: info.id != MAIN)


def align_events(
    incidents: list[list[Incident]], shared: dict[tuple[int, str], str], numbers: list[int] | None = None
) -> None:
    """Give each other event a reports tells one id across the reports, in its claims' ``frame.event``.

    Events are matched only inside one aligned incident, in reading order:
    a mention joins the first event already met that :func:`same_event`
    takes for it (against any of that event's mentions), else starts its
    own.  The id names the incident, the relation and the event's rank
    ("main/aftershock-2"), so it is the same whatever report it is read
    from and says nothing report-local.  Values of the incident's own event
    keep an empty ``frame.event``.
    """
    numbers = list(range(len(incidents))) if numbers is None else numbers
    events: dict[str, list[list[EventMention]]] = defaultdict(list)
    for report, report_incidents in zip(numbers, incidents, strict=True):
        for incident in report_incidents:
            clusters = events[shared[(report, incident.id)]]
            for mention in incident.events:
                _join_event(clusters, mention)
    for incident_id, clusters in events.items():
        for rank, cluster in enumerate(clusters, start=1):
            ident = f"{incident_id}/{cluster[0].relation}-{rank}"
            for mention in cluster:
                for claim in mention.claims:
                    claim.frame.event = ident


def cross_told_cases(
    incidents: list[list[Incident]],
    shared: dict[tuple[int, str], str],
    claims: list[Claim],
    numbers: list[int] | None = None,
) -> None:
    """A second case one report tells inside its main incident ("charged with
    killing Zurana Horton, 34, on Oct. 21, 2011") and another report tells in
    a background incident of its own ("Andrew Lopez, 20, was found guilty of
    slaying Zurana Horton ... in October 2011") are one event: the background
    incident's own values take the mention's event id, so they are set
    against the mention's values and never against the main incident's.

    Only a background incident that no incident of the mention's report
    shares, and one mention to one background incident (reading order).  A
    background incident taken for the mention's report's main incident
    (:func:`_crossed_mains`: a roundup of the county's killings dates one
    to a day the main incident's dates also cover) whose case that report
    tells in a mention, on days that meet, is that mention's case: the
    crossing is undone in ``shared``.  It
    first clears the ids an earlier cross-check gave (a report's claims are
    shared by every pair it is in).  Run after :func:`align_events`;
    ``numbers`` as for :func:`align_incidents`."""
    numbers = list(range(len(incidents))) if numbers is None else numbers
    own = _own_claims(incidents, claims, numbers)
    for background in own.values():
        for claim in background:
            claim.frame.event = None
    relations = set(report_event_rules().crossing_relations)
    taken: set[tuple[int, str]] = set()
    for position, report_incidents in enumerate(incidents):
        told = {shared[(numbers[position], incident.id)] for incident in report_incidents}
        number = numbers[position]
        # the main incident's own values: not by an empty frame.event, which a
        # roundup's or a follow-up's id of an earlier pair may still fill
        # (those are cleared only after this step), but by no mention of the
        # main incident holding them
        in_mentions = {
            claim.id
            for incident in report_incidents
            if incident.id == MAIN
            for mention in incident.events
            for claim in mention.claims
        }
        main_own = [
            c for c in claims if c.report == number and c.incident == MAIN and c.id not in in_mentions
        ]
        mentions = [
            mention
            for incident in report_incidents
            if incident.id == MAIN
            for mention in incident.events
            if mention.relation in relations and mention.claims
        ]
        for mention in mentions:
            match = _background_telling(
                mention, incidents, shared, own, numbers, position, told, taken, main_own
            )
            if match is None:
                continue
            taken.add(match)
            other, told_as = match
            undone = shared[(numbers[other], told_as)] == MAIN
            shared[(numbers[other], told_as)] = told_as  # a crossed one is no main incident
            if undone:
                _events_moved(incidents[other], told_as)
            for claim in own.get(match, []):
                claim.frame.event = mention.claims[0].frame.event


def _events_moved(report_incidents: list[Incident], incident_id: str) -> None:
    """The event ids of the mentions inside a background incident whose
    crossing into the main incident is undone, moved to that incident
    ("main/trial-2" -> "bg-1/trial-2"): :func:`align_events` matched them
    with the main incident's events while the two were one, and a trial of
    the second case is no trial of the main one (``_event_incident``
    groups a value by the incident its event id names)."""
    prefix = f"{MAIN}/"
    for incident in report_incidents:
        if incident.id != incident_id:
            continue
        for mention in incident.events:
            for claim in mention.claims:
                event = claim.frame.event
                if event and event.startswith(prefix):
                    claim.frame.event = f"{incident_id}/{event[len(prefix) :]}"


def _own_claims(
    incidents: list[list[Incident]], claims: list[Claim], numbers: list[int]
) -> dict[tuple[int, str], list[Claim]]:
    """Each background incident's values (by report position and incident id)
    that no event mention inside it takes."""
    inside = {c.id for report in incidents for i in report for m in i.events for c in m.claims}
    position_of = {number: position for position, number in enumerate(numbers)}
    own: dict[tuple[int, str], list[Claim]] = {}
    for claim in claims:
        position = position_of.get(claim.report)
        if position is None or claim.incident == MAIN or claim.id in inside:
            continue
        own.setdefault((position, claim.incident), []).append(claim)
    return own


def _background_telling(
    mention: EventMention,
    incidents: list[list[Incident]],
    shared: dict[tuple[int, str], str],
    own: dict[tuple[int, str], list[Claim]],
    numbers: list[int],
    position: int,
    told: set[str],
    taken: set[tuple[int, str]],
    main_own: list[Claim],
) -> tuple[int, str] | None:
    """(report position, incident id) of the first background incident of
    another report that tells ``mention``'s case (:func:`_tells_case`).  A
    background taken for the mention's report's main incident stays that
    main incident when the main incident's own values name in full a person
    it names (a story of the video of a killing names the victim in its lead
    and again in a clause: "charged with killing Zurana Horton, 34, on Oct.
    21, 2011")."""
    for other, report_incidents in enumerate(incidents):
        if other == position:
            continue
        for incident in report_incidents:
            if incident.id == MAIN or (other, incident.id) in taken:
                continue
            ident = shared[(numbers[other], incident.id)]
            crossed = ident == MAIN
            if ident in told and not crossed:
                continue
            background = own.get((other, incident.id), [])
            if crossed and _named_in_full(main_own, background):
                continue  # the main incident tells that case itself: the crossing stands
            if _tells_case(mention, incident, background, dated=crossed):
                return other, incident.id
    return None


def _tells_case(mention: EventMention, incident: Incident, own: list[Claim], dated: bool = False) -> bool:
    """Whether a background incident tells the case a mention tells: no day
    sets them apart (dates that meet, or one of them undated) and a person one
    of them names in full is named by the other ("Zurana Horton" and
    "Horton"), or both date it to days that meet in one town ("July 9, 2015"
    in Boulder Creek and "July of 2015" in Boulder Creek)."""
    dates_a = [c for c in mention.claims if c.kind is ClaimKind.date and c.value.low is not None]
    dates_b = [c for c in own if c.kind is ClaimKind.date and c.value.low is not None]
    meet = any(_claims_overlap(a, b) for a in dates_a for b in dates_b)
    if (dates_a and dates_b and not meet) or (dated and not meet):
        return False
    if _named_in_full(mention.claims, own):
        return True
    towns = {
        c.place.geonameid
        for c in mention.claims
        if c.kind is ClaimKind.location and c.place.kind in TOWN_KINDS
    }
    return meet and bool((towns - {None}) & _towns(incident))


def _named_in_full(a: list[Claim], b: list[Claim]) -> bool:
    """A named person both sets of claims give, written in full (two words
    or more) by at least one of them: a surname alone on both sides ("Walker")
    may be two people."""
    people_a = _people_written(a)
    people_b = _people_written(b)
    return any(max(people_a[key], people_b[key]) >= 2 for key in people_a.keys() & people_b.keys())


def _people_written(claims: list[Claim]) -> dict[str, int]:
    """Each named person's subject with the most words any claim writes the name in."""
    written: dict[str, int] = {}
    for claim in claims:
        if is_named_person(claim.kind, claim.subject):
            words = len(claim.evidence.text.split())
            written[claim.subject] = max(written.get(claim.subject, 0), words)
    return written


def _join_event(clusters: list[list[EventMention]], mention: EventMention) -> None:
    for cluster in clusters:
        if any(told_apart(mention, other) for other in cluster):
            continue  # one report's two shootings never become one through a third mention
        if any(same_event(mention, other) >= SAME_EVENT_THRESHOLD for other in cluster):
            cluster.append(mention)
            return
    clusters.append([mention])


# ---------------------------------------------------------------- subjects


def person_subjects(claims: list[Claim]) -> dict[tuple[int, str], str]:
    """Map each report's person subject key to one shared key across reports.

    People are paired by name, never by surname alone: "Turhan Johnson"
    of one report is not "Aaliyah Johnson" of another though both are
    keyed "person:johnson" in their reports.  Fuller names are placed
    first; a name joins the one earlier person whose name it can be (a
    surname alone is anyone of that surname) and who is not already
    someone else of its own report: two keys of one report are two people.
    A name that could be two people stays apart, and so does one whose
    stated sex differs from the person's ("Mr. Lee" is not "Ms. Lee")."""
    names: dict[tuple[int, str], str] = {}
    for claim in claims:
        if is_named_person(claim.kind, claim.subject):
            name = claim.value.name or claim.subject
            known = names.get((claim.report, claim.subject))
            if known is None or len(name_parts(name)) > len(name_parts(known)):
                names[(claim.report, claim.subject)] = name
    sexes = _stated_sexes(claims)
    given = _given_alone(claims)
    firsts = _first_names_told_alone(claims, names)
    namesakes = _namesakes(names)
    order = sorted(names, key=lambda key: (-len(name_parts(names[key])), key[1], key[0]))
    groups: dict[str, list[tuple[int, str]]] = {}
    canonical: dict[tuple[int, str], str] = {}
    for key in order:
        report, subject = key
        fits = [
            shared
            for shared, members in groups.items()
            if all(r != report for r, _ in members)
            and _names_fit(names, given, key, members[0], firsts)
            and not _namesakes_apart(names, given, namesakes, key, members[0])
            and len({sexes.get(key), *(sexes.get(m) for m in members)} - {None}) <= 1
        ]
        shared = fits[0] if len(fits) == 1 else _unused(subject, groups)
        groups.setdefault(shared, []).append(key)
        canonical[key] = shared
    for key, shared in _spelled_apart_joins(claims, names, groups).items():
        canonical[key] = shared
    return canonical


def _namesakes(names: dict[tuple[int, str], str]) -> set[tuple[int, str]]:
    """The people a report names apart from another of their surname whose
    first name is close enough to be theirs misspelt ("Maria Lopez" and her brother "Mario
    Lopez", keyed apart by the extractor): two people of one report."""
    found = set()
    for key, other in combinations(names, 2):
        a, b = names[key], names[other]
        same_surname = key[0] == other[0] and person_key(a) == person_key(b)
        if same_surname and first_names_differ(a, b) and names_match(a, b):
            found |= {key, other}  # "Maria" and "Mario"; never "Kathryn" and "Gary"
    return found


def _namesakes_apart(
    names: dict[tuple[int, str], str],
    given: set[tuple[int, str]],
    namesakes: set[tuple[int, str]],
    key: tuple[int, str],
    other: tuple[int, str],
) -> bool:
    """Whether a report that names two people of close first names apart
    (:func:`_namesakes`) keeps either from the other report's person of the
    other first name: "Mario Lopez" there is the Mario here, never Maria,
    whatever one letter's spelling would allow."""
    if key not in namesakes and other not in namesakes:
        return False
    first_a, first_b = _first_name(names, given, key), _first_name(names, given, other)
    return first_a is not None and first_b is not None and first_a != first_b


def _first_name(
    names: dict[tuple[int, str], str], given: set[tuple[int, str]], key: tuple[int, str]
) -> str | None:
    """A person's first name as a report writes it (letters only), or None
    for a surname told alone."""
    parts = name_parts(names[key])
    if len(parts) > 1 or (parts and key in given):
        return letters_only(parts[0])
    return None


def _given_alone(claims: list[Claim]) -> set[tuple[int, str]]:
    """The people (report, subject) a report names by a first name alone
    at every mention ("his daughter, Ava": ``given`` of the person's details)."""
    told: dict[tuple[int, str], set[bool]] = defaultdict(set)
    for claim in claims:
        if is_named_person(claim.kind, claim.subject):
            told[(claim.report, claim.subject)].add(bool(claim.person.given))
    return {key for key, flags in told.items() if flags == {True}}


def _first_names_told_alone(
    claims: list[Claim], names: dict[tuple[int, str], str]
) -> dict[tuple[int, str], set[str]]:
    """The first name each report also calls a person named in full by
    alone ("Jaxon" of "Jaxon Ruiz ... Jaxon was", which the extractor keys
    as Jaxon Ruiz), lower case."""
    told: dict[tuple[int, str], set[str]] = defaultdict(set)
    for claim in claims:
        if not is_named_person(claim.kind, claim.subject):
            continue
        parts, full = name_parts(claim.value.name or ""), name_parts(names[(claim.report, claim.subject)])
        if len(parts) == 1 and len(full) > 1 and parts[0] == full[0]:
            told[(claim.report, claim.subject)].add(parts[0])
    return told


def _names_fit(
    names: dict[tuple[int, str], str],
    given: set[tuple[int, str]],
    key: tuple[int, str],
    other: tuple[int, str],
    firsts: dict[tuple[int, str], set[str]],
) -> bool:
    """Whether two reports' names can be one person (:func:`names_fit`); and
    a lone name, where neither is a first name told alone, is the person the
    other report names in full and calls by that first name alone too
    ("Jaxon" here, "Jaxon Ruiz ... Jaxon" there)."""
    a_given, b_given = key in given, other in given
    if names_fit(names[key], names[other], a_given=a_given, b_given=b_given):
        return True
    if a_given or b_given:
        return False
    lone = name_parts(names[key])
    return len(lone) == 1 and lone[0] in firsts.get(other, set())


def _exact_ages(claims: list[Claim]) -> dict[tuple[int, str], set[float]]:
    """The exact ages each report gives each named person (report, subject)."""
    ages: dict[tuple[int, str], set[float]] = defaultdict(set)
    for claim in claims:
        exact = claim.value.low is not None and claim.value.high in (None, claim.value.low)
        if claim.kind is ClaimKind.age and is_person_subject(claim.subject) and exact:
            ages[(claim.report, claim.subject)].add(claim.value.low or 0)
    return ages


def _spelled_apart_joins(
    claims: list[Claim], names: dict[tuple[int, str], str], groups: dict[str, list[tuple[int, str]]]
) -> dict[tuple[int, str], str]:
    """One person of two reports whose surname one of them misspelt:
    "Bentley Leonard, 4" here and "Bentley Lenhart, 4" there.  Each named
    alone in their group (no spelling of the other report's joined them),
    the same first name, surnames close (:func:`spelled_apart`) and the
    same one exact age in both reports; and no other person of either
    report fits so.  A name alone is too little: two families of one
    street may be the Garcias and the Garzas."""
    ages, sexes = _exact_ages(claims), _stated_sexes(claims)
    alone = [(shared, members[0]) for shared, members in groups.items() if len(members) == 1]
    fits: dict[str, list[str]] = defaultdict(list)
    for (shared_a, key_a), (shared_b, key_b) in combinations(alone, 2):
        if key_a[0] == key_b[0] or not spelled_apart(names[key_a], names[key_b]):
            continue
        if len({sexes.get(key_a), sexes.get(key_b)} - {None}) > 1:
            continue
        told_a, told_b = ages.get(key_a, set()), ages.get(key_b, set())
        if len(told_a) == 1 and told_a == told_b:
            fits[shared_a].append(shared_b)
            fits[shared_b].append(shared_a)
    joins: dict[tuple[int, str], str] = {}
    for shared, partners in sorted(fits.items()):
        (partner,) = partners if len(partners) == 1 else (None,)
        if partner is None or fits[partner] != [shared] or shared > partner:
            continue
        joins[groups[partner][0]] = shared
    return joins


def _stated_sexes(claims: list[Claim]) -> dict[tuple[int, str], str]:
    """The sex each report states for each named person (report, subject),
    at any mention of them ("Mrs. Ortiz ... Ortiz said"); none where its
    mentions state both (two people of one surname: "Mr. and Mrs. Lee").  A
    surname alone of a report that names two people of it ("Miss Jenkin"
    beside John and Katie Jenkin) may be either, and its sex is nobody's."""
    people = [c for c in claims if c.kind is ClaimKind.person]
    bearers: dict[tuple[int, str], set[str]] = defaultdict(set)
    for claim in people:
        bearers[(claim.report, person_key(claim.value.name or claim.subject))].add(claim.subject)
    told: dict[tuple[int, str], set[str]] = defaultdict(set)
    for claim in people:
        name = claim.value.name or claim.subject
        if not claim.person.sex:
            continue
        if len(name_parts(name)) == 1 and len(bearers[(claim.report, person_key(name))]) > 1:
            continue  # "Miss Jenkin" where the report names John and Katie Jenkin: whose?
        told[(claim.report, claim.subject)].add(claim.person.sex)
    return {key: next(iter(sexes)) for key, sexes in told.items() if len(sexes) == 1}


def _unused(subject: str, groups: dict[str, list[tuple[int, str]]]) -> str:
    """``subject``, or ``subject#2``... if another person already holds it."""
    candidate, n = subject, 1
    while candidate in groups:
        n += 1
        candidate = f"{subject}#{n}"
    return candidate


def _person(people: dict[tuple[int, str], str], report: int, subject: str) -> str:
    return people.get((report, subject), subject)


def _named_person(people: dict[tuple[int, str], str], report: int, name: str | None) -> str | None:
    """The shared key of the person ``report`` names by ``name`` (a frame's
    bearer: "duncan rait", "mr. gray"), or None where it names no one so:
    who was hit, who fell, whose wedding it was."""
    return people.get((report, person_subject(person_key(name)))) if name else None


def _unnamed_age_subjects(claims: list[Claim], people: dict[tuple[int, str], str]) -> dict[str, str]:
    """Map "a 59-year-old woman" to the one person the other report gives that age.

    An unnamed age can only agree with a named one: when exactly one person
    of the other report has the same age in an incident of its kind (the
    main one, or a background one), and the reports do not make one
    of them the suspect and the other someone else ("a 15-year-old boy shot
    Wilson" is not "Javon Wilson, 15") and the unnamed age's own report
    gives that person no other age (its "16-year-old boy" is not its
    "Jaylon Hicks, 17"), the two are taken as one person;
    otherwise the unnamed age stays apart and is never a conflict.
    """
    roles = _named_roles(claims, people)
    suspects = set(_suspect_descriptions([c for c in claims if _unnamed_age(c)]))
    named: dict[tuple[int, float | None, bool], set[str]] = defaultdict(set)
    own: dict[tuple[int, str], set[float | None]] = defaultdict(set)  # the ages a report gives its person
    for claim in claims:
        if claim.kind is ClaimKind.age and is_person_subject(claim.subject):
            main = claim.incident == MAIN
            person = _person(people, claim.report, claim.subject)
            named[(claim.report, claim.value.low, main)].add(person)
            own[(claim.report, person)].add(claim.value.low)
    mapping = {}
    for claim in claims:
        if _unnamed_age(claim):
            suspect = claim.person.role == SUSPECT or claim.id in suspects
            told = claim.person.role is not None or suspect
            others = {
                s
                for (report, age, main), subjects in named.items()
                # "the 4-year-old girl" of the story is not last year's "4-year-old boy, Kamarion Posey"
                if report != claim.report and age == claim.value.low and main == (claim.incident == MAIN)
                for s in subjects
                if not (told and _opposed(SUSPECT if suspect else claim.person.role, roles[s]))
                # the report's own age for the person is another: its "16-year-old boy" is someone else
                and own.get((claim.report, s), {claim.value.low}) == {claim.value.low}
            }
            if len(others) == 1:
                mapping[claim.id] = others.pop()
    mapping |= _one_holder_each(claims, people, mapping, suspects, roles)
    rest = [c for c in claims if c.id not in mapping]
    keys = _unnamed_identities(rest)
    in_counts = _ages_in_counts(claims)
    several = _ages_in_counts_of_several(in_counts)
    unnamed = [c for c in rest if _unnamed_age(c)]
    by_sex = _one_of_each_sex(unnamed, keys, _named_bands(claims, mapping), _several_of_a_sex(in_counts))
    by_sex |= _one_victim_each(
        [c for c in unnamed if c.id not in by_sex], keys, _named_bands(claims, mapping), several, claims
    )
    unnamed_ages = [c for c in rest if _unnamed_age(c) and c.id not in by_sex]
    joined = _one_age_each(unnamed_ages, keys)
    taken = {
        (c.report, c.value.low, c.incident == MAIN) for c in claims if _age_of_others(c, mapping, several)
    }
    apart = _one_age_two_sexes(unnamed_ages, keys | joined, taken)
    return mapping | keys | joined | apart | by_sex


def _one_holder_each(
    claims: list[Claim],
    people: dict[tuple[int, str], str],
    mapping: dict[str, str],
    suspects: set[str],
    roles: dict[str, set[str]],
) -> dict[str, str]:
    """ "A 22-year-old man was killed" against "the victim, Darnell Hayes,
    24": the one holder of a role (``unique_roles`` of rules/people.yaml)
    that one report tells by the role only and the other names.  Paired by
    their ages only where the ages are equal (:func:`_unnamed_age_subjects`),
    the two would never be set against each other.

    In the main incident, the unnamed ages of the role a report tells (one
    exact age, none already taken for a named person's) are the named
    person's of the other report when that report names one person of the
    role (whom no report gives the opposed role: the gunman of a
    murder-suicide is no victim, and whom it tells in no background
    incident nor beside a person of one: "Humbles was arrested in
    Richardson's killing" of last year) with an exact age and tells no one
    of the role by the role only nor anyone of the first report's age
    without a name (its "7-year-old boy" is the first report's victim, not
    the girl of 12 it names from an earlier shooting), the first report
    names no one of the
    role, the role has one holder in both (one victim counted, or a suspect where
    neither counts several arrested), neither report tells two victims (a
    named one beside another told by an age only, or two named: a story
    retelling an earlier killing names that case's suspect), the sexes and the bands (child,
    grown-up) do not differ and the ages lie at most
    ``unique_role_max_years`` apart.  The unnamed ages are then keyed as the
    named person's, so the comparer judges them.

    A part of one holder (``part_roles``: the pilot, the driver) is told by
    the noun of an unnamed age whatever its verb makes the person ("The
    pilot, 41, ... died") and by a named person's ``part`` where the verb
    made them the victim ("The pilot, Greg Haines, 44, ... were killed"),
    the opposed roles set apart only where the unnamed holder's own words
    give one (:func:`_opposed_holder`).  An unnamed age told as a span of
    at most ``_HOLDER_SPAN`` years ("The victim, who was in her 60s") holds
    the named age within ``unique_role_max_years`` of it; the one victim's
    sex is also the one its report's counts of victims state ("the woman
    killed")."""
    holders = _role_holders(claims, people, suspects, mapping)
    paired: dict[str, str] = {}
    for (report, role), told in sorted(holders.unnamed.items(), key=lambda item: item[0]):
        own = _own_named_holder(report, role, told, holders, mapping, paired)
        if own is None:
            own = _headline_named_holder(report, role, told, holders, (mapping, paired), roles)
        if own is not None:
            paired.update((c.id, own) for c in told)
            continue
        if not _told_of_one_holder(report, role, told, holders, mapping, paired):
            continue
        age = told[0].value.low  # every one of ``told`` gives this one age or span from it
        named = _the_named_holder(report, role, holders)
        if named is None or age is None:
            continue
        key = named[1]
        if _holder_kept_apart(report, role, age, named, holders):
            continue
        if not _holder_fits(role, told, named, holders, roles[key]):
            continue
        paired.update((c.id, key) for c in told)
    return paired


@dataclass
class _RoleHolders:
    """What the reports tell of the holders of a unique role in their main
    incidents, which :func:`_one_holder_each` pairs across reports."""

    #: (report, role) -> the unnamed ages told of the role ("a 22-year-old man was killed")
    unnamed: dict[tuple[int, str], list[Claim]]
    #: (report, role) -> the keys of the named people told in the role
    named: dict[tuple[int, str], set[str]]
    #: (report, person) -> the sexes told of a named person
    sexes: dict[tuple[int, str], set[str]]
    #: (report, person) -> a named person's ages, None for one not exact ("in his 20s")
    ages: dict[tuple[int, str], set[float | None]]
    #: the reports that count one victim of their main incident (:func:`_reports_with_one_victim`)
    alone: set[int]
    #: the reports that count several arrested in their main incident
    several_held: set[int]
    #: (report, person) of the named people who may be another case's (:func:`_told_elsewhere`)
    elsewhere: set[tuple[int, str]]
    #: every unnamed age, of any incident
    unnamed_ages: list[Claim]
    #: report -> the sexes its counts of its main incident's victims state (:func:`_victim_count_sexes`)
    counted_sexes: dict[int, set[str]]
    #: report -> the named people of its main incident it gives no role in any mention
    unroled: dict[int, set[str]]
    #: (report, person) of the named people a sentence identifies ("His family identified him as ...")
    identified: set[tuple[int, str]]
    #: the ids of unnamed victims' ages already taken for their own report's named victim
    retold: set[str] = field(default_factory=set)


def _role_holders(
    claims: list[Claim],
    people: dict[tuple[int, str], str],
    suspects: set[str],
    mapping: Mapping[str, str] | None = None,
) -> _RoleHolders:
    """Read, per report, the unnamed and the named holders of the unique
    roles of its main incident, and the named people's sexes and ages
    (``mapping``: the unnamed ages already taken for a named person's)."""
    lex = people_lexicon()
    unnamed: dict[tuple[int, str], list[Claim]] = defaultdict(list)
    named: dict[tuple[int, str], set[str]] = defaultdict(set)
    sexes: dict[tuple[int, str], set[str]] = defaultdict(set)
    ages: dict[tuple[int, str], set[float | None]] = defaultdict(set)
    told: dict[tuple[int, str], set[str | None]] = defaultdict(set)  # the roles each named person is told in
    identified: set[tuple[int, str]] = set()  # the named people a sentence identifies
    for claim in claims:
        if claim.incident != MAIN:
            continue
        if _unnamed_age(claim):
            role = SUSPECT if claim.person.role == SUSPECT or claim.id in suspects else claim.person.role
            if role in lex.unique_roles:
                unnamed[(claim.report, role)].append(claim)
            part = _part_of_noun(claim)
            if part is not None and part != role and role != SUSPECT:
                unnamed[(claim.report, part)].append(claim)  # "The pilot, 41, ... died": the pilot too
        elif claim.kind is ClaimKind.person and is_person_subject(claim.subject):
            key = _person(people, claim.report, claim.subject)
            told[(claim.report, key)].add(claim.person.role)
            if tells(claim.evidence.sentence, lex.identifying_words):
                identified.add((claim.report, key))
            if claim.person.role in lex.unique_roles:
                named[(claim.report, claim.person.role)].add(key)
            if claim.person.part in lex.unique_roles:
                named[(claim.report, claim.person.part)].add(key)  # the pilot who was killed
            if claim.person.sex:
                sexes[(claim.report, key)].add(claim.person.sex)
        elif claim.kind is ClaimKind.age and is_person_subject(claim.subject):
            exact = claim.value.high in (None, claim.value.low)
            ages[(claim.report, _person(people, claim.report, claim.subject))].add(
                claim.value.low if exact else None
            )
    return _RoleHolders(
        unnamed=unnamed,
        named=named,
        sexes=sexes,
        ages=ages,
        alone=_reports_with_one_victim(claims),
        several_held={c.report for c in claims if c.incident == MAIN and several_arrested(c)},
        elsewhere=_told_elsewhere(claims, people),
        unnamed_ages=[c for c in claims if _unnamed_age(c)],
        counted_sexes=_victim_count_sexes(claims),
        unroled=_grouped_by_report(key for key, roles in told.items() if roles == {None}),
        identified=identified,
        retold=_victims_retold(unnamed, named, mapping or {}),
    )


def _victims_retold(
    unnamed: dict[tuple[int, str], list[Claim]],
    named: dict[tuple[int, str], set[str]],
    mapping: Mapping[str, str],
) -> set[str]:
    """The ids of the unnamed victims' ages a report's lead tells of the
    victim it names later ("A 21-year-old Stebbins man is charged ... in the
    death of a 46-year-old man" ... "Amos Nanouk, 46,"), already taken for
    that named victim's: one victim told twice, by age and by name, not a
    second victim, whom the suspect's pairing would refuse."""
    return {
        claim.id
        for (report, role), told in unnamed.items()
        if role == VICTIM
        for claim in told
        if mapping.get(claim.id) in named.get((report, VICTIM), set())
    }


def _grouped_by_report(keys: Iterable[tuple[int, str]]) -> dict[int, set[str]]:
    """report -> its people of ``keys`` ((report, person) pairs)."""
    grouped: dict[int, set[str]] = defaultdict(set)
    for report, key in keys:
        grouped[report].add(key)
    return grouped


def _told_elsewhere(claims: list[Claim], people: dict[tuple[int, str], str]) -> set[tuple[int, str]]:
    """(report, person) of the named people a report also tells in a
    background incident, or in a sentence naming such a person ("Wright
    was charged in Webb's killing"): they may be another case's."""
    elsewhere = {
        (c.report, _person(people, c.report, c.subject))
        for c in claims
        if c.incident != MAIN and c.kind is ClaimKind.person and is_person_subject(c.subject)
    }
    return elsewhere | _told_beside(claims, people, elsewhere)


def _one_untaken_span(told: list[Claim], mapping: dict[str, str], paired: dict[str, str]) -> bool:
    """Whether a report's unnamed ages of a role give one age, or one span
    of at most ``_HOLDER_SPAN`` years, none already taken for a named
    person's: an open age ("over 60") or a wide one is no one person's."""
    spans = {(c.value.low, c.value.high) for c in told}
    if len(spans) != 1 or any(c.id in mapping or c.id in paired for c in told):
        return False
    low, high = next(iter(spans))
    return low is not None and high is not None and high - low <= _HOLDER_SPAN


def _role_held_once(report: int, role: str, holders: _RoleHolders) -> bool:
    """Whether the report tells one holder of the role (one victim; no count
    of several arrested) and, for an opposed role, no second victim: a story
    of two victims may tell two cases, each its own suspect."""
    if not _one_holder(role, report, holders.alone, holders.several_held):
        return False
    return not (role in OPPOSED_ROLES and _victims_told(report, holders) > 1)


def _told_of_one_holder(
    report: int,
    role: str,
    told: list[Claim],
    holders: _RoleHolders,
    mapping: dict[str, str],
    paired: dict[str, str],
) -> bool:
    """Whether a report's unnamed ages of a role tell its one holder: one
    age or span of at most ``_HOLDER_SPAN`` years, none already taken for a
    named person's, no one of the role named, the role held once, and for an
    opposed role no second victim."""
    if not _one_untaken_span(told, mapping, paired) or holders.named.get((report, role)):
        return False
    return _role_held_once(report, role, holders)


def _own_named_holder(
    report: int,
    role: str,
    told: list[Claim],
    holders: _RoleHolders,
    mapping: dict[str, str],
    paired: dict[str, str],
) -> str | None:
    """The person a report names in a role it also tells by an age only,
    where the role has one holder: "A 24-year-old man has been charged with
    murder ... Trevor Lang was arrested early Sunday" tells Lang's age, so
    another report's "Trevor Lang, 22," is set against it.  Only one exact
    age (or a span of at most ``_HOLDER_SPAN`` years) none already taken,
    one person named in the role, whom the report gives no age by name nor
    tells in another case, whom another report ages by name (else the two
    reports' unnamed ages meet as they are: "A 61-year-old man was charged"
    in both), one holder of the role (one victim; no count of several
    arrested), no second victim of an opposed role, and no two sexes."""
    keys = holders.named.get((report, role), set())
    if len(keys) != 1 or not _one_untaken_span(told, mapping, paired):
        return None
    key = next(iter(keys))
    if holders.ages.get((report, key)) or (report, key) in holders.elsewhere:
        return None
    if not any(person == key and other != report and ages for (other, person), ages in holders.ages.items()):
        return None  # no other report ages him by name: its own unnamed age meets this one's as it is
    if not _role_held_once(report, role, holders):
        return None
    sexes = {_age_sex(c) for c in told} | holders.sexes.get((report, key), set())
    return key if len(sexes - {None}) <= 1 else None


def _headline_named_holder(
    report: int,
    role: str,
    told: list[Claim],
    holders: _RoleHolders,
    taken: tuple[dict[str, str], dict[str, str]],
    roles: dict[str, set[str]],
) -> str | None:
    """The person a report's story names in a role whose holder its
    headline tells by an age only ("Denver police shoot man, 24" over "His
    family identified him as Anselmo Trujeque, 26"; "Detroit man, 18,
    charged in brother's shooting death"): a headline leaves the name to
    the story, so its age is the named person's, set against the story's
    (the report's own contradiction) and the other report's.  Only ages
    told in the headline alone (one exact age or a short span, none already
    taken: ``taken``, the ages mapped so far), one person named in the role
    with one exact age by name, whom the report tells in no other case, the
    role held once (one victim; no count of several arrested), and one
    sex, one band and at most ``unique_role_max_years`` apart
    (:func:`_holder_fits`).  Where the story names no one in the role (its
    "His family identified him as Anselmo Trujeque, 26" after three
    sentences of officers and "the man" gives no role), the one person it
    names with an exact age and no role at all, where a sentence identifies
    that person (``identifying_words`` of rules/people.yaml): a bystander or a
    caller aged by name is no holder."""
    if not all(in_headline(c.evidence) for c in told) or not _one_untaken_span(told, *taken):
        return None
    named_in_role = holders.named.get((report, role))
    keys = named_in_role or {
        key for key in holders.unroled.get(report, set()) if holders.ages.get((report, key))
    }
    if len(keys) != 1:
        return None
    key = next(iter(keys))
    if not named_in_role and (report, key) not in holders.identified:
        return None  # a bystander, a friend or a caller aged by name ("Dana Ruiz, 27, said")
    if len(holders.ages.get((report, key), set())) != 1 or (report, key) in holders.elsewhere:
        return None
    if not _role_held_once(report, role, holders):
        return None
    return key if _holder_fits(role, told, (report, key), holders, roles[key]) else None


def _the_named_holder(report: int, role: str, holders: _RoleHolders) -> tuple[int, str] | None:
    """(other report, person) of the one person another report names in the
    role and tells no one of the role by the role only, if there is one."""
    found = [
        (other, key)
        for (other, other_role), keys in holders.named.items()
        if other != report
        and other_role == role
        and len(keys) == 1
        and not holders.unnamed.get((other, role))
        for key in keys
    ]
    return found[0] if len(found) == 1 else None


def _holder_kept_apart(
    report: int, role: str, age: float, named: tuple[int, str], holders: _RoleHolders
) -> bool:
    """Whether the other report's named holder cannot be the first report's
    unnamed one: no one exact age of theirs, an age the first report gives
    them by name, another case's person, the other report's own unnamed
    person of that age, two victims, or more than one holder there."""
    other, key = named
    theirs = holders.ages.get(named, set())
    return (
        len(theirs) != 1
        or None in theirs
        or bool(holders.ages.get((report, key)))
        or named in holders.elsewhere
        # the other report tells that age by no name too ("a 7-year-old boy"): its holder is that one
        or any(c.report == other and c.incident == MAIN and c.value.low == age for c in holders.unnamed_ages)
        or (role in OPPOSED_ROLES and _victims_told(other, holders) > 1)
        or not _one_holder(role, other, holders.alone, holders.several_held)
    )


def _holder_fits(
    role: str, told: list[Claim], named: tuple[int, str], holders: _RoleHolders, theirs: set[str]
) -> bool:
    """Whether the named holder's one exact age and sexes fit the unnamed
    age or span ``told``: one band, at most ``unique_role_max_years``
    outside the span, one sex (for the one victim also the sexes its
    report's counts state: "the woman killed ... Tanya Ortiz") and no role of
    theirs (``theirs``) that sets them apart (:func:`_opposed_holder`)."""
    their_age = next(iter(holders.ages[named]))
    low, high = told[0].value.low, told[0].value.high
    if (
        their_age is None
        or low is None
        or high is None
        or not _one_band(their_age, low, high)
        or max(low - their_age, their_age - high) > people_lexicon().unique_role_max_years
    ):
        return False
    told_sexes = {_age_sex(c) for c in told} - {None}
    their_sexes = holders.sexes.get(named, set())
    if role == VICTIM:
        told_sexes |= holders.counted_sexes.get(told[0].report, set())
        their_sexes = their_sexes | holders.counted_sexes.get(named[0], set())
    return len(told_sexes | their_sexes) <= 1 and not _opposed_holder(role, told, theirs)


def _one_band(*ages: float) -> bool:
    """Whether ages may be one person's by band: all a child's, all a
    grown-up's, or a teenager's told on the two sides of 18 at most
    ``unique_role_band_reach`` years apart (rules/people.yaml): a boy of 17
    in one report, a man of 18 in the other."""
    if len({_adult(age) for age in ages}) == 1:
        return True
    return max(ages) - min(ages) <= people_lexicon().unique_role_band_reach


#: the widest told age of an unnamed holder paired with a named one: a decade ("in her 60s")
_HOLDER_SPAN = 10


def _victim_count_sexes(claims: list[Claim]) -> dict[int, set[str]]:
    """The sexes each report's counts of its victims in the main incident
    state ("the woman killed", "a man was shot"): of a report of one victim,
    that victim's, named or not."""
    sexes: dict[int, set[str]] = defaultdict(set)
    for claim in claims:
        told = claim.kind in (ClaimKind.killed, ClaimKind.injured) and claim.incident == MAIN
        if told and claim.count.role == "victims" and claim.count.sex is not None:
            sexes[claim.report].add(claim.count.sex)
    return sexes


def _opposed_holder(role: str, told: list[Claim], theirs: set[str]) -> bool:
    """Whether the named person's roles set them apart from the unnamed
    holder: for a victim or a suspect, any opposed role (the gunman of a
    murder-suicide is no victim); for a part ("pilot", "driver"), a role
    opposed to the one the unnamed holder's own words give ("the driver,
    27, died" is not the named driver arrested), none where they give
    neither ("The dead were the pilot, 38," beside "the pilot, Greg
    Haines, was killed")."""
    if role in OPPOSED_ROLES:
        return bool((theirs & OPPOSED_ROLES) - {role})
    own = {c.person.role for c in told} & OPPOSED_ROLES
    return bool(own and (theirs & OPPOSED_ROLES) - own)


def _part_of_noun(claim: Claim) -> str | None:
    """The part of one holder (``part_roles`` of rules/people.yaml) an unnamed
    age's noun names: "the pilot, 41," is the pilot whatever the verb makes
    them ("died": a victim), so it meets the other report's named pilot."""
    return people_lexicon().one_holder_part(claim.subject.removeprefix(UNNAMED_PREFIX))


def _told_beside(
    claims: list[Claim], people: dict[tuple[int, str], str], elsewhere: set[tuple[int, str]]
) -> set[tuple[int, str]]:
    """The named people of a report told in a sentence that names someone
    the report tells in a background incident ("Jamal Wright was arrested in
    Webb's killing", Webb's killing last year's)."""
    names: dict[int, set[str]] = defaultdict(set)
    for claim in claims:
        if (
            claim.kind is ClaimKind.person
            and (claim.report, _person(people, claim.report, claim.subject)) in elsewhere
        ):
            names[claim.report].add(person_key(claim.evidence.text))  # the surname: "Webb's killing"
    beside = set()
    for claim in claims:
        if claim.kind is not ClaimKind.person or not is_person_subject(claim.subject):
            continue
        key = (claim.report, _person(people, claim.report, claim.subject))
        if key not in elsewhere and names_someone_of(
            claim.evidence.sentence, claim.evidence.text, names[claim.report]
        ):
            beside.add(key)
    return beside


def _victims_told(report: int, holders: _RoleHolders) -> int:
    """How many victims a report tells at least: its named victims, and one
    more for a victim it tells by an age only ("a 15-year-old was killed"
    beside "Webb was shot in June": another case's victim, whose suspect the
    report may name), unless every such age is its named victim's already
    (``retold``: the lead's "a 46-year-old man" who is "Amos Nanouk, 46")."""
    ages = [c for c in holders.unnamed.get((report, VICTIM), []) if c.id not in holders.retold]
    return len(holders.named.get((report, VICTIM), set())) + bool(ages)


def _one_holder(role: str, report: int, alone: set[int], several_held: set[int]) -> bool:
    """Whether a report's main incident has one holder of ``role``: one
    victim counted, or, for a suspect, no count of several arrested; a part
    ("pilot", "driver") the extractor gives no one where the report tells
    several holders of it (extract/people/component.py)."""
    if role == VICTIM:
        return report in alone
    if role == SUSPECT:
        return report not in several_held
    return True


def _adult(age: float) -> bool:
    return age >= ADULT_AGE


def _named_bands(claims: list[Claim], mapping: dict[str, str]) -> set[bool]:
    """Whether a child's age (False) or a grown-up's (True) is, in the main
    incident of any report, a named person's, a group's, or an unnamed age
    taken for a named person's: a child a report names may be the boy the
    other leaves unnamed, so no one of that band is paired by sex
    (:func:`_one_of_each_sex`)."""
    return {
        _adult(c.value.low)
        for c in claims
        if c.kind is ClaimKind.age
        and c.incident == MAIN
        and c.value.low is not None
        and (not _unnamed_age(c) or c.id in mapping)
    }


def _several_of_a_sex(in_counts: list[tuple[Claim, list[Claim]]]) -> set[str]:
    """The unnamed ages written inside a count of several people whose
    words name several of the age's sex ("two 11-year-old girls were
    wounded", "the boys, 14 and 15"): not one girl or one boy.  A count
    that lists people one by one ("a 12-year-old girl and a 7-year-old
    boy", "a husband and his wife") names no plural of a sex.  ``in_counts``
    is :func:`_ages_in_counts`'s."""
    sex_of = people_lexicon().sex_of
    plural = {f"{noun[:-3]}men" if noun.endswith("man") else f"{noun}s": sex for noun, sex in sex_of.items()}
    several: set[str] = set()
    for count, ages in in_counts:
        sexes = {plural[w] for w in re.findall(r"[a-z-]+", count.evidence.text.lower()) if w in plural}
        several.update(c.id for c in ages if _unnamed_age(c) and _age_sex(c) in sexes)
    return several


def _one_of_each_sex(
    ages: list[Claim], keys: dict[str, str], blocked: set[bool], several: set[str]
) -> dict[str, str]:
    """ "his 5-year-old daughter and his 3-year-old son" against "a 3-year-old
    girl and a boy, about 4": the one boy and the one girl each report tells
    of are the same two children, whatever their ages.  Paired by age value,
    the son of 3 would meet the girl of 3 and agree, and neither child's
    real difference would be seen.

    In the main incident, the unnamed people of one sex (the noun's), of one
    band (a child or a grown-up, ``ADULT_AGE``) and a victim's role (told,
    or a child's untold: :func:`_one_role`) are one person in a report that gives them one exact age
    only; two reports that each have that one person are told of the same
    person, and the person's ages are keyed as one (``ONE_OF_SEX``), so the
    comparer judges them (a hedged "about 4" by its usual reach).  Two
    people of one sex on a side (two ages, or an age of a count of several
    of its sex: "two 11-year-old girls", ``several``), a band a name or a group holds
    (``blocked``), or a sex told in one report only keep today's keys."""
    told: dict[tuple[int, str, bool], list[Claim]] = defaultdict(list)
    for claim in ages:
        low = claim.value.low
        sex = _age_sex(claim)
        if claim.incident != MAIN or low is None or claim.value.high != low or sex is None:
            continue
        if _adult(low) not in blocked:
            told[(claim.report, sex, _adult(low))].append(claim)
    people: dict[tuple[str, bool, str], dict[int, list[Claim]]] = defaultdict(dict)
    for (report, sex, adult), mentions in told.items():
        role = _one_role(mentions, keys, adult)
        one = len({c.value.low for c in mentions}) == 1 and not any(c.id in several for c in mentions)
        if role is not None and one:
            people[(sex, adult, role)][report] = mentions
    paired: dict[str, str] = {}
    for (sex, adult, role), by_report in sorted(people.items()):
        if len(by_report) > 1:
            key = f"{ONE_OF_SEX}:{sex}:{'adult' if adult else 'child'}:{role}"
            paired.update((c.id, key) for mentions in by_report.values() for c in mentions)
    return paired


def _one_victim_each(
    ages: list[Claim], keys: dict[str, str], blocked: set[bool], several: set[str], claims: list[Claim]
) -> dict[str, str]:
    """ "The driver, 27, died at the scene" against "A 29-year-old man died
    after his car struck a tree": the one victim each report tells of, one
    by a noun of no sex (driver, victim, pedestrian), the other by any noun.
    :func:`_one_of_each_sex` needs both nouns' sexes; here a report must
    instead count one victim only (every count of its killed or of its
    hurt is one, and it does not count both), give its unnamed victim of
    the band (a child or a grown-up) one exact age, and tell no named
    person or group of that band an age (``blocked``, ``several``); the
    nouns' sexes must not differ.  Their ages are keyed as one person's, so
    the comparer judges them."""
    alone = _reports_with_one_victim(claims)
    told: dict[tuple[int, bool], list[Claim]] = defaultdict(list)
    for claim in ages:
        low = claim.value.low
        if claim.incident != MAIN or low is None or claim.value.high != low or claim.id in several:
            continue
        if claim.report in alone and _adult(low) not in blocked:
            told[(claim.report, _adult(low))].append(claim)
    victims: dict[bool, dict[int, list[Claim]]] = defaultdict(dict)
    for (report, adult), mentions in told.items():
        if _one_role(mentions, keys, adult) == "victim" and len({c.value.low for c in mentions}) == 1:
            victims[adult][report] = mentions
    paired: dict[str, str] = {}
    for adult, by_report in sorted(victims.items()):
        mentions = [c for told_of in by_report.values() for c in told_of]
        sexes = {_age_sex(c) for c in mentions}
        if len(by_report) > 1 and len(sexes - {None}) <= 1 and None in sexes:
            key = f"{ONE_OF_SEX}:any:{'adult' if adult else 'child'}:victim"
            paired.update((c.id, key) for c in mentions)
    return paired


def _reports_with_one_victim(claims: list[Claim]) -> set[int]:
    """Reports whose main incident counts one victim only: every count of
    its victims killed, or else of its victims hurt, is one, and it does not
    count both (one dead and one hurt are two people).  A count open above
    from one ("Police investigate fatal shooting", "at least one person was
    killed") tells of no second person of its kind: beside a count of one
    of that kind, it is left out.  A count of none ("No one else was hurt",
    "no other injuries were reported") tells no one: it confirms the one.

    The comparer asks the same question of the grouped claims
    (:func:`reportcheck.compare.one_victim.tells_one_victim`) and asks more
    of a report: no second person named, none brought in by "a woman" after
    a named victim, no sentence counting two.  Align reads the counts alone,
    before any group exists, to pair an unnamed victim's age with a named
    one's; the comparer's stricter answer cannot be had here, and this one,
    read there, would let a report that names two victims count one."""
    counted: dict[int, dict[ClaimKind, set[float | None]]] = defaultdict(lambda: defaultdict(set))
    for claim in claims:
        told = claim.kind in (ClaimKind.killed, ClaimKind.injured) and claim.incident == MAIN
        if told and claim.count.role == "victims":
            if claim.value.high == 0:
                continue  # "No one else was hurt", "no other injuries": no second person, one confirmed
            values = counted[claim.report][claim.kind]
            if not open_from_one(claim):
                values.add(claim.value.high)
    return {report for report, kinds in counted.items() if len(kinds) == 1 and set(*kinds.values()) == {1.0}}


def open_from_one(count: Claim) -> bool:
    """A count of one or more, no bound above ("a fatal shooting")."""
    return count.value.high is None and count.value.low is not None and count.value.low <= 1


def _one_role(mentions: list[Claim], keys: dict[str, str], adult: bool) -> str | None:
    """The role of the one person of a sex a report tells of, where it is a
    victim's: told so, or a child of no told role (a grown-up of none may be
    a neighbour who spoke).  None for a suspect, whom align already keys by
    role and sex however the report words it (:func:`_suspect_descriptions`),
    for roles that differ, and for others' roles."""
    roles = {_told_role(c, keys) for c in mentions} - {None}
    if not roles:
        return None if adult else "victim"
    return "victim" if roles == {"victim"} else None


def _one_age_each(ages: list[Claim], keys: dict[str, str]) -> dict[str, str]:
    """ "a 15-year-old Georgia boy" and "a 15-year-old Oglethorpe County teen",
    "the 2-year-old boy" and "the 2-year-old toddler": one person told by
    two nouns.  Unnamed ages whose descriptions only their own report gives
    are taken for one person when each report gives that age to one
    description only, the nouns' sexes do not differ ("boy", "girl") and
    no report makes the one a suspect and the other someone else
    (:func:`_suspect_and_another`).  The ages are equal,
    so the two can only agree; a description another report also gives
    keeps its partner there."""
    reports_of: dict[str, set[int]] = defaultdict(set)
    for claim in ages:
        reports_of[keys[claim.id]].add(claim.report)
    described: dict[float | None, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for claim in ages:
        described[claim.value.low][claim.report].add(keys[claim.id])
    joined: dict[str, str] = {}
    for age, by_report in described.items():
        if age is None or len(by_report) < 2 or any(len(found) != 1 for found in by_report.values()):
            continue  # two people of that age in a report, or one report only
        own = {next(iter(found)) for found in by_report.values()}
        if any(reports_of[key] != {report} for report, found in by_report.items() for key in found):
            continue  # a description two reports give: paired there
        alike = [c for c in ages if keys[c.id] in own]
        if any(c.value.high != age for c in alike):
            continue  # "in his 20s" is no one age
        sexes = {_age_sex(c) for c in alike} - {None}
        if len(sexes) <= 1 and not _suspect_and_another(alike, keys):
            joined.update((c.id, f"{ONE_AGE}:{age:g}") for c in alike)
    return joined


def _suspect_and_another(ages: list[Claim], keys: dict[str, str]) -> bool:
    """Whether one report makes a person of these ages the suspect and
    another gives one a role of their own (a victim, a witness): two
    people.  An age of no told role ("A 61-year-old man surrendered to
    police") may be the suspect another report ties the age to ("The
    suspect, a 61-year-old man, entered the business")."""
    roles = {_told_role(c, keys) for c in ages} - {None}
    return SUSPECT in roles and len(roles) > 1


def _age_of_others(claim: Claim, mapping: dict[str, str], several: set[str]) -> bool:
    """Whether an age may be someone's other than one unnamed person's: a
    named person's ("Jane Ruiz, 11"), one of a group's ("the victims, 11 and
    14"), of several people ("two 11-year-old girls") or an unnamed age
    already taken for a named person's."""
    if claim.kind is not ClaimKind.age:
        return False
    return not _unnamed_age(claim) or claim.id in mapping or claim.id in several


#: the group of a count of people no group noun names ("people", "a girl and her father")
EVERYONE = "all"
#: the kinds of a count of people whose words may hold an age ("two 11-year-old girls were shot")
_PEOPLE_COUNTS = (
    ClaimKind.killed,
    ClaimKind.injured,
    ClaimKind.missing,
    ClaimKind.arrested,
    ClaimKind.other_count,
)


def _ages_in_counts(claims: list[Claim]) -> list[tuple[Claim, list[Claim]]]:
    """Each count of people that may be of several (not a count of one),
    with the ages written inside its words, in the claims' order.  One walk
    for the two readers of it (:func:`_ages_in_counts_of_several`,
    :func:`_several_of_a_sex`), which ask different things of the same
    words: whether the count lists its people one by one, whether it names
    a plural of a sex."""
    ages = [c for c in claims if c.kind is ClaimKind.age]
    counts = [c for c in claims if c.kind in _PEOPLE_COUNTS and c.value.high != 1]
    return [(count, [age for age in ages if _written_inside(age, count)]) for count in counts]


def _written_inside(claim: Claim, outer: Claim) -> bool:
    """Whether ``claim``'s words lie within ``outer``'s, in one report."""
    return (
        claim.report == outer.report
        and outer.evidence.start <= claim.evidence.start
        and claim.evidence.end <= outer.evidence.end
    )


def _ages_in_counts_of_several(in_counts: list[tuple[Claim, list[Claim]]]) -> set[str]:
    """The ages written inside a count of several people that may each be
    several people's: "two 11-year-old girls were wounded" (a count of a
    group the plural noun names: children, women, relatives) gives the age
    to two.  People told one by one ("an 11-year-old girl and her father",
    "a 10-year-old boy and a 37-year-old woman") are each one person, unless
    more than one of them is not given an age ("two 11-year-old girls and
    a man": which ones are 11 is untold).  ``in_counts`` is
    :func:`_ages_in_counts`'s."""
    several = set()
    for count, ages in in_counts:
        inside = [c.id for c in ages]
        high = count.value.high
        one_by_one = (
            (count.count.group or EVERYONE) == EVERYONE and high is not None and high <= len(inside) + 1
        )
        if inside and not one_by_one:
            several.update(inside)
    return several


def _one_age_two_sexes(
    ages: list[Claim], keys: dict[str, str], taken: set[tuple[int, float | None, bool]]
) -> dict[str, str]:
    """ "an 11-year-old girl was shot" and "an 11-year-old boy was shot": one
    person whose sex the two reports tell differently, which one of them has
    wrong.  They are paired as :func:`_one_age_each` pairs people of one age,
    by who each report says the person is, except that the nouns' sexes
    differ: in each report that age (exact, of the main incident or of a
    background one) is one person's, told by nouns of one sex and nouns of
    none ("the 11-year-old", "the teen"); no named person, no group and no
    one else of the report has it; and the role the reports tell of them is
    the same or untold in both (a 17-year-old suspect is not a 17-year-old
    victim).  The ages are keyed as one (``ONE_AGE``), so they agree,
    and the comparer sets the nouns' sexes against each other
    (:mod:`reportcheck.compare.victim_sex`).  Ages already paired as the one
    boy and the one girl of each report (:func:`_one_of_each_sex`) are not
    paired here again: the son of 3 is the other report's boy, not its girl
    of 3."""
    people: dict[tuple[float, bool], dict[int, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for claim in ages:
        if claim.value.low is not None and claim.value.high == claim.value.low:
            people[(claim.value.low, claim.incident == MAIN)][claim.report].append(claim)
    apart: dict[str, str] = {}
    for (age, main), by_report in sorted(people.items()):
        if len(by_report) < 2 or any((report, age, main) in taken for report in by_report):
            continue
        sexes = [{_age_sex(c) for c in told} - {None} for told in by_report.values()]
        roles = {frozenset(_told_role(c, keys) for c in told) - {None} for told in by_report.values()}
        if any(len(sex) != 1 for sex in sexes) or len(set().union(*sexes)) < 2:
            continue  # a report of no sex or of both for that age, or no sex differs
        if not _roles_fit(roles):
            continue  # a victim in one, a suspect or no role told in the other
        apart.update((c.id, f"{ONE_AGE}:{age:g}") for told in by_report.values() for c in told)
    return apart


def _roles_fit(roles: set[frozenset[str | None]]) -> bool:
    """Whether the roles each report tells of one age's person may be one
    person's: one role told alike in every report, none told in any, or the
    victim's told in one and none in another ("the victim, a 12-year-old
    girl" and "the 12-year-old boy was taken to a hospital"); a suspect told
    in one report only may be the other report's victim."""
    told: frozenset[str | None] = frozenset().union(*roles)
    if len(told) > 1:
        return False
    return len(roles) == 1 or told == {"victim"}


def _told_role(claim: Claim, keys: dict[str, str]) -> str | None:
    """The role a report tells of an unnamed age: its words', or a suspect's
    where align took it for one (:func:`_suspect_descriptions`)."""
    if keys.get(claim.id, "").startswith(f"unnamed:{SUSPECT}:"):
        return SUSPECT
    return claim.person.role


#: roles that cannot be one person's: the one who shot and the one shot
OPPOSED_ROLES = frozenset({SUSPECT, "victim"})


def _opposed(role: str | None, named: set[str]) -> bool:
    """Whether an unnamed person of ``role`` cannot be a named person of the
    ``named`` roles: a suspect is not the victim ("resident", "witness" and
    the other roles the words give set no one apart)."""
    if role not in OPPOSED_ROLES or not named & OPPOSED_ROLES:
        return False
    return role not in named


def _age_sex(claim: Claim) -> str | None:
    """The sex of an unnamed age's person: its noun's ("girl"), else the
    sex the extractor kept from a description tied to the role it is keyed
    by ("The driver, a 67-year-old man": male)."""
    return people_lexicon().sex_of.get(claim.subject.removeprefix("unnamed:")) or claim.person.sex


def _unnamed_age(claim: Claim) -> bool:
    return claim.kind is ClaimKind.age and claim.subject.startswith("unnamed:")


def _named_roles(claims: list[Claim], people: dict[tuple[int, str], str]) -> dict[str, set[str]]:
    """Each named person's roles (shared key -> "victim", "suspect"...), as any report tells them."""
    roles: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        if claim.kind is ClaimKind.person and claim.person.role:
            roles[_person(people, claim.report, claim.subject)].add(claim.person.role)
    return roles


def _unnamed_identities(claims: list[Claim]) -> dict[str, str]:
    """Key each unnamed age by who the person is, as far as the report says.

    "a 16-year-old" and "the 13-year-old" are one person only when the
    reports say who they are and nothing tells them apart: the same noun
    and role ("boy", "victim") and, in every report, one age for that
    description; an age with no role is keyed by value.  A suspect is one
    role however the report words it ("the gunman", "the boy charged", "a
    17-year-old shooter"): suspects are keyed by role and sex, not by noun
    (:func:`_suspect_descriptions`).  A report giving two ages to one
    description ("the boys arrested were 14 and 15", "a 25-year-old and a
    34-year-old victim") speaks of several people; its ages are then keyed
    by value too, so equal ages still pair and different ones never
    conflict, inside a report or across two."""
    ages = [c for c in claims if c.kind is ClaimKind.age and c.subject.startswith("unnamed:")]
    by_vehicle = _parts_of_several_vehicles(ages)
    descriptions = {c.id: _description(c, by_vehicle) for c in ages} | _suspect_descriptions(ages)
    described: dict[str, dict[int, set[float | None]]] = defaultdict(lambda: defaultdict(set))
    for claim in ages:
        described[descriptions[claim.id]][claim.report].add(claim.value.low)
    mapping = {}
    for claim in ages:
        description = descriptions[claim.id]
        several = any(len(values) > 1 for values in described[description].values())
        unknown = description.endswith(":")  # "he's 16" and "a 19-year-old": who they are is untold
        mapping[claim.id] = f"{description}:{claim.value.low:g}" if several or unknown else description
    return mapping | _untold_roles(ages, mapping)


def _untold_roles(ages: list[Claim], keys: dict[str, str]) -> dict[str, str]:
    """ "a 17-year-old girl forced her way in" is the "17-year-old girl"
    another report says was charged: an age no role is told for joins the
    one person of the same noun and the same age whose role is told, in its
    own report first ("9-year-old boy killed" above "the 9-year-old boy
    died"), else in another report, unless its own report already gives
    that person an age."""
    told: dict[tuple[int, str, float | None], set[str]] = defaultdict(set)
    for claim in ages:
        if claim.person.role is not None or keys[claim.id].startswith(f"unnamed:{SUSPECT}:"):
            told[(claim.report, claim.subject, claim.value.low)].add(keys[claim.id])
    joined = {}
    for claim in ages:
        if claim.person.role is not None or not keys[claim.id].endswith(f"::{claim.value.low:g}"):
            continue  # told, or a suspect by a mention of the same age
        own = told.get((claim.report, claim.subject, claim.value.low), set())
        found = own or {
            key
            for (report, noun, age), found_keys in told.items()
            if report != claim.report and noun == claim.subject and age == claim.value.low
            for key in found_keys
        }
        taken = {keys[c.id] for c in ages if c.report == claim.report} - own
        if len(found) == 1 and not found & taken:  # never a second age of one of its report's people
            joined[claim.id] = next(iter(found))
    return joined


def _description(claim: Claim, by_vehicle: set[str]) -> str:
    """ "unnamed:boy:suspect": the noun an unnamed age qualifies and the role.

    The noun of one holder's part (``part_roles``: "the driver, a
    45-year-old German, was injured" against "the 54-year-old driver") is
    that part whatever the verb makes the person but a suspect: one driver
    is one person, hurt or not, so the two ages meet.  Where the reports
    tell holders of the part by two kinds of vehicle (``by_vehicle``: "the
    lorry driver, a 47-year-old man" beside "The train driver, 58"), the
    kind is part of the description: one report's lorry driver meets the
    other's "driver of the HGV", never its train driver."""
    part = _part_of_noun(claim)
    if part is not None and claim.person.role != SUSPECT:
        vehicle = claim.person.vehicle if claim.subject in by_vehicle else None
        return f"{claim.subject}:{part}:{vehicle}" if vehicle else f"{claim.subject}:{part}"
    return f"{claim.subject}:{claim.person.role or ''}"


def _parts_of_several_vehicles(ages: list[Claim]) -> set[str]:
    """The subjects of a part's unnamed ages ("unnamed:driver") told, in
    any of the reports, of two kinds of vehicle ("the lorry driver", "the
    train driver": ``vehicle`` of the details): their kinds tell them apart.
    Where all tell one kind, or none, the noun alone keys them as before."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for claim in ages:
        if claim.person.vehicle is not None:
            kinds[claim.subject].add(claim.person.vehicle)
    return {subject for subject, told in kinds.items() if len(told) > 1}


def _suspect_descriptions(ages: list[Claim]) -> dict[str, str]:
    """ "unnamed:suspect:male": the description of each unnamed suspect's age.

    Reporters name one suspect by many nouns ("a 16-year-old boy was
    charged", "the 16-year-old shot Wilson", "the teen gunman"); the role
    and the sex (``sexes`` in rules/people.yaml) say who it is, the noun
    does not.  In one report, a mention of the same age with no role ("a
    15-year-old boy and a girl forced their way in ... the 15-year-old shot
    him") is that suspect when the sexes do not differ.  The sex is left out
    of the key when no report tells suspects of two sexes apart, so "a
    16-year-old suspect" and "a 16-year-old boy was arrested" are one person."""
    sex = {c.id: _age_sex(c) for c in ages}
    suspects = {c.id for c in ages if c.person.role == SUSPECT}
    by_age: dict[tuple[int, float | None], list[Claim]] = defaultdict(list)
    for claim in ages:
        by_age[(claim.report, claim.value.low)].append(claim)
    for same_age in by_age.values():
        roles = {c.person.role for c in same_age} - {None}
        sexes = {sex[c.id] for c in same_age} - {None}
        if roles == {SUSPECT} and len(sexes) <= 1:
            for claim in same_age:
                suspects.add(claim.id)
                sex[claim.id] = next(iter(sexes), None)
    told = {sex[i] for i in suspects} - {None}
    return {i: f"unnamed:{SUSPECT}:{(sex[i] or '') if len(told) > 1 else 'any'}" for i in suspects}


def _reports_with_one_death(claims: list[Claim]) -> set[tuple[int, str]]:
    """(report, incident) pairs whose every count of victims killed is one."""
    killed: dict[tuple[int, str], set[float | None]] = defaultdict(set)
    for claim in claims:
        if claim.kind is ClaimKind.killed and claim.count.role == "victims":
            killed[(claim.report, claim.incident)].add(claim.value.high)
    return {key for key, values in killed.items() if values == {1.0}}


def _death_place_subjects(claims: list[Claim], people: dict[tuple[int, str], str]) -> dict[str, str]:
    """Map each place-of-death claim to the person it is about.

    Where a report says only one person died, every place of death it gives
    is that person's, named or not ("the woman, Madeline Kafoury, died at the
    scene" and "the third victim died on the way to the hospital" are one
    death when both reports count one dead).  Where more died, only a named
    victim can be matched across reports; an unnamed one stays apart, and
    so does one of a report of one death that states two places
    (:func:`_other_deaths`).
    """
    single = _reports_with_one_death(claims)
    others = _other_deaths(claims, single)
    mapping = {}
    for claim in claims:
        if not claim.subject.startswith(DEATH_PLACE_PREFIX):
            continue
        victim = claim.place.victim
        if (claim.report, claim.incident) in single and claim.id not in others:
            mapping[claim.id] = f"{DEATH_PLACE_PREFIX}the one killed"
        elif victim:
            person = _person(people, claim.report, person_subject(person_key(victim)))
            mapping[claim.id] = f"{DEATH_PLACE_PREFIX}{person}"
        else:
            mapping[claim.id] = f"{DEATH_PLACE_PREFIX}{claim.id}"
    return mapping


def _other_deaths(claims: list[Claim], single: set[tuple[int, str]]) -> set[str]:
    """Places of death, in a report of one death, that may be two people's:
    the report states two places ("Sani was taken to Hahnemann University
    Hospital, where she was pronounced dead" and, of a girl shot weeks
    before told as background, "She was pronounced dead at the scene").
    One person's place is stated alike each time (a pronouncement may widen
    when the death came, never where it was pronounced: the last stage a
    phrase allows is the place it states), so such claims are nobody's in
    particular unless they name their victim."""
    places = [
        c for c in claims if c.subject.startswith(DEATH_PLACE_PREFIX) and (c.report, c.incident) in single
    ]
    stated: dict[tuple[int, str], set[float | None]] = defaultdict(set)
    for claim in places:
        stated[(claim.report, claim.incident)].add(claim.value.high)
    return {c.id for c in places if len(stated[(c.report, c.incident)]) > 1}


#: a count's scope when it counts one person of several (extract/counts/scope.py)
ONE_PERSON = INDIVIDUAL
#: bearers that say nothing of who the person is ("he was shot")
PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them", "i", "we", "you"})


def _one_person_scopes(claims: list[Claim], people: dict[tuple[int, str], str]) -> dict[str, str]:
    """The scope slot of each count of one person, with who the person is.

    "Robert Mathis was wounded" and "he was also shot" are each a count of
    one person; two such counts are the same fact only if they are of the
    same person: named alike (the shared person key of the name the count
    stands on), or the same noun ("the father", "their father"), a role word
    read as its role ("the gunman", "the shooter").  A pronoun says no one."""
    names = {
        (c.report, c.evidence.start): _person(people, c.report, c.subject)
        for c in claims
        if is_named_person(c.kind, c.subject)
    }
    role_of = people_lexicon().role_of
    scopes = {}
    for claim in claims:
        if claim.frame.scope != ONE_PERSON:
            continue
        who = names.get((claim.report, claim.evidence.start))
        noun = (claim.frame.bearer or "").lower()
        if who is None and noun and noun not in PRONOUNS and " " not in noun:
            who = role_of.get(noun, noun)
        scopes[claim.id] = f"{ONE_PERSON}:{who or claim.id}"
    return scopes


#: the scope of a count of shots that hit, before whom they hit
HIT_ON = "on"
#: the person of a report's hits where the report names no victim ("a man was shot 11 times")
UNNAMED_VICTIM = "unnamed victim"


def _hit_person_scopes(claims: list[Claim], people: dict[tuple[int, str], str]) -> dict[str, str]:
    """The scope slot of each count of shots that hit, with whom they hit.

    "Gray was shot eleven times" and another report's "seven bullets hit Mr.
    Gray" are two counts of one thing; "Smith was hit three times" is
    another.  A name is keyed as the person the report names (the shared
    person key); a pronoun or a common noun ("he was hit seven times", "the
    teen") is the report's victim where it names one victim only, "an
    unnamed victim" where it names none, and no one else's otherwise; a
    noun of another role ("the officer", "the gunman") is never a victim's."""
    victims: dict[int, set[str]] = defaultdict(set)
    for claim in claims:
        if claim.kind is ClaimKind.person and claim.person.role == "victim":
            victims[claim.report].add(_person(people, claim.report, claim.subject))
    scopes = {}
    for claim in claims:
        if claim.subject != SHOTS or not (claim.frame.measure or "").startswith(SHOTS_HIT):
            continue
        bearer = claim.frame.bearer or ""
        named = _named_person(people, claim.report, bearer)
        role = people_lexicon().role_of.get(bearer, "victim")
        if named:
            who = named
        elif role != "victim":
            who = role  # "the officer was hit twice": no victim's hits
        elif len(victims[claim.report]) == 1:
            who = next(iter(victims[claim.report]))
        else:
            who = claim.id if victims[claim.report] else UNNAMED_VICTIM
        scopes[claim.id] = f"{HIT_ON}:{who}"
    return scopes


#: the scope of a day of a person's earlier life, before whose it is
LIFE_OF = "of"
#: the person of such days where each report tells of one
THE_ONE = "the one"


def _life_event_people(claims: list[Claim], people: dict[tuple[int, str], str]) -> dict[str, str]:
    """Whose each day of a person's earlier life is (a marriage, a move
    home, a hiring: the ``life`` events of ``rules/events.yaml``), by claim id.

    "The Diamond Bar resident was married two weeks ago" and "the deputy,
    who was wed about three weeks ago" are one wedding told on two days when
    each report tells of one person's wedding (at most one name, one other
    noun, any pronouns): such days are keyed as "the one"'s, unless the
    reports name different people.  Where a report tells of more people's,
    a named bearer is keyed as the person the reports share, an unnamed one
    as no one else's (its own id)."""
    life = event_lexicon().life
    days = [
        c
        for c in claims
        if c.kind is ClaimKind.date and (c.frame.measure or "").removeprefix("date:") in life
    ]
    who: dict[str, str | None] = {}
    told: dict[tuple[int, str], tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for claim in days:
        bearer = claim.frame.bearer or ""
        named = _named_person(people, claim.report, bearer)
        who[claim.id] = named
        names, nouns = told[(claim.report, claim.frame.measure or "")]
        if named:
            names.add(named)
        elif bearer and bearer.lower() not in PRONOUNS:
            nouns.add(bearer.lower())
    single = {key for key, (names, nouns) in told.items() if len(names) <= 1 and len(nouns) <= 1}
    named_ones: dict[str, set[str]] = defaultdict(set)
    for report, measure in single:
        named_ones[measure] |= told[(report, measure)][0]
    whose = {}
    for claim in days:
        measure = claim.frame.measure or ""
        one = (claim.report, measure) in single and len(named_ones[measure]) <= 1
        whose[claim.id] = THE_ONE if one else (who[claim.id] or claim.id)
    return whose


def _life_event_scope(claim: Claim, person: str) -> str:
    """The scope slot of a day of ``person``'s earlier life; what was joined
    ("joined the FBI") stays part of it."""
    return f"{LIFE_OF}:{person}" + (f"/{claim.frame.scope}" if claim.frame.scope else "")


#: the scope of a fall's height, before who fell
FELL = "fell"
#: who fell, in a report that tells one fall and names no one who fell
ONE_FALL = "the report's one fall"
#: the scope of years of service, before whose they are
SERVED = "served"
#: whose years of service, in a report that gives one such figure and names no one
ONE_TENURE = "the report's one tenure"


def _fallers(
    claims: list[Claim], people: dict[tuple[int, str], str], special: dict[str, str]
) -> dict[str, str]:
    """Who fell, for each fall's height, by claim id.

    "Robert Buckley, 32, fell about 2,000 feet" is set only against another
    report's fall of Buckley; "Duncan Rait, 36, fell about 200 feet from a
    ridge" is another fall (:func:`_value_people`)."""
    falls = [c for c in claims if c.kind is ClaimKind.distance and c.frame.measure == FALL]
    return _value_people(falls, claims, people, special, ONE_FALL)


#: the scope of a water level, before whose river it is
LEVEL_OF = "level of"


def _gauged_rivers(claims: list[Claim]) -> dict[str, str]:
    """Whose river each water level is, by claim id, where the reports name
    more than one river for their levels (the bearer of a level,
    extract/quantities).

    "The Kupa at Karlovac reached 8.42 metres" and "the Korana was at 5.6
    metres" are two gauges' readings, never one level told twice: each is
    set only against a level of its own river.  A level told of no named
    river ("the river peaked at 9 metres") is the river its report names
    for its levels, where it names one, else nobody else's (its own id).
    Where the reports name one river or none, nothing is keyed: "the river"
    and another report's "the Kupa" are one level."""
    levels = [c for c in claims if c.kind is ClaimKind.height and c.frame.measure in WATER_MEASURES]
    named: dict[int, set[str]] = defaultdict(set)
    for claim in levels:
        if claim.frame.bearer:
            named[claim.report].add(claim.frame.bearer)
    if len(set().union(*named.values())) < 2:
        return {}
    read = _read_rivers(levels)
    whose = {}
    for claim in levels:
        own = read[claim.report] or set().union(*read.values())
        river = claim.frame.bearer or (next(iter(own)) if len(own) == 1 else claim.id)
        whose[claim.id] = f"{LEVEL_OF}:{river}"
    return whose


def _read_rivers(levels: list[Claim]) -> dict[int, set[str]]:
    """The rivers each report tells a gauge's reading of (the measure water
    level, by name), whose level its unnamed readings are: a forecast at
    another gauge ("the Richmond River at Coraki was expected to peak at 7.6
    metres"), a record or a flood mark names no river the report reads.  A
    report that names the river of none of its readings reads the one the
    other reports read, where they read one."""
    read: dict[int, set[str]] = defaultdict(set)
    for claim in levels:
        if claim.frame.bearer and claim.frame.measure == WATER_LEVEL:
            read[claim.report].add(claim.frame.bearer)
    return read


#: the scope of the hospital someone was taken to, before who was taken
TAKEN = "taken to hospital"
#: who was taken, in a report that names one hospital and no one taken there
ONE_TAKEN = "the report's one taken to hospital"


def _hospital_takers(
    claims: list[Claim], people: dict[tuple[int, str], str], special: dict[str, str]
) -> dict[str, str]:
    """Whom each hospital someone was taken to (extract/places/care.py) is
    of, by claim id (:func:`_value_people`, by the hospital's name).

    "Paramedics took Marcus Bell to Jacobi Medical Center" is set only
    against another report's hospital of Bell.  The reports' one taken,
    where each names one hospital and at most one person taken there, is
    one person only where every report counts one victim killed and one hurt
    at most (:func:`_reports_with_one_harmed`), no one taken is told as a
    suspect or an officer ("the gunman was taken to", a named suspect), and
    no two are told by words of two sexes ("he was taken to", "the woman
    was rushed to"): in a story of a dead man and a hurt woman, or of a
    victim and a wounded gunman, the reports' ones taken may be two people."""
    taken = [c for c in claims if c.kind is ClaimKind.location and c.subject == HOSPITAL]
    whose = _value_people(taken, claims, people, special, ONE_TAKEN, figure=lambda c: c.value.name)
    one = [c for c in taken if whose[c.id] == ONE_TAKEN]
    if not _one_victim_taken(one, claims, people):
        whose = {c.id: c.id if whose[c.id] == ONE_TAKEN else whose[c.id] for c in taken}
    return _paired_across_reports(taken, whose)


def _paired_across_reports(taken: list[Claim], whose: dict[str, str]) -> dict[str, str]:
    """The hospitals of ``whose`` whose person another report's hospital
    meets; the others are left out, to be read as the venues they name
    (:func:`_as_venue`)."""
    reports: dict[str, set[int]] = defaultdict(set)
    for claim in taken:
        reports[whose[claim.id]].add(claim.report)
    return {c.id: whose[c.id] for c in taken if len(reports[whose[c.id]]) > 1}


def _as_venue(claim: Claim) -> Claim:
    """A hospital someone was taken to that no other report's meets person
    by person, read as the venue it names (subject ``venue``), as every
    named hospital was before the hospital's own subject: two reports that
    name one hospital still agree on it whoever they say was taken there,
    and different hospitals are no verdict (compare/judges/places.py)."""
    return claim.model_copy(update={"subject": VENUE})


def _one_victim_taken(taken: list[Claim], claims: list[Claim], people: dict[tuple[int, str], str]) -> bool:
    """Whether hospitals keyed as the reports' one taken (:func:`_hospital_takers`)
    may be one victim's: reports of one harmed, no other role, one sex, and
    none taken unnamed in a report that tells an arrest (the one arrested
    may be the one taken: "Police arrested a 20-year-old man after a friend
    drove him to Lakeview Hospital")."""
    one_harmed = _reports_with_one_harmed(claims)
    if any((c.report, c.incident) not in one_harmed for c in taken):
        return False
    arrests = {
        (c.report, c.incident)
        for c in claims
        if c.kind is ClaimKind.arrested and (c.value.high or c.value.low)
    }
    if any(
        (c.report, c.incident) in arrests and _named_person(people, c.report, c.frame.bearer or "") is None
        for c in taken
    ):
        return False  # "A 20-year-old man was arrested at the scene. He was taken to ...": maybe the suspect
    named_roles = _named_roles(claims, people)
    role_of = people_lexicon().role_of
    for claim in taken:
        bearer = claim.frame.bearer or ""
        roles = named_roles.get(_named_person(people, claim.report, bearer) or "", set())
        roles |= {role_of[bearer.lower()]} if bearer.lower() in role_of else set()
        if roles - {VICTIM}:
            return False
    if len({part for c in taken if (part := _bearer_part(c)) is not None}) > 1:
        return False
    return len({sex for c in taken if (sex := _bearer_sex(c)) is not None}) <= 1


def _bearer_part(claim: Claim) -> int | None:
    """Which group of a crash's part nouns (``care_destination.part_nouns`` of
    rules/venues.yaml) the word of a value's bearer is of ("the driver", "a
    passenger"), if any: two such parts are two people."""
    word = (claim.frame.bearer or "").lower()
    groups = venue_rules().care_destination.part_nouns
    return next((i for i, group in enumerate(groups) if word in group), None)


def _bearer_sex(claim: Claim) -> str | None:
    """The sex the word of a value's bearer tells ("he", "the woman"), if any."""
    lexicon = people_lexicon()
    word = (claim.frame.bearer or "").lower()
    return lexicon.pronoun_sex.get(word) or lexicon.sex_of.get(word)


def _reports_with_one_harmed(claims: list[Claim]) -> set[tuple[int, str]]:
    """(report, incident) pairs that count one victim killed and one hurt
    at most (a victim shot and later dead is counted both ways), not told
    in one sentence ("One man was killed and another man was wounded" are
    two people: one shot and later dead is told in two)."""
    told: dict[tuple[int, str], float] = defaultdict(float)
    sentences: dict[tuple[int, str], dict[ClaimKind, set[str]]] = defaultdict(lambda: defaultdict(set))
    for claim in claims:
        if claim.kind in (ClaimKind.killed, ClaimKind.injured) and claim.count.role == "victims":
            key = (claim.report, claim.incident)
            told[key] = max(told[key], claim.value.high or claim.value.low or 0.0)
            if claim.value.high or claim.value.low:
                sentences[key][claim.kind].add(claim.evidence.sentence)
    return {
        key
        for key, most in told.items()
        if most <= 1 and not sentences[key][ClaimKind.killed] & sentences[key][ClaimKind.injured]
    }


def _tenure_holders(
    claims: list[Claim], people: dict[tuple[int, str], str], special: dict[str, str]
) -> dict[str, str]:
    """Whose each figure of years of service is, by claim id.

    "Officer Mark Tate, a 12-year veteran" is set only against another
    report's years of Tate's service, never against the clerk's "had worked
    at the store for nine years" (:func:`_value_people`)."""
    served = [c for c in claims if c.kind is ClaimKind.other_count and c.frame.measure == TENURE]
    return _value_people(served, claims, people, special, ONE_TENURE)


def _value_people(
    values: list[Claim],
    claims: list[Claim],
    people: dict[tuple[int, str], str],
    special: dict[str, str],
    only_one: str,
    figure: Callable[[Claim], object] = lambda claim: claim.value.low,
) -> dict[str, str]:
    """Whose each of ``values`` is (figures about one person each: how far
    they fell, how long they had served, the hospital they were taken to), by
    claim id (:func:`_value_person`); ``figure`` is what a value says.

    Where every report gives one such figure only (however often) and the
    reports name at most one person for it, the figures are that one
    person's: "the fifteen-year employee, 43-year-old Yvonne Hiller" and
    another report's "where she'd worked for 15 years".  Otherwise a figure
    no one is named for is the report's one (``only_one``) where its report
    gives one such figure, else nobody else's (its own id).

    Figures are counted per incident of a report: a background incident's
    figure ("Last December, a minibus fell 200 metres near Coroico") is
    compared within its own incident only, so it never makes the main
    story's one fall ("plunged into a ravine about 300 metres deep") one of
    two."""
    if not values:
        return {}
    ages: dict[tuple[int, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind is ClaimKind.age:
            ages[(claim.report, claim.evidence.sentence)].append(claim)
    whose = {c.id: _value_person(c, ages[(c.report, c.evidence.sentence)], people, special) for c in values}
    whose |= _pronoun_persons(values, whose, claims, people)
    figures: dict[tuple[int, str], set[object]] = defaultdict(set)
    named: dict[int, set[str]] = defaultdict(set)
    for claim in values:
        figures[(claim.report, claim.incident)].add(figure(claim))
        if (who := whose[claim.id]) is not None:
            named[claim.report].add(who)
    everyone: set[str] = set().union(*named.values())
    single = all(len(f) == 1 for f in figures.values()) and all(len(n) <= 1 for n in named.values())
    reports = {report for report, _ in figures}
    if len(reports) > 1 and single and len(everyone) <= 1:
        return {c.id: only_one for c in values}
    return {
        c.id: whose[c.id] or (only_one if len(figures[(c.report, c.incident)]) == 1 else c.id) for c in values
    }


def _pronoun_persons(
    values: list[Claim], whose: dict[str, str | None], claims: list[Claim], people: dict[tuple[int, str], str]
) -> dict[str, str]:
    """Whom a pronoun's figure is of, where the other reports tell it: "he
    was a 15-year veteran of the department" is the one person of the
    pronoun's sex whom another report gives such a figure for ("Ortiz, a
    15-year department veteran"), "where she had worked for 15 years" the
    one woman among the workers another report gives years of service for
    (one whose sex a report states before one whose sex no report states).
    The person named last before the pronoun is no guide: "The deputy, who
    was wed ..., Waldie said.  He was a 15-year veteran" is the deputy's."""
    pronoun_sex = people_lexicon().pronoun_sex
    pronouns = {
        c.id: sex
        for c in values
        if whose[c.id] is None and (sex := pronoun_sex.get((c.frame.bearer or "").lower())) is not None
    }
    if not pronouns:
        return {}  # the stated sexes are read only where a pronoun asks for them
    sexes = {people.get(key, key[1]): sex for key, sex in _stated_sexes(claims).items()}
    found = {}
    for claim in values:
        sex = pronouns.get(claim.id)
        if sex is None:
            continue
        others = sorted({who for c in values if c.report != claim.report and (who := whose[c.id])})
        stated = [who for who in others if sexes.get(who) == sex]
        fitting = stated or [who for who in others if sexes.get(who, sex) == sex]
        if len(fitting) == 1:
            found[claim.id] = fitting[0]
    return found


def _value_person(
    claim: Claim, aged: list[Claim], people: dict[tuple[int, str], str], special: dict[str, str]
) -> str | None:
    """Whom a figure about one person is of, where the report tells: first
    the person whose age the sentence gives (``aged``: "a 36-year-old
    climber died after falling about 150 metres" is the person the other
    report gives that age, :func:`_unnamed_age_subjects`; "Duncan Rait, 36,
    fell" is Rait), unless that age names no one and the clause names the
    person in full ("32-year-old Englishman Robert Buckley fell": Buckley; a
    headline's "Climber Dies" can make a person of a noun, so one word is no
    name here); else the name the clause gives (the report's person key)."""
    named = _named_person(people, claim.report, claim.frame.bearer)
    aged_as = _age_person(aged[0], people, special) if len(aged) == 1 else ""
    full_name = len((claim.frame.bearer or "").split()) > 1
    if is_person_subject(aged_as) or (aged_as and not full_name):
        return aged_as
    return named


def _age_person(age: Claim, people: dict[tuple[int, str], str], special: dict[str, str]) -> str:
    """Who an age is of, as align keys people: a named person's shared key, or
    the key an unnamed age was given (:func:`_unnamed_age_subjects`)."""
    return special.get(age.id) or _person(people, age.report, age.subject)


#: the measure suffix of a day part a report gives beside its own clock time
DAY_PART_BESIDE_CLOCK = "/day part"


def _day_part_measures(claims: list[Claim]) -> dict[str, str]:
    """A day part given as a time ("Friday night") is set against another
    report's clock time only when its own report gives no clock time of that
    measure: "Sunday morning" beside "10:15 a.m." in one report must not
    stand in for the 10:15 against the other report's 11:00 (a fitting day
    part would take the clock's place as its partner and hide the conflict)."""
    clocked = {
        (c.report, c.incident, c.frame.key()[1])
        for c in claims
        if c.kind is ClaimKind.time and c.time.period is None
    }
    return {
        c.id: f"{c.frame.key()[1]}{DAY_PART_BESIDE_CLOCK}"
        for c in claims
        if c.kind is ClaimKind.time
        and c.time.period is not None
        and (c.report, c.incident, c.frame.key()[1]) in clocked
    }


def _event_incident(claim: Claim) -> str | None:
    """The aligned incident an event id names ("bg-1/other-2" -> "bg-1"): a
    background incident's values that tell another report's mention of a
    second case (:func:`cross_told_cases`) are grouped with that mention,
    in the incident it lies in."""
    event = claim.frame.event
    return event.split("/", 1)[0] if event and "/" in event else None


def group_claims(
    claims: list[Claim], incident_ids: dict[tuple[int, str], str]
) -> dict[GroupKey, list[Claim]]:
    """Claims grouped by (shared incident, kind, shared subject, event, measure, scope).

    The last three come from each claim's frame: only values of one event,
    one measure and one scope are ever compared; a count of one person is
    compared only with a count of that person (:func:`_one_person_scopes`),
    a day of a person's earlier life with that person's (:func:`_life_event_people`),
    a fall only with a fall of the same person (:func:`_fallers`), years
    of service only with the same person's (:func:`_tenure_holders`), and
    a river's level only with the same river's (:func:`_gauged_rivers`).  The
    key of a group of such days, falls or years says whose they are
    (:attr:`GroupKey.person`)."""
    people = person_subjects(claims)
    special = _unnamed_age_subjects(claims, people) | _death_place_subjects(claims, people)
    life = _life_event_people(claims, people)
    fallers = _fallers(claims, people, special)
    served = _tenure_holders(claims, people, special)
    taken = _hospital_takers(claims, people, special)
    one_person = (
        _one_person_scopes(claims, people)
        | _hit_person_scopes(claims, people)
        | {c.id: _life_event_scope(c, life[c.id]) for c in claims if c.id in life}
        | {claim_id: f"{FELL}:{who}" for claim_id, who in fallers.items()}
        | {claim_id: f"{SERVED}:{who}" for claim_id, who in served.items()}
        | {claim_id: f"{TAKEN}:{who}" for claim_id, who in taken.items()}
        | _gauged_rivers(claims)
    )
    paired_as = life | fallers | served | taken
    day_parts = _day_part_measures(claims)
    groups: dict[GroupKey, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.subject == HOSPITAL and claim.id not in taken:
            claim = _as_venue(claim)
        incident = _event_incident(claim) or incident_ids.get((claim.report, claim.incident), claim.incident)
        subject = special.get(claim.id) or _person(people, claim.report, claim.subject)
        event, measure, scope = claim.frame.key()
        measure = day_parts.get(claim.id, measure)
        scope = one_person.get(claim.id, scope)
        key = GroupKey(incident, claim.kind.value, subject, event, measure, scope, paired_as.get(claim.id))
        groups[key].append(claim)
    return groups
