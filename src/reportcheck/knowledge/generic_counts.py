"""The rules of counts of things the tool knows no role of ("four ships",
``rules/generic_counts.yaml``): read by the generic count reader
(extract/counts/generic.py) and by the comparer's scopes
(``act_held_groups``, compare/scopes.py)."""

from __future__ import annotations

from functools import cache

from reportcheck.knowledge.rules import Strict, load_rule_file


class GenericCountRules(Strict):
    """``rules/generic_counts.yaml``: which nouns are counted, and under what name."""

    #: nouns a figure measures or names rather than counts (years, miles, dollars)
    not_counted: list[str]
    #: shared name -> the nouns (or "modifier noun") that name one kind of thing
    same_thing: dict[str, list[str]]
    #: nouns counted in a hyphened figure ("a six-storey block")
    hyphen_counted: list[str]
    #: nouns whose members "the N of A and B" names ("the villages of A and B")
    named_kinds: list[str]
    #: nouns a hyphened "N-year" before them gives the years of service of ("a 15-year employee")
    tenure_nouns: list[str]
    #: verbs whose "for N years" is years of service ("had worked there for 15 years")
    tenure_verbs: list[str]
    #: prepositions of "been with the department" that make "for N years" years of service
    tenure_preps: list[str]
    #: what one serves in ("the department", "the force"): the object of such a preposition
    tenure_places: list[str]
    #: verbs that tell no act on the counted things ("there were two ships",
    #: "had four floors", "said"): never a count's ``act``
    no_act_verbs: list[str]
    #: people counted as groups by what each did or suffered ("two officers
    #: returned fire", "four officers were shot"): two counts of them are
    #: set against each other only where both tell one act (compare/scopes.py)
    act_held_groups: list[str] = []
    #: one act told by several verbs ("fired at", "opened fire", "discharged
    #: their weapons"): the act's name -> its verbs, alone or with their object
    #: or particle ("open fire", "shoot at")
    act_meanings: dict[str, list[str]] = {}


@cache
def generic_count_rules() -> GenericCountRules:
    return load_rule_file("generic_counts.yaml", GenericCountRules)


@cache
def act_held_groups() -> frozenset[str]:
    """People counted as groups by what each did or suffered (``act_held_groups``)."""
    return frozenset(generic_count_rules().act_held_groups)
