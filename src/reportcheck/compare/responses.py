"""A call or responders' arrival set against the other report's time of the shooting.

Reporters often give only when police were called, dispatched or arrived
("Deputies responded to a report of a shooting at about 12:10 p.m.") while
another outlet gives when the shooting happened ("The shooting occurred
around 2:15 a.m.", "Saturday night").  The align stage keeps the two
moments apart, rightly: they differ by design.  But a response answers the
shots, so it bounds their time: it comes at or after them, within minutes.
Measured on the corpora (``response_after_within`` in rules/events.yaml),
the calls and arrivals of one incident came 2 to 40 minutes after the
shooting's time as written, and those written before it lay within the two
times' hedges.

So, for each two reports of an incident where one gives a response (its
sentence names a responder and no other matter that may have come first:
a fight, a disturbance, the gunman) and no clock time of the shooting of
its own, and the other gives the shooting's time:

* a response within the window of a clock time of the shooting is
  compatible with it, with how long after it came ("the call to police
  came 40 minutes after the shooting");
* a response clearly before the hours of the shooting's day part ("the
  call at 12:10 p.m." against "Saturday night") is a possible conflict,
  where the response's sentence also ties it to the shots
  (:func:`reportcheck.compare.moments.tied_responses`) and tells no
  discovery (``response_discoveries``) nor another matter than the shots'
  first report (``response_other_matters``: a call back, another
  shooting, an arrest, a transfer, a hospital).  Never a firm conflict:
  the times are approximations, a day part's hours are the widest
  reporters name by it;
* a response more than ``response_after_within`` minutes after the
  shooting gets nothing where its sentence names no matter: the corpora
  show no call of one incident hours after its shots, only calls to other
  matters (another day, a disturbance, other shootings), and a report
  need not name the matter ("officers were called back to the block at
  11:05 p.m.");
* but a response its own sentence tells as caused by the shots' report
  ("Officers were called at 11:40 p.m. after several 911 callers reported
  shots fired": the first report, made as they were heard; not "to a
  report of a person shot", which may be a victim found later), naming no
  discovery nor other matter, more than that window after the
  other report's clock time of the shooting ("fired ... shortly before
  10:30 p.m."), on one clock, is a conflict (graded): the call answers
  those shots, and the corpora's calls so tied came 2 to 40 minutes after
  them, so one of the two times is wrong.  Never against a day part,
  whose end reporters stretch;
* a response clearly before a clock time of the shooting is
  :mod:`reportcheck.compare.moments`'s to report, and a pair of reports it
  already sets in order gets nothing more here; a response inside a day
  part is :mod:`reportcheck.compare.kindred`'s to show as fitting it.

Only on one day: where both reports give the day of the response and of
the shooting, it must be the same day or the shooting's the day before
(a call after midnight); another day is the day judge's.  A response in
the small hours is never set against a day part (its report's day may be
the night's first date), and no possible conflict is read across
midnight.  Each two reports get at most one such finding per incident.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import permutations

from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE, Evidence, grade
from reportcheck.compare.judges import judge
from reportcheck.compare.judges.clock import edge_margin
from reportcheck.compare.judges.verdict import quoted_sentences
from reportcheck.compare.moments import (
    Gathered,
    Moment,
    attack_days,
    clock_label,
    day_before,
    day_told,
    incident_day_parts,
    measured_event,
    same_day,
    tied_responses,
    timed_moments,
    told_as_written,
    told_with_reported_cause,
)
from reportcheck.knowledge.day_parts import small_hours_end
from reportcheck.knowledge.events import moment_rules
from reportcheck.knowledge.tolerance import DEFAULT, Tolerances
from reportcheck.knowledge.vocabulary import tells
from reportcheck.models import Claim, ClaimKind, Finding, Status

_INCIDENT = "incident"
#: the call to police, the response a report may time with no tie to the shots
_CALL = "call"
#: minutes in a day
_DAY = 1440.0
#: where a response lies against the shooting's time
_BEFORE, _AFTER, _WITHIN = "before", "after", "within"


@dataclass(frozen=True)
class _Placed:
    """Where a response lies against one time of the shooting: ``side``
    (before, after, within), ``minutes`` (the clear gap beyond the margin's
    reach for before and after; the response's time as written less the
    shooting's for within), and ``shift`` (the day added to the response's
    clock: a call after midnight to a shooting of the evening before)."""

    response: Moment
    attack: Moment
    side: str
    minutes: float
    shift: float

    @property
    def part(self) -> bool:
        """Whether the shooting's time is a day part ("Saturday night")."""
        return _is_part(self.attack)


def _is_part(attack: Moment) -> bool:
    """Whether a time of the shooting is a day part ("Saturday night") or a
    day told as its early hours ("early Sunday"), not a clock time."""
    return attack.time.kind is ClaimKind.date or attack.time.time.period is not None


