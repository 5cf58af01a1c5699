"""Who raised the alarm and who found the victim: the words, and which roles cannot be one person.

Read by the caller reader (:mod:`reportcheck.extract.callers`), which
writes the role of each caller or finder on its claim, and by the comparer
(:mod:`reportcheck.compare.callers`), which sets two reports' callers
against each other.  The words live in rules/callers.yaml; the sex a role
noun states and the verbs of finding are the people vocabulary's
(rules/people.yaml ``sexes``, ``finding_verbs``).
"""

from __future__ import annotations

from functools import cache

from reportcheck.knowledge.names import people_lexicon
from reportcheck.knowledge.rules import Strict, load_rule_file

#: the acts a caller claim tells, and the prefix of its subject ("caller:called")
CALLED = "called"
FOUND = "found"
SUBJECT_PREFIX = "caller:"
#: how sure it is that two roles are two people
APART = "apart"  # cannot be one person: a brother and a girlfriend
UNSURE = "unsure"  # may be one person: an employee and a clerk
SAME = "same"  # one role: "his mother" and "the boy's mother"


class CallerRules(Strict):
    call_verbs: list[str]
    call_objects: list[str]
    call_nouns: list[str]
    answering_verbs: list[str]
    hypothetical: list[str]
    seeing_verbs: list[str]
    find_phrasal: dict[str, list[str]]
    found_objects: list[str]
    responders: list[str]
    police_found: list[str]
    vague: list[str]
    roles: dict[str, list[str]]
    same: dict[str, list[str]]
    broad: dict[str, list[str]]
    the_call: list[str]
    found_by: list[str]
    placeholders: list[str]


@cache
def caller_rules() -> CallerRules:
    return load_rule_file("callers.yaml", CallerRules)


@cache
def caller_words(field: str) -> frozenset[str]:
    """The lower-cased words of one list of the rules ("call_verbs"), built
    once: the reader asks for them for every token of every report."""
    words: list[str] = getattr(caller_rules(), field)
    return frozenset(w.lower() for w in words)


def is_caller_subject(subject: str) -> bool:
    """Whether a person claim's subject is a caller's or finder's: a claim of
    what someone did, not of who they are, so no named person of the report
    (a victim, a bearer of a count) for the checks that look for one."""
    return subject.startswith(SUBJECT_PREFIX)


def finding_verbs() -> frozenset[str]:
    """The verbs of finding (rules/people.yaml ``finding_verbs``): one list
    for the reader of a person found harmed and the reader of who found them."""
    return people_lexicon().finding_verbs


@cache
def _canonical() -> dict[str, str]:
    """Each role word -> the role it names ("mom" -> "mother")."""
    rules = caller_rules()
    canonical = {word: word for words in rules.roles.values() for word in words}
    for role, words in rules.same.items():
        canonical.update({word: role for word in words})
    return canonical


def caller_role(word: str) -> str | None:
    """The role a noun names ("mom" -> "mother"), None if it is none of the roles."""
    return _canonical().get(word.lower())


def is_responder(role: str | None) -> bool:
    """Whether a role is the police's or rescuers', who find a victim on a
    call answered: beside any other finder, never instead of one."""
    return role is not None and role_class(role) == "responder"


def role_class(role: str) -> str | None:
    """``kin``, ``place``, ``open`` or ``responder``: what kind of role it is."""
    return next((cls for cls, words in caller_rules().roles.items() if role in words), None)


def _sexes_differ(a: str, b: str) -> bool:
    """Whether the two role nouns state two sexes ("brother", "girlfriend")."""
    sex_of = people_lexicon().sex_of
    return None not in (sex_of.get(a), sex_of.get(b)) and sex_of.get(a) != sex_of.get(b)


def roles_relation(a: str, b: str) -> str:
    """Whether two roles are one (``SAME``), cannot be one person (``APART``)
    or may be (``UNSURE``).  A broad word ("a relative") and an open one
    ("a witness") may be anyone, and the police find a victim beside
    whoever found them first; two kin words, kin and someone of the place,
    or two words of different stated sexes ("brother", "girlfriend") are two
    people."""
    if a == b:
        return SAME
    if _sexes_differ(a, b):
        return APART
    class_a, class_b = role_class(a), role_class(b)
    if {"open", "responder", None} & {class_a, class_b}:
        return UNSURE
    broad = caller_rules().broad
    if b in broad.get(a, ()) or a in broad.get(b, ()):
        return UNSURE
    if class_a == "place" and class_b == "place":
        return UNSURE
    return APART
