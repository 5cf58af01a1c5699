"""What two reports say of one person: where they were hit and their rank
(tests/compare/person_mark_cases.yaml).  One part on two sides, or a single
wound at two sites apart, is a conflict; a report telling fewer wounds, a
part and a part inside it, or two victims' wounds are not.  Two ranks of
one named person are a conflict; a rank spelled two ways, a role against a
rank, or two people of one surname are not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from reportcheck.api import extract_reports
from reportcheck.knowledge.wounds import wound_rules
from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Status
from tests.conftest import findings_of

CASES = yaml.safe_load((Path(__file__).parent / "person_mark_cases.yaml").read_text(encoding="utf-8"))


def _findings(first: str, second: str, subject: str):
    return [f for f in findings_of(first, second) if f.subject.endswith(f":{subject}")]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_person_marks_across_reports(pipeline, case):
    found = _findings(case["a"], case["b"], case["subject"])
    assert bool(found) is case["conflict"], [f.explanation for f in found]
    if "status" in case:
        assert [f.status.value for f in found] == [case["status"]], [f.explanation for f in found]


def test_a_wound_conflict_quotes_both_sentences(pipeline):
    (finding,) = _findings(CASES[0]["a"], CASES[0]["b"], "wound")
    assert finding.status is Status.conflict
    assert finding.kind is ClaimKind.person
    assert "left ear in one report, right ear in the other" in finding.explanation
    assert CASES[0]["a"] in finding.explanation and CASES[0]["b"] in finding.explanation


def test_a_rank_conflict_names_both_ranks(pipeline):
    case = next(c for c in CASES if c["subject"] == "rank")
    (finding,) = _findings(case["a"], case["b"], "rank")
    assert finding.kind is ClaimKind.person
    assert "lieutenant in one report, sergeant in the other" in finding.explanation


@pytest.mark.parametrize(
    ("text", "sites", "single"),
    [
        ("Ann Ruiz, 30, was shot in the abdomen, arm and hip on Monday.", "abdomen, arm, hip", None),
        ("Ann Ruiz, 30, suffered a single gunshot wound to the back of her head on Monday.", "head", True),
        ("Ann Ruiz, 30, was shot in the right side of her chest on Monday.", "right chest", None),
        ("Ann Ruiz, 30, died of a gunshot wound to the neck on Monday.", "neck", None),
        ("Ann Ruiz, 30, was shot on the South Side on Monday.", None, None),
        ("Ann Ruiz, 30, was shot near her home on Monday.", None, None),
        ("Ann Ruiz, 30, was shot in the back of a pickup truck on Monday.", None, None),
        ("Ann Ruiz, 30, was shot in the heart of downtown on Monday.", None, None),
        ("Ann Ruiz, 30, died in the arms of her mother after she was shot on Monday.", None, None),
    ],
)
def test_the_site_of_one_persons_wound(pipeline, text, sites, single):
    (extracted,) = extract_reports([load_text(text, date=dt.date(2026, 3, 10))], [0])
    harm = (ClaimKind.other_count, ClaimKind.killed, ClaimKind.injured)
    counts = [c for c in extracted.claims if c.kind in harm]
    assert [c.count.wound for c in counts if c.count.wound] == ([sites] if sites else [])
    assert any(c.count.wound_single for c in counts) is bool(single)


@pytest.mark.parametrize(
    ("text", "sites", "several"),
    [
        ("Ann Ruiz, 30, was shot multiple times in the torso on Monday.", "torso", True),
        ("Ann Ruiz, 30, was shot three times in the chest on Monday.", "chest", True),
        ("Ann Ruiz, 30, was shot twice in the back on Monday.", "back", True),
        ("Ann Ruiz, 30, was shot repeatedly in the back on Monday.", "back", True),
        ("Ann Ruiz, 30, suffered gunshot wounds to the chest on Monday.", "chest", True),
        ("Ann Ruiz, 30, died of gunshot wounds on Monday.", None, True),
        ("Ann Ruiz, 30, was shot several times, including in the head, on Monday.", "head", True),
        ("Ann Ruiz, 30, was stabbed in the neck on Monday.", "neck", True),
        ("Ann Ruiz, 30, suffered a stab wound to the chest on Monday.", "chest", True),
        ("Ann Ruiz, 30, was shot once in the chest on Monday.", "chest", None),
        ("Ann Ruiz, 30, was shot in the chest on Monday.", "chest", None),
        ("Ann Ruiz, 30, suffered a gunshot wound to the chest on Monday.", "chest", None),
    ],
)
def test_words_of_several_wounds(pipeline, text, sites, several):
    """ "Multiple times", a figure of times, "twice", "repeatedly", wounds in
    the plural, "including" and a cutting attack tell that the sites may be
    some of the wounds only; one wound, or a site with no such word, does not."""
    (extracted,) = extract_reports([load_text(text, date=dt.date(2026, 3, 10))], [0])
    harm = (ClaimKind.other_count, ClaimKind.killed, ClaimKind.injured)
    counts = [c for c in extracted.claims if c.kind in harm]
    assert [c.count.wound for c in counts if c.count.wound] == ([sites] if sites else [])
    assert any(c.count.wound_several for c in counts) is bool(several)
    if several:
        assert not any(c.count.wound_single for c in counts)


@pytest.mark.parametrize(
    ("text", "sites", "single"),
    [
        # a later sentence of the same person: a pronoun, the name again, a bullet in "her" part
        ("Ann Ruiz, 30, was shot in the head. She also had a wound to her hand.", ["head, hand"], None),
        ("Ann Ruiz, 30, was shot in the leg. Ruiz was also hit in the arm.", ["leg, arm"], None),
        ("Ann Ruiz, 30, was shot in the leg. A bullet also grazed her head.", ["leg, head"], None),
        # someone else named or harmed between: the pronoun may be theirs
        (
            "Ann Ruiz, 30, was shot in the head. Her son, Tim, was hit. He had a wound to his hand.",
            ["head"],
            None,
        ),
        ("Ann Ruiz, 30, was shot in the head. Her dog was shot in the leg.", ["head"], None),
        # one bullet's path: both sites, and no single wound set against itself
        (
            "Ann Ruiz, 30, was shot once in the back. The bullet exited through her chest.",
            ["back, chest"],
            None,
        ),
        (
            "Ann Ruiz, 30, suffered an entry wound to her arm and an exit wound to her chest.",
            ["arm, chest"],
            None,
        ),
        ("Ann Ruiz, 30, was shot once in the back. She was taken to a hospital.", ["back"], True),
        # each coordinated clause's site is its own person's
        ("Ann Ruiz, 30, was shot in the leg and Tim Cole, 31, was shot in the head.", ["leg"], None),
        (
            "Tim Cole, 31, shot his wife, Ann Cole, 30, in the chest and then shot himself in the head.",
            ["chest"],
            None,
        ),
        ("Ann Ruiz, 30, was shot in the leg and was hit in the arm, police said.", ["leg, arm"], None),
    ],
)
def test_sites_of_the_person_across_sentences_and_clauses(pipeline, text, sites, single):
    """Another site of the same person told later (a pronoun, the name, a
    bullet hitting "her" part) or on one bullet's path is read as the
    person's; a site in a clause with a person of its own is that person's."""
    (extracted,) = extract_reports([load_text(text, date=dt.date(2026, 3, 10))], [0])
    harm = (ClaimKind.other_count, ClaimKind.killed, ClaimKind.injured)
    counts = sorted((c for c in extracted.claims if c.kind in harm), key=lambda c: c.evidence.start)
    assert [c.count.wound for c in counts if c.count.wound] == sites
    assert any(c.count.wound_single for c in counts) is bool(single)


@pytest.mark.parametrize(
    ("text", "graze"),
    [
        ("Ann Ruiz, 30, was grazed in the head by a bullet.", True),
        ("Ann Ruiz, 30, suffered a graze wound to the arm.", True),
        ("Ann Ruiz, 30, was shot in the head.", None),
    ],
)
def test_a_graze_is_marked(pipeline, text, graze):
    (extracted,) = extract_reports([load_text(text, date=dt.date(2026, 3, 10))], [0])
    harm = (ClaimKind.other_count, ClaimKind.killed, ClaimKind.injured)
    assert any(c.count.wound_graze for c in extracted.claims if c.kind in harm) is bool(graze)


def test_a_region_conflict_says_why(pipeline):
    case = next(c for c in CASES if c["name"] == "one site each in regions apart, a named victim")
    (finding,) = _findings(case["a"], case["b"], "wound")
    assert "no word of more wounds: chest in one report, head in the other" in finding.explanation
    assert case["a"] in finding.explanation and case["b"] in finding.explanation


def test_every_part_lies_in_one_region_at_most():
    """A part in two regions would make the region test depend on the order of the file."""
    rules = wound_rules()
    placed = [p for parts in rules.regions.values() for p in parts]
    assert len(placed) == len(set(placed))
    assert set(placed) <= set(rules.parts)
    assert set(rules.parts) - set(placed) == {"body"}


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Lt. Chris Webb said the shooting is under investigation.", "lieutenant"),
        ("Police Sgt. Chris Webb said the shooting is under investigation.", "sergeant"),
        ("Sheriff's Capt. Chris Webb said the shooting is under investigation.", "captain"),
        ("Deputy Chief Chris Webb said the shooting is under investigation.", "deputy chief"),
        ("Officer Chris Webb said the shooting is under investigation.", None),
        ("Det. Chris Webb said the shooting is under investigation.", None),
        ("Asked who fired, it was the chief. Chris Webb said the shooting is under investigation.", None),
    ],
)
def test_the_rank_before_a_name(pipeline, text, rank):
    (extracted,) = extract_reports([load_text(text, date=dt.date(2026, 3, 10))], [0])
    ranks = {c.person.rank for c in extracted.claims if c.kind is ClaimKind.person}
    assert ranks == {rank}


@pytest.mark.parametrize(
    "name",
    [
        "two one-victim reports of two ages are two people",
        "two one-victim reports of two sexes are two people",
        "two one-victim reports of two names are two people",
    ],
)
def test_two_victims_sites_are_read_but_not_paired(pipeline, name):
    """The sites of each report's one victim are read; only the pairing is refused."""
    case = next(c for c in CASES if c["name"] == name)
    for text in (case["a"], case["b"]):
        (extracted,) = extract_reports([load_text(text, date=dt.date(2026, 3, 10))], [0])
        assert any(c.count.wound for c in extracted.claims), text


