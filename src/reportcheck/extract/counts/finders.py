"""Counts of people killed, injured, missing and arrested, and other tallies.

Reporters state a casualty count in many shapes: "killing 11", "12 people
were injured", "left three bank workers dead", "21 others wounded or hurt",
"One of the policemen sustained a gunshot wound", "no reports of injuries".
What they share is a syntactic link between a quantity (a numeral, a number
word, "a", "dozens") and an outcome word (a verb, participle or adjective
from ``rules/counts.yaml``).  This module follows the dependency parse to find
that link, so the rule is about grammar, not about particular sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from reportcheck.extract.core.base import (
    RawClaim,
    add_claim,
    claims_of,
    entity_of,
    lemma_of,
    register_extractor,
    text_of,
)
from reportcheck.extract.core.numbers import parse_number
from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.models import ClaimKind, Value

OUTCOMES = ("killed", "injured", "arrested", "missing")
#: the outcome of "three people were shot": harmed, fate not stated
HARMED = "harmed"


class CountRules(Strict):
    transitive_verbs: dict[str, list[str]]
    intransitive_verbs: dict[str, list[str]]
    outcome_words: dict[str, list[str]]
    fatal_verbs: list[str]
    fatal_modifiers: list[str]
    fatal_complements: list[str]
    harm_verbs: dict[str, str]
    condition_words: list[str]
    death_nouns: list[str]
    harm_nouns: dict[str, str]
    fatal_adjectives: list[str]
    body_nouns: list[str]
    hospital_verbs: list[str]
    hospital_nouns: list[str]
    recovery_verbs: list[str]
    injury_verbs: list[str]
    injury_nouns: list[str]
    outcome_nouns: dict[str, list[str]]
    toll_nouns: list[str]
    generic_people: list[str]
    groups: dict[str, list[str]]
    attackers: list[str]
    vague: dict[str, tuple[int, int]]
    other_counts: dict[str, list[str]]
    additional_words: list[str]
    attacker_included: list[str]
    attacker_excluded: list[str]


@dataclass(frozen=True)
class Lexicon:
    """The rule file turned into lookups (word -> outcome / group)."""

    transitive: dict[str, str]
    intransitive: dict[str, str]
    outcome_word: dict[str, str]
    fatal_verbs: frozenset[str]
    fatal_modifiers: frozenset[str]
    fatal_complements: frozenset[str]
    harm_participle: dict[str, str]
    condition_words: frozenset[str]
    death_nouns: frozenset[str]
    harm_nouns: dict[str, str]
    fatal_adjectives: frozenset[str]
    body_nouns: frozenset[str]
    hospital_verbs: frozenset[str]
    hospital_nouns: frozenset[str]
    recovery_verbs: frozenset[str]
    injury_verbs: frozenset[str]
    injury_nouns: frozenset[str]
    outcome_noun: dict[str, tuple[str, ...]]
    toll_nouns: frozenset[str]
    people_group: dict[str, str]
    attackers: frozenset[str]
    vague: dict[str, tuple[int, int]]
    other_group: dict[str, str]
    additional: frozenset[str]
    attacker_phrase: re.Pattern[str]


def _invert(mapping: dict[str, list[str]]) -> dict[str, str]:
    return {word: key for key, words in mapping.items() for word in words}


@cache
def lexicon() -> Lexicon:
    rules = load_rule_file("counts.yaml", CountRules)
    people = {w: "all" for w in rules.generic_people}
    people.update(_invert(rules.groups))
    outcome_noun: dict[str, tuple[str, ...]] = {}
    for key, words in rules.outcome_nouns.items():
        for w in words:
            outcome_noun[w] = ("killed", "injured") if key == "both" else (key,)
    return Lexicon(
        transitive=_invert(rules.transitive_verbs),
        intransitive=_invert(rules.intransitive_verbs),
        outcome_word=_invert(rules.outcome_words),
        fatal_verbs=frozenset(rules.fatal_verbs),
        fatal_modifiers=frozenset(rules.fatal_modifiers),
        fatal_complements=frozenset(rules.fatal_complements),
        harm_participle=dict(rules.harm_verbs),
        condition_words=frozenset(rules.condition_words),
        death_nouns=frozenset(rules.death_nouns),
        harm_nouns=dict(rules.harm_nouns),
        fatal_adjectives=frozenset(rules.fatal_adjectives),
        body_nouns=frozenset(rules.body_nouns),
        hospital_verbs=frozenset(rules.hospital_verbs),
        hospital_nouns=frozenset(rules.hospital_nouns),
        recovery_verbs=frozenset(rules.recovery_verbs),
        injury_verbs=frozenset(rules.injury_verbs),
        injury_nouns=frozenset(rules.injury_nouns),
        outcome_noun=outcome_noun,
        toll_nouns=frozenset(rules.toll_nouns),
        people_group=people,
        attackers=frozenset(rules.attackers),
        vague=dict(rules.vague),
        other_group=_invert(rules.other_counts),
        additional=frozenset(rules.additional_words),
        attacker_phrase=_attacker_phrase(rules),
    )


def _attacker_phrase(rules: CountRules) -> re.Pattern[str]:
    """ "..., including the gunman" / "not counting the attacker" after a count."""

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    attackers = alternation([*rules.attackers, "himself", "herself"])
    return re.compile(
        rf"^[^.;]{{0,60}}?\b(?:(?P<excluded>{alternation(rules.attacker_excluded)})"
        rf"|(?P<included>{alternation(rules.attacker_included)}))"
        rf"\s+(?:the\s+|a\s+|one\s+|two\s+)?(?:[\w-]+\s+)?(?:{attackers})s?\b",
        re.IGNORECASE,
    )


def attacker_counted(doc: Doc, end: int) -> str | None:
    """ "included" or "excluded" when the words after a count say whether it
    counts the attacker, else None."""
    sentence_end = text_of(doc).find(".", end)
    following = text_of(doc)[end : sentence_end if sentence_end > 0 else end + 120]
    match = lexicon().attacker_phrase.match(following)
    if match is None:
        return None
    return "excluded" if match.group("excluded") else "included"


# ---------------------------------------------------------------- quantities


@dataclass(frozen=True)
class Quantity:
    """A quantity phrase: its tokens, the interval it states, the counted noun."""

    first: Token
    last: Token
    low: float
    high: float
    written: float
    noun: Token | None  # the counted noun, if any ("people" in "12 people")
    arg: Token  # the token whose syntactic role links to the outcome


def _noun_of(token: Token) -> Token | None:
    """The noun a quantity token counts: its head for "12 people", the
    object of "of" for "one of the policemen" / "dozens of people"."""
    if token.dep_ in ("nummod", "quantmod", "amod", "det") and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in ("NOUN", "PROPN"):
                return objects[0]
    return None


def _number_run(token: Token) -> tuple[Token, Token]:
    """The contiguous number words around ``token`` ("twenty five", "1,200")."""
    doc = token.doc
    first = last = token
    while first.i > 0 and (doc[first.i - 1].like_num) and doc[first.i - 1].head == token.head:
        first = doc[first.i - 1]
    while last.i + 1 < len(doc) and doc[last.i + 1].like_num and doc[last.i + 1].head == token.head:
        last = doc[last.i + 1]
    return first, last


@cache
def _vague_last_words() -> frozenset[str]:
    """The words a vague quantity can end with ("dozens", "handful", "thousands")."""
    return frozenset(phrase.split()[-1] for phrase in lexicon().vague)


def _vague_quantity(token: Token) -> tuple[Token, Token, tuple[int, int]] | None:
    """ "dozens", "tens of thousands", "a handful" ending at ``token``."""
    vague = lexicon().vague
    if token.lower_ not in _vague_last_words():
        return None  # most tokens: no vague phrase ends with them
    doc = token.doc
    for size in (4, 3, 2, 1):
        start = token.i - size + 1
        if start < 0:
            continue
        words = " ".join(t.lower_ for t in doc[start : token.i + 1])
        if words in vague:
            return doc[start], token, vague[words]
    return None


def quantity_at(token: Token) -> Quantity | None:
    """The quantity whose last word is ``token``, if it is one."""
    vague = _vague_quantity(token)
    if vague:
        first, last, (low, high) = vague
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if nxt is not None and nxt.like_num:
            return None  # "a dozen" in "a dozen 10-year-olds" style runs
        noun = _noun_of(token)
        return Quantity(first, last, low, high, low if low == high else (low + high) / 2, noun, token)
    if not token.like_num or token.pos_ not in ("NUM", "NOUN", "PRON", "DET", "ADJ"):
        if token.lower_ in ("a", "an", "another") and token.dep_ == "det":
            return _indefinite_person(token)
        if token.lower_ == "both" and token.dep_ in ("det", "predet"):
            quantity = _indefinite_person(token)
            return quantity and Quantity(token, token, 2, 2, 2, quantity.noun, quantity.arg)
        if token.lower_ == "another" and token.dep_ in ("dobj", "nsubjpass", "nsubj"):
            return Quantity(token, token, 1, 1, 1, None, token)
        return None
    first, last = _number_run(token)
    if last != token:
        return None
    value = parse_number(token.doc[first.i : last.i + 1].text)
    if value is None or value != int(value) or value < 0:
        return None
    if first.i > 0 and token.doc[first.i - 1].lower_ in ("$", "£", "€", "no."):
        return None
    noun = _noun_of(token)
    # "12 people were injured": the noun carries the role; "one of the
    # policemen sustained a wound": the number does.
    arg = noun if noun is not None and token.head.i == noun.i else token
    return Quantity(first, last, value, value, value, noun, arg)


def _indefinite_person(det: Token) -> Quantity | None:
    """ "a police officer" counts one person when an outcome governs it."""
    noun = det.head
    if noun.pos_ != "NOUN" or _people_group(noun) is None:
        return None
    return Quantity(det, det, 1, 1, 1, noun, noun)


def _people_group(noun: Token | None) -> str | None:
    """ "all" for generic people nouns, a group name, "attackers", or None."""
    if noun is None:
        return "all"
    lex = lexicon()
    word, lemma = noun.lower_, lemma_of(noun)
    if word in lex.attackers or lemma in lex.attackers:
        return "attackers"
    return lex.people_group.get(word) or lex.people_group.get(lemma)


# ------------------------------------------------------------------ outcomes


def _outcome_of_child(token: Token) -> str | None:
    """An outcome word hanging off ``token`` ("others wounded", "workers dead")."""
    lex = lexicon()
    for child in token.children:
        if child.dep_ in ("amod", "acl", "oprd", "appos", "acomp", "relcl", "advcl"):
            outcome = lex.outcome_word.get(child.lower_) or lex.transitive.get(lemma_of(child))
            if outcome and (child.dep_ != "relcl" or child.tag_ == "VBN"):
                return outcome
    return None


def _passive_like(verb: Token) -> bool:
    """A passive verb, or a bare participle sharing a passive's auxiliaries:
    "two people have been killed and another wounded"."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ == "dobj" for c in verb.children):
        return False
    bare = not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if verb.tag_ == "VBN" and bare and verb.dep_ != "conj":
        return True  # "with 14 people killed": a bare participle is passive
    return verb.dep_ == "conj" and (
        verb.head.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.head.children)
    )


