"""Named people, their roles, and their ages.

Reports name victims, suspects, officers and officials, often with an age
("Ruslan Zinin, 25", "27-year-old Roman Biryukov", "Timmons, now 16").  An age
belongs to the person it is written against, never to the nearest number, so
"Zinin, 25" is never compared with "27-year-old Roman Biryukov".  Names are
keyed by surname (honorifics and initials dropped, see
:mod:`reportcheck.knowledge.names`) so "Mr. LaCalamita" and "Anthony
LaCalamita" are one person; fuzzy matching across reports happens in the
aligner.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from itertools import permutations
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from reportcheck.details import EVENT_AGE, PREDICATE_AGE, PersonDetails
from reportcheck.extract.core.base import (
    RawClaim,
    add_claim,
    claims_of,
    lemma_of,
    participle_tagged,
    register_extractor,
    text_of,
)
from reportcheck.extract.core.numbers import parse_number
from reportcheck.extract.core.pronouns import antecedent
from reportcheck.extract.core.sexes import name_sex
from reportcheck.extract.core.sources import source_rules
from reportcheck.extract.people.age_lists import (
    BOUND,
    EITHER,
    UNTOLD,
    AgeList,
    Owner,
    find_age_lists,
    list_owners,
    open_end,
    relative_role,
    set_apart,
)
from reportcheck.extract.people.bearers import (
    Bearer,
    identifying,
    identifying_verb_of,
    naming_noun_of,
    nationality_bearer,
    part_of_thing,
    part_role,
    tied_bearer,
)
from reportcheck.extract.people.found import found_harmed
from reportcheck.extract.people.group_ages import group_age_spans, group_ages
from reportcheck.extract.people.headline_words import trim_ordinary
from reportcheck.extract.people.holders import held_gun
from reportcheck.extract.people.long_names import untagged_name_word, whole_long_names
from reportcheck.extract.people.nicknames import nicknamed_spans, written_with_nickname
from reportcheck.extract.people.offices import office_of
from reportcheck.extract.people.ranks import TITLE_WORDS, rank_of, rank_start
from reportcheck.extract.people.retold import retold_bearer
from reportcheck.extract.people.spared import kin_noun, named_in_group, possessor, spared
from reportcheck.extract.people.states import own_verbs, state_role
from reportcheck.extract.people.states import passive as told_in_passive
from reportcheck.extract.people.told_ages import ToldAge, told_ages, told_of_then
from reportcheck.extract.people.vehicles import tell_vehicles
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.day_parts import time_zone_names
from reportcheck.knowledge.gazetteer import Gazetteer, get_gazetteer, place_rules
from reportcheck.knowledge.gazetteer.names import settlement_nouns
from reportcheck.knowledge.names import (
    first_names_differ,
    generations,
    letters_only,
    misspelt,
    name_parts,
    names_match,
    names_told_apart,
    people_lexicon,
    person_key,
    slip_target,
    title_before,
)
from reportcheck.knowledge.title_case import title_cased
from reportcheck.knowledge.vocabulary import AREA_KINDS, UNNAMED_PREFIX, person_subject
from reportcheck.models import ClaimKind, Value

#: what a reader finds at a name (an age, a sex)
T = TypeVar("T")

#: dashes that end a dateline ("GARY -", "SARASOTA —"); a name holds none
#: standing alone ("Smith-Jones" is written without spaces)
DATELINE_DASHES = frozenset({"-", "—", "–", "--"})


def _after_dateline(ent: Span) -> int:
    """Where a name starts that the model ran into the dateline before it:
    "GARY - Marcus Lee, 24, of Hammond" is tagged one PERSON from "GARY".
    A dash standing alone after words in capitals ends the dateline."""
    doc = ent.doc
    for token in ent:
        alone = token.text in ("—", "–", "--") or (
            token.text == "-" and (token.whitespace_ or (token.i > 0 and doc[token.i - 1].whitespace_))
        )
        if alone and token.i > ent.start:
            before = doc[ent.start : token.i]
            if all(t.is_upper or t.is_punct for t in before):
                return token.i + 1
    return ent.start


def _dash_alone(token: Token) -> bool:
    """A dash with a space on either side ("Ruiz — was"), not the hyphen of
    "Smith-Jones"."""
    if token.text not in DATELINE_DASHES:
        return False
    return bool(token.whitespace_) or (token.i > 0 and bool(token.doc[token.i - 1].whitespace_))


#: what the model may take into a name at its end: a possessive, a dash
TRAILING_NOT_NAME = frozenset({"'s", "’s", "'"}) | DATELINE_DASHES


def _clean_person_span(ent: Span) -> Span:
    """Drop a dateline, a possessive "'s", a dash after the name ("one victim
    — 19-year-old Ann Ruiz — was") and role titles the model put inside it."""
    lex = people_lexicon()
    start, end = _after_dateline(ent), ent.end
    while start < end and (
        ent.doc[start].lower_.strip(".") in lex.role_of or ent.doc[start].lower_ in lex.kin_plurals
    ):
        start += 1  # "Officer", "Brothers": a role or the kin of those named, no part of a name
    for token in ent.doc[start:end]:
        if _dash_alone(token) and token.i > start:
            end = token.i  # "Ann Ruiz — was": a dash standing alone ends the name
            break
    while end > start and ent.doc[end - 1].text in TRAILING_NOT_NAME:
        end -= 1
    return ent.doc[start:end]


def _role_of(person: Span) -> str | None:
    """The role written just before the name or in apposition to it, else
    the one the person's verb gives."""
    root = person.root
    titled = _titled_role(person)
    part = _part_role(person)
    if titled is not None and not (part is not None and titled == OFFICER_ROLE):
        return titled  # "the pilot, Capt. Joseph Ruiz": the rank is the pilot's
    if _named_by_casualty_noun(root):
        return "victim"  # "the shooting death of Marcus Jones"
    if part is not None and root.dep_ == "appos":
        # "The bus driver, Hector Lindqvist, was killed": the part's noun is the verb's subject
        return _role_by_verb(root.head) or part
    named_noun = naming_noun_of(root)
    if named_noun is not None:
        # "a man named Donnie Chalmers, 33, was fatally struck": the noun's verb is the name's; the
        # part's noun before a rank's ("the 63-year-old captain, surnamed Kim" of a ship: no officer)
        noun_role = None if part is not None else people_lexicon().role_of.get(named_noun.lower_)
        return noun_role or _role_by_verb(named_noun) or part
    return _role_by_verb(root) or _identified_role(root) or _identified_as_victim(root) or part


def _identified_as_victim(root: Token) -> str | None:
    """ "Police identified Omar Diaz as the victim", "Diaz was identified
    as the victim who died": the noun after a verb of identifying's "as" is
    the victim's, the name its object or passive subject (not "as the
    victim's brother", whose noun is another's; not where denied)."""
    return VICTIM_ROLE if _victim_noun_after_as(root) is not None else None


def _victim_noun_after_as(root: Token) -> Token | None:
    """The victim's noun after "as" of the verb of identifying whose object
    or passive subject the name is ("identified Omar Diaz as the victim")."""
    verb = root.head
    if root.dep_ not in ("dobj", "nsubjpass") or not identifying(verb):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    told = _told_as(verb)
    victims = [noun for noun in told if people_lexicon().role_of.get(noun.lower_) == VICTIM_ROLE]
    return victims[0] if len(victims) == 1 == len(told) else None


#: how many words up from "as" the verb of identifying may be ("identified the man arrested in the raid as")
_TIE_REACH = 4


def _identified_nouns(root: Token, *, groups: bool = False) -> list[Token]:
    """The nouns of one person a name is given to by "identified ... as" /
    "named ... as" (``age_tie_verbs`` of rules/people.yaml): the verb's
    object or passive subject ("Police identified the woman killed as Doris
    Lind", "The victim was identified as Walt Berg"), the noun its
    relative or participle clause is on ("A 30-year-old man, who was later
    identified as Marcus Dale, was shot", "The suspect, identified as Kyle
    Moreno, was arrested"), or the noun the parser hangs elsewhere
    (:func:`_misread_identified`); for a pronoun, the noun it stands for
    (:func:`reportcheck.extract.core.pronouns.antecedent`: "A 17-year-old
    boy was killed.  Police identified him as Jaylon Hicks"); never a name
    (two names of one person are the name reader's), nor where the verb is
    denied.  ``groups``: also a noun of several people, for each name
    listed after "as" ("identified the victims as Ana Ruiz, 34, and Tomas
    Keller, 9", "The dead were identified as ..."), whose role each takes
    but never an age; otherwise a plural noun is none."""
    name = _first_listed(root) if groups else root
    if name.dep_ != "pobj" or name.head.lower_ != "as":
        return []
    verb = name.head.head
    for _ in range(_TIE_REACH):  # the parser hangs "as" on the noun's own clause: "the woman killed as"
        if identifying(verb) or verb.head.i == verb.i:
            break
        verb = verb.head
    if not identifying(verb) or any(c.dep_ == "neg" for c in verb.children):
        return []
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("relcl", "acl"):
        nouns.append(verb.head)
    nouns += _misread_identified(verb, name.head)
    # "A 17-year-old boy was killed Saturday. Police identified him as Jaylon Hicks": the boy
    told = [antecedent(n) if n.pos_ == "PRON" else n for n in nouns]
    listed = name.i != root.i
    return [n for n in told if n is not None and _identified_noun(n, groups=groups, listed=listed)]


#: how many steps up a list of names (each with its age and home) the first name may be
_LIST_REACH = 12


def _first_listed(root: Token) -> Token:
    """The first name of a list a name is in after "as" ("as Ana Ruiz, 34,
    and Tomas Keller, 9"), however the parser strings it: each name joined
    to the one before by "and" or set beside it ("Ruiz, 34, Keller, 9, ..."),
    or to the town of the one before ("Ruiz, 34, of Gary, Keller, 9, of
    Hammond"), or to the verb ("were identified as Ray Colter, 20, and Dion
    Marsh")."""
    name = root
    for _ in range(_LIST_REACH):
        head = name.head
        if name.dep_ == "conj" and head.i != name.i:
            name = _listed_after_as(head) or head
        elif name.dep_ == "appos" and head.pos_ == "PROPN":
            name = head
        elif name.i != root.i and name.dep_ == "pobj" and head.lower_ in ("of", "from") and _of_a_name(head):
            name = head.head  # "Ruiz, 34, of Gary, Keller, 9": the town is the name before's, no name
        else:
            break
    return name


def _of_a_name(prep: Token) -> bool:
    """ "of Gary" hung on a name: the home of the name before."""
    return prep.head.pos_ == "PROPN"


def _listed_after_as(verb: Token) -> Token | None:
    """The first name after a verb's "as" where the parser hangs a name
    listed after it on the verb ("were identified as Ray Colter, 20, and Dion
    Marsh": "Marsh" joined to "identified")."""
    if verb.pos_ not in ("VERB", "AUX") or not identifying(verb):
        return None
    named = [noun for noun in _told_as(verb) if noun.pos_ == "PROPN"]
    return named[0] if len(named) == 1 else None


def _told_as(verb: Token) -> list[Token]:
    """The nouns a verb of identifying tells its person as: the objects of
    its "as" ("identified Omar Diaz as the victim", "were identified as Ray
    Colter")."""
    return [
        noun
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for noun in prep.children
        if noun.dep_ == "pobj"
    ]


def _identified_noun(noun: Token, *, groups: bool, listed: bool) -> bool:
    """Whether a noun may be the one a name is identified as: a noun of one
    person for the first name after "as" (also "the deceased", which the
    parser reads as an adjective: ``identified_dead`` of rules/people.yaml),
    a plural one (``groups``) for any name listed there."""
    dead_nouns = people_lexicon().identified_dead
    dead = lemma_of(noun) in dead_nouns or noun.lower_ in dead_nouns
    if noun.pos_ != "NOUN" and not dead:
        return False
    plural = noun.tag_ == "NNS"
    if plural or listed:
        return groups and (plural or dead)
    return True


def _misread_identified(verb: Token, as_word: Token) -> list[Token]:
    """The noun a name is identified as where the parser misreads a bare
    participle after it as the noun's own verb: "Police identified the man
    shot as ..." ("shot" a clause with "man" its subject), "The man shot to
    death was identified as ..." ("identified" joined to "shot" by "and"
    with no subject of its own), or hangs a participle set off after it on
    the verb of the noun ("Officers found the victim, later identified as
    ...", "identified" on "found")."""
    own = any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children)
    if own:
        clause = as_word.head
        if clause.dep_ == "ccomp" and clause.head.i == verb.i and clause.tag_ == "VBN":
            return [c for c in clause.children if c.dep_ == "nsubj"]  # "identified the man shot as"
        return []
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if verb.dep_ == "conj" and passive:
        return [c for c in verb.head.children if c.dep_ == "nsubj"]  # "The man shot ... was identified as"
    if verb.dep_ == "advcl":
        first = verb.left_edge.i
        doc = verb.doc
        if first >= 2 and doc[first - 1].text == ",":
            noun = doc[first - 2]
            if noun.head.i == verb.head.i and noun.dep_ in ("dobj", "nsubj", "nsubjpass"):
                return [noun]  # "found the victim, later identified as"
    return []


