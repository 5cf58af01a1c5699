"""Who called the police and who found the victim, with the role they are told by.

Reports of one shooting often name who raised the alarm or came upon the
body ("the call came from the brother of the man", "a neighbor found the
child"), and two reports may name two people for it (the brother here, the
girlfriend of the brother there).  This reader finds the caller of a call
to the police or an emergency line (a verb of calling whose object is
911, police, deputies...: "called 911", "phoned deputies", "called for
help"; a call "from" someone: "a call from the brother of the man", "the
call came from the victim's sister"; the person a "who called"
clause hangs on: "the girlfriend ... is the person who called officers")
and the finder of a victim or a body ("found the bodies", "discovered her
son", "came upon the body", "was found by a passer-by").  Each becomes a
person claim, subject ``caller:called`` or ``caller:found``, with the role
its words give the person (``caller`` of its details: "brother",
"neighbor") and name ("Tom Reed"), whether it is several people, and
whether the report tells the call as the one that got help sent (the
finder as the one who found).  One person may do both ("found him and
called 911"): a claim for each act.  A pronoun is read as the person it
stands for, named in its sentence or the one before ("Ann Ruiz told
deputies she found him": :mod:`reportcheck.extract.core.pronouns`), and
the police or rescuers who find a victim on a call answered ("officers
found the man suffering from a gunshot wound") as finders of the role
"police" or "rescuer", which the comparer sets against each other only.  A
role the rules do not list, "someone", and the police as callers are not
read: they say nothing another report could contradict.  "Called for
backup" and "called the shooting senseless" have no caller of this kind.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from reportcheck.details import PersonDetails
from reportcheck.extract.core.base import (
    RawClaim,
    add_claim_by_subject,
    clause_words,
    lemma_of,
    register_extractor,
)
from reportcheck.extract.core.pronouns import PRONOUNS, antecedent
from reportcheck.extract.people.found import found_harmed
from reportcheck.knowledge.callers import (
    CALLED,
    FOUND,
    SUBJECT_PREFIX,
    caller_role,
    caller_rules,
    caller_words,
    finding_verbs,
)
from reportcheck.knowledge.casualties import lexicon
from reportcheck.models import ClaimKind, Value

#: subjects and labels of the two acts
SUBJECTS = {CALLED: f"{SUBJECT_PREFIX}{CALLED}", FOUND: f"{SUBJECT_PREFIX}{FOUND}"}
LABELS = {CALLED: "who called the police", FOUND: "who found the victim"}
#: the dependencies of a calling verb's object ("called 911"; ``oprd``: the
#: parser's label of "called police" at times)
_CALL_OBJECT_DEPS = frozenset({"dobj", "obj", "npadvmod", "dative", "attr", "nummod", "oprd"})
#: the dependencies of the words of a noun phrase before its noun ("the boy's mother")
_PHRASE_DEPS = frozenset({"det", "poss", "amod", "compound", "nummod", "nmod", "quantmod", "case"})
#: the dependencies a verb hands its subject down by ("walked to a relative's
#: home and called authorities")
_SHARED_SUBJECT_DEPS = frozenset({"conj", "xcomp", "advcl"})
#: the dependencies by which a clause hangs on the noun it tells of ("the first to call")
_NOUN_CLAUSE_DEPS = frozenset({"relcl", "acl", "xcomp"})


@dataclass(frozen=True)
class Teller:
    """Who did it, as the words tell: the phrase, its role or name, and whether several."""

    span: Span
    role: str | None
    name: str | None
    several: bool


def _is_call_object(token: Token) -> bool:
    """Whether a verb's object is the police or an emergency line ("911",
    "deputies", "the sheriff's office")."""
    objects = caller_words("call_objects")
    # "called 911 himself": the parser hangs "911" on the reflexive at times
    inside = ("compound", "nummod") if token.lower_ in lexicon().reflexives else ("compound",)
    words = {lemma_of(token), token.lower_} | {lemma_of(c) for c in token.children if c.dep_ in inside}
    return bool(words & objects)


def _call_to_police(noun: Token) -> bool:
    """Whether a call noun is a call to the police: "a 911 call", "the
    department received a call", "responded to a call" (not "a frantic call
    from their daughter" to her parents)."""
    if any(_is_call_object(c) for c in noun.children if c.dep_ in ("compound", "amod", "nummod", "nmod")):
        return True
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and _is_call_object(subject):
        return True
    police = subject is not None and lemma_of(subject) in caller_words("responders")
    return police and lemma_of(verb) in caller_words("answering_verbs")