def _is_fatal(verb: Token) -> bool:
    """ "fatally shot", "shot dead", "stabbed to death"."""
    lex = lexicon()
    if lemma_of(verb) not in lex.fatal_verbs:
        return False
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in lex.fatal_modifiers:
            return True
        if child.dep_ in ("oprd", "acomp", "xcomp", "advmod") and child.lower_ in lex.fatal_complements:
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and any(g.lower_ == "death" for g in child.children):
            return True
    return False


def _states_a_fact(verb: Token) -> bool:
    """False for a verb that tells of no event: "to locate and detain the
    perpetrator", "could kill", "did not arrest" (base forms and negations)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return True  # an adjective or noun head ("three dead") carries no tense
    return verb.tag_ != "VB" and not any(c.dep_ == "neg" for c in verb.children)


def _noun_outcome(arg: Token) -> str | None:
    """ "the shooting death of X", "the fatal shooting of X", "the body of a
    woman": the outcome a noun states for the one its "of" names."""
    lex = lexicon()
    if arg.dep_ != "pobj" or arg.head.lower_ != "of":
        return None
    noun = arg.head.head
    lemma = lemma_of(noun)
    if lemma in lex.death_nouns or noun.lower_ in lex.body_nouns:
        return "killed"
    if lemma in lex.harm_nouns:
        fatal = any(c.lower_ in lex.fatal_adjectives for c in noun.children if c.dep_ in ("amod", "advmod"))
        return "killed" if fatal else HARMED
    return None


