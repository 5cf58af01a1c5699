"""A report's toll told before a later death, plus that death: its running total.

"One man is dead and two others were injured ... one later died at the
hospital" tells a toll of two, told as one and one more (the extractor marks
the later deaths, ``later_death`` of the count: extract/counts/running.py).
Another report's "Two men died" then agrees with the report's running total:
set against its first figure alone it is no conflict the report makes, so
such a conflict is shown as compatible, with the sum in its explanation.

A follow-up tells the same update from its end: "The death toll climbed to
11 after two more of the injured died", "A fourth person has died"
(``toll_rise`` of the count: the toll before those deaths, 9 or three, and
after).  Another report's figure equal to that earlier toll is the toll told
before the update: the conflict is shown as compatible, the update in its
explanation; so is the other report's count of the wounded that is this
report's wounded or missing plus those deaths, where the other report's toll
is the earlier one (the dead were among the wounded, or were the missing
whose bodies were found).  A figure equal to neither
stays a conflict, and a rise told
with no deaths named ("the toll rose to 15") tells no earlier toll (the eval
conventions, rule 4).

The missing fall the same way when the report tells who was found: "Rescuers
found five people alive who had been missing ..., leaving seven still
unaccounted for" against another report's "12 missing": the seven still
missing plus the five found are the twelve told before.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from reportcheck.knowledge.vocabulary import RESCUED
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey, Status


def _claims_of(groups: Mapping[GroupKey, list[Claim]], kind: ClaimKind) -> Iterator[tuple[GroupKey, Claim]]:
    """Each claim of the groups of one kind, with its group's key (whose
    scope tells a part of the toll from the whole), in the groups' order."""
    for key, claims in groups.items():
        if key.kind == kind.value:
            for claim in claims:
                yield key, claim


def _exact(claim: Claim) -> float | None:
    """A count's one figure, None for a range or an open bound."""
    return claim.value.low if claim.value.low == claim.value.high else None


def _later_deaths(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[int, str], tuple[float, float]]:
    """(report, incident) -> (its one first toll, the deaths it tells came
    after it), where the report tells later deaths and every other toll it
    gives is one figure.  "Two people died. One was killed at the scene; the
    other later died" gives two tolls, one of which already holds the later
    death: no running total is told there."""
    told: dict[tuple[int, str], dict[int, float]] = {}
    first: dict[tuple[int, str], set[tuple[float | None, float | None]]] = {}
    for key, claim in _claims_of(groups, ClaimKind.killed):
        where = (claim.report, claim.incident)
        if claim.count.later_death and claim.value.low is not None:  # "one of them has since died"
            told.setdefault(where, {})[claim.evidence.start] = claim.value.low
        elif not key.scope:  # a part ("three of them") is no toll of all
            first.setdefault(where, set()).add((claim.value.low, claim.value.high))
    running = {}
    for where, values in told.items():
        tolls = first.get(where, set())
        if len(tolls) == 1 and (toll := next(iter(tolls)))[0] is not None and toll[0] == toll[1]:
            running[where] = (float(toll[0]), sum(values.values()))
    return running


def _point(claims: list[Claim]) -> float | None:
    """The one exact figure of a side's claims, if they give one."""
    values = {(c.value.low, c.value.high) for c in claims}
    if len(values) != 1:
        return None
    low, high = values.pop()
    return low if low is not None and low == high else None


def _running_total(finding: Finding, later: dict[tuple[int, str], tuple[float, float]]) -> str | None:
    """The explanation of a cross-report conflict of tolls that one report's
    first toll plus its later deaths resolves, or None."""
    reports = sorted({c.report for c in finding.claims})
    if finding.kind is not ClaimKind.killed or finding.internal or len(reports) != 2:
        return None
    for report in reports:
        if (report, finding.incident) not in later:
            continue
        first, added = later[(report, finding.incident)]
        own = [c for c in finding.claims if c.report == report and not c.count.later_death]
        other = _point([c for c in finding.claims if c.report != report])
        # the side is the first toll, or the later deaths alone ("one later died" against "Two men")
        if (not own or _point(own) == first) and other is not None and first + added == other:
            return (
                f"{first:g} first told, and {added:g} more the report says died later: "
                f"{first + added:g} in all, as the other report says"
            )
    return None


def _rises(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[int, str], set[tuple[float, float]]]:
    """(report, incident) -> the (earlier, current) tolls it tells the toll rose between."""
    rises: dict[tuple[int, str], set[tuple[float, float]]] = {}
    for _, claim in _claims_of(groups, ClaimKind.killed):
        if claim.count.toll_rise is not None:
            rises.setdefault((claim.report, claim.incident), set()).add(claim.count.toll_rise)
    return rises


def _reaches(claims: list[Claim], current: float) -> bool:
    """Whether a side's claims all tell the risen toll ``current``: the
    figure itself, or "at least" it ("killed at least seven people" beside
    "The death toll rose to seven")."""
    return bool(claims) and all(
        c.value.low == current and (c.value.high is None or c.value.high == current) for c in claims
    )


def _told_before_rise(finding: Finding, rises: dict[tuple[int, str], set[tuple[float, float]]]) -> str | None:
    """The explanation of a cross-report conflict of tolls where one report
    tells its toll rose from the other report's figure, or None.  The
    risen side may tell its toll as a floor ("killed at least seven people"
    beside "The death toll rose to seven").  A figure between the toll
    before the deaths and the toll they raised it to (39 against "Three
    more people drowned on Tuesday, taking the toll to 41") stays a
    conflict: the report says the toll stood at 38 before that day."""
    reports = sorted({c.report for c in finding.claims})
    if finding.kind is not ClaimKind.killed or finding.internal or len(reports) != 2:
        return None
    for report in reports:
        own = [c for c in finding.claims if c.report == report]
        other = _point([c for c in finding.claims if c.report != report])
        for earlier, current in sorted(rises.get((report, finding.incident), set())):
            if _reaches(own, current) and other == earlier:
                return (
                    f"an update: report {report + 1} says the toll rose to {current:g} by "
                    f"{current - earlier:g} more death{'s' if current - earlier != 1 else ''} it tells; "
                    f"{earlier:g}, as the other report says, is the toll before them"
                )
    return None


