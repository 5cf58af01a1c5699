"""Which outcome a quantity is linked to, read from the dependency parse.

"killing 11", "12 people were injured", "left three bank workers dead",
"was shot and killed", "the death toll rose to 14": a count is a quantity
tied by grammar to an outcome word (``rules/counts.yaml``).  This module
follows the parse from the quantity (or a person) to the verb, adjective or
noun that says what happened to them, and reads the zeroes ("no injuries",
"nobody was hurt").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import NamedTuple

from spacy.tokens import Token

from reportcheck.extract.core.base import lemma_of, participle_tagged
from reportcheck.extract.counts.parts import (
    hospital_infinitive,
    hospital_object,
    taken_to_hospital,
    told_hospitalized,
)
from reportcheck.extract.counts.quantity import Quantity
from reportcheck.knowledge.casualties import dead_number_before, lexicon
from reportcheck.knowledge.events import event_lexicon
from reportcheck.knowledge.names import people_lexicon

OUTCOMES = ("killed", "injured", "arrested", "missing")
#: the outcome of "three people were shot": harmed, fate not stated
HARMED = "harmed"


# ------------------------------------------------------------------ outcomes


def _outcome_of_child(token: Token, after_only: bool = False) -> str | None:
    """An outcome word hanging off ``token`` ("others wounded", "workers dead";
    with ``after_only`` not one before it, "a missing boy")."""
    lex = lexicon()
    for child in token.children:
        if after_only and child.i < token.i:
            continue
        if child.tag_ == "VBG" and child.lower_ not in lex.outcome_word:
            continue  # "two families hurting", "a gunman wounding two"; "missing" is an outcome
        if child.dep_ in ("amod", "acl", "oprd", "appos", "acomp", "relcl", "advcl"):
            outcome = lex.outcome_word.get(child.lower_) or lex.transitive.get(lemma_of(child))
            if outcome and (child.dep_ != "relcl" or child.tag_ == "VBN"):
                return outcome
        if child.dep_ == "acl" and child.tag_ == "VBN" and _fatal_participle(child):
            return "killed"  # "a 19-year-old shot and killed by a deputy", "a man shot dead"
        if child.dep_ == "acl" and token.dep_ == "ROOT" and _headline_participle(child, to_hospital=True):
            return HARMED  # a headline's "Four taken to hospital after ...": the figure is the line's root
        if child.dep_ == "acl" and lemma_of(child) in FOUND_VERBS:
            found = [c for c in child.children if c.dep_ in ("oprd", "acomp", "xcomp")]
            outcome = next((lex.outcome_word[c.lower_] for c in found if c.lower_ in lex.outcome_word), None)
            if outcome:
                return outcome  # a headline's "Family of four found dead in home"
    return None


def _own_verb_as_clause(token: Token, child: Token) -> bool:
    """ "after a 32-year-old man drowned in the river": a verb whose subject
    is the people counted (``intransitive_verbs`` of rules/counts.yaml) that
    the parser hangs after the noun as a participle of it.  Such a verb
    takes no object, so the clause can only be the noun's own verb; one
    with an object ("a man drowned his dog") is left alone."""
    return (
        child.dep_ == "acl"
        and child.i > token.i
        and lemma_of(child) in lexicon().intransitive
        and not _has_object(child)
        and not any(c.dep_ == "neg" for c in child.children)
    )


def _fatal_participle(participle: Token) -> bool:
    """ "shot and killed", "shot dead", "stabbed to death" after a noun."""
    return _is_fatal(participle) or _killed_participle_under(participle, "conj")


def _killed_participle_under(word: Token, dep: str) -> bool:
    """Whether ``word`` has a participle of killing under it as ``dep``: "shot and
    killed" (conj), a headline's "shot, killed" (advcl)."""
    outcome_of = lexicon().transitive
    return any(
        c.dep_ == dep and c.tag_ == "VBN" and outcome_of.get(lemma_of(c)) == "killed" for c in word.children
    )


#: verbs after which the parser makes a participle a clause of its own:
#: "found two men fatally shot" (read as "two men fatally shot (someone)")
FOUND_VERBS = frozenset({"find", "discover"})


def _passive_like(verb: Token) -> bool:
    """A passive verb, or a bare participle sharing a passive's auxiliaries:
    "two people have been killed and another wounded"."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    if verb.tag_ not in ("VBN", "VBD") or any(_own_object(verb, c) for c in verb.children):
        return False
    bare = not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if verb.tag_ == "VBN" and bare and verb.dep_ != "conj":
        return True  # "with 14 people killed": a bare participle is passive
    if bare and verb.dep_ == "ccomp" and lemma_of(verb.head) in FOUND_VERBS:
        return True  # "deputies found two men fatally shot": what they were found, not what they did
    if bare and _participle_before_passive(verb):
        return True  # "The man killed when a tree fell ... has been identified as"
    return verb.dep_ == "conj" and (
        verb.head.tag_ == "VBN"
        or any(c.dep_ == "auxpass" for c in verb.head.children)
        # "left one teen dead and another wounded", "left two dead and three others injured"
        or (bare and (verb.head.dep_ == "oprd" or lemma_of(verb.head) == "leave"))
    )


def _participle_before_passive(verb: Token) -> bool:
    """ "The man killed when a tree crushed his truck has been identified as
    ...": the parser reads the bare participle after the subject as the
    sentence's past tense and hangs the real, passive verb on it as a second
    verb with no "and" between them and no subject of its own.  Such a
    participle is passive: the man was killed (a real second verb is joined
    by "and": "The man fled and was arrested")."""
    if verb.tag_ != "VBD" or any(c.dep_ == "cc" for c in verb.children):
        return False
    return any(
        c.dep_ == "conj"
        and any(g.dep_ == "auxpass" for g in c.children)
        and not any(g.dep_ in ("nsubj", "nsubjpass", "cc") for g in c.children)
        for c in verb.children
    )


#: words that open a clause of their own: the noun after them is its subject
#: ("... and 123 injured when a flight skidded off the runway")
SUBORDINATORS = frozenset({"when", "as", "after", "while", "before", "because", "since"})


def _own_object(verb: Token, child: Token) -> bool:
    """Whether ``child`` is the verb's object.  The small parser makes the
    subject of the clause after "when" the object of a bare participle ("17
    people have been killed and 123 injured when a flight skidded"): the
    participle then looked active, its number the one who injured, and the
    123 injured were lost.  An "object" past such a word is none."""
    if child.dep_ != "dobj":
        return False
    return not any(t.lower_ in SUBORDINATORS for t in verb.doc[verb.i + 1 : child.i])


def _is_fatal(verb: Token) -> bool:
    """ "fatally shot", "shot dead", "stabbed to death", "charred to death",
    "burnt alive": a verb that tells the death of the people it is done to
    (its object, or its subject where it has none)."""
    lex = lexicon()
    if _to_death(verb) or _burnt_dead(verb):
        return True
    if lemma_of(verb) not in lex.fatal_verbs:
        return False
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in lex.fatal_modifiers:
            return True
        if child.dep_ in ("oprd", "acomp", "xcomp", "advmod") and child.lower_ in lex.fatal_complements:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "to"
            and not _short_of_death(child)
            and not _death_to_come(verb)
            and any(g.lower_ == "death" for g in child.children)
        ):
            return True  # "shot to death Friday" however the parser hangs the day
        if child.dep_ == "advcl" and child.tag_ == "VBN" and lex.transitive.get(lemma_of(child)) == "killed":
            return True  # a headline's "Man shot, killed in ..."
    return False


def _to_death(verb: Token) -> bool:
    """ "were crushed to death", "trampled to death", "froze to death", "a mob
    hacked two men to death": whatever the verb, a bare "to death" as its
    complement tells a death (reporters of fires, collapses and stampedes use
    many verbs; a list would miss the next one), except the verbs of a
    court's sentence and of feeling ("sentenced to death", "scared to
    death": ``not_fatal_to_death``) and a death fallen short of ("nearly
    beaten to death", "beaten half to death")."""
    lex = lexicon()
    if verb.pos_ != "VERB" or lemma_of(verb) in lex.not_fatal_to_death:
        return False  # "were scared to death": the parser's adjective tells a feeling
    if any(c.dep_ == "advmod" and c.lower_ in lex.short_of_death for c in verb.children):
        return False
    if _death_to_come(verb):
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        if _short_of_death(prep):
            return False  # "beaten almost to death"
        # bare: "to her death", "contributed to the death of" tell no such complement
        if any(g.dep_ == "pobj" and g.lower_ == "death" and not _determined(g) for g in prep.children):
            return True
    return False


def _death_to_come(verb: Token) -> bool:
    """ "a jury's ruling that he be put to death", "could be crushed to death",
    "will be put to death": a modal or a bare "be" tells a death asked for,
    feared or to come, as a court's sentence does, not one that happened."""
    return any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.tag_ == "VB") for c in verb.children)


def _short_of_death(prep: Token) -> bool:
    """ "beaten almost to death", "half to death": the "to" of a death that did not come."""
    return any(c.dep_ == "advmod" and c.lower_ in lexicon().short_of_death for c in prep.children)


def _determined(noun: Token) -> bool:
    """ "to her death", "to the death of", "to certain death": no bare complement."""
    return any(c.dep_ in ("det", "poss", "amod", "prep", "case", "nummod") for c in noun.children)


