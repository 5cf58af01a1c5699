"""Counts of shots: the shots fired and the shots that hit are two measures.

A police-shooting story gives "the two officers fired 11 shots" and, from the
autopsy, "he was hit by seven bullets"; another "fired 11 rounds, striking
him seven times".  Both figures are right: more shots are fired than hit.
The verb a count of shots hangs on says which it is (rules/shots.yaml) and is
written to the claim's ``frame.measure`` ("shots fired" or "shots that hit"),
so only counts of one measure are compared.  A count with neither verb
("11 shots rang out") keeps no measure.  A count in what an autopsy or a
medical examiner found ("an autopsy shows he was hit by three of the seven
bullets fired by the officers") is of shots that hit whatever its verb: the
examination counts the bullets in the body, never the shots fired.

A figure of times is a count of shots when its verb is one of shooting or
hitting (:func:`times_measure`): "Gray was shot eleven times" and another
report's "hit by seven bullets" are two counts of the shots that hit him,
while "shot at him 11 times" and "fired 11 times" count the shots fired.
"Suffered 11 gunshot wounds" counts hits too.  A count of hits is of the
person they hit (:func:`hit_person`: the subject of "was shot", the object
of "bullets struck", the owner of "entered Gray's body"), written to the
claim's ``frame.bearer``: the align stage compares hits on one person only
with hits on that person.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from reportcheck.extract.core.base import heads_to_verb, lemma_of
from reportcheck.extract.core.named import name_of
from reportcheck.extract.counts.quantity import people_group
from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.knowledge.vocabulary import SHOTS_FIRED, SHOTS_HIT

#: how far up the parse the verb a count hangs on is looked for
CLIMB = 4
FIRED = SHOTS_FIRED
HIT = SHOTS_HIT


class ShotRules(Strict):
    groups: list[str]
    #: modifiers of shots of no gun ("three Taser shots")
    not_gunfire: list[str]
    fired: list[str]
    hit: list[str]
    #: words of a body's examination: "autopsy", "medical examiner"
    examiners: list[str]
    #: verbs that tell what an examination found: "the autopsy showed that..."
    findings: list[str]
    #: verbs of shooting whose figure of times, done to someone, counts hits ("shot him 11 times")
    shot_at_someone: list[str]
    #: verbs whose figure of times counts shots
    times_verbs: list[str]
    times_adverbs: dict[str, int]
    #: prepositions that aim a shot without saying it hit ("shot at him 11 times")
    aimed_preps: list[str]
    #: objects of "fire" that are people dismissed ("fired him")
    dismissed: list[str]
    #: nouns whose count is of the shots that hit ("11 gunshot wounds")
    hit_nouns: list[str]
    #: the whole body a count of hits is told on ("entered Gray's body")
    whole_body: list[str]
    #: parts of a body a count of hits is told on ("struck the back of his thighs")
    body_parts: list[str]
    #: prepositions that tell where a shot hit ("in the back")
    part_preps: list[str]


#: the edges by which a clause hangs on the verb above it
_CLAUSES = ("ccomp", "acl", "relcl", "advcl", "xcomp")
#: the words beside a subject that may name an examination ("autopsy report")
_SUBJECT_WORDS = ("nsubj", "nsubjpass", "amod", "compound", "poss", "npadvmod")


@cache
def shot_rules() -> ShotRules:
    return load_rule_file("shots.yaml", ShotRules)


def _verb_of(noun: Token) -> Token | None:
    """The verb a counted noun hangs on: its own clause first ("bullets
    fired by the officers"), else the first verb up the parse ("was hit by
    seven bullets", "fired a total of 11 shots")."""
    for child in noun.children:
        if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
            return child
    heads = heads_to_verb(noun, CLIMB)
    return heads[-1] if heads and heads[-1].pos_ in ("VERB", "AUX") else None


def _names_examination(verb: Token) -> bool:
    """Whether the subject of ``verb`` is an examination of the body ("the
    autopsy", "an autopsy report", "the coroner's report"); the parser
    sometimes hangs "autopsy" on the verb itself."""
    examiners = shot_rules().examiners
    near = [c for c in verb.children if c.dep_ in _SUBJECT_WORDS]
    subjects = [c for c in near if c.dep_ in ("nsubj", "nsubjpass")]
    near += [g for c in subjects for g in c.children if g.dep_ in _SUBJECT_WORDS]
    return any(lemma_of(t) in examiners for t in near)


def found_at_examination(noun: Token) -> bool:
    """Whether a count stands in what an examination found: in a clause under
    "the autopsy showed" ("... that seven bullets entered", "... he was hit by
    three of the seven bullets fired by police"), never beside it ("officers
    fired 11 shots; the autopsy showed ...")."""
    rules = shot_rules()
    below = noun
    for head in noun.ancestors:
        finding = head.pos_ in ("VERB", "AUX") and lemma_of(head) in rules.findings
        after = below.i > head.i  # "X fired 11 shots -- the autopsy showed ...": no finding
        if finding and after and below.dep_ in _CLAUSES and _names_examination(head):
            return True
        below = head
    return False


def no_gunfire(noun: Token, group: str) -> bool:
    """ "three Taser shots", "two beanbag rounds": shots of no gun, no count
    of shots."""
    rules = shot_rules()
    words = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i}
    return group in rules.groups and bool(words & set(rules.not_gunfire))