def _identified_noun_offset(span: Span, identified: list[Token]) -> int | None:
    """Where the one noun a name is identified as stands (the name's own
    noun, never a noun of several people; ``identified``, the name's
    :func:`_identified_nouns`): the comparer reads that noun's count as the
    named person's fate."""
    nouns = {n.i: n for n in identified}
    victim = _victim_noun_after_as(span.root)
    if victim is not None:
        nouns[victim.i] = victim  # "identified Omar Diaz as the victim who was shot to death"
    return next(iter(nouns.values())).idx if len(nouns) == 1 else None


def _identified_role(root: Token) -> str | None:
    """The role the words of the noun a name is given to by "identified
    ... as" tell (:func:`_identified_nouns`, a noun of several people for
    each name listed): a role noun ("The victim, a 45-year-old woman, was
    identified as Carla Mendes", "identified the victims as"), a noun of the
    dead ("The dead were identified as"), its participle ("the woman
    killed", "the man arrested", "the two men killed"), its relative clause
    ("the man who died") or its own verb ("A man, who was identified as
    Marcus Dale, was shot"), so the name is the victim (or the one arrested)
    as the noun is."""
    lex = people_lexicon()
    for noun in _identified_nouns(root, groups=True):
        told = lex.role_of.get(noun.lower_) or lex.role_of.get(lemma_of(noun))
        if told in (VICTIM_ROLE, KEPT_ROLE):
            return told
        if noun.lower_ in lex.identified_dead or lemma_of(noun) in lex.identified_dead:
            return VICTIM_ROLE
        for clause in (c for c in noun.children if c.dep_ == "acl" and participle_tagged(c)):
            role = _participle_role(clause)
            if role is not None:
                return role
        misread = noun.head
        if noun.dep_ == "nsubj" and misread.pos_ == "VERB" and _tied_clause(misread):
            role = _participle_role(misread)  # "the man shot as", "The man shot ... was identified"
            if role is not None:
                return role
        role = relative_role(noun, _role_by_verb)
        if role is None and not identifying(noun.head):
            role = _role_by_verb(noun)
        if role is not None:
            return role
    return None


def _tied_clause(verb: Token) -> bool:
    """Whether a verb is a participle the parser read as a clause beside a
    verb of identifying: its complement ("identified the man shot as") or
    joined to it by "and" ("The man shot ... was identified as")."""
    if verb.dep_ == "ccomp" and identifying(verb.head):
        return True
    return any(c.dep_ == "conj" and identifying(c) for c in verb.children)


def _participle_role(participle: Token) -> str | None:
    """ "the woman killed", "the man arrested": the role a bare past
    participle after a noun gives it, as its passive would."""
    lex = people_lexicon()
    lemma = lemma_of(participle)
    if any(c.dep_ in ("neg", "dobj") for c in participle.children):
        return None
    if lemma in lex.custody_verbs:
        return "suspect"
    if lemma in lex.harm_verbs:
        return "victim"
    return None


#: the role a verb of harm gives, beside which a named person keeps the part a noun tells
VICTIM_ROLE = "victim"

#: the role of a police rank or title, which a part's noun in apposition overrides
OFFICER_ROLE = "officer"


def _part_role(person: Span) -> str | None:
    """The one part the person played told by a noun in apposition ("the
    pilot, Capt. Joseph Ruiz", "Ruiz, 43, the pilot", "the driver,
    identified as Lena Brooks") or right before the name ("bus driver
    Samuel Okafor"): ``part_roles`` of rules/people.yaml; None where the
    report tells several holders of the part (:func:`_several_holders`)."""
    lex = people_lexicon()
    root = person.root
    doc = person.doc
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(part_of_thing(root.head) or root.head)  # "the driver of the bus, Joseph Kiprono"
    if person.start > 0 and doc[person.start - 1].dep_ == "compound":
        nouns.append(doc[person.start - 1])
    named_noun = naming_noun_of(root)
    if named_noun is not None:
        nouns.append(named_noun)  # "The driver, surnamed Long, 45,"
    beside = _noun_set_off_before(person)
    if beside is not None:
        nouns.append(
            beside
        )  # "questioning the captain, La Ode Rahim, 45": an apposition parsed as two objects
    verb = identifying_verb_of(root)
    if verb is not None:
        # "The driver, who police identified as Lena Brooks" / "the driver was identified as Brooks"
        nouns += [verb.head] if verb.dep_ in ("acl", "relcl") else []
        # "police identified the pilot as Martin Ellery": the active verb's object
        nouns += [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    for noun in nouns:
        role = lex.part_of.get(lemma_of(noun))
        # "Bradley Hodge, a business owner": an indefinite noun tells a trade, not the incident's part
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        if role is None or noun.tag_ == "NNS" or indefinite or _of_a_responder(noun):
            continue
        if not _several_holders(doc, role):
            return role
    return None


def _noun_set_off_before(person: Span) -> Token | None:
    """The noun a comma sets the name off from where the parser hangs both
    from one verb in one relation, an apposition it read as two objects
    ("Police are questioning the captain, La Ode Rahim, 45," gives "captain"
    and "Rahim" each as the object of "questioning"); None otherwise, as for
    a list ("the driver, Ann Ruiz and ...": the name a conjunct) or a noun
    of another relation ("told the captain, Ann Ruiz said")."""
    root, doc = person.root, person.doc
    if person.start < 2 or doc[person.start - 1].text != ",":
        return None
    noun = doc[person.start - 2]
    if noun.pos_ != "NOUN" or noun.dep_ != root.dep_ or noun.head != root.head or noun.head == noun:
        return None
    if any(c.dep_ in ("conj", "cc") for c in (*root.children, *noun.children)):
        return None  # "the captain, La Ode Rahim and two crew members": a list of three
    return noun if noun.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") else None


def _of_a_responder(noun: Token) -> bool:
    """Whether a part's noun is told of a responder's vehicle by its "of"
    or its possessive ("the captain of the rescue vessel", "the coastguard
    helicopter's pilot": ``part_responder_words``), a part in the rescue,
    not in the accident."""
    words = people_lexicon().part_responder_words
    return any(
        (c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of")
        and any(t.lower_ in words for t in c.subtree)
        for c in noun.children
    )


def _several_holders(doc: Doc, role: str) -> bool:
    """Whether the report tells more than one holder of a part: its noun in
    the plural ("both drivers") or with a word of another holder ("the other
    driver", "the co-pilot": ``part_several`` of rules/people.yaml)."""
    lex = people_lexicon()
    for token in doc:
        if lex.part_of.get(lemma_of(token)) != role and lex.part_of.get(token.lower_) != role:
            continue
        if token.tag_ == "NNS" or any(c.lower_ in lex.part_several for c in token.children):
            return True
        before = doc[max(token.i - 2, 0) : token.i]
        if any(t.lower_ in lex.part_several for t in before):
            return True  # "co-pilot", "the other car's driver"
    return False


def _titled_role(person: Span) -> str | None:
    """The role a noun gives the name: a title before it, an apposition,
    or the predicate "Colter was the gunman" (:func:`_said_to_be_attacker`)."""
    noun = role_noun(person)
    if noun is not None:
        return people_lexicon().role_of[noun]
    if _said_to_be_attacker(person.root):
        return "suspect"
    return None


def role_noun(person: Span) -> str | None:
    """The noun of ``roles`` (rules/people.yaml) that gives the name its
    role, in lower case: a title before it ("spokesman" of "Rescue 1122
    spokesman Tahir Khan", "director" of "mine director Zoran Milić"), a
    noun in apposition ("the mayor, Ann Ruiz") or the noun the name stands
    in apposition to.  One role holds many nouns (a mayor and a spokesman
    are both officials), so the noun tells two parts apart where the role
    cannot."""
    lex = people_lexicon()
    doc = person.doc
    for i in range(person.start - 1, max(person.start - 4, -1), -1):
        word = doc[i].lower_.strip(".")
        if word in lex.role_of:
            return word
        if doc[i].tag_ == "NNS" and lex.role_of.get(lemma_of(doc[i])) == KEPT_ROLE:
            # "identified the gunmen as Omar Reyes and ..." (not "lawyers for LeGrier")
            return lemma_of(doc[i])
        if doc[i].pos_ not in ("NOUN", "PROPN", "ADJ", "ADP", "DET"):
            break
    root = person.root
    for child in root.children:
        if child.dep_ == "appos":
            for token in _apposition_words(child):
                if token.lower_ in lex.role_of and not _kins_possessor(token):
                    return token.lower_
    if root.dep_ == "appos" and root.head.lower_ in lex.role_of:
        return root.head.lower_
    return None


def _kins_possessor(token: Token) -> bool:
    """A role noun that owns a noun of kin ("Catherine Gomes, 61, the
    defendant's mother", ECB+ 32): the role is another person's, whose
    relative the name is (``given_name_kin`` of rules/people.yaml)."""
    return token.dep_ == "poss" and lemma_of(token.head) in people_lexicon().given_name_kin


def _apposition_words(head: Token) -> list[Token]:
    """The words of an apposition that describe the person, without those
    of another person it names after "of": "Farhan Khan, the brother-in-law
    of the suspect" is no suspect ("the victim's brother" keeps its words)."""
    inside_of = {
        t.i for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of" for t in prep.subtree
    }
    return [t for t in head.subtree if t.i not in inside_of]


def _said_to_be_attacker(root: Token) -> bool:
    """ "Ray Colter was the gunman", "police identified Ray Colter as the
    shooter", "Colter was named as a suspect": the name's verb says the
    person is the attacker, by its predicate noun or after "as" (an
    attacker's nouns only: "Colter was a resident" makes no witness).
    Not when the verb is denied ("Colter was not the shooter")."""
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.i == root.i:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    lex = people_lexicon()
    nouns = [c for c in verb.children if c.dep_ == "attr" and lemma_of(verb) == "be" and root.dep_ == "nsubj"]
    nouns += _told_as(verb)
    roles = {lex.role_of.get(noun.lower_) or lex.role_of.get(lemma_of(noun)) for noun in nouns}
    return KEPT_ROLE in roles


def _named_by_casualty_noun(root) -> bool:
    """ "the death of X", "the fatal shooting of X", "the killing of X"."""
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    noun = root.head.head
    casualties = lexicon()
    return lemma_of(noun) in casualties.death_nouns or lemma_of(noun) in casualties.harm_nouns


def _bare_participle(verb: Token) -> bool:
    """ "Tennessee boy, 7, killed inside a parked car", "Man, 34, stabbed in
    Leeds": a past participle with no auxiliary and no object, which
    headlines and ledes write for the passive ("was killed") and the parser
    gives the person as its subject, as if the boy had killed."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "dobj", "neg") for c in verb.children):
        return False
    reflexives = lexicon().reflexives
    return not any(c.lower_ in reflexives for c in verb.subtree)


def _role_by_verb(root) -> str | None:
    """ "Smith shot two men" (suspect), "Smith was shot" (victim), "Smith was
    arrested" (suspect): the role the person's own verb gives them."""
    lex = people_lexicon()
    if any(c.dep_ == "case" for c in root.children):
        return None  # "15-year-old boy's shooting death": a possessor, whatever the parse hangs it on
    verb = root.head
    lemma = lemma_of(verb)
    passive = root.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in verb.children)
    if lemma in lex.harm_verbs and any(c.dep_ == "neg" for c in verb.children):
        return None  # "her two sons were not hurt": no victims
    if _custody_told(root):
        return "suspect"
    if root.dep_ == "nsubjpass" or (root.dep_ == "nsubj" and passive):
        role = _passive_verb_role(verb)
        if role is not None:
            return role
    if root.dep_ == "nsubj" and _bare_participle(verb) and lemma in lex.harm_verbs:
        return "victim"  # "Tennessee boy, 7, killed inside a parked car": a headline's passive
    if root.dep_ == "nsubj" and not passive:
        if lemma in lex.own_death_verbs and not any(c.dep_ == "dobj" for c in verb.children):
            return "victim"  # "A 23-year-old man has drowned": the one who died
        if any(c.dep_ == "dobj" and c.lower_ in lexicon().reflexives for c in verb.children):
            return None  # "the 7-year-old shot himself": the one hurt, whoever else the story has
        if lemma == "open" and not any(c.lower_ == "fire" for c in verb.children):
            return None  # "Roupe opened the door": only "opened fire" attacks
        if lemma in lex.harm_verbs and _to_death(verb):
            return "victim"  # headlines drop the "was": "14-year-old girl shot to death"
        if lemma in lex.attack_verbs and any(_aims(c) for c in verb.children):
            return "suspect"
    if root.dep_ == "dobj" and lemma in lex.harm_verbs and lemma != "die":
        return "victim"
    if root.dep_ == "dobj" and _custody_object(verb):
        return "suspect"  # "Police arrested Tyrell Moss", "Deputies took Ana Cruz into custody"
    return None


#: the parser's labels of the word completing "was pronounced dead"
_COMPLEMENTS = frozenset({"oprd", "acomp", "xcomp", "advmod", "ccomp"})


def _death_state(verb: Token) -> bool:
    """ "was pronounced dead", "was declared dead": a passive verb whose
    complement tells a death (``death_states`` of rules/people.yaml)."""
    states = people_lexicon().death_states.get(lemma_of(verb), frozenset())
    return any(c.lower_ in states for c in verb.children if c.dep_ in _COMPLEMENTS)


def _custody_object(verb: Token) -> bool:
    """Whether an active verb tells custody of its object: a verb of custody
    ("arrested", "charged", ``custody_verbs``) or one whose place tells it
    ("took ... into custody", "held ... without bail": ``custody_places`` of
    rules/people.yaml); not where denied ("have not arrested")."""
    if any(c.dep_ in ("neg", "auxpass") for c in verb.children):
        return False
    lex = people_lexicon()
    lemma = lemma_of(verb)
    if lemma in lex.custody_verbs:
        return True
    places = lex.custody_places.get(lemma, frozenset())
    preps = [c for c in verb.children if c.dep_ == "prep"]
    return any(g.dep_ == "pobj" and lemma_of(g) in places for prep in preps for g in prep.children)


def _custody_told(root: Token) -> bool:
    """ "Reed and Pope face murder charges", "Reed is being held in the
    county jail": the subject of a verb that tells custody by its object
    or the place it holds them in (``custody_objects``, ``custody_places``
    of rules/people.yaml), a suspect of the law as the one "charged" is;
    not where the verb is denied ("will not face charges")."""
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = root.head
    if verb.i == root.i or any(c.dep_ == "neg" for c in verb.children):
        return False
    lex = people_lexicon()
    lemma = lemma_of(verb)
    passive = root.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in verb.children)
    if not passive and lemma in lex.custody_objects:
        objects = lex.custody_objects[lemma]
        return any(c.dep_ == "dobj" and lemma_of(c) in objects for c in verb.children)
    if passive and lemma in lex.custody_places:
        places = lex.custody_places[lemma]
        preps = [c for c in verb.children if c.dep_ == "prep"]
        return any(g.dep_ == "pobj" and lemma_of(g) in places for prep in preps for g in prep.children)
    return False


