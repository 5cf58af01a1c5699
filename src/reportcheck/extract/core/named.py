"""How a report names the person a clause is about, as one string.

Several readers key a value by the person it belongs to (the shots that hit
someone, how far someone fell, how long someone had worked somewhere): "Kimani Gray", "Mr. Gray", "the teen",
"he".  The align stage turns a name into the report's person key and a
noun into a role, so the string must be the name's words, not just the
head token ("Gray"), and a relative pronoun must stand for its noun.
"""

from __future__ import annotations

from spacy.tokens import Token


def name_of(person: Token) -> str:
    """ "Kimani Gray", "mr. gray", "teen", "he": how a report names the
    person, lower case; a name with the words of it before its last, a noun
    by the name beside it ("another man, Tony Price" -> "tony price"), a
    relative pronoun by the noun it stands for ("the woman, who ..."); a
    common noun before a name is no part of it ("veteran Dana Webb")."""
    if person.tag_ in ("WP", "WDT") and person.head.dep_ == "relcl":
        return name_of(person.head.head)
    named = next((c for c in person.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None:
        return name_of(named)
    if person.pos_ != "PROPN":
        return person.lower_
    words = [
        c for c in person.children if c.dep_ in ("compound", "flat") and c.i < person.i and c.pos_ == "PROPN"
    ]
    first = min([person, *words], key=lambda t: t.i)
    return person.doc[first.i : person.i + 1].text.lower()


#: how a verb hangs on the clause that names who did it: "slipped and fell"
#: (conj), "died after falling" (pcomp of "after"), "died when he fell"
#: (advcl), "began to fall" (xcomp)
CLIMB = frozenset({"conj", "pcomp", "advcl", "xcomp", "prep"})
#: how many clauses up the subject is looked for
MAX_CLIMB = 4


def subject_name(verb: Token) -> str:
    """Who did what ``verb`` tells, as the report names them (:func:`name_of`):
    the verb's subject, or that of the clause it hangs on ("Duncan Rait died
    after slipping and falling ..." -> "duncan rait"); "" where the parse
    names no one."""
    node = verb
    for _ in range(MAX_CLIMB):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return name_of(subjects[0])
        if node.dep_ not in CLIMB or node.head is node:
            return ""
        node = node.head
    return ""