def _relative_clause_outcome(arg: Token) -> str | None:
    """ "Marcus Jones, who was shot and killed": the relative pronoun's outcome."""
    for clause in arg.children:
        if clause.dep_ != "relcl":
            continue
        for subject in clause.children:
            if subject.dep_ in ("nsubj", "nsubjpass") and subject.lower_ in ("who", "that"):
                return _verb_outcome(subject)
    return None


def _described_outcome(arg: Token) -> str | None:
    """What the words attached to a person say: "a man suffering from a
    gunshot wound", "a man with a gunshot wound": harmed."""
    lex = lexicon()
    for child in arg.children:
        if child.dep_ == "acl" and lemma_of(child) in lex.injury_verbs | {"suffer"}:
            return HARMED
        wounds = [o for o in child.children if o.dep_ == "pobj" and lemma_of(o) in lex.injury_nouns]
        if child.dep_ == "prep" and child.lower_ == "with" and wounds:
            return HARMED
    return None


def _verb_outcome(arg: Token) -> str | None:
    """The outcome stated by the verb ``arg`` is an argument of.

    A subject is shared by conjoined verbs: in "was shot and killed" the
    subject of "shot" is also the one killed."""
    if not _states_a_fact(arg.head):
        return None
    outcome = _own_verb_outcome(arg)
    if outcome in (None, HARMED) and arg.dep_ in ("nsubj", "nsubjpass"):
        # "was shot and killed": the conjunct settles what "shot" leaves open
        for verb in arg.head.children:
            has_own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            if verb.dep_ == "conj" and verb.pos_ == "VERB" and not has_own_subject and _states_a_fact(verb):
                settled = _conjunct_outcome(verb, arg.dep_)
                if settled:
                    return settled
    return outcome


