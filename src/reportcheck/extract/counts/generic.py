"""Counts of any other countable thing the parse shows.

Reports of one incident count many things no casualty word or tally noun
reads: "escorted four cargo ships", "three prison officers were taken
hostage", "a six-storey block", "she dialled 999 four times".  Two reports
giving such a figure mostly give it for the same thing, and where they agree
the agreement is worth showing; where they differ the tool cannot tell
whether the two figures count one set of things or two (the ships escorted
and the ships that got away), so the comparer grades such a conflict low
(``unknown_role`` in rules/confidence.yaml).

The count's bearer is what it counts, as the knowledge layer names it: the
lemma of the counted noun ("ship"), or the name ``same_thing`` in
rules/generic_counts.yaml gives the noun or its modifier and noun ("prison
officer" and "guard" are both "guard"); a figure of times is counted by its
verb ("times:dial"), years of service by ``TENURE`` ("a 15-year employee",
"had worked there for 15 years").  A list of named places counts them ("the
villages of A and B": two villages), and "three other rifles" counts rifles
besides those told of (scope ``increment``).  The subject is
``GENERIC_COUNT_PREFIX`` and the bearer, so align groups such counts only
with counts of the same bearer (and event and scope, like every claim).
Nouns that measure rather than count (years, miles, dollars), nouns of
people in general ("people", "victims": a bearer too broad to tell two
crowds apart) and proper nouns are left out.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from reportcheck.extract.core.base import RawClaim, lemma_of
from reportcheck.extract.core.named import name_of, subject_name
from reportcheck.extract.counts.quantity import Quantity, other_count_claim
from reportcheck.extract.counts.scope import INCREMENT
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.generic_counts import generic_count_rules, same_thing_names
from reportcheck.knowledge.vocabulary import GENERIC_COUNT_PREFIX, TENURE
from reportcheck.models import ValueFrame

#: the noun of a figure of times ("three times")
TIMES = "time"


def bearer_of(noun: Token) -> str:
    """What a count of ``noun`` counts: the shared name of the noun, or of its
    modifier and noun ("prison officers" -> "guard"), else the noun's lemma."""
    same = same_thing_names()
    lemma = lemma_of(noun)
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    for modifier in reversed(modifiers):
        name = same.get(f"{modifier.lower_} {lemma}")
        if name is not None:
            return name
    return same.get(lemma) or same.get(noun.lower_) or lemma


def broken_hyphen(quantity: Quantity) -> Quantity:
    """ "an eight- storey building": copy broken over a line keeps a space
    after the hyphen, the tokenizer leaves the hyphen on the figure's word
    and the parser takes the building for the counted noun; the noun the
    figure is hyphened to is the one counted, as in "an eight-storey
    building"."""
    doc = quantity.last.doc
    nxt = quantity.last.i + 1
    if not _hyphen_kept(quantity) or nxt >= len(doc) or doc[nxt].pos_ != "NOUN":
        return quantity
    return replace(quantity, noun=doc[nxt], arg=doc[nxt])


def _a_dozen(quantity: Quantity) -> bool:
    """ "a dozen casings": the article and "dozen", one figure of twelve."""
    words = [t.lower_ for t in quantity.first.doc[quantity.first.i : quantity.last.i + 1]]
    return words == ["a", "dozen"] and quantity.low == quantity.high == 12


def _hyphen_kept(quantity: Quantity) -> bool:
    """ "eight-" of "an eight- storey building": a figure's word the tokenizer
    left its hyphen on (:func:`broken_hyphen`)."""
    return quantity.first.i == quantity.last.i and quantity.last.text.endswith("-")


def _hyphened(quantity: Quantity, noun: Token) -> bool:
    """ "a six-storey block": the figure joined to its singular noun by a
    hyphen, also where copy broken over a line keeps a space beside the
    hyphen ("an eight- storey building"), which the tokenizer leaves on the
    figure's word."""
    doc = noun.doc
    between = doc[quantity.last.i + 1 : noun.i]
    if len(between) == 1 and between[0].text == "-":
        return True
    return not between and noun.i == quantity.last.i + 1 and _hyphen_kept(quantity)


def hyphen_counted(quantity: Quantity, noun: Token) -> bool:
    """ "a six-storey block", "a 15-year employee": a hyphened figure that
    counts its noun (``hyphen_counted``) or years of service, not one that
    names or measures ("a 15-year term")."""
    if not _hyphened(quantity, noun):
        return False
    return lemma_of(noun) in generic_count_rules().hyphen_counted or _tenure(quantity, noun)


