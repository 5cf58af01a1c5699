"""Named people (name_cases.yaml) and their roles (role_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ...conftest import claims_of_text

DATA = Path(__file__).parent  # the case files sit beside this module

CASES = yaml.safe_load((DATA / "role_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["sentence"][:50] for c in CASES])
def test_role(pipeline, case):
    claims = claims_of_text(pipeline, case["sentence"])
    people = {c.value.name: c.person.role for c in claims if c.kind.value == "person"}
    assert case["name"] in people, people
    assert people[case["name"]] == case["role"]


NAME_CASES = yaml.safe_load((DATA / "name_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", NAME_CASES, ids=[c["sentence"][:50] for c in NAME_CASES])
def test_named_people(pipeline, case):
    claims = claims_of_text(pipeline, case["sentence"])
    assert sorted(c.value.name for c in claims if c.kind.value == "person") == sorted(case["people"])


@pytest.mark.parametrize(
    ("sentence", "name", "noun"),
    [
        ("Two miners died, mine director Zoran Milić said.", "Zoran Milić", "director"),
        (
            '"It was a powerful device," said Tariq Khan Afridi, a police spokesman.',
            "Tariq Khan Afridi",
            "spokesman",
        ),
        ("Police Chief Charles Craft said it was not random.", "Charles Craft", "chief"),
        ("John Smith said he heard shots.", "John Smith", None),
    ],
)
def test_role_noun(pipeline, sentence, name, noun):
    """The noun that gives a named person the role ("director", "spokesman":
    both officials), which tells a mayor from a spokesman where the role
    cannot (compare/role_names.py parts_played)."""
    claims = claims_of_text(pipeline, sentence)
    nouns = {c.value.name: c.person.role_noun for c in claims if c.kind.value == "person"}
    assert nouns[name] == noun
