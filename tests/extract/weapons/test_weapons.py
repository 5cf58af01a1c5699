"""Weapon phrases, case by case from tests/extract/weapons/weapon_cases.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportcheck.extract.weapons.component import find_weapons

DATA = Path(__file__).parent  # the case files sit beside this module

CASES = yaml.safe_load((DATA / "weapon_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["sentence"][:50] for c in CASES])
def test_weapon_classes(case):
    assert [cls for _, _, cls, _ in find_weapons(case["sentence"])] == case["classes"]