def _burnt_dead(verb: Token) -> bool:
    """ "two children were burnt alive", "were burned beyond recognition": a
    fire's verb (``fire_verbs``) with the words that tell its people dead;
    "were burned" alone is an injury."""
    if lemma_of(verb) not in lexicon().fire_verbs:
        return False
    for child in verb.children:
        if child.dep_ in ("oprd", "acomp", "xcomp", "advmod", "dep") and child.lower_ == "alive":
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "beyond"
            and any(o.dep_ == "pobj" and o.lower_ == "recognition" for o in child.children)
        ):
            return True
    after = verb.nbor() if verb.i + 1 < len(verb.doc) else None
    # "the rebels burned alive four villagers": the parser hangs "alive" on the object
    if after is None or after.lower_ != "alive":
        return False
    return after.head.dep_ == "dobj" and after.head.head is verb


def _fatal_share_of_another(arg: Token, verb: Token) -> bool:
    """ "wounding two, one fatally": "fatally" is said of "one", the share of
    the two who died; the two were harmed, not all killed (a headline's
    "One Killed, One Wounded" counts the same two people)."""
    modifiers = lexicon().fatal_modifiers
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in modifiers and child.i > 0:
            before = child.i - 1
            while before > arg.i and verb.doc[before].lower_ in ("them", "of", "whom"):
                before -= 1  # "two of them fatally"
            share = verb.doc[before]
            if share.i > arg.i and share.like_num:
                return True
    return False


def _states_a_fact(verb: Token) -> bool:
    """False for a verb that tells of no event: "to locate and detain the
    perpetrator", "could kill", "did not arrest" (base forms and negations)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return True  # an adjective or noun head ("three dead") carries no tense
    unrealised = lexicon().unrealised_modifiers
    return verb.tag_ != "VB" and not any(
        c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in unrealised for c in verb.children
    )


def _noun_outcome(arg: Token) -> str | None:
    """ "the shooting death of X", "the fatal shooting of X", "the body of a
    woman": the outcome a noun states for the one its "of" names."""
    lex = lexicon()
    if arg.dep_ == "poss" and (arg.head.lower_ in lex.body_nouns or lemma_of(arg.head) in lex.death_nouns):
        return "killed"  # "a man's body was found", "the boy's death", "Rollins' killing"
    if arg.dep_ == "pobj" and arg.head.lower_ == "to" and lemma_of(arg.head.head) in lex.injury_nouns:
        return "injured"  # "caused serious injuries to 10 passengers"
    if arg.dep_ != "pobj" or arg.head.lower_ != "of":
        return None
    noun = arg.head.head
    lemma = lemma_of(noun)
    if lemma in lex.death_nouns or noun.lower_ in lex.body_nouns:
        return "killed"
    if noun.lower_ in ("life", "lives") and lemma_of(noun.head) in lex.life_verbs:
        return "killed"  # "the fire took the lives of three children", "claims life of a hunter"
    if lemma in lex.harm_nouns:
        fatal = any(c.lower_ in lex.fatal_adjectives for c in noun.children if c.dep_ in ("amod", "advmod"))
        return "killed" if fatal else HARMED
    return None


def _relative_clause_outcome(arg: Token) -> str | None:
    """ "Marcus Jones, who was shot and killed": the relative pronoun's outcome.

    The pronoun may stand under a verb of saying the clause opens with: in
    "a teen who police say was shot and killed" the parser hangs "who" on
    "shot", inside the clause "police say ...", not on "say"."""
    relatives = people_lexicon().relative_pronouns
    for clause in arg.children:
        if clause.dep_ != "relcl":
            continue
        for subject in clause.subtree:
            if subject.dep_ in ("nsubj", "nsubjpass") and subject.lower_ in relatives:
                return _verb_outcome(subject)
    return None


#: adjectives before a person that "leave" makes an outcome: "left two dead
#: and a wounded girl"
LEFT_HURT_ADJECTIVES = frozenset({"wounded", "injured", "hurt"})


def _described_outcome(arg: Token) -> str | None:
    """What the words attached to a person say: "a man suffering from a
    gunshot wound", "a man with a gunshot wound": harmed."""
    lex = lexicon()
    for child in arg.children:
        if child.dep_ == "acl" and lemma_of(child) in lex.injury_verbs | {"suffer"}:
            return HARMED
        if _own_verb_as_clause(arg, child):
            return lex.intransitive[lemma_of(child)]  # "after a 32-year-old man drowned in the river"
        if _killed_after(arg, child):
            return "killed"  # "identified the girl killed in the shooting"
        if _with_wounds(child):
            # "left one man dead and another with life-threatening injuries": the
            # state a shooting left them in, alive; elsewhere a wound seen, fate open
            return "injured" if _left_by(arg) else HARMED
        if child.dep_ == "amod" and child.lower_ in LEFT_HURT_ADJECTIVES and _left_by(arg):
            # "leaving three women dead and a wounded girl": among what a shooting
            # left, the wounded are alive ("saw an injured man" only describes)
            return "injured"
    if arg.dep_ in ("dobj", "nsubjpass") and any(_with_wounds(c) and c.i > arg.i for c in arg.head.children):
        # "discovered a 15-year-old with a gunshot wound", "a second victim was
        # found nearby with a wound to the arm": "with" hung on the verb
        return HARMED
    return None


def _left_by(arg: Token) -> bool:
    """ "left two others with injuries": the object, or a conjunct of the
    object, of "leave"."""
    head = arg.head
    if arg.dep_ == "conj" and lemma_of(head) != "leave":
        head = head.head
    return lemma_of(head) == "leave" and arg.dep_ in ("dobj", "conj") and head.pos_ == "VERB"


def _killed_after(person: Token, child: Token) -> bool:
    """ "the 3-year-old killed in a drive-by shooting", "the teen shot and
    killed outside a bar": a participle of killing after the person, with
    no object of its own, tells that they died."""
    if child.dep_ != "acl" or not participle_tagged(child) or child.i < person.i or _has_object(child):
        return False
    return lexicon().transitive.get(lemma_of(child)) == "killed" or _fatal_participle(child)


def _with_wounds(prep: Token) -> bool:
    """ "with a gunshot wound", "with stab wounds"."""
    injuries = lexicon().injury_nouns
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "with"
        and any(o.dep_ == "pobj" and lemma_of(o) in injuries for o in prep.children)
    )


def _verb_outcome(arg: Token) -> str | None:
    """The outcome stated by the verb ``arg`` is an argument of.

    A subject is shared by conjoined verbs: in "was shot and killed" the
    subject of "shot" is also the one killed."""
    if not _states_a_fact(arg.head):
        return None
    outcome = _own_verb_outcome(arg)
    if outcome is None and arg.dep_ == "nsubj":
        outcome = _raised_outcome(arg.head)
    if outcome in (None, HARMED) and arg.dep_ in ("nsubj", "nsubjpass"):
        # "was shot and killed": the conjunct settles what "shot" leaves open
        for verb in arg.head.children:
            has_own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            has_own_subject = has_own_subject or _stray_subject(verb) is not None
            if verb.dep_ == "conj" and verb.pos_ == "VERB" and not has_own_subject and _states_a_fact(verb):
                settled = _conjunct_outcome(verb, arg.dep_)
                if settled:
                    return settled
    return outcome


#: verbs that lend their subject to the verb after them: "all four appear to
#: have died", "the man seems to have been killed"
RAISING_VERBS = frozenset({"appear", "seem"})


def _raised_outcome(verb: Token) -> str | None:
    """ "All four family members appear to have died from gunshot wounds":
    the subject of "appear" is the one of "died" (the parser hangs it on
    "appear" and "died" under it)."""
    if lemma_of(verb) not in RAISING_VERBS:
        return None
    lex = lexicon()
    for clause in verb.children:
        if clause.dep_ != "xcomp" or clause.pos_ != "VERB" or _has_object(clause):
            continue
        lemma = lemma_of(clause)
        if lemma in lex.intransitive:
            return lex.intransitive[lemma]
        if lemma in lex.transitive and any(c.dep_ == "auxpass" for c in clause.children):
            return lex.transitive[lemma]
    return None


def _conjunct_outcome(verb: Token, dep: str) -> str | None:
    """The outcome a conjoined verb states for the subject it shares."""
    lex = lexicon()
    lemma = lemma_of(verb)
    if _is_fatal(verb) and not _has_object(verb):
        return "killed"  # not "chased the woman and hacked her to death": the subject did it
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" for c in verb.children)
    if _passes_away(verb):
        return "killed"  # "was shot and later passed away"
    if dep == "nsubj" and (reflexive := _reflexive_outcome(verb)) is not None:
        return reflexive  # "then shot and killed himself"
    if lemma in lex.intransitive and (dep == "nsubj" or verb.tag_ in ("VBD", "VBZ") or perfect):
        # "was shot and died", "was taken to a hospital and has since died": the subject died
        return lex.intransitive[lemma]
    passive = dep == "nsubjpass" or verb.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in verb.children)
    if passive and lemma in lex.transitive:
        return lex.transitive[lemma]
    if passive:
        # "had been shot and was pronounced dead", "was found dead"
        for child in verb.children:
            if child.dep_ in ("oprd", "acomp", "xcomp") and child.lower_ in lex.outcome_word:
                return lex.outcome_word[child.lower_]
    return None


