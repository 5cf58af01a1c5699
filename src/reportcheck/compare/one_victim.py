"""The one victim a report tells of, and whether two reports' one victims are one person.

Three checks set two reports' accounts of "the victim" against each other:
the victim's sex (:mod:`.victim_sex`), where the victim was hit
(:mod:`.wounds`) and who fired the shot (:mod:`.shooters`).  All three need
the same two answers, given here once:

- whether a report tells of one person harmed only
  (:func:`tells_one_victim`): no figure over one, not one dead beside one
  hurt told by different words ("a man was killed and a woman wounded"; "Lee
  was shot ... Lee died" is one person), no one brought in by an indefinite
  noun after a named victim, no sentence counting two people by different
  nouns, at most one named person who may be a victim;
- whether two reports' one victims are one person (:func:`same_one_victim`):
  two reports that each tell of one victim may still tell of two people,
  one each ("a 19-year-old man was shot in the leg" here, "the 17-year-old
  was shot in the leg" there, of a party where several were fired at).  They
  are one person only if neither an exact age (more than a year apart), nor
  the sex, nor the name sets them apart.  The sex check is left out where
  the sex itself is the finding.

The align stage, pairing an unnamed victim's age with a named one's before
any group exists, reads "one victim only" from a report's counts alone
(``_reports_with_one_victim`` of :mod:`reportcheck.align`): a count open
from one ("a fatal shooting") is no second victim there, and it knows
nothing yet of the names and sentences asked of a report here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from reportcheck.align import open_from_one
from reportcheck.details import SEX_BY_NOUN, SHOOTER_SELF
from reportcheck.knowledge.names import people_lexicon
from reportcheck.knowledge.vocabulary import INDIVIDUAL, SUSPECT, is_named_person
from reportcheck.knowledge.wounds import wound_rules
from reportcheck.models import Claim, ClaimKind, GroupKey

#: the kinds of a count of people harmed (``other_count`` only with its harm: "people shot")
HARM_KINDS = (ClaimKind.killed, ClaimKind.injured, ClaimKind.other_count)

#: the key under which the one victim of reports that each tell of one is set
ONE_VICTIM = "one victim"
#: the reason of a finding about each report's one victim: the victim-sex,
#: wound and shooter checks give it alike
ONE_VICTIM_REASON = "each report tells of one victim only"

#: the article that brings a new person into a story ("a 19-year-old woman", "another man")
_INDEFINITE = re.compile(r"(?:an?|another)\b", re.IGNORECASE)


@dataclass(frozen=True)
class OneVictim:
    """What a report tells of its one victim: the counts, the exact ages told
    in their sentences, the sexes and the keys of the people it calls the victim."""

    counts: tuple[Claim, ...]
    ages: frozenset[float] = field(default_factory=frozenset)
    sexes: frozenset[str] = field(default_factory=frozenset)
    names: frozenset[str] = field(default_factory=frozenset)
    #: the keys of the named people of the report who may be the victim
    named: frozenset[str] = field(default_factory=frozenset)


def victim_counts(
    groups: Mapping[GroupKey, list[Claim]], *, own_suicide: bool = False
) -> dict[tuple[str, int], list[Claim]]:
    """(incident, report) -> every count of victims harmed there (killed,
    injured, people shot), of the incident, not of a town's or the attacker.

    A count whose sentence tells a suicide is marked as one that may take in
    an attacker (``attacker`` "possible") and left out.  ``own_suicide``
    keeps a count of one person whose own clause says they fired the shot
    (``shooter`` "self": "a 4-year-old girl died of a self-inflicted gunshot
    wound"): the one who fired is the one counted, which the who-fired check
    needs and the other checks leave out."""
    counts: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for key, claims in groups.items():
        for claim in claims:
            if claim.kind not in HARM_KINDS or claim.count.role != "victims":
                continue
            if claim.kind is ClaimKind.other_count and not claim.count.harmed:
                continue
            if claim.count.group == "elsewhere":
                continue
            if claim.count.attacker is not None and not (own_suicide and _own_suicide(claim)):
                continue
            counts[(key.incident, claim.report)].append(claim)
    return counts


def _own_suicide(claim: Claim) -> bool:
    """Whether a count of one person marked as one that may take in an
    attacker says by its own clause that the person counted fired at themself."""
    return (
        claim.count.attacker == "possible" and claim.count.shooter == SHOOTER_SELF and claim.value.high == 1
    )


def tells_one_victim(counts: list[Claim], named: Iterable[str] = ()) -> bool:
    """Whether a report's counts of victims harmed tell of one person only
    (see the module's docstring); ``named`` are the keys of the report's
    named people who may be a victim."""
    if not counts or any(c.value.high is None or c.value.high > 1 for c in counts):
        return False
    if another_after_a_name(counts) or _two_in_a_sentence(counts) or len(set(named)) > 1:
        return False
    ones = {c.kind for c in counts if c.value.low == 1}
    return not (ClaimKind.killed in ones and ClaimKind.injured in ones and _told_apart(counts))


def another_after_a_name(counts: list[Claim]) -> bool:
    """Whether a report that has singled out one person harmed (by name, or
    as one: "Marcus Dell, 19, was shot", "the officer was wounded") then
    brings in someone by an indefinite noun ("A 19-year-old woman standing
    nearby was grazed"): once a victim is told, reporters call them "the
    man" or "he"; "a woman" is someone else."""
    named = [c.evidence.start for c in counts if c.count.group == INDIVIDUAL]
    if not named:
        return False
    first_named = min(named)
    return any(
        c.count.sex_by == SEX_BY_NOUN
        and c.evidence.start > first_named
        and _INDEFINITE.match(c.evidence.text.strip())
        for c in counts
    )


def _two_in_a_sentence(counts: list[Claim]) -> bool:
    """Whether one sentence counts two people by different words ("the
    passenger shot himself in the hand; the bullet struck the driver"): a
    pronoun may be either, so only nouns and names are told apart."""
    pronouns = people_lexicon().stand_in_pronouns
    words: dict[str, set[str]] = defaultdict(set)
    for claim in counts:
        text = claim.evidence.text.strip().lower()
        if text not in pronouns:
            words[claim.evidence.sentence].add(text)
    return any(len(texts) > 1 for texts in words.values())


def _told_apart(counts: Iterable[Claim]) -> bool:
    """Whether the dead and the hurt are told by different words (two people),
    not one person told hurt and then dead ("Lee was shot ... Lee died")."""
    counts = list(counts)
    killed = {c.evidence.text.strip().lower() for c in counts if c.kind is ClaimKind.killed}
    hurt = {c.evidence.text.strip().lower() for c in counts if c.kind is ClaimKind.injured}
    return not killed & hurt


def _harm_told(person: Claim) -> bool:
    """Whether the sentence that names a person of no role tells a harm
    ("Noah Pike, 28, was wounded"): a spokesman or a prosecutor named there
    is no second victim."""
    words = set(re.findall(r"[a-z]+", person.evidence.sentence.lower()))
    return bool(words & set(wound_rules().harm_words))


def named_victims(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[str, int], set[str]]:
    """(incident, report) -> the keys of the named people who may be a
    victim there: a report that names two is not told of as one victim's,
    though it counts one person harmed only.  One told holding the gun when
    it went off, of no role, fired it: no victim by the harm of the sentence."""
    victims: dict[tuple[str, int], set[str]] = defaultdict(set)
    for key, claims in groups.items():
        if not is_named_person(key.kind, key.subject):
            continue  # who called or found ("officers found him shot") is no one harmed
        for claim in claims:
            if claim.person.held_gun and claim.person.role is None:
                continue  # "X was handling a gun when it went off, striking Y": the one who fired
            if claim.person.role == "victim" or (claim.person.role is None and _harm_told(claim)):
                victims[(key.incident, claim.report)].add(key.subject)
    return victims


def _victim_ages(groups: Mapping[GroupKey, list[Claim]], counts: list[Claim]) -> frozenset[float]:
    """The exact ages told in the sentences of a report's counts of its one
    victim, not a suspect's."""
    report = counts[0].report
    sentences = {c.evidence.sentence for c in counts}
    ages = set()
    for key, claims in groups.items():
        if key.kind != ClaimKind.age.value:
            continue
        for claim in claims:
            if claim.report != report or claim.evidence.sentence not in sentences:
                continue
            if claim.person.role == SUSPECT or claim.value.low is None:
                continue
            if claim.value.high is None or claim.value.high == claim.value.low:
                ages.add(claim.value.low)
    return frozenset(ages)


def _called_victims(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[str, int], set[str]]:
    """(incident, report) -> the keys of the named people the report calls
    the victim (a role told, not guessed from a harm in the sentence: the
    man arrested for the shooting is named in a sentence of it too)."""
    victims: dict[tuple[str, int], set[str]] = defaultdict(set)
    for key, claims in groups.items():
        if key.kind == ClaimKind.person.value:
            for claim in claims:
                if claim.person.role == "victim":
                    victims[(key.incident, claim.report)].add(key.subject)
    return victims


def one_victims(
    groups: Mapping[GroupKey, list[Claim]], *, own_suicide: bool = False
) -> dict[tuple[str, int], OneVictim]:
    """(incident, report) -> the report's one victim, for each report that
    tells of one victim only (``own_suicide``: see :func:`victim_counts`)."""
    named, called = named_victims(groups), _called_victims(groups)
    found = {}
    for where, counts in victim_counts(groups, own_suicide=own_suicide).items():
        if not tells_one_victim(counts, named.get(where, set())):
            continue
        sexes = frozenset(c.count.sex for c in counts if c.count.sex)
        names = frozenset(called.get(where, set()))
        victims = frozenset(named.get(where, set()))
        found[where] = OneVictim(tuple(counts), _victim_ages(groups, counts), sexes, names, victims)
    return found


def same_one_victim(a: OneVictim, b: OneVictim, *, by_sex: bool = True) -> bool:
    """Whether two reports' one victims may be one person: no exact age more
    than a year apart, no sex apart (``by_sex``), no name apart."""
    if a.ages and b.ages and all(abs(x - y) > 1 for x in a.ages for y in b.ages):
        return False
    if by_sex and len(a.sexes) == 1 and len(b.sexes) == 1 and a.sexes != b.sexes:
        return False
    return not (a.names and b.names and not a.names & b.names)


def one_dead_ages(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[str, int], frozenset[str]]:
    """(incident, report) -> the ids of the age claims a report tells of
    its one dead person, for each report that counts one dead only and
    gives that person one exact age and no name, in the sentence of the
    death ("A 54-year-old man died after a tree fell on him", "A 45-year-old
    man was killed by a falling tree").

    Unlike :func:`tells_one_victim`, others hurt beside the one dead do not
    matter: a toll of one is one person, whatever the wounded, and two
    reports whose only dead are a man each tell of one man.  Left out: a
    report counting more than one dead, or whose death sentences give two
    ages ("a 54-year-old man died and a 60-year-old man was hurt"), of a
    sex other than the death's, or a suspect's age.  A count open above from
    one ("a fatal multi-vehicle collision", "Police investigate deadly
    crash": :func:`reportcheck.align.open_from_one`) tells no second dead
    and is left out beside the toll of one it leaves room for, as the align
    stage leaves it out of a report's one victim; alone it tells no toll."""
    counted = {
        where: [c for c in counts if c.kind is ClaimKind.killed and not open_from_one(c)]
        for where, counts in victim_counts(groups).items()
    }
    return _one_counted_ages(groups, counted)


def one_missing_ages(groups: Mapping[GroupKey, list[Claim]]) -> dict[tuple[str, int], frozenset[str]]:
    """(incident, report) -> the ids of the age claims a report tells of its
    one missing person, as :func:`one_dead_ages` does of the one dead: a
    report whose every count of the missing is one, giving that person one
    exact age and no name ("A 78-year-old woman was missing"; "woman
    missing" over "RCMP are searching for a 73-year-old woman").  The age
    must be written on a counted noun ("a 78-year-old woman" counted) or on
    the noun a count counts by ("woman" of the headline's count, the one
    woman of the story): a sentence of a search also tells its searchers
    and those who reported the person missing, whose ages are not the
    missing person's."""
    counted: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for key, claims in groups.items():
        for claim in claims:
            if claim.kind is ClaimKind.missing and claim.count.role == "victims":
                counted[(key.incident, claim.report)].append(claim)
    return _one_counted_ages(groups, counted, _counted_noun_age)


def _counted_noun_age(age: Claim, counts: list[Claim]) -> bool:
    """Whether an age is written on a counted noun ("a 73-year-old woman"
    inside a count's words or right before them) or on the noun a count
    ends with ("woman missing": any "73-year-old woman" of the incident)."""
    nouns = {count.evidence.text.lower().split()[-1] for count in counts if count.evidence.text.split()}
    return age.subject.removeprefix("unnamed:") in nouns or any(
        count.evidence.sentence == age.evidence.sentence
        and count.evidence.start - 1 <= age.evidence.end <= count.evidence.end
        for count in counts
    )


def _in_count_sentence(age: Claim, counts: list[Claim]) -> bool:
    """Whether an age is told in the sentence of one of the counts."""
    return any(age.evidence.sentence == count.evidence.sentence for count in counts)


def _one_counted_ages(
    groups: Mapping[GroupKey, list[Claim]],
    counted: Mapping[tuple[str, int], list[Claim]],
    told: Callable[[Claim, list[Claim]], bool] = _in_count_sentence,
) -> dict[tuple[str, int], frozenset[str]]:
    """(incident, report) -> the ids of the ages of the one person a report's
    counts (``counted``, one kind of them) tell of, where every count is one
    and the ages ``told`` of the counts (by default those of the counts'
    sentences) are one exact age of one noun, no name, no suspect's role
    and the counts' sex."""
    found = {}
    for where, dead in counted.items():
        if not dead or any(c.value.low != 1 or c.value.high != 1 for c in dead):
            continue
        sexes = {c.count.sex for c in dead if c.count.sex}
        ages = [
            claim
            for key, claims in groups.items()
            if key.kind == ClaimKind.age.value and key.incident == where[0]
            for claim in claims
            if claim.report == where[1] and told(claim, dead)
        ]
        if not ages or len({(c.subject, c.value.low, c.value.high) for c in ages}) != 1:
            continue
        age = ages[0]
        sex = unnamed_sex(age)
        if not age.subject.startswith("unnamed:") or age.person.role == SUSPECT or sex is None:
            continue
        if age.value.low is None or age.value.low != age.value.high or len(sexes) > 1 or sexes - {sex}:
            continue
        found[where] = frozenset(c.id for c in ages)
    return found


def unnamed_sex(age: Claim) -> str | None:
    """The sex of an unnamed age's person: its noun's ("a 54-year-old man"),
    else the description's the extractor kept for a part's noun ("the
    driver of a silver Skoda Octavia, a 74-year-old man": male)."""
    return people_lexicon().sex_of.get(age.subject.removeprefix("unnamed:")) or age.person.sex
