"""The one office a named person holds in the story: "County Coroner Ann
Ruiz", "Fire Chief Dale Brenner", "the mayor, Tom Reed,".

An office one person holds at a time in one place (the coroner of a county,
the chief of a town's fire or police department, the sheriff, the mayor) is
one person across the reports of one incident: in ECB+ and GVC, the reports
of one incident that each name one coroner (28 pairs), police chief (21),
sheriff (17), fire chief (3) or mayor (2) name the same person every time,
while two outlets' spokespeople differ one pair in five (a force has
several), so a spokesperson is no office here.  The office is read from a
title right before the name (the last one or two words of its compound:
"Fire Chief", "County Coroner") or a noun in apposition ("the county
coroner, Ann Ruiz"), by ``offices`` of rules/people.yaml; never where a word
on the title tells a holder other than the one in office now ("Deputy
Coroner", "former Mayor", "acting Chief", ``office_others``) nor where the
report tells the office's noun in the plural or with such a word anywhere
("prosecutors said", "the deputy coroner"): several holders.  The place
whose office it is, where the title tells it ("Harlan County Coroner",
"Mayor Tom Reese of nearby Cresswell"), is kept beside it.  The comparer
sets the names two reports give one office of one place against each other
(:mod:`reportcheck.compare.role_names`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from reportcheck.extract.core.base import lemma_of
from reportcheck.knowledge.names import people_lexicon

#: the dependencies a phrase's later words hang on its head by ("in charge of the case")
_INSIDE_PHRASE = frozenset({"pobj", "prep", "pcomp", "compound", "amod", "det"})
#: how many words before a title's noun may tell another holder ("former County Coroner")
_BEFORE = 3


def office_of(person: Span) -> tuple[str | None, str | None]:
    """The office ``person`` holds, told by a title right before the name or
    a noun in apposition, and the place whose office it is where the title
    tells it ("Harlan County Coroner Ann Ruiz", "Elmwood Police Chief Dana
    Rourke", "Mayor Tom Reese of nearby Cresswell", "the mayor of Cresswell,
    Tom Reese,"), lower case: (None, None) for no office, another holder, or
    a report telling several holders of the office.  A story of a chase or
    of a victim taken to another county's hospital quotes two towns' chiefs
    or two counties' coroners, two offices.  Both from one reading of the
    title, which looks through the whole report for other holders."""
    title = _office_title(person)
    if title is None:
        return None, None
    office, noun = title
    written = _place_before(noun, len(office.split())) or _place_of(noun) or _place_of(person.root)
    return office, written.lower() if written else None


def _office_title(person: Span) -> tuple[str, Token] | None:
    """The office ``person`` holds and the title's noun that tells it."""
    doc = person.doc
    nouns = [c for c in person.root.children if c.dep_ == "appos"]
    if person.root.dep_ == "appos":
        nouns.append(person.root.head)
    if person.start > 0 and doc[person.start - 1].pos_ in ("NOUN", "PROPN"):
        nouns.append(doc[person.start - 1])
    set_off = _phrase_set_off_before(person)
    if set_off is not None:
        nouns.append(set_off)
    if _listed(person):
        return None
    for noun in nouns:
        if any(t.text == ":" for t in doc[min(noun.i, person.start) : max(noun.i, person.start)]):
            continue  # "confirmed by the County Coroner: Earl Whitfield, 84, and ...": the dead it lists
        office = _office_named(noun)
        if office is None or noun.tag_ in ("NNS", "NNPS") or _another_holder(noun) or _indefinite(noun):
            continue
        if not _several_holders(doc, office):
            return office, noun
    return None


def _place_before(noun: Token, title_words: int) -> str | None:
    """The capitalised words written right before a title, but for the
    title's own and the kind of body's ("Harlan" of "Harlan County
    Coroner", "Elmwood" of "Elmwood Police Chief"; ``office_body_words``),
    never a day ("On Monday Sheriff Bo Tate said")."""
    body = people_lexicon().office_body_words
    words: list[str] = []
    i = noun.i - title_words
    while i >= 0 and noun.doc[i].is_title and noun.doc[i].pos_ == "PROPN" and noun.doc[i].ent_type_ != "DATE":
        if noun.doc[i].lower_ not in body:
            words.insert(0, noun.doc[i].text)
        i -= 1
    return " ".join(words) or None


def _place_of(word: Token) -> str | None:
    """The place an "of" on a title or a name tells ("the mayor of
    Cresswell", "Mayor Tom Reese of nearby Cresswell", "Chief Ann Ruiz of
    the Elmwood Police Department": the body's words left out)."""
    body = people_lexicon().office_body_words
    for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"):
        for place in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
            words = [t.text for t in place.subtree if t.pos_ == "PROPN" and t.lower_ not in body]
            return " ".join(words) or None
    return None


def _listed(person: Span) -> bool:
    """Whether the name is one of a list of people joined by "and" ("Earl
    Whitfield, 84, and Doris Whitfield"): no office's one holder."""
    root = person.root
    joined = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        joined.append(root.head)
    return any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in joined)


def _phrase_set_off_before(person: Span) -> Token | None:
    """The head of the noun phrase a comma sets the name off after, where
    the parser hangs both elsewhere ("the prosecutor in charge of the case,
    Ana Ruiz, said": from the phrase's last word up through its "of" and
    "in" to the noun they hang on)."""
    doc = person.doc
    if person.start < 2 or doc[person.start - 1].text != ",":
        return None
    token = doc[person.start - 2]
    while token.dep_ in _INSIDE_PHRASE and token.head.i < token.i:
        token = token.head
    return token if token.pos_ == "NOUN" else None


def _indefinite(noun: Token) -> bool:
    """ "a prosecutor, Ana Ruiz,": one of several, no office's one holder."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _office_named(noun: Token) -> str | None:
    """The office a title's noun names: its last two words ("fire chief",
    "district attorney") or the noun alone ("coroner")."""
    offices = people_lexicon().office_of
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if before is not None:
        two = f"{before.lower_} {noun.lower_}"
        if two in offices:
            return offices[two]
    return offices.get(noun.lower_) or offices.get(lemma_of(noun))


def _another_holder(noun: Token) -> bool:
    """Whether a word on the title or right before it tells a holder other
    than the one in office ("Deputy Coroner", "former Mayor", "the assistant
    district attorney")."""
    others = people_lexicon().office_others
    before = noun.doc[max(noun.i - _BEFORE, 0) : noun.i]
    return any(t.lower_.strip("-") in others for t in [*before, *noun.children])


def _several_holders(doc: Doc, office: str) -> bool:
    """Whether the report tells the office's noun in the plural or with a
    word of another holder anywhere ("prosecutors said", "a deputy
    coroner"): then no one named is its one holder."""
    for token in doc:
        if _office_named(token) != office:
            continue
        if token.tag_ in ("NNS", "NNPS") or _another_holder(token):
            return True
    return False