def _attack_times(claims: list[Claim], tol: Tolerances) -> list[Moment]:
    """A report's times of the shooting: its clock times (widened by their
    hedges), its day parts with their hours as reporters name them
    (``said_of``: "Saturday night" from 18:00 to 06:00), and its days told
    as their early hours alone ("early Sunday", as
    :func:`reportcheck.compare.moments.early_day` reads them)."""
    return timed_moments(claims, frozenset({_INCIDENT}), tol, dayless=True) + incident_day_parts(claims)


def _own_clock(claims: list[Claim]) -> bool:
    """Whether a report gives a clock time of the shooting itself (not a
    day part), which the clock judge sets against the other report's."""
    return any(
        c.kind is ClaimKind.time and c.time.period is None and measured_event(c) == _INCIDENT for c in claims
    )


def _gives_moment(claims: list[Claim], event: str) -> bool:
    """Whether a report gives a time of the response's own moment, which
    is set against the response directly."""
    return any(c.kind is ClaimKind.time and measured_event(c) == event for c in claims)


def _shifts(response_day: Claim | None, attack_day: Claim | None) -> tuple[float, ...]:
    """The days the response's clock may lie after the shooting's: none
    where both are told on one day, one where the shooting's day is the
    day before (a call after midnight), either way where a day is not
    told, and none at all where the two days differ otherwise."""
    if response_day is None or attack_day is None:
        return (0.0, _DAY, -_DAY)
    if same_day(response_day, attack_day):
        return (0.0,)
    if day_before(attack_day, response_day):
        return (_DAY,)
    if day_before(response_day, attack_day):
        return (-_DAY,)
    return ()


def _place(response: Moment, attack: Moment, shift: float) -> _Placed:
    """Where the response lies against the shooting's time with its clock
    ``shift`` minutes on: before it by more than the margin (the response
    margin against a clock, the edge's margin against a day part), after
    it by more than the window (and the day part's end's margin), or
    within."""
    rules = moment_rules()
    part = _is_part(attack)
    low, high = response.low + shift, response.high + shift
    before = attack.low - high
    if before > (edge_margin(attack.low, rules) if part else rules.response_margin):
        return _Placed(response, attack, _BEFORE, before, shift)
    after = low - attack.high
    if after > rules.response_after_within + (edge_margin(attack.high, rules) if part else 0.0):
        return _Placed(response, attack, _AFTER, after, shift)
    shooting = (attack.low + attack.high) / 2 if part else _written(attack.time)
    written = _written(response.time) + shift - shooting
    return _Placed(response, attack, _WITHIN, written, shift)


def _written(claim: Claim) -> float:
    """The time as written ("just before 9 a.m.": 9 a.m.), else the middle
    of its span."""
    if claim.value.written is not None:
        return claim.value.written
    low, high = claim.value.low, claim.value.high
    assert low is not None and high is not None
    return (low + high) / 2


def _approximate(claim: Claim) -> bool:
    """Whether a time is told as an approximation: hedged ("around 2
    a.m."), bounded ("just before 9 a.m.") or a span."""
    return claim.is_hedged or claim.value.low != claim.value.high


def _placed(response: Moment, attack: Moment, days: tuple[list[Claim], list[Claim]]) -> _Placed | None:
    """Where the response lies against the shooting's time on the days
    the two reports allow (:func:`_shifts`): within on any of them, else
    the nearest miss; None where the days differ or a report names several."""
    told_r, day_r = day_told(response, days[0])
    told_a, day_a = day_told(attack, days[1])
    if not (told_r and told_a):
        return None
    placings = [_place(response, attack, shift) for shift in _shifts(day_r, day_a)]
    if not placings:
        return None
    within = [p for p in placings if p.side == _WITHIN]
    if within:
        return min(within, key=lambda p: abs(p.minutes))
    return min(placings, key=lambda p: p.minutes)


def _settled(placed: _Placed) -> bool:
    """Whether a placing may be said: within only against a clock time
    (a day part that fits is the kindred findings' to show), and a miss
    only before a day part, on one clock (no midnight between), never a
    response clearly before a clock time (the moments' conflict), nor a
    response in the small hours (its report's day may be the night's first
    date).  Never a response hours after the shooting: the corpora show no
    such call of one incident, only calls to other matters (another day, a
    disturbance, other shootings), which a report need not name; only a
    response tied to the shots clearly after a clock time of the shooting
    on one clock (:func:`_placings` checks the tie)."""
    if placed.side == _WITHIN:
        return not placed.part
    if placed.shift != 0.0:
        return False
    if placed.side == _AFTER:
        return not placed.part
    return placed.part and placed.response.low >= small_hours_end()