def _tenure(quantity: Quantity, noun: Token) -> bool:
    """Years of service: "a fifteen-year employee", "a 20-year veteran of the
    force", "had worked at the plant for 15 years", "was employed there for
    nine years" (``tenure_nouns``, ``tenure_verbs``)."""
    if lemma_of(noun) != "year":
        return False
    rules = generic_count_rules()
    if _hyphened(quantity, noun):
        return noun.dep_ == "compound" and lemma_of(noun.head) in rules.tenure_nouns
    if noun.tag_ != "NNS" or noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    verb = noun.head.head
    return lemma_of(verb) in rules.tenure_verbs or _been_with(verb)


def _been_with(verb: Token) -> bool:
    """ "had been with the department", "has been on the force": a "been"
    whose preposition names what one serves in (``tenure_preps``,
    ``tenure_places``), the clause "for N years" gives the years of."""
    if verb.lower_ != "been":
        return False
    rules = generic_count_rules()
    places = (
        lemma_of(obj)
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in rules.tenure_preps
        for obj in prep.children
        if obj.dep_ == "pobj"
    )
    return any(place in rules.tenure_places for place in places)


def tenure_holder(noun: Token) -> str:
    """Whose years of service ``noun`` ("years" of a tenure) counts, as the
    report names them (:func:`name_of`): the person the hyphened noun is
    said of ("Officer Mark Tate, a 12-year veteran", "12-year veteran Mark
    Tate", "A 15-year veteran, Tate had hoped", "she was a 15-year employee"), or the subject of the clause
    ("Tate, who had been on the force for 11 years"); the noun itself
    ("a 15-year veteran was shot") where nothing names the person."""
    if noun.dep_ != "compound":
        return subject_name(noun.head.head)
    said_of = noun.head
    if said_of.dep_ == "appos" or (said_of.dep_ == "compound" and said_of.head.pos_ == "PROPN"):
        return name_of(said_of.head)
    if said_of.dep_ == "attr":
        return subject_name(said_of.head) or name_of(said_of)
    if said_of.dep_ == "nsubj":
        # "A 15-year department veteran, Ortiz had hoped ...": the name beside it
        named = [c for c in said_of.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        if named:
            return name_of(named[0])
    return name_of(said_of)


def _times_of(quantity: Quantity, noun: Token) -> str | None:
    """ "dialled 999 four times", "was stabbed 12 times": the verb whose
    repetitions the figure counts, or None."""
    if lemma_of(noun) != TIMES or noun.tag_ != "NNS":
        return None
    if noun.dep_ != "npadvmod" or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    return f"times:{lemma_of(noun.head)}"


def _counted(quantity: Quantity, noun: Token) -> str | None:
    """The bearer of a count of ``noun``, or None when the figure counts no
    things the tool can name apart."""
    times = _times_of(quantity, noun)
    if times is not None:
        return times
    if _tenure(quantity, noun):
        return TENURE
    if noun.pos_ != "NOUN" or noun.i < quantity.last.i:
        return None
    if _measured(noun) or _everyone(noun):
        return None
    if _hyphened(quantity, noun):
        return bearer_of(noun) if hyphen_counted(quantity, noun) else None
    if noun.tag_ != "NNS":
        return None  # "a 911 call", "Route 66": a figure before a singular noun names it
    return bearer_of(noun)


def generic_count_claim(quantity: Quantity) -> RawClaim | None:
    """A count of a thing the tool knows no role of, or None.

    Only a figure a reader can hold a report to: numerals and stated ranges
    of two or more, and "a dozen" (twelve, as the casualty counts read it:
    "about a dozen shell casings" against "more than 30"), never "a" alone,
    a vague word ("dozens") or a rank."""
    noun = quantity.noun
    if noun is None or quantity.individual or quantity.low < 2:
        return None
    if quantity.low != quantity.high and not quantity.ranged:
        return None
    if not (quantity.first.like_num or quantity.ranged or _hyphen_kept(quantity) or _a_dozen(quantity)):
        return None  # "a", "both", "another": no figure
    bearer = _counted(quantity, noun)
    return None if bearer is None else _claim(quantity, noun, bearer)


def listed_quantity(noun: Token) -> Quantity | None:
    """ "the villages of Marvdasht and Kharameh", "the towns of A, B and C": a
    plural noun whose members a report names instead of counting them, read
    as a count of the names (two or more), which another report's "two
    villages" is set against."""
    if noun.tag_ != "NNS" or noun.pos_ != "NOUN" or lemma_of(noun) not in generic_count_rules().named_kinds:
        return None  # "the officials of Texas and Ohio" are no officials named Texas and Ohio
    start = next((c for c in noun.children if c.dep_ == "det" and c.lower_ == "the" and c.i < noun.i), None)
    if start is None:
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    first = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if first is None or first.pos_ != "PROPN":
        return None
    members = _conjuncts(first)
    if len(members) < 2 or any(m.pos_ != "PROPN" for m in members):
        return None
    last = max(members, key=lambda t: t.i)
    return Quantity(start, last, len(members), len(members), len(members), noun, noun)


def _conjuncts(first: Token) -> list[Token]:
    """A name and the names joined to it by "and" or commas."""
    found, todo = [first], [first]
    while todo:
        for child in todo.pop().children:
            if child.dep_ == "conj":
                found.append(child)
                todo.append(child)
    return found


def listed_count_claim(quantity: Quantity) -> RawClaim | None:
    """The count of a named list (:func:`listed_quantity`) of things no tally
    noun reads ("the provinces of A and B"), or None."""
    noun = quantity.noun
    assert noun is not None  # a listed quantity always has its noun
    if _measured(noun) or _everyone(noun):
        return None
    return _claim(quantity, noun, bearer_of(noun))


def _measured(noun: Token) -> bool:
    """Years, miles, dollars: a noun a figure measures rather than counts."""
    not_counted = generic_count_rules().not_counted
    return lemma_of(noun) in not_counted or noun.lower_ in not_counted


def _everyone(noun: Token) -> bool:
    """ "people", "victims": too broad a bearer to tell two crowds apart."""
    people = lexicon().people_group
    return "all" in (people.get(lemma_of(noun)), people.get(noun.lower_))


def _label(bearer: str) -> str:
    """What the table calls such a count: "times of 'dial'", "years of
    service", "count of ship"."""
    verb = bearer.removeprefix("times:")
    if verb != bearer:
        return f"times of '{verb}'"
    return "years of service" if bearer == TENURE else f"count of {bearer}"


def _claim(quantity: Quantity, noun: Token, bearer: str) -> RawClaim:
    """The count of ``bearer``; years of service keep whose they are as the
    frame's bearer (:func:`tenure_holder`), so that the align stage pairs
    one person's with the same person's only."""
    if bearer == TENURE:
        frame = ValueFrame(bearer=tenure_holder(noun), measure=TENURE)
    else:
        frame = ValueFrame(bearer=bearer, scope=INCREMENT if _besides_others(quantity, noun) else None)
    told = bearer == TENURE or bearer.startswith("times:")
    return other_count_claim(
        quantity,
        noun,
        subject=f"{GENERIC_COUNT_PREFIX}{bearer}",
        label=_label(bearer),
        group=bearer,
        frame=frame,
        act=None if told else act_on(_acted_on(quantity, noun)),
        as_size=True if _hyphened(quantity, noun) and not told else None,
    )


#: the dependencies of a thing an act is told on: its subject, object, passive subject
ACT_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})


