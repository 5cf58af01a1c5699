"""Figures of one fact kept apart by their words, shown together where they fit.

The align stage groups counts by kind and scope, so that a count of the
people "taken to hospital" is never weighed against the injured as if it
were their total, and "ten seriously injured" never against "20 injured".
Kept apart, such figures are each "only in one report" even where the two
reports plainly tell the same fact:

* the hurt: "the two other victims were taken to hospital" (a count of
  people harmed, read from the words of their care or condition: subject
  ``harmed:hurt``) and another report's "the two wounded men" are the same
  two people.  Hurt and injured are one measure;
* a share of the injured by condition: "ten others seriously injured"
  against another report's "20 injured" is part of that toll;
* a part of the people on board: "carrying 278 passengers" (scope
  ``subgroup:passenger``) against another report's "about 278 people
  aboard" counts the same people, and "140 passengers" fits within "150
  people on board";
* moments of one incident: "called 911 three times on the morning after
  Christmas" against another report's "the shooting on Dec. 26", when one
  report dates only the call and the other only the shooting; "pronounced
  dead at 7:32 p.m." against another report's "died Friday night" (a day
  part of the incident), when that report gives no time of death.

This module pairs such a figure, left unpaired in its own group, with the
other report's figure it fits: the same number of hurt and injured agree,
a condition's share no larger than the whole is compatible.  It never makes
a conflict: a hurt count may be a part of the injured (those still in
hospital), a part larger than the whole is
:mod:`reportcheck.compare.scopes`'s to report, and a call may come the
evening before the shooting it leads to.
"""

from __future__ import annotations

from collections.abc import Mapping

from reportcheck.compare.cross_findings import cross_finding, in_report_order
from reportcheck.compare.judges import Verdict, describe, judge, judge_numeric
from reportcheck.compare.judges.days import page_year_use
from reportcheck.knowledge.vocabulary import CONDITION_SCOPE, INDIVIDUAL, ON_BOARD, ON_BOARD_PASSENGERS
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey, Status

#: the subject of a count of people harmed whom the words leave alive and
#: hurt (taken to hospital, in stable condition, with wounds): the counts
#: component's ``harmed:hurt``
HURT = "harmed:hurt"
#: the scope prefix of the injured of one condition (extract/counts/scope.py)
CONDITION = f"{CONDITION_SCOPE}:"
#: count groups of one named place or one person, never a report's hurt as such
ONE_SPOT = frozenset({"elsewhere", INDIVIDUAL})


def _unpaired(findings: list[Finding]) -> dict[str, Finding]:
    """claim id -> the only-in-one finding that lists it."""
    return {c.id: f for f in findings if f.status is Status.only_in_one for c in f.claims}


def _pair(
    own: list[Claim], partner: Claim, partners: list[Claim], verdict: Verdict, incident: str
) -> Finding:
    """A finding quoting every mention of the two values: ``own`` (the
    unpaired figure's), and ``partner`` with its report's other mentions of
    that value among ``partners``; named as the partner's kind and subject
    (the injured, the whole), the measure both speak of."""
    same = [
        c
        for c in partners
        if c.report == partner.report
        and (c.value.low, c.value.high) == (partner.value.low, partner.value.high)
    ]
    return cross_finding(
        verdict.status,
        partner,
        incident=incident,
        explanation=verdict.explanation,
        claims={c.id: c for c in [*own, partner, *same]}.values(),
    )


def _hurt_against_injured(
    key: GroupKey, own: list[Claim], groups: Mapping[GroupKey, list[Claim]]
) -> Finding | None:
    """The other report's victims injured (of any scope) whose figure is the
    hurt count's own."""
    hurt = own[0]
    incident, event, measure = key.incident, key.event, key.measure
    partners = in_report_order(
        c
        for k, claims in groups.items()
        if k[:5] == (incident, ClaimKind.injured.value, "victims", event, measure)
        for c in claims
        if c.report != hurt.report and c.count.group not in ONE_SPOT
    )
    for partner in partners:
        verdict = judge_numeric(hurt, partner)
        if verdict is not None and verdict.status is Status.agree:
            text = f"{describe(hurt)} hurt vs {describe(partner)} injured: the same people"
            return _pair(own, partner, partners, Verdict(Status.agree, text), incident)
    return None


