"""The ``reportcheck_*`` spaCy components, in the one order the pipeline runs them.

Each component adds raw claims to ``doc._.rc_claims`` (see
:mod:`reportcheck.extract.core.base`); its factory is registered with spaCy
when its module is imported, and :mod:`reportcheck.pipeline` imports the
modules named here and adds the components in this order.

Why the order matters: a claim is dropped when one of the same kind already
covers its characters, and the count component skips any number another claim
already holds.  So places, dates, times and measures claim their words first,
and "20" in "20km" or "2 p.m." is never read as twenty or two people; people
come after places so a place is not taken for a name; a fact box's figures
("Deaths: 15") come before the people and the counts, which skip them; counts come after every
component that claims numbers; the components that read other claims (outcomes
read the counts, weapon places the weapons) come after what they read, and
death places come after places, whose plain place claim wins over the same words;
venues and streets come after them and stand beside any other claim of their words;
the callers and finders come last, so their phrases never hide a count or a name.

``tests/extract/test_factories.py`` holds this list against ``tests/extract/factories.json``
and checks that each name is registered with spaCy: a component added,
removed or moved shows in review as a change to that file.
"""

from __future__ import annotations

from dataclasses import dataclass

#: where every component puts its claims
CLAIMS = "doc._.rc_claims"


@dataclass(frozen=True)
class Component:
    """One ``reportcheck_*`` component: its spaCy factory name, the module whose import
    registers it, and what it assigns and requires (spaCy's own words for both)."""

    name: str
    module: str
    assigns: tuple[str, ...]
    requires: tuple[str, ...]


#: marks the starts of lines before the parser runs, so a headline or a dateline
#: is a sentence of its own; added before the parser, not in :data:`COMPONENTS`
LINE_BREAKS = Component(
    "reportcheck_line_breaks",
    "reportcheck.extract.core.lines",
    assigns=("token.is_sent_start",),
    requires=(),
)

#: hangs a wire dateline the line-breaks component had parsed apart on the story's
#: first sentence again; added right after the parser, not in :data:`COMPONENTS`
DATELINE_JOIN = Component(
    "reportcheck_dateline_join",
    "reportcheck.extract.core.lines",
    assigns=("token.head", "token.dep"),
    requires=("token.dep",),
)

#: the claim components, in the order they run after the model's own components
COMPONENTS: tuple[Component, ...] = (
    Component("reportcheck_locations", "reportcheck.extract.places.component", (CLAIMS,), ("doc.ents",)),
    Component("reportcheck_dates", "reportcheck.extract.dates.component", (CLAIMS,), ("doc.sents",)),
    Component("reportcheck_times", "reportcheck.extract.times.component", (CLAIMS,), ("doc.sents",)),
    Component(
        "reportcheck_measures",
        "reportcheck.extract.quantities.component",
        (CLAIMS,),
        ("doc.sents", "token.dep", "token.pos"),
    ),
    Component("reportcheck_magnitude", "reportcheck.extract.quantities.magnitude", (CLAIMS,), ("doc.sents",)),
    Component("reportcheck_factbox", "reportcheck.extract.counts.factbox", (CLAIMS,), ()),
    Component(
        "reportcheck_people",
        "reportcheck.extract.people.component",
        (CLAIMS,),
        ("doc.ents", "token.dep", "token.pos", f"{CLAIMS} (locations)"),
    ),
    Component("reportcheck_weapons", "reportcheck.extract.weapons.component", (CLAIMS,), ()),
    Component(
        "reportcheck_counts",
        "reportcheck.extract.counts.component",
        (CLAIMS,),
        ("token.dep", "token.pos", "token.ent_type", f"{CLAIMS} (every claim above)"),
    ),
    Component(
        "reportcheck_outcomes", "reportcheck.extract.counts.outcomes", (CLAIMS,), (f"{CLAIMS} (counts)",)
    ),
    Component(
        "reportcheck_death_places",
        "reportcheck.extract.places.deathplace",
        (CLAIMS,),
        ("doc.sents", "token.dep", "token.pos", "token.ent_type", f"{CLAIMS} (locations)"),
    ),
    Component(
        "reportcheck_weapon_places",
        "reportcheck.extract.weapons.weaponplace",
        (CLAIMS,),
        ("token.dep", "token.pos", "token.lemma", f"{CLAIMS} (weapons)"),
    ),
    Component("reportcheck_venues", "reportcheck.extract.places.venues", (CLAIMS,), ()),
    Component(
        "reportcheck_relative_places",
        "reportcheck.extract.places.relative",
        (CLAIMS,),
        ("doc.sents", "token.dep", "token.pos", "token.lemma"),
    ),
    Component(
        "reportcheck_callers",
        "reportcheck.extract.callers.component",
        (CLAIMS,),
        ("token.dep", "token.pos", "token.lemma", "token.ent_type"),
    ),
)
