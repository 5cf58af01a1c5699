"""Whose age it is when the sentence ties the person's noun to a role.

Reporters give one person two nouns in one phrase: the part the person
played and a plain description ("The driver, a 67-year-old man, stopped
at the scene", "The suspect, a man aged 49, was arrested", "The gunman was
a 23-year-old man").  Keyed by the description ("age of a man"), the age
never met the other report's "76-year-old driver" or "a man in his 50s
was detained", and a suspect's age could pass for a victim's.  Here the
age goes to the role's noun (``age_bearer_nouns`` of rules/people.yaml): the
noun the description stands in apposition to, or the subject of the "be"
whose complement it is; the description's sex is kept as the person's.
The victim's noun is none of them: "the victim, a 12-year-old girl" stays
the girl, whose sex the comparer sets against another report's boy; the
tie gives her the victim's role (``age_described_roles``), which her own
verb may not ("The victim was a 12-year-old girl").  A verb's "as" ties a
description as an apposition does ("The victim was identified as a
22-year-old man", ``age_tie_verbs``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from spacy.tokens import Token

from reportcheck.extract.core.base import lemma_of
from reportcheck.knowledge.names import people_lexicon

#: tags of a singular common noun: a plural role ("the victims, a man and a woman") is a group's
_SINGULAR = ("NN",)


class Bearer(NamedTuple):
    """Whose an age is: the claim's subject and label, the role of an
    unnamed bearer, and the sex a description tied to a role gives them."""

    subject: str
    label: str
    role: str | None
    sex: str | None = None


def tied_bearer(noun: Token, role_of: Callable[[Token], str | None]) -> Bearer | None:
    """The bearer of an age told of ``noun`` where the sentence ties it to
    a role's noun (:func:`role_noun`): keyed by that noun, its role the
    role's, else the verb's (``role_of``), else the part itself ("driver"),
    its sex the description's."""
    tied = role_noun(noun)
    if tied is None:
        return described_bearer(noun)
    lemma = lemma_of(tied)
    return Bearer(f"unnamed:{lemma}", f"age of a {lemma}", part_role(tied, role_of), descriptor_sex(noun))


def part_role(noun: Token, role_of: Callable[[Token], str | None]) -> str | None:
    """The role of a person told by ``noun``: a role noun's ("gunman" ->
    suspect), else the verb's, else the part's own ("the driver" stopped):
    one driver, pilot or pedestrian is one person however the report
    words them; None for any other noun the verb gives no role."""
    lex = people_lexicon()
    lemma = lemma_of(noun)
    return lex.role_of.get(lemma) or role_of(noun) or (lemma if lemma in lex.age_bearer_nouns else None)


def nationality_bearer(word: Token, role_of: Callable[[Token], str | None]) -> Bearer | None:
    """The bearer of an age whose description ends in a capitalised word
    rather than a noun ("The driver at the wheel, a 45-year-old German",
    "the pilot, a 52-year-old Briton"): where that word heads the
    description set in apposition to a role's noun (:func:`role_noun`), the
    age is the role's, as it is for "a 45-year-old man"; None otherwise (a
    capitalised word that ties to no role is left as before)."""
    if word.pos_ != "PROPN" or word.dep_ != "appos":
        return None
    tied = role_noun(word)
    if tied is None:
        return None
    lemma = lemma_of(tied)
    return Bearer(f"unnamed:{lemma}", f"age of a {lemma}", part_role(tied, role_of))


def described_bearer(noun: Token) -> Bearer | None:
    """The bearer of an age told of ``noun`` where the sentence ties it to
    the noun of a role that leaves the description the key ("The victim, a
    19-year-old woman": the woman, the victim's role and her sex); None
    where no such tie holds."""
    roles = people_lexicon().age_described_nouns
    for other in _tied(noun):
        if _singular_own(other) and lemma_of(other) in roles:
            lemma, role = lemma_of(noun), roles[lemma_of(other)]
            return Bearer(f"unnamed:{lemma}", f"age of a {lemma}", role, descriptor_sex(noun))
    return None


def role_noun(noun: Token) -> Token | None:
    """The noun of a role or of one part in the event that ``noun`` (a
    person's description) is tied to: "The driver, a 67-year-old man"
    (apposition either way round), "The suspect was a 49-year-old man"
    (the subject of "be" whose complement ``noun`` is).  None where no such
    tie holds: "the suspect's 60-year-old mother" (a possessor is someone
    else), "a 15-year-old boy and a 16-year-old girl" (a list)."""
    for other in _tied(noun):
        if _a_bearer(other):
            return other
    return None


def _tied(noun: Token) -> list[Token]:
    """The nouns the sentence says are the same person as ``noun``."""
    tied = [c for c in noun.children if c.dep_ == "appos" and not _listed_apart(noun, c)]
    if noun.dep_ == "appos" and not _listed_apart(noun.head, noun):
        tied.append(noun.head)
        part = part_of_thing(noun.head)
        if part is not None:
            tied.append(part)  # "The driver of the semi, a 52-year-old man": hung on "semi"
    tied.extend(_set_off_after_vehicle(noun))
    if noun.dep_ == "attr" and lemma_of(noun.head) == "be":
        tied.extend(c for c in noun.head.children if c.dep_ == "nsubj")
    verb = identifying_verb_of(noun)
    if verb is not None:
        # "The victim was identified as a 22-year-old man", "police described the suspect as ..."
        tied.extend(c for c in verb.children if c.dep_ in ("nsubjpass", "dobj"))
    return tied


def identifying(verb: Token) -> bool:
    """Whether a word is a verb of identifying ("identified", "described":
    ``age_tie_verbs`` of rules/people.yaml), whose "as" gives its object or
    passive subject another noun or a name."""
    return lemma_of(verb) in people_lexicon().age_tie_verbs


