"""Two names for the one holder of a role: "Kevin Ortega, 23, was charged"
here, "Luis Ferrer, 23, was charged" there, of one killing.

The align stage pairs people by their names, so two reports that name the
one suspect (or the one victim) differently leave two people each told by
one report only, and nobody sees that the reports disagree on who it was.
Where each report tells one holder of a role of ``unique_roles``
(rules/people.yaml) in its main incident and names that holder in full
(a first and a last name), and neither report names the other's holder at
all nor tells its own in a background incident or beside a person of one
(another case's), the two names are set against each other.  A role has
one holder only where the report says so: one suspect where no count of the arrested is
above one, no one else is told as a suspect (named, or unnamed with an
age) and the report tells of one victim (a story retelling an earlier
killing names that case's suspect); one victim where the report tells of one victim only
(:func:`reportcheck.compare.one_victim.one_victims`) and calls one named
person the victim; one pilot, driver, owner (``part_roles``) where the
report gives the part to one named person (the extractor gives it to no one
where the report tells several holders: "the other driver", "the co-pilot").
A follow-up may name a second suspect or a victim the other report left
out, so the finding is a possible conflict only.  An office one person
holds at a time (the coroner, the sheriff, the fire or police chief, the
mayor, the prosecutor: ``offices`` of rules/people.yaml, read by
extract/people/offices.py) is held once wherever a report names its holder;
two names for it are graded as a person's conflict, but for the offices a
report may name a second holder of (``office_unsure``: a trial's line
prosecutors, another town's mayor), a possible conflict only.  Two names of
one surname are one holder where their first names fit ("Mike" and
"Michael", an initial, "JT") or one writes a middle name the person may go
by; "Mayor Ray Costigan" against "Mayor Phil Costigan" is a possible
conflict (the corpora show one surname told with two first names only of
one holder, "JT Fowler" and "Gregory T. Fowler").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from itertools import combinations

from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE
from reportcheck.compare.judges.verdict import quoted_sentences
from reportcheck.compare.one_victim import one_victims
from reportcheck.compare.person_findings import person_conflict
from reportcheck.knowledge.names import (
    initialled,
    letters_only,
    name_parts,
    names_match,
    names_someone_of,
    one_word_renamed,
    people_lexicon,
    person_key,
)
from reportcheck.knowledge.vocabulary import (
    MAIN,
    SUSPECT,
    UNNAMED_PREFIX,
    VICTIM,
    is_named_person,
    several_arrested,
)
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey

#: what the finding adds to its reasons: why it is never more than possible
_UNSURE = "a report may name a second holder the other leaves out"


def _holders(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[int, str], set[str]]:
    """(report, role) -> the subjects of the named people the report tells
    in that role in its main incident."""
    roles = people_lexicon().unique_roles
    ranks = people_lexicon().one_officer_ranks
    held: dict[tuple[int, str], set[str]] = defaultdict(set)
    for key, claims in groups.items():
        if key.incident != MAIN or not is_named_person(key.kind, key.subject):
            continue
        for claim in claims:
            if claim.person.role in roles:
                held[(claim.report, claim.person.role)].add(key.subject)
            if claim.person.part in roles:
                # "The factory's owner, R. Sundaram, was arrested": the owner as well as the one arrested
                held[(claim.report, claim.person.part)].add(key.subject)
            if claim.person.office is not None:
                # "County Coroner Ann Ruiz": the one holder of an office
                held[(claim.report, claim.person.office)].add(key.subject)
            if claim.person.rank in ranks:
                # "Sgt. Dana Whitfield": the one sergeant, one officer where the other's has her first name
                held[(claim.report, claim.person.rank)].add(key.subject)
    return held


def _several_suspects(groups: Mapping[GroupKey, list[Claim]]) -> set[int]:
    """Reports whose main incident counts more than one arrested, or tells
    a suspect by an age without a name (who may be a second one)."""
    several = set()
    for key, claims in groups.items():
        if key.incident != MAIN:
            continue
        for claim in claims:
            counted = several_arrested(claim)
            unnamed = (
                claim.kind is ClaimKind.age
                and claim.subject.startswith(UNNAMED_PREFIX)
                and (claim.person.role == SUSPECT)
            )
            if counted or unnamed:
                several.add(claim.report)
    return several


def _one_victim_reports(groups: Mapping[GroupKey, list[Claim]]) -> set[int]:
    """Reports whose main incident tells of one victim only."""
    return {report for (incident, report) in one_victims(groups) if incident == MAIN}


def _names_beside(claim: Claim, background: list[Claim]) -> bool:
    """Whether a mention's sentence names (by the surname: "Young's death") a
    person its report tells in a background incident."""
    surnames = {person_key(other.evidence.text) for other in background if other.report == claim.report}
    return names_someone_of(claim.evidence.sentence, claim.evidence.text, surnames)


def _full_name(claims: list[Claim]) -> Claim | None:
    """A mention that names the person by a first and a last name, or an
    initial and a last name, as reports in South Asia name people ("R.
    Sundaram"); a title is no first name: "Officer Diaz" is a surname only."""
    for claim in claims:
        if claim.kind is ClaimKind.person and (
            len(name_parts(claim.value.name or "")) >= 2 or initialled(claim.value.name or "")
        ):
            return claim
    return None


def role_name_findings(
    groups: Mapping[GroupKey, list[Claim]], min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> list[Finding]:
    """A possible conflict for each role of one holder two reports name differently."""
    held = _holders(groups)
    if not held:
        return []
    people: dict[str, list[Claim]] = defaultdict(list)
    elsewhere: set[str] = set()  # told in a background incident too: maybe another case's
    background: list[Claim] = []
    for key, claims in groups.items():
        if key.incident == MAIN and is_named_person(key.kind, key.subject):
            people[key.subject] += claims
        elif is_named_person(key.kind, key.subject):
            elsewhere.add(key.subject)
            background += claims
    # told in a sentence naming a person of a background incident: "Dell was charged in Young's death"
    elsewhere |= {
        subject
        for subject, claims in people.items()
        if subject not in elsewhere and any(_names_beside(c, background) for c in claims)
    }
    reports = sorted({report for report, _ in held})
    victims = _one_victim_reports(groups)  # a story of two victims may tell two cases, two suspects
    one = {SUSPECT: (set(reports) - _several_suspects(groups)) & victims, VICTIM: victims}
    findings = []
    offices = set(people_lexicon().office_of.values())
    ranks = people_lexicon().one_officer_ranks - people_lexicon().unique_roles
    for role in sorted(people_lexicon().unique_roles | offices | ranks):
        for first, second in combinations(reports, 2):
            mine, theirs = held.get((first, role), set()), held.get((second, role), set())
            if len(mine) != 1 or len(theirs) != 1 or mine == theirs:
                continue
            held_once = one.get(role, set(reports))  # a part's role: one holder, or no one has it
            if first not in held_once or second not in held_once:
                continue
            a_key, b_key = next(iter(mine)), next(iter(theirs))
            if {a_key, b_key} & elsewhere:
                continue
            if {c.report for c in people[a_key]} != {first} or {c.report for c in people[b_key]} != {second}:
                continue  # a report names the other's holder too: two people it tells apart
            a = _full_name([c for c in people[a_key] if c.report == first])
            b = _full_name([c for c in people[b_key] if c.report == second])
            if a is None or b is None:
                continue
            one_surname = person_key(a.value.name or "") == person_key(b.value.name or "")
            if (
                role in offices
                and one_surname
                and _one_holder_by_name(a.value.name or "", b.value.name or "")
            ):
                continue  # "JT Fowler", "Gregory T. Fowler": one chief, by initials and by name
            if role in offices and _two_places(a, b):
                continue  # "Elmwood Police Chief", "Brant Police Chief": two towns' chiefs
            if role in people_lexicon().placed_offices and not _one_place(a, b):
                continue  # "Qeshm Governor", "the governor-general of Hormozgan province": two levels
            if role in ranks and not _one_first_name(a.value.name or "", b.value.name or ""):
                continue  # "Sgt. Don Mahala", "Sgt. Vanette Cruz": two sergeants of one force
            # "Mayor Ray Costigan" against "Mayor Phil Costigan": one surname, two first names, a look
            sure = role in ranks or (role in offices and (not one_surname or _first_name_slip(a, b)))
            sure = sure or _renamed_in_one_part(a, b, role)  # "the captain, Gaspare Licata", "... Licari"
            findings.append(_two_names(a, b, role, min_confidence, sure=sure))
    return findings


def _renamed_in_one_part(a: Claim, b: Claim, role: str) -> bool:
    """Whether the one holder of a part each report names is one person one
    report has wrong: a name with one word another name
    (:func:`one_word_renamed`), the part no victim's, suspect's or
    officer's (``renamed_roles_apart``: "Darnell Pruett" and "Dwayne
    Pruett", each the one arrested, may be two brothers)."""
    if role in people_lexicon().renamed_roles_apart:
        return False
    return one_word_renamed(a.value.name or "", b.value.name or "")


def parts_played(claims: list[Claim]) -> set[str]:
    """The parts a report gives a person (a part, an office, a role told by
    the noun that gives it): "the captain", "mine director", "Rescue 1122
    spokesman" ("director", "spokesman": an official's role, whose nouns
    tell a mayor from a spokesman).  A victim, a suspect, an officer or a
    witness (``renamed_roles_apart``), and the noun of any
    official ("official": ``renamed_role_nouns_apart``), is left to the
    one-holder readings above: two victims may be a sister and a brother,
    two officers two of one force; a rank likewise."""
    lex = people_lexicon()
    apart = lex.renamed_roles_apart | lex.renamed_role_nouns_apart
    parts = set()
    for claim in claims:
        person = claim.person
        role = person.role
        if (
            role not in lex.renamed_roles_apart
            and person.role_noun
            and lex.role_of.get(person.role_noun) == role
        ):
            role = person.role_noun  # "mayor Ann Ruiz", "police spokesman Ann Ruiz": two officials' parts
        parts |= {p for p in (person.part, person.office, role) if p and p not in apart}
    return parts


def renamed_holder_findings(
    groups: Mapping[GroupKey, list[Claim]], min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> list[Finding]:
    """A conflict for one person in one part whose name two reports give
    with one word another name: "The captain, Raimundo Nonato Batista, 51"
    here, "The captain, Raimundo Nonato Bastos, 51" there; "mine director
    Zoran Milić", "mine director Zoran Miletić"
    (:func:`reportcheck.knowledge.names.one_word_renamed`).  The align stage
    keeps the two apart (their surnames are not one spelling), and a report
    may tell several officials or captains, so the one-holder reading above
    leaves them.  Names so close in one part are one person one report has
    wrong; two people of one surname, or of one first name, are told apart
    by a word more ("Kevin Ahles", "Kaleb Ahles" begin otherwise).  Each
    name is told by its own report only, in its main incident, and by no
    sentence of a background incident's person."""
    people: dict[str, list[Claim]] = defaultdict(list)
    for key, claims in groups.items():
        if key.incident == MAIN and is_named_person(key.kind, key.subject):
            people[key.subject] += claims
    elsewhere = {k.subject for k in groups if k.incident != MAIN and is_named_person(k.kind, k.subject)}
    told = {
        subject: claims
        for subject, claims in people.items()
        if subject not in elsewhere and len({c.report for c in claims}) == 1
    }
    named_already = {frozenset(c.id for c in f.claims) for f in role_name_findings(groups, min_confidence)}
    findings = []
    for a_key, b_key in combinations(sorted(told), 2):
        a = _full_name(told[a_key])
        b = _full_name(told[b_key])
        if a is None or b is None or a.report == b.report:
            continue
        parts = parts_played(told[a_key]) & parts_played(told[b_key])
        if frozenset((a.id, b.id)) in named_already:
            continue  # the one holder of an office or a part, set against the other's already
        if parts and one_word_renamed(a.value.name or "", b.value.name or ""):
            findings.append(_two_names(a, b, min(parts), min_confidence, sure=True, one_part=True))
    return findings


def _one_holder_by_name(a: str, b: str) -> bool:
    """Whether two names of one surname are one office-holder told two
    ways: the first names fit (:func:`names_match`: "Mike"/"Michael",
    "R."/"Ravi"), one is written in capitals as initials ("JT Fowler",
    "Gregory T. Fowler", ECB+), or one carries a middle name or initial,
    which the other's first name may be the one he goes by ("Chief Jim
    Harlan", "Chief Michael D. Harlan").  In ECB+ and GVC, reports naming
    one office's holder never named two people of one surname; two plain
    first names ("Ray Costigan", "Phil Costigan") are still more likely two
    people than one, a possible conflict only (the caller's)."""
    if names_match(a, b) or _initials_first(a) or _initials_first(b):
        return True
    return len(name_parts(a)) > 2 or len(name_parts(b)) > 2 or _middle_initial(a) or _middle_initial(b)


def _middle_initial(name: str) -> bool:
    """ "Michael D. Harlan": an initial between the first name and the surname."""
    words = name.split()
    return len(words) > 2 and any(re.fullmatch(r"[A-Z]\.?", w) for w in words[1:-1])


def _initials_first(name: str) -> bool:
    """A first name written as capital initials without stops ("JT", "PK")."""
    words = name.split()
    return len(words) > 1 and words[0].isalpha() and words[0].isupper() and len(words[0]) <= 3


def _one_first_name(a: str, b: str) -> bool:
    """Whether two full names begin with one first name written alike
    ("Dana Whitfield", "Dana Whitcomb")."""
    first_a, first_b = name_parts(a)[:1], name_parts(b)[:1]
    return bool(first_a) and [letters_only(w) for w in first_a] == [letters_only(w) for w in first_b]


def _one_place(a: Claim, b: Claim) -> bool:
    """Whether both holders' titles tell one place ("Erie County
    Executive" twice)."""
    return a.person.office_place is not None and a.person.office_place == b.person.office_place


def _first_name_slip(a: Claim, b: Claim) -> bool:
    """Whether two names of one surname for one place's office are one
    first name a report has wrong: both titles tell the one place ("Erie
    County Executive Dana Kowalczyk", "Erie County Executive Diane
    Kowalczyk") and the two first names begin alike.  First names of two
    initials ("Ray", "Phil") may be a first name and a middle name one
    holder goes by, a look only."""
    first_a, first_b = (name_parts(c.value.name or "")[0] for c in (a, b))
    return _one_place(a, b) and first_a[0].lower() == first_b[0].lower()


def _two_places(a: Claim, b: Claim) -> bool:
    """Whether two holders' titles tell two places ("Harlan County Coroner"
    against "Dexter County Coroner"): two offices, two holders."""
    first, second = a.person.office_place, b.person.office_place
    return first is not None and second is not None and first != second


def _two_names(
    a: Claim, b: Claim, role: str, min_confidence: float, sure: bool = False, *, one_part: bool = False
) -> Finding:
    """The finding: both sentences quoted, graded as a person's finding; a
    possible conflict only, but for an office of one holder (``sure``) out
    of ``office_unsure`` (rules/people.yaml), which the grading decides."""
    unsure = None if sure and role not in people_lexicon().office_unsure else _UNSURE
    held = "one person in one part, the" if one_part else "the one"
    return person_conflict(
        a,
        b,
        incident=MAIN,
        subject=f"{role}:name",
        label=f"the {role}'s name",
        explanation=(
            f"{held} {role}: {a.value.name} in one report, {b.value.name} in the other: "
            f"{quoted_sentences(a, b)}"
        ),
        reason=f"the one {role} each report names",
        min_confidence=min_confidence,
        unsure=unsure,
        ordered=True,
    )
