"""Where one person was hit: the site of a wound on the count of that person.

Reporters tell where a victim was hit on the verb of the harm ("Ana Ruiz
was shot behind her left ear", "shot him in the abdomen, arm and hip") or
on the noun of the wound ("suffered a single gunshot wound to the chest",
"was found with a gunshot wound to the shoulder", "died of a gunshot to the
back").  The count of one person harmed gets the sites its words give
(``wound`` of its details: "left ear", "abdomen, arm, hip") and whether
they say the person was hit once (``wound_single``: "a single gunshot
wound", "shot once"), so the comparer can set one report's site against
another's for the same person without reading the text again.

Only the person's own words are read: the verb the person is the subject
of a passive of, or the object of ("shot him in the chest"), or the
subject of a verb of bearing a wound ("suffered", "died of"); never the
verb of a shooter ("Ruiz shot Lee in the chest" tells Lee's wound, not
Ruiz's), and never a clause with a subject of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from reportcheck.extract.core.base import lemma_of
from reportcheck.knowledge.wounds import wound_rules

#: the edges by which a clause that shares the person's verb's subject hangs on it
_OWN_CLAUSES = ("xcomp", "advcl", "acl", "oprd", "conj")
#: how deep below a verb a wound noun is looked for ("suffering from a wound to ...")
DEPTH = 3
REFLEXIVE = ("himself", "herself", "themselves")


@dataclass(frozen=True)
class Wound:
    """The sites told of one person's wounds, whether told as one wound, and
    whether the words tell more wounds than the sites ("shot multiple times
    in the torso", "gunshot wounds to the chest", "including in the head"),
    so the sites may be some of the wounds only."""

    sites: tuple[str, ...]
    single: bool
    several: bool = False


def wound_of(person: Token) -> Wound | None:
    """The wound told on the verb or the wound noun of ``person``, or None."""
    verbs = _person_verbs(person)
    sites: list[str] = []
    single = False
    several = False
    for verb in verbs:
        found, once = _sites_below(verb, DEPTH)
        sites += [s for s in found if s not in sites]
        single = single or once or _said_once(verb)
        several = several or _cut(verb) or _told_several(verb, DEPTH)
    if not sites and not several:
        return None
    return Wound(tuple(sites), single and len(sites) == 1 and not several, several)


def _person_verbs(person: Token) -> list[Token]:
    """The verbs whose words tell this person's wound."""
    head = person.head
    verbs: list[Token] = [c for c in person.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    if _bears_on_head(person):
        verbs.append(head)
    elif person.dep_ == "dobj":
        verbs += [c for c in person.children if c.dep_ == "prep" and c.lower_ == "with"]
        verbs += [c for c in head.children if c.dep_ in ("xcomp", "advcl", "oprd", "prep") and c.i > person.i]
    more = [c for v in verbs for c in v.children if c.dep_ in _OWN_CLAUSES and not _has_subject(c)]
    return verbs + more


def _bears_on_head(person: Token) -> bool:
    """Whether the person's head verb tells their own wound: "she was shot",
    "shot him", "he suffered", "shot himself"; not "Ruiz shot Lee"."""
    head = person.head
    if person.dep_ == "nsubjpass" or (person.dep_ == "dobj" and _harm_verb(head)):
        return True
    bearer = lemma_of(head) in wound_rules().bearer_verbs
    return person.dep_ == "nsubj" and (bearer or _reflexive(head))


def _harm_verb(verb: Token) -> bool:
    return lemma_of(verb) in ("shoot", "hit", "strike", "wound", "graze")


def _reflexive(verb: Token) -> bool:
    """ "he shot himself in the head": the subject is the one hit."""
    return any(c.dep_ == "dobj" and c.lower_ in REFLEXIVE for c in verb.children)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _said_once(verb: Token) -> bool:
    """ "was shot once in the chest"."""
    return any(c.lower_ == "once" and c.dep_ in ("advmod", "npadvmod") for c in verb.children)


def _told_several(token: Token, depth: int) -> bool:
    """Whether the words under a verb of the person tell more than one
    wound: "shot multiple times", "shot three times", "shot twice", "shot
    repeatedly", "gunshot wounds", "including in the head", "a stab wound"
    (``several``, ``listing`` and ``cutting`` of rules/wounds.yaml).  The sites told beside such words may
    be some of the wounds only."""
    rules = wound_rules()
    for child in token.children:
        if child.dep_ in ("advmod", "npadvmod") and (child.lower_ in rules.several or _times(child)):
            return True
        if child.dep_ == "prep" and child.lower_ in rules.listing:
            return True
        noun = child.dep_ in ("dobj", "pobj", "attr") and lemma_of(child) in rules.wound_nouns
        if noun and (child.tag_ == "NNS" or _cut(child)):
            return True  # "gunshot wounds", "a stab wound"
        below = depth > 0 and child.dep_ in ("dobj", "pobj", "prep", "attr") and not _has_subject(child)
        if below and _told_several(child, depth - 1):
            return True
    return False


def _cut(token: Token) -> bool:
    """ "was stabbed", "a stab wound": a cutting attack, whose wounds are
    seldom told one by one (``cutting`` of rules/wounds.yaml)."""
    words = wound_rules().cutting
    if lemma_of(token) in words:
        return True
    return any(c.dep_ in ("compound", "amod") and lemma_of(c) in words for c in token.children)


def _times(word: Token) -> bool:
    """ "multiple times", "three times": a figure of times other than one."""
    if word.lower_ != "times":
        return False
    rules = wound_rules()
    told = [c for c in word.children if c.dep_ in ("amod", "nummod")]
    return any(
        c.lower_ in rules.several or (c.dep_ == "nummod" and c.lower_ not in rules.single) for c in told
    )


def _sites_below(token: Token, depth: int) -> tuple[list[str], bool]:
    """The sites a site preposition under ``token`` gives, through the nouns
    of a wound ("a single gunshot wound to the chest"), and whether a wound
    noun is told as one."""
    rules = wound_rules()
    sites: list[str] = []
    single = False
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in rules.site_preps:
            sites += [s for s in _sites_of_prep(child) if s not in sites]
        elif depth > 0 and child.dep_ in ("dobj", "pobj", "prep", "attr") and not _has_subject(child):
            wound_noun = child.dep_ != "prep" and lemma_of(child) in rules.wound_nouns
            if child.dep_ == "prep" or wound_noun:
                found, once = _sites_below(child, depth - 1)
                sites += [s for s in found if s not in sites]
                single = single or once or (wound_noun and bool(found) and _one(child))
    return sites, single


def _one(noun: Token) -> bool:
    """ "a single gunshot wound", "one gunshot wound"."""
    words = wound_rules().single
    told = [c for c in noun.children if c.dep_ in ("amod", "nummod")]
    return noun.tag_ != "NNS" and any(c.lower_ in words for c in told)


def _sites_of_prep(prep: Token) -> list[str]:
    """ "in the abdomen, arm and hip" -> abdomen, arm, hip; "behind her left
    ear" -> left ear; "the right side of his chest" -> right chest."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    sites: list[str] = []
    for obj in objects:
        for part in (obj, *_conjuncts(obj)):
            site = _site(part)
            if site is not None and site not in sites:
                sites.append(site)
    return sites


def _conjuncts(token: Token) -> list[Token]:
    found = []
    for child in token.children:
        if child.dep_ == "conj":
            found += [child, *_conjuncts(child)]
    return found


#: the words besides a side that may stand before a part ("his lower back", "the upper chest")
_PART_WORDS = ("upper", "lower", "mid", "middle", "his", "her", "their", "the", "a", "both")


def _body_words(part: Token) -> bool:
    """Whether a part's noun is a body's ("his lower back"), not a place's
    ("the South Side", "the north side", "the Back Bay")."""
    if part.pos_ != "NOUN":
        return False
    sides = wound_rules().sides
    before = [c for c in part.children if c.i < part.i]
    return all(c.lower_ in sides or c.lower_ in _PART_WORDS for c in before)


def _site(part: Token) -> str | None:
    """The site a noun names ("left ear"), through "the back of his head"."""
    rules = wound_rules()
    lemma = lemma_of(part)
    side = next((c.lower_ for c in part.children if c.dep_ == "amod" and c.lower_ in rules.sides), None)
    of = next((c for c in part.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        inner = next((c for c in of.children if c.dep_ == "pobj"), None)
        if inner is None or lemma_of(inner) not in rules.parts or lemma not in rules.part_of:
            return None  # "in the back of a car", "in the heart of downtown", "in the arms of his mother"
        inner_site = _site(inner)
        if inner_site is not None and side is not None and lemma == "side":
            return f"{side} {inner_site.split()[-1]}"  # "the right side of his chest"
        return inner_site
    if lemma not in rules.parts or not _body_words(part):
        return None
    return lemma if side is None else f"{side} {lemma}"
