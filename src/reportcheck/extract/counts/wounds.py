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

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from reportcheck.extract.core.base import lemma_of
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.wounds import wound_rules

#: the edges by which a clause that shares the person's verb's subject hangs on it
_OWN_CLAUSES = ("xcomp", "advcl", "acl", "oprd", "conj")
#: the edges down which the words of a verb stay the person's ("suffered a
#: wound to the chest": the object, its preposition, the preposition's object)
_OWN_EDGES = ("dobj", "pobj", "prep", "attr")
#: how deep below a verb a wound noun is looked for ("suffering from a wound to ...")
DEPTH = 3


@dataclass(frozen=True)
class Wound:
    """The sites told of one person's wounds, whether told as one wound, and
    whether the words tell more wounds than the sites ("shot multiple times
    in the torso", "gunshot wounds to the chest", "including in the head"),
    so the sites may be some of the wounds only."""

    sites: tuple[str, ...]
    single: bool
    several: bool = False
    graze: bool = False


def wound_of(person: Token) -> Wound | None:
    """The wound told on the verb or the wound noun of ``person``, or None."""
    verbs = _person_verbs(person)
    sites: list[str] = []
    single = False
    several = False
    path = False
    own_words = [_own_words(verb, DEPTH) for verb in verbs]
    for verb, words in zip(verbs, own_words, strict=True):
        found, once = _sites_below(verb, DEPTH)
        sites += [s for s in found if s not in sites]
        single = single or once or _said_once(verb)
        several = several or _cut(verb) or _told_several(words)
        path = path or _told_path(verb, DEPTH)
    if not sites and not several:
        return None
    graze = any(_grazed(word) for words in own_words for word in words)
    for found, on_path in _later_sites(person):
        sites += [s for s in found if s not in sites]
        path = path or on_path
    single = single and not path
    return Wound(tuple(sites), single and len(sites) == 1 and not several, several, graze)