def _acted_on(quantity: Quantity, noun: Token) -> Token:
    """The word whose verb tells the counted things' act: the building a
    hyphened "eight-storey" describes, the "total" the count is told as ("A
    total of 47 miners ... were brought to the surface": agency copy's tally,
    whose verb is the miners' as much as "All 74 miners ... were brought"
    is), else the counted noun."""
    if _hyphened(quantity, noun):
        return noun.head
    arg = quantity.arg
    if arg.i != noun.i and noun.head.lower_ == "of" and noun.head.head.i == arg.i:
        return arg
    return noun


def act_on(thing: Token) -> str | None:
    """The verb ``thing`` is told by: the verb whose subject or object it is
    ("the Houthis fired two missiles", "two missiles were intercepted"),
    whose agent it is ("was hit by four strikes"), or a participle before it
    ("a collapsed eight-storey building"); a conjunct's is its first
    conjunct's ("fired two missiles and three rockets").  None where the
    thing is no verb's argument ("two of the three missiles", "in two
    boats") or the verb tells no act (``no_act_verbs``: "there were").
    Two reports whose counts of one thing share this verb count the one set
    that act acted on (compare/confidence.py)."""
    kind = _kind_in_list(thing)
    while _listed(thing):
        thing = thing.head
    act = _verb_act(thing)
    return act if act is None or kind is None else f"{act}:{kind}"


def _kind_in_list(thing: Token) -> str | None:
    """The words a list member is told apart by from another member of its
    noun ("two coast guard vessels, a helicopter and four merchant
    vessels": "merchant"; "fired two rockets and three missiles":
    "missile"), or None where no other member counts its thing.
    Such a member counts a kind, not the set the list's act acted on: its
    act is that kind's, so "four merchant vessels took part" meets another
    report's merchant vessels, never its bare "three vessels took part"."""
    first = thing
    while _listed(first):
        first = first.head
    # the parser may hang a list's first member as a subject of its own
    # ("Two coast guard vessels, a helicopter and ...": two subjects)
    firsts = [c for c in first.head.children if c.dep_ == first.dep_] or [first]
    members = [m for f in firsts for m in (f, *_members_after(f))]
    if not any(m.i != thing.i and bearer_of(m) == bearer_of(thing) for m in members):
        return None
    told_apart = (c for c in thing.lefts if c.dep_ in ("compound", "amod"))
    words = [t.lower_ for c in told_apart for t in c.subtree]
    return " ".join(words) or lemma_of(thing)