def _reflexive_outcome(verb: Token) -> str | None:
    """What a verb with a reflexive object says befell its subject: "a boy
    shot himself in the leg" (harmed), "fatally shot herself", "killed
    himself" (killed).  Reporters of accidents and suicides write so, and
    the subject of an active "shot" is otherwise the shooter."""
    if not any(c.dep_ == "dobj" and c.lower_ in lexicon().reflexives for c in verb.children):
        return None
    if suicide_attempted(verb):
        return HARMED  # "shot himself in an attempted suicide": he may live
    lex = lexicon()
    lemma = lemma_of(verb)
    if _is_fatal(verb) or _killed_participle_under(verb, "conj") or lex.transitive.get(lemma) == "killed":
        return "killed"
    if lemma in lex.harm_participle:
        return HARMED
    return lex.transitive.get(lemma)


def suicide_attempted(verb: Token) -> bool:
    """ "turned the gun on himself in an attempted suicide", "shot himself
    in a suicide attempt", "tried to kill himself": a suicide tried, not
    done.  Its subject may live (he is often flown to a hospital in the next
    sentence), so the verb tells no death."""
    lex = lexicon()
    head = verb
    while head.dep_ in ("xcomp", "conj") and head.head is not head:
        head = head.head  # "tried to take his own life", "tried to shoot and kill himself"
        if lemma_of(head) in lex.suicide_attempt_verbs:
            return True
    return _attempt_told(verb.subtree)


def _attempt_told(tokens: Iterable[Token]) -> bool:
    """ "an attempted suicide", "a suicide attempt" among these tokens."""
    lex = lexicon()
    for token in tokens:
        if token.lower_ not in lex.suicide_nouns:
            continue
        doc = token.doc
        beside = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
        if any(lemma_of(t) in lex.suicide_attempt_verbs for t in beside):
            return True
    return False


def own_death(verb: Token) -> bool:
    """ "killed himself", "took his own life", "turned the gun on himself":
    a verb that tells its subject died by their own hand.  "Shot himself"
    alone tells a wound, and an attempted suicide no death."""
    if suicide_attempted(verb):
        return False
    if _turns_gun_on_self(verb):
        # the set phrase tells the act, not its end: a report that calls it an
        # attempted suicide anywhere (the headline, the next sentence) tells no death
        return not _attempt_told(verb.doc)
    return _reflexive_outcome(verb) == "killed" or _takes_own_life(verb)


def _passes_away(verb: Token) -> bool:
    """ "he passed away", "she has since passed away": a death told politely."""
    return lemma_of(verb) == "pass" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in verb.children
    )


def _takes_own_life(verb: Token) -> bool:
    """ "he took his own life", "Kessler had taken his own life": a death
    its subject brought on themselves, told as "killed himself" is."""
    if lemma_of(verb) != "take":
        return False
    lives = (c for c in verb.children if c.dep_ == "dobj" and lemma_of(c) == "life")
    return any(any(m.lower_ == "own" for m in life.children) for life in lives)


def _turns_gun_on_self(verb: Token) -> bool:
    """ "he then turned the gun on himself", "turned the weapon on herself":
    the reporter's set phrase for a shooter's suicide, a death."""
    if lemma_of(verb) != "turn" or not any(
        c.dep_ == "dobj" and lemma_of(c) in ("gun", "weapon", "rifle", "pistol", "handgun", "shotgun")
        for c in verb.children
    ):
        return False
    return any(
        p.dep_ == "prep" and p.lower_ == "on" and any(o.lower_ in lexicon().reflexives for o in p.children)
        for p in verb.children
    )


def _own_verb_outcome(arg: Token) -> str | None:
    lex = lexicon()
    head = arg.head
    dep = arg.dep_
    if dep == "pobj" and head.lower_ == "between" and head.head.pos_ == "VERB":
        # "killed between twenty and thirty villagers": the parser makes a range
        # of number words a preposition's object; the people are the verb's
        head, dep = head.head, "dobj"
    lemma = lemma_of(head)
    if dep == "nsubj" and (reflexive := _reflexive_outcome(head)) is not None:
        return reflexive
    if dep == "nsubj" and (_passes_away(head) or own_death(head)):
        return "killed"
    if dep == "conj" and head.pos_ in ("VERB", "AUX") and arg.pos_ in ("NOUN", "PROPN"):
        return None  # a noun the parser joined to a verb ("killed ... and three others") is no object
    if dep == "nsubj" and not _has_object(head) and (_to_death(head) or _burnt_dead(head)):
        return "killed"  # "four people burned to death", "two hikers froze to death": the subject died
    object_like = dep in ("dobj", "nsubjpass", "conj", "appos") or dep == "nsubj" and _passive_like(head)
    if object_like and _is_fatal(head):
        return HARMED if _fatal_share_of_another(arg, head) else "killed"
    truly_passive = dep != "nsubj" or any(c.dep_ == "auxpass" for c in head.children)
    if object_like and truly_passive and lemma in lex.harm_participle:
        return HARMED  # not "the officer shot once": "shot" with no object is often active
    if dep in ("nsubjpass", "nsubj") and _passive_like(head) and _to_hospital(head):
        return HARMED  # "was taken to a hospital", "was rushed to Mercy Hospital"
    if dep == "nsubj" and _headline_participle(head, to_hospital=True):
        return HARMED  # a headline's "Three people rushed to hospital", "Two airlifted to hospital"
    if dep == "dobj" and lemma == "send" and _sent_by_an_event(head) and _to_hospital(head, sent=True):
        return HARMED  # "the shooting sent four men to the hospital"
    if dep in ("nsubjpass", "nsubj") and _passive_like(head) and _treated_for_wounds(head):
        # "three were treated for non-life-threatening injuries": hurt, but often
        # a part ("one dead, one critical and four treated for other injuries"),
        # so harmed, settled by the outcomes component as "taken to a hospital" is
        return HARMED
    if dep in ("nsubjpass", "nsubj") and _passive_like(head) and _struck_by_gunfire(head):
        return HARMED  # "a boy was struck by a stray bullet"
    if dep == "dobj" and _gunfire_strikes(head):
        return HARMED  # "a stray bullet struck a 9-year-old girl", "one round hitting a customer"
    if dep == "nsubj" and (found := _found_harmed(head)) is not None:
        return found  # "police found a man shot in the chest" (the parser's clause "a man shot")
    if dep == "nsubj" and arg.pos_ != "NUM" and recovers(head):
        return HARMED  # "he is recovering", "she is expected to survive"
    if arg.pos_ == "NUM" and in_condition(arg):
        # "five are hospitalized, two in critical condition", "one dead, one in
        # critical condition": a bare number told with its own condition, its
        # people those of the count before it, however the parser hangs it
        return HARMED
    if dep in ("nsubj", "nsubjpass", "dobj") and (in_condition(head) or in_condition(arg)):
        return HARMED  # "is in critical condition", "left a man in critical condition"
    if dep == "nsubj" and _fights_for_life(head):
        return HARMED  # "two women are fighting for their lives"
    if _held_in_custody(head, dep):
        return "arrested"  # "two people were taken into custody", "no one was in custody"
    if _held_for_questioning(head, dep):
        return "arrested"  # "three officials have been held for questioning"
    if (
        dep in ("dobj", "nsubjpass", "conj", "appos")
        and lemma in lex.transitive
        and not _noun_conjunct(head, dep)
    ):
        return lex.transitive[lemma]
    if dep == "nsubj" and lemma in lex.intransitive and not _has_object(head):
        return lex.intransitive[lemma]
    if dep == "nsubj" and lemma in lex.transitive and _passive_like(head):
        return lex.transitive[lemma]
    if dep == "nsubj" and head.pos_ == "ADJ" and head.lower_ in lex.outcome_word:
        return lex.outcome_word[head.lower_]  # "dozens more injured", "three dead"
    if dep == "nsubj" and head.tag_ == "VBG" and head.lower_ in lex.outcome_word and not _has_object(head):
        return lex.outcome_word[head.lower_]  # "20 people are still missing": the parser's verb "miss"
    if dep == "nsubj" and lemma in lex.harm_participle and _killed_after_comma(head):
        return "killed"  # a headline's "Woman shot, killed in ...": a participle, not the shooter
    if dep in ("nsubj", "nsubjpass", "dobj"):
        # "two remain missing", "three were dead", "left three workers dead";
        # "left two men wounded": the parser makes the result of "leave" an advcl
        complements = ("acomp", "attr", "oprd", "xcomp", *(("advcl",) if lemma == "leave" else ()))
        for child in head.children:
            if child.dep_ in complements and child.i != arg.i:
                outcome = lex.outcome_word.get(child.lower_)
                if outcome:
                    return outcome
                if lemma_of(child) in lex.harm_participle and child.tag_ == "VBN":
                    # "was found shot", "found stabbed"; "was found shot to death",
                    # "found shot and killed": the participle's own words settle it
                    return "killed" if _fatal_participle(child) else HARMED
    if dep in ("nsubj", "nsubjpass") and any(_tells_hurt(v) for v in _shared_conjuncts(head)):
        return HARMED  # "was struck twice and is in critical condition", "... and was taken to a hospital"
    if dep == "nsubj" and _headline_participle(head):
        # a headline's "Man shot in leg outside bar", "Teen hurt when bullet ..."
        return HARMED if lemma in lex.harm_participle else lex.transitive.get(lemma)
    if (
        dep == "nsubj"
        and lemma in lex.injury_verbs
        and any(lemma_of(c) in lex.injury_nouns for c in _objects(head))
    ):
        # "one of the policemen sustained a gunshot wound" sums up an outcome;
        # "found a man suffering from a gunshot wound" is what police found,
        # and he may die later in the report: harmed, settled by the outcomes
        if any(_fatal_wound(w) for w in _objects(head)):
            return "killed"  # "suffered a fatal gunshot wound"
        return HARMED if lemma == "suffer" and head.tag_ == "VBG" else "injured"
    return None


