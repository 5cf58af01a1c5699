"""A roundup's paragraph against another report's story of that one shooting.

City desks write overnight and weekend roundups ("One dead, four wounded in
overnight shootings"): one paragraph or two per shooting, in the order the
police told them.  The extract stage marks each paragraph as a segment of
the roundup, an event of its own (``main/roundup-N``,
:func:`reportcheck.incident_events.find_events`), so the shootings are never
set against each other.  Another outlet's story of one of those shootings
tells it as its main incident, whose values carry no event at all: the two
never met, and the story's values met the roundup's lead shooting instead.

:func:`cross_roundups` finds, for a report on one incident, the one segment
of another report's roundup that tells its incident, by evidence specific
enough to pick one paragraph out of several alike: a person both name in
full (not an official: a police spokesman speaks of every shooting), or a
street both name on a day both give.  That segment (with the paragraphs
next to it that name no place or person of their own: "The youngest
victim, 15, was struck in the leg") and the story's main incident then
share one event id, so their values are compared; the story's day and its
town stay with the roundup's, whose day and town are every segment's.  A
story whose evidence also points at the roundup's lead, or at two
segments, is left as it was.

This is an align-stage module: it runs after
:func:`reportcheck.align.align_events` and only rewrites ``frame.event``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportcheck.incident_events import ROUNDUP_TOTAL_KINDS, EventMention
from reportcheck.incidents import Incident
from reportcheck.knowledge.names import name_parts, names_match
from reportcheck.knowledge.venues import direction_forms, name_pattern, street_name, street_word_forms
from reportcheck.knowledge.vocabulary import MAIN, WEEKDAY_NAMES
from reportcheck.models import Claim, ClaimKind

#: the scope of a count of a part of a toll (extract/counts/scope.py)
PART = "part"

#: place kinds a roundup names for all its shootings (the city, the state):
#: a story's claim of one stays with the roundup's own
_WHOLE_PLACES = frozenset({"city", "region", "country"})
#: the relation of a roundup's segments (reportcheck.incident_events)
ROUNDUP = "roundup"
#: the role of a person who speaks of every shooting of a city
_OFFICIAL = "official"


@dataclass(frozen=True)
class RoundupCrossing:
    """One report's incident told in a segment of another report's roundup."""

    roundup: int  #: the roundup report's position
    story: int  #: the single story's position
    event: str  #: the shared event id the story's values now carry
    evidence: str  #: what picked the segment out, in words
    kind: str  #: "person" or "street": the kind of that evidence (as incident_match names kinds)

    def describe(self) -> str:
        """What a reader sees in the incident decision's evidence."""
        roundup, story = self.roundup + 1, self.story + 1
        return f"a paragraph of report {roundup}'s roundup tells report {story}'s incident: {self.evidence}"


def cross_roundups(incidents: list[list[Incident]], claims: list[list[Claim]]) -> list[RoundupCrossing]:
    """Give each single story's main incident the event id of the one roundup
    segment of another report that tells it (see the module docstring).
    ``claims`` are each report's claims, in the order of ``incidents``."""
    for report, report_claims in zip(incidents, claims, strict=True):
        _undo(report, report_claims)
    crossings: list[RoundupCrossing] = []
    mains = [next((i for i in report if i.id == MAIN), None) for report in incidents]
    for story, own in enumerate(mains):
        if own is None or _segments(own):
            continue
        story_claims = _own_event(claims[story])
        for roundup, main in enumerate(mains):
            if roundup == story or main is None or not _segments(main):
                continue
            found = _find_segment(main, _own_event(claims[roundup]), story_claims)
            if found is None:
                continue
            run, evidence = found
            ident = _join(run)
            for claim in story_claims:
                if not _whole_report(claim) and not _partial(claim):
                    claim.frame.event = ident
            crossings.append(RoundupCrossing(roundup, story, ident, *evidence))
            break
    return crossings


def _undo(report: list[Incident], claims: list[Claim]) -> None:
    """Clear the roundup segment id an earlier cross-check gave a story's own
    values (a batch or the noise audit sets one extracted report against
    several others): a value of no event mention of its own report that
    carries a roundup's id was given it here."""
    own = {c.id for incident in report for mention in incident.events for c in mention.claims}
    for claim in claims:
        if claim.id not in own and claim.frame.event and f"/{ROUNDUP}-" in claim.frame.event:
            claim.frame.event = None


def _segments(main: Incident) -> list[EventMention]:
    """The roundup's segments of one shooting each, in reading order (not the
    cue's counts, which sum every shooting)."""
    return [
        m
        for m in main.events
        if m.relation == ROUNDUP and not all(c.kind in ROUNDUP_TOTAL_KINDS for c in m.claims)
    ]


def _own_event(claims: list[Claim]) -> list[Claim]:
    """The claims of a report's main incident told of its own event (no other
    event's, no roundup segment's)."""
    return [c for c in claims if c.incident == MAIN and not c.frame.event]


def _whole_report(claim: Claim) -> bool:
    """A day or a town: a roundup gives them once for all its shootings."""
    if claim.kind is ClaimKind.date:
        return True
    return claim.kind is ClaimKind.location and claim.place.kind in _WHOLE_PLACES


def _partial(claim: Claim) -> bool:
    """A count of a part ("Another man, 34, was shot once"): the part of the
    story's toll is not the part a roundup's "another three men" counts on
    from its other shootings; it stays where it was."""
    return claim.kind in ROUNDUP_TOTAL_KINDS and claim.frame.scope == PART


