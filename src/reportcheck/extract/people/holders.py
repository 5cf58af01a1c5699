"""Who held the gun when it went off: "X was handling a handgun when it went off".

Reports of an accidental shooting often say who fired only this way
("Police say Cole was handling the gun when it went off and struck his
brother"; "As Dabill was handling his gun, it discharged, hitting
Schriefer"; "The gun Troy Abbot was holding discharged").  The one who held
the gun as it fired is the one who fired, so a report that tells another
person than its victim held it contradicts one that says the victim shot
himself (:mod:`reportcheck.compare.shooters` sets them against each other).

Only the holding tied to the gun's going off is read, by the parse's
dependency labels, not by the tie's word: a clause of the holding verb
(``advcl``, ``conj``, ``xcomp``, ``ccomp``: "when it went off", "and it
discharged") or the clause the verb is one of ("As X was handling his gun,
it discharged"), whose verb of going off has the gun, "it" or no subject.
A person "was holding a gun" when police fired at him fired nothing, and
the bare form is mostly that.  A holding told as a question or a possibility ("don't know if the
boy was holding the gun"), denied or under a verb of doubt tells nothing;
one told under a verb of belief is kept with that word as its hedge.  The
words are rules/who_fired.yaml's; the doubts and hedges are those of the
other readings of who fired (rules/counts.yaml ``shooter_doubt``,
``shooter_modals``, ``shooter_hedges``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from reportcheck.extract.core.base import lemma_of
from reportcheck.extract.counts.shooter import doubted
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.who_fired import is_gun, who_fired_rules


@dataclass(frozen=True)
class Held:
    """A person told as holding the gun when it fired, with the word that
    hedges it ("believe"), None where it is told as fact."""

    hedge: str | None = None


def held_gun(root: Token) -> Held | None:
    """Whether the person whose name ends at ``root`` held the gun when it
    went off, told as fact or hedged; None where the report does not say so."""
    if root.dep_ != "nsubj":
        return None
    verb = root.head
    if lemma_of(verb) not in who_fired_rules().holder_verbs or not _progressive(verb):
        return None
    gun = _gun_held(verb, root)
    if gun is None or not _gun_went_off(verb, gun) or doubted(verb):
        return None
    return Held(_hedge(verb))


def _progressive(verb: Token) -> bool:
    """ "was holding", "had been handling": the holding was going on, not "holds" a licence."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" for c in verb.children)


def _gun_held(verb: Token, subject: Token) -> Token | None:
    """The gun held: the verb's object ("was handling a handgun"), the noun a
    relative clause of the verb hangs on ("the gun X was holding"), or, where
    the parser folds that noun into the name ("The gun Troy Abbot was
    holding discharged"), a gun noun before the name in the subject's words."""
    found = next((c for c in verb.children if c.dep_ == "dobj" and is_gun(lemma_of(c))), None)
    if found is None and verb.dep_ == "relcl" and is_gun(lemma_of(verb.head)):
        found = verb.head
    if found is None and not any(c.dep_ == "dobj" for c in verb.children):
        found = next((c for c in subject.lefts if c.dep_ == "compound" and is_gun(lemma_of(c))), None)
    return found


def _gun_went_off(verb: Token, gun: Token) -> bool:
    """Whether the sentence ties the holding to the gun going off: a clause
    of the verb ("when it went off", "and it discharged", the misparse's
    "was holding discharged"), the clause the verb is one of ("As X was
    handling his gun, it discharged"), or the verb the held gun is subject of."""
    near = [c for c in verb.children if c.dep_ in ("advcl", "conj", "xcomp", "ccomp")]
    if verb.dep_ in ("advcl", "relcl") or gun is verb.head:
        near.append(verb.head)
    return any(_gun_fires(v, gun) for v in near)


def _gun_fires(verb: Token, gun: Token) -> bool:
    """A verb of the gun going off ("went off", "discharged", "fired") whose
    subject is the gun or "it" (or none): "when officers fired" is no gun of
    the holder's going off (``gun_pronouns``)."""
    rules = who_fired_rules()
    lemma = lemma_of(verb)
    if lemma not in rules.firing_verbs:
        return False
    particle = rules.firing_particles.get(lemma)
    if particle is not None and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb is gun.head and gun.dep_ in ("nsubj", "nsubjpass"):
        return True
    return all(s.lower_ in rules.gun_pronouns or is_gun(lemma_of(s)) for s in subjects)


def _hedge(verb: Token) -> str | None:
    """A verb of belief above the holding ("police believe X was holding the
    gun") or an adverb on it ("apparently"), else None."""
    hedges = lexicon().shooter_hedges
    for token in verb.ancestors:
        if token.pos_ in ("VERB", "AUX") and lemma_of(token) in hedges:
            return token.text
    return next((c.text for c in verb.children if c.dep_ == "advmod" and c.lower_ in hedges), None)
