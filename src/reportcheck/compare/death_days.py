"""The day a victim died, across reports and within one.

A victim who died after the shooting is dated by the death itself ("died
Sunday", "was pronounced dead at 2:19 a.m. Saturday") or by its distance
from the shooting ("died the next day", "two days later",
:mod:`reportcheck.extract.dates.death_offsets`); both are ``date:death``
days.  The days judge never lets two days of death conflict by themselves:
a report of two victims may date two deaths.  This check sets them against
each other person by person:

- two reports' days of death of one person (both sentences name that
  person, or each report tells of one death only and nothing sets their
  victims apart, :mod:`.one_victim`) that
  differ are a conflict where both are told as a day ("died Sunday" against
  "died Tuesday"), a possible conflict where either is counted from the
  report's own day of the attack ("the next day": the count carries that
  day's reading with it; "was pronounced dead at the scene" is the attack's
  own day, counted so too), unless both reports tell the attack on one
  day, or where the two may be two people's deaths;
  never where the two sentences name different people;
- one report's own days of death that differ, of its one death ("died the
  next day" after a shooting on Friday, and "died Monday"), the same way;
- a day of death before the day of the attack, both placed on the calendar,
  is a conflict: no one dies of wounds before being shot.

A victim told "critically injured" in an earlier report has no day of death
there, so nothing is set against the later report's day.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations

from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE
from reportcheck.compare.judges.days import judge_days_apart
from reportcheck.compare.judges.verdict import quoted_sentences
from reportcheck.compare.one_victim import OneVictim, one_victims, same_one_victim
from reportcheck.compare.person_findings import person_conflict
from reportcheck.details import DateForm
from reportcheck.knowledge.events import moment_rules
from reportcheck.knowledge.tolerance import DEFAULT, Tolerances
from reportcheck.knowledge.vocabulary import is_named_person, tells
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey, Status

_SUBJECT = "victim:death_day"
_LABEL = "day the victim died"
#: why a counted day is no plain day
_COUNTED = "a day of death counted from the report's own day of the attack"
_DERIVED = "both days of death read from the reports' days of the attack"
_TOLD, _COUNTED_HOW, _SCENE = "told", "counted", "scene"
_SEVERAL = "a report tells of more than one victim: the two days may be two people's deaths"

Sides = dict[tuple[str, int], list[Claim]]


def death_day_findings(
    groups: Mapping[GroupKey, list[Claim]],
    tol: Tolerances = DEFAULT,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> list[Finding]:
    """Conflicts of the day of death: across two reports, within one, and
    a death before the attack."""
    deaths, attacks = _days(groups, "death"), _days(groups, "incident")
    sentences = _sentences(groups)
    victims = _Victims(_one_death(groups), one_victims(groups), _second_death(sentences, deaths))
    told = _deaths(deaths, attacks, sentences, victims.one_death, tol)
    named = _named_in_sentences(groups)
    findings = _across(told, attacks, victims, named, tol, min_confidence)
    one = victims.one_death - victims.second
    findings += _within(deaths, one, named, tol, min_confidence)
    findings += _before_attack(deaths, attacks, victims, min_confidence)
    return findings


def _days(groups: Mapping[GroupKey, list[Claim]], event: str) -> Sides:
    """(incident, report) -> the days of that event the report tells, in
    report order, each that can be set against another (a weekday, a
    month and day, or a day placed on the calendar)."""
    sides: Sides = defaultdict(list)
    for key, claims in groups.items():
        if key.kind != ClaimKind.date.value:
            continue
        for claim in claims:
            if claim.date.event == event and _dated(claim):
                sides[(key.incident, claim.report)].append(claim)
    return {where: sorted(days, key=lambda c: c.evidence.start) for where, days in sides.items()}


def _dated(claim: Claim) -> bool:
    """A day that can be set against another (a weekday, a month and day, or
    a day placed on the calendar); for a day of death, one whose sentence
    tells the death by its words (``death_words`` in rules/events.yaml): the
    noun alone ("an autopsy Saturday ruled his death a homicide") dates
    something else as often."""
    if claim.value.low is None and not claim.date.weekday and not claim.date.month_day:
        return False
    return claim.date.event != "death" or tells(claim.evidence.sentence, moment_rules().death_words)


Sentences = dict[tuple[str, int], list[tuple[int, str]]]


def _sentences(groups: Mapping[GroupKey, list[Claim]]) -> Sentences:
    """(incident, report) -> (start, sentence) of its claims' sentences, in
    report order."""
    seen: dict[tuple[str, int], dict[int, str]] = defaultdict(dict)
    for key, claims in groups.items():
        for claim in claims:
            seen[(key.incident, claim.report)][claim.evidence.sentence_start] = claim.evidence.sentence
    return {where: sorted(by_start.items()) for where, by_start in seen.items()}


def _second_death(sentences: Sentences, deaths: Sides) -> frozenset[tuple[str, int]]:
    """(incident, report) of each report that tells, by its own words, of a
    death beside the one it dates, whatever its counts say: a killing beside
    a death in one sentence ("a woman wounded in a shooting that killed a man
    died Tuesday"), another victim's death ("Another victim was killed"), or
    a death at the scene beside a day of death told in another sentence
    ("Marcus Lee was pronounced dead at the scene." ... "Andre Wilson died
    Monday at Ben Taub Hospital."): no one dies both at the scene and days
    later.  Its day of death may be either victim's."""
    rules = moment_rules()
    found = set()
    for where, told in sentences.items():
        texts = [text for _, text in told]
        both = any(tells(t, rules.killing_words) and tells(t, rules.death_words) for t in texts)
        other = any(_another(t, rules.other_dead, [*rules.killing_words, *rules.death_words]) for t in texts)
        dated = {
            c.evidence.sentence_start for c in deaths.get(where, []) if c.date.form != DateForm.AFTER_ATTACK
        }
        scene = any(tells(t, rules.on_the_spot) and start not in dated for start, t in told)
        if both or other or (scene and dated):
            found.add(where)
    return frozenset(found)


def _another(text: str, others: Iterable[str], deaths: Iterable[str]) -> bool:
    """Whether ``text`` tells another victim's death: one of ``others``
    within three words before a word of death ("Another victim was killed")."""
    other = "|".join(re.escape(o) for o in others)
    death = "|".join(re.escape(d) for d in deaths)
    if not other or not death:
        return False
    return re.search(rf"\b(?:{other})\b(?:\W+\w+){{0,3}}?\W+(?:{death})\b", text, re.IGNORECASE) is not None


def _named_in_sentences(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[int, int], set[str]]:
    """(report, sentence start) -> the shared keys of the named people the
    sentence names: whose death a day of death may be."""
    named: dict[tuple[int, int], set[str]] = defaultdict(set)
    for key, claims in groups.items():
        if is_named_person(key.kind, key.subject):
            for claim in claims:
                named[(claim.report, claim.evidence.sentence_start)].add(key.subject)
    return named


def _whose(death: _Death, named: Mapping[tuple[int, int], set[str]]) -> set[str]:
    """The named people the sentence telling the death names: for a death at
    the scene its own sentence ("Anthony Cruz, 19, died at the scene"), not
    the attack's sentence whose day it borrows."""
    start = death.scene_start if death.how == _SCENE else death.claim.evidence.sentence_start
    return set(named.get((death.claim.report, start), set()))


def _one_day(claims: list[Claim], tol: Tolerances) -> Claim | None:
    """The report's day of death where all its days of death agree (the
    first told as a day before one counted), else None: two days of one
    report may be two victims'."""
    for a, b in combinations(claims, 2):
        verdict = judge_days_apart(a, b, tol)
        if verdict is not None and verdict.status is Status.conflict:
            return None
    return min(claims, key=lambda c: (c.date.form == DateForm.AFTER_ATTACK, c.evidence.start), default=None)


@dataclass(frozen=True)
class _Victims:
    """Who a report's day of death can be of: the reports that tell of one
    death only (every count of the dead is one), and the reports that tell
    of one victim only (:mod:`.one_victim`), whose ages, sexes and names
    may set two reports' victims apart."""

    one_death: frozenset[tuple[str, int]]
    one: Mapping[tuple[str, int], OneVictim]
    #: the reports that tell a second death by their words (:func:`_second_death`)
    second: frozenset[tuple[str, int]] = frozenset()

    def same(self, incident: str, first: int, second: int) -> bool:
        """Whether two reports' one dead are one person: each tells of one
        death only (every count of the dead is one, and no sentence tells
        another death), and nothing sets their one victims apart."""
        pair = {(incident, first), (incident, second)}
        if not pair <= self.one_death or pair & self.second:
            return False
        a, b = self.one.get((incident, first)), self.one.get((incident, second))
        return a is None or b is None or same_one_victim(a, b)


def _one_death(groups: Mapping[GroupKey, list[Claim]]) -> frozenset[tuple[str, int]]:
    """(incident, report) of each report whose every count of the dead is
    one ("He succumbed", "the man died"): a story of a victim shot and dead
    later is told so, one hurt and then one dead, the same person."""
    counts: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for key, claims in groups.items():
        if key.kind == ClaimKind.killed.value:
            for claim in claims:
                counts[(key.incident, claim.report)].append(claim)
    return frozenset(where for where, told in counts.items() if all(_one(c) for c in told))


def _one(claim: Claim) -> bool:
    return claim.value.low == claim.value.high == 1


@dataclass(frozen=True)
class _Death:
    """A report's day of death of its victim: the claim that gives it, how
    (told as a day, counted from the attack's day, or the attack's own day
    of a death at the scene) and the sentence telling a death at the scene."""

    claim: Claim
    how: str
    scene: str = ""
    scene_start: int = -1

    def shown(self) -> str:
        if self.how == _SCENE:
            return f"{_shown(self.claim)}, at the scene"
        return _shown(self.claim)

    def quoted(self) -> str:
        if self.how == _SCENE:
            return f'"{self.scene.strip()}"'
        return f'"{self.claim.evidence.sentence.strip()}"'


def _scene_sentence(sentences: Iterable[tuple[int, str]]) -> tuple[int, str] | None:
    """(start, text) of the sentence telling a death on the spot ("was
    pronounced dead at the scene"), whose day is the attack's
    (``on_the_spot`` in rules/events.yaml)."""
    return next(((i, s) for i, s in sentences if tells(s, moment_rules().on_the_spot)), None)


def _deaths(
    deaths: Sides,
    attacks: Sides,
    sentences: Sentences,
    one: frozenset[tuple[str, int]],
    tol: Tolerances,
) -> dict[str, dict[int, _Death]]:
    """incident -> report -> the report's one day of death: the day it tells
    (all its days of death agreeing), else, for a report of one victim that
    tells a death at the scene, its first day of the attack."""
    found: dict[str, dict[int, _Death]] = defaultdict(dict)
    for where in sorted(set(deaths) | set(attacks)):
        incident, report = where
        if where in deaths:
            day = _one_day(deaths[where], tol)
            if day is not None:
                how = _COUNTED_HOW if day.date.form == DateForm.AFTER_ATTACK else _TOLD
                found[incident][report] = _Death(day, how)
            continue
        scene = _scene_sentence(sentences.get(where, [])) if where in one else None
        attack = _first_day(attacks.get(where, []))
        if scene is not None and attack is not None:
            found[incident][report] = _Death(attack, _SCENE, scene[1], scene[0])
    return found


def _first_day(claims: Iterable[Claim]) -> Claim | None:
    """The first day of the attack a report tells as a weekday or a day: what
    a death at the scene, or a death counted from it, is dated by."""
    return next((c for c in claims if _placed(c) or c.date.weekday), None)


def _anchors_agree(attacks: Sides, incident: str, first: int, second: int, tol: Tolerances) -> bool:
    """Whether two reports' first days of the attack agree: a day counted
    from one's is then as firm as a day told."""
    a, b = _first_day(attacks.get((incident, first), [])), _first_day(attacks.get((incident, second), []))
    if a is None or b is None:
        return False
    verdict = judge_days_apart(a, b, tol)
    return verdict is not None and verdict.status is Status.agree


def _unsure(a: _Death, b: _Death, same: bool, anchored: bool) -> str | None:
    """Why a difference is only possible: reports that may tell of two
    victims, or a day counted from an attack's day the two reports do not
    agree on; None for a plain difference."""
    if not same:
        return _SEVERAL
    if _TOLD not in (a.how, b.how):
        return _DERIVED  # two days both read from the attack's: the days judge sets those
    if not anchored and {a.how, b.how} != {_TOLD}:
        return _COUNTED
    return None


def _across(
    deaths: dict[str, dict[int, _Death]],
    attacks: Sides,
    victims: _Victims,
    named: Mapping[tuple[int, int], set[str]],
    tol: Tolerances,
    floor: float,
) -> list[Finding]:
    """Two reports' days of death that differ: of one person where both
    sentences name the same person or each report tells of one victim only,
    never where the two sentences name different people."""
    findings = []
    for incident, days in sorted(deaths.items()):
        for first, second in combinations(sorted(days), 2):
            a, b = days[first], days[second]
            if _TOLD not in (a.how, b.how) and _SCENE in (a.how, b.how):
                continue  # the attack's own days: the days judge sets them
            verdict = judge_days_apart(a.claim, b.claim, tol)
            if verdict is None or verdict.status is not Status.conflict:
                continue
            people_a, people_b = _whose(a, named), _whose(b, named)
            if people_a and people_b and not people_a & people_b:
                continue  # two people's deaths
            same = bool(people_a & people_b) or victims.same(incident, first, second)
            if not same and {(incident, first), (incident, second)} & victims.second:
                continue  # a report that tells two deaths: its day may be either's
            anchored = _anchors_agree(attacks, incident, first, second, tol)
            explanation = (
                f"the victim died on {a.shown()} in one report, {b.shown()} in the other: "
                f"{a.quoted()} vs {b.quoted()}"
            )
            reason = (
                "the same person named in both sentences"
                if people_a & people_b
                else "each report tells of one death only"
                if same
                else "a day of death each report tells"
            )
            findings.append(
                _finding(
                    a.claim, b.claim, incident, explanation, reason, _unsure(a, b, same, anchored), floor
                )
            )
    return findings


def _within(
    deaths: Sides,
    one: frozenset[tuple[str, int]],
    named: Mapping[tuple[int, int], set[str]],
    tol: Tolerances,
    floor: float,
) -> list[Finding]:
    """One report's own days of death of its one victim that differ: a day
    counted from the attack against a day told, or two days told of one
    person both sentences name.  Two days told of unnamed dead ("A 6-year-old
    boy died Wednesday" ... "The toddler died Tuesday") are as often two
    children's as one's."""
    findings = []
    for (incident, report), claims in sorted(deaths.items()):
        if (incident, report) not in one:
            continue  # two days may be two victims'
        for a, b in combinations(claims, 2):
            if DateForm.AFTER_ATTACK not in (a.date.form, b.date.form) and not _one_named(a, b, named):
                continue
            verdict = judge_days_apart(a, b, tol)
            if verdict is None or verdict.status is not Status.conflict:
                continue
            explanation = (
                f"the report dates the victim's death {_shown(a)} and {_shown(b)}: {quoted_sentences(a, b)}"
            )
            unsure = _COUNTED if DateForm.AFTER_ATTACK in (a.date.form, b.date.form) else None
            findings.append(
                _finding(a, b, incident, explanation, "the report's one victim", unsure, floor, internal=True)
            )
            break
    return findings


def _one_named(a: Claim, b: Claim, named: Mapping[tuple[int, int], set[str]]) -> bool:
    """Whether the sentences of two days of death name one person in common."""
    first = named.get((a.report, a.evidence.sentence_start), set())
    return bool(first & named.get((b.report, b.evidence.sentence_start), set()))


def _before_attack(deaths: Sides, attacks: Sides, victims: _Victims, floor: float) -> list[Finding]:
    """A day of death placed before the report's own (or, of one victim, the
    other report's) day of the attack: the first day of the attack told."""
    findings = []
    for (incident, report), claims in sorted(deaths.items()):
        for (other_incident, other), days in sorted(attacks.items()):
            if other_incident != incident or (other != report and not victims.same(incident, report, other)):
                continue
            attack = _first_placed(days)
            death = next((c for c in claims if c.date.form != DateForm.AFTER_ATTACK and _placed(c)), None)
            if attack is None or death is None or not _clearly_before(death, attack):
                continue
            explanation = (
                f"the victim died on {_shown(death)}, before the attack on {_shown(attack)}: "
                f"{quoted_sentences(death, attack)}"
            )
            reason = "a death before the attack"
            findings.append(
                _finding(death, attack, incident, explanation, reason, None, floor, internal=other == report)
            )
    return findings


def _placed(claim: Claim) -> bool:
    """Whether a day is placed on the calendar to one day (:meth:`Value.placed_day`)."""
    return claim.value.placed_day() is not None


def _first_placed(claims: Iterable[Claim]) -> Claim | None:
    return next((c for c in claims if _placed(c)), None)


def _clearly_before(death: Claim, attack: Claim) -> bool:
    """A death at least a day before the attack, not one night told on
    either side of midnight ("died late Friday" of a shooting "early
    Saturday" is the same night)."""
    assert death.value.high is not None and attack.value.low is not None
    gap = attack.value.low - death.value.high
    if gap < 1:
        return False
    verdict = judge_days_apart(death, attack, DEFAULT)
    return verdict is not None and verdict.status is Status.conflict


def _shown(claim: Claim) -> str:
    words = claim.evidence.text.strip()
    day = claim.value.label or ""
    return f"{words} ({day})" if day and day.lower() != words.lower() else words


def _finding(
    a: Claim,
    b: Claim,
    incident: str,
    explanation: str,
    reason: str,
    unsure: str | None,
    floor: float,
    *,
    internal: bool = False,
) -> Finding:
    """The finding, graded as any conflict of one person (both sentences quoted)."""
    return person_conflict(
        a,
        b,
        incident=incident,
        subject=_SUBJECT,
        label=_LABEL,
        explanation=explanation,
        reason=reason,
        min_confidence=floor,
        kind=ClaimKind.date,
        unsure=unsure,
        ordered=True,
        internal=internal,
    )
