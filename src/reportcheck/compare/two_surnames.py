"""One person under two surnames inside one report.

A report may give one person two surnames ("Marla Farrow, the victim's
mother" ... "Marla Pike, the victim's mother"): a reporter's slip or a
name changed by marriage and told both ways, which a reader asks about
either way.  The first name alone ties too little: one first name under
two surnames in one article is two people far more often than one (a
mayor and a reporter, two victims of one list, an attorney and the
suspect; the counts are in rules/surnames.yaml).  So this check asks for
a tie the report itself writes: both names told in apposition as the same
kin of the same person, a kin one has only one of (``one_of_a_kind_kin``:
a mother, a husband), the possessor a name or a noun ("the victim's",
"Hale's"), never a pronoun that may stand for two people.  Names one
letter apart are the spelling check's (:mod:`reportcheck.compare.spellings`);
names a list or a kin word joins are two people; a name told as another
name of the same person ("formerly", "also known as": ``renamed_words``)
is no slip.  The finding is the report's own (internal), both sentences
quoted, with the reason "one role, two surnames".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from itertools import combinations, takewhile

from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE
from reportcheck.compare.judges.verdict import quoted_sentences
from reportcheck.compare.person_findings import person_conflict
from reportcheck.knowledge.names import letters_only, misspelt, name_parts
from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.knowledge.vocabulary import is_named_person
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey

#: the reason every finding of this check gives first
ONE_ROLE_REASON = "one role, two surnames"


class SurnameRules(Strict):
    one_of_a_kind_kin: list[str]
    renamed_words: list[str]
    vague_possessors: list[str]


@cache
def surname_rules() -> SurnameRules:
    return load_rule_file("surnames.yaml", SurnameRules)


#: "<possessor>'s <kin>" right after a name and its comma ("Marla Pike, the eldest victim's mother")
_KIN_AFTER = re.compile(
    r"^\s*,\s+(?:the\s+)?(?P<pos>[A-Za-z][\w.-]*(?:\s+[A-Za-z][\w.-]*){0,2})['’]s\s+(?P<kin>[a-z]+)\b"
)
#: "<possessor>'s <kin>," right before a name ("the victim's mother, Marla Pike")
_KIN_BEFORE = re.compile(
    r"(?:\bthe\s+)?(?P<pos>\b[A-Za-z][\w.-]*(?:\s+[A-Za-z][\w.-]*){0,2})['’]s\s+(?P<kin>[a-z]+),?\s*$"
)


def two_surname_findings(
    groups: Mapping[GroupKey, list[Claim]], min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> list[Finding]:
    """An internal finding for each first name a report gives two surnames
    where both names are told as one kin of one person (:func:`kin_told`)."""
    named: dict[int, list[tuple[Claim, str]]] = {}
    # by the key's text: a key's person may be None beside another's name
    for key, claims in sorted(groups.items(), key=lambda item: tuple(map(str, item[0]))):
        if not is_named_person(key.kind, key.subject):
            continue
        for claim in claims:
            if claim.kind is ClaimKind.person and len(name_parts(claim.value.name or "")) >= 2:
                named.setdefault(claim.report, []).append((claim, key.incident))
    findings = []
    victims = _victims_counted(groups)
    for report in sorted(named):
        mentions = sorted(named[report], key=lambda m: m[0].evidence.start)
        seen: set[frozenset[str]] = set()
        for (a, incident), (b, _) in combinations(mentions, 2):
            pair = one_role_two_surnames(a, b)
            if pair is not None and victims.get(report, 0) >= 2 and _described_possessor(a):
                continue  # "the victim's mother" of a report of two victims: two mothers
            if pair is not None and frozenset(pair) not in seen:
                seen.add(frozenset(pair))
                findings.append(_finding(a, b, incident, min_confidence))
    return findings


def _victims_counted(groups: Mapping[GroupKey, list[Claim]]) -> dict[int, int]:
    """Per report, the most it says were killed plus the most it says were
    hurt: where that is two or more, "the victim" may be either of them."""
    most: dict[tuple[int, ClaimKind], int] = {}
    for claims in groups.values():
        for claim in claims:
            if claim.kind in (ClaimKind.killed, ClaimKind.injured) and claim.value.low is not None:
                key = (claim.report, claim.kind)
                most[key] = max(most.get(key, 0), int(claim.value.low))
    victims: dict[int, int] = {}
    for (report, _), count in most.items():
        victims[report] = victims.get(report, 0) + count
    return victims


def _described_possessor(claim: Claim) -> bool:
    """Whether the kin's possessor is a bare role noun, not a name nor a
    singled-out description ("the victim's mother", not "Hale's mother" nor
    "the eldest victim's mother"): a bare role fits each of several victims
    a report tells of."""
    told = kin_told(claim)
    written = _possessor_text(claim)
    return told is not None and len(told[0].split()) == 1 and not any(ch.isupper() for ch in written)


def _possessor_text(claim: Claim) -> str:
    """The possessor's words as written (cased), or "" where none is told."""
    found = _kin_match(claim)
    return " ".join(_possessor_words(found)) if found else ""