def _members_after(first: Token) -> list[Token]:
    """The list members after ``first``: its conjuncts and appositions, as
    :func:`_listed` climbs them."""
    found: list[Token] = []
    for child in first.children:
        if child.dep_ == "conj" or (child.dep_ == "appos" and _listed(child)):
            found += [child, *_members_after(child)]
    return found


def _verb_act(thing: Token) -> str | None:
    """The act of the verb a list's first member (or a lone thing) is told by."""
    verb: Token | None = None
    if thing.dep_ in ACT_ROLES and thing.head.pos_ in ("VERB", "AUX"):
        verb = thing.head
    elif thing.dep_ == "pobj" and thing.head.dep_ == "agent":
        verb = thing.head.head
    else:
        before = (c for c in thing.children if c.i < thing.i)
        verb = next((c for c in before if c.dep_ == "amod" and c.tag_ == "VBN"), None)
    if verb is None:
        return _noun_act(thing)
    lemma = lemma_of(verb)
    if lemma in generic_count_rules().no_act_verbs:
        return _phrased_act(verb, lemma, thing)
    return _meaning(verb, lemma, thing)


def _noun_act(thing: Token) -> str | None:
    """The act a noun tells of the things after its "of" ("the relocation
    of 24 families": ``act_nouns``), the act its verb would ("relocated 24
    families"), or None."""
    if thing.dep_ != "pobj" or thing.head.lower_ != "of":
        return None
    verb = generic_count_rules().act_nouns.get(lemma_of(thing.head.head))
    return None if verb is None else _act_meanings().get(verb, verb)


def _listed(thing: Token) -> bool:
    """Whether ``thing`` stands in a list after its first member, whose verb
    is the list's: a conjunct ("fired two missiles and three rockets"), or a
    member the parser hangs as an apposition of the first where a list of
    three runs on with "and" ("Two coast guard vessels, a helicopter and
    three merchant ships took part")."""
    if thing.head.i == thing.i:
        return False
    if thing.dep_ == "conj":
        return True
    return thing.dep_ == "appos" and any(c.dep_ == "conj" for c in thing.children)


def _phrased_act(verb: Token, lemma: str, thing: Token) -> str | None:
    """The act a verb of no act of its own tells with its object or
    particle (``act_meanings``: "took part in the search" is joining it, as
    "joined the search" is; "take" alone tells nothing), or None."""
    meaning = _meaning(verb, lemma, thing)
    return meaning if meaning != lemma else None


def _meaning(verb: Token, lemma: str, thing: Token) -> str:
    """The act a verb tells (``act_meanings``): "opened fire", "discharged
    their weapons" and "fired" tell one act; the verb's lemma where no
    meaning lists it, or where the act is only some things' (``act_things``:
    "shells fell" is an impact, "trees fell" no more than a fall)."""
    meanings = _act_meanings()
    words = [c for c in verb.children if c.dep_ in ("dobj", "prt", "prep")]
    for told in [*(f"{lemma} {lemma_of(w)}" for w in words), lemma]:
        if told in meanings:
            things = generic_count_rules().act_things.get(meanings[told])
            if things is not None and not {bearer_of(thing), lemma_of(thing)} & set(things):
                return lemma
            return meanings[told]
    return lemma


@cache
def _act_meanings() -> dict[str, str]:
    return {verb: act for act, verbs in generic_count_rules().act_meanings.items() for verb in verbs}


def _besides_others(quantity: Quantity, noun: Token) -> bool:
    """ "three other rifles", "two extra life sentences", "a further four
    trucks": a count besides things already counted, not all of them.  The
    "more" of a bound ("more than 30 shell casings", "no more than six
    rounds") adds nothing: it is all of them, told from below or above."""
    words = [c for c in noun.children if c.dep_ in ("amod", "det", "advmod", "quantmod")]
    words += list(quantity.first.children)
    if quantity.first.i > 0:
        words.append(noun.doc[quantity.first.i - 1])
    doc = noun.doc
    bounds = {w.i for w in words if w.i + 1 < len(doc) and doc[w.i + 1].lower_ == "than"}
    return any(w.lower_ in lexicon().increment and w.i not in bounds for w in words)