def test_a_rank_is_quoted_with_its_name_where_the_splitter_cut_them(pipeline):
    """A sentence splitter may end a sentence at "Sgt."; the quote still
    reads the rank with its name."""
    case = next(c for c in CASES if c["name"] == "a surname only in both reports is at most possible")
    (finding,) = _findings(case["a"], case["b"], "rank")
    assert "Sgt. Garrison said" in finding.explanation and "Lt. Garrison said" in finding.explanation


@pytest.mark.parametrize(
    "name",
    [
        "a promotion told in the sentence is no conflict",
        "a retired rank is another time's rank",
        "a then-rank is another time's rank",
        "an acting chief is another time's rank",
    ],
)
def test_a_rank_of_another_time_is_read_but_not_set_against(pipeline, name):
    """The ranks are read on both sides; only the setting against is refused."""
    case = next(c for c in CASES if c["name"] == name)
    for text in (case["a"], case["b"]):
        (extracted,) = extract_reports([load_text(text, date=dt.date(2026, 3, 10))], [0])
        assert any(c.person.rank for c in extracted.claims if c.kind is ClaimKind.person), text


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "The driver, 33-year-old Paul Kerr, was found in a parked truck, Sgt. Miller said.",
            "Sgt. Miller said.",
        ),
        (
            "Paul Kerr, 33, was found in a truck on Friday night, Lt. Tom Garrison said.",
            "Lt. Tom Garrison said.",
        ),
    ],
)
def test_a_ranked_persons_sentence_holds_the_rank(pipeline, text, quoted):
    """The sentence quoted for a ranked person runs through the rank and the
    name, wherever the sentence splitter ended a sentence."""
    (extracted,) = extract_reports([load_text(text, date=dt.date(2026, 3, 10))], [0])
    ranked = [c for c in extracted.claims if c.kind is ClaimKind.person and c.person.rank]
    assert ranked and all(c.evidence.sentence.endswith(quoted) for c in ranked)
    assert all(c.evidence.sentence.startswith(text[:20]) for c in ranked)
