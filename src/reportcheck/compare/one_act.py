"""One act each report tells once, paired though a story may tell several.

A story may time several calls to the police and date several arrests, so
the judges never let two clocks of a call or two days of an arrest conflict
(:func:`reportcheck.compare.judges.clock.judge_time`,
:func:`reportcheck.compare.judges.days.judge_date`): the two values stay
"only in one report" even where each report plainly tells the same one act:

* "The 911 call came in at 10:41 p.m." against "Officers were called ... at
  10:48 p.m. after a 911 caller reported hearing gunshots": each report
  times one call, and no sentence of either tells another;
* "Gaines was arrested April 5" against "Gaines was arrested April 6": each
  report dates one arrest of the one person both name in its sentence.

* "The surviving officer underwent surgery on Monday" against "The
  surviving officer underwent surgery Sunday": each report dates one later
  act of one person (a surgery, a release from hospital, a charge, an
  arraignment: ``later_acts``), whatever event the date reader tied the
  day to.

This module sets such a pair against each other, graded like every
conflict.  It leaves a group alone where either report gives two values of
the act (the first and the second call), where a call's sentence tells no
call (``one_act_call_words``), names no responder nor the emergency line
(``responders``, ``one_act_emergency_lines``) or tells another call
(``response_other_matters``, all of ``rules/events.yaml``: "another", "a
second", "called back"; "he received a telephone call from his friend" is
no call to police), where the two clocks of a call lie hours apart and not
twelve hours apart (``one_act_clock_within``: another call, or another
incident's), where an arrest's sentence tells no arrest or an
earlier one (``arrest_words``, ``arrest_vetoes``), and, for an arrest
(``one_act_by_person``), where the two sentences name no one person in
common (two people's arrests).  A later act's day must be told by the act's
words before it, with no word of a plan or of another of it
(``later_act_vetoes``: "is expected to be arraigned Wednesday", "a second
surgery"), and no other later act in its sentence; each report must give one
day of it, and the two sentences name one suspect in common (a charge, an
arraignment) or, where both name people, one person in common.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping

from reportcheck.compare.confidence import MINUTES_A_DAY, grade
from reportcheck.compare.cross_findings import cross_finding
from reportcheck.compare.judges.clock import judge_time
from reportcheck.compare.judges.days import judge_days_apart
from reportcheck.compare.judges.verdict import Verdict
from reportcheck.knowledge.events import moment_rules
from reportcheck.knowledge.tolerance import DEFAULT, Tolerances
from reportcheck.knowledge.vocabulary import phrase_alternatives, tells
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey, Status

#: the kinds whose values of an act this module pairs
_KINDS = (ClaimKind.time.value, ClaimKind.date.value)
#: the subject of a day after the incident, what a later act's days are of
_AFTERMATH = "aftermath"
#: roles of people named in an arrest's sentence who are not the one arrested
_NOT_ARRESTED = frozenset({"victim", "witness", "officer"})


def one_act_findings(
    groups: Mapping[GroupKey, list[Claim]],
    findings: list[Finding],
    tol: Tolerances = DEFAULT,
    min_confidence: float = 0.0,
) -> list[Finding]:
    """``findings`` with each pair of only-in-one values of one act, told
    once by each report, replaced by their finding."""
    lonely = {c.id: f for f in findings if f.status is Status.only_in_one for c in f.claims}
    persons = _people_by_sentence(groups)
    everyone = _people_by_sentence(groups, every_role=True)
    surnames = _surnames(groups)
    made: list[tuple[Finding, Finding, Finding]] = []
    acts: list[tuple[str, list[Claim]]] = []
    later: dict[tuple[str, str], list[Claim]] = defaultdict(list)  # (incident, later act) -> its days
    for key, group in sorted(groups.items()):
        act = _act(key, group)
        if act is not None:
            acts.append((act, group))
        elif key.kind == ClaimKind.date.value:  # a later act's days, whatever event the reader tied them to
            for claim in group:
                told = _later_act(claim)
                if told is not None:
                    later[(key.incident, told)].append(claim)
    acts += [(act, members) for (_, act), members in sorted(later.items())]
    for act, members in acts:
        sides = _by_report(members, lonely)
        if sides is None:
            continue
        first, second = sides
        if act in moment_rules().later_acts:
            pairs = _later_pairs(act, first, second, {c.id for c in members}, persons, everyone, surnames)
        else:
            pairs = _pairs(act, first, second, persons)
        for one, other in pairs:
            made_here = _paired(one, other, act, tol, min_confidence)
            if made_here is not None:
                made.append((one, other, made_here))
    if not made:
        return findings
    replaced = {id(f) for one, other, _ in made for f in (one, other)}
    return [f for f in findings if id(f) not in replaced] + [m for _, _, m in made]


def _by_report(
    members: list[Claim], lonely: Mapping[str, Finding]
) -> tuple[list[Finding], list[Finding]] | None:
    """The only-in-one findings of an act's values, report by report, where
    every value is only in one report and both reports give some."""
    if not all(c.id in lonely for c in members):
        return None
    by_report: dict[int, list[Finding]] = defaultdict(list)
    for claim in members:
        found = lonely[claim.id]
        if found not in by_report[claim.report]:
            by_report[claim.report].append(found)
    if len(by_report) != 2:
        return None
    first, second = (by_report[r] for r in sorted(by_report))
    return first, second


def _later_act(claim: Claim) -> str | None:
    """The later act a day is of (``later_acts`` of rules/events.yaml): the
    one act of its event whose words its sentence holds, before the day
    ("Police said Monday the officer underwent surgery" dates the saying),
    with none of another act of that event ("was charged Monday and arraigned Tuesday" tells two),
    nor a planned one or another of it (``later_act_vetoes``, the act's
    ``vetoes``: "is expected to be arraigned Wednesday", "a second surgery")
    up to the day (what follows it tells what came after the act: "underwent
    surgery Sunday and is expected to recover");
    a day written as a possessive ("Monday's funeral") dates the noun after
    it, as for any act."""
    rules = moment_rules()
    sentence, head = claim.evidence.sentence, _up_to(claim)
    told = [
        name
        for name, act in rules.later_acts.items()
        if claim.date.event in act.events and tells(sentence, act.words)
    ]
    if len(told) != 1:
        return None
    act = rules.later_acts[told[0]]
    if not tells(head, act.words) or tells(head, [*rules.later_act_vetoes, *act.vetoes]):
        return None
    if claim.evidence.text.rstrip().endswith(("'s", "\u2019s")):
        return None
    return told[0]


def _up_to(claim: Claim) -> str:
    """A claim's sentence up to the end of its value (the whole sentence
    where the offsets do not fit it)."""
    ev = claim.evidence
    head = ev.sentence[: ev.end - ev.sentence_start]
    return head if head.endswith(ev.text) else ev.sentence


def _act(key: GroupKey, group: list[Claim]) -> str | None:
    """The act a group of times or days is of, if it is one a story may tell
    several of (``one_acts``) and every claim of the group is of it."""
    if key.kind not in _KINDS or not group:
        return None
    acts = {c.time.event if c.kind is ClaimKind.time else c.date.event for c in group}
    act = acts.pop() if len(acts) == 1 else None
    return act if act in moment_rules().one_acts else None


def _pairs(
    act: str, first: list[Finding], second: list[Finding], persons: Mapping[tuple[int, int], set[str]]
) -> list[tuple[Finding, Finding]]:
    """The values of the two reports told as one act: the one value each
    report gives, its sentences telling no other act; or, for an act told
    person by person, the one value each gives of one person named in both."""
    if act not in moment_rules().one_act_by_person:
        if len(first) != 1 or len(second) != 1:
            return []  # a report that times two calls tells no one call
        told = _told_as_the_act(first[0], act) and _told_as_the_act(second[0], act)
        return [(first[0], second[0])] if told else []
    first = [f for f in first if _told_as_the_act(f, act)]
    second = [f for f in second if _told_as_the_act(f, act)]
    pairs = []
    for one in first:
        named = _named(one, persons)
        partners = [f for f in second if named & _named(f, persons)]
        if len(partners) != 1:
            continue
        rivals = [f for f in first if _named(f, persons) & _named(partners[0], persons)]
        if rivals == [one]:
            pairs.append((one, partners[0]))
    return pairs


def _later_pairs(
    act: str,
    first: list[Finding],
    second: list[Finding],
    told: set[str],
    suspects: Mapping[tuple[int, int], set[str]],
    everyone: Mapping[tuple[int, int], set[str]],
    surnames: Mapping[int, Mapping[str, str]],
) -> list[tuple[Finding, Finding]]:
    """The one day each report gives of a later act, every claim of each
    told as the act (``told``), of one person (``person`` of the act): a
    report giving two days of it tells two (two surgeries, two hearings).
    A sentence telling the act of one of several people (``later_act_several``:
    "one of the officers", "the other officer") is never paired; where either
    sentence names someone (in full, or by the surname of someone its report
    names: "Cole underwent surgery Monday"), both name one person in common."""
    if len(first) != 1 or len(second) != 1:
        return []
    one, other = first[0], second[0]
    if not all(c.id in told for c in (*one.claims, *other.claims)):
        return []
    rules = moment_rules()
    person = rules.later_acts[act].person
    if person == "suspect":
        return [(one, other)] if _named(one, suspects) & _named(other, suspects) else []
    if any(tells(c.evidence.sentence, rules.later_act_several) for c in (*one.claims, *other.claims)):
        return []  # one of several people's acts
    named_one = _named(one, everyone) | _by_surname(one, surnames)
    named_other = _named(other, everyone) | _by_surname(other, surnames)
    if (named_one or named_other) and not named_one & named_other:
        return []  # two people's acts, or a named one's against someone's
    return [(one, other)]


def _surnames(groups: Mapping[GroupKey, list[Claim]]) -> dict[int, dict[str, str]]:
    """report -> the surname of each person it names in full -> that
    person's key (align's, as in :func:`_people_by_sentence`)."""
    found: dict[int, dict[str, str]] = defaultdict(dict)
    for key, claims in groups.items():
        if key.kind != ClaimKind.person.value:
            continue
        for claim in claims:
            words = re.findall(r"[A-Z][\w'’-]+", claim.evidence.text)
            if len(words) >= 2:
                found[claim.report][words[-1]] = key.subject
    return found


def _by_surname(finding: Finding, surnames: Mapping[int, Mapping[str, str]]) -> set[str]:
    """The people a value's sentences name by a surname their report gives in full."""
    return {
        person
        for c in finding.claims
        for surname, person in surnames.get(c.report, {}).items()
        if re.search(rf"\b{re.escape(surname)}\b", c.evidence.sentence)
    }