def _partitive(noun: Token) -> bool:
    """ "one of the three shots struck Luke": the shots a part is taken
    from, whose number the verb says nothing of."""
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and (of.head.like_num or of.head.pos_ == "NUM")


def shot_measure(noun: Token, group: str) -> str | None:
    """:data:`FIRED` or :data:`HIT` for a count of shots, else None."""
    rules = shot_rules()
    if group not in rules.groups:
        return None
    if found_at_examination(noun) or lemma_of(noun) in rules.hit_nouns:
        return HIT
    if _partitive(noun):
        return None
    verb = _verb_of(noun)
    if verb is None:
        return None
    lemma = lemma_of(verb)
    if lemma in rules.fired:
        return FIRED
    return HIT if lemma in rules.hit else None


#: the noun of a figure of times ("shot 11 times")
TIMES = "time"


def _aimed(verb: Token, done_to: bool) -> bool:
    """ "shot at him", "was shot at 11 times", "fired into the car": aimed,
    not said to have hit.  Where someone was shot ("was shot six times at a
    party", "shot him at the park") an "at" away from the verb tells where."""
    aimed = shot_rules().aimed_preps
    preps = [c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in aimed]
    return any(c.i == verb.i + 1 for c in preps) or (bool(preps) and not done_to)


def times_measure(noun: Token) -> str | None:
    """:data:`HIT` or :data:`FIRED` for a figure of times of shooting, else None.

    "Was shot 11 times", "shot him 11 times", "was hit seven times", "hitting
    Gray multiple times" count hits; "fired 11 times", "shot at him 11 times",
    "the officer shot 11 times" (no one shot) count shots fired."""
    rules = shot_rules()
    if lemma_of(noun) != TIMES or noun.tag_ != "NNS":
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in rules.aimed_preps:
        verb = noun.head.head  # "was shot at 11 times": the parser hangs the figure on "at"
        aimed = noun.head.i == verb.i + 1 and lemma_of(verb) in rules.times_verbs
        return FIRED if aimed else None
    if noun.dep_ != "npadvmod":
        return None
    return _verb_measure(noun.head)


def adverb_times(word: Token) -> tuple[int, str] | None:
    """(figure, :data:`HIT` or :data:`FIRED`) for an adverb of times on a
    verb of shooting ("was shot twice", "fired twice": ``times_adverbs``),
    read as "shot two times" is by :func:`times_measure`; else None."""
    figure = shot_rules().times_adverbs.get(word.lower_)
    if figure is None or word.dep_ != "advmod":
        return None
    measure = _verb_measure(word.head)
    return (figure, measure) if measure is not None else None


