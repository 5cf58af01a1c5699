"""The one person each report ages, told with the two digits swapped.

A report that gives one person's age only ("The matatu driver, aged 34, is
under police guard") and another report of the incident that also ages one
person only ("the driver of the matatu, aged 43") most often tell the same
person; where the two ages are one another's digits swapped (34 and 43, 67
and 76, 17 and 71) the difference is a slip of typing, not two people:
two people of one incident whose ages happen to be each other's digits
reversed are rare, a misprint of one age is common.  The grading holds two
ages apart as mostly two people ("values far apart"), and the align stage
pairs an unnamed age with a named one only within a few years
(``unique_role_max_years``), so such a pair was a possible conflict, or two
ages each left in its own report.  Here they are set against each other,
graded with the identity as evidence (the weight of ``one_dead_each`` of
rules/confidence.yaml: one identity, one weight).

Only the main incident; each report ages that one person by one exact age
and no one else there who may be that person (a second person aged, a
group's ages, a decade "in his 30s", of the band of either age: a grown-up
or a child, ``ADULT_AGE``; a child aged beside a grown-up is no rival of
the grown-up); the sexes the two tell do not differ; neither is a suspect
where the other is a victim, and both tell one role (two roles are two
people, but for one part's noun: the driver to be charged; no role in
either only where one is named), nor of a role that is no part of the incident
(a witness), nor told as someone's kin (a relative quoted); one of them is
told by no name (two names are two people).  Ages that are not a digit
swap ("in his 30s" against 34, 29 against 34) are left as they are.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping

from reportcheck.compare.confidence import Evidence, digits_swapped, grade
from reportcheck.compare.judges.people import judge_age
from reportcheck.compare.one_victim import unnamed_sex
from reportcheck.compare.person_findings import person_conflict
from reportcheck.knowledge.names import people_lexicon
from reportcheck.knowledge.vocabulary import ADULT_AGE, MAIN, SUSPECT, VICTIM
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey, Status

#: the evidence a finding of the one aged person's swapped digits carries
_ONE_AGED = Evidence(
    "one_dead_each", "each report ages one person only, the two digits swapped: one person's age misprinted"
)
#: why two ages the align stage left apart are set against each other
_APART = "the one person each report ages, the two digits swapped"


def swapped_age_findings(
    groups: Mapping[GroupKey, list[Claim]], findings: list[Finding], min_confidence: float
) -> list[Finding]:
    """``findings`` with the one aged person's two ages, digits swapped,
    graded as one person's: a possible conflict of theirs graded again, or
    the two ages each left in its report set against each other."""
    people = aged_people(groups)
    for incident in sorted({where[0] for where in people}):
        reports = sorted(report for where, report in people if where == incident)
        if len(reports) != 2:
            continue
        pair = _the_one_pair(people[(incident, reports[0])], people[(incident, reports[1])])
        if pair is None:
            continue
        ids = frozenset(c.id for told in pair for c in told)
        findings = _set_against(findings, incident, ids, (pair[0][0], pair[1][0]), min_confidence)
    return findings


def aged_people(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[str, int], dict[str, list[Claim]]]:
    """(incident, report) -> the people a report ages in its main incident,
    each (by the subject align grouped the age by) with its age claims."""
    people: dict[tuple[str, int], dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for key, claims in groups.items():
        if key.kind != ClaimKind.age.value:
            continue
        for claim in claims:
            if claim.incident == MAIN:
                people[(key.incident, claim.report)][key.subject].append(claim)
    return people


def _the_one_pair(
    first: Mapping[str, list[Claim]], second: Mapping[str, list[Claim]]
) -> tuple[list[Claim], list[Claim]] | None:
    """The age claims of the one person each report ages whose ages are the
    other's digits swapped (:func:`_one_person`), where no one else either
    report ages may be that person: every other age, a group's or a decade's
    too, is of the other band (a child's beside a grown-up's: "a 15-year-old
    herder" is not the teacher of 34 or 43)."""
    found = [
        (sa, sb)
        for sa, a in first.items()
        for sb, b in second.items()
        if _one_exact_age(sa, a) and _one_exact_age(sb, b) and _one_person(a[0], b[0])
    ]
    if len(found) != 1:
        return None
    sa, sb = found[0]
    a, b = first[sa], second[sb]
    bands = {_adult(a[0]), _adult(b[0])}
    rivals = [c for s, told in first.items() if s != sa for c in told]
    rivals += [c for s, told in second.items() if s != sb for c in told]
    if any(c.value.low is None or _adult(c) in bands for c in rivals):
        return None
    return a, b


def _one_exact_age(subject: str, told: list[Claim]) -> bool:
    """Whether a person's age claims give one exact age (no group's)."""
    values = {(c.value.low, c.value.high) for c in told}
    if subject.startswith("group:") or len(values) != 1:
        return False
    low, high = next(iter(values))
    return low is not None and low == high


def _adult(age: Claim) -> bool:
    """Whether an age is a grown-up's (its lowest reading at least ``ADULT_AGE``)."""
    return age.value.low is not None and age.value.low >= ADULT_AGE


def _one_person(a: Claim, b: Claim) -> bool:
    """Whether the two reports' one aged people may be one: two ages whose
    digits are swapped, one of them told by no name (two names written
    apart are two people: "Cody Brandt, 23" and his mother "Jean Brandt,
    32"), no one told as someone's kin ("his 32-year-old brother"), no two
    sexes, no role outside the incident's own parts (a witness), no part
    of one of several vehicles ("two buses collided"), and one role in both
    (none in both only beside a name whose sentence tells the other's noun,
    and then both grown-ups or both children), unless both are one part's noun, a
    suspect and a victim never."""
    if a.value.low is None or b.value.low is None or not digits_swapped(a.value.low, b.value.low):
        return False
    if not any(c.subject.startswith("unnamed:") for c in (a, b)) or any(_kin(c) for c in (a, b)):
        return False
    sexes = {_sex(a), _sex(b)} - {None}
    roles = {a.person.role, b.person.role} - {None}
    own_roles = people_lexicon().unique_roles | {VICTIM, SUSPECT}
    if len(sexes) > 1 or not roles <= own_roles or any(c.person.vehicles_several for c in (a, b)):
        return False
    if _one_part(a, b):
        return not {VICTIM, SUSPECT} <= roles
    if a.person.role != b.person.role:
        return False  # "a 23-year-old man drowned the engine" is not the man who drowned
    # no role told in either: a name makes the one person known ("The deckhand, Cody Brandt, 23"),
    # two bare nouns tell nothing ("searching for a 25-year-old man" after a robbery); with no role
    # to tie them, a child's age and a grown-up's are two people ("Brian Otieno, 16" drowned, "a
    # 61-year-old fisherman" recovered his body)
    if a.person.role is not None:
        return True
    if all(c.subject.startswith("unnamed:") for c in (a, b)) or _adult(a) != _adult(b):
        return False
    return _noun_beside_name(a, b)


def _noun_beside_name(a: Claim, b: Claim) -> bool:
    """Whether the unnamed one's noun is told in the named one's sentence
    ("The deckhand, Cody Brandt, 23" and "A 32-year-old towboat deckhand"):
    with no role to tie them, "a 43-year-old fisherman" who recovered the
    body is not "Brian Otieno, 34", who drowned."""
    unnamed, named = (a, b) if a.subject.startswith("unnamed:") else (b, a)
    noun = unnamed.subject.removeprefix("unnamed:")
    return re.search(rf"\b{re.escape(noun)}\b", named.evidence.sentence, re.IGNORECASE) is not None


def _one_part(a: Claim, b: Claim) -> bool:
    """Whether both ages are told by one noun of a part of one holder ("the
    matatu driver" and "the driver of the matatu", whatever else each verb
    makes the driver): two roles told otherwise are two people ("the
    25-year-old driver stayed at the scene" and the pedestrian killed)."""
    noun = a.subject.removeprefix("unnamed:")
    return (
        a.subject == b.subject
        and a.subject.startswith("unnamed:")
        and people_lexicon().one_holder_part(noun) is not None
    )


def _kin(age: Claim) -> bool:
    """Whether an age is told of someone's kin: a kin the extractor kept,
    or an unnamed noun of kin ("his 32-year-old brother", ``given_name_kin``
    of rules/people.yaml)."""
    noun = age.subject.removeprefix("unnamed:") if age.subject.startswith("unnamed:") else None
    return bool(age.person.kin or age.person.kin_of) or noun in people_lexicon().given_name_kin


def _sex(age: Claim) -> str | None:
    """The sex told of an age's person: an unnamed noun's, else the one the
    extractor kept on the age."""
    return unnamed_sex(age) if age.subject.startswith("unnamed:") else age.person.sex


def _set_against(
    findings: list[Finding],
    incident: str,
    ids: frozenset[str],
    pair: tuple[Claim, Claim],
    min_confidence: float,
) -> list[Finding]:
    """``findings`` with the two ages ``ids`` graded as one person's: their
    one possible conflict graded again, or their two findings each of one
    report's value made one conflict; else as they were."""
    holding = [f for f in findings if f.incident == incident and any(c.id in ids for c in f.claims)]
    if len(holding) == 1 and holding[0].status is Status.possible_conflict and not holding[0].internal:
        graded = grade(*pair, internal=False, crowd=1, extra=[_ONE_AGED])
        regraded = holding[0].model_copy(
            update={
                "status": graded.status(min_confidence),
                "confidence": graded.confidence,
                "reasons": graded.reasons,
            }
        )
        return [regraded if f is holding[0] else f for f in findings]
    if len(holding) != 2 or any(f.status is not Status.only_in_one for f in holding):
        return findings
    a, b = pair
    verdict = judge_age(a, b)
    if verdict is None or verdict.status is not Status.conflict:
        return findings
    paired = person_conflict(
        a,
        b,
        incident=incident,
        subject=a.subject,
        label=a.subject_label,
        explanation=verdict.explanation,
        reason=_APART,
        min_confidence=min_confidence,
        kind=ClaimKind.age,
        about=None,
        extra=[_ONE_AGED],
    )
    return [f for f in findings if all(f is not held for held in holding)] + [paired]