def _hypothetical(verb: Token) -> bool:
    """Whether a call is only a possibility or an appeal ("neighbors should call 911")."""
    words = caller_words("hypothetical")
    return any(lemma_of(c) in words for c in verb.children if c.dep_ == "aux") or lemma_of(verb.head) in words


def _called(verb: Token) -> bool:
    """Whether ``verb`` tells a call to the police: a calling verb whose
    object (or the object of its "to"/"for") is 911, police...  The parser
    labels the object of "called police" ``oprd`` at times; "called for
    help" is a call for help, "called for backup" none."""
    if verb.pos_ != "VERB" or lemma_of(verb) not in caller_words("call_verbs"):
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or _hypothetical(verb):
        return False  # "police were called": who called is not said here
    naming = any(c.dep_ in ("dobj", "obj") for c in verb.children)  # "called him Officer Joe"
    for child in verb.children:
        if child.dep_ == "oprd" and naming:
            continue
        if child.dep_ in _CALL_OBJECT_DEPS and _is_call_object(child):
            return True
        to_police = any(_is_call_object(p) for p in child.children if p.dep_ == "pobj")
        if child.dep_ == "prep" and child.lower_ in ("to", "for") and to_police:
            return True
    return False


def _found(verb: Token) -> tuple[Token | None, Token | None]:
    """Who ``verb`` tells was found, where it tells the finding of a victim
    (None where it does not), and the agent's phrase of a passive ("was
    found by a neighbor")."""
    lemma = lemma_of(verb)
    if verb.pos_ != "VERB":
        return None, None
    if lemma in finding_verbs():
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if passive is not None:
            agent = _agent(verb)
            pobj = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent is not None else None
            # "the bodies were found by", "Hill was found in an alley by a passerby"
            victim = _is_found_object(passive) or passive.ent_type_ == "PERSON"
            return (passive if pobj is not None and victim else None), pobj
        target = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        if target is None:  # "found the boy bleeding": the parser's clause
            clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
            target = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause else None
        return (target if target is not None and _is_found_object(target) else None), None
    particles = caller_rules().find_phrasal.get(lemma)
    if particles:
        for prep in verb.children:
            if prep.dep_ in ("prep", "prt") and prep.lower_ in particles:
                target = next((p for p in prep.children if p.dep_ == "pobj"), None)
                if target is not None and _is_found_object(target):
                    return target, None
    return None, None