def _age_role(root) -> str | None:
    """The role an age's bearer gets: their verb's (:func:`_role_by_verb`),
    or a victim's where the words tell them found harmed ("a 26-year-old
    man was found shot to death", "the body of a man in his 20s"), so the
    age meets the age of the man another report says was shot and killed.
    A name's role is its verb's only: a named person found dead is often
    the gunman of a murder-suicide whom other sentences tell as the
    attacker, while an unnamed age has only its own words."""
    role = _role_by_verb(root) or relative_role(root, _role_by_verb)
    if role is None and (found_harmed(root) or _own_death_clause(root)):
        return "victim"
    return role or _told_state_role(root)


def _own_death_clause(root: Token) -> bool:
    """ "after a 32-year-old man drowned in the river", "A 17-year-old from
    Bihać drowned": a verb of one's own death (``own_death_verbs`` of
    rules/people.yaml) that the parser hangs on the person as a participle
    of the noun, where it is the person's own verb; such a verb takes no
    object, so the one it is told of is the one who died.  Not a denied
    one, nor one with an object ("a man drowned his dog")."""
    lex = people_lexicon()
    return any(
        c.dep_ == "acl"
        and lemma_of(c) in lex.own_death_verbs
        and not any(g.dep_ in ("neg", "dobj") for g in c.children)
        for c in root.children
    )


def _told_state_role(root: Token) -> str | None:
    """The role the person's own verbs tell by where they put the person
    ("A 22-year-old man was in custody": suspect; "was taken to Grant
    Medical Center in critical condition": victim; :mod:`states`) or by a
    verb joined to the first by "and" ("surrendered and was arrested",
    "was pulled from the car and pronounced dead"), where the first verb
    gives none.  None where the verbs tell both roles ("was taken to a
    hospital and later arrested": a suspect hurt, or two acts)."""
    roles = set()
    for n, verb in enumerate(own_verbs(root)):
        role = state_role(verb) or (_joined_verb_role(verb) if n else None)
        if role is not None:
            roles.add(role)
    return roles.pop() if len(roles) == 1 else None


def _joined_verb_role(verb: Token) -> str | None:
    """The role a passive verb joined by "and" to the person's own gives
    them, as :func:`_role_by_verb` reads the first (:func:`_passive_verb_role`)."""
    return _passive_verb_role(verb) if told_in_passive(verb) else None


def _passive_verb_role(verb: Token) -> str | None:
    """The role a verb told in the passive of its subject gives them:
    arrested or charged (suspect), shot or pronounced dead (victim)."""
    lex = people_lexicon()
    lemma = lemma_of(verb)
    if lemma in lex.custody_verbs:
        return "suspect"
    if lemma in lex.harm_verbs or _death_state(verb):
        return "victim"
    return None


#: prepositions of what an attack is aimed at: "shot at officers", "opened fire on the crowd"
AIMED_PREPOSITIONS = frozenset({"at", "on", "into", "upon"})


def _aims(child: Token) -> bool:
    """Whether a word under an attack verb gives what the attack was aimed
    at: an object, a particle ("shot up"), or "at"/"on"/"into" and a target;
    not "in the street" ("found Demetrius Baker shot in the street", which
    the parser makes Baker's own act)."""
    if child.dep_ in ("dobj", "prt"):
        return True
    return child.dep_ == "prep" and child.lower_ in AIMED_PREPOSITIONS


def _to_death(verb) -> bool:
    """ "shot to death", "stabbed to death" with no object: the one it was done to."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    preps = (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to")
    return any(g.lower_ == "death" for prep in preps for g in prep.children)


def _not_a_name(span: Span) -> bool:
    """ "Killeen Police Shooting", "West Yorkshire Fire", "Standoff": a span
    ending in a word of events, bodies or land (``not_name_words``); "St
    Catherine", "St Mary": a saint's namesake, a parish or a town, opened by
    the saint's title (``not_name_first_words``)."""
    lex = people_lexicon()
    if len(span) > 1 and span[0].lower_ in lex.not_name_first_words:
        return True
    if span.text.strip() in time_zone_names():  # "at 10.20 WIB": a clock's zone
        return True
    return span[-1].lower_ in lex.not_name_words


def _region_follows(doc: Doc, i: int, gazetteer: Gazetteer) -> bool:
    """A state, region or country named from token ``i`` to the next comma
    or full stop ("Texas", "Ind.", "New South Wales")."""
    end = i
    while end < len(doc) and end - i < 3 and not (doc[end].is_punct or doc[end].is_space):
        end += 1
    written = doc[i:end].text.strip()
    if not written or not written[:1].isupper():
        return False
    place = gazetteer.resolve(written)
    return place is not None and place.kind in AREA_KINDS


def _stands_as_place(span: Span, gazetteer: Gazetteer) -> bool:
    """Whether a span stands where reporters write places: after "in", "at",
    "near", "from" (not "at Smith's home"), before a comma and a state
    ("Killeen, Texas"), or as a dateline ("ELWOOD, Ind. —", "ELWOOD —")."""
    lex = people_lexicon()
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    possessive = after is not None and after.text in ("'s", "’s")
    if span.start > 0 and doc[span.start - 1].lower_ in lex.place_prepositions and not possessive:
        return True
    if after is not None and after.text == "," and _region_follows(doc, span.end + 1, gazetteer):
        return True
    if _modifies_a_place_noun(span):
        return True
    line_start = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws or doc[span.start - 1].is_space
    return line_start and after is not None and after.text in ("—", "–", "-", "--", "(")


#: words before a town's name used as a modifier: "his Paterson home", "a
#: Killeen man"; after "the" only an incident's noun ("the Elwood shooting"):
#: "the Jackson home", "the Smith family" are a family's
MODIFIER_DETERMINERS = frozenset({"his", "her", "their", "its", "a", "an", "our", "my"})


def _modifies_a_place_noun(span: Span) -> bool:
    """ "in his Paterson home", "a Killeen apartment", "the Elwood shooting":
    a name between a determiner and a noun of a home, a resident or an
    incident (``scene_nouns``, ``resident_nouns``, ``incident_nouns`` of the
    place rules) is the town they are in; a person's name stands there only
    as a family's ("the Jackson home"), which "the" tells."""
    doc = span.doc
    if span.start == 0 or span.end >= len(doc):
        return False
    rules = place_rules()
    before, after = doc[span.start - 1].lower_, doc[span.end].lower_
    if before == "the":
        return after in rules.incident_nouns
    return before in MODIFIER_DETERMINERS and after in {
        *rules.scene_nouns,
        *rules.resident_nouns,
        *rules.incident_nouns,
    }


def _named_settlement(span: Span) -> bool:
    """ "the village of Novaya Sokolovka", "the town of Elwood", "the island
    of Qeshm" (``settlement_nouns`` of rules/places.yaml)."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    return doc[span.start - 2].lower_ in settlement_nouns("villages", "towns", "cities", "areas")


def _is_place(span: Span, gazetteer: Gazetteer) -> bool:
    """A PERSON span that is a place in context: a name the gazetteer knows
    standing where places stand or after "the town of".  A place name that
    is a person's in context ("Paris Hilton said") is kept.

    A name the gazetteer lacks ("the village of Novaya Sokolovka") is
    claimed by the places component (extract/places/villages.py), whose
    claims ``person_spans`` skips."""
    in_place_context = _named_settlement(span) or _stands_as_place(span, gazetteer)
    return in_place_context and bool(gazetteer.candidates(span.text))


def _looks_like_a_name(span: Span) -> bool:
    """Two to four capitalised words, none of them a word of bodies or events,
    and a nickname in its marks ('Tomika "Fudge" Mack', :func:`written_with_nickname`)
    and a double surname's hyphen ("Adrian Velasco-Moore", which the model
    tags as a firm's more often than a single surname: :func:`_joins_a_name`)."""
    words = [t for t in span if not t.is_punct]
    nicknamed = written_with_nickname(span.text)
    joins = sum(_joins_a_name(t) for t in span)
    if not 2 <= len(words) <= 4 + nicknamed + joins or len(words) + 2 * nicknamed + joins != len(span):
        return False
    not_names = people_lexicon().not_name_words
    for token in words:
        letters = token.text.replace("'", "").replace("’", "").replace("-", "").rstrip(".")
        if not letters.isalpha() or not token.text[:1].isupper() or token.text.isupper() and len(letters) > 1:
            return False
        if token.lower_ in not_names:
            return False
    return True


def _joins_a_name(token: Token) -> bool:
    """A hyphen written between two words with no space, inside a span:
    the join of a double surname ("Velasco-Moore"), no mark between words."""
    doc = token.doc
    if token.text != "-" or token.whitespace_ or token.i == 0 or token.i + 1 >= len(doc):
        return False
    return not doc[token.i - 1].whitespace_ and doc[token.i + 1].is_alpha


def _victim_named(span: Span) -> bool:
    """A name the model tagged ORG in the places reporters name victims:
    "the shooting death of Marcus Jones", "Tyrone Banks, 31, was shot",
    "was 17-year-old Vonzell Banks"."""
    if not _looks_like_a_name(span):
        return False
    doc = span.doc
    after = _age_after_name().match(text_of(doc)[span.end_char : span.end_char + 14])
    if after is not None and not _in_brackets(after):
        return True  # an age in apposition: organisations have none (a bracket after a firm may hold a tally)
    return (
        _named_by_casualty_noun(span.root)
        or _aged_name(span)
        or _killed_subject(span.root)
        or _identified_as_a_person(span.root)
    )


def _identified_as_a_person(root: Token) -> bool:
    """A name given to a noun of a person by "identified as" / "named as"
    (``age_tie_verbs`` of rules/people.yaml): "The attacker, a 19-year-old
    student identified as Pavel Drozdin", "Police identified the driver as
    Ilse Varga".  A name the model does not know (a foreign one) it often
    tags as a firm's; a firm is never identified as a person's noun, so the
    noun decides (a role, a sex, a trade: "the company was identified as
    Norvik Freight" stays a firm, and so does a part a firm plays as often,
    ``firm_like_roles``: "the owner was identified as Halvard Holdings")."""
    lex = people_lexicon()
    person_nouns = lex.role_of.keys() | lex.sex_of.keys() | lex.person_trades
    return any(
        lemma_of(noun) in person_nouns and lemma_of(noun) not in lex.firm_like_roles
        for noun in _identified_nouns(root)
    )


def _killed_subject(root: Token) -> bool:
    """The subject of a passive verb of death or attack ("Tyrell Banks was
    shot and killed"): a firm or a body is never shot or killed, a person is.
    The verbs are ``age_at_event_verbs`` on purpose, not a borrowed list:
    both readers ask the one question, whether the verb tells what befell a
    person at the incident (an age at it, a name as its victim), and a verb
    added for one must hold for the other.  Its intransitive "die" and
    "pass away" never head a passive, so only the verbs of attack act here."""
    verb = root.head
    return (
        root.dep_ == "nsubjpass"
        and verb.pos_ == "VERB"
        and lemma_of(verb) in people_lexicon().age_at_event_verbs
    )


#: what the model tags a name it does not know as a person's: "Vonzell Banks"
#: (ORG), "Marcus Hill", "Corinne Horn" (FAC)
AGED_NAME_LABELS = frozenset({"ORG", "FAC"})


def _aged_name(span: Span) -> bool:
    """A name written after its bearer's age with no article: "was 17-year-old
    Vonzell Banks", "identified the victim as 23-year-old Marcus Hill".  The
    age must modify the name's head itself (not "a 20-year-old Northwestern
    University student"), and no article may stand before it: a person's name
    takes none, a building's or a firm's does ("the 100-year-old Brooklyn
    Bridge")."""
    doc = span.doc
    before = text_of(doc)[max(0, span.start_char - 40) : span.start_char]
    match = _AGE_RIGHT_BEFORE.search(before)
    if match is None or span.start == 0 or doc[span.start - 1].head.i != span.root.i:
        return False
    return not _ARTICLE_AT_END.search(before[: match.start()])


