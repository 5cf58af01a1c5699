"""A group's list of ages against the same group's ages in the other report.

Reporters give a family's or a group's ages two ways: as a list told of the
group ("two children, ages 4 and 7", "his sons, 3 and 4", "her 10- and
13-year-old daughters", "two women -- 68 and 48-years-old") or person by
person ("Katherine Obukhov, 8; and Elizabeth Obukhov, 6", "a 3-year-old girl
and a boy, about 4").  The align stage pairs ages person by person, so a
list's ages (the group's, subject ``group:child`` or ``unnamed:woman``) never
meet the other report's ages of named people, and "ages 4 and 7" against 8
and 6 was never seen.

Here the whole list (its size the extractor sets: ``listed`` of the age's
details) is set against the other report's people of that group: for a group
of children (``group_list_children`` of rules/people.yaml, every listed age
under 18), each child the other report gives an age under 18, of a sex the
group's noun allows; for a group of grown men or women told in a role ("the
bodies of two women"), each adult of no other sex told in that role, and
where those are not as many as the list, with them the named adults told in
no role whom a noun tells as one of a group (reporters name the dead with
their ages and leave the role to another clause: "The bodies of Robyn
Mendes, 48, ... were found"; never a speaker or an owner).  Only where
the other report gives exactly as many such people as the list has
ages are they one group: the ages, in order, agree when each falls on the
other's (a hedged age, "about 4", reaches ``age_hedge_reach`` years), and
otherwise one report is wrong.  A children's group so matched is clearly the
same (a family's children): a conflict, graded as a person's finding.  A
group of grown-ups, or two lists of one group, may be told of different
people of one incident: at most a possible conflict; but two lists of one
subject that give every age but one alike ("Two suspects, aged 24 and 31"
against "aged 24 and 35") are one group told twice, whose one age left on
each side is one person's: graded as a conflict.  A group told only by its
part ("two suspects", no sex) is set against the other report's list of
that part alone.  A list set apart
("two other kids") is none (the extractor sets no size), and a list whose
ages the other report's own list of the same subject gives alike is left to
the align stage (one of other ages is judged, a possible conflict).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import permutations

from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE
from reportcheck.compare.judges.verdict import quoted_sentences
from reportcheck.compare.person_findings import person_conflict
from reportcheck.knowledge.names import people_lexicon
from reportcheck.knowledge.vocabulary import ADULT_AGE, is_earlier_measure, is_person_subject
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey, Status

#: the classes of a group: its people are children, or grown-ups of one sex
CHILDREN, GROWN = "children", "grown"
#: grown-ups told by the part they played, of no sex ("Two suspects, aged 24 and 31"): only
#: ever set against the other report's list of that part, never against people told one by one
IN_ROLE = "grown-ups in one role"
#: why a match of grown-ups is no more than possible
_MAYBE_OTHERS = "a group of grown-ups: the other report's may be other people of the incident"
_TWO_LISTS = "two lists of a group: each may be of other people of the incident"


#: the most ages of a list set against another report's people (their orders are tried)
_MOST = 6


@dataclass(frozen=True)
class Person:
    """One person of a report with an age: their claims, their age as an
    interval (a hedge widened), their sex and role where stated."""

    claims: tuple[Claim, ...]
    low: float
    high: float
    sex: str | None
    role: str | None
    #: the noun of kin and its possessor the person is told as ("nephew", "her")
    kin: str | None = None
    kin_of: str | None = None
    #: told unharmed or only there to see
    spared: bool = False
    #: a named person told by a noun as one of a group ("The bodies of X")
    named_in_group: bool = False

    @property
    def claim(self) -> Claim:
        return self.claims[0]

    @property
    def who(self) -> str:
        first = self.claim
        return (
            first.person.person or first.evidence.text.strip()
            if is_person_subject(first.subject)
            else f"a {_noun(first)}"
        )


@dataclass(frozen=True)
class AgeList:
    """One list of a group's ages: its claims in order, its noun, class, sex and role."""

    claims: tuple[Claim, ...]
    noun: str
    kind: str
    sex: str | None
    role: str | None

    @property
    def ages(self) -> list[float]:
        return [c.value.low or 0.0 for c in self.claims]

    @property
    def reach(self) -> float:
        """How far each age reaches: a hedge on the list ("ages about 4 and
        6", read on its first number) is every age's."""
        return people_lexicon().age_hedge_reach if any(c.hedges for c in self.claims) else 0

    @property
    def kin_of(self) -> str | None:
        """Whose kin the group is told as ("her" of "her two sons")."""
        return self.claims[0].person.kin_of

    @property
    def spared(self) -> bool:
        """The group is told unharmed or only there to see."""
        return bool(self.claims[0].person.spared)

    @property
    def words(self) -> str:
        ages = [f"{a:g}" for a in self.ages]
        listed = ", ".join(ages[:-1]) + f" and {ages[-1]}"
        return f"{len(ages)} of a group ({self.noun}) aged {listed}"


