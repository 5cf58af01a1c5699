"""Who fired the shot that hit one person: the person themself, or another.

Reports of a child's or a hunter's shooting tell who fired by the grammar of
the clause that hurt the person: a reflexive object ("the boy shot himself",
"she took her own life", "turned the gun on himself", a headline's "Girl, 4,
shoots self"), told also in a relative clause on the noun the report counts
by another verb ("the 14-year-old who accidentally shot himself has died"),
a wound said to be
"self-inflicted" ("died of a self-inflicted gunshot wound"), or another
person as the one who fired ("was shot by his friend", "a 12-year-old boy
accidentally shot his brother", "was shot and killed by his cousin").  Two
reports of one person that tell it each way cannot both be true, so the
count of that person carries the reading (``CountDetails.shooter``) for the
comparer to set against another report's.

Only what a report states as fact is read: a clause under a verb of doubt
or of a claim later dropped ("have not revealed who shot the teen, or if
the teen shot himself", "initially claiming the child shot himself",
"ruled out reports that he shot himself"), a modal ("may have shot
himself"), a negation or an "if"/"whether" tells no shooter.  A clause
told but hedged ("police believe the boy shot himself", "died of an
apparently self-inflicted gunshot wound", "an apparent suicide") is read,
with its hedge (:class:`Shooter`), which the comparer makes at most a
possible conflict.  The
attacker's own suicide is no victim's count (the caller reads victims only:
a gunman who shot himself after shooting others is counted as an attacker).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from reportcheck.details import SHOOTER_ANOTHER, SHOOTER_SELF
from reportcheck.extract.core.base import lemma_of
from reportcheck.extract.core.sexes import word_sex
from reportcheck.extract.counts.quantity import Quantity, people_group
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.names import people_lexicon

#: how far before a word its "self-" prefix is looked for, in characters
_PREFIX_WINDOW = 16


@dataclass(frozen=True)
class Shooter:
    """Who fired (``SHOOTER_SELF`` or ``SHOOTER_ANOTHER``) and the word that
    hedges the reading ("believe", "apparently"), None where it is told as fact."""

    who: str
    hedge: str | None = None


def shooter_reading(quantity: Quantity) -> Shooter | None:
    """Who fired the shot that hit a count of one person, with the word that
    hedges it: a clause told as fact or hedged ("police believe he shot
    himself") is read; one left open or denied is not."""
    told, shot = _shooter_and_shot(quantity)
    if told is None:
        return None
    arg = quantity.arg
    if told == SHOOTER_ANOTHER and shot is None:
        shot = _shot_beside(arg, arg.head)  # told by the count's own verb; the verb beside may hedge it
    return Shooter(told, _hedge(arg.head, arg) or (_hedge(shot, arg) if shot is not None else None))


def _shooter_and_shot(quantity: Quantity) -> tuple[str | None, Token | None]:
    """``SHOOTER_SELF``, ``SHOOTER_ANOTHER`` or None for a count of one
    person, with the verb of shooting beside the count's own verb
    (:func:`_shot_beside`) where that verb told who fired, so the caller does not
    look for it again."""
    if quantity.low != 1 or quantity.high != 1:
        return None, None
    arg = quantity.arg
    verb = arg.head
    if arg.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX"):
        told = SHOOTER_SELF if _fired_at_self(verb) and _same_sex_as_reflexive(arg, verb) else None
    elif arg.dep_ == "nsubjpass" and _shot_by_someone(verb):
        told = SHOOTER_ANOTHER
    elif arg.dep_ == "nsubjpass":  # "was found dead of a self-inflicted wound"
        told = SHOOTER_SELF if _self_inflicted_wound(verb) else None
    elif arg.dep_ == "dobj" and lemma_of(verb) in lexicon().shooter_verbs:
        told = SHOOTER_ANOTHER if _fired_by_subject(verb) else None
    else:
        told = None
    shot = None
    if told is None and (shot := _shot_beside(arg, verb)) is not None:
        told, verb = SHOOTER_ANOTHER, shot  # "a 19-year-old killed by a police officer"
    elif told is None and (shot := _shot_self_in_clause(arg)) is not None:
        told, verb = SHOOTER_SELF, shot  # "the boy who shot himself", "Toddler who fatally shot self"
    return (told, shot) if told is not None and not doubted(verb, hearsay=True) else (None, None)


def _shot_beside(arg: Token, verb: Token) -> Token | None:
    """The passive verb of shooting, with a person as its agent, that tells
    beside the count's own verb who shot the one counted: a participle on the
    person's noun ("a 19-year-old killed by a Chicago police officer", "a
    boy shot by his cousin") or a clause of the person's own verb with no
    subject of its own ("was pronounced dead after being shot by officers",
    "died after being shot by his brother")."""
    beside = [c for c in arg.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if arg.dep_ in ("nsubj", "nsubjpass"):
        clauses = [c for c in verb.children if c.dep_ == "advcl"]  # "after being shot" as a clause
        clauses += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
        beside += [c for c in clauses if _passive(c) and not _own_subject(c)]
    return next((c for c in beside if _shot_by_someone(c)), None)


def _shot_self_in_clause(arg: Token) -> Token | None:
    """The verb of a relative clause on the person's noun that tells the
    person fired at themself ("a 4-year-old who accidentally shot himself
    dies", "the boy who shot himself was 4", "Mariah, who shot herself"):
    the same reading as "the boy shot himself", told of the noun the report
    counts by another verb.  A clause of a person who shot another first ("a
    man who shot his wife and then himself") is the attacker's, no victim's."""
    for clause in arg.children:
        if clause.dep_ != "relcl" or not any(
            c.dep_ == "nsubj" and c.lower_ in people_lexicon().relative_pronouns for c in clause.children
        ):
            continue
        if _fired_at_self(clause) and _same_sex_as_reflexive(arg, clause):
            return clause
    return None


def _fired_at_self(verb: Token) -> bool:
    """ "shot himself", "took her own life", "turned the gun on himself",
    "died of a self-inflicted gunshot wound", "suffered a self-inflicted
    wound": the subject fired the shot that hit them."""
    joined = verb.dep_ != "relcl"  # "the car his aunt was driving and shot himself": a misparse's conjunct
    verbs = [verb, *(c for c in verb.children if joined and c.dep_ == "conj" and not _own_subject(c))]
    if any(_shoots_another(v) for v in verbs):
        return False  # "a man fatally shot a woman then killed himself": the attacker, no victim
    return any(_reflexive_harm(v) or _self_inflicted_wound(v) or _death_by_suicide(v) for v in verbs)


def _death_by_suicide(verb: Token) -> bool:
    """ "died by suicide", "died of suicide": a death whose preposition's
    object is a suicide noun, under no word that leaves it open ("an
    apparent suicide", "a murder-suicide")."""
    lex = lexicon()
    if lemma_of(verb) != "die":
        return False
    for prep in verb.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in lex.suicide_death_preps:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and lemma_of(noun) in lex.suicide_nouns:
                before = {t.lower_ for t in noun.doc[prep.i + 1 : noun.i]}
                return not before & lex.suicide_hedges  # "a murder-suicide"; "an apparent suicide" is hedged
    return False


def _shoots_another(verb: Token) -> bool:
    """A verb of shooting whose object is someone else ("shot his wife")."""
    return lemma_of(verb) in lexicon().shooter_verbs and any(
        c.dep_ == "dobj" and c.lower_ not in lexicon().shooter_reflexives for c in verb.children
    )


def _same_sex_as_reflexive(subject: Token, verb: Token) -> bool:
    """Whether the subject may be the one a reflexive stands for: "his aunt
    ... shot himself" is a misparse (the boy shot himself, not the aunt)."""
    own = word_sex(subject)
    if own is None:
        return True
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    reflexives = [c for v in verbs for c in v.subtree if c.lower_ in lexicon().shooter_reflexives]
    return all(lexicon().shooter_reflexives.get(r.lower_) in ("any", own) for r in reflexives)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _reflexive_harm(verb: Token) -> bool:
    """A verb of shooting or killing whose object is the subject themself, or
    "took his own life", "turned the gun on herself"."""
    lemma = lemma_of(verb)
    if lemma in lexicon().shooter_verbs and any(
        c.dep_ == "dobj" and c.lower_ in lexicon().shooter_reflexives for c in verb.children
    ):
        return True
    if lemma == "take":
        return any(
            c.dep_ == "dobj" and lemma_of(c) == "life" and any(m.lower_ == "own" for m in c.children)
            for c in verb.children
        )
    if lemma == "turn":
        reflexives = lexicon().shooter_reflexives
        return any(
            p.dep_ == "prep" and p.lower_ == "on" and any(o.lower_ in reflexives for o in p.children)
            for p in verb.children
        )
    return False


def _self_inflicted_wound(verb: Token) -> bool:
    """ "died of a self-inflicted gunshot wound", "suffered a self-inflicted
    wound", "died by his own hand": the words of the verb's own object or
    preposition (not of a clause of its own) say the one hurt fired."""
    for child in verb.children:
        if child.dep_ not in ("dobj", "prep", "npadvmod", "oprd", "acomp"):
            continue
        for token in child.subtree:
            if _is_self_inflicted(token):
                return True
            if token.lower_ == "hand" and any(m.lower_ == "own" for m in token.children):
                return True  # "by his own hand"
    return False


def _is_self_inflicted(token: Token) -> bool:
    """Whether a word and the "self-" before it are one of the rule's words
    (the parser splits "self-inflicted" into three tokens)."""
    text = token.doc.text
    before = text[max(token.idx - _PREFIX_WINDOW, 0) : token.idx + len(token.text)].lower()
    return any(before.endswith(word) for word in lexicon().self_inflicted)


def _shot_by_someone(verb: Token) -> bool:
    """ "was shot by his friend", "was shot and killed by his cousin", "was
    killed by a deputy": a passive verb of shooting whose agent is a person."""
    if lemma_of(verb) not in lexicon().shooter_verbs:
        return False
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and lemma_of(c) in lexicon().shooter_verbs)]
    for each in verbs:
        for agent in each.children:
            if agent.dep_ != "agent":
                continue
            for person in agent.children:
                if person.dep_ == "pobj" and _a_person(person):
                    return True
    return False