def _agent(verb: Token) -> Token | None:
    """The "by" of a passive finding: the verb's own agent ("was found by a
    passer-by"), or the "by" the parser hangs on the state the victim was
    found in ("was found shot to death Friday by her neighbor") where words
    stand between that state and its "by"; "was found shot by her husband"
    may tell who shot her."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        return agent
    for state in (c for c in verb.children if c.dep_ in ("xcomp", "oprd", "acomp")):
        by = next((c for c in state.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"), None)
        if by is not None and by.i > state.i + 1:
            return by
    return None


def _is_found_object(token: Token) -> bool:
    """Whether what was found is a victim, a body or a person ("the bodies", "her son", "him")."""
    objects = caller_words("found_objects")
    return lemma_of(token) in objects or token.lower_ in objects


def _word(head: Token) -> str:
    """The head's word, with what a hyphen joins to it ("passer-by", which
    the parser may split into "passer" and a particle)."""
    doc = head.doc
    if head.i + 2 < len(doc) and doc[head.i + 1].text == "-" and not doc[head.i + 1].whitespace_:
        return doc[head.i : head.i + 3].text.lower()
    return head.lower_


def _subject(verb: Token) -> Token | None:
    """Who does what ``verb`` tells: its subject, the noun a "who" clause
    hangs on ("a neighbor, who called 911"; "the girlfriend ... is the person
    who called": the subject of that "is"), or the subject of the verb it is
    joined to ("walked to a relative's home and called authorities") or of
    the verb whose "after"/"before" it follows ("called 911 after finding him")."""
    node = verb
    for _ in range(4):
        if node.dep_ == "conj" and _small_clause(node.head):
            node = node.head.head  # "found his wife shot and called police": the finder called
            continue
        subject = _nearest_subject(node)
        if subject is not None:
            if subject.tag_ in ("WP", "WDT") and node.dep_ == "relcl":
                return _placeholder_subject(node.head)
            return subject
        if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN"):
            # "A neighbor, Tom Reed, called 911": the parser hangs the call on the noun at times
            return node.head
        if node.dep_ == "pcomp" and node.head.dep_ == "prep":
            node = node.head.head  # "called 911 after finding him": the caller found him
            continue
        if node.dep_ not in _SHARED_SUBJECT_DEPS or node.head is node:
            return None
        node = node.head
    return None


def _nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two, the one nearest before it: the parser
    makes a dateline a second subject at times ("KNOXVILLE, Tenn. (AP) —
    John Ames shot his roommate and then called 911")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    before = [c for c in subjects if c.i < verb.i]
    return before[-1] if before else next(iter(subjects), None)


def _small_clause(verb: Token) -> bool:
    """Whether ``verb`` heads the small clause of a verb of finding or
    seeing ("found his wife shot", "saw his brother fall"): the parser makes
    the one found its subject, but it is that verb's object, and a verb
    joined to the small clause by "and" ("found his wife shot and called
    police") is the finder's act, not the one found's.  A clause of its own
    ("said the man shot his wife and called 911", "found that she had been
    shot") has a "that", a helping verb or a verb of saying over it."""
    if verb.dep_ not in ("ccomp", "xcomp") or verb.head is verb:
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return False
    return lemma_of(verb.head) in finding_verbs() | caller_words("seeing_verbs")


def _placeholder_subject(noun: Token) -> Token:
    """ "the person" of "X is the person who called" stands for X."""
    if lemma_of(noun) in caller_words("placeholders") and noun.dep_ == "attr":
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return noun


def _teller(head: Token, found: Token | None = None) -> Teller | None:
    """The role and name of the phrase headed by ``head``, or None where it
    says nothing another report could contradict ("someone", a noun the
    rules do not list and no name).  A role and a name told together ("a
    neighbor, Tom Reed,", "her neighbor Tom Reed") are both kept: another
    report may give either.  A pronoun is told by the person it stands for
    (:func:`reportcheck.extract.core.pronouns.antecedent`), its own word
    the evidence.  The police or rescuers are read as the finders of
    ``found`` (the one found, None for a caller) where it is a victim told
    as found harmed or a body ("officers found the man suffering from a
    gunshot wound"), never as callers: "officers called for backup"."""
    if head.lower_ in PRONOUNS:
        person = antecedent(head)
        told = _teller(person, found) if person is not None else None
        return replace(told, span=head.doc[head.i : head.i + 1]) if told is not None else None
    doc = head.doc
    # the phrase up to its head ("the girlfriend" of "the girlfriend of the father's brother")
    end = head.i + 3 if _word(head) != head.lower_ else head.i + 1
    span = doc[_phrase_start(head) : end]
    several = any(c.dep_ == "conj" for c in head.children) or head.tag_ in ("NNS", "NNPS")
    lemma = lemma_of(head)
    responders = caller_words("responders")
    if lemma in responders or any(lemma_of(c) in responders for c in head.children if c.dep_ == "compound"):
        return _responder(head, span, found)
    if head.pos_ == "PRON" or lemma in caller_words("vague"):
        return None
    if _is_name(head):
        roles = [c for c in head.children if c.dep_ in ("compound", "appos") and not _is_name(c)]
        role = next((r for r in map(_role, roles) if r is not None), None)
        return Teller(span, role, _name(head), several)
    role = _role(head)
    name = next((_name(c) for c in head.children if c.dep_ == "appos" and _is_name(c)), None)
    if role is None:
        return None
    return Teller(span, role, name, several)


def _responder(head: Token, span: Span, found: Token | None) -> Teller | None:
    """The police or rescuers as the finders of a victim told as found
    harmed or a body (``police_found`` of the rules), by their role
    ("police", "rescuer"), one body of people whatever their number; none
    for a call, nor for a person found who may be the suspect ("deputies
    found him hiding in a bathtub")."""
    if found is None or not (lemma_of(found) in caller_words("police_found") or found_harmed(found)):
        return None
    role = _role(head) or next((r for r in map(_role, head.lefts) if r is not None), None)
    return Teller(span, role, None, False) if role is not None else None


def _phrase_start(head: Token) -> int:
    """Where the noun phrase of ``head`` starts: its determiner, possessor
    and modifiers, not a dateline the parser hangs on it ("La. — A security
    guard")."""
    starts = [c.left_edge.i for c in head.lefts if c.dep_ in _PHRASE_DEPS]
    return min(starts, default=head.i)


def _is_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ == "PERSON"


def _name(head: Token) -> str:
    """A person's name as its words give it ("Tom Reed")."""
    tokens = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [head]
    return " ".join(t.text for t in tokens)


def _role(head: Token) -> str | None:
    """The role a noun names, with the words compounded to it ("passer-by",
    "family member", "security guard")."""
    role = caller_role(_word(head)) or caller_role(lemma_of(head)) or caller_role(head.lower_)
    compounds = [c for c in head.lefts if c.dep_ == "compound"]
    if compounds:
        role = caller_role(head.doc[compounds[0].i : head.i + 1].text.lower()) or role
    return role


def _own_clause(head: Token) -> list[Token]:
    """The words of the clause ``head`` heads, without the clauses inside it
    ("after police first called the death suspicious", "who came from next
    door": :func:`clause_words`), and the noun a clause hangs on ("the
    first to call")."""
    words = clause_words(head)
    if head.dep_ in _NOUN_CLAUSE_DEPS and head.head is not head:
        words += [head.head] + [c for c in head.head.lefts if c.dep_ in ("det", "amod")]
    return sorted(words, key=lambda t: t.i)


def _told_as_the_one(head: Token, phrases: str, cleft: bool) -> bool:
    """Whether the clause of this call or finding tells it as THE one ("the
    call came from", "first called", "the person who called"): the phrases
    (the rules' ``the_call`` or ``found_by``) are matched in the words of
    this clause only, so that another call or coming in the sentence ("after
    police first called the death suspicious", "a neighbor who came from
    next door") makes no call the call."""
    text = " " + " ".join(t.lower_ for t in _own_clause(head)) + " "
    return cleft or any(f" {phrase} " in text for phrase in caller_words(phrases))


def _cleft(verb: Token) -> bool:
    """ "the person who called", "the one who found": the clause hangs on a noun that names no one."""
    return verb.dep_ == "relcl" and lemma_of(verb.head) in caller_words("placeholders")


def _call_sources(noun: Token) -> Iterator[Token]:
    """Who a call noun came from: "a call from the brother of the man", and
    "the call came from the victim's sister" (the "from" of the verb the
    call is the subject of)."""
    preps = list(noun.children)
    if noun.dep_ == "nsubj":
        preps += list(noun.head.children)
    for prep in preps:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            yield from (p for p in prep.children if p.dep_ == "pobj")


def _the_call_subject(noun: Token) -> bool:
    """ "The call came from ...": the call told with "the" as what came from
    someone, which reports of a shooting say of the call to police."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    return noun.dep_ == "nsubj" and definite and lemma_of(noun.head) == "come"


def _tellings(doc: Doc) -> Iterator[tuple[str, Teller, bool]]:
    """(act, who, the one) for each call to the police and each finding of a victim."""
    call_nouns = caller_words("call_nouns")
    for token in doc:
        if token.pos_ == "NOUN" and lemma_of(token) in call_nouns:
            if not (_call_to_police(token) or _the_call_subject(token)):
                continue
            for source in _call_sources(token):
                teller = _teller(source)
                if teller is not None:
                    yield CALLED, teller, True
        elif _called(token):
            subject = _subject(token)
            teller = _teller(subject) if subject is not None else None
            if teller is not None:
                yield CALLED, teller, _told_as_the_one(token, "the_call", _cleft(token))
        else:
            found, agent = _found(token)
            if found is None:
                continue
            subject = agent if agent is not None else _subject(token)
            teller = _teller(subject, found) if subject is not None else None
            if teller is not None:
                # "was found by his mother": the agent is told as the one who found
                the_one = agent is not None or _told_as_the_one(token, "found_by", _cleft(token))
                yield FOUND, teller, the_one


def extract_callers(doc: Doc) -> None:
    """Add a claim of who called the police or found the victim for each
    such telling.  A claim of another subject on the same words (the name's
    own person claim, the other act of one person who "found him and called
    911") does not hide it: each act is its own claim."""
    for act, teller, the_call in _tellings(doc):
        span = teller.span
        label = teller.name or teller.role or span.text
        details = PersonDetails(caller=teller.role, several=teller.several or None, the_call=the_call or None)
        claim = RawClaim(
            kind=ClaimKind.person,
            start=span.start_char,
            end=span.end_char,
            subject=SUBJECTS[act],
            subject_label=LABELS[act],
            value=Value(name=teller.name, label=label),
            details=details,
            notes=[f'"{span.text}": {label}, told before'] if span.text.lower() in PRONOUNS else [],
        )
        add_claim_by_subject(doc, claim)


register_extractor("reportcheck_callers", extract_callers)