def _conjunct_outcome(verb: Token, dep: str) -> str | None:
    """The outcome a conjoined verb states for the subject it shares."""
    lex = lexicon()
    lemma = lemma_of(verb)
    if _is_fatal(verb):
        return "killed"
    if lemma in lex.intransitive and (dep == "nsubj" or verb.tag_ == "VBD"):
        return lex.intransitive[lemma]  # "was shot and died": the subject died
    passive = dep == "nsubjpass" or verb.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in verb.children)
    if passive and lemma in lex.transitive:
        return lex.transitive[lemma]
    return None


def _own_verb_outcome(arg: Token) -> str | None:
    lex = lexicon()
    head = arg.head
    lemma = lemma_of(head)
    dep = arg.dep_
    object_like = dep in ("dobj", "nsubjpass", "conj", "appos") or dep == "nsubj" and _passive_like(head)
    if object_like and _is_fatal(head):
        return "killed"
    truly_passive = dep != "nsubj" or any(c.dep_ == "auxpass" for c in head.children)
    if object_like and truly_passive and lemma in lex.harm_participle:
        return HARMED  # not "the officer shot once": "shot" with no object is often active
    if dep in ("nsubjpass", "nsubj") and _passive_like(head) and _to_hospital(head):
        return HARMED  # "was taken to a hospital", "was rushed to Mercy Hospital"
    if dep == "nsubj" and arg.pos_ != "NUM" and _recovers(head):
        return HARMED  # "he is recovering", "she is expected to survive"
    if dep in ("nsubj", "nsubjpass", "dobj") and (_in_condition(head) or _in_condition(arg)):
        return HARMED  # "is in critical condition", "left a man in critical condition"
    if dep in ("dobj", "nsubjpass", "conj", "appos") and lemma in lex.transitive:
        return lex.transitive[lemma]
    if dep == "nsubj" and lemma in lex.intransitive and not _has_object(head):
        return lex.intransitive[lemma]
    if dep == "nsubj" and lemma in lex.transitive and _passive_like(head):
        return lex.transitive[lemma]
    if dep == "nsubj" and head.pos_ == "ADJ" and head.lower_ in lex.outcome_word:
        return lex.outcome_word[head.lower_]  # "dozens more injured", "three dead"
    if dep in ("nsubj", "nsubjpass", "dobj"):
        # "two remain missing", "three were dead", "left three workers dead"
        for child in head.children:
            if child.dep_ in ("acomp", "attr", "oprd", "xcomp") and child.i != arg.i:
                outcome = lex.outcome_word.get(child.lower_)
                if outcome:
                    return outcome
                if lemma_of(child) in lex.harm_participle and child.tag_ == "VBN":
                    return HARMED  # "was found shot", "found stabbed"
    if (
        dep == "nsubj"
        and lemma in lex.injury_verbs
        and any(lemma_of(c) in lex.injury_nouns for c in _objects(head))
    ):
        # "one of the policemen sustained a gunshot wound" sums up an outcome;
        # "found a man suffering from a gunshot wound" is what police found,
        # and he may die later in the report: harmed, settled by the outcomes
        return HARMED if lemma == "suffer" and head.tag_ == "VBG" else "injured"
    return None