#: what makes a bare "shot" active: a target ("shot at officers") or a time of its own
_ACTIVE_MARKS = frozenset({"dobj", "aux", "auxpass", "neg", "dative"})


def _held_in_custody(verb: Token, dep: str) -> bool:
    """ "were taken into custody", "took three men into custody", "two men
    are in custody": the people a verb puts or keeps in custody, held as the
    arrested are.  The subject of an active "took ... into custody" is the
    police, never held."""
    lex = lexicon()
    lemma = lemma_of(verb)
    if dep in ("dobj", "nsubjpass"):
        if lemma not in lex.custody_verbs:
            return False
    elif dep != "nsubj" or lemma not in lex.custody_states:
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children):
        return False  # "declined to say whether the shooter is in custody"
    return any(
        child.dep_ == "prep"
        and child.lower_ in ("in", "into")
        and any(o.dep_ == "pobj" and lemma_of(o) in lex.custody_nouns for o in child.children)
        for child in verb.children
    )


def _held_for_questioning(verb: Token, dep: str) -> bool:
    """ "Three officials have been held for questioning", "police held two
    men for questioning": people held for questioning are detained, as the
    arrested are (the verb "detain" is read so already).  Only verbs that
    hold (`questioning_holds`): a witness "taken to the station for
    questioning" or one "wanted for questioning" is held by no one."""
    lex = lexicon()
    if dep not in ("dobj", "nsubjpass") or lemma_of(verb) not in lex.questioning_holds:
        return False
    return any(
        child.dep_ == "prep"
        and child.lower_ == "for"
        # the parser reads "questioning" as a noun or as a gerund
        and any(o.dep_ in ("pobj", "pcomp") and o.lower_ in lex.questioning_nouns for o in child.children)
        for child in verb.children
    )


def _headline_participle(verb: Token, *, to_hospital: bool = False) -> bool:
    """ "Man shot in leg outside bar", "Three teens shot near school",
    "Young person hurt when bullet flies through wall": headlines drop the
    "was" of a passive, and the parser reads what is left as an active past
    tense with its victim for subject.  Only on a headline's line (no full
    stop), with no object, auxiliary or target ("Man shot at officers" is
    the shooter), and not of a line whose verb is a noun's modifier.  With
    ``to_hospital``, a verb of taking to hospital instead of one of harm:
    "Three rushed to hospital as flames ...", "Four taken to hospital after
    ..." (the figure the line's root, the participle its modifier)."""
    if not (_taken_participle(verb) if to_hospital else _harm_participle(verb)):
        return False
    if any(c.dep_ in _ACTIVE_MARKS for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("at", "into", "toward", "towards") for c in verb.children):
        return False
    sentence = verb.sent
    last = sentence[-1]
    while last.i > sentence.start and last.is_space:
        last = verb.doc[last.i - 1]
    return last.text[-1:] not in ".!?\"'”’"


def _harm_participle(verb: Token) -> bool:
    """A verb of harm a headline's line may stand on ("Man shot in leg")."""
    lex = lexicon()
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in ("ROOT", "advcl"):
        return False
    return lemma_of(verb) in lex.harm_participle or lemma_of(verb) in lex.transitive


def _taken_participle(verb: Token) -> bool:
    """A verb of taking to hospital a headline's line may stand on ("Three
    rushed to hospital"), or hang from its figure ("Four taken to hospital"),
    never one of people who went for a purpose of their own."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in ("ROOT", "acl") or not _to_hospital(verb):
        return False
    if verb.dep_ == "acl" and (verb.head.dep_ != "ROOT" or verb.i < verb.head.i):
        return False
    return not any(_purpose(c) for c in verb.children)  # "Hundreds rushed to hospital to donate blood"


def _purpose(clause: Token) -> bool:
    """ "to donate blood", "to help": an infinitive telling what someone went for."""
    return (
        clause.dep_ in ("advcl", "xcomp")
        and clause.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


def _fatal_wound(noun: Token) -> bool:
    """ "a fatal gunshot wound", "fatal injuries"."""
    lex = lexicon()
    return lemma_of(noun) in lex.injury_nouns and any(
        c.dep_ in ("amod", "compound") and c.lower_ in lex.fatal_adjectives for c in noun.children
    )


def _killed_after_comma(verb: Token) -> bool:
    """ "Man shot, killed on west side": a headline's harm verb with no
    object, followed by "killed" as its participle."""
    return not _has_object(verb) and _killed_participle_under(verb, "advcl")


def _objects(verb: Token) -> list[Token]:
    """Direct objects and objects of "from": "sustained a wound", "suffering from wounds"."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            found += [c for c in prep.children if c.dep_ == "pobj"]
    return found


#: a hospital visit on the way to custody is a suspect's medical clearance
_CUSTODY = re.compile(r"\b(?:jail|arrest|arrested|booked|custody|clearance|in handcuffs)\b", re.IGNORECASE)


def recovers(verb: Token) -> bool:
    """ "is recovering", "is expected to survive" (not "police recovered the gun")."""
    recovery = lexicon().recovery_verbs
    if lemma_of(verb) in recovery and not _has_object(verb):
        return True
    return any(c.dep_ == "xcomp" and lemma_of(c) in recovery for c in verb.children)


def _has_object(verb: Token) -> bool:
    """ "police recovered the gun": a transitive use, no one recovering."""
    return any(c.dep_ in ("dobj", "attr") for c in verb.children)


#: what a person is struck by when shot: "struck by a stray bullet", "hit by gunfire"
GUNFIRE_NOUNS = frozenset({"bullet", "bullets", "gunfire", "round", "rounds", "gunshot", "pellet", "pellets"})


def _struck_by_gunfire(verb: Token) -> bool:
    """ "was struck by a stray bullet", "was hit by gunfire": shot, fate not said."""
    if lemma_of(verb) not in ("strike", "hit"):
        return False
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return any(a.lower_ in GUNFIRE_NOUNS for a in agents)


def _gunfire_strikes(verb: Token) -> bool:
    """ "a stray bullet struck a girl", "one round hitting a customer": the
    active "hit" with gunfire for subject harms its object."""
    if lemma_of(verb) not in ("strike", "hit"):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in GUNFIRE_NOUNS for c in verb.children)


#: verbs of finding whose clause tells the state someone was found in
FINDING_VERBS = frozenset({"find", "discover", "locate"})


def _found_harmed(verb: Token) -> str | None:
    """ "officers found a man shot in the chest", "found two women wounded":
    the parser makes "a man shot" a clause under "found", with the person its
    subject; a participle with no object there is what befell the person."""
    if verb.dep_ != "ccomp" or lemma_of(verb.head) not in FINDING_VERBS or verb.tag_ not in ("VBN", "VBD"):
        return None
    if _has_object(verb) or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None  # "found a man had shot his wife": a clause of its own
    lex = lexicon()
    lemma = lemma_of(verb)
    if _is_fatal(verb):
        return "killed"
    if lemma in lex.harm_participle:
        return HARMED
    # "found a man and a woman deceased": the outcome word read as a participle
    return lex.transitive.get(lemma) or lex.outcome_word.get(verb.lower_)


def _sent_by_an_event(verb: Token) -> bool:
    """ "a shooting sent four men to the hospital", not "the chief sent two officers
    to the hospital" (to guard someone): the sender is an incident (its noun in
    rules/events.yaml), not people."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if verb.dep_ == "relcl" and all(s.lower_ in ("that", "which") for s in subjects):
        subjects = [verb.head]  # "a shooting that sent four people to the hospital"
    incidents = event_lexicon().by_noun
    return bool(subjects) and all(
        s.dep_ == "csubj" or s.pos_ == "NOUN" and incidents.get(lemma_of(s)) == "incident" for s in subjects
    )  # a headline's "Shooting at bar sends 4 to hospital" has a clause for subject


def _treated_for_wounds(verb: Token) -> bool:
    """ "treated for non-life-threatening injuries", "being treated for a gunshot
    wound": hurt, and alive when it was written."""
    if lemma_of(verb) != "treat":
        return False
    injuries = lexicon().injury_nouns
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(o.dep_ == "pobj" and lemma_of(o) in injuries for o in prep.children)
        for prep in verb.children
    )


def _to_hospital(verb: Token, sent: bool = False) -> bool:
    """ "taken to a hospital", "rushed to Mercy Hospital"; with ``sent``,
    "sent four people to the hospital" (said of the shooting that did it)."""
    lex = lexicon()
    if lemma_of(verb) not in lex.hospital_verbs and not sent:
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries == {"being"}:
        return False  # "I saw a person being taken to hospital": a sight, not a count
    if _CUSTODY.search(verb.sent.text):
        return False  # "taken to a hospital for clearance, then to jail": a suspect's check-up
    if hospital_object(verb, ("to", "at", "in"), dative=True) is not None:
        return True
    return hospital_infinitive(verb)


