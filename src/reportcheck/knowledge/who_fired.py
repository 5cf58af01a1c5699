"""The words of who fired other than a reflexive or an agent (rules/who_fired.yaml).

Read by the reader of who held the gun when it went off
(:mod:`reportcheck.extract.people.holders`) and by the reader of a
headline's "Teen accidentally shoots, kills self" that the parser misreads
(:mod:`reportcheck.extract.counts.headline_self`).  Data, so that a verb of
holding or a gun noun the corpora show is added in one place.
"""

from __future__ import annotations

from functools import cache

from reportcheck.knowledge.rules import Strict, load_rule_file


class WhoFiredRules(Strict):
    """The schema of ``rules/who_fired.yaml`` (see the comments there)."""

    holder_verbs: list[str]
    gun_nouns: list[str]
    firing_verbs: list[str]
    firing_particles: dict[str, str]
    headline_adverbs: list[str]
    fatal_adverbs: list[str]
    headline_shoot_words: list[str]
    headline_kill_words: list[str]
    headline_reflexives: list[str]


@cache
def who_fired_rules() -> WhoFiredRules:
    return load_rule_file("who_fired.yaml", WhoFiredRules)
