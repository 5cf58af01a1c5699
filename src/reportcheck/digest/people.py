"""The digest's people: the named suspects and the victims' ages.

People with an age are victims unless the report gives them another role
(suspect, officer, official, witness...); a named suspect is titled as one,
or is said to be arrested, charged, wanted or to have opened fire.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportcheck.digest.counts import individual_key, is_attacker
from reportcheck.digest.helpers import is_named, main_claims, of_kind
from reportcheck.digest.model import AgeFact, NameFact
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.names import person_key
from reportcheck.knowledge.vocabulary import (
    INDIVIDUAL,
    is_named_person,
    is_person_subject,
    person_subject,
)
from reportcheck.models import Claim, ClaimKind

#: roles (rules/people.yaml) that make a person something other than a victim
NOT_VICTIM_ROLES = frozenset({"suspect", "officer", "official", "lawyer", "witness"})

#: what a report says of a named suspect right after the name: "Lee, 27,
#: was arrested", "Ross is charged", "Almaraz shot twice at", "Hart fled"
_SUSPECT_AFTER = re.compile(
    r"^(?:\s*,[^,]{1,60},)?\s+(?:"
    r"(?:(?:was|is|has been|had been|were|are|will be|being)\s+)?(?:also\s+|later\s+|now\s+)?"
    r"(?:arrested|charged|booked|accused|indicted|convicted|sentenced|wanted|jailed|held\b|"
    r"taken into custody|in custody|faces\b|facing\b|pleaded|fled|turned (?:him|her)self in|surrendered)"
    r"|(?:allegedly\s+|then\s+|later\s+)?"
    r"(?:opened fire|fired\b|shot\s+(?:at|him|her|them|his|the|a|an|and)\b)"
    r")",
    re.IGNORECASE,
)
#: ... and right before it: "charging 24-year-old Jacob Ross", "identified
#: the suspect as", "police are searching for", "the shooter, Tim Weiser"
_SUSPECT_BEFORE = re.compile(
    r"(?:charg\w*|arrest\w*|indict\w*|accus\w*|convicted|suspect(?:ed)?|shooter|gunman|killer|"
    r"searching for|looking for|hunting for|manhunt for|"
    r"identified (?:the )?(?:suspect|shooter|gunman|killer)s? as)"
    r"[\s,]*(?:(?:a|an|the)\s+)?(?:\d{1,3}[- ]year[- ]old\s+)?$",
    re.IGNORECASE,
)


def _roles(claims: Sequence[Claim]) -> dict[str, str]:
    """The role the report gives each named person (subject -> role)."""
    roles: dict[str, str] = {}
    for claim in of_kind(claims, ClaimKind.person):
        role = claim.person.role
        if role:
            roles.setdefault(claim.subject, role)
    return roles


def _victim_subjects(claims: Sequence[Claim]) -> set[str]:
    """Subjects of people the report names as killed or injured."""
    return {
        person_subject(individual_key(c))
        for c in claims
        if c.kind in (ClaimKind.killed, ClaimKind.injured)
        and c.count.group == INDIVIDUAL
        and is_named(c.evidence.text)
        and not is_attacker(c)
    }


def _arrested_subjects(claims: Sequence[Claim]) -> set[str]:
    """Subjects of people the report names as arrested."""
    return {
        person_subject(individual_key(c))
        for c in of_kind(claims, ClaimKind.arrested)
        if c.count.group == INDIVIDUAL and is_named(c.evidence.text)
    }


def _said_of_suspect(claim: Claim) -> bool:
    """Whether the sentence names the person as a suspect ("X was charged",
    "police are searching for X", "X opened fire")."""
    sentence, name = claim.evidence.sentence, " ".join(claim.evidence.text.split())
    at = sentence.find(name)
    if at < 0:
        return False
    return bool(_SUSPECT_AFTER.match(sentence[at + len(name) :]) or _SUSPECT_BEFORE.search(sentence[:at]))


def suspects(claims: Sequence[Claim]) -> list[NameFact]:
    """Named suspects of the main incident, in the order the report names them.

    A person titled or described as a suspect, said to be arrested, or
    whose sentence says they were charged, are wanted or opened fire; never
    someone the report says was killed or injured, nor an officer, official,
    lawyer or witness.
    """
    roles = _roles(claims)
    victims = _victim_subjects(claims)
    arrested = _arrested_subjects(claims)
    found: dict[str, NameFact] = {}
    for claim in of_kind(main_claims(claims), ClaimKind.person):
        if not is_named_person(claim.kind, claim.subject):
            continue  # who called or found: the name's own person claim stands for the person
        role = roles.get(claim.subject)
        if claim.subject in victims or role == "victim" or (role in NOT_VICTIM_ROLES and role != "suspect"):
            continue
        if role != "suspect" and claim.subject not in arrested and not _said_of_suspect(claim):
            continue
        name = claim.value.name or claim.evidence.text
        fact = found.setdefault(claim.subject, NameFact(name=name))
        fact.claims.append(claim.id)
        if len(name) > len(fact.name):
            fact.name = name
    return list(found.values())


#: what stands between a count of the harmed and the name in apposition to it
_APPOSITION_GAP = re.compile(r"\s*,\s*")


def _named_after_the_harmed(claims: Sequence[Claim]) -> set[str]:
    """Subjects of people named in apposition to a count of the killed or
    hurt: "killed a neighbor, 55-year-old Ann Ruiz", "wounded a bystander,
    Ann Ruiz, 44".  The noun gives them a role of their own (a neighbour is
    a witness), the count says they were harmed."""
    harmed = [c for c in claims if c.kind in (ClaimKind.killed, ClaimKind.injured) and not is_attacker(c)]
    found = set()
    for age in of_kind(claims, ClaimKind.age):
        if not is_person_subject(age.subject):
            continue
        for count in harmed:
            if (
                count.evidence.sentence_start != age.evidence.sentence_start
                or count.evidence.end > age.evidence.start
            ):
                continue
            gap = age.evidence.sentence[
                count.evidence.end - count.evidence.sentence_start : age.evidence.start
                - age.evidence.sentence_start
            ]
            if _APPOSITION_GAP.fullmatch(gap):
                found.add(age.subject)
    return found


def _not_a_victim(role: str | None, harmed: bool) -> bool:
    """Whether a role makes a person no victim: a suspect always; an officer,
    a neighbour or an official only when the report does not name them as
    killed or hurt ("the slaying of 34-year-old Officer Tom Reyes", "killed a
    neighbor, 55-year-old Ann Ruiz")."""
    if role == "suspect":
        return True
    return role in NOT_VICTIM_ROLES and not harmed


def victim_ages(claims: Sequence[Claim], suspect_facts: Sequence[NameFact] = ()) -> list[AgeFact]:
    """Ages of the main incident's victims.

    An age is a victim's unless the person (named or not) is known to be
    someone else: a suspect (titled, arrested or named as such), or an
    officer, an official, a witness the report does not name as killed or
    hurt.
    """
    roles = _roles(claims)
    harmed = _victim_subjects(claims) | _named_after_the_harmed(claims)
    suspect_claims = {claim_id for s in suspect_facts for claim_id in s.claims}
    not_victims = (
        {person_subject(person_key(s.name)) for s in suspect_facts}
        | {c.subject for c in claims if c.id in suspect_claims}  # "person:frederick davis"
        | _arrested_subjects(claims)
    )
    attackers = lexicon().attackers
    ages: list[AgeFact] = []
    for claim in of_kind(main_claims(claims), ClaimKind.age):
        if claim.value.low is None or _not_a_victim(roles.get(claim.subject), claim.subject in harmed):
            continue
        if claim.value.low != claim.value.high:
            continue  # "six men aged 21 to 36": a group's range, no one person's age
        if claim.subject in not_victims or claim.subject.removeprefix("unnamed:") in attackers:
            continue
        ages.append(AgeFact(value=int(claim.value.low), person=claim.person.person or "", claims=[claim.id]))
    return ages
