"""The people a disaster left evacuated, displaced, homeless, trapped,
stranded, affected or in shelters.

Disaster copy counts the living beside the dead: "Some 12,000 people were
evacuated before landfall", "A total of 1,240 residents have been
displaced", "More than 1,200 people have fled to temporary shelters", "the
floods left 3,000 people homeless", "About 20 people are feared trapped
under the debris".  Two reports give these figures and can disagree on
them, yet read as a count of whatever noun they have ("residents", "people")
they meet nothing, and a count with no verb read is dropped.  Each plight is
a measure of its own (rules/plights.yaml): the people evacuated before a
storm are not those it displaced, so the claim's subject names the plight
and the unit ("people evacuated", "families evacuated") and align sets it
only against the same plight of another report.  A plight denied or only
planned ("could not be evacuated", "were ordered to evacuate") is none, an
evacuation to hospital is the hurt's, and "another 500 people were
evacuated" is an increment, never the total.  How sure the report is
("feared trapped", "believed trapped") is a hedge of the cue reader
(rules/cues.yaml).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from reportcheck.extract.core.base import RawClaim, lemma_of
from reportcheck.extract.counts.quantity import Quantity, other_count_claim
from reportcheck.extract.counts.rescued import besides_others
from reportcheck.extract.counts.scope import INCREMENT
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.knowledge.title_case import lemmas_by_form
from reportcheck.knowledge.vocabulary import PART_SCOPE
from reportcheck.models import ValueFrame

#: the parser's roles of the people a verb of a plight acts on
_ACTED_ON = frozenset({"dobj", "nsubjpass"})
#: the parser's roles of a state told on a verb ("are homeless", "left them
#: homeless", "were feared trapped", "forced to flee")
_STATE_ROLES = frozenset({"acomp", "oprd", "xcomp", "ccomp", "advcl", "conj"})
#: the parser's roles of a plight's word on the counted noun ("12,000
#: displaced people", "the 40 miners trapped inside")
_ON_NOUN = frozenset({"amod", "acl", "relcl"})


class PlightWords(Strict):
    """The words of one plight (rules/plights.yaml ``plights``)."""

    verbs: list[str] = []
    states: list[str] = []
    nouns: list[str] = []


class PlightRules(Strict):
    """``rules/plights.yaml``: the plights a count of people is told in."""

    plights: dict[str, PlightWords]
    flight_verbs: list[str]
    flight_places: list[str]
    flight_plight: str
    staying_verbs: list[str]
    spending_verbs: list[str]
    spent_times: list[str]
    taking_verbs: list[str]
    refuge_words: list[str]
    placing_verbs: list[str]
    refuge_nouns: list[str]
    refuge_marks: list[str]
    not_refuge_marks: list[str]
    refuge_plight: str
    carrying_verbs: list[str]
    household_nouns: list[str]
    people_unit: str
    household_unit: str
    undone_words: list[str]
    care_nouns: list[str]
    more_words: list[str]
    still_words: list[str]
    share_words: list[str]
    supply_nouns: list[str]
    supply_loss_verbs: list[str]
    supply_plight: str
    supply_home_nouns: list[str]
    supply_left_verbs: list[str]
    supply_subject_verbs: list[str]


@cache
def plight_rules() -> PlightRules:
    """The words of plights (rules/plights.yaml), read once."""
    return load_rule_file("plights.yaml", PlightRules)


@cache
def _by_word(part: str) -> dict[str, str]:
    """verb, state or noun -> the plight it tells."""
    return {w: name for name, words in plight_rules().plights.items() for w in getattr(words, part)}


def _undone(verb: Token, carried: bool = False) -> bool:
    """ "could not be evacuated", "plan to evacuate": denied or only planned.
    A verb ``carried`` by another keeps its "to" ("were forced to flee"):
    the carrying verb says whether it happened."""
    undone = set(plight_rules().undone_words) - ({"to"} if carried else set())
    return any(c.lower_ in undone and c.dep_ in ("neg", "aux", "auxpass") for c in verb.children)


def _to_care(verb: Token) -> bool:
    """ "were evacuated to hospital": the hurt carried to care."""
    care = plight_rules().care_nouns
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into")]
    return any(lemma_of(o) in care for p in preps for o in p.children if o.dep_ == "pobj")


def _fled_home(verb: Token) -> bool:
    """ "fled their homes", "fled to temporary shelters": a flight from a home
    or to a refuge (``flight_places``), never from a scene."""
    places = plight_rules().flight_places
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(lemma_of(o) in places for o in objects)


#: the prepositions of where a verb puts or keeps people
_IN_OR_TO = frozenset({"in", "at", "to", "into", "inside"})


def _refuge(noun: Token) -> bool:
    """ "cyclone shelters", "relief camps", "evacuation centres": a place
    people are sheltered in (``refuge_nouns``, or a noun a ``refuge_marks``
    word marks), never a home, a town or a hospital, nor a camp, tent or
    shelter a ``not_refuge_marks`` word makes another place."""
    rules = plight_rules()
    marks = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod", "poss")]
    if any(m in rules.not_refuge_marks for m in marks):
        return False  # "a homeless shelter", "an army camp", "a medical tent"
    return lemma_of(noun) in rules.refuge_nouns or any(m in rules.refuge_marks for m in marks)


def _put_in_refuge(verb: Token) -> bool:
    """The verb's in/at/to/into phrase, on it or on its object ("took
    shelter in 97 relief camps"), names a refuge.  The parser may hang the
    phrase's noun on the verb as its object and leave the preposition bare
    ("were sheltering in evacuation centres"): an object right after one of
    these prepositions is the place."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    preps = [p for h in (verb, *objects) for p in h.children if p.dep_ == "prep" and p.lower_ in _IN_OR_TO]
    places = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    doc = verb.doc
    places += [o for o in objects if o.left_edge.i > 0 and doc[o.left_edge.i - 1].lower_ in _IN_OR_TO]
    return any(_refuge(o) for o in places)