def _told_as_the_act(finding: Finding, act: str) -> bool:
    """Whether every sentence of a value tells the act as the incident's own:
    a call is told by its words (``one_act_call_words``), names a responder
    or the emergency line (``one_act_emergency_lines``), and no other matter than
    the shots' first report ("a second call", "called back": ``responders``
    and ``response_other_matters`` of ``rules/events.yaml``); an arrest is
    told by its words and not as an earlier one or another matter
    (``arrest_words``, ``arrest_vetoes``).  A day written as a possessive
    ("the arrest will not affect his status for Sunday's game") dates the
    noun after it, not the act."""
    rules = moment_rules()
    if act in rules.one_act_by_person:  # the arrest words alone tell an arrest
        required = [rules.arrest_words]
        vetoes = rules.arrest_vetoes
    else:
        required = [[*rules.responders, *rules.one_act_emergency_lines], rules.one_act_call_words]
        vetoes = rules.response_other_matters
    return all(
        all(tells(c.evidence.sentence, words) for words in required)
        and not tells(_without_place_ordinals(c.evidence.sentence), vetoes)
        and not c.evidence.text.rstrip().endswith(("'s", "\u2019s"))
        for c in finding.claims
    )


def _without_place_ordinals(sentence: str) -> str:
    """A sentence with the ordinals of a building's floors blanked
    (``one_act_place_ordinals``): the smoke "coming out of the second floor"
    tells no second call, so the other-matter vetoes must not read it."""
    ordinals = moment_rules().one_act_place_ordinals
    if not ordinals:
        return sentence
    return re.sub(rf"\b(?:{phrase_alternatives(ordinals)})\b", " ", sentence, flags=re.IGNORECASE)