def _objects(verb: Token) -> list[Token]:
    """Direct objects and objects of "from": "sustained a wound", "suffering from wounds"."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            found += [c for c in prep.children if c.dep_ == "pobj"]
    return found


#: a hospital visit on the way to custody is a suspect's medical clearance
_CUSTODY = re.compile(r"\b(?:jail|arrest|arrested|booked|custody|clearance|in handcuffs)\b", re.IGNORECASE)


def _recovers(verb: Token) -> bool:
    """ "is recovering", "is expected to survive" (not "police recovered the gun")."""
    recovery = lexicon().recovery_verbs
    if lemma_of(verb) in recovery and not _has_object(verb):
        return True
    return any(c.dep_ == "xcomp" and lemma_of(c) in recovery for c in verb.children)


def _has_object(verb: Token) -> bool:
    """ "police recovered the gun": a transitive use, no one recovering."""
    return any(c.dep_ in ("dobj", "attr") for c in verb.children)


def _to_hospital(verb: Token) -> bool:
    """ "taken to a hospital", "rushed to Mercy Hospital"."""
    lex = lexicon()
    if lemma_of(verb) not in lex.hospital_verbs:
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries == {"being"}:
        return False  # "I saw a person being taken to hospital": a sight, not a count
    if _CUSTODY.search(verb.sent.text):
        return False  # "taken to a hospital for clearance, then to jail": a suspect's check-up
    for prep in verb.children:
        hospitals = [o for o in prep.children if o.dep_ == "pobj" and lemma_of(o) in lex.hospital_nouns]
        if prep.dep_ == "prep" and prep.lower_ in ("to", "at", "in") and hospitals:
            return True
    return False


def _in_condition(token: Token) -> bool:
    """ "in critical condition" among the token's dependents."""
    conditions = lexicon().condition_words
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:
            qualifiers = {c.lower_ for c in obj.children if c.dep_ in ("amod", "compound")}
            if obj.dep_ == "pobj" and lemma_of(obj) == "condition" and qualifiers & conditions:
                return True
    return False


def _toll_outcome(arg: Token) -> str | None:
    """ "the death toll rose to 14": a number under a toll noun is deaths."""
    lex = lexicon()
    for ancestor in list(arg.ancestors)[:4]:
        if lemma_of(ancestor) in lex.toll_nouns:
            return "killed"
        verb_subjects = [c for c in ancestor.children if c.dep_ == "nsubj"]
        if any(lemma_of(s) in lex.toll_nouns for s in verb_subjects):
            return "killed"
    return None


def _person_outcome(arg: Token) -> str | None:
    """The outcome a clause states for a person: by its verb, a relative
    clause, a noun of death, or the words that describe them."""
    return (
        _verb_outcome(arg) or _relative_clause_outcome(arg) or _noun_outcome(arg) or _described_outcome(arg)
    )


def outcome_for(quantity: Quantity) -> str | None:
    """Which casualty outcome (if any) the quantity is linked to.

    "a" counts one person only when a verb says what happened to them ("he
    injured a police officer"); "I saw an injured person" describes, it does
    not count.
    """
    arg = quantity.arg
    if quantity.first.lower_ in ("a", "an", "another", "both"):
        return _person_outcome(arg)
    outcome = _outcome_of_child(arg) or _person_outcome(arg)
    if outcome is None and arg.dep_ == "conj":
        # "killing two workers and two others": a conjunct shares its head's role
        first = arg.head
        while first.dep_ == "conj" and first.head is not first:
            first = first.head
        outcome = _outcome_of_child(first) or _verb_outcome(first)
    if outcome is None and quantity.noun is None:
        outcome = _toll_outcome(arg)
    return outcome


# ------------------------------------------------------------------- zeroes