def identifying_verb_of(noun: Token) -> Token | None:
    """The verb of identifying whose "as" a noun is the object of ("was
    identified as a 22-year-old man", "identified the driver as Lena
    Brooks"), else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return None
    verb = noun.head.head
    return verb if identifying(verb) else None


#: the parser's labels of the name a participle of naming gives ("a man named Ronnie Chambers")
_NAMED_LABELS = frozenset({"oprd", "dobj", "attr"})


def naming_noun_of(name: Token) -> Token | None:
    """The noun a participle of naming after it gives the name to ("a man
    named Donnie Chalmers, 33, was fatally struck", "The driver, surnamed
    Long, 45,", "a 45-year-old man surnamed Long": ``naming_participles`` of
    rules/people.yaml), as an apposition would: agency copy from China and
    Korea names a person by the surname alone this way, and the noun's age,
    verb and part are that person's.  None for a verb of naming ("Palin was
    named running mate": no noun before it)."""
    participle = name.head
    if name.dep_ not in _NAMED_LABELS or participle.dep_ != "acl" or participle.i > name.i:
        return None
    if lemma_of(participle) not in people_lexicon().naming_participles:
        return None
    noun = participle.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i < participle.i else None


def part_of_thing(thing: Token) -> Token | None:
    """The noun of a part (``age_bearer_nouns``: the driver, the pilot)
    whose vehicle or thing ``thing`` is, told after it by "of": "The driver
    of the semi, a 52-year-old man", "the driver of the matatu, aged 43",
    "The driver of the tipper truck, 33,".  The parser hangs the
    description or the set-off age on the nearest noun, the vehicle, so the
    age was no one's ("age of a man", "age of a person") and never met the
    other report's driver.  A noun of a person there keeps it: "the death of
    her brother, Tommie Thomas, 15", "the driver of the suspect, a
    30-year-old man" (whose driver?), none of a part's thing.  A vehicle
    told again in apposition is the same thing: "the driver of a silver
    Skoda Octavia, a 74-year-old man" (the make hung on "silver")."""
    while thing.dep_ == "appos" and not a_person_noun(thing):
        thing = thing.head
    if thing.dep_ != "pobj" or thing.head.lower_ != "of" or a_person_noun(thing):
        return None
    part = thing.head.head
    return part if _a_bearer(part) else None


def _set_off_after_vehicle(noun: Token) -> list[Token]:
    """The part's noun of the vehicle a description is set off after by
    commas, whatever the parse: "The driver of the semi, a 52-year-old man
    from Surrey, was not seriously hurt" (read as two subjects of "hurt",
    or the man hung on the comma), "The driver of the car, a 61-year-old
    man, and his passenger, a 64-year-old woman, were pronounced dead"
    (read as a list of three).  The words right before the comma are the
    vehicle of a part's noun (:func:`part_of_thing`) and a comma closes the
    description's own words; "After the crash killed the driver of the car,
    a woman fled" closes none, and "the wrong-way driver, a 29-year-old man,
    and a woman" sets the man off after the driver, not a vehicle, as before."""
    doc = noun.doc
    comma = noun.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return []
    own = {t.i for t in noun.subtree}
    closing = next((t for t in doc[noun.i + 1 : noun.sent.end] if t.text == ","), None)
    if closing is None or any(i not in own for i in range(noun.i + 1, closing.i)):
        return []
    part = part_of_thing(doc[comma - 1])
    return [part] if part is not None else []


def person_nouns() -> frozenset[str]:
    """Nouns of one person: of a sex, of a child or a grown-up, of a role,
    of a trade."""
    lex = people_lexicon()
    return (
        frozenset(lex.sex_of)
        | lex.young
        | lex.grown
        | frozenset(lex.role_of)
        | lex.person_trades
        | {"person"}
    )


def a_person_noun(token: Token) -> bool:
    """Whether a word tells a person: a noun of one (:func:`person_nouns`),
    a pronoun, or a name the model tags as a person's."""
    nouns = person_nouns()
    return (
        token.pos_ == "PRON"
        or token.ent_type_ == "PERSON"
        or lemma_of(token) in nouns
        or token.lower_ in nouns
    )


def _listed_apart(head: Token, appos: Token) -> bool:
    """ "The dead were the driver, 38, a nurse, 27, and a schoolboy, 12": a
    noun the parser hangs in apposition after another noun that already
    has its own age set off between them is the next person of a list, not
    the same person told again ("The driver, a 67-year-old man" has none)."""
    return appos.i > head.i and any(
        c.dep_ == "appos" and c.tag_ == "CD" and head.i < c.i < appos.i for c in head.children
    )


def _a_bearer(token: Token) -> bool:
    """A singular noun of a role that nothing makes another's ("the
    suspect's driver" is not the suspect)."""
    return _singular_own(token) and lemma_of(token) in people_lexicon().age_bearer_nouns


def _singular_own(token: Token) -> bool:
    """A singular common noun no possessor makes another's: "the suspect's
    driver" is someone else, "the semi's driver" the semi's (a vehicle,
    ``part_vehicles`` of rules/people.yaml, owns no one)."""
    if token.pos_ != "NOUN" or token.tag_ not in _SINGULAR:
        return False
    vehicles = people_lexicon().vehicle_of
    return not any(c.dep_ == "poss" and c.lower_ not in vehicles for c in token.children)


def descriptor_sex(noun: Token) -> str | None:
    """The sex the description gives the person ("man" -> male), kept
    when the age is keyed by the role's noun, which has none."""
    return people_lexicon().sex_of.get(lemma_of(noun))