def _noun_conjunct(head: Token, dep: str) -> bool:
    """Whether a count hangs as a conjunct (``conj``) on a head that is no
    verb or auxiliary (a noun, an adjective, a number).  The caller has
    found the head's lemma among the verbs of harm, but "Five martyrs and
    dozens of wounded" (a state outlet's headline) tells the dozens wounded,
    not martyred: a noun's conjunct is a count of its own, and only a
    verb's conjunct shares the verb's outcome."""
    return dep == "conj" and head.pos_ not in ("VERB", "AUX")


def _shared_conjuncts(verb: Token) -> list[Token]:
    """Verbs joined to ``verb`` that share its subject: "was struck once and
    is in critical condition" (a conjunct with a subject of its own is
    someone else's: "he fled and the victim was taken to a hospital")."""
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
    ]


def _tells_hurt(verb: Token) -> bool:
    """A verb that says its subject is hurt and alive: "is in stable condition",
    "was taken to a hospital", "is expected to survive"."""
    if in_condition(verb) or recovers(verb) or _fights_for_life(verb):
        return True
    return _passive_like(verb) and _to_hospital(verb)


def _fights_for_life(verb: Token) -> bool:
    """ "is fighting for his life", "are fighting for their lives": hurt, alive when written."""
    if lemma_of(verb) != "fight":
        return False
    return any(
        prep.dep_ == "prep" and prep.lower_ == "for" and any(lemma_of(o) == "life" for o in prep.children)
        for prep in verb.children
    )


def in_condition(token: Token) -> bool:
    """ "in critical condition" among the token's dependents."""
    return condition_in(token) is not None


def condition_in(token: Token) -> str | None:
    """The condition word of an "in critical condition" among the token's
    dependents ("critical"), or None."""
    conditions = lexicon().condition_words
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:
            qualifiers = {c.lower_ for c in obj.children if c.dep_ in ("amod", "compound")}
            if obj.dep_ == "pobj" and lemma_of(obj) == "condition" and qualifiers & conditions:
                return min(qualifiers & conditions)
    return None


#: "life threatening", "life - threatening": the one word a severity table holds
_LIFE_THREATENING = re.compile(r"\blife\s*-?\s*threatening\b")
#: "non-life-threatening", "not life-threatening": a severity denied
_DENIED_SEVERITY = re.compile(r"\bno[nt]\b")


def severity_of_wounds(verb: Token) -> str | None:
    """ "Two people suffered serious injuries", "sustained minor injuries":
    the severity adjective (``severity_adjectives``) on the wounds a verb of
    injury (``injury_verbs``) gives its subject, the condition the people it
    counts are in, as "two seriously injured" tells it.  Read in the words
    before the wound noun ("serious head injuries", "life-threatening"
    however it is hyphenated); none after "non" or "not"
    ("non-life-threatening injuries" says how far from the worst, and names
    no share), and bare wounds ("Six people suffered injuries") are the toll."""
    if lemma_of(verb) not in lexicon().injury_verbs:
        return None
    return next((s for w in verb.children if w.dep_ == "dobj" and (s := wound_severity(w)) is not None), None)


def wound_severity(wounds: Token) -> str | None:
    """The severity a wound noun's adjectives tell ("serious head injuries":
    serious), or None (none told, or one denied: "non-life-threatening")."""
    lex = lexicon()
    if lemma_of(wounds) not in lex.injury_nouns:
        return None
    before = _LIFE_THREATENING.sub("life-threatening", wounds.doc[wounds.left_edge.i : wounds.i].text.lower())
    if _DENIED_SEVERITY.search(before):
        return None
    return next((lex.severity_adjectives[w] for w in before.split() if w in lex.severity_adjectives), None)


#: the roles a toll noun holds beside the verb that gives its figure: "the
#: death toll rose to 14", "the toll was revised down to 15", "officials put
#: the death toll at 30"
_TOLL_ROLES = ("nsubj", "nsubjpass", "dobj")


def _toll_outcome(arg: Token) -> str | None:
    """ "the death toll rose to 14": a number under a toll noun is deaths
    ("revised down the death toll to 19": the toll under the verb's
    particle).  The walk up ends at a verb with a subject of its own: "the
    death toll rose to five, and the number of people unaccounted for fell to
    156" gives the 156 the outcome of its own subject's words, not the toll's."""
    lex = lexicon()
    for ancestor in list(arg.ancestors)[:4]:
        if lemma_of(ancestor) in lex.toll_nouns:
            return "killed"
        verb_subjects = [c for c in ancestor.children if c.dep_ in _TOLL_ROLES]
        verb_subjects += [
            c
            for p in ancestor.children
            if p.dep_ == "prep" and p.lower_ in lex.toll_particles
            for c in p.children
            if c.dep_ == "pobj"
        ]
        if any(lemma_of(s) in lex.toll_nouns for s in verb_subjects):
            return "killed"
        subjects = [c for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass")]
        if ancestor.pos_ in ("VERB", "AUX") and subjects:
            return _number_outcome(subjects[0]) or _risen_dead_outcome(arg)
    return _risen_dead_outcome(arg)


def _risen_dead_outcome(arg: Token) -> str | None:
    """ "bringing the number of people killed to four": a figure right after
    rise words that name the dead (``dead_number_before``) is the toll, where
    the parser hangs it on "killed" out of reach of its number noun."""
    before = arg.doc.text[arg.sent.start_char : arg.idx]
    return "killed" if dead_number_before().search(before) else None


def _number_outcome(subject: Token) -> str | None:
    """The outcome "the number of people unaccounted for" tells: a number
    noun's own words (``number_nouns``), by an outcome word among them."""
    lex = lexicon()
    if lemma_of(subject) not in lex.number_nouns:
        return None
    # the word as written too: the lemmatizer reads "unaccounted" as "unaccounte"
    words = (w for t in subject.subtree for w in (t.lower_, lemma_of(t)))
    return next((lex.outcome_word[w] for w in words if w in lex.outcome_word), None)


def person_outcome(arg: Token) -> str | None:
    """The outcome a clause states for a person: by its verb, a relative
    clause, a noun of death, or the words that describe them."""
    by_verb = _verb_outcome(arg)
    if by_verb == HARMED:
        # "officers shot the man, who has since died": the clause settles "shot"
        settled = _relative_clause_outcome(arg)
        return settled if settled not in (None, HARMED) else by_verb
    return (
        by_verb
        or _relative_clause_outcome(arg)
        or _noun_outcome(arg)
        or _victim_of_a_death(arg)
        or _described_outcome(arg)
    )


def _victim_of_a_death(arg: Token) -> str | None:
    """ "the homicide victim", "a murder victim", "the victim of a deadly
    shooting": a victim named by the death they suffered is one of the dead
    ("a shooting victim" says no more than "shot").  One victim only: the
    plural is most often a year's or a city's tally."""
    if lemma_of(arg) != "victim" or arg.tag_ != "NN":
        return None  # "64 homicide victims this year" is a tally of a year, not of an incident
    lex = lexicon()
    if any(c.dep_ in ("compound", "amod") and lemma_of(c) in lex.death_nouns for c in arg.children):
        return "killed"
    for of in arg.children:
        if of.dep_ != "prep" or of.lower_ != "of":
            continue
        for noun in of.children:
            fatal = any(c.dep_ == "amod" and c.lower_ in lex.fatal_adjectives for c in noun.children)
            if noun.dep_ == "pobj" and (
                lemma_of(noun) in lex.death_nouns or fatal and lemma_of(noun) in lex.harm_nouns
            ):
                return "killed"
    return None


#: the roles in which conjoined people share the outcome of the first
ARGUMENT_ROLES = frozenset({"dobj", "nsubj", "nsubjpass", "appos"})


def outcome_for(quantity: Quantity) -> str | None:
    """Which casualty outcome (if any) the quantity is linked to.

    "a" counts one person only when a verb says what happened to them ("he
    injured a police officer"); "I saw an injured person" describes, it does
    not count.
    """
    arg = quantity.arg
    found = _found_outcome(arg) or _outcome_word_counted(quantity) or _own_clause_outcome(quantity.last)
    if found is not None:
        return found
    if quantity.first == quantity.last and quantity.first.lower_ in ("a", "an", "another", "both"):
        if any(c.dep_ == "acl" and c.tag_ == "VBN" and _fatal_participle(c) for c in arg.children):
            return "killed"  # "a young man shot dead by police suffered 20 wounds"
        if _left_by(arg) and (left := _outcome_of_child(arg, after_only=True)) is not None:
            return left  # "left a teenager dead (and two others wounded)"
        return person_outcome(arg) or _participle_after(arg) or _outcome_told_alike(arg)
    # "a missing boy and his grandmother were found dead": what the verb says
    # happened wins over an adjective before the noun; "21 others wounded" or
    # "three people shot" leave the adjective's word
    by_verb = person_outcome(arg)
    settled = by_verb if by_verb not in (None, HARMED) else None
    outcome = _outcome_of_child(arg, after_only=True) or settled or _outcome_of_child(arg) or by_verb
    if outcome is None and arg.dep_ == "conj":
        # "killing two workers and two others": a conjunct shares its head's role
        first = arg.head
        while first.dep_ == "conj" and first.head is not first:
            first = first.head
        if first.dep_ in ARGUMENT_ROLES:
            # not "riding with her mother, her cousin and four other children":
            # people beside the one an outcome befell share no outcome
            outcome = _outcome_of_child(first) or _verb_outcome(first)
    if outcome is None and quantity.noun is None:
        outcome = _toll_outcome(arg) or _outcome_noun_head(arg) or _gapped_place_outcome(arg)
    return outcome or _participle_after(arg) or _outcome_told_alike(arg)


def _gapped_place_outcome(arg: Token) -> str | None:
    """ "Twelve people died in Sofala province and seven in Nampula": a bare
    figure the parser hangs on the verb as a conjunct, its verb left out and
    a named place of its own after it (``place_share_preps``), shares the
    outcome the verb states for its subject: the place's share of the toll.
    Never a figure with a condition or a hospital after it ("and two in
    hospital"): only a named place."""
    verb = arg.head
    if arg.dep_ != "conj" or not arg.like_num or verb.pos_ != "VERB" or verb.i > arg.i:
        return None
    if _named_place_after(arg, verb) is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subject is None or not any(c.like_num for c in (subject, *subject.children)):
        return None
    outcome = person_outcome(subject)
    return outcome if outcome != HARMED else None


def _named_place_after(figure: Token, verb: Token) -> Token | None:
    """The named place a bare figure's own preposition brings ("seven in
    Nampula", "four in Tete province"), else None.  A name the model takes
    for an organisation counts where the verb's own preposition names a
    place too ("died in Manica province and five in Tete"): the two are
    told alike."""
    lex = lexicon()
    alike = _named_place_after(verb, verb) is not None if figure.i != verb.i else False
    unnamed = _NO_PLACE_NAMES if alike else _NO_PLACE_NAMES_NOR_BODIES
    for prep in figure.children:
        if prep.dep_ != "prep" or prep.lower_ not in lex.place_share_preps:
            continue
        place = _named_place_of(prep, unnamed)
        if place is not None:
            return place
    return None


#: the entity types of a proper name after "in" that is no place's ("in March")
_NO_PLACE_NAMES = frozenset({"PERSON", "DATE"})
#: those and an organisation's, a place only where the words say so (:func:`_named_place_after`)
_NO_PLACE_NAMES_NOR_BODIES = _NO_PLACE_NAMES | {"ORG"}


def _named_place_of(prep: Token, unnamed: frozenset[str]) -> Token | None:
    """The named place a preposition brings: its first object that is a
    proper name of none of the entity types ``unnamed`` ("in Nampula"), or
    an area word with a proper name of its own ("in Chikwawa district",
    ``partial_areas`` of rules/counts.yaml); else None."""
    for place in prep.children:
        if place.dep_ != "pobj":
            continue
        if place.pos_ == "PROPN" and place.ent_type_ not in unnamed:
            return place
        if lemma_of(place) in lexicon().partial_areas and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in place.children
        ):
            return place
    return None