def _zero_outcomes(token: Token) -> tuple[str, ...]:
    """Outcomes denied by "no injuries", "no one was killed", "nobody was hurt"."""
    lex = lexicon()
    if token.lower_ == "no" and token.dep_ == "det":
        noun = token.head
        if lemma_of(noun) in lex.outcome_noun:
            return lex.outcome_noun[lemma_of(noun)]
        # "no reports of injuries"
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj" and lemma_of(obj) in lex.outcome_noun:
                        return lex.outcome_noun[lemma_of(obj)]
    if token.lower_ in ("nobody", "none") or (
        token.lower_ == "one" and token.i > 0 and token.doc[token.i - 1].lower_ == "no"
    ):
        outcome = _verb_outcome(token)
        if outcome == HARMED:
            return ("killed", "injured")  # "nobody was shot": nobody killed or hurt
        if outcome:
            return (outcome,)
    return ()


# --------------------------------------------------------------- the claims

LABELS = {
    ("killed", "attackers"): "attackers killed",
    ("injured", "attackers"): "attackers injured",
    ("arrested", "attackers"): "people arrested",
    ("arrested", "victims"): "people arrested",
}


def casualty_subject(outcome: str, group: str) -> tuple[str, str, dict[str, str]]:
    """Alignment key, label and attrs for a casualty count."""
    role = "attackers" if group == "attackers" else "victims"
    if outcome == "arrested":
        role = "victims"
    label = LABELS.get((outcome, role), f"people {outcome}")
    attrs = {"role": role, "group": group}
    return role, label, attrs


def _overlaps_claim(doc: Doc, start: int, end: int) -> bool:
    return any(c.start < end and start < c.end for c in claims_of(doc))


def _count_value(quantity: Quantity) -> Value:
    low, high = quantity.low, quantity.high
    label = f"{int(low)}" if low == high else f"{int(low)}-{int(high)}"
    return Value(unit="people", written=quantity.written, low=low, high=high, label=label)


def _harmed_subject(quantity: Quantity, group: str) -> tuple[str, str, dict[str, str]]:
    """ "three people were shot": a count of its own, "people shot"."""
    verb = quantity.arg.head
    harm = lexicon().harm_participle
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp", "conj"))]
    participle = next((harm[lemma_of(v)] for v in verbs if lemma_of(v) in harm), "hurt")
    role, _, attrs = casualty_subject("injured", group)
    subject = f"{HARMED}:{participle}" if role == "victims" else f"{HARMED}:{participle}:{role}"
    label = f"people {participle}" if role == "victims" else f"{role} {participle}"
    return subject, label, {**attrs, HARMED: participle}


def _casualty_claim(quantity: Quantity, outcome: str, group: str) -> RawClaim:
    start = quantity.first.idx
    last = quantity.noun if quantity.noun is not None and quantity.noun.i > quantity.last.i else quantity.last
    end = last.idx + len(last.text)
    if outcome == HARMED:
        subject, label, attrs = _harmed_subject(quantity, group)
    else:
        subject, label, attrs = casualty_subject(outcome, group)
    if attrs["role"] == "victims" and group != INDIVIDUAL:
        counted = attacker_counted(quantity.first.doc, end)
        if counted:
            attrs["attacker"] = counted
    return RawClaim(
        kind=ClaimKind.other_count if outcome == HARMED else ClaimKind(outcome),
        start=start,
        end=end,
        subject=subject,
        subject_label=label,
        value=_count_value(quantity),
        attrs=attrs,
        anchor_start=quantity.first.idx,
        anchor_end=quantity.last.idx + len(quantity.last.text),
    )


def _other_count_claim(quantity: Quantity) -> RawClaim | None:
    """ "five villages", "an additional six engines": tallies of things."""
    noun = quantity.noun
    if noun is None or quantity.low != quantity.high or quantity.first.lower_ in ("a", "an"):
        return None
    lex = lexicon()
    group = lex.other_group.get(noun.lower_) or lex.other_group.get(lemma_of(noun))
    if group is None:
        return None
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "det", "advmod", "quantmod")}
    modifiers |= {c.lower_ for c in quantity.first.children}
    if quantity.first.i > 0:
        modifiers.add(noun.doc[quantity.first.i - 1].lower_)
    additional = bool(modifiers & lex.additional)
    subject = f"{group}:additional" if additional else group
    label = f"additional {group}" if additional else f"number of {group}"
    start = quantity.first.idx
    end = (
        noun.idx + len(noun.text) if noun.i > quantity.last.i else quantity.last.idx + len(quantity.last.text)
    )
    return RawClaim(
        kind=ClaimKind.other_count,
        start=start,
        end=end,
        subject=subject,
        subject_label=label,
        value=_count_value(quantity),
        attrs={"group": group},
        anchor_start=quantity.first.idx,
        anchor_end=quantity.last.idx + len(quantity.last.text),
    )


