"""One block number on two streets: a block address read as an address.

US local reports place a shooting by its block ("in the 700 block of Oak
Street") and often by the streets that meet there ("on Oak Street between
Pine Avenue and West 9th Street", "in the 5200 block of Elm Road, near 52nd
Street").  The align stage groups streets by name, so one report's "700
block of Oak Street" and the other's "700 block of Pine Avenue" fall in two
groups and are never set against each other, though the block number says
both reports mean one spot: either the two streets meet there (one report
names the other's street as its cross street: compatible) or one report has
the wrong street.

Read on the GVC same-incident pairs (356 pairs, 62 with a block in both
reports), every such pair was a corner that a report itself tells by its
two streets, or one street spelled two ways ("Killiam"/"Kiliam"); a report
also gives the victim's home block beside the scene's, so only blocks told
as the scene (``stated_as`` "scene", extract/places/venues.py) are set
against each other, and a home (``stated_as`` "home") never is.  Two
numbered streets (a grid city's "68th" and "69th") are left out, as the
place judge leaves them (compare/judges/places.py), and so is a pair where
a report names the other's street anywhere (it is a street of its story).
With no tie the finding is at most a possible conflict: two streets may
cross at a block number a report does not tell.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from rapidfuzz.distance import OSA

from reportcheck.compare.confidence import grade
from reportcheck.compare.cross_findings import cross_finding, in_report_order, replacing_only_in_one
from reportcheck.compare.incident_claims import claims_by_incident
from reportcheck.knowledge.venues import street_word_forms, venue_rules
from reportcheck.knowledge.vocabulary import HOME, SCENE, STREET, alternation, tells
from reportcheck.models import Claim, ClaimKind, Finding, GroupKey, Status

#: why a block number on two streets, no report tying them, may conflict
NO_TIE = "one block number on two streets, and neither report names the other's street"


def _street_words(claim: Claim) -> list[str]:
    """The street's key as words ("68th street"), its street word kept."""
    return (claim.value.name or "").split()


def _street_kind(words: list[str]) -> str | None:
    """The street word ending a key ("avenue" of "washington avenue"), if any."""
    return words[-1] if len(words) > 1 and words[-1] in street_word_forms().values() else None


def one_street(a: Claim, b: Claim, *, kinds: bool = True) -> bool:
    """Whether two street keys name one street: the same words, one with a
    street word the other leaves out ("tennessee", "tennessee street"), or
    a name spelled one letter apart or two letters swapped ("killiam road",
    "kiliam road"; "maple", "mapel").  Two street words ("washington
    street", "washington avenue") are two streets of one name, unless
    ``kinds`` is off: the align stage groups those two and the place judge
    sets them against each other."""
    words_a, words_b = _street_words(a), _street_words(b)
    shorter, longer = sorted((words_a, words_b), key=len)
    if words_a == words_b or (len(longer) == len(shorter) + 1 and longer[:-1] == shorter):
        return True
    kind_a, kind_b = _street_kind(words_a), _street_kind(words_b)
    if kinds and kind_a and kind_b and kind_a != kind_b:
        return False
    name_a, name_b = street_name_words(a), street_name_words(b)
    return min(len(name_a), len(name_b)) >= 5 and OSA.distance(name_a, name_b) <= 1


def street_name_words(claim: Claim) -> str:
    """A street's name without its street word ("lower buckeye" of "lower
    buckeye road"; a one-word key is its own name)."""
    words = _street_words(claim)
    return " ".join(words[:-1] or words)


def has_number(claim: Claim) -> bool:
    """A numbered street ("68th street", "route 9"): a grid city's or a road's."""
    return any(ch.isdigit() for ch in claim.value.name or "")


def _block(claim: Claim) -> bool:
    """A block address not told as a home: "officers responded to the 700
    block of Oak Street", not "Jane Roe, of the 700 block of Oak Street"."""
    return bool(claim.place.block and claim.place.place_words and claim.place.stated_as != HOME)


def _cross_between(text: str, before: str) -> bool:
    """Whether ``text``, the stretch between two streets, sets the second as
    the first's cross street (rules/venues.yaml): a ``cross_words`` word
    ("between", "near", "at the corner of"), a ``cross_bare`` word alone
    ("Pine Avenue at Oak Street"), or a ``cross_joints`` word alone after a
    ``cross_openers`` phrase ending ``before``, the sentence up to the first
    street ("the corner of Oak Street and Pine Avenue")."""
    rules = venue_rules()
    if tells(text, rules.cross_words):
        return True
    joint = text.strip().lower()
    if joint in rules.cross_bare:
        return True
    openers = alternation(rules.cross_openers)
    opened = re.search(rf"(?<!\w)(?:{openers})\s+(?:the\s+)?$", before.lower()) is not None
    return joint in rules.cross_joints and opened


