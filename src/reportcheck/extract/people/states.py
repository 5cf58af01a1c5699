"""Where an unnamed person is, or is taken: the role that tells.

Police releases and local copy often give an unnamed person's age with no
verb of harm or arrest at all, only where the person ended up: "A
22-year-old man was in custody late Saturday", "A 67-year-old woman was
pulled from her apartment and taken to Grant Medical Center in critical
condition", "One patient, a 76-year-old female, was ... transported to a
hospital".  The one in custody is the suspect, the one in a hospital or in
a critical condition a victim, and with that role align can pair the one
unnamed holder of each report (``unique_roles``, the one person of a sex),
where an age with no role stays alone and its difference is never seen.

Only the person's own verbs are read (the verb they are the subject of and
those joined to it by "and" with no subject of their own), never another
person's: "sent a 13-year-old boy to a hospital" and "her father is in
critical condition" tell nothing of the boy or of a girl the sentence also
names.  The words are ``state_verbs``, ``custody_states``,
``care_conditions``, ``care_moves``, ``care_places`` and ``care_verbs`` of
rules/people.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from reportcheck.extract.core.base import lemma_of
from reportcheck.knowledge.names import people_lexicon
from reportcheck.knowledge.vocabulary import tells

#: the parser's labels of a verb's subject
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: the prepositions that take a person to a place ("taken to", "rushed into")
_TOWARDS = frozenset({"to", "into"})


def own_verbs(person: Token) -> list[Token]:
    """The verbs telling what befell the person: the one they are the
    subject of ("A 22-year-old man was in custody") and those joined to it
    by "and" with no subject of their own ("was pulled from her apartment
    and taken to Grant Medical Center").  A description set beside a noun
    of no name ("One patient, a 76-year-old female, was removed") takes
    that noun's verbs; one beside a name is the name's, read by its reader."""
    if person.dep_ == "appos" and person.head.pos_ == "NOUN":
        person = person.head
    if person.dep_ not in SUBJECTS or person.head.i == person.i:
        return []
    verbs = [person.head]
    for verb in verbs:  # the list grows as the joined verbs are found: "A and B and C"
        verbs += [
            c
            for c in verb.children
            if c.dep_ == "conj"
            and c.pos_ in ("VERB", "AUX")
            and not any(g.dep_ in SUBJECTS for g in c.children)
        ]
    return verbs


def passive(verb: Token) -> bool:
    """A past participle told of its subject: "was taken", "and taken" (its
    auxiliary the first verb's), a headline's bare "taken to hospital";
    never one with an object ("had taken him to a hospital")."""
    if verb.tag_ != "VBN" or any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(c.dep_ == "auxpass" for c in verb.children) or not any(c.dep_ == "aux" for c in verb.children)


def state_role(verb: Token) -> str | None:
    """The role where the verb puts its subject: "suspect" for "was in
    custody", "victim" for "in critical condition", "taken to a hospital",
    "is in the hospital", "was hospitalized"; None otherwise, and for a
    denied verb ("was not taken to a hospital")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    lex = people_lexicon()
    lemma = lemma_of(verb)
    places = _places(verb)
    if any(prep == "in" and _in_condition(place) for prep, place in places):
        return "victim"
    if lemma in lex.state_verbs:
        if any(prep == "in" and lemma_of(place) in lex.custody_states for prep, place in places):
            return "suspect"
        if any(prep == "in" and _care_place(place) for prep, place in places):
            return "victim"
    if not passive(verb):
        return None
    if lemma in lex.care_verbs:
        return "victim"
    taken_to_care = any(prep in _TOWARDS and _care_place(place) for prep, place in places)
    return "victim" if lemma in lex.care_moves and taken_to_care else None


def _places(verb: Token) -> list[tuple[str, Token]]:
    """(preposition, its object) of each preposition of the verb."""
    return [
        (prep.lower_, place)
        for prep in verb.children
        if prep.dep_ == "prep"
        for place in prep.children
        if place.dep_ == "pobj"
    ]


def _in_condition(place: Token) -> bool:
    """ "in critical condition", "in critical but stable condition": the
    noun "condition" with a word of ``care_conditions`` before it."""
    if place.lower_ != "condition":
        return False
    before = place.doc[place.left_edge.i : place.i]
    return any(word.lower_ in people_lexicon().care_conditions for word in before)


def _care_place(place: Token) -> bool:
    """A place of care ("a hospital", "Grant Medical Center"): the object's
    own words up to it hold a phrase of ``care_places`` (never a relative
    clause or "of" after it: "the home of a hospital worker")."""
    words = place.doc[place.left_edge.i : place.i + 1].text
    return tells(words, people_lexicon().care_places)
