"""Who called the police and who found the victim, read with their role
(tests/extract/callers/caller_cases.yaml): each form in two variants, and
the calls that are none ("called for backup", "called the shooting
senseless", "police were called").  A case's ``before`` is the sentence
told before it, where a pronoun's person may be named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from reportcheck.api import extract_reports
from reportcheck.knowledge.vocabulary import PERSON_PREFIX, is_named_person
from reportcheck.load import load_text
from reportcheck.models import ClaimKind

CASES = yaml.safe_load((Path(__file__).parent / "caller_cases.yaml").read_text(encoding="utf-8"))


def _callers(text: str, act: str):
    (extracted,) = extract_reports([load_text(text, date=dt.date(2026, 3, 10))], [0])
    return [c for c in extracted.claims if c.subject == f"caller:{act}"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_the_caller_or_finder_is_read_with_its_role(pipeline, case):
    text = f"{case['before']} {case['text']}" if "before" in case else case["text"]
    found = [c for c in _callers(text, case["act"]) if c.person.caller or c.value.name]
    if case["role"] is None and "person_name" not in case:
        assert found == [], [(c.evidence.text, c.person.caller) for c in found]
        return
    assert [c.person.caller for c in found] == [case["role"]]
    claim = found[0]
    assert claim.value.name == case.get("person_name")
    assert claim.evidence.sentence.strip() == case["text"]
    assert bool(claim.person.several) is case.get("several", False)
    if "the_call" in case:
        assert bool(claim.person.the_call) is case["the_call"]
    if "said_by" in case:  # a pronoun: its own word is the evidence
        assert claim.evidence.text == case["said_by"]


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez, 34, called 911 after she found her brother shot in the kitchen, police said.",
        "A neighbor, Dana Reyes, called police after hearing several shots, officers said.",
    ],
)
def test_a_named_caller_is_one_named_person_and_a_caller_claim(pipeline, text):
    """The name of a caller is read twice: as the person the report names
    and as what that person did.  The readers of a report's people (align,
    the digest, the fates, the one-victim check) ask ``is_named_person`` and
    so see the name once, never the caller's claim."""
    (extracted,) = extract_reports([load_text(text, date=dt.date(2026, 3, 10))], [0])
    people = [c for c in extracted.claims if c.kind is ClaimKind.person]
    named = [c for c in people if is_named_person(c.kind, c.subject)]
    assert [c.subject for c in named] == [f"{PERSON_PREFIX}{c.value.name.split()[-1].lower()}" for c in named]
    assert len(named) == 1
    assert any(c.subject == "caller:called" for c in people)
    assert not is_named_person(ClaimKind.age, named[0].subject)
