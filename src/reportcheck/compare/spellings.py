"""One person's surname spelled two ways: "John Casulo" here, "John Casullo" there.

The align stage joins two spellings of one name as one person (rapidfuzz,
:func:`reportcheck.knowledge.names.names_match`), and, for a surname
further off, one first name with one age ("Bentley Leonard, 4" and
"Bentley Lenhart, 4"): the person's other facts are then set against each
other.  The name itself is a fact too, and a misspelt name is what a
reader writes in about first.  Which report has it right the tool cannot
tell, and two spellings may both be in use (a family's, a court's).  Two
spellings of one name ("Lonfair"/"Lanfair", "Rachael"/"Rachel": one letter
or the vowels apart, a particle, a doubled letter) are one person's name,
which the reports agree on, as the evaluation's conventions have it; the
finding says so and still shows both spellings and both sentences.  A
surname with a consonant added, dropped or changed ("Embleton"/"Emberton",
"Kjærsgaard"/"Kjærgaard"; never one sound of another script, "b"/"v", nor
an "h" after a consonant: :func:`reportcheck.knowledge.names.misprinted_surname`)
is a misprint, no spelling: a conflict.  Two
names further apart ("Brumsey"/"Ramsey", "Leonard"/"Lenhart") are a
possible conflict, never a conflict, for the editor to check.  A first name spelled two ways
under one surname ("Louis Anaya" against "Luis Anaya", "Erika"/"Erica") is
shown the same way where the two are one letter apart; a shortening or a
pet form ("Chris"/"Christopher", "Joe"/"Joey") is how reporters vary first
names, no spelling (:func:`reportcheck.knowledge.names.given_name_spellings`),
and first names further apart ("Javon"/"Jovan") are left alone: the
surname already ties the two and which letters differ says too little.

A report may spell one name two ways itself ("Brady Osborne ... Obsorne",
"Sheila Rawlins ... Shelia owns"): :func:`internal_spelling_findings` shows
it as that report's own possible conflict, where the two words are one
letter apart (:func:`reportcheck.knowledge.names.misspelt`) and the report
ties them to one person: two full names of one first name, two first names
of one surname the report keeps as one person, or a word alone that is
no word of any full name the report gives against the one full name it
can be a slip of.  Two people the report names in full, each told with an
age or a role of their own, are two people however close their names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import combinations

from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE
from reportcheck.compare.judges.verdict import quoted_sentences
from reportcheck.compare.person_findings import person_agreement, person_conflict
from reportcheck.compare.role_names import parts_played
from reportcheck.knowledge.names import (
    given_name_spellings,
    given_name_spellings_far,
    letters_only,
    misprinted_surname,
    misspelt,
    name_parts,
    names_told_apart,
    people_lexicon,
    renamed_word,
    slip_target,
    spelling_variants,
    surname_spellings,
    title_before,
)
from reportcheck.knowledge.vocabulary import is_named_person
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey


def _fullest(claims: list[Claim], report: int) -> Claim | None:
    """A report's first mention of the person by the most words of name
    (a first name and a surname at least), or None."""
    named = [c for c in claims if c.report == report and c.kind is ClaimKind.person and c.value.name]
    named = [c for c in named if len(name_parts(c.value.name or "")) >= 2]
    if not named:
        return None
    return min(named, key=lambda c: (-len(name_parts(c.value.name or "")), c.evidence.start))


def _one_spelling(claims: list[Claim], report: int) -> bool:
    """Whether a report writes the person's surname one way only: a report
    that itself spells it two ways has no one spelling to set against."""
    named = [
        name_parts(c.value.name)
        for c in claims
        if c.report == report and c.kind is ClaimKind.person and c.value.name and name_parts(c.value.name)
    ]
    firsts = {parts[0] for parts in named if len(parts) > 1}
    # "Kaleb was pronounced dead" after "Kaleb Morris": a first name alone, no spelling of the surname
    spelt = {letters_only(parts[-1]) for parts in named if len(parts) > 1 or parts[0] not in firsts}
    return len(spelt) <= 1


def _given_names(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[int, str], set[str]]:
    """Each report's first names of each surname, over all its people
    ("Jon Smith" and "Joan Smith", however aligned, are two first names of
    "smith"), and a lone word of a person's group that is not the surname
    ("Luis" after "Louis Anaya"): a report that writes both spellings is
    not set against the other."""
    names: dict[tuple[int, str], set[str]] = {}
    for key, claims in groups.items():
        if not is_named_person(key.kind, key.subject):
            continue
        full = [name_parts(c.value.name or "") for c in claims if c.kind is ClaimKind.person]
        surnames = {letters_only(parts[-1]) for parts in full if len(parts) > 1}
        for claim in claims:
            parts = name_parts(claim.value.name or "") if claim.kind is ClaimKind.person else []
            if len(parts) > 1:
                names.setdefault((claim.report, letters_only(parts[-1])), set()).add(letters_only(parts[0]))
            elif len(parts) == 1 and letters_only(parts[0]) not in surnames:
                for surname in surnames:
                    names.setdefault((claim.report, surname), set()).add(letters_only(parts[0]))
    return names


def _one_person_told(groups: Mapping[GroupKey, list[Claim]], key: GroupKey, first: int, second: int) -> bool:
    """Whether two reports tell the person as one by more than the surname
    ("Ezekiel Molina, 5," the victim, and "Ezequiel Molina, 5"): both give
    the same one role, or neither gives a role the other does not and both
    give the same one exact age.  Two first names two letters apart are one
    person's only so: a brother and a sister differ in role or in age."""
    ages = [_exact_ages(groups, key, r) for r in (first, second)]
    if _two_of_the_surname(groups[key], first, second) or ages[0] and ages[1] and ages[0] != ages[1]:
        return False  # two ages: two people, whatever their roles
    roles = [
        {c.person.role for c in groups[key] if c.report == r and c.kind is ClaimKind.person and c.person.role}
        for r in (first, second)
    ]
    if roles[0] and roles[1]:
        return len(roles[0]) == 1 and roles[0] == roles[1]
    if len(roles[0] | roles[1]) > 1:
        return False
    return len(ages[0]) == 1 and ages[0] == ages[1]