def age_list_findings(
    groups: Mapping[GroupKey, list[Claim]], min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> list[Finding]:
    """An agreement or a conflict for each list of a group's ages one report
    gives and the other report's ages of the same number of that group's
    people, given person by person or as its own list."""
    ages = [c for key, claims in groups.items() if key.kind == ClaimKind.age.value for c in claims]
    named = _named(c for key, claims in groups.items() if key.kind == ClaimKind.person.value for c in claims)
    by_side: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for claim in ages:
        if not is_earlier_measure(claim.frame.measure):
            by_side[(claim.incident, claim.report)].append(claim)
    findings: list[Finding] = []
    seen: set[tuple[str, ...]] = set()
    for (incident, report), claims in sorted(by_side.items()):
        for listed in _lists(claims):
            for (other_incident, other), theirs in sorted(by_side.items()):
                if other_incident != incident or other == report:
                    continue
                mine = by_side[(incident, report)]
                finding = _against(listed, theirs, mine, named, incident, min_confidence)
                key = tuple(sorted(c.id for c in finding.claims)) if finding else ()
                if finding is not None and key not in seen:
                    seen.add(key)
                    findings.append(finding)
    return findings


@dataclass(frozen=True)
class Named:
    """What a report states of its named people besides their ages: the sex
    (a title, a pronoun) and the role (a victim, a suspect) of each, keyed by
    report and subject; an age claim of a name carries neither."""

    sexes: dict[tuple[int, str], str]
    roles: dict[tuple[int, str], str]
    #: the noun of kin and its possessor told in apposition ("Her nephews, Leo Soto")
    kins: dict[tuple[int, str], tuple[str, str | None]] = field(default_factory=dict)
    #: the people told unharmed or only there to see
    spared: frozenset[tuple[int, str]] = frozenset()
    #: the people a noun of their phrase tells as one of a group ("The bodies of X")
    in_group: frozenset[tuple[int, str]] = frozenset()


def _named(people: Iterable[Claim]) -> Named:
    sexes: dict[tuple[int, str], str] = {}
    roles: dict[tuple[int, str], str] = {}
    kins: dict[tuple[int, str], tuple[str, str | None]] = {}
    spared: set[tuple[int, str]] = set()
    in_group: set[tuple[int, str]] = set()
    for claim in people:
        key = (claim.report, claim.subject)
        if claim.person.sex:
            sexes[key] = claim.person.sex
        if claim.person.role:
            roles[key] = claim.person.role
        if claim.person.kin:
            kins.setdefault(key, (claim.person.kin, claim.person.kin_of))
        if claim.person.spared:
            spared.add(key)
        if claim.person.named_in_group:
            in_group.add(key)
    return Named(sexes, roles, kins, frozenset(spared), frozenset(in_group))


def _noun(claim: Claim) -> str:
    return claim.subject.split(":", 1)[1]


def _lists(claims: Sequence[Claim]) -> list[AgeList]:
    """The lists of groups' ages among one report's age claims: the claims
    of one subject and sentence that the extractor marked as a list of as
    many ages as there are claims."""
    parts: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.person.listed:
            parts[(claim.subject, claim.evidence.sentence_start)].append(claim)
    found = []
    lex = people_lexicon()
    for _, members in sorted(parts.items()):
        members.sort(key=lambda c: c.evidence.start)
        size = members[0].person.listed
        if len(members) != size or size > _MOST or any(c.value.low != c.value.high for c in members):
            continue
        noun = _noun(members[0])
        sex = lex.sex_of.get(noun)
        ages = [c.value.low or 0.0 for c in members]
        role = members[0].person.role
        if noun in lex.group_list_children and max(ages) < ADULT_AGE:
            kind = CHILDREN
        elif sex is not None and min(ages) >= ADULT_AGE:
            kind = GROWN
        elif role is not None and min(ages) >= ADULT_AGE:
            kind = IN_ROLE
        else:
            continue
        found.append(AgeList(tuple(members), noun, kind, sex, role))
    return found


def _against(
    listed: AgeList,
    theirs: list[Claim],
    mine: list[Claim],
    named: Named,
    incident: str,
    min_confidence: float,
) -> Finding | None:
    """The finding of one list against the other report's ages, or None
    where that report gives no group of as many people of the same kind."""
    lists = [other for other in _lists(theirs) if _same_group(listed, other)]
    if lists:
        other = lists[0]
        if len(lists) > 1 or listed.claims[0].report > other.claims[0].report:
            return None
        people = [
            Person((c,), c.value.low or 0.0, c.value.high or 0.0, other.sex, other.role) for c in other.claims
        ]
        unsure = None if _one_leftover(listed, other) else _TWO_LISTS
        finding = _judge(listed, people, incident, min_confidence, unsure=unsure)
        if other.claims[0].subject == listed.claims[0].subject and finding and finding.status is Status.agree:
            return None  # two lists of one subject alike: the align stage pairs them age by age
        return finding  # "two women -- 68 and 48" against "the women killed, who were 61 and 48"
    if listed.kind == IN_ROLE:
        return None  # "two suspects, aged 24 and 31" beside people told one by one: may be others
    apart = _told_apart(listed, mine, named)
    told = [p for p in _people(theirs, named) if not _is_told(p, apart)]
    people = [p for p in told if _of_the_group(listed, p)]
    if len(people) != len(listed.claims):
        people = [p for p in told if _of_the_group(listed, p) or _named_of_no_role(listed, p)]
    if len(people) != len(listed.claims):
        return None
    unsure = _MAYBE_OTHERS if listed.kind == GROWN else None
    return _judge(listed, people, incident, min_confidence, unsure=unsure)


def _same_group(listed: AgeList, other: AgeList) -> bool:
    """Two lists that may be of one group: as many ages, of one kind, no
    sex or role of one the other's opposite; a group told only by its part
    ("two suspects") is one with a list of that same part."""
    if IN_ROLE in (listed.kind, other.kind) and listed.role != other.role:
        return False
    return (
        len(listed.claims) == len(other.claims)
        and listed.kind == other.kind
        and _fits(listed.sex, other.sex)
        and _fits(listed.role, other.role)
    )


def _one_leftover(listed: AgeList, other: AgeList) -> bool:
    """Whether two lists of one group's noun are one group told twice, but
    for one age: every age of one list but one is an age of the other
    ("Two suspects, aged 24 and 31" against "Two suspects, aged 24 and
    35"), neither hedged.  The ages both give are the same people, so the
    one age left on each side is one person's, and the two reports
    disagree on it; where more than one age differs, the lists may be of
    other people of the incident (a possible conflict, as before)."""
    if listed.claims[0].subject != other.claims[0].subject or listed.reach or other.reach:
        return False
    left = list(other.ages)
    unmatched = 0
    for age in listed.ages:
        if age in left:
            left.remove(age)
        else:
            unmatched += 1
    return unmatched == 1 and len(listed.ages) > 1


def _fits(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _people(claims: Sequence[Claim], named_people: Named) -> list[Person]:
    """A report's people with an age, each once: a named person's ages are
    one person's; an unnamed age is another's unless a named person or an
    unnamed one of no other sex has it too ("Jovan Wilson, 15" and "the
    15-year-old boy")."""
    lex = people_lexicon()
    reach = lex.age_hedge_reach
    named: dict[str, list[Claim]] = defaultdict(list)
    unnamed: list[Claim] = []
    for claim in sorted(claims, key=lambda c: c.evidence.start):
        if claim.person.listed or claim.value.low is None or claim.value.high is None:
            continue
        if is_person_subject(claim.subject):
            named[claim.subject].append(claim)
        elif claim.subject.startswith("unnamed:"):
            unnamed.append(claim)
    people = []
    for subject, told in named.items():
        widen = reach if any(c.hedges for c in told) else 0
        low = min(c.value.low or 0.0 for c in told) - widen
        high = max(c.value.high or 0.0 for c in told) + widen
        key = (told[0].report, subject)
        roles: set[str | None] = {c.person.role for c in told if c.person.role} or {
            named_people.roles.get(key)
        }
        role = roles.pop() if len(roles) == 1 else None
        kin, kin_of = named_people.kins.get(key, (None, None))
        sex = named_people.sexes.get(key)
        spared = key in named_people.spared
        in_group = key in named_people.in_group
        people.append(Person(tuple(told), low, high, sex, role, kin, kin_of, spared, in_group))
    for claim in unnamed:
        sex = lex.sex_of.get(_noun(claim)) or claim.person.sex
        same = [p for p in people if p.low <= (claim.value.low or 0.0) <= p.high and _fits(p.sex, sex)]
        if same:
            continue  # the named person's age, or an unnamed one's told again
        widen = reach if claim.hedges else 0
        low, high = (claim.value.low or 0.0) - widen, (claim.value.high or 0.0) + widen
        told_as = claim.person
        people.append(Person((claim,), low, high, sex, told_as.role, spared=bool(told_as.spared)))
    return people


def _told_apart(listed: AgeList, mine: Sequence[Claim], named: Named) -> list[Person]:
    """The listing report's own people told apart from its list: an age
    of theirs that is none of the list's ("his grandchildren, ages 2 and
    4" beside "Lisa Gomez, 16, was also wounded") is someone else's."""
    return [p for p in _people(mine, named) if not any(p.low <= age <= p.high for age in listed.ages)]


def _is_told(person: Person, apart: Sequence[Person]) -> bool:
    """Whether the listing report tells the other report's person apart
    from its list: one of its own of that age, role and sex ("a
    16-year-old girl was wounded" against its "Lisa Gomez, 16, was also
    wounded"), who is then not one of the list."""
    return any(
        own.low <= person.high
        and person.low <= own.high
        and _fits(own.role, person.role)
        and _fits(own.sex, person.sex)
        for own in apart
    )


def _of_the_group(listed: AgeList, person: Person) -> bool:
    """Whether a person may be one of a listed group: a child of a
    children's group (of a sex its noun allows); a grown-up of a grown-ups'
    group only where both are told in the group's role ("the bodies of two
    women" and "the victims have been identified as"): grown-ups of no role
    may be the incident's other people ("two men, aged 32 and 42, were
    kicked" beside a shooting's wounded); never of another role or sex."""
    if not _fits(listed.role, person.role) or not _fits(listed.sex, person.sex):
        return False
    if listed.spared != person.spared or not _same_kin(listed, person):
        return False
    if listed.kind == CHILDREN:
        return person.high < ADULT_AGE
    return person.low >= ADULT_AGE and listed.role is not None and person.role == listed.role


def _named_of_no_role(listed: AgeList, person: Person) -> bool:
    """Whether a named grown-up the other report tells in no role may be of
    a grown-ups' group told in one ("the bodies of two women -- 68 and 48"
    against "the bodies of Robyn Mendes, 48, ... and Catherine Gomes, 61,
    were found", ECB+ 32): reporters name the dead with their ages and leave
    the role to the verb of another clause.  Only named people a noun tells
    as one of a group (``named_in_group`` of the details: "The bodies of",
    "the victims have been identified as", "named the women as"), never
    a speaker, an owner or one held ("The bar's owners, Kyle Reed, 49, and
    Sean Pope, 55, said"), of no other sex, kin or spared state; tried only
    where those told in the role are not as many as the list, and the match
    stays a possible conflict."""
    if listed.kind != GROWN or listed.role is None or person.role is not None:
        return False
    # only a named person is told in a group (_people): named_in_group implies a person's subject
    if not person.named_in_group or person.low < ADULT_AGE:
        return False
    return _fits(listed.sex, person.sex) and listed.spared == person.spared and _same_kin(listed, person)


def _same_kin(listed: AgeList, person: Person) -> bool:
    """Whether a named person may be of the list's kin: a list told as
    someone's kin ("her two sons") is not the other report's people told
    as another kin of the same possessor ("her nephews", ``group_list_kin``
    of rules/people.yaml), nor those of another household ("his children" against "a neighbor's
    children": a possessor of the witness role)."""
    if listed.kin_of is None or person.kin is None:
        return True
    lex = people_lexicon()
    mine, theirs = lex.group_list_kin.get(listed.noun), lex.group_list_kin.get(person.kin)
    one_possessor = person.kin_of is None or person.kin_of == listed.kin_of
    if mine is not None and theirs is not None and mine != theirs and one_possessor:
        return False
    return _outsider(listed.kin_of) == _outsider(person.kin_of)


def _outsider(kin_of: str | None) -> bool:
    """A possessor that names another household than the victim's ("a
    neighbor's"): a noun of the witness role."""
    return kin_of is not None and people_lexicon().role_of.get(kin_of) == "witness"


def _judge(
    listed: AgeList, people: list[Person], incident: str, min_confidence: float, *, unsure: str | None
) -> Finding | None:
    """The list's ages against the people's, paired in the order that
    agrees most: every age on its person's, agreement; else a conflict
    whose reasons say which age the list gives where the other report gives
    whose."""
    reach = listed.reach
    order = max(permutations(people), key=lambda ps: _agreeing(listed.ages, ps, reach))
    pairs = list(zip(listed.claims, order, strict=True))
    differing = [(c, p) for c, p in pairs if not _meets(c.value.low or 0.0, reach, p)]
    theirs = "; ".join(f"{p.who}: {_age_words(p)}" for p in order)
    first = listed.claims[0]
    label = f"ages of {listed.words}"
    if not differing:
        return Finding(
            status=Status.agree,
            kind=ClaimKind.age,
            subject=f"{first.subject}:listed",
            subject_label=label,
            internal=False,
            incident=incident,
            explanation=f"{listed.words} vs {theirs}: the same ages of the group",
            claims=sorted([first, order[0].claim], key=lambda c: c.report),
        )
    claim, person = differing[0]
    whose = ", ".join(
        f"{c.value.low:g} where report {p.claim.report + 1} gives {p.who} {_age_words(p)}"
        for c, p in differing
    )
    a, b = sorted([claim, person.claim], key=lambda c: c.report)
    return person_conflict(
        a,
        b,
        incident=incident,
        subject=f"{first.subject}:listed",
        label=label,
        explanation=(
            f"{listed.words} in report {first.report + 1}, {theirs} in report "
            f"{person.claim.report + 1}: {quoted_sentences(a, b)}"
        ),
        reason=f"one group of {len(people)} {listed.kind}: {whose}",
        min_confidence=min_confidence,
        kind=ClaimKind.age,
        about=ClaimKind.age,
        unsure=unsure,
    )


def _meets(age: float, reach: float, person: Person) -> bool:
    """Whether a listed age, as far as its hedge reaches, falls on the person's."""
    return person.low <= age + reach and age - reach <= person.high


def _agreeing(ages: list[float], people: Sequence[Person], reach: float = 0) -> tuple[int, float]:
    """How many ages fall on their person's, then how near the rest are."""
    hits = sum(1 for age, p in zip(ages, people, strict=True) if _meets(age, reach, p))
    gaps = sum(max(p.low - age, age - p.high, 0.0) for age, p in zip(ages, people, strict=True))
    return hits, -gaps


def _age_words(person: Person) -> str:
    claim = person.claim
    value = claim.value.label or f"{claim.value.low:g}"
    return f"about {value}" if claim.hedges else value
