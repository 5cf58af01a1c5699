"""The number of people rescued alive.

Disaster copy counts the living as well as the dead: "Rescue teams pulled
170 people alive from the river", "177 people had been rescued", "Eight
workers were rescued alive", "Firefighters rescued another five people
from the balcony".  Two reports give that figure and can disagree on it,
yet read as a count of whatever noun it has ("three climbers", "nine
persons") the figure never met the other report's.  A count of people with
no outcome is one of people rescued when it is the object or the passive
subject of a verb of rescue (``rescue_verbs`` in rules/counts.yaml) or a
participle of one on its noun ("two crew members rescued alive"), or of a
verb of pulling out told with "alive" (``rescue_alive_verbs``,
``rescue_alive_words``: "pulled eight people out alive"; "pulled more
bodies from the rubble" is none).  Its subject is ``RESCUED``; a count of
others besides those told ("another five people", "five other workers")
is an increment, never set against the total.  A rescue denied ("could
not be rescued"), only hoped for ("hope to rescue 20 miners") or of the
attackers is none.
"""

from __future__ import annotations

from spacy.tokens import Token

from reportcheck.extract.core.base import RawClaim, lemma_of
from reportcheck.extract.counts.quantity import Quantity, other_count_claim
from reportcheck.extract.counts.scope import INCREMENT
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.vocabulary import RESCUED
from reportcheck.models import ValueFrame

#: the parser's roles of the people a verb of rescue acts on
_RESCUED_ROLES = frozenset({"dobj", "nsubjpass"})
#: the parser's roles of "alive" on a verb of pulling or on its object (an adverbial
#: clause in "pulled 13 miners out alive")
_ALIVE_ROLES = frozenset({"oprd", "acomp", "advmod", "advcl", "xcomp", "amod", "ccomp", "dep", "conj"})


def _alive_on(token: Token) -> bool:
    """ "pulled 170 people alive", "pulled eight people out alive": the
    word of life hangs on the verb, on its particle or on the noun."""
    words = lexicon().rescue_alive_words
    holders = [token, *(c for c in token.children if c.dep_ == "prt")]
    return any(c.lower_ in words and c.dep_ in _ALIVE_ROLES for h in holders for c in h.children)


def _rescue_verb(verb: Token, arg: Token) -> bool:
    """The verb rescues the people it acts on: one of rescue, or one of
    pulling out with "alive" on it or on the people."""
    lex = lexicon()
    lemma = lemma_of(verb)
    if lemma in lex.rescue_verbs:
        return True
    return lemma in lex.rescue_alive_verbs and (_alive_on(verb) or _alive_on(arg))


def _done(verb: Token) -> bool:
    """The rescue happened: no negation, modal or "to" of a plan on the verb
    (``rescue_undone_words``)."""
    undone = lexicon().rescue_undone
    return not any(c.lower_ in undone and c.dep_ in ("neg", "aux", "auxpass") for c in verb.children)


def _rescued(arg: Token) -> bool:
    """ "rescued five people", "177 people had been rescued", "two crew
    members rescued alive": the count's noun is what a rescue acts on."""
    if arg.dep_ in _RESCUED_ROLES and arg.head.pos_ in ("VERB", "AUX") and _rescue_verb(arg.head, arg):
        return _done(arg.head)
    reported = lemma_of(arg.head) in lexicon().rescue_reporting
    if arg.dep_ in ("nsubj", "nsubjpass") and reported and _done(arg.head):
        # "Three climbers were said to have been rescued": the passive under "said"
        raised = [c for c in arg.head.children if c.dep_ == "xcomp"]
        if any(_rescue_verb(x, arg) and any(a.dep_ == "auxpass" for a in x.children) for x in raised):
            return True
    if _telegraphic(arg):
        return True
    participles = [c for c in arg.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return any(_rescue_verb(p, arg) and _done(p) for p in participles)


def _telegraphic(arg: Token) -> bool:
    """ "Seven dead, 29 rescued as boat capsizes", "Five killed, 12 saved":
    a headline's list drops "were", and the parser makes the figure the
    subject of a bare participle.  A participle with no auxiliary and no
    object of its own is that passive ("Two firefighters rescued a boy",
    with its object, is the rescuers' act)."""
    verb = arg.head
    if arg.dep_ != "nsubj" or verb.tag_ != "VBN" or not _rescue_verb(verb, arg):
        return False
    told = ("aux", "auxpass", "dobj", "neg")
    return not any(c.dep_ in told for c in verb.children)


def besides_others(quantity: Quantity) -> bool:
    """ "another five people", "five other bank workers": people rescued
    besides those already told ("more than 2,400 people" is a bound, not
    more people)."""
    noun = quantity.noun
    words = list(quantity.first.children)
    if noun is not None:
        words += [c for c in noun.children if c.dep_ in ("amod", "det", "advmod", "quantmod")]
    if quantity.first.i > 0:
        words.append(quantity.first.doc[quantity.first.i - 1])
    doc = quantity.first.doc
    bounds = {w.i for w in words if w.i + 1 < len(doc) and doc[w.i + 1].lower_ == "than"}
    return any(w.lower_ in lexicon().increment and w.i not in bounds for w in words)


def rescued_claim(quantity: Quantity) -> RawClaim | None:
    """A count of people rescued alive, or None; the caller has found no
    outcome for the quantity and a group of people for its noun."""
    if quantity.individual or quantity.high < 1:
        return None
    if quantity.first.lower_ in lexicon().one_person:
        return None  # "a woman was rescued": one person, told as a person
    if not _rescued(quantity.arg):
        return None
    frame = ValueFrame(scope=INCREMENT if besides_others(quantity) else None)
    return other_count_claim(
        quantity, quantity.noun or quantity.arg, subject=RESCUED, label=RESCUED, group=RESCUED, frame=frame
    )