def _exact_ages(groups: Mapping[GroupKey, list[Claim]], key: GroupKey, report: int) -> set[float]:
    """The exact ages ``report`` gives the person of ``key``."""
    return {
        c.value.low
        for k, claims in groups.items()
        if k.kind == ClaimKind.age.value and k.subject == key.subject and k.incident == key.incident
        for c in claims
        if c.report == report and c.value.low is not None and c.value.low == c.value.high
    }


def _two_of_the_surname(claims: list[Claim], first: int, second: int) -> bool:
    """Whether the reports tell two people of the surname: a relative told
    beside the name (:func:`_kin_told`: "Charlene Davis, 19, and her
    brother" / "Charlie Davis, 17, and his sister"), or a woman in one
    report and a man in the other."""
    if _kin_told(claims, first) or _kin_told(claims, second):
        return True
    sexes = [
        {c.person.sex for c in claims if c.report == r and c.kind is ClaimKind.person and c.person.sex}
        for r in (first, second)
    ]
    return bool(sexes[0] and sexes[1] and sexes[0] != sexes[1])


def _kin_told(claims: list[Claim], report: int) -> bool:
    """Whether a sentence naming the person in ``report`` tells a relative
    beside them ("Charlene Davis, 19, and her brother were wounded", "Charlie
    Davis and his sister"): a reporter who does so tells of two people of
    one surname in the event, whose first names two letters apart may be
    the two people's.  A relative told otherwise ("killed by his brother")
    is no second bearer of the name."""
    kin = people_lexicon().given_name_kin
    owners = ("his", "her", "their")
    for claim in claims:
        if claim.report != report or claim.kind is not ClaimKind.person:
            continue
        words = re.findall(r"[a-z]+", claim.evidence.sentence.lower())
        triples = zip(words, words[1:], words[2:], strict=False)
        if any(a == "and" and b in owners and c in kin for a, b, c in triples):
            return True
    return False