def _stray_subject(verb: Token) -> Token | None:
    """The figure right before a conjoined verb that the parser hung on the
    clause before as a conjunct, though it is that verb's subject: "has
    killed 39 people and 74 are missing", "Eight workers were rescued alive
    and four remain missing" (the parser's "four" a conjunct of "alive",
    "remain" sharing "workers" for subject)."""
    if verb.dep_ != "conj" or verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ == "conj" and before.like_num and before.head.i < before.i:
        return before
    return None


def _own_clause_outcome(figure: Token) -> str | None:
    """The outcome of the verb a stray subject (:func:`_stray_subject`) is
    the subject of: "74 are missing", never its head's "killed" (nor the
    noun "people" the figure may share with the count before it)."""
    doc = figure.doc
    stray = _stray_subject(doc[figure.i + 1]) if figure.i + 1 < len(doc) else None
    if stray is None or stray.i != figure.i:
        return None
    verb = doc[figure.i + 1]
    words = lexicon().outcome_word
    for child in verb.children:
        if child.dep_ in ("acomp", "attr", "oprd") and child.lower_ in words:
            return words[child.lower_]
    return None


def _outcome_word_counted(quantity: Quantity) -> str | None:
    """ "12 dead and 30 hurt", "1 dead, 2 hurt in office shooting", "kills 1,
    15 hurt", "leaves 6 dead and 100 hurt": a headline's or a lede's number
    whose noun is left out, its people told by the outcome word right after
    it.  The parser tags that word as a noun ("30 hurt", then counted as
    hurts), a participle or an adjective, and hangs the two on each other,
    on the figure before or on the verb, in many ways (a conjunct of "6
    dead" once took the dead's outcome); the word right after the number
    says it whatever the parse, unless it describes a noun after it ("the 2
    wounded officers" counts officers) or is a verb of its own clause ("a
    shooting in 2014 killed three")."""
    doc = quantity.last.doc
    if quantity.last.i + 1 >= len(doc):
        return None
    word = doc[quantity.last.i + 1]
    outcome = lexicon().outcome_word.get(word.lower_)
    if outcome is None or word.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ"):
        return None
    if quantity.noun is not None:
        # "30 hurt": the word is the counted noun itself
        return outcome if quantity.noun.i == word.i and quantity.last.head.i == word.i else None
    number = quantity.arg
    if number.dep_ == "pobj" or (word.dep_ in ("amod", "compound") and word.head.i > word.i):
        return None
    if any(c.dep_ == "dobj" or c.dep_ in ("nsubj", "nsubjpass") and number.i < c.i for c in word.children):
        return None
    return outcome


def _outcome_told_alike(arg: Token) -> str | None:
    """The outcome of the subject an elliptical "as" clause repeats (:func:`told_alike`)."""
    told = told_alike(arg)
    return None if told is None else outcome_for(Quantity(told, told, 1, 1, 1, told, told))


#: the verbs an elliptical "as" clause repeats: "as were three children", "as did two others"
ELLIPTICAL_VERBS = frozenset({"be", "do", "have"})


def told_alike(arg: Token) -> Token | None:
    """ "A man and a woman were found dead, as were three children", "two
    officers were wounded, as was a bystander": people an elliptical "as"
    clause adds to the main clause's subject, whose fate they share.
    Returns that subject, or None.  "as was common" (a complement) is no
    such clause."""
    clause = arg.head
    if arg.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl" or clause.i > arg.i:
        return None
    if lemma_of(clause) not in ELLIPTICAL_VERBS or clause.head.i > clause.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children):
        return None
    if any(c.dep_ in ("acomp", "attr", "dobj", "oprd", "xcomp", "ccomp") for c in clause.children):
        return None
    main = clause.head
    return next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)


def _participle_after(arg: Token) -> str | None:
    """ "left a woman injured", "found three men shot outside a bar": an
    outcome participle after the people says what befell them (not "an
    injured man", which describes); "shot" leaves the fate open."""
    lex = lexicon()
    for child in arg.children:
        if child.i > arg.i and child.dep_ in ("acl", "oprd") and child.tag_ == "VBN":
            outcome = lex.outcome_word.get(child.lower_)
            if outcome in ("killed", "injured"):
                return outcome
            if lemma_of(child) in lex.harm_participle and not _has_object(child):
                return HARMED
    return None


#: verbs whose object is left in the state an adjective after it tells:
#: "the shooting left a 10-year-old girl dead inside her home"
RESULT_VERBS = frozenset({"leave"})


def _found_outcome(arg: Token) -> str | None:
    """ "officers found a man dead", "found a man and a woman dead": the
    parser hangs the outcome word on the (last) person found, after them; an
    adjective before ("found an injured man") describes, it does not count.
    "left a girl dead inside her home" the parser may read the same way."""
    if arg.dep_ != "dobj" or lemma_of(arg.head) not in FOUND_VERBS | RESULT_VERBS:
        return None
    people, todo = [], [arg]
    while todo:
        person = todo.pop()
        people.append(person)
        todo += [c for c in person.children if c.dep_ == "conj"]
    outcome_word = lexicon().outcome_word
    for person in people:
        for child in person.children:
            if child.dep_ in ("amod", "oprd", "acl") and child.i > person.i and child.lower_ in outcome_word:
                return outcome_word[child.lower_]
    return None


def _outcome_noun_head(arg: Token) -> str | None:
    """ "Funeral services for three dead", "the two injured were released": a
    number before an outcome word used as a noun."""
    head = arg.head
    if arg.dep_ != "nummod" or head.i < arg.i or head.pos_ not in ("ADJ", "NOUN", "VERB"):
        return None
    lex = lexicon()
    if head.i == arg.i + 1 and head.lower_ in lex.harm_participle.values():
        return HARMED  # a headline's "Two shot near the race course", "3 stabbed at party"
    return lex.outcome_word.get(head.lower_) if head.pos_ != "VERB" else None