def person_spans(doc: Doc) -> list[Span]:
    """PERSON entities that look like people (a capitalised name, not a place,
    not an event), and the victims' names the model tagged ORG."""
    spans = []
    place_spans = [(c.start, c.end) for c in claims_of(doc) if c.kind is ClaimKind.location]
    gazetteer = get_gazetteer()
    for ent in doc.ents:
        if ent.label_ != "PERSON" and ent.label_ not in AGED_NAME_LABELS:
            continue
        span = _clean_person_span(ent)
        if len(span) and not _not_a_name(span):  # "Boy Accidentally Shoots Self": no one
            span = _clean_person_span(trim_ordinary(span))
        if not len(span) or not span.text[:1].isupper():
            continue
        if ent.label_ == "ORG" and not _victim_named(span):
            continue
        if ent.label_ == "FAC" and not (_looks_like_a_name(span) and _aged_name(span)):
            continue
        if any(s <= span.start_char and span.end_char <= e for s, e in place_spans):
            continue
        if _not_a_name(span) or _is_place(span, gazetteer):
            continue
        spans.append(_first_name_kept(span))
    spans += _names_mislabelled(doc, spans, place_spans)
    spans += _aged_names_read_as_places(doc, gazetteer)
    spans += _names_after_ages(doc, spans, place_spans, gazetteer)
    spans = nicknamed_spans(doc, spans)  # "Luis Gerardo (Jerry) Ortiz": one name, not "Luis Gerardo"
    spans = whole_long_names(doc, spans)  # "Jorge Ramiro" "Salcedo Ibarra": one name
    spans += _given_names_aged(doc, spans, place_spans)
    spans += _surnames_alone(doc, spans)
    spans += _first_names_later(doc, spans, place_spans)
    return [span for span in spans if not _names_a_household(span)]


def _names_a_household(span: Span) -> bool:
    """ "the Osborne family", "the Smith household": a surname before a
    noun of a household names everyone of it, no one person."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in people_lexicon().household_nouns


def _first_name_kept(span: Span) -> Span:
    """A surname the model tagged alone while the first name stands right
    before it untagged ("Doreen Warren said": only "Warren" tagged), widened
    to the full name.  Read as a surname alone, the mention was keyed as
    whoever else the report calls "Warren", and a first name that ties (or
    parts) two mentions was lost.  Only a capitalised proper noun outside
    any entity, no title or role word ("Mayor Warren", "Sgt. Warren"), with
    no capitalised word before it (no longer name the model cut)."""
    if len(span) != 1 or span.start == 0:
        return span
    doc = span.doc
    first = doc[span.start - 1]
    if not untagged_name_word(first):
        return span
    if first.i > 0 and not first.is_sent_start:
        before = doc[first.i - 1]
        if before.is_alpha and before.text[:1].isupper():
            return span
    if _opens_sentence(first) and not _written_inside_a_sentence(first):
        return span  # "Ironically Nichols had offered": a capital a sentence gives any word
    return doc[first.i : span.end]


def _opens_sentence(token: Token) -> bool:
    """Whether a token opens its sentence (after any quote marks)."""
    start = token.sent.start
    while start < token.i and token.doc[start].is_punct:
        start += 1
    return token.i == start


def _written_inside_a_sentence(token: Token) -> bool:
    """Whether the report writes the word capitalised elsewhere, inside a
    sentence, where only a name keeps its capital."""
    return any(t.text == token.text and not _opens_sentence(t) for t in token.doc if t.i != token.i)


#: the labels the model gives a name it does not know when it stands where
#: a thing would ("Doreen Walker woke up": PRODUCT)
MISLABELLED_NAME_LABELS = frozenset({"PRODUCT", "WORK_OF_ART"})


def _names_mislabelled(doc: Doc, spans: list[Span], place_spans: list[tuple[int, int]]) -> list[Span]:
    """A full name the model tagged as a product or a work ("As police
    sought Walker, Doreen Walker woke up"), taken as a person's where its
    first word is the first name of a person the report names in full:
    left out, the mention was lost, and with it the surname the report
    gives that first name here."""
    firsts = {span[0].text for span in spans if len(span) >= 2}
    found = []
    for ent in doc.ents:
        if ent.label_ not in MISLABELLED_NAME_LABELS or len(ent) != 2 or ent[0].text not in firsts:
            continue
        if not _looks_like_a_name(ent) or any(s <= ent.start_char < e for s, e in place_spans):
            continue
        found.append(ent)
    return found


#: the model's labels of a place, which it gives some names of people ("Vicente Soler" a GPE)
PLACE_LABELS = frozenset({"GPE", "LOC"})
#: an age set off after a name and closed: ", 78," / ", 78." (never ", 12 miles")
_CLOSED_AGE_AFTER = re.compile(r"^,\s+\d{1,3}\s*[,.;]")


def _aged_names_read_as_places(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """A full name the model tagged as a place where the report sets an age
    off after it ("Among the dead is Vicente Soler, 78, a retired farmer"):
    a place takes no age, a person does.  Only two to four capitalised
    words the gazetteer does not know as a place, the age closed by a comma
    or a stop (", 12 miles" is a distance): left out, the named victim and
    the age were lost, and with them the other report's age of that name."""
    text = text_of(doc)
    found = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or not _looks_like_a_name(ent):
            continue
        if not _CLOSED_AGE_AFTER.match(text[ent.end_char : ent.end_char + 8]):
            continue
        if _not_a_name(ent) or _is_place(ent, gazetteer):
            continue
        found.append(ent)
    return found


#: the tags a name right after its age may carry and still be read as a
#: person's: the model takes a name it does not know there for a place, a
#: product or a work ("killing 17-year-old Jaylan Okafor": GPE; "Police say
#: 23-year-old Crystal Kinchen asked": PRODUCT), or tags none of it
AGED_NAME_MISTAGS = frozenset({"", *PLACE_LABELS, *MISLABELLED_NAME_LABELS})
#: the longest name read after an age with no entity's help ("Juan Carlos Ortiz Vega")
_LONGEST_AGED_NAME = 4


def _names_after_ages(
    doc: Doc, spans: list[Span], place_spans: list[tuple[int, int]], gazetteer: Gazetteer
) -> list[Span]:
    """A full name written right after its bearer's age with no article,
    which the model tags as no person's ("accused of killing 17-year-old
    Jaylan Okafor", "Police say 23-year-old Crystal Kinchen asked"): the age
    tells a person, and left out, the name never met the other report's
    spelling of it.  Only two to four capitalised proper nouns the age
    modifies as their head (:func:`_aged_name`: "a 35-year-old New Bedford
    man" is the man's town, "the 100-year-old Brooklyn Bridge" a thing's),
    no noun after them ("17-year-old Central High student"), no possessive
    before the age ("his 17-year-old Honda Civic"), no place the gazetteer
    knows (a headline's "3-year-old Lenawee County") and no name another
    reader found.  The model's other tags of such a name are read by
    :func:`person_spans` (ORG, FAC) and :func:`_aged_names_read_as_places`."""
    taken = {i for span in spans for i in range(span.start, span.end)}
    found = []
    for old in doc:
        if old.lower_ != "old" or old.i + 2 > len(doc) or _owned_age(old):
            continue
        span = _proper_run(doc, old.i + 1)
        if span is None or any(t.i in taken for t in span) or not _aged_name(span):
            continue
        if span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN"):
            continue
        if any(s <= span.start_char < e for s, e in place_spans) or gazetteer.candidates(span.text):
            continue
        if _not_a_name(span):
            continue
        found.append(span)
    return found


def _owned_age(old: Token) -> bool:
    """An age adjective owned by a determiner or a possessive ("his
    17-year-old Honda Civic", "the family's 90-year-old Oak Street house"):
    a person's name takes none before its age."""
    first = old.left_edge  # "17" of "17-year-old"
    if first.i == 0:
        return False
    before = old.doc[first.i - 1]
    return before.pos_ == "DET" or before.tag_ in ("POS", "PRP$") or before.dep_ == "poss"


def _proper_run(doc: Doc, start: int) -> Span | None:
    """The capitalised proper nouns from ``start`` on, up to four, as one
    span where it looks like a name, tagged at most as a name the model
    does not know is tagged (``AGED_NAME_MISTAGS``), none a title or a role
    word ("17-year-old Officer Dale": the rank reader's)."""
    end = start
    while end < len(doc) and end - start < _LONGEST_AGED_NAME and doc[end].pos_ == "PROPN":
        if not doc[end].is_title or doc[end].ent_type_ not in AGED_NAME_MISTAGS:
            return None
        end += 1
    if end == start or end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
        return None
    span = doc[start:end]
    if any(_person_noun(t) or title_before(t.text) is not None for t in span) or _headline_cased(span):
        return None
    return span if _looks_like_a_name(span) else None


def _person_noun(token: Token) -> bool:
    """A noun of a role, a sex, kin or a trade, capitalised in a headline
    ("14-Year-Old Grandson Shot Grandmother"): no word of a name."""
    lex = people_lexicon()
    word = token.lower_
    return (
        word in lex.role_of or word in lex.sex_of or word in lex.person_trades or word in lex.group_list_kin
    )


def _headline_cased(span: Span) -> bool:
    """Whether the sentence the words stand in is set in Title Case once
    its ages are left out ("Police: 14-year-old Grandson Shot Grandmother",
    whose "year" and "old" alone are in small letters): there every word
    has a capital, and two of them make no name."""
    words = [t.text for t in span.sent if t.is_alpha and t.lower_ not in ("year", "years", "old")]
    return title_cased(words)


def _first_names_later(doc: Doc, spans: list[Span], place_spans: list[tuple[int, int]]) -> list[Span]:
    """Later mentions by first name alone of a person the report named in
    full ("Alec Ruiz, 12, ... his cousin accidentally shot Alec"; "Deputies
    said the gun went off while Ezekiel played with it"), which the small
    model leaves untagged: a child or a victim's family's words name them
    so, and what is told beside the name (an age, a fate) was lost.  Only
    a proper noun written as the first word of exactly one full name found
    before it (never a first name two named people share), alone (no
    capitalised word on either side), outside any other name, place or
    entity; :func:`_first_names_alone` then keys it as that person."""
    firsts: dict[str, set[str]] = {}
    named_at: dict[str, int] = {}
    for span in spans:
        parts = name_parts(span.text)
        if len(parts) > 1 and span[0].text[:1].isupper() and span[0].lower_ == parts[0]:
            firsts.setdefault(span[0].text, set()).add(parts[-1])
            named_at[span[0].text] = min(named_at.get(span[0].text, span.end), span.end)
    taken = {i for span in spans for i in range(span.start, span.end)}
    found = []
    others: set[str] = set()
    for token in doc:
        if len(firsts.get(token.text, ())) != 1 or token.i < named_at[token.text] or token.i in taken:
            continue
        if token.text in others or _another_by_first_name(token):
            others.add(token.text)  # "his friend Brandon": not Brandon Lee, nor is any "Brandon" after
            continue
        if token.pos_ != "PROPN" or token.ent_type_ not in ("", "PERSON", "ORG"):
            continue
        beside = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
        if any(t.text[:1].isupper() and t.is_alpha and not t.is_sent_start for t in beside):
            continue  # a word of another name ("Alec Baldwin", "Officer Alec")
        if any(s <= token.idx < e for s, e in place_spans):
            continue
        found.append(doc[token.i : token.i + 1])
    return found


#: entity labels of words that are no one's name, whatever stands around them
NOT_NAME_ENTITIES = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT", "EVENT", "LAW"}
)


def _given_names_aged(doc: Doc, spans: list[Span], place_spans: list[tuple[int, int]]) -> list[Span]:
    """A first name alone that the model leaves untagged, written after a
    noun of kin and before an age in apposition ("his mother, Morgan, 27,",
    "their daughter Ella, 4"): the kin noun before and the age after tell a
    person (``given_name_kin`` of rules/people.yaml), where the model knows
    few first names of children.  Untagged, the age was no one's and never
    met the other report's named child.  One capitalised word only, outside
    any name or place found."""
    lex = people_lexicon()
    taken = {i for span in spans for i in range(span.start, span.end)}
    text = text_of(doc)
    found = []
    for token in doc[1:]:
        if token.i in taken or not token.is_alpha or not token.is_title or token.lower_ in lex.not_name_words:
            continue
        if token.ent_type_ in NOT_NAME_ENTITIES:
            continue  # "visited his brother Tuesday, 30 minutes before"
        before = doc[token.i - 1]
        if before.text == "," and token.i > 1:
            before = doc[token.i - 2]
        if before.lower_ not in lex.given_name_kin or before.text[:1].isupper():
            continue
        if not _age_after_name().match(text[token.idx + len(token) : token.idx + len(token) + 14]):
            continue
        if any(s <= token.idx < e for s, e in place_spans):
            continue
        found.append(doc[token.i : token.i + 1])
    return found


def _surnames_alone(doc: Doc, spans: list[Span]) -> list[Span]:
    """Later mentions by surname alone of people the report named in full
    ("Jermayne Timmons ... Timmons, now 16, was armed"), which the small
    model often leaves untagged.  Reporters name a person in full once and
    by surname after; untagged, the surname lost what is told beside it (an
    age, a role).  Only the last word of a full name found, written as it
    was (capitalised), after that name and outside any other name or entity."""
    first_named: dict[str, int] = {}  # surname -> the token after its full name
    for span in spans:
        if len(span) >= 2 and span[-1].text[:1].isupper():
            first_named.setdefault(span[-1].text, span.end)
    taken = {i for span in spans for i in range(span.start, span.end)}
    found = []
    for token in doc:
        named_at = first_named.get(token.text)
        if named_at is None or token.i < named_at or token.i in taken:
            continue  # the tagger may take the surname for a noun or an adverb ("and Timmons, now 16")
        if token.ent_type_ not in ("", "PERSON", "ORG") or doc[token.i - 1].text[:1].isupper():
            # another entity's word (the model tags a lone surname ORG as often as PERSON),
            # or the end of another name ("Judge Ann Timmons")
            continue
        found.append(doc[token.i : token.i + 1])
    return found


