"""The one victim's sex: "an 11-year-old girl" in one report, "a boy" in another.

When each of two reports of an incident tells of one victim only, killed or
hurt, the two tell of the same person; if one calls that person by a noun of
one sex ("the girl", "a 40-year-old woman", "his son") and the other by a
noun of the other ("a boy", "the man"), one of them is wrong, and an editor
must see it.  The counts themselves never show it: a count of one person of
one stated sex is never set against one of the other
(:func:`reportcheck.compare.clusters.clusters`), so "1 killed" meets "1 killed" as
two people.

Only a noun's sex is read (``sex_by`` of the count, which the extractor
sets): a pronoun may be the mother's or the gunman's, a name's title or a
relative sharing the surname says nothing of the victim, and a noun of kin
with its possessor ("his aunt", "her daughter") is told by a tie to someone
else, whose harm the sentence is often about (the count is then often
misread: "the car his aunt was driving").  A child of no
stated sex ("a 2-year-old", "the toddler") states none and never conflicts.
A report that tells of more than one person harmed, or whose nouns for its
one victim already differ, is left alone: two people are not one.

The same holds of any unnamed person two reports give one age: "an
11-year-old girl" here, "an 11-year-old boy" there, though a report also
counts a suspect or another person hurt, or tells no count at all ("the girl
took her own life").  The align stage pairs the two as one person by age and
role (``_one_age_two_sexes`` of :mod:`reportcheck.align`, keyed
:data:`reportcheck.knowledge.vocabulary.ONE_AGE`); here the nouns' sexes are set against
each other, quoting both sentences.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain, combinations

from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE, Evidence
from reportcheck.compare.cross_findings import in_report_order
from reportcheck.compare.judges.verdict import quoted_sentences
from reportcheck.compare.one_victim import (
    HARM_KINDS,
    ONE_VICTIM_REASON,
    OneVictim,
    one_victims,
    same_one_victim,
)
from reportcheck.compare.person_findings import person_conflict
from reportcheck.details import SEX_BY_NOUN
from reportcheck.knowledge.names import people_lexicon
from reportcheck.knowledge.vocabulary import ONE_AGE, SUSPECT
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey


def _one_victim_noun(counts: Sequence[Claim]) -> list[Claim]:
    """The counts that name a report's one victim by a noun of one sex, all
    of one sex; none when its nouns differ."""
    nouns = [c for c in counts if c.count.sex_by == SEX_BY_NOUN and c.count.sex and c.value.low == 1]
    if len({c.count.sex for c in nouns}) != 1:
        return []
    return sorted(nouns, key=lambda c: c.evidence.start)


def victim_sex_findings(
    groups: Mapping[GroupKey, list[Claim]], min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> list[Finding]:
    """A conflict for each two reports that each tell of one victim and
    call that victim by nouns of different sexes."""
    by_report: dict[str, dict[int, tuple[OneVictim, list[Claim]]]] = defaultdict(dict)
    for (incident, report), victim in sorted(one_victims(groups).items()):
        if nouns := _one_victim_noun(victim.counts):
            by_report[incident][report] = (victim, nouns)
    findings = []
    for incident, sides in sorted(by_report.items()):
        for first, second in combinations(sorted(sides), 2):
            (one_a, nouns_a), (one_b, nouns_b) = sides[first], sides[second]
            a, b = nouns_a[0], nouns_b[0]
            if a.count.sex != b.count.sex and same_one_victim(one_a, one_b, by_sex=False):
                findings.append(_sex_conflict(a, b, incident, min_confidence))
    told = {(f.incident, f.claims[0].report, f.claims[1].report) for f in findings}
    aged = [f for f in aged_sex_findings(groups, min_confidence) if (f.incident, *_reports(f)) not in told]
    told |= {(f.incident, *_reports(f)) for f in aged}
    return findings + aged + told_sex_findings(groups, min_confidence, told)


@dataclass(frozen=True)
class _Told:
    """A report's one victim's sex and what tells it: the count, the word
    (a noun of the count's own, or a pronoun, a noun of kin or a title), its
    sentence, and whether it is a noun's (the sure reading)."""

    sex: str
    claim: Claim
    word: str
    sentence: str
    by_noun: bool


def _told_sex(counts: Sequence[Claim]) -> _Told | None:
    """A one victim's sex: by its nouns where they tell one (as
    :func:`_one_victim_noun`), else by the weaker words, a pronoun, a noun
    of kin or a title on the count's own words (``sex_by``) or elsewhere
    (``sex_read``), where they all tell one sex."""
    if nouns := _one_victim_noun(counts):
        first = nouns[0]
        return _Told(str(first.count.sex), first, first.evidence.text.strip(), first.evidence.sentence, True)
    weak: list[_Told] = []
    for claim in sorted(counts, key=lambda c: c.evidence.start):
        details = claim.count
        if claim.value.low != 1:
            continue
        if details.sex and details.sex_by != SEX_BY_NOUN:
            weak.append(
                _Told(details.sex, claim, claim.evidence.text.strip(), claim.evidence.sentence, False)
            )
        if details.sex_read and details.sex_read_word and details.sex_read_sentence:
            weak.append(
                _Told(details.sex_read, claim, details.sex_read_word, details.sex_read_sentence, False)
            )
    if len({told.sex for told in weak}) != 1:
        return None
    return weak[0]


def told_sex_findings(
    groups: Mapping[GroupKey, list[Claim]],
    min_confidence: float,
    done: set[tuple[str, int, int]],
) -> list[Finding]:
    """A possible conflict for each two reports that each tell of one victim,
    one or both telling its sex only by a pronoun, a noun of kin or a title
    ("a girl" against "the victim ... his family"), the sexes apart; none
    for the pairs ``done`` (set noun against noun).  Such a word may stand
    for someone else than the victim (see :mod:`reportcheck.extract.core.
    told_sex`), so it is never a conflict on its own."""
    by_report: dict[str, dict[int, tuple[OneVictim, _Told]]] = defaultdict(dict)
    for (incident, report), victim in sorted(one_victims(groups).items()):
        if (told := _told_sex(victim.counts)) is not None:
            by_report[incident][report] = (victim, told)
    findings = []
    for incident, sides in sorted(by_report.items()):
        for first, second in combinations(sorted(sides), 2):
            (one_a, a), (one_b, b) = sides[first], sides[second]
            if (incident, first, second) in done or (a.by_noun and b.by_noun) or a.sex == b.sex:
                continue
            if same_one_victim(one_a, one_b, by_sex=False):
                findings.append(_told_conflict(a, b, incident, min_confidence))
    return findings


def _told_conflict(a: _Told, b: _Told, incident: str, min_confidence: float) -> Finding:
    """The finding: each side's word and sentence quoted, a possible conflict."""
    said = f'"{a.word}" ({a.sex}) in "{a.sentence}" vs "{b.word}" ({b.sex}) in "{b.sentence}"'
    return person_conflict(
        a.claim,
        b.claim,
        incident=incident,
        subject=_SUBJECT,
        label=_LABEL,
        explanation=f"the victim: {said}",
        reason=ONE_VICTIM_REASON,
        min_confidence=min_confidence,
        unsure="a pronoun, a noun of kin or a title tells the sex: it may stand for someone else",
    )


def _reports(finding: Finding) -> tuple[int, int]:
    return finding.claims[0].report, finding.claims[1].report


def aged_sex_findings(
    groups: Mapping[GroupKey, list[Claim]], min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> list[Finding]:
    """A conflict for each two reports whose unnamed person of one age, paired
    by the align stage, is of one sex in one report and of the other in the
    other ("an 11-year-old girl" against "an 11-year-old boy")."""
    findings = []
    for key, claims in sorted(groups.items()):
        if key.kind != ClaimKind.age.value or not key.subject.startswith(f"{ONE_AGE}:"):
            continue
        sexed: dict[int, Claim] = {}
        for claim in in_report_order(claims):
            if claim.report not in sexed and _sex(claim):
                sexed[claim.report] = claim
        for first, second in combinations(sorted(sexed), 2):
            a, b = sexed[first], sexed[second]
            if _sex(a) != _sex(b):
                extra = [] if _told_victim(a, b, groups) else [_UNTOLD]
                findings.append(_aged_conflict(a, b, key.incident, min_confidence, extra))
    return findings


#: the evidence that the two people of one age may be two people
#: the subject and label of every finding of the victim's sex
_SUBJECT = "victim:sex"
_LABEL = "the victim's sex"
_UNTOLD = Evidence("unknown_role", "neither report says who the person is: may be two people")


def _told_victim(a: Claim, b: Claim, groups: Mapping[GroupKey, list[Claim]]) -> bool:
    """Whether the two reports say enough of who the person of that age is
    for their sexes differing to be a conflict: a role told in both (the
    align stage pairs only the same role), or, with none told, a count of
    the harmed in one report's sentence of the age and no word of custody
    in either ("a 16-year-old girl was taken to a hospital" against "a
    16-year-old boy was taken into custody" are the one shot and the one who
    shot).  Else the difference is at most a possible conflict."""
    if a.person.role or b.person.role:
        return True
    harmed = any(_harmed_in_sentence(c, groups) for c in (a, b))
    return harmed and not any(_custody_words(c.evidence.sentence) for c in (a, b))


def _harmed_in_sentence(age: Claim, groups: Mapping[GroupKey, list[Claim]]) -> bool:
    return any(
        c.report == age.report and c.evidence.sentence == age.evidence.sentence
        for c in chain.from_iterable(groups.values())
        if c.kind in HARM_KINDS and c.count.role == "victims"
    )


def _custody_words(sentence: str) -> bool:
    """Whether a sentence tells of someone held, charged or suspected: a word
    of custody (``custody_verbs`` in rules/people.yaml, inflected), "custody",
    or a suspect's noun."""
    stems, nouns = _custody_vocabulary()
    words = re.findall(r"[a-z]+", sentence.lower())
    return any(w in nouns or w.startswith(stems) for w in words)


@cache
def _custody_vocabulary() -> tuple[tuple[str, ...], frozenset[str]]:
    """The stems of the custody verbs ("charg" of "charge") and the nouns of custody and of suspects."""
    lexicon = people_lexicon()
    stems = tuple(sorted({verb.removesuffix("e") for verb in lexicon.custody_verbs}))
    nouns = frozenset({"custody"} | {word for word, role in lexicon.role_of.items() if role == SUSPECT})
    return stems, nouns


def _sex(age: Claim) -> str | None:
    """The sex of an unnamed age's person: its noun's, else the one the
    extractor kept from a description tied to its role ("The suspect, a
    16-year-old boy": male)."""
    return people_lexicon().sex_of.get(_noun(age)) or age.person.sex


def _noun(age: Claim) -> str:
    """The noun an unnamed age qualifies ("girl" of "unnamed:girl")."""
    return age.subject.removeprefix("unnamed:")


def _aged_conflict(
    a: Claim, b: Claim, incident: str, min_confidence: float, extra: Sequence[Evidence]
) -> Finding:
    """The finding: the two sentences quoted, graded as a person's finding."""
    age = f"{a.value.low:g}-year-old"
    return person_conflict(
        a,
        b,
        incident=incident,
        subject=f"{ONE_AGE}:{a.value.low:g}:sex",
        label=f"the {age}'s sex",
        explanation=(
            f"the {age}: a {_noun(a)} in one report, a {_noun(b)} in the other "
            f"({_sex(a)}, {_sex(b)}): {quoted_sentences(a, b)}"
        ),
        reason="each report gives that age to one person only, of the same role",
        min_confidence=min_confidence,
        extra=extra,
    )


def _sex_conflict(a: Claim, b: Claim, incident: str, min_confidence: float) -> Finding:
    """The finding: the two nouns quoted, graded as a person's finding (the
    counts' figures, one and one, say nothing of it)."""
    said = f"{a.evidence.text.strip()} vs {b.evidence.text.strip()}"
    return person_conflict(
        a,
        b,
        incident=incident,
        subject=_SUBJECT,
        label=_LABEL,
        explanation=f"the victim: {said} ({a.count.sex} in one report, {b.count.sex} in the other)",
        reason=ONE_VICTIM_REASON,
        min_confidence=min_confidence,
    )