@dataclass(frozen=True)
class _Report:
    """What one report of an incident gives the window, read once however
    many reports it is paired with: its claims (times and days), the days
    it ties to the attack, its times of the shooting, its responses that
    may answer the shots (none where it gives a clock time of the shooting
    itself: :func:`_own_clock`) and which of them its sentences tie to the
    shots."""

    claims: list[Claim]
    days: list[Claim]
    attacks: list[Moment]
    responses: list[Moment]
    tied: frozenset[str]


def _report(claims: list[Claim], tol: Tolerances, starts: Mapping[int, str]) -> _Report:
    """One report's values (:class:`_Report`); ``starts``: its sentences
    holding a claim, by their start."""
    attacks, days = _attack_times(claims, tol), attack_days(claims)
    if _own_clock(claims):
        return _Report(claims, days, attacks, [], frozenset())
    tied = tied_responses(claims, tol, starts)
    return _Report(claims, days, attacks, _answering(claims, tol, tied), frozenset(m.time.id for m in tied))


def _placings(first: _Report, second: _Report) -> list[_Placed]:
    """Every response of ``first`` placed against every time of the
    shooting ``second`` gives, where it may be said (:func:`_settled`)."""
    rules = moment_rules()
    days = (first.days, second.days)
    found = []
    for response in first.responses:
        event = measured_event(response.time) or ""
        if _gives_moment(second.claims, event):
            continue
        sentence = response.time.evidence.sentence
        other = tells(sentence, rules.response_discoveries) or tells(sentence, rules.response_other_matters)
        for attack in second.attacks:
            placed = _placed(response, attack, days)
            if placed is None or not _settled(placed):
                continue
            if placed.side != _WITHIN and (other or response.time.id not in first.tied):
                continue
            if placed.side == _AFTER and not told_with_reported_cause(sentence):
                continue  # "to a report of a person shot": may be a victim found later
            if placed.side == _WITHIN and _agree(response.time, attack.time):
                continue  # one clock time: the kindred findings' agreement
            found.append(placed)
    return found


def _agree(response: Claim, attack: Claim) -> bool:
    """Whether the clock judge reads the two times as one ("called at about
    10:30 p.m." and "happened around 10:30 p.m."), which the kindred
    findings show as agreeing."""
    verdict = judge(response, attack)
    return verdict is not None and verdict.status is Status.agree


def _answering(claims: list[Claim], tol: Tolerances, tied: list[Moment]) -> list[Moment]:
    """A report's responses that may fit a shooting minutes before them:
    those ``tied`` to the shots, and its clock times of a call whose
    sentence names a responder and no other matter that may have come
    first (a fight, a disturbance, the gunman: ``response_vetoes``), tied
    to the shots in words or not ("Officers were called to the 5300 block
    of Patton Avenue at 1:18 p.m.").  Not an arrival told so: anyone may
    arrive ("the driver of a third car arrived at a hospital about 2 a.m.,
    according to the police department").  Only a tied response is set
    against a shooting it misses."""
    rules = moment_rules()
    calls = [
        m
        for m in timed_moments(claims, frozenset({_CALL}), tol, dayless=True)
        if tells(m.time.evidence.sentence, rules.responders)
        and not tells(m.time.evidence.sentence, rules.response_vetoes)
    ]
    ids = {m.time.id for m in tied}
    return tied + [m for m in calls if m.time.id not in ids]


def _chosen(placings: list[_Placed]) -> _Placed | None:
    """The one placing a pair of reports gets: the widest miss, else the
    nearest fit (a clock time of the shooting before a day part)."""
    misses = [p for p in placings if p.side != _WITHIN]
    if misses:
        return max(misses, key=lambda p: (p.minutes, -p.response.time.evidence.start))
    if not placings:
        return None
    return min(placings, key=lambda p: (abs(p.minutes), p.response.time.evidence.start))


def _name(placed: _Placed) -> str:
    """How the finding names the response: "call to police"."""
    return moment_rules().response_names[measured_event(placed.response.time) or ""]


def _duration(minutes: float) -> str:
    """Minutes in words: "40 minutes", "3 hours 10 minutes"."""
    whole = round(abs(minutes))
    hours, rest = divmod(whole, 60)
    if not hours:
        return f"{rest} minute{'s' * (rest != 1)}"
    said = f"{hours} hour{'s' * (hours != 1)}"
    return f"{said} {rest} minute{'s' * (rest != 1)}" if rest else said


def _fit_reason(placed: _Placed) -> str:
    """Why a response fits the shooting's clock time: how long after it
    came (about, where either time is an approximation), or that it lies
    within the two times' rounding."""
    name, minutes = _name(placed), round(placed.minutes)
    about = "about " if _approximate(placed.response.time) or _approximate(placed.attack.time) else ""
    if minutes > 0:
        return f"the {name} came {about}{_duration(minutes)} after the shooting"
    if minutes == 0:
        return f"the {name} came at {about}the shooting's time as written"
    return (
        f"the {name}, {_duration(minutes)} before the shooting's time as written, "
        "lies within the two times' hedges and rounding"
    )