def _find_segment(
    main: Incident, lead: list[Claim], story_claims: list[Claim]
) -> tuple[list[EventMention], tuple[str, str]] | None:
    """The run of segments that tells the story's incident and why, if exactly
    one segment does and the roundup's lead (``lead``: its own event's claims) does not."""
    segments = _segments(main)
    if _evidence(lead, story_claims, lead) is not None:
        return None  # the story is (also) the roundup's lead shooting
    hits = [(i, e) for i, s in enumerate(segments) if (e := _evidence(s.claims, story_claims, lead))]
    if len(hits) != 1:
        return None
    index, evidence = hits[0]
    return _run(segments, index), evidence


def _run(segments: list[EventMention], index: int) -> list[EventMention]:
    """The matched segment with the segments beside it that name no place and
    no one of their own: the line before that opens the shooting ("On the
    east side, a man was wounded just after 6 a.m.") and the lines after
    that go on with it ("The youngest, 15, was hit in the leg")."""
    run = [segments[index]]
    before = index - 1
    while before >= 0 and not _anchored(segments[before]):
        run.insert(0, segments[before])
        before -= 1
    after = index + 1
    while after < len(segments) and not _anchored(segments[after]):
        run.append(segments[after])
        after += 1
    return run


def _anchored(segment: EventMention) -> bool:
    """A segment that names a place or a person: a shooting of its own."""
    return any(c.kind in (ClaimKind.location, ClaimKind.person) for c in segment.claims)


def _join(run: list[EventMention]) -> str:
    """One event id for the run: its first segment's."""
    ident = run[0].claims[0].frame.event or ""
    for segment in run[1:]:
        for claim in segment.claims:
            claim.frame.event = ident
    return ident


def _evidence(claims: list[Claim], story_claims: list[Claim], lead: list[Claim]) -> tuple[str, str] | None:
    """What ties these claims to the story's incident, and its kind: a person
    both name in full (not an official), on dates that are not days apart;
    or a street both name, on a day both give (the roundup's day is its
    lead's)."""
    days = _days_meet([*lead, *claims], story_claims)
    if _spans_apart([*lead, *claims], story_claims):
        return None
    theirs = [c for c in story_claims if c.kind is ClaimKind.person and c.person.role != _OFFICIAL]
    for claim in claims:
        name = _full_name(claim)
        if name is None:
            continue
        for other in theirs:
            other_name = _full_name(other)
            if other_name is not None and names_match(name, other_name):
                return f"both name {name}", "person"
    if not days:
        return None
    sentences = {c.evidence.sentence for c in story_claims}
    for claim in claims:
        if claim.kind is ClaimKind.location and claim.subject == "street":
            street = street_name(claim.evidence.text)
            if street and any(_names_street(street, s) for s in sentences):
                return f"both name {claim.evidence.text.strip()} on the same day", "street"
    return None


def _full_name(claim: Claim) -> str | None:
    """A person's name with a first name and a surname (a surname alone is
    shared by strangers), not an official's."""
    if claim.kind is not ClaimKind.person or claim.person.role == _OFFICIAL:
        return None
    name = claim.value.name or claim.evidence.text
    return name if len(name_parts(name)) >= 2 else None


_WEEKDAY = re.compile(rf"\b({'|'.join(WEEKDAY_NAMES)})\b", re.I)


def _days_meet(a: list[Claim], b: list[Claim]) -> bool | None:
    """Whether the days two sets of claims give meet (a day either side), or
    None when they give none to set against each other.  A report with no
    date of its own leaves "early Sunday" unresolved: the same weekday then
    counts as the same day (two reports of one weekend's news)."""
    spans_a, spans_b = _spans(a), _spans(b)
    if spans_a and spans_b:
        return any(x[0] <= y[1] + 1 and y[0] <= x[1] + 1 for x in spans_a for y in spans_b)
    days_a, days_b = _weekdays(a), _weekdays(b)
    if days_a and days_b:
        return bool(days_a & days_b)
    return None


def _spans_apart(a: list[Claim], b: list[Claim]) -> bool:
    """Dates of both that resolve to days, none of which meet.  Weekdays
    alone do not set a named victim apart: a charging story's "Thursday" is
    not the shooting's "late Tuesday night"."""
    spans_a, spans_b = _spans(a), _spans(b)
    return bool(spans_a and spans_b) and _days_meet(a, b) is False


def _spans(claims: list[Claim]) -> list[tuple[float, float]]:
    return [
        (c.value.low, c.value.high)
        for c in claims
        if c.kind is ClaimKind.date and c.value.low is not None and c.value.high is not None
    ]


def _weekdays(claims: list[Claim]) -> set[str]:
    return {
        m.lower()
        for c in claims
        if c.kind is ClaimKind.date and c.value.low is None
        for m in _WEEKDAY.findall(c.evidence.text)
    }


def _names_street(street: tuple[str, str | None], sentence: str) -> bool:
    """The sentence names the street: its name and a street word of its kind
    after it, also as one of two ("on the corner of Ridge and Stanton
    streets"), and no other capitalised word before the name ("Bee Ridge
    Road" is not "Ridge Road"; "W." before "165th St." is a direction)."""
    name, kind = street
    forms = "|".join(sorted(street_word_forms(), key=len, reverse=True))
    spellings = name_pattern(name)
    pattern = (
        rf"(?:([A-Za-z][\w'.-]*)\s+)?\b(?P<name>(?i:{spellings}))\b"
        rf"(?:\s+(?:and|&)\s+[A-Z0-9][\w'-]*)?\.?\s+((?i:{forms}))s?\b"
    )
    directions = set(direction_forms())
    for match in re.finditer(pattern, sentence):
        before, written = match.group(1), match.group(3).lower()
        if match.group("name")[0].islower() or kind is not None and street_word_forms().get(written) != kind:
            continue
        first = not sentence[: match.start()].strip(" \"'\u201c\u2018\n")
        if before and before[0].isupper() and not first and before.strip(".").lower() not in directions:
            continue
        return True
    return False