def _sheltered_by(verb: Token, role: str) -> bool:
    """ "are sheltering in evacuation centres", "have taken shelter in relief
    camps", "were spending the night in shelters", "had been moved to cyclone shelters", "had moved to the
    shelters": the count is where a verb of staying or placing puts it, a
    refuge (rules/plights.yaml ``staying_verbs`` and ``placing_verbs``)."""
    rules = plight_rules()
    lemma = lemma_of(verb)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if role == "nsubj":
        taking = lemma in rules.taking_verbs and any(lemma_of(o) in rules.refuge_words for o in objects)
        spending = lemma in rules.spending_verbs and any(lemma_of(o) in rules.spent_times for o in objects)
        staying = (
            lemma in rules.staying_verbs
            or taking
            or spending
            or (lemma in rules.placing_verbs and not objects)
        )
    else:
        staying = lemma in rules.placing_verbs
    return staying and _put_in_refuge(verb)


def _plight_of_verb(verb: Token, role: str, carried: bool = False) -> str | None:
    """The plight a verb tells of the people it has in ``role``: a verb of
    the plight acting on them, a verb of flight they are the subject of,
    or a state carried by a verb of being or leaving (followed one step
    down: "were forced to flee their homes", "were feared trapped")."""
    if verb.pos_ not in ("VERB", "AUX") or _undone(verb, carried):
        return None
    rules = plight_rules()
    lemma = lemma_of(verb)
    if role in _ACTED_ON and (plight := _by_word("verbs").get(lemma)) is not None:
        return None if _to_care(verb) else plight
    if role == "nsubj" and lemma in rules.flight_verbs and _fled_home(verb):
        return rules.flight_plight
    if _sheltered_by(verb, role):
        return rules.refuge_plight
    if lemma not in rules.carrying_verbs:
        return None
    for state in (c for c in verb.children if c.dep_ in _STATE_ROLES):
        plight = _by_word("states").get(state.lower_)
        if plight is not None and not _undone(state):
            return plight
        if state.pos_ == "VERB" and (inner := _plight_of_verb(state, _inner_role(state), carried=True)):
            return inner
    return None


def _inner_role(verb: Token) -> str:
    """The role the people of a verb that carries a clause have in it: its
    passive's subject ("were believed to have been evacuated"), else its
    subject ("were forced to flee their homes")."""
    return "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"


def _verb_of(arg: Token) -> tuple[Token, str]:
    """The verb the counted word hangs on and its role there.  A subject the
    parser hangs on the passive's auxiliary ("people were pre-emptively
    evacuated", the adverb's hyphen splitting the clause) is the passive's."""
    head = arg.head
    if arg.dep_ == "nsubj" and head.dep_ == "auxpass" and head.head.pos_ == "VERB":
        return head.head, "nsubjpass"
    return head, arg.dep_


def plight_of(quantity: Quantity) -> str | None:
    """The plight a count of people is told in, or None."""
    noun = quantity.noun
    if noun is not None:
        if (plight := _by_word("nouns").get(lemma_of(noun))) is not None:
            return plight
        for word in (c for c in noun.children if c.dep_ in _ON_NOUN):
            if (plight := _by_word("states").get(word.lower_)) is not None and not _undone(word):
                return plight
    verb, role = _verb_of(quantity.arg)
    if role in (*_ACTED_ON, "nsubj") and (plight := _plight_of_verb(verb, role)) is not None:
        return plight
    if cut_off(quantity):
        return plight_rules().supply_plight
    return _state_by_words(quantity)