def _named_place_scope(token: Token) -> str | None:
    """The place a statement is limited to: "no reported injuries in Dubai"."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "LOC"):
                    return obj.text
    return None


def _zero_claims(token: Token) -> list[RawClaim]:
    """ "no injuries", "no one was killed": a count of zero.

    A zero limited to a named place ("no injuries in Dubai", where the quake
    was felt) is a figure for that place, not for the incident: it is kept
    as a part of the total (group "elsewhere")."""
    claims = []
    for outcome in _zero_outcomes(token):
        head = token.head if token.dep_ == "det" else token
        first = token.doc[token.i - 1] if token.lower_ == "one" else token  # "no one"
        start, end = first.idx, max(head.idx + len(head.text), token.idx + len(token.text))
        where = _named_place_scope(head) or _named_place_scope(head.head)
        subject, label, attrs = casualty_subject(outcome, "elsewhere" if where else "all")
        if where:
            attrs["where"] = where
        value = Value(unit="people", written=0, low=0, high=0, label="0")
        claims.append(RawClaim(ClaimKind(outcome), start, end, subject, label, value, attrs))
    return claims


#: the group of a count of one singled-out person ("Rowland Barnes was
#: killed", "the officer was wounded"): one of the people counted, never the total
INDIVIDUAL = "individual"

#: verbs that, said of one named person, are mostly figurative ("the crisis
#: hurt Merkel"); a count of people hurt is still read.
FIGURATIVE_FOR_ONE = frozenset({"hurt"})


def _singles_out(child: Token) -> bool:
    """ "the officer", "this man", "his brother": one known person, not "a man"."""
    return child.dep_ in ("det", "poss") and child.lower_ in ("the", "this", "his", "her", "their")


def _single_person(token: Token) -> tuple[Quantity, str] | None:
    """One named or singled-out person a verb says was killed, injured...

    "Isaac Duran, 19, was shot and killed", "the officer was wounded", "she
    died": one person, counted as such; the group is the noun's ("the
    officer": police) or all people for a name or a pronoun.
    """
    doc = token.doc
    if token.ent_type_ == "PERSON" and token.ent_iob_ in ("B", "I"):
        ent = entity_of(token)
        if ent is None or ent.root.i != token.i:
            return None
        first, last, noun, group = doc[ent.start], doc[ent.end - 1], None, "all"
    elif token.lower_ in ("he", "she", "him", "her") and token.pos_ == "PRON" and token.tag_ == "PRP":
        first = last = token
        noun, group = None, "all"
    elif token.tag_ == "NN" and any(_singles_out(c) for c in token.children):
        group = _people_group(token)
        if group is None or group == "all" and token.lower_ in ("people", "other"):
            return None
        det = next(c for c in token.children if _singles_out(c))
        first, last, noun = det, token, token
    else:
        return None
    outcome = _person_outcome(token)
    if outcome is None or lemma_of(token.head) in FIGURATIVE_FOR_ONE:
        return None
    return Quantity(first, last, 1, 1, 1, noun, token), outcome


def extract_counts(doc: Doc) -> None:
    """Add every count claim found in ``doc`` to ``doc._.rc_claims``."""
    found: list[RawClaim] = []
    for token in doc:
        for claim in _zero_claims(token):
            found.append(claim)
        single = _single_person(token)
        if single is not None:
            quantity, outcome = single
            found.append(_casualty_claim(quantity, outcome, INDIVIDUAL))
            continue
        quantity = quantity_at(token)
        if quantity is None:
            continue
        start, end = quantity.first.idx, quantity.last.idx + len(quantity.last.text)
        if _overlaps_claim(doc, start, end):
            continue  # a time, distance, date or age already owns these words
        group = _people_group(quantity.noun)
        outcome = outcome_for(quantity) if group is not None else None
        if outcome is not None:
            found.append(_casualty_claim(quantity, outcome, group))
            continue
        other = _other_count_claim(quantity)
        if other is not None:
            found.append(other)
    for claim in found:
        add_claim(doc, claim)


register_extractor("reportcheck_counts", extract_counts)
