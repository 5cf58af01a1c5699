"""The rules of counts of things the tool knows no role of ("four ships",
``rules/generic_counts.yaml``): read by the generic count reader
(extract/counts/generic.py) and by the comparer's scopes
(``act_held_groups``, compare/scopes.py)."""

from __future__ import annotations

from functools import cache

from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.knowledge.vocabulary import ORIGIN_FLOOR
from reportcheck.models import Claim, ClaimKind


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
    #: things a story counts one set of at its scene whatever verb tells it
    #: ("found 54 shell casings"): a known role (compare/confidence.py)
    scene_tallies: list[str] = []
    #: things of which a story tells one (a building's storeys, a vessel's
    #: decks): two figures of one in a report are its internal conflict
    told_once: list[str] = []
    #: verbs that describe a thing rather than tell what befell it ("the
    #: six-storey building housed ten flats"): a size told by one is the
    #: story's one building described, whatever act the report's other size has
    describing_acts: list[str] = []
    #: the words before a described size that tell the thing already known
    #: ("The six-storey block housed ten flats"): "a two-storey school,
    #: built in 1960" brings in another building
    describing_known: list[str] = []
    #: the word before "-decker" -> how many decks ("double-decker": 2)
    decker_words: dict[str, int] = {}
    #: nouns of a building's floor ("the seventh floor")
    floor_nouns: list[str] = []
    #: ordinal words of a floor -> its number ("ground": 0, "seventh": 7)
    floor_ordinals: dict[str, int] = {}
    #: verbs (a lemma, or a lemma and its particle) of a fire's start ("broke out", "started")
    origin_verbs: list[str] = []
    #: words of fire, the subject of a verb of finding that tells where it began
    fire_nouns: list[str] = []
    #: verbs of a fire found or reported ("The fire was reported ... on the 11th floor")
    found_verbs: list[str] = []
    #: prepositions of where a fire went ("spread to the fifth floor")
    destination_preps: list[str] = []
    #: verbs of a blast striking a place ("The blast hit an apartment on the
    #: fourth floor"), read only with a word of blast as their subject
    blast_verbs: list[str] = []
    #: words of blast, the subject of one of ``blast_verbs``
    blast_nouns: list[str] = []
    #: verbs of fire or smoke seen coming out of a place ("flames were seen
    #: coming from the fifth floor", "heavy fire showing from the second floor")
    sighting_verbs: list[str] = []
    #: what is seen coming out: words of fire and smoke
    sighting_nouns: list[str] = []
    #: the prepositions a sighted floor hangs on ("from", "out of", "on")
    sighting_preps: list[str] = []
    #: verbs of a fire moving on ("as the fire spread upward"): a report that
    #: tells one reads no sighted floor as where the fire began
    spread_verbs: list[str] = []
    #: words only British copy uses of a building ("storey", "flat")
    british_floor_words: list[str] = []
    #: words only American copy uses of a building ("apartment")
    american_floor_words: list[str] = []
    #: American words of a building's height, read only after a hyphen or
    #: a figure ("an eight-story building")
    american_height_words: list[str] = []
    #: one act told by several verbs ("fired at", "opened fire", "discharged
    #: their weapons"): the act's name -> its verbs, alone or with their object
    #: or particle ("open fire", "shoot at")
    act_meanings: dict[str, list[str]] = {}
    #: acts only the verbs of some things tell: the act's name -> the things
    #: (``same_thing`` names or lemmas) whose verbs it is ("impact": a
    #: projectile's landing, never a tree's fall)
    act_things: dict[str, list[str]] = {}
    #: nouns of an act told of the things after their "of" ("the relocation
    #: of 24 families"): the noun -> the verb it names, an act like any verb's
    act_nouns: dict[str, str] = {}


@cache
def generic_count_rules() -> GenericCountRules:
    return load_rule_file("generic_counts.yaml", GenericCountRules)


@cache
def same_thing_names() -> dict[str, str]:
    """A noun (a lemma, or "modifier lemma") -> the one name of the thing it
    names (``same_thing``: "bogie" and "coach" -> "carriage"), so two
    reports' counts of one thing under two nouns meet in align."""
    return {word: name for name, words in generic_count_rules().same_thing.items() for word in words}


def told_once(claim: Claim) -> bool:
    """A count of a thing a story tells one of (``told_once``: the
    building's storeys, the vessel's decks) or the floor a fire began on,
    whose two figures in one report are its contradiction."""
    if claim.kind is not ClaimKind.other_count:
        return False
    return claim.subject == ORIGIN_FLOOR or claim.frame.bearer in generic_count_rules().told_once


def one_size(a: Claim, b: Claim) -> bool:
    """Two figures both told as the size of a thing a story tells one of
    ("a six-storey building" against "the eight-storey building",
    ``CountDetails.as_size``): the building's height, one fixed property,
    never two sets of storeys, so a difference is a conflict however each
    report tells what befell the building ("was hit", "collapsed").  A
    figure counted as a set ("four floors were gutted", "approval for four
    floors") is not its height and stays graded as any thing's count."""
    return told_once(a) and told_once(b) and bool(a.count.as_size) and bool(b.count.as_size)


def one_thing_described(a: Claim, b: Claim) -> bool:
    """Two sizes of one report that are one thing's: both told as a size
    (:func:`one_size`), one by a verb that only describes the thing
    (``describing_acts``: "a five-storey building collapsed ... The
    six-storey building, built in 1998, housed ten flats"), told as the
    thing already known (:func:`_told_as_known`).  Reporters
    describe the building the story is about in a background line; a second
    building is told by what befell it ("collapsed onto a two-storey house")
    or brought in by an article ("stood a two-storey school")."""
    if not one_size(a, b):
        return False
    rules = generic_count_rules()
    return any(c.count.act in rules.describing_acts and _told_as_known(c) for c in (a, b))


def _told_as_known(claim: Claim) -> bool:
    """Whether the word right before a size's figure tells the thing as the
    one already told of (``describing_known``: "The six-storey block", "its
    three decks"), not a new one ("stood a two-storey school")."""
    evidence = claim.evidence
    before = evidence.sentence[: evidence.start - evidence.sentence_start].split()
    return bool(before) and before[-1].lower() in generic_count_rules().describing_known


@cache
def act_held_groups() -> frozenset[str]:
    """People counted as groups by what each did or suffered (``act_held_groups``)."""
    return frozenset(generic_count_rules().act_held_groups)