def _verb_measure(verb: Token) -> str | None:
    """The measure of a figure of times on ``verb`` (see :func:`times_measure`)."""
    rules = shot_rules()
    lemma = lemma_of(verb)
    if verb.pos_ not in ("VERB", "AUX") or lemma not in rules.times_verbs:
        return None
    done_to = any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children)
    if _aimed(verb, done_to):
        return FIRED
    if lemma in rules.hit:
        return HIT
    if lemma in rules.shot_at_someone:
        return HIT if done_to else FIRED
    return None if _dismissed(verb) else FIRED


def _dismissed(verb: Token) -> bool:
    """ "to fire Felt five times", "fired him twice": a person fired is
    dismissed, not shot at."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(o.pos_ == "PROPN" or o.lower_ in shot_rules().dismissed for o in objects)


def _verb_of_count(noun: Token) -> Token | None:
    """The verb a count of shots or of times hangs on."""
    if lemma_of(noun) == TIMES:
        return noun.head
    return _verb_of(noun)


def _owner(token: Token) -> Token:
    """ "Gray's body", "his back", "the back of his thighs": the person a
    body or a part of it is of."""
    rules = shot_rules()
    if lemma_of(token) not in (*rules.whole_body, *rules.body_parts):
        return token
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if owner is not None or of is None:
        return owner if owner is not None else token
    part = next((c for c in of.children if c.dep_ == "pobj"), None)
    return token if part is None else _owner(part)


def hit_part(noun: Token) -> str | None:
    """The part of the body a count of hits is told on, or None: "struck the
    back of his thighs" (back), "shot 11 times in the back", "struck from the
    front, hitting his right thigh"; "entered Gray's body" is no part, nor
    are parts told together ("hit him in the chest and legs": all the hits)."""
    verb = _verb_of_count(noun)
    if verb is None:
        return None
    rules = shot_rules()
    verbs = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB")]
    for head in verbs:
        for child in head.children:
            place = child
            if child.dep_ == "prep" and child.lower_ in rules.part_preps:
                place = next((c for c in child.children if c.dep_ == "pobj"), child)
            elif child.dep_ != "dobj":
                continue
            several = place.dep_ == "conj" or any(c.dep_ == "conj" for c in place.children)
            if lemma_of(place) in rules.body_parts and not several:
                return lemma_of(place)
    return None


def hit_person(noun: Token) -> Token | None:
    """The person a count of hits is on, or None where the words do not say.

    The subject of the passive ("Gray was hit by seven bullets", "he was shot
    11 times"), else the object ("seven bullets struck Mr. Gray", "entered
    Gray's body", "shot him 11 times"), else the subject of a count that is
    the verb's object ("he suffered 11 gunshot wounds")."""
    verb = _verb_of_count(noun)
    if verb is None:
        return None
    children = list(verb.children)
    for dep in ("nsubjpass", "dobj"):
        person = next((c for c in children if c.dep_ == dep and c.i != noun.i), None)
        if person is not None:
            return _owner(person)
    if noun.dep_ == "dobj":
        return next((c for c in children if c.dep_ == "nsubj"), None)
    return None


def hit_bearer(noun: Token, measure: str | None) -> str | None:
    """The frame bearer of a count of shots: who a count of hits is on (see
    :func:`hit_person`), "" where the words do not say; None for any other
    count of shots."""
    if measure != HIT:
        return None
    person = hit_person(noun)
    return "" if person is None or _thing(person) else name_of(person)


def _thing(target: Token) -> bool:
    """ "Rivera's car was hit five times", "striking the vehicle three
    times": a thing hit, no person."""
    return target.pos_ == "NOUN" and people_group(target) is None


def hit_measure(noun: Token, measure: str | None) -> str | None:
    """``measure``, or for a count of hits told on a part of the body, the
    hits on that part ("shots that hit: back"): a share of the hits, never
    set against all the hits on the person; for hits on a thing, the hits on
    it ("shots that hit: car")."""
    if measure != HIT:
        return measure
    target = hit_person(noun)
    part = lemma_of(target) if target is not None and _thing(target) else hit_part(noun)
    return measure if part is None else f"{HIT}: {part}"