def cut_off_claim(quantity: Quantity) -> RawClaim | None:
    """A count of homes a storm cut off from the grid ("knocking out power to
    about 21,000 households", "20,000 homes lost power"), which no people
    word names and so never reaches :func:`plight_claim`: the households
    without power, set against the other report's whatever noun it counts
    them by (``supply_home_nouns``)."""
    noun = quantity.noun
    rules = plight_rules()
    if noun is None or lemma_of(noun) not in rules.supply_home_nouns or quantity.individual:
        return None
    if _share(quantity) or not cut_off(quantity):
        return None
    subject = f"{rules.household_unit} {rules.supply_plight}"
    scope = f"{PART_SCOPE}:still {rules.supply_plight}" if _still(quantity) else None
    frame = ValueFrame(scope=scope)
    return other_count_claim(quantity, noun, subject=subject, label=subject, group=subject, frame=frame)


def cut_off(quantity: Quantity) -> bool:
    """Whether a count is of homes or people a storm cut off from the grid
    ("cut electricity to 15,000 customers"): a count of no harm, whatever
    the verb reads as elsewhere ("cut" of a wound)."""
    return _noun_cut_off(quantity.noun or quantity.arg)


def _supply_lost(verb: Token) -> bool:
    """ "knocking out power", "lost electricity": a verb of losing a supply
    (``supply_loss_verbs``) with the supply as its object, not denied or
    only feared ("could lose power")."""
    rules = plight_rules()
    if lemma_of(verb) not in rules.supply_loss_verbs or _undone(verb):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and lemma_of(c) in rules.supply_nouns for c in verb.children)


def _lost_by_its_subject(verb: Token) -> bool:
    """Whether the subject of a verb of a supply's loss is who lost it: "12,000
    homes lost power" (``supply_subject_verbs``), or the supply is the
    passive subject ("homes whose power was cut"); the subject of an active
    "cut" or "shut" cut it ("Two utility workers who cut power to the line
    were killed" are the dead, not homes without power)."""
    rules = plight_rules()
    if lemma_of(verb) in rules.supply_subject_verbs:
        return True
    return any(c.dep_ == "nsubjpass" and lemma_of(c) in rules.supply_nouns for c in verb.children)


def _noun_cut_off(noun: Token) -> bool:
    """The counted homes or people a storm cut off from the grid: "knocking
    out power to about 21,000 households" (the count after "to", on the
    supply or on its verb), "the 12,000 households that lost power" (a
    relative clause on the count), "12,000 homes lost power" (its subject),
    "left 50,000 customers without power" ("without" on the count, or on its
    verb where that verb leaves them so: ``supply_left_verbs``)."""
    rules = plight_rules()
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "to":
        owner = head.head  # "power to ..." or "knocked out power to ..."
        if lemma_of(owner) in rules.supply_nouns and _supply_lost(owner.head):
            return True
        if _supply_lost(owner):
            return True
    clauses = [c for c in noun.children if c.dep_ == "relcl"]
    if noun.dep_ == "nsubj":
        clauses.append(head)
    if any(_supply_lost(verb) and _lost_by_its_subject(verb) for verb in clauses):
        return True
    # "without" on the verb only after a verb of being left so: "died without power" tells how they died
    holders = [noun, head] if lemma_of(head) in rules.supply_left_verbs else [noun]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "without"]
    return any(lemma_of(o) in rules.supply_nouns for p in preps for o in p.children if o.dep_ == "pobj")


def _state_by_words(quantity: Quantity) -> str | None:
    """ "(five were rescued alive) and three remain trapped", "left four
    miners dead and three more trapped": a state told right after a bare
    figure of a list of fates, which the parser hangs on the fate before it.
    Read word by word: the figure, then at most a word of more people
    (``more_words``), a carrying verb and "still", then the state."""
    rules = plight_rules()
    doc = quantity.last.doc
    i = quantity.last.i + 1
    if quantity.noun is not None and quantity.noun.i >= i:
        i = quantity.noun.i + 1
    sentence_end = quantity.last.sent.end
    steps = 0
    while (
        i < sentence_end
        and steps < 3
        and (
            doc[i].lower_ in rules.more_words
            or lemma_of(doc[i]) in rules.carrying_verbs
            and doc[i].pos_ in ("VERB", "AUX")
        )
    ):
        if doc[i].lower_ in rules.undone_words:
            return None
        i, steps = i + 1, steps + 1
    if i >= sentence_end:
        return None
    return _by_word("states").get(doc[i].lower_)