def _person_verbs(person: Token) -> list[Token]:
    """The verbs whose words tell this person's wound."""
    head = person.head
    verbs: list[Token] = [c for c in person.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    if _bears_on_head(person):
        verbs.append(head)
    elif person.dep_ == "dobj":
        verbs += [c for c in person.children if c.dep_ == "prep" and c.lower_ == "with"]
        verbs += [c for c in head.children if c.dep_ in ("xcomp", "advcl", "oprd", "prep") and c.i > person.i]
    more = [c for v in verbs for c in v.children if c.dep_ in _OWN_CLAUSES and not _another_clause(c)]
    return verbs + more


def _another_clause(clause: Token) -> bool:
    """Whether a clause hung on the person's verb tells another person's
    harm: it has a subject of its own ("Carter was shot in the leg and Cole
    was shot in the head", even where the parser hung "Cole" on "leg"), or
    it does harm to an object of its own ("shot his wife in the chest and
    then shot himself in the head": the head is not the wife's)."""
    if _has_subject(clause):
        return True
    if _harm_verb(clause) and any(c.dep_ == "dobj" for c in clause.children):
        return True
    return clause.dep_ == "conj" and _subject_after_and(clause)


def _subject_after_and(verb: Token) -> bool:
    """ "..., and Darius Cole, 30, was shot": a noun right after the
    coordinator before a conjoined verb is that verb's own subject, however
    the parser hung it ("and was taken to a hospital" has none)."""
    doc = verb.doc
    start = verb.head.i + 1
    coordinator = next((t for t in reversed(doc[start : verb.i]) if t.dep_ == "cc"), None)
    if coordinator is None or coordinator.i + 1 >= verb.i:
        return False
    after = doc[coordinator.i + 1]
    return after.pos_ in ("PROPN", "NOUN", "DET", "NUM") or (after.pos_ == "PRON" and after.dep_ != "dobj")


def _bears_on_head(person: Token) -> bool:
    """Whether the person's head verb tells their own wound: "she was shot",
    "shot him", "he suffered", "shot himself"; not "Ruiz shot Lee"."""
    head = person.head
    if person.dep_ == "nsubjpass" or (person.dep_ == "dobj" and _harm_verb(head)):
        return True
    bearer = lemma_of(head) in wound_rules().bearer_verbs
    return person.dep_ == "nsubj" and (bearer or _reflexive(head))


def _harm_verb(verb: Token) -> bool:
    return lemma_of(verb) in wound_rules().harm_verbs


def _reflexive(verb: Token) -> bool:
    """ "he shot himself in the head": the subject is the one hit."""
    return any(c.dep_ == "dobj" and c.lower_ in lexicon().reflexives for c in verb.children)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _said_once(verb: Token) -> bool:
    """ "was shot once in the chest"."""
    return any(c.lower_ == "once" and c.dep_ in ("advmod", "npadvmod") for c in verb.children)


def _own_words(verb: Token, depth: int) -> list[Token]:
    """The verb and the words under it that still tell of the person: down
    its objects and prepositions (``_OWN_EDGES``), never into a word with a
    subject of its own, ``depth`` edges deep.  Walked once per verb for the
    readers of several wounds and of a graze, which look at the same words."""
    words = [verb]
    if depth > 0:
        for child in verb.children:
            if child.dep_ in _OWN_EDGES and not _has_subject(child):
                words += _own_words(child, depth - 1)
    return words


def _told_several(words: list[Token]) -> bool:
    """Whether the words under a verb of the person (:func:`_own_words`)
    tell more than one wound: "shot multiple times", "shot three times",
    "shot twice", "shot repeatedly", "gunshot wounds", "including in the
    head", "a stab wound" (``several``, ``listing`` and ``cutting`` of
    rules/wounds.yaml).  The sites told beside such words may be some of
    the wounds only."""
    return any(_tells_several(child) for word in words for child in word.children)


def _tells_several(child: Token) -> bool:
    """Whether one word under a word of the person tells several wounds."""
    rules = wound_rules()
    if child.dep_ in ("advmod", "npadvmod") and (child.lower_ in rules.several or _times(child)):
        return True
    if child.dep_ == "prep" and child.lower_ in rules.listing:
        return True
    noun = child.dep_ in ("dobj", "pobj", "attr") and lemma_of(child) in rules.wound_nouns
    return noun and (child.tag_ == "NNS" or _cut(child))  # "gunshot wounds", "a stab wound"


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
        elif depth > 0 and child.dep_ in _OWN_EDGES and not _has_subject(child):
            wound_noun = child.dep_ != "prep" and lemma_of(child) in rules.wound_nouns
            if child.dep_ == "prep" or wound_noun:
                for noun in (child, *_joined_wounds(child, wound_noun)):
                    found, once = _sites_below(noun, depth - 1)
                    sites += [s for s in found if s not in sites]
                    single = single or once or (wound_noun and bool(found) and _one(noun))
    return sites, single


def _joined_wounds(noun: Token, wound_noun: bool) -> list[Token]:
    """ "an entry wound to his arm and an exit wound to his chest": the
    wound nouns joined to a wound noun tell the person's sites too."""
    if not wound_noun:
        return []
    nouns = wound_rules().wound_nouns
    return [c for c in _conjuncts(noun) if lemma_of(c) in nouns]


def _told_path(token: Token, depth: int) -> bool:
    """Whether the words under a verb of the person tell one bullet's path
    ("an entry wound ... and an exit wound", "through his arm and into his
    chest"; ``path_nouns`` of rules/wounds.yaml): its sites are one wound's."""
    rules = wound_rules()
    for child in token.children:
        if lemma_of(child) in rules.path_nouns and child.dep_ in ("compound", "amod"):
            return True
        joined = child.dep_ == "conj" and token.dep_ == "prep"
        if joined and {token.lower_, child.lower_} & set(rules.path_preps):
            return True  # "through his arm and into his chest"; not "in the arm and in the leg"
        if (
            depth > 0
            and child.dep_ in ("dobj", "pobj", "prep", "attr", "conj")
            and _told_path(child, depth - 1)
        ):
            return True
    return False


def _grazed(token: Token) -> bool:
    """ "was grazed in the head", "suffered a graze wound to the arm": one
    of the person's words (:func:`_own_words`) tells a graze."""
    words = wound_rules().graze
    if lemma_of(token) in words:
        return True
    return any(c.dep_ in ("compound", "amod") and lemma_of(c) in words for c in token.children)


def _one(noun: Token) -> bool:
    """ "a single gunshot wound", "one gunshot wound"."""
    words = wound_rules().single
    told = [c for c in noun.children if c.dep_ in ("amod", "nummod")]
    return noun.tag_ != "NNS" and any(c.lower_ in words for c in told)


def _sites_of_prep(prep: Token) -> list[str]:
    """ "in the abdomen, arm and hip" -> abdomen, arm, hip; "behind her left
    ear" -> left ear; "the right side of his chest" -> right chest."""
    preps = [prep, *(c for c in prep.children if c.dep_ == "conj" and c.lower_ in wound_rules().site_preps)]
    objects = [c for p in preps for c in p.children if c.dep_ == "pobj"]
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


def _later_sites(person: Token) -> list[tuple[list[str], bool]]:
    """The sites later sentences tell of the same person, and whether each
    is told as one bullet's path: "He also had a wound to his hand", "Cruz
    was also hit in the arm", "A bullet also grazed her head", "The bullet
    exited through his chest".  A report that tells two sites gives more
    than one wound (or one path), so its one site is not set against
    another report's by region.  Read up to a sentence that names or harms
    someone else, after which a pronoun may be theirs."""
    found: list[tuple[list[str], bool]] = []
    names = _name_words(person)
    for sentence in _sentences_after(person):
        for token in sentence:
            if _someone_else(token, names):
                return found
        for verb in sentence:
            told = _told_of(verb, names)
            if told is not None:
                found.append(told)
    return found


def _sentences_after(token: Token) -> Iterator[Span]:
    """The sentences after the token's own, walked on from its sentence's
    end rather than from the document's start, so reading every person's
    later sentences is not quadratic in the report's length."""
    doc = token.doc
    end = token.sent.end
    while end < len(doc):
        sentence = doc[end].sent
        yield sentence
        end = sentence.end


def _name_words(person: Token) -> set[str]:
    """The words of the person's name ("ed", "cruz"), none for "a man"."""
    if person.pos_ != "PROPN":
        return set()
    return {t.lower_ for t in person.subtree if t.pos_ == "PROPN" and t.i <= person.i}


def _someone_else(token: Token, names: set[str]) -> bool:
    """A person named, or a noun harmed, who is not the person: a later
    pronoun may be theirs ("Her boyfriend was shot in the arm. He ...")."""
    if token.ent_type_ == "PERSON" and token.lower_ not in names:
        return True
    subject = token.dep_ in ("nsubj", "nsubjpass") and token.pos_ in ("NOUN", "PROPN")
    rules = wound_rules()
    return (
        subject
        and _bears_on_head(token)
        and token.lower_ not in names
        and lemma_of(token) not in rules.missiles
    )


def _told_of(verb: Token, names: set[str]) -> tuple[list[str], bool] | None:
    """The sites a verb of a later sentence tells of the person, and whether
    they are a bullet's path; None where the verb tells none of theirs."""
    rules = wound_rules()
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if lemma_of(subject) in rules.missiles:
        path = lemma_of(verb) in rules.path_verbs
        if not path and not _harm_verb(verb):
            return None
        sites, _ = _sites_below(verb, DEPTH)
        sites += [s for c in verb.children if c.dep_ == "dobj" and (s := _site(c)) is not None]
        theirs = [c for c in verb.subtree if c.dep_ in ("poss", "dobj") and c.lower_ in rules.pronouns]
        return (sites, path) if sites and theirs else None
    own = subject.lower_ in rules.pronouns or subject.lower_ in names
    if not own or not _bears_on_head(subject):
        return None
    sites, _ = _sites_below(verb, DEPTH)
    return (sites, False) if sites else None