def _people_by_sentence(
    groups: Mapping[GroupKey, list[Claim]], every_role: bool = False
) -> dict[tuple[int, int], set[str]]:
    """(report, sentence start) -> the people named in that sentence who may
    be the one arrested (any role but a victim's, a witness's or an officer's;
    with ``every_role``, anyone named), by the key align gives each person:
    the group's, not the claim's own, so that one suspect spelled two ways
    ("Embleton" here, "Emberton" there), whom align joins as one person,
    is one person in common (genre50a 04: a surrender at 12:30 a.m. and at
    12:30 p.m. stayed two lone times)."""
    named: dict[tuple[int, int], set[str]] = defaultdict(set)
    for key, claims in groups.items():
        if key.kind != ClaimKind.person.value:
            continue
        for claim in claims:
            if every_role or (claim.person.role not in _NOT_ARRESTED and not claim.person.caller):
                named[(claim.report, claim.evidence.sentence_start)].add(key.subject)
    return named


def _named(finding: Finding, persons: Mapping[tuple[int, int], set[str]]) -> set[str]:
    """The people the sentences of a value name (see :func:`_people_by_sentence`)."""
    return {p for c in finding.claims for p in persons.get((c.report, c.evidence.sentence_start), set())}


def _paired(one: Finding, other: Finding, act: str, tol: Tolerances, min_confidence: float) -> Finding | None:
    """The finding of two values of one act, or None where the judge sets
    them apart (a clock and a day part that says nothing of it)."""
    a, b = one.claims[0], other.claims[0]
    if a.kind is ClaimKind.time:
        verdict = judge_time(a, b, tol, one_moment=True)
    else:
        verdict = judge_days_apart(a, b, tol)
    if verdict is None or verdict.status not in (Status.agree, Status.compatible, Status.conflict):
        return None
    if a.kind is ClaimKind.time and verdict.status is Status.conflict and _two_calls_apart(verdict.distance):
        return None
    status: Status = verdict.status
    confidence: float | None = None
    reasons: list[str] = []
    if status is Status.conflict:
        graded = grade(a, b, internal=False, crowd=1)
        status, confidence = graded.status(min_confidence), graded.confidence
        reasons = [f"one {act} each report tells once", *graded.reasons]
    verdict = Verdict(status, verdict.explanation, verdict.distance)
    finding = _finding(one, other, verdict, confidence, reasons)
    later = moment_rules().later_acts.get(act)
    return _as_later_act(finding, later.label) if later is not None and later.label else finding


