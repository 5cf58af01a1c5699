"""What happened to each named person: killed in one report and alive in the
other is a conflict; hurt then dead, or a wound with no word of the
person's condition, is not; alive in one and dead later in the other is an
update, shown as compatible, also for the one unnamed woman or man each
report tells of (tests/compare/fate_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportcheck.knowledge.condition import alive_after
from reportcheck.models import ClaimKind, Evidence, Status

from ..conftest import findings_of
from ..test_align import claim

CASES = yaml.safe_load((Path(__file__).parent / "fate_cases.yaml").read_text(encoding="utf-8"))


def _fates(first: str, second: str, status: Status | None = None) -> list[str]:
    findings = findings_of(first, second)
    wanted = {status} if status is not None else {Status.conflict, Status.possible_conflict}
    fates = [f for f in findings if f.subject_label.startswith("what happened to")]
    return [f.explanation for f in fates if f.status in wanted]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_one_persons_fate_across_reports(pipeline, case):
    found = _fates(case["a"], case["b"])
    assert bool(found) is case["conflict"], found
    updates = _fates(case["a"], case["b"], Status.compatible)
    assert bool(updates) is case.get("update", False), updates


def test_the_conflict_names_the_person_and_the_words_of_their_condition(pipeline):
    found = _fates(CASES[0]["a"], CASES[0]["b"])
    assert found == ["Dana Ruiz: killed in one report, alive in the other (critical condition)"]


def _hurt(sentence: str, name: str):
    start = sentence.index(name)
    hurt = claim(ClaimKind.injured, 1, claim(ClaimKind.injured, 1, _value()).value, role="victims")
    evidence = Evidence(
        text=name, start=start, end=start + len(name), sentence=sentence, sentence_start=0,
        sentence_end=len(sentence),
    )  # fmt: skip
    return hurt.model_copy(update={"evidence": evidence})


def _value():
    from reportcheck.models import Value

    return Value(unit="people", written=1, low=1, high=1, label="1")


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Sgt. Lee Park is in stable condition after surgery.", "stable condition"),
        ("Rosa Diaz was gravely wounded by the blast.", "gravely wounded"),
        ("Tom Hale suffered non-life-threatening injuries.", "non-life-threatening injuries"),
        ("Ben Cole is recovering at home.", "recovering"),
        ("Ben Cole was shot twice.", None),
        ("Ben Cole was shot; his brother is in critical condition.", None),
    ],
)
def test_words_after_a_name_that_say_the_person_lived(sentence, words):
    name = sentence.split(" was")[0].split(" is")[0].split(" suffered")[0]
    assert alive_after(_hurt(sentence, name)) == words


def test_a_fate_conflict_is_graded_like_any_conflict(pipeline):
    found = findings_of(CASES[1]["a"], CASES[1]["b"])
    fates = [f for f in found if f.subject_label.startswith("what happened")]
    assert fates and fates[0].status is Status.conflict
    assert fates[0].confidence is not None and fates[0].reasons[0] == "same person: Marcus Whitfield"