def _share(quantity: Quantity) -> bool:
    """ "1 per cent of users", "40%": the figure is a share (``share_words``
    right after it), not a count of people."""
    doc = quantity.last.doc
    after = " ".join(t.lower_ for t in doc[quantity.last.i + 1 : quantity.last.i + 3])
    return any(after == w or after.startswith(f"{w} ") for w in plight_rules().share_words)


def _still(quantity: Quantity) -> bool:
    """ "One miner is still trapped", "three remain trapped": the people not
    yet out of the plight when the report was written (``still_words``, two
    words before the figure or up to five after it, in its clause)."""
    words = plight_rules().still_words
    doc = quantity.first.doc
    sentence = quantity.first.sent
    last = max(quantity.last.i, quantity.noun.i if quantity.noun is not None else quantity.last.i)
    before = doc[max(quantity.first.i - 2, sentence.start) : quantity.first.i]
    after = []
    for word in doc[last + 1 : min(last + 6, sentence.end)]:
        if word.is_punct or word.lower_ in ("and", "but", "while"):
            break
        after.append(word)
    return any(w.lower_ in words for w in [*before, *after])


#: the most words a fact line's label may hold before its colon ("Families affected:")
LABEL_WORDS = 3


def _label_noun(quantity: Quantity) -> Token | None:
    """The noun of a fact line's label a bare figure after its colon counts:
    "Families affected: 5,400" (families), "Houses affected: 1,200" (houses,
    no people), "Persons affected: 300"; None for a figure with its own
    noun or no label before it ("Affected: 8,000" counts people, as "8,000
    were affected" does).  The parser makes the label's noun the subject of
    its participle and the figure that participle's object or modifier, as
    if the floods "affected 5,400"; the label is at most ``LABEL_WORDS``
    words of the figure's own line."""
    first = quantity.first
    doc = first.doc
    if quantity.noun is not None or first.i < 2 or doc[first.i - 1].text != ":":
        return None
    verb = doc[first.i - 1].head
    if quantity.arg.head.i != verb.i:
        return None  # "The agency said: 5,400 were evacuated": the figure's own clause
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < first.i]
    if not subjects or first.i - 1 - subjects[0].left_edge.i > LABEL_WORDS or not _names_counted(subjects[0]):
        return None
    label = doc[subjects[0].left_edge.i : first.i]
    return None if "\n" in label.text else subjects[0]


def _names_counted(word: Token) -> bool:
    """Whether a label's subject names what its figure counts: a noun
    ("Families", "Houses"), never a pronoun or a word of the whole ("Those
    affected: 9,000", "Total affected: 9,000", ``total_wrappers``), whose
    figure counts people as a bare "9,000 were affected" does."""
    return word.pos_ in ("NOUN", "PROPN") and word.lower_ not in lexicon().total_wrappers


def _label_unit(noun: Token) -> str | None:
    """What a fact line's label noun counts: families ("Families",
    "Households"), people ("People", "Persons", "Residents"), or None for
    things ("Houses", "Schools").  A label set in Title Case is often tagged
    a name, so its word is read by its forms too ("Persons": person)."""
    rules = plight_rules()
    word = noun.lower_
    forms = {word, lemma_of(noun), *lemmas_by_form(word)}
    if forms & set(rules.household_nouns):
        return rules.household_unit
    people = lexicon().people_group
    return rules.people_unit if any(people.get(form) is not None for form in forms) else None


def plight_claim(quantity: Quantity) -> RawClaim | None:
    """A count of people in a plight, or None; the caller has found no
    outcome for the quantity and a group of people for its noun."""
    if quantity.individual or quantity.high < 1 or (quantity.low != quantity.high and not quantity.ranged):
        return None  # "tens of thousands were displaced": no figure to hold a report to
    if quantity.first.lower_ in lexicon().one_person:
        return None  # "a woman was trapped": one person, told as a person
    if _share(quantity):
        return None  # "1 per cent of users have been affected"
    plight = plight_of(quantity)
    if plight is None:
        return None
    rules = plight_rules()
    noun = quantity.noun
    households = noun is not None and lemma_of(noun) in (
        rules.household_nouns + (rules.supply_home_nouns if plight == rules.supply_plight else [])
    )
    label = _label_noun(quantity)
    unit = _label_unit(label) if label is not None else None
    if label is not None and unit is None:
        return None  # "Houses affected: 1,200": no people
    if unit is None:
        unit = rules.household_unit if households else rules.people_unit
    subject = f"{unit} {plight}"
    scope = (
        INCREMENT
        if besides_others(quantity)
        else f"{PART_SCOPE}:still {plight}"
        if _still(quantity)
        else None
    )
    frame = ValueFrame(scope=scope)
    return other_count_claim(
        quantity, noun or quantity.arg, subject=subject, label=subject, group=subject, frame=frame
    )