def _share_within_whole(
    key: GroupKey, own: list[Claim], groups: Mapping[GroupKey, list[Claim]]
) -> Finding | None:
    """The other report's total the condition's share fits in (the largest,
    as :func:`reportcheck.compare.scopes.part_whole_findings` takes it)."""
    part = own[0]
    wholes = [c for c in groups.get(key._replace(scope="", person=None), []) if c.report != part.report]
    low = part.value.low
    for report in sorted({c.report for c in wholes}):
        totals = [c for c in wholes if c.report == report and c.count.group == part.count.group]
        if low is None or not totals or any(c.value.high is None for c in totals):
            continue
        largest = max(totals, key=lambda c: c.value.high or 0.0)
        if low <= (largest.value.high or 0.0):
            scope = part.frame.scope or "part"
            text = f"{describe(part)} ({scope}) is within the {describe(largest)} in all"
            return _pair(own, largest, totals, Verdict(Status.compatible, text, 1.0), key[0])
    return None


def _part_aboard(key: GroupKey, own: list[Claim], groups: Mapping[GroupKey, list[Claim]]) -> Finding | None:
    """The other report's one figure of everyone on board that the
    passengers fit: the same figure agrees (a report that counts only the
    passengers counts them as those on board), a smaller one is within it.
    Only the passengers: a crew of 16 fits within any ship's or plane's
    load, also another vessel's the report tells beside it ("a German
    cruise ship evacuated some 420 passengers and crew"), and says nothing.  A part larger than the whole is
    :func:`reportcheck.compare.scopes.part_whole_findings`'s conflict; a
    report giving two figures of everyone on board gives no one whole."""
    part = own[0]
    wholes = [c for c in groups.get(key._replace(scope="", person=None), []) if c.report != part.report]
    low = part.value.low
    for report in sorted({c.report for c in wholes}):
        totals = [c for c in wholes if c.report == report]
        if low is None or len({(c.value.low, c.value.high) for c in totals}) != 1:
            continue
        whole = totals[0]
        verdict = judge(part, whole)
        if verdict is not None and verdict.status is Status.agree:
            text = f"{describe(part)} vs {describe(whole)} on board: the same people"
            return _pair(own, whole, totals, Verdict(Status.agree, text), key.incident)
        if whole.value.high is not None and low <= whole.value.high:
            text = f"{describe(part)} are within the {describe(whole)} on board"
            return _pair(own, whole, totals, Verdict(Status.compatible, text, 1.0), key.incident)
    return None


#: the moments of an incident a day, day part or clock time of one may stand in for
#: another's (the call, the responders' arrival, a unit called out after them, the attack, the suspect shot
#: by police, which a story of a police shooting tells as the incident itself;
#: a death: "died from a gunshot wound Sunday night" against another report's
#: "shot Sunday night", when neither dates the other's moment; the
#: evacuation around the blast or the storm): the measures' event names
#: (rules/events.yaml)
MOMENTS = frozenset({"incident", "call", "arrival", "callout", "suspect", "death", "evacuation"})


def _moment(claim: Claim) -> str | None:
    """The moment a date or time measures ("call" of "date:call"), if one an
    incident's other moments may stand in for."""
    measure = claim.frame.measure or ""
    kind, _, event = measure.partition(":")
    return event if kind == claim.kind.value and event in MOMENTS else None


