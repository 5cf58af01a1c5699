"""The digest's clock time: when the main incident happened.

The time the shooting happened, or failing that the time police were called
or arrived, or the time the lead sets the scene with; never the time a
victim was pronounced dead or a suspect arrested.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportcheck.digest.helpers import main_claims, of_kind
from reportcheck.digest.model import ClockFact
from reportcheck.models import Claim, ClaimKind

#: events whose clock time stands for the incident's, best first: the shooting
#: itself, then the call and the response that follow it within minutes
INCIDENT_TIME_EVENTS = ("incident", "call", "arrival")
#: events whose clock time is never the incident's
NOT_INCIDENT_TIME_EVENTS = frozenset(
    {
        "death",
        "arrest",
        "contained",
        "ended",
        "statement",
        "hearing",
        "funeral",
        "reopening",
        "ongoing",
        "unrest",
        "dismissal",
        "plan",
        "tally",
        "aftermath",
    }
)
MINUTES_PER_DAY = 24 * 60


def _clock_minutes(claim: Claim) -> int:
    """The time as written ("around 11 p.m." is 23:00, not the low end of its
    hedged interval); a range ("between 2 and 3 a.m.") gives its start."""
    value = claim.value
    minutes = value.written if value.written is not None else value.low
    assert minutes is not None
    return int(minutes) % MINUTES_PER_DAY


def clock_fact(claims: Sequence[Claim]) -> ClockFact | None:
    """The clock time of the main incident.

    The time the report ties to the shooting itself comes first; failing
    one, the time of the call or of the police response (minutes later).
    Failing those, the first time of the main story tied to no such event:
    reporters set the scene with it ("About 10:30 a.m., Woods was standing
    on a sidewalk when a gunman opened fire").  Times of death and of an
    arrest are never the incident's.
    """
    times = [
        c
        for c in of_kind(main_claims(claims), ClaimKind.time)
        if c.value.low is not None and c.time.period is None  # "Friday night" names no clock time
    ]
    scene = [c for c in times if c.time.event not in NOT_INCIDENT_TIME_EVENTS]
    for event in (*INCIDENT_TIME_EVENTS, None):
        chosen = [c for c in scene if event is None or c.time.event == event]
        if chosen:
            first = min(chosen, key=lambda c: c.evidence.start)
            return ClockFact(
                minutes=_clock_minutes(first),
                text=first.evidence.text,
                event=first.time.event or "",
                claims=[first.id],
            )
    return None
