"""Tolls a live blog's later entries replace.

A live blog keeps every entry it posted, each opened by its clock time on a
line of its own: "09:42 – Regional emergency services say the number of
dead has risen to five", then "12:15 – ... We have six confirmed dead".  The
five is the toll at 09:42, which the 12:15 entry replaces; set against
another report's seven, filed that evening, it is no conflict the two
reports make, as a figure the report says was replaced ("up from 5") is
none.  Here, in a report where enough lines open with an entry's stamp
(``live_entry_*`` of rules/counts.yaml), a toll of the dead or hurt under
an entry is framed as an earlier figure (:mod:`.revisions`) where a later
entry gives a larger toll of the same fact: tolls of a live story only
rise, and a smaller figure under a later entry ("Among the dead is an
elderly couple") is a part of the toll, not a revision of it.  A figure
outside the entries (the headline, a summary at the top) stays as it is.

The stamps themselves are the entries' times.  Where they run newest first,
as a live blog's do ("11:05 a.m.: Sheriff says ...", then "9:40 a.m.: ...",
"8:15 a.m.: Fire grows overnight"), the clock of a stamp is the time the
entry was posted, read as a statement's (:func:`mark_entry_stamp_times`),
never the incident's that another report's "shortly after 2 p.m." could
contradict.  Lines that run oldest first are a timeline's, whose clocks
tell what happened ("7:48 a.m. - The train strikes the truck") and stay so.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from reportcheck.details import TimeDetails
from reportcheck.knowledge.casualties import live_entry_rule
from reportcheck.knowledge.events import event_lexicon
from reportcheck.knowledge.vocabulary import earlier_measure, is_earlier_measure
from reportcheck.models import Claim, ClaimKind

#: the kinds whose live tolls only rise as a story goes on
RISING_KINDS = frozenset({ClaimKind.killed, ClaimKind.injured})

#: minutes in half a day, for an entry stamped "1:40 p.m."
HALF_DAY = 12 * 60


def entry_stamps(text: str, to_original: Callable[[int], int]) -> list[tuple[int, int]]:
    """(offset in the original file, minute of the day) of each entry stamp
    of a live blog's ``text``, in text order; none where the report is no
    live blog.  ``to_original`` maps an offset of ``text`` to the file's."""
    pattern, least = live_entry_rule()
    stamps = []
    for match in pattern.finditer(text):
        hour, minute = int(match.group("hour")), int(match.group("minute"))
        half = (match.group("half") or "").lower()
        if half == "p" and hour < 12:
            hour += 12
        elif half == "a" and hour == 12:
            hour = 0
        stamps.append((to_original(match.start("hour")), hour * 60 + minute))
    return stamps if len(stamps) >= least else []


def _entry_time(claim: Claim, stamps: list[tuple[int, int]]) -> int | None:
    """The minute of the entry a claim stands under, or None above the first entry."""
    before = [minute for offset, minute in stamps if offset <= claim.evidence.start]
    return before[-1] if before else None


def _fact(claim: Claim) -> tuple:
    return (claim.kind, claim.subject, claim.incident, claim.frame.key())


def _is_entry_toll(claim: Claim) -> bool:
    """A whole toll of the dead or hurt, as a figure (no part, no earlier figure)."""
    value = claim.value
    return (
        claim.kind in RISING_KINDS
        and claim.frame.scope is None
        and not is_earlier_measure(claim.frame.measure)
        and value.name is None
        and value.low is not None
    )


def mark_live_entries(claims: list[Claim], stamps: list[tuple[int, int]]) -> list[Claim]:
    """``claims`` of one report, each toll under a live blog's entry that a
    later entry's larger toll of the same fact replaces framed as an earlier
    figure; every other claim as it is."""
    if not stamps:
        return claims
    timed = [(c, t) for c in claims if _is_entry_toll(c) and (t := _entry_time(c, stamps)) is not None]
    stale = {
        claim.id
        for claim, minute in timed
        if any(later > minute and _raises(claim, other) for other, later in timed)
    }
    if not stale:
        return claims
    return [_as_earlier(c) if c.id in stale else c for c in claims]


def _raises(told: Claim, later: Claim) -> bool:
    """Whether a later entry's toll is of the same fact as ``told`` and above it."""
    high = told.value.high
    return _fact(later) == _fact(told) and high is not None and (later.value.low or 0) > high


def _as_earlier(claim: Claim) -> Claim:
    frame = claim.frame.model_copy(update={"measure": earlier_measure(claim.frame.measure)})
    return claim.model_copy(update={"frame": frame})


#: the event an entry's stamp times: the entry's posting, a statement or update
STAMP_EVENT = "statement"


def mark_entry_stamp_times(claims: list[Claim], stamps: list[tuple[int, int]]) -> list[Claim]:
    """``claims`` of one report, the clock time that is a live blog's entry
    stamp read as the entry's time (a statement's), where the stamps run
    newest first; every other claim as it is.  A timeline's lines, oldest
    first, keep their clocks as the times of what they tell."""
    if not _newest_first(stamps):
        return claims
    starts = {offset for offset, _ in stamps}
    return [_as_stamp(c) if c.kind is ClaimKind.time and c.evidence.start in starts else c for c in claims]


def _newest_first(stamps: list[tuple[int, int]]) -> bool:
    """Whether a live blog's stamps run back in time down the page, each at
    or before the one above it (a day's entries, newest on top)."""
    minutes = [minute for _, minute in stamps]
    return len(minutes) > 1 and all(later <= earlier for earlier, later in itertools.pairwise(minutes))


def _as_stamp(claim: Claim) -> Claim:
    """A stamp's clock as the time of its entry: the event and the measure of a statement."""
    details = claim.details if isinstance(claim.details, TimeDetails) else TimeDetails()
    frame = claim.frame.model_copy(update={"measure": f"time:{STAMP_EVENT}"})
    return claim.model_copy(
        update={
            "details": details.replace(event=STAMP_EVENT),
            "frame": frame,
            "subject": STAMP_EVENT,
            "subject_label": event_lexicon().labels[STAMP_EVENT],
        }
    )
