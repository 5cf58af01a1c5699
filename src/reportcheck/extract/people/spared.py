"""Who a group or a named person is told as: whose kin, and whether spared.

A report gives the ages of several groups of children of one incident: the
victim's "two sons, ages 9 and 11, were not hurt" and, in another report,
"her nephews, Leo Soto, 10, and Ivan Soto, 14"; "his children, ages 3 and
5" and "a neighbor's children, Ava Lynn, 8, and Max Lynn, 10, saw the
shooting".  Count, age and sex agree, yet they are other people.  The words
that tell them apart are read here, for the comparer of age lists: the kin
noun and its possessor (``kin``, ``kin_of`` of the details), and whether the
people are told unharmed or only there to see (``spared``: a harm verb
negated, a state of no harm, a verb of seeing, "in front of").  And whether
a named person is told as one of a group the report tells of
(``named_in_group``: "The bodies of Robyn Mendes, 48, ...", "the victims have
been identified as ...", "named the women as ..."), which a speaker, an
owner or one held in jail is not: the comparer sets only those of no role
against another report's list of the dead.
"""

from __future__ import annotations

from spacy.tokens import Token

from reportcheck.extract.core.base import lemma_of
from reportcheck.extract.core.pronouns import phrase_head
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.names import people_lexicon

#: the dependencies of a noun that is the one its verb tells of
_SUBJECTS = ("nsubj", "nsubjpass")


def possessor(noun: Token) -> str | None:
    """Whose the noun's people are: a possessive pronoun ("her") or the
    possessor noun's lemma ("neighbor" of "a neighbor's children")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child.lower_ if child.tag_ == "PRP$" else lemma_of(child)
    return None


def kin_noun(root: Token) -> Token | None:
    """The noun a named person is told in apposition to, through a chain
    of names ("Her nephews, Leo Soto, 10, and Ivan Soto, 14": "nephews"
    for both), where it is a noun of kin (``group_list_kin``)."""
    token = root
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ != "appos" or token.head is token:
        return None
    noun = token.head
    return noun if lemma_of(noun) in people_lexicon().group_list_kin else None


def spared(token: Token) -> bool:
    """Whether the words tell the people of ``token`` unharmed or only
    there to see: subject of a negated harm verb ("were not hurt"), of a
    state of no harm ("were unharmed"), of a verb of seeing ("saw the
    shooting"), or the object of "in front of"."""
    lex = people_lexicon()
    token = phrase_head(token)
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in lex.spared_places:
        return True
    if token.dep_ not in _SUBJECTS:
        return False
    lemma = lemma_of(head)
    if lemma in lex.harm_verbs and any(c.dep_ == "neg" for c in head.children):
        return True
    if lemma in lex.spared_verbs and token.dep_ == "nsubj":
        return True
    return any(c.dep_ == "acomp" and c.lower_ in lex.spared_states for c in head.children)


#: the dependencies a name hangs on within the phrase that names it: "the
#: bodies of X", "Gomes' mother, Catherine Gomes", "X and Y", "identified as X"
_WITHIN_PHRASE = ("conj", "appos", "pobj", "prep")
#: the dependencies of the nouns a clause tells its people by
_CLAUSE_NOUNS = ("nsubj", "nsubjpass", "dobj")


def named_in_group(root: Token) -> bool:
    """Whether a name is told as one of a group of people the report tells
    of, by the noun of its own phrase or clause: under a noun of the dead
    or the victims ("The bodies of Robyn Mendes, 48, ... were found", ECB+
    32; "the victims, X and Y"), after "as" of a verb whose subject or
    object is such a noun or a noun of people ("The victims have been
    identified as ...", "Relatives named the women as ..."), or the subject
    or predicate of "be" beside one ("X and Y are the victims").  A speaker
    ("The bar's owners, X, 49, and Y, 55, said"), an owner, one held or
    charged is told by other nouns and is not."""
    token, path = root, []
    while token.dep_ in _WITHIN_PHRASE and token.head is not token:
        token = token.head
        path.append(token)
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    nouns = [t for t in path if t.pos_ in ("NOUN", "PROPN")]
    clause = [c for c in verb.children if c.i != token.i]
    if any(t.lower_ == "as" and t.dep_ == "prep" for t in path):
        named = [c for c in clause if c.dep_ in _CLAUSE_NOUNS]  # "identified the victims as X"
        return any(_harmed_noun(n) for n in nouns) or any(_harmed_noun(n) or _people_noun(n) for n in named)
    if lemma_of(verb) == "be" and token.dep_ in ("nsubj", "attr"):
        nouns += [c for c in clause if c.dep_ in ("nsubj", "attr")]  # "X and Y are the victims"
    return any(_harmed_noun(noun) for noun in nouns) or _wounds_in_clause(token, clause)


#: the dependencies of a clause's own words, not those of a clause inside it
#: ("said the men were shot", "when the shooting began")
_OWN_WORDS = ("prep", "dobj", "pobj", "attr", "npadvmod", "dative")


def _wounds_in_clause(token: Token, clause: list[Token]) -> bool:
    """The name's own clause gives them wounds ("The gunfire left Oscar
    Delgado, 23, with gunshot wounds", "X and Y were treated for gunshot
    wounds", "X suffered injuries"): a noun of injury (``injury_nouns`` of
    rules/counts.yaml) among its own words, of no other owner named ("the
    victims' wounds").  Words of a clause inside it are another's."""
    if token.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    injuries = lexicon().injury_nouns
    for child in clause:
        if child.dep_ not in _OWN_WORDS:
            continue
        for word in child.subtree:
            if lemma_of(word) in injuries and not any(
                c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in word.children
            ):
                return True
    return False


def _harmed_noun(noun: Token) -> bool:
    """A noun of the dead ("bodies", ``body_nouns`` of rules/counts.yaml) or
    of the victims (a noun of the victim role, rules/people.yaml)."""
    words = {noun.lower_, lemma_of(noun)}
    if words & lexicon().body_nouns:
        return True
    return any(people_lexicon().role_of.get(word) == "victim" for word in words)


def _people_noun(noun: Token) -> bool:
    """A plural noun of people of a sex ("the women", "the men": ``sexes``
    of rules/people.yaml) that a naming verb names as the people after "as"."""
    return noun.tag_ == "NNS" and lemma_of(noun) in people_lexicon().sex_of
