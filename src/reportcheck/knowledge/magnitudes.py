"""The words that tell a magnitude doublet from a range or two agencies' figures
(``rules/magnitudes.yaml``).

"magnitude 7.8 and 7.5 earthquakes" is two shocks; "between 5.5 and 6.0" a
range; "5.6 and 5.9 respectively" one shock measured twice.  The magnitude
reader (:mod:`reportcheck.extract.quantities.magnitude`) and the incidents
stage (:mod:`reportcheck.incident_events`) both decide it, from one list
here, so the two never drift apart.
"""

from __future__ import annotations

from functools import cache

from reportcheck.knowledge.rules import Strict, load_rule_file


class MagnitudeRules(Strict):
    """rules/magnitudes.yaml: words, in lower case."""

    doublet_range_words: list[str]
    doublet_apart_words: list[str]


@cache
def _magnitude_rules() -> MagnitudeRules:
    return load_rule_file("magnitudes.yaml", MagnitudeRules)


@cache
def doublet_range_words() -> frozenset[str]:
    """Words before two joined figures that make them a range ("between")."""
    return frozenset(_magnitude_rules().doublet_range_words)


@cache
def doublet_apart_words() -> frozenset[str]:
    """Words after two joined figures that make them one shock's two
    measures ("respectively", "on two scales")."""
    return frozenset(_magnitude_rules().doublet_apart_words)