def _moment_partner(
    key: GroupKey, own: list[Claim], groups: Mapping[GroupKey, list[Claim]], taken: set[str]
) -> Finding | None:
    """The other report's day (or day part) of another moment of the
    incident that fits an unpaired day (or clock time).  A day stands in
    for another moment's day only when neither report gives a day of the
    other's moment; a clock time fits a day part ("Friday night") or the
    same clock time of another moment ("paramedics were called shortly
    after 1 p.m." / "the shooting happened shortly after 1 p.m."), only
    where that report gives no time of the clock's own moment: two clock
    times of two moments that differ say nothing of each other.  A value
    already set against another moment's (``taken``) is not set against a
    second: one evening is not the call's, the arrival's and the blast's
    at once."""
    first = own[0]
    moment = _moment(first)
    if moment is None or (first.kind is ClaimKind.time and first.time.period is not None):
        return None
    incident, kind, event = key.incident, key.kind, key.event
    alike = [
        c
        for k, claims in sorted(groups.items())
        if k[0] == incident and k[1] == kind and k[3] == event
        for c in claims
        if _moment(c) is not None
    ]
    for partner in in_report_order(alike):
        other = _moment(partner)
        if partner.report == first.report or other == moment or partner.id in taken:
            continue
        if any(c.report == partner.report and _moment(c) == moment for c in alike):
            continue  # that report gives this moment's own value
        own_other = any(c.report == first.report and _moment(c) == other for c in alike)
        if first.kind is ClaimKind.date and own_other:
            continue  # this report gives the other moment's own day
        clock = first.kind is ClaimKind.time and partner.time.period is None
        verdict = judge(first, partner)
        fits = (Status.agree,) if clock else (Status.agree, Status.compatible)
        if verdict is not None and verdict.status in fits:
            why = verdict.explanation.rsplit(": ", 1)[-1]
            use = page_year_use(first, partner) if first.kind is ClaimKind.date else None
            if use is not None:  # the month and day was read in a copyright line's year
                why = f"{why} ({use.words()})"
            text = f"{describe(first)}, of the {moment}, fits {describe(partner)}, of the {other}: {why}"
            return _pair(own, partner, alike, Verdict(verdict.status, text, verdict.distance), incident)
    return None


def kindred_findings(groups: Mapping[GroupKey, list[Claim]], findings: list[Finding]) -> list[Finding]:
    """``findings`` with each unpaired hurt count, condition's share, or day
    or time of one moment that fits the other report's figure paired with
    it, its only-in-one dropped."""
    unpaired = _unpaired(findings)
    derived = {
        (c.report, c.evidence.start)
        for k, cs in groups.items()
        if k[1] == ClaimKind.injured.value
        for c in cs
    }
    added: list[Finding] = []
    dropped: set[int] = set()
    taken: set[str] = set()  # the dates and times set against another moment's
    for key, claims in sorted(groups.items()):
        kind, subject, scope = key.kind, key.subject, key.scope
        hurt = kind == ClaimKind.other_count.value and subject == HURT
        share = kind == ClaimKind.injured.value and scope.startswith(CONDITION)
        moment = kind in (ClaimKind.date.value, ClaimKind.time.value)
        aboard = kind == ClaimKind.other_count.value and subject == ON_BOARD and scope == ON_BOARD_PASSENGERS
        if not (hurt or share or moment or aboard):
            continue
        for claim in in_report_order(claims):
            alone = unpaired.get(claim.id)
            if alone is None or id(alone) in dropped:
                continue
            if hurt and ((claim.report, claim.evidence.start) in derived or claim.count.group in ONE_SPOT):
                continue  # its report's own injured figure, read from it, speaks for it; one person's
            own = [c for c in alone.claims if c.report == claim.report]
            if moment:
                found = _moment_partner(key, own, groups, taken)
            elif aboard:
                found = _part_aboard(key, own, groups)
            else:
                found = (_hurt_against_injured if hurt else _share_within_whole)(key, own, groups)
            if found is not None:
                taken.update(c.id for c in found.claims)
                added.append(found)
                dropped.update(id(f) for c in found.claims if (f := unpaired.get(c.id)) is not None)
    return [f for f in findings if id(f) not in dropped] + added