def tally_outcome(quantity: Quantity) -> str | None:
    """The outcome a number of tally nouns states: "causing three deaths",
    "one fatality had been confirmed", "15 bodies were recovered", "the
    crash claimed six lives" (``tally_nouns``, ``life_verbs`` in
    rules/counts.yaml), or None.  A rate ("one death every two days") and a
    toll that may happen ("could cause thousands of deaths") are no toll."""
    noun = quantity.noun
    if noun is None or noun.i < quantity.last.i:
        return None
    lex = lexicon()
    lemma = lemma_of(noun)
    if quantity.first.i == quantity.last.i and quantity.first.lower_ in lex.toll_multiples:
        outcome = "killed"  # "a double homicide" (see quantity._toll_multiple)
    elif quantity.first.i == quantity.last.i and quantity.first.lower_ in lex.fatal_adjectives:
        outcome = "killed"  # "a fatal shooting" (see quantity._fatal_event)
    elif lemma in lex.tally_noun:
        outcome = lex.tally_noun[lemma]
    elif noun.lower_ == "lives" and lemma_of(noun.head) in lex.life_verbs:
        outcome = "killed"
    else:
        return None
    if _is_rate(noun) or not _told_as_fact(noun):
        return None
    return outcome


def _is_rate(noun: Token) -> bool:
    """ "deaths a year", "one death every two days", "deaths per capita"."""
    doc = noun.doc
    window = " " + " ".join(t.lower_ for t in doc[noun.i + 1 : min(noun.i + 6, noun.sent.end)]) + " "
    return any(f" {word} " in window for word in lexicon().rate_words)


def _told_as_fact(noun: Token) -> bool:
    """The verb governing a tally states an event: not "could cause", "would
    have claimed", "did not cause" (a noun or adjective head carries none),
    nor the outcome of a condition ("If that is the case, the law makes it a
    triple homicide")."""
    if _under_a_condition(noun):
        return False
    for ancestor in noun.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            modal = any(c.tag_ == "MD" for c in ancestor.children)
            return _states_a_fact(ancestor) and not modal
    return True


#: subordinators that make the clause they govern a condition
CONDITION_MARKS = frozenset({"if", "unless"})


def _under_a_condition(token: Token) -> bool:
    """Whether a clause above ``token`` is the outcome of an "if" clause."""
    for ancestor in token.ancestors:
        for clause in ancestor.children:
            if clause.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children
            ):
                return True
    return False


# ------------------------------------------------------------------- zeroes


def zero_outcomes(token: Token) -> tuple[str, ...]:
    """Outcomes denied by "no injuries", "no one was killed", "nobody was hurt"."""
    lex = lexicon()
    if token.lower_ == "no" and token.dep_ == "det":
        noun = token.head
        if _told_severe(noun):
            return ()  # "no serious injuries": the worst hurt denied, not the hurt
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
        if token.dep_ in ("nsubj", "nsubjpass") and recovers(token.head):
            # "Nobody survived", "none of the crew is expected to recover": a
            # denied survival says everyone died or may die, never nobody hurt
            return ()
        if token.dep_ in ("nsubj", "nsubjpass") and _told_severe(token.head):
            # "None of them was in serious condition", "no one was seriously
            # injured": a denied condition says how badly the hurt were hurt
            return ()
        if (
            token.dep_ in ("nsubj", "nsubjpass")
            and _denied_hospital_stay(token.head)
            and _verb_outcome(token) == _own_verb_outcome(token)
        ):
            # "none of them was hospitalised", "no one was taken to hospital":
            # the hurt were treated at the scene, not nobody hurt; but "no one
            # was taken to hospital or injured" denies the hurt by its conjunct
            return ()
        if _among_the_harmed(token):
            # "None of the injured was admitted", "none of the wounded is in
            # danger": a denial about the harmed counts none of them away
            return ()
        outcome = _verb_outcome(token)
        if outcome == HARMED:
            return ("killed", "injured")  # "nobody was shot": nobody killed or hurt
        if outcome:
            return (outcome,)
    if _denied_arrest(token):
        return ("arrested",)  # "Police have not made any arrests"
    return ()


def _denied_hospital_stay(verb: Token) -> bool:
    """ "were hospitalised", "was taken to hospital", "was admitted to a
    hospital": a verb of a stay in hospital, which a report denies of people
    it has just told were hurt ("Three people sought medical help; none of them
    was hospitalised"), so the denial is of the stay, never of the hurt."""
    if told_hospitalized(verb) or taken_to_hospital(verb):
        return True
    return lemma_of(verb) == "admit" and hospital_object(verb) is not None


def _among_the_harmed(token: Token) -> bool:
    """ "None of the injured", "none of the wounded", "none of the victims":
    a "none" whose "of" names people already harmed, so whatever is denied
    of them (a stay in hospital, danger, a name) leaves them harmed
    (``harmed_group_nouns`` of rules/counts.yaml)."""
    lex = lexicon()
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for group in prep.children:
                named = {group.lower_, lemma_of(group)}
                if group.dep_ == "pobj" and named & lex.harmed_groups:
                    return True
    return False


def _denied_arrest(token: Token) -> bool:
    """ "Police have not made any arrests", "have yet to make an arrest",
    "police have not arrested anyone": the arrest denied by its verb, which
    tells no one held as "No arrests have been made" does.  ``token`` is the
    object's determiner ("any") or the object itself ("anyone");
    ``arrest_denial_*`` of rules/counts.yaml."""
    lex = lexicon()
    if token.dep_ == "det" and token.lower_ in lex.arrest_denial_determiners:
        noun = token.head
        if noun.dep_ != "dobj" or lex.outcome_noun.get(lemma_of(noun)) != ("arrested",):
            return False
        return lemma_of(noun.head) in lex.arrest_denial_verbs and _denied(noun.head)
    if token.dep_ == "dobj" and token.lower_ in lex.arrest_denial_pronouns:
        return lex.transitive.get(lemma_of(token.head)) == "arrested" and _denied(token.head)
    return False


def _denied(verb: Token) -> bool:
    """A verb told as not done: negated ("have not made", "did not make") or
    after "have yet to" ("have yet to make")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    have = verb.head
    return (
        verb.dep_ == "xcomp"
        and lemma_of(have) == "have"
        and any(c.dep_ == "advmod" and c.lower_ in lexicon().arrest_denial_yet for c in have.children)
    )


def _told_severe(word: Token) -> bool:
    """Whether a verb or a wound noun tells how badly someone was hurt: "in
    serious condition" (``condition_words``), "seriously injured" (a
    ``severity_adverbs`` adverb), "suffered life-threatening injuries", "serious
    injuries" (a ``severity_adjectives`` adjective on the wounds).  Denied, such
    words leave the hurt hurt ("None of them was in serious condition" after
    "nine people were taken to hospitals"), so no zero of the toll is read."""
    lex = lexicon()
    if condition_in(word) is not None or severity_of_wounds(word) is not None:
        return True
    if any(c.dep_ == "advmod" and c.lower_ in lex.severity for c in word.children):
        return True
    if wound_severity(word) is not None:
        return True
    return lemma_of(word) == "be" and any(
        c.dep_ == "acomp" and c.lower_ in lex.condition_words for c in word.children
    )


# ------------------------------------------------------------- subgroups

#: the outcomes a subgroup of a toll can take from its whole
SUBGROUP_OUTCOMES = frozenset({"killed", "injured", "missing"})


def _outcome_of_people(noun: Token) -> str | None:
    """The outcome a noun of people names: "the dead", "the injured", "those
    killed", "the people wounded", "the victims killed" (an outcome word used
    as a noun, or a participle after the noun)."""
    outcome_word = lexicon().outcome_word
    outcome = outcome_word.get(noun.lower_)
    if outcome is None:
        outcome = next(
            (
                outcome_word[c.lower_]
                for c in noun.children
                if c.dep_ in ("acl", "amod") and c.i > noun.i and c.lower_ in outcome_word
            ),
            None,
        )
    return outcome if outcome in SUBGROUP_OUTCOMES else None


def _argument_of(arg: Token) -> Token:
    """The first of a list of people ("three women and a boy"): the one the
    clause's words hang on."""
    while arg.dep_ == "conj" and arg.head.i != arg.i:
        arg = arg.head
    return arg


