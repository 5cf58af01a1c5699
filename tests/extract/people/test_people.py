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