def _miss_reason(placed: _Placed) -> str:
    """Both actions named: "the call to police at 12:10 p.m. comes before
    the shooting 'Saturday night'", or "... at 11:40 p.m. comes long after
    the shooting '10:30 p.m.'"."""
    response = placed.response.time.evidence.text.strip()
    attack = told_as_written(placed.attack)
    order = "long after" if placed.side == _AFTER else "before"
    return f"the {_name(placed)} at {response} comes {order} the shooting '{attack}'"


def _finding(placed: _Placed, incident: str, min_confidence: float) -> Finding:
    """The finding, quoting both sentences: compatible with how long after
    the shooting the response came, or a miss graded as a possible conflict
    (before a day part: ``response_window``) or a conflict (long after a
    clock time, tied to the shots: ``response_late``; both in
    rules/confidence.yaml)."""
    rules = moment_rules()
    name = _name(placed)
    within = f"{rules.response_after_within:.0f}"
    if placed.side == _WITHIN:
        reason = _fit_reason(placed)
        return _window_finding(placed, incident, Status.compatible, "after", reason, [reason])
    if placed.side == _AFTER:
        why = (
            f"a {name} its sentence ties to the shots answers them within minutes (the corpora's within "
            f"{within}), not hours"
        )
        gap = (
            f"starts {_duration(placed.minutes)} after the latest hour of the shooting "
            f"({clock_label(placed.attack.high)}), beyond the window of {within} minutes"
        )
        return _graded_window_finding(placed, incident, min_confidence, Evidence("response_late", why), gap)
    why = (
        f"a {name} answers the shots within minutes (the corpora's within {within}), but the times are "
        "approximations and a call may be about a later discovery or another matter: "
        "at most a possible conflict"
    )
    gap = (
        f"ends {_duration(placed.minutes)} before the earliest hour of the shooting "
        f"({clock_label(placed.attack.low)})"
    )
    return _graded_window_finding(placed, incident, min_confidence, Evidence("response_window", why), gap)


def _graded_window_finding(
    placed: _Placed, incident: str, min_confidence: float, rule: Evidence, gap: str
) -> Finding:
    """A response that misses the window, graded with ``rule`` (its
    weight says how far a miss of that side may go: a possible conflict
    before a day part, a conflict long after a clock time), both times
    named and ``gap`` telling how far the hedged response lies outside."""
    graded = grade(
        placed.response.time, placed.attack.time, internal=False, crowd=1, about=ClaimKind.time, extra=[rule]
    )
    return _window_finding(
        placed,
        incident,
        graded.status(min_confidence),
        "against",
        f"the {_name(placed)}, widened by its hedge, {gap}",
        [_miss_reason(placed), *graded.reasons],
        graded.confidence,
    )


def _window_finding(
    placed: _Placed,
    incident: str,
    status: Status,
    relation: str,
    told: str,
    reasons: list[str],
    confidence: float | None = None,
) -> Finding:
    """The one shape of a call-window finding, fit or miss: subject
    ``window:EVENT``, labelled "the call to police {relation} the attack",
    the explanation naming both times, then ``told`` and both sentences."""
    response, attack = placed.response, placed.attack
    name = _name(placed)
    shown = f'the {name} ("{told_as_written(response)}") and the shooting ("{told_as_written(attack)}")'
    said = quoted_sentences(response.time, attack.time)
    return Finding(
        status=status,
        kind=ClaimKind.time,
        subject=f"window:{measured_event(response.time)}",
        subject_label=f"the {name} {relation} the attack",
        internal=False,
        incident=incident,
        explanation=f"{shown}: {told}: {said}",
        claims=[response.time, attack.time],
        confidence=confidence,
        reasons=reasons,
    )


def response_window_findings(
    gathered: Gathered,
    ordered: list[Finding],
    tol: Tolerances = DEFAULT,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> list[Finding]:
    """For each two reports of an incident that ``ordered`` (the moments'
    findings) does not already set in order, one report's response set
    against the other's time of the shooting: compatible within the
    window, a possible conflict outside it.  ``gathered`` is the claims
    the moments' check gathered (:func:`reportcheck.compare.moments.gather`)."""
    done = {(f.incident, frozenset(c.report for c in f.claims)) for f in ordered}
    findings = []
    for incident, reports in sorted(gathered.by_incident.items()):
        read = {
            report: _report(claims, tol, gathered.starts[(incident, report)])
            for report, claims in reports.items()
        }
        for first, second in permutations(sorted(reports), 2):
            if (incident, frozenset({first, second})) in done:
                continue
            chosen = _chosen(_placings(read[first], read[second]))
            if chosen is not None:
                findings.append(_finding(chosen, incident, min_confidence))
    return findings
