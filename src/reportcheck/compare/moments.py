"""A later moment of the incident told before the attack it follows.

The align stage keeps the times of different moments apart (the time of
death is never weighed against the time of the shooting), which is right:
they differ by design.  But they still have an order.  A death from the
wounds or an arrest (``after_incident`` in rules/events.yaml) cannot come
before the attack: "he died just before 12:30 p.m. on Saturday" in one
report against "on Saturday night, he was shot" in another says that one of
them is wrong, and an editor must see it.

Only a clock time of such a moment, told with its day, is set against the
other report's time of the attack told with the same day, and only when
it is clearly before it:

* both days are written beside their times ("at 12:30 p.m. on Saturday",
  "Saturday night") and name the same day; a day counted from a dateline
  ("yesterday", "two days ago") may be counted from another one, and a
  time without a day may be of the next day ("died at 10 a.m." after a
  shooting at 2:38 p.m.), so neither is set against anything;
* the later moment's time ends before the attack's by more than a margin
  beyond the hedges' and the rounding's widening: a dispatch "at 1:25
  p.m." against a shooting "around 1:30" is a near miss, and a day part
  ("Saturday night", the hours reporters name by it) by more again;
* a time in the small hours ("early Saturday", "3 a.m.") is never the one
  before: reporters date the night either side of midnight ("Friday
  night", "early Saturday");
* a time on a universal clock, or with two readings (no a.m. or p.m.), is
  left alone;
* a later moment whose own report dates the attack to another day than
  the moment's or the one before ("shot on May 3 ... died at 9 a.m.
  Saturday"), counts it back ("shot last week", "days ago") or tells a
  death days after it ("has died", "died of his wounds") is a death days
  later, whose weekday may be the other report's day of the attack by
  chance; a death counts only where its report gives its word for the
  day: a day of the attack on it or the day before, or a death on the
  spot ("pronounced dead at the scene");
* an arrest counts only where a sentence of its report ties it to the
  attack ("in the shooting", "in connection with", "charged with
  murder"), and never where its own tells another matter or an earlier
  arrest ("on a misdemeanor warrant and released on bond", "had been
  arrested"); one tied in its own sentence is graded firmer than one
  tied by another sentence, and a gap of hours firmer than a near one.

The margins, the small hours and the words are ``moments`` in
rules/events.yaml.

A call to police or responders' arrival (``responses``) answers the shots,
so it cannot come before them either; but its words also tell a threat
phoned in before a bomb, a disturbance reported before a fight turned to
gunfire, a gunman who "arrived" before he opened fire.  So a response
counts only where its own sentence names a responder and the shots
("officers were called at 8:05 p.m. to a report of shots fired",
"deputies arrived and found a man with a gunshot wound") and no other
matter or person that may have come first (a fight, a disturbance, a
party, the gunman).  A response follows the shots by minutes, so no day
need be written beside either time (where both give one it must be the
same), a gap of more than ``response_within`` is read as another day's
clock, neither time may be a day part nor in the small hours unless both
reports give the same day or neither gives one, and a gap
under the clock margin is graded a possible conflict (``order_near``).
Police statements often tell the arrival and what was found in two
sentences ("Deputies responded to a home around 10 p.m. Tuesday.  Upon
arrival, deputies found a man dead from a gunshot wound"): a sentence
opened by ``response_followups`` may give the tie.

A day part of the attack that starts near midnight, told with its day
(``window_starts``, ``window_parts``: "early Wednesday morning", "during
the early morning hours Sunday", "early Friday", "late Saturday night"), is
a window whose start is firm though its end is not: a response timed by
the clock, on its own or its report's one day, clearly before that start
("deputies responded around 10 p.m. Tuesday" against "a shooting early
Wednesday morning") is out of order.  A response in the small hours is
left (its report's day may be the night's first date), and so are the
looser parts ("Saturday night" from 18:00, "overnight", "late Friday").

Inside one report, only a call, an alert or a message telling the incident
is set in order (:func:`internal_order_findings`): "Today at 06:12, a
message was received that an explosion ... had occurred" against the same
report's "The explosion occurred shortly after 7 a.m." is its internal
conflict, by the response's rules, where the call's sentence ties it to the
shots or names an incident noun the sentence of the incident's time names
too, never a storm's or a flood's an alert may come before
(``alerted_ahead``), nor a warning, a discovery or another matter
(``internal_order_vetoes``, ``response_discoveries``,
``response_other_matters``).  A report's death or arrest before its own
attack is left alone: it most often tells two people's.

Days alone (no clock) are not set in order: the corpora's days of a death
or an arrest before the attack's were all of other events.  Each pair of
reports gets at most one such finding per incident, its widest gap.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from itertools import permutations

import yaml

from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE, Evidence, grade
from reportcheck.compare.cross_findings import replacing_only_in_one
from reportcheck.compare.judges.verdict import quoted_sentences
from reportcheck.knowledge.day_parts import small_hours_end
from reportcheck.knowledge.events import event_lexicon, moment_rules
from reportcheck.knowledge.rules import read_rule_text
from reportcheck.knowledge.timezones import UNIVERSAL_ZONES
from reportcheck.knowledge.tolerance import DEFAULT, Tolerances, widened
from reportcheck.knowledge.vocabulary import DATELINE_FORMS, WEEKDAY_NAMES, alternation, tells
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey

_INCIDENT = "incident"
_ARREST = "arrest"
_CALL = "call"


@cache
def _joining() -> re.Pattern[str]:
    """What may stand between a time and its day in one phrase: "12:30 p.m.
    on Saturday", "Saturday at about 9 p.m.", "Saturday, at 10 a.m." (the
    words of ``moments.joining`` and of the hedges of ``joining_cues`` in
    rules/cues.yaml, up to three)."""
    rules = moment_rules()
    words = {w.lower() for w in rules.joining}
    for cue in yaml.safe_load(read_rule_text("cues.yaml"))["rules"]:
        if cue["category"] in rules.joining_cues:
            words.update(cue["literal"].lower().split())
    return re.compile(rf"[\s,]*(?:(?:{alternation(words)})\b[\s,]*){{0,3}}", re.IGNORECASE)


@dataclass(frozen=True)
class Moment:
    """A clock time of one moment with the day written beside it (None for
    a response, which needs none: :func:`_responses_before`)."""

    time: Claim
    day: Claim | None
    low: float
    high: float

    @property
    def period(self) -> bool:
        return self.time.time.period is not None


def measured_event(claim: Claim) -> str | None:
    """The named event a time or day is tied to (not merely aligned with
    the incident): "death" of a "time:death" claim whose parse named it."""
    measure = claim.frame.measure or ""
    kind, _, event = measure.partition(":")
    if kind != claim.kind.value:
        return None
    tied = claim.time.event if claim.kind is ClaimKind.time else claim.date.event
    return event if tied == event else None


def _adjacent(time: Claim, day: Claim) -> bool:
    """Whether a day is written in one phrase with the time (overlapping it,
    or with only joining words between): "12:30 p.m. on Saturday", and not
    "shot Friday, he died at 3 a.m."."""
    a, b = time.evidence, day.evidence
    if a.start < b.end and b.start < a.end:
        return True
    first, second = (a, b) if a.end <= b.start else (b, a)
    between = a.sentence[first.end - a.sentence_start : second.start - a.sentence_start]
    hedged = {cue.text.lower() for cue in time.hedges}
    words = " ".join(w for w in between.split() if w.lower() not in hedged)
    return _joining().fullmatch(words) is not None


def day_of(time: Claim, days: list[Claim], events: frozenset[str]) -> Claim | None:
    """The day written beside a time, tied to its moment or to the incident
    (a day on "died" is read as the incident's, its clock time as the
    death's own), if one is and it is not counted from a dateline."""
    for day in days:
        if day.evidence.sentence_start != time.evidence.sentence_start:
            continue
        if day.date.event not in events or not _adjacent(time, day):
            continue
        if day.date.form in DATELINE_FORMS or day.date.relative is not None:
            return None
        return day
    return None


def _readings(claim: Claim, tol: Tolerances) -> tuple[float, float] | None:
    """(low, high) of a time's one reading, widened by its hedge and
    rounding; None for a time on a universal clock, on a named clock read
    across to the scene's ("At 11:20 Moscow time, a message was received"
    of a mine four hours east: its hours are not the scene's, and the day
    beside it may not be either) or with two readings."""
    tz = (claim.time.tz or "").lower()
    if tz in UNIVERSAL_ZONES or claim.value.alternatives:
        return None
    if tz not in ("", "local") and claim.time.utc_offset is not None:
        return None
    spans = widened(claim, tol)
    if len(spans) != 1 or spans[0].low is None or spans[0].high is None:
        return None
    return spans[0].low, spans[0].high


def timed_moments(
    claims: list[Claim], events: frozenset[str], tol: Tolerances, *, dayless: bool = False
) -> list[Moment]:
    """Every clock time of one of ``events`` in one report with its day
    (``dayless``: with or without one; a day part given alone never)."""
    days = sorted((c for c in claims if c.kind is ClaimKind.date), key=lambda c: c.evidence.start)
    found = []
    for claim in claims:
        if claim.kind is not ClaimKind.time or measured_event(claim) not in events:
            continue
        own = measured_event(claim) or _INCIDENT
        # "Deputies responded around 10 p.m. Tuesday": the day beside a
        # response's clock is read as the scene's (extract/dates/scene_days.py)
        day = day_of(claim, days, frozenset({own, _INCIDENT, *event_lexicon().incident_days}))
        span = _readings(claim, tol)
        if span is None or day is None and not (dayless and claim.time.period is None):
            continue
        found.append(Moment(claim, day, *span))
    return found


def _weekday(day: Claim) -> str | None:
    """The weekday a day names or falls on, lower case."""
    if day.date.weekday:
        return day.date.weekday.lower()
    low, high = day.value.low, day.value.high
    if low is None or high is None or low != high:
        return None
    return WEEKDAY_NAMES[dt.date.fromordinal(int(low)).weekday()].lower()


def same_day(a: Claim, b: Claim) -> bool:
    """Whether two days name one day: the same day of the calendar, or,
    where either is known only by its weekday, the same weekday."""
    known = [d.value.low for d in (a, b) if d.value.low is not None and d.value.low == d.value.high]
    if len(known) == 2:
        return known[0] == known[1]
    wa, wb = _weekday(a), _weekday(b)
    return wa is not None and wa == wb


def _gap(later: Moment, attack: Moment) -> float | None:
    """Minutes by which the later moment clearly comes first, or None."""
    rules = moment_rules()
    if later.low < small_hours_end() or later.day is None or attack.day is None:
        return None
    if not same_day(later.day, attack.day):
        return None
    margin = rules.period_margin if later.period or attack.period else rules.clock_margin
    gap = attack.low - later.high
    return gap if gap > margin else None


def _response_gap(response: Moment, attack: Moment, *, one_night: bool) -> float | None:
    """Minutes by which a call or an arrival clearly comes before the shots
    it answers, or None: both clock times (no day part), days (where both
    give one) the same, and the gap within ``response_within`` (a response
    answers shots of minutes before; a wider gap is the clock of another
    day).

    A time in the small hours counts only where the two reports put the
    moments on ``one_night`` (:func:`_one_night`).  Reporters date the night
    either side of midnight ("Friday night", "early Saturday"), which is why
    a death or an arrest there is never set in order (:func:`_gap`); but a
    response and the shots it answers are minutes apart on one clock, so
    where both reports give the same day, or neither gives one, a call at
    2:14 a.m. to "shots fired" against shots at 2:30 a.m. is read.  Where
    the reports name two days, the names may be the one night's two dates."""
    rules = moment_rules()
    small = response.low < small_hours_end() or attack.low < small_hours_end()
    if small and not one_night:
        return None
    if response.period or attack.period:
        return None
    if response.day is not None and attack.day is not None and not same_day(response.day, attack.day):
        return None
    gap = attack.low - response.high
    return gap if rules.response_margin < gap <= rules.response_within else None


def day_told(moment: Moment, report_days: list[Claim]) -> tuple[bool, Claim | None]:
    """(whether one day is told, that day or None): the day written beside
    the moment's time, else its report's one day of the attack; (False,
    None) where the report names several."""
    if moment.day is not None:
        return True, moment.day
    if len({_weekday(day) for day in report_days}) > 1:
        return False, None
    return True, report_days[0] if report_days else None


def _one_night(response: Moment, attack: Moment, days: tuple[list[Claim], list[Claim]]) -> bool:
    """Whether the two reports put a response and the attack on one day, or
    neither names a day (``days``: each report's days of the attack)."""
    (told_r, day_r), (told_a, day_a) = day_told(response, days[0]), day_told(attack, days[1])
    if not (told_r and told_a):
        return False
    if day_r is None or day_a is None:
        return day_r is None and day_a is None
    return same_day(day_r, day_a)


def ties_response(sentence: str, following: str | None = None) -> bool:
    """Whether a call's or an arrival's own sentence names a responder and
    ties it to the shots ("officers were called to a report of shots fired",
    "deputies found a man with a gunshot wound") and tells no other matter
    that may have come first ("a fight", "a disturbance", "a threat").
    The report's one call told as the call itself, naming no matter ("The
    911 call came in at 5:47 p.m.", ``response_definite``), is the call of
    the shots: a report of a shooting tells no other call so.

    Police statements often tell the arrival and what was found there in
    two sentences ("Deputies responded to a home around 10 p.m.  Upon
    arrival, deputies found a man dead from a gunshot wound"): a
    ``following`` sentence opened by ``response_followups`` may give the
    tie, and its vetoes count too."""
    rules = moment_rules()
    sentence = _without_reported_cause(sentence)
    if tells(sentence, rules.response_vetoes):
        return False
    if tells(sentence, rules.response_definite):
        return True
    if not tells(sentence, rules.responders):
        return False
    if tells(sentence, rules.response_ties):
        return True
    if following is None or not _opens(following, rules.response_followups):
        return False
    return tells(following, rules.response_ties) and not tells(following, rules.response_vetoes)


#: how many words after "after" may tell a report of the shots that caused the call
_CAUSE_WORDS = 8
_AFTER = re.compile(r"\bafter\b", re.IGNORECASE)


def told_with_reported_cause(sentence: str) -> bool:
    """Whether a response's sentence tells the shots' report as its cause
    after "after" ("were called ... at 11:40 p.m. after several 911 callers
    reported shots fired"): the call was the shots' first report, made as
    they were heard (``response_heard``: shots, gunfire), not a later
    discovery of someone shot ("after a passer-by reported a man with a
    gunshot wound", "after reports a man had been shot")."""
    rules = moment_rules()
    for found in _AFTER.finditer(sentence):
        told = " ".join(sentence[found.end() :].split()[:_CAUSE_WORDS])
        if tells(told, rules.response_causes) and tells(told, rules.response_heard):
            return True
    return False


def _without_reported_cause(sentence: str) -> str:
    """The sentence with each "after" taken out whose next words tell a
    report of the shots (``response_causes`` and a tie: "were called ...
    around 1:40 a.m. after several 911 callers reported shots fired"), as
    that "after" tells the call's own cause, no matter before it; any other
    veto in those words still counts."""
    rules = moment_rules()
    kept, start = [], 0
    for found in _AFTER.finditer(sentence):
        words = sentence[found.end() :].split()[:_CAUSE_WORDS]
        told = " ".join(words)
        if tells(told, rules.response_causes) and tells(told, rules.response_ties):
            kept.append(sentence[start : found.start()])
            start = found.end()
    return "".join(kept) + sentence[start:]


def _opens(sentence: str, phrases: Iterable[str]) -> bool:
    """Whether ``sentence`` begins with one of ``phrases`` as whole words."""
    head = sentence.lstrip(" \"'\u201c")
    return any(re.match(rf"{re.escape(p)}\b", head, re.IGNORECASE) for p in phrases)


def following(time: Claim, sentences: Mapping[int, str]) -> str | None:
    """The sentence right after a time's own, if a claim of the report
    stands in it (``sentences``: each sentence holding a claim, by its
    start; only those are at hand)."""
    end = time.evidence.sentence_end
    return next((sentences[end + gap] for gap in range(4) if end + gap in sentences), None)


def clock_label(minutes: float) -> str:
    minutes %= 24 * 60
    return f"{int(minutes) // 60:02d}:{int(minutes) % 60:02d}"


def told_as_written(moment: Moment) -> str:
    """A time with its day as written: "12:30 p.m. on Saturday"."""
    if moment.day is None:
        return moment.time.evidence.text.strip()
    time, day = moment.time.evidence, moment.day.evidence
    start, end = min(time.start, day.start), max(time.end, day.end)
    return time.sentence[start - time.sentence_start : end - time.sentence_start].strip()


def _finding(
    later: Moment,
    attack: Moment,
    incident: str,
    gap: float,
    tie: str,
    min_confidence: float,
    *,
    internal: bool = False,
) -> Finding:
    """The conflict, quoting both sentences and saying which came first
    (``internal``: both of one report)."""
    event = measured_event(later.time) or ""
    lexicon = event_lexicon()
    names = moment_rules().response_names
    moment = lexicon.labels[event].removeprefix("time of ").removeprefix("the ")
    if not internal:  # "call to police": a shooting's; one report's alert may be a rescue centre's
        moment = names.get(event) or moment
    article = "an" if moment[:1] in "aeiou" else "a"
    reason = f"{article} {moment} cannot come before the attack"
    extra = _order_evidence(gap, tie, response=event in names)
    graded = grade(later.time, attack.time, internal=internal, crowd=1, about=ClaimKind.time, extra=extra)
    status = graded.status(min_confidence)
    said = quoted_sentences(later.time, attack.time)
    return Finding(
        status=status,
        kind=ClaimKind.time,
        subject=f"order:{event}",
        subject_label=f"the {moment} before the attack",
        internal=internal,
        incident=incident,
        explanation=(
            f'the {moment} ("{told_as_written(later)}", at the latest {clock_label(later.high)}) came '
            f'{gap / 60:.1f} hours before the attack ("{told_as_written(attack)}", at the earliest '
            f"{clock_label(attack.low)}): {said}"
        ),
        claims=[later.time, attack.time],
        confidence=graded.confidence,
        reasons=[reason, *graded.reasons],
    )


def attack_days(claims: list[Claim]) -> list[Claim]:
    """The days a report ties to the attack itself, each one day or weekday."""
    return [
        c
        for c in claims
        if c.kind is ClaimKind.date and c.date.event == _INCIDENT and c.date.form not in DATELINE_FORMS
        if _weekday(c) is not None
    ]


def day_before(earlier: Claim, later: Claim) -> bool:
    """Whether ``earlier`` names the day before ``later`` (by the calendar
    where both are known to the day, else by their weekdays)."""
    known = [d.value.low for d in (earlier, later) if d.value.low is not None and d.value.low == d.value.high]
    if len(known) == 2:
        return known[1] - known[0] == 1
    first, second = _weekday(earlier), _weekday(later)
    names = [name.lower() for name in WEEKDAY_NAMES]
    return first is not None and second is not None and (names.index(first) + 1) % 7 == names.index(second)


def _told_as_one_day(later: Moment, own_days: list[Claim], sentences: list[str]) -> bool:
    """Whether the later moment's own report puts the attack on its day or
    the night before.  A report that dates the shooting to another day
    ("shot on May 3 ... died at 9 a.m. Saturday"), counts it back ("shot
    last week") or tells a death days after it ("has died") tells a death
    whose weekday may be the other report's day of the attack by chance.  A
    death needs the report's word for the day: a day of the attack on it or
    the day before, or a death on the spot ("pronounced dead at the
    scene"); an arrest is vouched for by its tie instead (:func:`_tie`)."""
    rules = moment_rules()
    if later.day is None:
        return False
    others = [d for d in own_days if d.id != later.day.id]
    if not all(same_day(d, later.day) or day_before(d, later.day) for d in others):
        return False
    if any(tells(s, [*rules.relative_attack, *rules.later_death]) for s in sentences):
        return False
    if measured_event(later.time) == _ARREST:
        return True
    return bool(others) or any(tells(s, rules.on_the_spot) for s in sentences)


def _ties_arrest(sentence: str) -> bool | None:
    """Whether a sentence ties an arrest to this incident ("arrested in the
    shooting", "in connection with", "charged with murder"): None where it
    tells another matter or an earlier arrest ("on a misdemeanor warrant and
    released on bond", "had been arrested")."""
    rules = moment_rules()
    if tells(sentence, rules.arrest_vetoes):
        return None
    if tells(sentence, rules.arrest_ties):
        return True
    for word in rules.charged:
        at = re.search(rf"\b{re.escape(word)}\b", sentence, re.IGNORECASE)
        if at and tells(sentence[at.end() :], rules.charges):
            return True
    return False


def _tie(later: Moment, sentences: list[str]) -> str | None:
    """How firmly the later moment is tied to this incident: "clause" (a
    death the parse tied to the wounds; an arrest whose own sentence names
    the attack), "report" (an arrest whose report ties an arrest to it in
    another sentence: "A man was arrested in the shooting ... Police
    arrested him Saturday at 1 p.m."), or None (an arrest of another
    matter, or told in no such words)."""
    if measured_event(later.time) != _ARREST:
        return "clause"
    own = _ties_arrest(later.time.evidence.sentence)
    if own is None:
        return None
    if own:
        return "clause"
    words = moment_rules().arrest_words
    told = [s for s in sentences if s != later.time.evidence.sentence and tells(s, words)]
    return "report" if any(_ties_arrest(s) for s in told) else None


def _order_evidence(gap: float, tie: str, *, response: bool = False) -> list[Evidence]:
    """What the order itself says of the conflict: a gap of hours is no
    rounding, a moment tied to the attack in its own sentence is this
    incident's, and a response within the clock margin of the attack is a
    near miss (a log's minute against a witness's "about")."""
    found = []
    far = moment_rules().far_before
    near = moment_rules().clock_margin
    if response and gap < near:
        found.append(Evidence("order_near", f"the response less than {near:.0f} minutes before the attack"))
    if gap >= far:
        found.append(
            Evidence("order_far", f"the later moment at least {far / 60:.0f} hours before the attack")
        )
    if tie == "clause":
        found.append(Evidence("order_tied", "the later moment tied to the attack in its own sentence"))
    else:
        found.append(Evidence(None, "the arrest tied to the attack in another sentence of its report"))
    return found


@dataclass(frozen=True)
class Gathered:
    """Each incident's times and days by report (``by_incident``), and each
    report's sentences holding a claim of the incident, in order
    (``sentences``) and by their start (``starts``)."""

    by_incident: dict[str, dict[int, list[Claim]]]
    sentences: dict[tuple[str, int], list[str]]
    starts: dict[tuple[str, int], dict[int, str]]


def gather(groups: Mapping[GroupKey, list[Claim]]) -> Gathered:
    """The times, days and sentences of each report of each incident."""
    by_incident: dict[str, dict[int, list[Claim]]] = {}
    told: dict[tuple[str, int], list[str]] = {}
    starts: dict[tuple[str, int], dict[int, str]] = {}
    for key, claims in groups.items():
        for claim in claims:
            sentences = told.setdefault((key.incident, claim.report), [])
            if claim.evidence.sentence not in sentences:
                sentences.append(claim.evidence.sentence)
            at = starts.setdefault((key.incident, claim.report), {})
            at.setdefault(claim.evidence.sentence_start, claim.evidence.sentence)
            if claim.kind in (ClaimKind.time, ClaimKind.date):
                by_incident.setdefault(key.incident, {}).setdefault(claim.report, []).append(claim)
    return Gathered(by_incident, told, starts)


def moment_order_findings(
    gathered: Gathered,
    tol: Tolerances = DEFAULT,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> list[Finding]:
    """A conflict for each two reports of an incident where one's time of a
    later moment (a death, an arrest) comes clearly before the other's
    time of the attack, on the same day; ``gathered``: the groups'
    claims by incident and report (:func:`gather`)."""
    later_events = event_lexicon().after_incident
    by_incident, told, starts = gathered.by_incident, gathered.sentences, gathered.starts
    findings = []
    for incident, reports in sorted(by_incident.items()):
        for first, second in permutations(sorted(reports), 2):
            own_days = attack_days(reports[first])
            sentences = told[(incident, first)]
            laters = [
                (m, tie)
                for m in timed_moments(reports[first], later_events, tol)
                if _told_as_one_day(m, own_days, sentences) and (tie := _tie(m, sentences))
            ]
            attacks = timed_moments(reports[second], frozenset({_INCIDENT}), tol)
            scored = [
                (gap, later, tie, attack)
                for later, tie in laters
                for attack in attacks
                if (gap := _gap(later, attack))
            ]
            scored += _responses_before(reports[first], reports[second], tol, starts[(incident, first)])
            if scored:
                gap, later, tie, attack = max(scored, key=lambda s: (s[0], -s[1].time.evidence.start))
                findings.append(_finding(later, attack, incident, gap, tie, min_confidence))
    return findings


def internal_order_findings(
    gathered: Gathered,
    tol: Tolerances = DEFAULT,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> list[Finding]:
    """An internal conflict for each report whose own call, alert or message
    telling the incident (:func:`_tells_own_incident`) comes clearly before
    its own clock time of the incident ("Today at 06:12, a message was
    received that an explosion ... had occurred" ... "The explosion occurred
    shortly after 7 a.m."), by the response's rules (:func:`_response_gap`:
    no day part, no universal clock, one day); at most one per report and
    incident, its widest gap."""
    findings = []
    for incident, reports in sorted(gathered.by_incident.items()):
        for _, claims in sorted(reports.items()):
            own_days = attack_days(claims)
            days = (own_days, own_days)  # the call's report is the attack's
            calls = timed_moments(claims, frozenset({_CALL}), tol, dayless=True)
            attacks = timed_moments(claims, frozenset({_INCIDENT}), tol, dayless=True)
            scored = [
                (gap, call, attack)
                for call in calls
                for attack in attacks
                if _tells_own_incident(call.time.evidence.sentence, attack.time.evidence.sentence)
                and (gap := _response_gap(call, attack, one_night=_one_night(call, attack, days)))
            ]
            if scored:
                gap, call, attack = max(scored, key=lambda s: (s[0], -s[1].time.evidence.start))
                found = _finding(call, attack, incident, gap, "clause", min_confidence, internal=True)
                findings.append(found)
    return findings


def _tells_own_incident(call: str, attack: str) -> bool:
    """Whether a call's sentence tells the incident whose time the other
    sentence of its report gives: it ties the call to the shots
    (:func:`ties_response`), or both name one incident noun ("a message was
    received that an explosion had occurred" ... "The explosion occurred
    shortly after 7 a.m."), never one an alert may come before
    (``alerted_ahead``: a warning of a storm); and it tells no warning, no
    discovery and no other matter (``internal_order_vetoes``,
    ``response_discoveries``, ``response_other_matters``); and neither
    sentence tells a long event, a standoff or a chase, whose first call
    may come hours before the shots (``internal_order_long_events``)."""
    rules = moment_rules()
    if call == attack:
        return False
    vetoes = [*rules.internal_order_vetoes, *rules.response_discoveries, *rules.response_other_matters]
    if tells(call, vetoes) or tells(f"{call} {attack}", rules.internal_order_long_events):
        return False
    if ties_response(call):
        return True
    nouns = _incident_nouns()
    return bool(_named_nouns(call, nouns) & _named_nouns(attack, nouns))


@cache
def _incident_nouns() -> re.Pattern[str]:
    """The incident's nouns (``incident`` nouns of rules/events.yaml) an
    alert cannot come before, as written, singular or plural."""
    lexicon = event_lexicon()
    ahead = set(moment_rules().alerted_ahead)
    nouns = {n for n, key in lexicon.by_noun.items() if key == _INCIDENT and n not in ahead}
    return re.compile(rf"\b({alternation(nouns)})(?:e?s)?\b", re.IGNORECASE)


def _named_nouns(sentence: str, nouns: re.Pattern[str]) -> set[str]:
    """The incident nouns a sentence names, lower case."""
    return {found.group(1).lower() for found in nouns.finditer(sentence)}


def _responses_before(
    first: list[Claim], second: list[Claim], tol: Tolerances, starts: Mapping[int, str]
) -> list[tuple[float, Moment, str, Moment]]:
    """(gap, response, tie, attack) for each call or arrival of ``first``,
    tied to the shots by its own sentence, that clearly comes before
    ``second``'s clock time of the attack (:func:`_response_gap`) or the
    start of its day part of the attack (:func:`_window_gap`); ``starts``:
    ``first``'s sentences holding a claim, by their start."""
    responses = tied_responses(first, tol, starts)
    attacks = timed_moments(second, frozenset({_INCIDENT}), tol, dayless=True)
    days = (attack_days(first), attack_days(second))
    scored = [
        (gap, response, "clause", attack)
        for response in responses
        for attack in attacks
        if (gap := _response_gap(response, attack, one_night=_one_night(response, attack, days)))
    ]
    scored += _calls_naming_before(first, attacks, tol, days, {m.time.id for m in responses})
    windows = _windows(second)
    for response in responses:
        told, day = day_told(response, days[0])
        scored += [
            (gap, response, "clause", window)
            for window in windows
            if told and day is not None and (gap := _window_gap(response, day, window))
        ]
    return scored


def _calls_naming_before(
    first: list[Claim],
    attacks: list[Moment],
    tol: Tolerances,
    days: tuple[list[Claim], list[Claim]],
    tied: set[str],
) -> list[tuple[float, Moment, str, Moment]]:
    """(gap, call, tie, attack) for each call or alert of ``first`` (not
    already ``tied`` to the shots) whose sentence names the incident the
    other report times by one incident noun (:func:`_tells_own_incident`:
    "the fire service received calls reporting an explosion at 7.42am"
    against "an explosion destroyed a house shortly after 8.40am"), and
    comes clearly before it (:func:`_response_gap`).  A call reporting an
    incident bounds its time from above in another report as in its own
    (:func:`internal_order_findings`), by the same rules: no warning of a
    storm, no other matter, no long event, one day."""
    calls = [m for m in timed_moments(first, frozenset({_CALL}), tol, dayless=True) if m.time.id not in tied]
    return [
        (gap, call, "clause", attack)
        for call in calls
        for attack in attacks
        if _tells_own_incident(call.time.evidence.sentence, attack.time.evidence.sentence)
        and (gap := _response_gap(call, attack, one_night=_one_night(call, attack, days)))
    ]


def tied_responses(claims: list[Claim], tol: Tolerances, starts: Mapping[int, str]) -> list[Moment]:
    """A report's clock times of a call or of responders' arrival whose own
    sentence (or an "Upon arrival" one after it) ties them to the shots
    (:func:`ties_response`); ``starts``: the report's sentences holding a
    claim, by their start."""
    return [
        m
        for m in timed_moments(claims, frozenset(moment_rules().responses), tol, dayless=True)
        if ties_response(m.time.evidence.sentence, following(m.time, starts))
    ]


def _windows(claims: list[Claim]) -> list[Moment]:
    """The report's day parts of the attack told with their day whose start
    lies near midnight (``window_starts``): "early Wednesday morning" from
    00:00 Wednesday, "late Saturday night" from 22:00 Saturday.  Such a
    start is firm where the day part's end is not, and reporters keep it:
    the corpora's "early Tuesday" shootings were all after midnight."""
    late, early = moment_rules().window_starts.minutes()
    return [
        m for m in incident_day_parts(claims) if m.day is not None and (m.low >= late or 0 <= m.low <= early)
    ]


def incident_day_parts(claims: list[Claim]) -> list[Moment]:
    """A report's day parts of the attack ("Saturday night", "early
    Wednesday morning"), each with the day written beside it (None when
    none is), then its days told as their early hours alone ("early
    Sunday", :func:`early_day`): the stretches of the shooting that the
    midnight windows and the response windows both read."""
    days = sorted((c for c in claims if c.kind is ClaimKind.date), key=lambda c: c.evidence.start)
    found = []
    for claim in claims:
        if claim.kind is not ClaimKind.time or claim.time.period is None:
            continue
        if measured_event(claim) != _INCIDENT or claim.value.alternatives:
            continue
        low, high = claim.value.low, claim.value.high
        if low is not None and high is not None:
            found.append(Moment(claim, day_of(claim, days, frozenset({_INCIDENT})), low, high))
    found += [Moment(day, day, 0.0, small_hours_end()) for day in days if early_day(day)]
    return found


def early_day(day: Claim) -> bool:
    """Whether a day of the attack is told as its early hours alone ("early
    Sunday", ``window_parts``), which the extractor reads as a day with no
    time: the hours after its midnight."""
    return (
        day.date.event == _INCIDENT
        and day.date.part in moment_rules().window_parts
        and day.date.daypart in (None, "morning")
        and day.date.form not in DATELINE_FORMS
        and day.date.relative is None
        and _weekday(day) is not None
    )


def _window_gap(response: Moment, day: Claim, window: Moment) -> float | None:
    """Minutes by which a response timed by the clock on ``day`` (its own
    or its report's one day of the attack) comes before the start of the
    other report's day part of the attack, on that day or the next, or
    None.  A response in the small hours is left: its report's day may be
    the night's first date ("Saturday night ... called at 1 a.m.")."""
    rules = moment_rules()
    if response.period or response.low < small_hours_end() or window.day is None:
        return None
    if same_day(day, window.day):
        offset = 0.0
    elif day_before(day, window.day):
        offset = 24 * 60.0
    else:
        return None
    gap = offset + window.low - response.high
    return gap if rules.response_margin < gap <= rules.response_within else None


def drop_told(findings: list[Finding], ordered: list[Finding]) -> list[Finding]:
    """``findings`` without the only-in-one findings of the times an order
    finding quotes: the conflict now tells them."""
    return replacing_only_in_one(findings, ordered, kinds=(ClaimKind.time,))