def _two_calls_apart(minutes: float) -> bool:
    """Whether two reports' clocks of their one call lie too far apart to be
    one call's: hours apart (``one_act_clock_within`` of rules/events.yaml)
    and not twelve hours apart, give or take ``one_act_twelve_hours_slack``
    (a.m. and p.m. mixed up, the slip the confidence weighs).  One call's
    clocks differ by minutes or by an hour; a call at 9.52am against one at
    6.20pm is another call, or another incident's (two villa fires of one
    day the incident match left unsure)."""
    rules = moment_rules()
    slipped = abs(minutes - MINUTES_A_DAY / 2) <= rules.one_act_twelve_hours_slack
    return minutes > rules.one_act_clock_within and not slipped


def _as_later_act(finding: Finding, label: str) -> Finding:
    """A finding of a later act's two days, labelled as that act ("day of the
    release from hospital"), its days read as days after the incident
    (``date:aftermath``) whatever event the reader tied each to: "was released
    from the hospital Thursday, police said" is no day of the incident."""
    claims = [
        c.model_copy(
            update={
                "subject": _AFTERMATH,
                "subject_label": label,
                "frame": c.frame.model_copy(update={"measure": f"{ClaimKind.date.value}:{_AFTERMATH}"}),
            }
        )
        for c in finding.claims
    ]
    return finding.model_copy(update={"subject": _AFTERMATH, "subject_label": label, "claims": claims})


def _finding(
    one: Finding, other: Finding, verdict: Verdict, confidence: float | None, reasons: list[str]
) -> Finding:
    return cross_finding(
        verdict.status,
        one,
        incident=one.incident,
        explanation=verdict.explanation,
        claims=[*one.claims, *other.claims],
        confidence=confidence,
        reasons=reasons,
    )