def share_named_after(quantity: Quantity) -> tuple[Quantity, str] | None:
    """ "Two of the dead were pilots", "Three of those injured were
    children": a figure of a toll ("of the dead") whose people the verb's
    complement names; returns the figure as a count of them, with the
    toll's outcome."""
    arg = quantity.arg
    if quantity.noun is not None or arg.dep_ != "nsubj" or lemma_of(arg.head) != "be":
        return None
    outcome = next(
        (
            found
            for prep in arg.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for whole in prep.children
            if whole.dep_ == "pobj" and (found := _outcome_of_people(whole)) is not None
        ),
        None,
    )
    named = next((c for c in arg.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if outcome is None or named is None or named.tag_ != "NNS":
        return None
    return replace(quantity, noun=named, arg=named), outcome


#: the group of a share of a toll by origin: ORIGIN + the place's name ("from:bengaluru")
ORIGIN = "from"


class TollBefore(NamedTuple):
    """The toll told just before a figure: its outcome and its words' offsets."""

    outcome: str
    start: int
    end: int


def share_by_origin(quantity: Quantity, toll_before: TollBefore | None) -> tuple[str, str] | None:
    """ "Of those dead, three were from Tarrow", "Three of the injured were
    from Ohio", "Of them, two were from Crane", "Eleven people were killed,
    five of them from Aleppo", "killed eight people, including three from
    Kerala": a bare figure of a toll told by where its people came from.
    Returns the toll's outcome and the group ``from:<place>``, so that only
    another report's figure from the same place is set against it (and any
    total holds it).  The toll is the one the "of" names ("the dead", "those
    injured"), or, for a pronoun ("of them") or "including",
    ``toll_before``: the outcome of the toll told just before.  A figure
    told for each of several places ("one each were from A and B") is no
    share of one place."""
    lex = lexicon()
    arg = quantity.arg
    verb = arg.head
    if quantity.noun is not None:
        return None
    after = arg.doc[arg.i + 1] if arg.i + 1 < len(arg.doc) else arg
    if any(t.lower_ in lex.distributive for t in (after, *arg.children)):
        return None
    if arg.dep_ == "nsubj" and lemma_of(verb) in lex.origin_verbs:
        place = _origin_of(verb)  # "three were from Tarrow"
    elif arg.dep_ in ("npadvmod", "appos"):
        place = _origin_of(arg) or _origin_right_after(arg)  # "..., five of them from Aleppo"
        verb = arg
    elif arg.dep_ == "pobj" and arg.head.lower_ in lex.subgroup:
        place = _origin_of(arg)  # "killed eight people, including three from Kerala"
        if place is None or toll_before is None or not _hangs_on(arg.head.head, toll_before):
            return None
        return toll_before.outcome, f"{ORIGIN}:{place}"
    else:
        return None
    if place is None:
        return None
    # "three of the dead were ..." (the "of" on the figure) or "Of those dead, four were ...",
    # "Among the dead, four were ..." (fronted)
    for whole in _share_wholes(arg, verb, arg.i):
        if (outcome := _toll_of_whole(whole, toll_before)) is not None:
            return outcome, f"{ORIGIN}:{place}"
    return None


def _share_wholes(arg: Token, verb: Token | None, before: int) -> list[Token]:
    """The words a figure is told as some of: the object of its own "of"
    ("three of the dead", "five of them") and of a fronted share
    preposition on its verb (a subject's) before ``before`` (``fronted_share_preps`` of
    rules/counts.yaml: "Of those dead, four were ...", "Among the dead, 31
    were ...")."""
    fronted = lexicon().fronted_share_preps
    preps = [c for c in arg.children if c.dep_ == "prep" and c.lower_ == "of"]
    if verb is not None:
        preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in fronted and c.i < before]
    return [whole for prep in preps for whole in prep.children if whole.dep_ == "pobj"]


def _toll_of_whole(whole: Token, toll_before: TollBefore | None) -> str | None:
    """The outcome of the toll a share's whole names ("the dead", "those
    injured"), or for a bare pronoun (``toll_pronouns``: "of them") that of
    the toll told just before (``toll_before``); None for a whole that names
    no toll ("of the victims": reporters say it of the dead and of the hurt)."""
    outcome = _outcome_of_people(whole)
    if outcome is None and _a_toll_pronoun(whole):
        outcome = toll_before.outcome if toll_before is not None else None
    return outcome


def _a_toll_pronoun(whole: Token) -> bool:
    return whole.lower_ in lexicon().toll_pronouns and not list(whole.children)


def toll_share_of(quantity: Quantity, toll_before: TollBefore | None = None) -> str | None:
    """The outcome of the toll a figure is told as some of (:func:`_share_wholes`,
    :func:`_toll_of_whole`): its own "of" ("239 of the dead", "eleven of
    those killed") or a fronted share preposition on its verb ("Of the 56
    injured, 31 were ...", "Among the dead, 31 were ..."); "of them" the
    toll told before (``toll_before``); None when none names a toll."""
    arg = quantity.arg
    verb = arg.head if arg.dep_ in ("nsubj", "nsubjpass") else None
    for whole in _share_wholes(arg, verb, quantity.first.i):
        if (outcome := _toll_of_whole(whole, toll_before)) is not None:
            return outcome
    return None


def _told_as_share(quantity: Quantity) -> bool:
    """Whether a figure is told as some of a toll (:func:`toll_share_of`),
    "of them" counted as one whatever toll it stands for."""
    arg = quantity.arg
    verb = arg.head if arg.dep_ in ("nsubj", "nsubjpass") else None
    return any(
        _outcome_of_people(whole) is not None or _a_toll_pronoun(whole)
        for whole in _share_wholes(arg, verb, quantity.first.i)
    )


def share_place(quantity: Quantity) -> Token | None:
    """The named place a share of a toll is told to have died or been hurt
    in: "Blantyre" in "239 of the dead were in Blantyre", "district" in "Of
    the 56 killed, 31 were in Chikwawa district" (``place_share_preps`` of
    rules/counts.yaml on the figure's verb, a proper name or an area word
    with one); None for "in hospital" or "in critical condition"."""
    lex = lexicon()
    arg = quantity.arg
    if quantity.noun is None and _told_as_share(quantity) and (own := _own_share_place(arg)) is not None:
        return own  # "killed 11 civilians, nine of them in Kafr Nabl"
    if arg.dep_ not in ("nsubj", "nsubjpass") or not _told_as_share(quantity):
        return None
    for prep in arg.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in lex.place_share_preps or prep.i < quantity.last.i:
            continue
        place = _named_place_of(prep, _NO_PLACE_NAMES_NOR_BODIES)
        if place is not None:
            return place
    return None


def _own_share_place(arg: Token) -> Token | None:
    """The named place of a share's own "in", right after its "of them":
    "Kafr Nabl" in "..., nine of them in Kafr Nabl", "Sindh" in "killed 40
    people, 25 of them in Sindh province" (the parser may hang the "in" on
    the verb).  A name the model takes for a person counts: after "N of
    them in" reporters name a place."""
    lex = lexicon()
    of = next((c for c in arg.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    after = of.right_edge.i + 1
    if after >= len(arg.doc) or arg.doc[after].lower_ not in lex.place_share_preps:
        return None
    return _named_place_of(arg.doc[after], frozenset({"DATE"}))


def share_by_place(quantity: Quantity, toll_before: TollBefore | None = None) -> str | None:
    """ "239 of the dead were in Blantyre", "Of the 56 injured, 31 were in
    Chikwawa district": a bare figure of a toll with no outcome word of its
    own, told by the place its people died or were hurt in; returns the
    toll's outcome (the scope, the place's share, is set by
    :mod:`reportcheck.extract.counts.scope`)."""
    if quantity.noun is not None:
        return None
    if lemma_of(quantity.arg.head) not in lexicon().origin_verbs and _own_share_place(quantity.arg) is None:
        return None
    if share_place(quantity) is None:
        return None
    return toll_share_of(quantity, toll_before)


def _hangs_on(word: Token, toll: TollBefore) -> bool:
    """Whether "including" hangs on the toll's words ("eight people,
    including ...") or on the verb that tells it ("killing eight people,
    including ..."), not on another count ("arrested five men, including")."""
    if toll.start <= word.idx < toll.end:
        return True
    return word.pos_ in ("VERB", "AUX") and any(t.idx == toll.start for t in word.subtree)


def _origin_right_after(arg: Token) -> str | None:
    """ "killed 13 people, six of them from Saraqib": the "from" right after
    the figure's words, which the parser may hang on the verb of killing."""
    doc = arg.doc
    after = arg.right_edge.i + 1
    if after >= len(doc) or doc[after].lower_ not in lexicon().origin_preps:
        return None
    return _place_named(doc[after])


def _place_named(prep: Token) -> str | None:
    """The name after "from", lower-cased: a proper noun, or a capitalised word
    the small tagger takes for a common noun ("from Homs")."""
    for place in prep.children:
        named = place.pos_ == "PROPN" or (place.pos_ == "NOUN" and place.text[:1].isupper())
        if place.dep_ == "pobj" and named:
            words = [c for c in place.children if c.dep_ == "compound" and c.i < place.i]
            return " ".join(t.lower_ for t in [*words, place])
    return None


def _origin_of(verb: Token) -> str | None:
    """The name of the place a "from" on the verb (or on the figure) gives
    ("were from Tarrow", "were from the United States", "five of them
    from Aleppo"), lower-cased; None for a common noun ("from the same
    family", "from abroad")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in lexicon().origin_preps and (place := _place_named(prep)):
            return place
    return None


def whole_outcome(quantity: Quantity) -> str | None:
    """The outcome of the toll a figure is told as a share of, where the
    figure has no outcome word of its own: "Among the dead were three
    children", "Three women and a boy were among those killed", "The
    injured included two firefighters".  The outcome is the one the whole's
    words name ("the dead", "those killed", "the injured"), never guessed
    from "the victims", which reporters say of the dead and of the hurt."""
    arg = _argument_of(quantity.arg)
    verb = arg.head
    if arg.dep_ in ("nsubj", "attr", "dobj") and verb.pos_ in ("AUX", "VERB"):
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "among":
                for whole in prep.children:
                    if whole.dep_ == "pobj" and (outcome := _outcome_of_people(whole)) is not None:
                        return outcome  # "among the dead were ...", "... were among those killed"
        if arg.dep_ == "dobj" and lemma_of(verb) == "include":
            for whole in verb.children:
                if whole.dep_ == "nsubj" and (outcome := _outcome_of_people(whole)) is not None:
                    return outcome  # "the dead included both pilots"
    for prep in arg.children:
        if prep.dep_ == "prep" and prep.lower_ == "among":
            for whole in prep.children:
                if whole.dep_ == "pobj" and (outcome := _outcome_of_people(whole)) is not None:
                    return outcome  # "three children among the dead"
    return None
