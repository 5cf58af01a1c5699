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
    found = find_weapons(case["sentence"])
    assert [cls for _, _, cls, _, _ in found] == case["classes"]
    if "models" in case:
        named = [" ".join(p for p in (model.maker, model.model) if p) for *_, model in found]
        assert named == case["models"]