def spelling_findings(
    groups: Mapping[GroupKey, list[Claim]], min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> list[Finding]:
    """A finding for each person two reports name with one first
    name and two spellings of the surname, or with one surname and two
    spellings of the first name (one letter apart, no pet form; two letters
    apart where both reports tell the person as one by role or age), unless a
    report writes both first names itself: an agreement where the two are
    spellings of one name, a possible conflict otherwise (:func:`_spelling_finding`)."""
    findings = []
    given = _given_names(groups)
    for key, claims in sorted(groups.items()):
        if not is_named_person(key.kind, key.subject):
            continue
        reports = sorted({c.report for c in claims})
        for first, second in combinations(reports, 2):
            a, b = _fullest(claims, first), _fullest(claims, second)
            if a is None or b is None or not (_one_spelling(claims, first) and _one_spelling(claims, second)):
                continue
            spellings = surname_spellings(a.value.name or "", b.value.name or "")
            if spellings is not None:
                sure = _renamed_in_one_part(a, b, claims)
                findings.append(_spelling_finding(a, b, key, "surname", spellings, min_confidence, sure=sure))
            firsts = given_name_spellings(a.value.name or "", b.value.name or "")
            if firsts is None:
                # the cheap test of the two names first: the person check
                # scans every group and sentence, and most pairs spell alike
                far = given_name_spellings_far(a.value.name or "", b.value.name or "")
                firsts = far if far is not None and _one_person_told(groups, key, first, second) else None
            surname = letters_only(name_parts(a.value.name or "")[-1])
            if firsts is not None and not any(
                {letters_only(n) for n in firsts} <= given.get((r, surname), set()) for r in (first, second)
            ):
                sure = _one_part_both(a, b, claims)
                findings.append(_spelling_finding(a, b, key, "first name", firsts, min_confidence, sure=sure))
    return findings


def _one_part_both(a: Claim, b: Claim, claims: list[Claim]) -> bool:
    """Whether both reports give the person one part (the captain, the
    pilot, the driver: :func:`reportcheck.compare.role_names.parts_played`):
    the one holder, whose first name two reports write two ways that are
    no spellings of one name ("Capt. Hendra Wijaya", "the ship's captain,
    Hendri Wijaya") is one report's slip, a conflict the grading weighs.  A
    victim's or a suspect's (``renamed_roles_apart``) may be a brother's or
    a sister's of one surname: left a possible conflict."""
    own = [[c for c in claims if c.report == claim.report] for claim in (a, b)]
    if not parts_played(own[0]) & parts_played(own[1]):
        return False
    kinds = [_vehicle_kinds(claim.evidence.sentence) for claim in (a, b)]
    return not (all(kinds) and not kinds[0] & kinds[1])


def _vehicle_kinds(sentence: str) -> set[str]:
    """The kinds of vehicle a sentence tells (``part_vehicles`` of
    rules/people.yaml): "The bus driver, Hendra Wijaya" and "The truck
    driver, Hendri Wijaya" are the drivers of two vehicles, two holders."""
    vehicle_of = people_lexicon().vehicle_of
    return {vehicle_of[w] for w in re.findall(r"[a-z0-9-]+", sentence.lower()) if w in vehicle_of}


def _renamed_in_one_part(a: Claim, b: Claim, claims: list[Claim]) -> bool:
    """Whether two reports give one person one part (the mine director,
    the captain: :func:`reportcheck.compare.role_names.parts_played`) and
    surnames that are two names, no spelling ("Nenad Marković", "Nenad
    Marinković": :func:`reportcheck.knowledge.names.renamed_word`): one
    holder one report has wrong, a conflict the grading weighs."""
    renamed = renamed_word(a.value.name or "", b.value.name or "")
    if renamed is None or renamed == 0:
        return False
    own = [[c for c in claims if c.report == claim.report] for claim in (a, b)]
    return bool(parts_played(own[0]) & parts_played(own[1]))


def _spelling_finding(
    a: Claim,
    b: Claim,
    key: GroupKey,
    part: str,
    spellings: tuple[str, str],
    min_confidence: float,
    *,
    sure: bool = False,
) -> Finding:
    """The finding: the name's ``part`` ("surname", "first name") in both
    spellings and both sentences.  Two spellings of one name
    (:func:`reportcheck.knowledge.names.spelling_variants`: "Rachael"/"Rachel",
    "Lonfair"/"Lanfair") agree, as one person's name told by two reports
    does, the spellings still shown for the editor; two names further apart
    ("Brumsey"/"Ramsey", "Bryant"/"Brian") are a possible conflict, but for
    one holder of a part both reports name (``sure``), graded as a conflict.
    A surname whose consonants differ, one added, dropped or changed
    (:func:`reportcheck.knowledge.names.misprinted_surname`:
    "Embleton"/"Emberton", "Jianping"/"Jianming"), is one person's name one
    report misprinted, no spelling of it: graded as a conflict."""
    subject, label = f"{key.subject}:{part}", f"{a.value.name}'s {part}"
    told = f"{spellings[0]} in one report, {spellings[1]} in the other: {quoted_sentences(a, b)}"
    misprint = part == "surname" and misprinted_surname(*spellings)
    if spelling_variants(*spellings, surname=part == "surname") and not misprint:
        return person_agreement(
            a,
            b,
            incident=key.incident,
            subject=subject,
            label=label,
            explanation=f"agree: one person, the {part} spelled {told}",
        )
    return person_conflict(
        a,
        b,
        incident=key.incident,
        subject=subject,
        label=label,
        explanation=f"the {part} is spelled {told}",
        reason=f"same person: {a.value.name} and {b.value.name}",
        min_confidence=min_confidence,
        unsure=None if sure or misprint else "",
    )


@dataclass(frozen=True)
class Mention:
    """One naming of a person in one report: the claim, its group's incident,
    the words of the name (letters only) and the age told right at it."""

    claim: Claim
    incident: str
    words: tuple[str, ...]
    age: float | None

    @property
    def full(self) -> bool:
        return len(self.words) > 1


def internal_spelling_findings(
    groups: Mapping[GroupKey, list[Claim]], min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> list[Finding]:
    """A possible conflict, inside one report, for each name it spells two
    ways one letter apart (:func:`spelled_two_ways`), both sentences quoted."""
    mentions: dict[int, list[Mention]] = {}
    ages = _ages_at_names(groups)
    for key, claims in sorted(groups.items()):
        if not is_named_person(key.kind, key.subject):
            continue
        for claim in claims:
            words = tuple(letters_only(w) for w in name_parts(claim.value.name or ""))
            if claim.kind is ClaimKind.person and words and all(words):
                age = ages.get((claim.report, claim.subject, claim.evidence.start))
                mentions.setdefault(claim.report, []).append(Mention(claim, key.incident, words, age))
    findings = []
    for report in sorted(mentions):
        told = sorted(mentions[report], key=lambda m: m.claim.evidence.start)
        for rare, usual, part in spelled_two_ways(told):
            findings.append(_internal_finding(rare, usual, part, min_confidence))
    return findings


def _ages_at_names(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[int, str, int], float]:
    """The age each report writes right at a name ("Marta Lopez, 12"), by
    report, the person's subject and where the name starts."""
    ages = {}
    for claims in groups.values():
        for claim in claims:
            named = is_named_person(ClaimKind.person, claim.subject)
            if claim.kind is ClaimKind.age and named and claim.value.low is not None:
                ages[(claim.report, claim.subject, claim.evidence.start)] = claim.value.low
    return ages


def spelled_two_ways(mentions: list[Mention]) -> list[tuple[Mention, Mention, str]]:
    """The names one report spells two ways, each once: (the rarer
    spelling's mention, the usual spelling's mention, "surname" or "first
    name").  Two full names of one first name whose surnames are a slip
    apart ("Melody Cerros", "Melody Cuerros"); two first names a slip
    apart under one surname the report keeps as one person, unless both
    carry an age or a role of their own and not the same ("Marta Lopez, 12"
    and "Martha Lopez, 14": two sisters); a word alone that no full name of
    the report holds, a slip of the surname or the first name of exactly
    one full name ("Obsorne" after "Brady Osborne", "Shelia" after "Sheila
    Rawlins"); and two words alone, neither in a full name, one written
    once, the other at least twice.  A first name told alone as kin or
    with its own age is a person of its own (:func:`_own_person`), as is a
    name alone after a title the full name was not given ("Sgt. Hale"
    beside "Michael Hall": :func:`_title`), and two names a list or a kin word joins
    ("Mark and Mary Jones", "John Carter and his wife, Joan Carter") are
    two people (:func:`reportcheck.knowledge.names.names_told_apart`)."""
    found: dict[frozenset[str], tuple[Mention, Mention, str]] = {}
    apart = _told_apart(mentions)
    written = Counter(w for m in mentions for w in m.words)
    full = [m for m in mentions if m.full]
    for a, b in combinations(full, 2):
        if a.words[0] == b.words[0] and misspelt(a.words[-1], b.words[-1]):
            if frozenset({a.words[-1], b.words[-1]}) not in apart:
                _keep(found, a, b, -1, "surname", written)
        elif a.words[-1] == b.words[-1] and misspelt(a.words[0], b.words[0]) and _one_person(a, b, apart):
            _keep(found, a, b, 0, "first name", written)
    in_full = {w for m in full for w in m.words}
    lone = [m for m in mentions if not m.full and m.words[0] not in in_full and not _own_person(m)]
    for m in lone:
        target = slip_target(m.words[0], [list(f.words) for f in full])
        if target is not None and frozenset({m.words[0], target[1]}) not in apart:
            i, word = target
            title = _title(m)
            if title is not None and title not in {_title(f) for f in full if f.words[i] == word}:
                continue  # "Sgt. Hale" beside "Michael Hall": a person of their own
            usual = next(f for f in full if f.words[i] == word)
            found.setdefault(frozenset({m.words[0], word}), (m, usual, "surname" if i else "first name"))
    uses = Counter(m.words[0] for m in lone)
    for x, y in combinations(sorted(uses), 2):
        if (
            misspelt(x, y)
            and frozenset({x, y}) not in apart
            and min(uses[x], uses[y]) == 1
            and max(uses[x], uses[y]) >= 2
            and len({_title(m) for m in lone if m.words[0] in (x, y)}) == 1
        ):
            once, often = sorted((x, y), key=lambda w: uses[w])
            pair = (next(m for m in lone if m.words[0] == once), next(m for m in lone if m.words[0] == often))
            found.setdefault(frozenset({x, y}), (*pair, "name"))
    return [found[k] for k in sorted(found, key=lambda k: sorted(k))]


def _own_person(mention: Mention) -> bool:
    """A first name told alone as someone's kin or with an age of its own
    ("The couple had a daughter, Joan", "15-year-old Hayden"): a person the
    report introduces so, no slip of another's name ("John W. Nields")."""
    details = mention.claim.person
    return bool(details.given or details.kin)


def _title(mention: Mention) -> str | None:
    """The title or office written right before the mention ("Sgt." of
    "Sgt. Hale"), as :func:`reportcheck.knowledge.names.title_before` reads it."""
    evidence = mention.claim.evidence
    return title_before(evidence.sentence[: max(0, evidence.start - evidence.sentence_start)])


def _told_apart(mentions: list[Mention]) -> set[frozenset[str]]:
    """The name words the report tells as two people's, read over its
    mentions in order (:func:`reportcheck.knowledge.names.names_told_apart`)."""
    told: list[tuple[tuple[str, ...], str | None]] = []
    last: Mention | None = None
    for m in sorted(mentions, key=lambda m: m.claim.evidence.start):
        ev = m.claim.evidence
        between = None
        if last is not None and last.claim.evidence.sentence_start == ev.sentence_start:
            end = last.claim.evidence.end
            if end <= ev.start:
                between = ev.sentence[end - ev.sentence_start : ev.start - ev.sentence_start]
        told.append((m.words, between))
        last = m
    return names_told_apart(told)


def _keep(
    found: dict[frozenset[str], tuple[Mention, Mention, str]],
    a: Mention,
    b: Mention,
    i: int,
    part: str,
    written: Counter[str],
) -> None:
    """Keep a pair of full names spelled two ways, the rarer spelling first
    (``written``: how often the report writes each word)."""
    rare, usual = sorted((a, b), key=lambda m: (written[m.words[i]], -m.claim.evidence.start))
    found.setdefault(frozenset({a.words[i], b.words[i]}), (rare, usual, part))


def _one_person(a: Mention, b: Mention, apart: AbstractSet[frozenset[str]] = frozenset()) -> bool:
    """Whether a report keeps two full names of one surname as one person:
    the people extractor keys them alike, or keys both by the full name
    only because the report names another person of that surname
    ("Brittany Mills" beside "Kameisha Mills" and "Kamesha Mills") and
    neither is told as someone's kin ("her sister, Martha Lopez"); and the
    report does not give each an age or a role of its own."""
    if frozenset({a.words[0], b.words[0]}) in apart:
        return False  # "Mark Jones and Mary Jones": a list's two people
    if a.claim.subject != b.claim.subject:
        both_full = all(" " in m.claim.subject for m in (a, b))
        if not both_full or a.claim.person.kin or b.claim.person.kin:
            return False
    if a.age is not None and b.age is not None and a.age != b.age:
        return False
    role_a, role_b = a.claim.person.role, b.claim.person.role
    return not (role_a and role_b and role_a != role_b)


def _internal_finding(rare: Mention, usual: Mention, part: str, min_confidence: float) -> Finding:
    """The finding: both spellings and both sentences of the one report,
    a possible conflict (which is right the tool cannot tell)."""
    a, b = sorted((rare.claim, usual.claim), key=lambda c: c.evidence.start)
    name = usual.claim.value.name
    return person_conflict(
        a,
        b,
        incident=usual.incident,
        subject=f"{usual.claim.subject}:spelled",
        label=f"{name}'s {part}",
        explanation=(
            f"the {part} is spelled two ways in one report, {_written(usual)} and {_written(rare)}: "
            f"{quoted_sentences(a, b)}"
        ),
        reason=f"one report spells {name} two ways",
        min_confidence=min_confidence,
        unsure="",
        internal=True,
    )


def _written(mention: Mention) -> str:
    """The name as the report writes it at this mention."""
    return (mention.claim.value.name or "").strip()