@cache
def _age_after_name() -> re.Pattern[str]:
    """ ", 19", ", now 19", ", also 18": an age set off right after a name,
    with the words that may stand before it (``age_after_name_words``); or
    in brackets, " (34)", as Irish, British and Indian papers
    write it ("Declan Moran (34) was shot").  Only one to three digits and
    the bracket closed right after them: "(1994-96)", "(2,110)" or "(8-6)"
    after a name is a span of years, a tally or a record, no age."""
    words = "|".join(map(re.escape, people_lexicon().age_after_name_words))
    comma = rf",\s+(?:(?:{words})\s+)?"
    bracket = r"\s?\((?=\d{1,3}\))"
    return re.compile(rf"^(?:{comma}|{bracket})(\d{{1,3}})(?=[,.;)\s]|$)")


def _age_after(span: Span) -> re.Match[str] | None:
    """The age set off right after a name (:func:`_age_after_name`), but
    for a figure in brackets after a name a preposition of place or source
    governs ("deaths were reported in Kano (12), Kaduna (8)", "the dead came
    from Ghotki (14)", "goals from Kelly Brennan (34)"): a breakdown's
    tally or a minute of play, no age (``bracket_tally_preps``)."""
    match = _age_after_name().match(text_of(span.doc)[span.end_char : span.end_char + 14])
    if match is None or not _in_brackets(match):
        return match
    node = span.root
    while node.dep_ in ("conj", "appos") and node.head.i != node.i:
        node = node.head  # "in Kano (12), Kaduna (8) and Borno (5)": the list's first member
    tallied = node.dep_ == "pobj" and node.head.lower_ in people_lexicon().bracket_tally_preps
    return None if tallied else match


def _in_brackets(match: re.Match[str]) -> bool:
    """Whether :func:`_age_after_name` found the bracketed form, " (34)"."""
    return match.group(0).lstrip().startswith("(")


_AGE_BEFORE = re.compile(r"\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ]years?[- ]old\b", re.IGNORECASE)
_AGED = re.compile(r"\b(?:aged|age)\s+(\d{1,3})\b", re.IGNORECASE)
#: the second number of "aged 15 or 16": one age the reporter is not sure of, the range between
_OR_AGE = re.compile(r"\s+or\s+(\d{1,3})\b(?![- ]years?[- ]old)", re.IGNORECASE)
#: an "N-year-old" ending where a name starts, and an article ending before it
_AGE_RIGHT_BEFORE = re.compile(_AGE_BEFORE.pattern + r"\s+$", re.IGNORECASE)
_ARTICLE_AT_END = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)


def _age_value(text: str) -> float | None:
    value = parse_number(text)
    if value is None or value != int(value) or not 0 <= value <= 120:
        return None
    return value


def _age_claim(
    doc: Doc,
    start: int,
    end: int,
    age: float,
    who: str,
    label: str,
    role: str | None = None,
    *,
    high: float | None = None,
    listed: int | None = None,
    owner: Owner | None = None,
    sex: str | None = None,
) -> RawClaim:
    """An age claim; with ``high``, an age one is not sure of ("a 15- or
    16-year-old"): the range from ``age`` to ``high``, no figure written;
    ``listed``, the size of the group whose list of ages it is one of;
    ``sex``, the sex a description tied to an unnamed bearer's role gives
    ("The driver, a 67-year-old man": male, keyed as the driver)."""
    value = Value(unit="years", written=age, low=age, high=age, label=f"{int(age)}")
    if high is not None:
        value = Value(unit="years", low=age, high=high, label=f"{int(age)} or {int(high)}")
    return RawClaim(
        kind=ClaimKind.age,
        start=start,
        end=end,
        subject=who,
        subject_label=label,
        value=value,
        details=PersonDetails(
            person=label.removeprefix("age of "),
            role=role,
            sex=sex,
            stage=_stage(doc, start, end),
            listed=listed,
            kin_of=owner.kin_of if owner else None,
            spared=owner.spared if owner else None,
        ),
    )


def _kin(root: Token) -> dict[str, str | bool | None]:
    """Whose kin a named person is told as ("Her nephews, Leo Soto"), and
    whether told spared or among the harmed (:mod:`spared`): details the
    age-list comparer reads; and whether told holding the gun when it went
    off (:mod:`holders`), which the who-fired comparer reads."""
    noun = kin_noun(root)
    held = held_gun(root)
    return {
        "kin": lemma_of(noun) if noun is not None else None,
        "kin_of": possessor(noun) if noun is not None else None,
        "spared": spared(root) or None,
        "named_in_group": named_in_group(root) or None,
        "held_gun": True if held is not None else None,
        "held_hedge": held.hedge if held is not None else None,
    }


#: ``PersonDetails.stage`` of an age told at a later court stage
LATER = "later"


