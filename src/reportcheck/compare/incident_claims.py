"""Each incident's claims of one sort, gathered across align's groups.

Several checks outside the per-group judges read all of an incident's claims
of one sort at once, whatever group align put each in: the days one report
writes with a wrong weekday (:mod:`.weekdays`), the areas of a kind
(:mod:`.areas`), the blocks and the numbered streets of a grid
(:mod:`.blocks`, :mod:`.corners`).  They gather them here, one way, each
naming the groups it wants by a test of the group's key.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from reportcheck.models import Claim, GroupKey


def claims_by_incident(
    groups: Mapping[GroupKey, list[Claim]], keep: Callable[[GroupKey], bool]
) -> dict[str, list[Claim]]:
    """incident -> the claims of its groups whose key ``keep`` takes, the
    groups taken in the order of their keys' text: a fixed order whatever
    order align made them in (a key's person may be None beside another's
    name, so the keys themselves do not sort)."""
    found: dict[str, list[Claim]] = {}
    for key, claims in sorted(groups.items(), key=lambda item: tuple(map(str, item[0]))):
        if keep(key):
            found.setdefault(key.incident, []).extend(claims)
    return found