def _tolls(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[int, str], set[float | None]]:
    """(report, incident) -> the figures of its whole toll of the dead (no part, no range)."""
    tolls: dict[tuple[int, str], set[float | None]] = {}
    for key, claim in _claims_of(groups, ClaimKind.killed):
        if not key.scope:
            tolls.setdefault((claim.report, claim.incident), set()).add(_exact(claim))
    return tolls


#: the counts a rise of the toll takes its dead from: the wounded who died,
#: the missing whose bodies were found
_TAKEN_BY_THE_RISE = {ClaimKind.injured: "wounded", ClaimKind.missing: "missing"}


def _counted_among_the_dead(
    finding: Finding,
    rises: dict[tuple[int, str], set[tuple[float, float]]],
    tolls: dict[tuple[int, str], set[float | None]],
) -> str | None:
    """The explanation of a cross-report conflict of the injured or the
    missing where one report tells its toll rose by deaths since the other
    report's toll ("A fourth person has died", against three killed and 14
    wounded; "recovered one more body, taking the toll to seven", against
    six killed and four missing) and its wounded or missing plus those
    deaths are the other report's ("Thirteen other people were wounded",
    "Three people are still missing"): the dead were among them, or None."""
    reports = sorted({c.report for c in finding.claims})
    among = _TAKEN_BY_THE_RISE.get(finding.kind)
    if among is None or finding.internal or len(reports) != 2:
        return None
    for report in reports:
        other_report = next(r for r in reports if r != report)
        own = _point([c for c in finding.claims if c.report == report])
        other = _point([c for c in finding.claims if c.report != report])
        for earlier, current in sorted(rises.get((report, finding.incident), set())):
            # the other report tells the toll before the rise (beside, it may be, a
            # figure of another matter read as a toll: "a landslip had killed 70
            # people last year"); the two counts moved by one number hold it fast
            told_before = earlier in tolls.get((other_report, finding.incident), set())
            if told_before and own is not None and other == own + current - earlier:
                return (
                    f"an update: report {report + 1} says {current - earlier:g} more died since the "
                    f"other report's toll of {earlier:g}; its {own:g} {among} plus those "
                    f"{current - earlier:g} are the other report's {other:g}"
                )
    return None


def _found_alive_by_incident(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[int, str], float]:
    """(report, incident) -> how many of its missing the report tells were
    found alive: its counts of people rescued or found alive told as missing
    before ("found five people alive who had been missing"), or told in the
    sentence of its missing that remain ("Divers found three fishermen alive
    ..., leaving four still unaccounted for"), where they are one figure."""
    missing = _claims_of(groups, ClaimKind.missing)
    missing_sentences = {(c.report, c.evidence.sentence_start) for _, c in missing}
    found: dict[tuple[int, str], set[float | None]] = {}
    for _, claim in _claims_of(groups, ClaimKind.other_count):
        beside = (claim.report, claim.evidence.sentence_start) in missing_sentences
        if claim.subject == RESCUED and (claim.count.found_missing or beside):
            found.setdefault((claim.report, claim.incident), set()).add(_exact(claim))
    return {
        where: figure
        for where, figures in found.items()
        if len(figures) == 1 and (figure := next(iter(figures))) is not None
    }


def _missing_before_the_finds(finding: Finding, found: dict[tuple[int, str], float]) -> str | None:
    """The explanation of a cross-report conflict of the missing where one
    report tells some of its missing were found alive since and its missing
    that remain plus those found are the other report's ("Twelve people are
    missing" against "found five alive ..., leaving seven still
    unaccounted for"), or None.  Any other figure stays a conflict."""
    reports = sorted({c.report for c in finding.claims})
    if finding.kind is not ClaimKind.missing or finding.internal or len(reports) != 2:
        return None
    for report in reports:
        alive = found.get((report, finding.incident))
        own = _point([c for c in finding.claims if c.report == report])
        other = _point([c for c in finding.claims if c.report != report])
        if alive is not None and own is not None and other is not None and own + alive == other:
            return (
                f"an update: report {report + 1} says {alive:g} of the missing were found alive; "
                f"its {own:g} still missing plus those {alive:g} are the other report's {other:g}"
            )
    return None


def running_total_findings(groups: Mapping[GroupKey, list[Claim]], findings: list[Finding]) -> list[Finding]:
    """``findings`` with each toll conflict a report's own later deaths
    resolve, or that sets a report's risen toll against the toll it says it
    rose from, shown as compatible."""
    later = _later_deaths(groups)
    rises = _rises(groups)
    found = _found_alive_by_incident(groups)
    if not later and not rises and not found:
        return findings
    tolls = _tolls(groups) if rises else {}
    out = []
    for finding in findings:
        why = None
        if finding.status in (Status.conflict, Status.possible_conflict):
            why = (
                _running_total(finding, later)
                or _told_before_rise(finding, rises)
                or _counted_among_the_dead(finding, rises, tolls)
                or _missing_before_the_finds(finding, found)
            )
        if why and finding.status in (Status.conflict, Status.possible_conflict):
            finding = finding.model_copy(
                update={"status": Status.compatible, "explanation": why, "confidence": None, "reasons": []}
            )
        out.append(finding)
    return out