def _stage(doc: Doc, start: int, end: int) -> str | None:
    """ "later" when the age's sentence tells of a trial, verdict or
    sentencing ("a jury found Ann Ruiz, 29, guilty"): the age then, which
    may be above the age at the crime (rules/people.yaml ``later_stage``);
    so when a word of today stands before the figure ("Andre Wilson, now
    19", ``current_age_words``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    lex = people_lexicon()
    words = lex.later_stage
    sentence = span[0].sent
    figure = next((t for t in span if t.like_num), span[0])
    if figure.i > sentence.start and doc[figure.i - 1].lower_ in lex.current_age_words:
        return LATER  # the age today, after the crime
    return LATER if any(lemma_of(t) in words or t.lower_ in words for t in sentence) else None


def _person_near(doc: Doc, people: list[Span], char: int, *, after: bool) -> Span | None:
    """The named person right after (or before) a character offset."""
    best = None
    for span in people:
        gap = span.start_char - char if after else char - span.end_char
        if 0 <= gap <= 3 and (best is None or gap < best[0]):
            best = (gap, span)
    return best[1] if best else None


def _person_aged(
    doc: Doc, people: list[Span], start: int, end: int, identified: list[set[int]]
) -> Span | None:
    """The named person an "N-year-old" is written before: right before the
    name ("17-year-old Vonzell Banks"), or before the words that describe
    them ("32-year-old Englishman Robert Buckley", "19-year-old sophomore
    Tyler Grant", "his 30-year-old mother Ana Pimentel", "a 61-year-old
    Vancouver man — Eric Kirkpatrick —"), as "Robert
    Buckley, 32" is his.  By the parse: the age modifies the name's head, or
    a noun the name stands in apposition to, and every word between is a
    modifier of that noun.  Not the age of a possessor ("the 32-year-old's
    mother, Jane Smith") nor of a noun the name is not ("a 17-year-old
    Chicago boy"); ``identified``, the nouns each name is identified as
    (:func:`_identified_as`)."""
    near = _person_near(doc, people, end, after=True)
    if near is not None:
        return near
    said_of = _predicate_age_of(doc, people, start, end)
    if said_of is not None:
        return said_of
    noun = _aged_noun(doc, start, end)
    if noun is None or _acts_as_attacker(doc, start, end):
        return None  # "the 15-year-old shot Wilson": the parser makes "shot" a noun of Wilson's
    for span in people:
        if _holds_a_person_noun(span):
            continue
        if span.root.i == noun.i and _modifiers_only(doc, noun, start, span.start):
            return span
        if naming_noun_of(span.root) == noun and _modifiers_only(doc, noun, start, noun.i):
            return span  # "a 45-year-old man surnamed Long": the age is Long's
        thing = _vehicle_named_after(span, noun)
        appositive = span.root.dep_ == "appos" and (span.root.head.i == noun.i or thing is not None)
        appositive = appositive and noun.i < span.start
        titled = _title_start(span)
        after = thing.right_edge.i + 1 if thing is not None else noun.i + 1
        set_off = all(t.text == "," or _dash_alone(t) for t in doc[after:titled])
        if titled < span.start and not _closed_after(span):
            continue  # "detained a 22-year-old woman, Chief Ann Ruiz told reporters": the speaker
        if appositive and set_off and _modifiers_only(doc, noun, start, noun.i):
            return span
    described = _described_after(doc, people, noun, start)
    if described is not None:
        return described
    return _identified_as(people, noun, identified)


def _vehicle_named_after(name: Span, noun: Token) -> Token | None:
    """The vehicle told by "of" after a part's aged noun that a name set off
    after it follows: "The 54-year-old driver of the bus, Joseph Kiprono,"
    (:func:`part_of_thing`), the name in apposition to the driver or, as the
    parser may hang it, to the bus; the name is the driver's.  None for a
    name of any other noun."""
    if name.root.dep_ != "appos":
        return None
    things = [o for p in noun.children if p.dep_ == "prep" for o in p.children if part_of_thing(o) == noun]
    thing = things[0] if things else None
    return thing if thing is not None and name.root.head in (noun, thing) and thing.i < name.start else None


def _described_after(doc: Doc, people: list[Span], noun: Token, start: int) -> Span | None:
    """The named person an aged noun set off right after the name describes
    ("Edgar Billard, a 67-year-old retired fisherman,", "identified as Raj
    Chohan, a 59-year-old grandmother"): by the parse the noun stands in
    apposition to the name, and only a comma or a dash and the noun's
    article lie between them, so the age is the name's as "Edgar Billard,
    67," would be."""
    if noun.dep_ != "appos":
        return None
    for span in people:
        if span.root.i != noun.head.i or _holds_a_person_noun(span) or span.end_char > start:
            continue
        between = [t for t in doc[span.end : noun.i] if t.idx < start]
        set_off = bool(between) and (between[0].text == "," or _dash_alone(between[0]))
        if set_off and all(t.text == "," or _dash_alone(t) or t.dep_ == "det" for t in between):
            return span if _modifiers_only(doc, noun, start, noun.i) else None
    return None


def _closed_after(span: Span) -> bool:
    """Whether a name ends its apposition: a comma, a dash, a stop or the
    end of the text right after it ("The 42-year-old pilot, Captain Nathan
    Kerewa, was"), not a verb whose subject the titled name is ("detained a
    22-year-old woman, Chief Ann Ruiz told reporters", which the parser may
    still hang on the woman)."""
    doc = span.doc
    if span.end >= len(doc):
        return True
    after = doc[span.end]
    return after.text in (",", ".", ";", ")") or _dash_alone(after)


def _title_start(span: Span) -> int:
    """Where a name's title run begins ("Captain" of "The 42-year-old pilot,
    Captain Nathan Kerewa,"; "Sgt." of "the 35-year-old officer, Sgt. Ann
    Ruiz"): a title, rank or office (:func:`title_before`) the apposition
    writes between its comma and the name is the name's own, no word
    between the aged noun and the person.  The span's start where none is
    written."""
    doc = span.doc
    start = span.start
    for i in range(span.start - 1, max(span.start - 1 - TITLE_WORDS, -1), -1):
        word = doc[i]
        if word.text == "." and i > 0 and not doc[i - 1].whitespace_:
            continue  # the stop of "Sgt."
        if title_before(word.text) is None:
            break
        start = i
    return start


def _set_off_noun_identified(
    doc: Doc, told: ToldAge, people: list[Span], identified: list[set[int]]
) -> Span | None:
    """The named person the noun of an age set off after it is identified
    as: "The pilot, 33, was named by the company as Brayden Tollefsrud", the
    age Tollefsrud's as "The pilot, a 33-year-old man, was named as ..."
    is (:func:`_identified_as`), so another report's "Brayden Tollefsrud,
    38" meets it as a name.  None for any other told age."""
    if told.noun_at is None or not told.subject.startswith(UNNAMED_PREFIX):
        return None
    span = doc.char_span(told.noun_at, told.noun_at + 1, alignment_mode="expand")
    noun = span[0] if span is not None and len(span) else None
    return _identified_as(people, noun, identified) if noun is not None else None


def _name_key(name: Span, keys: dict[int, str]) -> tuple[str, str]:
    """The subject and label of an age of a named person."""
    return person_subject(keys[name.start]), name.text


def _identified_as(people: list[Span], noun: Token, identified: list[set[int]]) -> Span | None:
    """The named person an unnamed age's noun is identified as ("The victim,
    a 45-year-old woman, was later identified as Carla Mendes", "A
    30-year-old man, who was identified as Marcus Dale, died"): the age is
    the name's, as "Carla Mendes, 45" would be (``identified``, each name's
    :func:`_identified_nouns`, read once for the report; the noun itself, or
    the noun it stands in apposition to)."""
    told = {noun.i} | ({noun.head.i} if noun.dep_ == "appos" else set())
    named = [span for span, nouns in zip(people, identified, strict=True) if told & nouns]
    return named[0] if len(named) == 1 and not _holds_a_person_noun(named[0]) else None


def _predicate_age_of(doc: Doc, people: list[Span], start: int, end: int) -> Span | None:
    """The named person an age is said of as a predicate: "Kevin was 13
    years old", "Smith is 45 years old".  Corrections tell a person's age so
    ("Earlier, the sheriff said Kevin was 13 years old, but ..."), and an age
    left to no one cannot be set against the age the report gives that
    person elsewhere: by the parse, "old" is the complement of a form of
    "be" whose subject is the name."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span[-1].lower_ != "old":
        return None
    old = span[-1]
    verb = old.head
    if old.dep_ != "acomp" or lemma_of(verb) != "be":
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or _of_an_earlier_time(doc, old):
        return None
    return next((p for p in people if p.root.i == subjects[0].i and not _holds_a_person_noun(p)), None)


def _of_an_earlier_time(doc: Doc, old: Token) -> bool:
    """Whether "N years old" is told of a time before the story's
    (:func:`told_of_then`: "was 19 years old when he was first arrested",
    "... in 2009, records show"): the person's age then, not the age the
    report gives elsewhere."""
    return told_of_then(old)


def _holds_a_person_noun(span: Span) -> bool:
    """ "Man Shot" in the headline "16-Year-Old Girl, Man Shot to Death": a
    span the model took for a name that holds a noun of a person (``sexes``,
    ``ages`` of rules/people.yaml) is a description, no name to give an age."""
    lex = people_lexicon()
    return any(t.lower_ in lex.sex_of or t.lower_ in lex.young or t.lower_ in lex.grown for t in span)


def _aged_noun(doc: Doc, start: int, end: int) -> Token | None:
    """The noun an "N-year-old" modifies, after it; none for a possessor's
    age ("the 32-year-old's mother") or a predicate ("he was 32 years old")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span[-1].lower_ != "old":
        return None
    old = span[-1]
    if old.dep_ not in ("amod", "compound", "nmod") or old.head.i <= old.i:
        return None
    possessive = old.i + 1 < len(doc) and doc[old.i + 1].dep_ == "case"
    if possessive or any(c.dep_ == "case" for c in old.children):
        return None
    noun = old.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head  # "19-year-old sophomore Tyler Grant": the age on "sophomore", a compound of Grant
    return noun


def _modifiers_only(doc: Doc, noun: Token, start: int, until: int) -> bool:
    """Whether every word between an age and ``until`` is a word of the
    noun's own phrase that describes the person ("Englishman", "Denver
    resident"): no comma, no possessive, no verb between."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    old = next((t for t in doc[span.start : until] if t.lower_ == "old"), None)
    if old is None:
        return False
    subtree = {t.i for t in noun.subtree}
    return all(t.i in subtree and t.pos_ in ("NOUN", "PROPN", "ADJ") for t in doc[old.i + 1 : until])


def _noun_after(doc: Doc, char: int) -> str | None:
    """The noun an "N-year-old" qualifies ("a 10-year-old girl" -> girl)."""
    token = _noun_token_after(doc, char)
    return lemma_of(token) if token is not None else None


def _noun_token_after(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, min(char + 40, len(text_of(doc))), alignment_mode="expand")
    if span is None:
        return None
    for token in span[:3]:
        if token.lower_ in people_lexicon().verbs_read_as_nouns:
            return None  # "16-year-old dies in shooting": a verb the tagger read as a noun
        if token.pos_ == "NOUN":
            return _compound_head(token)
        if token.pos_ in NOT_OF_THE_AGE:
            return None  # "hit a 35-year-old in the leg": the leg is not who is 35
    return None


def _listed_group(doc: Doc, char: int, ages: int) -> int | None:
    """The size of the group a list of "N-year-old"s qualifies ("her 10- and
    13-year-old daughters": 2), or None: one age, a singular noun ("a 25- and
    35-year-old in the leg" may be two of more), a group set apart ("her two
    other 8- and 9-year-old sons")."""
    noun = _noun_token_after(doc, char) if ages > 1 else None
    if noun is None or noun.tag_ not in ("NNS", "NNPS") or set_apart(noun):
        return None
    return ages


def _compound_head(token: Token) -> Token:
    """The noun a compound ends in ("a 60-year-old street cleaner": the
    cleaner, not the street; "a 17-year-old high school student")."""
    while token.dep_ == "compound" and token.head.i > token.i and token.head.pos_ == "NOUN":
        token = token.head
    return token


#: words after an "N-year-old" that end its noun phrase: a noun after them is another's
NOT_OF_THE_AGE = frozenset({"ADP", "VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON"})


def _unnamed_role(doc: Doc, start: int, end: int) -> str | None:
    """Who an unnamed "N-year-old" is: "a 14-year-old suspect" (the noun),
    "the 13-year-old shot his brother" (the verb), "the 8-year-old was
    wounded".  Two unnamed ages are one person only if nothing tells them
    apart, so the aligner keys them by this role as well as by the noun."""
    lex = people_lexicon()
    if _acts_as_attacker(doc, start, end):
        return "suspect"
    noun = _noun_token_after(doc, end)
    if noun is not None and noun.lower_ in lex.role_of:
        return lex.role_of[noun.lower_]
    if noun is None:
        span = doc.char_span(start, end, alignment_mode="expand")
        noun = span.root if span is not None and len(span) else None
    if noun is None:
        return None
    told = noun
    while noun.dep_ == "conj" and (noun.head.pos_ in ("NOUN", "PROPN") or start <= noun.head.idx < end):
        # "a 16-year-old boy and a 17-year-old girl were charged": both were; "a 15- or
        # 16-year-old boy was shot": the parser hangs the boy on the "15-" of his own age
        noun = noun.head
    # "the 76-year-old driver remained at the scene": one driver, whatever the verb
    return _age_role(noun) or part_role(told, lambda _: None)


#: past forms of attack verbs that the tagger takes for nouns after "the
#: N-year-old" ("the 15-year-old shot him"), beside the regular "-ed" forms
_IRREGULAR_PASTS = {"shot": "shoot"}


def _acts_as_attacker(doc: Doc, start: int, end: int) -> bool:
    """ "the 15-year-old shot Reyes", "the 19-year-old opened fire": an age
    used as a noun, its next word an attack verb in the past.  The parser
    reads "shot" there as a noun ("the 15-year-old shot"), so the words are
    read here: a determiner before the age, an attack verb's past after it
    and the verb's object or "fire" after that."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0 or span.end + 1 >= len(doc):
        return False
    if doc[span.start - 1].lower_ not in ("the", "a", "an"):
        return False
    verb, after = doc[span.end], doc[span.end + 1]
    if after.lower_ in lexicon().reflexives or after.lower_ in ("victim", "victims", "wound"):
        return False
    if after.pos_ not in ("PROPN", "PRON", "DET", "NOUN"):
        return False
    return _attack_lemma(verb.lower_) in people_lexicon().attack_verbs


def _attack_lemma(word: str) -> str | None:
    """ "shot" -> "shoot", "stabbed" -> "stab", "opened" -> "open", "fired" -> "fire"."""
    if word in _IRREGULAR_PASTS:
        return _IRREGULAR_PASTS[word]
    if not word.endswith("ed"):
        return None
    attack = people_lexicon().attack_verbs
    for stem in (word[:-2], word[:-1], word[:-3]):
        if stem in attack:
            return stem
    return None


def person_keys(people: list[Span], sexes: Mapping[int, str | None] | None = None) -> dict[int, str]:
    """The alignment key of each named person, by the span's start.

    The surname, as :func:`person_key` gives it, unless the report names
    another person of that surname with a first name that cannot be theirs
    ("James Casullo, 8, and 12-year-old Kathleen Casullo", a grandfather and
    a granddaughter): then first name and surname, so the two people's ages
    and fates are never set against each other.  ``sexes`` is the sex
    each mention states (:func:`name_sex`, by start), read once per span
    (:func:`mention_sexes`), here and by the caller's claims."""
    sex_at = sexes if sexes is not None else mention_sexes(people)
    by_surname: dict[str, list[str]] = {}
    for span in people:
        by_surname.setdefault(person_key(span.text), []).append(span.text)
    apart = _told_apart(people, sex_at)
    keys = {}
    full: dict[str, list[tuple[int, str]]] = {}  # surname -> (start, key) of the full names
    titled = _sexes_of_surnames_alone(people, sex_at)
    for span in people:
        key = person_key(span.text)
        parts = name_parts(span.text)
        others = [n for n in by_surname[key] if not names_match(n, span.text) or (n, span.text) in apart]
        sex = sex_at[span.start]
        if len(parts) > 1 and sex is not None and titled.get(key, set()) - {sex}:
            others.append(key)  # "Mr. Green, 70, and his wife, Ellen Green, 68": two people
        keys[span.start] = _full_key(span.text) if others and len(parts) > 1 else key
        if others and len(parts) > 1:
            full.setdefault(key, []).append((span.start, keys[span.start]))
    _first_names_alone(people, keys)
    told = _Namesakes(
        sexes=_at_full_names(people, keys, lambda span: sex_at[span.start]),
        ages=_at_full_names(people, keys, _told_age),
        kin={keys[s.start] for s in people if len(name_parts(s.text)) > 1 and _introduced_as_kin(s)},
    )
    for span in people:
        named = full.get(person_key(span.text))
        if named and len(name_parts(span.text)) > 1 and keys[span.start] == person_key(span.text):
            # "Sammy Hope" beside "Sammy Hope Sr." and "Sammy Hope Jr.": the first it can be
            keys[span.start] = next((k for _, k in named if k.startswith(_full_key(span.text))), named[0][1])
        elif named and len(name_parts(span.text)) == 1:
            # "LeGrier" after "Quintonio LeGrier ... his father, Antonio LeGrier"
            owner = _surname_owner(span, named, sex_at[span.start], told)
            keys[span.start] = owner or keys[span.start]
            if owner is not None and sex_at[span.start] is not None:
                # "Mr. Green" read as Walter Green: a later "Mrs. Green" is then not his
                told.sexes.setdefault(owner, set()).add(str(sex_at[span.start]))
    _slips_joined(people, keys)
    return keys


def _sexes_of_surnames_alone(people: list[Span], sex_at: Mapping[int, str | None]) -> dict[str, set[str]]:
    """The sexes a surname alone is written with ("Mr. Green", "Mrs.
    Green"), by surname: a full name of that surname stated of another sex
    ("his wife, Ellen Green") is someone else, so it takes a key of its own
    and keeps "Mr. Green, 70" from giving her his age."""
    found: dict[str, set[str]] = {}
    for span in people:
        sex = sex_at[span.start]
        if len(name_parts(span.text)) == 1 and sex is not None:
            found.setdefault(person_key(span.text), set()).add(sex)
    return found


@dataclass
class _Namesakes:
    """What a report tells at the full names of people who share a surname,
    by key: the sexes stated, the ages written at the name, and which are
    told as someone's kin ("his father, Antonio LeGrier").  Not frozen:
    :func:`person_keys` adds to ``sexes`` as it reads each surname alone in
    order ("Mr. Green" read as Walter Green makes a later "Mrs. Green" not
    his), so what a later mention is weighed against is what came before."""

    sexes: dict[str, set[str]]
    ages: dict[str, set[float]]
    kin: set[str]


def _surname_owner(span: Span, named: list[tuple[int, str]], sex: str | None, told: _Namesakes) -> str | None:
    """The one of several full names of a surname ("Quintonio LeGrier",
    "his father, Antonio LeGrier") a surname alone stands for, where the
    words make it one: the only one a title or pronoun's sex ("Mrs. Smith")
    or an age written at the mention ("Smith, 45,") leaves, the one of them
    named before it in its paragraph (reporters name a relative and go on
    by surname), else the story's person: named first and never told as
    another's kin, where the others are (not where the mention speaks, nor
    where its sex is one only a relative is told of).  None where the words
    leave it open: pinning what is told there on the first named gave one
    person the age or fate of a relative, or two reports' different people
    one identity."""
    everyone = dict.fromkeys(k for _, k in named)
    candidates = [k for k in everyone if sex is None or told.sexes.get(k, {sex}) == {sex}]
    age = _told_age(span)
    if age is not None:
        candidates = [k for k in candidates if age in told.ages.get(k, {age})]
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    paragraph = text_of(span.doc).rfind("\n", 0, span.start_char) + 1
    before = {k for at, k in named if k in candidates and paragraph <= span.doc[at].idx < span.start_char}
    if len(before) == 1:
        return before.pop()
    first = min(named)[1]
    story = (
        first in candidates and first not in told.kin and all(k in told.kin for k in candidates if k != first)
    )
    stated = sex is None or told.sexes.get(first) == {sex}
    if _speaks(span):
        return _relative_speaking(span, candidates, told)
    return first if story and stated else None


def _speaks(span: Span) -> bool:
    """Whether a name is the one who says something ("Whitfield said"): the
    relative a report introduces by a noun of kin is most often who speaks
    of the story's person, so saying tells neither apart."""
    root = span.root
    return root.dep_ == "nsubj" and lemma_of(root.head) in source_rules().reporting_verbs


def _relative_speaking(span: Span, candidates: list[str], told: _Namesakes) -> str | None:
    """The one relative a surname alone stands for where it says something
    of someone by a noun of kin and an own pronoun ("Brooks said her sister
    had two children", after "the victim's sister, Angela Brooks" and
    "Tanya Brooks"): who calls another "her sister" is that person's kin,
    the relative the report brought in to speak of its person.  Only where
    one of the full names is told as kin and the pronoun's sex is not
    another than the one stated of them ("his son" is never the sister's)."""
    lex = people_lexicon()
    kin = [k for k in candidates if k in told.kin]
    if len(kin) != 1:
        return None
    sexes = {
        lex.own_pronoun_sex.get(c.lower_)
        for t in span.root.head.subtree
        if lemma_of(t) in lex.given_name_kin and t.i not in range(span.start, span.end)
        for c in t.children
        if c.dep_ == "poss" and c.lower_ in lex.own_pronoun_sex
    }
    if len(sexes) != 1 or told.sexes.get(kin[0], sexes) != sexes:
        return None
    return kin[0]


def _slips_joined(people: list[Span], keys: dict[int, str]) -> None:
    """Key a name the report misspells as the person it is a slip of, so
    what the report tells at the slip ("Obsorne is suffering from PTSD"
    after "Brady Osborne") is that person's: a word alone that is no word
    of a full name and a slip of one full name's first name or surname
    (:func:`slip_target`), and a full name whose surname is a slip of the
    surname of another full name of its first name, written less often
    ("Christopher Cadenback" beside "Christopher Cadenbach" told eight
    times).  The comparer shows the two spellings (compare/spellings.py)."""
    words = {span.start: [letters_only(w) for w in name_parts(span.text)] for span in people}
    full = [(span, parts) for span in people if len(parts := words[span.start]) > 1 and all(parts)]
    uses = Counter(w for parts in words.values() for w in parts)
    apart = _names_apart(people, words)
    text = text_of(people[0].doc) if people else ""
    remap: dict[str, str] = {}
    for span in people:
        parts = words[span.start]
        if len(parts) == 1 and parts[0] and not (_told_as_kin(span) or _told_age(span) is not None):
            # "The couple had a daughter, Joan": a person of her own, no slip of "John W. Nields"
            target = slip_target(parts[0], [p for _, p in full])
            if target and frozenset({parts[0], target[1]}) in apart:
                continue  # "Mark and Mary Jones": two people
            targets = [s for s, p in full if target and p[target[0]] == target[1]]
            title = _title_at(span, text)
            if title is not None and all(_title_at(s, text) != title for s in targets):
                continue  # "Sgt. Hale" beside "Michael Hall": a person of their own
            owners = {keys[s.start] for s in targets}
            if len(owners) == 1:
                remap[keys[span.start]] = owners.pop()
        elif (span, parts) in full:
            usual = [
                s
                for s, p in full
                if p[0] == parts[0]
                and misspelt(parts[-1], p[-1])
                and frozenset({parts[-1], p[-1]}) not in apart
            ]
            if usual and uses[words[usual[0].start][-1]] > uses[parts[-1]]:
                remap[keys[span.start]] = keys[usual[0].start]
    for span in people:
        keys[span.start] = remap.get(keys[span.start], keys[span.start])


def _title_at(span: Span, text: str) -> str | None:
    """The title or office written right before a name ("Sgt." of "Sgt. Hale")."""
    return title_before(text[max(0, span.start_char - 24) : span.start_char])


def _names_apart(people: list[Span], words: dict[int, list[str]]) -> set[frozenset[str]]:
    """The name words the report tells as two people's ("Mark and Mary
    Jones", "John Carter and his wife, Joan Carter"): the comparer's rule
    (:func:`names_told_apart`), so a slip is joined only where it is shown."""
    told: list[tuple[tuple[str, ...], str | None]] = []
    last: Span | None = None
    text = text_of(people[0].doc) if people else ""
    for span in sorted(people, key=lambda s: s.start):
        between = None
        if last is not None and _one_sentence(last, span) and last.end_char <= span.start_char:
            between = text[last.end_char : span.start_char]
        told.append((tuple(words[span.start]), between))
        last = span
    return names_told_apart(told)


def _one_sentence(a: Span, b: Span) -> bool:
    """Whether two names stand in one sentence: by the parse's sentences,
    or, in a doc without them, no sentence's stop between."""
    if a.doc.has_annotation("SENT_START"):
        return a.sent.start == b.sent.start
    return not any(t.is_punct and t.text in (".", "!", "?") for t in a.doc[a.end : b.start])


def _full_key(name: str) -> str:
    """The key of a full name the report must tell from another of its
    surname: first name and surname, and a generational suffix ("jose
    garcia sr" beside "jose garcia jr")."""
    return " ".join([*name_parts(name)[-2:], *sorted(generations(name))])


def mention_sexes(people: list[Span]) -> dict[int, str | None]:
    """The sex each named mention states (:func:`name_sex`), by the span's
    start: read once, for the keys (:func:`person_keys`) and the claims."""
    return {span.start: name_sex(span) for span in people}


def _told_apart(people: list[Span], sex_at: Mapping[int, str | None]) -> set[tuple[str, str]]:
    """Pairs of full names of one surname the report writes with two first
    names close enough to be one name misspelt ("Maria Lopez", "Mario
    Lopez") and says more of that sets them apart: one told as someone's
    kin ("by her brother, Mario Lopez"), or a sex stated for each and not
    the same.  Without such words a report's two spellings stay one person
    (a misprint, "Betty Page" and "Bettie Page")."""
    kin: set[str] = set()
    sexes: dict[str, set[str]] = {}
    for span in people:
        if _told_as_kin(span) or _after_kin_plural(span):
            kin.add(span.text)
        sex = sex_at[span.start]
        if sex is not None:
            sexes.setdefault(span.text, set()).add(sex)
    names = sorted({span.text for span in people if len(name_parts(span.text)) > 1})
    apart = set()
    for a in names:
        for b in names:
            if person_key(a) != person_key(b) or not first_names_differ(a, b):
                continue
            sa, sb = sexes.get(a, set()), sexes.get(b, set())
            if a in kin or b in kin or (sa and sb and not sa & sb):
                apart.add((a, b))
    return apart | _generations_apart(people, names, kin)


def _generations_apart(people: list[Span], names: list[str], kin: set[str]) -> set[tuple[str, str]]:
    """Pairs of one name written with and without a generational suffix
    ("Samuel Reed, 60, and his son Samuel Reed Jr., 35") that the report
    sets apart: one told as the other's kin, or each given an age and not
    the same.  A suffix on one name only says nothing across reports
    (:func:`generations_differ`), but in one report whose words make two
    people, the plain name is the other generation."""
    ages: dict[str, set[float]] = {}
    for span in people:
        age = _told_age(span)
        if age is not None:
            ages.setdefault(span.text, set()).add(age)
    found = set()
    for a, b in permutations(names, 2):
        if generations(a) or not generations(b) or name_parts(a) != name_parts(b):
            continue
        aa, ab = ages.get(a, set()), ages.get(b, set())
        if a in kin or b in kin or (aa and ab and not aa & ab):
            found |= {(a, b), (b, a)}
    return found


def _told_as_kin(span: Span) -> bool:
    """Whether a name is told as someone's kin: in apposition to a noun of
    kin (:func:`kin_noun`: "her brother, Mario Lopez") or right after one
    ("his sister Maria Lopez": ``given_name_kin``)."""
    return kin_noun(span.root) is not None or _after_kin(span)


def _after_kin_plural(span: Span) -> bool:
    """ "Brothers Jaden Smith and Jayden Smith": the names after a plural
    noun of kin (``kin_plurals``, which :func:`_clean_person_span` leaves out
    of the name) are of several kin, never one name misspelt."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in people_lexicon().kin_plurals


def _introduced_as_kin(span: Span) -> bool:
    """Whether a full name is told as someone's kin (:func:`_told_as_kin`)
    or followed by a noun of kin in apposition ("Mahnefah Gray, sister of
    the teen killed"): a relative the report brings in beside its person."""
    kin = people_lexicon().given_name_kin
    return _told_as_kin(span) or any(c.dep_ == "appos" and lemma_of(c) in kin for c in span.root.children)


def _first_names_alone(people: list[Span], keys: dict[int, str]) -> None:
    """Key a lone first name as the one person the report names in full by
    it ("Kaleb was pronounced dead" after "Kaleb Morris, 6"), not as a
    surname of its own: what the report tells of "Kaleb" is Kaleb Morris's.
    A word that is also a surname of the report's names, or the first name
    of several of them (a father and a son, "Sammy Hope Sr." and "Sammy
    Hope Jr.", whom the surname key does not tell apart), is left as it was."""
    surnames = {person_key(span.text) for span in people if len(name_parts(span.text)) > 1}
    suffixes = people_lexicon().suffixes
    firsts: dict[str, set[tuple[str, ...]]] = {}
    for span in people:
        parts = name_parts(span.text)
        if len(parts) > 1:
            told = tuple(w for w in re.split(r"[\s.,]+", span.text.lower()) if w in suffixes)
            firsts.setdefault(parts[0], set()).add((keys[span.start], *told))
    ages = _at_full_names(people, keys, _told_age)
    others: set[str] = set()
    for span in sorted(people, key=lambda s: s.start):
        parts = name_parts(span.text)
        if len(parts) == 1 and (parts[0] in others or _another_by_first_name(span[0])):
            others.add(parts[0])  # "His son, also named Ben, ... Ben was 12": not Ben Ortiz
            continue
        if len(parts) == 1 and parts[0] not in surnames and len(firsts.get(parts[0], ())) == 1:
            key = next(iter(firsts[parts[0]]))[0]
            if not _kin_of_another_age(span, ages.get(key, set())):
                keys[span.start] = key


def _another_by_first_name(token: Token) -> bool:
    """Whether a lone first name is written right after a noun of a
    relation or after "named" ("his friend Brandon", "his son, also named
    Ben"): a reporter introduces so another person of the first name of the
    one he named in full, never that one (``first_name_others``; a noun of
    kin is not one: "his son, Kaleb, 6" may be Kaleb Morris himself)."""
    others = people_lexicon().first_name_others
    before = token.i - 1
    while before >= 0 and token.doc[before].is_punct:
        before -= 1
    return before >= 0 and (token.doc[before].lower_ in others or lemma_of(token.doc[before]) in others)


def _told_age(span: Span) -> float | None:
    """The age written right after a name (", 12") or right before it ("12-year-old Ben")."""
    text = text_of(span.doc)
    after = _age_after(span)
    before = _AGE_RIGHT_BEFORE.search(text[max(0, span.start_char - 20) : span.start_char])
    found = after or before
    return _age_value(found.group(1)) if found else None


def _at_full_names(
    people: list[Span], keys: dict[int, str], read: Callable[[Span], T | None]
) -> dict[str, set[T]]:
    """What ``read`` finds at each full name's mentions (an age, a stated
    sex), by key: a lone first name or surname is then told apart from, or
    joined to, the full name by what the report says of that name."""
    found: dict[str, set[T]] = {}
    for span in people:
        value = read(span) if len(name_parts(span.text)) > 1 else None
        if value is not None:
            found.setdefault(keys[span.start], set()).add(value)
    return found


def _after_kin(span: Span) -> bool:
    """A name written right after a noun of kin ("his son Ben", "her
    father, David"): ``given_name_kin`` of rules/people.yaml."""
    words = [t for t in span.doc[max(0, span.start - 2) : span.start] if t.text != ","]
    return bool(words) and words[-1].lower_ in people_lexicon().given_name_kin


def _kin_of_another_age(span: Span, ages: set[float]) -> bool:
    """A lone first name after a noun of kin whose age is none the report
    gives the full name of that first name ("Ben Ortiz, 40, was shot ...
    He leaves his wife, Rosa, 38, and his son Ben, 12"): a relative named
    like the person, often whose kin he is, not that person."""
    if not ages or not _after_kin(span):
        return False
    age = _told_age(span)
    return age is not None and age not in ages


def given_names_alone(doc: Doc, people: list[Span], keys: dict[int, str]) -> set[int]:
    """The starts of lone names that are a first name of someone the report
    never names in full: a name right after a noun of kin ("his father,
    David,", "her brother Tommie": ``given_name_kin`` of rules/people.yaml)
    or an age ("15-year-old Hayden"), that is no word of a full name the
    report gives.  Reporters write a child or a relative so; a lone surname
    stands after the full name it ends."""
    named = {w for span in people if len(name_parts(span.text)) > 1 for w in name_parts(span.text)}
    given = set()
    for span in people:
        parts = name_parts(span.text)
        if len(parts) != 1 or parts[0] in named or keys[span.start] != parts[0] or len(span) != 1:
            continue
        after_kin = _after_kin(span)
        after_age = bool(
            _AGE_RIGHT_BEFORE.search(text_of(doc)[max(0, span.start_char - 20) : span.start_char])
        )
        if after_kin or after_age:
            given.add(span.start)
    return given


def _listed_with(person: Span, people: list[Span]) -> Span | None:
    """The named person a name is joined to by "and" ("Lena Ortiz and Paul
    Haskins opened fire": Ortiz for Haskins), whose words say what both did."""
    root = person.root
    if root.dep_ != "conj":
        return None
    return next((span for span in people if span.root.i == root.head.i), None)


#: the role a person keeps wherever the report names them again
KEPT_ROLE = "suspect"
#: the roles a later mention's own verb gives that the kept role overrides:
#: "Moss was killed in a shootout" says how the gunman died, not that he was a victim
OVERRIDDEN_ROLES = frozenset({None, "victim"})


def _in_custody(root: Token) -> bool:
    """ "Lynch was charged with obstruction", "Fisk was arrested", "Fisk
    faces charges" (:func:`_custody_told`): a suspect
    of the law, who may not be the one who attacked (a parent charged after
    a child's accidental shooting was hurt in it too)."""
    verb = root.head
    passive = root.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in verb.children)
    return (
        (passive and lemma_of(verb) in people_lexicon().custody_verbs)
        or _custody_told(root)
        or (root.dep_ == "dobj" and _custody_object(verb))
    )


def _ambiguous_surnames(people: list[Span], keys: dict[int, str]) -> set[str]:
    """Surnames the report gives people of different first names ("Mariah
    Davis" and "Frederick Davis"): a lone "Davis" may be either."""
    full: dict[str, set[str]] = {}
    for span in people:
        if " " in keys[span.start]:
            full.setdefault(person_key(span.text), set()).add(keys[span.start])
    return {surname for surname, named in full.items() if len(named) > 1}


def report_roles(people: list[Span], keys: dict[int, str]) -> dict[int, str | None]:
    """The role of each name, by the span's start: its own words' (the
    title before it, an apposition, its verb), else the verb of the name
    it is listed with; and a person the report names as the attacker keeps
    that role at every mention of their key (the full name or the surname
    alone: "Police identified the gunman as Derek Moss ... Moss was killed
    by deputies").  The attacker is named by a noun (a title, an
    apposition, "Colter was the gunman": that holds against every "was
    killed") or by an attack verb ("Ortiz opened fire": held against the
    victim's verbs only where said as often, as the parser may misread
    one); a suspect only arrested or charged keeps no role beyond their own
    mention, nor does a surname several people of the report share, nor a
    person titled otherwise (an officer who fired)."""
    roles: dict[int, str | None] = {span.start: _role_of(span) for span in people}
    attacks = {span.start for span in people if roles[span.start] == KEPT_ROLE and not _in_custody(span.root)}
    for span in people:
        partner = _listed_with(span, people)
        if roles[span.start] is None and partner is not None:
            # what the first name's verb says ("were shot", "opened fire"), not its title
            roles[span.start] = _role_by_verb(partner.root)
            if roles[span.start] == KEPT_ROLE and not _in_custody(partner.root):
                attacks.add(span.start)
    ambiguous = _ambiguous_surnames(people, keys)
    carried = [s for s in people if not (len(name_parts(s.text)) == 1 and person_key(s.text) in ambiguous)]
    titles = {s.start: _titled_role(s) for s in carried}
    titled = {keys[s.start] for s in carried if titles[s.start] == KEPT_ROLE}
    # "officer Chris Vigil ... Vigil fired the fatal round": the officer who shot is no attacker
    otherwise = {keys[s.start] for s in carried if titles[s.start] not in (None, KEPT_ROLE, "victim")}
    carried = [s for s in carried if keys[s.start] not in otherwise]
    told: dict[str, list[str | None]] = {}
    for span in carried:
        own = roles[span.start]
        # a suspect of the law only (arrested, charged) says nothing of the attack
        said = KEPT_ROLE if span.start in attacks else None if own == KEPT_ROLE else own
        told.setdefault(keys[span.start], []).append(said)
    for span in carried:
        mentions = told[keys[span.start]]
        carries = keys[span.start] in titled or mentions.count(KEPT_ROLE) >= max(1, mentions.count("victim"))
        if carries and roles[span.start] in OVERRIDDEN_ROLES:
            roles[span.start] = KEPT_ROLE
    return roles


def extract_people(doc: Doc) -> None:
    """Add person claims (with roles) and age claims tied to the right person."""
    people = person_spans(doc)
    sexes = mention_sexes(people)
    keys = person_keys(people, sexes)
    given = given_names_alone(doc, people, keys)
    roles = report_roles(people, keys)
    # the nouns each name is identified as, read once: its person claim's and every unnamed age's
    identified = [_identified_nouns(span.root) for span in people]
    groups = group_age_spans(doc)
    lists = find_age_lists(doc, groups)
    identified_at = [{n.i for n in nouns} for nouns in identified]
    for told in told_ages(doc, people, keys, _age_role):
        # before the "N-year-old" readers: "would have turned 6-years-old" is 5, not 6
        name = _set_off_noun_identified(doc, told, people, identified_at)
        subject, label = (told.subject, told.label) if name is None else _name_key(name, keys)
        claim = _age_claim(
            doc,
            told.start,
            told.end,
            told.age,
            subject,
            label,
            None if name else told.role,
            high=told.high,
            sex=told.sex,
        )
        claim.anchor_start, claim.anchor_end = told.anchor
        if told.high is not None:
            # "in his 20s": the words say the range, not "20 or 29"
            claim.value = claim.value.model_copy(update={"label": text_of(doc)[told.start : told.end]})
        if told.told in _WEAK_AGES and isinstance(claim.details, PersonDetails):
            claim.details = claim.details.model_copy(update={"told": told.told})
        add_claim(doc, claim)
    for span, nouns in zip(people, identified, strict=True):
        role = roles[span.start]
        key = keys[span.start]
        office, office_place = office_of(span)
        named = RawClaim(
            kind=ClaimKind.person,
            start=span.start_char,
            end=span.end_char,
            subject=person_subject(key),
            subject_label=span.text,
            value=Value(name=span.text, label=span.text),
            details=PersonDetails(
                role=role or None,
                sex=sexes[span.start],
                rank=rank_of(span),
                given=span.start in given or None,
                part=_part_role(span) if role in (VICTIM_ROLE, KEPT_ROLE) else None,
                office=office,
                office_place=office_place,
                role_noun=role_noun(span),
                identified_noun=_identified_noun_offset(span, nouns),
                **_kin(span.root),
            ),
        )
        first = rank_start(span)
        if first is not None and doc[first].sent.start != span.sent.start:
            # "... Sgt." | "Miller said.": the sentence splitter fell inside the title
            named.anchor_start = doc[first].idx
        add_claim(doc, named)
        match = _age_after(span)
        if match and not any(a.start <= span.end_char + match.start(1) < a.end for a in lists):
            # "Jane Doe, 19 and 22": a list's first age is not Doe's
            age = _age_value(match.group(1))
            if age is not None:
                start = span.start_char
                end = span.end_char + match.end(1)
                add_claim(doc, _age_claim(doc, start, end, age, person_subject(key), f"age of {span.text}"))
    for claim in group_ages(doc, _age_role):
        add_claim(doc, claim)
    read, ending = _listed_ages(doc, lists, people, keys)
    either = {found.members[-1][1]: found for found in lists if found.tie == EITHER}
    for pattern in (_AGE_BEFORE, _AGED):
        for match in pattern.finditer(text_of(doc)):
            age = _age_value(match.group(1).replace("-", " "))
            if age is None or any(s <= match.start() < e for s, e in groups + read):
                continue  # "aged 19 to 33": a group's range, read above; a list's ages, read above
            if open_end().match(text_of(doc)[match.end() :]):
                continue  # "residents aged 60 and over", "18 years old or older": a bound, no one's age
            if pattern is _AGE_BEFORE:
                person = _person_aged(doc, people, match.start(), match.end(), identified_at)
            else:
                person = _person_near(doc, people, match.start(), after=False)
            # "a 15- or 16-year-old": one age from the first number to this one, its words all of them
            uncertain = either.get(match.start())
            begin = match.start() if uncertain is None else uncertain.start
            role = sex = None
            if person is not None:
                who, label = person_subject(keys[person.start]), f"age of {person.text}"
            else:
                who, label, role, sex = _unnamed_bearer(
                    doc, people, pattern is _AGED, begin, match.start(), match.end()
                )
            if uncertain is not None:
                first = uncertain.members[0][0]
                add_claim(
                    doc, _age_claim(doc, begin, match.end(), first, who, label, role, high=age, sex=sex)
                )
                continue
            other = _OR_AGE.match(text_of(doc), match.end()) if pattern is _AGED else None
            high = _age_value(other.group(1)) if other is not None else None
            if other is not None and high is not None and high > age:
                # "aged 15 or 16": 15 to 16, not 15
                claim = _age_claim(doc, match.start(), other.end(), age, who, label, role, high=high, sex=sex)
                add_claim(doc, claim)
                continue
            earlier_ages = ending.get(match.start(), [])
            listed = _listed_group(doc, match.end(), len(earlier_ages) + 1) if person is None else None
            claim = _age_claim(doc, match.start(), match.end(), age, who, label, role, listed=listed, sex=sex)
            add_claim(doc, claim)
            for earlier, start, end in earlier_ages:
                # "a 25- and 35-year-old": the 25-year-old is whoever the 35-year-old is, another of them
                add_claim(doc, _age_claim(doc, start, end, earlier, who, label, role, listed=listed, sex=sex))
    _predicate_ages_outweighed(doc)
    tell_vehicles(doc)


def _unnamed_bearer(doc: Doc, people: list[Span], aged: bool, begin: int, start: int, end: int) -> Bearer:
    """Whose an unnamed "N-year-old" or "aged N" is: the noun it qualifies
    ("a 10-year-old girl" -> girl), or the noun "aged" follows ("a man aged
    49"); where the sentence ties that noun to a role's ("The driver, a
    67-year-old man", "The suspect, a man aged 49", :func:`tied_bearer`),
    the role's noun, the description kept as the person's sex.  An age used
    as a noun that attacks ("the 15-year-old shot him") is a person's; a
    bare "The 64-year-old" opening its sentence, the one person the sentence
    before tells by a noun (:func:`retold_bearer`; ``people``, the names
    read)."""
    if _acts_as_attacker(doc, start, end):
        return Bearer("unnamed:person", "age of a person", _unnamed_role(doc, begin, end))
    token = _noun_token_before(doc, start) if aged else None
    token = token or _noun_token_after(doc, end)
    tied = tied_bearer(token, _age_role) if token is not None else None
    if tied is not None:
        return tied
    word = _word_after(doc, end) if token is None else None
    by_name = nationality_bearer(word, _age_role) if word is not None else None
    if by_name is not None:
        return by_name
    role = _unnamed_role(doc, begin, end)
    retold = retold_bearer(doc, people, begin, _age_role, role) if token is None and not aged else None
    if retold is not None:
        # "A man has died ... The 64-year-old was driving": the man the sentence before tells
        return retold
    noun = lemma_of(token) if token is not None else "person"
    return Bearer(f"unnamed:{noun}", f"age of a {noun}", role)


def _word_after(doc: Doc, char: int) -> Token | None:
    """The first word after an "N-year-old" ("a 45-year-old German": German)."""
    span = doc.char_span(char, min(char + 40, len(text_of(doc))), alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _noun_token_before(doc: Doc, char: int) -> Token | None:
    """The person's noun right before "aged N" ("a man aged 49"), a
    singular one; none for a group ("residents aged 60")."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    before = doc[span.start - 1]
    if before.pos_ != "NOUN" or before.tag_ != "NN":
        return None
    return before


def _predicate_ages_outweighed(doc: Doc) -> None:
    """Drop a bare predicate age ("Wilson is 17.", "Hill was 15.") of a
    person the report gives another age in another way ("Andre Wilson was
    16 at the time of the shooting", "Marcus Hill, 19,"): the set-off age
    is the one a reporter gives as the person's, the predicate one is most
    often of another time (then or now), and set against it made a
    conflict inside the report and a false one with the other report."""
    claims = claims_of(doc)
    ages = [c for c in claims if c.kind is ClaimKind.age]
    firm = {(c.subject, c.value.low) for c in ages if not _predicate(c)}
    subjects = {subject for subject, _ in firm}
    dropped = [
        c for c in ages if _predicate(c) and c.subject in subjects and (c.subject, c.value.low) not in firm
    ]
    if dropped:
        gone = {id(c) for c in dropped}
        doc._.rc_claims = [c for c in claims if id(c) not in gone]


#: how an age is told whose bearer is read with less sure a basis than a set-off age
_WEAK_AGES = (PREDICATE_AGE, EVENT_AGE)


def _predicate(claim: RawClaim) -> bool:
    """A bare "was N" or an age at an event ("died at age 95"): a weaker reading."""
    return isinstance(claim.details, PersonDetails) and claim.details.told in _WEAK_AGES


def _listed_ages(
    doc: Doc, lists: list[AgeList], people: list[Span], keys: dict[int, str]
) -> tuple[list[tuple[int, int]], dict[int, list[tuple[int, int, int]]]]:
    """Add the ages of every list whose people the sentence tells
    (:func:`list_owners`), each number its own claim; return the spans read
    and, for a list that qualifies a noun ("a 25- and 35-year-old in the
    leg", "her 10- and 13-year-old daughters"), its earlier numbers by where
    its last "N-year-old" starts, which are read as that one is."""
    read: list[tuple[int, int]] = []
    ending: dict[int, list[tuple[int, int, int]]] = {}
    for found in lists:
        if found.tie == BOUND:
            read.append((found.start, found.end))  # "between 18 and 25 years old": no one's age
            continue
        if found.tie == EITHER:
            continue  # "a 15- or 16-year-old": one age, read with its last "N-year-old"
        owners = list_owners(doc, found, people, keys, _age_role)
        if owners is None and found.form == "old":
            ending[found.members[-1][1]] = found.members[:-1]
            continue
        if owners is None and found.form == "bare":
            continue  # "The Tigers won, 21 and 14": numbers told of no people
        if owners is None:
            owners = [UNTOLD] * len(found.members)  # "aged 30 and 41" of no one the parse finds
        listed = len(owners) if all(owner.group for owner in owners) else None
        for (age, start, end), owner in zip(found.members, owners, strict=True):
            add_claim(
                doc,
                _age_claim(
                    doc, start, end, age, owner.subject, owner.label, owner.role, listed=listed, owner=owner
                ),
            )
        read.append((found.start, found.end))
    return read, ending


register_extractor("reportcheck_people", extract_people)