def _kin_match(claim: Claim) -> re.Match[str] | None:
    """The kin told in apposition right after the name or right before it."""
    ev = claim.evidence
    offset = ev.start - ev.sentence_start
    after = ev.sentence[offset + (ev.end - ev.start) :]
    return _KIN_AFTER.match(after) or _KIN_BEFORE.search(ev.sentence[:offset])


def _possessor_words(found: re.Match[str]) -> list[str]:
    """The possessor's own words of a kin match (cased): those after its last
    "the", else its closing run of capitalised words, else its last word.
    The match before a name starts up to two words early ("Police said the
    victim's mother, Marla Pike" holds "said the victim"; "Police said Hale's
    mother" holds "Police said Hale"), which must not make two tellings of
    one possessor differ."""
    words = found.group("pos").split()
    lowered = [w.lower() for w in words]
    if "the" in lowered:
        return words[len(lowered) - lowered[::-1].index("the") :]
    run = list(takewhile(lambda w: w[:1].isupper(), reversed(words)))
    return list(reversed(run)) if run else words[-1:]


def one_role_two_surnames(a: Claim, b: Claim) -> tuple[str, str] | None:
    """The two full names (letters only) when two mentions of one report
    give one first name two surnames and tell both as the same kin of one
    person, a kin one has only one of; else None."""
    wa, wb = _words(a), _words(b)
    if wa[0] != wb[0] or wa[-1] == wb[-1] or misspelt(wa[-1], wb[-1]):
        return None
    if _renamed(a) or _renamed(b):
        return None
    kin_a, kin_b = kin_told(a), kin_told(b)
    if kin_a is None or kin_a != kin_b or kin_a[1] not in surname_rules().one_of_a_kind_kin:
        return None
    return " ".join(wa), " ".join(wb)


def kin_told(claim: Claim) -> tuple[str, str] | None:
    """(possessor, kin) of a name told in apposition as someone's kin:
    "Marla Pike, the victim's mother" or "the victim's mother, Marla
    Pike" -> ("victim", "mother"); None where no kin is told so, or its
    possessor is a pronoun or an article (``vague_possessors``)."""
    found = _kin_match(claim)
    if found is None:
        return None
    possessor = [w.lower() for w in _possessor_words(found)]
    if not possessor or possessor[0] in surname_rules().vague_possessors:
        return None
    return " ".join(possessor), found.group("kin").lower()


def _words(claim: Claim) -> list[str]:
    return [letters_only(w) for w in name_parts(claim.value.name or "")]


def _renamed(claim: Claim) -> bool:
    """Whether the mention's sentence tells a name as another name of the
    same person ("formerly", "also known as")."""
    sentence = claim.evidence.sentence.lower()
    return any(
        re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", sentence) for w in surname_rules().renamed_words
    )


def _finding(a: Claim, b: Claim, incident: str, min_confidence: float) -> Finding:
    """Both names and both sentences of the one report."""
    possessor, kin = kin_told(a) or ("", "")
    first, second = (a.value.name or "").strip(), (b.value.name or "").strip()
    return person_conflict(
        a,
        b,
        incident=incident,
        subject=f"{a.subject}:two surnames",
        label=f"{first}'s surname",
        explanation=(
            f"one report gives the {possessor}'s {kin} two surnames, {first} and {second}: "
            f"{quoted_sentences(a, b)}"
        ),
        reason=ONE_ROLE_REASON,
        min_confidence=min_confidence,
        internal=True,
    )