def _fired_by_subject(verb: Token) -> bool:
    """ "a 12-year-old boy accidentally shot his brother", "Smith shot her":
    an active verb of shooting whose subject is a person (a name, a pronoun
    or a noun of people) other than the one hit."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while subject is None and verb.dep_ == "conj":
        verb = verb.head  # "went inside and shot his brother"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ not in lexicon().shooter_reflexives and _a_person(subject)


def _a_person(token: Token) -> bool:
    """A pronoun of a person, a name or a noun of people; never a bullet or the gunfire."""
    if token.lower_ in lexicon().no_shooter_agents:
        return False
    if token.pos_ == "PRON":
        return token.lower_ in ("he", "she", "who", "they", "him", "her", "someone", "somebody")
    if token.pos_ == "PROPN" or token.ent_type_ == "PERSON":
        return True
    return people_group(token) is not None


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def doubted(verb: Token, *, hearsay: bool = False) -> bool:
    """Whether the clause is a possibility, a question, a denial or a claim
    the report puts in doubt: a modal, a negation, "if"/"whether", or a verb
    of doubt above it ("investigators have not revealed if ...", "initially
    claiming ...", "ruled out reports that ...").  With ``hearsay``, a
    passive verb of hearsay above it too ("officers were told the teen shot
    himself": what someone claimed).  Shared by the readings of who fired
    (here and :mod:`reportcheck.extract.people.holders`)."""
    lex = lexicon()
    for index, token in enumerate([verb, *verb.ancestors]):
        if index > 0 and (lemma_of(token) in lex.shooter_doubt or token.lower_ in lex.shooter_doubt):
            return True
        if hearsay and index > 0 and lemma_of(token) in lex.shooter_hearsay and _passive(token):
            return True
        for child in token.children:
            if child.dep_ == "neg" or child.lower_ in ("if", "whether"):
                return True
            if child.dep_ == "aux" and child.lower_ in lex.shooter_modals:
                return True
            if child.dep_ == "advmod" and child.lower_ in lex.shooter_doubt:
                return True
    return False


#: the parts of speech of a hedge above the clause: a verb of belief or
#: seeming ("police believe ..."), never a noun ("the suspect who shot himself")
_HEDGE_HEADS = frozenset({"VERB", "AUX", "ADJ"})


def _hedge(verb: Token, person: Token) -> str | None:
    """The word that hedges a reading told of ``person`` by ``verb``: a verb
    of belief or seeming above it ("police believe the boy shot himself",
    "appeared to have shot himself"), an adverb on it or on a verb joined to
    it ("apparently shot himself"), or a word inside the phrases of its
    object or preposition ("an apparently self-inflicted gunshot wound",
    "an apparent suicide"); None for a reading told as fact."""
    hedges = lexicon().shooter_hedges
    for token in verb.ancestors:
        if token.pos_ in _HEDGE_HEADS and (lemma_of(token) in hedges or token.lower_ in hedges):
            return token.text
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    for each in verbs:
        for child in each.children:
            if child.dep_ == "advmod" and child.lower_ in hedges:
                return child.text
            if child.dep_ in ("dobj", "prep", "agent", "npadvmod", "oprd", "acomp") and _tells_self(child):
                found = next((t for t in child.subtree if t.lower_ in hedges), None)
                if found is not None:
                    return found.text
    return next((t.text for t in person.children if t.dep_ == "advmod" and t.lower_ in hedges), None)


def _tells_self(phrase: Token) -> bool:
    """Whether an object's or a preposition's phrase holds the words that
    tell the one hurt fired ("a self-inflicted wound", "suicide"): only a
    hedge there hedges who fired ("by a suspected gang member" does not)."""
    return any(_is_self_inflicted(t) or lemma_of(t) in lexicon().suicide_nouns for t in phrase.subtree)