def _tie(streets: list[Claim], a: Claim, b: Claim) -> Claim | None:
    """The mention of ``b``'s street that one report's sentence sets as the
    cross street of ``a``'s street ("on Oak Street between Pine Avenue and
    West 9th Street"), among ``streets`` (one report's street mentions): a
    mention with no number, a ``cross_words`` word between the two, at most
    ``cross_reach`` characters apart in one sentence."""
    reach = venue_rules().cross_reach
    own = [c for c in streets if one_street(c, a)]
    # a cross street is named bare: "the 300 block of Oak Road, a quarter-mile
    # from ..." is another spot of the story, not a corner
    for other in (c for c in streets if one_street(c, b) and c.place.place_words is None):
        for mine in own:
            if mine.evidence.sentence_start != other.evidence.sentence_start:
                continue
            first, second = sorted((mine, other), key=lambda c: c.evidence.start)
            start, end = first.evidence.end, second.evidence.start
            offset = first.evidence.sentence_start
            between = first.evidence.sentence[start - offset : end - offset]
            before = first.evidence.sentence[: first.evidence.start - offset]
            if 0 <= end - start <= reach and _cross_between(between, before):
                return other
    return None


def streets_by_incident(groups: Mapping[GroupKey, list[Claim]]) -> dict[str, list[Claim]]:
    """incident -> every street mention of it, in a fixed order."""
    return claims_by_incident(groups, _street_group)


def _street_group(key: GroupKey) -> bool:
    """Whether a group holds streets."""
    return key.kind == ClaimKind.location.value and key.subject == STREET


def _pairs(streets: list[Claim]) -> Iterable[tuple[Claim, Claim]]:
    """Blocks of two reports with one block number on two streets, one at
    least told as the scene."""
    blocks = in_report_order(c for c in streets if _block(c))
    seen: set[tuple[int, int, str, str]] = set()
    for a in blocks:
        for b in blocks:
            if b.report <= a.report or a.place.place_words != b.place.place_words:
                continue
            if one_street(a, b, kinds=False):
                continue  # one group of the align stage: the place judge sets the two
            if has_number(a) and has_number(b) or SCENE not in (a.place.stated_as, b.place.stated_as):
                continue
            if _holds(blocks, a.report, b) or _holds(blocks, b.report, a):
                continue  # a report gives the other's block too: the place judge sets the two
            key = (a.report, b.report, a.value.name or "", b.value.name or "")
            if key not in seen:
                seen.add(key)
                yield a, b


def _holds(blocks: list[Claim], report: int, block: Claim) -> bool:
    """Whether ``report`` gives ``block``'s own block too (the same number on
    the same street): a story of two spots ("the house in the 800 block of
    Oak Road ... found on the 800 block of Pine Road")."""
    return any(
        c.report == report and c.place.place_words == block.place.place_words and one_street(c, block)
        for c in blocks
    )


def block_findings(groups: Mapping[GroupKey, list[Claim]], findings: list[Finding]) -> list[Finding]:
    """``findings`` with each pair of blocks of one number on two streets
    added (:func:`_block_pairs`), and the only-in-one finding of a block so
    paired dropped."""
    return replacing_only_in_one(findings, _block_pairs(groups))


def _block_pairs(groups: Mapping[GroupKey, list[Claim]]) -> list[Finding]:
    """Each pair of blocks of one number on two streets, one told as the
    scene: compatible where a report names the other's street as its own
    street's cross street; a possible conflict where both are told as the
    scene and no report names the other's street at all (never more: two
    streets may cross at a block a report does not tell)."""
    findings: list[Finding] = []
    for incident, streets in streets_by_incident(groups).items():
        for a, b in _pairs(streets):
            where = f"{a.evidence.text.strip()} vs {b.evidence.text.strip()}"
            mine, theirs = ([c for c in streets if c.report == r] for r in (a.report, b.report))
            tie = _tie(mine, a, b) or _tie(theirs, b, a)
            if tie is not None:
                cross = tie.evidence.text.strip()
                why = f"{where}: report {tie.report + 1} names {cross} as the cross street, one corner"
                findings.append(
                    cross_finding(Status.compatible, a, incident=incident, explanation=why, claims=(a, b))
                )
                continue
            if any(one_street(c, b) for c in mine) or any(one_street(c, a) for c in theirs):
                continue  # the other's street is a street of this story too
            if a.place.stated_as != b.place.stated_as:
                continue  # one block told as the scene, the other may be another place of the story
            graded = grade(a, b, internal=False, crowd=1)
            findings.append(
                cross_finding(
                    Status.possible_conflict,
                    a,
                    incident=incident,
                    explanation=f"{where}: {NO_TIE}",
                    claims=(a, b),
                    confidence=graded.confidence,
                    reasons=[NO_TIE, *graded.reasons],
                )
            )
    return findings
